<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ROI Desktop</source>
        <translation>À propos de ROI Desktop</translation>
    </message>
    <message>
        <source>Turns the exports of your marketing tools into KPIs you can defend and an ROI figure. Everything stays on this computer.</source>
        <translation>Transforme les exports de vos outils marketing en indicateurs défendables et en un chiffre de ROI. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your workspaces:</source>
        <translation>Vos espaces de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Fichiers journaux&#xa0;:</translation>
    </message>
    <message>
        <source>Built with these open-source libraries:</source>
        <translation>Réalisé avec ces bibliothèques libres&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>build the demo workspace from the sample exports</source>
        <translation>créer l&apos;espace de démonstration à partir des exports d&apos;exemple</translation>
    </message>
    <message>
        <source>import files, or every file under a folder</source>
        <translation>importer des fichiers, ou tous les fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <source>list the imports of a workspace</source>
        <translation>lister les imports d&apos;un espace de travail</translation>
    </message>
    <message>
        <source>remove everything one import brought in</source>
        <translation>retirer tout ce qu&apos;un import a apporté</translation>
    </message>
    <message>
        <source>compute the KPI catalogue over a period</source>
        <translation>calculer le catalogue d&apos;indicateurs sur une période</translation>
    </message>
    <message>
        <source>re-evaluate the active scoring model and funnel</source>
        <translation>réévaluer le modèle de scoring et l&apos;entonnoir actifs</translation>
    </message>
    <message>
        <source>audit how the automation tool is used</source>
        <translation>auditer l&apos;utilisation de l&apos;outil d&apos;automatisation</translation>
    </message>
    <message>
        <source>write the KPI workbook (.xlsx)</source>
        <translation>écrire le classeur des indicateurs (.xlsx)</translation>
    </message>
    <message>
        <source>list the cost ledger</source>
        <translation>lister le registre des coûts</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>ROI Desktop met an unexpected problem and stopped what it was doing. Your workspace is safe: an interrupted task changes nothing.

If it happens again, send the details below to your support contact. They were also saved in:</source>
        <translation>ROI Desktop a rencontré un problème inattendu et a interrompu ce qu&apos;il faisait. Votre espace de travail est intact&#xa0;: une tâche interrompue ne modifie rien.

Si cela se reproduit, envoyez les détails ci-dessous à votre contact d&apos;assistance. Ils ont aussi été enregistrés dans&#xa0;:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Search (name, e-mail, company…)</source>
        <translation>Rechercher (nom, e-mail, entreprise…)</translation>
    </message>
    <message>
        <source>Nothing imported yet</source>
        <translation>Rien n&apos;a encore été importé</translation>
    </message>
    <message>
        <source>Import the exports of your tools (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce, Google Analytics) and your costs workbook: their rows appear here.</source>
        <translation>Importez les exports de vos outils (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce, Google Analytics) et votre classeur de coûts&#xa0;: leurs lignes apparaîtront ici.</translation>
    </message>
    <message>
        <source>Import exports…</source>
        <translation>Importer des exports…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTables</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première apparition</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Présent dans</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisée</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Web traffic</source>
        <translation>Trafic web</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Source / support</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>Événements clés</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Préparation de l&apos;espace de démonstration…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>&amp;About ROI Desktop</source>
        <translation>À &amp;propos de ROI Desktop</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espace de travail déjà ouvert</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last import: %1 (%2)</source>
        <translation>Dernier import&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing imported yet</source>
        <translation>Rien n&apos;a encore été importé</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>“{command}” is not available in this version of ROI Desktop yet.</source>
        <translation>«&#xa0;{command}&#xa0;» n&apos;est pas encore disponible dans cette version de ROI Desktop.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed. Details were written to {log}.</source>
        <translation>Un problème inattendu est survenu&#xa0;; rien n&apos;a été modifié. Les détails ont été écrits dans {log}.</translation>
    </message>
    <message>
        <source>Demo workspace written to {path}.</source>
        <translation>Espace de démonstration écrit dans {path}.</translation>
    </message>
    <message>
        <source>Import {batch_id} was undone.</source>
        <translation>L&apos;import {batch_id} a été annulé.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucun import pour l&apos;instant.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>There is no import number {batch_id} in this workspace.</source>
        <translation>Il n&apos;y a pas d&apos;import numéro {batch_id} dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Import number {batch_id} ({file}) was already undone.</source>
        <translation>L&apos;import numéro {batch_id} ({file}) a déjà été annulé.</translation>
    </message>
    <message>
        <source>There is no workspace “{name}” in this folder. It may have been moved or deleted.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail «&#xa0;{name}&#xa0;» dans ce dossier. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a workspace. Choose a .roidb file.</source>
        <translation>«&#xa0;{name}&#xa0;» est un dossier, pas un espace de travail. Choisissez un fichier .roidb.</translation>
    </message>
    <message>
        <source>“{name}” is not a ROI Desktop workspace: it is not a database file. Open a .roidb file, or import this file from the Import page if it is an export.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un espace de travail ROI Desktop&#xa0;: ce n&apos;est pas une base de données. Ouvrez un fichier .roidb, ou importez ce fichier depuis la page Import s&apos;il s&apos;agit d&apos;un export.</translation>
    </message>
    <message>
        <source>“{name}” is a database made by another program, not a ROI Desktop workspace. It was left untouched.</source>
        <translation>«&#xa0;{name}&#xa0;» est une base de données d&apos;un autre logiciel, pas un espace de travail ROI Desktop. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace “{name}” is damaged and cannot be read. It was left untouched; restore a backup from the File menu.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» est endommagé et ne peut pas être lu. Il n&apos;a pas été modifié&#xa0;; restaurez une sauvegarde depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>The workspace “{name}” was saved by a newer version of ROI Desktop. Update the app to open it; the file was left untouched.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» a été enregistré par une version plus récente de ROI Desktop. Mettez l&apos;application à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace “{name}” was made by an older version and must be updated, but the file is read-only. Copy it to a folder where you can write, then open the copy.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» vient d&apos;une version plus ancienne et doit être mis à jour, mais le fichier est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>The workspace “{name}” is open in ROI Desktop for {user} on {host} since {since}. You can open it read-only, or wait until it is closed.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» est ouvert dans ROI Desktop par {user} sur {host} depuis le {since}. Vous pouvez l&apos;ouvrir en lecture seule, ou attendre qu&apos;il soit fermé.</translation>
    </message>
    <message>
        <source>The workspace “{name}” is busy in another program. Close it there, or open it read-only.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» est utilisé par un autre programme. Fermez-le là-bas, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>The workspace “{name}” cannot be created in this folder: you may not be allowed to write there. Choose another folder.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» ne peut pas être créé dans ce dossier&#xa0;: vous n&apos;avez peut-être pas le droit d&apos;y écrire. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The workspace “{name}” is open read-only: you can look at everything but not import or edit.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» est ouvert en lecture seule&#xa0;: vous pouvez tout consulter, mais ni importer ni modifier.</translation>
    </message>
    <message>
        <source>The workspace “{name}” was updated to this version of ROI Desktop. A copy of the previous file was kept in “{backup}”.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» a été mis à jour pour cette version de ROI Desktop. Une copie du fichier précédent a été conservée dans «&#xa0;{backup}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Scoring &amp; funnel</source>
        <translation>Scoring et entonnoir</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>PageSubtitle</name>
    <message>
        <source>Everything your imports brought in, table by table.</source>
        <translation>Tout ce que vos imports ont apporté, table par table.</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <source>Go to Import</source>
        <translation>Aller à l&apos;import</translation>
    </message>
    <message>
        <source>Coming in a next version</source>
        <translation>Arrive dans une prochaine version</translation>
    </message>
    <message>
        <source>Here you will define how contacts earn points, when a lead becomes an MQL or an SQL, and see at once how many contacts each rule and stage holds.</source>
        <translation>Vous définirez ici comment les contacts gagnent des points, quand un lead devient MQL ou SQL, et verrez aussitôt combien de contacts compte chaque règle et chaque étape.</translation>
    </message>
    <message>
        <source>It uses your contact exports and e-mail reports.</source>
        <translation>Cette page utilise vos exports de contacts et vos rapports d&apos;e-mails.</translation>
    </message>
    <message>
        <source>Here you will read your key figures — contacts, e-mail engagement, leads, MQL, customers, web traffic — by month, with charts and the formula behind every number.</source>
        <translation>Vous lirez ici vos chiffres clés — contacts, engagement e-mail, leads, MQL, clients, trafic web — mois par mois, avec des graphiques et la formule derrière chaque chiffre.</translation>
    </message>
    <message>
        <source>It uses every export you import.</source>
        <translation>Cette page utilise tous les exports que vous importez.</translation>
    </message>
    <message>
        <source>Here you will compare what marketing costs with the revenue it brings: ROI, cost per lead, customer acquisition cost, and revenue by channel.</source>
        <translation>Vous comparerez ici ce que coûte le marketing au chiffre d&apos;affaires qu&apos;il rapporte&#xa0;: ROI, coût par lead, coût d&apos;acquisition client et CA par canal.</translation>
    </message>
    <message>
        <source>It needs your deals export and your costs workbook.</source>
        <translation>Elle a besoin de votre export d&apos;affaires et de votre classeur de coûts.</translation>
    </message>
    <message>
        <source>Here you will check how well your automation tool is used: e-mails sent, triggers configured, workflows with no trigger or no goal.</source>
        <translation>Vous vérifierez ici si votre outil d&apos;automatisation est bien utilisé&#xa0;: e-mails envoyés, déclencheurs configurés, scénarios sans déclencheur ou sans objectif.</translation>
    </message>
    <message>
        <source>It needs your workflow list and your e-mail reports.</source>
        <translation>Elle a besoin de la liste de vos scénarios et de vos rapports d&apos;e-mails.</translation>
    </message>
    <message>
        <source>Here you will write every KPI table to an Excel workbook ready to send to your management.</source>
        <translation>Vous écrirez ici tous les tableaux d&apos;indicateurs dans un classeur Excel prêt à envoyer à votre direction.</translation>
    </message>
    <message>
        <source>Here you will drop the exports of your tools (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce, Google Analytics) and your costs workbook.</source>
        <translation>Vous déposerez ici les exports de vos outils (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce, Google Analytics) et votre classeur de coûts.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>Dossier par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>New workspaces and exports are proposed in this folder.</source>
        <translation>Les nouveaux espaces de travail et les exports sont proposés dans ce dossier.</translation>
    </message>
</context>
</TS>

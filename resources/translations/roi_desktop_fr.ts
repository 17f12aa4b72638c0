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
            <translation>Vos espaces de travail :</translation>
        </message>
        <message>
            <source>Log files:</source>
            <translation>Fichiers journaux :</translation>
        </message>
        <message>
            <source>Built with these open-source libraries:</source>
            <translation>Réalisé avec ces bibliothèques libres :</translation>
        </message>
    </context>
    <context>
        <name>Channels</name>
        <message>
            <source>Organic search</source>
            <translation>Recherche organique</translation>
        </message>
        <message>
            <source>Paid search</source>
            <translation>Recherche payante</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Réseaux sociaux</translation>
        </message>
        <message>
            <source>Paid social</source>
            <translation>Réseaux sociaux payants</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Referral sites</source>
            <translation>Sites référents</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>Accès direct</translation>
        </message>
        <message>
            <source>Events and webinars</source>
            <translation>Événements, webinaires</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Marketing automation</source>
            <translation>Automatisation</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Tous canaux</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Typed by hand</source>
            <translation>Saisi à la main</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>build the demo workspace from the sample exports</source>
            <translation>créer l'espace de démonstration à partir des exports d'exemple</translation>
        </message>
        <message>
            <source>import files, or every file under a folder</source>
            <translation>importer des fichiers, ou tous les fichiers d'un dossier</translation>
        </message>
        <message>
            <source>list the imports of a workspace</source>
            <translation>lister les imports d'un espace de travail</translation>
        </message>
        <message>
            <source>remove everything one import brought in</source>
            <translation>retirer tout ce qu'un import a apporté</translation>
        </message>
        <message>
            <source>compute the KPI catalogue over a period</source>
            <translation>calculer le catalogue d'indicateurs sur une période</translation>
        </message>
        <message>
            <source>re-evaluate the active scoring model and funnel</source>
            <translation>réévaluer le modèle de scoring et l'entonnoir actifs</translation>
        </message>
        <message>
            <source>audit how the automation tool is used</source>
            <translation>auditer l'utilisation de l'outil d'automatisation</translation>
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
        <name>CostCategories</name>
        <message>
            <source>Tool licences</source>
            <translation>Licences outils</translation>
        </message>
        <message>
            <source>Staff time</source>
            <translation>Temps équipe</translation>
        </message>
        <message>
            <source>Advertising</source>
            <translation>Publicité</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agence</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
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
            <translation>ROI Desktop a rencontré un problème inattendu et a interrompu ce qu'il faisait. Votre espace de travail est intact : une tâche interrompue ne modifie rien.

Si cela se reproduit, envoyez les détails ci-dessous à votre contact d'assistance. Ils ont aussi été enregistrés dans :</translation>
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
            <translation>Rien n'a encore été importé</translation>
        </message>
        <message>
            <source>Import the exports of your tools (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce, Google Analytics) and your costs workbook: their rows appear here.</source>
            <translation>Importez les exports de vos outils (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce, Google Analytics) et votre classeur de coûts : leurs lignes apparaîtront ici.</translation>
        </message>
        <message>
            <source>Import exports…</source>
            <translation>Importer des exports…</translation>
        </message>
        <message>
            <source>%1 row</source>
            <translation>%1 ligne</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 lignes</translation>
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
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <source>Drop your exports here</source>
            <translation>Déposez vos exports ici</translation>
        </message>
        <message>
            <source>CSV or Excel files exported from HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce or Google Analytics, your costs workbook — or a whole folder.</source>
            <translation>Fichiers CSV ou Excel exportés de HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive, Salesforce ou Google Analytics, votre classeur de coûts — ou un dossier entier.</translation>
        </message>
        <message>
            <source>Choose files…</source>
            <translation>Choisir des fichiers…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Choisir un dossier…</translation>
        </message>
        <message>
            <source>Choose exports</source>
            <translation>Choisir des exports</translation>
        </message>
        <message>
            <source>Choose a folder of exports</source>
            <translation>Choisir un dossier d'exports</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>ID in the tool</source>
            <translation>Identifiant dans l'outil</translation>
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
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Étape du cycle de vie</translation>
        </message>
        <message>
            <source>Lead status</source>
            <translation>Statut du lead</translation>
        </message>
        <message>
            <source>Original source</source>
            <translation>Source d'origine</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>Détail de la source</translation>
        </message>
        <message>
            <source>UTM source</source>
            <translation>Source UTM</translation>
        </message>
        <message>
            <source>UTM medium</source>
            <translation>Support UTM</translation>
        </message>
        <message>
            <source>UTM campaign</source>
            <translation>Campagne UTM</translation>
        </message>
        <message>
            <source>Lead score</source>
            <translation>Score du lead</translation>
        </message>
        <message>
            <source>Unsubscribed (yes/no)</source>
            <translation>Désinscrit (oui/non)</translation>
        </message>
        <message>
            <source>Unsubscribed on</source>
            <translation>Désinscrit le</translation>
        </message>
        <message>
            <source>Bounced (yes/no)</source>
            <translation>En rebond (oui/non)</translation>
        </message>
        <message>
            <source>Bounced on</source>
            <translation>En rebond depuis le</translation>
        </message>
        <message>
            <source>Subscription status</source>
            <translation>Statut d'abonnement</translation>
        </message>
        <message>
            <source>Last open</source>
            <translation>Dernière ouverture</translation>
        </message>
        <message>
            <source>Last click</source>
            <translation>Dernier clic</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Customer until</source>
            <translation>Client jusqu'au</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Became a subscriber on</source>
            <translation>Devenu abonné le</translation>
        </message>
        <message>
            <source>Became a lead on</source>
            <translation>Devenu lead le</translation>
        </message>
        <message>
            <source>Became an MQL on</source>
            <translation>Devenu MQL le</translation>
        </message>
        <message>
            <source>Became an SQL on</source>
            <translation>Devenu SQL le</translation>
        </message>
        <message>
            <source>Became an opportunity on</source>
            <translation>Devenu opportunité le</translation>
        </message>
        <message>
            <source>Became a customer on</source>
            <translation>Devenu client le</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>Deal ID</source>
            <translation>Identifiant de l'affaire</translation>
        </message>
        <message>
            <source>Deal name</source>
            <translation>Nom de l'affaire</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Status (won/lost/open)</source>
            <translation>Statut (gagnée/perdue/en cours)</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Date de clôture</translation>
        </message>
        <message>
            <source>Won on</source>
            <translation>Gagnée le</translation>
        </message>
        <message>
            <source>Lost on</source>
            <translation>Perdue le</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Date de clôture prévue</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>E-mail du contact</translation>
        </message>
        <message>
            <source>Contact IDs</source>
            <translation>Identifiants des contacts</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Lead source</source>
            <translation>Source du lead</translation>
        </message>
        <message>
            <source>Deal type</source>
            <translation>Type d'affaire</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Raison de la perte</translation>
        </message>
        <message>
            <source>E-mail campaign totals</source>
            <translation>Totaux des campagnes e-mail</translation>
        </message>
        <message>
            <source>Campaign ID</source>
            <translation>Identifiant de la campagne</translation>
        </message>
        <message>
            <source>Campaign name</source>
            <translation>Nom de la campagne</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Envoyé le</translation>
        </message>
        <message>
            <source>Type (one-off or automation)</source>
            <translation>Type (ponctuelle ou automatisée)</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyés</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Délivrés</translation>
        </message>
        <message>
            <source>Hard bounces</source>
            <translation>Rebonds définitifs</translation>
        </message>
        <message>
            <source>Soft bounces</source>
            <translation>Rebonds temporaires</translation>
        </message>
        <message>
            <source>Bounces</source>
            <translation>Rebonds</translation>
        </message>
        <message>
            <source>Unique opens</source>
            <translation>Ouvertures uniques</translation>
        </message>
        <message>
            <source>Total opens</source>
            <translation>Ouvertures totales</translation>
        </message>
        <message>
            <source>Unique clicks</source>
            <translation>Clics uniques</translation>
        </message>
        <message>
            <source>Total clicks</source>
            <translation>Clics totaux</translation>
        </message>
        <message>
            <source>Unsubscribes</source>
            <translation>Désinscriptions</translation>
        </message>
        <message>
            <source>Spam complaints</source>
            <translation>Plaintes pour spam</translation>
        </message>
        <message>
            <source>Forwards</source>
            <translation>Transferts</translation>
        </message>
        <message>
            <source>Open rate (tool's figure)</source>
            <translation>Taux d'ouverture (chiffre de l'outil)</translation>
        </message>
        <message>
            <source>Click rate (tool's figure)</source>
            <translation>Taux de clic (chiffre de l'outil)</translation>
        </message>
        <message>
            <source>E-mail recipients</source>
            <translation>Destinataires des e-mails</translation>
        </message>
        <message>
            <source>Recipient e-mail</source>
            <translation>E-mail du destinataire</translation>
        </message>
        <message>
            <source>Opened (yes/no)</source>
            <translation>Ouvert (oui/non)</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Number of opens</source>
            <translation>Nombre d'ouvertures</translation>
        </message>
        <message>
            <source>Apple privacy opens</source>
            <translation>Ouvertures dues à Apple Mail (MPP)</translation>
        </message>
        <message>
            <source>Clicked (yes/no)</source>
            <translation>Cliqué (oui/non)</translation>
        </message>
        <message>
            <source>Number of links clicked</source>
            <translation>Nombre de liens cliqués</translation>
        </message>
        <message>
            <source>Clicked on</source>
            <translation>Cliqué le</translation>
        </message>
        <message>
            <source>Hard bounce on</source>
            <translation>Rebond définitif le</translation>
        </message>
        <message>
            <source>Soft bounce on</source>
            <translation>Rebond temporaire le</translation>
        </message>
        <message>
            <source>Spam complaint on</source>
            <translation>Plainte pour spam le</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Tool</source>
            <translation>Outil</translation>
        </message>
        <message>
            <source>Workflow name</source>
            <translation>Nom du scénario</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
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
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>E-mails in the workflow</source>
            <translation>E-mails du scénario</translation>
        </message>
        <message>
            <source>Contacts enrolled</source>
            <translation>Contacts inscrits</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>Parcours terminés</translation>
        </message>
        <message>
            <source>Contacts in it now</source>
            <translation>Contacts en cours</translation>
        </message>
        <message>
            <source>E-mails sent</source>
            <translation>E-mails envoyés</translation>
        </message>
        <message>
            <source>Conversions</source>
            <translation>Conversions</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Dernière modification</translation>
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
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
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
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Landing page</source>
            <translation>Page de destination</translation>
        </message>
        <message>
            <source>Channel group</source>
            <translation>Groupe de canaux</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Engaged sessions</source>
            <translation>Sessions avec engagement</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>New users</source>
            <translation>Nouveaux utilisateurs</translation>
        </message>
        <message>
            <source>Key events (conversions)</source>
            <translation>Événements clés (conversions)</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Chiffre d'affaires</translation>
        </message>
    </context>
    <context>
        <name>ImportFiles</name>
        <message>
            <source>Your mapping</source>
            <translation>Votre correspondance</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Recognised as</source>
            <translation>Reconnu comme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>Prêt à importer</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Déjà importé</translation>
        </message>
        <message>
            <source>Columns to match</source>
            <translation>Colonnes à associer</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>Illisible</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <source>Imported on</source>
            <translation>Importé le</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Recognised as</source>
            <translation>Reconnu comme</translation>
        </message>
        <message>
            <source>Rows imported</source>
            <translation>Lignes importées</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejetées</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>In the figures</source>
            <translation>Pris en compte</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>New import</source>
            <translation>Nouvel import</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Match the columns…</source>
            <translation>Associer les colonnes…</translation>
        </message>
        <message>
            <source>Remove from the list</source>
            <translation>Retirer de la liste</translation>
        </message>
        <message>
            <source>Save the report…</source>
            <translation>Enregistrer le rapport…</translation>
        </message>
        <message>
            <source>Import other files</source>
            <translation>Importer d'autres fichiers</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation>Annuler cet import…</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Feuille :</translation>
        </message>
        <message>
            <source>Every import is kept. Undoing one removes exactly what it brought in and puts back what it had replaced; the figures follow at once.</source>
            <translation>Chaque import est conservé. En annuler un retire exactement ce qu'il a apporté et remet ce qu'il avait remplacé ; les chiffres suivent aussitôt.</translation>
        </message>
        <message>
            <source>Importing your exports…</source>
            <translation>Import de vos exports…</translation>
        </message>
        <message>
            <source>Save the import report</source>
            <translation>Enregistrer le rapport d'import</translation>
        </message>
        <message>
            <source>Undo the import of “%1”? Its %2 rows leave the figures.</source>
            <translation>Annuler l'import de « %1 » ? Ses %2 lignes sortiront des chiffres.</translation>
        </message>
        <message>
            <source>Undo an import</source>
            <translation>Annuler un import</translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>Annulation de l'import…</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Lecture des fichiers…</translation>
        </message>
        <message>
            <source>Drop or choose files to see what they contain.</source>
            <translation>Déposez ou choisissez des fichiers pour voir ce qu'ils contiennent.</translation>
        </message>
        <message>
            <source>First rows, as they will be stored:</source>
            <translation>Premières lignes, telles qu'elles seront enregistrées :</translation>
        </message>
        <message>
            <source>%1 file ready</source>
            <translation>%1 fichier prêt</translation>
        </message>
        <message>
            <source>%1 files ready</source>
            <translation>%1 fichiers prêts</translation>
        </message>
        <message>
            <source>%1 to match</source>
            <translation>%1 à associer</translation>
        </message>
        <message>
            <source>Import %1 file</source>
            <translation>Importer %1 fichier</translation>
        </message>
        <message>
            <source>Import %1 files</source>
            <translation>Importer %1 fichiers</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 row(s) imported&lt;/b&gt;, %2 rejected, %3 already there.</source>
            <translation>&lt;b&gt;%1 ligne(s) importée(s)&lt;/b&gt;, %2 rejetée(s), %3 déjà présente(s).</translation>
        </message>
        <message>
            <source>not imported: %1</source>
            <translation>non importé : %1</translation>
        </message>
        <message>
            <source>%1 imported, %2 rejected, %3 already there</source>
            <translation>%1 importée(s), %2 rejetée(s), %3 déjà présente(s)</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Conséquence</translation>
        </message>
        <message>
            <source>Row not imported</source>
            <translation>Ligne non importée</translation>
        </message>
        <message>
            <source>Row imported, value left empty</source>
            <translation>Ligne importée, valeur laissée vide</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <source>Emails sent</source>
            <translation>E-mails envoyés</translation>
        </message>
        <message>
            <source>E-mails sent by your tools, one per recipient.</source>
            <translation>E-mails envoyés par vos outils, un par destinataire.</translation>
        </message>
        <message>
            <source>Sum of recipients of the e-mails sent in the period</source>
            <translation>Somme des destinataires des e-mails envoyés sur la période</translation>
        </message>
        <message>
            <source>Emails delivered</source>
            <translation>E-mails délivrés</translation>
        </message>
        <message>
            <source>Sent minus bounces.</source>
            <translation>Envoyés moins rebonds.</translation>
        </message>
        <message>
            <source>E-mails sent minus bounces</source>
            <translation>E-mails envoyés moins rebonds</translation>
        </message>
        <message>
            <source>Bounces</source>
            <translation>E-mails en rebond</translation>
        </message>
        <message>
            <source>E-mails refused by the recipient's server.</source>
            <translation>E-mails refusés par le serveur du destinataire.</translation>
        </message>
        <message>
            <source>Hard plus soft bounces, or the export's bounce total</source>
            <translation>Rebonds définitifs plus temporaires, ou le total de rebonds de l'export</translation>
        </message>
        <message>
            <source>Hard bounces</source>
            <translation>Rebonds définitifs</translation>
        </message>
        <message>
            <source>Address or domain does not exist.</source>
            <translation>Adresse ou domaine inexistant.</translation>
        </message>
        <message>
            <source>Sum of hard bounces</source>
            <translation>Somme des rebonds définitifs</translation>
        </message>
        <message>
            <source>Soft bounces</source>
            <translation>Rebonds temporaires</translation>
        </message>
        <message>
            <source>Temporary failure: mailbox full, server down.</source>
            <translation>Échec temporaire : boîte pleine, serveur indisponible.</translation>
        </message>
        <message>
            <source>Sum of soft bounces</source>
            <translation>Somme des rebonds temporaires</translation>
        </message>
        <message>
            <source>Unique opens</source>
            <translation>Ouvertures uniques</translation>
        </message>
        <message>
            <source>Recipients who opened at least once.</source>
            <translation>Destinataires ayant ouvert au moins une fois.</translation>
        </message>
        <message>
            <source>Sum of recipients who opened</source>
            <translation>Somme des destinataires ayant ouvert</translation>
        </message>
        <message>
            <source>Unique clicks</source>
            <translation>Clics uniques</translation>
        </message>
        <message>
            <source>Recipients who clicked at least once.</source>
            <translation>Destinataires ayant cliqué au moins une fois.</translation>
        </message>
        <message>
            <source>Sum of recipients who clicked</source>
            <translation>Somme des destinataires ayant cliqué</translation>
        </message>
        <message>
            <source>Total opens</source>
            <translation>Ouvertures totales</translation>
        </message>
        <message>
            <source>Every open, repeats included.</source>
            <translation>Toutes les ouvertures, répétitions comprises.</translation>
        </message>
        <message>
            <source>Sum of all opens</source>
            <translation>Somme de toutes les ouvertures</translation>
        </message>
        <message>
            <source>Total clicks</source>
            <translation>Clics totaux</translation>
        </message>
        <message>
            <source>Every click, repeats included.</source>
            <translation>Tous les clics, répétitions comprises.</translation>
        </message>
        <message>
            <source>Sum of all clicks</source>
            <translation>Somme de tous les clics</translation>
        </message>
        <message>
            <source>Unsubscribes</source>
            <translation>Désinscriptions</translation>
        </message>
        <message>
            <source>Recipients who unsubscribed from these e-mails.</source>
            <translation>Destinataires désinscrits depuis ces e-mails.</translation>
        </message>
        <message>
            <source>Sum of unsubscribes</source>
            <translation>Somme des désinscriptions</translation>
        </message>
        <message>
            <source>Spam complaints</source>
            <translation>Plaintes pour spam</translation>
        </message>
        <message>
            <source>Recipients who reported the e-mail as spam.</source>
            <translation>Destinataires ayant signalé l'e-mail comme spam.</translation>
        </message>
        <message>
            <source>Sum of spam complaints</source>
            <translation>Somme des plaintes pour spam</translation>
        </message>
        <message>
            <source>Open rate</source>
            <translation>Taux d'ouverture</translation>
        </message>
        <message>
            <source>Share of delivered e-mails opened; inflated by Apple Mail privacy.</source>
            <translation>Part des e-mails délivrés ouverts ; gonflée par la protection Apple Mail.</translation>
        </message>
        <message>
            <source>Unique opens ÷ e-mails delivered</source>
            <translation>Ouvertures uniques ÷ e-mails délivrés</translation>
        </message>
        <message>
            <source>Click rate</source>
            <translation>Taux de clic</translation>
        </message>
        <message>
            <source>Share of delivered e-mails clicked.</source>
            <translation>Part des e-mails délivrés ayant reçu un clic.</translation>
        </message>
        <message>
            <source>Unique clicks ÷ e-mails delivered</source>
            <translation>Clics uniques ÷ e-mails délivrés</translation>
        </message>
        <message>
            <source>Click-to-open rate</source>
            <translation>Taux de réactivité</translation>
        </message>
        <message>
            <source>Share of openers who clicked.</source>
            <translation>Part des ouvreurs ayant cliqué.</translation>
        </message>
        <message>
            <source>Unique clicks ÷ unique opens</source>
            <translation>Clics uniques ÷ ouvertures uniques</translation>
        </message>
        <message>
            <source>Unsubscribe rate</source>
            <translation>Taux de désinscription</translation>
        </message>
        <message>
            <source>Share of delivered e-mails followed by an unsubscribe.</source>
            <translation>Part des e-mails délivrés suivis d'une désinscription.</translation>
        </message>
        <message>
            <source>Unsubscribes ÷ e-mails delivered</source>
            <translation>Désinscriptions ÷ e-mails délivrés</translation>
        </message>
        <message>
            <source>Bounce rate</source>
            <translation>Taux de rebond e-mail</translation>
        </message>
        <message>
            <source>Share of sent e-mails not delivered.</source>
            <translation>Part des e-mails envoyés non délivrés.</translation>
        </message>
        <message>
            <source>Bounces ÷ e-mails sent</source>
            <translation>Rebonds ÷ e-mails envoyés</translation>
        </message>
        <message>
            <source>Spam complaint rate</source>
            <translation>Taux de plaintes pour spam</translation>
        </message>
        <message>
            <source>Share of delivered e-mails reported as spam.</source>
            <translation>Part des e-mails délivrés signalés comme spam.</translation>
        </message>
        <message>
            <source>Spam complaints ÷ e-mails delivered, over the exports that report complaints</source>
            <translation>Plaintes pour spam ÷ e-mails délivrés, sur les exports qui donnent les plaintes</translation>
        </message>
        <message>
            <source>Open rate without Apple MPP</source>
            <translation>Taux d'ouverture hors Apple MPP</translation>
        </message>
        <message>
            <source>Open rate without opens caused only by Apple Mail's auto-loading.</source>
            <translation>Taux d'ouverture sans les ouvertures dues au seul chargement automatique d'Apple Mail.</translation>
        </message>
        <message>
            <source>(Unique opens − opens due only to Apple Mail) ÷ e-mails delivered, over the exports that flag Apple Mail opens</source>
            <translation>(Ouvertures uniques − ouvertures dues au seul Apple Mail) ÷ e-mails délivrés, sur les exports qui signalent les ouvertures Apple Mail</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Scénarios (workflows)</translation>
        </message>
        <message>
            <source>Automations defined in your tools.</source>
            <translation>Scénarios définis dans vos outils.</translation>
        </message>
        <message>
            <source>Number of workflows created by the end of the period or of unknown date</source>
            <translation>Nombre de scénarios créés avant la fin de la période ou de date inconnue</translation>
        </message>
        <message>
            <source>Active workflows</source>
            <translation>Workflows actifs</translation>
        </message>
        <message>
            <source>Workflows switched on.</source>
            <translation>Scénarios activés.</translation>
        </message>
        <message>
            <source>Number of workflows whose status is active</source>
            <translation>Nombre de scénarios au statut actif</translation>
        </message>
        <message>
            <source>Workflows without trigger</source>
            <translation>Workflows sans déclencheur</translation>
        </message>
        <message>
            <source>With no trigger, a workflow never starts.</source>
            <translation>Sans déclencheur, un scénario ne démarre jamais.</translation>
        </message>
        <message>
            <source>Number of workflows whose trigger is known to be empty, whatever their status</source>
            <translation>Nombre de scénarios dont le déclencheur est connu et vide, quel que soit leur statut</translation>
        </message>
        <message>
            <source>Configured triggers</source>
            <translation>Déclencheurs configurés</translation>
        </message>
        <message>
            <source>Workflows whose trigger is set.</source>
            <translation>Scénarios dont le déclencheur est défini.</translation>
        </message>
        <message>
            <source>Number of workflows with a trigger</source>
            <translation>Nombre de scénarios ayant un déclencheur</translation>
        </message>
        <message>
            <source>Workflows without goal</source>
            <translation>Workflows sans objectif</translation>
        </message>
        <message>
            <source>With no goal you cannot judge a workflow.</source>
            <translation>Sans objectif, impossible de juger un scénario.</translation>
        </message>
        <message>
            <source>Number of workflows whose goal is known to be empty, whatever their status</source>
            <translation>Nombre de scénarios dont l'objectif est connu et vide, quel que soit leur statut</translation>
        </message>
        <message>
            <source>Active workflows nobody enters</source>
            <translation>Workflows actifs sans inscrit</translation>
        </message>
        <message>
            <source>Switched on, yet no contact entered.</source>
            <translation>Activés, mais aucun contact n'y est entré.</translation>
        </message>
        <message>
            <source>Number of active workflows with 0 contacts enrolled</source>
            <translation>Nombre de scénarios actifs avec 0 contact inscrit</translation>
        </message>
        <message>
            <source>Workflow enrolments</source>
            <translation>Inscriptions aux workflows</translation>
        </message>
        <message>
            <source>Contacts who entered your workflows.</source>
            <translation>Contacts entrés dans vos scénarios.</translation>
        </message>
        <message>
            <source>Sum of contacts enrolled in the workflows</source>
            <translation>Somme des contacts inscrits dans les scénarios</translation>
        </message>
        <message>
            <source>Workflow completion rate</source>
            <translation>Taux de complétion des scénarios</translation>
        </message>
        <message>
            <source>Share of enrolled contacts who reached the end.</source>
            <translation>Part des inscrits arrivés au bout du scénario.</translation>
        </message>
        <message>
            <source>Contacts who completed ÷ contacts enrolled, over the workflows reporting both (the export's own rate is not used)</source>
            <translation>Contacts arrivés au bout ÷ contacts inscrits, sur les scénarios qui donnent les deux (le taux de l'export n'est pas repris)</translation>
        </message>
        <message>
            <source>E-mails in workflows</source>
            <translation>E-mails configurés dans les workflows</translation>
        </message>
        <message>
            <source>E-mails your workflows contain.</source>
            <translation>E-mails prévus dans vos scénarios.</translation>
        </message>
        <message>
            <source>Sum of the e-mails listed in the inventory, else the distinct automated e-mails sent by each workflow</source>
            <translation>Somme des e-mails listés dans l'inventaire, à défaut les e-mails automatisés distincts envoyés par chaque scénario</translation>
        </message>
        <message>
            <source>Automated e-mails sent</source>
            <translation>E-mails automatisés envoyés</translation>
        </message>
        <message>
            <source>E-mails sent by workflows in the period.</source>
            <translation>E-mails envoyés par vos scénarios sur la période.</translation>
        </message>
        <message>
            <source>Sum of recipients of the automated e-mails sent in the period</source>
            <translation>Somme des destinataires des e-mails automatisés envoyés sur la période</translation>
        </message>
        <message>
            <source>Share of automated e-mails</source>
            <translation>Part des e-mails automatisés</translation>
        </message>
        <message>
            <source>Share of automated e-mails among all sends.</source>
            <translation>Part des e-mails automatisés dans les envois.</translation>
        </message>
        <message>
            <source>Automated e-mails sent ÷ e-mails sent</source>
            <translation>E-mails automatisés envoyés ÷ e-mails envoyés</translation>
        </message>
        <message>
            <source>Total contacts</source>
            <translation>Nombre total de contacts</translation>
        </message>
        <message>
            <source>People in your contact exports, counted once by e-mail.</source>
            <translation>Personnes de vos exports, comptées une fois par e-mail.</translation>
        </message>
        <message>
            <source>Distinct e-mail addresses of your contact exports created by the end of the period, or without a creation date</source>
            <translation>Adresses e-mail distinctes de vos exports de contacts créées avant la fin de la période, ou sans date de création</translation>
        </message>
        <message>
            <source>New contacts</source>
            <translation>Nouveaux contacts</translation>
        </message>
        <message>
            <source>Contacts created for the first time in the period.</source>
            <translation>Contacts créés pour la première fois sur la période.</translation>
        </message>
        <message>
            <source>Contacts whose earliest creation date, across your tools, falls in the period</source>
            <translation>Contacts dont la première date de création, tous outils confondus, tombe dans la période</translation>
        </message>
        <message>
            <source>Active contacts</source>
            <translation>Contacts actifs</translation>
        </message>
        <message>
            <source>Reachable contacts who opened or clicked in the last N days.</source>
            <translation>Contacts joignables ayant ouvert ou cliqué ces N derniers jours.</translation>
        </message>
        <message>
            <source>Reachable contacts (neither unsubscribed nor bounced) with an open or a click in the N days up to the end of the period (N and the signal are settings)</source>
            <translation>Contacts joignables (ni désinscrits ni en rebond) ayant ouvert ou cliqué dans les N jours précédant la fin de la période (N et le signal sont des réglages)</translation>
        </message>
        <message>
            <source>Inactive contacts</source>
            <translation>Contacts inactifs</translation>
        </message>
        <message>
            <source>Reachable contacts silent for N days: reactivate or remove them.</source>
            <translation>Contacts joignables sans réaction depuis N jours : à réactiver ou retirer.</translation>
        </message>
        <message>
            <source>Reachable contacts at the end of the period minus active contacts</source>
            <translation>Contacts joignables en fin de période moins les contacts actifs</translation>
        </message>
        <message>
            <source>Unsubscribed contacts</source>
            <translation>Contacts désinscrits</translation>
        </message>
        <message>
            <source>Contacts who opted out or were blocklisted.</source>
            <translation>Contacts désabonnés ou en liste noire.</translation>
        </message>
        <message>
            <source>Contacts unsubscribed, blocklisted or having complained by the end of the period</source>
            <translation>Contacts désinscrits, en liste noire ou ayant porté plainte avant la fin de la période</translation>
        </message>
        <message>
            <source>Marketing costs</source>
            <translation>Coûts marketing</translation>
        </message>
        <message>
            <source>Tools, staff time, ads, content, agency.</source>
            <translation>Outils, temps, publicité, contenu, agence.</translation>
        </message>
        <message>
            <source>Sum of the cost lines of the period, a month counted pro rata of its days in the period</source>
            <translation>Somme des lignes de coûts de la période, chaque mois compté au prorata de ses jours dans la période</translation>
        </message>
        <message>
            <source>Cost per lead (CPL)</source>
            <translation>Coût par lead (CPL)</translation>
        </message>
        <message>
            <source>Costs ÷ new leads.</source>
            <translation>Coûts ÷ nouveaux leads.</translation>
        </message>
        <message>
            <source>Marketing costs ÷ new leads; per channel, that channel's costs ÷ its new leads</source>
            <translation>Coûts marketing ÷ nouveaux leads ; par canal, les coûts du canal ÷ ses nouveaux leads</translation>
        </message>
        <message>
            <source>Cost per MQL</source>
            <translation>Coût par MQL</translation>
        </message>
        <message>
            <source>Costs ÷ new MQLs.</source>
            <translation>Coûts ÷ nouveaux MQL.</translation>
        </message>
        <message>
            <source>Marketing costs ÷ new MQLs</source>
            <translation>Coûts marketing ÷ nouveaux MQL</translation>
        </message>
        <message>
            <source>Customer acquisition cost (CAC)</source>
            <translation>Coût d'acquisition client (CAC)</translation>
        </message>
        <message>
            <source>Costs ÷ new customers.</source>
            <translation>Coûts ÷ nouveaux clients.</translation>
        </message>
        <message>
            <source>Marketing costs ÷ new customers</source>
            <translation>Coûts marketing ÷ nouveaux clients</translation>
        </message>
        <message>
            <source>Cost per acquisition (CPA)</source>
            <translation>Coût par acquisition (CPA)</translation>
        </message>
        <message>
            <source>Costs ÷ conversions (site key events by default).</source>
            <translation>Coûts ÷ conversions (par défaut, événements clés du site).</translation>
        </message>
        <message>
            <source>Marketing costs ÷ conversions (site key events, or new leads or customers per the settings)</source>
            <translation>Coûts marketing ÷ conversions (événements clés du site, ou nouveaux leads ou clients selon les réglages)</translation>
        </message>
        <message>
            <source>Marketing ROI</source>
            <translation>ROI marketing</translation>
        </message>
        <message>
            <source>(Revenue − costs) ÷ costs: 1.5 = each euro spent brought back 2.5.</source>
            <translation>(CA − coûts) ÷ coûts : 1,5 = un euro dépensé en rapporte 2,5.</translation>
        </message>
        <message>
            <source>(Revenue won − marketing costs) ÷ marketing costs</source>
            <translation>(CA signé − coûts marketing) ÷ coûts marketing</translation>
        </message>
        <message>
            <source>Value of time saved</source>
            <translation>Valeur du temps gagné</translation>
        </message>
        <message>
            <source>Staff time saved by automated e-mails, at your hourly rate.</source>
            <translation>Temps économisé par les e-mails automatisés, au taux horaire.</translation>
        </message>
        <message>
            <source>Automated e-mails sent × minutes saved per e-mail ÷ 60 × hourly rate</source>
            <translation>E-mails automatisés envoyés × minutes gagnées par e-mail ÷ 60 × taux horaire</translation>
        </message>
        <message>
            <source>Revenue from automated workflows</source>
            <translation>CA généré par les workflows automatisés</translation>
        </message>
        <message>
            <source>Revenue won credited to workflows by the attribution model.</source>
            <translation>CA signé attribué aux workflows par le modèle d'attribution.</translation>
        </message>
        <message>
            <source>Share of the revenue won that the attribution model gives to workflow enrolments and clicks in automated e-mails</source>
            <translation>Part du CA signé que le modèle d'attribution donne aux inscriptions aux workflows et aux clics dans les e-mails automatisés</translation>
        </message>
        <message>
            <source>Marketing automation ROI</source>
            <translation>ROI du marketing automation</translation>
        </message>
        <message>
            <source>(Workflow revenue + time saved − automation costs) ÷ automation costs.</source>
            <translation>(CA des workflows + temps gagné − coûts de l'automation) ÷ ces coûts.</translation>
        </message>
        <message>
            <source>(Revenue from workflows + value of time saved − costs of the automation and e-mail channels) ÷ those costs</source>
            <translation>(CA des workflows + valeur du temps gagné − coûts des canaux automatisation et e-mail) ÷ ces coûts</translation>
        </message>
        <message>
            <source>Marketing-influenced revenue</source>
            <translation>Part du CA influencée par le marketing</translation>
        </message>
        <message>
            <source>Share of revenue won from deals whose contacts had a marketing touch before signing.</source>
            <translation>Part du CA signé dont les contacts ont eu un contact marketing avant signature.</translation>
        </message>
        <message>
            <source>Amount of the won deals with a marketing touch before the close ÷ revenue won</source>
            <translation>Montant des affaires gagnées avec un contact marketing avant la clôture ÷ CA signé</translation>
        </message>
        <message>
            <source>Customer lifetime value (CLV)</source>
            <translation>Valeur vie client (CLV)</translation>
        </message>
        <message>
            <source>Revenue a customer has brought so far, on average.</source>
            <translation>CA moyen apporté par un client depuis le début.</translation>
        </message>
        <message>
            <source>Gross margin × amount of the deals won by the end of the period ÷ distinct customers among them</source>
            <translation>Marge brute × montant des affaires gagnées jusqu'à la fin de la période ÷ clients distincts parmi elles</translation>
        </message>
        <message>
            <source>Customer churn rate</source>
            <translation>Taux d'attrition (churn)</translation>
        </message>
        <message>
            <source>Share of start-of-period customers who left during it.</source>
            <translation>Part des clients du début de période partis pendant celle-ci.</translation>
        </message>
        <message>
            <source>Customers at the start of the period who stopped being customers during it ÷ customers at the start</source>
            <translation>Clients du début de période qui ont cessé de l'être pendant celle-ci ÷ clients du début</translation>
        </message>
        <message>
            <source>Customer retention rate</source>
            <translation>Taux de fidélisation</translation>
        </message>
        <message>
            <source>Share of start-of-period customers still customers at its end.</source>
            <translation>Part des clients du début de période encore clients à la fin.</translation>
        </message>
        <message>
            <source>Customers at the start of the period still customers at its end ÷ customers at the start</source>
            <translation>Clients du début de période encore clients à sa fin ÷ clients du début</translation>
        </message>
        <message>
            <source>Deals created</source>
            <translation>Affaires créées</translation>
        </message>
        <message>
            <source>Deals opened in the period.</source>
            <translation>Affaires ouvertes sur la période.</translation>
        </message>
        <message>
            <source>Deals whose creation day falls in the period</source>
            <translation>Affaires dont le jour de création tombe dans la période</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>Affaires gagnées</translation>
        </message>
        <message>
            <source>Deals signed in the period.</source>
            <translation>Affaires signées sur la période.</translation>
        </message>
        <message>
            <source>Won deals whose close day falls in the period</source>
            <translation>Affaires gagnées dont le jour de clôture tombe dans la période</translation>
        </message>
        <message>
            <source>Deals lost</source>
            <translation>Affaires perdues</translation>
        </message>
        <message>
            <source>Deals lost in the period.</source>
            <translation>Affaires perdues sur la période.</translation>
        </message>
        <message>
            <source>Lost deals whose close day falls in the period</source>
            <translation>Affaires perdues dont le jour de clôture tombe dans la période</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Affaires en cours</translation>
        </message>
        <message>
            <source>Deals still open at the end of the period.</source>
            <translation>Affaires encore ouvertes en fin de période.</translation>
        </message>
        <message>
            <source>Deals created by the end of the period and not yet won or lost then</source>
            <translation>Affaires créées avant la fin de la période et ni gagnées ni perdues à cette date</translation>
        </message>
        <message>
            <source>Revenue won</source>
            <translation>Chiffre d'affaires signé</translation>
        </message>
        <message>
            <source>Amount of the deals won in the period.</source>
            <translation>Montant des affaires gagnées sur la période.</translation>
        </message>
        <message>
            <source>Sum of the amounts of the deals won in the period; by channel through the attribution model</source>
            <translation>Somme des montants des affaires gagnées sur la période ; par canal selon le modèle d'attribution</translation>
        </message>
        <message>
            <source>Average deal value</source>
            <translation>Montant moyen d'une affaire gagnée</translation>
        </message>
        <message>
            <source>Revenue per deal won.</source>
            <translation>CA signé par affaire gagnée.</translation>
        </message>
        <message>
            <source>Revenue won ÷ deals won</source>
            <translation>CA signé ÷ affaires gagnées</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Taux de signature</translation>
        </message>
        <message>
            <source>Won deals among deals closed in the period.</source>
            <translation>Affaires gagnées parmi celles clôturées sur la période.</translation>
        </message>
        <message>
            <source>Deals won ÷ (deals won + deals lost)</source>
            <translation>Affaires gagnées ÷ (affaires gagnées + affaires perdues)</translation>
        </message>
        <message>
            <source>Sales cycle length</source>
            <translation>Durée du cycle de vente</translation>
        </message>
        <message>
            <source>Average days from deal creation to signature.</source>
            <translation>Nombre moyen de jours entre création et signature.</translation>
        </message>
        <message>
            <source>Mean of the days between creation and close of the deals won in the period</source>
            <translation>Moyenne des jours entre création et clôture des affaires gagnées sur la période</translation>
        </message>
        <message>
            <source>New subscribers</source>
            <translation>Nouveaux abonnés</translation>
        </message>
        <message>
            <source>Contacts who became subscribers in the period.</source>
            <translation>Contacts devenus abonnés sur la période.</translation>
        </message>
        <message>
            <source>Contacts whose first day as subscriber falls in the period</source>
            <translation>Contacts dont le premier jour comme abonné tombe dans la période</translation>
        </message>
        <message>
            <source>New leads</source>
            <translation>Nouveaux leads</translation>
        </message>
        <message>
            <source>Contacts who became leads in the period.</source>
            <translation>Contacts devenus leads sur la période.</translation>
        </message>
        <message>
            <source>Contacts whose first day as lead falls in the period</source>
            <translation>Contacts dont le premier jour comme lead tombe dans la période</translation>
        </message>
        <message>
            <source>New MQLs</source>
            <translation>Nouveaux MQL</translation>
        </message>
        <message>
            <source>Leads marketing judged ready for sales.</source>
            <translation>Leads jugés mûrs pour les commerciaux.</translation>
        </message>
        <message>
            <source>Contacts whose first day as MQL falls in the period</source>
            <translation>Contacts dont le premier jour comme MQL tombe dans la période</translation>
        </message>
        <message>
            <source>New SQLs</source>
            <translation>Nouveaux SQL</translation>
        </message>
        <message>
            <source>Leads accepted by sales.</source>
            <translation>Leads acceptés par les commerciaux.</translation>
        </message>
        <message>
            <source>Contacts whose first day as SQL falls in the period</source>
            <translation>Contacts dont le premier jour comme SQL tombe dans la période</translation>
        </message>
        <message>
            <source>New opportunities</source>
            <translation>Nouvelles opportunités</translation>
        </message>
        <message>
            <source>Contacts who reached the opportunity stage.</source>
            <translation>Contacts passés au stade opportunité.</translation>
        </message>
        <message>
            <source>Contacts whose first day as opportunity falls in the period</source>
            <translation>Contacts dont le premier jour comme opportunité tombe dans la période</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Nouveaux clients</translation>
        </message>
        <message>
            <source>Contacts who became customers in the period.</source>
            <translation>Contacts devenus clients sur la période.</translation>
        </message>
        <message>
            <source>Contacts whose first day as customer falls in the period</source>
            <translation>Contacts dont le premier jour comme client tombe dans la période</translation>
        </message>
        <message>
            <source>Lead → MQL rate</source>
            <translation>Taux de passage lead → MQL</translation>
        </message>
        <message>
            <source>Share of the period's leads that became MQL.</source>
            <translation>Part des leads de la période devenus MQL.</translation>
        </message>
        <message>
            <source>Leads of the period who became MQL within the conversion window ÷ leads of the period</source>
            <translation>Leads de la période devenus MQL dans le délai de conversion ÷ leads de la période</translation>
        </message>
        <message>
            <source>MQL → SQL rate</source>
            <translation>Taux d'acceptation MQL → SQL</translation>
        </message>
        <message>
            <source>Share of the period's MQLs accepted by sales.</source>
            <translation>Part des MQL de la période acceptés par les commerciaux.</translation>
        </message>
        <message>
            <source>MQLs of the period who became SQL within the conversion window ÷ MQLs of the period</source>
            <translation>MQL de la période devenus SQL dans le délai de conversion ÷ MQL de la période</translation>
        </message>
        <message>
            <source>SQL → customer rate</source>
            <translation>Taux de transformation SQL → client</translation>
        </message>
        <message>
            <source>Share of the period's SQLs that became customers.</source>
            <translation>Part des SQL de la période devenus clients.</translation>
        </message>
        <message>
            <source>SQLs of the period who became customers within the conversion window ÷ SQLs of the period</source>
            <translation>SQL de la période devenus clients dans le délai de conversion ÷ SQL de la période</translation>
        </message>
        <message>
            <source>MQL → customer rate</source>
            <translation>Taux de conversion MQL → client</translation>
        </message>
        <message>
            <source>Share of the period's MQLs that became customers.</source>
            <translation>Part des MQL de la période devenus clients.</translation>
        </message>
        <message>
            <source>MQLs of the period who became customers within the conversion window ÷ MQLs of the period</source>
            <translation>MQL de la période devenus clients dans le délai de conversion ÷ MQL de la période</translation>
        </message>
        <message>
            <source>Lead conversion rate</source>
            <translation>Taux de conversion des leads</translation>
        </message>
        <message>
            <source>Share of the period's leads that became customers.</source>
            <translation>Part des leads de la période devenus clients.</translation>
        </message>
        <message>
            <source>Leads of the period who became customers within the conversion window ÷ leads of the period; split by whether a workflow reached them before</source>
            <translation>Leads de la période devenus clients dans le délai de conversion ÷ leads de la période ; séparés selon qu'un workflow les a touchés avant</translation>
        </message>
        <message>
            <source>MQLs rejected by sales</source>
            <translation>Taux de MQL refusés par les commerciaux</translation>
        </message>
        <message>
            <source>Share of the period's MQLs that sales turned down.</source>
            <translation>Part des MQL de la période refusés par les commerciaux.</translation>
        </message>
        <message>
            <source>MQLs of the period never accepted as SQL and whose lead status says rejected ÷ MQLs of the period</source>
            <translation>MQL de la période jamais acceptés en SQL et dont le statut du lead indique un refus ÷ MQL de la période</translation>
        </message>
        <message>
            <source>Average lead score</source>
            <translation>Score moyen des leads</translation>
        </message>
        <message>
            <source>Average score (points) of your open leads.</source>
            <translation>Score moyen (points) de vos leads en cours.</translation>
        </message>
        <message>
            <source>Mean current score of the contacts now at the lead, MQL or SQL stage</source>
            <translation>Moyenne du score actuel des contacts aujourd'hui au stade lead, MQL ou SQL</translation>
        </message>
        <message>
            <source>Average value of a qualified lead</source>
            <translation>Valeur moyenne d'un lead qualifié</translation>
        </message>
        <message>
            <source>Revenue an MQL brings on average.</source>
            <translation>CA moyen rapporté par un MQL.</translation>
        </message>
        <message>
            <source>MQL → customer rate × average deal value</source>
            <translation>Taux de conversion MQL → client × montant moyen d'une affaire gagnée</translation>
        </message>
        <message>
            <source>Social engagement rate</source>
            <translation>Taux d'engagement réseaux sociaux</translation>
        </message>
        <message>
            <source>Reactions, comments and shares per impression.</source>
            <translation>Réactions, commentaires et partages par impression.</translation>
        </message>
        <message>
            <source>(Reactions + comments + shares) ÷ impressions, posts of the period</source>
            <translation>(Réactions + commentaires + partages) ÷ impressions, publications de la période</translation>
        </message>
        <message>
            <source>Customer satisfaction (CSAT)</source>
            <translation>Satisfaction client (CSAT)</translation>
        </message>
        <message>
            <source>Share of satisfied answers (top two marks).</source>
            <translation>Part de réponses satisfaites (deux meilleures notes).</translation>
        </message>
        <message>
            <source>Answers with one of the two best marks ÷ answers of the period</source>
            <translation>Réponses ayant l'une des deux meilleures notes ÷ réponses de la période</translation>
        </message>
        <message>
            <source>Website visits</source>
            <translation>Visites du site</translation>
        </message>
        <message>
            <source>Sessions recorded by your web analytics.</source>
            <translation>Sessions mesurées par votre outil d'analyse web.</translation>
        </message>
        <message>
            <source>Sum of sessions in the period</source>
            <translation>Somme des sessions de la période</translation>
        </message>
        <message>
            <source>Key events</source>
            <translation>Événements clés (conversions)</translation>
        </message>
        <message>
            <source>Conversions on the site: forms, demo requests…</source>
            <translation>Conversions sur le site : formulaires, demandes de démo…</translation>
        </message>
        <message>
            <source>Sum of key events (conversions) in the period</source>
            <translation>Somme des événements clés (conversions) de la période</translation>
        </message>
        <message>
            <source>Website conversion rate</source>
            <translation>Taux de conversion du site</translation>
        </message>
        <message>
            <source>Key events per visit (per landing page: landing-page conversion).</source>
            <translation>Événements clés par visite (par page : conversion de la page d'atterrissage).</translation>
        </message>
        <message>
            <source>Key events ÷ sessions</source>
            <translation>Événements clés ÷ sessions</translation>
        </message>
        <message>
            <source>Visit-to-lead rate</source>
            <translation>Taux de transformation visites → leads</translation>
        </message>
        <message>
            <source>New leads per visit.</source>
            <translation>Nouveaux leads par visite.</translation>
        </message>
        <message>
            <source>New leads ÷ sessions</source>
            <translation>Nouveaux leads ÷ sessions</translation>
        </message>
        <message>
            <source>Traffic peak days</source>
            <translation>Jours de pic de trafic</translation>
        </message>
        <message>
            <source>Days well above usual traffic: do they follow your sends?</source>
            <translation>Jours de trafic exceptionnel : suivent-ils vos envois ?</translation>
        </message>
        <message>
            <source>Days whose sessions reach the peak factor times the median of the 28 days before (at least 14 of them with data); also counted: peaks on a send day or up to 2 days after</source>
            <translation>Jours dont les sessions atteignent le facteur de pic fois la médiane des 28 jours précédents (dont au moins 14 avec des données) ; également comptés : les pics le jour d'un envoi ou jusqu'à 2 jours après</translation>
        </message>
    </context>
    <context>
        <name>KpiAlert</name>
        <message>
            <source>You pay for e-mail tools but sent nothing.</source>
            <translation>Vous payez des outils d'e-mailing sans rien envoyer.</translation>
        </message>
        <message>
            <source>Above 1 %: review your list segmentation.</source>
            <translation>Au-delà de 1 % : revoyez la segmentation de vos listes.</translation>
        </message>
        <message>
            <source>Too many bounces: clean invalid and old addresses.</source>
            <translation>Trop de rebonds : nettoyez les adresses invalides ou anciennes.</translation>
        </message>
        <message>
            <source>Spam complaints threaten your deliverability.</source>
            <translation>Les plaintes pour spam menacent votre délivrabilité.</translation>
        </message>
        <message>
            <source>An active workflow has no trigger: it will never start.</source>
            <translation>Un scénario actif n'a pas de déclencheur : il ne démarrera jamais.</translation>
        </message>
        <message>
            <source>An active workflow has nobody enrolled: check its trigger.</source>
            <translation>Un scénario actif n'a aucun inscrit : vérifiez son déclencheur.</translation>
        </message>
        <message>
            <source>Contacts drop out before the end of your scenarios.</source>
            <translation>Les contacts décrochent avant la fin de vos scénarios.</translation>
        </message>
        <message>
            <source>Reactivate or remove inactive contacts.</source>
            <translation>Réactivez ou retirez les contacts inactifs.</translation>
        </message>
        <message>
            <source>Costs exceed the revenue won.</source>
            <translation>Les coûts dépassent le CA signé.</translation>
        </message>
        <message>
            <source>Sales turn down many MQLs: review scoring together.</source>
            <translation>Les commerciaux refusent beaucoup de MQL : revoyez ensemble le scoring.</translation>
        </message>
    </context>
    <context>
        <name>KpiNeeds</name>
        <message>
            <source>Import a campaign report or a recipient export of your e-mail tool (Mailchimp, Brevo, Mautic, ActiveCampaign…) covering the period.</source>
            <translation>Importez un rapport de campagnes ou un export des destinataires de votre outil d'e-mailing (Mailchimp, Brevo, Mautic, ActiveCampaign…) couvrant la période.</translation>
        </message>
        <message>
            <source>Import your workflow inventory (a workbook listing each workflow, its status, trigger and goal) or an automation report (ActiveCampaign automations…).</source>
            <translation>Importez votre inventaire des workflows (un classeur listant chaque scénario, son statut, son déclencheur et son objectif) ou un rapport d'automatisations (automatisations ActiveCampaign…).</translation>
        </message>
        <message>
            <source>Import a contact export of your CRM or e-mail tool (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign…).</source>
            <translation>Importez un export de contacts de votre CRM ou de votre outil d'e-mailing (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign…).</translation>
        </message>
        <message>
            <source>Import your marketing costs workbook (one line per month, category, channel and amount) covering the period.</source>
            <translation>Importez votre classeur de coûts marketing (une ligne par mois, catégorie, canal et montant) couvrant la période.</translation>
        </message>
        <message>
            <source>Import your marketing costs workbook and a contacts export with stage dates (HubSpot “Became a … Date” columns).</source>
            <translation>Importez votre classeur de coûts marketing et un export de contacts avec les dates de passage aux étapes (colonnes HubSpot « Became a … Date »).</translation>
        </message>
        <message>
            <source>Import your marketing costs workbook and a Google Analytics 4 traffic export with key events (or count leads or customers as conversions in the settings).</source>
            <translation>Importez votre classeur de coûts marketing et un export de trafic Google Analytics 4 avec les événements clés (ou comptez les leads ou les clients comme conversions dans les réglages).</translation>
        </message>
        <message>
            <source>Import your marketing costs workbook and a deals export (HubSpot, Pipedrive, Salesforce…).</source>
            <translation>Importez votre classeur de coûts marketing et un export d'affaires (HubSpot, Pipedrive, Salesforce…).</translation>
        </message>
        <message>
            <source>Import the reports of your automated e-mails (Mautic, Brevo, ActiveCampaign…) and enter your team's hourly rate in the settings.</source>
            <translation>Importez les rapports de vos e-mails automatisés (Mautic, Brevo, ActiveCampaign…) et saisissez le taux horaire de votre équipe dans les réglages.</translation>
        </message>
        <message>
            <source>Import a deals export linked to contacts, your contacts exports and the recipient reports of your e-mails (Mautic, Brevo…).</source>
            <translation>Importez un export d'affaires relié aux contacts, vos exports de contacts et les rapports par destinataire de vos e-mails (Mautic, Brevo…).</translation>
        </message>
        <message>
            <source>Import your costs workbook (with its automation and e-mail tool lines), a deals export and the recipient reports of your automated e-mails.</source>
            <translation>Importez votre classeur de coûts (avec ses lignes d'outils d'automatisation et d'e-mailing), un export d'affaires et les rapports par destinataire de vos e-mails automatisés.</translation>
        </message>
        <message>
            <source>Import a deals export, or contacts with a customer stage date, and a customer end date (a column mapped to “Customer until”).</source>
            <translation>Importez un export d'affaires, ou des contacts avec une date de passage au statut client, et une date de fin de client (une colonne associée à « Client jusqu'au »).</translation>
        </message>
        <message>
            <source>Import a deals export of your CRM (HubSpot, Pipedrive, Salesforce…) covering the period.</source>
            <translation>Importez un export d'affaires de votre CRM (HubSpot, Pipedrive, Salesforce…) couvrant la période.</translation>
        </message>
        <message>
            <source>Import a contacts export with stage dates (HubSpot “Became a … Date” columns, or columns mapped to stage-entry dates).</source>
            <translation>Importez un export de contacts avec les dates de passage aux étapes (colonnes HubSpot « Became a … Date », ou colonnes associées à une date d'entrée dans une étape).</translation>
        </message>
        <message>
            <source>Import a CRM contacts export with stage dates and the “Lead Status” column (HubSpot).</source>
            <translation>Importez un export de contacts du CRM avec les dates de passage aux étapes et la colonne « Statut du lead » (HubSpot).</translation>
        </message>
        <message>
            <source>Import a contacts export with a lead score (HubSpot Score, Mautic points…).</source>
            <translation>Importez un export de contacts avec un score (score HubSpot, points Mautic…).</translation>
        </message>
        <message>
            <source>Import a contacts export with stage dates and a deals export (HubSpot, Pipedrive, Salesforce…).</source>
            <translation>Importez un export de contacts avec les dates de passage aux étapes et un export d'affaires (HubSpot, Pipedrive, Salesforce…).</translation>
        </message>
        <message>
            <source>Import a social statistics export (LinkedIn page, Facebook…) with impressions and interactions per post.</source>
            <translation>Importez un export de statistiques de réseaux sociaux (page LinkedIn, Facebook…) avec les impressions et les interactions par publication.</translation>
        </message>
        <message>
            <source>Import a satisfaction survey export (one answer per row, with its date and mark).</source>
            <translation>Importez un export d'enquête de satisfaction (une réponse par ligne, avec sa date et sa note).</translation>
        </message>
        <message>
            <source>Import a Google Analytics 4 traffic acquisition export (by day and session source / medium) covering the period.</source>
            <translation>Importez un export Google Analytics 4 « Acquisition de trafic » (par jour et source/support de la session) couvrant la période.</translation>
        </message>
    </context>
    <context>
        <name>KpiPage</name>
        <message>
            <source>Compare with the previous period</source>
            <translation>Comparer à la période précédente</translation>
        </message>
        <message>
            <source>Compare with the same period last year</source>
            <translation>Comparer à la même période l'an dernier</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Sans comparaison</translation>
        </message>
        <message>
            <source>vs previous period</source>
            <translation>vs période précédente</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>vs l'an dernier</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
    </context>
    <context>
        <name>KpiTabs</name>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Revenue won and marketing costs by month</source>
            <translation>CA signé et coûts marketing par mois</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>E-mails sent by month</source>
            <translation>E-mails envoyés par mois</translation>
        </message>
        <message>
            <source>Open and click rates by month</source>
            <translation>Taux d'ouverture et de clic par mois</translation>
        </message>
        <message>
            <source>E-mails sent by tool</source>
            <translation>E-mails envoyés par outil</translation>
        </message>
        <message>
            <source>Click rate by campaign</source>
            <translation>Taux de clic par campagne</translation>
        </message>
        <message>
            <source>Acquisition and funnel</source>
            <translation>Acquisition et entonnoir</translation>
        </message>
        <message>
            <source>Funnel of the period</source>
            <translation>Entonnoir de la période</translation>
        </message>
        <message>
            <source>New leads by channel</source>
            <translation>Nouveaux leads par canal</translation>
        </message>
        <message>
            <source>Leads, MQLs and customers by month</source>
            <translation>Leads, MQL et clients par mois</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Visits by month (▲ months with traffic peaks)</source>
            <translation>Visites par mois (▲ mois avec pics de trafic)</translation>
        </message>
        <message>
            <source>Key events by month</source>
            <translation>Événements clés par mois</translation>
        </message>
        <message>
            <source>Visits by source / medium</source>
            <translation>Visites par source / support</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
    </context>
    <context>
        <name>KpiView</name>
        <message>
            <source>%1 pt</source>
            <translation>%1 pt</translation>
        </message>
        <message>
            <source>Period: %1 → %2</source>
            <translation>Période : %1 → %2</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>Sources : %1</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>et %1 autres</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Preparing the demo workspace…</source>
            <translation>Préparation de l'espace de démonstration…</translation>
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
            <translation>Ouvrir l'espace de &amp;démonstration</translation>
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
            <translation>(aucun pour l'instant)</translation>
        </message>
        <message>
            <source>Workspace in use</source>
            <translation>Espace de travail déjà ouvert</translation>
        </message>
        <message>
            <source>Open it read-only?</source>
            <translation>L'ouvrir en lecture seule ?</translation>
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
            <translation>Espace de travail : %1</translation>
        </message>
        <message>
            <source>Last import: %1 (%2)</source>
            <translation>Dernier import : %1 (%2)</translation>
        </message>
        <message>
            <source>Nothing imported yet</source>
            <translation>Rien n'a encore été importé</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <source>Match the columns of “%1”</source>
            <translation>Associer les colonnes de « %1 »</translation>
        </message>
        <message>
            <source>ROI Desktop does not know this export yet. Tell it once what each column holds; the next file with the same columns will be imported without a question. Columns left on “not used” are kept aside.</source>
            <translation>ROI Desktop ne connaît pas encore cet export. Dites-lui une fois ce que contient chaque colonne ; le prochain fichier avec les mêmes colonnes sera importé sans question. Les colonnes laissées sur « non utilisée » sont conservées à part.</translation>
        </message>
        <message>
            <source>This file contains:</source>
            <translation>Ce fichier contient :</translation>
        </message>
        <message>
            <source>Typed by hand / other</source>
            <translation>Saisi à la main / autre</translation>
        </message>
        <message>
            <source>It comes from:</source>
            <translation>Il vient de :</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Premières valeurs</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Correspond à</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Save and use</source>
            <translation>Enregistrer et utiliser</translation>
        </message>
        <message>
            <source>Choose the column that holds “%1”.</source>
            <translation>Choisissez la colonne qui contient « %1 ».</translation>
        </message>
        <message>
            <source>“%1” is chosen for two columns: keep one.</source>
            <translation>« %1 » est choisi pour deux colonnes : n'en gardez qu'une.</translation>
        </message>
        <message>
            <source>— not used —</source>
            <translation>— non utilisée —</translation>
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
            <translation>« {command} » n'est pas encore disponible dans cette version de ROI Desktop.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; nothing was changed. Details were written to {log}.</source>
            <translation>Un problème inattendu est survenu ; rien n'a été modifié. Les détails ont été écrits dans {log}.</translation>
        </message>
        <message>
            <source>Demo workspace written to {path}.</source>
            <translation>Espace de démonstration écrit dans {path}.</translation>
        </message>
        <message>
            <source>Import {batch_id} was undone.</source>
            <translation>L'import {batch_id} a été annulé.</translation>
        </message>
        <message>
            <source>The mapping file “{name}” cannot be read.</source>
            <translation>Le fichier de correspondance « {name} » ne peut pas être lu.</translation>
        </message>
        <message>
            <source>{file}: {status} — {loaded} row(s) imported, {rejected} rejected, {unchanged} already there.</source>
            <translation>{file} : {status} — {loaded} ligne(s) importée(s), {rejected} rejetée(s), {unchanged} déjà présente(s).</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importé</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>rien de nouveau</translation>
        </message>
        <message>
            <source>unknown format, map its columns in the app</source>
            <translation>format inconnu, associez ses colonnes dans l'application</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>non importé</translation>
        </message>
        <message>
            <source>“{value}” is not a date: write it as YYYY-MM-DD, e.g. 2025-03-31.</source>
            <translation>« {value} » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2025-03-31.</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>Period: {start} → {end}</source>
            <translation>Période : {start} → {end}</translation>
        </message>
        <message>
            <source>No imports yet.</source>
            <translation>Aucun import pour l'instant.</translation>
        </message>
        <message>
            <source>(undone)</source>
            <translation>(annulé)</translation>
        </message>
        <message>
            <source>There is no import number {batch_id} in this workspace.</source>
            <translation>Il n'y a pas d'import numéro {batch_id} dans cet espace de travail.</translation>
        </message>
        <message>
            <source>Import number {batch_id} ({file}) was already undone.</source>
            <translation>L'import numéro {batch_id} ({file}) a déjà été annulé.</translation>
        </message>
        <message>
            <source>There is no workspace “{name}” in this folder. It may have been moved or deleted.</source>
            <translation>Il n'y a pas d'espace de travail « {name} » dans ce dossier. Il a peut-être été déplacé ou supprimé.</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a workspace. Choose a .roidb file.</source>
            <translation>« {name} » est un dossier, pas un espace de travail. Choisissez un fichier .roidb.</translation>
        </message>
        <message>
            <source>“{name}” is not a ROI Desktop workspace: it is not a database file. Open a .roidb file, or import this file from the Import page if it is an export.</source>
            <translation>« {name} » n'est pas un espace de travail ROI Desktop : ce n'est pas une base de données. Ouvrez un fichier .roidb, ou importez ce fichier depuis la page Import s'il s'agit d'un export.</translation>
        </message>
        <message>
            <source>“{name}” is a database made by another program, not a ROI Desktop workspace. It was left untouched.</source>
            <translation>« {name} » est une base de données d'un autre logiciel, pas un espace de travail ROI Desktop. Il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The workspace “{name}” is damaged and cannot be read. It was left untouched; restore a backup from the File menu.</source>
            <translation>L'espace de travail « {name} » est endommagé et ne peut pas être lu. Il n'a pas été modifié ; restaurez une sauvegarde depuis le menu Fichier.</translation>
        </message>
        <message>
            <source>The workspace “{name}” was saved by a newer version of ROI Desktop. Update the app to open it; the file was left untouched.</source>
            <translation>L'espace de travail « {name} » a été enregistré par une version plus récente de ROI Desktop. Mettez l'application à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The workspace “{name}” was made by an older version and must be updated, but the file is read-only. Copy it to a folder where you can write, then open the copy.</source>
            <translation>L'espace de travail « {name} » vient d'une version plus ancienne et doit être mis à jour, mais le fichier est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
        </message>
        <message>
            <source>The workspace “{name}” is open in ROI Desktop for {user} on {host} since {since}. You can open it read-only, or wait until it is closed.</source>
            <translation>L'espace de travail « {name} » est ouvert dans ROI Desktop par {user} sur {host} depuis le {since}. Vous pouvez l'ouvrir en lecture seule, ou attendre qu'il soit fermé.</translation>
        </message>
        <message>
            <source>The workspace “{name}” is busy in another program. Close it there, or open it read-only.</source>
            <translation>L'espace de travail « {name} » est utilisé par un autre programme. Fermez-le là-bas, ou ouvrez-le en lecture seule.</translation>
        </message>
        <message>
            <source>The workspace “{name}” cannot be created in this folder: you may not be allowed to write there. Choose another folder.</source>
            <translation>L'espace de travail « {name} » ne peut pas être créé dans ce dossier : vous n'avez peut-être pas le droit d'y écrire. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>The workspace “{name}” is open read-only: you can look at everything but not import or edit.</source>
            <translation>L'espace de travail « {name} » est ouvert en lecture seule : vous pouvez tout consulter, mais ni importer ni modifier.</translation>
        </message>
        <message>
            <source>The workspace “{name}” was updated to this version of ROI Desktop. A copy of the previous file was kept in “{backup}”.</source>
            <translation>L'espace de travail « {name} » a été mis à jour pour cette version de ROI Desktop. Une copie du fichier précédent a été conservée dans « {backup} ».</translation>
        </message>
        <message>
            <source>“{value}” is not a date.</source>
            <translation>« {value} » n'est pas une date.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>« {value} » n'est pas un nombre.</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>« {value} » n'est pas un nombre entier.</translation>
        </message>
        <message>
            <source>“{value}” is neither yes nor no.</source>
            <translation>« {value} » n'est ni oui ni non.</translation>
        </message>
        <message>
            <source>The mapping file “{name}” is not valid JSON. Save the mapping again from the import wizard.</source>
            <translation>Le fichier de correspondance « {name} » n'est pas un JSON valide. Enregistrez de nouveau la correspondance depuis l'assistant d'import.</translation>
        </message>
        <message>
            <source>The mapping file “{name}” does not say which kind of data it maps. Save the mapping again from the import wizard.</source>
            <translation>Le fichier de correspondance « {name} » ne dit pas quel type de données il décrit. Enregistrez de nouveau la correspondance depuis l'assistant d'import.</translation>
        </message>
        <message>
            <source>The mapping file “{name}” names fields ROI Desktop does not know. Save the mapping again from the import wizard.</source>
            <translation>Le fichier de correspondance « {name} » cite des champs que ROI Desktop ne connaît pas. Enregistrez de nouveau la correspondance depuis l'assistant d'import.</translation>
        </message>
        <message>
            <source>The mapping file “{name}” leaves a required field without a column. Save the mapping again from the import wizard.</source>
            <translation>Le fichier de correspondance « {name} » laisse un champ obligatoire sans colonne. Enregistrez de nouveau la correspondance depuis l'assistant d'import.</translation>
        </message>
        <message>
            <source>“{name}” has no column for “{field}”, which this kind of data needs. Map it in the import wizard.</source>
            <translation>« {name} » n'a pas de colonne pour « {field} », indispensable pour ce type de données. Associez-la dans l'assistant d'import.</translation>
        </message>
        <message>
            <source>“{name}” holds no export ROI Desktop can read (CSV, Excel or OpenDocument files).</source>
            <translation>« {name} » ne contient aucun export que ROI Desktop sait lire (fichiers CSV, Excel ou OpenDocument).</translation>
        </message>
        <message>
            <source>{count} totals row(s) and {footer} line(s) below the table were not imported: they are not data.</source>
            <translation>{count} ligne(s) de total et {footer} ligne(s) sous le tableau n'ont pas été importées : ce ne sont pas des données.</translation>
        </message>
        <message>
            <source>{count} campaign(s) are already described recipient by recipient by “{file}”; their totals from this file are kept for comparison only.</source>
            <translation>{count} campagne(s) sont déjà décrites destinataire par destinataire par « {file} » ; leurs totaux venant de ce fichier ne servent qu'à comparer.</translation>
        </message>
        <message>
            <source>{count} campaign(s) also have totals from “{file}”; the recipient rows of this file are used instead, so nothing is counted twice.</source>
            <translation>{count} campagne(s) ont aussi des totaux venant de « {file} » ; ce sont les lignes par destinataire de ce fichier qui comptent, rien n'est compté deux fois.</translation>
        </message>
        <message>
            <source>The file “{name}” is not there any more: it may have been moved, renamed or deleted.</source>
            <translation>Le fichier « {name} » n'est plus là : il a peut-être été déplacé, renommé ou supprimé.</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Choose the export file inside it.</source>
            <translation>« {name} » est un dossier. Choisissez le fichier d'export qu'il contient.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: you may not be allowed to open it. Copy it into your Documents folder and try again.</source>
            <translation>Impossible de lire « {name} » : vous n'avez peut-être pas le droit de l'ouvrir. Copiez-le dans votre dossier Documents et réessayez.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes). Export it again from your tool.</source>
            <translation>« {name} » est vide (0 octet). Exportez-le de nouveau depuis votre outil.</translation>
        </message>
        <message>
            <source>“{name}” contains only blank lines: there is no table in it. Export it again.</source>
            <translation>« {name} » ne contient que des lignes vides : il n'y a aucun tableau dedans. Exportez-le de nouveau.</translation>
        </message>
        <message>
            <source>“{name}” is not a table that ROI Desktop can read. Choose a CSV file or an Excel or LibreOffice workbook (.xlsx, .xls, .ods).</source>
            <translation>« {name} » n'est pas un tableau que ROI Desktop sait lire. Choisissez un fichier CSV ou un classeur Excel ou LibreOffice (.xlsx, .xls, .ods).</translation>
        </message>
        <message>
            <source>“{name}” is a web page, not a real spreadsheet. Open it in Excel, save it as .xlsx or .csv, then import that file.</source>
            <translation>« {name} » est une page web, pas un vrai classeur. Ouvrez-le dans Excel, enregistrez-le au format .xlsx ou .csv, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is in the old Excel 2003 XML format. Open it in Excel, save it as .xlsx or .csv, then import that file.</source>
            <translation>« {name} » est dans l'ancien format XML d'Excel 2003. Ouvrez-le dans Excel, enregistrez-le au format .xlsx ou .csv, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or incomplete, perhaps because the download was interrupted. Export or download it again.</source>
            <translation>« {name} » est abîmé ou incomplet, peut-être parce que le téléchargement a été interrompu. Exportez-le ou téléchargez-le de nouveau.</translation>
        </message>
        <message>
            <source>“{name}” is protected by a password. Open it in Excel, remove the password, save it, then import it again.</source>
            <translation>« {name} » est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe, enregistrez-le, puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>“{name}” is a compressed folder (.zip), not a table: import the files it contains.</source>
            <translation>« {name} » est un dossier compressé (.zip), pas un tableau : importez les fichiers qu'il contient.</translation>
        </message>
        <message>
            <source>In “{name}”, a quotation mark opened on line {line} is never closed, so the rest of the file cannot be read. Fix that line in a text editor, or export the file again.</source>
            <translation>Dans « {name} », un guillemet ouvert à la ligne {line} n'est jamais refermé, si bien que la suite du fichier est illisible. Corrigez cette ligne dans un éditeur de texte, ou exportez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>In “{name}”, line {line} has a quotation mark in an unexpected place. Fix that line in a text editor, or export the file again.</source>
            <translation>Dans « {name} », la ligne {line} contient un guillemet mal placé. Corrigez cette ligne dans un éditeur de texte, ou exportez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>“{name}” looks damaged at line {line}: it contains characters that are not text. Export it again from your tool.</source>
            <translation>« {name} » semble abîmé à la ligne {line} : il contient des caractères qui ne sont pas du texte. Exportez-le de nouveau depuis votre outil.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read from line {line} on: its letters are not stored the same way as in the rest of the file. Open it in Excel, save it as “CSV UTF-8”, then import that file.</source>
            <translation>« {name} » est illisible à partir de la ligne {line} : ses lettres n'y sont pas enregistrées de la même façon que dans le reste du fichier. Ouvrez-le dans Excel, enregistrez-le au format « CSV UTF-8 », puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” contains column names but no rows of data. Check that the export was not filtered down to nothing.</source>
            <translation>« {name} » contient des noms de colonnes mais aucune ligne de données. Vérifiez que l'export n'a pas été filtré jusqu'à ne plus rien contenir.</translation>
        </message>
        <message>
            <source>“{name}” has {count} columns, more than the {limit} ROI Desktop can read: is this really a table? Keep only the useful columns and save it again.</source>
            <translation>« {name} » a {count} colonnes, plus que les {limit} que ROI Desktop sait lire : est-ce vraiment un tableau ? Gardez seulement les colonnes utiles et enregistrez-le de nouveau.</translation>
        </message>
        <message>
            <source>The compressed folder “{name}” is damaged and cannot be opened. Download or export it again.</source>
            <translation>Le dossier compressé « {name} » est abîmé et ne peut pas être ouvert. Téléchargez-le ou exportez-le de nouveau.</translation>
        </message>
        <message>
            <source>The compressed folder “{name}” is protected by a password. Extract it yourself, then import the files inside.</source>
            <translation>Le dossier compressé « {name} » est protégé par un mot de passe. Décompressez-le vous-même, puis importez les fichiers qu'il contient.</translation>
        </message>
        <message>
            <source>The compressed folder “{name}” would take more than {size} GB once extracted, which no export does. Extract it yourself and import the files inside.</source>
            <translation>Le dossier compressé « {name} » occuperait plus de {size} Go une fois décompressé, ce qu'aucun export ne fait. Décompressez-le vous-même et importez les fichiers qu'il contient.</translation>
        </message>
        <message>
            <source>The compressed folder “{name}” contains no table: no CSV file and no Excel or LibreOffice workbook.</source>
            <translation>Le dossier compressé « {name} » ne contient aucun tableau : ni fichier CSV, ni classeur Excel ou LibreOffice.</translation>
        </message>
        <message>
            <source>The e-mail address is empty: a contact needs one.</source>
            <translation>L'adresse e-mail est vide : un contact en a besoin.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid e-mail address.</source>
            <translation>« {value} » n'est pas une adresse e-mail valide.</translation>
        </message>
        <message>
            <source>Column “{column}” is empty in this row, and the row cannot be used without it.</source>
            <translation>La colonne « {column} » est vide sur cette ligne, qui ne peut pas servir sans elle.</translation>
        </message>
        <message>
            <source>A cost cannot be negative (“{value}”). Enter a refund as a note on the line.</source>
            <translation>Un coût ne peut pas être négatif (« {value} »). Indiquez un remboursement en note sur la ligne.</translation>
        </message>
        <message>
            <source>row not imported</source>
            <translation>ligne non importée</translation>
        </message>
        <message>
            <source>value left empty, row imported</source>
            <translation>valeur laissée vide, ligne importée</translation>
        </message>
        <message>
            <source>“{name}” has no sheet named “{sheet}”. Its sheets are: {sheets}.</source>
            <translation>« {name} » n'a pas de feuille nommée « {sheet} ». Ses feuilles sont : {sheets}.</translation>
        </message>
        <message>
            <source>“{name}” has no data in any of its visible sheets.</source>
            <translation>« {name} » ne contient de données dans aucune de ses feuilles visibles.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” of “{name}” is empty. Choose another sheet.</source>
            <translation>La feuille « {sheet} » de « {name} » est vide. Choisissez une autre feuille.</translation>
        </message>
        <message>
            <source>Already imported on {day} (import {batch_id}): importing it again changes nothing.</source>
            <translation>Déjà importé le {day} (import {batch_id}) : l'importer de nouveau ne change rien.</translation>
        </message>
        <message>
            <source>Format not recognised: tell ROI Desktop once which column is which.</source>
            <translation>Format non reconnu : indiquez une fois à ROI Desktop quelle colonne correspond à quoi.</translation>
        </message>
        <message>
            <source>Archive: its export files are imported one by one.</source>
            <translation>Archive : ses fichiers d'export sont importés un par un.</translation>
        </message>
        <message>
            <source>Amounts in {currencies} are left out: add their exchange rate in the settings.</source>
            <translation>Les montants en {currencies} sont laissés de côté : ajoutez leur taux de change dans les réglages.</translation>
        </message>
        <message>
            <source>Every amount is in {currencies}, not in {currency}: add an exchange rate in the settings.</source>
            <translation>Tous les montants sont en {currencies}, pas en {currency} : ajoutez un taux de change dans les réglages.</translation>
        </message>
        <message>
            <source>None of your e-mail exports for this period carries this figure.</source>
            <translation>Aucun de vos exports d'e-mailing de la période ne donne ce chiffre.</translation>
        </message>
        <message>
            <source>None of your e-mail exports for this period says which opens come only from Apple Mail (Brevo recipient exports do).</source>
            <translation>Aucun de vos exports d'e-mailing de la période ne distingue les ouvertures dues au seul Apple Mail (les exports des destinataires Brevo le font).</translation>
        </message>
        <message>
            <source>{count} campaigns are described recipient by recipient: their aggregate report is kept for comparison only and not added.</source>
            <translation>{count} campagnes sont décrites destinataire par destinataire : leur rapport agrégé n'est gardé que pour comparaison et n'est pas ajouté.</translation>
        </message>
        <message>
            <source>{count} sends without a date (automation reports, undated totals) are in no period; the workflow KPIs use them.</source>
            <translation>{count} envois sans date (rapports d'automatisation, totaux non datés) ne tombent dans aucune période ; les indicateurs des workflows les utilisent.</translation>
        </message>
        <message>
            <source>{sources} only export whether each recipient opened or clicked, not how many times: their totals count each recipient once (a lower bound).</source>
            <translation>{sources} : l'export dit seulement si chaque destinataire a ouvert ou cliqué, pas combien de fois ; les totaux comptent donc chaque destinataire une fois (un minimum).</translation>
        </message>
        <message>
            <source>None of your workflow exports says this (the column is missing).</source>
            <translation>Aucun de vos exports de workflows ne le dit (la colonne manque).</translation>
        </message>
        <message>
            <source>The figure this ratio divides by is 0 in this period: the ratio has no value.</source>
            <translation>Le diviseur de ce ratio vaut 0 sur la période : le ratio n'a pas de valeur.</translation>
        </message>
        <message>
            <source>Left out because their exports lack this figure: {sources}.</source>
            <translation>Laissés de côté, car leurs exports ne donnent pas ce chiffre : {sources}.</translation>
        </message>
        <message>
            <source>Current totals from the exports, not a history: the period only leaves out what was created after its end.</source>
            <translation>Totaux actuels des exports, pas un historique : la période n'écarte que ce qui a été créé après sa fin.</translation>
        </message>
        <message>
            <source>The export of “{campaign}” does not give the recipients who reacted: this test cannot use it.</source>
            <translation>L'export de « {campaign} » ne donne pas les destinataires ayant réagi : ce test ne peut pas l'utiliser.</translation>
        </message>
        <message>
            <source>Not enough data: each e-mail needs at least 5 recipients who reacted and 5 who did not.</source>
            <translation>Pas assez de données : il faut pour chaque e-mail au moins 5 destinataires ayant réagi et 5 n'ayant pas réagi.</translation>
        </message>
        <message>
            <source>No significant difference: no winner.</source>
            <translation>Différence non significative : pas de gagnant.</translation>
        </message>
        <message>
            <source>“{campaign}” wins: its rate is higher and the difference is significant.</source>
            <translation>« {campaign} » l'emporte : son taux est plus élevé et la différence est significative.</translation>
        </message>
        <message>
            <source>Opens are inflated by Apple Mail privacy and security scanners: treat this result as indicative, and prefer clicks.</source>
            <translation>Les ouvertures sont gonflées par la protection Apple Mail et les antivirus : ce résultat n'est qu'indicatif, préférez les clics.</translation>
        </message>
        <message>
            <source>{count} recipients received both e-mails: the two groups overlap, so the test is less reliable.</source>
            <translation>{count} destinataires ont reçu les deux e-mails : les deux groupes se recoupent, le test est donc moins fiable.</translation>
        </message>
        <message>
            <source>No contact was created in this period (contacts without a creation date are never new).</source>
            <translation>Aucun contact n'a été créé sur la période (les contacts sans date de création ne sont jamais nouveaux).</translation>
        </message>
        <message>
            <source>No export tells who opened or clicked: import recipient exports of your campaigns, or contacts with their last open and click dates.</source>
            <translation>Aucun export ne dit qui a ouvert ou cliqué : importez les exports des destinataires de vos campagnes, ou des contacts avec leurs dates de dernière ouverture et de dernier clic.</translation>
        </message>
        <message>
            <source>Contacts without a creation date ({count}) are in every month's total and never new.</source>
            <translation>Les contacts sans date de création ({count}) sont dans le total de chaque mois et ne sont jamais nouveaux.</translation>
        </message>
        <message>
            <source>The period covers only part of {months}: their monthly costs count pro rata of the days covered.</source>
            <translation>La période ne couvre qu'une partie de {months} : leurs coûts mensuels comptent au prorata des jours couverts.</translation>
        </message>
        <message>
            <source>There is nothing to divide the costs by in this period: the count is 0.</source>
            <translation>Rien par quoi diviser les coûts sur cette période : le décompte est nul.</translation>
        </message>
        <message>
            <source>The costs of this period add up to 0.</source>
            <translation>Les coûts de cette période totalisent 0.</translation>
        </message>
        <message>
            <source>No cost on the automation and e-mail channels in this period: add your automation tool's licence to the costs workbook.</source>
            <translation>Aucun coût sur les canaux automatisation et e-mail sur cette période : ajoutez la licence de votre outil d'automatisation au classeur de coûts.</translation>
        </message>
        <message>
            <source>Enter your team's hourly rate in the settings to value the time automated e-mails save.</source>
            <translation>Saisissez le taux horaire de votre équipe dans les réglages pour valoriser le temps gagné grâce aux e-mails automatisés.</translation>
        </message>
        <message>
            <source>The time saved counts 0 because no hourly rate is set: enter it in the settings.</source>
            <translation>Le temps gagné compte pour 0 faute de taux horaire : saisissez-le dans les réglages.</translation>
        </message>
        <message>
            <source>The conversion “{value}” chosen for the cost per acquisition is unknown: choose key events, new leads or new customers in the settings.</source>
            <translation>La conversion « {value} » choisie pour le coût par acquisition est inconnue : choisissez événements clés, nouveaux leads ou nouveaux clients dans les réglages.</translation>
        </message>
        <message>
            <source>No deal was won in this period.</source>
            <translation>Aucune affaire gagnée sur cette période.</translation>
        </message>
        <message>
            <source>No deal was won or lost in this period.</source>
            <translation>Aucune affaire gagnée ou perdue sur cette période.</translation>
        </message>
        <message>
            <source>No deal won in this period has a creation date.</source>
            <translation>Aucune affaire gagnée sur cette période n'a de date de création.</translation>
        </message>
        <message>
            <source>{count} won deals close before they were created in your exports: they are left out.</source>
            <translation>{count} affaires gagnées sont clôturées avant leur création dans vos exports : elles sont laissées de côté.</translation>
        </message>
        <message>
            <source>The funnel follows the scoring model, but no scoring model is active: activate one, or base the funnel on the imported stages again.</source>
            <translation>L'entonnoir suit le modèle de scoring, mais aucun modèle n'est actif : activez-en un, ou revenez aux étapes importées.</translation>
        </message>
        <message>
            <source>The active scoring model has not placed anyone in the funnel yet: evaluate it.</source>
            <translation>Le modèle de scoring actif n'a encore placé personne dans l'entonnoir : évaluez-le.</translation>
        </message>
        <message>
            <source>Nobody entered the starting stage in this period.</source>
            <translation>Personne n'est entré dans l'étape de départ sur cette période.</translation>
        </message>
        <message>
            <source>None of these MQLs has a lead status in your exports: import a CRM contacts export with its “Lead Status” column.</source>
            <translation>Aucun de ces MQL n'a de statut de lead dans vos exports : importez un export de contacts du CRM avec sa colonne « Statut du lead ».</translation>
        </message>
        <message>
            <source>{count} of these contacts entered less than {days} days before the end of your data: some may still convert, so the rate can still rise.</source>
            <translation>{count} de ces contacts sont entrés moins de {days} jours avant la fin de vos données : certains peuvent encore se convertir, le taux peut donc encore monter.</translation>
        </message>
        <message>
            <source>Your exports carry no lead score from {source}: import its contacts export, or choose another score source.</source>
            <translation>Vos exports ne contiennent aucun score venant de {source} : importez son export de contacts, ou choisissez une autre source de score.</translation>
        </message>
        <message>
            <source>No scored contact is currently a lead, MQL or SQL.</source>
            <translation>Aucun contact noté n'est actuellement lead, MQL ou SQL.</translation>
        </message>
        <message>
            <source>Your social statistics for this period give no impressions with interactions.</source>
            <translation>Vos statistiques de réseaux sociaux de la période ne donnent aucune impression avec des interactions.</translation>
        </message>
        <message>
            <source>Your web analytics export for this period does not carry this figure: add the metric to the report before downloading it.</source>
            <translation>Votre export d'analyse web de la période ne donne pas ce chiffre : ajoutez la métrique au rapport avant de le télécharger.</translation>
        </message>
        <message>
            <source>New leads are needed: import contacts with the day they became leads (HubSpot “Became a Lead Date”).</source>
            <translation>Il faut les nouveaux leads : importez des contacts avec leur date de passage au statut lead (HubSpot « Became a Lead Date »).</translation>
        </message>
        <message>
            <source>A peak is judged against the 28 days before it, 14 of them at least with data: import web analytics covering the weeks before the period.</source>
            <translation>Un pic se juge par rapport aux 28 jours qui le précèdent, dont au moins 14 avec des données : importez une analyse web couvrant les semaines qui précèdent la période.</translation>
        </message>
        <message>
            <source>No automated e-mail was imported recipient by recipient, so no revenue can be traced to a workflow: import the sent-e-mails report of your automation tool (Mautic, Brevo…).</source>
            <translation>Aucun e-mail automatisé n'a été importé destinataire par destinataire, aucun CA ne peut donc être relié à un workflow : importez le rapport des e-mails envoyés de votre outil d'automatisation (Mautic, Brevo…).</translation>
        </message>
        <message>
            <source>{count} won deals are linked to no contact: only their own lead source can explain them, else they count as “unknown”.</source>
            <translation>{count} affaires gagnées ne sont reliées à aucun contact : seule leur propre source peut les expliquer, sinon elles comptent comme « inconnu ».</translation>
        </message>
        <message>
            <source>No revenue was won in this period.</source>
            <translation>Aucun CA signé sur cette période.</translation>
        </message>
        <message>
            <source>No won deal has a dated touch, so all revenue goes to “unknown”: import your contacts with their original source and your e-mail recipient exports.</source>
            <translation>Aucune affaire gagnée n'a de point de contact daté, tout le CA va donc à « inconnu » : importez vos contacts avec leur source d'origine et vos exports de destinataires d'e-mails.</translation>
        </message>
        <message>
            <source>{count} of {deals} won deals have fewer than three touches: there this model splits like linear or first touch, so its differences mean little.</source>
            <translation>{count} des {deals} affaires gagnées ont moins de trois points de contact : ce modèle y répartit comme le linéaire ou le premier contact, ses écarts veulent donc dire peu de chose.</translation>
        </message>
        <message>
            <source>For {count} deals the touch at lead creation or at deal creation is unknown: its 30 % went to the first touch.</source>
            <translation>Pour {count} affaires, le point de contact à la création du lead ou de l'affaire est inconnu : ses 30 % sont allés au premier contact.</translation>
        </message>
        <message>
            <source>Your exports never say when a customer stopped being one: map a column to “Customer until” (end of contract, churn date) to measure churn.</source>
            <translation>Vos exports ne disent jamais quand un client a cessé de l'être : associez une colonne à « Client jusqu'au » (fin de contrat, date de départ) pour mesurer l'attrition.</translation>
        </message>
        <message>
            <source>Nobody was a customer the day before the period starts.</source>
            <translation>Personne n'était client la veille du début de la période.</translation>
        </message>
        <message>
            <source>No deal was won by the end of the period.</source>
            <translation>Aucune affaire gagnée avant la fin de la période.</translation>
        </message>
        <message>
            <source>{count} of your {total} contacts appear in several tools; they are counted once, by e-mail address.</source>
            <translation>{count} de vos {total} contacts apparaissent dans plusieurs outils ; ils sont comptés une seule fois, par adresse e-mail.</translation>
        </message>
        <message>
            <source>{count} contacts have no known source, so they count in no channel. Fill the “original source” field in your CRM, or add UTM parameters to your forms.</source>
            <translation>{count} contacts n'ont pas de source connue et ne comptent dans aucun canal. Renseignez le champ « source d'origine » dans votre CRM, ou ajoutez des paramètres UTM à vos formulaires.</translation>
        </message>
        <message>
            <source>{count} of {total} deals are linked to no contact (from {tools}): their revenue counts, but not in the funnel or in attribution. Export deals with their associated contacts.</source>
            <translation>{count} affaires sur {total} ne sont liées à aucun contact (venant de {tools}) : leur CA compte, mais ni dans l'entonnoir ni dans l'attribution. Exportez les affaires avec leurs contacts associés.</translation>
        </message>
        <message>
            <source>{count} customers have no won deal linked to them: their revenue is missing. Check that their deals are exported and associated with them in your CRM.</source>
            <translation>{count} clients n'ont aucune affaire gagnée liée : leur CA manque. Vérifiez que leurs affaires sont exportées et associées à eux dans votre CRM.</translation>
        </message>
        <message>
            <source>No cost was entered for {months}: ROI and cost per lead are too good for those months.</source>
            <translation>Aucun coût saisi pour {months} : le ROI et le coût par lead sont trop flatteurs pour ces mois.</translation>
        </message>
        <message>
            <source>For {tools}, only campaign totals were imported: no contact-level activity (active contacts, scoring, attribution) comes from them. Export each campaign's recipients to get it.</source>
            <translation>Pour {tools}, seuls les totaux des campagnes ont été importés : aucune activité par contact (contacts actifs, scoring, attribution) n'en vient. Exportez les destinataires de chaque campagne pour l'obtenir.</translation>
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
        <message>
            <source>Add the exports of your tools. Known formats are recognised on their own; every row that cannot be used is listed with the reason.</source>
            <translation>Ajoutez les exports de vos outils. Les formats connus sont reconnus d'eux-mêmes ; chaque ligne inutilisable est listée avec sa raison.</translation>
        </message>
        <message>
            <source>Your figures for the period. Hover over a number to see how it is computed and from what.</source>
            <translation>Vos chiffres de la période. Survolez un chiffre pour voir comment il est calculé et à partir de quoi.</translation>
        </message>
    </context>
    <context>
        <name>Periods</name>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Le mois dernier</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Ce trimestre</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Le trimestre dernier</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>Depuis le début de l'année</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Les 12 derniers mois</translation>
        </message>
        <message>
            <source>All data</source>
            <translation>Toutes les données</translation>
        </message>
        <message>
            <source>Custom dates…</source>
            <translation>Dates personnalisées…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
    </context>
    <context>
        <name>PlannedPage</name>
        <message>
            <source>Go to Import</source>
            <translation>Aller à l'import</translation>
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
            <translation>Cette page utilise vos exports de contacts et vos rapports d'e-mails.</translation>
        </message>
        <message>
            <source>Here you will compare what marketing costs with the revenue it brings: ROI, cost per lead, customer acquisition cost, and revenue by channel.</source>
            <translation>Vous comparerez ici ce que coûte le marketing au chiffre d'affaires qu'il rapporte : ROI, coût par lead, coût d'acquisition client et CA par canal.</translation>
        </message>
        <message>
            <source>It needs your deals export and your costs workbook.</source>
            <translation>Elle a besoin de votre export d'affaires et de votre classeur de coûts.</translation>
        </message>
        <message>
            <source>Here you will check how well your automation tool is used: e-mails sent, triggers configured, workflows with no trigger or no goal.</source>
            <translation>Vous vérifierez ici si votre outil d'automatisation est bien utilisé : e-mails envoyés, déclencheurs configurés, scénarios sans déclencheur ou sans objectif.</translation>
        </message>
        <message>
            <source>It needs your workflow list and your e-mail reports.</source>
            <translation>Elle a besoin de la liste de vos scénarios et de vos rapports d'e-mails.</translation>
        </message>
        <message>
            <source>Here you will write every KPI table to an Excel workbook ready to send to your management.</source>
            <translation>Vous écrirez ici tous les tableaux d'indicateurs dans un classeur Excel prêt à envoyer à votre direction.</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>ActiveCampaign contacts</source>
            <translation>Contacts ActiveCampaign</translation>
        </message>
        <message>
            <source>ActiveCampaign campaigns report</source>
            <translation>Rapport de campagnes ActiveCampaign</translation>
        </message>
        <message>
            <source>ActiveCampaign automations</source>
            <translation>Automatisations ActiveCampaign</translation>
        </message>
        <message>
            <source>Brevo contacts</source>
            <translation>Contacts Brevo</translation>
        </message>
        <message>
            <source>Brevo campaign recipients</source>
            <translation>Destinataires d'une campagne Brevo</translation>
        </message>
        <message>
            <source>Google Analytics 4 traffic</source>
            <translation>Trafic Google Analytics 4</translation>
        </message>
        <message>
            <source>HubSpot contacts</source>
            <translation>Contacts HubSpot</translation>
        </message>
        <message>
            <source>HubSpot deals</source>
            <translation>Transactions HubSpot</translation>
        </message>
        <message>
            <source>Mailchimp audience</source>
            <translation>Audience Mailchimp</translation>
        </message>
        <message>
            <source>Mailchimp campaigns report</source>
            <translation>Rapport de campagnes Mailchimp</translation>
        </message>
        <message>
            <source>Costs workbook</source>
            <translation>Classeur des coûts</translation>
        </message>
        <message>
            <source>Workflow inventory</source>
            <translation>Inventaire des scénarios</translation>
        </message>
        <message>
            <source>Mautic contacts</source>
            <translation>Contacts Mautic</translation>
        </message>
        <message>
            <source>Mautic sent e-mails report</source>
            <translation>Rapport Mautic des e-mails envoyés</translation>
        </message>
        <message>
            <source>Mautic e-mails report</source>
            <translation>Rapport Mautic par e-mail</translation>
        </message>
        <message>
            <source>Pipedrive deals</source>
            <translation>Affaires Pipedrive</translation>
        </message>
        <message>
            <source>Salesforce opportunities report</source>
            <translation>Rapport d'opportunités Salesforce</translation>
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
            <translation>Langue :</translation>
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
            <translation>Dossier par défaut :</translation>
        </message>
        <message>
            <source>New workspaces and exports are proposed in this folder.</source>
            <translation>Les nouveaux espaces de travail et les exports sont proposés dans ce dossier.</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
</TS>

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
        <message numerus="yes">
            <source>%Ln file(s) ready</source>
            <translation>
                <numerusform>%Ln fichier prêt</numerusform>
                <numerusform>%Ln fichiers prêts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to match</source>
            <translation>
                <numerusform>%Ln à associer</numerusform>
                <numerusform>%Ln à associer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln file(s)</source>
            <translation>
                <numerusform>Importer %Ln fichier</numerusform>
                <numerusform>Importer %Ln fichiers</numerusform>
            </translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails sent by your tools, one per recipient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of recipients of the e-mails sent in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emails delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent minus bounces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails sent minus bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces</source>
            <translation type="unfinished">Rebonds</translation>
        </message>
        <message>
            <source>E-mails refused by the recipient's server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard plus soft bounces, or the export's bounce total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard bounces</source>
            <translation type="unfinished">Rebonds définitifs</translation>
        </message>
        <message>
            <source>Address or domain does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of hard bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounces</source>
            <translation type="unfinished">Rebonds temporaires</translation>
        </message>
        <message>
            <source>Temporary failure: mailbox full, server down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique opens</source>
            <translation type="unfinished">Ouvertures uniques</translation>
        </message>
        <message>
            <source>Recipients who opened at least once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of recipients who opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique clicks</source>
            <translation type="unfinished">Clics uniques</translation>
        </message>
        <message>
            <source>Recipients who clicked at least once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of recipients who clicked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total opens</source>
            <translation type="unfinished">Ouvertures totales</translation>
        </message>
        <message>
            <source>Every open, repeats included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of all opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total clicks</source>
            <translation type="unfinished">Clics totaux</translation>
        </message>
        <message>
            <source>Every click, repeats included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of all clicks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribes</source>
            <translation type="unfinished">Désinscriptions</translation>
        </message>
        <message>
            <source>Recipients who unsubscribed from these e-mails.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of unsubscribes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spam complaints</source>
            <translation type="unfinished">Plaintes pour spam</translation>
        </message>
        <message>
            <source>Recipients who reported the e-mail as spam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of spam complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of delivered e-mails opened; inflated by Apple Mail privacy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique opens ÷ e-mails delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of delivered e-mails clicked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique clicks ÷ e-mails delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click-to-open rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of openers who clicked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique clicks ÷ unique opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribe rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of delivered e-mails followed by an unsubscribe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribes ÷ e-mails delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of sent e-mails not delivered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces ÷ e-mails sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spam complaint rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of delivered e-mails reported as spam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spam complaints ÷ e-mails delivered, over the exports that report complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open rate without Apple MPP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open rate without opens caused only by Apple Mail's auto-loading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Unique opens − opens due only to Apple Mail) ÷ e-mails delivered, over the exports that flag Apple Mail opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflows</source>
            <translation type="unfinished">Scénarios</translation>
        </message>
        <message>
            <source>Automations defined in your tools.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of workflows created by the end of the period or of unknown date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active workflows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflows switched on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of workflows whose status is active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflows without trigger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With no trigger, a workflow never starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of workflows whose trigger is known to be empty, whatever their status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configured triggers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflows whose trigger is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of workflows with a trigger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflows without goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With no goal you cannot judge a workflow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of workflows whose goal is known to be empty, whatever their status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active workflows nobody enters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switched on, yet no contact entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of active workflows with 0 contacts enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflow enrolments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts who entered your workflows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of contacts enrolled in the workflows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflow completion rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of enrolled contacts who reached the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts who completed ÷ contacts enrolled, over the workflows reporting both (the export's own rate is not used)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails in workflows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails your workflows contain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of the e-mails listed in the inventory, else the distinct automated e-mails sent by each workflow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automated e-mails sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails sent by workflows in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum of recipients of the automated e-mails sent in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of automated e-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of automated e-mails among all sends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automated e-mails sent ÷ e-mails sent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KpiAlert</name>
        <message>
            <source>You pay for e-mail tools but sent nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Above 1 %: review your list segmentation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many bounces: clean invalid and old addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spam complaints threaten your deliverability.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An active workflow has no trigger: it will never start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An active workflow has nobody enrolled: check its trigger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts drop out before the end of your scenarios.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KpiNeeds</name>
        <message>
            <source>Import a campaign report or a recipient export of your e-mail tool (Mailchimp, Brevo, Mautic, ActiveCampaign…) covering the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import your workflow inventory (a workbook listing each workflow, its status, trigger and goal) or an automation report (ActiveCampaign automations…).</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every amount is in {currencies}, not in {currency}: add an exchange rate in the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of your e-mail exports for this period carries this figure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of your e-mail exports for this period says which opens come only from Apple Mail (Brevo recipient exports do).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} campaigns are described recipient by recipient: their aggregate report is kept for comparison only and not added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} sends without a date (automation reports, undated totals) are in no period; the workflow KPIs use them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sources} only export whether each recipient opened or clicked, not how many times: their totals count each recipient once (a lower bound).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of your workflow exports says this (the column is missing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The figure this ratio divides by is 0 in this period: the ratio has no value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out because their exports lack this figure: {sources}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current totals from the exports, not a history: the period only leaves out what was created after its end.</source>
            <translation type="unfinished" />
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
            <source>Here you will read your key figures — contacts, e-mail engagement, leads, MQL, customers, web traffic — by month, with charts and the formula behind every number.</source>
            <translation>Vous lirez ici vos chiffres clés — contacts, engagement e-mail, leads, MQL, clients, trafic web — mois par mois, avec des graphiques et la formule derrière chaque chiffre.</translation>
        </message>
        <message>
            <source>It uses every export you import.</source>
            <translation>Cette page utilise tous les exports que vous importez.</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AbTestDialog</name>
        <message>
            <source>%1 sent</source>
            <translation>%1 envoyés</translation>
        </message>
        <message>
            <source>Clicked</source>
            <translation>Ont cliqué</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ont ouvert</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Délivrés</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Difference A − B: %1 points (95 % interval: %2 to %3 points).</source>
            <translation>Écart A − B : %1 points (intervalle à 95 % : de %2 à %3 points).</translation>
        </message>
        <message>
            <source>p-value: %1.</source>
            <translation>Valeur p : %1.</translation>
        </message>
        <message>
            <source>To tell a difference this size from chance, each e-mail would need about %1 delivered recipients.</source>
            <translation>Pour distinguer un écart de cette taille du hasard, chaque e-mail devrait atteindre environ %1 destinataires délivrés.</translation>
        </message>
        <message>
            <source>Compare two campaigns (A/B test)</source>
            <translation>Comparer deux campagnes (test A/B)</translation>
        </message>
        <message>
            <source>Is one e-mail really better than the other, or is it chance? Pick two campaigns: the test compares the share of recipients who clicked.</source>
            <translation>Un e-mail est-il vraiment meilleur que l'autre, ou est-ce le hasard ? Choisissez deux campagnes : le test compare la part des destinataires qui ont cliqué.</translation>
        </message>
        <message>
            <source>Campaign A:</source>
            <translation>Campagne A :</translation>
        </message>
        <message>
            <source>Campaign B:</source>
            <translation>Campagne B :</translation>
        </message>
        <message>
            <source>Click rate (recommended)</source>
            <translation>Taux de clic (conseillé)</translation>
        </message>
        <message>
            <source>Open rate (indicative)</source>
            <translation>Taux d'ouverture (indicatif)</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Comparer :</translation>
        </message>
        <message>
            <source>Reading your campaigns…</source>
            <translation>Lecture de vos campagnes…</translation>
        </message>
        <message>
            <source>Pick two different campaigns.</source>
            <translation>Choisissez deux campagnes différentes.</translation>
        </message>
        <message>
            <source>An A/B test needs two e-mail campaigns: import your campaign reports first.</source>
            <translation>Un test A/B demande deux campagnes d'e-mails : importez d'abord vos rapports de campagne.</translation>
        </message>
    </context>
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
        <name>Attribution</name>
        <message>
            <source>First touch</source>
            <translation>Premier contact</translation>
        </message>
        <message>
            <source>Last touch</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>Linéaire</translation>
        </message>
        <message>
            <source>U-shaped</source>
            <translation>En U</translation>
        </message>
        <message>
            <source>W-shaped</source>
            <translation>En W</translation>
        </message>
        <message>
            <source>Time decay</source>
            <translation>Dégressif</translation>
        </message>
        <message>
            <source>All the revenue to the contact's first interaction.</source>
            <translation>Tout le CA au premier contact du client avec le marketing.</translation>
        </message>
        <message>
            <source>All the revenue to the last interaction before signing.</source>
            <translation>Tout le CA au dernier contact avant la signature.</translation>
        </message>
        <message>
            <source>Equal shares to every interaction.</source>
            <translation>Une part égale à chaque contact.</translation>
        </message>
        <message>
            <source>40 % to the first, 40 % to the last, 20 % shared by the others.</source>
            <translation>40 % au premier, 40 % au dernier, 20 % répartis entre les autres.</translation>
        </message>
        <message>
            <source>30 % each to the first touch, the lead's creation and the deal's creation; 10 % shared by the others.</source>
            <translation>30 % chacun au premier contact, à la création du lead et à celle de l'affaire ; 10 % répartis entre les autres.</translation>
        </message>
        <message>
            <source>The closer to the signature, the larger the share: it halves every half-life.</source>
            <translation>Dégressif dans le temps : plus le contact est proche de la signature, plus sa part est grande ; elle est divisée par deux à chaque demi-vie.</translation>
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
        <message>
            <source>erase a person by e-mail, keeping every count (GDPR request)</source>
            <translation>effacer une personne par son e-mail en gardant tous les comptes (demande RGPD)</translation>
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
            <source>Amount</source>
            <translation>Montant</translation>
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
        <name>CostLedger</name>
        <message>
            <source>Repeat until</source>
            <translation>Répéter jusqu'à</translation>
        </message>
        <message>
            <source>Add a cost…</source>
            <translation>Ajouter un coût…</translation>
        </message>
        <message>
            <source>One line, or a cost repeated every month.</source>
            <translation>Une ligne, ou un coût répété chaque mois.</translation>
        </message>
        <message>
            <source>Paste from Excel</source>
            <translation>Coller depuis Excel</translation>
        </message>
        <message>
            <source>Copy rows in your spreadsheet (month, category, item, channel, amount, currency, note — or with their header row), then paste them here (Ctrl+V).</source>
            <translation>Copiez des lignes dans votre tableur (mois, catégorie, poste, canal, montant, devise, commentaire — ou avec leur ligne d'en-tête), puis collez-les ici (Ctrl+V).</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected lines (Del). Ctrl+Z brings them back.</source>
            <translation>Supprime les lignes sélectionnées (Suppr). Ctrl+Z les fait revenir.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Import a costs workbook…</source>
            <translation>Importer un classeur de coûts…</translation>
        </message>
        <message>
            <source>Filter: month, item, channel…</source>
            <translation>Filtrer : mois, poste, canal…</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Forget the entries in red; the lines stay as they were.</source>
            <translation>Oublie les saisies en rouge ; les lignes restent telles qu'elles étaient.</translation>
        </message>
        <message>
            <source>Add a cost</source>
            <translation>Ajouter un coût</translation>
        </message>
        <message>
            <source>The clipboard holds no rows: copy cells in your spreadsheet first.</source>
            <translation>Le presse-papiers ne contient aucune ligne : copiez d'abord des cellules dans votre tableur.</translation>
        </message>
        <message>
            <source>Paste %1 line</source>
            <translation>Coller %1 ligne</translation>
        </message>
        <message>
            <source>Paste %1 lines</source>
            <translation>Coller %1 lignes</translation>
        </message>
        <message>
            <source>Delete %1 line</source>
            <translation>Supprimer %1 ligne</translation>
        </message>
        <message>
            <source>Delete %1 lines</source>
            <translation>Supprimer %1 lignes</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Change the %1 of “%2”</source>
            <translation>Modifier « %1 » de « %2 »</translation>
        </message>
        <message>
            <source>Nothing was saved. Fix these entries and try again:</source>
            <translation>Rien n'a été enregistré. Corrigez ces saisies et réessayez :</translation>
        </message>
        <message>
            <source>Row %1 — %2: %3</source>
            <translation>Ligne %1 — %2 : %3</translation>
        </message>
        <message>
            <source>…and %1 more.</source>
            <translation>…et %1 autres.</translation>
        </message>
        <message>
            <source>%1 line</source>
            <translation>%1 ligne</translation>
        </message>
        <message>
            <source>%1 lines</source>
            <translation>%1 lignes</translation>
        </message>
        <message>
            <source>total counted: %1</source>
            <translation>total compté : %1</translation>
        </message>
        <message>
            <source>%1 line without exchange rate</source>
            <translation>%1 ligne sans taux de change</translation>
        </message>
        <message>
            <source>%1 lines without exchange rate</source>
            <translation>%1 lignes sans taux de change</translation>
        </message>
    </context>
    <context>
        <name>CostLineDialog</name>
        <message>
            <source>Add a cost</source>
            <translation>Ajouter un coût</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Mois :</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Catégorie :</translation>
        </message>
        <message>
            <source>e.g. HubSpot Marketing Starter</source>
            <translation>p. ex. HubSpot Marketing Starter</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Poste :</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Canal :</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Montant :</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Commentaire :</translation>
        </message>
        <message>
            <source>Repeat every month until</source>
            <translation>Répéter chaque mois jusqu'en</translation>
        </message>
        <message>
            <source>A recurring cost becomes one line per month, which you can then change or delete one by one.</source>
            <translation>Un coût récurrent devient une ligne par mois, que vous pouvez ensuite modifier ou supprimer une à une.</translation>
        </message>
    </context>
    <context>
        <name>CostRates</name>
        <message>
            <source>Exchange rates</source>
            <translation>Taux de change</translation>
        </message>
        <message>
            <source>A cost in another currency keeps its amount as entered; every figure counts it at the rate you give for its month. Lines without a rate count nowhere until you enter it.</source>
            <translation>Un coût dans une autre devise garde son montant tel que saisi ; chaque chiffre le compte au taux que vous indiquez pour son mois. Les lignes sans taux ne comptent nulle part tant que vous ne l'avez pas saisi.</translation>
        </message>
        <message>
            <source>1</source>
            <translation>1</translation>
        </message>
        <message>
            <source>in</source>
            <translation>en</translation>
        </message>
        <message>
            <source>Set the rate</source>
            <translation>Enregistrer le taux</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>1 %1 in %2</source>
            <translation>1 %1 en %2</translation>
        </message>
        <message>
            <source>No %1 rate for %2: %3 line(s) left out of every figure.</source>
            <translation>Pas de taux %1 pour %2 : %3 ligne(s) laissée(s) hors de tous les chiffres.</translation>
        </message>
        <message>
            <source>No rate entered: every cost is in %1.</source>
            <translation>Aucun taux saisi : tous les coûts sont en %1.</translation>
        </message>
    </context>
    <context>
        <name>CostTable</name>
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
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Counted as</source>
            <translation>Compté pour</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>The amount as entered, in its own currency, excluding VAT as your workbook gives it.</source>
            <translation>Le montant tel que saisi, dans sa devise, hors taxes comme le donne votre classeur.</translation>
        </message>
        <message>
            <source>The amount in the workspace currency, at the exchange rate of its month, as every figure counts it.</source>
            <translation>Le montant dans la devise de l'espace de travail, au taux de change de son mois, tel que chaque chiffre le compte.</translation>
        </message>
        <message>
            <source>The workbook the line was imported from, or “typed in the app”.</source>
            <translation>Le classeur d'où la ligne a été importée, ou « saisi dans l'application ».</translation>
        </message>
        <message>
            <source>Counted in %1</source>
            <translation>Compté en %1</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>pas de taux</translation>
        </message>
        <message>
            <source>typed in the app</source>
            <translation>saisi dans l'application</translation>
        </message>
        <message>
            <source>%1, changed in the app</source>
            <translation>%1, modifiée dans l’application</translation>
        </message>
        <message>
            <source>Imported from %1. Undoing that import removes this line.</source>
            <translation>Importé de %1. Annuler cet import retire cette ligne.</translation>
        </message>
        <message>
            <source>You changed it here since: a later import of the file keeps your values and its report says so.</source>
            <translation>Vous l’avez modifiée ici depuis : un nouvel import du fichier garde vos valeurs, et son rapport le signale.</translation>
        </message>
        <message>
            <source>Entered once, repeated every month from %1 to %2.</source>
            <translation>Saisi une fois, répété chaque mois de %1 à %2.</translation>
        </message>
        <message>
            <source>Enter the %1 rate for this month under Exchange rates: until then this line is left out of every figure.</source>
            <translation>Saisissez le taux %1 de ce mois sous Taux de change : d'ici là, cette ligne est laissée hors de tous les chiffres.</translation>
        </message>
        <message>
            <source>1 %1 = %2 %3</source>
            <translation>1 %1 = %2 %3</translation>
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
        <name>EmptyState</name>
        <message>
            <source>How does this work? Read the guide</source>
            <translation>Comment ça marche ? Lire le guide</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>%1 contact record</source>
            <translation>%1 fiche contact</translation>
        </message>
        <message>
            <source>%1 contact records</source>
            <translation>%1 fiches contact</translation>
        </message>
        <message>
            <source>%1 e-mail sent to them</source>
            <translation>%1 e-mail qui lui a été envoyé</translation>
        </message>
        <message>
            <source>%1 e-mails sent to them</source>
            <translation>%1 e-mails qui lui ont été envoyés</translation>
        </message>
        <message>
            <source>%1 funnel stage entry</source>
            <translation>%1 entrée dans une étape de l'entonnoir</translation>
        </message>
        <message>
            <source>%1 funnel stage entries</source>
            <translation>%1 entrées dans des étapes de l'entonnoir</translation>
        </message>
        <message>
            <source>%1 deal</source>
            <translation>%1 affaire</translation>
        </message>
        <message>
            <source>%1 deals</source>
            <translation>%1 affaires</translation>
        </message>
        <message>
            <source>%1 lead score</source>
            <translation>%1 score de lead</translation>
        </message>
        <message>
            <source>%1 lead scores</source>
            <translation>%1 scores de lead</translation>
        </message>
        <message>
            <source>%1 entry of the undo history</source>
            <translation>%1 entrée de l'historique d'annulation</translation>
        </message>
        <message>
            <source>%1 entries of the undo history</source>
            <translation>%1 entrées de l'historique d'annulation</translation>
        </message>
        <message>
            <source>%1 rejected-row report (deleted)</source>
            <translation>%1 ligne rejetée dans les rapports (supprimée)</translation>
        </message>
        <message>
            <source>%1 rejected-row reports (deleted)</source>
            <translation>%1 lignes rejetées dans les rapports (supprimées)</translation>
        </message>
        <message>
            <source>%1 other mention</source>
            <translation>%1 autre mention</translation>
        </message>
        <message>
            <source>%1 other mentions</source>
            <translation>%1 autres mentions</translation>
        </message>
        <message>
            <source>Erase a person (GDPR request)</source>
            <translation>Effacer une personne (demande RGPD)</translation>
        </message>
        <message>
            <source>Type the e-mail address of the person who asked to be forgotten. ROI Desktop shows where they appear, then replaces their address everywhere with an anonymous code and clears their name, company and phone. Every count and figure stays the same. This cannot be undone.</source>
            <translation>Saisissez l'adresse e-mail de la personne qui a demandé à être oubliée. ROI Desktop montre où elle apparaît, puis remplace partout son adresse par un code anonyme et efface son nom, son entreprise et son téléphone. Tous les comptes et tous les chiffres restent identiques. Cette opération est irréversible.</translation>
        </message>
        <message>
            <source>name@company.com</source>
            <translation>nom@entreprise.fr</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Also delete the %1 backup copy of this workspace (it still contains this person)</source>
            <translation>Supprimer aussi la %1 copie de sauvegarde de cet espace de travail (elle contient encore cette personne)</translation>
        </message>
        <message>
            <source>Also delete the %1 backup copies of this workspace (they still contain this person)</source>
            <translation>Supprimer aussi les %1 copies de sauvegarde de cet espace de travail (elles contiennent encore cette personne)</translation>
        </message>
        <message>
            <source>Erase the person in your marketing tools too, or the next import of their exports brings them back.</source>
            <translation>Effacez aussi cette personne dans vos outils marketing, sinon le prochain import de leurs exports la fera revenir.</translation>
        </message>
        <message>
            <source>Erase this person…</source>
            <translation>Effacer cette personne…</translation>
        </message>
        <message>
            <source>Searching every import…</source>
            <translation>Recherche dans tous les imports…</translation>
        </message>
        <message>
            <source>Erase %1 from this workspace? This cannot be undone.</source>
            <translation>Effacer %1 de cet espace de travail ? Cette opération est irréversible.</translation>
        </message>
        <message>
            <source>Erasing the person…</source>
            <translation>Effacement de la personne…</translation>
        </message>
        <message>
            <source>No one with the address %1 is in this workspace.</source>
            <translation>Aucune personne n'a l'adresse %1 dans cet espace de travail.</translation>
        </message>
        <message>
            <source>%1 appears in:</source>
            <translation>%1 apparaît dans :</translation>
        </message>
        <message>
            <source>%1 was erased. Every count stays the same.</source>
            <translation>%1 a été effacé(e). Tous les comptes restent identiques.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
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
            <source>Computing the figures…</source>
            <translation>Calcul des chiffres…</translation>
        </message>
        <message>
            <source>Save the KPI workbook</source>
            <translation>Enregistrer le classeur des indicateurs</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Écriture du classeur…</translation>
        </message>
        <message>
            <source>KPIs %1.xlsx</source>
            <translation>Indicateurs %1.xlsx</translation>
        </message>
        <message>
            <source>Language of the workbook:</source>
            <translation>Langue du classeur :</translation>
        </message>
        <message>
            <source>Sheets to include</source>
            <translation>Feuilles à inclure</translation>
        </message>
        <message>
            <source>Preview of the Summary sheet</source>
            <translation>Aperçu de la feuille Synthèse</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Exporter vers Excel…</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Ouvrir le fichier</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>KPI summary</source>
            <translation>Synthèse des indicateurs</translation>
        </message>
        <message>
            <source>Workbook saved: %1</source>
            <translation>Classeur enregistré : %1</translation>
        </message>
        <message>
            <source>%1 sheet</source>
            <translation>%1 feuille</translation>
        </message>
        <message>
            <source>%1 sheets</source>
            <translation>%1 feuilles</translation>
        </message>
        <message>
            <source>Saved %1 (%2).</source>
            <translation>%1 enregistré (%2).</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Exporter vers Excel</translation>
        </message>
        <message>
            <source>Write the KPI workbook for your management (Ctrl+E)</source>
            <translation>Écrire le classeur des indicateurs pour votre direction (Ctrl+E)</translation>
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
        <name>HelpWindow</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Entonnoir</translation>
        </message>
        <message>
            <source>Deals and revenue</source>
            <translation>Affaires et chiffre d'affaires</translation>
        </message>
        <message>
            <source>Costs and ROI</source>
            <translation>Coûts et ROI</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Social networks and satisfaction</source>
            <translation>Réseaux sociaux et satisfaction</translation>
        </message>
        <message>
            <source>ROI Desktop guide</source>
            <translation>Guide de ROI Desktop</translation>
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
            <translation>Scénarios actifs</translation>
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
            <translation>Scénarios sans déclencheur</translation>
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
            <translation>Scénarios sans objectif</translation>
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
            <translation>Scénarios actifs sans inscrit</translation>
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
            <translation>Inscriptions aux scénarios</translation>
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
            <translation>E-mails configurés dans les scénarios</translation>
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
            <translation>CA généré par les scénarios automatisés</translation>
        </message>
        <message>
            <source>Revenue won credited to workflows by the attribution model.</source>
            <translation>CA signé attribué aux scénarios par le modèle d'attribution.</translation>
        </message>
        <message>
            <source>Share of the revenue won that the attribution model gives to workflow enrolments and clicks in automated e-mails</source>
            <translation>Part du CA signé que le modèle d'attribution donne aux inscriptions aux scénarios et aux clics dans les e-mails automatisés</translation>
        </message>
        <message>
            <source>Marketing automation ROI</source>
            <translation>ROI du marketing automation</translation>
        </message>
        <message>
            <source>(Workflow revenue + time saved − automation costs) ÷ automation costs.</source>
            <translation>(CA des scénarios + temps gagné − coûts de l'automation) ÷ ces coûts.</translation>
        </message>
        <message>
            <source>(Revenue from workflows + value of time saved − costs of the automation and e-mail channels) ÷ those costs</source>
            <translation>(CA des scénarios + valeur du temps gagné − coûts des canaux automatisation et e-mail) ÷ ces coûts</translation>
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
            <translation>Leads de la période devenus clients dans le délai de conversion ÷ leads de la période ; séparés selon qu'un scénario les a touchés avant</translation>
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
        <name>KpiFilters</name>
        <message>
            <source>%1 chosen</source>
            <translation>%1 choisis</translation>
        </message>
        <message>
            <source>All tools</source>
            <translation>Tous les outils</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Tous les canaux</translation>
        </message>
        <message>
            <source>Count only the data of these tools: contacts in their contact exports, their e-mails, stage entries, deals, workflows and web rows. Costs have no tool: they stay whole, and the costs per result and ROIs are left empty under a tool filter.</source>
            <translation>Ne compter que les données de ces outils : les contacts de leurs exports de contacts, leurs e-mails, les entrées dans les étapes, les affaires, les scénarios et les lignes web. Les coûts n'ont pas d'outil : ils restent entiers, et les coûts par résultat et les ROI restent vides sous un filtre d'outil.</translation>
        </message>
        <message>
            <source>Count only these acquisition channels: contacts and leads by their original source, deals by their lead source, costs and web visits by their channel. Workflows, lead scores, social, satisfaction, churn and traffic peaks ignore it (their tooltip says so).</source>
            <translation>Ne compter que ces canaux d'acquisition : les contacts et leads selon leur source d'origine, les affaires selon leur source, les coûts et les visites du site selon leur canal. Les scénarios, les scores de leads, les réseaux sociaux, la satisfaction, l'attrition et les pics de trafic l'ignorent (leur info-bulle le précise).</translation>
        </message>
        <message>
            <source>Click to clear the filter and count everything again.</source>
            <translation>Cliquez pour retirer le filtre et tout compter de nouveau.</translation>
        </message>
        <message>
            <source>Filtered: %1  ✕</source>
            <translation>Filtré : %1  ✕</translation>
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
            <translation>Importez votre inventaire des scénarios (un classeur listant chaque scénario, son statut, son déclencheur et son objectif) ou un rapport d'automatisations (automatisations ActiveCampaign…).</translation>
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
            <source>Compare two campaigns…</source>
            <translation>Comparer deux campagnes…</translation>
        </message>
        <message>
            <source>A/B test: is one e-mail really better than another, or is it chance?</source>
            <translation>Test A/B : un e-mail est-il vraiment meilleur qu'un autre, ou est-ce le hasard ?</translation>
        </message>
        <message>
            <source>No figures yet</source>
            <translation>Pas encore de chiffres</translation>
        </message>
        <message>
            <source>Import the exports of your tools — contacts, e-mail campaigns, deals, costs — and your KPIs appear here, each with how it is computed.</source>
            <translation>Importez les exports de vos outils — contacts, campagnes d'e-mails, affaires, coûts — et vos KPI apparaissent ici, chacun avec son mode de calcul.</translation>
        </message>
        <message>
            <source>Import your exports</source>
            <translation>Importer vos exports</translation>
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
            <source>&amp;Import files…</source>
            <translation>&amp;Importer des fichiers…</translation>
        </message>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>Restaurer une &amp;sauvegarde…</translation>
        </message>
        <message>
            <source>&amp;Erase a person (GDPR)…</source>
            <translation>&amp;Effacer une personne (RGPD)…</translation>
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
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About ROI Desktop</source>
            <translation>À &amp;propos de ROI Desktop</translation>
        </message>
        <message>
            <source>Drop to open this workspace</source>
            <translation>Déposez pour ouvrir cet espace de travail</translation>
        </message>
        <message>
            <source>Drop to import</source>
            <translation>Déposez pour importer</translation>
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
            <source>Put “%1” back as it was on %2? Its present state is copied first.</source>
            <translation>Remettre « %1 » dans l'état du %2 ? Son état actuel est d'abord copié.</translation>
        </message>
        <message>
            <source>The copy of %1 was restored. The state before it is in the backups too.</source>
            <translation>La copie du %1 a été restaurée. L'état d'avant se trouve aussi dans les sauvegardes.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
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
            <source>Filtered: {filter}</source>
            <translation>Filtré : {filter}</translation>
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
            <source>“{address}” is not an e-mail address: type the person's address in full.</source>
            <translation>« {address} » n'est pas une adresse e-mail : saisissez l'adresse complète de la personne.</translation>
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
            <source>This value cannot be negative.</source>
            <translation>Cette valeur ne peut pas être négative.</translation>
        </message>
        <message>
            <source>{value} is more than {limit}: check the unit.</source>
            <translation>{value} dépasse {limit} : vérifiez l'unité.</translation>
        </message>
        <message>
            <source>The half-life must be more than 0 days.</source>
            <translation>La demi-vie doit dépasser 0 jour.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the choices.</source>
            <translation>« {value} » ne fait pas partie des choix.</translation>
        </message>
        <message>
            <source>“{value}” is not a date: write it as YYYY-MM-DD.</source>
            <translation>« {value} » n'est pas une date : écrivez-la AAAA-MM-JJ.</translation>
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
            <source>{count} cost line(s) changed in ROI Desktop since an earlier import kept the values entered there; the rows of this file that differ are listed below.</source>
            <translation>{count} ligne(s) de coût modifiée(s) dans ROI Desktop depuis un import précédent ont gardé les valeurs saisies ; les lignes de ce fichier qui diffèrent sont listées ci-dessous.</translation>
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
            <source>row not imported, your change kept</source>
            <translation>ligne non importée, votre modification gardée</translation>
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
            <source>Row {row} of “{name}” has a cell that cannot be read (a date far outside the calendar, for instance). Open the file in Excel, correct or clear that cell, save it and import it again.</source>
            <translation>La ligne {row} de « {name} » contient une cellule illisible (une date très loin hors du calendrier, par exemple). Ouvrez le fichier dans Excel, corrigez ou videz cette cellule, enregistrez-le et importez-le à nouveau.</translation>
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
            <translation>{count} envois sans date (rapports d'automatisation, totaux non datés) ne tombent dans aucune période ; les indicateurs des scénarios les utilisent.</translation>
        </message>
        <message>
            <source>{sources} only export whether each recipient opened or clicked, not how many times: their totals count each recipient once (a lower bound).</source>
            <translation>{sources} : l'export dit seulement si chaque destinataire a ouvert ou cliqué, pas combien de fois ; les totaux comptent donc chaque destinataire une fois (un minimum).</translation>
        </message>
        <message>
            <source>None of your workflow exports says this (the column is missing).</source>
            <translation>Aucun de vos exports de scénarios ne le dit (la colonne manque).</translation>
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
            <source>Enter the hourly cost of your team under Value settings to count the time automation saves.</source>
            <translation>Saisissez le coût horaire de votre équipe dans Paramètres de valeur pour compter le temps que l'automatisation fait gagner.</translation>
        </message>
        <message>
            <source>No value for a qualified lead: type one under Value settings, or import deals and contacts with stage dates so that it can be measured.</source>
            <translation>Aucune valeur pour un lead qualifié : saisissez-en une dans Paramètres de valeur, ou importez des affaires et des contacts avec leurs dates de passage pour la mesurer.</translation>
        </message>
        <message>
            <source>Workflow enrolments are totals without dates: this period counts {share} % of them, its share of the {days} days of your data.</source>
            <translation>Les inscriptions aux scénarios sont des totaux sans date : cette période en compte {share} %, sa part des {days} jours de vos données.</translation>
        </message>
        <message>
            <source>No automated e-mail in this period: only the workflow runs count.</source>
            <translation>Aucun e-mail automatisé sur la période : seuls les passages dans les scénarios comptent.</translation>
        </message>
        <message>
            <source>Set the day your automation started under Value settings to compare the sales cycle before and after.</source>
            <translation>Indiquez dans Paramètres de valeur le jour où votre automatisation a démarré pour comparer le cycle de vente avant et après.</translation>
        </message>
        <message>
            <source>Automation started on {day}, outside this period: choose a period that spans that day.</source>
            <translation>L'automatisation a démarré le {day}, hors de cette période : choisissez une période qui englobe ce jour.</translation>
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
            <source>From the scoring model “{name}”, version {version} (saved {saved}), applied {applied}.</source>
            <translation>D'après le modèle de scoring « {name} », version {version} (enregistré le {saved}), appliqué le {applied}.</translation>
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
            <translation>Aucun e-mail automatisé n'a été importé destinataire par destinataire, aucun CA ne peut donc être relié à un scénario : importez le rapport des e-mails envoyés de votre outil d'automatisation (Mautic, Brevo…).</translation>
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
        <message>
            <source>No cost line yet: import your costs workbook or add lines on the ROI page.</source>
            <translation>Aucune ligne de coût pour l'instant : importez votre classeur de coûts ou ajoutez des lignes dans la page ROI.</translation>
        </message>
        <message>
            <source>{count} line(s), total {total}</source>
            <translation>{count} ligne(s), total {total}</translation>
        </message>
        <message>
            <source>{count} line(s) have no exchange rate and are left out of the total.</source>
            <translation>{count} ligne(s) sans taux de change, laissée(s) hors du total.</translation>
        </message>
        <message>
            <source>No one with the address {email} is in this workspace.</source>
            <translation>Aucune personne n'a l'adresse {email} dans cet espace de travail.</translation>
        </message>
        <message>
            <source>{email} appears in {rows} rows ({sources}). Add --yes to erase them.</source>
            <translation>{email} apparaît dans {rows} lignes ({sources}). Ajoutez --yes pour l'effacer.</translation>
        </message>
        <message>
            <source>{email} was erased from {rows} rows. Every count stays the same.</source>
            <translation>{email} a été effacé(e) de {rows} lignes. Tous les comptes restent identiques.</translation>
        </message>
        <message>
            <source>Workbook written to {path} ({sheets} sheets, {start} → {end}).</source>
            <translation>Classeur écrit dans {path} ({sheets} feuilles, {start} → {end}).</translation>
        </message>
        <message>
            <source>Workbook written to {path} ({sheets} sheets); the workspace holds no data yet.</source>
            <translation>Classeur écrit dans {path} ({sheets} feuilles) ; l'espace de travail ne contient encore aucune donnée.</translation>
        </message>
        <message>
            <source>Scoring model “{name}”, version {version}: {contacts} contacts scored on the data up to {day}.</source>
            <translation>Modèle de scoring « {name} », version {version} : {contacts} contacts notés sur les données jusqu'au {day}.</translation>
        </message>
        <message>
            <source>Contacts who reached each stage:</source>
            <translation>Contacts ayant atteint chaque étape :</translation>
        </message>
        <message>
            <source>This workspace holds no data yet: import your exports first.</source>
            <translation>Cet espace de travail ne contient encore aucune donnée : importez d'abord vos exports.</translation>
        </message>
        <message>
            <source>No deal was won in this period: there is no revenue to attribute.</source>
            <translation>Aucune affaire gagnée sur la période : il n'y a pas de CA à attribuer.</translation>
        </message>
        <message>
            <source>{count} of {deals} won deals have a single touch, which every model credits with the whole deal: the models differ only on the other {others}.</source>
            <translation>{count} des {deals} affaires gagnées n'ont qu'un seul contact, auquel tous les modèles attribuent toute l'affaire : les modèles ne diffèrent que sur les {others} autres.</translation>
        </message>
        <message>
            <source>Won deals have {average} touches on average (from {low} to {high}): first and last touch are always computable; U- and W-shaped need three touches or more to differ from linear.</source>
            <translation>Les affaires gagnées comptent en moyenne {average} contacts (de {low} à {high}) : premier et dernier contact sont toujours calculables ; les modèles en U et en W ont besoin de trois contacts ou plus pour se distinguer du linéaire.</translation>
        </message>
        <message>
            <source>“{value}” is not a month: write it as 2025-03, 03/2025 or March 2025.</source>
            <translation>« {value} » n'est pas un mois : écrivez-le 2025-03, 03/2025 ou mars 2025.</translation>
        </message>
        <message>
            <source>Enter the month of the cost.</source>
            <translation>Saisissez le mois du coût.</translation>
        </message>
        <message>
            <source>{month} is before your first data ({first}): check the year.</source>
            <translation>{month} précède vos premières données ({first}) : vérifiez l'année.</translation>
        </message>
        <message>
            <source>{month} is in the future and after your data (last month {last}): check the year.</source>
            <translation>{month} est dans le futur et après vos données (dernier mois {last}) : vérifiez l'année.</translation>
        </message>
        <message>
            <source>Enter the amount.</source>
            <translation>Saisissez le montant.</translation>
        </message>
        <message>
            <source>“{value}” is not an amount: write a number such as 1234.56 or 1 234,56.</source>
            <translation>« {value} » n'est pas un montant : écrivez un nombre comme 1234,56 ou 1 234,56.</translation>
        </message>
        <message>
            <source>A cost cannot be negative ({value}): lower the line it corrects instead.</source>
            <translation>Un coût ne peut pas être négatif ({value}) : diminuez plutôt la ligne qu'il corrige.</translation>
        </message>
        <message>
            <source>The amount is written in {written} but the line is in {currency}: type the number alone and choose the currency in its column.</source>
            <translation>Le montant est écrit en {written} mais la ligne est en {currency} : saisissez le nombre seul et choisissez la devise dans sa colonne.</translation>
        </message>
        <message>
            <source>“{value}” is not a currency: use its three-letter code, such as EUR, USD or GBP.</source>
            <translation>« {value} » n'est pas une devise : utilisez son code à trois lettres, comme EUR, USD ou GBP.</translation>
        </message>
        <message>
            <source>No {currency} → {base} exchange rate for {month}: enter it under Exchange rates first.</source>
            <translation>Pas de taux de change {currency} → {base} pour {month} : saisissez-le d'abord sous Taux de change.</translation>
        </message>
        <message>
            <source>Choose a category: tool licence, staff time, advertising, content, agency or other.</source>
            <translation>Choisissez une catégorie : licence d'outil, temps équipe, publicité, contenu, agence ou autre.</translation>
        </message>
        <message>
            <source>“{typed}” is spelled differently from “{known}”, already in your costs: use one spelling, or the two will be counted apart.</source>
            <translation>« {typed} » s'écrit autrement que « {known} », déjà dans vos coûts : gardez une seule orthographe, sinon les deux seront comptés séparément.</translation>
        </message>
        <message>
            <source>The repetition ends ({until}) before the first month ({month}).</source>
            <translation>La répétition se termine ({until}) avant le premier mois ({month}).</translation>
        </message>
        <message>
            <source>A cost can repeat for {limit} months at most.</source>
            <translation>Un coût peut se répéter sur {limit} mois au plus.</translation>
        </message>
        <message>
            <source>This text is too long ({length} characters; {limit} at most).</source>
            <translation>Ce texte est trop long ({length} caractères ; {limit} au plus).</translation>
        </message>
        <message>
            <source>This cost line no longer exists: it was deleted or its import was undone.</source>
            <translation>Cette ligne de coût n'existe plus : elle a été supprimée ou son import a été annulé.</translation>
        </message>
        <message>
            <source>Nothing was saved: {count} problem(s) to fix first. {first}</source>
            <translation>Rien n'a été enregistré : {count} problème(s) à corriger d'abord. {first}</translation>
        </message>
        <message>
            <source>{count} cost line(s) in {currency} for {month} need this rate: change or delete them first.</source>
            <translation>{count} ligne(s) de coût en {currency} pour {month} ont besoin de ce taux : modifiez-les ou supprimez-les d'abord.</translation>
        </message>
        <message>
            <source>“{value}” is not an exchange rate: write how much 1 {currency} is worth in {base}, such as 0.92.</source>
            <translation>« {value} » n'est pas un taux de change : écrivez combien vaut 1 {currency} en {base}, par exemple 0,92.</translation>
        </message>
        <message>
            <source>{currency} is the workspace currency: it needs no exchange rate.</source>
            <translation>{currency} est la devise de l'espace de travail : elle n'a pas besoin de taux de change.</translation>
        </message>
        <message>
            <source>Choose two different channels.</source>
            <translation>Choisissez deux canaux différents.</translation>
        </message>
        <message>
            <source>This channel has no cost line or no new lead in the period: its cost per lead is unknown.</source>
            <translation>Ce canal n'a aucune ligne de coût ou aucun nouveau lead sur la période : son coût par lead est inconnu.</translation>
        </message>
        <message>
            <source>Enter an amount above 0 to move.</source>
            <translation>Saisissez un montant supérieur à 0 à déplacer.</translation>
        </message>
        <message>
            <source>You cannot move more than the channel cost in the period ({spent} {currency}).</source>
            <translation>Vous ne pouvez pas déplacer plus que ce que le canal a coûté sur la période ({spent} {currency}).</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist: choose another place to save “{name}”.</source>
            <translation>Le dossier « {folder} » n'existe pas : choisissez un autre emplacement pour enregistrer « {name} ».</translation>
        </message>
        <message>
            <source>You cannot save files in “{folder}”: choose another folder for “{name}”.</source>
            <translation>Vous ne pouvez pas enregistrer de fichier dans « {folder} » : choisissez un autre dossier pour « {name} ».</translation>
        </message>
        <message>
            <source>“{folder}” is a file, not a folder: choose a folder to save “{name}” in.</source>
            <translation>« {folder} » est un fichier, pas un dossier : choisissez un dossier où enregistrer « {name} ».</translation>
        </message>
        <message>
            <source>“{path}” is a folder: give a file name, for example “{example}”.</source>
            <translation>« {path} » est un dossier : indiquez un nom de fichier, par exemple « {example} ».</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (Excel?) or read-only: close it and export again, or save under another name.</source>
            <translation>« {name} » est ouvert dans un autre programme (Excel ?) ou en lecture seule : fermez-le puis exportez de nouveau, ou enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>The disk is full: “{name}” was not saved. Free some space or save it elsewhere.</source>
            <translation>Le disque est plein : « {name} » n'a pas été enregistré. Libérez de la place ou enregistrez-le ailleurs.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved in “{folder}” ({reason}).</source>
            <translation>« {name} » n'a pas pu être enregistré dans « {folder} » ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook name: end it with .xlsx.</source>
            <translation>« {name} » n'est pas un nom de classeur Excel : terminez-le par .xlsx.</translation>
        </message>
        <message>
            <source>Choose at least one sheet to export.</source>
            <translation>Choisissez au moins une feuille à exporter.</translation>
        </message>
        <message>
            <source>Tested on {contacts} contact(s), of whom {customers} bought (a won deal) and {lost} only lost deals; {pending} contact(s) whose deals are all still open are left out.</source>
            <translation>Test sur {contacts} contact(s), dont {customers} ont acheté (une affaire gagnée) et {lost} n'ont que des affaires perdues ; {pending} contact(s) dont toutes les affaires sont encore en cours sont laissés de côté.</translation>
        </message>
        <message>
            <source>No contact has a won deal yet: import your deals (won and lost) to test the model.</source>
            <translation>Aucun contact n'a encore d'affaire gagnée : importez vos affaires (gagnées et perdues) pour tester le modèle.</translation>
        </message>
        <message>
            <source>{precision} % of the contacts this model made MQLs became customers ({hits} of {predicted}), against {base} % of all contacts: {lift} times the average. It had flagged {recall} % of your customers ({hits} of {customers}) as MQL before their deal.</source>
            <translation>{precision} % des contacts dont ce modèle a fait des MQL sont devenus clients ({hits} sur {predicted}), contre {base} % de l'ensemble des contacts : {lift} fois la moyenne. Il avait repéré {recall} % de vos clients ({hits} sur {customers}) comme MQL avant leur affaire.</translation>
        </message>
        <message>
            <source>{precision} % of the SQLs became customers ({hits} of {predicted}); {recall} % of your customers ({hits} of {customers}) were SQL when their deal was created.</source>
            <translation>{precision} % des SQL sont devenus clients ({hits} sur {predicted}) ; {recall} % de vos clients ({hits} sur {customers}) étaient SQL à la création de leur affaire.</translation>
        </message>
        <message>
            <source>This model made no contact an MQL before its deal: precision cannot be measured.</source>
            <translation>Ce modèle n'a fait d'aucun contact un MQL avant son affaire : la précision ne peut pas être mesurée.</translation>
        </message>
        <message>
            <source>This model made no contact an SQL: precision cannot be measured.</source>
            <translation>Ce modèle n'a fait d'aucun contact un SQL : la précision ne peut pas être mesurée.</translation>
        </message>
        <message>
            <source>{count} MQLs are less than {days} days old and may still buy: the precision can still rise.</source>
            <translation>{count} MQL le sont depuis moins de {days} jours et peuvent encore acheter : la précision peut encore augmenter.</translation>
        </message>
        <message>
            <source>Contacts this rule applied to became customers {lift} times as often as average ({rate} % against {base} %), over {contacts} contact(s) of whom {customers} customer(s): about {points} points would match your data.</source>
            <translation>Les contacts concernés par cette règle sont devenus clients {lift} fois plus souvent que la moyenne ({rate} % contre {base} %), sur {contacts} contact(s) dont {customers} client(s) : environ {points} points correspondraient à vos données.</translation>
        </message>
        <message>
            <source>Too little data to judge this rule: it applied to {contacts} contact(s), of whom {customers} customer(s). The suggestion ({points} points) is a rough guess.</source>
            <translation>Trop peu de données pour juger cette règle : elle concernait {contacts} contact(s), dont {customers} client(s). La suggestion ({points} points) n'est qu'une estimation grossière.</translation>
        </message>
        <message>
            <source>No contact has bought yet: nothing to compare this rule with.</source>
            <translation>Aucun contact n'a encore acheté : rien à quoi comparer cette règle.</translation>
        </message>
        <message>
            <source>This rule applied to no contact before its deal: nothing to learn from your data.</source>
            <translation>Cette règle ne concernait aucun contact avant son affaire : vos données ne permettent rien d'en conclure.</translation>
        </message>
        <message>
            <source>Became an MQL on {day}: the score reached the threshold of {threshold} points.</source>
            <translation>Devenu MQL le {day} : le score a atteint le seuil de {threshold} points.</translation>
        </message>
        <message>
            <source>Not an MQL: {score} points, {missing} short of the threshold of {threshold}.</source>
            <translation>Pas MQL : {score} points, il en manque {missing} pour le seuil de {threshold}.</translation>
        </message>
        <message>
            <source>Its score has since fallen to {score} points: it stays an MQL, as a stage once reached is kept.</source>
            <translation>Son score est depuis retombé à {score} points : il reste MQL, car une étape atteinte est conservée.</translation>
        </message>
        <message>
            <source>Became an SQL on {day}: every SQL criterion held that day.</source>
            <translation>Devenu SQL le {day} : tous les critères SQL étaient remplis ce jour-là.</translation>
        </message>
        <message>
            <source>Sales turned this contact down: it cannot become an SQL.</source>
            <translation>Les commerciaux ont refusé ce contact : il ne peut pas devenir SQL.</translation>
        </message>
        <message>
            <source>Its score qualifies, but it has not gone through the earlier stages in order, so the strict funnel does not count it.</source>
            <translation>Son score suffit, mais il n'est pas passé par les étapes précédentes dans l'ordre : l'entonnoir strict ne le compte pas.</translation>
        </message>
        <message>
            <source>A contact counts in a stage only if it went through every earlier stage, in order.</source>
            <translation>Un contact ne compte dans une étape que s'il est passé par toutes les étapes précédentes, dans l'ordre.</translation>
        </message>
        <message>
            <source>A contact counts in every stage it reached, even if it skipped earlier ones.</source>
            <translation>Un contact compte dans chaque étape atteinte, même s'il a sauté des étapes précédentes.</translation>
        </message>
        <message>
            <source>Each bar shows the contacts who had reached the stage by {day}.</source>
            <translation>Chaque barre montre les contacts qui avaient atteint l'étape au {day}.</translation>
        </message>
        <message>
            <source>Each bar shows the contacts who entered the stage between {start} and {end}.</source>
            <translation>Chaque barre montre les contacts entrés dans l'étape entre le {start} et le {end}.</translation>
        </message>
        <message>
            <source>Each bar follows the contacts who entered the first stage between {start} and {end}, and counts those who reached the stage within {days} days.</source>
            <translation>Chaque barre suit les contacts entrés dans la première étape entre le {start} et le {end} et compte ceux qui ont atteint l'étape en {days} jours au plus.</translation>
        </message>
        <message>
            <source>Scores and stages from the model “{name}”, version {version} of {saved}.</source>
            <translation>Scores et étapes du modèle « {name} », version {version} du {saved}.</translation>
        </message>
        <message>
            <source>Scores and stages from the model being edited (not saved yet).</source>
            <translation>Scores et étapes du modèle en cours de modification (pas encore enregistré).</translation>
        </message>
        <message>
            <source>This is not a scoring model: the text is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
            <translation>Ce n'est pas un modèle de scoring : le texte n'est pas du JSON valide (ligne {line}, colonne {column}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This is not a scoring model exported by ROI Desktop. Nothing was changed.</source>
            <translation>Ce n'est pas un modèle de scoring exporté par ROI Desktop. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This scoring model comes from a newer version of ROI Desktop: update the app to open it. Nothing was changed.</source>
            <translation>Ce modèle de scoring vient d'une version plus récente de ROI Desktop : mettez l'application à jour pour l'ouvrir. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The scoring model is incomplete: “{where}” is missing. Nothing was changed.</source>
            <translation>Le modèle de scoring est incomplet : « {where} » manque. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The scoring model cannot be read: at “{where}”, “{value}” is not a number. Nothing was changed.</source>
            <translation>Le modèle de scoring est illisible : à « {where} », « {value} » n'est pas un nombre. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The scoring model cannot be read: at “{where}”, “{value}” is not a text. Nothing was changed.</source>
            <translation>Le modèle de scoring est illisible : à « {where} », « {value} » n'est pas un texte. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The scoring model cannot be read: “{where}” should be a list. Nothing was changed.</source>
            <translation>Le modèle de scoring est illisible : « {where} » devrait être une liste. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The scoring model cannot be read: at “{where}”, “{value}” is not a known choice. Nothing was changed.</source>
            <translation>Le modèle de scoring est illisible : à « {where} », « {value} » n'est pas un choix connu. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>No contacts are imported yet: import a contacts export to see how the model sorts them.</source>
            <translation>Aucun contact n'est encore importé : importez un export de contacts pour voir comment le modèle les classe.</translation>
        </message>
        <message>
            <source>No deal is linked to your contacts, so nobody can meet the SQL criterion “a deal exists”: import a deals export.</source>
            <translation>Aucune affaire n'est liée à vos contacts, donc personne ne peut remplir le critère SQL « une affaire existe » : importez un export d'affaires.</translation>
        </message>
        <message>
            <source>{count} rule(s) apply to no contact in your data: check their field and value.</source>
            <translation>{count} règle(s) ne concernent aucun contact de vos données : vérifiez leur champ et leur valeur.</translation>
        </message>
        <message>
            <source>This model version does not exist (any more).</source>
            <translation>Cette version du modèle n'existe pas (ou plus).</translation>
        </message>
        <message>
            <source>No scoring model is active yet: save and apply one on the Scoring &amp; funnel page.</source>
            <translation>Aucun modèle de scoring n'est encore actif : enregistrez-en un et appliquez-le dans la page Scoring et entonnoir.</translation>
        </message>
        <message>
            <source>Choose what this rule looks at.</source>
            <translation>Choisissez ce que regarde cette règle.</translation>
        </message>
        <message>
            <source>Type the value to look for.</source>
            <translation>Saisissez la valeur à rechercher.</translation>
        </message>
        <message>
            <source>“{value}” is not a number: type a number such as 50 or 12.5.</source>
            <translation>« {value} » n'est pas un nombre : saisissez un nombre comme 50 ou 12,5.</translation>
        </message>
        <message>
            <source>This rule gives no points.</source>
            <translation>Cette règle ne donne aucun point.</translation>
        </message>
        <message>
            <source>This activity cannot be narrowed down: the text typed is ignored.</source>
            <translation>Cette activité ne peut pas être précisée : le texte saisi est ignoré.</translation>
        </message>
        <message>
            <source>The cap must be more than zero.</source>
            <translation>Le plafond doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>A cap only matters for a rule counted each time: this one counts once.</source>
            <translation>Un plafond ne sert que pour une règle comptée à chaque fois : celle-ci compte une seule fois.</translation>
        </message>
        <message>
            <source>The time window must be at least 1 day.</source>
            <translation>La période prise en compte doit être d'au moins 1 jour.</translation>
        </message>
        <message>
            <source>The half-life must be at least 1 day.</source>
            <translation>La demi-vie doit être d'au moins 1 jour.</translation>
        </message>
        <message>
            <source>A fit rule looks at who the contact is, which has no date: it counts once, with no time window, no decay and no cap.</source>
            <translation>Une règle de profil regarde qui est le contact, ce qui n'a pas de date : elle compte une seule fois, sans période, sans dépréciation et sans plafond.</translation>
        </message>
        <message>
            <source>This rule belongs to a group that no longer exists.</source>
            <translation>Cette règle appartient à un groupe qui n'existe plus.</translation>
        </message>
        <message>
            <source>Two rules have the same identifier “{id}”.</source>
            <translation>Deux règles ont le même identifiant « {id} ».</translation>
        </message>
        <message>
            <source>The cap of the group “{name}” must be more than zero.</source>
            <translation>Le plafond du groupe « {name} » doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Give every group a name.</source>
            <translation>Donnez un nom à chaque groupe.</translation>
        </message>
        <message>
            <source>Give the model a name.</source>
            <translation>Donnez un nom au modèle.</translation>
        </message>
        <message>
            <source>The MQL threshold must be zero or more.</source>
            <translation>Le seuil MQL doit être supérieur ou égal à zéro.</translation>
        </message>
        <message>
            <source>No contact can reach the MQL threshold of {threshold} points: the rules give at most {most}.</source>
            <translation>Aucun contact ne peut atteindre le seuil MQL de {threshold} points : les règles en donnent au plus {most}.</translation>
        </message>
        <message>
            <source>The SQL score must be zero or more.</source>
            <translation>Le score SQL doit être supérieur ou égal à zéro.</translation>
        </message>
        <message>
            <source>Give at least one SQL criterion: without one, every contact would be an SQL.</source>
            <translation>Indiquez au moins un critère SQL : sans critère, tous les contacts seraient des SQL.</translation>
        </message>
        <message>
            <source>No contact can meet the SQL criteria: they ask for {score} points, and the rules give at most {most}.</source>
            <translation>Aucun contact ne peut remplir les critères SQL : ils demandent {score} points et les règles en donnent au plus {most}.</translation>
        </message>
        <message>
            <source>Switch on at least one stage of the funnel.</source>
            <translation>Activez au moins une étape de l'entonnoir.</translation>
        </message>
        <message>
            <source>A stage appears twice in the funnel.</source>
            <translation>Une étape figure deux fois dans l'entonnoir.</translation>
        </message>
        <message>
            <source>Only the MQL and SQL stages can follow the scoring model.</source>
            <translation>Seules les étapes MQL et SQL peuvent suivre le modèle de scoring.</translation>
        </message>
        <message>
            <source>Only the opportunity and customer stages can follow the imported deals.</source>
            <translation>Seules les étapes opportunité et client peuvent suivre les affaires importées.</translation>
        </message>
        <message>
            <source>The conversion window must be at least 1 day.</source>
            <translation>Le délai de conversion doit être d'au moins 1 jour.</translation>
        </message>
        <message>
            <source>Workflows without a trigger</source>
            <translation>Scénarios sans déclencheur</translation>
        </message>
        <message>
            <source>Workflows without a goal</source>
            <translation>Scénarios sans objectif</translation>
        </message>
        <message>
            <source>Active workflows nobody enters any more</source>
            <translation>Scénarios actifs où plus personne n'entre</translation>
        </message>
        <message>
            <source>Completion far below the other workflows</source>
            <translation>Complétion très inférieure aux autres scénarios</translation>
        </message>
        <message>
            <source>Workflows whose e-mails make people unsubscribe or complain</source>
            <translation>Scénarios dont les e-mails font fuir (désinscriptions, plaintes)</translation>
        </message>
        <message>
            <source>Workflows mailing the same contacts the same week</source>
            <translation>Scénarios qui écrivent aux mêmes contacts la même semaine</translation>
        </message>
        <message>
            <source>E-mails configured but never sent</source>
            <translation>E-mails configurés mais jamais envoyés</translation>
        </message>
        <message>
            <source>“{workflow}” ({tool}) is switched on but has no trigger: no contact can ever enter it.</source>
            <translation>« {workflow} » ({tool}) est activé mais n'a pas de déclencheur : aucun contact ne peut y entrer.</translation>
        </message>
        <message>
            <source>“{workflow}” ({tool}) has no trigger.</source>
            <translation>« {workflow} » ({tool}) n'a pas de déclencheur.</translation>
        </message>
        <message>
            <source>Set its trigger in {tool} (a form filled in, a list joined, a stage reached…), or switch it off.</source>
            <translation>Définissez son déclencheur dans {tool} (formulaire rempli, inscription à une liste, passage à un stade…), ou désactivez-le.</translation>
        </message>
        <message>
            <source>Give it a trigger before switching it on, or delete it if nobody needs it any more.</source>
            <translation>Donnez-lui un déclencheur avant de l'activer, ou supprimez-le si plus personne n'en a besoin.</translation>
        </message>
        <message>
            <source>No export gives the trigger of these workflows: {workflows}. Add it to your workflow inventory.</source>
            <translation>Aucun export n'indique le déclencheur de ces scénarios : {workflows}. Ajoutez-le à votre inventaire des scénarios.</translation>
        </message>
        <message>
            <source>“{workflow}” ({tool}) has no goal, so nobody can tell whether it works.</source>
            <translation>« {workflow} » ({tool}) n'a pas d'objectif : impossible de savoir s'il fonctionne.</translation>
        </message>
        <message>
            <source>Write down what it should achieve (a demo booked, a purchase, a reply) in {tool} or in your workflow inventory.</source>
            <translation>Notez ce qu'il doit obtenir (une démo réservée, un achat, une réponse) dans {tool} ou dans votre inventaire des scénarios.</translation>
        </message>
        <message>
            <source>No export gives the goal of these workflows: {workflows}. Add it to your workflow inventory.</source>
            <translation>Aucun export n'indique l'objectif de ces scénarios : {workflows}. Ajoutez-le à votre inventaire des scénarios.</translation>
        </message>
        <message>
            <source>“{workflow}” ({tool}) is switched on, yet no contact has ever entered it.</source>
            <translation>« {workflow} » ({tool}) est activé, mais aucun contact n'y est jamais entré.</translation>
        </message>
        <message>
            <source>Check its trigger: does the form, list or stage it waits for still exist? If not, switch it off.</source>
            <translation>Vérifiez son déclencheur : le formulaire, la liste ou le stade qu'il attend existe-t-il encore ? Sinon, désactivez-le.</translation>
        </message>
        <message>
            <source>“{workflow}” ({tool}) is switched on, yet nothing has come out of it for the last {days} days.</source>
            <translation>« {workflow} » ({tool}) est activé, mais rien n'en est sorti depuis {days} jours.</translation>
        </message>
        <message>
            <source>Check that its trigger still matches what happens (the form, list or stage it waits for), or switch it off.</source>
            <translation>Vérifiez que son déclencheur correspond toujours à la réalité (le formulaire, la liste ou le stade qu'il attend), ou désactivez-le.</translation>
        </message>
        <message>
            <source>No export dates the activity of these workflows: {workflows}. Import the reports of their e-mails to check that contacts still enter them.</source>
            <translation>Aucun export ne date l'activité de ces scénarios : {workflows}. Importez les rapports de leurs e-mails pour vérifier que des contacts y entrent encore.</translation>
        </message>
        <message>
            <source>Only {rate} % of the contacts who enter “{workflow}” ({tool}) reach its end, against {median} % for your workflows as a rule.</source>
            <translation>Seuls {rate} % des contacts qui entrent dans « {workflow} » ({tool}) vont jusqu'au bout, contre {median} % pour vos scénarios en général.</translation>
        </message>
        <message>
            <source>Find the step where contacts leave it (an e-mail that does not work, a wait too long, an exit condition too broad) and fix that step.</source>
            <translation>Repérez l'étape où les contacts décrochent (un e-mail qui ne fonctionne pas, une attente trop longue, une condition de sortie trop large) et corrigez-la.</translation>
        </message>
        <message>
            <source>Completion rates can be compared once {count} workflows report completions for at least {enrolled} contacts; {found} do so far.</source>
            <translation>Les taux de complétion se comparent dès que {count} scénarios en donnent pour au moins {enrolled} contacts ; pour l'instant, {found}.</translation>
        </message>
        <message>
            <source>{rate} % of the recipients of “{workflow}” ({tool}) unsubscribed ({count} of {delivered} e-mails delivered), above the {threshold} % alert threshold.</source>
            <translation>{rate} % des destinataires de « {workflow} » ({tool}) se sont désinscrits ({count} sur {delivered} e-mails délivrés), au-dessus du seuil d'alerte de {threshold} %.</translation>
        </message>
        <message>
            <source>Send it to fewer, better-chosen contacts, space its e-mails out, and check that they give what people signed up for.</source>
            <translation>Envoyez-le à moins de contacts, mieux choisis, espacez ses e-mails et vérifiez qu'ils apportent ce que les gens attendaient en s'inscrivant.</translation>
        </message>
        <message>
            <source>{rate} % of the e-mails of “{workflow}” ({tool}) were reported as spam ({count} of {delivered} delivered), above the {threshold} % alert threshold.</source>
            <translation>{rate} % des e-mails de « {workflow} » ({tool}) ont été signalés comme spam ({count} sur {delivered} délivrés), au-dessus du seuil d'alerte de {threshold} %.</translation>
        </message>
        <message>
            <source>Stop mailing people who never asked for it and make the unsubscribe link easy to find: complaints hurt the delivery of all your e-mails.</source>
            <translation>N'écrivez plus aux personnes qui ne l'ont pas demandé et rendez le lien de désinscription facile à trouver : les plaintes nuisent à la délivrabilité de tous vos e-mails.</translation>
        </message>
        <message>
            <source>No automated e-mail was sent in this period, so there is nothing to judge.</source>
            <translation>Aucun e-mail automatisé n'a été envoyé sur la période : rien à juger.</translation>
        </message>
        <message>
            <source>“{first}” ({first_tool}) and “{second}” ({second_tool}) both e-mailed the same {count} contacts within a week.</source>
            <translation>« {first} » ({first_tool}) et « {second} » ({second_tool}) ont tous deux écrit aux mêmes {count} contacts dans la même semaine.</translation>
        </message>
        <message>
            <source>Make them exclusive (a contact leaves one when entering the other), or add a wait so that each contact gets e-mails from one of them at a time.</source>
            <translation>Rendez-les exclusifs (un contact quitte l'un en entrant dans l'autre), ou ajoutez une attente pour que chaque contact ne reçoive les e-mails que d'un seul à la fois.</translation>
        </message>
        <message>
            <source>No automated e-mail of this period is known recipient by recipient: import the sent e-mails report of your automation tool (Mautic, Brevo…) to see who gets what.</source>
            <translation>Aucun e-mail automatisé de la période n'est connu destinataire par destinataire : importez le rapport des e-mails envoyés de votre outil d'automatisation (Mautic, Brevo…) pour voir qui reçoit quoi.</translation>
        </message>
        <message>
            <source>“{workflow}” ({tool}) contains e-mails ({count}), yet none has ever been sent.</source>
            <translation>« {workflow} » ({tool}) contient des e-mails ({count}), mais aucun n'a jamais été envoyé.</translation>
        </message>
        <message>
            <source>If it is still useful, finish it and switch it on; otherwise delete it.</source>
            <translation>S'il est encore utile, terminez-le et activez-le ; sinon, supprimez-le.</translation>
        </message>
        <message>
            <source>Nobody has entered it: check its trigger first.</source>
            <translation>Personne n'y est entré : vérifiez d'abord son déclencheur.</translation>
        </message>
        <message>
            <source>Contacts enter it but receive nothing: check that its e-mails are switched on and that their conditions can be met.</source>
            <translation>Des contacts y entrent mais ne reçoivent rien : vérifiez que ses e-mails sont activés et que leurs conditions peuvent être remplies.</translation>
        </message>
        <message>
            <source>The automated e-mails of {tools} are not imported, so the sends of these workflows cannot be checked: {workflows}. Import their e-mail reports.</source>
            <translation>Les e-mails automatisés de {tools} ne sont pas importés : impossible de vérifier les envois de ces scénarios : {workflows}. Importez leurs rapports d'e-mails.</translation>
        </message>
        <message>
            <source>No tool licence appears in your costs for this period: add your tools' subscriptions to your costs workbook.</source>
            <translation>Aucune licence d'outil dans vos coûts sur cette période : ajoutez les abonnements de vos outils à votre classeur de coûts.</translation>
        </message>
        <message>
            <source>Nobody clicked in the last {days} days of the period, so there is no engaged contact to divide the licences by.</source>
            <translation>Personne n'a cliqué dans les {days} derniers jours de la période : aucun contact engagé par lequel diviser les licences.</translation>
        </message>
        <message>
            <source>No click came through {tool} in the last {days} days: it sends no e-mail in your imports, or nobody clicked.</source>
            <translation>Aucun clic n'est passé par {tool} ces {days} derniers jours : il n'envoie aucun e-mail dans vos imports, ou personne n'a cliqué.</translation>
        </message>
        <message>
            <source>No licence line of your costs names {tool}.</source>
            <translation>Aucune ligne de licence de vos coûts ne nomme {tool}.</translation>
        </message>
        <message>
            <source>No e-mail report is imported, so nobody can tell who has stopped reading.</source>
            <translation>Aucun rapport d'e-mails n'est importé : impossible de savoir qui a cessé de lire.</translation>
        </message>
        <message>
            <source>Your e-mail reports cover less than the {months} months before the end of the period: contacts silent for that long cannot be told apart yet.</source>
            <translation>Vos rapports d'e-mails couvrent moins que les {months} mois avant la fin de la période : impossible encore de repérer les contacts silencieux depuis si longtemps.</translation>
        </message>
        <message>
            <source>share of active workflows</source>
            <translation>part des scénarios actifs</translation>
        </message>
        <message>
            <source>share of e-mails sent by workflows</source>
            <translation>part des e-mails envoyés par des scénarios</translation>
        </message>
        <message>
            <source>share of workflows without a hygiene issue</source>
            <translation>part des scénarios sans problème d'hygiène</translation>
        </message>
        <message>
            <source>Usage score = 100 × ({active_weight} × share of active workflows + {automated_weight} × share of e-mails sent by workflows + {clean_weight} × share of workflows without a hygiene issue) ÷ {total_weight}</source>
            <translation>Score d'utilisation = 100 × ({active_weight} × part des scénarios actifs + {automated_weight} × part des e-mails envoyés par des scénarios + {clean_weight} × part des scénarios sans problème d'hygiène) ÷ {total_weight}</translation>
        </message>
        <message>
            <source>The usage score needs at least two of its three shares: import your workflow inventory (with each workflow's status) and your e-mail reports.</source>
            <translation>Le score d'utilisation a besoin d'au moins deux de ses trois parts : importez votre inventaire des scénarios (avec le statut de chacun) et vos rapports d'e-mails.</translation>
        </message>
        <message>
            <source>No export says which workflows are switched on: the score leaves that share out.</source>
            <translation>Aucun export ne dit quels scénarios sont activés : le score laisse cette part de côté.</translation>
        </message>
        <message>
            <source>No e-mail sent in this period is known: the score leaves the share of automated e-mails out.</source>
            <translation>Aucun e-mail envoyé sur la période n'est connu : le score laisse de côté la part des e-mails automatisés.</translation>
        </message>
        <message>
            <source>No workflow is known: the score leaves the share of clean workflows out.</source>
            <translation>Aucun scénario n'est connu : le score laisse de côté la part des scénarios sans problème.</translation>
        </message>
        <message>
            <source>Nothing in this period matches the filter ({filter}): clear the filter, or import the exports of these tools.</source>
            <translation>Rien sur cette période ne correspond au filtre ({filter}) : retirez le filtre, ou importez les exports de ces outils.</translation>
        </message>
        <message>
            <source>This figure ignores the tool filter: its data does not say which tool it comes from. It covers all tools.</source>
            <translation>Ce chiffre ignore le filtre d'outils : ses données ne disent pas de quel outil elles viennent. Il couvre tous les outils.</translation>
        </message>
        <message>
            <source>This figure ignores the channel filter: its data has no acquisition channel. It covers all channels.</source>
            <translation>Ce chiffre ignore le filtre de canaux : ses données n'ont pas de canal d'acquisition. Il couvre tous les canaux.</translation>
        </message>
        <message>
            <source>Costs are not recorded per tool, so this ratio cannot be computed for some tools only: clear the tool filter (a channel filter works).</source>
            <translation>Les coûts ne sont pas enregistrés par outil : ce ratio ne peut pas être calculé pour certains outils seulement. Retirez le filtre d'outils (un filtre de canaux fonctionne).</translation>
        </message>
        <message>
            <source>Part of the workspace is damaged and cannot be read. Nothing was changed; restore a backup from the File menu.</source>
            <translation>Une partie de l'espace de travail est endommagée et ne peut pas être lue. Rien n'a été modifié ; restaurez une sauvegarde depuis le menu Fichier.</translation>
        </message>
        <message>
            <source>This cost line was changed in ROI Desktop: it keeps the values entered there, not this row's. Change it in ROI › Cost ledger if this row is right.</source>
            <translation>Cette ligne de coût a été modifiée dans ROI Desktop : elle garde les valeurs saisies, pas celles de cette ligne du fichier. Modifiez-la dans ROI › Registre des coûts si le fichier a raison.</translation>
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
        <message>
            <source>What marketing costs, what it brings back, and whether automation pays. Hover over a number to see how it is computed and from what.</source>
            <translation>Ce que coûte le marketing, ce qu'il rapporte, et si l'automatisation est rentable. Survolez un chiffre pour voir comment il est calculé et à partir de quoi.</translation>
        </message>
        <message>
            <source>Is your automation tool really used? E-mails sent, workflows and their hygiene, and what each engaged contact costs you.</source>
            <translation>Votre outil d'automatisation est-il vraiment utilisé ? E-mails envoyés, scénarios et leur hygiène, et ce que vous coûte chaque contact engagé.</translation>
        </message>
        <message>
            <source>Your KPI tables as an Excel workbook ready to send to your management: a summary, one sheet per area with monthly tables and charts, the definitions and the data used.</source>
            <translation>Vos tableaux d'indicateurs dans un classeur Excel prêt à envoyer à votre direction : une synthèse, une feuille par domaine avec tableaux mensuels et graphiques, les définitions et les données utilisées.</translation>
        </message>
        <message>
            <source>How contacts earn points, when they become MQL and SQL, and how many reach each stage. Counts follow each change; nothing is used by the KPIs until you apply a version.</source>
            <translation>Comment les contacts gagnent des points, quand ils deviennent MQL et SQL, et combien atteignent chaque étape. Les comptages suivent chaque modification ; les indicateurs n'utilisent rien tant que vous n'avez pas appliqué une version.</translation>
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
        <name>RestoreDialog</name>
        <message>
            <source>Before an import</source>
            <translation>Avant un import</translation>
        </message>
        <message>
            <source>Before undoing an import</source>
            <translation>Avant l'annulation d'un import</translation>
        </message>
        <message>
            <source>Before restoring another copy</source>
            <translation>Avant la restauration d'une autre copie</translation>
        </message>
        <message>
            <source>Before updating to a new version of ROI Desktop</source>
            <translation>Avant la mise à jour vers une nouvelle version de ROI Desktop</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>ROI Desktop copies “%1” automatically before each import, undo and update. Restoring a copy puts the workspace back as it was then; its present state is copied first, so you can come back to it.</source>
            <translation>ROI Desktop copie automatiquement « %1 » avant chaque import, annulation et mise à jour. Restaurer une copie remet l'espace de travail dans l'état où il était alors ; son état actuel est d'abord copié, pour que vous puissiez y revenir.</translation>
        </message>
        <message>
            <source>Taken on</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>No backup yet: a copy is taken before the first import that changes this workspace.</source>
            <translation>Aucune sauvegarde pour l'instant : une copie est prise avant le premier import qui modifie cet espace de travail.</translation>
        </message>
        <message>
            <source>Restore this copy</source>
            <translation>Restaurer cette copie</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Afficher le dossier</translation>
        </message>
    </context>
    <context>
        <name>RoiAttribution</name>
        <message>
            <source>Total = revenue won</source>
            <translation>Total = CA signé</translation>
        </message>
        <message>
            <source>The credit of this channel changes by %1 from one model to another: its revenue depends on the model you choose.</source>
            <translation>Le crédit de ce canal varie de %1 d'un modèle à l'autre : son CA dépend du modèle choisi.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Swing</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>✓ The model your figures use.</source>
            <translation>✓ Le modèle qu'utilisent vos chiffres.</translation>
        </message>
        <message>
            <source>Largest credit minus smallest credit across the models.</source>
            <translation>Plus grand crédit moins plus petit crédit selon les modèles.</translation>
        </message>
        <message>
            <source>No e-mail campaign (lead source, visits)</source>
            <translation>Sans campagne e-mail (source du lead, visites)</translation>
        </message>
        <message>
            <source>How the revenue of the deals won is shared among the channels and campaigns the customers met before signing, under each model. Every column adds up to the revenue won. Hover over a model's name for its rule.</source>
            <translation>Comment le CA des affaires gagnées se répartit entre les canaux et les campagnes que les clients ont rencontrés avant de signer, selon chaque modèle. Chaque colonne a pour total le CA signé. Survolez le nom d'un modèle pour voir sa règle.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>E-mail campaigns</source>
            <translation>Campagnes e-mail</translation>
        </message>
        <message>
            <source>Model used by your figures:</source>
            <translation>Modèle utilisé par vos chiffres :</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Utiliser ce modèle</translation>
        </message>
        <message>
            <source>Each column adds up to the revenue won: %1.</source>
            <translation>Chaque colonne a pour total le CA signé : %1.</translation>
        </message>
        <message>
            <source>Credit swings most between models for: %1. Their revenue depends on the model: look at several before moving budget.</source>
            <translation>Le crédit varie le plus d'un modèle à l'autre pour : %1. Leur CA dépend du modèle : regardez-en plusieurs avant de déplacer du budget.</translation>
        </message>
    </context>
    <context>
        <name>RoiChannels</name>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <source>Cost lines of this channel in the period (pro rata of partial months).</source>
            <translation>Lignes de coût de ce canal sur la période (au prorata des mois partiels).</translation>
        </message>
        <message>
            <source>New leads</source>
            <translation>Nouveaux leads</translation>
        </message>
        <message>
            <source>Contacts who became leads, by their original source.</source>
            <translation>Contacts devenus leads, selon leur source d'origine.</translation>
        </message>
        <message>
            <source>Cost per lead</source>
            <translation>Coût par lead</translation>
        </message>
        <message>
            <source>CPL: this channel's costs ÷ its new leads.</source>
            <translation>CPL : coûts de ce canal ÷ ses nouveaux leads.</translation>
        </message>
        <message>
            <source>Cost per acquisition: this channel's costs ÷ its conversions (site key events by default).</source>
            <translation>Coût par acquisition : coûts de ce canal ÷ ses conversions (par défaut, les événements clés du site).</translation>
        </message>
        <message>
            <source>Cost per MQL</source>
            <translation>Coût par MQL</translation>
        </message>
        <message>
            <source>This channel's costs ÷ its new marketing-qualified leads.</source>
            <translation>Coûts de ce canal ÷ ses nouveaux leads qualifiés marketing.</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Nouveaux clients</translation>
        </message>
        <message>
            <source>CAC</source>
            <translation>CAC</translation>
        </message>
        <message>
            <source>Customer acquisition cost: this channel's costs ÷ its new customers.</source>
            <translation>Coût d'acquisition client : coûts de ce canal ÷ ses nouveaux clients.</translation>
        </message>
        <message>
            <source>CPA</source>
            <translation>CPA</translation>
        </message>
        <message>
            <source>Revenue (attributed)</source>
            <translation>CA (attribué)</translation>
        </message>
        <message>
            <source>Revenue won credited to the channel by the attribution model in use.</source>
            <translation>CA signé attribué au canal par le modèle d'attribution en vigueur.</translation>
        </message>
        <message>
            <source>No lead comes from this channel: its costs serve every channel (tools, shared staff time), so no cost per lead can be given.</source>
            <translation>Aucun lead ne vient de ce canal : ses coûts servent tous les canaux (outils, temps d'équipe partagé), aucun coût par lead ne peut donc être donné.</translation>
        </message>
        <message>
            <source>No cost line on this channel: its leads cost nothing that is recorded.</source>
            <translation>Aucune ligne de coût sur ce canal : ses leads ne coûtent rien d'enregistré.</translation>
        </message>
    </context>
    <context>
        <name>RoiChart</name>
        <message>
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
    </context>
    <context>
        <name>RoiFigures</name>
        <message>
            <source>ROI on qualified leads</source>
            <translation>ROI sur les leads qualifiés</translation>
        </message>
        <message>
            <source>Return counted on the value of the qualified leads the period brought, instead of the revenue of deals won.</source>
            <translation>Rendement calculé sur la valeur des leads qualifiés apportés par la période, au lieu du CA des affaires gagnées.</translation>
        </message>
        <message>
            <source>(Qualified leads × value of a lead − costs) ÷ costs</source>
            <translation>(Leads qualifiés × valeur d'un lead − coûts) ÷ coûts</translation>
        </message>
        <message>
            <source>ROI including time saved</source>
            <translation>ROI avec le temps gagné</translation>
        </message>
        <message>
            <source>The return once the hours automation saved your team are counted as a gain, at their hourly cost.</source>
            <translation>Le rendement une fois comptées comme un gain les heures que l'automatisation a fait gagner à votre équipe, à leur coût horaire.</translation>
        </message>
        <message>
            <source>(Gains + value of time saved − costs) ÷ costs</source>
            <translation>(Gains + valeur du temps gagné − coûts) ÷ coûts</translation>
        </message>
        <message>
            <source>Value of qualified leads</source>
            <translation>Valeur des leads qualifiés</translation>
        </message>
        <message>
            <source>What the period's qualified leads (MQL) are worth at the value of one lead.</source>
            <translation>Ce que valent les leads qualifiés (MQL) de la période, à la valeur d'un lead.</translation>
        </message>
        <message>
            <source>New MQLs × value of a qualified lead</source>
            <translation>Nouveaux MQL × valeur d'un lead qualifié</translation>
        </message>
        <message>
            <source>Value of time saved</source>
            <translation>Valeur du temps gagné</translation>
        </message>
        <message>
            <source>Hours your team did not spend thanks to automated e-mails and workflows, at their hourly cost.</source>
            <translation>Heures que votre équipe n'a pas passées grâce aux e-mails et scénarios automatisés, à leur coût horaire.</translation>
        </message>
        <message>
            <source>(Automated e-mails × minutes saved per e-mail + workflow runs × minutes saved per run) ÷ 60 × hourly cost</source>
            <translation>(E-mails automatisés × minutes gagnées par e-mail + passages dans les scénarios × minutes gagnées par passage) ÷ 60 × coût horaire</translation>
        </message>
        <message>
            <source>No data for this period (hover for what to import)</source>
            <translation>Pas de données sur la période (survolez pour savoir quoi importer)</translation>
        </message>
        <message>
            <source>Not in your exports (hover for details)</source>
            <translation>Absent de vos exports (survolez pour les détails)</translation>
        </message>
        <message>
            <source>Nothing to divide by in this period</source>
            <translation>Le diviseur vaut 0 sur la période</translation>
        </message>
        <message>
            <source>Needs your team's hourly cost (Value settings)</source>
            <translation>Demande le coût horaire de l'équipe (Paramètres de valeur)</translation>
        </message>
        <message>
            <source>An exchange rate is missing (cost ledger)</source>
            <translation>Il manque un taux de change (registre des coûts)</translation>
        </message>
        <message>
            <source>%1 %2 since automation started (%3 before, %4 after)</source>
            <translation>%1 %2 depuis le démarrage de l'automatisation (%3 avant, %4 après)</translation>
        </message>
        <message>
            <source>Its costs: only the %1 of automation and e-mail tools</source>
            <translation>Ses coûts : seulement les %1 des outils d'automatisation et d'e-mailing</translation>
        </message>
        <message>
            <source>%1 spent → %2 back</source>
            <translation>%1 dépensé → %2 rapportés</translation>
        </message>
        <message>
            <source>%1 hours saved</source>
            <translation>%1 heures gagnées</translation>
        </message>
        <message>
            <source>Set the day automation started (Value settings) to compare</source>
            <translation>Indiquez le démarrage de l'automatisation (Paramètres de valeur) pour comparer</translation>
        </message>
        <message>
            <source>Automation started outside this period</source>
            <translation>Automatisation démarrée hors de cette période</translation>
        </message>
        <message>
            <source>= (%1 e-mails × %2 min + %3 runs × %4 min) ÷ 60 × %5</source>
            <translation>= (%1 e-mails × %2 min + %3 passages × %4 min) ÷ 60 × %5</translation>
        </message>
        <message>
            <source>= %1 e-mails × %2 min ÷ 60 × %5</source>
            <translation>= %1 e-mails × %2 min ÷ 60 × %5</translation>
        </message>
        <message>
            <source>%1 of the costs (%2) are on channels that bring no lead themselves (%3): no channel's cost per lead includes them, so each channel looks cheaper than the overall figure.</source>
            <translation>%1 des coûts (%2) portent sur des canaux qui n'apportent eux-mêmes aucun lead (%3) : aucun coût par lead de canal ne les inclut, chaque canal paraît donc moins cher que le chiffre global.</translation>
        </message>
    </context>
    <context>
        <name>RoiPage</name>
        <message>
            <source>Return on investment</source>
            <translation>Retour sur investissement</translation>
        </message>
        <message>
            <source>Cost ledger</source>
            <translation>Registre des coûts</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>Attribution</translation>
        </message>
        <message>
            <source>What if…</source>
            <translation>Et si…</translation>
        </message>
        <message>
            <source>Value settings</source>
            <translation>Paramètres de valeur</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
    </context>
    <context>
        <name>RoiSettings</name>
        <message>
            <source>These values turn what your tools report into money. They are saved in the workspace, so whoever opens it sees the same figures.</source>
            <translation>Ces valeurs traduisent en argent ce que rapportent vos outils. Elles sont enregistrées dans l'espace de travail, pour que quiconque l'ouvre voie les mêmes chiffres.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Undo my changes</source>
            <translation>Annuler mes modifications</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>%1 per hour</source>
            <translation>%1 de l'heure</translation>
        </message>
        <message>
            <source>Saved: every figure now uses these values.</source>
            <translation>Enregistré : tous les chiffres utilisent désormais ces valeurs.</translation>
        </message>
    </context>
    <context>
        <name>RoiSummary</name>
        <message>
            <source>Gains and costs by month</source>
            <translation>Gains et coûts par mois</translation>
        </message>
        <message>
            <source>Costs by month and category</source>
            <translation>Coûts par mois et par catégorie</translation>
        </message>
        <message>
            <source>Cumulative ROI since the start of the period</source>
            <translation>ROI cumulé depuis le début de la période</translation>
        </message>
        <message>
            <source>Costs and results by channel</source>
            <translation>Coûts et résultats par canal</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <source>Cumulative ROI</source>
            <translation>ROI cumulé</translation>
        </message>
        <message>
            <source>Gains are counted as qualified leads × their value (Value settings), not as the revenue of deals won.</source>
            <translation>Les gains sont comptés comme leads qualifiés × leur valeur (Paramètres de valeur), et non comme le CA des affaires gagnées.</translation>
        </message>
    </context>
    <context>
        <name>RoiWhatIf</name>
        <message>
            <source>What if you moved budget from one channel to another? The estimate uses each channel's observed cost per lead, share of leads that become customers and average deal value over the period.</source>
            <translation>Et si vous déplaciez du budget d'un canal à un autre ? L'estimation utilise, pour chaque canal, le coût par lead observé, la part des leads devenus clients et le montant moyen des affaires sur la période.</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>to</source>
            <translation>vers</translation>
        </message>
        <message>
            <source>A straight-line estimate: it assumes each extra euro buys leads at today's average cost. In practice returns fall as a channel's budget grows, so treat large moves as an upper bound.</source>
            <translation>Une estimation linéaire : elle suppose que chaque euro supplémentaire achète des leads au coût moyen actuel. En pratique, le rendement baisse quand le budget d'un canal augmente : pour de gros déplacements, prenez ce chiffre comme un maximum.</translation>
        </message>
        <message>
            <source>What each channel costs and brings in the period</source>
            <translation>Ce que chaque canal coûte et rapporte sur la période</translation>
        </message>
        <message>
            <source>Average deal: revenue of the won deals whose first touch is the channel ÷ their number (*: none yet, the average of all channels is used).</source>
            <translation>Affaire moyenne : CA des affaires gagnées dont le premier contact est le canal ÷ leur nombre (* : aucune pour l'instant, la moyenne de tous les canaux est utilisée).</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>New leads</source>
            <translation>Nouveaux leads</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Nouveaux clients</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>CA</translation>
        </message>
        <message>
            <source>Net change</source>
            <translation>Variation nette</translation>
        </message>
        <message>
            <source>No channel has both costs and new leads in this period: there is nothing to move budget between.</source>
            <translation>Aucun canal n'a à la fois des coûts et de nouveaux leads sur la période : il n'y a pas de budget à déplacer.</translation>
        </message>
        <message>
            <source>%1: %2 ÷ %3 per lead = %4 leads</source>
            <translation>%1 : %2 ÷ %3 par lead = %4 leads</translation>
        </message>
        <message>
            <source>× %1 become customers = %2 customers</source>
            <translation>× %1 deviennent clients = %2 clients</translation>
        </message>
        <message>
            <source>× %1 per deal = %2</source>
            <translation>× %1 par affaire = %2</translation>
        </message>
        <message>
            <source>(no deal won from this channel yet: average deal value of all channels)</source>
            <translation>(aucune affaire gagnée venant de ce canal pour l'instant : montant moyen de tous les canaux)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <source>Cost per lead</source>
            <translation>Coût par lead</translation>
        </message>
        <message>
            <source>Leads → customers</source>
            <translation>Leads → clients</translation>
        </message>
        <message>
            <source>Average deal</source>
            <translation>Affaire moyenne</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Affaires gagnées</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <source>Fit (who the contact is)</source>
            <translation>Profil (qui est le contact)</translation>
        </message>
        <message>
            <source>Engagement (what the contact did)</source>
            <translation>Engagement (ce qu'a fait le contact)</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Company size (employees)</source>
            <translation>Taille de l'entreprise (salariés)</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Contact owner</source>
            <translation>Propriétaire du contact</translation>
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
            <source>Acquisition channel</source>
            <translation>Canal d'acquisition</translation>
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
            <source>Lifecycle stage</source>
            <translation>Étape du cycle de vie</translation>
        </message>
        <message>
            <source>Lead status</source>
            <translation>Statut du lead</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Score given by your tool</source>
            <translation>Score donné par votre outil</translation>
        </message>
        <message>
            <source>Known in tool</source>
            <translation>Connu dans l'outil</translation>
        </message>
        <message>
            <source>Imported column “{name}”</source>
            <translation>Colonne importée « {name} »</translation>
        </message>
        <message>
            <source>is</source>
            <translation>est</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>contient</translation>
        </message>
        <message>
            <source>is one of</source>
            <translation>est l'un de</translation>
        </message>
        <message>
            <source>is greater than</source>
            <translation>est supérieur à</translation>
        </message>
        <message>
            <source>is less than</source>
            <translation>est inférieur à</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <source>is filled in</source>
            <translation>est renseigné</translation>
        </message>
        <message>
            <source>Opened an e-mail</source>
            <translation>A ouvert un e-mail</translation>
        </message>
        <message>
            <source>Clicked in an e-mail</source>
            <translation>A cliqué dans un e-mail</translation>
        </message>
        <message>
            <source>Clicked a link containing…</source>
            <translation>A cliqué sur un lien contenant…</translation>
        </message>
        <message>
            <source>Unsubscribed or complained</source>
            <translation>S'est désabonné ou a signalé un spam</translation>
        </message>
        <message>
            <source>E-mail address bounced</source>
            <translation>Adresse e-mail en erreur</translation>
        </message>
        <message>
            <source>Came to the website from…</source>
            <translation>Est venu sur le site depuis…</translation>
        </message>
        <message>
            <source>Registered for a webinar</source>
            <translation>S'est inscrit à un webinaire</translation>
        </message>
        <message>
            <source>A deal was created</source>
            <translation>Une affaire a été créée</translation>
        </message>
        <message>
            <source>Only e-mails whose name contains (leave empty for any e-mail)</source>
            <translation>Seulement les e-mails dont le nom contient (vide pour tous les e-mails)</translation>
        </message>
        <message>
            <source>Text the link contains, e.g. /pricing</source>
            <translation>Texte contenu dans le lien, par exemple /tarifs</translation>
        </message>
        <message>
            <source>Source, medium or campaign contains, e.g. linkedin (leave empty for any source)</source>
            <translation>La source, le support ou la campagne contient, par exemple linkedin (vide pour toutes les sources)</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Une fois</translation>
        </message>
        <message>
            <source>Each time</source>
            <translation>À chaque fois</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Abonné</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>MQL</source>
            <translation>MQL</translation>
        </message>
        <message>
            <source>SQL</source>
            <translation>SQL</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunité</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>No stage</source>
            <translation>Aucune étape</translation>
        </message>
        <message>
            <source>Imported lifecycle data</source>
            <translation>Cycle de vie importé</translation>
        </message>
        <message>
            <source>This scoring model</source>
            <translation>Ce modèle de scoring</translation>
        </message>
        <message>
            <source>Imported deals</source>
            <translation>Affaires importées</translation>
        </message>
        <message>
            <source>Strict order</source>
            <translation>Ordre strict</translation>
        </message>
        <message>
            <source>Any order</source>
            <translation>Ordre libre</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Instantané</translation>
        </message>
        <message>
            <source>Period flow</source>
            <translation>Flux de la période</translation>
        </message>
        <message>
            <source>Cohort with a conversion window</source>
            <translation>Cohorte avec délai de conversion</translation>
        </message>
        <message>
            <source>{points} pts</source>
            <translation>{points} pts</translation>
        </message>
        <message>
            <source>each time</source>
            <translation>à chaque fois</translation>
        </message>
        <message>
            <source>at most {cap}</source>
            <translation>{cap} au plus</translation>
        </message>
        <message>
            <source>last {days} days</source>
            <translation>{days} derniers jours</translation>
        </message>
        <message>
            <source>half-life {days} days</source>
            <translation>demi-vie {days} jours</translation>
        </message>
        <message>
            <source>“{value}”</source>
            <translation>« {value} »</translation>
        </message>
        <message>
            <source>Starter model</source>
            <translation>Modèle de départ</translation>
        </message>
        <message>
            <source>E-mail engagement</source>
            <translation>Engagement e-mail</translation>
        </message>
    </context>
    <context>
        <name>ScoringPage</name>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Points now</source>
            <translation>Points actuels</translation>
        </message>
        <message>
            <source>Contacts the rule applied to when they were judged (the eve of their first deal, or the last day of the data for contacts without a deal).</source>
            <translation>Contacts auxquels la règle s'appliquait au moment où ils ont été jugés (la veille de leur première affaire, ou le dernier jour des données pour les contacts sans affaire).</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Ont acheté</translation>
        </message>
        <message>
            <source>Of those contacts, how many have a won deal.</source>
            <translation>Parmi ces contacts, combien ont une affaire gagnée.</translation>
        </message>
        <message>
            <source>Close rate</source>
            <translation>Taux de conversion</translation>
        </message>
        <message>
            <source>Bought ÷ contacts.</source>
            <translation>Ont acheté ÷ contacts.</translation>
        </message>
        <message>
            <source>Against average</source>
            <translation>Par rapport à la moyenne</translation>
        </message>
        <message>
            <source>Close rate ÷ the close rate of all contacts tested: 2 means twice as likely to buy.</source>
            <translation>Taux de conversion ÷ taux de conversion de tous les contacts testés : 2 signifie deux fois plus de chances d'acheter.</translation>
        </message>
        <message>
            <source>Suggested points</source>
            <translation>Points suggérés</translation>
        </message>
        <message>
            <source>10 points per doubling of the close rate compared with the average, pulled towards 0 when the rule rests on few contacts (between −30 and +30).</source>
            <translation>10 points par doublement du taux de conversion par rapport à la moyenne, ramenés vers 0 quand la règle repose sur peu de contacts (entre −30 et +30).</translation>
        </message>
        <message>
            <source>What the contact must be or do to earn the points. Untick a rule to keep it without using it.</source>
            <translation>Ce que le contact doit être ou faire pour gagner les points. Décochez une règle pour la garder sans l'utiliser.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Fit: who the contact is (job, country…). Engagement: what the contact did (opened, clicked, registered…).</source>
            <translation>Profil : qui est le contact (fonction, pays…). Engagement : ce qu'a fait le contact (ouvert, cliqué, inscrit…).</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Furthest stage</source>
            <translation>Étape la plus avancée</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Fois</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>Dernière fois</translation>
        </message>
        <message>
            <source>Cap of the group “%1”</source>
            <translation>Plafond du groupe « %1 »</translation>
        </message>
        <message>
            <source>How many times it happened within the rule's time window.</source>
            <translation>Nombre de fois où c'est arrivé pendant la période de la règle.</translation>
        </message>
        <message>
            <source>Points given each time the rule applies; negative points take some away.</source>
            <translation>Points donnés chaque fois que la règle s'applique ; des points négatifs en retirent.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>How many of your contacts this rule applies to today, counted on all your imported data. Updated after each change.</source>
            <translation>Nombre de vos contacts auxquels cette règle s'applique aujourd'hui, compté sur toutes vos données importées. Mis à jour après chaque modification.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Rules of a group share a cap: together they never give more than it.</source>
            <translation>Les règles d'un groupe partagent un plafond : ensemble, elles ne donnent jamais plus que lui.</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>each time</source>
            <translation>à chaque fois</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivée</translation>
        </message>
        <message>
            <source>Group “%1”: its rules give at most %2 points together.</source>
            <translation>Groupe « %1 » : ses règles donnent au plus %2 points à elles toutes.</translation>
        </message>
        <message>
            <source>Group “%1”</source>
            <translation>Groupe « %1 »</translation>
        </message>
        <message>
            <source>Applies to %1 contact(s) today and gives %2 points in all (before group caps). Click the rule to list them.</source>
            <translation>S'applique aujourd'hui à %1 contact(s) et donne %2 points au total (avant plafonds de groupe). Cliquez sur la règle pour les lister.</translation>
        </message>
        <message>
            <source>Left out of the counts until its problem is fixed.</source>
            <translation>Laissée hors des comptages tant que son problème n'est pas corrigé.</translation>
        </message>
        <message>
            <source>Points the rule gives; type a negative number to take points away (e.g. −20 for an unsubscribe).</source>
            <translation>Points donnés par la règle ; saisissez un nombre négatif pour retirer des points (par exemple −20 pour un désabonnement).</translation>
        </message>
        <message>
            <source>Once: the points are given if it happened at least once. Each time: the points are given for every occurrence, up to the cap.</source>
            <translation>Une fois : les points sont donnés si c'est arrivé au moins une fois. À chaque fois : les points sont donnés pour chaque occurrence, jusqu'au plafond.</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>Au plus</translation>
        </message>
        <message>
            <source>The most points this rule can give in all, however many times it happens.</source>
            <translation>Le maximum de points que cette règle peut donner au total, quel que soit le nombre de fois.</translation>
        </message>
        <message>
            <source>Only the last</source>
            <translation>Seulement les</translation>
        </message>
        <message>
            <source>The stages a contact goes through, in order. Rename them as your team says them, switch off those you do not use, and choose what tells that a contact reached each.</source>
            <translation>Les étapes que traverse un contact, dans l'ordre. Renommez-les comme votre équipe les appelle, désactivez celles que vous n'utilisez pas et choisissez ce qui indique qu'un contact a atteint chacune.</translation>
        </message>
        <message>
            <source>Shown</source>
            <translation>Affichée</translation>
        </message>
        <message>
            <source>Reached when…</source>
            <translation>Atteinte quand…</translation>
        </message>
        <message>
            <source>Leave empty to use the usual name in your language.</source>
            <translation>Laissez vide pour utiliser le nom habituel dans votre langue.</translation>
        </message>
        <message>
            <source>Imported lifecycle data: the “Became a … date” and lifecycle stage of your exports. This scoring model: the MQL threshold or the SQL criteria. Imported deals: a deal created (opportunity) or won (customer).</source>
            <translation>Données de cycle de vie importées : la « Date de passage en … » et l'étape du cycle de vie de vos exports. Ce modèle de scoring : le seuil MQL ou les critères SQL. Affaires importées : une affaire créée (opportunité) ou gagnée (client).</translation>
        </message>
        <message>
            <source>Stage order</source>
            <translation>Ordre des étapes</translation>
        </message>
        <message>
            <source>What the bars count</source>
            <translation>Ce que comptent les barres</translation>
        </message>
        <message>
            <source>Conversion window</source>
            <translation>Fenêtre de conversion</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Strict order: a contact counts in a stage only after going through every earlier stage. Any order: every stage reached counts.</source>
            <translation>Ordre strict : un contact ne compte dans une étape qu'après être passé par toutes les étapes précédentes. N'importe quel ordre : chaque étape atteinte compte.</translation>
        </message>
        <message>
            <source>Snapshot: everyone who had reached the stage by the end of the data. Period flow: those who entered it during the period. Cohort: those who entered the first stage in the period, followed for the conversion window.</source>
            <translation>Photo : tous ceux qui avaient atteint l'étape à la fin des données. Flux de la période : ceux qui y sont entrés pendant la période. Cohorte : ceux qui sont entrés dans la première étape pendant la période, suivis pendant la fenêtre de conversion.</translation>
        </message>
        <message>
            <source>Cohort counting only: how long after entering the first stage a contact may still count in a later one.</source>
            <translation>Comptage par cohorte uniquement : combien de temps après son entrée dans la première étape un contact peut encore compter dans une étape suivante.</translation>
        </message>
        <message>
            <source>Change a stage</source>
            <translation>Modifier une étape</translation>
        </message>
        <message>
            <source>Change how the funnel counts</source>
            <translation>Modifier la façon dont l'entonnoir compte</translation>
        </message>
        <message>
            <source>Only what happened in the last N days counts, measured back from the end of your data.</source>
            <translation>Seul ce qui s'est passé au cours des N derniers jours compte, à rebours depuis la fin de vos données.</translation>
        </message>
        <message>
            <source>Halve every</source>
            <translation>Diviser par deux tous les</translation>
        </message>
        <message>
            <source>Decay: points lose half their value every N days, so that old activity weighs less than recent activity.</source>
            <translation>Atténuation : les points perdent la moitié de leur valeur tous les N jours, pour qu'une activité ancienne pèse moins qu'une activité récente.</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Aucun groupe</translation>
        </message>
        <message>
            <source>Optional: a name of your own for this rule</source>
            <translation>Facultatif : un nom de votre choix pour cette règle</translation>
        </message>
        <message>
            <source>Kind of rule</source>
            <translation>Type de règle</translation>
        </message>
        <message>
            <source>Looks at</source>
            <translation>Regarde</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Fréquence</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>Plafond</translation>
        </message>
        <message>
            <source>Time window</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Decay</source>
            <translation>Atténuation</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>%1 (%2 contacts)</source>
            <translation>%1 (%2 contacts)</translation>
        </message>
        <message>
            <source>This activity needs no value.</source>
            <translation>Cette activité n'a pas besoin de valeur.</translation>
        </message>
        <message>
            <source>Separate several values with “;”: any of them matches. Case and accents are ignored.</source>
            <translation>Séparez plusieurs valeurs par « ; » : il suffit que l'une corresponde. La casse et les accents sont ignorés.</translation>
        </message>
        <message>
            <source>A number, e.g. 50.</source>
            <translation>Un nombre, par exemple 50.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Enregistrée le</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>The active version is the one whose scores and stages the KPIs use.</source>
            <translation>La version active est celle dont les indicateurs utilisent les scores et les étapes.</translation>
        </message>
        <message>
            <source>Contacts scored</source>
            <translation>Contacts notés</translation>
        </message>
        <message>
            <source>Contacts scored the last time this version was applied (empty: never applied).</source>
            <translation>Contacts notés lors de la dernière application de cette version (vide : jamais appliquée).</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Stage before</source>
            <translation>Étape avant</translation>
        </message>
        <message>
            <source>Stage after</source>
            <translation>Étape après</translation>
        </message>
        <message>
            <source>Score before</source>
            <translation>Score avant</translation>
        </message>
        <message>
            <source>Score after</source>
            <translation>Score après</translation>
        </message>
        <message>
            <source>Last applied on %1</source>
            <translation>Appliquée pour la dernière fois le %1</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>MQL &amp;&amp; SQL</source>
            <translation>MQL &amp;&amp; SQL</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Entonnoir</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Back-test</source>
            <translation>Test sur l'historique</translation>
        </message>
        <message>
            <source>Live counts</source>
            <translation>Comptages en direct</translation>
        </message>
        <message>
            <source>Save as new version…</source>
            <translation>Enregistrer comme nouvelle version…</translation>
        </message>
        <message>
            <source>Save the model as a new version</source>
            <translation>Enregistrer le modèle comme nouvelle version</translation>
        </message>
        <message>
            <source>Save the model as a new version (Ctrl+S). Saving does not change the KPIs: apply the version for that.</source>
            <translation>Enregistrer le modèle comme nouvelle version (Ctrl+S). L'enregistrement ne change pas les indicateurs : appliquez la version pour cela.</translation>
        </message>
        <message>
            <source>This workspace is open read-only: you can look at the model and its counts, but not change or save it.</source>
            <translation>Cet espace de travail est ouvert en lecture seule : vous pouvez consulter le modèle et ses comptages, mais pas le modifier ni l'enregistrer.</translation>
        </message>
        <message>
            <source>No contacts to score yet</source>
            <translation>Aucun contact à noter pour l'instant</translation>
        </message>
        <message>
            <source>Import a contacts export (and, if you have them, your e-mail reports and deals): this page then shows how your scoring rules sort your contacts into the funnel.</source>
            <translation>Importez un export de contacts (et, si vous les avez, vos rapports d'e-mails et vos affaires) : cette page montre alors comment vos règles de scoring répartissent vos contacts dans l'entonnoir.</translation>
        </message>
        <message>
            <source>Go to Import</source>
            <translation>Aller à l'import</translation>
        </message>
        <message>
            <source>Reading your data…</source>
            <translation>Lecture de vos données…</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Counted in %1 s.</source>
            <translation>Compté en %1 s.</translation>
        </message>
        <message>
            <source>Stage “%1”</source>
            <translation>Étape « %1 »</translation>
        </message>
        <message>
            <source>Score from %1 to under %2 points</source>
            <translation>Score de %1 à moins de %2 points</translation>
        </message>
        <message>
            <source>Rule “%1”</source>
            <translation>Règle « %1 »</translation>
        </message>
        <message>
            <source>The model cannot be saved yet:</source>
            <translation>Le modèle ne peut pas encore être enregistré :</translation>
        </message>
        <message>
            <source>Rename the model</source>
            <translation>Renommer le modèle</translation>
        </message>
        <message>
            <source>Saved as version %1 of “%2”. Apply it to use it in the KPIs.</source>
            <translation>Enregistré comme version %1 de « %2 ». Appliquez-la pour que les indicateurs l'utilisent.</translation>
        </message>
        <message>
            <source>Open version %1</source>
            <translation>Ouvrir la version %1</translation>
        </message>
        <message>
            <source>Apply this version?</source>
            <translation>Appliquer cette version ?</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>“%1”, version %2</source>
            <translation>« %1 », version %2</translation>
        </message>
        <message>
            <source>Apply %1? Each of your %2 contacts gets its score and stage from this version, and the KPI pages (average lead score, funnel) use them from now on.</source>
            <translation>Appliquer %1 ? Chacun de vos %2 contacts reçoit son score et son étape de cette version, et les pages d'indicateurs (score moyen des leads, entonnoir) les utilisent désormais.</translation>
        </message>
        <message>
            <source>It replaces %1, which stays saved: to go back, apply that version again.</source>
            <translation>Elle remplace %1, qui reste enregistrée : pour revenir en arrière, appliquez de nouveau cette version.</translation>
        </message>
        <message>
            <source>You can change your mind at any time by applying another version.</source>
            <translation>Vous pourrez changer d'avis à tout moment en appliquant une autre version.</translation>
        </message>
        <message>
            <source>It is already active: its scores are computed again on today's data.</source>
            <translation>Elle est déjà active : ses scores sont recalculés sur les données d'aujourd'hui.</translation>
        </message>
        <message>
            <source>Scoring every contact…</source>
            <translation>Notation de tous les contacts…</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is now active: %3 contacts scored. The KPIs use it from now on.</source>
            <translation>La version %1 de « %2 » est maintenant active : %3 contacts notés. Les indicateurs l'utilisent désormais.</translation>
        </message>
        <message>
            <source>From version %1 to version %2:</source>
            <translation>De la version %1 à la version %2 :</translation>
        </message>
        <message>
            <source>From version %1 to the model being edited:</source>
            <translation>De la version %1 au modèle en cours de modification :</translation>
        </message>
        <message>
            <source>Export the model</source>
            <translation>Exporter le modèle</translation>
        </message>
        <message>
            <source>Scoring model (*.json)</source>
            <translation>Modèle de scoring (*.json)</translation>
        </message>
        <message>
            <source>Model saved to %1</source>
            <translation>Modèle enregistré dans %1</translation>
        </message>
        <message>
            <source>Import a model</source>
            <translation>Importer un modèle</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>pas encore enregistré</translation>
        </message>
        <message>
            <source>%1, changed</source>
            <translation>%1, modifiée</translation>
        </message>
        <message>
            <source>The model you are editing. Changes are counted at once but used by the KPIs only once saved and applied.</source>
            <translation>Le modèle que vous modifiez. Les modifications sont comptées aussitôt, mais les indicateurs ne s'en servent qu'une fois le modèle enregistré et appliqué.</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <source>Would this model have spotted your customers? It is tested on the deals you imported: each contact is judged as it was just before its first deal.</source>
            <translation>Ce modèle aurait-il repéré vos clients ? Il est testé sur les affaires que vous avez importées : chaque contact est jugé tel qu'il était juste avant sa première affaire.</translation>
        </message>
        <message>
            <source>MQLs who bought</source>
            <translation>MQL devenus clients</translation>
        </message>
        <message>
            <source>Precision: customers among the contacts the model made MQL before their deal ÷ those MQLs.</source>
            <translation>Précision : clients parmi les contacts que le modèle a rendus MQL avant leur affaire ÷ ces MQL.</translation>
        </message>
        <message>
            <source>Customers spotted as MQL</source>
            <translation>Clients repérés comme MQL</translation>
        </message>
        <message>
            <source>Recall: customers who were MQL before their deal ÷ all customers.</source>
            <translation>Rappel : clients qui étaient MQL avant leur affaire ÷ l'ensemble des clients.</translation>
        </message>
        <message>
            <source>MQLs against average</source>
            <translation>MQL par rapport à la moyenne</translation>
        </message>
        <message>
            <source>Lift: the MQLs' close rate ÷ the close rate of all contacts tested. Above 1, the MQLs buy more often than average.</source>
            <translation>Lift : taux de conversion des MQL ÷ taux de conversion de tous les contacts testés. Au-dessus de 1, les MQL achètent plus souvent que la moyenne.</translation>
        </message>
        <message>
            <source>SQLs who bought</source>
            <translation>SQL devenus clients</translation>
        </message>
        <message>
            <source>Customers among the SQLs ÷ the SQLs (judged on the day their deal was created).</source>
            <translation>Clients parmi les SQL ÷ les SQL (jugés le jour de la création de leur affaire).</translation>
        </message>
        <message>
            <source>Customers spotted as SQL</source>
            <translation>Clients repérés comme SQL</translation>
        </message>
        <message>
            <source>Customers who were SQL when their deal was created ÷ all customers.</source>
            <translation>Clients qui étaient SQL à la création de leur affaire ÷ l'ensemble des clients.</translation>
        </message>
        <message>
            <source>All contacts who bought</source>
            <translation>Contacts devenus clients (tous)</translation>
        </message>
        <message>
            <source>Base rate: contacts with a won deal ÷ contacts tested (contacts whose deals are all still open are left out).</source>
            <translation>Taux de base : contacts ayant une affaire gagnée ÷ contacts testés (les contacts dont toutes les affaires sont encore en cours sont laissés de côté).</translation>
        </message>
        <message>
            <source>Search by name, e-mail or company</source>
            <translation>Rechercher par nom, e-mail ou entreprise</translation>
        </message>
        <message>
            <source>Click a bar of the funnel or of the score chart, or a rule, to list its contacts. Select a contact to see why it has its score.</source>
            <translation>Cliquez sur une barre de l'entonnoir ou du graphique des scores, ou sur une règle, pour lister ses contacts. Sélectionnez un contact pour voir pourquoi il a ce score.</translation>
        </message>
        <message>
            <source>%1 contacts, highest score first (%2 loaded: scroll down for more)</source>
            <translation>%1 contacts, du meilleur score au moins bon (%2 chargés : faites défiler pour voir la suite)</translation>
        </message>
        <message>
            <source>%1 contacts</source>
            <translation>%1 contacts</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — score today: &lt;b&gt;%2&lt;/b&gt; points — furthest stage: %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — score aujourd'hui : &lt;b&gt;%2&lt;/b&gt; points — étape la plus avancée : %3</translation>
        </message>
        <message>
            <source>The score is the sum of the points below: each rule's points (after decay), minus what a group's cap cut.</source>
            <translation>Le score est la somme des points ci-dessous : les points de chaque règle (après atténuation), moins ce que le plafond d'un groupe a retiré.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; contacts have a score of %2 points or more today and would be MQL. Drag the red line to try another threshold.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; contacts ont aujourd'hui un score d'au moins %2 points et seraient MQL. Faites glisser la ligne rouge pour essayer un autre seuil.</translation>
        </message>
        <message>
            <source>Counted on every contact's score on the last day of your data. The MQL bar of the funnel also keeps contacts whose score reached the threshold earlier and has since decayed.</source>
            <translation>Compté sur le score de chaque contact au dernier jour de vos données. La barre MQL de l'entonnoir garde aussi les contacts dont le score a atteint le seuil plus tôt puis a baissé depuis.</translation>
        </message>
        <message>
            <source>%1 contacts score from %2 to under %3 points today. Click to list them.</source>
            <translation>%1 contacts ont aujourd'hui un score de %2 à moins de %3 points. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Contacts per funnel stage (click a bar to list them)</source>
            <translation>Contacts par étape de l'entonnoir (cliquez sur une barre pour les lister)</translation>
        </message>
        <message>
            <source>Contacts per score today (click a bar to list them)</source>
            <translation>Contacts par score aujourd'hui (cliquez sur une barre pour les lister)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 contacts.&lt;br&gt;Defined by: %3.&lt;br&gt;Click to list them.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; : %2 contacts.&lt;br&gt;Défini par : %3.&lt;br&gt;Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>%1 contacts scored on your data up to %2. Average score: %3 points.</source>
            <translation>%1 contacts notés sur vos données jusqu'au %2. Score moyen : %3 points.</translation>
        </message>
        <message>
            <source>Scores are computed for the last day of your data: time windows and decay are counted back from it.</source>
            <translation>Les scores sont calculés pour le dernier jour de vos données : les périodes et l'atténuation sont comptées à rebours depuis ce jour.</translation>
        </message>
        <message>
            <source>%1 contacts are turned down by the rejection rule and cannot become SQL.</source>
            <translation>%1 contacts sont écartés par la règle de refus et ne peuvent pas devenir SQL.</translation>
        </message>
        <message>
            <source>When does an MQL become an SQL?</source>
            <translation>Quand un MQL devient-il SQL ?</translation>
        </message>
        <message>
            <source>A sales-qualified lead meets every criterion ticked below on the same day.</source>
            <translation>Un lead qualifié par les ventes remplit, le même jour, tous les critères cochés ci-dessous.</translation>
        </message>
        <message>
            <source>Its score reaches</source>
            <translation>Son score atteint</translation>
        </message>
        <message>
            <source> points</source>
            <translation> points</translation>
        </message>
        <message>
            <source>A deal linked to the contact was created</source>
            <translation>Une affaire liée au contact a été créée</translation>
        </message>
        <message>
            <source>Sales set this stage in your tool</source>
            <translation>Les ventes ont indiqué cette étape dans votre outil</translation>
        </message>
        <message>
            <source>Read from the imported lifecycle data, e.g. the “Became a Sales Qualified Lead date”.</source>
            <translation>Lu dans les données de cycle de vie importées, par exemple la « Date de passage en lead qualifié par les ventes ».</translation>
        </message>
        <message>
            <source>Contacts turned down by sales</source>
            <translation>Contacts refusés par les ventes</translation>
        </message>
        <message>
            <source>Contacts matching this rule never become SQL: they stay MQL, so that the rejection rate counts them.</source>
            <translation>Les contacts qui remplissent cette règle ne deviennent jamais SQL : ils restent MQL, pour que le taux de refus les compte.</translation>
        </message>
        <message>
            <source>Turn down the contacts whose</source>
            <translation>Refuser les contacts dont le champ</translation>
        </message>
        <message>
            <source>And each of these fields (optional):</source>
            <translation>Et chacun de ces champs (facultatif) :</translation>
        </message>
        <message>
            <source>Field conditions an SQL must also meet, e.g. lead status is “Open deal”. Double-click one to change it.</source>
            <translation>Conditions sur des champs qu'un SQL doit aussi remplir, par exemple statut du lead est « Affaire en cours ». Double-cliquez sur l'une d'elles pour la modifier.</translation>
        </message>
        <message>
            <source>Add a field…</source>
            <translation>Ajouter un champ…</translation>
        </message>
        <message>
            <source>Also require a field value, e.g. lead status is “Open deal”</source>
            <translation>Exiger aussi la valeur d'un champ, par exemple statut du lead est « Affaire en cours »</translation>
        </message>
        <message>
            <source>Change the selected condition</source>
            <translation>Modifier la condition sélectionnée</translation>
        </message>
        <message>
            <source>Remove the selected condition</source>
            <translation>Retirer la condition sélectionnée</translation>
        </message>
        <message>
            <source>Add an SQL condition</source>
            <translation>Ajouter une condition SQL</translation>
        </message>
        <message>
            <source>Edit an SQL condition</source>
            <translation>Modifier une condition SQL</translation>
        </message>
        <message>
            <source>Remove an SQL condition</source>
            <translation>Retirer une condition SQL</translation>
        </message>
        <message>
            <source>An SQL must also have this field value, on top of the other criteria ticked.</source>
            <translation>Un SQL doit aussi avoir cette valeur de champ, en plus des autres critères cochés.</translation>
        </message>
        <message>
            <source>Change the SQL criteria</source>
            <translation>Modifier les critères SQL</translation>
        </message>
        <message>
            <source>Change the rejection rule</source>
            <translation>Modifier la règle de refus</translation>
        </message>
        <message>
            <source>Groups of rules</source>
            <translation>Groupes de règles</translation>
        </message>
        <message>
            <source>At most (points)</source>
            <translation>Au plus (points)</translation>
        </message>
        <message>
            <source>Add a group</source>
            <translation>Ajouter un groupe</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nouveau groupe</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Its rules are kept, outside any group.</source>
            <translation>Ses règles sont conservées, hors de tout groupe.</translation>
        </message>
        <message>
            <source>The rules of a group add up their points, then the group's total is cut at its cap. Leave the cap empty for no cap.</source>
            <translation>Les règles d'un groupe additionnent leurs points, puis le total du groupe est limité à son plafond. Laissez le plafond vide pour ne pas en mettre.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add a rule (Insert)</source>
            <translation>Ajouter une règle (Inser)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected rule (Enter)</source>
            <translation>Modifier la règle sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Copy the selected rule right below it (Ctrl+D)</source>
            <translation>Copier la règle sélectionnée juste en dessous (Ctrl+D)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected rule (Delete)</source>
            <translation>Supprimer la règle sélectionnée (Suppr)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move the rule up (Alt+Up)</source>
            <translation>Monter la règle (Alt+Haut)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move the rule down (Alt+Down)</source>
            <translation>Descendre la règle (Alt+Bas)</translation>
        </message>
        <message>
            <source>Groups…</source>
            <translation>Groupes…</translation>
        </message>
        <message>
            <source>Groups of rules sharing a cap, e.g. “E-mail engagement: at most 30 points”</source>
            <translation>Groupes de règles partageant un plafond, par exemple « Engagement e-mail : 30 points au plus »</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Undo the last change to the model</source>
            <translation>Annuler la dernière modification du modèle</translation>
        </message>
        <message>
            <source>Redo the change undone</source>
            <translation>Rétablir la modification annulée</translation>
        </message>
        <message>
            <source>A contact becomes an MQL from</source>
            <translation>Un contact devient MQL à partir de</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>The MQL threshold: the score from which a contact is a marketing-qualified lead. You can also drag the line on the score chart.</source>
            <translation>Le seuil MQL : le score à partir duquel un contact est un lead qualifié par le marketing. Vous pouvez aussi faire glisser la ligne sur le graphique des scores.</translation>
        </message>
        <message>
            <source>Add a rule</source>
            <translation>Ajouter une règle</translation>
        </message>
        <message>
            <source>Edit the rule</source>
            <translation>Modifier la règle</translation>
        </message>
        <message>
            <source>Edit a rule</source>
            <translation>Modifier une règle</translation>
        </message>
        <message>
            <source>Duplicate a rule</source>
            <translation>Dupliquer une règle</translation>
        </message>
        <message>
            <source>Delete a rule</source>
            <translation>Supprimer une règle</translation>
        </message>
        <message>
            <source>Move a rule</source>
            <translation>Déplacer une règle</translation>
        </message>
        <message>
            <source>Change the groups</source>
            <translation>Modifier les groupes</translation>
        </message>
        <message>
            <source>Change the MQL threshold</source>
            <translation>Modifier le seuil MQL</translation>
        </message>
        <message>
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>Annuler : %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>Rétablir : %1 (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Rien à rétablir</translation>
        </message>
        <message>
            <source>Switch a rule on</source>
            <translation>Activer une règle</translation>
        </message>
        <message>
            <source>Switch a rule off</source>
            <translation>Désactiver une règle</translation>
        </message>
        <message>
            <source>Save as a new version</source>
            <translation>Enregistrer comme nouvelle version</translation>
        </message>
        <message>
            <source>What changed, and why (optional)</source>
            <translation>Ce qui a changé, et pourquoi (facultatif)</translation>
        </message>
        <message>
            <source>Model name</source>
            <translation>Nom du modèle</translation>
        </message>
        <message>
            <source>Saving never changes an earlier version: versions of the same name are numbered 1, 2, 3…</source>
            <translation>L'enregistrement ne modifie jamais une version précédente : les versions d'un même nom sont numérotées 1, 2, 3…</translation>
        </message>
        <message>
            <source>Save the model being edited as a new version (Ctrl+S)</source>
            <translation>Enregistrer le modèle en cours de modification comme nouvelle version (Ctrl+S)</translation>
        </message>
        <message>
            <source>Open in the editor</source>
            <translation>Ouvrir dans l'éditeur</translation>
        </message>
        <message>
            <source>Load the selected version into the editor to read or adapt it; saving makes a new version, the old one never changes.</source>
            <translation>Charger la version sélectionnée dans l'éditeur pour la consulter ou l'adapter ; l'enregistrement crée une nouvelle version, l'ancienne ne change jamais.</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>Appliquer…</translation>
        </message>
        <message>
            <source>Score every contact with the selected version and make it the active one: the KPIs (average lead score, funnel) then use it.</source>
            <translation>Noter tous les contacts avec la version sélectionnée et en faire la version active : les indicateurs (score moyen des leads, entonnoir) l'utilisent ensuite.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Select two versions to see the contacts that change stage from one to the other; with one selected, it is compared with the model being edited.</source>
            <translation>Sélectionnez deux versions pour voir les contacts qui changent d'étape de l'une à l'autre ; si une seule est sélectionnée, elle est comparée au modèle en cours de modification.</translation>
        </message>
        <message>
            <source>Export as JSON…</source>
            <translation>Exporter en JSON…</translation>
        </message>
        <message>
            <source>Save the selected version as a file to send a colleague</source>
            <translation>Enregistrer la version sélectionnée dans un fichier à envoyer à un collègue</translation>
        </message>
        <message>
            <source>Import a JSON model…</source>
            <translation>Importer un modèle JSON…</translation>
        </message>
        <message>
            <source>Open a model a colleague exported; it opens in the editor and becomes a version once you save it.</source>
            <translation>Ouvrir un modèle exporté par un collègue ; il s'ouvre dans l'éditeur et devient une version une fois enregistré.</translation>
        </message>
        <message>
            <source>Each saved version keeps its rules, thresholds and funnel as they were. Reports state which version produced their figures.</source>
            <translation>Chaque version enregistrée garde ses règles, ses seuils et son entonnoir tels qu'ils étaient. Les rapports indiquent quelle version a produit leurs chiffres.</translation>
        </message>
        <message>
            <source>Every move</source>
            <translation>Tous les passages</translation>
        </message>
        <message>
            <source>List the contacts of every move again</source>
            <translation>Lister de nouveau les contacts de tous les passages</translation>
        </message>
        <message>
            <source>Click a row to list the contacts who make this move.</source>
            <translation>Cliquez sur une ligne pour lister les contacts qui font ce passage.</translation>
        </message>
        <message>
            <source>%1 contacts would change stage.</source>
            <translation>%1 contacts changeraient d'étape.</translation>
        </message>
        <message>
            <source>From “%1” to “%2”: %3 contacts.</source>
            <translation>De « %1 » à « %2 » : %3 contacts.</translation>
        </message>
        <message>
            <source>Contacts who change stage (click a move above to see only its contacts).</source>
            <translation>Contacts qui changent d'étape (cliquez sur un passage ci-dessus pour ne voir que ses contacts).</translation>
        </message>
        <message>
            <source>The %1 whose score changes most are listed.</source>
            <translation>Les %1 dont le score change le plus sont listés.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
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
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>Cet espace de travail</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Open a workspace you can edit first.</source>
            <translation>Ouvrez d'abord un espace de travail modifiable.</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Appearance:</source>
            <translation>Apparence :</translation>
        </message>
        <message>
            <source>Your documents' ROI Desktop folder</source>
            <translation>Le dossier ROI Desktop de vos documents</translation>
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
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>A figure turns orange past its warning threshold and red past its critical one. Untick a figure to never alert on it.</source>
            <translation>Un chiffre passe en orange au-delà de son seuil d'avertissement et en rouge au-delà de son seuil critique. Décochez un chiffre pour ne jamais être alerté à son sujet.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
        <message>
            <source>Rates alert from this many e-mails or contacts:</source>
            <translation>Les taux alertent à partir de ce nombre d'e-mails ou de contacts :</translation>
        </message>
        <message>
            <source>2 unsubscribes out of 40 e-mails is noise, not a signal: under this volume a rate never alerts.</source>
            <translation>2 désinscriptions sur 40 e-mails, c'est du bruit, pas un signal : sous ce volume, un taux n'alerte jamais.</translation>
        </message>
        <message>
            <source>Saved in the workspace “%1”: colleagues who open it see the same figures.</source>
            <translation>Enregistré dans l'espace de travail « %1 » : les collègues qui l'ouvrent voient les mêmes chiffres.</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Hourly cost of your team:</source>
            <translation>Coût horaire de votre équipe :</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Time saved per automated e-mail:</source>
            <translation>Temps gagné par e-mail automatisé :</translation>
        </message>
        <message>
            <source>They turn the time your automations save into money, a gain in the ROI: automated e-mails sent × minutes ÷ 60 × hourly cost. The value of a lead, the attribution model and the currency are on the ROI page, under Value settings.</source>
            <translation>Ils convertissent en argent le temps que vos automatisations font gagner, un gain dans le ROI : e-mails automatisés envoyés × minutes ÷ 60 × coût horaire. La valeur d'un lead, le modèle d'attribution et la devise se règlent sur la page ROI, sous Paramètres de valeur.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>A contact stays active for:</source>
            <translation>Un contact reste actif pendant :</translation>
        </message>
        <message>
            <source>After their last open or click. Older contacts count as inactive.</source>
            <translation>Après sa dernière ouverture ou son dernier clic. Au-delà, il compte comme inactif.</translation>
        </message>
        <message>
            <source>Keep backup copies for:</source>
            <translation>Garder les copies de sauvegarde pendant :</translation>
        </message>
        <message>
            <source>A copy is taken before each import and undo; the last 10 at most are kept.</source>
            <translation>Une copie est prise avant chaque import et chaque annulation ; les 10 dernières au plus sont gardées.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>In pages and tables</source>
            <translation>Dans les pages et les tableaux</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>TableActions</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Export as CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Table saved to %1.</source>
            <translation>Tableau enregistré dans %1.</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>%1 days</source>
            <translation>%1 jours</translation>
        </message>
    </context>
    <context>
        <name>UsageChecks</name>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>To fix</source>
            <translation>À corriger</translation>
        </message>
        <message>
            <source>To tidy up</source>
            <translation>À ranger</translation>
        </message>
        <message>
            <source>Each check looks at every workflow of the period. What a check cannot judge is counted neither as fine nor as a problem: it says which export would tell.</source>
            <translation>Chaque contrôle passe en revue tous les scénarios de la période. Ce qu'un contrôle ne peut pas juger n'est compté ni comme correct ni comme un problème : il indique quel export permettrait de le savoir.</translation>
        </message>
        <message>
            <source>%1 issue</source>
            <translation>%1 problème</translation>
        </message>
        <message>
            <source>%1 issues</source>
            <translation>%1 problèmes</translation>
        </message>
        <message>
            <source>No issue</source>
            <translation>Aucun problème</translation>
        </message>
        <message>
            <source>Cannot be judged</source>
            <translation>Impossible à juger</translation>
        </message>
        <message>
            <source>%1 issue to look at</source>
            <translation>%1 problème à examiner</translation>
        </message>
        <message>
            <source>%1 issues to look at</source>
            <translation>%1 problèmes à examiner</translation>
        </message>
        <message>
            <source>No issue found in this period.</source>
            <translation>Aucun problème sur la période.</translation>
        </message>
    </context>
    <context>
        <name>UsageCli</name>
        <message>
            <source>Usage score</source>
            <translation>Score d'utilisation</translation>
        </message>
        <message>
            <source>E-mails sent through your tools</source>
            <translation>E-mails envoyés par vos outils</translation>
        </message>
        <message>
            <source>E-mails sent</source>
            <translation>E-mails envoyés</translation>
        </message>
        <message>
            <source>Automated (workflows)</source>
            <translation>Automatisés (scénarios)</translation>
        </message>
        <message>
            <source>One-off campaigns</source>
            <translation>Campagnes ponctuelles</translation>
        </message>
        <message>
            <source>Share automated</source>
            <translation>Part automatisée</translation>
        </message>
        <message>
            <source>Share automated, last %1 months: %2 (%3 pt on the %1 months before)</source>
            <translation>Part automatisée, %1 derniers mois : %2 (%3 pt par rapport aux %1 mois précédents)</translation>
        </message>
        <message>
            <source>By tool</source>
            <translation>Par outil</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Hygiene checks</source>
            <translation>Contrôles d'hygiène</translation>
        </message>
        <message>
            <source>no issue</source>
            <translation>aucun problème</translation>
        </message>
        <message>
            <source>cannot be judged</source>
            <translation>impossible à juger</translation>
        </message>
        <message>
            <source>issue(s)</source>
            <translation>problème(s)</translation>
        </message>
        <message>
            <source>Contacts and licences</source>
            <translation>Contacts et licences</translation>
        </message>
        <message>
            <source>Total contacts</source>
            <translation>Nombre total de contacts</translation>
        </message>
        <message>
            <source>Engaged contacts (clicked in the last %1 days)</source>
            <translation>Contacts engagés (clic ces %1 derniers jours)</translation>
        </message>
        <message>
            <source>Never engaged in %1 months (sunset list)</source>
            <translation>Silencieux depuis %1 mois (liste à retirer)</translation>
        </message>
        <message>
            <source>Licence costs</source>
            <translation>Coûts des licences</translation>
        </message>
        <message>
            <source>Cost per engaged contact</source>
            <translation>Coût par contact engagé</translation>
        </message>
    </context>
    <context>
        <name>UsageContacts</name>
        <message>
            <source>Sunset list</source>
            <translation>Contacts silencieux</translation>
        </message>
        <message>
            <source>Export the sunset list…</source>
            <translation>Exporter la liste…</translation>
        </message>
        <message>
            <source>Licences and engaged contacts by tool</source>
            <translation>Licences et contacts engagés par outil</translation>
        </message>
        <message>
            <source>A tool's licence lines are those whose item or channel names it (“Brevo Business”, “Hébergement Mautic”). Its engaged contacts clicked one of its e-mails, or its contact export says when they last clicked. Licence lines that name no tool count in the total only.</source>
            <translation>Les lignes de licence d'un outil sont celles dont le poste ou le canal le nomme (« Brevo Business », « Hébergement Mautic »). Ses contacts engagés ont cliqué dans un de ses e-mails, ou son export de contacts donne leur dernier clic. Les lignes qui ne nomment aucun outil ne comptent que dans le total.</translation>
        </message>
        <message>
            <source>At the end of each month</source>
            <translation>À la fin de chaque mois</translation>
        </message>
        <message>
            <source>Total contacts</source>
            <translation>Nombre total de contacts</translation>
        </message>
        <message>
            <source>Engaged contacts</source>
            <translation>Contacts engagés</translation>
        </message>
        <message>
            <source>People in your contact exports, counted once by e-mail address.</source>
            <translation>Personnes de vos exports de contacts, comptées une fois par adresse e-mail.</translation>
        </message>
        <message>
            <source>Reachable contacts who clicked in the last %1 days of the period.</source>
            <translation>Contacts joignables ayant cliqué ces %1 derniers jours de la période.</translation>
        </message>
        <message>
            <source>Silent for %1 months</source>
            <translation>Silencieux depuis %1 mois</translation>
        </message>
        <message>
            <source>Licence costs</source>
            <translation>Coûts des licences</translation>
        </message>
        <message>
            <source>Tool licences and subscriptions of the period, counted pro rata of its days.</source>
            <translation>Licences et abonnements d'outils de la période, comptés au prorata de ses jours.</translation>
        </message>
        <message>
            <source>Cost per engaged contact</source>
            <translation>Coût par contact engagé</translation>
        </message>
        <message>
            <source>Licence costs ÷ engaged contacts.</source>
            <translation>Coûts des licences ÷ contacts engagés.</translation>
        </message>
        <message>
            <source>All licences</source>
            <translation>Toutes les licences</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 reachable contact&lt;/b&gt;, known for at least %2 months, neither opened nor clicked an e-mail in the %2 months up to %3.</source>
            <translation>&lt;b&gt;%1 contact joignable&lt;/b&gt;, connu depuis au moins %2 mois, n'a ni ouvert ni cliqué aucun e-mail pendant les %2 mois jusqu'au %3.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 reachable contacts&lt;/b&gt;, known for at least %2 months, neither opened nor clicked an e-mail in the %2 months up to %3.</source>
            <translation>&lt;b&gt;%1 contacts joignables&lt;/b&gt;, connus depuis au moins %2 mois, n'ont ni ouvert ni cliqué aucun e-mail pendant les %2 mois jusqu'au %3.</translation>
        </message>
        <message>
            <source>Send them one last re-engagement e-mail, then remove those who stay silent: they count in your tools' contact-based pricing and drag your open rates down.</source>
            <translation>Envoyez-leur un dernier e-mail de réengagement, puis retirez ceux qui restent silencieux : ils comptent dans la tarification au contact de vos outils et font baisser vos taux d'ouverture.</translation>
        </message>
    </context>
    <context>
        <name>UsageEmails</name>
        <message>
            <source>E-mails sent by month</source>
            <translation>E-mails envoyés par mois</translation>
        </message>
        <message>
            <source>Automated (workflows)</source>
            <translation>Automatisés (scénarios)</translation>
        </message>
        <message>
            <source>One-off campaigns</source>
            <translation>Campagnes ponctuelles</translation>
        </message>
        <message>
            <source>Share of e-mails sent by workflows, by month</source>
            <translation>Part des e-mails envoyés par des scénarios, par mois</translation>
        </message>
        <message>
            <source>By tool</source>
            <translation>Par outil</translation>
        </message>
        <message>
            <source>No e-mail sent in this period is known.</source>
            <translation>Aucun e-mail envoyé sur la période n'est connu.</translation>
        </message>
        <message>
            <source>Share automated</source>
            <translation>Part automatisée</translation>
        </message>
        <message>
            <source>All tools</source>
            <translation>Tous les outils</translation>
        </message>
        <message>
            <source>%1 e-mails sent, %2 of them by workflows (%3).</source>
            <translation>%1 e-mails envoyés, dont %2 par des scénarios (%3).</translation>
        </message>
        <message>
            <source>the same as</source>
            <translation>autant que</translation>
        </message>
        <message>
            <source>%1 pt more than</source>
            <translation>%1 pt de plus que</translation>
        </message>
        <message>
            <source>%1 pt less than</source>
            <translation>%1 pt de moins que</translation>
        </message>
        <message>
            <source>From %1 to %2, the share automated was %3, %4 from %5 to %6.</source>
            <translation>De %1 à %2, la part automatisée a été de %3, %4 de %5 à %6.</translation>
        </message>
    </context>
    <context>
        <name>UsageOverview</name>
        <message>
            <source>Usage score</source>
            <translation>Score d'utilisation</translation>
        </message>
        <message>
            <source>Usage score by month</source>
            <translation>Score d'utilisation par mois</translation>
        </message>
        <message>
            <source>What to fix first</source>
            <translation>À corriger en premier</translation>
        </message>
        <message>
            <source>See every check…</source>
            <translation>Voir tous les contrôles…</translation>
        </message>
        <message>
            <source>(%1 of %2)</source>
            <translation>(%1 sur %2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>From %1 in %2 to %3 in %4. Each month is scored on its own sends and the checks run over that month.</source>
            <translation>De %1 en %2 à %3 en %4. Chaque mois est noté sur ses propres envois et sur les contrôles de ce mois-là.</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Hygiene issues open</source>
            <translation>Problèmes d'hygiène en cours</translation>
        </message>
        <message>
            <source>%1 to act on</source>
            <translation>dont %1 à traiter</translation>
        </message>
        <message>
            <source>Some workflows need attention.</source>
            <translation>Certains scénarios demandent votre attention.</translation>
        </message>
        <message>
            <source>Engaged contacts</source>
            <translation>Contacts engagés</translation>
        </message>
        <message>
            <source>Reachable contacts who clicked an e-mail in the last %1 days of the period. Clicks only: an opening can be Apple Mail loading images by itself.</source>
            <translation>Contacts joignables ayant cliqué dans un e-mail ces %1 derniers jours de la période. Les clics seulement : une ouverture peut venir d'Apple Mail qui charge les images tout seul.</translation>
        </message>
        <message>
            <source>Silent for %1 months</source>
            <translation>Silencieux depuis %1 mois</translation>
        </message>
        <message>
            <source>Reachable contacts known for at least %1 months who neither opened nor clicked in that time: your sunset list, on the Contacts and licences tab.</source>
            <translation>Contacts joignables connus depuis au moins %1 mois, sans ouverture ni clic pendant ce temps : votre liste de contacts silencieux, dans l'onglet Contacts et licences.</translation>
        </message>
        <message>
            <source>Licence costs of the period (%1) ÷ engaged contacts (%2).</source>
            <translation>Coûts des licences de la période (%1) ÷ contacts engagés (%2).</translation>
        </message>
        <message>
            <source>Cost per engaged contact</source>
            <translation>Coût par contact engagé</translation>
        </message>
        <message>
            <source>Nothing could be checked yet: the Hygiene checks tab says which exports are missing.</source>
            <translation>Rien n'a encore pu être contrôlé : l'onglet Contrôles d'hygiène indique quels exports manquent.</translation>
        </message>
        <message>
            <source>No hygiene issue in this period. Well done.</source>
            <translation>Aucun problème d'hygiène sur la période. Bravo.</translation>
        </message>
        <message>
            <source>See every check (%1 more issue)…</source>
            <translation>Voir tous les contrôles (%1 autre problème)…</translation>
        </message>
        <message>
            <source>See every check (%1 more issues)…</source>
            <translation>Voir tous les contrôles (%1 autres problèmes)…</translation>
        </message>
    </context>
    <context>
        <name>UsagePage</name>
        <message>
            <source>Audit settings…</source>
            <translation>Réglages de l'audit…</translation>
        </message>
        <message>
            <source>Nothing to audit yet</source>
            <translation>Rien à auditer pour l'instant</translation>
        </message>
        <message>
            <source>Import your workflow inventory or automation report and your e-mail reports: this page then shows how well your automation tool is used.</source>
            <translation>Importez votre inventaire des scénarios ou votre rapport d'automatisation, et vos rapports d'e-mails : cette page montrera alors si votre outil d'automatisation est bien utilisé.</translation>
        </message>
        <message>
            <source>Go to Import</source>
            <translation>Aller à l'import</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>E-mails sent</source>
            <translation>E-mails envoyés</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Hygiene checks (%1)</source>
            <translation>Contrôles d'hygiène (%1)</translation>
        </message>
        <message>
            <source>Hygiene checks</source>
            <translation>Contrôles d'hygiène</translation>
        </message>
        <message>
            <source>Contacts and licences</source>
            <translation>Contacts et licences</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Export the sunset list</source>
            <translation>Exporter la liste des contacts silencieux</translation>
        </message>
        <message>
            <source>sunset-list.csv</source>
            <translation>contacts-silencieux.csv</translation>
        </message>
        <message>
            <source>Writing the sunset list…</source>
            <translation>Écriture de la liste des contacts silencieux…</translation>
        </message>
        <message>
            <source>%1 contact saved in %2.</source>
            <translation>%1 contact enregistré dans %2.</translation>
        </message>
        <message>
            <source>%1 contacts saved in %2.</source>
            <translation>%1 contacts enregistrés dans %2.</translation>
        </message>
    </context>
    <context>
        <name>UsageSettings</name>
        <message>
            <source>Usage audit settings</source>
            <translation>Réglages de l'audit d'utilisation</translation>
        </message>
        <message>
            <source>Hygiene checks</source>
            <translation>Contrôles d'hygiène</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Zombie after:</source>
            <translation>Scénario endormi après :</translation>
        </message>
        <message>
            <source>An active workflow that nobody entered and that sent nothing for this long before the end of the period.</source>
            <translation>Un scénario actif où personne n'est entré et qui n'a rien envoyé pendant cette durée avant la fin de la période.</translation>
        </message>
        <message>
            <source>Completion far below when under:</source>
            <translation>Complétion très inférieure en dessous de :</translation>
        </message>
        <message>
            <source> contacts</source>
            <translation> contacts</translation>
        </message>
        <message>
            <source>Compare workflows with at least:</source>
            <translation>Comparer les scénarios d'au moins :</translation>
        </message>
        <message>
            <source>A completion rate is compared with the median rate of the workflows enrolling at least that many contacts.</source>
            <translation>Un taux de complétion est comparé au taux médian des scénarios qui comptent au moins ce nombre d'inscrits.</translation>
        </message>
        <message>
            <source>Overlap from:</source>
            <translation>Chevauchement à partir de :</translation>
        </message>
        <message>
            <source>Two workflows overlap when they e-mail at least that many of the same contacts within one week.</source>
            <translation>Deux scénarios se chevauchent quand ils écrivent à au moins ce nombre de mêmes contacts dans la même semaine.</translation>
        </message>
        <message>
            <source>Sunset list</source>
            <translation>Contacts silencieux</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>Silent for:</source>
            <translation>Silencieux depuis :</translation>
        </message>
        <message>
            <source>Usage score weights</source>
            <translation>Poids du score d'utilisation</translation>
        </message>
        <message>
            <source>Share of active workflows:</source>
            <translation>Part des scénarios actifs :</translation>
        </message>
        <message>
            <source>Share of e-mails sent by workflows:</source>
            <translation>Part des e-mails envoyés par des scénarios :</translation>
        </message>
        <message>
            <source>Share of workflows without issue:</source>
            <translation>Part des scénarios sans problème :</translation>
        </message>
        <message>
            <source>0 leaves a share out of the score.</source>
            <translation>0 retire une part du score.</translation>
        </message>
    </context>
    <context>
        <name>UsageSunset</name>
        <message>
            <source>Email</source>
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
            <source>Tools</source>
            <translation>Outils</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Connu depuis</translation>
        </message>
        <message>
            <source>Last open</source>
            <translation>Dernière ouverture</translation>
        </message>
        <message>
            <source>Last click</source>
            <translation>Dernier clic</translation>
        </message>
    </context>
    <context>
        <name>UsageTables</name>
        <message>
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>What we found</source>
            <translation>Constat</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Tool</source>
            <translation>Outil</translation>
        </message>
        <message>
            <source>Licence costs</source>
            <translation>Coûts des licences</translation>
        </message>
        <message>
            <source>Engaged contacts</source>
            <translation>Contacts engagés</translation>
        </message>
        <message>
            <source>Cost per engaged contact</source>
            <translation>Coût par contact engagé</translation>
        </message>
        <message>
            <source>E-mails sent</source>
            <translation>E-mails envoyés</translation>
        </message>
        <message>
            <source>Automated (workflows)</source>
            <translation>Automatisés (scénarios)</translation>
        </message>
        <message>
            <source>One-off campaigns</source>
            <translation>Campagnes ponctuelles</translation>
        </message>
        <message>
            <source>Share automated</source>
            <translation>Part automatisée</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>The status as your inventory or automation report writes it</source>
            <translation>Le statut tel que l'écrit votre inventaire ou votre rapport d'automatisation</translation>
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
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>E-mails configured in the workflow (the inventory's count, else its distinct automated e-mails)</source>
            <translation>E-mails configurés dans le scénario (le nombre de l'inventaire, sinon ses e-mails automatisés distincts)</translation>
        </message>
        <message>
            <source>Contacts who entered the workflow, as the export counts them</source>
            <translation>Contacts entrés dans le scénario, tels que l'export les compte</translation>
        </message>
        <message>
            <source>Hygiene checks it fails (see the Hygiene checks tab)</source>
            <translation>Contrôles d'hygiène qu'il ne passe pas (voir l'onglet Contrôles d'hygiène)</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrits</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Complétion</translation>
        </message>
        <message>
            <source>Share of the enrolled contacts who reached the end</source>
            <translation>Part des inscrits arrivés au bout</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyés</translation>
        </message>
        <message>
            <source>Automated e-mails the workflow sent in the period</source>
            <translation>E-mails automatisés envoyés par le scénario sur la période</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Its latest automated e-mail or recorded activity, up to the end of the period</source>
            <translation>Son dernier e-mail automatisé ou sa dernière activité connue, jusqu'à la fin de la période</translation>
        </message>
        <message>
            <source>Issues</source>
            <translation>Alertes</translation>
        </message>
    </context>
    <context>
        <name>UsageWorkflows</name>
        <message>
            <source>Trigger and goal come from your workflow inventory; “none” means the cell is empty, “unknown” that no export says. E-mails sent count the automated e-mails dated in the period.</source>
            <translation>Déclencheur et objectif viennent de votre inventaire des scénarios ; « aucun » signifie que la cellule est vide, « inconnu » qu'aucun export ne le dit. Les e-mails envoyés comptent les e-mails automatisés datés dans la période.</translation>
        </message>
        <message>
            <source>No workflow is known yet.</source>
            <translation>Aucun scénario n'est encore connu.</translation>
        </message>
        <message>
            <source>Workflows: %1</source>
            <translation>Scénarios : %1</translation>
        </message>
        <message>
            <source>active: %1</source>
            <translation>actifs : %1</translation>
        </message>
        <message>
            <source>configured triggers: %1</source>
            <translation>déclencheurs configurés : %1</translation>
        </message>
        <message>
            <source>without trigger: %1</source>
            <translation>sans déclencheur : %1</translation>
        </message>
        <message>
            <source>without goal: %1</source>
            <translation>sans objectif : %1</translation>
        </message>
        <message>
            <source>e-mails configured: %1</source>
            <translation>e-mails configurés : %1</translation>
        </message>
        <message>
            <source>contacts enrolled: %1</source>
            <translation>contacts inscrits : %1</translation>
        </message>
        <message>
            <source>completion: %1 (where reported)</source>
            <translation>complétion : %1 (là où elle est connue)</translation>
        </message>
        <message>
            <source>%1 of %2 contacts reached the end</source>
            <translation>%1 contacts sur %2 sont allés jusqu'au bout</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Switched on</source>
            <translation>Activé</translation>
        </message>
        <message>
            <source>Switched off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>%1 (all time)</source>
            <translation>%1 (au total)</translation>
        </message>
        <message>
            <source>The automation report gives this total without dates: it cannot be placed in a period.</source>
            <translation>Le rapport d'automatisation donne ce total sans dates : impossible de le placer dans une période.</translation>
        </message>
    </context>
    <context>
        <name>ValueSettings</name>
        <message>
            <source>Revenue of the deals won</source>
            <translation>CA des affaires gagnées</translation>
        </message>
        <message>
            <source>Qualified leads × their average value</source>
            <translation>Leads qualifiés × leur valeur moyenne</translation>
        </message>
        <message>
            <source>Hourly cost of the team</source>
            <translation>Coût horaire de l'équipe</translation>
        </message>
        <message>
            <source>What one hour of your marketing team costs the company, salary and charges included. It turns the time automation saves into money. Leave it empty not to count saved time.</source>
            <translation>Ce qu'une heure de votre équipe marketing coûte à l'entreprise, salaire et charges compris. Il traduit en argent le temps que l'automatisation fait gagner. Laissez vide pour ne pas compter le temps gagné.</translation>
        </message>
        <message>
            <source>Minutes saved per automated e-mail</source>
            <translation>Minutes gagnées par e-mail automatisé</translation>
        </message>
        <message>
            <source>Time someone would spend writing and sending that e-mail by hand. 3 minutes by default.</source>
            <translation>Le temps qu'il faudrait pour écrire et envoyer cet e-mail à la main. 3 minutes par défaut.</translation>
        </message>
        <message>
            <source>Minutes saved per workflow run</source>
            <translation>Minutes gagnées par passage dans un scénario</translation>
        </message>
        <message>
            <source>Time saved each time a contact goes through a workflow (list updates, hand-overs to sales), besides its e-mails. 0 = not counted. Your tools give enrolments as totals without dates, so a shorter period counts its share of the days.</source>
            <translation>Le temps gagné chaque fois qu'un contact passe dans un scénario (mises à jour de listes, transmissions aux commerciaux), en plus de ses e-mails. 0 = non compté. Vos outils donnent les inscriptions en totaux sans date, une période plus courte en compte donc sa part de jours.</translation>
        </message>
        <message>
            <source>Gains counted in the ROI</source>
            <translation>Gains comptés dans le ROI</translation>
        </message>
        <message>
            <source>Revenue of the deals won, or — when your deals are few or not imported — the qualified leads (MQL) the period brought, each worth the average value below.</source>
            <translation>Le CA des affaires gagnées ou, si vos affaires sont rares ou non importées, les leads qualifiés (MQL) apportés par la période, chacun à la valeur moyenne ci-dessous.</translation>
        </message>
        <message>
            <source>Value of a qualified lead</source>
            <translation>Valeur d'un lead qualifié</translation>
        </message>
        <message>
            <source>What a qualified lead (MQL) is worth on average. Leave it empty to use the measured value: share of MQLs that become customers × average deal value.</source>
            <translation>Ce que vaut en moyenne un lead qualifié (MQL). Laissez vide pour utiliser la valeur mesurée : part des MQL devenus clients × montant moyen d'une affaire.</translation>
        </message>
        <message>
            <source>Attribution model</source>
            <translation>Modèle d'attribution</translation>
        </message>
        <message>
            <source>How the revenue of a deal is shared among the channels the customer met before signing. It sets the revenue by channel and the revenue from workflows in every figure.</source>
            <translation>Comment le CA d'une affaire se répartit entre les canaux rencontrés par le client avant de signer. Il fixe le CA par canal et le CA des scénarios dans tous les chiffres.</translation>
        </message>
        <message>
            <source>Time-decay half-life</source>
            <translation>Demi-vie du modèle dégressif</translation>
        </message>
        <message>
            <source>For the time-decay model: an interaction this many days before the signature counts half as much as one on the day.</source>
            <translation>Pour le modèle dégressif dans le temps : un contact survenu ce nombre de jours avant la signature compte moitié moins qu'un contact le jour même.</translation>
        </message>
        <message>
            <source>Automation started on</source>
            <translation>Automatisation démarrée le</translation>
        </message>
        <message>
            <source>The day your marketing automation went live. The sales cycle of deals signed before it is compared with that of deals signed after.</source>
            <translation>Le jour où votre marketing automation a été mis en service. Le cycle de vente des affaires signées avant est comparé à celui des affaires signées après.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>The currency of every figure. Amounts in another currency need an exchange rate (cost ledger).</source>
            <translation>La devise de tous les chiffres. Les montants dans une autre devise ont besoin d'un taux de change (registre des coûts).</translation>
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
    <context>
        <name>Workbook</name>
        <message>
            <source>Whole period</source>
            <translation>Toute la période</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>The last row gives the figures of the whole period; some are not the sum of the rows above, because an item counts in several rows (a contact found in two tools counts in both).</source>
            <translation>La dernière ligne donne les chiffres de toute la période ; certains ne sont pas la somme des lignes au-dessus, car un élément compte dans plusieurs lignes (un contact présent dans deux outils compte dans les deux).</translation>
        </message>
        <message>
            <source>Contact and open-deal counts are stocks: each month gives them at its end, the last row at the end of the period.</source>
            <translation>Les nombres de contacts et d'affaires en cours sont des stocks : chaque mois les donne à sa fin, la dernière ligne à la fin de la période.</translation>
        </message>
        <message>
            <source>Only the {count} largest items are listed; the last row covers them all.</source>
            <translation>Seuls les {count} plus gros éléments sont listés ; la dernière ligne les couvre tous.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Entonnoir</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>Costs and ROI</source>
            <translation>Coûts et ROI</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Social media and satisfaction</source>
            <translation>Réseaux sociaux et satisfaction</translation>
        </message>
        <message>
            <source>E-mail recipients</source>
            <translation>Destinataires d'e-mails</translation>
        </message>
        <message>
            <source>E-mail campaign totals</source>
            <translation>Totaux de campagnes e-mail</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <source>Web traffic</source>
            <translation>Trafic web</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Ce qu'il mesure</translation>
        </message>
        <message>
            <source>How it is computed</source>
            <translation>Mode de calcul</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Better when</source>
            <translation>Meilleur quand il est</translation>
        </message>
        <message>
            <source>Broken down by</source>
            <translation>Détaillé par</translation>
        </message>
        <message>
            <source>Data it needs</source>
            <translation>Données nécessaires</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Import no.</source>
            <translation>Import n°</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Workflow inventory</source>
            <translation>Inventaire des scénarios</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>“none”: the export says the workflow has no trigger or no goal; an empty cell: the export does not say.</source>
            <translation>« aucun » : l'export indique que le scénario n'a ni déclencheur ni objectif ; cellule vide : l'export ne le dit pas.</translation>
        </message>
        <message>
            <source>Tool</source>
            <translation>Outil</translation>
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
            <source>E-mails in the workflow</source>
            <translation>E-mails du scénario</translation>
        </message>
        <message>
            <source>Contacts enrolled</source>
            <translation>Contacts inscrits</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Arrivés au bout</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Taux de complétion</translation>
        </message>
        <message>
            <source>E-mails sent in the period</source>
            <translation>E-mails envoyés sur la période</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Imported on</source>
            <translation>Importé le</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>Lignes lues</translation>
        </message>
        <message>
            <source>Rows loaded</source>
            <translation>Lignes chargées</translation>
        </message>
        <message>
            <source>Rows rejected</source>
            <translation>Lignes rejetées</translation>
        </message>
        <message>
            <source>Already there</source>
            <translation>Déjà présentes</translation>
        </message>
        <message>
            <source>Definitions of the indicators</source>
            <translation>Définitions des indicateurs</translation>
        </message>
        <message>
            <source>Imports behind the figures</source>
            <translation>Imports à l'origine des chiffres</translation>
        </message>
        <message>
            <source>Every figure of this workbook comes from these files. Rows read = rows loaded + rows rejected + rows already there; rejected rows are listed, with the reason, in the app's import report.</source>
            <translation>Tous les chiffres de ce classeur viennent de ces fichiers. Lignes lues = lignes chargées + lignes rejetées + lignes déjà présentes ; les lignes rejetées sont listées, avec leur motif, dans le rapport d'import de l'application.</translation>
        </message>
        <message>
            <source>Revenue won by channel under each attribution model</source>
            <translation>CA signé par canal selon chaque modèle d'attribution</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>The “{model}” model feeds the indicators (revenue won by channel, revenue from workflows); the others show how much the split depends on the model.</source>
            <translation>Le modèle « {model} » alimente les indicateurs (CA signé par canal, CA des scénarios) ; les autres montrent combien la répartition dépend du modèle.</translation>
        </message>
        <message>
            <source>{model}: {reason}</source>
            <translation>{model} : {reason}</translation>
        </message>
        <message>
            <source>Deals won in the period</source>
            <translation>Affaires gagnées sur la période</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Créée le</translation>
        </message>
        <message>
            <source>Won on</source>
            <translation>Gagnée le</translation>
        </message>
        <message>
            <source>Days to sign</source>
            <translation>Jours jusqu'à la signature</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Some deals are in another currency: amounts are shown as exported, and the revenue won of the indicators converts them with the workspace's exchange rates.</source>
            <translation>Certaines affaires sont dans une autre devise : les montants sont affichés tels qu'exportés, et le CA signé des indicateurs les convertit avec les taux de change de l'espace de travail.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Définitions</translation>
        </message>
        <message>
            <source>Data used</source>
            <translation>Données utilisées</translation>
        </message>
        <message>
            <source>Marketing KPIs — {name}</source>
            <translation>Indicateurs marketing — {name}</translation>
        </message>
        <message>
            <source>Marketing KPIs, {period}</source>
            <translation>Indicateurs marketing, {period}</translation>
        </message>
        <message>
            <source>Period: {period}.</source>
            <translation>Période : {period}.</translation>
        </message>
        <message>
            <source>Period: nothing imported yet.</source>
            <translation>Période : rien n'a encore été importé.</translation>
        </message>
        <message>
            <source>Compared with the previous period: {period}.</source>
            <translation>Comparée à la période précédente : {period}.</translation>
        </message>
        <message>
            <source>Compared with the same period last year: {period}.</source>
            <translation>Comparée à la même période l'an dernier : {period}.</translation>
        </message>
        <message>
            <source>No figures for {period} to compare with.</source>
            <translation>Aucun chiffre sur {period} pour comparer.</translation>
        </message>
        <message>
            <source>Amounts in {currency}. Exported on {day} from the workspace “{name}” with ROI Desktop {version}.</source>
            <translation>Montants en {currency}. Exporté le {day} depuis l'espace de travail « {name} » avec ROI Desktop {version}.</translation>
        </message>
        <message>
            <source>Headline figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>marketing, KPI, ROI</source>
            <translation>marketing, indicateurs, ROI</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Engagement: contacts and e-mails</source>
            <translation>Engagement : contacts et e-mails</translation>
        </message>
        <message>
            <source>E-mails by month</source>
            <translation>E-mails par mois</translation>
        </message>
        <message>
            <source>E-mails sent (bars) and open and click rates (lines)</source>
            <translation>E-mails envoyés (barres), taux d'ouverture et de clic (courbes)</translation>
        </message>
        <message>
            <source>Contacts by month</source>
            <translation>Contacts par mois</translation>
        </message>
        <message>
            <source>E-mails by tool</source>
            <translation>E-mails par outil</translation>
        </message>
        <message>
            <source>E-mails by campaign</source>
            <translation>E-mails par campagne</translation>
        </message>
        <message>
            <source>Automated e-mails by workflow</source>
            <translation>E-mails automatisés par scénario</translation>
        </message>
        <message>
            <source>Contacts by tool</source>
            <translation>Contacts par outil</translation>
        </message>
        <message>
            <source>Acquisition &amp; funnel</source>
            <translation>Acquisition et entonnoir</translation>
        </message>
        <message>
            <source>Acquisition and funnel: from contact to customer</source>
            <translation>Acquisition et entonnoir : du contact au client</translation>
        </message>
        <message>
            <source>Funnel by month</source>
            <translation>Entonnoir par mois</translation>
        </message>
        <message>
            <source>New leads, MQLs and customers by month</source>
            <translation>Nouveaux leads, MQL et clients par mois</translation>
        </message>
        <message>
            <source>Deals by month</source>
            <translation>Affaires par mois</translation>
        </message>
        <message>
            <source>Funnel by channel</source>
            <translation>Entonnoir par canal</translation>
        </message>
        <message>
            <source>Funnel and deals by tool</source>
            <translation>Entonnoir et affaires par outil</translation>
        </message>
        <message>
            <source>Lead conversion with and without workflows</source>
            <translation>Conversion des leads avec et sans scénario</translation>
        </message>
        <message>
            <source>Revenue &amp; ROI</source>
            <translation>CA et ROI</translation>
        </message>
        <message>
            <source>Revenue and return on investment</source>
            <translation>Chiffre d'affaires et retour sur investissement</translation>
        </message>
        <message>
            <source>Revenue, costs and ROI by month</source>
            <translation>CA, coûts et ROI par mois</translation>
        </message>
        <message>
            <source>Revenue won and marketing costs (bars), ROI (line)</source>
            <translation>CA signé et coûts marketing (barres), ROI (courbe)</translation>
        </message>
        <message>
            <source>Revenue and costs by channel</source>
            <translation>CA et coûts par canal</translation>
        </message>
        <message>
            <source>Revenue by tool</source>
            <translation>CA par outil</translation>
        </message>
        <message>
            <source>Revenue and time saved by workflow</source>
            <translation>CA et temps gagné par scénario</translation>
        </message>
        <message>
            <source>Marketing costs</source>
            <translation>Coûts marketing</translation>
        </message>
        <message>
            <source>Costs and cost per result by month</source>
            <translation>Coûts et coût par résultat par mois</translation>
        </message>
        <message>
            <source>Marketing costs by month</source>
            <translation>Coûts marketing par mois</translation>
        </message>
        <message>
            <source>Costs by category</source>
            <translation>Coûts par catégorie</translation>
        </message>
        <message>
            <source>Share of each cost category</source>
            <translation>Part de chaque catégorie de coûts</translation>
        </message>
        <message>
            <source>Costs and cost per result by channel</source>
            <translation>Coûts et coût par résultat par canal</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Utilisation</translation>
        </message>
        <message>
            <source>Use of the automation tool</source>
            <translation>Utilisation de l'outil d'automatisation</translation>
        </message>
        <message>
            <source>Automated e-mails by month</source>
            <translation>E-mails automatisés par mois</translation>
        </message>
        <message>
            <source>All e-mails and automated e-mails sent by month</source>
            <translation>Tous les e-mails et e-mails automatisés envoyés par mois</translation>
        </message>
        <message>
            <source>Workflow hygiene by tool</source>
            <translation>Hygiène des scénarios par outil</translation>
        </message>
        <message>
            <source>Website, social media and satisfaction</source>
            <translation>Site web, réseaux sociaux et satisfaction</translation>
        </message>
        <message>
            <source>Website by month</source>
            <translation>Site web par mois</translation>
        </message>
        <message>
            <source>Visits (bars) and conversion rate (line) by month</source>
            <translation>Visites (barres) et taux de conversion (courbe) par mois</translation>
        </message>
        <message>
            <source>Website by channel</source>
            <translation>Site web par canal</translation>
        </message>
        <message>
            <source>Website by source / medium</source>
            <translation>Site web par source / support</translation>
        </message>
        <message>
            <source>Website by landing page</source>
            <translation>Site web par page d'atterrissage</translation>
        </message>
        <message>
            <source>Figures of the period</source>
            <translation>Chiffres de la période</translation>
        </message>
        <message>
            <source>No monthly or detailed figures: the exports this area needs are not imported for the period (see the notes above).</source>
            <translation>Pas de chiffres mensuels ni détaillés : les exports dont ce domaine a besoin ne sont pas importés pour la période (voir les notes ci-dessus).</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>pt</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation>Acquisition</translation>
        </message>
        <message>
            <source>E-mail engagement</source>
            <translation>Engagement e-mail</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Période précédente</translation>
        </message>
        <message>
            <source>Same period last year</source>
            <translation>Même période l'an dernier</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <source>Change (%)</source>
            <translation>Évolution (%)</translation>
        </message>
        <message>
            <source>Monthly trend</source>
            <translation>Tendance mensuelle</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Not available: {reason}</source>
            <translation>Non disponible : {reason}</translation>
        </message>
        <message>
            <source>Points of attention</source>
            <translation>Points d'attention</translation>
        </message>
        <message>
            <source>No alert on these figures.</source>
            <translation>Aucune alerte sur ces chiffres.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>percentage</source>
            <translation>pourcentage</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>plus élevé</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>plus bas</translation>
        </message>
        <message>
            <source>neither</source>
            <translation>ni l'un ni l'autre</translation>
        </message>
        <message>
            <source>Entered a workflow</source>
            <translation>Entrés dans un scénario</translation>
        </message>
        <message>
            <source>Never in a workflow</source>
            <translation>Jamais dans un scénario</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Source / medium</source>
            <translation>Source / support</translation>
        </message>
        <message>
            <source>Landing page</source>
            <translation>Page d'atterrissage</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
    </context>
</TS>

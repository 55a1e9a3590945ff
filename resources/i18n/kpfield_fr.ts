<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Select a cell of the heat map to assess its row for its country.</source>
        <translation>Sélectionnez une cellule de la carte thermique pour évaluer sa ligne pour son pays.</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Self-assessment: {row}, {country}, {period}</source>
        <translation>Auto-évaluation : {row}, {country}, {period}</translation>
    </message>
    <message>
        <source>{description}
Basis: {basis}</source>
        <translation>{description}
Base de calcul : {basis}</translation>
    </message>
    <message>
        <source>Earlier scores: {scores}</source>
        <translation>Notes précédentes : {scores}</translation>
    </message>
    <message>
        <source>No earlier assessment.</source>
        <translation>Aucune évaluation précédente.</translation>
    </message>
    <message>
        <source>Not assessed yet for this period.</source>
        <translation>Pas encore évalué pour cette période.</translation>
    </message>
    <message>
        <source>Saved {when} UTC</source>
        <translation>Enregistré le {when} UTC</translation>
    </message>
    <message>
        <source>Choose A (best) to D.</source>
        <translation>Choisissez de A (meilleure note) à D.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>File structure</source>
        <translation>Structure du fichier</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Records against the audit log</source>
        <translation>Fiches comparées au journal d&apos;audit</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Points de contrôle signés</translation>
    </message>
    <message>
        <source>Check this inventory</source>
        <translation>Vérifier cet inventaire</translation>
    </message>
    <message>
        <source>{file} is sound: nothing was changed behind kpfield&apos;s back.</source>
        <translation>{file} est intact : rien n&apos;a été modifié en dehors de kpfield.</translation>
    </message>
    <message>
        <source>{file}: problems found. Someone or something changed the file outside kpfield, or it is damaged. Bring back the latest good backup with File &gt; Restore from backup (the file as it is now is kept aside), or with &apos;kpfield restore&apos;.</source>
        <translation>{file} : problèmes trouvés. Quelqu&apos;un ou quelque chose a modifié le fichier en dehors de kpfield, ou il est endommagé. Restaurez la dernière bonne sauvegarde avec Fichier &gt; Restaurer une sauvegarde (le fichier tel qu&apos;il est maintenant est mis de côté), ou avec « kpfield restore ».</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Could not be checked here</source>
        <translation>N&apos;a pas pu être vérifié ici</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
</context>
<context>
    <name>CoordinatorReports</name>
    <message>
        <source>Wrote {file}: {title}</source>
        <translation>{file} écrit : {title}</translation>
    </message>
    <message>
        <source>No change recorded</source>
        <translation>Aucun changement enregistré</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Every change recorded since a day</source>
        <translation>Tous les changements enregistrés depuis un jour donné</translation>
    </message>
    <message>
        <source>The last workbook of {officer}</source>
        <translation>Le dernier classeur de {officer}</translation>
    </message>
    <message>
        <source>a day, e.g. {example}, or a day and a UTC time: {example} 14:30</source>
        <translation>un jour, p. ex. {example}, ou un jour et une heure UTC : {example} 14:30</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The records added, changed, deleted or brought back, with their names and the fields changed (as &apos;kpfield report changes&apos; writes them).</source>
        <translation>Les fiches ajoutées, modifiées, supprimées ou rétablies, avec leur nom et les champs modifiés (comme les écrit « kpfield report changes »).</translation>
    </message>
    <message>
        <source>Changes of</source>
        <translation>Changements de</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <source>Type the day the list starts from</source>
        <translation>Saisissez le jour à partir duquel la liste commence</translation>
    </message>
    <message>
        <source>Since: {error}</source>
        <translation>Depuis : {error}</translation>
    </message>
    <message>
        <source>Say where to write the workbook</source>
        <translation>Indiquez où écrire le classeur</translation>
    </message>
    <message>
        <source>Wrote {file}: {names}</source>
        <translation>{file} écrit : {names}</translation>
    </message>
    <message>
        <source>No PDF: {why}</source>
        <translation>Pas de PDF : {why}</translation>
    </message>
    <message>
        <source>Package to send</source>
        <translation>Paquet à envoyer</translation>
    </message>
    <message>
        <source>a half-year such as 2026H1, or a year: 2026</source>
        <translation>un semestre comme 2026H1, ou une année : 2026</translation>
    </message>
    <message>
        <source>One zip named by region and period: the inventory workbook and its PDF (needs LibreOffice), what the period&apos;s imports brought, who sent what, and a README (as &apos;kpfield export package&apos; writes it).</source>
        <translation>Un seul zip nommé d&apos;après la région et la période : le classeur de l&apos;inventaire et son PDF (nécessite LibreOffice), ce qu&apos;ont apporté les importations de la période, qui a envoyé quoi, et un README (comme l&apos;écrit « kpfield export package »).</translation>
    </message>
    <message>
        <source>WGAAP region</source>
        <translation>Région du WGAAP</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Dossier du paquet</translation>
    </message>
    <message>
        <source>Period: {error}</source>
        <translation>Période : {error}</translation>
    </message>
    <message>
        <source>Say which folder to write the package in</source>
        <translation>Indiquez dans quel dossier écrire le paquet</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>{n} person(s)</source>
        <translation>
            <numerusform>{n} personne</numerusform>
            <numerusform>{n} personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation(s)</source>
        <translation>
            <numerusform>{n} organisation</numerusform>
            <numerusform>{n} organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} licence(s)</source>
        <translation>
            <numerusform>{n} permis</numerusform>
            <numerusform>{n} permis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} site(s)</source>
        <translation>
            <numerusform>{n} chantier</numerusform>
            <numerusform>{n} chantiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} production record(s)</source>
        <translation>
            <numerusform>{n} relevé de production</numerusform>
            <numerusform>{n} relevés de production</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} sale(s) or export(s)</source>
        <translation>
            <numerusform>{n} vente ou exportation</numerusform>
            <numerusform>{n} ventes ou exportations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} inspection(s)</source>
        <translation>
            <numerusform>{n} inspection</numerusform>
            <numerusform>{n} inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} self-assessment(s)</source>
        <translation>
            <numerusform>{n} auto-évaluation</numerusform>
            <numerusform>{n} auto-évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s)</source>
        <translation>
            <numerusform>{n} enregistrement</numerusform>
            <numerusform>{n} enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>No record selected</source>
        <translation>Aucun enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{size_class}: {stones} stone(s), {carats} ct</source>
        <translation>{size_class} : {stones} pierre(s), {carats} ct</translation>
    </message>
    <message>
        <source>Size classes</source>
        <translation>Classes de taille</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>{when} UTC (version {version})</source>
        <translation>{when} UTC (version {version})</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translation>Permis {number}</translation>
    </message>
    <message>
        <source>Production of {date}: {carats} ct</source>
        <translation>Production du {date} : {carats} ct</translation>
    </message>
    <message>
        <source>Export of {date}: {carats} ct</source>
        <translation>Exportation du {date} : {carats} ct</translation>
    </message>
    <message>
        <source>Sale of {date}: {carats} ct</source>
        <translation>Vente du {date} : {carats} ct</translation>
    </message>
    <message>
        <source>Inspection of {date}</source>
        <translation>Inspection du {date}</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Back to the Challenge matrix</source>
        <translation>Retour à la matrice des défis</translation>
    </message>
    <message>
        <source>Back to the Challenge matrix (Alt+Left)</source>
        <translation>Retour à la matrice des défis (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Previous flagged</source>
        <translation>Signalé précédent</translation>
    </message>
    <message>
        <source>Next flagged</source>
        <translation>Signalé suivant</translation>
    </message>
    <message>
        <source>Flagged by “{indicator}” in {scope}, {period}: {n} {records}</source>
        <translation>Signalés par « {indicator} » pour {scope}, {period} : {n} {records}</translation>
    </message>
    <message>
        <source>Why this record ({k} of {n}): {reason}</source>
        <translation>Pourquoi cet enregistrement ({k} sur {n}) : {reason}</translation>
    </message>
    <message>
        <source>The selected record is not one this indicator flagged.</source>
        <translation>L’enregistrement sélectionné ne fait pas partie de ceux que cet indicateur signale.</translation>
    </message>
    <message>
        <source>Select a record to see why it was flagged.</source>
        <translation>Sélectionnez un enregistrement pour voir pourquoi il a été signalé.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>of {date} at {site}</source>
        <translation>du {date} sur {site}</translation>
    </message>
    <message>
        <source>of {date}, {carats} ct</source>
        <translation>du {date}, {carats} ct</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>du {date}</translation>
    </message>
    <message>
        <source>adding {record}</source>
        <translation>l&apos;ajout : {record}</translation>
    </message>
    <message>
        <source>edit of {record}</source>
        <translation>la modification : {record}</translation>
    </message>
    <message>
        <source>deletion of {record}</source>
        <translation>la suppression : {record}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Not signed: {why}. It imports as unsigned.</source>
        <translation>Non signé : {why}. Il sera importé comme non signé.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Signed with this installation&apos;s key {fingerprint}</source>
        <translation>Signé avec la clé de cette installation {fingerprint}</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key was made now: send your key file (kpfield identity --export) to your coordinator</source>
        <translation>La clé de signature de cette installation vient d&apos;être créée : envoyez votre fichier de clé (kpfield identity --export) à votre coordinateur</translation>
    </message>
    <message>
        <source>Accept workbooks altered after signing (written to the audit log)</source>
        <translation>Accepter les classeurs modifiés après signature (noté dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>A signed workbook whose data or _about sheet changed after the officer exported it is refused. Tick this only when you know why it changed; each such import is recorded in the audit log.</source>
        <translation>Un classeur signé dont les données ou la feuille _about ont changé après l&apos;export par l&apos;agent est refusé. Cochez cette case seulement si vous savez pourquoi il a changé ; chaque import de ce type est noté dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Officers&apos; keys</source>
        <translation>Clés des agents</translation>
    </message>
    <message>
        <source>Review ({n})</source>
        <translation>Examen ({n})</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Wrote the blank template {file}</source>
        <translation>Modèle vierge écrit : {file}</translation>
    </message>
    <message>
        <source>Field workbook: this inventory&apos;s records for the coordinator or another kpfield</source>
        <translation>Classeur de terrain : les enregistrements de cet inventaire, pour le coordinateur ou un autre kpfield</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>all records; or only those changed since a date, e.g. {example}</source>
        <translation>tous les enregistrements ; ou seulement ceux modifiés depuis une date, par exemple {example}</translation>
    </message>
    <message>
        <source>Export field workbook…</source>
        <translation>Exporter le classeur de terrain…</translation>
    </message>
    <message>
        <source>Every record with its UUID, version and deletions, and an _about sheet (who, when, row counts, a SHA-256 of the data), so the receiver merges it without duplicates.</source>
        <translation>Chaque enregistrement avec son UUID, sa version et ses suppressions, et une feuille _about (qui, quand, nombre de lignes, un SHA-256 des données), pour que le destinataire le fusionne sans doublons.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifiés depuis</translation>
    </message>
    <message>
        <source>Blank template: the same sheets, empty, for an officer without kpfield</source>
        <translation>Modèle vierge : les mêmes feuilles, vides, pour un agent qui n&apos;a pas kpfield</translation>
    </message>
    <message>
        <source>Write blank template…</source>
        <translation>Écrire le modèle vierge…</translation>
    </message>
    <message>
        <source>Headers in the officer&apos;s language, drop-down lists, date and number checks, and an instructions sheet. Import the filled workbook on the Import tab.</source>
        <translation>En-têtes dans la langue de l&apos;agent, listes déroulantes, contrôles des dates et des nombres, et une feuille d&apos;instructions. Importez le classeur rempli dans l&apos;onglet Importer.</translation>
    </message>
    <message>
        <source>Headers in</source>
        <translation>En-têtes en</translation>
    </message>
    <message>
        <source>Submissions: who has sent what, and who is late</source>
        <translation>Envois : qui a envoyé quoi, et qui est en retard</translation>
    </message>
    <message>
        <source>Write submissions report…</source>
        <translation>Écrire le rapport des envois…</translation>
    </message>
    <message>
        <source>Per officer and district: the last workbook received, signed or not, its records and the production it covers; late: nothing received since the current half-year began.</source>
        <translation>Par agent et par district : le dernier classeur reçu, signé ou non, ses enregistrements et la production qu&apos;il couvre ; en retard : rien reçu depuis le début du semestre en cours.</translation>
    </message>
    <message>
        <source>What changed, and the package to send</source>
        <translation>Ce qui a changé, et le paquet à envoyer</translation>
    </message>
    <message>
        <source>Write what changed…</source>
        <translation>Écrire ce qui a changé…</translation>
    </message>
    <message>
        <source>Write package…</source>
        <translation>Écrire le paquet…</translation>
    </message>
    <message>
        <source>What an officer&apos;s last workbook brought, or every change since a day; and one zip for a WGAAP region and period: inventory workbook, PDF, imports, submissions and a README.</source>
        <translation>Ce qu&apos;a apporté le dernier classeur d&apos;un agent, ou tous les changements depuis un jour donné ; et un seul zip pour une région du WGAAP et une période : classeur de l&apos;inventaire, PDF, importations, envois et un README.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date kpfield can read: type it as 2026-01-31 or 31/01/2026</source>
        <translation>« {text} » n&apos;est pas une date lisible par kpfield : saisissez-la sous la forme 2026-01-31 ou 31/01/2026</translation>
    </message>
    <message>
        <source>Export field workbook</source>
        <translation>Exporter le classeur de terrain</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Write blank template</source>
        <translation>Écrire le modèle vierge</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Écriture du modèle…</translation>
    </message>
    <message>
        <source>Write submissions report</source>
        <translation>Écrire le rapport des envois</translation>
    </message>
    <message>
        <source>Writing the submissions report…</source>
        <translation>Écriture du rapport des envois…</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} officers, {late} late for {half}</source>
        <translation>{file} écrit : {n} agents, {late} en retard pour {half}</translation>
    </message>
    <message>
        <source>Late: {names}</source>
        <translation>En retard : {names}</translation>
    </message>
    <message>
        <source>Writing what changed…</source>
        <translation>Écriture de ce qui a changé…</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s)</source>
        <translation>
            <numerusform>{file} écrit : {n} enregistrement</numerusform>
            <numerusform>{file} écrit : {n} enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Data SHA-256 {sha256}</source>
        <translation>SHA-256 des données {sha256}</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>Non écrit : {error}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written</source>
        <translation>Annulé ; aucun fichier n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>New inventory</source>
        <translation>Nouvel inventaire</translation>
    </message>
    <message>
        <source>Your name, country and district are those of the inventory open now; change them if this one is for another place, and choose where to keep it.</source>
        <translation>Votre nom, votre pays et votre district sont ceux de l&apos;inventaire ouvert ; modifiez-les si celui-ci concerne un autre lieu, et choisissez où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Welcome to kpfield</source>
        <translation>Bienvenue dans kpfield</translation>
    </message>
    <message>
        <source>Before you record anything: your language, your name (it goes into the audit log with every change), your country and district, and where to keep the inventory.</source>
        <translation>Avant toute saisie : votre langue, votre nom (il est inscrit dans le journal d&apos;audit à chaque modification), votre pays et votre district, et l&apos;emplacement de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>e.g. Fatmata Sesay</source>
        <translation>par ex. Fatmata Sesay</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Votre nom *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>Fichier d&apos;inventaire</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>Inventaires</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>kpfield: first run</source>
        <translation>kpfield : premier démarrage</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FlaggedRecordsModel</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>FootprintChart</name>
    <message>
        <source>2 gr.</source>
        <translation>2 gr.</translation>
    </message>
    <message>
        <source>3 gr.</source>
        <translation>3 gr.</translation>
    </message>
    <message>
        <source>4 gr.</source>
        <translation>4 gr.</translation>
    </message>
    <message>
        <source>1-2
ct</source>
        <translation>1-2
ct</translation>
    </message>
    <message>
        <source>2-5
ct</source>
        <translation>2-5
ct</translation>
    </message>
    <message>
        <source>5-10.8
ct</source>
        <translation>5-10,8
ct</translation>
    </message>
    <message>
        <source>+10.8
ct</source>
        <translation>+10,8
ct</translation>
    </message>
    <message>
        <source>{carats} ct</source>
        <translation>{carats} ct</translation>
    </message>
    <message>
        <source>Select a cell of the heat map to see its scope&apos;s footprint.</source>
        <translation>Sélectionnez une cellule de la carte thermique pour voir l&apos;empreinte de son périmètre.</translation>
    </message>
    <message>
        <source>{size}: {share} of carats</source>
        <translation>{size} : {share} des carats</translation>
    </message>
    <message>
        <source>{size}: {share} of stones</source>
        <translation>{size} : {share} des pierres</translation>
    </message>
    <message>
        <source>in the reference: {share}</source>
        <translation>dans la référence : {share}</translation>
    </message>
    <message>
        <source>No production with size classes in {scope}.</source>
        <translation>Aucune production avec classes de taille dans {scope}.</translation>
    </message>
    <message>
        <source>Share of carats per size class: {scope}</source>
        <translation>Part des carats par classe de taille : {scope}</translation>
    </message>
    <message>
        <source>Share of stones per size class: {scope}</source>
        <translation>Part des pierres par classe de taille : {scope}</translation>
    </message>
    <message>
        <source>{period}: {stones} stones, {carats} ({records} records)</source>
        <translation>{period} : {stones} pierres, {carats} ({records} enregistrements)</translation>
    </message>
    <message>
        <source>{period}: {stones} stones, {carats}</source>
        <translation>{period} : {stones} pierres, {carats}</translation>
    </message>
    <message>
        <source>reference {period}: {stones} stones, {carats} ({records} records)</source>
        <translation>référence {period} : {stones} pierres, {carats} ({records} enregistrements)</translation>
    </message>
    <message>
        <source>reference {period}: {stones} stones, {carats}</source>
        <translation>référence {period} : {stones} pierres, {carats}</translation>
    </message>
    <message>
        <source>no reference: no production in the earlier half-years</source>
        <translation>pas de référence : aucune production dans les semestres précédents</translation>
    </message>
    <message>
        <source>Too few stones to compare with its history: {stones} in {period}, {before} before ({n} needed in each).</source>
        <translation>Trop peu de pierres pour comparer avec l&apos;historique : {stones} en {period}, {before} avant (il en faut {n} de chaque côté).</translation>
    </message>
    <message>
        <source>In {period} the stones are about the same as in its history ({before}).</source>
        <translation>En {period}, les pierres sont à peu près comme dans l&apos;historique ({before}).</translation>
    </message>
    <message>
        <source>In {period} the stones are smaller than in its history ({before}): fewer large stones.</source>
        <translation>En {period}, les pierres sont plus petites que dans l&apos;historique ({before}) : moins de grosses pierres.</translation>
    </message>
    <message>
        <source>In {period} the stones are larger than in its history ({before}): more large stones.</source>
        <translation>En {period}, les pierres sont plus grosses que dans l&apos;historique ({before}) : plus de grosses pierres.</translation>
    </message>
    <message>
        <source>In {period} the stones differ from its history ({before}), but are not smaller or larger overall.</source>
        <translation>En {period}, les pierres diffèrent de l&apos;historique ({before}), sans être globalement plus petites ni plus grosses.</translation>
    </message>
    <message>
        <source>more {size} stones ({share} against {before})</source>
        <translation>plus de pierres {size} ({share} contre {before})</translation>
    </message>
    <message>
        <source>fewer {size} stones ({share} against {before})</source>
        <translation>moins de pierres {size} ({share} contre {before})</translation>
    </message>
    <message>
        <source>Changed the most: {changes}.</source>
        <translation>Ce qui a le plus changé : {changes}.</translation>
    </message>
    <message>
        <source>Production jumped: {carats} in {period}, {ratio} times its usual half-year ({mean}).</source>
        <translation>La production a bondi : {carats} en {period}, {ratio} fois un semestre habituel ({mean}).</translation>
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation>Khi-deux sur les nombres de pierres : {chi2} avec {dof} degrés de liberté, p = {p}</translation>
    </message>
    <message>
        <source>Chi-square: not computed (fewer than {n} stones in the period or the reference)</source>
        <translation>Khi-deux : non calculé (moins de {n} pierres dans la période ou la référence)</translation>
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones, {carats} on carats (0 the same profile, 1 nothing in common)</source>
        <translation>Distance de variation totale : {stones} sur les pierres, {carats} sur les carats (0 = même profil, 1 = rien en commun)</translation>
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones (0 the same profile, 1 nothing in common)</source>
        <translation>Distance de variation totale : {stones} sur les pierres (0 = même profil, 1 = rien en commun)</translation>
    </message>
    <message>
        <source>Production jump: no earlier half-year to compare {carats} with</source>
        <translation>Bond de production : aucun semestre précédent auquel comparer {carats}</translation>
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): a JUMP</source>
        <translation>Bond de production : {carats} contre une moyenne de {mean} sur {n} semestre(s) précédent(s), x{ratio} (seuil x{threshold}) : BOND</translation>
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): no jump</source>
        <translation>Bond de production : {carats} contre une moyenne de {mean} sur {n} semestre(s) précédent(s), x{ratio} (seuil x{threshold}) : pas de bond</translation>
    </message>
</context>
<context>
    <name>FootprintPanel</name>
    <message>
        <source>No scope selected</source>
        <translation>Aucun périmètre sélectionné</translation>
    </message>
    <message>
        <source>or a site code…</source>
        <translation>ou un code de chantier…</translation>
    </message>
    <message>
        <source>Share of carats</source>
        <translation>Part des carats</translation>
    </message>
    <message>
        <source>Share of stones</source>
        <translation>Part des pierres</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>The chi-square test, the distance between the profiles and the jump test</source>
        <translation>Le test du khi-deux, la distance entre les profils et le test de bond</translation>
    </message>
    <message>
        <source>No site with code &apos;{code}&apos; in this inventory.</source>
        <translation>Aucun chantier avec le code « {code} » dans cet inventaire.</translation>
    </message>
    <message>
        <source>Footprint: {kind} {scope}</source>
        <translation>Empreinte : {kind} {scope}</translation>
    </message>
    <message>
        <source>Computing the footprint…</source>
        <translation>Calcul de l&apos;empreinte…</translation>
    </message>
    <message>
        <source>No production with size classes for {scope}.</source>
        <translation>Aucune production avec classes de taille pour {scope}.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>kpfield guide</source>
        <translation>Guide de kpfield</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>self-assessed {score}</source>
        <translation>auto-évaluation {score}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>No automatic indicator: carried by the self-assessment alone</source>
        <translation>Pas d&apos;indicateur automatique : repose uniquement sur l&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>{status} ({n} of {total} indicators)</source>
        <translation>{status} ({n} indicateurs sur {total})</translation>
    </message>
    <message>
        <source>Self-assessed {score}: {meaning}</source>
        <translation>Auto-évaluation {score} : {meaning}</translation>
    </message>
    <message>
        <source>Double-click or press Enter: the self-assessment of this row</source>
        <translation>Double-cliquez ou appuyez sur Entrée : l&apos;auto-évaluation de cette ligne</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>REFUSED: nothing will be written</source>
        <translation>REFUSÉ : rien ne sera écrit</translation>
    </message>
    <message>
        <source>REFUSED: nothing written</source>
        <translation>REFUSÉ : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing will be written</source>
        <translation>REFUSÉ ({n} problème(s)) : rien ne sera écrit</translation>
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing written</source>
        <translation>REFUSÉ ({n} problème(s)) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>accepted (preview)</source>
        <translation>accepté (aperçu)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>Not signed: no officer or key to show</source>
        <translation>Non signé : aucun agent ni aucune clé à montrer</translation>
    </message>
    <message>
        <source>Changed after it was signed</source>
        <translation>Modifié après sa signature</translation>
    </message>
    <message>
        <source>Signed by: this installation</source>
        <translation>Signé par : cette installation</translation>
    </message>
    <message>
        <source>Signed by: {officer}</source>
        <translation>Signé par : {officer}</translation>
    </message>
    <message>
        <source>Signed by: a key no officer registered in this inventory</source>
        <translation>Signé par : une clé qu’aucun agent n’a enregistrée dans cet inventaire</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Empreinte de la clé : {fingerprint}</translation>
    </message>
    <message>
        <source>Check that it is a field workbook or a filled template</source>
        <translation>Vérifiez qu&apos;il s&apos;agit d&apos;un classeur de terrain ou d&apos;un modèle rempli</translation>
    </message>
    <message>
        <source>… {n} more problems</source>
        <translation>… {n} autres problèmes</translation>
    </message>
    <message>
        <source>Choose workbooks…</source>
        <translation>Choisir des classeurs…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose one or more field workbooks or filled templates. kpfield first shows what the import would do; nothing is written until you press Import. A file with any refused row is not imported at all.</source>
        <translation>Choisissez un ou plusieurs classeurs de terrain ou modèles remplis. kpfield montre d&apos;abord ce que l&apos;import ferait ; rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer. Un fichier qui contient une seule ligne refusée n&apos;est pas importé du tout.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
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
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Refused rows and other problems</source>
        <translation>Lignes refusées et autres problèmes</translation>
    </message>
    <message>
        <source>Choose workbooks to import</source>
        <translation>Choisir les classeurs à importer</translation>
    </message>
    <message numerus="yes">
        <source>Checking {n} file(s)…</source>
        <translation>
            <numerusform>Vérification de {n} fichier…</numerusform>
            <numerusform>Vérification de {n} fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: nothing has been written yet. {n} file(s) can be imported.</source>
        <translation>
            <numerusform>Aperçu : rien n&apos;a encore été écrit. {n} fichier peut être importé.</numerusform>
            <numerusform>Aperçu : rien n&apos;a encore été écrit. {n} fichiers peuvent être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} file(s) REFUSED: nothing from them will be written; their problems are listed below.</source>
        <translation>
            <numerusform>{n} fichier REFUSÉ : rien n&apos;en sera écrit ; ses problèmes sont listés ci-dessous.</numerusform>
            <numerusform>{n} fichiers REFUSÉS : rien n&apos;en sera écrit ; leurs problèmes sont listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s) would have conflicts, kept aside for the Review tab.</source>
        <translation>
            <numerusform>{n} enregistrement aurait des conflits, mis de côté pour l&apos;onglet Examen.</numerusform>
            <numerusform>{n} enregistrements auraient des conflits, mis de côté pour l&apos;onglet Examen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {n} file(s)</source>
        <translation>
            <numerusform>Importer {n} fichier</numerusform>
            <numerusform>Importer {n} fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused rows and other problems: {n}</source>
        <translation>Lignes refusées et autres problèmes : {n}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>Import cancelled; the inventory is unchanged.</source>
        <translation>Import annulé ; l&apos;inventaire n&apos;a pas changé.</translation>
    </message>
    <message numerus="yes">
        <source>Importing {n} file(s)…</source>
        <translation>
            <numerusform>Import de {n} fichier…</numerusform>
            <numerusform>Import de {n} fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {n} of {total} file(s).</source>
        <translation>
            <numerusform>{n} fichier importé sur {total}.</numerusform>
            <numerusform>{n} fichiers importés sur {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup taken before the import: {path}</source>
        <translation>Sauvegarde faite avant l&apos;import : {path}</translation>
    </message>
    <message>
        <source>Some files were refused at import; nothing from them was written.</source>
        <translation>Certains fichiers ont été refusés à l&apos;import ; rien n&apos;en a été écrit.</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>Non importé : {error}</translation>
    </message>
    <message>
        <source>The preview failed: {error}</source>
        <translation>L&apos;aperçu a échoué : {error}</translation>
    </message>
    <message>
        <source>Import cancelled; files imported before the cancel stay imported, the others were not</source>
        <translation>Import annulé ; les fichiers importés avant l&apos;annulation restent importés, les autres ne l&apos;ont pas été</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was written</source>
        <translation>Aperçu annulé ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Production without a valid licence</source>
        <translation>Production sans permis valide</translation>
    </message>
    <message>
        <source>Expired licences still producing</source>
        <translation>Permis expirés qui produisent encore</translation>
    </message>
    <message>
        <source>Workers registered as diggers</source>
        <translation>Travailleurs enregistrés comme creuseurs</translation>
    </message>
    <message>
        <source>Active sites with a GPS point</source>
        <translation>Chantiers actifs avec un point GPS</translation>
    </message>
    <message>
        <source>Sites mapped outside their country</source>
        <translation>Chantiers placés hors de leur pays</translation>
    </message>
    <message>
        <source>Sites outside their licence area</source>
        <translation>Chantiers hors du périmètre de leur permis</translation>
    </message>
    <message>
        <source>Licence areas that overlap</source>
        <translation>Périmètres de permis qui se chevauchent</translation>
    </message>
    <message>
        <source>Sites not inspected for a year</source>
        <translation>Chantiers non inspectés depuis un an</translation>
    </message>
    <message>
        <source>Sites with months not recorded</source>
        <translation>Chantiers avec des mois non enregistrés</translation>
    </message>
    <message>
        <source>Incomplete production records</source>
        <translation>Enregistrements de production incomplets</translation>
    </message>
    <message>
        <source>Production entered late</source>
        <translation>Production saisie en retard</translation>
    </message>
    <message>
        <source>Sold to unlicensed buyers</source>
        <translation>Vendu à des acheteurs sans permis</translation>
    </message>
    <message>
        <source>Dealers buying without a valid licence</source>
        <translation>Collecteurs achetant sans permis valide</translation>
    </message>
    <message>
        <source>Dealers&apos; sales against their purchases</source>
        <translation>Ventes des collecteurs face à leurs achats</translation>
    </message>
    <message>
        <source>Exports without a KP certificate</source>
        <translation>Exportations sans certificat PK</translation>
    </message>
    <message>
        <source>Unusual prices per carat</source>
        <translation>Prix au carat inhabituels</translation>
    </message>
    <message>
        <source>Sites whose stones changed</source>
        <translation>Chantiers dont les pierres ont changé</translation>
    </message>
    <message>
        <source>Buying offices whose purchases jumped</source>
        <translation>Bureaux d&apos;achat dont les achats ont bondi</translation>
    </message>
    <message>
        <source>Active sites reporting production</source>
        <translation>Chantiers actifs déclarant une production</translation>
    </message>
    <message>
        <source>Production entered on time</source>
        <translation>Production saisie à temps</translation>
    </message>
    <message>
        <source>Inspections per inspector</source>
        <translation>Inspections par inspecteur</translation>
    </message>
    <message>
        <source>Active sites per inspector</source>
        <translation>Chantiers actifs par inspecteur</translation>
    </message>
    <message>
        <source>Value: {value} ({numerator} / {denominator}), {status}</source>
        <translation>Valeur : {value} ({numerator} / {denominator}), {status}</translation>
    </message>
    <message>
        <source>Thresholds: {thresholds}</source>
        <translation>Seuils : {thresholds}</translation>
    </message>
    <message>
        <source>How it is computed: {how}</source>
        <translation>Mode de calcul : {how}</translation>
    </message>
    <message>
        <source>Flagged: {n} {records}</source>
        <translation>Signalés : {n} {records}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>InventoryExportDialog</name>
    <message>
        <source>{workbook} and {pdf}</source>
        <translation>{workbook} et {pdf}</translation>
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation>Exporter le classeur d&apos;inventaire</translation>
    </message>
    <message>
        <source>Every country in this inventory</source>
        <translation>Tous les pays de cet inventaire</translation>
    </message>
    <message>
        <source>WGAAP region: {region}</source>
        <translation>Région WGAAP : {region}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Pays : {country}</translation>
    </message>
    <message>
        <source>first day, e.g. {example} (empty: from the first production)</source>
        <translation>premier jour, par ex. {example} (vide : depuis la première production)</translation>
    </message>
    <message>
        <source>last day, e.g. {example} (empty: to the last production)</source>
        <translation>dernier jour, par ex. {example} (vide : jusqu&apos;à la dernière production)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Also print the Summary, the Trends, the Challenge matrix, its indicators and the footprints to PDF (needs LibreOffice)</source>
        <translation>Imprimer aussi en PDF la Synthèse, les Tendances, la Matrice des défis, ses indicateurs et les empreintes (nécessite LibreOffice)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Inventory workbook</source>
        <translation>Classeur d&apos;inventaire</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field} : {error}</translation>
    </message>
    <message>
        <source>To is before From</source>
        <translation>La date « Au » est antérieure à la date « Du »</translation>
    </message>
    <message>
        <source>Say where to write the workbook</source>
        <translation>Indiquez où écrire le classeur</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{task} (cancelling…)</source>
        <translation>{task} (annulation…)</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Officer key files</source>
        <translation>Fichiers de clé d&apos;agent</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Export my key file…</source>
        <translation>Exporter mon fichier de clé…</translation>
    </message>
    <message>
        <source>Write this installation&apos;s public key to a file for your coordinator. It holds no secret: the private key never leaves this computer&apos;s data folder.</source>
        <translation>Écrire la clé publique de cette installation dans un fichier pour votre coordinateur. Il ne contient aucun secret : la clé privée ne quitte jamais le dossier de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>Register an officer&apos;s key file…</source>
        <translation>Enregistrer le fichier de clé d&apos;un agent…</translation>
    </message>
    <message>
        <source>Record an officer&apos;s key in this inventory (the audit log keeps it), so that the workbooks the officer signs import as signed by a registered officer.</source>
        <translation>Enregistrer la clé d&apos;un agent dans cet inventaire (le journal d&apos;audit la garde), pour que les classeurs signés par cet agent soient importés comme signés par un agent enregistré.</translation>
    </message>
    <message>
        <source>Officers&apos; keys registered in this inventory</source>
        <translation>Clés d&apos;agents enregistrées dans cet inventaire</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>This installation ({officer}, {country}) signs its field workbooks with the key whose fingerprint is {fingerprint}. Read it to your coordinator when you send your key file.</source>
        <translation>Cette installation ({officer}, {country}) signe ses classeurs de terrain avec la clé dont l&apos;empreinte est {fingerprint}. Lisez-la à votre coordinateur quand vous lui envoyez votre fichier de clé.</translation>
    </message>
    <message>
        <source>This installation ({officer}, {country}) has no signing key yet: one is made when you export your key file or your first field workbook.</source>
        <translation>Cette installation ({officer}, {country}) n&apos;a pas encore de clé de signature : elle est créée quand vous exportez votre fichier de clé ou votre premier classeur de terrain.</translation>
    </message>
    <message>
        <source>Export my key file</source>
        <translation>Exporter mon fichier de clé</translation>
    </message>
    <message>
        <source>The key file was not written: {reason}</source>
        <translation>Le fichier de clé n&apos;a pas été écrit : {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}. Send it to your coordinator, and read them the fingerprint {fingerprint} over the phone so they can check they registered the right key.</source>
        <translation>{path} écrit. Envoyez-le à votre coordinateur, et lisez-lui l&apos;empreinte {fingerprint} au téléphone pour qu&apos;il vérifie qu&apos;il a enregistré la bonne clé.</translation>
    </message>
    <message>
        <source>Register an officer&apos;s key file</source>
        <translation>Enregistrer le fichier de clé d&apos;un agent</translation>
    </message>
    <message>
        <source>The key was not registered: {reason}</source>
        <translation>La clé n&apos;a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <source>{path} holds this installation&apos;s own key: its workbooks are already recognised.</source>
        <translation>{path} contient la clé de cette installation : ses classeurs sont déjà reconnus.</translation>
    </message>
    <message>
        <source>This key is already registered, for {officer} (fingerprint {fingerprint}); nothing changed.</source>
        <translation>Cette clé est déjà enregistrée, pour {officer} (empreinte {fingerprint}) ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Registered the key of {officer} ({country}), fingerprint {fingerprint}. Compare it with the fingerprint the officer reads to you before you trust the workbooks it signs.</source>
        <translation>Clé de {officer} ({country}) enregistrée, empreinte {fingerprint}. Comparez-la avec l&apos;empreinte que l&apos;agent vous lit avant de vous fier aux classeurs qu&apos;elle signe.</translation>
    </message>
    <message>
        <source>Imports already made with this key now show a registered officer: {n}.</source>
        <translation>Imports déjà faits avec cette clé qui indiquent désormais un agent enregistré : {n}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Challenge matrix</source>
        <translation>Matrice des défis</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Undo not possible</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Check this inventory…</source>
        <translation>Vérifier cet inventaire…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Export inventory workbook…</source>
        <translation>Exporter le classeur d&apos;inventaire…</translation>
    </message>
    <message>
        <source>Open inventory…</source>
        <translation>Ouvrir un inventaire…</translation>
    </message>
    <message>
        <source>New inventory…</source>
        <translation>Nouvel inventaire…</translation>
    </message>
    <message>
        <source>About kpfield</source>
        <translation>À propos de kpfield</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Recent inventories</source>
        <translation>Inventaires récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Inventory: {name}</source>
        <translation>Inventaire : {name}</translation>
    </message>
    <message>
        <source>Officer: {officer} ({where})</source>
        <translation>Agent : {officer} ({where})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
        <source>Backing up the inventory…</source>
        <translation>Sauvegarde de l&apos;inventaire…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup could not be written: {message}</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite : {message}</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup file was written</source>
        <translation>Sauvegarde annulée ; aucun fichier de sauvegarde n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Checking every record against the audit log…</source>
        <translation>Vérification de chaque fiche par rapport au journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Check this inventory</source>
        <translation>Vérifier cet inventaire</translation>
    </message>
    <message>
        <source>Writing the inventory workbook…</source>
        <translation>Écriture du classeur d&apos;inventaire…</translation>
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation>Exporter le classeur d&apos;inventaire</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>The inventory workbook was not written: {message}</source>
        <translation>Le classeur d&apos;inventaire n&apos;a pas été écrit : {message}</translation>
    </message>
    <message>
        <source>Export cancelled; no workbook was written</source>
        <translation>Exportation annulée ; aucun classeur n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Open inventory</source>
        <translation>Ouvrir un inventaire</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>Inventaires</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Field inventories of artisanal and alluvial diamond mining for the Kimberley Process Working Group of Artisanal Alluvial Producers.</source>
        <translation>Inventaires de terrain de l&apos;exploitation artisanale et alluviale de diamants pour le Groupe de travail des producteurs artisanaux et alluviaux (WGAAP) du Processus de Kimberley.</translation>
    </message>
    <message>
        <source>Installation: {origin}</source>
        <translation>Installation : {origin}</translation>
    </message>
    <message>
        <source>Cannot open the inventory</source>
        <translation>Impossible d&apos;ouvrir l&apos;inventaire</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup and copying it…</source>
        <translation>Vérification de la sauvegarde et copie…</translation>
    </message>
    <message>
        <source>The inventory was not restored and is as it was: {message}</source>
        <translation>L&apos;inventaire n&apos;a pas été restauré et reste tel qu&apos;il était : {message}</translation>
    </message>
    <message>
        <source>Restore cancelled; the inventory was not changed</source>
        <translation>Restauration annulée ; l&apos;inventaire n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>Restored {name} from the backup {backup}.</source>
        <translation>{name} a été restauré à partir de la sauvegarde {backup}.</translation>
    </message>
    <message>
        <source>The inventory as it was before is kept as {kept}: open it from there if needed.</source>
        <translation>L&apos;inventaire tel qu&apos;il était avant est conservé sous {kept} : ouvrez-le depuis cet emplacement si besoin.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>outside the country</source>
        <translation>hors du pays</translation>
    </message>
    <message>
        <source>active without a valid licence</source>
        <translation>actif sans permis valide</translation>
    </message>
    <message>
        <source>not inspected in the last year</source>
        <translation>non inspecté depuis un an</translation>
    </message>
    <message>
        <source>Search sites by code, name or village</source>
        <translation>Rechercher des sites par code, nom ou village</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <source>Show GPS tracks…</source>
        <translation>Afficher des traces GPS…</translation>
    </message>
    <message>
        <source>Draw the tracks of a GPX file: the route of a day&apos;s work</source>
        <translation>Tracer les traces d&apos;un fichier GPX : l&apos;itinéraire d&apos;une journée de travail</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>As filtered in Sites</source>
        <translation>Filtré comme Chantiers</translation>
    </message>
    <message>
        <source>Show only the sites that the Sites page&apos;s search and filters keep (status, district...), and follow them as they change</source>
        <translation>N&apos;afficher que les chantiers que la recherche et les filtres de la page Chantiers retiennent (statut, district...), et les suivre quand ils changent</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>Ouvrir le site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Show GPS tracks</source>
        <translation>Afficher des traces GPS</translation>
    </message>
    <message>
        <source>GPX files (*.gpx)</source>
        <translation>Fichiers GPX (*.gpx)</translation>
    </message>
    <message>
        <source>tracks of {file}: {points} points</source>
        <translation>traces de {file} : {points} points</translation>
    </message>
    <message>
        <source>{shown} sites on the map, {without} without a GPS point, {areas} licence areas</source>
        <translation>{shown} sites sur la carte, {without} sans point GPS, {areas} périmètres de permis</translation>
    </message>
    <message>
        <source>As filtered in Sites: {counts}</source>
        <translation>Filtré comme Chantiers : {counts}</translation>
    </message>
    <message>
        <source>What the list selected is not on this map: choose All sites in Show, or untick As filtered in Sites.</source>
        <translation>Ce que la liste a sélectionné n&apos;est pas sur cette carte : choisissez Tous les sites dans Afficher, ou décochez Filtré comme Chantiers.</translation>
    </message>
    <message>
        <source>Click a site on the map to see it here.</source>
        <translation>Cliquez sur un site de la carte pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Fin de validité du permis</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Dernière inspection</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{n} sites selected; the last one picked:</source>
        <translation>{n} chantiers sélectionnés ; le dernier choisi :</translation>
    </message>
    <message>
        <source>licence area</source>
        <translation>périmètre de permis</translation>
    </message>
    <message>
        <source>district: outline of its sites</source>
        <translation>district : contour de ses sites</translation>
    </message>
</context>
<context>
    <name>MapRender</name>
    <message>
        <source>{sites} sites with a GPS point, {areas} licence areas · kpfield {version}</source>
        <translation>{sites} sites avec un point GPS, {areas} périmètres de permis · kpfield {version}</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>{district} (outline of its sites)</source>
        <translation>{district} (contour de ses sites)</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>partiellement atteint</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>défi</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>site</source>
        <translation>chantier</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>buying office</source>
        <translation>bureau d&apos;achat</translation>
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation>Matrice des défis</translation>
    </message>
    <message>
        <source>The half-year evaluated (KP statistics are half-yearly)</source>
        <translation>Le semestre évalué (les statistiques du PK sont semestrielles)</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Par district</translation>
    </message>
    <message>
        <source>One column per district of the chosen countries</source>
        <translation>Une colonne par district des pays choisis</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Follow-up list…</source>
        <translation>Liste de suivi…</translation>
    </message>
    <message>
        <source>A workbook of every record the indicators flag in the selected column&apos;s district or country, for the inspectors who visit them</source>
        <translation>Un classeur de chaque enregistrement que les indicateurs signalent dans le district ou le pays de la colonne choisie, pour les inspecteurs qui les visitent</translation>
    </message>
    <message>
        <source>A workbook of what an officer&apos;s last workbook brought, or of every change since a day</source>
        <translation>Un classeur de ce qu&apos;a apporté le dernier classeur d&apos;un agent, ou de tous les changements depuis un jour donné</translation>
    </message>
    <message>
        <source>One zip to send for a WGAAP region and the period shown: inventory workbook, PDF, imports, submissions and a README</source>
        <translation>Un seul zip à envoyer pour une région du WGAAP et la période affichée : classeur de l&apos;inventaire, PDF, importations, envois et un README</translation>
    </message>
    <message>
        <source>Select a cell to see its indicators and the records they flag.</source>
        <translation>Sélectionnez une cellule pour voir ses indicateurs et les enregistrements qu&apos;ils signalent.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the record in its page</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;enregistrement dans sa page</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the records this indicator flags</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir les enregistrements que cet indicateur signale</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>The challenge matrix cannot be read: {error}</source>
        <translation>La matrice des défis ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <source>All countries in this inventory</source>
        <translation>Tous les pays de cet inventaire</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Région : {region}</translation>
    </message>
    <message>
        <source>Nothing to evaluate: this inventory has no sites yet.</source>
        <translation>Rien à évaluer : cet inventaire n&apos;a encore aucun chantier.</translation>
    </message>
    <message>
        <source>Evaluating {period}, districts: {n}…</source>
        <translation>Évaluation de {period}, districts : {n}…</translation>
    </message>
    <message>
        <source>Evaluating {period}, countries: {n}…</source>
        <translation>Évaluation de {period}, pays : {n}…</translation>
    </message>
    <message>
        <source>Evaluation cancelled; the heat map shows the last evaluation.</source>
        <translation>Évaluation annulée ; la carte thermique montre la dernière évaluation.</translation>
    </message>
    <message>
        <source>{task} {seconds} s</source>
        <translation>{task} {seconds} s</translation>
    </message>
    <message>
        <source>{period}, matrix version {version}: {challenge} challenge, {partly_met} partly met, {met} met cells</source>
        <translation>{period}, version de la matrice {version} : {challenge} cellule(s) en défi, {partly_met} partiellement atteinte(s), {met} atteinte(s)</translation>
    </message>
    <message>
        <source>Evaluated in {seconds} s</source>
        <translation>Évalué en {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s) to follow up</source>
        <translation>
            <numerusform>{file} écrit : {n} enregistrement à suivre</numerusform>
            <numerusform>{file} écrit : {n} enregistrements à suivre</numerusform>
        </translation>
    </message>
    <message>
        <source>The evaluation failed: {error}</source>
        <translation>L&apos;évaluation a échoué : {error}</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <source>Show or fold away the self-assessment and footprint panel (F9)</source>
        <translation>Afficher ou replier le panneau de l&apos;auto-évaluation et de l&apos;empreinte (F9)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>What changed, and one zip to send for a WGAAP region and the period shown</source>
        <translation>Ce qui a changé, et un seul zip à envoyer pour une région du WGAAP et la période affichée</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>Ce qui a changé…</translation>
    </message>
    <message>
        <source>Package to send…</source>
        <translation>Paquet à envoyer…</translation>
    </message>
    <message>
        <source>Write follow-up list</source>
        <translation>Écrire la liste de suivi</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>Non écrit : {error}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message numerus="yes">
        <source>{row}, {scope}: {n} indicator(s)</source>
        <translation>
            <numerusform>{row}, {scope} : {n} indicateur</numerusform>
            <numerusform>{row}, {scope} : {n} indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}, {scope}: no automatic indicator; see the self-assessment</source>
        <translation>{row}, {scope} : pas d&apos;indicateur automatique ; voir l&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>{records} flagged: {n} (double-click to open)</source>
        <translation>{records} : {n} signalement(s) (double-cliquez pour ouvrir)</translation>
    </message>
    <message>
        <source>Nothing flagged</source>
        <translation>Aucun signalement</translation>
    </message>
    <message>
        <source>Why flagged: {reason}</source>
        <translation>Motif du signalement : {reason}</translation>
    </message>
    <message>
        <source>The footprint could not be computed: {error}</source>
        <translation>L&apos;empreinte n&apos;a pas pu être calculée : {error}</translation>
    </message>
    <message>
        <source>Records changed since this evaluation: press Evaluate to update it.</source>
        <translation>Des enregistrements ont changé depuis cette évaluation : cliquez sur Évaluer pour la mettre à jour.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Type the day first: 15/01/2026, 15.01.26 or 15 January 2026; or 2026-01-15</source>
        <translation>Tapez le jour en premier : 15/01/2026, 15.01.26 ou 15 janvier 2026 ; ou 2026-01-15</translation>
    </message>
    <message>
        <source>{decimal} or {dms}</source>
        <translation>{decimal} ou {dms}</translation>
    </message>
    <message>
        <source>type to find a person…</source>
        <translation>tapez pour trouver une personne…</translation>
    </message>
    <message>
        <source>type to find an organisation…</source>
        <translation>tapez pour trouver une organisation…</translation>
    </message>
    <message>
        <source>type to find a licence…</source>
        <translation>tapez pour trouver un permis…</translation>
    </message>
    <message>
        <source>type to find a site…</source>
        <translation>tapez pour trouver un chantier…</translation>
    </message>
    <message>
        <source>type to find a record…</source>
        <translation>tapez pour trouver un enregistrement…</translation>
    </message>
    <message>
        <source>Size classes (optional)</source>
        <translation>Classes de taille (facultatif)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Totals: no size classes typed</source>
        <translation>Totaux : aucune classe de taille saisie</translation>
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: match the record</source>
        <translation>Totaux : {stones} pierres, {carats} ct : correspondent à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: do not match the record&apos;s stones and carats</source>
        <translation>Totaux : {stones} pierres, {carats} ct : ne correspondent pas aux pierres et carats de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Edit: {kind}</source>
        <translation>Modifier : {kind}</translation>
    </message>
    <message>
        <source>New: {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Ouvrir l&apos;enregistrement existant</translation>
    </message>
    <message>
        <source>* required. Enter saves, Esc cancels.</source>
        <translation>* obligatoire. Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{label}: choose one from the list (type part of its name, number or code)</source>
        <translation>{label} : choisissez une valeur dans la liste (tapez une partie de son nom, numéro ou code)</translation>
    </message>
    <message>
        <source>This record may already be there: &lt;b&gt;{name}&lt;/b&gt;, {reason}. You can still save a new record.</source>
        <translation>Cet enregistrement existe peut-être déjà : &lt;b&gt;{name}&lt;/b&gt;, {reason}. Vous pouvez quand même enregistrer un nouvel enregistrement.</translation>
    </message>
    <message>
        <source>(Other possible matches: {n}.)</source>
        <translation>(Autres correspondances possibles : {n}.)</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>Abandonner ce que vous avez saisi dans ce formulaire ?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>Rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner la saisie</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>Nouveau permis</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau chantier</translation>
    </message>
    <message>
        <source>New production record</source>
        <translation>Nouvel enregistrement de production</translation>
    </message>
    <message>
        <source>New sale or export</source>
        <translation>Nouvelle vente ou exportation</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Nouvelle inspection</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>Nouvelle auto-évaluation</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tous les districts</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All record kinds</source>
        <translation>Tous les types d&apos;enregistrement</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>expires from</source>
        <translation>expire dès le</translation>
    </message>
    <message>
        <source>expires to</source>
        <translation>expire jusqu&apos;au</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>date à partir du</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>date jusqu&apos;au</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Search names, IDs, digger cards, villages…</source>
        <translation>Rechercher noms, identifiants, cartes de creuseur, villages…</translation>
    </message>
    <message>
        <source>Search names, towns, registration numbers…</source>
        <translation>Rechercher noms, villes, numéros d&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Search licence numbers and holders…</source>
        <translation>Rechercher numéros de permis et titulaires…</translation>
    </message>
    <message>
        <source>Search site codes, names, villages, licences…</source>
        <translation>Rechercher codes de chantier, noms, villages, permis…</translation>
    </message>
    <message>
        <source>Search sites, villages, licences, references…</source>
        <translation>Rechercher chantiers, villages, permis, références…</translation>
    </message>
    <message>
        <source>Search licences, buyers, certificates, documents…</source>
        <translation>Rechercher permis, acheteurs, certificats, documents…</translation>
    </message>
    <message>
        <source>Search officers, findings, sites, licences…</source>
        <translation>Rechercher agents, constatations, chantiers, permis…</translation>
    </message>
    <message>
        <source>Type a date such as 01/07/2025 (day first) or 2025-07-01</source>
        <translation>Tapez une date comme 01/07/2025 (jour en premier) ou 2025-07-01</translation>
    </message>
    <message>
        <source>Filter {filter}: {problem}. This filter is not applied.</source>
        <translation>Filtre « {filter} » : {problem}. Ce filtre n&apos;est pas appliqué.</translation>
    </message>
    <message numerus="yes">
        <source>{n} found</source>
        <translation>
            <numerusform>{n} trouvé</numerusform>
            <numerusform>{n} trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s)</source>
        <translation>
            <numerusform>{n} enregistrement</numerusform>
            <numerusform>{n} enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Supprimer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the audit log and Undo brings it back.</source>
        <translation>Supprimer {record} ? Il reste dans le journal d&apos;audit et Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{column}: not sortable in this large table (sort by carats instead)</source>
        <translation>{column} : tri impossible dans ce grand tableau (triez plutôt par carats)</translation>
    </message>
    <message>
        <source>{column}: not sortable (it belongs to another record)</source>
        <translation>{column} : tri impossible (la colonne appartient à un autre enregistrement)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backups of {name}, newest first, at this computer&apos;s time. The backup you choose is checked, then replaces the inventory; the inventory as it is now is kept beside it.</source>
        <translation>Les sauvegardes de {name}, de la plus récente à la plus ancienne, à l&apos;heure de cet ordinateur. La sauvegarde choisie est vérifiée, puis remplace l&apos;inventaire ; l&apos;inventaire tel qu&apos;il est maintenant est conservé à côté.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autres enregistrements</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>Liste annulée.</translation>
    </message>
    <message>
        <source>{name} has no backups yet in {folder}.</source>
        <translation>{name} n&apos;a encore aucune sauvegarde dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) in the backups folder beside the inventory.</source>
        <translation>
            <numerusform>{n} sauvegarde dans le dossier backups à côté de l&apos;inventaire.</numerusform>
            <numerusform>{n} sauvegardes dans le dossier backups à côté de l&apos;inventaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) in {folder}.</source>
        <translation>
            <numerusform>{n} sauvegarde dans {folder}.</numerusform>
            <numerusform>{n} sauvegardes dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of them cannot be read and cannot be restored.</source>
        <translation>
            <numerusform>{n} d&apos;entre elles est illisible et ne peut pas être restaurée.</numerusform>
            <numerusform>{n} d&apos;entre elles sont illisibles et ne peuvent pas être restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable: damaged, or not a kpfield inventory</source>
        <translation>Illisible : endommagée, ou pas un inventaire kpfield</translation>
    </message>
    <message>
        <source>The backups could not be listed: {message}</source>
        <translation>Les sauvegardes n&apos;ont pas pu être listées : {message}</translation>
    </message>
    <message>
        <source>Replace {name} by the backup made on {when} ({file}: {holds})?

Everything saved since that backup will no longer be in the inventory. The inventory as it is now is not deleted: it is kept beside it as {name}.replaced-&lt;date&gt;, and can be opened again from there.</source>
        <translation>Remplacer {name} par la sauvegarde faite le {when} ({file} : {holds}) ?

Tout ce qui a été enregistré depuis cette sauvegarde ne sera plus dans l&apos;inventaire. L&apos;inventaire tel qu&apos;il est maintenant n&apos;est pas supprimé : il est conservé à côté sous le nom {name}.replaced-&lt;date&gt; et peut être rouvert depuis cet emplacement.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>{when} UTC, version {version}</source>
        <translation>{when} UTC, version {version}</translation>
    </message>
    <message>
        <source>Open conflicts: the same field changed differently on both sides</source>
        <translation>Conflits ouverts : le même champ a été modifié différemment des deux côtés</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Ours (here)</source>
        <translation>Notre valeur (ici)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>Leur valeur (entrante)</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Valeur de départ commune</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>or type the right value</source>
        <translation>ou tapez la bonne valeur</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Settled automatically: case, accents or spaces alone, to the most recent spelling</source>
        <translation>Réglés automatiquement : majuscules, accents ou espaces seulement, selon l&apos;orthographe la plus récente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Probable duplicates: two records that may be one</source>
        <translation>Doublons probables : deux enregistrements qui n&apos;en font peut-être qu&apos;un</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Enregistrement A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Enregistrement B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Merge, keep A</source>
        <translation>Fusionner, garder A</translation>
    </message>
    <message>
        <source>Merge, keep B</source>
        <translation>Fusionner, garder B</translation>
    </message>
    <message>
        <source>Not the same: dismiss</source>
        <translation>Différents : écarter</translation>
    </message>
    <message>
        <source>{side} ({file})</source>
        <translation>{side} ({file})</translation>
    </message>
    <message>
        <source>{label}: {kind} {record}, conflict {conflict} of {when} UTC</source>
        <translation>{label} : {kind} {record}, conflit {conflict} du {when} UTC</translation>
    </message>
    <message>
        <source>received</source>
        <translation>celle reçue</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>la nôtre</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Type the value to keep first, or choose Keep ours or Take theirs.</source>
        <translation>Tapez d&apos;abord la valeur à garder, ou choisissez Garder la nôtre ou Prendre la leur.</translation>
    </message>
    <message>
        <source>Not settled: {error}</source>
        <translation>Non résolu : {error}</translation>
    </message>
    <message>
        <source>Conflict settled ({field}): {result}</source>
        <translation>Conflit résolu ({field}) : {result}</translation>
    </message>
    <message>
        <source>Not merged: {error}</source>
        <translation>Non fusionné : {error}</translation>
    </message>
    <message>
        <source>Not dismissed: {error}</source>
        <translation>Non écarté : {error}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start here</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>This inventory holds no records yet. Record who works and where first, then what they produce: production, sales and inspections refer to the persons, licences and sites. Or bring in what another officer recorded.</source>
        <translation>Cet inventaire ne contient encore aucun enregistrement. Saisissez d&apos;abord qui travaille et où, puis ce qui est produit : la production, les ventes et les inspections renvoient aux personnes, aux permis et aux chantiers. Ou reprenez ce qu&apos;un autre agent a saisi.</translation>
    </message>
    <message>
        <source>Add the persons</source>
        <translation>Ajouter les personnes</translation>
    </message>
    <message>
        <source>Diggers, licence holders, buyers and exporters: name, village, national ID or digger card.</source>
        <translation>Creuseurs, titulaires de permis, acheteurs et exportateurs : nom, village, numéro d&apos;identité ou carte de creuseur.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add the licences</source>
        <translation>Ajouter les permis</translation>
    </message>
    <message>
        <source>Each mining, buying or export licence with its holder (a person or an organisation), dates and status.</source>
        <translation>Chaque permis d&apos;exploitation, d&apos;achat ou d&apos;exportation avec son titulaire (une personne ou une organisation), ses dates et son statut.</translation>
    </message>
    <message>
        <source>Add a licence</source>
        <translation>Ajouter un permis</translation>
    </message>
    <message>
        <source>Add the mining sites</source>
        <translation>Ajouter les chantiers miniers</translation>
    </message>
    <message>
        <source>Where the digging is: village, coordinates and the licence the site works under.</source>
        <translation>Où l&apos;on creuse : village, coordonnées et le permis sous lequel travaille le chantier.</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un chantier</translation>
    </message>
    <message>
        <source>Or import a field workbook</source>
        <translation>Ou importer un classeur de terrain</translation>
    </message>
    <message>
        <source>A workbook exported by another officer&apos;s kpfield, or a template filled in by hand: previewed first, nothing written until you accept it.</source>
        <translation>Un classeur exporté par le kpfield d&apos;un autre agent, ou un modèle rempli à la main : un aperçu d&apos;abord, rien n&apos;est écrit avant que vous l&apos;acceptiez.</translation>
    </message>
    <message>
        <source>Import a field workbook</source>
        <translation>Importer un classeur de terrain</translation>
    </message>
    <message>
        <source>Just looking? Open the demo</source>
        <translation>Simple découverte ? Ouvrez la démonstration</translation>
    </message>
    <message>
        <source>A small demo inventory (Sierra Leone) with realistic records, kept in its own file: this inventory stays as it is.</source>
        <translation>Un petit inventaire de démonstration (Sierra Leone) aux enregistrements réalistes, dans son propre fichier : cet inventaire-ci reste tel quel.</translation>
    </message>
    <message>
        <source>Open the demo inventory</source>
        <translation>Ouvrir l&apos;inventaire de démonstration</translation>
    </message>
    <message>
        <source>Read the guide (F1)</source>
        <translation>Lire le guide (F1)</translation>
    </message>
    <message>
        <source>Open another inventory…</source>
        <translation>Ouvrir un autre inventaire…</translation>
    </message>
    <message>
        <source>Making the demo inventory…</source>
        <translation>Création de l&apos;inventaire de démonstration…</translation>
    </message>
    <message>
        <source>The demo inventory could not be made: {message}</source>
        <translation>L&apos;inventaire de démonstration n&apos;a pas pu être créé : {message}</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>an area needs at least 3 corners, separated by | or ; (got {n})</source>
        <translation>un périmètre demande au moins 3 sommets, séparés par | ou ; (reçu {n})</translation>
    </message>
    <message>
        <source>an area may have at most {limit} corners (got {n})</source>
        <translation>un périmètre compte au plus {limit} sommets (reçu {n})</translation>
    </message>
    <message>
        <source>the sides of the area cross each other: list the corners in order around the area</source>
        <translation>les côtés du périmètre se croisent : donnez les sommets dans l&apos;ordre, en faisant le tour du périmètre</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>kpfield: {kind} refused:</source>
        <translation>kpfield : enregistrement refusé ({kind}) :</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>avertissement : {message}</translation>
    </message>
    <message>
        <source>Created inventory {path} for {officer} ({country}); installation {origin}</source>
        <translation>Inventaire {path} créé pour {officer} ({country}) ; installation {origin}</translation>
    </message>
    <message>
        <source>Making the {scale} demo inventory (seed {seed}) in {path} ...</source>
        <translation>Création de l&apos;inventaire de démonstration (taille {scale}, graine {seed}) dans {path} ...</translation>
    </message>
    <message>
        <source>kpfield: {path} already holds records; the demo goes into a new or empty inventory</source>
        <translation>kpfield : {path} contient déjà des enregistrements ; la démonstration doit aller dans un inventaire nouveau ou vide</translation>
    </message>
    <message>
        <source>Inventory {path}</source>
        <translation>Inventaire {path}</translation>
    </message>
    <message>
        <source>Officer {officer} ({country}), installation {origin}</source>
        <translation>Agent {officer} ({country}), installation {origin}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>records</source>
        <translation>enreg.</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>pierres</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>carats</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>USD/ct</source>
        <translation>USD/ct</translation>
    </message>
    <message>
        <source>Production (KP statistics form)</source>
        <translation>Production (formulaire statistique PK)</translation>
    </message>
    <message>
        <source>(no production recorded)</source>
        <translation>(aucune production enregistrée)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Dernière sauvegarde : jamais</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>references</source>
        <translation>références</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation>points de contrôle</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>... et {n} de plus</translation>
    </message>
    <message>
        <source>{path}: sound</source>
        <translation>{path} : intact</translation>
    </message>
    <message>
        <source>{path}: PROBLEMS FOUND</source>
        <translation>{path} : PROBLÈMES DÉTECTÉS</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>The inventory is read-only here, so the time of this backup was not noted in it</source>
        <translation>L&apos;inventaire est en lecture seule ici : l&apos;heure de cette sauvegarde n&apos;y a donc pas été notée</translation>
    </message>
    <message>
        <source>kpfield export inventory: &apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>kpfield export inventory : « {region} » n&apos;est pas une région du WGAAP ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>kpfield export inventory: give --region or --country, not both</source>
        <translation>kpfield export inventory : indiquez --region ou --country, pas les deux</translation>
    </message>
    <message>
        <source>kpfield export inventory: --to is before --from</source>
        <translation>kpfield export inventory : la date --to est antérieure à --from</translation>
    </message>
    <message>
        <source>{sheet} {n} rows</source>
        <translation>{sheet} ({n} lignes)</translation>
    </message>
    <message>
        <source>Wrote {path}: {sheets}</source>
        <translation>{path} écrit : {sheets}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} officers, {late} late for {half}</source>
        <translation>{path} écrit : {n} agents, {late} en retard pour {half}</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>rien reçu</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>kpfield report changes: give --officer or --since</source>
        <translation>kpfield report changes : indiquez --officer ou --since</translation>
    </message>
    <message>
        <source>Wrote {path}: {title}</source>
        <translation>{path} écrit : {title}</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(aucun changement)</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} records to follow up in {district}, {period}</source>
        <translation>{path} écrit : {n} enregistrements à suivre dans {district}, {period}</translation>
    </message>
    <message>
        <source>kpfield export package: &apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>kpfield export package : « {region} » n&apos;est pas une région du WGAAP ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>no PDF: {why}</source>
        <translation>pas de PDF : {why}</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}</source>
        <translation>{path} restauré à partir de {backup}</translation>
    </message>
    <message>
        <source>Note: that backup is of another inventory: {owner}</source>
        <translation>Remarque : cette sauvegarde est celle d&apos;un autre inventaire : {owner}</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {path}</source>
        <translation>Le fichier remplacé a été conservé sous {path}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of record; choose one of {kinds}</source>
        <translation>« {kind} » n&apos;est pas un type de fiche ; choisissez parmi {kinds}</translation>
    </message>
    <message>
        <source>&apos;{item}&apos;: write each field as name=value</source>
        <translation>&apos;{item}&apos; : écrivez chaque champ sous la forme nom=valeur</translation>
    </message>
    <message>
        <source>kpfield list: there is no table of {kinds}; see kpfield evaluate</source>
        <translation>kpfield list : il n&apos;y a pas de tableau des {kinds} ; voir kpfield evaluate</translation>
    </message>
    <message>
        <source>--limit must be 0 (every record) or more</source>
        <translation>--limit doit valoir 0 (toutes les fiches) ou plus</translation>
    </message>
    <message>
        <source>{shown} of {total} {kinds} shown; --limit N shows more, --limit 0 every one</source>
        <translation>{shown} sur {total} ({kinds}) affichées ; --limit N en affiche plus, --limit 0 toutes</translation>
    </message>
    <message>
        <source>{kinds}: {total}</source>
        <translation>{kinds} : {total}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(fiche supprimée)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>{at} by {who}</source>
        <translation>{at} par {who}</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{version} (rows in the audit log: {rows})</source>
        <translation>{version} (lignes du journal d&apos;audit : {rows})</translation>
    </message>
    <message>
        <source>give at least one field to change, as name=value</source>
        <translation>indiquez au moins un champ à modifier, sous la forme nom=valeur</translation>
    </message>
    <message>
        <source>nothing changed: the values given are the ones recorded</source>
        <translation>rien n&apos;a changé : les valeurs indiquées sont celles déjà enregistrées</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>{record} was not deleted: confirm with --yes when no one is there to answer</source>
        <translation>Rien n&apos;a été supprimé ({record}) : confirmez avec --yes lorsque personne n&apos;est là pour répondre</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the file as a deleted record.</source>
        <translation>Supprimer {record} ? La fiche reste dans le fichier, marquée comme supprimée.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Deleted {record}</source>
        <translation>Supprimée : {record}</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>&apos;{region}&apos; n&apos;est pas une région WGAAP ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>kpfield: the inventory has no sites to evaluate</source>
        <translation>kpfield : l&apos;inventaire n&apos;a aucun chantier à évaluer</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Footprint of {place}: {records} records, {stones} stones, {carats} ct</source>
        <translation>Empreinte de {place} : {records} enregistrements, {stones} pierres, {carats} ct</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>% stones</source>
        <translation>% pierres</translation>
    </message>
    <message>
        <source>% carats</source>
        <translation>% carats</translation>
    </message>
    <message>
        <source>ref % stones</source>
        <translation>réf % pierres</translation>
    </message>
    <message>
        <source>{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not above</source>
        <translation>{stones} des {total} pierres ({carats} ct) n&apos;ont pas de classes de taille enregistrées et ne figurent pas ci-dessus</translation>
    </message>
    <message>
        <source>Reference: {place} holds no stones: there is nothing to compare with</source>
        <translation>Référence : {place} ne contient aucune pierre : il n&apos;y a rien à comparer</translation>
    </message>
    <message>
        <source>Reference: {place} ({stones} stones)</source>
        <translation>Référence : {place} ({stones} pierres)</translation>
    </message>
    <message>
        <source>Total-variation distance: stones {tvd}</source>
        <translation>Distance de variation totale : pierres {tvd}</translation>
    </message>
    <message>
        <source>, carats {tvd}</source>
        <translation>, carats {tvd}</translation>
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation>Khi-deux sur les nombres de pierres : {chi2} avec {dof} degrés de liberté, p = {p}</translation>
    </message>
    <message>
        <source>Chi-square not computed: each footprint needs at least {n} stones</source>
        <translation>Khi-deux non calculé : chaque empreinte doit compter au moins {n} pierres</translation>
    </message>
    <message>
        <source>JUMP</source>
        <translation>BOND</translation>
    </message>
    <message>
        <source>no jump</source>
        <translation>pas de bond</translation>
    </message>
    <message>
        <source>{ratio}x the earlier mean</source>
        <translation>{ratio} fois la moyenne antérieure</translation>
    </message>
    <message>
        <source>no earlier production</source>
        <translation>aucune production antérieure</translation>
    </message>
    <message>
        <source>Production jump test: {carats} ct, {ratio} (threshold {threshold}x): {verdict}. Earlier: {history}</source>
        <translation>Test de bond de production : {carats} ct, {ratio} (seuil {threshold} fois) : {verdict}. Semestres antérieurs : {history}</translation>
    </message>
    <message>
        <source>a self-assessment is made per half-year: write the period as 2026H1 or 2026H2</source>
        <translation>une auto-évaluation se fait par semestre : écrivez la période sous la forme 2026H1 ou 2026H2</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <source>choose a command (kpfield --help lists them)</source>
        <translation>choisissez une commande (kpfield --help en donne la liste)</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} records</source>
        <translation>{path} écrit : {n} enregistrements</translation>
    </message>
    <message>
        <source>data SHA-256 {sha256}</source>
        <translation>SHA-256 des données {sha256}</translation>
    </message>
    <message>
        <source>NOT signed: {why}. It imports as unsigned.</source>
        <translation>NON signé : {why}. Il sera importé comme non signé.</translation>
    </message>
    <message>
        <source>signed with this installation&apos;s key {fingerprint}</source>
        <translation>signé avec la clé de cette installation {fingerprint}</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key was made now: send &apos;kpfield identity --export&apos; to your coordinator so that your workbooks import as signed by a registered officer</source>
        <translation>La clé de signature de cette installation vient d&apos;être créée : envoyez le fichier produit par &apos;kpfield identity --export&apos; à votre coordinateur, pour que vos classeurs soient importés comme signés par un agent enregistré</translation>
    </message>
    <message>
        <source>Wrote the blank template {path} ({language})</source>
        <translation>Modèle vierge {path} écrit ({language})</translation>
    </message>
    <message>
        <source>signature: {text}</source>
        <translation>signature : {text}</translation>
    </message>
    <message>
        <source>REFUSED: {reason}</source>
        <translation>REFUSÉ : {reason}</translation>
    </message>
    <message>
        <source>{kind} from {officer} ({origin})</source>
        <translation>{kind} de {officer} ({origin})</translation>
    </message>
    <message>
        <source>NOTHING WRITTEN from this file: {n} problem(s)</source>
        <translation>RIEN N&apos;A ÉTÉ ÉCRIT à partir de ce fichier : {n} problème(s)</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>essai à blanc : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>nothing new: the inventory already holds all of it</source>
        <translation>rien de nouveau : l&apos;inventaire contient déjà tout</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>{severity}: sheet &apos;{sheet}&apos; row {row} column &apos;{column}&apos; value {value}: {problem} -&gt; {fix}</source>
        <translation>{severity} : feuille &apos;{sheet}&apos; ligne {row} colonne &apos;{column}&apos; valeur {value} : {problem} -&gt; {fix}</translation>
    </message>
    <message>
        <source>... {n} more in the report (--report)</source>
        <translation>... {n} de plus dans le rapport (--report)</translation>
    </message>
    <message>
        <source>conflict #{number} (dry run): {kind} {record}, {field}: here {ours} ({ours_side}), received {theirs} ({theirs_side})</source>
        <translation>conflit n° {number} (essai) : {kind} {record}, {field} : ici {ours} ({ours_side}), reçu {theirs} ({theirs_side})</translation>
    </message>
    <message>
        <source>conflict #{number}: {kind} {record}, {field}: here {ours} ({ours_side}), received {theirs} ({theirs_side})</source>
        <translation>conflit n° {number} : {kind} {record}, {field} : ici {ours} ({ours_side}), reçu {theirs} ({theirs_side})</translation>
    </message>
    <message>
        <source>settled automatically (case, accents or spaces alone): {what}</source>
        <translation>réglé automatiquement (majuscules, accents ou espaces seulement) : {what}</translation>
    </message>
    <message>
        <source>probable duplicate: {kind} {a} / {b} ({reason})</source>
        <translation>doublon probable : {kind} {a} / {b} ({reason})</translation>
    </message>
    <message>
        <source>Backup before import: {path}</source>
        <translation>Sauvegarde avant l&apos;import : {path}</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Rapport : {path}</translation>
    </message>
    <message>
        <source>kpfield import: {file} refused: {reason}</source>
        <translation>kpfield import : {file} refusé : {reason}</translation>
    </message>
    <message>
        <source>kpfield import: {file} refused</source>
        <translation>kpfield import : {file} refusé</translation>
    </message>
    <message>
        <source>{n} open conflict(s)</source>
        <translation>{n} conflit(s) ouvert(s)</translation>
    </message>
    <message>
        <source>{n} probable duplicate(s)</source>
        <translation>{n} doublon(s) probable(s)</translation>
    </message>
    <message>
        <source>{n} conflict(s) settled automatically (case, accents or spaces alone: the most recent spelling)</source>
        <translation>{n} conflit(s) réglé(s) automatiquement (majuscules, accents ou espaces seulement : l&apos;orthographe la plus récente)</translation>
    </message>
    <message>
        <source>pair {id}: {kind}: A {a_label} / B {b_label}: {why}</source>
        <translation>paire {id} : {kind} : A {a_label} / B {b_label} : {why}</translation>
    </message>
    <message>
        <source>A {a}, B {b}</source>
        <translation>A {a}, B {b}</translation>
    </message>
    <message>
        <source>Settle with: kpfield resolve --db PATH NUMBER --ours|--theirs|--value V; kpfield resolve --db PATH --merge PAIR [A|B] (or --merge KEEP_ID OTHER_ID); kpfield resolve --db PATH --dismiss PAIR</source>
        <translation>Pour régler : kpfield resolve --db PATH NUMÉRO --ours|--theirs|--value V ; kpfield resolve --db PATH --merge PAIRE [A|B] (ou --merge ID_GARDÉ AUTRE_ID) ; kpfield resolve --db PATH --dismiss PAIRE</translation>
    </message>
    <message>
        <source>#{id} {kind} {record}: {field}</source>
        <translation>n° {id} {kind} {record} : {field}</translation>
    </message>
    <message>
        <source>here: {value} ({side})</source>
        <translation>ici : {value} ({side})</translation>
    </message>
    <message>
        <source>received: {value} ({side}; file {file})</source>
        <translation>reçu : {value} ({side} ; fichier {file})</translation>
    </message>
    <message>
        <source>both started from: {value}</source>
        <translation>valeur de départ commune : {value}</translation>
    </message>
    <message>
        <source>settled: {how}</source>
        <translation>réglé : {how}</translation>
    </message>
    <message>
        <source>kpfield resolve --merge: give a pair number (and A or B, the record to keep), or the UUIDs of the record to keep and of the other</source>
        <translation>kpfield resolve --merge : indiquez un numéro de paire (et A ou B, la fiche à garder), ou les UUID de la fiche à garder et de l&apos;autre</translation>
    </message>
    <message>
        <source>kpfield resolve: give a conflict number (see &apos;kpfield conflicts&apos;)</source>
        <translation>kpfield resolve : indiquez un numéro de conflit (voir &apos;kpfield conflicts&apos;)</translation>
    </message>
    <message>
        <source>kpfield resolve: choose --ours, --theirs or --value VALUE</source>
        <translation>kpfield resolve : choisissez --ours, --theirs ou --value VALUE</translation>
    </message>
    <message>
        <source>conflict {id} settled, {what}</source>
        <translation>conflit {id} réglé, {what}</translation>
    </message>
    <message>
        <source>Installation {origin}: {officer} ({country})</source>
        <translation>Installation {origin} : {officer} ({country})</translation>
    </message>
    <message>
        <source>signing key fingerprint: {fingerprint}</source>
        <translation>empreinte de la clé de signature : {fingerprint}</translation>
    </message>
    <message>
        <source>private key: {path} (keep it with your data folder&apos;s backups; never send it)</source>
        <translation>clé privée : {path} (conservez-la avec les sauvegardes de votre dossier de données ; ne l&apos;envoyez jamais)</translation>
    </message>
    <message>
        <source>This signing key was made now: this inventory had none on this computer</source>
        <translation>Cette clé de signature vient d&apos;être créée : cet inventaire n&apos;en avait pas sur cet ordinateur</translation>
    </message>
    <message>
        <source>Wrote {path}: the public key of {officer} (installation {origin}), fingerprint {fingerprint}</source>
        <translation>{path} écrit : la clé publique de {officer} (installation {origin}), empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Send it to your coordinator, and read them the fingerprint over the phone so they can check they registered the right key</source>
        <translation>Envoyez-le à votre coordinateur et lisez-lui l&apos;empreinte au téléphone, pour qu&apos;il puisse vérifier qu&apos;il a enregistré la bonne clé</translation>
    </message>
    <message>
        <source>{path} holds this inventory&apos;s own key ({fingerprint}): its workbooks are already recognised; nothing changed</source>
        <translation>{path} contient la clé propre à cet inventaire ({fingerprint}) : ses classeurs sont déjà reconnus ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>This key is already registered, for {officer} (installation {origin}), fingerprint {fingerprint}; nothing changed</source>
        <translation>Cette clé est déjà enregistrée, pour {officer} (installation {origin}), empreinte {fingerprint} ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Registered the key of {officer} (installation {origin}, {country}), fingerprint {fingerprint}</source>
        <translation>Clé de {officer} enregistrée (installation {origin}, {country}), empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the officer&apos;s &apos;kpfield identity&apos; shows (by phone or in person) before you trust workbooks it signs</source>
        <translation>Avant de vous fier aux classeurs signés par cette clé, comparez cette empreinte avec celle qu&apos;affiche &apos;kpfield identity&apos; chez l&apos;agent (par téléphone ou en personne)</translation>
    </message>
    <message>
        <source>{n} earlier import(s) signed with this key now show as signed by a registered officer</source>
        <translation>{n} import(s) antérieur(s) signé(s) avec cette clé apparaissent désormais comme signés par un agent enregistré</translation>
    </message>
    <message>
        <source>This installation already had key(s) registered ({fingerprints}); workbooks signed with any of them are accepted as registered</source>
        <translation>Cette installation avait déjà une ou plusieurs clés enregistrées ({fingerprints}) ; les classeurs signés avec l&apos;une d&apos;elles sont acceptés comme enregistrés</translation>
    </message>
    <message>
        <source>This installation: {officer}, fingerprint {fingerprint}</source>
        <translation>Cette installation : {officer}, empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Registered officer keys: {n}</source>
        <translation>Clés d&apos;agents enregistrées : {n}</translation>
    </message>
    <message>
        <source>installation {origin}, registered {at}</source>
        <translation>installation {origin}, enregistrée le {at}</translation>
    </message>
    <message>
        <source>kpfield identity: give the inventory to register keys in or list from with --db PATH</source>
        <translation>kpfield identity : indiquez avec --db PATH l&apos;inventaire dans lequel enregistrer ou lister les clés</translation>
    </message>
    <message>
        <source>kpfield identity --export: give the file to write with -o FILE.kpkey</source>
        <translation>kpfield identity --export : indiquez le fichier à écrire avec -o FILE.kpkey</translation>
    </message>
    <message>
        <source>kpfield identity: there is no signing key in {folder} yet; one is made with each inventory (&apos;kpfield init&apos;), or give --db PATH for an inventory made before signed workbooks</source>
        <translation>kpfield identity : il n&apos;y a pas encore de clé de signature dans {folder} ; une clé est créée avec chaque inventaire (&apos;kpfield init&apos;), ou indiquez --db PATH pour un inventaire créé avant les classeurs signés</translation>
    </message>
    <message>
        <source>kpfield identity --export: this computer has {n} installations&apos; keys; choose one with --db PATH</source>
        <translation>kpfield identity --export : cet ordinateur contient les clés de {n} installations ; choisissez-en une avec --db PATH</translation>
    </message>
    <message>
        <source>kpfield has no language &apos;{lang}&apos;; choose one of {choices}</source>
        <translation>kpfield n&apos;a pas de langue &apos;{lang}&apos; ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>created {file} (installation {origin})</source>
        <translation>{file} créé (installation {origin})</translation>
    </message>
    <message>
        <source>{n} demo records</source>
        <translation>{n} enregistrements de démonstration</translation>
    </message>
    <message>
        <source>a save, an edit and a refused record behave</source>
        <translation>un enregistrement, une modification et un refus fonctionnent comme prévu</translation>
    </message>
    <message>
        <source>{n} country/half-year totals, {carats} ct</source>
        <translation>{n} totaux pays/semestre, {carats} ct</translation>
    </message>
    <message>
        <source>{file}: {n} records, data SHA-256 {sha256}...</source>
        <translation>{file} : {n} enregistrements, SHA-256 des données {sha256}...</translation>
    </message>
    <message>
        <source>{n} records merged into a new inventory; importing it again (read by a second process) changed nothing; signature checked (unknown key, then registered)</source>
        <translation>{n} enregistrements fusionnés dans un nouvel inventaire ; le réimporter (lu par un second processus) n&apos;a rien changé ; signature vérifiée (clé inconnue, puis enregistrée)</translation>
    </message>
    <message>
        <source>{rows} rows for SL {period}, {challenges} challenges</source>
        <translation>{rows} lignes pour SL {period}, {challenges} défis</translation>
    </message>
    <message>
        <source>{file}: {sheets} sheets, {rows} summary rows</source>
        <translation>{file} : {sheets} feuilles, {rows} lignes de synthèse</translation>
    </message>
    <message>
        <source>backup {file} verifies</source>
        <translation>la sauvegarde {file} est vérifiée</translation>
    </message>
    <message>
        <source>{checks} sound</source>
        <translation>{checks} : intacts</translation>
    </message>
    <message>
        <source>{borders} country borders; {sites} sites to GPX and back, and to KML</source>
        <translation>{borders} frontières de pays ; {sites} sites vers GPX et retour, et vers KML</translation>
    </message>
    <message>
        <source>messages in {language}; translations: {counts}</source>
        <translation>messages en {language} ; traductions : {counts}</translation>
    </message>
    <message>
        <source>create inventory</source>
        <translation>créer l&apos;inventaire</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>fill small demo</source>
        <translation>remplir la petite démonstration</translation>
    </message>
    <message>
        <source>save, edit, refuse</source>
        <translation>enregistrer, modifier, refuser</translation>
    </message>
    <message>
        <source>production statistics</source>
        <translation>statistiques de production</translation>
    </message>
    <message>
        <source>sites on a map</source>
        <translation>sites sur une carte</translation>
    </message>
    <message>
        <source>challenge matrix</source>
        <translation>matrice des défis</translation>
    </message>
    <message>
        <source>field workbook</source>
        <translation>classeur de terrain</translation>
    </message>
    <message>
        <source>re-import field workbook</source>
        <translation>réimporter le classeur de terrain</translation>
    </message>
    <message>
        <source>inventory workbook</source>
        <translation>classeur d&apos;inventaire</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>verify database</source>
        <translation>vérifier la base de données</translation>
    </message>
    <message>
        <source>kpfield {version} self-test</source>
        <translation>autotest de kpfield {version}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>all steps passed in {seconds} s</source>
        <translation>toutes les étapes ont réussi en {seconds} s</translation>
    </message>
    <message>
        <source>SELF-TEST FAILED in {seconds} s</source>
        <translation>ÉCHEC DE L&apos;AUTOTEST en {seconds} s</translation>
    </message>
    <message>
        <source>Wrote {path}: {sites} sites, {areas} licence areas</source>
        <translation>{path} écrit : {sites} sites, {areas} périmètres de permis</translation>
    </message>
    <message>
        <source>{n} sites of the scope have no GPS point and are not in the file</source>
        <translation>{n} sites du périmètre n&apos;ont pas de point GPS et ne figurent pas dans le fichier</translation>
    </message>
    <message>
        <source>(no point)</source>
        <translation>(pas de point)</translation>
    </message>
    <message>
        <source>{file}: {waypoints} waypoints, {tracks} tracks ({points} track points)</source>
        <translation>{file} : {waypoints} points de passage, {tracks} traces ({points} points de trace)</translation>
    </message>
    <message>
        <source>new sites {new}, moved {moved}, already there {same}</source>
        <translation>nouveaux sites {new}, déplacés {moved}, déjà enregistrés {same}</translation>
    </message>
    <message>
        <source>new   {code} {name} at {point}</source>
        <translation>nouveau  {code} {name} en {point}</translation>
    </message>
    <message>
        <source>move  {code} {name} from {old} to {point}</source>
        <translation>déplacé  {code} {name} de {old} à {point}</translation>
    </message>
    <message>
        <source>near existing site {code}, {metres} m away: the same site?</source>
        <translation>proche du site existant {code}, à {metres} m : le même site ?</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erreur : {message}</translation>
    </message>
    <message>
        <source>kpfield import-gpx: --near must be 0 or more metres</source>
        <translation>kpfield import-gpx : --near doit valoir 0 mètre ou plus</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation>Rien n&apos;a été importé : corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Imported: {added} sites added, {moved} moved</source>
        <translation>Importé : {added} sites ajoutés, {moved} déplacés</translation>
    </message>
    <message>
        <source>kpfield map: cannot read the scope {scope}: give all, country:SL or district:Kono</source>
        <translation>kpfield map : impossible de lire le périmètre {scope} : donnez all, country:SL ou district:Kono</translation>
    </message>
    <message>
        <source>Wrote {path}: {sites} sites</source>
        <translation>{path} écrit : {sites} sites</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>N° d&apos;identité</translation>
    </message>
    <message>
        <source>Digger card</source>
        <translation>Carte de creuseur</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>N° d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Gisement</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Seller licence</source>
        <translation>Permis du vendeur</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valeur (USD)</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>Certificat PK</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Objet inspecté</translation>
    </message>
    <message>
        <source>Inspected record</source>
        <translation>Enregistrement inspecté</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
</context>
<context>
    <name>coords</name>
    <message>
        <source>type the longitude as decimal degrees (-10.9675 or W10.9675), degrees and decimal minutes (W010°58.050&apos; or 10°58.05&apos;W) or degrees, minutes and seconds (10°58&apos;03&quot;W); E or W for the hemisphere (O for west, L for east in Portuguese), or a minus sign for west</source>
        <translation>tapez la longitude en degrés décimaux (-10,9675 ou O10,9675), en degrés et minutes décimales (W010°58.050&apos; ou 10°58.05&apos;O) ou en degrés, minutes et secondes (10°58&apos;03&quot;W) ; E ou O (ou W) pour l&apos;hémisphère, L pour l&apos;est en portugais, ou un signe moins pour l&apos;ouest</translation>
    </message>
    <message>
        <source>type the latitude as decimal degrees (8.6367 or N8.6367), degrees and decimal minutes (N08°38.200&apos; or 8°38.2&apos;N) or degrees, minutes and seconds (8°38&apos;12&quot;N); N or S for the hemisphere, or a minus sign for south</source>
        <translation>tapez la latitude en degrés décimaux (8,6367 ou N8,6367), en degrés et minutes décimales (N08°38.200&apos; ou 8°38.2&apos;N) ou en degrés, minutes et secondes (8°38&apos;12&quot;N) ; N ou S pour l&apos;hémisphère, ou un signe moins pour le sud</translation>
    </message>
    <message>
        <source>type decimal degrees (8.6367, -10.9675), degrees and decimal minutes (N08°38.200&apos; W010°58.050&apos;) or degrees, minutes and seconds (8°38&apos;12&quot;N 10°58&apos;03&quot;W); the hemisphere letter first or last (N, S, E, W; O for west; L for east in Portuguese), or a minus sign for south and west</source>
        <translation>tapez des degrés décimaux (8,6367, -10,9675), des degrés et minutes décimales (N08°38.200&apos; O010°58.050&apos;) ou des degrés, minutes et secondes (8°38&apos;12&quot;N 10°58&apos;03&quot;O) ; la lettre de l&apos;hémisphère avant ou après (N, S, E, O ou W pour l&apos;ouest ; L pour l&apos;est en portugais), ou un signe moins pour le sud et l&apos;ouest</translation>
    </message>
    <message>
        <source>empty coordinate: {help}</source>
        <translation>coordonnée vide : {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a coordinate: {help}</source>
        <translation>impossible de lire {value} comme une coordonnée : {help}</translation>
    </message>
    <message>
        <source>{value}: minutes and seconds must be below 60</source>
        <translation>{value} : les minutes et les secondes doivent être inférieures à 60</translation>
    </message>
    <message>
        <source>{value}: only the last part of a coordinate may have decimals</source>
        <translation>{value} : seule la dernière partie d&apos;une coordonnée peut avoir des décimales</translation>
    </message>
    <message>
        <source>{value}: {letter} is not a hemisphere for a latitude</source>
        <translation>{value} : {letter} n&apos;est pas un hémisphère pour une latitude</translation>
    </message>
    <message>
        <source>{value}: {letter} is not a hemisphere for a longitude</source>
        <translation>{value} : {letter} n&apos;est pas un hémisphère pour une longitude</translation>
    </message>
    <message>
        <source>{value}: give either a minus sign or a hemisphere letter, not both</source>
        <translation>{value} : indiquez soit un signe moins, soit une lettre d&apos;hémisphère, pas les deux</translation>
    </message>
    <message>
        <source>latitude {value} is out of range: it must lie between {low} and {high}</source>
        <translation>la latitude {value} est hors limites : elle doit être comprise entre {low} et {high}</translation>
    </message>
    <message>
        <source>longitude {value} is out of range: it must lie between {low} and {high}</source>
        <translation>la longitude {value} est hors limites : elle doit être comprise entre {low} et {high}</translation>
    </message>
    <message>
        <source>empty coordinates: {help}</source>
        <translation>coordonnées vides : {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a latitude and a longitude: {help}</source>
        <translation>impossible de lire {value} comme une latitude et une longitude : {help}</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>type it as 2026-04-03, 03/04/2026 or 03/04/26 (day first), or 3 April 2026 (3 avril 2026)</source>
        <translation>tapez-la sous la forme 03/04/2026 ou 03/04/26 (jour en premier), 3 avril 2026 ou 2026-04-03</translation>
    </message>
    <message>
        <source>{value} is not a date: {help}</source>
        <translation>{value} n&apos;est pas une date : {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a date: {help}</source>
        <translation>impossible de lire {value} comme une date : {help}</translation>
    </message>
    <message>
        <source>{value}: {name} is not the name of a month: {help}</source>
        <translation>{value} : {name} n&apos;est pas un nom de mois : {help}</translation>
    </message>
    <message>
        <source>{value} is not a real date (day {day}, month {month}, year {year}): {help}</source>
        <translation>{value} n&apos;est pas une date réelle (jour {day}, mois {month}, année {year}) : {help}</translation>
    </message>
    <message>
        <source>{value} is not a real time of day: write it as 14:30 (UTC)</source>
        <translation>{value} n&apos;est pas une heure valable : écrivez-la ainsi : 14:30 (UTC)</translation>
    </message>
</context>
<context>
    <name>entity.inspection</name>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date d&apos;inspection</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Objet inspecté</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
</context>
<context>
    <name>entity.licence</name>
    <message>
        <source>Licence</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro de permis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Holder (person)</source>
        <translation>Titulaire (personne)</translation>
    </message>
    <message>
        <source>Holder (organisation)</source>
        <translation>Titulaire (organisation)</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Préfinanceur</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Fee paid (USD)</source>
        <translation>Redevance payée (USD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Area corners (lat, lon | lat, lon | ...)</source>
        <translation>Sommets du périmètre (lat, lon | lat, lon | ...)</translation>
    </message>
</context>
<context>
    <name>entity.organisation</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District / préfecture</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>entity.person</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Numéro d&apos;identité nationale</translation>
    </message>
    <message>
        <source>Digger card number</source>
        <translation>Numéro de carte de creuseur</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District / préfecture</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Enregistré le</translation>
    </message>
</context>
<context>
    <name>entity.production</name>
    <message>
        <source>Stones {size_class}</source>
        <translation>Pierres {size_class}</translation>
    </message>
    <message>
        <source>Carats {size_class}</source>
        <translation>Carats {size_class}</translation>
    </message>
    <message>
        <source>Production record</source>
        <translation>Enregistrement de production</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date de production</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Estimated value (USD)</source>
        <translation>Valeur estimée (USD)</translation>
    </message>
    <message>
        <source>Buyer licence</source>
        <translation>Permis de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Buyer (if not licensed)</source>
        <translation>Acheteur (sans permis)</translation>
    </message>
    <message>
        <source>Register / sale-slip reference</source>
        <translation>Référence du cahier / bordereau</translation>
    </message>
</context>
<context>
    <name>entity.sale</name>
    <message>
        <source>Sale or export</source>
        <translation>Vente ou exportation</translation>
    </message>
    <message>
        <source>Sales &amp; exports</source>
        <translation>Ventes et exportations</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Seller licence</source>
        <translation>Permis du vendeur</translation>
    </message>
    <message>
        <source>Buyer licence</source>
        <translation>Permis de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Buyer / importer</source>
        <translation>Acheteur / importateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date de vente</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valeur (USD)</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Référence du document</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Numéro de certificat PK</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
</context>
<context>
    <name>entity.self_assessment</name>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Auto-évaluations</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period (half-year)</source>
        <translation>Période (semestre)</translation>
    </message>
    <message>
        <source>Challenge matrix row</source>
        <translation>Ligne de la matrice des défis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>entity.site</name>
    <message>
        <source>Site</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Code du chantier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>Région / province</translation>
    </message>
    <message>
        <source>District / prefecture</source>
        <translation>District / préfecture</translation>
    </message>
    <message>
        <source>Chiefdom / sub-prefecture</source>
        <translation>Chefferie / sous-préfecture</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>GPS accuracy (m)</source>
        <translation>Précision GPS (m)</translation>
    </message>
    <message>
        <source>Deposit type</source>
        <translation>Type de gisement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Workers on site</source>
        <translation>Travailleurs sur le chantier</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>rows per sheet must be between 2 and {limit}</source>
        <translation>le nombre de lignes par feuille doit être compris entre 2 et {limit}</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>&apos;{country}&apos; n&apos;est pas un code de pays connu de kpfield (ISO 3166 alpha-2, comme SL)</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>Licence areas</source>
        <translation>Périmètres des permis</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>unknown format {format}: choose {choices}</source>
        <translation>format {format} inconnu : choisissez {choices}</translation>
    </message>
    <message>
        <source>{path} is refused: {why}</source>
        <translation>{path} est refusé : {why}</translation>
    </message>
    <message>
        <source>it is {size} bytes, more than kpfield reads from a GPX file ({limit})</source>
        <translation>il fait {size} octets, plus que kpfield ne lit d&apos;un fichier GPX ({limit})</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>it is XML but not GPX (its root element is {tag}); export waypoints as GPX</source>
        <translation>c&apos;est du XML mais pas du GPX (son élément racine est {tag}) ; exportez les points de passage en GPX</translation>
    </message>
    <message>
        <source>its elements are nested more than {limit} deep, which no GPS writes</source>
        <translation>ses éléments sont imbriqués sur plus de {limit} niveaux, ce qu&apos;aucun GPS n&apos;écrit</translation>
    </message>
    <message>
        <source>it declares a document type or entities, which GPS receivers never write and kpfield does not read</source>
        <translation>il déclare un type de document ou des entités, ce qu&apos;aucun récepteur GPS n&apos;écrit et que kpfield ne lit pas</translation>
    </message>
    <message>
        <source>it is not well-formed XML (line {line}, column {column}); export it again from the GPS</source>
        <translation>ce n&apos;est pas du XML bien formé (ligne {line}, colonne {column}) ; exportez-le à nouveau depuis le GPS</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>waypoint {n} ({name})</source>
        <translation>point de passage {n} ({name})</translation>
    </message>
    <message>
        <source>waypoint {n} has no name: name it on the GPS, or in the file, with the site&apos;s code</source>
        <translation>le point de passage {n} n&apos;a pas de nom : nommez-le, sur le GPS ou dans le fichier, avec le code du site</translation>
    </message>
    <message>
        <source>{waypoint} has the same name as waypoint {other}: keep one</source>
        <translation>{waypoint} porte le même nom que le point de passage {other} : gardez-en un</translation>
    </message>
    <message>
        <source>{waypoint} and waypoint {other} both name site {code}: keep one</source>
        <translation>{waypoint} et le point de passage {other} désignent tous deux le site {code} : gardez-en un</translation>
    </message>
    <message>
        <source>GPS waypoints from {file}</source>
        <translation>Points de passage GPS de {file}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{field}: &apos;{value}&apos; names several {kinds}: {candidates}; say which one</source>
        <translation>{field} : « {value} » désigne plusieurs fiches de {kinds} : {candidates} ; précisez de laquelle il s&apos;agit</translation>
    </message>
    <message>
        <source>perhaps more</source>
        <translation>peut-être d&apos;autres</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>national ID {id}</source>
        <translation>n° d&apos;identité {id}</translation>
    </message>
    <message>
        <source>digger card {card}</source>
        <translation>carte de creuseur {card}</translation>
    </message>
    <message>
        <source>no national ID or digger card: name them with their village</source>
        <translation>ni n° d’identité ni carte de creuseur : nommez la personne avec son village</translation>
    </message>
    <message>
        <source>check it: the row was accepted</source>
        <translation>vérifiez-la : la ligne a été acceptée</translation>
    </message>
    <message>
        <source>leave the clock cell as kpfield exported it, or empty it</source>
        <translation>laissez la cellule de l&apos;horloge telle que kpfield l&apos;a exportée, ou videz-la</translation>
    </message>
    <message>
        <source>these bookkeeping columns are kpfield&apos;s own: ask the officer for a fresh export instead of editing them</source>
        <translation>ces colonnes de suivi appartiennent à kpfield : demandez à l&apos;agent un nouvel export au lieu de les modifier</translation>
    </message>
    <message>
        <source>correct the row and import the file again</source>
        <translation>corrigez la ligne et importez de nouveau le fichier</translation>
    </message>
    <message>
        <source>fill in {field}</source>
        <translation>remplissez {field}</translation>
    </message>
    <message>
        <source>type the date as 2026-04-03 or 03/04/2026 (day first), or use a date cell</source>
        <translation>saisissez la date sous la forme 2026-04-03 ou 03/04/2026 (le jour d&apos;abord), ou utilisez une cellule de type date</translation>
    </message>
    <message>
        <source>make the stones and carats of the size-class columns add up to {field}, or correct {field}</source>
        <translation>faites en sorte que les pierres et les carats des colonnes de classes de taille totalisent {field}, ou corrigez {field}</translation>
    </message>
    <message>
        <source>write thousands with a space or none (1 250 or 1250) and decimals with one, two or four digits (1,25 or 1.25), or use a number cell</source>
        <translation>écrivez les milliers avec une espace ou sans rien (1 250 ou 1250) et les décimales avec un, deux ou quatre chiffres (1,25 ou 1.25), ou utilisez une cellule numérique</translation>
    </message>
    <message>
        <source>type a number from {minimum} to {maximum} (a decimal comma or point is fine)</source>
        <translation>saisissez un nombre de {minimum} à {maximum} (virgule ou point décimal, au choix)</translation>
    </message>
    <message>
        <source>type a number (a decimal comma or point is fine)</source>
        <translation>saisissez un nombre (virgule ou point décimal, au choix)</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>choisissez parmi : {choices}</translation>
    </message>
    <message>
        <source>type the two-letter ISO country code, such as SL or GN</source>
        <translation>saisissez le code de pays ISO à deux lettres, comme SL ou GN</translation>
    </message>
    <message>
        <source>check whether this is the same record; if it is, give it the same UUID, otherwise correct the number</source>
        <translation>vérifiez s&apos;il s&apos;agit du même enregistrement ; si oui, donnez-lui le même UUID, sinon corrigez le numéro</translation>
    </message>
    <message>
        <source>correct the value and import the file again</source>
        <translation>corrigez la valeur et importez de nouveau le fichier</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is not a kind of record kpfield knows; it was not read</source>
        <translation>la feuille &apos;{sheet}&apos; n&apos;est pas un type d&apos;enregistrement connu de kpfield ; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: column &apos;{column}&apos; repeats {field}; only the first is read</source>
        <translation>feuille &apos;{sheet}&apos; : la colonne &apos;{column}&apos; répète {field} ; seule la première est lue</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: column &apos;{column}&apos; is not a field of {kinds}; ignored</source>
        <translation>feuille &apos;{sheet}&apos; : la colonne &apos;{column}&apos; n&apos;est pas un champ des {kinds} ; elle est ignorée</translation>
    </message>
    <message>
        <source>{path} has no sheet kpfield recognises (sheets: {sheets}); start from &apos;kpfield template&apos; or a workbook exported by kpfield</source>
        <translation>{path} n&apos;a aucune feuille reconnue par kpfield (feuilles : {sheets}) ; partez de &apos;kpfield template&apos; ou d&apos;un classeur exporté par kpfield</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;, cell B{row}: the officer&apos;s name is not one (at most {n} characters, letters and spaces); type the name of the officer who filled the template</source>
        <translation>{path}, feuille « {sheet} », case B{row} : ce n&apos;est pas un nom d&apos;agent (au plus {n} caractères, lettres et espaces) ; saisissez le nom de l&apos;agent qui a rempli le modèle</translation>
    </message>
    <message>
        <source>the template does not say who filled it (the cell beside &apos;Filled by&apos; on its instruction sheet is empty): its records are credited to no officer in the report</source>
        <translation>le modèle ne dit pas qui l&apos;a rempli (la case à côté de « Rempli par » de sa feuille de mode d&apos;emploi est vide) : ses fiches ne sont attribuées à aucun agent dans le rapport</translation>
    </message>
    <message>
        <source>the template says it was filled by {officer} of installation {origin}, whose key is registered here for {registered}: check who filled it</source>
        <translation>le modèle dit avoir été rempli par {officer} de l&apos;installation {origin}, dont la clé est enregistrée ici au nom de {registered} : vérifiez qui l&apos;a rempli</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>this workbook was exported by this installation</source>
        <translation>ce classeur a été exporté par cette installation</translation>
    </message>
    <message>
        <source>this kpfield workbook is not signed: it comes from a kpfield older than signed workbooks, or its signature was removed</source>
        <translation>ce classeur kpfield n&apos;est pas signé : il provient d&apos;une version de kpfield antérieure aux classeurs signés, ou sa signature a été retirée</translation>
    </message>
    <message>
        <source>signed with the key registered for {officer} (installation {registered}), but the workbook says it comes from installation {claimed}</source>
        <translation>signé avec la clé enregistrée pour {officer} (installation {registered}), mais le classeur se dit issu de l&apos;installation {claimed}</translation>
    </message>
    <message>
        <source>imported although it was altered after signing, by the coordinator&apos;s override; the audit log records it</source>
        <translation>importé bien que modifié après signature, par dérogation du coordinateur ; le journal d&apos;audit l&apos;enregistre</translation>
    </message>
    <message>
        <source>the data differs from what kpfield wrote into this file (the SHA-256 in its _about sheet no longer matches): it was edited after export, or its _about sheet was; check who changed it. Its rows were checked like any other</source>
        <translation>les données diffèrent de ce que kpfield a écrit dans ce fichier (le SHA-256 de sa feuille _about ne correspond plus) : il a été modifié après l&apos;export, ou sa feuille _about l&apos;a été ; vérifiez qui l&apos;a modifié. Ses lignes ont été vérifiées comme les autres</translation>
    </message>
    <message>
        <source>{n} record(s) held here would be changed by this file, which no registered officer signed: nothing was changed; each change is a conflict to review (&apos;kpfield conflicts&apos;, or the Exchange page)</source>
        <translation>{n} fiche(s) déjà présente(s) ici seraient modifiées par ce fichier, qu&apos;aucun agent enregistré n&apos;a signé : rien n&apos;a été modifié ; chaque modification est un conflit à examiner (&apos;kpfield conflicts&apos;, ou la page Échanges)</translation>
    </message>
    <message>
        <source>conflict {number} was left open for review: {error}</source>
        <translation>le conflit {number} reste ouvert, à examiner : {error}</translation>
    </message>
    <message>
        <source>{n} conflict(s) between two spellings of a value (case, accents or spaces alone) were settled automatically to the most recent spelling; they are listed with the conflicts</source>
        <translation>{n} conflit(s) entre deux orthographes d&apos;une même valeur (majuscules, accents ou espaces seulement) ont été réglés automatiquement selon l&apos;orthographe la plus récente ; ils figurent avec les conflits</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} n&apos;a pas été importé : {reason}</translation>
    </message>
    <message>
        <source>{path} was not imported: the inventory is busy; import it again in a moment</source>
        <translation>{path} n&apos;a pas été importé : l&apos;inventaire est occupé ; importez-le de nouveau dans un instant</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;, cell B{row}: &apos;{value}&apos; is not an installation&apos;s identity; copy it as &apos;kpfield identity&apos; shows it, or leave the cell empty</source>
        <translation>{path}, feuille « {sheet} », case B{row} : « {value} » n&apos;est pas l&apos;identité d&apos;une installation ; recopiez-la telle que « kpfield identity » l&apos;affiche, ou laissez la case vide</translation>
    </message>
    <message>
        <source>{file} was altered after it was signed: {detail}. Nothing from it was written. Ask the officer for a fresh export; or, if you know why it changed, import it accepting altered files (kpfield import --accept-altered, or the option on the Exchange page), which the audit log records</source>
        <translation>{file} a été modifié après sa signature : {detail}. Rien n&apos;en a été écrit. Demandez à l&apos;agent un nouvel export ; ou, si vous savez pourquoi il a changé, importez-le en acceptant les fichiers modifiés (kpfield import --accept-altered, ou l&apos;option de la page Échanges), ce que le journal d&apos;audit enregistre</translation>
    </message>
    <message>
        <source>the workbook contains macros ({parts}); kpfield never runs macros: it read only the values in the cells</source>
        <translation>le classeur contient des macros ({parts}) ; kpfield n&apos;exécute jamais de macros : il n&apos;a lu que les valeurs des cellules</translation>
    </message>
    <message>
        <source>the workbook links to other files ({files}); kpfield did not open them: cells that refer to them were read with the values saved in this workbook</source>
        <translation>le classeur renvoie à d&apos;autres fichiers ({files}) ; kpfield ne les a pas ouverts : les cellules qui y renvoient ont été lues avec les valeurs enregistrées dans ce classeur</translation>
    </message>
    <message>
        <source>the workbook defines data connections (to databases or web pages); kpfield did not refresh them: it read the values saved in the cells</source>
        <translation>le classeur définit des connexions de données (vers des bases de données ou des pages web) ; kpfield ne les a pas actualisées : il a lu les valeurs enregistrées dans les cellules</translation>
    </message>
    <message>
        <source>sheet {sheet!r} is hidden in the workbook; kpfield read it like the others</source>
        <translation>la feuille {sheet!r} est masquée dans le classeur ; kpfield l&apos;a lue comme les autres</translation>
    </message>
    <message>
        <source>sheet {sheet!r}, column {column}: {n} cell(s) held a formula; kpfield did not run them and read the value the spreadsheet saved with each (an empty cell where none was saved)</source>
        <translation>feuille {sheet!r}, colonne {column} : {n} cellule(s) contenaient une formule ; kpfield ne les a pas exécutées et a lu la valeur enregistrée par le tableur pour chacune (une cellule vide quand aucune n&apos;était enregistrée)</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has no header row kpfield recognises; it was not read</source>
        <translation>la feuille &apos;{sheet}&apos; n&apos;a pas de ligne d&apos;en-tête reconnue par kpfield ; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>{field}: no {kind} &apos;{value}&apos; in the inventory or this file</source>
        <translation>{field} : {kind} &apos;{value}&apos; introuvable, ni dans l&apos;inventaire ni dans ce fichier</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record identifier (UUID); leave it empty for a new record</source>
        <translation>&apos;{value}&apos; n&apos;est pas un identifiant d&apos;enregistrement (UUID) ; laissez la cellule vide pour un nouvel enregistrement</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; row {row}: {kind} {key} already exists here under another UUID; {uuid} is now an alias of {other}</source>
        <translation>feuille &apos;{sheet}&apos; ligne {row} : {kind} {key} existe déjà ici sous un autre UUID ; {uuid} est désormais un alias de {other}</translation>
    </message>
    <message>
        <source>{uuid} names a record of {other} in this inventory, not of {kinds}: a UUID names one record; correct the id column, or leave it empty for a new record</source>
        <translation>{uuid} désigne une fiche de {other} dans cet inventaire, pas de {kinds} : un UUID désigne une seule fiche ; corrigez la colonne id, ou laissez-la vide pour une nouvelle fiche</translation>
    </message>
    <message>
        <source>{key} appears twice in this sheet (rows {first} and {row})</source>
        <translation>{key} apparaît deux fois dans cette feuille (lignes {first} et {row})</translation>
    </message>
    <message>
        <source>type the person&apos;s national ID, digger-card number, or name and village as in &apos;Aminata Sesay (Koidu)&apos; (a person of this workbook or of the inventory)</source>
        <translation>saisissez le n° d’identité de la personne, son numéro de carte de creuseur, ou son nom et son village comme dans « Aminata Sesay (Koidu) » (une personne de ce classeur ou de l’inventaire)</translation>
    </message>
    <message>
        <source>type the site code (such as KN-012) of a site already in the inventory or on this workbook&apos;s sites sheet</source>
        <translation>saisissez le code du chantier (par exemple KN-012) d’un chantier déjà présent dans l’inventaire ou sur la feuille des chantiers de ce classeur</translation>
    </message>
    <message>
        <source>type the licence number (such as SL-ART-2026-0007) of a licence already in the inventory or on this workbook&apos;s licences sheet</source>
        <translation>saisissez le numéro de permis (par exemple SL-ART-2026-0007) d’un permis déjà présent dans l’inventaire ou sur la feuille des permis de ce classeur</translation>
    </message>
    <message>
        <source>type the organisation&apos;s registration number or its name, as it is in the inventory or on this workbook&apos;s organisations sheet</source>
        <translation>saisissez le numéro d’enregistrement de l’organisation ou son nom, tel qu’il figure dans l’inventaire ou sur la feuille des organisations de ce classeur</translation>
    </message>
    <message>
        <source>name a record of {kinds} already in the inventory or in this workbook</source>
        <translation>nommez un enregistrement ({kinds}) déjà présent dans l’inventaire ou dans ce classeur</translation>
    </message>
    <message>
        <source>{start}... ({n} characters)</source>
        <translation>{start}... ({n} caractères)</translation>
    </message>
    <message>
        <source>{file} changed since the preview; preview it again before importing</source>
        <translation>{file} a changé depuis l&apos;aperçu ; refaites l&apos;aperçu avant d&apos;importer</translation>
    </message>
    <message>
        <source>{path} was refused by the inventory&apos;s own checks ({error}); nothing from it was written</source>
        <translation>{path} a été refusé par les contrôles propres de l&apos;inventaire ({error}) ; rien n&apos;en a été écrit</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped unexpectedly (exit code {code}); nothing from it was written. Close other programs to free memory and import it again</source>
        <translation>{path} : le processus qui le lisait s&apos;est arrêté de façon inattendue (code de sortie {code}) ; rien n&apos;en a été écrit. Fermez d&apos;autres programmes pour libérer de la mémoire et importez-le à nouveau</translation>
    </message>
    <message>
        <source>the clock holds {size} characters, more than kpfield reads ({limit})</source>
        <translation>l&apos;horloge contient {size} caractères, plus que kpfield n&apos;en lit ({limit})</translation>
    </message>
    <message>
        <source>the clock is nested {depth} levels deep; a clock kpfield writes is one level ({example})</source>
        <translation>l&apos;horloge est imbriquée sur {depth} niveaux ; une horloge écrite par kpfield n&apos;en a qu&apos;un ({example})</translation>
    </message>
    <message>
        <source>the field versions hold {size} characters, more than kpfield reads ({limit})</source>
        <translation>les versions des champs contiennent {size} caractères, plus que kpfield n&apos;en lit ({limit})</translation>
    </message>
    <message>
        <source>this is not a list of field versions as kpfield writes it ({{&quot;field&quot;: [installation, change]}})</source>
        <translation>ce n&apos;est pas une liste de versions des champs telle que kpfield l&apos;écrit ({{&quot;champ&quot;: [installation, modification]}})</translation>
    </message>
    <message>
        <source>the field versions name {field}, which is not a field of this sheet</source>
        <translation>les versions des champs nomment {field}, qui n&apos;est pas un champ de cette feuille</translation>
    </message>
    <message>
        <source>the field versions say {field} was written by a change the record&apos;s version vector does not count</source>
        <translation>les versions des champs disent que {field} a été écrit par une modification que le vecteur de versions de la fiche ne compte pas</translation>
    </message>
    <message>
        <source>{column}: this is not a version vector as kpfield writes it (each installation with its number of changes, at least 1, in {{...}})</source>
        <translation>{column} : ce n&apos;est pas un vecteur de versions tel que kpfield l&apos;écrit (chaque installation avec son nombre de modifications, au moins 1, entre {{...}})</translation>
    </message>
    <message>
        <source>{column}: it counts {n} changes by one installation, more than the record&apos;s version ({version}) shows</source>
        <translation>{column} : il compte {n} modifications par une installation, plus que la version de la fiche ({version}) ne l&apos;indique</translation>
    </message>
    <message>
        <source>{column}: an installation is named by at most {limit} characters</source>
        <translation>{column} : une installation est désignée par {limit} caractères au plus</translation>
    </message>
    <message>
        <source>modified_by: {value} is not an installation this file declares (the one that made it, the record&apos;s origin, or one its version vector counts)</source>
        <translation>modified_by : {value} n&apos;est pas une installation que ce fichier déclare (celle qui l&apos;a produit, l&apos;origine de la fiche, ou une que son vecteur de versions compte)</translation>
    </message>
    <message>
        <source>{column}: this is not a UTC time as kpfield writes it (2026-04-03T10:00:00Z)</source>
        <translation>{column} : ce n&apos;est pas une heure UTC telle que kpfield l&apos;écrit (2026-04-03T10:00:00Z)</translation>
    </message>
    <message>
        <source>{column}: {value} is later than the file was made, or in the future ({limit})</source>
        <translation>{column} : {value} est postérieur à la création du fichier, ou dans le futur ({limit})</translation>
    </message>
    <message>
        <source>created_at: the record cannot be made after its last change ({modified})</source>
        <translation>created_at : la fiche ne peut pas avoir été créée après sa dernière modification ({modified})</translation>
    </message>
</context>
<context>
    <name>inventory_workbook</name>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>partiellement atteint</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>défi</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>note {grade}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Challenge area</source>
        <translation>Domaine du défi</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visité le</translation>
    </message>
    <message>
        <source>Inspector&apos;s notes</source>
        <translation>Notes de l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Records to follow up: {district}, {period}</source>
        <translation>Enregistrements à suivre : {district}, {period}</translation>
    </message>
    <message>
        <source>Each record a challenge matrix indicator flags in the district, for the inspectors who visit them: {n} in all. &apos;Visited on&apos; and the notes are for the inspector.</source>
        <translation>Chaque enregistrement qu&apos;un indicateur de la matrice des défis signale dans le district, pour les inspecteurs qui les visitent : {n} en tout. « Visité le » et les notes sont à remplir par l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>Row status</source>
        <translation>Statut de la ligne</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Indicator status</source>
        <translation>Statut de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Records behind it</source>
        <translation>Enregistrements concernés</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Challenge matrix, {period}</source>
        <translation>Matrice des défis, {period}</translation>
    </message>
    <message>
        <source>self-assessment only</source>
        <translation>auto-évaluation seule</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Classe de taille</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Share of stones</source>
        <translation>Part des pierres</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Share of carats</source>
        <translation>Part des carats</translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD par carat</translation>
    </message>
    <message>
        <source>Matrix {file} (version {version}). Each cell is the worst status of the row&apos;s automatic indicators; the country&apos;s self-assessment grade (A-D) is in brackets. Every indicator is on &apos;{sheet}&apos;.</source>
        <translation>Matrice {file} (version {version}). Chaque cellule donne le plus mauvais état des indicateurs automatiques de la ligne ; la note d&apos;auto-évaluation du pays (A-D) est entre parenthèses. Chaque indicateur figure sur « {sheet} ».</translation>
    </message>
    <message>
        <source>Indicators of the challenge matrix, {period}</source>
        <translation>Indicateurs de la matrice des défis, {period}</translation>
    </message>
    <message>
        <source>Reference: share of stones</source>
        <translation>Référence : part des pierres</translation>
    </message>
    <message>
        <source>Reference: share of carats</source>
        <translation>Référence : part des carats</translation>
    </message>
    <message>
        <source>{records} production records, {stones} stones, {carats} ct in {period}.</source>
        <translation>{records} enregistrements de production, {stones} pierres, {carats} ct pour {period}.</translation>
    </message>
    <message>
        <source>Reference: {reference}.</source>
        <translation>Référence : {reference}.</translation>
    </message>
    <message>
        <source>Reference: none (no earlier production).</source>
        <translation>Référence : aucune (pas de production antérieure).</translation>
    </message>
    <message>
        <source>{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not in the table.</source>
        <translation>{stones} des {total} pierres ({carats} ct) n&apos;ont pas de classes de taille enregistrées et ne figurent pas dans le tableau.</translation>
    </message>
    <message>
        <source>The reference holds no stones: there is nothing to compare with.</source>
        <translation>La référence ne contient aucune pierre : il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <source>Chi-square on stone counts {chi2} ({dof} degrees of freedom), p = {p}; total-variation distance {tvd}.</source>
        <translation>Khi-deux sur les nombres de pierres {chi2} ({dof} degrés de liberté), p = {p} ; distance de variation totale {tvd}.</translation>
    </message>
    <message>
        <source>Total-variation distance {tvd}; too few stones for a chi-square test (fewer than {minimum}).</source>
        <translation>Distance de variation totale {tvd} ; trop peu de pierres pour un test du khi-deux (moins de {minimum}).</translation>
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years&apos; mean (a jump).</source>
        <translation>Carats : {ratio} fois la moyenne des semestres précédents (un bond).</translation>
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years&apos; mean.</source>
        <translation>Carats : {ratio} fois la moyenne des semestres précédents.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>{place}: share of carats by size class</source>
        <translation>{place} : part des carats par classe de taille</translation>
    </message>
    <message>
        <source>Provenance footprints, {period}</source>
        <translation>Empreintes de provenance, {period}</translation>
    </message>
    <message>
        <source>Share of stones and carats per size class, against the same place&apos;s earlier half-years (the reference).</source>
        <translation>Part des pierres et des carats par classe de taille, comparée aux semestres précédents du même lieu (la référence).</translation>
    </message>
    <message>
        <source>No production recorded in {period}.</source>
        <translation>Aucune production enregistrée pour {period}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation>Matrice des défis</translation>
    </message>
    <message>
        <source>Footprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <source>Indicator details</source>
        <translation>Détail des indicateurs</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Production by district &amp; month</source>
        <translation>Production par district &amp; mois</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Buyers and exporters</source>
        <translation>Acheteurs et exportateurs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>unknown WGAAP region &apos;{region}&apos;; choose one of {choices}</source>
        <translation>région WGAAP inconnue &apos;{region}&apos; ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>unknown country code(s): {codes} (use ISO 3166 alpha-2, such as SL)</source>
        <translation>code(s) de pays inconnu(s) : {codes} (utilisez ISO 3166 alpha-2, comme SL)</translation>
    </message>
    <message>
        <source>All countries in the inventory</source>
        <translation>Tous les pays de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Consolidated inventory of alluvial production</source>
        <translation>Inventaire consolidé de la production alluviale</translation>
    </message>
    <message>
        <source>page &amp;P of &amp;N</source>
        <translation>page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Artisanal mining licences in force</source>
        <translation>Permis d&apos;exploitation artisanale en vigueur</translation>
    </message>
    <message>
        <source>Small-scale mining licences in force</source>
        <translation>Permis d&apos;exploitation à petite échelle en vigueur</translation>
    </message>
    <message>
        <source>Dealer licences in force</source>
        <translation>Permis de collecteur en vigueur</translation>
    </message>
    <message>
        <source>Exporter licences in force</source>
        <translation>Permis d&apos;exportateur en vigueur</translation>
    </message>
    <message>
        <source>Registered diggers</source>
        <translation>Creuseurs enregistrés</translation>
    </message>
    <message>
        <source>Producing sites with GPS</source>
        <translation>Chantiers productifs avec GPS</translation>
    </message>
    <message>
        <source>Producing sites without GPS</source>
        <translation>Chantiers productifs sans GPS</translation>
    </message>
    <message>
        <source>Production records</source>
        <translation>Enregistrements de production</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valeur (USD)</translation>
    </message>
    <message>
        <source>Sales to licensed buyers (ct)</source>
        <translation>Ventes à des acheteurs avec permis (ct)</translation>
    </message>
    <message>
        <source>Sales to licensed buyers (USD)</source>
        <translation>Ventes à des acheteurs avec permis (USD)</translation>
    </message>
    <message>
        <source>Exports with KP certificate</source>
        <translation>Exportations avec certificat PK</translation>
    </message>
    <message>
        <source>Carats exported with KP certificate</source>
        <translation>Carats exportés avec certificat PK</translation>
    </message>
    <message>
        <source>USD exported with KP certificate</source>
        <translation>USD exportés avec certificat PK</translation>
    </message>
    <message>
        <source>Exports without KP certificate</source>
        <translation>Exportations sans certificat PK</translation>
    </message>
    <message>
        <source>Registered diggers are counted by the day they were registered. {estimated} of the {diggers} diggers have no day recorded: they are counted from an estimate (the earliest licence they hold or production under it, else the day they were entered), which their records can correct.</source>
        <translation>Les creuseurs enregistrés sont comptés à la date de leur enregistrement. {estimated} des {diggers} creuseurs n&apos;ont pas de date enregistrée : ils sont comptés à partir d&apos;une estimation (le plus ancien permis qu&apos;ils détiennent ou la plus ancienne production sous ce permis, à défaut la date de saisie), que leur fiche permet de corriger.</translation>
    </message>
    <message>
        <source>partial: {start} to {end}</source>
        <translation>partiel : du {start} au {end}</translation>
    </message>
    <message>
        <source>provisional: still running</source>
        <translation>provisoire : en cours</translation>
    </message>
    <message>
        <source>Total {half}: {scope}</source>
        <translation>Total {half} : {scope}</translation>
    </message>
    <message>
        <source>Total year {year}: {scope}</source>
        <translation>Total de l&apos;année {year} : {scope}</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Code du chantier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>Région / province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District / préfecture</translation>
    </message>
    <message>
        <source>Chiefdom / sub-prefecture</source>
        <translation>Chefferie / sous-préfecture</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Gisement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Expiration du permis</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Production records in period</source>
        <translation>Enregistrements de production de la période</translation>
    </message>
    <message>
        <source>Carats in period</source>
        <translation>Carats de la période</translation>
    </message>
    <message>
        <source>USD in period</source>
        <translation>USD de la période</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Dernière inspection</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro de permis</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>Licences in force and registered diggers are counted on the last day of each half-year (a year: on the last day of its last half-year); producing sites are sites with production recorded in the half-year. Production totals are the sums of &apos;{sheet}&apos;. &apos;No data&apos;: nothing recorded for the country in the half-year, which is not a reported zero.</source>
        <translation>Les permis en vigueur et les creuseurs enregistrés sont comptés le dernier jour de chaque semestre (pour une année : le dernier jour de son dernier semestre) ; les chantiers productifs sont ceux dont une production est enregistrée dans le semestre. Les totaux de production sont les sommes de « {sheet} ». « Pas de données » : rien n&apos;est enregistré pour le pays dans le semestre, ce qui n&apos;est pas un zéro déclaré.</translation>
    </message>
    <message>
        <source>Production by district and month: {scope}</source>
        <translation>Production par district et par mois : {scope}</translation>
    </message>
    <message>
        <source>Districts with sites but no production recorded in the period, and countries with no site, are listed last with &apos;no data&apos;.</source>
        <translation>Les districts qui ont des chantiers mais aucune production enregistrée dans la période, et les pays sans chantier, figurent à la fin avec « pas de données ».</translation>
    </message>
    <message>
        <source>Total: {scope}</source>
        <translation>Total : {scope}</translation>
    </message>
    <message>
        <source>Every file and bulk load this inventory rests on</source>
        <translation>Chaque fichier et chargement en bloc sur lequel repose cet inventaire</translation>
    </message>
    <message>
        <source>One row per file: a file imported more than once shows its first and last import, and the records its imports added, updated, left unchanged, put in conflict or refused, in all.</source>
        <translation>Une ligne par fichier : un fichier importé plusieurs fois indique sa première et sa dernière importation, et le total des enregistrements que ses importations ont ajoutés, mis à jour, laissés inchangés, mis en conflit ou refusés.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>Changes brought by {file}, the last workbook of {officer} ({at} UTC)</source>
        <translation>Changements apportés par {file}, le dernier classeur de {officer} ({at} UTC)</translation>
    </message>
    <message>
        <source>no workbook was received from &apos;{officer}&apos;; officers with workbooks: {known}</source>
        <translation>aucun classeur n&apos;a été reçu de « {officer} » ; agents ayant envoyé des classeurs : {known}</translation>
    </message>
    <message>
        <source>Changes recorded since {since} (UTC)</source>
        <translation>Changements enregistrés depuis le {since} (UTC)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Préfinanceur</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Fee (USD)</source>
        <translation>Redevance (USD)</translation>
    </message>
    <message>
        <source>In force at end of period</source>
        <translation>En vigueur en fin de période</translation>
    </message>
    <message>
        <source>Buying office / exporter</source>
        <translation>Bureau d&apos;achat / exportateur</translation>
    </message>
    <message>
        <source>Purchases from sites</source>
        <translation>Achats aux chantiers</translation>
    </message>
    <message>
        <source>Carats bought</source>
        <translation>Carats achetés</translation>
    </message>
    <message>
        <source>USD bought</source>
        <translation>USD d&apos;achats</translation>
    </message>
    <message>
        <source>Sales to licensed buyers</source>
        <translation>Ventes à des acheteurs avec permis</translation>
    </message>
    <message>
        <source>Carats sold</source>
        <translation>Carats vendus</translation>
    </message>
    <message>
        <source>USD sold</source>
        <translation>USD de ventes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>First imported (UTC)</source>
        <translation>Première importation (UTC)</translation>
    </message>
    <message>
        <source>Last imported (UTC)</source>
        <translation>Dernière importation (UTC)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation>Origine (installation)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>the inventory holds no sites, so there is nothing to report</source>
        <translation>l&apos;inventaire ne contient aucun chantier : il n&apos;y a rien à présenter</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>the inventory workbook was cancelled; no file was written</source>
        <translation>le classeur d&apos;inventaire a été annulé ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Consolidated inventory of alluvial diamond production: {scope}</source>
        <translation>Inventaire consolidé de la production alluviale de diamants : {scope}</translation>
    </message>
    <message>
        <source>Period {start} to {end} (KP half-years {halves}). Made by kpfield {version} on {date} {time} UTC from {file}.</source>
        <translation>Période du {start} au {end} (semestres PK {halves}). Produit par kpfield {version} le {date} à {time} UTC à partir de {file}.</translation>
    </message>
    <message>
        <source>not checked: imported before kpfield signed workbooks</source>
        <translation>non vérifié : importé avant que kpfield ne signe les classeurs</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value both sides last agreed on</source>
        <translation>Dernière valeur commune aux deux côtés</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valeur locale</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <source>Changed here (UTC)</source>
        <translation>Modifié ici (UTC)</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Depuis (UTC)</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Probablement identique à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Open conflicts: {n} (settle them with &apos;kpfield resolve&apos; or on the Exchange page)</source>
        <translation>Conflits ouverts : {n} (réglez-les avec &apos;kpfield resolve&apos; ou sur la page Échanges)</translation>
    </message>
    <message>
        <source>Probable duplicates to review: {n}</source>
        <translation>Doublons probables à examiner : {n}</translation>
    </message>
    <message>
        <source>LibreOffice is not installed, so no PDF was made (the workbook itself was written). Install LibreOffice (Debian: libreoffice-calc-nogui) or print the Summary from Excel.</source>
        <translation>LibreOffice n&apos;est pas installé : aucun PDF n&apos;a été produit (le classeur lui-même a bien été écrit). Installez LibreOffice (Debian : libreoffice-calc-nogui) ou imprimez la feuille Synthèse depuis Excel.</translation>
    </message>
    <message>
        <source>LibreOffice could not make the PDF: {error}</source>
        <translation>LibreOffice n&apos;a pas pu produire le PDF : {error}</translation>
    </message>
    <message>
        <source>Period {start} to {end}. Made by kpfield {version} on {date}.</source>
        <translation>Période du {start} au {end}. Produit par kpfield {version} le {date}.</translation>
    </message>
    <message>
        <source>the inventory workbook: Summary per country and half-year, trends, challenge matrix, footprints, indicators, production by district and month, sites, licences, buyers and exporters, sources.</source>
        <translation>le classeur de l&apos;inventaire : synthèse par pays et par semestre, tendances, matrice des défis, empreintes, indicateurs, production par district et par mois, chantiers, permis, acheteurs et exportateurs, sources.</translation>
    </message>
    <message>
        <source>the printed pages: Summary, trends, challenge matrix, footprints, indicators.</source>
        <translation>les pages imprimées : synthèse, tendances, matrice des défis, empreintes, indicateurs.</translation>
    </message>
    <message>
        <source>No PDF: {why}</source>
        <translation>Pas de PDF : {why}</translation>
    </message>
    <message>
        <source>The workbook&apos;s Maps sheet shows a map of each country&apos;s sites; the PDF prints it where there is one.</source>
        <translation>La feuille Cartes du classeur montre une carte des chantiers de chaque pays ; le PDF l&apos;imprime s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>who has sent what: the last workbook of each officer, and who is late.</source>
        <translation>qui a envoyé quoi : le dernier classeur de chaque agent, et qui est en retard.</translation>
    </message>
    <message>
        <source>what the period&apos;s imports and edits brought: every record added, changed or deleted since the period began.</source>
        <translation>ce qu&apos;ont apporté les importations et les saisies de la période : chaque enregistrement ajouté, modifié ou supprimé depuis le début de la période.</translation>
    </message>
    <message>
        <source>Late for the half-year</source>
        <translation>En retard pour le semestre</translation>
    </message>
    <message>
        <source>Last workbook</source>
        <translation>Dernier classeur</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Reçu (UTC)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Records in the last workbook</source>
        <translation>Enregistrements du dernier classeur</translation>
    </message>
    <message>
        <source>Workbooks received</source>
        <translation>Classeurs reçus</translation>
    </message>
    <message>
        <source>Production records in the district</source>
        <translation>Enregistrements de production dans le district</translation>
    </message>
    <message>
        <source>Production from</source>
        <translation>Production depuis</translation>
    </message>
    <message>
        <source>Production to</source>
        <translation>Production jusqu&apos;au</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Field workbooks received, per officer and district</source>
        <translation>Classeurs de terrain reçus, par agent et par district</translation>
    </message>
    <message>
        <source>Half-year {half} (from {start}): {late} of {officers} officers late, that is with no workbook received since the half-year began. Made from {file}.</source>
        <translation>Semestre {half} (depuis le {start}) : {late} agents sur {officers} en retard, c&apos;est-à-dire sans classeur reçu depuis le début du semestre. Établi à partir de {file}.</translation>
    </message>
    <message>
        <source>Carats produced per country and half-year</source>
        <translation>Carats produits par pays et par semestre</translation>
    </message>
    <message>
        <source>Carats produced</source>
        <translation>Carats produits</translation>
    </message>
    <message>
        <source>Value of production (USD) per country and half-year</source>
        <translation>Valeur de la production (USD) par pays et par semestre</translation>
    </message>
    <message>
        <source>Value of production (USD)</source>
        <translation>Valeur de la production (USD)</translation>
    </message>
    <message>
        <source>USD per carat per country and half-year</source>
        <translation>USD par carat, par pays et par semestre</translation>
    </message>
    <message>
        <source>Trends: {scope}</source>
        <translation>Tendances : {scope}</translation>
    </message>
    <message>
        <source>Production per country and KP half-year, {first} to {last}. &apos;No data&apos;: no production recorded for the country in the half-year; the charts leave a gap there rather than drawing a zero.</source>
        <translation>Production par pays et par semestre du PK, de {first} à {last}. « Pas de données » : aucune production enregistrée pour le pays au cours du semestre ; les graphiques y laissent un vide au lieu de tracer un zéro.</translation>
    </message>
    <message>
        <source>{file} is not a PNG picture</source>
        <translation>{file} n&apos;est pas une image PNG</translation>
    </message>
    <message>
        <source>Map: {country}</source>
        <translation>Carte : {country}</translation>
    </message>
    <message>
        <source>Sites with a GPS point, coloured by status and ringed by their worst flag; licence areas; country borders (coarse outlines).</source>
        <translation>Sites ayant un point GPS, colorés selon leur statut et cerclés selon leur alerte la plus grave ; périmètres des licences ; frontières des pays (tracés simplifiés).</translation>
    </message>
    <message>
        <source>No map was drawn for this report.</source>
        <translation>Aucune carte n&apos;a été dessinée pour ce rapport.</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>partiellement atteint</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>défi</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>self-assessment only</source>
        <translation>auto-évaluation seule</translation>
    </message>
    <message>
        <source>{file}, line {line}, key {key}: {problem}</source>
        <translation>{file}, ligne {line}, clé {key} : {problem}</translation>
    </message>
    <message>
        <source>{file}, key {key}: {problem}</source>
        <translation>{file}, clé {key} : {problem}</translation>
    </message>
    <message>
        <source>met within {met} of {target}, partly met within {partly_met}</source>
        <translation>atteint à {met} près de {target}, partiellement atteint à {partly_met} près</translation>
    </message>
    <message>
        <source>met &lt;= {met}, partly met &lt;= {partly_met}</source>
        <translation>atteint si ≤ {met}, partiellement atteint si ≤ {partly_met}</translation>
    </message>
    <message>
        <source>met &gt;= {met}, partly met &gt;= {partly_met}</source>
        <translation>atteint si ≥ {met}, partiellement atteint si ≥ {partly_met}</translation>
    </message>
    <message>
        <source>the matrix {file} has no row {row}; rows: {rows}</source>
        <translation>la matrice {file} n&apos;a pas de ligne {row} ; lignes : {rows}</translation>
    </message>
    <message>
        <source>the matrix file does not exist</source>
        <translation>le fichier de la matrice n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text ({reason}); save it as UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 ({reason}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>TOML non valide : {error}</translation>
    </message>
    <message>
        <source>must be a non-empty text in quotes</source>
        <translation>doit être un texte non vide entre guillemets</translation>
    </message>
    <message>
        <source>unknown language; use {languages}</source>
        <translation>langue inconnue ; utilisez {languages}</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>doit être du texte entre guillemets</translation>
    </message>
    <message>
        <source>every title needs at least its English text ({example})</source>
        <translation>chaque titre doit avoir au moins son texte en anglais ({example})</translation>
    </message>
    <message>
        <source>every title needs its French text ({example})</source>
        <translation>chaque titre doit avoir son texte en français ({example})</translation>
    </message>
    <message>
        <source>give at least the English text ({example})</source>
        <translation>donnez au moins le texte en anglais ({example})</translation>
    </message>
    <message>
        <source>give the meaning of each score {grades} ({example})</source>
        <translation>donnez la signification de chaque note {grades} ({example})</translation>
    </message>
    <message>
        <source>score {grade} needs its meaning in English</source>
        <translation>la note {grade} doit avoir sa signification en anglais</translation>
    </message>
    <message>
        <source>the matrix has no rows ([[row]] tables)</source>
        <translation>la matrice n&apos;a aucune ligne (tables [[row]])</translation>
    </message>
    <message>
        <source>row id {row}: use lower-case letters, digits and _</source>
        <translation>identifiant de ligne {row} : utilisez des lettres minuscules, des chiffres et _</translation>
    </message>
    <message>
        <source>row id {row} is used twice</source>
        <translation>l&apos;identifiant de ligne {row} est utilisé deux fois</translation>
    </message>
    <message>
        <source>row {row}: unknown key (known: {keys})</source>
        <translation>ligne {row} : clé inconnue (clés connues : {keys})</translation>
    </message>
    <message>
        <source>row {row}: each indicator is a {table} table</source>
        <translation>ligne {row} : chaque indicateur est une table {table}</translation>
    </message>
    <message>
        <source>row {row}: unknown indicator {indicator}; kpfield computes: {known}</source>
        <translation>ligne {row} : indicateur inconnu {indicator} ; kpfield calcule : {known}</translation>
    </message>
    <message>
        <source>indicator {indicator}: unknown key</source>
        <translation>indicateur {indicator} : clé inconnue</translation>
    </message>
    <message>
        <source>indicator {indicator}: must be one of {choices}</source>
        <translation>indicateur {indicator} : doit être l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>indicator {indicator}: must be a number (a share is written 0.05 for 5 %)</source>
        <translation>indicateur {indicator} : doit être un nombre (une part s&apos;écrit 0.05 pour 5 %)</translation>
    </message>
    <message>
        <source>indicator {indicator}: lower is better, so partly_met must be &gt;= met</source>
        <translation>indicateur {indicator} : plus bas est meilleur, donc partly_met doit être &gt;= met</translation>
    </message>
    <message>
        <source>indicator {indicator}: higher is better, so partly_met must be &lt;= met</source>
        <translation>indicateur {indicator} : plus haut est meilleur, donc partly_met doit être &lt;= met</translation>
    </message>
    <message>
        <source>indicator {indicator}: tolerances must satisfy 0 &lt;= met &lt;= partly_met</source>
        <translation>indicateur {indicator} : les tolérances doivent respecter 0 &lt;= met &lt;= partly_met</translation>
    </message>
    <message>
        <source>indicator {indicator}: params is a table, e.g. {example}</source>
        <translation>indicateur {indicator} : params est une table, par exemple {example}</translation>
    </message>
    <message>
        <source>indicator {indicator}: unknown parameter {parameter} (known: {known})</source>
        <translation>indicateur {indicator} : paramètre inconnu {parameter} (paramètres connus : {known})</translation>
    </message>
    <message>
        <source>indicator {indicator}: parameter {parameter} must be like {example}</source>
        <translation>indicateur {indicator} : le paramètre {parameter} doit être de la forme {example}</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>CHALLENGE</source>
        <translation>DÉFI</translation>
    </message>
    <message>
        <source>self-assess.</source>
        <translation>auto-éval.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>permis</translation>
    </message>
    <message>
        <source>site</source>
        <translation>chantier</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>Challenge matrix, period {period} ({file}, version {version})</source>
        <translation>Matrice des défis, période {period} ({file}, version {version})</translation>
    </message>
    <message>
        <source>(a letter after a status is the country&apos;s own self-assessment score)</source>
        <translation>(une lettre après un statut est la note d&apos;auto-évaluation du pays)</translation>
    </message>
    <message>
        <source>{title}: {status}</source>
        <translation>{title} : {status}</translation>
    </message>
    <message>
        <source>; self-assessed {score} ({meaning})</source>
        <translation> ; auto-évaluation {score} ({meaning})</translation>
    </message>
    <message>
        <source>, {n} {kind} record(s) flagged</source>
        <translation>, {n} enregistrement(s) signalé(s) ({kind})</translation>
    </message>
    <message>
        <source>no licence {number} in {country} in this inventory</source>
        <translation>aucun permis {number} pour {country} dans cet inventaire</translation>
    </message>
    <message>
        <source>give stone counts per size class: {example}</source>
        <translation>donnez le nombre de pierres par classe de taille : {example}</translation>
    </message>
    <message>
        <source>unknown size class; use {codes}</source>
        <translation>classe de taille inconnue ; utilisez {codes}</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>doit être un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>Footprint (share of stones per size class): {footprint}</source>
        <translation>Empreinte (part des pierres par classe de taille) : {footprint}</translation>
    </message>
    <message>
        <source>Footprint (share of carats per size class): {footprint}</source>
        <translation>Empreinte (part des carats par classe de taille) : {footprint}</translation>
    </message>
    <message>
        <source>filled: {footprint}</source>
        <translation>plein : {footprint}</translation>
    </message>
    <message>
        <source>; outline: reference {footprint}</source>
        <translation> ; contour : référence {footprint}</translation>
    </message>
    <message>
        <source>; TVD {tvd}</source>
        <translation> ; distance de variation totale {tvd}</translation>
    </message>
    <message>
        <source>, chi-square p = {p}</source>
        <translation>, khi-deux p = {p}</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>per officer</source>
        <translation>par agent</translation>
    </message>
    <message>
        <source>sites per officer</source>
        <translation>chantiers par agent</translation>
    </message>
    <message>
        <source>Share of production (carats) from sites without a valid licence on the day</source>
        <translation>Part de la production (carats) des chantiers sans permis valide le jour même</translation>
    </message>
    <message>
        <source>carats of the period&apos;s production records whose licence (the record&apos;s, else its site&apos;s) is missing or not valid on the production date (status active and issued_on &lt;= date &lt;= expires_on), divided by all carats produced in the scope and period</source>
        <translation>carats des enregistrements de production de la période dont le permis (celui de l&apos;enregistrement, sinon celui du chantier) manque ou n&apos;est pas valide à la date de production (statut actif et issued_on &lt;= date &lt;= expires_on), divisés par tous les carats produits dans le périmètre et la période</translation>
    </message>
    <message>
        <source>Share of producing licences that produced after their expiry date</source>
        <translation>Part des permis productifs ayant produit après leur date d&apos;expiration</translation>
    </message>
    <message>
        <source>licences with production in the period dated after the licence&apos;s expires_on, divided by the licences with any production in the period</source>
        <translation>permis ayant dans la période une production datée après leur expires_on, divisés par les permis ayant une production dans la période</translation>
    </message>
    <message>
        <source>Share of workers on active sites covered by registered diggers of their village</source>
        <translation>Part des travailleurs des chantiers actifs couverte par des creuseurs enregistrés du village</translation>
    </message>
    <message>
        <source>per village (country, district, village): workers on the scope&apos;s active sites W and persons registered with the digger role R; the value is the sum of min(R, W) over the sum of W; offending: active sites in villages with fewer registered diggers than workers</source>
        <translation>par village (pays, district, village) : travailleurs des chantiers actifs du périmètre W et personnes enregistrées avec le rôle de creuseur R ; la valeur est la somme de min(R, W) divisée par la somme de W ; en cause : les chantiers actifs des villages ayant moins de creuseurs enregistrés que de travailleurs</translation>
    </message>
    <message>
        <source>Share of active sites with a GPS point</source>
        <translation>Part des chantiers actifs avec un point GPS</translation>
    </message>
    <message>
        <source>active sites with both latitude and longitude, divided by active sites (the sites&apos; current status)</source>
        <translation>chantiers actifs ayant une latitude et une longitude, divisés par les chantiers actifs (statut actuel des chantiers)</translation>
    </message>
    <message>
        <source>Share of mapped sites whose point lies outside their country</source>
        <translation>Part des chantiers cartographiés dont le point est hors du pays</translation>
    </message>
    <message>
        <source>sites with a GPS point more than about 5 km outside their country&apos;s border (as kpfield draws it, from Natural Earth&apos;s outlines), divided by sites with a GPS point in countries kpfield has a border for</source>
        <translation>sites dont le point GPS se trouve à plus d&apos;environ 5 km hors de la frontière de leur pays (telle que kpfield la trace, d&apos;après les contours de Natural Earth), divisés par les sites ayant un point GPS dans les pays dont kpfield a la frontière</translation>
    </message>
    <message>
        <source>Share of mapped sites outside their licence&apos;s area</source>
        <translation>Part des sites cartographiés hors du périmètre de leur permis</translation>
    </message>
    <message>
        <source>sites whose GPS point lies more than 10 m outside the area drawn for their licence, divided by sites with a GPS point whose licence has an area</source>
        <translation>sites dont le point GPS se trouve à plus de 10 m hors du périmètre tracé de leur permis, divisés par les sites ayant un point GPS dont le permis a un périmètre</translation>
    </message>
    <message>
        <source>Share of licence areas that overlap another licence&apos;s area</source>
        <translation>Part des périmètres de permis qui chevauchent le périmètre d&apos;un autre permis</translation>
    </message>
    <message>
        <source>licences of the scope&apos;s sites whose drawn area overlaps the area of another live licence of the same country, divided by licences of the scope&apos;s sites that have an area</source>
        <translation>permis des sites du périmètre dont le périmètre tracé chevauche celui d&apos;un autre permis en vigueur du même pays, divisés par les permis des sites du périmètre qui ont un périmètre tracé</translation>
    </message>
    <message>
        <source>Share of active sites not inspected in the last year</source>
        <translation>Part des chantiers actifs non inspectés depuis un an</translation>
    </message>
    <message>
        <source>active sites with no inspection in the `days` (default 365) before the end of the period, divided by active sites</source>
        <translation>chantiers actifs sans inspection dans les `days` jours (365 par défaut) avant la fin de la période, divisés par les chantiers actifs</translation>
    </message>
    <message>
        <source>Share of active sites with a month of the period without production recorded</source>
        <translation>Part des chantiers actifs avec un mois de la période sans production enregistrée</translation>
    </message>
    <message>
        <source>active sites that recorded production in fewer months than the period has (months begun by today), divided by active sites</source>
        <translation>chantiers actifs ayant enregistré une production sur moins de mois que n&apos;en compte la période (mois commencés à ce jour), divisés par les chantiers actifs</translation>
    </message>
    <message>
        <source>Share of production records that are incomplete</source>
        <translation>Part des enregistrements de production incomplets</translation>
    </message>
    <message>
        <source>records without a value, without a register/slip reference, without a size-class breakdown, or whose size classes do not add up to the record&apos;s stones, divided by the period&apos;s records</source>
        <translation>enregistrements sans valeur, sans référence de cahier ou de bordereau, sans répartition par classes de taille, ou dont les classes de taille ne totalisent pas les pierres de l&apos;enregistrement, divisés par les enregistrements de la période</translation>
    </message>
    <message>
        <source>Share of production records entered long after the fact</source>
        <translation>Part des enregistrements de production saisis longtemps après les faits</translation>
    </message>
    <message>
        <source>records whose entry date (created_at) is more than `days` (default 90) after the production date, divided by the period&apos;s records</source>
        <translation>enregistrements dont la date de saisie (created_at) est postérieure de plus de `days` jours (90 par défaut) à la date de production, divisés par les enregistrements de la période</translation>
    </message>
    <message>
        <source>Share of sold production (carats) bought without a valid buyer&apos;s licence</source>
        <translation>Part de la production vendue (carats) achetée sans permis d&apos;acheteur valide</translation>
    </message>
    <message>
        <source>carats of production records with a buyer (a licence or a name) whose buyer has no licence, or a licence that is not a dealer or exporter licence or not valid on the production date, divided by the carats of records with a buyer</source>
        <translation>carats des enregistrements de production ayant un acheteur (un permis ou un nom) dont l&apos;acheteur n&apos;a pas de permis, ou un permis qui n&apos;est ni de collecteur ni d&apos;exportateur ou qui n&apos;est pas valide à la date de production, divisés par les carats des enregistrements ayant un acheteur</translation>
    </message>
    <message>
        <source>Share of buying dealers that bought while their licence was not valid</source>
        <translation>Part des collecteurs acheteurs ayant acheté hors validité de leur permis</translation>
    </message>
    <message>
        <source>dealer licences that bought production of the scope on a day the licence was not valid, divided by the dealer licences that bought production of the scope in the period</source>
        <translation>permis de collecteur ayant acheté de la production du périmètre un jour où le permis n&apos;était pas valide, divisés par les permis de collecteur ayant acheté de la production du périmètre dans la période</translation>
    </message>
    <message>
        <source>Carats dealers sold on, per carat recorded as bought from the sites</source>
        <translation>Carats revendus par les collecteurs, par carat enregistré comme acheté aux chantiers</translation>
    </message>
    <message>
        <source>for the dealers that bought production of the scope in the period: carats of their sales (kind sale) dated in the period, divided by the carats of all production records naming them as buyer in the period; offending: dealers whose own ratio is more than `tolerance` away from 1</source>
        <translation>pour les collecteurs ayant acheté de la production du périmètre dans la période : carats de leurs ventes (type vente) datées de la période, divisés par les carats de tous les enregistrements de production qui les nomment comme acheteur dans la période ; en cause : les collecteurs dont le rapport propre s&apos;écarte de 1 de plus de `tolerance`</translation>
    </message>
    <message>
        <source>Share of exports without a KP certificate number</source>
        <translation>Part des exportations sans numéro de certificat PK</translation>
    </message>
    <message>
        <source>exports (kind export) by the scope&apos;s exporters dated in the period without a KP certificate number, divided by those exports; a site scope has no exporters (no data)</source>
        <translation>exportations (type exportation) des exportateurs du périmètre datées de la période sans numéro de certificat PK, divisées par ces exportations ; un périmètre chantier n&apos;a pas d&apos;exportateurs (pas de données)</translation>
    </message>
    <message>
        <source>Share of valued production records far from the median USD/ct of their size class</source>
        <translation>Part des productions évaluées loin de la médiane USD/ct de leur classe de taille</translation>
    </message>
    <message>
        <source>each valued record is placed in the size class of its mean stone (carats / stones); the median USD/ct of that class over the reference area&apos;s records of the period (the WGAAP region, or the country) is the reference; records more than `factor` times above or below it, divided by the valued records</source>
        <translation>chaque enregistrement évalué est placé dans la classe de taille de sa pierre moyenne (carats / pierres) ; la médiane USD/ct de cette classe sur les enregistrements de la période de la zone de référence (la région WGAAP, ou le pays) sert de référence ; enregistrements à plus de `factor` fois au-dessus ou au-dessous, divisés par les enregistrements évalués</translation>
    </message>
    <message>
        <source>valuation_outliers: reference must be one of {choices}, not {value}</source>
        <translation>valuation_outliers : reference doit être l&apos;une des valeurs {choices}, et non {value}</translation>
    </message>
    <message>
        <source>Share of sites whose size-class footprint departs from their own history</source>
        <translation>Part des chantiers dont l&apos;empreinte par classes de taille s&apos;écarte de leur historique</translation>
    </message>
    <message>
        <source>for each site with at least `min_stones` stones both in the period and in the `history` half-years before: stone counts per size class compared by a chi-square test of homogeneity (sparse classes pooled) and the total-variation distance; a site departs when p &lt; `p_value` and the distance is at least `tvd`; divided by the sites compared</source>
        <translation>pour chaque chantier ayant au moins `min_stones` pierres à la fois dans la période et dans les `history` semestres précédents : nombres de pierres par classe de taille comparés par un test d&apos;homogénéité du khi-deux (classes peu fournies regroupées) et par la distance de variation totale ; un chantier s&apos;écarte quand p &lt; `p_value` et que la distance est d&apos;au moins `tvd` ; divisés par les chantiers comparés</translation>
    </message>
    <message>
        <source>Share of buying offices whose purchases jumped above their history</source>
        <translation>Part des bureaux d&apos;achat dont les achats ont bondi au-dessus de leur historique</translation>
    </message>
    <message>
        <source>for each dealer licence that bought production of the scope: carats of all production naming it as buyer in the period, against its mean per half-year over the `history` half-years before (those with purchases; at least `min_history`); it jumps above `ratio` times that mean; divided by the offices with enough history</source>
        <translation>pour chaque permis de collecteur ayant acheté de la production du périmètre : carats de toute la production qui le nomme comme acheteur dans la période, comparés à sa moyenne par semestre sur les `history` semestres précédents (ceux avec des achats ; au moins `min_history`) ; il bondit au-delà de `ratio` fois cette moyenne ; divisés par les bureaux ayant assez d&apos;historique</translation>
    </message>
    <message>
        <source>Share of active sites that reported production in the period</source>
        <translation>Part des chantiers actifs ayant déclaré une production sur la période</translation>
    </message>
    <message>
        <source>active sites with at least one production record in the period, divided by active sites; offending: active sites with none</source>
        <translation>chantiers actifs ayant au moins un enregistrement de production dans la période, divisés par les chantiers actifs ; en cause : les chantiers actifs qui n&apos;en ont aucun</translation>
    </message>
    <message>
        <source>Share of the period&apos;s production records entered on time for the half-year statistics</source>
        <translation>Part des enregistrements de production de la période saisis à temps pour les statistiques semestrielles</translation>
    </message>
    <message>
        <source>records of the period entered (created_at) no later than `days` (default 45) after the end of the period, divided by the period&apos;s records; offending: the records entered later</source>
        <translation>enregistrements de la période saisis (created_at) au plus tard `days` jours (45 par défaut) après la fin de la période, divisés par les enregistrements de la période ; en cause : les enregistrements saisis plus tard</translation>
    </message>
    <message>
        <source>Site inspections per inspecting officer in the period</source>
        <translation>Inspections de chantiers par agent inspecteur sur la période</translation>
    </message>
    <message>
        <source>inspections of the scope&apos;s sites dated in the period, divided by the distinct officers who made them</source>
        <translation>inspections des chantiers du périmètre datées de la période, divisées par le nombre d&apos;agents distincts qui les ont faites</translation>
    </message>
    <message>
        <source>Active sites per inspecting officer</source>
        <translation>Chantiers actifs par agent inspecteur</translation>
    </message>
    <message>
        <source>active sites of the scope, divided by the distinct officers who inspected its sites in the period; offending: active sites not inspected in the period</source>
        <translation>chantiers actifs du périmètre, divisés par le nombre d&apos;agents distincts ayant inspecté ses chantiers dans la période ; en cause : les chantiers actifs non inspectés dans la période</translation>
    </message>
    <message>
        <source>{label} (deleted)</source>
        <translation>{label} (supprimé)</translation>
    </message>
    <message>
        <source>{id} (no such record)</source>
        <translation>{id} (enregistrement introuvable)</translation>
    </message>
    <message>
        <source>{value} is not a period: write a half-year as 2026H1 or 2026H2, or a year as 2026</source>
        <translation>{value} n&apos;est pas une période : écrivez un semestre sous la forme 2026H1 ou 2026H2, ou une année sous la forme 2026</translation>
    </message>
    <message>
        <source>a buying office has no sites of its own: evaluate its country or district</source>
        <translation>un bureau d&apos;achat n&apos;a pas de chantiers propres : évaluez son pays ou son district</translation>
    </message>
    <message>
        <source>{value} is not a scope: write it as one of {examples}</source>
        <translation>{value} n&apos;est pas un périmètre : écrivez-le sous l&apos;une des formes {examples}</translation>
    </message>
    <message>
        <source>{value} is not a WGAAP region; choose one of {regions}</source>
        <translation>{value} n&apos;est pas une région WGAAP ; choisissez parmi {regions}</translation>
    </message>
    <message>
        <source>{value} is not a kind of scope; use {kinds}</source>
        <translation>{value} n&apos;est pas un type de périmètre ; utilisez {kinds}</translation>
    </message>
    <message>
        <source>say which country {kind} {value} is in: {example}</source>
        <translation>indiquez dans quel pays se trouve {kind} {value} : {example}</translation>
    </message>
    <message>
        <source>no {table} in this inventory has {column} {value}</source>
        <translation>aucun enregistrement {table} de cet inventaire n&apos;a {column} = {value}</translation>
    </message>
    <message>
        <source>{kind} {value} exists in {countries}; write {example}</source>
        <translation>{kind} {value} existe dans {countries} ; écrivez {example}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, which has no licence</source>
        <translation>production datée du {date} au chantier {site}, qui n’a pas de permis</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, which was deleted</source>
        <translation>production datée du {date} sous le permis {licence}, qui a été supprimé</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, expired {expires}</source>
        <translation>production datée du {date} sous le permis {licence}, expiré le {expires}</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, issued only on {issued}</source>
        <translation>production datée du {date} sous le permis {licence}, délivré seulement le {issued}</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, whose status is {status}</source>
        <translation>production datée du {date} sous le permis {licence}, dont le statut est « {status} »</translation>
    </message>
    <message>
        <source>licence {licence} expired {expires}; production recorded under it up to {last}</source>
        <translation>le permis {licence} a expiré le {expires} ; production enregistrée sous ce permis jusqu’au {last}</translation>
    </message>
    <message>
        <source>site {site}: {workers} workers on the active sites of village {village}, {diggers} registered diggers</source>
        <translation>chantier {site} : {workers} travailleurs sur les chantiers actifs du village {village}, {diggers} creuseurs enregistrés</translation>
    </message>
    <message>
        <source>site {site}: last inspected on {last}, more than {days} days before {end}</source>
        <translation>chantier {site} : dernière inspection le {last}, plus de {days} jours avant le {end}</translation>
    </message>
    <message>
        <source>site {site}: never inspected</source>
        <translation>chantier {site} : jamais inspecté</translation>
    </message>
    <message>
        <source>site {site}: no production recorded in {months}</source>
        <translation>chantier {site} : aucune production enregistrée en {months}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>no register or slip reference</source>
        <translation>aucune référence de registre ou de bordereau</translation>
    </message>
    <message>
        <source>no size-class breakdown</source>
        <translation>aucune ventilation par classe de taille</translation>
    </message>
    <message>
        <source>size classes add up to {sum} stones, the record says {stones}</source>
        <translation>les classes de taille totalisent {sum} pierres, l’enregistrement en indique {stones}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}: {gaps}</source>
        <translation>production datée du {date} au chantier {site} : {gaps}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, entered on {entered} ({days} days later)</source>
        <translation>production datée du {date} au chantier {site}, saisie le {entered} ({days} jours plus tard)</translation>
    </message>
    <message>
        <source>production dated {date} sold to {buyer}, who has no buyer&apos;s licence</source>
        <translation>production datée du {date} vendue à {buyer}, qui n’a pas de permis d’acheteur</translation>
    </message>
    <message>
        <source>production dated {date} sold under licence {licence}, not a dealer&apos;s licence</source>
        <translation>production datée du {date} vendue sous le permis {licence}, qui n’est pas un permis de collecteur</translation>
    </message>
    <message>
        <source>production dated {date} sold to licence {licence}, not valid that day (valid {issued} to {expires})</source>
        <translation>production datée du {date} vendue au permis {licence}, non valide ce jour-là (valide du {issued} au {expires})</translation>
    </message>
    <message>
        <source>dealer licence {licence} (valid {issued} to {expires}) bought production dated {date}</source>
        <translation>le permis de collecteur {licence} (valide du {issued} au {expires}) a acheté une production datée du {date}</translation>
    </message>
    <message>
        <source>dealer licence {licence} bought {bought} ct from the sites and sold {sold} ct in the period</source>
        <translation>le permis de collecteur {licence} a acheté {bought} ct aux chantiers et en a vendu {sold} ct sur la période</translation>
    </message>
    <message>
        <source>export of {date}, {carats} ct by licence {licence}, without a KP certificate number</source>
        <translation>exportation du {date}, {carats} ct par le permis {licence}, sans numéro de certificat PK</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}: {value} USD for {carats} ct ({usd_ct} USD/ct), more than {factor} times above or below the median of its size class</source>
        <translation>production datée du {date} au chantier {site} : {value} USD pour {carats} ct ({usd_ct} USD/ct), plus de {factor} fois au-dessus ou en dessous de la médiane de sa classe de taille</translation>
    </message>
    <message>
        <source>site {site}: its size classes in {period} differ from its own {history} half-years before</source>
        <translation>chantier {site} : ses classes de taille en {period} diffèrent de ses propres {history} semestres précédents</translation>
    </message>
    <message>
        <source>dealer licence {licence} bought {carats} ct in {period}, more than {ratio} times its usual half-year</source>
        <translation>le permis de collecteur {licence} a acheté {carats} ct en {period}, plus de {ratio} fois son semestre habituel</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, entered on {entered}, after the deadline {deadline}</source>
        <translation>production datée du {date} au chantier {site}, saisie le {entered}, après la date limite du {deadline}</translation>
    </message>
    <message>
        <source>site {site}: active, with no GPS point</source>
        <translation>chantier {site} : actif, sans point GPS</translation>
    </message>
    <message>
        <source>site {site}: its GPS point {lat}, {lon} lies outside its country ({country})</source>
        <translation>chantier {site} : son point GPS {lat} ; {lon} est hors de son pays ({country})</translation>
    </message>
    <message>
        <source>site {site}: its GPS point {lat}, {lon} lies outside the area drawn for licence {licence}</source>
        <translation>chantier {site} : son point GPS {lat} ; {lon} est hors du périmètre tracé pour le permis {licence}</translation>
    </message>
    <message>
        <source>the area of licence {licence} overlaps the area of another licence</source>
        <translation>le périmètre du permis {licence} chevauche celui d’un autre permis</translation>
    </message>
    <message>
        <source>site {site}: active, with no production recorded in {period}</source>
        <translation>chantier {site} : actif, aucune production enregistrée en {period}</translation>
    </message>
    <message>
        <source>site {site}: active, not inspected in {period}</source>
        <translation>chantier {site} : actif, non inspecté en {period}</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>same national ID {id}</source>
        <translation>même numéro d&apos;identité nationale {id}</translation>
    </message>
    <message>
        <source>same name in the same village</source>
        <translation>même nom dans le même village</translation>
    </message>
    <message>
        <source>sites {metres} m apart</source>
        <translation>chantiers distants de {metres} m</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>there is no conflict {id}; &apos;kpfield conflicts&apos; lists the open ones</source>
        <translation>il n&apos;y a pas de conflit {id} ; &apos;kpfield conflicts&apos; liste les conflits ouverts</translation>
    </message>
    <message>
        <source>conflict {id} was already settled ({resolution})</source>
        <translation>le conflit {id} a déjà été réglé ({resolution})</translation>
    </message>
    <message>
        <source>{date} {time} UTC</source>
        <translation>{date} {time} UTC</translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation>agent inconnu</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>non supprimée</translation>
    </message>
    <message>
        <source>choose ours, theirs or a value</source>
        <translation>choisissez ours (valeur locale), theirs (valeur reçue) ou une valeur</translation>
    </message>
    <message>
        <source>kept the value here: {field} = {value}</source>
        <translation>valeur locale conservée : {field} = {value}</translation>
    </message>
    <message>
        <source>took the value received: {field} = {value}</source>
        <translation>valeur reçue adoptée : {field} = {value}</translation>
    </message>
    <message>
        <source>set a new value: {field} = {value}</source>
        <translation>nouvelle valeur définie : {field} = {value}</translation>
    </message>
    <message>
        <source>there is no live record {id}</source>
        <translation>il n&apos;y a pas d&apos;enregistrement actif {id}</translation>
    </message>
    <message>
        <source>there is no live {kind} {other} to merge into {keep}</source>
        <translation>aucun enregistrement actif ({kind}) {other} à fusionner dans {keep}</translation>
    </message>
    <message>
        <source>{kind} {other} merged into {keep} (kept as its alias)</source>
        <translation>{kind} {other} : fusion dans {keep} effectuée (identifiant conservé comme alias)</translation>
    </message>
    <message>
        <source>there is no open duplicate candidate {id}</source>
        <translation>il n&apos;y a pas de doublon probable ouvert n° {id}</translation>
    </message>
    <message>
        <source>say which record of pair {id} to keep: A or B</source>
        <translation>indiquez quelle fiche de la paire {id} garder : A ou B</translation>
    </message>
    <message>
        <source>candidate {id} dismissed: two different records</source>
        <translation>candidat {id} écarté : deux enregistrements différents</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{value} can be read two ways: {whole} or {decimal}. Type {plain} or {whole} for the first, {decimal} for the second</source>
        <translation>{value} peut se lire de deux façons : {whole} ou {decimal}. Tapez {plain} ou {whole} pour la première, {decimal} pour la seconde</translation>
    </message>
    <message>
        <source>{value}: thousands are grouped by three digits (1 250 000); type the number again</source>
        <translation>{value} : les milliers se groupent par trois chiffres (1 250 000) ; retapez le nombre</translation>
    </message>
    <message>
        <source>{whole} or {decimal}?</source>
        <translation>{whole} ou {decimal} ?</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is {what}): nothing was written to it. Give the name of a new file, or of an existing file to replace.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (c&apos;est {what}) : rien n&apos;y a été écrit. Indiquez le nom d&apos;un nouveau fichier, ou d&apos;un fichier existant à remplacer.</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>une boucle de liens symboliques</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Nothing was written there and the partial file was removed. Free some space, or write to another drive.</source>
        <translation>{path} n&apos;a pas pu être écrit : le disque est plein. Rien n&apos;a été écrit à cet endroit et le fichier partiel a été supprimé. Libérez de l&apos;espace, ou écrivez sur un autre disque.</translation>
    </message>
    <message>
        <source>{path} could not be written: the drive or folder is read-only, or you may not write there. Nothing was written; choose a folder you can write to.</source>
        <translation>{path} n&apos;a pas pu être écrit : le disque ou le dossier est en lecture seule, ou vous n&apos;avez pas le droit d&apos;y écrire. Rien n&apos;a été écrit ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}). Nothing was written there; check the drive and the folder, or choose another.</source>
        <translation>{path} n&apos;a pas pu être écrit ({error}). Rien n&apos;a été écrit à cet endroit ; vérifiez le disque et le dossier, ou choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>République du Congo</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>West Africa</source>
        <translation>Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <source>Central and Southern Africa</source>
        <translation>Afrique centrale et australe</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Amérique du Sud</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Préfecture</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Comté</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>kpfield workbook</source>
        <translation>classeur kpfield</translation>
    </message>
    <message>
        <source>filled template</source>
        <translation>modèle rempli</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refusé : {reason}</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>refusé : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>essai à blanc : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation>Origine (installation)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signer&apos;s key fingerprint</source>
        <translation>Empreinte de la clé du signataire</translation>
    </message>
    <message>
        <source>Signature detail</source>
        <translation>Détail de la signature</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>page &amp;P of &amp;N</source>
        <translation>page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
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
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value both sides last agreed on</source>
        <translation>Dernière valeur commune aux deux côtés</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valeur locale</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <source>Changed here (UTC)</source>
        <translation>Modifié ici (UTC)</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Changed there (UTC)</source>
        <translation>Modifié là-bas (UTC)</translation>
    </message>
    <message>
        <source>Settled automatically</source>
        <translation>Réglé automatiquement</translation>
    </message>
    <message>
        <source>Record UUID</source>
        <translation>UUID de la fiche</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Enregistrement A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Enregistrement B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Licence valid on the date</source>
        <translation>Permis valide à la date</translation>
    </message>
    <message>
        <source>Buyer licensed</source>
        <translation>Acheteur agréé</translation>
    </message>
    <message>
        <source>Buyer&apos;s licence valid on the date</source>
        <translation>Permis de l&apos;acheteur valide à la date</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>Active site under a valid licence</source>
        <translation>Chantier actif sous un permis valide</translation>
    </message>
    <message>
        <source>Stone weight and size class</source>
        <translation>Poids des pierres et classe de taille</translation>
    </message>
    <message>
        <source>Value per carat</source>
        <translation>Valeur par carat</translation>
    </message>
    <message>
        <source>{rule}: {problem}</source>
        <translation>{rule} : {problem}</translation>
    </message>
    <message>
        <source>licence {number} is {status}</source>
        <translation>le permis {number} est {status}</translation>
    </message>
    <message>
        <source>licence {number} was only issued on {issued}</source>
        <translation>le permis {number} n&apos;a été délivré que le {issued}</translation>
    </message>
    <message>
        <source>licence {number} expired on {expires}</source>
        <translation>le permis {number} a expiré le {expires}</translation>
    </message>
    <message>
        <source>{why}: no production may be recorded under it on {date}</source>
        <translation>{why} : aucune production ne peut être enregistrée sous ce permis le {date}</translation>
    </message>
    <message>
        <source>{why}: it could not buy on {date}</source>
        <translation>{why} : il ne pouvait pas acheter le {date}</translation>
    </message>
    <message>
        <source>{name} has no buyer&apos;s licence: stones may only be sold to licensed buyers</source>
        <translation>{name} n&apos;a pas de permis d&apos;achat : les pierres ne peuvent être vendues qu&apos;à des acheteurs agréés</translation>
    </message>
    <message>
        <source>{stones} stone(s) of {carats} ct weigh {each} ct each, outside the {size_class} class</source>
        <translation>{stones} pierre(s) pour {carats} ct pèsent {each} ct chacune, hors de la classe {size_class}</translation>
    </message>
    <message>
        <source>{low} to {high} ct</source>
        <translation>{low} à {high} ct</translation>
    </message>
    <message>
        <source>over {low} ct</source>
        <translation>plus de {low} ct</translation>
    </message>
    <message>
        <source>{value} USD/ct is far from this district&apos;s recent production ({low} to {high} USD/ct): check the value and the carats</source>
        <translation>{value} USD/ct est loin de la production récente de ce district ({low} à {high} USD/ct) : vérifiez la valeur et les carats</translation>
    </message>
    <message>
        <source>{value} USD/ct is implausible for artisanal diamonds ({low} to {high} USD/ct): check the value and the carats</source>
        <translation>{value} USD/ct est invraisemblable pour des diamants artisanaux ({low} à {high} USD/ct) : vérifiez la valeur et les carats</translation>
    </message>
    <message>
        <source>{why}: it could not sell on {date}</source>
        <translation>{why} : il ne pouvait pas vendre le {date}</translation>
    </message>
    <message>
        <source>born on {birth}, this person is {age}: a digger or licence holder must be at least {limit}</source>
        <translation>née le {birth}, cette personne a {age} ans : un creuseur ou un titulaire de permis doit avoir au moins {limit} ans</translation>
    </message>
    <message>
        <source>the holder was {age} on the issue date {issued}: a licence holder must be at least {limit}</source>
        <translation>le titulaire avait {age} ans à la date de délivrance, le {issued} : un titulaire de permis doit avoir au moins {limit} ans</translation>
    </message>
    <message>
        <source>{why}: an active site needs a valid licence; mark the site idle or renew the licence</source>
        <translation>{why} : un chantier actif a besoin d&apos;un permis valide ; marquez le chantier inactif ou renouvelez le permis</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>{key!r} is not an Ed25519 public key</source>
        <translation>{key!r} n&apos;est pas une clé publique Ed25519</translation>
    </message>
    <message>
        <source>{path} is not a readable kpfield signing key ({why}). Restore it from a backup of your data folder; or move it aside, and kpfield makes a new key on the next export (your coordinator then registers the new one).</source>
        <translation>{path} n&apos;est pas une clé de signature kpfield lisible ({why}). Restaurez-la à partir d&apos;une sauvegarde de votre dossier de données ; ou mettez-la de côté, et kpfield créera une nouvelle clé au prochain export (votre coordinateur enregistrera alors la nouvelle).</translation>
    </message>
    <message>
        <source>part of its signature is missing from _about ({facts})</source>
        <translation>une partie de sa signature manque dans _about ({facts})</translation>
    </message>
    <message>
        <source>it is signed in a way this kpfield does not know ({scheme}); if a newer kpfield made it, install that version</source>
        <translation>il est signé d&apos;une manière que cette version de kpfield ne connaît pas ({scheme}) ; s&apos;il a été produit par une version plus récente de kpfield, installez-la</translation>
    </message>
    <message>
        <source>the public key on its _about sheet is damaged</source>
        <translation>la clé publique de sa feuille _about est endommagée</translation>
    </message>
    <message>
        <source>the fingerprint on its _about sheet ({written}) is not that of its public key ({actual})</source>
        <translation>l&apos;empreinte indiquée sur sa feuille _about ({written}) n&apos;est pas celle de sa clé publique ({actual})</translation>
    </message>
    <message>
        <source>its _about sheet no longer matches the signature: who made it, when, its counts or checksums were changed</source>
        <translation>sa feuille _about ne correspond plus à la signature : l&apos;auteur, la date, les décomptes ou les sommes de contrôle ont été modifiés</translation>
    </message>
    <message>
        <source>its column headers were changed (a column renamed, moved, added or removed)</source>
        <translation>ses en-têtes de colonnes ont été modifiés (une colonne renommée, déplacée, ajoutée ou supprimée)</translation>
    </message>
    <message>
        <source>its data was changed: a cell was edited, or rows were added or removed (the SHA-256 of the rows read is not the signed one)</source>
        <translation>ses données ont été modifiées : une cellule a été éditée, ou des lignes ont été ajoutées ou supprimées (le SHA-256 des lignes lues n&apos;est pas celui qui a été signé)</translation>
    </message>
    <message>
        <source>registered officer</source>
        <translation>agent enregistré</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>altered after signing</source>
        <translation>modifié après signature</translation>
    </message>
    <message>
        <source>signed by this installation ({fingerprint})</source>
        <translation>signé par cette installation ({fingerprint})</translation>
    </message>
    <message>
        <source>signed by a registered officer: {officer} ({fingerprint})</source>
        <translation>signé par un agent enregistré : {officer} ({fingerprint})</translation>
    </message>
    <message>
        <source>; key registered after the import</source>
        <translation>; clé enregistrée après l&apos;import</translation>
    </message>
    <message>
        <source>signed by an unknown key {fingerprint}: no officer registered it in this inventory</source>
        <translation>signé par une clé inconnue {fingerprint} : aucun agent ne l&apos;a enregistrée dans cet inventaire</translation>
    </message>
    <message>
        <source>unsigned: a hand-filled template, or a workbook from a kpfield that did not sign</source>
        <translation>non signé : un modèle rempli à la main, ou un classeur issu d&apos;une version de kpfield qui ne signait pas</translation>
    </message>
    <message>
        <source>altered after signing: {detail}</source>
        <translation>modifié après signature : {detail}</translation>
    </message>
    <message>
        <source> (imported by the coordinator&apos;s override, written to the audit log)</source>
        <translation> (importé par dérogation du coordinateur, consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>ask the officer to run &apos;kpfield identity --export&apos; again and send the new file</source>
        <translation>demandez à l&apos;agent d&apos;exécuter de nouveau &apos;kpfield identity --export&apos; et d&apos;envoyer le nouveau fichier</translation>
    </message>
    <message>
        <source>{path} cannot be registered: {why}; {ask}</source>
        <translation>{path} ne peut pas être enregistré : {why} ; {ask}</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, a device or a pipe)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (un dossier, un périphérique ou un tube)</translation>
    </message>
    <message>
        <source>it holds {size} bytes; a key file holds at most {limit}</source>
        <translation>il contient {size} octets ; un fichier de clé en contient au plus {limit}</translation>
    </message>
    <message>
        <source>its JSON is nested {depth} levels deep; a key file has at most {limit}</source>
        <translation>son JSON est imbriqué sur {depth} niveaux ; un fichier de clé en a au plus {limit}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>it is not an officer&apos;s key file (.kpkey)</source>
        <translation>ce n&apos;est pas un fichier de clé d&apos;agent (.kpkey)</translation>
    </message>
    <message>
        <source>its key is not an Ed25519 key</source>
        <translation>sa clé n&apos;est pas une clé Ed25519</translation>
    </message>
    <message>
        <source>it does not name the officer and the installation</source>
        <translation>il n&apos;indique pas l&apos;agent et l&apos;installation</translation>
    </message>
    <message>
        <source>its public key is damaged</source>
        <translation>sa clé publique est endommagée</translation>
    </message>
    <message>
        <source>its fingerprint does not belong to its public key (the file was edited)</source>
        <translation>son empreinte ne correspond pas à sa clé publique (le fichier a été modifié)</translation>
    </message>
    <message>
        <source>it was edited after the officer exported it</source>
        <translation>il a été modifié après son export par l&apos;agent</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{folder} is not a folder: no backup was written. Give a folder for the backups.</source>
        <translation>{folder} n&apos;est pas un dossier : aucune sauvegarde n&apos;a été écrite. Indiquez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <source>backup cancelled; no backup file was written</source>
        <translation>sauvegarde annulée ; aucun fichier de sauvegarde n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. No backup file was left there and the inventory is as it was. Free some space, or back up to another drive.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {folder} : le disque est plein. Aucun fichier de sauvegarde n&apos;y a été laissé et l&apos;inventaire est tel qu&apos;il était. Libérez de l&apos;espace, ou sauvegardez sur un autre disque.</translation>
    </message>
    <message>
        <source>{officer}&apos;s inventory (installation {origin}, inventory {id})</source>
        <translation>l&apos;inventaire de {officer} (installation {origin}, inventaire {id})</translation>
    </message>
    <message>
        <source>{name} cannot be read to tell which inventory it is, and {folder} holds backups of {n} inventories under that name: {owners}. Choose one with --from</source>
        <translation>{name} ne peut pas être lu pour savoir de quel inventaire il s&apos;agit, et {folder} contient des sauvegardes de {n} inventaires sous ce nom : {owners}. Choisissez-en une avec --from</translation>
    </message>
    <message>
        <source>No good backup of {name} was found in {folder} ({n} checked)</source>
        <translation>Aucune sauvegarde valide de {name} n&apos;a été trouvée dans {folder} ({n} vérifiée(s))</translation>
    </message>
    <message>
        <source>; the folder holds backups of other inventories, which restore does not bring back unless you name one with --from: {owners}</source>
        <translation>; le dossier contient des sauvegardes d&apos;autres inventaires, que la restauration ne reprend pas sauf si vous en nommez une avec --from : {owners}</translation>
    </message>
    <message>
        <source>{backup} is not a good backup ({problem}); choose another one</source>
        <translation>{backup} n&apos;est pas une sauvegarde valide ({problem}) ; choisissez-en une autre</translation>
    </message>
    <message>
        <source>restore cancelled; the inventory was not changed</source>
        <translation>restauration annulée ; l&apos;inventaire n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} est vide</translation>
    </message>
    <message>
        <source>listing the backups cancelled</source>
        <translation>liste des sauvegardes annulée</translation>
    </message>
    <message>
        <source>{path} is read-only here (the file, or the folder or drive it is on, cannot be written), so nothing was changed. To change it, copy it to a folder you can write to (or make it writable) and use the copy; stats, verify and exports work on it as it is.</source>
        <translation>{path} est en lecture seule ici (le fichier, ou le dossier ou le disque où il se trouve, ne peut pas être modifié) : rien n&apos;a donc été changé. Pour le modifier, copiez-le dans un dossier où vous pouvez écrire (ou rendez-le modifiable) et utilisez la copie ; stats, verify et les exports fonctionnent sur le fichier tel quel.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved from this operation and the inventory is as it was. Free some space (or save to another drive) and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré pour cette opération et l&apos;inventaire est resté tel quel. Libérez de l&apos;espace (ou enregistrez sur un autre disque) et réessayez.</translation>
    </message>
    <message>
        <source>{path} cannot be opened here: its latest changes are in {wal}, which cannot be read on a read-only folder or drive. Copy both files to a folder you can write to and open the copy.</source>
        <translation>{path} ne peut pas être ouvert ici : ses dernières modifications sont dans {wal}, qui ne peut pas être lu sur un dossier ou un disque en lecture seule. Copiez les deux fichiers dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an inventory file</source>
        <translation>{path} est un dossier, pas un fichier d&apos;inventaire</translation>
    </message>
    <message>
        <source>{path} is not an inventory file (it is not a regular file)</source>
        <translation>{path} n&apos;est pas un fichier d&apos;inventaire (ce n&apos;est pas un fichier ordinaire)</translation>
    </message>
    <message>
        <source>{path} is not a kpfield inventory (it is not an SQLite database); choose the .kpfield file the program created</source>
        <translation>{path} n&apos;est pas un inventaire kpfield (ce n&apos;est pas une base de données SQLite) ; choisissez le fichier .kpfield créé par le programme</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); run &apos;kpfield verify&apos; on it, or restore it from a backup with &apos;kpfield restore&apos;</source>
        <translation>{path} ne peut pas être lu ({error}) ; lancez &apos;kpfield verify&apos; sur ce fichier, ou restaurez-le depuis une sauvegarde avec &apos;kpfield restore&apos;</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a kpfield inventory; choose the .kpfield file the program created</source>
        <translation>{path} est une base de données SQLite mais pas un inventaire kpfield ; choisissez le fichier .kpfield créé par le programme</translation>
    </message>
    <message>
        <source>{path} carries kpfield&apos;s mark but was not made by kpfield (it lacks an inventory&apos;s tables); it was left as it was. Choose the .kpfield file the program created.</source>
        <translation>{path} porte la marque de kpfield mais n&apos;a pas été créé par kpfield (il lui manque les tables d&apos;un inventaire) ; il a été laissé tel quel. Choisissez le fichier .kpfield créé par le programme.</translation>
    </message>
    <message>
        <source>The inventory is busy with another task (another kpfield window or an import); nothing was saved: try again in a moment</source>
        <translation>L&apos;inventaire est occupé par une autre tâche (une autre fenêtre kpfield ou un import) ; rien n&apos;a été enregistré : réessayez dans un instant</translation>
    </message>
    <message>
        <source>same national ID {national_id}</source>
        <translation>même numéro d&apos;identité nationale {national_id}</translation>
    </message>
    <message>
        <source>similar name in {village}</source>
        <translation>nom similaire à {village}</translation>
    </message>
    <message>
        <source>{path} cannot be read as an inventory ({error}); run &apos;kpfield verify&apos; on it, or restore it from a backup</source>
        <translation>{path} ne peut pas être lu comme un inventaire ({error}) ; lancez &apos;kpfield verify&apos; sur ce fichier, ou restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <source>{path} was made by a newer kpfield (schema steps {steps}); this is kpfield {version}: install the newer version to open it</source>
        <translation>{path} a été créé par une version plus récente de kpfield (étapes de schéma {steps}) ; ceci est kpfield {version} : installez la version plus récente pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>The inventory is being upgraded or written by another kpfield; try again in a moment</source>
        <translation>L&apos;inventaire est en cours de mise à niveau ou d&apos;écriture par un autre kpfield ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>{record} (as {field})</source>
        <translation>{record} (comme {field})</translation>
    </message>
    <message>
        <source>{record} cannot be deleted: {n} record(s) refer to it</source>
        <translation>{record} ne peut pas être supprimé : {n} enregistrement(s) y renvoient</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>... et {n} de plus</translation>
    </message>
    <message>
        <source>Delete those records first, or change them to refer to another record.</source>
        <translation>Supprimez d&apos;abord ces enregistrements, ou modifiez-les pour qu&apos;ils renvoient à un autre.</translation>
    </message>
    <message>
        <source>{path} already exists; open it, or choose another file name</source>
        <translation>{path} existe déjà ; ouvrez-le, ou choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} n&apos;est pas un code de pays connu de kpfield (ISO 3166 alpha-2, comme SL)</translation>
    </message>
    <message>
        <source>The officer&apos;s name is required</source>
        <translation>Le nom de l&apos;agent est obligatoire</translation>
    </message>
    <message>
        <source>{path} does not exist; create it with &apos;kpfield init&apos; or choose another file</source>
        <translation>{path} n&apos;existe pas ; créez-le avec &apos;kpfield init&apos; ou choisissez un autre fichier</translation>
    </message>
    <message>
        <source>{path} is empty: it is not an inventory</source>
        <translation>{path} est vide : ce n&apos;est pas un inventaire</translation>
    </message>
    <message>
        <source>{path} has no installation identity: it was not created by &apos;kpfield init&apos;</source>
        <translation>{path} n&apos;a pas d&apos;identité d&apos;installation : il n&apos;a pas été créé par &apos;kpfield init&apos;</translation>
    </message>
    <message>
        <source>{path} was made by an older kpfield and must be upgraded before it is used, but it is read-only here: copy it to a folder you can write to and open the copy. Nothing was changed.</source>
        <translation>{path} a été créé par une version plus ancienne de kpfield et doit être mis à niveau avant d&apos;être utilisé, mais il est en lecture seule ici : copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>{path} was made by an older kpfield; open it in kpfield once to upgrade it</source>
        <translation>{path} a été créé par une version plus ancienne de kpfield ; ouvrez-le une fois dans kpfield pour le mettre à niveau</translation>
    </message>
    <message>
        <source>this installation&apos;s signing key is not on this computer (the inventory was made or moved here from elsewhere)</source>
        <translation>la clé de signature de cette installation n&apos;est pas sur cet ordinateur (l&apos;inventaire a été créé ou apporté ici d&apos;ailleurs)</translation>
    </message>
    <message>
        <source>the inventory has no signed genesis (it was made by an earlier kpfield)</source>
        <translation>l&apos;inventaire n&apos;a pas de genèse signée (il a été créé par une version antérieure de kpfield)</translation>
    </message>
    <message>
        <source>its genesis was not signed by this installation&apos;s key: the inventory was made elsewhere, even if it carries this installation&apos;s id</source>
        <translation>sa genèse n&apos;a pas été signée par la clé de cette installation : l&apos;inventaire a été créé ailleurs, même s&apos;il porte l&apos;identifiant de cette installation</translation>
    </message>
    <message>
        <source>its latest checkpoint&apos;s signature does not hold (run kpfield verify)</source>
        <translation>la signature de son dernier point de contrôle n&apos;est pas valable (lancez kpfield verify)</translation>
    </message>
    <message>
        <source>its audit log no longer passes through its latest checkpoint (run kpfield verify)</source>
        <translation>son journal d&apos;audit ne passe plus par son dernier point de contrôle (lancez kpfield verify)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; names several {kinds}: {candidates}; give its UUID</source>
        <translation>{field} : « {value} » désigne plusieurs fiches ({kinds}) : {candidates} ; indiquez son UUID</translation>
    </message>
    <message>
        <source>{field} {key} is already used by another {kind}</source>
        <translation>{field} {key} est déjà utilisé par un autre enregistrement ({kind})</translation>
    </message>
    <message>
        <source>{date}, site {site}, {carats} ct</source>
        <translation>{date}, chantier {site}, {carats} ct</translation>
    </message>
    <message>
        <source>{date}, seller {seller}, {carats} ct</source>
        <translation>{date}, vendeur {seller}, {carats} ct</translation>
    </message>
    <message>
        <source>{field}: no {kind} with id {id}</source>
        <translation>{field} : aucun enregistrement ({kind}) avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{field}: that {kind} has been deleted</source>
        <translation>{field} : cet enregistrement ({kind}) a été supprimé</translation>
    </message>
    <message>
        <source>National ID {national_id} is already recorded for {name}</source>
        <translation>Le numéro d&apos;identité nationale {national_id} est déjà enregistré pour {name}</translation>
    </message>
    <message>
        <source>There is no record {id} here (it may have been deleted)</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement {id} ici (il a peut-être été supprimé)</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it (version {version}, yours {yours}); close the form and open the record again</source>
        <translation>Cet enregistrement a été modifié ailleurs depuis que vous l&apos;avez ouvert (version {version}, la vôtre {yours}) ; fermez le formulaire et rouvrez l&apos;enregistrement</translation>
    </message>
    <message>
        <source>{name} is kept by kpfield itself and cannot be changed</source>
        <translation>{name} est tenu par kpfield lui-même et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>There is no record {id} here</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement {id} ici</translation>
    </message>
    <message>
        <source>audit row {n} is missing (next row is {next}): the log was cut</source>
        <translation>la ligne d&apos;audit {n} manque (la suivante est la ligne {next}) : le journal a été coupé</translation>
    </message>
    <message>
        <source>audit row {n} was changed or removed after it was written (its hash no longer follows from the rows before it)</source>
        <translation>la ligne d&apos;audit {n} a été modifiée ou supprimée après son écriture (son empreinte ne découle plus des lignes précédentes)</translation>
    </message>
    <message>
        <source>the audit log ends at row {n} but its recorded head is row {head}: rows were removed from the end</source>
        <translation>le journal d&apos;audit s&apos;arrête à la ligne {n} mais sa tête enregistrée est la ligne {head} : des lignes ont été retirées à la fin</translation>
    </message>
    <message>
        <source>the audit log has rows but no recorded head</source>
        <translation>le journal d&apos;audit a des lignes mais aucune tête enregistrée</translation>
    </message>
    <message>
        <source>{n} audit rows, chain intact</source>
        <translation>{n} lignes d&apos;audit, chaîne intacte</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>{n} upgrade step(s) will run when it is next opened: {steps}</source>
        <translation>{n} étape(s) de mise à niveau s&apos;exécuteront à la prochaine ouverture : {steps}</translation>
    </message>
    <message>
        <source>restore the latest good backup with: kpfield restore --db &quot;{path}&quot;</source>
        <translation>restaurez la dernière bonne sauvegarde avec : kpfield restore --db &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>the file&apos;s structure is sound</source>
        <translation>la structure du fichier est saine</translation>
    </message>
    <message>
        <source>the file is damaged ({problems}); {hint}</source>
        <translation>le fichier est endommagé ({problems}) ; {hint}</translation>
    </message>
    <message>
        <source>every reference points to a record</source>
        <translation>chaque référence désigne un enregistrement existant</translation>
    </message>
    <message>
        <source>{n} record(s) refer to records that do not exist, first in table {table}</source>
        <translation>{n} enregistrement(s) renvoient à des enregistrements inexistants, le premier dans la table {table}</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read ({error}); {hint}</source>
        <translation>le fichier est endommagé et illisible ({error}) ; {hint}</translation>
    </message>
    <message>
        <source>the table of {kinds} was removed from the file</source>
        <translation>la table {kinds} a été supprimée du fichier</translation>
    </message>
    <message>
        <source>{kind} {label} has no audit history: it was added outside kpfield</source>
        <translation>{kind} {label} n&apos;a pas d&apos;historique d&apos;audit : la fiche a été ajoutée en dehors de kpfield</translation>
    </message>
    <message>
        <source>{field} is {now}, the audit log says {audited}</source>
        <translation>{field} vaut {now}, le journal d&apos;audit dit {audited}</translation>
    </message>
    <message>
        <source>{kind} {label} was changed outside kpfield: {fields}</source>
        <translation>{kind} {label} a été modifié en dehors de kpfield : {fields}</translation>
    </message>
    <message>
        <source>{kind} {label} was changed outside kpfield (its values no longer match the hash in audit row {seq})</source>
        <translation>{kind} {label} a été modifié en dehors de kpfield (ses valeurs ne correspondent plus à l&apos;empreinte de la ligne d&apos;audit {seq})</translation>
    </message>
    <message>
        <source>{kind} {id} is in the audit log (row {seq}) but no longer in the file: it was removed outside kpfield</source>
        <translation>{kind} {id} figure dans le journal d&apos;audit (ligne {seq}) mais plus dans le fichier : la fiche a été supprimée en dehors de kpfield</translation>
    </message>
    <message>
        <source>{n} records match the audit log</source>
        <translation>{n} fiches correspondent au journal d&apos;audit</translation>
    </message>
    <message>
        <source>{changed} record(s) changed outside kpfield, {unaudited} with no audit history, {missing} removed outside kpfield (of {n} checked)</source>
        <translation>{changed} fiche(s) modifiée(s) en dehors de kpfield, {unaudited} sans historique d&apos;audit, {missing} supprimée(s) en dehors de kpfield (sur {n} vérifiées)</translation>
    </message>
    <message>
        <source>the inventory has no audit log and no signed genesis: they were removed (kpfield writes both when it creates an inventory)</source>
        <translation>l&apos;inventaire n&apos;a ni journal d&apos;audit ni genèse signée : ils ont été supprimés (kpfield écrit les deux en créant un inventaire)</translation>
    </message>
    <message>
        <source>no signed checkpoint yet: the inventory was made by an earlier kpfield and has not been opened where its key is since</source>
        <translation>pas encore de point de contrôle signé : l&apos;inventaire a été créé par une version antérieure de kpfield et n&apos;a pas été ouvert depuis là où se trouve sa clé</translation>
    </message>
    <message>
        <source>the signed genesis was removed from the inventory</source>
        <translation>la genèse signée a été supprimée de l&apos;inventaire</translation>
    </message>
    <message>
        <source>the signature of the inventory&apos;s genesis does not hold: it was edited</source>
        <translation>la signature de la genèse de l&apos;inventaire n&apos;est pas valable : elle a été modifiée</translation>
    </message>
    <message>
        <source>the inventory&apos;s identity (installation or inventory id) is not the one its genesis signed</source>
        <translation>l&apos;identité de l&apos;inventaire (installation ou identifiant d&apos;inventaire) n&apos;est pas celle que sa genèse a signée</translation>
    </message>
    <message>
        <source>the latest checkpoint&apos;s signature does not hold: it was edited</source>
        <translation>la signature du dernier point de contrôle n&apos;est pas valable : il a été modifié</translation>
    </message>
    <message>
        <source>the latest checkpoint was signed by another key than the genesis</source>
        <translation>le dernier point de contrôle a été signé par une autre clé que la genèse</translation>
    </message>
    <message>
        <source>the audit log holds {n} intact rows but the checkpoint signed at {at} covered {m}: rows were removed or the log was wiped</source>
        <translation>le journal d&apos;audit contient {n} lignes intactes mais le point de contrôle signé le {at} en couvrait {m} : des lignes ont été supprimées ou le journal a été effacé</translation>
    </message>
    <message>
        <source>audit row {m} is not the one the checkpoint signed at {at} covered: the log&apos;s history was rewritten</source>
        <translation>la ligne d&apos;audit {m} n&apos;est pas celle que couvrait le point de contrôle signé le {at} : l&apos;historique du journal a été réécrit</translation>
    </message>
    <message>
        <source>{n} audit row(s) were written after the latest signed checkpoint ({at}): by a session that did not finish, or outside kpfield</source>
        <translation>{n} ligne(s) d&apos;audit écrite(s) après le dernier point de contrôle signé ({at}) : par une session qui ne s&apos;est pas terminée, ou en dehors de kpfield</translation>
    </message>
    <message>
        <source>this installation&apos;s key is not on this computer: the signatures hold for the key the inventory carries ({fingerprint}), but whether that is the officer&apos;s key was not checked; compare the fingerprint with the officer&apos;s</source>
        <translation>la clé de cette installation n&apos;est pas sur cet ordinateur : les signatures sont valables pour la clé que porte l&apos;inventaire ({fingerprint}), mais il n&apos;a pas été vérifié que c&apos;est la clé de l&apos;agent ; comparez l&apos;empreinte avec celle de l&apos;agent</translation>
    </message>
    <message>
        <source>the inventory claims this installation ({origin}) but was signed by another key ({fingerprint}): it was made elsewhere</source>
        <translation>l&apos;inventaire se réclame de cette installation ({origin}) mais a été signé par une autre clé ({fingerprint}) : il a été créé ailleurs</translation>
    </message>
    <message>
        <source>the audit log passes through the latest checkpoint, signed at {at}</source>
        <translation>le journal d&apos;audit passe par le dernier point de contrôle, signé le {at}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{ref}&apos; here (give its UUID, or its {names})</source>
        <translation>Aucune fiche « {ref} » ici ({kind}) : indiquez son UUID, ou son {names}</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{ref}&apos; here ({kinds} are named by their UUID)</source>
        <translation>Aucune fiche « {ref} » ici ({kind}) ; ces fiches ({kinds}) se désignent par leur UUID</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names more than {count} {kinds}; give the UUID of the one you mean (the first {count}):</source>
        <translation>« {ref} » désigne plus de {count} fiches ({kinds}) ; indiquez l&apos;UUID de celle que vous voulez (les {count} premières) :</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names {count} {kinds}; give the UUID of the one you mean:</source>
        <translation>« {ref} » désigne {count} fiches ({kinds}) ; indiquez l&apos;UUID de celle que vous voulez :</translation>
    </message>
    <message>
        <source>The point lies outside the area of licence {number}: check the coordinates or the licence</source>
        <translation>Le point se trouve hors du périmètre du permis {number} : vérifiez les coordonnées ou le permis</translation>
    </message>
    <message>
        <source>The area overlaps the area of licence {numbers}</source>
        <translation>Le périmètre chevauche celui du permis {numbers}</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Filled by (your name) *</source>
        <translation>Rempli par (votre nom) *</translation>
    </message>
    <message>
        <source>Your installation (optional: as &apos;kpfield identity&apos; shows it)</source>
        <translation>Votre installation (facultatif : telle que « kpfield identity » l&apos;affiche)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Mode d&apos;emploi</translation>
    </message>
    <message>
        <source>kpfield field template (kpfield {version}).</source>
        <translation>Modèle de saisie kpfield (kpfield {version}).</translation>
    </message>
    <message>
        <source>Fill one row per record on the sheet of its kind. Do not rename the sheets or the column headers.</source>
        <translation>Une ligne par enregistrement, sur la feuille de son type. Ne renommez ni les feuilles ni les en-têtes.</translation>
    </message>
    <message>
        <source>Columns marked * must be filled in.</source>
        <translation>Les colonnes marquées * sont obligatoires.</translation>
    </message>
    <message>
        <source>Choose coded values from the drop-down lists (country codes such as SL, licence kinds, statuses).</source>
        <translation>Choisissez les valeurs codées dans les listes déroulantes (codes pays comme SL, types de licence, statuts).</translation>
    </message>
    <message>
        <source>Type dates as 2026-04-03 or 03/04/2026 (day first). Numbers may use a decimal comma or point.</source>
        <translation>Dates : 2026-04-03 ou 03/04/2026 (jour d&apos;abord). Les nombres acceptent la virgule décimale.</translation>
    </message>
    <message>
        <source>To refer to another record, type its licence number or site code; a person by national ID, digger-card number, or name and village, as in: Aminata Sesay (Koidu).</source>
        <translation>Pour désigner une autre fiche, saisissez son numéro de licence ou son code de site ; une personne par son n° d&apos;identité, son numéro de carte de creuseur, ou son nom et son village, comme dans : Aminata Sesay (Koidu).</translation>
    </message>
    <message>
        <source>Licence numbers, national IDs and site codes are kept as text: leading zeros are kept.</source>
        <translation>Numéros de licence, d&apos;identité et codes de site restent du texte : les zéros initiaux sont conservés.</translation>
    </message>
    <message>
        <source>Send the file to your coordinator, who imports it with: kpfield import --db INVENTORY FILE.xlsx</source>
        <translation>Envoyez le fichier à votre coordinateur, qui l&apos;importe avec : kpfield import --db INVENTAIRE FICHIER.xlsx</translation>
    </message>
    <message>
        <source>A row that breaks a rule is reported with its sheet, row and column; nothing from the file is written until every row is accepted.</source>
        <translation>Une ligne qui enfreint une règle est signalée avec sa feuille, sa ligne et sa colonne ; rien n&apos;est enregistré tant que toutes les lignes ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>Type a date: 2026-04-03 or 03/04/2026</source>
        <translation>Saisissez une date : 2026-04-03 ou 03/04/2026</translation>
    </message>
    <message>
        <source>Type a number greater than {minimum}</source>
        <translation>Saisissez un nombre supérieur à {minimum}</translation>
    </message>
    <message>
        <source>Type a number of at least {minimum}</source>
        <translation>Saisissez un nombre d&apos;au moins {minimum}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{record} refused: {problems}</source>
        <translation>Enregistrement refusé ({record}) : {problems}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>no number given</source>
        <translation>aucun nombre saisi</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} ne fait pas partie de : {choices}</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>trop long ({length} caractères ; {limit} au maximum)</translation>
    </message>
    <message>
        <source>contains the control character {character}, which no text may hold: retype it</source>
        <translation>contient le caractère de contrôle {character}, interdit dans tout texte : ressaisissez-le</translation>
    </message>
    <message>
        <source>holds only invisible characters</source>
        <translation>ne contient que des caractères invisibles</translation>
    </message>
    <message>
        <source>mixes writing systems: {character} looks like a letter of the others but is not one; retype it</source>
        <translation>mélange des écritures : {character} ressemble à une lettre des autres mais n&apos;en est pas une ; ressaisissez-le</translation>
    </message>
    <message>
        <source>must be a number from {minimum} to {maximum} (got {value})</source>
        <translation>doit être un nombre de {minimum} à {maximum} (saisi : {value})</translation>
    </message>
    <message>
        <source>{value} must be a whole number</source>
        <translation>{value} doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be greater than {minimum} (got {value})</source>
        <translation>doit être supérieur à {minimum} (saisi : {value})</translation>
    </message>
    <message>
        <source>must be at least {minimum} (got {value})</source>
        <translation>doit être au moins {minimum} (saisi : {value})</translation>
    </message>
    <message>
        <source>must be at most {maximum} (got {value})</source>
        <translation>doit valoir au plus {maximum} (saisi : {value})</translation>
    </message>
    <message>
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} n&apos;est pas un code de pays connu de kpfield (ISO 3166 alpha-2, comme SL)</translation>
    </message>
    <message>
        <source>{value} is not a record identifier (UUID)</source>
        <translation>{value} n&apos;est pas un identifiant d&apos;enregistrement (UUID)</translation>
    </message>
    <message>
        <source>{label}: contains the invisible character {character}</source>
        <translation>{label} : contient le caractère invisible {character}</translation>
    </message>
    <message>
        <source>{record} has no field {name}</source>
        <translation>{record} n&apos;a pas de champ {name}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} : champ obligatoire</translation>
    </message>
    <message>
        <source>The size classes&apos; stones ({terms}) add up to {total} stone(s), the record says {stones}</source>
        <translation>Les pierres des classes de taille ({terms}) totalisent {total} pierre(s), l’enregistrement en indique {stones}</translation>
    </message>
    <message>
        <source>The size classes&apos; carats ({terms}) add up to {total} ct, the record says {carats}</source>
        <translation>Les carats des classes de taille ({terms}) totalisent {total} ct, l’enregistrement en indique {carats}</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label} : {problem}</translation>
    </message>
    <message>
        <source>{label} {date} is in the future</source>
        <translation>{label} {date} : date dans le futur</translation>
    </message>
    <message>
        <source>{label} {date} is not plausible</source>
        <translation>{label} {date} : date peu plausible</translation>
    </message>
    <message>
        <source>Expiry date {expires} must be after the issue date {issued}</source>
        <translation>La date d&apos;expiration {expires} doit être postérieure à la date de délivrance {issued}</translation>
    </message>
    <message>
        <source>An artisanal licence in {country} covers at most {limit} ha (got {area} ha)</source>
        <translation>Un permis artisanal en {country} couvre au plus {limit} ha (saisi : {area} ha)</translation>
    </message>
    <message>
        <source>A licence needs a holder: a person or an organisation</source>
        <translation>Un permis doit avoir un titulaire : une personne ou une organisation</translation>
    </message>
    <message>
        <source>Area corners: {problem}</source>
        <translation>Sommets du périmètre : {problem}</translation>
    </message>
    <message>
        <source>The corners enclose {drawn} ha but the licence states {stated} ha: check both</source>
        <translation>Les sommets délimitent {drawn} ha mais le permis indique {stated} ha : vérifiez les deux</translation>
    </message>
    <message>
        <source>Part of the area lies outside {country}: check the corners</source>
        <translation>Une partie du périmètre se trouve hors de {country} : vérifiez les sommets</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither (the longitude is missing)</source>
        <translation>Indiquez la latitude et la longitude, ou aucune des deux (la longitude manque)</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither (the latitude is missing)</source>
        <translation>Indiquez la latitude et la longitude, ou aucune des deux (la latitude manque)</translation>
    </message>
    <message>
        <source>The point {latitude}, {longitude} lies outside {country}: check the coordinates and their hemisphere</source>
        <translation>Le point {latitude} ; {longitude} se trouve hors de {country} : vérifiez les coordonnées et leur hémisphère</translation>
    </message>
    <message>
        <source>Size class {size_class} has {carats} ct but no stones</source>
        <translation>La classe de taille {size_class} a {carats} ct mais aucune pierre</translation>
    </message>
    <message>
        <source>Size class {size_class} has {stones} stone(s) but no carats</source>
        <translation>La classe de taille {size_class} a {stones} pierre(s) mais aucun carat</translation>
    </message>
    <message>
        <source>Give the buyer&apos;s licence or, for an unlicensed buyer, a name; not both</source>
        <translation>Indiquez le permis de l&apos;acheteur ou, pour un acheteur sans permis, un nom ; pas les deux</translation>
    </message>
    <message>
        <source>An export needs its destination country</source>
        <translation>Une exportation doit indiquer son pays de destination</translation>
    </message>
    <message>
        <source>An export should carry its KP certificate number</source>
        <translation>Une exportation devrait porter son numéro de certificat PK</translation>
    </message>
    <message>
        <source>A sale needs the buyer&apos;s licence or, if unlicensed, a name</source>
        <translation>Une vente doit indiquer le permis de l&apos;acheteur ou, s&apos;il n&apos;en a pas, son nom</translation>
    </message>
    <message>
        <source>Seller and buyer are the same licence</source>
        <translation>Le vendeur et l&apos;acheteur ont le même permis</translation>
    </message>
    <message>
        <source>Say which site was inspected</source>
        <translation>Indiquez quel chantier a été inspecté</translation>
    </message>
    <message>
        <source>Say which licence was inspected</source>
        <translation>Indiquez quel permis a été inspecté</translation>
    </message>
    <message>
        <source>Say which organisation was inspected</source>
        <translation>Indiquez quelle organisation a été inspectée</translation>
    </message>
    <message>
        <source>{value} is not a half-year: write it as 2026H1 or 2026H2</source>
        <translation>{value} n&apos;est pas un semestre : écrivez-le sous la forme 2026H1 ou 2026H2</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>digger</source>
        <translation>creuseur</translation>
    </message>
    <message>
        <source>licence holder</source>
        <translation>titulaire de permis</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>préfinanceur</translation>
    </message>
    <message>
        <source>buyer agent</source>
        <translation>agent acheteur</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>coopérative</translation>
    </message>
    <message>
        <source>buying office</source>
        <translation>bureau d&apos;achat</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportateur</translation>
    </message>
    <message>
        <source>artisanal mining</source>
        <translation>exploitation artisanale</translation>
    </message>
    <message>
        <source>small-scale mining</source>
        <translation>exploitation à petite échelle</translation>
    </message>
    <message>
        <source>dealer / buyer</source>
        <translation>collecteur / acheteur</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>surrendered</source>
        <translation>restitué</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>river bed</source>
        <translation>lit de rivière</translation>
    </message>
    <message>
        <source>terrace</source>
        <translation>terrasse</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>plaine alluviale</translation>
    </message>
    <message>
        <source>eluvial</source>
        <translation>éluvial</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>à l&apos;arrêt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>rehabilitated</source>
        <translation>réhabilité</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>site</source>
        <translation>chantier</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>permis</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>infraction</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <source>{path} is refused: {what}: {count}, more than kpfield reads ({limit}). A field workbook holds far fewer: split the data into smaller workbooks, or open the file in Excel or LibreOffice, save it again and import that</source>
        <translation>{path} est refusé : {what} : {count}, plus que kpfield n&apos;en lit ({limit}). Un classeur de terrain en contient bien moins : répartissez les données dans des classeurs plus petits, ou ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le de nouveau et importez celui-là</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>feuilles</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} holds {size} bytes, far more than any workbook&apos;s; the file was not written by a spreadsheet program</source>
        <translation>{path} est refusé : sa partie {part} occupe {size} octets, bien plus que celle de n&apos;importe quel classeur ; le fichier n&apos;a pas été écrit par un tableur</translation>
    </message>
    <message>
        <source>bytes in one workbook</source>
        <translation>octets dans un seul classeur</translation>
    </message>
    <message>
        <source>bytes of shared strings (text cells)</source>
        <translation>octets de chaînes partagées (cellules de texte)</translation>
    </message>
    <message>
        <source>shared strings (text cells) declared</source>
        <translation>chaînes partagées (cellules de texte) annoncées</translation>
    </message>
    <message>
        <source>shared strings (text cells)</source>
        <translation>chaînes partagées (cellules de texte)</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet!r}: the cell reference {ref!r} is not valid; the file is damaged or was not written by a spreadsheet program. Open it in Excel or LibreOffice, save it again and import that</source>
        <translation>{path}, feuille {sheet!r} : la référence de cellule {ref!r} n&apos;est pas valide ; le fichier est endommagé ou n&apos;a pas été écrit par un tableur. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et importez cette copie</translation>
    </message>
    <message>
        <source>{path} is refused: sheet {sheet!r} has a cell at {ref}, column {col}, but spreadsheets have at most {most} columns (up to XFD); the file was not written by a spreadsheet program</source>
        <translation>{path} est refusé : la feuille {sheet!r} a une cellule en {ref}, colonne {col}, mais un tableur a au plus {most} colonnes (jusqu&apos;à XFD) ; le fichier n&apos;a pas été écrit par un tableur</translation>
    </message>
    <message>
        <source>{path} is refused: sheet {sheet!r} has a cell at {ref}, row {row}, but spreadsheets have at most {most} rows; the file was not written by a spreadsheet program</source>
        <translation>{path} est refusé : la feuille {sheet!r} a une cellule en {ref}, ligne {row}, mais un tableur a au plus {most} lignes ; le fichier n&apos;a pas été écrit par un tableur</translation>
    </message>
    <message>
        <source>{path} is refused: the cells of sheet {sheet!r} spread over {rows} rows and {cols} columns ({cells} cells), far more than its data fills and more than kpfield reads at once ({allowed}). Copy the rows that hold data to a new workbook and import that</source>
        <translation>{path} est refusé : les cellules de la feuille {sheet!r} s&apos;étendent sur {rows} lignes et {cols} colonnes ({cells} cellules), bien plus que ses données et plus que kpfield ne lit d&apos;un coup ({allowed}). Copiez les lignes qui contiennent des données dans un nouveau classeur et importez celui-ci</translation>
    </message>
    <message>
        <source>cells in sheet {sheet!r}</source>
        <translation>cellules dans la feuille {sheet!r}</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet!r}: the sheet&apos;s XML is damaged ({error}); copy the file again from its source, or open it in Excel or LibreOffice and save it again</source>
        <translation>{path}, feuille {sheet!r} : le XML de la feuille est endommagé ({error}) ; copiez de nouveau le fichier depuis sa source, ou ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau</translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook</source>
        <translation>{path} est un dossier, pas un classeur</translation>
    </message>
    <message>
        <source>{path} is protected by a password: open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect workbook, or Save As without a password) and import it again</source>
        <translation>{path} est protégé par un mot de passe : ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur, ou Enregistrer sous sans mot de passe) et importez-le de nouveau</translation>
    </message>
    <message>
        <source>{path} is an old-format Excel file (.xls): open it and save it as an Excel workbook (.xlsx), then import that</source>
        <translation>{path} est un fichier Excel d&apos;ancien format (.xls) : ouvrez-le et enregistrez-le comme classeur Excel (.xlsx), puis importez ce nouveau fichier</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete (cut short while copying?): copy it again from its source</source>
        <translation>{path} est endommagé ou incomplet (copie interrompue ?) : copiez-le de nouveau depuis sa source</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); copy it again from its source</source>
        <translation>{path} ne peut pas être lu ({error}) ; copiez-le de nouveau depuis sa source</translation>
    </message>
    <message>
        <source>{path} is not a file but a device or a pipe: choose a workbook saved on a disk or a USB stick</source>
        <translation>{path} n&apos;est pas un fichier mais un périphérique ou un tube : choisissez un classeur enregistré sur un disque ou une clé USB</translation>
    </message>
    <message>
        <source>{path} is not a workbook (.xlsx), whatever its name says: if a spreadsheet program opens it, save it from there as an Excel workbook (.xlsx) and import that; otherwise choose a file saved from Excel, LibreOffice or kpfield</source>
        <translation>{path} n&apos;est pas un classeur (.xlsx), quoi qu&apos;en dise son nom : si un tableur l&apos;ouvre, enregistrez-le depuis celui-ci comme classeur Excel (.xlsx) et importez celui-là ; sinon choisissez un fichier enregistré depuis Excel, LibreOffice ou kpfield</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} {why}, which spreadsheet programs never write. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that</source>
        <translation>{path} est refusé : sa partie {part} {why}, ce qu&apos;aucun tableur n&apos;écrit. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le comme classeur Excel (.xlsx) et importez celui-là</translation>
    </message>
    <message>
        <source>is compressed with method {method}</source>
        <translation>est compressée selon la méthode {method}</translation>
    </message>
    <message>
        <source>carries a second name ({name})</source>
        <translation>porte un second nom ({name})</translation>
    </message>
    <message>
        <source>is a second part named {first}</source>
        <translation>est une seconde partie nommée {first}</translation>
    </message>
    <message>
        <source>is there twice</source>
        <translation>s&apos;y trouve deux fois</translation>
    </message>
    <message>
        <source>{path} is an OpenDocument spreadsheet (.ods): in LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that</source>
        <translation>{path} est une feuille de calcul OpenDocument (.ods) : dans LibreOffice, choisissez Fichier &gt; Enregistrer sous &gt; Excel 2007-365 (.xlsx), puis importez ce nouveau fichier</translation>
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{path} est un fichier zip, mais pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} would inflate from {packed} to {size} bytes, which no real workbook does (a &apos;zip bomb&apos;)</source>
        <translation>{path} est refusé : sa partie {part} se décompresserait de {packed} à {size} octets, ce qu&apos;aucun vrai classeur ne fait (une &apos;bombe zip&apos;)</translation>
    </message>
    <message>
        <source>{path} is refused: it would inflate to {size} bytes, more than kpfield reads ({limit}); split it into smaller workbooks</source>
        <translation>{path} est refusé : il se décompresserait en {size} octets, plus que ce que kpfield accepte de lire ({limit}) ; divisez-le en classeurs plus petits</translation>
    </message>
    <message>
        <source>{path} is protected by a password: remove the password and import it again</source>
        <translation>{path} est protégé par un mot de passe : retirez le mot de passe et importez-le de nouveau</translation>
    </message>
    <message>
        <source>{path} is an Excel binary workbook (.xlsb), which kpfield does not read: open it in Excel and save it as an Excel workbook (.xlsx), then import that</source>
        <translation>{path} est un classeur binaire Excel (.xlsb), que kpfield ne lit pas : ouvrez-le dans Excel et enregistrez-le comme classeur Excel (.xlsx), puis importez celui-là</translation>
    </message>
    <message>
        <source>not readable XML</source>
        <translation>XML illisible</translation>
    </message>
    <message>
        <source>{path} cannot be imported: kpfield could not write its working copy in {folder} ({error}); free some disk space and import it again</source>
        <translation>{path} ne peut pas être importé : kpfield n&apos;a pas pu écrire sa copie de travail dans {folder} ({error}) ; libérez de l&apos;espace disque et importez-le de nouveau</translation>
    </message>
    <message>
        <source>no local header</source>
        <translation>pas d&apos;en-tête local</translation>
    </message>
    <message>
        <source>its two headers name it differently</source>
        <translation>ses deux en-têtes la nomment différemment</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>tronquée</translation>
    </message>
    <message>
        <source>its sizes disagree</source>
        <translation>ses tailles ne concordent pas</translation>
    </message>
    <message>
        <source>it holds more than its declared size</source>
        <translation>elle contient plus que sa taille déclarée</translation>
    </message>
    <message>
        <source>its contents do not match its checksum</source>
        <translation>son contenu ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>{path} is damaged ({part}: {error}): copy it again from its source</source>
        <translation>{path} est endommagé ({part} : {error}) : copiez-le de nouveau depuis sa source</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} declares XML entities, which workbooks never need and which can make a reader exhaust memory</source>
        <translation>{path} est refusé : sa partie {part} déclare des entités XML, dont un classeur n&apos;a jamais besoin et qui peuvent épuiser la mémoire du programme qui le lit</translation>
    </message>
    <message>
        <source>{path} changed while it was being imported (another program is writing it?): nothing from it was written. Import it again once it is complete</source>
        <translation>{path} a changé pendant son import (un autre programme l&apos;écrit-il ?) : rien n&apos;en a été enregistré. Importez-le de nouveau une fois qu&apos;il est complet</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workbook ({error}); copy it again from its source</source>
        <translation>{path} ne peut pas être lu comme un classeur ({error}) ; copiez-le de nouveau depuis sa source</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;: cannot be read ({error})</source>
        <translation>{path}, feuille &apos;{sheet}&apos; : lecture impossible ({error})</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>coords</name>
    <message>
        <source>type decimal degrees (8.6367) or degrees-minutes-seconds (8°38&apos;12&quot;N)</source>
        <translation>tapez des degrés décimaux (8,6367) ou des degrés-minutes-secondes (8°38&apos;12&quot;N)</translation>
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
        <source>cannot read {value} as a latitude and a longitude: {help}, for example 8.6367, -10.9675</source>
        <translation>impossible de lire {value} comme une latitude et une longitude : {help}, par exemple 8,6367 ; -10,9675</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>type it as 2026-04-03 or 03/04/2026 (day first)</source>
        <translation>tapez-la sous la forme 03/04/2026 (le jour d&apos;abord) ou 2026-04-03</translation>
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
        <source>{value} is not a real date (day {day}, month {month}, year {year}): {help}</source>
        <translation>{value} n&apos;est pas une date réelle (jour {day}, mois {month}, année {year}) : {help}</translation>
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
        <source>sites with a GPS point outside their country&apos;s bounding box (approximate, about 0.1 degree), divided by sites with a GPS point in countries kpfield has a box for</source>
        <translation>chantiers dont le point GPS est hors du rectangle englobant de leur pays (approximatif, à environ 0,1 degré près), divisés par les chantiers ayant un point GPS dans les pays pour lesquels kpfield a un rectangle</translation>
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
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} n&apos;est pas un code de pays connu de kpfield (ISO 3166 alpha-2, comme SL)</translation>
    </message>
    <message>
        <source>{value} is not a record identifier (UUID)</source>
        <translation>{value} n&apos;est pas un identifiant d&apos;enregistrement (UUID)</translation>
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
        <source>The size classes add up to {total} stone(s), the record says {stones}</source>
        <translation>Les classes de taille totalisent {total} pierre(s), l&apos;enregistrement en indique {stones}</translation>
    </message>
    <message>
        <source>The size classes add up to {total} ct, the record says {carats}</source>
        <translation>Les classes de taille totalisent {total} ct, l&apos;enregistrement en indique {carats}</translation>
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
</TS>

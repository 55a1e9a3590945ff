<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Select a cell of the heat map to assess its row for its country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-assessment: {row}, {country}, {period}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{description}
Basis: {basis}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier scores: {scores}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed yet for this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {when} UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose A (best) to D.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>No record selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{size_class}: {stones} stone(s), {carats} ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when} UTC (version {version})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production of {date}: {carats} ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export of {date}: {carats} ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sale of {date}: {carats} ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspection of {date}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>add {record}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edit {record}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete {record}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Workbooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed with this installation's key {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This installation's signing key was made now: send your key file (kpfield identity --export) to your coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept workbooks altered after signing (written to the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signed workbook whose data or _about sheet changed after the officer exported it is refused. Tick this only when you know why it changed; each such import is recorded in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review ({n})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Wrote {file}: {n} records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote the blank template {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field workbook: this inventory's records for the coordinator or another kpfield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all records; or only those changed since a date, e.g. {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export field workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every record with its UUID, version and deletions, and an _about sheet (who, when, row counts, a SHA-256 of the data), so the receiver merges it without duplicates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank template: the same sheets, empty, for an officer without kpfield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write blank template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers in the officer's language, drop-down lists, date and number checks, and an instructions sheet. Import the filled workbook on the Import tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{text}' is not a date kpfield can read: type it as 2026-01-31 or 31/01/2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export field workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write blank template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data SHA-256 {sha256}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; no file was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to kpfield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before you record anything: your language, your name (it goes into the audit log with every change), your country and district, and where to keep the inventory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Fatmata Sesay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito / município</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inventories</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>kpfield: first run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlaggedRecordsModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FootprintChart</name>
    <message>
        <source>2 gr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 gr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 gr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1-2
ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2-5
ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5-10.8
ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+10.8
ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{carats} ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a cell of the heat map to see its scope's footprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No production with size classes in {scope}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of carats per size class: {scope}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of stones per size class: {scope}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{period}: {stones} stones, {carats} ({records} records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reference {period}: {stones} stones, {carats} ({records} records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reference: no production in the earlier half-years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chi-square: not computed (fewer than {n} stones in the period or the reference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones, {carats} on carats (0 the same profile, 1 nothing in common)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones (0 the same profile, 1 nothing in common)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production jump: no earlier half-year to compare {carats} with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): a JUMP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): no jump</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FootprintPanel</name>
    <message>
        <source>No scope selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or a site code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of carats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of stones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No site with code '{code}' in this inventory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Footprint: {kind} {scope}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the footprint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No production with size classes for {scope}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>self-assessed {score}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No automatic indicator: carried by the self-assessment alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} ({n} of {total} indicators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-assessed {score}: {meaning}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFUSED: nothing will be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFUSED: nothing written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing will be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted (preview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that it is a field workbook or a filled template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… {n} more problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} changed since the preview; preview it again before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose workbooks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one or more field workbooks or filled templates. kpfield first shows what the import would do; nothing is written until you press Import. A file with any refused row is not imported at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused rows and other problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose workbooks to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking {n} file(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview: nothing has been written yet. {n} file(s) can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} file(s) REFUSED: nothing from them will be written; their problems are listed below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} record(s) would have conflicts, kept aside for the Review tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import {n} file(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused rows and other problems: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled; the inventory is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing {n} file(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported {n} of {total} file(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup taken before the import: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some files were refused at import; nothing from them was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview failed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled; files imported before the cancel stay imported, the others were not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview cancelled; nothing was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InventoryExportDialog</name>
    <message>
        <source>{workbook} and {pdf}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every country in this inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WGAAP region: {region}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country: {country}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first day, e.g. {example} (empty: from the first production)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last day, e.g. {example} (empty: to the last production)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also print the Summary and the Challenge matrix to PDF (needs LibreOffice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inventory workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workbooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To is before From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say where to write the workbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{task} (cancelling…)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Challenge matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo not possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export inventory workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open inventory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New inventory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About kpfield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent inventories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inventory: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer: {officer} ({where})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up the inventory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup cancelled; no backup file was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the inventory workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inventory workbook was not written: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no workbook was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inventories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field inventories of artisanal and alluvial diamond mining for the Kimberley Process Working Group of Artisanal Alluvial Producers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installation: {origin}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the inventory</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>met</source>
        <translation type="unfinished">cumprido</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation type="unfinished">parcialmente cumprido</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation type="unfinished">desafio</translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished">sem dados</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished">local</translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>buying office</source>
        <translation type="unfinished">escritório de compra</translation>
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The half-year evaluated (KP statistics are half-yearly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One column per district of the chosen countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a cell to see its indicators and the records they flag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or press Enter to open the record in its page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished">Autoavaliação</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The challenge matrix cannot be read: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries in this inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region: {region}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to evaluate: this inventory has no sites yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluating {period}, districts: {n}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluating {period}, countries: {n}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation cancelled; the heat map shows the last evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{task} {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{period}, matrix version {version}: {challenge} challenge, {partly_met} partly met, {met} met cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluated in {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation failed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{row}, {scope}: {n} indicator(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{row}, {scope}: no automatic indicator; see the self-assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{records} flagged: {n} (double-click to open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The footprint could not be computed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records changed since this evaluation: press Evaluate to update it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Type the day first: 15/01/2026 or 15.01.2026; or 2026-01-15</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{decimal} or {dms}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type to find a person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type to find an organisation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type to find a licence…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type to find a site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type to find a record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size classes (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stones</source>
        <translation type="unfinished">Pedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation type="unfinished">Quilates</translation>
    </message>
    <message>
        <source>Totals: no size classes typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: match the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: do not match the record's stones and carats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit: {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open existing record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>* required. Enter saves, Esc cancels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{label}: choose one from the list (type part of its name, number or code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record may already be there: &lt;b&gt;{name}&lt;/b&gt;, {reason}. You can still save a new record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Other possible matches: {n}.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>New person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New production record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sale or export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New self-assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All record kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names, IDs, digger cards, villages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names, towns, registration numbers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search licence numbers and holders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search site codes, names, villages, licences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search sites, villages, licences, references…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search licences, buyers, certificates, documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search officers, findings, sites, licences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a date such as 01/07/2025 (day first) or 2025-07-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this record? It stays in the audit log and Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{column}: not sortable in this large table (sort by carats instead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: not sortable (it belongs to another record)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>{when} UTC, version {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open conflicts: the same field changed differently on both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ours (here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep ours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or type the right value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probable duplicates: two records that may be one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge, keep A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge, keep B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not the same: dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} {record}, conflict {conflict} of {when} UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the value to keep first, or choose Keep ours or Take theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not settled: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict settled ({field}): {result}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not merged: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not dismissed: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>kpfield: {kind} refused:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished">advertência</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created inventory {path} for {officer} ({country}); installation {origin}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the {scale} demo inventory (seed {seed}) in {path} ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield: {path} already holds records; the demo goes into a new or empty inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inventory {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer {officer} ({country}), installation {origin}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>carats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD/ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production (KP statistics form)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no production recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}: sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}: PROBLEMS FOUND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield export inventory: give --region or --country, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield export inventory: --to is before --from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sheet} {n} rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}: {sheets}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored {path} from {backup}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file it replaced was kept as {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{item}': write each field as name=value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{region}' is not a WGAAP region; choose one of {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield: the inventory has no sites to evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Footprint of {place}: {records} records, {stones} stones, {carats} ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% stones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% carats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ref % stones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: {place} ({stones} stones)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total-variation distance: stones {tvd}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, carats {tvd}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chi-square not computed: each footprint needs at least {n} stones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JUMP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no jump</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{ratio}x the earlier mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no earlier production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production jump test: {carats} ct, {ratio} (threshold {threshold}x): {verdict}. Earlier: {history}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a self-assessment is made per half-year: write the period as 2026H1 or 2026H2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose a command (kpfield --help lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}: {n} records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data SHA-256 {sha256}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed with this installation's key {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This installation's signing key was made now: send 'kpfield identity --export' to your coordinator so that your workbooks import as signed by a registered officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote the blank template {path} ({language})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFUSED: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} from {officer} ({origin})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOTHING WRITTEN from this file: {n} problem(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing new: the inventory already holds all of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{severity}: sheet '{sheet}' row {row} column '{column}' value {value}: {problem} -&gt; {fix}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>... {n} more in the report (--report)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict (dry run): {kind} {record} {field}: ours {ours}, theirs {theirs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict: {kind} {record} {field}: ours {ours}, theirs {theirs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probable duplicate: {kind} {a} / {b} ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup before import: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield import: {file} refused: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield import: {file} refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} open conflict(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#{id} {kind} {record} field {field}: base {base}, ours {ours}, theirs {theirs} (from {source})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} probable duplicate(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle with: kpfield resolve --db PATH ID --ours|--theirs|--value V; kpfield resolve --db PATH --merge KEEP_ID OTHER_ID; kpfield resolve --db PATH --dismiss ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield resolve: give a conflict number (see 'kpfield conflicts')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield resolve: choose --ours, --theirs or --value VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict {id} settled, {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installation {origin}: {officer} ({country})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signing key fingerprint: {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>private key: {path} (keep it with your data folder's backups; never send it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This signing key was made now: this inventory had none on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {path}: the public key of {officer} (installation {origin}), fingerprint {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send it to your coordinator, and read them the fingerprint over the phone so they can check they registered the right key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} holds this inventory's own key ({fingerprint}): its workbooks are already recognised; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key is already registered, for {officer} (installation {origin}), fingerprint {fingerprint}; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered the key of {officer} (installation {origin}, {country}), fingerprint {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare this fingerprint with the one the officer's 'kpfield identity' shows (by phone or in person) before you trust workbooks it signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} earlier import(s) signed with this key now show as signed by a registered officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This installation already had key(s) registered ({fingerprints}); workbooks signed with any of them are accepted as registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This installation: {officer}, fingerprint {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered officer keys: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>installation {origin}, registered {at}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield identity: give the inventory to register keys in or list from with --db PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield identity --export: give the file to write with -o FILE.kpkey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield identity: there is no signing key in {folder} yet; one is made with each inventory ('kpfield init'), or give --db PATH for an inventory made before signed workbooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield identity --export: this computer has {n} installations' keys; choose one with --db PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield has no language '{lang}'; choose one of {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created {file} (installation {origin})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} demo records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a save, an edit and a refused record behave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} country/half-year totals, {carats} ct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {n} records, data SHA-256 {sha256}...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} records merged into a new inventory; importing it again changed nothing; signature checked (unknown key, then registered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rows} rows for SL {period}, {challenges} challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {sheets} sheets, {rows} summary rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup {file} verifies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{checks} sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>messages in {language}; translations: {counts}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fill small demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save, edit, refuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>production statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>challenge matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>re-import field workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inventory workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpfield {version} self-test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all steps passed in {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SELF-TEST FAILED in {seconds} s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Apelido</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">Nomes próprios</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Sexo</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished">Número de identidade nacional</translation>
    </message>
    <message>
        <source>Digger card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished">Aldeia</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito / município</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Funções</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished">Cidade</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area (ha)</source>
        <translation type="unfinished">Área (ha)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Licença</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished">Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished">Longitude</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">Local</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation type="unfinished">Pedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation type="unfinished">Quilates</translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seller licence</source>
        <translation type="unfinished">Licença do vendedor</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation type="unfinished">Valor (USD)</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished">Objeto inspecionado</translation>
    </message>
    <message>
        <source>Inspected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished">Inspetor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Resultado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Constatações</translation>
    </message>
</context>
<context>
    <name>coords</name>
    <message>
        <source>type decimal degrees (8.6367) or degrees-minutes-seconds (8°38'12"N)</source>
        <translation>escreva graus decimais (8,6367) ou graus-minutos-segundos (8°38'12"N)</translation>
    </message>
    <message>
        <source>empty coordinate: {help}</source>
        <translation>coordenada vazia: {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a coordinate: {help}</source>
        <translation>não é possível ler {value} como uma coordenada: {help}</translation>
    </message>
    <message>
        <source>{value}: minutes and seconds must be below 60</source>
        <translation>{value}: os minutos e os segundos devem ser inferiores a 60</translation>
    </message>
    <message>
        <source>{value}: only the last part of a coordinate may have decimals</source>
        <translation>{value}: só a última parte de uma coordenada pode ter casas decimais</translation>
    </message>
    <message>
        <source>{value}: {letter} is not a hemisphere for a latitude</source>
        <translation>{value}: {letter} não é um hemisfério para uma latitude</translation>
    </message>
    <message>
        <source>{value}: {letter} is not a hemisphere for a longitude</source>
        <translation>{value}: {letter} não é um hemisfério para uma longitude</translation>
    </message>
    <message>
        <source>{value}: give either a minus sign or a hemisphere letter, not both</source>
        <translation>{value}: indique um sinal de menos ou uma letra de hemisfério, não ambos</translation>
    </message>
    <message>
        <source>latitude {value} is out of range: it must lie between {low} and {high}</source>
        <translation>a latitude {value} está fora do intervalo: deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>longitude {value} is out of range: it must lie between {low} and {high}</source>
        <translation>a longitude {value} está fora do intervalo: deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>empty coordinates: {help}</source>
        <translation>coordenadas vazias: {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a latitude and a longitude: {help}, for example 8.6367, -10.9675</source>
        <translation>não é possível ler {value} como uma latitude e uma longitude: {help}, por exemplo 8,6367; -10,9675</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>type it as 2026-04-03 or 03/04/2026 (day first)</source>
        <translation>escreva-a como 03/04/2026 (o dia primeiro) ou 2026-04-03</translation>
    </message>
    <message>
        <source>{value} is not a date: {help}</source>
        <translation>{value} não é uma data: {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a date: {help}</source>
        <translation>não é possível ler {value} como uma data: {help}</translation>
    </message>
    <message>
        <source>{value} is not a real date (day {day}, month {month}, year {year}): {help}</source>
        <translation>{value} não é uma data real (dia {day}, mês {month}, ano {year}): {help}</translation>
    </message>
</context>
<context>
    <name>entity.inspection</name>
    <message>
        <source>Inspection</source>
        <translation>Inspeção</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspeções</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data da inspeção</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Objeto inspecionado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
</context>
<context>
    <name>entity.licence</name>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número da licença</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Holder (person)</source>
        <translation>Titular (pessoa)</translation>
    </message>
    <message>
        <source>Holder (organisation)</source>
        <translation>Titular (organização)</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitida em</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <source>Fee paid (USD)</source>
        <translation>Taxa paga (USD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>entity.organisation</name>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / município</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
</context>
<context>
    <name>entity.person</name>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes próprios</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Número de identidade nacional</translation>
    </message>
    <message>
        <source>Digger card number</source>
        <translation>Número do cartão de garimpeiro</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / município</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldeia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funções</translation>
    </message>
</context>
<context>
    <name>entity.production</name>
    <message>
        <source>Stones {size_class}</source>
        <translation>Pedras {size_class}</translation>
    </message>
    <message>
        <source>Carats {size_class}</source>
        <translation>Quilates {size_class}</translation>
    </message>
    <message>
        <source>Production record</source>
        <translation>Registo de produção</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data de produção</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Estimated value (USD)</source>
        <translation>Valor estimado (USD)</translation>
    </message>
    <message>
        <source>Buyer licence</source>
        <translation>Licença do comprador</translation>
    </message>
    <message>
        <source>Buyer (if not licensed)</source>
        <translation>Comprador (sem licença)</translation>
    </message>
    <message>
        <source>Register / sale-slip reference</source>
        <translation>Referência do registo / recibo</translation>
    </message>
</context>
<context>
    <name>entity.sale</name>
    <message>
        <source>Sale or export</source>
        <translation>Venda ou exportação</translation>
    </message>
    <message>
        <source>Sales &amp; exports</source>
        <translation>Vendas e exportações</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Seller licence</source>
        <translation>Licença do vendedor</translation>
    </message>
    <message>
        <source>Buyer licence</source>
        <translation>Licença do comprador</translation>
    </message>
    <message>
        <source>Buyer / importer</source>
        <translation>Comprador / importador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data de venda</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valor (USD)</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Referência do documento</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Número do certificado PK</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SH</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Lotes</translation>
    </message>
</context>
<context>
    <name>entity.self_assessment</name>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Autoavaliações</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Period (half-year)</source>
        <translation>Período (semestre)</translation>
    </message>
    <message>
        <source>Challenge matrix row</source>
        <translation>Linha da matriz de desafios</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacuna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
</context>
<context>
    <name>entity.site</name>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código do local</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome do local</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>Região / província</translation>
    </message>
    <message>
        <source>District / prefecture</source>
        <translation>Distrito / município</translation>
    </message>
    <message>
        <source>Chiefdom / sub-prefecture</source>
        <translation>Chefatura / subprefeitura</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldeia</translation>
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
        <translation>Precisão GPS (m)</translation>
    </message>
    <message>
        <source>Deposit type</source>
        <translation>Tipo de depósito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Workers on site</source>
        <translation>Trabalhadores no local</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>rows per sheet must be between 2 and {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{country}' is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>check it: the row was accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct the row and import the file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fill in {field}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type the date as 2026-04-03 or 03/04/2026 (day first), or use a date cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type a number (a decimal comma or point is fine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type the two-letter ISO country code, such as SL or GN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give the UUID of a record of {kinds} already in the inventory or in this workbook, or its number/code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check whether this is the same record; if it is, give it the same UUID, otherwise correct the number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct the value and import the file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sheet '{sheet}' is not a kind of record kpfield knows; it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sheet '{sheet}': column '{column}' repeats {field}; only the first is read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sheet '{sheet}': column '{column}' is not a field of {kinds}; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} has no sheet kpfield recognises (sheets: {sheets}); start from 'kpfield template' or a workbook exported by kpfield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this workbook was exported by this installation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this kpfield workbook is not signed: it comes from a kpfield older than signed workbooks, or its signature was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed with the key registered for {officer} (installation {registered}), but the workbook says it comes from installation {claimed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported although it was altered after signing, by the coordinator's override; the audit log records it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data differs from what kpfield wrote into this file (its SHA-256 no longer matches): it was edited after export; check who changed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} was altered after it was signed: {detail}. Nothing from it was written. Ask the officer for a fresh export; or, if you know why it changed, import it accepting altered files (kpfield import --accept-altered, or the option on the Exchange page), which the audit log records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sheet '{sheet}' has no header row kpfield recognises; it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: '{value}' names several {kinds}; give its UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: no {kind} '{value}' in the inventory or this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: that {kind} has been deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{value}' is not a record identifier (UUID); leave it empty for a new record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sheet '{sheet}' row {row}: {kind} {key} already exists here under another UUID; {uuid} is now an alias of {other}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} appears twice in this sheet (rows {first} and {row})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: no {kind} with id {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} was refused by the inventory's own checks ({error}); nothing from it was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inventory_workbook</name>
    <message>
        <source>met</source>
        <translation type="unfinished">cumprido</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation type="unfinished">parcialmente cumprido</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation type="unfinished">desafio</translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished">sem dados</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>Challenge area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records behind it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished">Autoavaliação</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Evidências</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished">Lacuna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Ação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenge matrix, {period}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matrix {file} (version {version}). Each cell is the worst status of the row's automatic indicators; the country's self-assessment grade (A-D) is in brackets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-assessment only</source>
        <translation type="unfinished">apenas autoavaliação</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stones</source>
        <translation type="unfinished">Pedras</translation>
    </message>
    <message>
        <source>Share of stones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carats</source>
        <translation type="unfinished">Quilates</translation>
    </message>
    <message>
        <source>Share of carats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD per carat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: share of stones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: share of carats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{records} production records, {stones} stones, {carats} ct in {period}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: {reference}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: none (no earlier production).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chi-square on stone counts {chi2} ({dof} degrees of freedom), p = {p}; total-variation distance {tvd}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total-variation distance {tvd}; too few stones for a chi-square test (fewer than {minimum}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years' mean (a jump).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years' mean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{place}: share of carats by size class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provenance footprints, {period}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of stones and carats per size class, against the same place's earlier half-years (the reference).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No production recorded in {period}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Footprints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production by district &amp; month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished">Locais</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished">Licenças</translation>
    </message>
    <message>
        <source>Buyers and exporters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown WGAAP region '{region}'; choose one of {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown country code(s): {codes} (use ISO 3166 alpha-2, such as SL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries in the inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consolidated inventory of alluvial production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page &amp;P of &amp;N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Artisanal mining licences in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small-scale mining licences in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dealer licences in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporter licences in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered diggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Producing sites with GPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Producing sites without GPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value (USD)</source>
        <translation type="unfinished">Valor (USD)</translation>
    </message>
    <message>
        <source>Sales to licensed buyers (ct)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales to licensed buyers (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports with KP certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carats exported with KP certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD exported with KP certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports without KP certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regional total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished">Código do local</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region / province</source>
        <translation type="unfinished">Região / província</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito / município</translation>
    </message>
    <message>
        <source>Chiefdom / sub-prefecture</source>
        <translation type="unfinished">Chefatura / subprefeitura</translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished">Aldeia</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished">Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished">Longitude</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Licença</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production records in period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carats in period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD in period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished">Número da licença</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished">Financiador</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area (ha)</source>
        <translation type="unfinished">Área (ha)</translation>
    </message>
    <message>
        <source>Fee (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In force at end of period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buying office / exporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchases from sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carats bought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD bought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales to licensed buyers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carats sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished">Inspetor</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the inventory holds no sites, so there is nothing to report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the inventory workbook was cancelled; no file was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consolidated inventory of alluvial diamond production: {scope}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period {start} to {end} (KP half-years {halves}). Made by kpfield {version} on {date} {time} UTC from {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licences in force and registered diggers are counted on the last day of each half-year; producing sites are sites with production recorded in the half-year. Production totals are the sums of '{sheet}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked: imported before kpfield signed workbooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every import and bulk load this inventory rests on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probably the same as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open conflicts: {n} (settle them with 'kpfield resolve' or on the Exchange page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probable duplicates to review: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LibreOffice is not installed, so no PDF was made (the workbook itself was written). Install LibreOffice (Debian: libreoffice-calc-nogui) or print the Summary from Excel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LibreOffice could not make the PDF: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>met</source>
        <translation>cumprido</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>parcialmente cumprido</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>desafio</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>self-assessment only</source>
        <translation>apenas autoavaliação</translation>
    </message>
    <message>
        <source>{file}, line {line}, key {key}: {problem}</source>
        <translation>{file}, linha {line}, chave {key}: {problem}</translation>
    </message>
    <message>
        <source>{file}, key {key}: {problem}</source>
        <translation>{file}, chave {key}: {problem}</translation>
    </message>
    <message>
        <source>met within {met} of {target}, partly met within {partly_met}</source>
        <translation>cumprido a menos de {met} de {target}, parcialmente cumprido a menos de {partly_met}</translation>
    </message>
    <message>
        <source>met &lt;= {met}, partly met &lt;= {partly_met}</source>
        <translation>cumprido se ≤ {met}, parcialmente cumprido se ≤ {partly_met}</translation>
    </message>
    <message>
        <source>met &gt;= {met}, partly met &gt;= {partly_met}</source>
        <translation>cumprido se ≥ {met}, parcialmente cumprido se ≥ {partly_met}</translation>
    </message>
    <message>
        <source>the matrix {file} has no row {row}; rows: {rows}</source>
        <translation>a matriz {file} não tem a linha {row}; linhas: {rows}</translation>
    </message>
    <message>
        <source>the matrix file does not exist</source>
        <translation>o ficheiro da matriz não existe</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text ({reason}); save it as UTF-8</source>
        <translation>o ficheiro não é texto UTF-8 ({reason}); guarde-o em UTF-8</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>TOML inválido: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty text in quotes</source>
        <translation>deve ser um texto não vazio entre aspas</translation>
    </message>
    <message>
        <source>unknown language; use {languages}</source>
        <translation>língua desconhecida; use {languages}</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>deve ser texto entre aspas</translation>
    </message>
    <message>
        <source>every title needs at least its English text ({example})</source>
        <translation>cada título precisa pelo menos do seu texto em inglês ({example})</translation>
    </message>
    <message>
        <source>every title needs its French text ({example})</source>
        <translation>cada título precisa do seu texto em francês ({example})</translation>
    </message>
    <message>
        <source>give at least the English text ({example})</source>
        <translation>indique pelo menos o texto em inglês ({example})</translation>
    </message>
    <message>
        <source>give the meaning of each score {grades} ({example})</source>
        <translation>indique o significado de cada nota {grades} ({example})</translation>
    </message>
    <message>
        <source>score {grade} needs its meaning in English</source>
        <translation>a nota {grade} precisa do seu significado em inglês</translation>
    </message>
    <message>
        <source>the matrix has no rows ([[row]] tables)</source>
        <translation>a matriz não tem linhas (tabelas [[row]])</translation>
    </message>
    <message>
        <source>row id {row}: use lower-case letters, digits and _</source>
        <translation>identificador de linha {row}: use letras minúsculas, algarismos e _</translation>
    </message>
    <message>
        <source>row id {row} is used twice</source>
        <translation>o identificador de linha {row} é usado duas vezes</translation>
    </message>
    <message>
        <source>row {row}: unknown key (known: {keys})</source>
        <translation>linha {row}: chave desconhecida (chaves conhecidas: {keys})</translation>
    </message>
    <message>
        <source>row {row}: each indicator is a {table} table</source>
        <translation>linha {row}: cada indicador é uma tabela {table}</translation>
    </message>
    <message>
        <source>row {row}: unknown indicator {indicator}; kpfield computes: {known}</source>
        <translation>linha {row}: indicador desconhecido {indicator}; o kpfield calcula: {known}</translation>
    </message>
    <message>
        <source>indicator {indicator}: unknown key</source>
        <translation>indicador {indicator}: chave desconhecida</translation>
    </message>
    <message>
        <source>indicator {indicator}: must be one of {choices}</source>
        <translation>indicador {indicator}: deve ser um dos valores {choices}</translation>
    </message>
    <message>
        <source>indicator {indicator}: must be a number (a share is written 0.05 for 5 %)</source>
        <translation>indicador {indicator}: deve ser um número (uma proporção escreve-se 0.05 para 5 %)</translation>
    </message>
    <message>
        <source>indicator {indicator}: lower is better, so partly_met must be &gt;= met</source>
        <translation>indicador {indicator}: quanto mais baixo melhor, por isso partly_met deve ser &gt;= met</translation>
    </message>
    <message>
        <source>indicator {indicator}: higher is better, so partly_met must be &lt;= met</source>
        <translation>indicador {indicator}: quanto mais alto melhor, por isso partly_met deve ser &lt;= met</translation>
    </message>
    <message>
        <source>indicator {indicator}: tolerances must satisfy 0 &lt;= met &lt;= partly_met</source>
        <translation>indicador {indicator}: as tolerâncias devem cumprir 0 &lt;= met &lt;= partly_met</translation>
    </message>
    <message>
        <source>indicator {indicator}: params is a table, e.g. {example}</source>
        <translation>indicador {indicator}: params é uma tabela, por exemplo {example}</translation>
    </message>
    <message>
        <source>indicator {indicator}: unknown parameter {parameter} (known: {known})</source>
        <translation>indicador {indicator}: parâmetro desconhecido {parameter} (parâmetros conhecidos: {known})</translation>
    </message>
    <message>
        <source>indicator {indicator}: parameter {parameter} must be like {example}</source>
        <translation>indicador {indicator}: o parâmetro {parameter} deve ser do tipo {example}</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>CHALLENGE</source>
        <translation>DESAFIO</translation>
    </message>
    <message>
        <source>self-assess.</source>
        <translation>autoaval.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produção</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licença</translation>
    </message>
    <message>
        <source>site</source>
        <translation>local</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venda</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspeção</translation>
    </message>
    <message>
        <source>Challenge matrix, period {period} ({file}, version {version})</source>
        <translation>Matriz de desafios, período {period} ({file}, versão {version})</translation>
    </message>
    <message>
        <source>(a letter after a status is the country's own self-assessment score)</source>
        <translation>(uma letra após um estado é a nota de autoavaliação do próprio país)</translation>
    </message>
    <message>
        <source>{title}: {status}</source>
        <translation>{title}: {status}</translation>
    </message>
    <message>
        <source>; self-assessed {score} ({meaning})</source>
        <translation>; autoavaliação {score} ({meaning})</translation>
    </message>
    <message>
        <source>, {n} {kind} record(s) flagged</source>
        <translation>, {n} registo(s) assinalado(s) ({kind})</translation>
    </message>
    <message>
        <source>no licence {number} in {country} in this inventory</source>
        <translation>nenhuma licença {number} para {country} neste inventário</translation>
    </message>
    <message>
        <source>give stone counts per size class: {example}</source>
        <translation>indique o número de pedras por classe de tamanho: {example}</translation>
    </message>
    <message>
        <source>unknown size class; use {codes}</source>
        <translation>classe de tamanho desconhecida; use {codes}</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>deve ser um número &gt;= 0</translation>
    </message>
    <message>
        <source>Footprint (share of stones per size class): {footprint}</source>
        <translation>Assinatura (proporção de pedras por classe de tamanho): {footprint}</translation>
    </message>
    <message>
        <source>Footprint (share of carats per size class): {footprint}</source>
        <translation>Assinatura (proporção de quilates por classe de tamanho): {footprint}</translation>
    </message>
    <message>
        <source>filled: {footprint}</source>
        <translation>cheio: {footprint}</translation>
    </message>
    <message>
        <source>; outline: reference {footprint}</source>
        <translation>; contorno: referência {footprint}</translation>
    </message>
    <message>
        <source>; TVD {tvd}</source>
        <translation>; distância de variação total {tvd}</translation>
    </message>
    <message>
        <source>, chi-square p = {p}</source>
        <translation>, qui-quadrado p = {p}</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporção</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>rácio</translation>
    </message>
    <message>
        <source>per officer</source>
        <translation>por inspetor</translation>
    </message>
    <message>
        <source>sites per officer</source>
        <translation>locais por inspetor</translation>
    </message>
    <message>
        <source>Share of production (carats) from sites without a valid licence on the day</source>
        <translation>Proporção da produção (quilates) de locais sem licença válida no próprio dia</translation>
    </message>
    <message>
        <source>carats of the period's production records whose licence (the record's, else its site's) is missing or not valid on the production date (status active and issued_on &lt;= date &lt;= expires_on), divided by all carats produced in the scope and period</source>
        <translation>quilates dos registos de produção do período cuja licença (a do registo, senão a do local) falta ou não é válida na data de produção (estado ativo e issued_on &lt;= data &lt;= expires_on), divididos por todos os quilates produzidos no âmbito e no período</translation>
    </message>
    <message>
        <source>Share of producing licences that produced after their expiry date</source>
        <translation>Proporção das licenças produtivas que produziram depois da data de expiração</translation>
    </message>
    <message>
        <source>licences with production in the period dated after the licence's expires_on, divided by the licences with any production in the period</source>
        <translation>licenças com produção no período datada depois do seu expires_on, divididas pelas licenças com alguma produção no período</translation>
    </message>
    <message>
        <source>Share of workers on active sites covered by registered diggers of their village</source>
        <translation>Proporção dos trabalhadores dos locais ativos coberta por garimpeiros registados da sua aldeia</translation>
    </message>
    <message>
        <source>per village (country, district, village): workers on the scope's active sites W and persons registered with the digger role R; the value is the sum of min(R, W) over the sum of W; offending: active sites in villages with fewer registered diggers than workers</source>
        <translation>por aldeia (país, distrito, aldeia): trabalhadores dos locais ativos do âmbito W e pessoas registadas com a função de garimpeiro R; o valor é a soma de min(R, W) dividida pela soma de W; em causa: os locais ativos das aldeias com menos garimpeiros registados do que trabalhadores</translation>
    </message>
    <message>
        <source>Share of active sites with a GPS point</source>
        <translation>Proporção dos locais ativos com um ponto GPS</translation>
    </message>
    <message>
        <source>active sites with both latitude and longitude, divided by active sites (the sites' current status)</source>
        <translation>locais ativos com latitude e longitude, divididos pelos locais ativos (estado atual dos locais)</translation>
    </message>
    <message>
        <source>Share of mapped sites whose point lies outside their country</source>
        <translation>Proporção dos locais mapeados cujo ponto fica fora do seu país</translation>
    </message>
    <message>
        <source>sites with a GPS point outside their country's bounding box (approximate, about 0.1 degree), divided by sites with a GPS point in countries kpfield has a box for</source>
        <translation>locais com um ponto GPS fora do retângulo envolvente do seu país (aproximado, cerca de 0,1 grau), divididos pelos locais com ponto GPS nos países para os quais o kpfield tem um retângulo</translation>
    </message>
    <message>
        <source>Share of active sites not inspected in the last year</source>
        <translation>Proporção dos locais ativos não inspecionados no último ano</translation>
    </message>
    <message>
        <source>active sites with no inspection in the `days` (default 365) before the end of the period, divided by active sites</source>
        <translation>locais ativos sem inspeção nos `days` dias (365 por omissão) antes do fim do período, divididos pelos locais ativos</translation>
    </message>
    <message>
        <source>Share of active sites with a month of the period without production recorded</source>
        <translation>Proporção dos locais ativos com um mês do período sem produção registada</translation>
    </message>
    <message>
        <source>active sites that recorded production in fewer months than the period has (months begun by today), divided by active sites</source>
        <translation>locais ativos que registaram produção em menos meses do que os do período (meses iniciados até hoje), divididos pelos locais ativos</translation>
    </message>
    <message>
        <source>Share of production records that are incomplete</source>
        <translation>Proporção dos registos de produção incompletos</translation>
    </message>
    <message>
        <source>records without a value, without a register/slip reference, without a size-class breakdown, or whose size classes do not add up to the record's stones, divided by the period's records</source>
        <translation>registos sem valor, sem referência de registo/recibo, sem repartição por classes de tamanho, ou cujas classes de tamanho não somam as pedras do registo, divididos pelos registos do período</translation>
    </message>
    <message>
        <source>Share of production records entered long after the fact</source>
        <translation>Proporção dos registos de produção introduzidos muito depois dos factos</translation>
    </message>
    <message>
        <source>records whose entry date (created_at) is more than `days` (default 90) after the production date, divided by the period's records</source>
        <translation>registos cuja data de introdução (created_at) é mais de `days` dias (90 por omissão) posterior à data de produção, divididos pelos registos do período</translation>
    </message>
    <message>
        <source>Share of sold production (carats) bought without a valid buyer's licence</source>
        <translation>Proporção da produção vendida (quilates) comprada sem licença de comprador válida</translation>
    </message>
    <message>
        <source>carats of production records with a buyer (a licence or a name) whose buyer has no licence, or a licence that is not a dealer or exporter licence or not valid on the production date, divided by the carats of records with a buyer</source>
        <translation>quilates dos registos de produção com comprador (uma licença ou um nome) cujo comprador não tem licença, ou tem uma licença que não é de comerciante nem de exportador ou que não é válida na data de produção, divididos pelos quilates dos registos com comprador</translation>
    </message>
    <message>
        <source>Share of buying dealers that bought while their licence was not valid</source>
        <translation>Proporção dos comerciantes compradores que compraram quando a sua licença não era válida</translation>
    </message>
    <message>
        <source>dealer licences that bought production of the scope on a day the licence was not valid, divided by the dealer licences that bought production of the scope in the period</source>
        <translation>licenças de comerciante que compraram produção do âmbito num dia em que a licença não era válida, divididas pelas licenças de comerciante que compraram produção do âmbito no período</translation>
    </message>
    <message>
        <source>Carats dealers sold on, per carat recorded as bought from the sites</source>
        <translation>Quilates revendidos pelos comerciantes, por quilate registado como comprado nos locais</translation>
    </message>
    <message>
        <source>for the dealers that bought production of the scope in the period: carats of their sales (kind sale) dated in the period, divided by the carats of all production records naming them as buyer in the period; offending: dealers whose own ratio is more than `tolerance` away from 1</source>
        <translation>para os comerciantes que compraram produção do âmbito no período: quilates das suas vendas (tipo venda) datadas no período, divididos pelos quilates de todos os registos de produção que os indicam como comprador no período; em causa: os comerciantes cujo rácio próprio se afasta de 1 mais do que `tolerance`</translation>
    </message>
    <message>
        <source>Share of exports without a KP certificate number</source>
        <translation>Proporção das exportações sem número de certificado PK</translation>
    </message>
    <message>
        <source>exports (kind export) by the scope's exporters dated in the period without a KP certificate number, divided by those exports; a site scope has no exporters (no data)</source>
        <translation>exportações (tipo exportação) dos exportadores do âmbito datadas no período sem número de certificado PK, divididas por essas exportações; um âmbito de local não tem exportadores (sem dados)</translation>
    </message>
    <message>
        <source>Share of valued production records far from the median USD/ct of their size class</source>
        <translation>Proporção dos registos de produção valorizados longe da mediana USD/ct da sua classe de tamanho</translation>
    </message>
    <message>
        <source>each valued record is placed in the size class of its mean stone (carats / stones); the median USD/ct of that class over the reference area's records of the period (the WGAAP region, or the country) is the reference; records more than `factor` times above or below it, divided by the valued records</source>
        <translation>cada registo valorizado é colocado na classe de tamanho da sua pedra média (quilates / pedras); a mediana USD/ct dessa classe nos registos do período da área de referência (a região WGAAP, ou o país) é a referência; registos mais de `factor` vezes acima ou abaixo dela, divididos pelos registos valorizados</translation>
    </message>
    <message>
        <source>valuation_outliers: reference must be one of {choices}, not {value}</source>
        <translation>valuation_outliers: reference deve ser um dos valores {choices}, não {value}</translation>
    </message>
    <message>
        <source>Share of sites whose size-class footprint departs from their own history</source>
        <translation>Proporção dos locais cuja assinatura por classes de tamanho se afasta do seu histórico</translation>
    </message>
    <message>
        <source>for each site with at least `min_stones` stones both in the period and in the `history` half-years before: stone counts per size class compared by a chi-square test of homogeneity (sparse classes pooled) and the total-variation distance; a site departs when p &lt; `p_value` and the distance is at least `tvd`; divided by the sites compared</source>
        <translation>para cada local com pelo menos `min_stones` pedras tanto no período como nos `history` semestres anteriores: número de pedras por classe de tamanho comparado por um teste de homogeneidade do qui-quadrado (classes pouco povoadas agrupadas) e pela distância de variação total; um local afasta-se quando p &lt; `p_value` e a distância é pelo menos `tvd`; divididos pelos locais comparados</translation>
    </message>
    <message>
        <source>Share of buying offices whose purchases jumped above their history</source>
        <translation>Proporção dos escritórios de compra cujas compras saltaram acima do seu histórico</translation>
    </message>
    <message>
        <source>for each dealer licence that bought production of the scope: carats of all production naming it as buyer in the period, against its mean per half-year over the `history` half-years before (those with purchases; at least `min_history`); it jumps above `ratio` times that mean; divided by the offices with enough history</source>
        <translation>para cada licença de comerciante que comprou produção do âmbito: quilates de toda a produção que a indica como compradora no período, face à sua média por semestre nos `history` semestres anteriores (os que têm compras; pelo menos `min_history`); salta acima de `ratio` vezes essa média; divididos pelos escritórios com histórico suficiente</translation>
    </message>
    <message>
        <source>Share of active sites that reported production in the period</source>
        <translation>Proporção dos locais ativos que declararam produção no período</translation>
    </message>
    <message>
        <source>active sites with at least one production record in the period, divided by active sites; offending: active sites with none</source>
        <translation>locais ativos com pelo menos um registo de produção no período, divididos pelos locais ativos; em causa: os locais ativos sem nenhum</translation>
    </message>
    <message>
        <source>Share of the period's production records entered on time for the half-year statistics</source>
        <translation>Proporção dos registos de produção do período introduzidos a tempo para as estatísticas semestrais</translation>
    </message>
    <message>
        <source>records of the period entered (created_at) no later than `days` (default 45) after the end of the period, divided by the period's records; offending: the records entered later</source>
        <translation>registos do período introduzidos (created_at) no máximo `days` dias (45 por omissão) após o fim do período, divididos pelos registos do período; em causa: os registos introduzidos mais tarde</translation>
    </message>
    <message>
        <source>Site inspections per inspecting officer in the period</source>
        <translation>Inspeções de locais por inspetor no período</translation>
    </message>
    <message>
        <source>inspections of the scope's sites dated in the period, divided by the distinct officers who made them</source>
        <translation>inspeções dos locais do âmbito datadas no período, divididas pelo número de inspetores distintos que as fizeram</translation>
    </message>
    <message>
        <source>Active sites per inspecting officer</source>
        <translation>Locais ativos por inspetor</translation>
    </message>
    <message>
        <source>active sites of the scope, divided by the distinct officers who inspected its sites in the period; offending: active sites not inspected in the period</source>
        <translation>locais ativos do âmbito, divididos pelo número de inspetores distintos que inspecionaram os seus locais no período; em causa: os locais ativos não inspecionados no período</translation>
    </message>
    <message>
        <source>{label} (deleted)</source>
        <translation>{label} (eliminado)</translation>
    </message>
    <message>
        <source>{id} (no such record)</source>
        <translation>{id} (registo inexistente)</translation>
    </message>
    <message>
        <source>{value} is not a period: write a half-year as 2026H1 or 2026H2, or a year as 2026</source>
        <translation>{value} não é um período: escreva um semestre como 2026H1 ou 2026H2, ou um ano como 2026</translation>
    </message>
    <message>
        <source>a buying office has no sites of its own: evaluate its country or district</source>
        <translation>um escritório de compra não tem locais próprios: avalie o seu país ou distrito</translation>
    </message>
    <message>
        <source>{value} is not a scope: write it as one of {examples}</source>
        <translation>{value} não é um âmbito: escreva-o numa das formas {examples}</translation>
    </message>
    <message>
        <source>{value} is not a WGAAP region; choose one of {regions}</source>
        <translation>{value} não é uma região WGAAP; escolha entre {regions}</translation>
    </message>
    <message>
        <source>{value} is not a kind of scope; use {kinds}</source>
        <translation>{value} não é um tipo de âmbito; use {kinds}</translation>
    </message>
    <message>
        <source>say which country {kind} {value} is in: {example}</source>
        <translation>indique em que país fica {kind} {value}: {example}</translation>
    </message>
    <message>
        <source>no {table} in this inventory has {column} {value}</source>
        <translation>nenhum registo {table} deste inventário tem {column} = {value}</translation>
    </message>
    <message>
        <source>{kind} {value} exists in {countries}; write {example}</source>
        <translation>{kind} {value} existe em {countries}; escreva {example}</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>same national ID {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name in the same village</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sites {metres} m apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no conflict {id}; 'kpfield conflicts' lists the open ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict {id} was already settled ({resolution})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose ours, theirs or a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept the value here: {field} = {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>took the value received: {field} = {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set a new value: {field} = {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no live record {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no live {kind} {other} to merge into {keep}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} {other} merged into {keep} (kept as its alias)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no open duplicate candidate {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>candidate {id} dismissed: two different records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>Sierra Leone</source>
        <translation>Serra Leoa</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guiné</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <translation>Costa do Marfim</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centro-Africana</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>República Democrática do Congo</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>República do Congo</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camarões</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabão</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namíbia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>África do Sul</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabué</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzânia</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guiana</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emirados Árabes Unidos</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Índia</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>France</source>
        <translation>França</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gâmbia</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chade</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudão do Sul</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zâmbia</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colômbia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>West Africa</source>
        <translation>África Ocidental</translation>
    </message>
    <message>
        <source>Central and Southern Africa</source>
        <translation>África Central e Austral</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>América do Sul</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>kpfield workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filled template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished">advertência</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflicted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished">Inspetor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signer's key fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value both sides last agreed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>{key!r} is not an Ed25519 public key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a readable kpfield signing key ({why}). Restore it from a backup of your data folder; or move it aside, and kpfield makes a new key on the next export (your coordinator then registers the new one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>part of its signature is missing from _about ({facts})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is signed in a way this kpfield does not know ({scheme}); if a newer kpfield made it, install that version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the public key on its _about sheet is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fingerprint on its _about sheet ({written}) is not that of its public key ({actual})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its _about sheet no longer matches the signature: who made it, when, its counts or checksums were changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its column headers were changed (a column renamed, moved, added or removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its data was changed: a cell was edited, or rows were added or removed (the SHA-256 of the rows read is not the signed one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registered officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>altered after signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by this installation ({fingerprint})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by a registered officer: {officer} ({fingerprint})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; key registered after the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by an unknown key {fingerprint}: no officer registered it in this inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned: a hand-filled template, or a workbook from a kpfield that did not sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>altered after signing: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (imported by the coordinator's override, written to the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ask the officer to run 'kpfield identity --export' again and send the new file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be registered: {why}; {ask}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is far larger than an officer's key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not an officer's key file (.kpkey)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its key is not an Ed25519 key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it does not name the officer and the installation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its public key is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its fingerprint does not belong to its public key (the file was edited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was edited after the officer exported it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>backup cancelled; no backup file was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No good backup of {name} was found in {folder} ({n} checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{backup} is not a good backup ({problem}); choose another one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: nothing was saved from this operation and the inventory is as it was. Free some space (or save to another drive) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not an inventory file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a kpfield inventory (it is not an SQLite database); choose the .kpfield file the program created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be read ({error}); run 'kpfield verify' on it, or restore it from a backup with 'kpfield restore'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is an SQLite database but not a kpfield inventory; choose the .kpfield file the program created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inventory is busy with another task (another kpfield window or an import); try again in a moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same national ID {national_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar name in {village}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be read as an inventory ({error}); run 'kpfield verify' on it, or restore it from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} was made by a newer kpfield (schema steps {steps}); this is kpfield {version}: install the newer version to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inventory is being upgraded or written by another kpfield; try again in a moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} already exists; open it, or choose another file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation type="unfinished">{value} não é um código de país que o kpfield conheça (ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>The officer's name is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} does not exist; create it with 'kpfield init' or choose another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is empty: it is not an inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} has no installation identity: it was not created by 'kpfield init'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National ID {national_id} is already recorded for {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no record {id} here (it may have been deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it (version {version}, yours {yours}); close the form and open the record again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no record {id} here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>kpfield field template (kpfield {version}).</source>
        <translation>Modelo de recolha kpfield (kpfield {version}).</translation>
    </message>
    <message>
        <source>Fill one row per record on the sheet of its kind. Do not rename the sheets or the column headers.</source>
        <translation>Uma linha por registo, na folha do seu tipo. Não mude os nomes das folhas nem dos cabeçalhos.</translation>
    </message>
    <message>
        <source>Columns marked * must be filled in.</source>
        <translation>As colunas marcadas com * são obrigatórias.</translation>
    </message>
    <message>
        <source>Choose coded values from the drop-down lists (country codes such as SL, licence kinds, statuses).</source>
        <translation>Escolha os valores codificados nas listas (códigos de país como SL, tipos de licença, estados).</translation>
    </message>
    <message>
        <source>Type dates as 2026-04-03 or 03/04/2026 (day first). Numbers may use a decimal comma or point.</source>
        <translation>Datas: 2026-04-03 ou 03/04/2026 (dia primeiro). Os números aceitam vírgula decimal.</translation>
    </message>
    <message>
        <source>To refer to another record, type its licence number, site code or the person's national ID.</source>
        <translation>Para indicar outro registo, escreva o número da licença, o código do local ou a identidade nacional.</translation>
    </message>
    <message>
        <source>Licence numbers, national IDs and site codes are kept as text: leading zeros are kept.</source>
        <translation>Números de licença, de identidade e códigos de local ficam como texto: os zeros iniciais mantêm-se.</translation>
    </message>
    <message>
        <source>Send the file to your coordinator, who imports it with: kpfield import --db INVENTORY FILE.xlsx</source>
        <translation>Envie o ficheiro ao seu coordenador, que o importa com: kpfield import --db INVENTARIO FICHEIRO.xlsx</translation>
    </message>
    <message>
        <source>A row that breaks a rule is reported with its sheet, row and column; nothing from the file is written until every row is accepted.</source>
        <translation>Uma linha que viola uma regra é indicada com folha, linha e coluna; nada é gravado até todas as linhas serem aceites.</translation>
    </message>
    <message>
        <source>Type a date: 2026-04-03 or 03/04/2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a number greater than {minimum}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a number of at least {minimum}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{record} refused: {problems}</source>
        <translation>Registo recusado ({record}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} não é um número</translation>
    </message>
    <message>
        <source>no number given</source>
        <translation>nenhum número indicado</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} não é um número finito</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} não está entre: {choices}</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>demasiado longo ({length} caracteres; no máximo {limit})</translation>
    </message>
    <message>
        <source>{value} must be a whole number</source>
        <translation>{value} deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be greater than {minimum} (got {value})</source>
        <translation>deve ser maior do que {minimum} (indicado: {value})</translation>
    </message>
    <message>
        <source>must be at least {minimum} (got {value})</source>
        <translation>deve ser pelo menos {minimum} (indicado: {value})</translation>
    </message>
    <message>
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} não é um código de país que o kpfield conheça (ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>{value} is not a record identifier (UUID)</source>
        <translation>{value} não é um identificador de registo (UUID)</translation>
    </message>
    <message>
        <source>{record} has no field {name}</source>
        <translation>{record} não tem o campo {name}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: campo obrigatório</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{label} {date} is in the future</source>
        <translation>{label} {date}: data no futuro</translation>
    </message>
    <message>
        <source>{label} {date} is not plausible</source>
        <translation>{label} {date}: data pouco plausível</translation>
    </message>
    <message>
        <source>Expiry date {expires} must be after the issue date {issued}</source>
        <translation>A data de expiração {expires} deve ser posterior à data de emissão {issued}</translation>
    </message>
    <message>
        <source>An artisanal licence in {country} covers at most {limit} ha (got {area} ha)</source>
        <translation>Uma licença artesanal em {country} abrange no máximo {limit} ha (indicado: {area} ha)</translation>
    </message>
    <message>
        <source>A licence needs a holder: a person or an organisation</source>
        <translation>Uma licença precisa de um titular: uma pessoa ou uma organização</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither (the longitude is missing)</source>
        <translation>Indique a latitude e a longitude, ou nenhuma das duas (falta a longitude)</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither (the latitude is missing)</source>
        <translation>Indique a latitude e a longitude, ou nenhuma das duas (falta a latitude)</translation>
    </message>
    <message>
        <source>The point {latitude}, {longitude} lies outside {country}: check the coordinates and their hemisphere</source>
        <translation>O ponto {latitude}; {longitude} fica fora de {country}: verifique as coordenadas e o seu hemisfério</translation>
    </message>
    <message>
        <source>Size class {size_class} has {carats} ct but no stones</source>
        <translation>A classe de tamanho {size_class} tem {carats} ct mas nenhuma pedra</translation>
    </message>
    <message>
        <source>Size class {size_class} has {stones} stone(s) but no carats</source>
        <translation>A classe de tamanho {size_class} tem {stones} pedra(s) mas nenhum quilate</translation>
    </message>
    <message>
        <source>The size classes add up to {total} stone(s), the record says {stones}</source>
        <translation>As classes de tamanho somam {total} pedra(s), o registo indica {stones}</translation>
    </message>
    <message>
        <source>The size classes add up to {total} ct, the record says {carats}</source>
        <translation>As classes de tamanho somam {total} ct, o registo indica {carats}</translation>
    </message>
    <message>
        <source>Give the buyer's licence or, for an unlicensed buyer, a name; not both</source>
        <translation>Indique a licença do comprador ou, para um comprador sem licença, um nome; não ambos</translation>
    </message>
    <message>
        <source>An export needs its destination country</source>
        <translation>Uma exportação precisa do seu país de destino</translation>
    </message>
    <message>
        <source>An export should carry its KP certificate number</source>
        <translation>Uma exportação deveria indicar o seu número de certificado PK</translation>
    </message>
    <message>
        <source>A sale needs the buyer's licence or, if unlicensed, a name</source>
        <translation>Uma venda precisa da licença do comprador ou, se não for licenciado, de um nome</translation>
    </message>
    <message>
        <source>Seller and buyer are the same licence</source>
        <translation>O vendedor e o comprador têm a mesma licença</translation>
    </message>
    <message>
        <source>Say which site was inspected</source>
        <translation>Indique que local foi inspecionado</translation>
    </message>
    <message>
        <source>Say which licence was inspected</source>
        <translation>Indique que licença foi inspecionada</translation>
    </message>
    <message>
        <source>Say which organisation was inspected</source>
        <translation>Indique que organização foi inspecionada</translation>
    </message>
    <message>
        <source>{value} is not a half-year: write it as 2026H1 or 2026H2</source>
        <translation>{value} não é um semestre: escreva-o como 2026H1 ou 2026H2</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>female</source>
        <translation>feminino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>digger</source>
        <translation>garimpeiro</translation>
    </message>
    <message>
        <source>licence holder</source>
        <translation>titular de licença</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>financiador</translation>
    </message>
    <message>
        <source>buyer agent</source>
        <translation>agente comprador</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>cooperativa</translation>
    </message>
    <message>
        <source>buying office</source>
        <translation>escritório de compra</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportador</translation>
    </message>
    <message>
        <source>artisanal mining</source>
        <translation>mineração artesanal</translation>
    </message>
    <message>
        <source>small-scale mining</source>
        <translation>mineração em pequena escala</translation>
    </message>
    <message>
        <source>dealer / buyer</source>
        <translation>comerciante / comprador</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspenso</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>surrendered</source>
        <translation>devolvido</translation>
    </message>
    <message>
        <source>river bed</source>
        <translation>leito de rio</translation>
    </message>
    <message>
        <source>terrace</source>
        <translation>terraço</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>planície aluvial</translation>
    </message>
    <message>
        <source>eluvial</source>
        <translation>eluvial</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>rehabilitated</source>
        <translation>reabilitado</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venda</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportação</translation>
    </message>
    <message>
        <source>site</source>
        <translation>local</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licença</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertência</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>infração</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrado</translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not a workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is protected by a password: open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect workbook, or Save As without a password) and import it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is an old-format Excel file (.xls): open it and save it as an Excel workbook (.xlsx), then import that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a workbook (.xlsx): choose a file saved from Excel, LibreOffice or kpfield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is damaged or incomplete (cut short while copying?): copy it again from its source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is an OpenDocument spreadsheet (.ods): in LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is refused: its part {part} would inflate from {packed} to {size} bytes, which no real workbook does (a 'zip bomb')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is refused: it would inflate to {size} bytes, more than kpfield reads ({limit}); split it into smaller workbooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is protected by a password: remove the password and import it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is damaged ({part}: {error}): copy it again from its source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is refused: its part {part} declares XML entities, which workbooks never need and which can make a reader exhaust memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be read as a workbook ({error}); copy it again from its source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}, sheet '{sheet}': cannot be read ({error})</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
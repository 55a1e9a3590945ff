<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>{n} person(s)</source>
        <translation>
            <numerusform>{n} person</numerusform>
            <numerusform>{n} persons</numerusform>
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
            <numerusform>{n} licence</numerusform>
            <numerusform>{n} licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} site(s)</source>
        <translation>
            <numerusform>{n} site</numerusform>
            <numerusform>{n} sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} production record(s)</source>
        <translation>
            <numerusform>{n} production record</numerusform>
            <numerusform>{n} production records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} sale(s) or export(s)</source>
        <translation>
            <numerusform>{n} sale or export</numerusform>
            <numerusform>{n} sales or exports</numerusform>
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
            <numerusform>{n} self-assessment</numerusform>
            <numerusform>{n} self-assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s)</source>
        <translation>
            <numerusform>{n} record</numerusform>
            <numerusform>{n} records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s)</source>
        <translation>
            <numerusform>Wrote {file}: {n} record</numerusform>
            <numerusform>Wrote {file}: {n} records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message numerus="yes">
        <source>Checking {n} file(s)…</source>
        <translation>
            <numerusform>Checking {n} file…</numerusform>
            <numerusform>Checking {n} files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: nothing has been written yet. {n} file(s) can be imported.</source>
        <translation>
            <numerusform>Preview: nothing has been written yet. {n} file can be imported.</numerusform>
            <numerusform>Preview: nothing has been written yet. {n} files can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} file(s) REFUSED: nothing from them will be written; their problems are listed below.</source>
        <translation>
            <numerusform>{n} file REFUSED: nothing from it will be written; its problems are listed below.</numerusform>
            <numerusform>{n} files REFUSED: nothing from them will be written; their problems are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s) would have conflicts, kept aside for the Review tab.</source>
        <translation>
            <numerusform>{n} record would have conflicts, kept aside for the Review tab.</numerusform>
            <numerusform>{n} records would have conflicts, kept aside for the Review tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {n} file(s)</source>
        <translation>
            <numerusform>Import {n} file</numerusform>
            <numerusform>Import {n} files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {n} file(s)…</source>
        <translation>
            <numerusform>Importing {n} file…</numerusform>
            <numerusform>Importing {n} files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {n} of {total} file(s).</source>
        <translation>
            <numerusform>Imported {n} of {total} file.</numerusform>
            <numerusform>Imported {n} of {total} files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s) to follow up</source>
        <translation>
            <numerusform>Wrote {file}: {n} record to follow up</numerusform>
            <numerusform>Wrote {file}: {n} records to follow up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{row}, {scope}: {n} indicator(s)</source>
        <translation>
            <numerusform>{row}, {scope}: {n} indicator</numerusform>
            <numerusform>{row}, {scope}: {n} indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message numerus="yes">
        <source>{n} found</source>
        <translation>
            <numerusform>{n} found</numerusform>
            <numerusform>{n} found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s)</source>
        <translation>
            <numerusform>{n} record</numerusform>
            <numerusform>{n} records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>{n} backup(s) in the backups folder beside the inventory.</source>
        <translation>
            <numerusform>{n} backup in the backups folder beside the inventory.</numerusform>
            <numerusform>{n} backups in the backups folder beside the inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) in {folder}.</source>
        <translation>
            <numerusform>{n} backup in {folder}.</numerusform>
            <numerusform>{n} backups in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of them cannot be read and cannot be restored.</source>
        <translation>
            <numerusform>{n} of them cannot be read and cannot be restored.</numerusform>
            <numerusform>{n} of them cannot be read and cannot be restored.</numerusform>
        </translation>
    </message>
</context>
</TS>

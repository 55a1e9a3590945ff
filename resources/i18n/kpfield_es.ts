<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Select a cell of the heat map to assess its row for its country.</source>
        <translation>Seleccione una celda del mapa de calor para evaluar su fila para su país.</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Guardar evaluación</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Self-assessment: {row}, {country}, {period}</source>
        <translation>Autoevaluación: {row}, {country}, {period}</translation>
    </message>
    <message>
        <source>{description}
Basis: {basis}</source>
        <translation>{description}
Fundamento: {basis}</translation>
    </message>
    <message>
        <source>Earlier scores: {scores}</source>
        <translation>Calificaciones anteriores: {scores}</translation>
    </message>
    <message>
        <source>No earlier assessment.</source>
        <translation>Ninguna evaluación anterior.</translation>
    </message>
    <message>
        <source>Not assessed yet for this period.</source>
        <translation>Aún no evaluado para este período.</translation>
    </message>
    <message>
        <source>Saved {when} UTC</source>
        <translation>Guardada el {when} UTC</translation>
    </message>
    <message>
        <source>Choose A (best) to D.</source>
        <translation>Elija de A (la mejor) a D.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>File structure</source>
        <translation>Estructura del archivo</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Records against the audit log</source>
        <translation>Registros comparados con el registro de auditoría</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Puntos de control firmados</translation>
    </message>
    <message>
        <source>Check this inventory</source>
        <translation>Comprobar este inventario</translation>
    </message>
    <message>
        <source>{file} is sound: nothing was changed behind kpfield&apos;s back.</source>
        <translation>{file} está íntegro: nada se modificó fuera de kpfield.</translation>
    </message>
    <message>
        <source>{file}: problems found. Someone or something changed the file outside kpfield, or it is damaged. Bring back the latest good backup with File &gt; Restore from backup (the file as it is now is kept aside), or with &apos;kpfield restore&apos;.</source>
        <translation>{file}: se encontraron problemas. Alguien o algo modificó el archivo fuera de kpfield, o está dañado. Recupere la última copia de seguridad buena con Archivo &gt; Restaurar una copia de seguridad (el archivo tal como está ahora se conserva aparte), o con &apos;kpfield restore&apos;.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Could not be checked here</source>
        <translation>No se pudo comprobar aquí</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
</context>
<context>
    <name>CoordinatorReports</name>
    <message>
        <source>Wrote {file}: {title}</source>
        <translation>{file} escrito: {title}</translation>
    </message>
    <message>
        <source>No change recorded</source>
        <translation>Ningún cambio registrado</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Every change recorded since a day</source>
        <translation>Todos los cambios registrados desde un día</translation>
    </message>
    <message>
        <source>The last workbook of {officer}</source>
        <translation>El último libro de {officer}</translation>
    </message>
    <message>
        <source>a day, e.g. {example}, or a day and a UTC time: {example} 14:30</source>
        <translation>un día, p. ej. {example}, o un día y una hora UTC: {example} 14:30</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The records added, changed, deleted or brought back, with their names and the fields changed (as &apos;kpfield report changes&apos; writes them).</source>
        <translation>Los registros añadidos, modificados, eliminados o restablecidos, con sus nombres y los campos modificados (como los escribe &apos;kpfield report changes&apos;).</translation>
    </message>
    <message>
        <source>Changes of</source>
        <translation>Cambios de</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <source>Type the day the list starts from</source>
        <translation>Escriba el día a partir del cual empieza la lista</translation>
    </message>
    <message>
        <source>Since: {error}</source>
        <translation>Desde: {error}</translation>
    </message>
    <message>
        <source>Say where to write the workbook</source>
        <translation>Indique dónde guardar el libro</translation>
    </message>
    <message>
        <source>Wrote {file}: {names}</source>
        <translation>{file} escrito: {names}</translation>
    </message>
    <message>
        <source>No PDF: {why}</source>
        <translation>Sin PDF: {why}</translation>
    </message>
    <message>
        <source>Package to send</source>
        <translation>Paquete para enviar</translation>
    </message>
    <message>
        <source>a half-year such as 2026H1, or a year: 2026</source>
        <translation>un semestre como 2026H1, o un año: 2026</translation>
    </message>
    <message>
        <source>One zip named by region and period: the inventory workbook and its PDF (needs LibreOffice), what the period&apos;s imports brought, who sent what, and a README (as &apos;kpfield export package&apos; writes it).</source>
        <translation>Un solo zip con el nombre de la región y del período: el libro del inventario y su PDF (requiere LibreOffice), lo que trajeron las importaciones del período, quién envió qué, y un README (como lo escribe &apos;kpfield export package&apos;).</translation>
    </message>
    <message>
        <source>WGAAP region</source>
        <translation>Región del WGAAP</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Carpeta del paquete</translation>
    </message>
    <message>
        <source>Period: {error}</source>
        <translation>Período: {error}</translation>
    </message>
    <message>
        <source>Say which folder to write the package in</source>
        <translation>Indique en qué carpeta guardar el paquete</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>{n} person(s)</source>
        <translation>
            <numerusform>{n} persona</numerusform>
            <numerusform>{n} personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation(s)</source>
        <translation>
            <numerusform>{n} organización</numerusform>
            <numerusform>{n} organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} licence(s)</source>
        <translation>
            <numerusform>{n} licencia</numerusform>
            <numerusform>{n} licencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} site(s)</source>
        <translation>
            <numerusform>{n} sitio</numerusform>
            <numerusform>{n} sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} production record(s)</source>
        <translation>
            <numerusform>{n} registro de producción</numerusform>
            <numerusform>{n} registros de producción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} sale(s) or export(s)</source>
        <translation>
            <numerusform>{n} venta o exportación</numerusform>
            <numerusform>{n} ventas o exportaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} inspection(s)</source>
        <translation>
            <numerusform>{n} inspección</numerusform>
            <numerusform>{n} inspecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} self-assessment(s)</source>
        <translation>
            <numerusform>{n} autoevaluación</numerusform>
            <numerusform>{n} autoevaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s)</source>
        <translation>
            <numerusform>{n} registro</numerusform>
            <numerusform>{n} registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>No record selected</source>
        <translation>Ningún registro seleccionado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>{size_class}: {stones} stone(s), {carats} ct</source>
        <translation>{size_class}: {stones} piedra(s), {carats} ct</translation>
    </message>
    <message>
        <source>Size classes</source>
        <translation>Clases de tamaño</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>{when} UTC (version {version})</source>
        <translation>{when} UTC (versión {version})</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translation>Licencia {number}</translation>
    </message>
    <message>
        <source>Production of {date}: {carats} ct</source>
        <translation>Producción del {date}: {carats} ct</translation>
    </message>
    <message>
        <source>Export of {date}: {carats} ct</source>
        <translation>Exportación del {date}: {carats} ct</translation>
    </message>
    <message>
        <source>Sale of {date}: {carats} ct</source>
        <translation>Venta del {date}: {carats} ct</translation>
    </message>
    <message>
        <source>Inspection of {date}</source>
        <translation>Inspección del {date}</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Back to the Challenge matrix</source>
        <translation>Volver a la matriz de desafíos</translation>
    </message>
    <message>
        <source>Back to the Challenge matrix (Alt+Left)</source>
        <translation>Volver a la matriz de desafíos (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Previous flagged</source>
        <translation>Señalado anterior</translation>
    </message>
    <message>
        <source>Next flagged</source>
        <translation>Señalado siguiente</translation>
    </message>
    <message>
        <source>Flagged by “{indicator}” in {scope}, {period}: {n} {records}</source>
        <translation>Señalados por «{indicator}» en {scope}, {period}: {n} {records}</translation>
    </message>
    <message>
        <source>Why this record ({k} of {n}): {reason}</source>
        <translation>Por qué este registro ({k} de {n}): {reason}</translation>
    </message>
    <message>
        <source>The selected record is not one this indicator flagged.</source>
        <translation>El registro seleccionado no es uno de los que este indicador señala.</translation>
    </message>
    <message>
        <source>Select a record to see why it was flagged.</source>
        <translation>Seleccione un registro para ver por qué fue señalado.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>of {date} at {site}</source>
        <translation>del {date} en {site}</translation>
    </message>
    <message>
        <source>of {date}, {carats} ct</source>
        <translation>del {date}, {carats} ct</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>del {date}</translation>
    </message>
    <message>
        <source>adding {record}</source>
        <translation>la creación: {record}</translation>
    </message>
    <message>
        <source>edit of {record}</source>
        <translation>la edición: {record}</translation>
    </message>
    <message>
        <source>deletion of {record}</source>
        <translation>la eliminación: {record}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Not signed: {why}. It imports as unsigned.</source>
        <translation>No firmado: {why}. Se importará como no firmado.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Signed with this installation&apos;s key {fingerprint}</source>
        <translation>Firmado con la clave de esta instalación {fingerprint}</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key was made now: send your key file (kpfield identity --export) to your coordinator</source>
        <translation>La clave de firma de esta instalación se acaba de crear: envíe su archivo de clave (kpfield identity --export) a su coordinador</translation>
    </message>
    <message>
        <source>Accept workbooks altered after signing (written to the audit log)</source>
        <translation>Aceptar libros modificados después de la firma (queda anotado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>A signed workbook whose data or _about sheet changed after the officer exported it is refused. Tick this only when you know why it changed; each such import is recorded in the audit log.</source>
        <translation>Se rechaza un libro firmado si sus datos o su hoja _about cambiaron después de que el agente lo exportara. Marque esta casilla solo si sabe por qué cambió; cada importación de este tipo queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Officers&apos; keys</source>
        <translation>Claves de los agentes</translation>
    </message>
    <message>
        <source>Review ({n})</source>
        <translation>Revisar ({n})</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Wrote the blank template {file}</source>
        <translation>Se guardó la plantilla vacía {file}</translation>
    </message>
    <message>
        <source>Field workbook: this inventory&apos;s records for the coordinator or another kpfield</source>
        <translation>Libro de campo: los registros de este inventario para el coordinador u otro kpfield</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>all records; or only those changed since a date, e.g. {example}</source>
        <translation>todos los registros; o solo los modificados desde una fecha, p. ej. {example}</translation>
    </message>
    <message>
        <source>Export field workbook…</source>
        <translation>Exportar libro de campo…</translation>
    </message>
    <message>
        <source>Every record with its UUID, version and deletions, and an _about sheet (who, when, row counts, a SHA-256 of the data), so the receiver merges it without duplicates.</source>
        <translation>Cada registro con su UUID, su versión y sus eliminaciones, y una hoja _about (quién, cuándo, número de filas, un SHA-256 de los datos), para que el destinatario lo fusione sin duplicados.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modificados desde</translation>
    </message>
    <message>
        <source>Blank template: the same sheets, empty, for an officer without kpfield</source>
        <translation>Plantilla vacía: las mismas hojas, sin datos, para un agente que no tiene kpfield</translation>
    </message>
    <message>
        <source>Write blank template…</source>
        <translation>Crear plantilla vacía…</translation>
    </message>
    <message>
        <source>Headers in the officer&apos;s language, drop-down lists, date and number checks, and an instructions sheet. Import the filled workbook on the Import tab.</source>
        <translation>Encabezados en el idioma del agente, listas desplegables, controles de fechas y números, y una hoja de instrucciones. Importe el libro completado en la pestaña Importar.</translation>
    </message>
    <message>
        <source>Headers in</source>
        <translation>Encabezados en</translation>
    </message>
    <message>
        <source>Submissions: who has sent what, and who is late</source>
        <translation>Envíos: quién envió qué, y quién está atrasado</translation>
    </message>
    <message>
        <source>Write submissions report…</source>
        <translation>Escribir el informe de envíos…</translation>
    </message>
    <message>
        <source>Per officer and district: the last workbook received, signed or not, its records and the production it covers; late: nothing received since the current half-year began.</source>
        <translation>Por agente y distrito: el último libro recibido, firmado o no, sus registros y la producción que cubre; atrasado: nada recibido desde el comienzo del semestre en curso.</translation>
    </message>
    <message>
        <source>What changed, and the package to send</source>
        <translation>Qué cambió, y el paquete para enviar</translation>
    </message>
    <message>
        <source>Write what changed…</source>
        <translation>Guardar lo que cambió…</translation>
    </message>
    <message>
        <source>Write package…</source>
        <translation>Guardar el paquete…</translation>
    </message>
    <message>
        <source>What an officer&apos;s last workbook brought, or every change since a day; and one zip for a WGAAP region and period: inventory workbook, PDF, imports, submissions and a README.</source>
        <translation>Lo que trajo el último libro de un agente, o todos los cambios desde un día; y un solo zip para una región del WGAAP y un período: libro del inventario, PDF, importaciones, envíos y un README.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date kpfield can read: type it as 2026-01-31 or 31/01/2026</source>
        <translation>&apos;{text}&apos; no es una fecha que kpfield pueda leer: escríbala como 31/01/2026 o 2026-01-31</translation>
    </message>
    <message>
        <source>Export field workbook</source>
        <translation>Exportar libro de campo</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Write blank template</source>
        <translation>Crear plantilla vacía</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Creando la plantilla…</translation>
    </message>
    <message>
        <source>Write submissions report</source>
        <translation>Escribir el informe de envíos</translation>
    </message>
    <message>
        <source>Writing the submissions report…</source>
        <translation>Escribiendo el informe de envíos…</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} officers, {late} late for {half}</source>
        <translation>{file} escrito: {n} agentes, {late} atrasados para {half}</translation>
    </message>
    <message>
        <source>Late: {names}</source>
        <translation>Atrasados: {names}</translation>
    </message>
    <message>
        <source>Writing what changed…</source>
        <translation>Guardando lo que cambió…</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Guardando el paquete…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s)</source>
        <translation>
            <numerusform>Se guardó {file}: {n} registro</numerusform>
            <numerusform>Se guardó {file}: {n} registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Data SHA-256 {sha256}</source>
        <translation>SHA-256 de los datos: {sha256}</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written</source>
        <translation>Cancelado; no se guardó ningún archivo</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>New inventory</source>
        <translation>Nuevo inventario</translation>
    </message>
    <message>
        <source>Your name, country and district are those of the inventory open now; change them if this one is for another place, and choose where to keep it.</source>
        <translation>Su nombre, país y distrito son los del inventario abierto; cámbielos si este es para otro lugar y elija dónde guardarlo.</translation>
    </message>
    <message>
        <source>Welcome to kpfield</source>
        <translation>Bienvenido a kpfield</translation>
    </message>
    <message>
        <source>Before you record anything: your language, your name (it goes into the audit log with every change), your country and district, and where to keep the inventory.</source>
        <translation>Antes de registrar nada, indique: su idioma, su nombre (figura en el registro de auditoría con cada cambio), su país y su distrito, y dónde guardar el inventario.</translation>
    </message>
    <message>
        <source>e.g. Fatmata Sesay</source>
        <translation>p. ej. Fatmata Sesay</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Su nombre *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / municipio</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>Archivo del inventario</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>Inventarios</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>kpfield: first run</source>
        <translation>kpfield: primer inicio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FlaggedRecordsModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Motivo</translation>
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
        <translation>Seleccione una celda del mapa de calor para ver la huella de su ámbito.</translation>
    </message>
    <message>
        <source>{size}: {share} of carats</source>
        <translation>{size}: {share} de los quilates</translation>
    </message>
    <message>
        <source>{size}: {share} of stones</source>
        <translation>{size}: {share} de las piedras</translation>
    </message>
    <message>
        <source>in the reference: {share}</source>
        <translation>en la referencia: {share}</translation>
    </message>
    <message>
        <source>No production with size classes in {scope}.</source>
        <translation>No hay producción con clases de tamaño en {scope}.</translation>
    </message>
    <message>
        <source>Share of carats per size class: {scope}</source>
        <translation>Proporción de quilates por clase de tamaño: {scope}</translation>
    </message>
    <message>
        <source>Share of stones per size class: {scope}</source>
        <translation>Proporción de piedras por clase de tamaño: {scope}</translation>
    </message>
    <message>
        <source>{period}: {stones} stones, {carats} ({records} records)</source>
        <translation>{period}: {stones} piedras, {carats} ({records} registros)</translation>
    </message>
    <message>
        <source>{period}: {stones} stones, {carats}</source>
        <translation>{period}: {stones} piedras, {carats}</translation>
    </message>
    <message>
        <source>reference {period}: {stones} stones, {carats} ({records} records)</source>
        <translation>referencia {period}: {stones} piedras, {carats} ({records} registros)</translation>
    </message>
    <message>
        <source>reference {period}: {stones} stones, {carats}</source>
        <translation>referencia {period}: {stones} piedras, {carats}</translation>
    </message>
    <message>
        <source>no reference: no production in the earlier half-years</source>
        <translation>sin referencia: no hay producción en los semestres anteriores</translation>
    </message>
    <message>
        <source>Too few stones to compare with its history: {stones} in {period}, {before} before ({n} needed in each).</source>
        <translation>Demasiado pocas piedras para comparar con el historial: {stones} en {period}, {before} antes (se necesitan {n} en cada uno).</translation>
    </message>
    <message>
        <source>In {period} the stones are about the same as in its history ({before}).</source>
        <translation>En {period}, las piedras son más o menos como en el historial ({before}).</translation>
    </message>
    <message>
        <source>In {period} the stones are smaller than in its history ({before}): fewer large stones.</source>
        <translation>En {period}, las piedras son más pequeñas que en el historial ({before}): menos piedras grandes.</translation>
    </message>
    <message>
        <source>In {period} the stones are larger than in its history ({before}): more large stones.</source>
        <translation>En {period}, las piedras son más grandes que en el historial ({before}): más piedras grandes.</translation>
    </message>
    <message>
        <source>In {period} the stones differ from its history ({before}), but are not smaller or larger overall.</source>
        <translation>En {period}, las piedras difieren del historial ({before}), sin ser en conjunto más pequeñas ni más grandes.</translation>
    </message>
    <message>
        <source>more {size} stones ({share} against {before})</source>
        <translation>más piedras {size} ({share} frente a {before})</translation>
    </message>
    <message>
        <source>fewer {size} stones ({share} against {before})</source>
        <translation>menos piedras {size} ({share} frente a {before})</translation>
    </message>
    <message>
        <source>Changed the most: {changes}.</source>
        <translation>Lo que más cambió: {changes}.</translation>
    </message>
    <message>
        <source>Production jumped: {carats} in {period}, {ratio} times its usual half-year ({mean}).</source>
        <translation>La producción se disparó: {carats} en {period}, {ratio} veces un semestre habitual ({mean}).</translation>
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation>Chi-cuadrado sobre el número de piedras: {chi2} con {dof} grados de libertad, p = {p}</translation>
    </message>
    <message>
        <source>Chi-square: not computed (fewer than {n} stones in the period or the reference)</source>
        <translation>Chi-cuadrado: no calculado (menos de {n} piedras en el período o en la referencia)</translation>
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones, {carats} on carats (0 the same profile, 1 nothing in common)</source>
        <translation>Distancia de variación total: {stones} en piedras, {carats} en quilates (0 = mismo perfil, 1 = nada en común)</translation>
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones (0 the same profile, 1 nothing in common)</source>
        <translation>Distancia de variación total: {stones} en piedras (0 = mismo perfil, 1 = nada en común)</translation>
    </message>
    <message>
        <source>Production jump: no earlier half-year to compare {carats} with</source>
        <translation>Salto de producción: no hay ningún semestre anterior con el que comparar {carats}</translation>
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): a JUMP</source>
        <translation>Salto de producción: {carats} frente a una media de {mean} en {n} semestre(s) anterior(es), x{ratio} (umbral x{threshold}): HAY SALTO</translation>
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): no jump</source>
        <translation>Salto de producción: {carats} frente a una media de {mean} en {n} semestre(s) anterior(es), x{ratio} (umbral x{threshold}): sin salto</translation>
    </message>
</context>
<context>
    <name>FootprintPanel</name>
    <message>
        <source>No scope selected</source>
        <translation>Ningún ámbito seleccionado</translation>
    </message>
    <message>
        <source>or a site code…</source>
        <translation>o un código de sitio…</translation>
    </message>
    <message>
        <source>Share of carats</source>
        <translation>Proporción de quilates</translation>
    </message>
    <message>
        <source>Share of stones</source>
        <translation>Proporción de piedras</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>The chi-square test, the distance between the profiles and the jump test</source>
        <translation>La prueba de ji cuadrado, la distancia entre los perfiles y la prueba de salto</translation>
    </message>
    <message>
        <source>No site with code &apos;{code}&apos; in this inventory.</source>
        <translation>No hay ningún sitio con el código &apos;{code}&apos; en este inventario.</translation>
    </message>
    <message>
        <source>Footprint: {kind} {scope}</source>
        <translation>Huella: {kind} {scope}</translation>
    </message>
    <message>
        <source>Computing the footprint…</source>
        <translation>Calculando la huella…</translation>
    </message>
    <message>
        <source>No production with size classes for {scope}.</source>
        <translation>No hay producción con clases de tamaño para {scope}.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>kpfield guide</source>
        <translation>Guía de kpfield</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>self-assessed {score}</source>
        <translation>autoevaluación {score}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>No automatic indicator: carried by the self-assessment alone</source>
        <translation>Sin indicador automático: se basa solo en la autoevaluación</translation>
    </message>
    <message>
        <source>{status} ({n} of {total} indicators)</source>
        <translation>{status} ({n} de {total} indicadores)</translation>
    </message>
    <message>
        <source>Self-assessed {score}: {meaning}</source>
        <translation>Autoevaluación {score}: {meaning}</translation>
    </message>
    <message>
        <source>Double-click or press Enter: the self-assessment of this row</source>
        <translation>Haga doble clic o pulse Intro: la autoevaluación de esta fila</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>REFUSED: nothing will be written</source>
        <translation>RECHAZADO: no se guardará nada</translation>
    </message>
    <message>
        <source>REFUSED: nothing written</source>
        <translation>RECHAZADO: no se guardó nada</translation>
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing will be written</source>
        <translation>RECHAZADO ({n} problema(s)): no se guardará nada</translation>
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing written</source>
        <translation>RECHAZADO ({n} problema(s)): no se guardó nada</translation>
    </message>
    <message>
        <source>accepted (preview)</source>
        <translation>aceptado (vista previa)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>Not signed: no officer or key to show</source>
        <translation>Sin firma: ningún agente ni clave que mostrar</translation>
    </message>
    <message>
        <source>Changed after it was signed</source>
        <translation>Modificado después de firmado</translation>
    </message>
    <message>
        <source>Signed by: this installation</source>
        <translation>Firmado por: esta instalación</translation>
    </message>
    <message>
        <source>Signed by: {officer}</source>
        <translation>Firmado por: {officer}</translation>
    </message>
    <message>
        <source>Signed by: a key no officer registered in this inventory</source>
        <translation>Firmado por: una clave que ningún agente registró en este inventario</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Huella de la clave: {fingerprint}</translation>
    </message>
    <message>
        <source>Check that it is a field workbook or a filled template</source>
        <translation>Verifique que sea un libro de campo o una plantilla completada</translation>
    </message>
    <message>
        <source>… {n} more problems</source>
        <translation>… {n} problemas más</translation>
    </message>
    <message>
        <source>Choose workbooks…</source>
        <translation>Elegir libros…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose one or more field workbooks or filled templates. kpfield first shows what the import would do; nothing is written until you press Import. A file with any refused row is not imported at all.</source>
        <translation>Elija uno o varios libros de campo o plantillas completadas. kpfield muestra primero lo que haría la importación; no se guarda nada hasta que usted presione Importar. Un archivo con alguna fila rechazada no se importa en absoluto.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Refused rows and other problems</source>
        <translation>Filas rechazadas y otros problemas</translation>
    </message>
    <message>
        <source>Choose workbooks to import</source>
        <translation>Elija los libros que desea importar</translation>
    </message>
    <message numerus="yes">
        <source>Checking {n} file(s)…</source>
        <translation>
            <numerusform>Verificando {n} archivo…</numerusform>
            <numerusform>Verificando {n} archivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: nothing has been written yet. {n} file(s) can be imported.</source>
        <translation>
            <numerusform>Vista previa: todavía no se ha guardado nada. Se puede importar {n} archivo.</numerusform>
            <numerusform>Vista previa: todavía no se ha guardado nada. Se pueden importar {n} archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} file(s) REFUSED: nothing from them will be written; their problems are listed below.</source>
        <translation>
            <numerusform>{n} archivo RECHAZADO: no se guardará nada de él; sus problemas se enumeran abajo.</numerusform>
            <numerusform>{n} archivos RECHAZADOS: no se guardará nada de ellos; sus problemas se enumeran abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s) would have conflicts, kept aside for the Review tab.</source>
        <translation>
            <numerusform>{n} registro tendría conflictos; se deja aparte para la pestaña Revisar.</numerusform>
            <numerusform>{n} registros tendrían conflictos; se dejan aparte para la pestaña Revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {n} file(s)</source>
        <translation>
            <numerusform>Importar {n} archivo</numerusform>
            <numerusform>Importar {n} archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused rows and other problems: {n}</source>
        <translation>Filas rechazadas y otros problemas: {n}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <source>Import cancelled; the inventory is unchanged.</source>
        <translation>Importación cancelada; el inventario no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Importing {n} file(s)…</source>
        <translation>
            <numerusform>Importando {n} archivo…</numerusform>
            <numerusform>Importando {n} archivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {n} of {total} file(s).</source>
        <translation>
            <numerusform>Se importó {n} de {total} archivo.</numerusform>
            <numerusform>Se importaron {n} de {total} archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup taken before the import: {path}</source>
        <translation>Copia de seguridad hecha antes de la importación: {path}</translation>
    </message>
    <message>
        <source>Some files were refused at import; nothing from them was written.</source>
        <translation>Algunos archivos se rechazaron al importar; no se guardó nada de ellos.</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>No importado: {error}</translation>
    </message>
    <message>
        <source>The preview failed: {error}</source>
        <translation>La vista previa falló: {error}</translation>
    </message>
    <message>
        <source>Import cancelled; files imported before the cancel stay imported, the others were not</source>
        <translation>Importación cancelada; los archivos importados antes de cancelar siguen importados, los demás no se importaron</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was written</source>
        <translation>Vista previa cancelada; no se guardó nada</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Production without a valid licence</source>
        <translation>Producción sin licencia vigente</translation>
    </message>
    <message>
        <source>Expired licences still producing</source>
        <translation>Licencias vencidas que siguen produciendo</translation>
    </message>
    <message>
        <source>Workers registered as diggers</source>
        <translation>Trabajadores registrados como mineros</translation>
    </message>
    <message>
        <source>Active sites with a GPS point</source>
        <translation>Sitios activos con punto GPS</translation>
    </message>
    <message>
        <source>Sites mapped outside their country</source>
        <translation>Sitios ubicados fuera de su país</translation>
    </message>
    <message>
        <source>Sites outside their licence area</source>
        <translation>Sitios fuera del área de su licencia</translation>
    </message>
    <message>
        <source>Licence areas that overlap</source>
        <translation>Áreas de licencia superpuestas</translation>
    </message>
    <message>
        <source>Sites not inspected for a year</source>
        <translation>Sitios sin inspección desde hace un año</translation>
    </message>
    <message>
        <source>Sites with months not recorded</source>
        <translation>Sitios con meses sin registrar</translation>
    </message>
    <message>
        <source>Incomplete production records</source>
        <translation>Registros de producción incompletos</translation>
    </message>
    <message>
        <source>Production entered late</source>
        <translation>Producción ingresada tarde</translation>
    </message>
    <message>
        <source>Sold to unlicensed buyers</source>
        <translation>Vendido a compradores sin licencia</translation>
    </message>
    <message>
        <source>Dealers buying without a valid licence</source>
        <translation>Comerciantes que compran sin licencia vigente</translation>
    </message>
    <message>
        <source>Dealers&apos; sales against their purchases</source>
        <translation>Ventas de los comerciantes frente a sus compras</translation>
    </message>
    <message>
        <source>Exports without a KP certificate</source>
        <translation>Exportaciones sin certificado PK</translation>
    </message>
    <message>
        <source>Unusual prices per carat</source>
        <translation>Precios por quilate inusuales</translation>
    </message>
    <message>
        <source>Sites whose stones changed</source>
        <translation>Sitios cuyas piedras cambiaron</translation>
    </message>
    <message>
        <source>Buying offices whose purchases jumped</source>
        <translation>Oficinas de compra cuyas compras se dispararon</translation>
    </message>
    <message>
        <source>Active sites reporting production</source>
        <translation>Sitios activos que declaran producción</translation>
    </message>
    <message>
        <source>Production entered on time</source>
        <translation>Producción ingresada a tiempo</translation>
    </message>
    <message>
        <source>Inspections per inspector</source>
        <translation>Inspecciones por inspector</translation>
    </message>
    <message>
        <source>Active sites per inspector</source>
        <translation>Sitios activos por inspector</translation>
    </message>
    <message>
        <source>Value: {value} ({numerator} / {denominator}), {status}</source>
        <translation>Valor: {value} ({numerator} / {denominator}), {status}</translation>
    </message>
    <message>
        <source>Thresholds: {thresholds}</source>
        <translation>Umbrales: {thresholds}</translation>
    </message>
    <message>
        <source>How it is computed: {how}</source>
        <translation>Cómo se calcula: {how}</translation>
    </message>
    <message>
        <source>Flagged: {n} {records}</source>
        <translation>Señalados: {n} {records}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>InventoryExportDialog</name>
    <message>
        <source>{workbook} and {pdf}</source>
        <translation>{workbook} y {pdf}</translation>
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation>Exportar libro del inventario</translation>
    </message>
    <message>
        <source>Every country in this inventory</source>
        <translation>Todos los países de este inventario</translation>
    </message>
    <message>
        <source>WGAAP region: {region}</source>
        <translation>Región WGAAP: {region}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>País: {country}</translation>
    </message>
    <message>
        <source>first day, e.g. {example} (empty: from the first production)</source>
        <translation>primer día, p. ej. {example} (vacío: desde la primera producción)</translation>
    </message>
    <message>
        <source>last day, e.g. {example} (empty: to the last production)</source>
        <translation>último día, p. ej. {example} (vacío: hasta la última producción)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Also print the Summary, the Trends, the Challenge matrix, its indicators and the footprints to PDF (needs LibreOffice)</source>
        <translation>Imprimir también en PDF el Resumen, las Tendencias, la Matriz de desafíos, sus indicadores y las huellas (requiere LibreOffice)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Inventory workbook</source>
        <translation>Libro del inventario</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
    <message>
        <source>To is before From</source>
        <translation>«Hasta» es anterior a «Desde»</translation>
    </message>
    <message>
        <source>Say where to write the workbook</source>
        <translation>Indique dónde guardar el libro</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{task} (cancelling…)</source>
        <translation>{task} (cancelando…)</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Officer key files</source>
        <translation>Archivos de clave de agente</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Export my key file…</source>
        <translation>Exportar mi archivo de clave…</translation>
    </message>
    <message>
        <source>Write this installation&apos;s public key to a file for your coordinator. It holds no secret: the private key never leaves this computer&apos;s data folder.</source>
        <translation>Escribir la clave pública de esta instalación en un archivo para su coordinador. No contiene ningún secreto: la clave privada nunca sale de la carpeta de datos de esta computadora.</translation>
    </message>
    <message>
        <source>Register an officer&apos;s key file…</source>
        <translation>Registrar el archivo de clave de un agente…</translation>
    </message>
    <message>
        <source>Record an officer&apos;s key in this inventory (the audit log keeps it), so that the workbooks the officer signs import as signed by a registered officer.</source>
        <translation>Registrar la clave de un agente en este inventario (el registro de auditoría la guarda), para que los libros que el agente firma se importen como firmados por un agente registrado.</translation>
    </message>
    <message>
        <source>Officers&apos; keys registered in this inventory</source>
        <translation>Claves de agentes registradas en este inventario</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <source>This installation ({officer}, {country}) signs its field workbooks with the key whose fingerprint is {fingerprint}. Read it to your coordinator when you send your key file.</source>
        <translation>Esta instalación ({officer}, {country}) firma sus libros de campo con la clave cuya huella es {fingerprint}. Léasela a su coordinador cuando le envíe su archivo de clave.</translation>
    </message>
    <message>
        <source>This installation ({officer}, {country}) has no signing key yet: one is made when you export your key file or your first field workbook.</source>
        <translation>Esta instalación ({officer}, {country}) aún no tiene clave de firma: se crea cuando exporta su archivo de clave o su primer libro de campo.</translation>
    </message>
    <message>
        <source>Export my key file</source>
        <translation>Exportar mi archivo de clave</translation>
    </message>
    <message>
        <source>The key file was not written: {reason}</source>
        <translation>El archivo de clave no se escribió: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}. Send it to your coordinator, and read them the fingerprint {fingerprint} over the phone so they can check they registered the right key.</source>
        <translation>Se escribió {path}. Envíelo a su coordinador y léale la huella {fingerprint} por teléfono para que verifique que registró la clave correcta.</translation>
    </message>
    <message>
        <source>Register an officer&apos;s key file</source>
        <translation>Registrar el archivo de clave de un agente</translation>
    </message>
    <message>
        <source>The key was not registered: {reason}</source>
        <translation>La clave no se registró: {reason}</translation>
    </message>
    <message>
        <source>{path} holds this installation&apos;s own key: its workbooks are already recognised.</source>
        <translation>{path} contiene la clave propia de esta instalación: sus libros ya se reconocen.</translation>
    </message>
    <message>
        <source>This key is already registered, for {officer} (fingerprint {fingerprint}); nothing changed.</source>
        <translation>Esta clave ya está registrada, para {officer} (huella {fingerprint}); no cambió nada.</translation>
    </message>
    <message>
        <source>Registered the key of {officer} ({country}), fingerprint {fingerprint}. Compare it with the fingerprint the officer reads to you before you trust the workbooks it signs.</source>
        <translation>Se registró la clave de {officer} ({country}), huella {fingerprint}. Compárela con la huella que el agente le lee antes de confiar en los libros que firma.</translation>
    </message>
    <message>
        <source>Imports already made with this key now show a registered officer: {n}.</source>
        <translation>Importaciones ya hechas con esta clave que ahora muestran un agente registrado: {n}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Challenge matrix</source>
        <translation>Matriz de desafíos</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Undo not possible</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Check this inventory…</source>
        <translation>Comprobar este inventario…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Export inventory workbook…</source>
        <translation>Exportar libro del inventario…</translation>
    </message>
    <message>
        <source>Open inventory…</source>
        <translation>Abrir inventario…</translation>
    </message>
    <message>
        <source>New inventory…</source>
        <translation>Nuevo inventario…</translation>
    </message>
    <message>
        <source>About kpfield</source>
        <translation>Acerca de kpfield</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Recent inventories</source>
        <translation>Inventarios recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Inventory: {name}</source>
        <translation>Inventario: {name}</translation>
    </message>
    <message>
        <source>Officer: {officer} ({where})</source>
        <translation>Agente: {officer} ({where})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>Backing up the inventory…</source>
        <translation>Haciendo copia de seguridad del inventario…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>The backup could not be written: {message}</source>
        <translation>No se pudo guardar la copia de seguridad: {message}</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup file was written</source>
        <translation>Copia de seguridad cancelada; no se guardó ningún archivo de copia</translation>
    </message>
    <message>
        <source>Checking every record against the audit log…</source>
        <translation>Comprobando cada registro con el registro de auditoría…</translation>
    </message>
    <message>
        <source>Check this inventory</source>
        <translation>Comprobar este inventario</translation>
    </message>
    <message>
        <source>Writing the inventory workbook…</source>
        <translation>Guardando el libro del inventario…</translation>
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation>Exportar libro del inventario</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>The inventory workbook was not written: {message}</source>
        <translation>No se guardó el libro del inventario: {message}</translation>
    </message>
    <message>
        <source>Export cancelled; no workbook was written</source>
        <translation>Exportación cancelada; no se guardó ningún libro</translation>
    </message>
    <message>
        <source>Open inventory</source>
        <translation>Abrir inventario</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>Inventarios</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Field inventories of artisanal and alluvial diamond mining for the Kimberley Process Working Group of Artisanal Alluvial Producers.</source>
        <translation>Inventarios de campo de la minería artesanal y aluvial de diamantes para el Grupo de Trabajo de Productores Artesanales y Aluviales del Proceso de Kimberley.</translation>
    </message>
    <message>
        <source>Installation: {origin}</source>
        <translation>Instalación: {origin}</translation>
    </message>
    <message>
        <source>Cannot open the inventory</source>
        <translation>No se puede abrir el inventario</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the backup and copying it…</source>
        <translation>Verificando la copia de seguridad y copiándola…</translation>
    </message>
    <message>
        <source>The inventory was not restored and is as it was: {message}</source>
        <translation>El inventario no se ha restaurado y sigue como estaba: {message}</translation>
    </message>
    <message>
        <source>Restore cancelled; the inventory was not changed</source>
        <translation>Restauración cancelada; el inventario no se ha modificado</translation>
    </message>
    <message>
        <source>Restored {name} from the backup {backup}.</source>
        <translation>{name} se ha restaurado a partir de la copia de seguridad {backup}.</translation>
    </message>
    <message>
        <source>The inventory as it was before is kept as {kept}: open it from there if needed.</source>
        <translation>El inventario tal como estaba antes se conserva como {kept}: ábralo desde ahí si hace falta.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>outside the country</source>
        <translation>fuera del país</translation>
    </message>
    <message>
        <source>active without a valid licence</source>
        <translation>activo sin licencia válida</translation>
    </message>
    <message>
        <source>not inspected in the last year</source>
        <translation>no inspeccionado en el último año</translation>
    </message>
    <message>
        <source>Search sites by code, name or village</source>
        <translation>Buscar sitios por código, nombre o aldea</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Mapa completo</translation>
    </message>
    <message>
        <source>Show GPS tracks…</source>
        <translation>Mostrar tracks GPS…</translation>
    </message>
    <message>
        <source>Draw the tracks of a GPX file: the route of a day&apos;s work</source>
        <translation>Dibujar los tracks de un archivo GPX: el recorrido de un día de trabajo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>As filtered in Sites</source>
        <translation>Filtrado como en Sitios</translation>
    </message>
    <message>
        <source>Show only the sites that the Sites page&apos;s search and filters keep (status, district...), and follow them as they change</source>
        <translation>Mostrar solo los sitios que la búsqueda y los filtros de la página Sitios conservan (estado, distrito...), y seguirlos cuando cambian</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>Abrir el sitio</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>Show GPS tracks</source>
        <translation>Mostrar tracks GPS</translation>
    </message>
    <message>
        <source>GPX files (*.gpx)</source>
        <translation>Archivos GPX (*.gpx)</translation>
    </message>
    <message>
        <source>tracks of {file}: {points} points</source>
        <translation>tracks de {file}: {points} puntos</translation>
    </message>
    <message>
        <source>{shown} sites on the map, {without} without a GPS point, {areas} licence areas</source>
        <translation>{shown} sitios en el mapa, {without} sin punto GPS, {areas} áreas de licencia</translation>
    </message>
    <message>
        <source>As filtered in Sites: {counts}</source>
        <translation>Filtrado como en Sitios: {counts}</translation>
    </message>
    <message>
        <source>What the list selected is not on this map: choose All sites in Show, or untick As filtered in Sites.</source>
        <translation>Lo que la lista seleccionó no está en este mapa: elija Todos los sitios en Mostrar, o desmarque Filtrado como en Sitios.</translation>
    </message>
    <message>
        <source>Click a site on the map to see it here.</source>
        <translation>Haga clic en un sitio del mapa para verlo aquí.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Vencimiento de la licencia</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Última inspección</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{n} sites selected; the last one picked:</source>
        <translation>{n} sitios seleccionados; el último elegido:</translation>
    </message>
    <message>
        <source>licence area</source>
        <translation>área de licencia</translation>
    </message>
    <message>
        <source>district: outline of its sites</source>
        <translation>distrito: contorno de sus sitios</translation>
    </message>
</context>
<context>
    <name>MapRender</name>
    <message>
        <source>{sites} sites with a GPS point, {areas} licence areas · kpfield {version}</source>
        <translation>{sites} sitios con punto GPS, {areas} áreas de licencia · kpfield {version}</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>no se ha podido escribir la imagen</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>{district} (outline of its sites)</source>
        <translation>{district} (contorno de sus sitios)</translation>
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
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>parcialmente cumplido</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>desafío</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>buying office</source>
        <translation>oficina de compra</translation>
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation>Matriz de desafíos</translation>
    </message>
    <message>
        <source>The half-year evaluated (KP statistics are half-yearly)</source>
        <translation>El semestre evaluado (las estadísticas del Proceso de Kimberley son semestrales)</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Por distrito</translation>
    </message>
    <message>
        <source>One column per district of the chosen countries</source>
        <translation>Una columna por distrito de los países elegidos</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Follow-up list…</source>
        <translation>Lista de seguimiento…</translation>
    </message>
    <message>
        <source>A workbook of every record the indicators flag in the selected column&apos;s district or country, for the inspectors who visit them</source>
        <translation>Un libro con cada registro que los indicadores señalan en el distrito o país de la columna elegida, para los inspectores que los visitan</translation>
    </message>
    <message>
        <source>A workbook of what an officer&apos;s last workbook brought, or of every change since a day</source>
        <translation>Un libro con lo que trajo el último libro de un agente, o con todos los cambios desde un día</translation>
    </message>
    <message>
        <source>One zip to send for a WGAAP region and the period shown: inventory workbook, PDF, imports, submissions and a README</source>
        <translation>Un solo zip para enviar para una región del WGAAP y el período mostrado: libro del inventario, PDF, importaciones, envíos y un README</translation>
    </message>
    <message>
        <source>Select a cell to see its indicators and the records they flag.</source>
        <translation>Seleccione una celda para ver sus indicadores y los registros que estos señalan.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the record in its page</source>
        <translation>Haga doble clic o presione Enter para abrir el registro en su página</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the records this indicator flags</source>
        <translation>Haga doble clic o pulse Intro para abrir los registros que este indicador señala</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>The challenge matrix cannot be read: {error}</source>
        <translation>No se puede leer la matriz de desafíos: {error}</translation>
    </message>
    <message>
        <source>All countries in this inventory</source>
        <translation>Todos los países de este inventario</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Región: {region}</translation>
    </message>
    <message>
        <source>Nothing to evaluate: this inventory has no sites yet.</source>
        <translation>Nada que evaluar: este inventario todavía no tiene sitios.</translation>
    </message>
    <message>
        <source>Evaluating {period}, districts: {n}…</source>
        <translation>Evaluando {period}, distritos: {n}…</translation>
    </message>
    <message>
        <source>Evaluating {period}, countries: {n}…</source>
        <translation>Evaluando {period}, países: {n}…</translation>
    </message>
    <message>
        <source>Evaluation cancelled; the heat map shows the last evaluation.</source>
        <translation>Evaluación cancelada; el mapa de calor muestra la última evaluación.</translation>
    </message>
    <message>
        <source>{task} {seconds} s</source>
        <translation>{task} {seconds} s</translation>
    </message>
    <message>
        <source>{period}, matrix version {version}: {challenge} challenge, {partly_met} partly met, {met} met cells</source>
        <translation>{period}, versión de la matriz {version}: {challenge} celdas con desafío, {partly_met} parcialmente cumplidas, {met} cumplidas</translation>
    </message>
    <message>
        <source>Evaluated in {seconds} s</source>
        <translation>Evaluado en {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s) to follow up</source>
        <translation>
            <numerusform>{file} escrito: {n} registro que seguir</numerusform>
            <numerusform>{file} escrito: {n} registros que seguir</numerusform>
        </translation>
    </message>
    <message>
        <source>The evaluation failed: {error}</source>
        <translation>La evaluación falló: {error}</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Show or fold away the self-assessment and footprint panel (F9)</source>
        <translation>Mostrar u ocultar el panel de la autoevaluación y de la huella (F9)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>What changed, and one zip to send for a WGAAP region and the period shown</source>
        <translation>Qué cambió, y un solo zip para enviar para una región del WGAAP y el período mostrado</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>Qué cambió…</translation>
    </message>
    <message>
        <source>Package to send…</source>
        <translation>Paquete para enviar…</translation>
    </message>
    <message>
        <source>Write follow-up list</source>
        <translation>Escribir la lista de seguimiento</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>No escrito: {error}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>{row}, {scope}: {n} indicator(s)</source>
        <translation>
            <numerusform>{row}, {scope}: {n} indicador</numerusform>
            <numerusform>{row}, {scope}: {n} indicadores</numerusform>
        </translation>
    </message>
    <message>
        <source>{row}, {scope}: no automatic indicator; see the self-assessment</source>
        <translation>{row}, {scope}: ningún indicador automático; vea la autoevaluación</translation>
    </message>
    <message>
        <source>{records} flagged: {n} (double-click to open)</source>
        <translation>Registros señalados ({records}): {n} (doble clic para abrir)</translation>
    </message>
    <message>
        <source>Nothing flagged</source>
        <translation>Nada señalado</translation>
    </message>
    <message>
        <source>Why flagged: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>The footprint could not be computed: {error}</source>
        <translation>No se pudo calcular la huella: {error}</translation>
    </message>
    <message>
        <source>Records changed since this evaluation: press Evaluate to update it.</source>
        <translation>Hubo cambios en los registros desde esta evaluación: presione Evaluar para actualizarla.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Type the day first: 15/01/2026, 15.01.26 or 15 January 2026; or 2026-01-15</source>
        <translation>Escriba primero el día: 15/01/2026, 15.01.26 o 15 de enero de 2026; o 2026-01-15</translation>
    </message>
    <message>
        <source>{decimal} or {dms}</source>
        <translation>{decimal} o {dms}</translation>
    </message>
    <message>
        <source>type to find a person…</source>
        <translation>escriba para buscar una persona…</translation>
    </message>
    <message>
        <source>type to find an organisation…</source>
        <translation>escriba para buscar una organización…</translation>
    </message>
    <message>
        <source>type to find a licence…</source>
        <translation>escriba para buscar una licencia…</translation>
    </message>
    <message>
        <source>type to find a site…</source>
        <translation>escriba para buscar un sitio…</translation>
    </message>
    <message>
        <source>type to find a record…</source>
        <translation>escriba para buscar un registro…</translation>
    </message>
    <message>
        <source>Size classes (optional)</source>
        <translation>Clases de tamaño (opcional)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Piedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Totals: no size classes typed</source>
        <translation>Totales: no se escribió ninguna clase de tamaño</translation>
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: match the record</source>
        <translation>Totales: {stones} piedras, {carats} ct: coinciden con el registro</translation>
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: do not match the record&apos;s stones and carats</source>
        <translation>Totales: {stones} piedras, {carats} ct: no coinciden con las piedras y los quilates del registro</translation>
    </message>
    <message>
        <source>Edit: {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message>
        <source>New: {kind}</source>
        <translation>Nuevo registro: {kind}</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Abrir el registro existente</translation>
    </message>
    <message>
        <source>* required. Enter saves, Esc cancels.</source>
        <translation>* obligatorio. Enter guarda, Esc cancela.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{label}: choose one from the list (type part of its name, number or code)</source>
        <translation>{label}: elija un elemento de la lista (escriba parte de su nombre, número o código)</translation>
    </message>
    <message>
        <source>This record may already be there: &lt;b&gt;{name}&lt;/b&gt;, {reason}. You can still save a new record.</source>
        <translation>Puede que este registro ya exista: &lt;b&gt;{name}&lt;/b&gt;, {reason}. Aun así, puede guardar un registro nuevo.</translation>
    </message>
    <message>
        <source>(Other possible matches: {n}.)</source>
        <translation>(Otras posibles coincidencias: {n}.)</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>¿Descartar lo que ha escrito en este formulario?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>No se ha guardado nada de ello.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>Nueva licencia</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nuevo sitio</translation>
    </message>
    <message>
        <source>New production record</source>
        <translation>Nuevo registro de producción</translation>
    </message>
    <message>
        <source>New sale or export</source>
        <translation>Nueva venta o exportación</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Nueva inspección</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>Nueva autoevaluación</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All record kinds</source>
        <translation>Todos los tipos de registro</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>expires from</source>
        <translation>vence desde</translation>
    </message>
    <message>
        <source>expires to</source>
        <translation>vence hasta</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>fecha desde</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>fecha hasta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Search names, IDs, digger cards, villages…</source>
        <translation>Buscar nombres, identidades, tarjetas de minero, aldeas…</translation>
    </message>
    <message>
        <source>Search names, towns, registration numbers…</source>
        <translation>Buscar nombres, ciudades, números de registro…</translation>
    </message>
    <message>
        <source>Search licence numbers and holders…</source>
        <translation>Buscar números de licencia y titulares…</translation>
    </message>
    <message>
        <source>Search site codes, names, villages, licences…</source>
        <translation>Buscar códigos de sitio, nombres, aldeas, licencias…</translation>
    </message>
    <message>
        <source>Search sites, villages, licences, references…</source>
        <translation>Buscar sitios, aldeas, licencias, referencias…</translation>
    </message>
    <message>
        <source>Search licences, buyers, certificates, documents…</source>
        <translation>Buscar licencias, compradores, certificados, documentos…</translation>
    </message>
    <message>
        <source>Search officers, findings, sites, licences…</source>
        <translation>Buscar inspectores, hallazgos, sitios, licencias…</translation>
    </message>
    <message>
        <source>Type a date such as 01/07/2025 (day first) or 2025-07-01</source>
        <translation>Escriba una fecha como 01/07/2025 (el día primero) o 2025-07-01</translation>
    </message>
    <message>
        <source>Filter {filter}: {problem}. This filter is not applied.</source>
        <translation>Filtro «{filter}»: {problem}. Este filtro no se aplica.</translation>
    </message>
    <message numerus="yes">
        <source>{n} found</source>
        <translation>
            <numerusform>{n} encontrado</numerusform>
            <numerusform>{n} encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s)</source>
        <translation>
            <numerusform>{n} registro</numerusform>
            <numerusform>{n} registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the audit log and Undo brings it back.</source>
        <translation>¿Eliminar {record}? Queda en el registro de auditoría y Deshacer lo restablece.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{column}: not sortable in this large table (sort by carats instead)</source>
        <translation>{column}: no se puede ordenar en esta tabla grande (ordene por quilates)</translation>
    </message>
    <message>
        <source>{column}: not sortable (it belongs to another record)</source>
        <translation>{column}: no se puede ordenar (pertenece a otro registro)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The backups of {name}, newest first, at this computer&apos;s time. The backup you choose is checked, then replaces the inventory; the inventory as it is now is kept beside it.</source>
        <translation>Las copias de seguridad de {name}, de la más reciente a la más antigua, a la hora de este ordenador. La copia elegida se verifica y luego reemplaza el inventario; el inventario tal como está ahora se conserva al lado.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Otros registros</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de la copia</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>Listado cancelado.</translation>
    </message>
    <message>
        <source>{name} has no backups yet in {folder}.</source>
        <translation>{name} todavía no tiene copias de seguridad en {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) in the backups folder beside the inventory.</source>
        <translation>
            <numerusform>{n} copia de seguridad en la carpeta backups junto al inventario.</numerusform>
            <numerusform>{n} copias de seguridad en la carpeta backups junto al inventario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) in {folder}.</source>
        <translation>
            <numerusform>{n} copia de seguridad en {folder}.</numerusform>
            <numerusform>{n} copias de seguridad en {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of them cannot be read and cannot be restored.</source>
        <translation>
            <numerusform>{n} de ellas no se puede leer ni restaurar.</numerusform>
            <numerusform>{n} de ellas no se pueden leer ni restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable: damaged, or not a kpfield inventory</source>
        <translation>Ilegible: dañada, o no es un inventario kpfield</translation>
    </message>
    <message>
        <source>The backups could not be listed: {message}</source>
        <translation>No se pudieron listar las copias de seguridad: {message}</translation>
    </message>
    <message>
        <source>Replace {name} by the backup made on {when} ({file}: {holds})?

Everything saved since that backup will no longer be in the inventory. The inventory as it is now is not deleted: it is kept beside it as {name}.replaced-&lt;date&gt;, and can be opened again from there.</source>
        <translation>¿Reemplazar {name} por la copia de seguridad hecha el {when} ({file}: {holds})?

Todo lo guardado desde esa copia dejará de estar en el inventario. El inventario tal como está ahora no se borra: se conserva al lado como {name}.replaced-&lt;fecha&gt; y puede volver a abrirse desde ahí.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>{when} UTC, version {version}</source>
        <translation>{when} UTC, versión {version}</translation>
    </message>
    <message>
        <source>Open conflicts: the same field changed differently on both sides</source>
        <translation>Conflictos abiertos: el mismo campo se modificó de forma distinta en cada lado</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Ours (here)</source>
        <translation>Nuestro valor (aquí)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>Su valor (recibido)</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Valor de partida común</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modificado aquí por</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Conservar el nuestro</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <source>or type the right value</source>
        <translation>o escriba el valor correcto</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <source>Settled automatically: case, accents or spaces alone, to the most recent spelling</source>
        <translation>Resueltos automáticamente: solo mayúsculas, acentos o espacios, según la grafía más reciente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservada</translation>
    </message>
    <message>
        <source>Probable duplicates: two records that may be one</source>
        <translation>Duplicados probables: dos registros que pueden ser uno solo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Registro A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Registro B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Merge, keep A</source>
        <translation>Fusionar, conservar A</translation>
    </message>
    <message>
        <source>Merge, keep B</source>
        <translation>Fusionar, conservar B</translation>
    </message>
    <message>
        <source>Not the same: dismiss</source>
        <translation>No son el mismo: descartar</translation>
    </message>
    <message>
        <source>{side} ({file})</source>
        <translation>{side} ({file})</translation>
    </message>
    <message>
        <source>{label}: {kind} {record}, conflict {conflict} of {when} UTC</source>
        <translation>{label}: {kind} {record}, conflicto {conflict} del {when} UTC</translation>
    </message>
    <message>
        <source>received</source>
        <translation>la recibida</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>la nuestra</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Type the value to keep first, or choose Keep ours or Take theirs.</source>
        <translation>Escriba primero el valor que desea conservar, o elija «Conservar el nuestro» o «Tomar el suyo».</translation>
    </message>
    <message>
        <source>Not settled: {error}</source>
        <translation>No resuelto: {error}</translation>
    </message>
    <message>
        <source>Conflict settled ({field}): {result}</source>
        <translation>Conflicto resuelto ({field}): {result}</translation>
    </message>
    <message>
        <source>Not merged: {error}</source>
        <translation>No fusionado: {error}</translation>
    </message>
    <message>
        <source>Not dismissed: {error}</source>
        <translation>No descartado: {error}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start here</source>
        <translation>Empiece aquí</translation>
    </message>
    <message>
        <source>This inventory holds no records yet. Record who works and where first, then what they produce: production, sales and inspections refer to the persons, licences and sites. Or bring in what another officer recorded.</source>
        <translation>Este inventario aún no tiene registros. Registre primero quién trabaja y dónde, luego lo que produce: la producción, las ventas y las inspecciones se refieren a las personas, las licencias y los sitios. O traiga lo que registró otro funcionario.</translation>
    </message>
    <message>
        <source>Add the persons</source>
        <translation>Añadir las personas</translation>
    </message>
    <message>
        <source>Diggers, licence holders, buyers and exporters: name, village, national ID or digger card.</source>
        <translation>Mineros, titulares de licencias, compradores y exportadores: nombre, aldea, documento de identidad o tarjeta de minero.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Add the licences</source>
        <translation>Añadir las licencias</translation>
    </message>
    <message>
        <source>Each mining, buying or export licence with its holder (a person or an organisation), dates and status.</source>
        <translation>Cada licencia de explotación, compra o exportación con su titular (una persona o una organización), sus fechas y su estado.</translation>
    </message>
    <message>
        <source>Add a licence</source>
        <translation>Añadir una licencia</translation>
    </message>
    <message>
        <source>Add the mining sites</source>
        <translation>Añadir los sitios mineros</translation>
    </message>
    <message>
        <source>Where the digging is: village, coordinates and the licence the site works under.</source>
        <translation>Dónde se excava: aldea, coordenadas y la licencia con la que trabaja el sitio.</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Añadir un sitio</translation>
    </message>
    <message>
        <source>Or import a field workbook</source>
        <translation>O importar un libro de campo</translation>
    </message>
    <message>
        <source>A workbook exported by another officer&apos;s kpfield, or a template filled in by hand: previewed first, nothing written until you accept it.</source>
        <translation>Un libro exportado por el kpfield de otro funcionario, o una plantilla rellenada a mano: primero una vista previa, no se escribe nada hasta que lo acepte.</translation>
    </message>
    <message>
        <source>Import a field workbook</source>
        <translation>Importar un libro de campo</translation>
    </message>
    <message>
        <source>Just looking? Open the demo</source>
        <translation>¿Solo para ver? Abra la demostración</translation>
    </message>
    <message>
        <source>A small demo inventory (Sierra Leone) with realistic records, kept in its own file: this inventory stays as it is.</source>
        <translation>Un pequeño inventario de demostración (Sierra Leona) con registros realistas, en su propio archivo: este inventario queda como está.</translation>
    </message>
    <message>
        <source>Open the demo inventory</source>
        <translation>Abrir el inventario de demostración</translation>
    </message>
    <message>
        <source>Read the guide (F1)</source>
        <translation>Leer la guía (F1)</translation>
    </message>
    <message>
        <source>Open another inventory…</source>
        <translation>Abrir otro inventario…</translation>
    </message>
    <message>
        <source>Making the demo inventory…</source>
        <translation>Creando el inventario de demostración…</translation>
    </message>
    <message>
        <source>The demo inventory could not be made: {message}</source>
        <translation>No se pudo crear el inventario de demostración: {message}</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>an area needs at least 3 corners, separated by | or ; (got {n})</source>
        <translation>un área necesita al menos 3 vértices, separados por | o ; (recibidos {n})</translation>
    </message>
    <message>
        <source>an area may have at most {limit} corners (got {n})</source>
        <translation>un área tiene como máximo {limit} vértices (recibidos {n})</translation>
    </message>
    <message>
        <source>the sides of the area cross each other: list the corners in order around the area</source>
        <translation>los lados del área se cruzan: indique los vértices en orden, alrededor del área</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>kpfield: {kind} refused:</source>
        <translation>kpfield: registro rechazado ({kind}):</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>advertencia: {message}</translation>
    </message>
    <message>
        <source>Created inventory {path} for {officer} ({country}); installation {origin}</source>
        <translation>Se creó el inventario {path} para {officer} ({country}); instalación {origin}</translation>
    </message>
    <message>
        <source>Making the {scale} demo inventory (seed {seed}) in {path} ...</source>
        <translation>Creando el inventario de demostración {scale} (semilla {seed}) en {path} ...</translation>
    </message>
    <message>
        <source>kpfield: {path} already holds records; the demo goes into a new or empty inventory</source>
        <translation>kpfield: {path} ya contiene registros; la demostración se crea en un inventario nuevo o vacío</translation>
    </message>
    <message>
        <source>Inventory {path}</source>
        <translation>Inventario {path}</translation>
    </message>
    <message>
        <source>Officer {officer} ({country}), installation {origin}</source>
        <translation>Agente {officer} ({country}), instalación {origin}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>piedras</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>quilates</translation>
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
        <translation>Producción (formulario estadístico PK)</translation>
    </message>
    <message>
        <source>(no production recorded)</source>
        <translation>(no hay producción registrada)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Última copia de seguridad: nunca</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integridad</translation>
    </message>
    <message>
        <source>references</source>
        <translation>referencias</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoría</translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation>puntos de control</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>... y {n} más</translation>
    </message>
    <message>
        <source>{path}: sound</source>
        <translation>{path}: en buen estado</translation>
    </message>
    <message>
        <source>{path}: PROBLEMS FOUND</source>
        <translation>{path}: SE ENCONTRARON PROBLEMAS</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>The inventory is read-only here, so the time of this backup was not noted in it</source>
        <translation>El inventario es de solo lectura aquí, así que la hora de esta copia de seguridad no quedó anotada en él</translation>
    </message>
    <message>
        <source>kpfield export inventory: &apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>kpfield export inventory: &apos;{region}&apos; no es una región del WGAAP; elija entre {choices}</translation>
    </message>
    <message>
        <source>kpfield export inventory: give --region or --country, not both</source>
        <translation>kpfield export inventory: indique --region o --country, no ambos</translation>
    </message>
    <message>
        <source>kpfield export inventory: --to is before --from</source>
        <translation>kpfield export inventory: la fecha de --to es anterior a la de --from</translation>
    </message>
    <message>
        <source>{sheet} {n} rows</source>
        <translation>{sheet}: {n} filas</translation>
    </message>
    <message>
        <source>Wrote {path}: {sheets}</source>
        <translation>Se escribió {path}: {sheets}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} officers, {late} late for {half}</source>
        <translation>{path} escrito: {n} agentes, {late} atrasados para {half}</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>nada recibido</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>ATRASADO</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>kpfield report changes: give --officer or --since</source>
        <translation>kpfield report changes: indique --officer o --since</translation>
    </message>
    <message>
        <source>Wrote {path}: {title}</source>
        <translation>{path} escrito: {title}</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(ningún cambio)</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} records to follow up in {district}, {period}</source>
        <translation>{path} escrito: {n} registros que seguir en {district}, {period}</translation>
    </message>
    <message>
        <source>kpfield export package: &apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>kpfield export package: &apos;{region}&apos; no es una región del WGAAP; elija entre {choices}</translation>
    </message>
    <message>
        <source>no PDF: {why}</source>
        <translation>sin PDF: {why}</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}</source>
        <translation>Se restauró {path} a partir de {backup}</translation>
    </message>
    <message>
        <source>Note: that backup is of another inventory: {owner}</source>
        <translation>Nota: esa copia de seguridad es de otro inventario: {owner}</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {path}</source>
        <translation>El archivo reemplazado se conservó como {path}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of record; choose one of {kinds}</source>
        <translation>«{kind}» no es un tipo de registro; elija entre {kinds}</translation>
    </message>
    <message>
        <source>&apos;{item}&apos;: write each field as name=value</source>
        <translation>&apos;{item}&apos;: escriba cada campo como nombre=valor</translation>
    </message>
    <message>
        <source>kpfield list: there is no table of {kinds}; see kpfield evaluate</source>
        <translation>kpfield list: no hay tabla de {kinds}; vea kpfield evaluate</translation>
    </message>
    <message>
        <source>--limit must be 0 (every record) or more</source>
        <translation>--limit debe ser 0 (todos los registros) o más</translation>
    </message>
    <message>
        <source>{shown} of {total} {kinds} shown; --limit N shows more, --limit 0 every one</source>
        <translation>{shown} de {total} ({kinds}) mostrados; --limit N muestra más, --limit 0 todos</translation>
    </message>
    <message>
        <source>{kinds}: {total}</source>
        <translation>{kinds}: {total}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(registro eliminado)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>{at} by {who}</source>
        <translation>{at} por {who}</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>{version} (rows in the audit log: {rows})</source>
        <translation>{version} (filas en el registro de auditoría: {rows})</translation>
    </message>
    <message>
        <source>give at least one field to change, as name=value</source>
        <translation>indique al menos un campo que modificar, en la forma nombre=valor</translation>
    </message>
    <message>
        <source>nothing changed: the values given are the ones recorded</source>
        <translation>no cambió nada: los valores indicados son los ya registrados</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>{record} was not deleted: confirm with --yes when no one is there to answer</source>
        <translation>No se eliminó nada ({record}): confirme con --yes cuando no haya nadie para responder</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the file as a deleted record.</source>
        <translation>¿Eliminar {record}? El registro queda en el archivo, marcado como eliminado.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>Deleted {record}</source>
        <translation>Eliminado: {record}</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>&apos;{region}&apos; no es una región WGAAP; elija entre {choices}</translation>
    </message>
    <message>
        <source>kpfield: the inventory has no sites to evaluate</source>
        <translation>kpfield: el inventario no tiene sitios que evaluar</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Footprint of {place}: {records} records, {stones} stones, {carats} ct</source>
        <translation>Huella de {place}: {records} registros, {stones} piedras, {carats} ct</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>% stones</source>
        <translation>% piedras</translation>
    </message>
    <message>
        <source>% carats</source>
        <translation>% quilates</translation>
    </message>
    <message>
        <source>ref % stones</source>
        <translation>ref. % piedras</translation>
    </message>
    <message>
        <source>{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not above</source>
        <translation>{stones} de las {total} piedras ({carats} ct) no tienen clases de tamaño registradas y no figuran arriba</translation>
    </message>
    <message>
        <source>Reference: {place} holds no stones: there is nothing to compare with</source>
        <translation>Referencia: {place} no contiene piedras: no hay nada con que comparar</translation>
    </message>
    <message>
        <source>Reference: {place} ({stones} stones)</source>
        <translation>Referencia: {place} ({stones} piedras)</translation>
    </message>
    <message>
        <source>Total-variation distance: stones {tvd}</source>
        <translation>Distancia de variación total: piedras {tvd}</translation>
    </message>
    <message>
        <source>, carats {tvd}</source>
        <translation>, quilates {tvd}</translation>
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation>Chi-cuadrado sobre el número de piedras: {chi2} con {dof} grados de libertad, p = {p}</translation>
    </message>
    <message>
        <source>Chi-square not computed: each footprint needs at least {n} stones</source>
        <translation>Chi-cuadrado no calculado: cada huella necesita al menos {n} piedras</translation>
    </message>
    <message>
        <source>JUMP</source>
        <translation>AUMENTO BRUSCO</translation>
    </message>
    <message>
        <source>no jump</source>
        <translation>sin aumento brusco</translation>
    </message>
    <message>
        <source>{ratio}x the earlier mean</source>
        <translation>{ratio}x la media anterior</translation>
    </message>
    <message>
        <source>no earlier production</source>
        <translation>sin producción anterior</translation>
    </message>
    <message>
        <source>Production jump test: {carats} ct, {ratio} (threshold {threshold}x): {verdict}. Earlier: {history}</source>
        <translation>Prueba de aumento brusco de la producción: {carats} ct, {ratio} (umbral {threshold}x): {verdict}. Anteriores: {history}</translation>
    </message>
    <message>
        <source>a self-assessment is made per half-year: write the period as 2026H1 or 2026H2</source>
        <translation>la autoevaluación se hace por semestre: escriba el período como 2026H1 o 2026H2</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>choose a command (kpfield --help lists them)</source>
        <translation>elija un comando (kpfield --help los enumera)</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} records</source>
        <translation>Se escribió {path}: {n} registros</translation>
    </message>
    <message>
        <source>data SHA-256 {sha256}</source>
        <translation>SHA-256 de los datos {sha256}</translation>
    </message>
    <message>
        <source>NOT signed: {why}. It imports as unsigned.</source>
        <translation>NO firmado: {why}. Se importará como no firmado.</translation>
    </message>
    <message>
        <source>signed with this installation&apos;s key {fingerprint}</source>
        <translation>firmado con la clave de esta instalación {fingerprint}</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key was made now: send &apos;kpfield identity --export&apos; to your coordinator so that your workbooks import as signed by a registered officer</source>
        <translation>La clave de firma de esta instalación se acaba de crear: envíe a su coordinador el archivo que genera &apos;kpfield identity --export&apos;, para que sus libros se importen como firmados por un agente registrado</translation>
    </message>
    <message>
        <source>Wrote the blank template {path} ({language})</source>
        <translation>Se escribió la plantilla en blanco {path} ({language})</translation>
    </message>
    <message>
        <source>signature: {text}</source>
        <translation>firma: {text}</translation>
    </message>
    <message>
        <source>REFUSED: {reason}</source>
        <translation>RECHAZADO: {reason}</translation>
    </message>
    <message>
        <source>{kind} from {officer} ({origin})</source>
        <translation>{kind} de {officer} ({origin})</translation>
    </message>
    <message>
        <source>NOTHING WRITTEN from this file: {n} problem(s)</source>
        <translation>NO SE ESCRIBIÓ NADA de este archivo: {n} problema(s)</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>simulación: no se escribió nada</translation>
    </message>
    <message>
        <source>nothing new: the inventory already holds all of it</source>
        <translation>nada nuevo: el inventario ya lo contiene todo</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>{severity}: sheet &apos;{sheet}&apos; row {row} column &apos;{column}&apos; value {value}: {problem} -&gt; {fix}</source>
        <translation>{severity}: hoja &apos;{sheet}&apos;, fila {row}, columna &apos;{column}&apos;, valor {value}: {problem} -&gt; {fix}</translation>
    </message>
    <message>
        <source>... {n} more in the report (--report)</source>
        <translation>... {n} más en el informe (--report)</translation>
    </message>
    <message>
        <source>conflict #{number} (dry run): {kind} {record}, {field}: here {ours} ({ours_side}), received {theirs} ({theirs_side})</source>
        <translation>conflicto n.º {number} (simulación): {kind} {record}, {field}: aquí {ours} ({ours_side}), recibido {theirs} ({theirs_side})</translation>
    </message>
    <message>
        <source>conflict #{number}: {kind} {record}, {field}: here {ours} ({ours_side}), received {theirs} ({theirs_side})</source>
        <translation>conflicto n.º {number}: {kind} {record}, {field}: aquí {ours} ({ours_side}), recibido {theirs} ({theirs_side})</translation>
    </message>
    <message>
        <source>settled automatically (case, accents or spaces alone): {what}</source>
        <translation>resuelto automáticamente (solo mayúsculas, acentos o espacios): {what}</translation>
    </message>
    <message>
        <source>probable duplicate: {kind} {a} / {b} ({reason})</source>
        <translation>probable duplicado: {kind} {a} / {b} ({reason})</translation>
    </message>
    <message>
        <source>Backup before import: {path}</source>
        <translation>Copia de seguridad antes de importar: {path}</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Informe: {path}</translation>
    </message>
    <message>
        <source>kpfield import: {file} refused: {reason}</source>
        <translation>kpfield import: {file} rechazado: {reason}</translation>
    </message>
    <message>
        <source>kpfield import: {file} refused</source>
        <translation>kpfield import: {file} rechazado</translation>
    </message>
    <message>
        <source>{n} open conflict(s)</source>
        <translation>{n} conflicto(s) pendiente(s)</translation>
    </message>
    <message>
        <source>{n} probable duplicate(s)</source>
        <translation>{n} probable(s) duplicado(s)</translation>
    </message>
    <message>
        <source>{n} conflict(s) settled automatically (case, accents or spaces alone: the most recent spelling)</source>
        <translation>{n} conflicto(s) resuelto(s) automáticamente (solo mayúsculas, acentos o espacios: la grafía más reciente)</translation>
    </message>
    <message>
        <source>pair {id}: {kind}: A {a_label} / B {b_label}: {why}</source>
        <translation>par {id}: {kind}: A {a_label} / B {b_label}: {why}</translation>
    </message>
    <message>
        <source>A {a}, B {b}</source>
        <translation>A {a}, B {b}</translation>
    </message>
    <message>
        <source>Settle with: kpfield resolve --db PATH NUMBER --ours|--theirs|--value V; kpfield resolve --db PATH --merge PAIR [A|B] (or --merge KEEP_ID OTHER_ID); kpfield resolve --db PATH --dismiss PAIR</source>
        <translation>Para resolver: kpfield resolve --db PATH NÚMERO --ours|--theirs|--value V; kpfield resolve --db PATH --merge PAR [A|B] (o --merge ID_CONSERVADO OTRO_ID); kpfield resolve --db PATH --dismiss PAR</translation>
    </message>
    <message>
        <source>#{id} {kind} {record}: {field}</source>
        <translation>n.º {id} {kind} {record}: {field}</translation>
    </message>
    <message>
        <source>here: {value} ({side})</source>
        <translation>aquí: {value} ({side})</translation>
    </message>
    <message>
        <source>received: {value} ({side}; file {file})</source>
        <translation>recibido: {value} ({side}; archivo {file})</translation>
    </message>
    <message>
        <source>both started from: {value}</source>
        <translation>valor de partida común: {value}</translation>
    </message>
    <message>
        <source>settled: {how}</source>
        <translation>resuelto: {how}</translation>
    </message>
    <message>
        <source>kpfield resolve --merge: give a pair number (and A or B, the record to keep), or the UUIDs of the record to keep and of the other</source>
        <translation>kpfield resolve --merge: indique un número de par (y A o B, el registro que se conserva), o los UUID del registro que se conserva y del otro</translation>
    </message>
    <message>
        <source>kpfield resolve: give a conflict number (see &apos;kpfield conflicts&apos;)</source>
        <translation>kpfield resolve: indique un número de conflicto (vea &apos;kpfield conflicts&apos;)</translation>
    </message>
    <message>
        <source>kpfield resolve: choose --ours, --theirs or --value VALUE</source>
        <translation>kpfield resolve: elija --ours, --theirs o --value VALUE</translation>
    </message>
    <message>
        <source>conflict {id} settled, {what}</source>
        <translation>conflicto {id} resuelto: {what}</translation>
    </message>
    <message>
        <source>Installation {origin}: {officer} ({country})</source>
        <translation>Instalación {origin}: {officer} ({country})</translation>
    </message>
    <message>
        <source>signing key fingerprint: {fingerprint}</source>
        <translation>huella digital de la clave de firma: {fingerprint}</translation>
    </message>
    <message>
        <source>private key: {path} (keep it with your data folder&apos;s backups; never send it)</source>
        <translation>clave privada: {path} (consérvela con las copias de seguridad de su carpeta de datos; nunca la envíe)</translation>
    </message>
    <message>
        <source>This signing key was made now: this inventory had none on this computer</source>
        <translation>Esta clave de firma se acaba de crear: este inventario no tenía ninguna en esta computadora</translation>
    </message>
    <message>
        <source>Wrote {path}: the public key of {officer} (installation {origin}), fingerprint {fingerprint}</source>
        <translation>Se escribió {path}: la clave pública de {officer} (instalación {origin}), huella digital {fingerprint}</translation>
    </message>
    <message>
        <source>Send it to your coordinator, and read them the fingerprint over the phone so they can check they registered the right key</source>
        <translation>Envíela a su coordinador y léale la huella digital por teléfono para que compruebe que registró la clave correcta</translation>
    </message>
    <message>
        <source>{path} holds this inventory&apos;s own key ({fingerprint}): its workbooks are already recognised; nothing changed</source>
        <translation>{path} contiene la clave propia de este inventario ({fingerprint}): sus libros ya se reconocen; no se cambió nada</translation>
    </message>
    <message>
        <source>This key is already registered, for {officer} (installation {origin}), fingerprint {fingerprint}; nothing changed</source>
        <translation>Esta clave ya está registrada, para {officer} (instalación {origin}), huella digital {fingerprint}; no se cambió nada</translation>
    </message>
    <message>
        <source>Registered the key of {officer} (installation {origin}, {country}), fingerprint {fingerprint}</source>
        <translation>Se registró la clave de {officer} (instalación {origin}, {country}), huella digital {fingerprint}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the officer&apos;s &apos;kpfield identity&apos; shows (by phone or in person) before you trust workbooks it signs</source>
        <translation>Compare esta huella digital con la que muestra &apos;kpfield identity&apos; en la computadora del agente (por teléfono o en persona) antes de confiar en los libros que firme</translation>
    </message>
    <message>
        <source>{n} earlier import(s) signed with this key now show as signed by a registered officer</source>
        <translation>{n} importación(es) anterior(es) firmada(s) con esta clave aparece(n) ahora como firmada(s) por un agente registrado</translation>
    </message>
    <message>
        <source>This installation already had key(s) registered ({fingerprints}); workbooks signed with any of them are accepted as registered</source>
        <translation>Esta instalación ya tenía clave(s) registrada(s) ({fingerprints}); los libros firmados con cualquiera de ellas se aceptan como registrados</translation>
    </message>
    <message>
        <source>This installation: {officer}, fingerprint {fingerprint}</source>
        <translation>Esta instalación: {officer}, huella digital {fingerprint}</translation>
    </message>
    <message>
        <source>Registered officer keys: {n}</source>
        <translation>Claves de agentes registradas: {n}</translation>
    </message>
    <message>
        <source>installation {origin}, registered {at}</source>
        <translation>instalación {origin}, registrada el {at}</translation>
    </message>
    <message>
        <source>kpfield identity: give the inventory to register keys in or list from with --db PATH</source>
        <translation>kpfield identity: indique con --db PATH el inventario en el que se registran las claves o cuyas claves se listan</translation>
    </message>
    <message>
        <source>kpfield identity --export: give the file to write with -o FILE.kpkey</source>
        <translation>kpfield identity --export: indique con -o FILE.kpkey el archivo que se debe escribir</translation>
    </message>
    <message>
        <source>kpfield identity: there is no signing key in {folder} yet; one is made with each inventory (&apos;kpfield init&apos;), or give --db PATH for an inventory made before signed workbooks</source>
        <translation>kpfield identity: todavía no hay ninguna clave de firma en {folder}; se crea una con cada inventario (&apos;kpfield init&apos;), o indique --db PATH para un inventario creado antes de que existieran los libros firmados</translation>
    </message>
    <message>
        <source>kpfield identity --export: this computer has {n} installations&apos; keys; choose one with --db PATH</source>
        <translation>kpfield identity --export: esta computadora tiene claves de {n} instalaciones; elija una con --db PATH</translation>
    </message>
    <message>
        <source>kpfield has no language &apos;{lang}&apos;; choose one of {choices}</source>
        <translation>kpfield no tiene el idioma &apos;{lang}&apos;; elija entre {choices}</translation>
    </message>
    <message>
        <source>created {file} (installation {origin})</source>
        <translation>se creó {file} (instalación {origin})</translation>
    </message>
    <message>
        <source>{n} demo records</source>
        <translation>{n} registros de demostración</translation>
    </message>
    <message>
        <source>a save, an edit and a refused record behave</source>
        <translation>un guardado, una edición y un registro rechazado funcionan correctamente</translation>
    </message>
    <message>
        <source>{n} country/half-year totals, {carats} ct</source>
        <translation>{n} totales por país y semestre, {carats} ct</translation>
    </message>
    <message>
        <source>{file}: {n} records, data SHA-256 {sha256}...</source>
        <translation>{file}: {n} registros, SHA-256 de los datos {sha256}...</translation>
    </message>
    <message>
        <source>{n} records merged into a new inventory; importing it again (read by a second process) changed nothing; signature checked (unknown key, then registered)</source>
        <translation>{n} registros fusionados en un inventario nuevo; importarlo de nuevo (leído por un segundo proceso) no cambió nada; firma comprobada (clave desconocida, luego registrada)</translation>
    </message>
    <message>
        <source>{rows} rows for SL {period}, {challenges} challenges</source>
        <translation>{rows} filas para SL {period}, {challenges} desafíos</translation>
    </message>
    <message>
        <source>{file}: {sheets} sheets, {rows} summary rows</source>
        <translation>{file}: {sheets} hojas, {rows} filas de resumen</translation>
    </message>
    <message>
        <source>backup {file} verifies</source>
        <translation>la copia de seguridad {file} se verifica correctamente</translation>
    </message>
    <message>
        <source>{checks} sound</source>
        <translation>{checks}: en buen estado</translation>
    </message>
    <message>
        <source>{borders} country borders; {sites} sites to GPX and back, and to KML</source>
        <translation>{borders} fronteras de países; {sites} sitios a GPX y de vuelta, y a KML</translation>
    </message>
    <message>
        <source>messages in {language}; translations: {counts}</source>
        <translation>mensajes en {language}; traducciones: {counts}</translation>
    </message>
    <message>
        <source>create inventory</source>
        <translation>crear inventario</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>fill small demo</source>
        <translation>llenar demostración pequeña</translation>
    </message>
    <message>
        <source>save, edit, refuse</source>
        <translation>guardar, editar, rechazar</translation>
    </message>
    <message>
        <source>production statistics</source>
        <translation>estadísticas de producción</translation>
    </message>
    <message>
        <source>sites on a map</source>
        <translation>sitios en un mapa</translation>
    </message>
    <message>
        <source>challenge matrix</source>
        <translation>matriz de desafíos</translation>
    </message>
    <message>
        <source>field workbook</source>
        <translation>libro de campo</translation>
    </message>
    <message>
        <source>re-import field workbook</source>
        <translation>reimportar libro de campo</translation>
    </message>
    <message>
        <source>inventory workbook</source>
        <translation>libro del inventario</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>verify database</source>
        <translation>verificar base de datos</translation>
    </message>
    <message>
        <source>kpfield {version} self-test</source>
        <translation>autoprueba de kpfield {version}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>all steps passed in {seconds} s</source>
        <translation>todos los pasos superados en {seconds} s</translation>
    </message>
    <message>
        <source>SELF-TEST FAILED in {seconds} s</source>
        <translation>AUTOPRUEBA FALLIDA en {seconds} s</translation>
    </message>
    <message>
        <source>Wrote {path}: {sites} sites, {areas} licence areas</source>
        <translation>{path} escrito: {sites} sitios, {areas} áreas de licencia</translation>
    </message>
    <message>
        <source>{n} sites of the scope have no GPS point and are not in the file</source>
        <translation>{n} sitios del ámbito no tienen punto GPS y no están en el archivo</translation>
    </message>
    <message>
        <source>(no point)</source>
        <translation>(sin punto)</translation>
    </message>
    <message>
        <source>{file}: {waypoints} waypoints, {tracks} tracks ({points} track points)</source>
        <translation>{file}: {waypoints} puntos de referencia, {tracks} tracks ({points} puntos de track)</translation>
    </message>
    <message>
        <source>new sites {new}, moved {moved}, already there {same}</source>
        <translation>sitios nuevos {new}, desplazados {moved}, ya registrados {same}</translation>
    </message>
    <message>
        <source>new   {code} {name} at {point}</source>
        <translation>nuevo  {code} {name} en {point}</translation>
    </message>
    <message>
        <source>move  {code} {name} from {old} to {point}</source>
        <translation>desplazado  {code} {name} de {old} a {point}</translation>
    </message>
    <message>
        <source>near existing site {code}, {metres} m away: the same site?</source>
        <translation>cerca del sitio existente {code}, a {metres} m: ¿el mismo sitio?</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>kpfield import-gpx: --near must be 0 or more metres</source>
        <translation>kpfield import-gpx: --near debe ser 0 metros o más</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation>No se ha importado nada: corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Imported: {added} sites added, {moved} moved</source>
        <translation>Importado: {added} sitios añadidos, {moved} desplazados</translation>
    </message>
    <message>
        <source>kpfield map: cannot read the scope {scope}: give all, country:SL or district:Kono</source>
        <translation>kpfield map: no se puede leer el ámbito {scope}: indique all, country:SL o district:Kono</translation>
    </message>
    <message>
        <source>Wrote {path}: {sites} sites</source>
        <translation>{path} escrito: {sites} sitios</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Identidad nacional</translation>
    </message>
    <message>
        <source>Digger card</source>
        <translation>Tarjeta de minero artesanal</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldea</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / municipio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>N.º de registro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Expedida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Piedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Seller licence</source>
        <translation>Licencia del vendedor</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valor (USD)</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>Certificado PK</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Objeto inspeccionado</translation>
    </message>
    <message>
        <source>Inspected record</source>
        <translation>Registro inspeccionado</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>coords</name>
    <message>
        <source>type the longitude as decimal degrees (-10.9675 or W10.9675), degrees and decimal minutes (W010°58.050&apos; or 10°58.05&apos;W) or degrees, minutes and seconds (10°58&apos;03&quot;W); E or W for the hemisphere (O for west, L for east in Portuguese), or a minus sign for west</source>
        <translation>escriba la longitud en grados decimales (-10,9675 u O10,9675), en grados y minutos decimales (W010°58.050&apos; o 10°58.05&apos;O) o en grados, minutos y segundos (10°58&apos;03&quot;W); E u O (o W) para el hemisferio, L para el este en portugués, o un signo menos para el oeste</translation>
    </message>
    <message>
        <source>type the latitude as decimal degrees (8.6367 or N8.6367), degrees and decimal minutes (N08°38.200&apos; or 8°38.2&apos;N) or degrees, minutes and seconds (8°38&apos;12&quot;N); N or S for the hemisphere, or a minus sign for south</source>
        <translation>escriba la latitud en grados decimales (8,6367 o N8,6367), en grados y minutos decimales (N08°38.200&apos; o 8°38.2&apos;N) o en grados, minutos y segundos (8°38&apos;12&quot;N); N o S para el hemisferio, o un signo menos para el sur</translation>
    </message>
    <message>
        <source>type decimal degrees (8.6367, -10.9675), degrees and decimal minutes (N08°38.200&apos; W010°58.050&apos;) or degrees, minutes and seconds (8°38&apos;12&quot;N 10°58&apos;03&quot;W); the hemisphere letter first or last (N, S, E, W; O for west; L for east in Portuguese), or a minus sign for south and west</source>
        <translation>escriba grados decimales (8,6367, -10,9675), grados y minutos decimales (N08°38.200&apos; O010°58.050&apos;) o grados, minutos y segundos (8°38&apos;12&quot;N 10°58&apos;03&quot;O); la letra del hemisferio antes o después (N, S, E, O o W para el oeste; L para el este en portugués), o un signo menos para el sur y el oeste</translation>
    </message>
    <message>
        <source>empty coordinate: {help}</source>
        <translation>coordenada vacía: {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a coordinate: {help}</source>
        <translation>no se puede leer {value} como una coordenada: {help}</translation>
    </message>
    <message>
        <source>{value}: minutes and seconds must be below 60</source>
        <translation>{value}: los minutos y los segundos deben ser inferiores a 60</translation>
    </message>
    <message>
        <source>{value}: only the last part of a coordinate may have decimals</source>
        <translation>{value}: solo la última parte de una coordenada puede tener decimales</translation>
    </message>
    <message>
        <source>{value}: {letter} is not a hemisphere for a latitude</source>
        <translation>{value}: {letter} no es un hemisferio para una latitud</translation>
    </message>
    <message>
        <source>{value}: {letter} is not a hemisphere for a longitude</source>
        <translation>{value}: {letter} no es un hemisferio para una longitud</translation>
    </message>
    <message>
        <source>{value}: give either a minus sign or a hemisphere letter, not both</source>
        <translation>{value}: indique un signo menos o una letra de hemisferio, no ambos</translation>
    </message>
    <message>
        <source>latitude {value} is out of range: it must lie between {low} and {high}</source>
        <translation>la latitud {value} está fuera de rango: debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>longitude {value} is out of range: it must lie between {low} and {high}</source>
        <translation>la longitud {value} está fuera de rango: debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>empty coordinates: {help}</source>
        <translation>coordenadas vacías: {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a latitude and a longitude: {help}</source>
        <translation>no se puede leer {value} como latitud y longitud: {help}</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>type it as 2026-04-03, 03/04/2026 or 03/04/26 (day first), or 3 April 2026 (3 avril 2026)</source>
        <translation>escríbala como 03/04/2026 o 03/04/26 (día primero), 3 de abril de 2026 o 2026-04-03</translation>
    </message>
    <message>
        <source>{value} is not a date: {help}</source>
        <translation>{value} no es una fecha: {help}</translation>
    </message>
    <message>
        <source>cannot read {value} as a date: {help}</source>
        <translation>no se puede leer {value} como una fecha: {help}</translation>
    </message>
    <message>
        <source>{value}: {name} is not the name of a month: {help}</source>
        <translation>{value}: {name} no es el nombre de un mes: {help}</translation>
    </message>
    <message>
        <source>{value} is not a real date (day {day}, month {month}, year {year}): {help}</source>
        <translation>{value} no es una fecha real (día {day}, mes {month}, año {year}): {help}</translation>
    </message>
    <message>
        <source>{value} is not a real time of day: write it as 14:30 (UTC)</source>
        <translation>{value} no es una hora válida: escríbala como 14:30 (UTC)</translation>
    </message>
</context>
<context>
    <name>entity.inspection</name>
    <message>
        <source>Inspection</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspecciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha de inspección</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Objeto inspeccionado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>entity.licence</name>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Holder (person)</source>
        <translation>Titular (persona)</translation>
    </message>
    <message>
        <source>Holder (organisation)</source>
        <translation>Titular (organización)</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Expedida el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Fee paid (USD)</source>
        <translation>Tasa pagada (USD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Area corners (lat, lon | lat, lon | ...)</source>
        <translation>Vértices del área (lat, lon | lat, lon | ...)</translation>
    </message>
</context>
<context>
    <name>entity.organisation</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Distrito / municipio</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>entity.person</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Número de identidad nacional</translation>
    </message>
    <message>
        <source>Digger card number</source>
        <translation>Número de tarjeta de minero artesanal</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / municipio</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldea</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
</context>
<context>
    <name>entity.production</name>
    <message>
        <source>Stones {size_class}</source>
        <translation>Piedras {size_class}</translation>
    </message>
    <message>
        <source>Carats {size_class}</source>
        <translation>Quilates {size_class}</translation>
    </message>
    <message>
        <source>Production record</source>
        <translation>Registro de producción</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha de producción</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Piedras</translation>
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
        <translation>Licencia del comprador</translation>
    </message>
    <message>
        <source>Buyer (if not licensed)</source>
        <translation>Comprador (sin licencia)</translation>
    </message>
    <message>
        <source>Register / sale-slip reference</source>
        <translation>Referencia del registro / recibo</translation>
    </message>
</context>
<context>
    <name>entity.sale</name>
    <message>
        <source>Sale or export</source>
        <translation>Venta o exportación</translation>
    </message>
    <message>
        <source>Sales &amp; exports</source>
        <translation>Ventas y exportaciones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Seller licence</source>
        <translation>Licencia del vendedor</translation>
    </message>
    <message>
        <source>Buyer licence</source>
        <translation>Licencia del comprador</translation>
    </message>
    <message>
        <source>Buyer / importer</source>
        <translation>Comprador / importador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha de venta</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Piedras</translation>
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
        <translation>Referencia del documento</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Número de certificado PK</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SA</translation>
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
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Autoevaluaciones</translation>
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
        <translation>Fila de la matriz de desafíos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>entity.site</name>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código del sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>Región / provincia</translation>
    </message>
    <message>
        <source>District / prefecture</source>
        <translation>Distrito / municipio</translation>
    </message>
    <message>
        <source>Chiefdom / sub-prefecture</source>
        <translation>Jefatura / subprefectura</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldea</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>GPS accuracy (m)</source>
        <translation>Precisión GPS (m)</translation>
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
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Workers on site</source>
        <translation>Trabajadores en el sitio</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>rows per sheet must be between 2 and {limit}</source>
        <translation>el número de filas por hoja debe estar entre 2 y {limit}</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>&apos;{country}&apos; no es un código de país que kpfield conozca (ISO 3166 alfa-2, como SL)</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>Licence areas</source>
        <translation>Áreas de las licencias</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>unknown format {format}: choose {choices}</source>
        <translation>formato {format} desconocido: elija {choices}</translation>
    </message>
    <message>
        <source>{path} is refused: {why}</source>
        <translation>{path} se rechaza: {why}</translation>
    </message>
    <message>
        <source>it is {size} bytes, more than kpfield reads from a GPX file ({limit})</source>
        <translation>tiene {size} bytes, más de lo que kpfield lee de un archivo GPX ({limit})</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} no se puede leer: {error}</translation>
    </message>
    <message>
        <source>it is XML but not GPX (its root element is {tag}); export waypoints as GPX</source>
        <translation>es XML pero no GPX (su elemento raíz es {tag}); exporte los puntos de referencia en GPX</translation>
    </message>
    <message>
        <source>its elements are nested more than {limit} deep, which no GPS writes</source>
        <translation>sus elementos están anidados a más de {limit} niveles, algo que ningún GPS escribe</translation>
    </message>
    <message>
        <source>it declares a document type or entities, which GPS receivers never write and kpfield does not read</source>
        <translation>declara un tipo de documento o entidades, algo que ningún receptor GPS escribe y que kpfield no lee</translation>
    </message>
    <message>
        <source>it is not well-formed XML (line {line}, column {column}); export it again from the GPS</source>
        <translation>no es XML bien formado (línea {line}, columna {column}); expórtelo de nuevo desde el GPS</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>waypoint {n} ({name})</source>
        <translation>punto de referencia {n} ({name})</translation>
    </message>
    <message>
        <source>waypoint {n} has no name: name it on the GPS, or in the file, with the site&apos;s code</source>
        <translation>el punto de referencia {n} no tiene nombre: póngale, en el GPS o en el archivo, el código del sitio</translation>
    </message>
    <message>
        <source>{waypoint} has the same name as waypoint {other}: keep one</source>
        <translation>{waypoint} tiene el mismo nombre que el punto de referencia {other}: conserve uno</translation>
    </message>
    <message>
        <source>{waypoint} and waypoint {other} both name site {code}: keep one</source>
        <translation>{waypoint} y el punto de referencia {other} designan ambos el sitio {code}: conserve uno</translation>
    </message>
    <message>
        <source>GPS waypoints from {file}</source>
        <translation>Puntos de referencia GPS de {file}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{field}: &apos;{value}&apos; names several {kinds}: {candidates}; say which one</source>
        <translation>{field}: «{value}» designa varios registros de {kinds}: {candidates}; indique de cuál se trata</translation>
    </message>
    <message>
        <source>perhaps more</source>
        <translation>quizá otros</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>national ID {id}</source>
        <translation>identidad nacional {id}</translation>
    </message>
    <message>
        <source>digger card {card}</source>
        <translation>tarjeta de minero artesanal {card}</translation>
    </message>
    <message>
        <source>no national ID or digger card: name them with their village</source>
        <translation>sin identidad nacional ni tarjeta de minero: nombre a la persona con su aldea</translation>
    </message>
    <message>
        <source>check it: the row was accepted</source>
        <translation>compruébelo: la fila se aceptó</translation>
    </message>
    <message>
        <source>leave the clock cell as kpfield exported it, or empty it</source>
        <translation>deje la celda del reloj tal como la exportó kpfield, o vacíela</translation>
    </message>
    <message>
        <source>these bookkeeping columns are kpfield&apos;s own: ask the officer for a fresh export instead of editing them</source>
        <translation>estas columnas de control son propias de kpfield: pida al agente una nueva exportación en lugar de editarlas</translation>
    </message>
    <message>
        <source>correct the row and import the file again</source>
        <translation>corrija la fila e importe el archivo de nuevo</translation>
    </message>
    <message>
        <source>fill in {field}</source>
        <translation>complete el campo {field}</translation>
    </message>
    <message>
        <source>type the date as 2026-04-03 or 03/04/2026 (day first), or use a date cell</source>
        <translation>escriba la fecha como 2026-04-03 o 03/04/2026 (primero el día), o use una celda de fecha</translation>
    </message>
    <message>
        <source>make the stones and carats of the size-class columns add up to {field}, or correct {field}</source>
        <translation>haga que las piedras y los quilates de las columnas de clases de tamaño sumen {field}, o corrija {field}</translation>
    </message>
    <message>
        <source>write thousands with a space or none (1 250 or 1250) and decimals with one, two or four digits (1,25 or 1.25), or use a number cell</source>
        <translation>escriba los miles con un espacio o sin nada (1 250 o 1250) y los decimales con una, dos o cuatro cifras (1,25 o 1.25), o use una celda numérica</translation>
    </message>
    <message>
        <source>type a number from {minimum} to {maximum} (a decimal comma or point is fine)</source>
        <translation>escriba un número de {minimum} a {maximum} (coma o punto decimal, da igual)</translation>
    </message>
    <message>
        <source>type a number (a decimal comma or point is fine)</source>
        <translation>escriba un número (puede usar coma o punto decimal)</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>elija uno de: {choices}</translation>
    </message>
    <message>
        <source>type the two-letter ISO country code, such as SL or GN</source>
        <translation>escriba el código de país ISO de dos letras, como SL o GN</translation>
    </message>
    <message>
        <source>check whether this is the same record; if it is, give it the same UUID, otherwise correct the number</source>
        <translation>compruebe si es el mismo registro; si lo es, dele el mismo UUID; si no, corrija el número</translation>
    </message>
    <message>
        <source>correct the value and import the file again</source>
        <translation>corrija el valor e importe el archivo de nuevo</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is not a kind of record kpfield knows; it was not read</source>
        <translation>la hoja &apos;{sheet}&apos; no es un tipo de registro que kpfield conozca; no se leyó</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: column &apos;{column}&apos; repeats {field}; only the first is read</source>
        <translation>hoja &apos;{sheet}&apos;: la columna &apos;{column}&apos; repite {field}; solo se lee la primera</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: column &apos;{column}&apos; is not a field of {kinds}; ignored</source>
        <translation>hoja &apos;{sheet}&apos;: la columna &apos;{column}&apos; no es un campo de {kinds}; se ignora</translation>
    </message>
    <message>
        <source>{path} has no sheet kpfield recognises (sheets: {sheets}); start from &apos;kpfield template&apos; or a workbook exported by kpfield</source>
        <translation>{path} no tiene ninguna hoja que kpfield reconozca (hojas: {sheets}); parta de &apos;kpfield template&apos; o de un libro exportado por kpfield</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;, cell B{row}: the officer&apos;s name is not one (at most {n} characters, letters and spaces); type the name of the officer who filled the template</source>
        <translation>{path}, hoja «{sheet}», celda B{row}: esto no es un nombre de agente (como máximo {n} caracteres, letras y espacios); escriba el nombre del agente que rellenó la plantilla</translation>
    </message>
    <message>
        <source>the template does not say who filled it (the cell beside &apos;Filled by&apos; on its instruction sheet is empty): its records are credited to no officer in the report</source>
        <translation>la plantilla no dice quién la rellenó (la celda junto a «Rellenada por» de su hoja de instrucciones está vacía): sus registros no se atribuyen a ningún agente en el informe</translation>
    </message>
    <message>
        <source>the template says it was filled by {officer} of installation {origin}, whose key is registered here for {registered}: check who filled it</source>
        <translation>la plantilla dice haber sido rellenada por {officer} de la instalación {origin}, cuya clave está registrada aquí a nombre de {registered}: compruebe quién la rellenó</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>this workbook was exported by this installation</source>
        <translation>este libro fue exportado por esta instalación</translation>
    </message>
    <message>
        <source>this kpfield workbook is not signed: it comes from a kpfield older than signed workbooks, or its signature was removed</source>
        <translation>este libro de kpfield no está firmado: proviene de una versión de kpfield anterior a los libros firmados, o se le quitó la firma</translation>
    </message>
    <message>
        <source>signed with the key registered for {officer} (installation {registered}), but the workbook says it comes from installation {claimed}</source>
        <translation>firmado con la clave registrada para {officer} (instalación {registered}), pero el libro dice que proviene de la instalación {claimed}</translation>
    </message>
    <message>
        <source>imported although it was altered after signing, by the coordinator&apos;s override; the audit log records it</source>
        <translation>importado aunque fue modificado después de firmarse, por decisión del coordinador; queda constancia en el registro de auditoría</translation>
    </message>
    <message>
        <source>the data differs from what kpfield wrote into this file (the SHA-256 in its _about sheet no longer matches): it was edited after export, or its _about sheet was; check who changed it. Its rows were checked like any other</source>
        <translation>los datos difieren de lo que kpfield escribió en este archivo (el SHA-256 de su hoja _about ya no coincide): fue modificado después de la exportación, o lo fue su hoja _about; verifique quién lo cambió. Sus filas se verificaron como las demás</translation>
    </message>
    <message>
        <source>{n} record(s) held here would be changed by this file, which no registered officer signed: nothing was changed; each change is a conflict to review (&apos;kpfield conflicts&apos;, or the Exchange page)</source>
        <translation>{n} registro(s) ya presente(s) aquí serían modificados por este archivo, que ningún agente registrado firmó: no se modificó nada; cada cambio es un conflicto por revisar (&apos;kpfield conflicts&apos;, o la página Intercambio)</translation>
    </message>
    <message>
        <source>conflict {number} was left open for review: {error}</source>
        <translation>el conflicto {number} quedó abierto para su revisión: {error}</translation>
    </message>
    <message>
        <source>{n} conflict(s) between two spellings of a value (case, accents or spaces alone) were settled automatically to the most recent spelling; they are listed with the conflicts</source>
        <translation>{n} conflicto(s) entre dos grafías de un mismo valor (solo mayúsculas, acentos o espacios) se resolvieron automáticamente según la grafía más reciente; figuran con los conflictos</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} no se importó: {reason}</translation>
    </message>
    <message>
        <source>{path} was not imported: the inventory is busy; import it again in a moment</source>
        <translation>{path} no se importó: el inventario está ocupado; impórtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;, cell B{row}: &apos;{value}&apos; is not an installation&apos;s identity; copy it as &apos;kpfield identity&apos; shows it, or leave the cell empty</source>
        <translation>{path}, hoja «{sheet}», celda B{row}: «{value}» no es la identidad de una instalación; cópiela tal como la muestra «kpfield identity», o deje la celda vacía</translation>
    </message>
    <message>
        <source>{file} was altered after it was signed: {detail}. Nothing from it was written. Ask the officer for a fresh export; or, if you know why it changed, import it accepting altered files (kpfield import --accept-altered, or the option on the Exchange page), which the audit log records</source>
        <translation>{file} fue modificado después de firmarse: {detail}. No se escribió nada de él. Pida al agente una exportación nueva; o, si sabe por qué cambió, impórtelo aceptando archivos modificados (kpfield import --accept-altered, o la opción de la página Intercambio), lo que queda anotado en el registro de auditoría</translation>
    </message>
    <message>
        <source>the workbook contains macros ({parts}); kpfield never runs macros: it read only the values in the cells</source>
        <translation>el libro contiene macros ({parts}); kpfield nunca ejecuta macros: solo leyó los valores de las celdas</translation>
    </message>
    <message>
        <source>the workbook links to other files ({files}); kpfield did not open them: cells that refer to them were read with the values saved in this workbook</source>
        <translation>el libro tiene vínculos a otros archivos ({files}); kpfield no los abrió: las celdas que se refieren a ellos se leyeron con los valores guardados en este libro</translation>
    </message>
    <message>
        <source>the workbook defines data connections (to databases or web pages); kpfield did not refresh them: it read the values saved in the cells</source>
        <translation>el libro define conexiones de datos (a bases de datos o páginas web); kpfield no las actualizó: leyó los valores guardados en las celdas</translation>
    </message>
    <message>
        <source>sheet {sheet!r} is hidden in the workbook; kpfield read it like the others</source>
        <translation>la hoja {sheet!r} está oculta en el libro; kpfield la leyó como las demás</translation>
    </message>
    <message>
        <source>sheet {sheet!r}, column {column}: {n} cell(s) held a formula; kpfield did not run them and read the value the spreadsheet saved with each (an empty cell where none was saved)</source>
        <translation>hoja {sheet!r}, columna {column}: {n} celda(s) contenían una fórmula; kpfield no las ejecutó y leyó el valor que la hoja de cálculo guardó con cada una (una celda vacía cuando no se guardó ninguno)</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has no header row kpfield recognises; it was not read</source>
        <translation>la hoja &apos;{sheet}&apos; no tiene ninguna fila de encabezados que kpfield reconozca; no se leyó</translation>
    </message>
    <message>
        <source>{field}: no {kind} &apos;{value}&apos; in the inventory or this file</source>
        <translation>{field}: no se encontró &apos;{value}&apos; ({kind}) en el inventario ni en este archivo</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record identifier (UUID); leave it empty for a new record</source>
        <translation>&apos;{value}&apos; no es un identificador de registro (UUID); déjelo vacío para un registro nuevo</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; row {row}: {kind} {key} already exists here under another UUID; {uuid} is now an alias of {other}</source>
        <translation>hoja &apos;{sheet}&apos;, fila {row}: {kind} {key} ya existe aquí con otro UUID; {uuid} es ahora un alias de {other}</translation>
    </message>
    <message>
        <source>{uuid} names a record of {other} in this inventory, not of {kinds}: a UUID names one record; correct the id column, or leave it empty for a new record</source>
        <translation>{uuid} designa un registro de {other} en este inventario, no de {kinds}: un UUID designa un solo registro; corrija la columna id, o déjela vacía para un registro nuevo</translation>
    </message>
    <message>
        <source>{key} appears twice in this sheet (rows {first} and {row})</source>
        <translation>{key} aparece dos veces en esta hoja (filas {first} y {row})</translation>
    </message>
    <message>
        <source>type the person&apos;s national ID, digger-card number, or name and village as in &apos;Aminata Sesay (Koidu)&apos; (a person of this workbook or of the inventory)</source>
        <translation>escriba la identidad nacional de la persona, el número de tarjeta de minero artesanal, o el nombre y la aldea como en «Aminata Sesay (Koidu)» (una persona de este libro o del inventario)</translation>
    </message>
    <message>
        <source>type the site code (such as KN-012) of a site already in the inventory or on this workbook&apos;s sites sheet</source>
        <translation>escriba el código del sitio (por ejemplo KN-012) de un sitio que ya esté en el inventario o en la hoja de sitios de este libro</translation>
    </message>
    <message>
        <source>type the licence number (such as SL-ART-2026-0007) of a licence already in the inventory or on this workbook&apos;s licences sheet</source>
        <translation>escriba el número de licencia (por ejemplo SL-ART-2026-0007) de una licencia que ya esté en el inventario o en la hoja de licencias de este libro</translation>
    </message>
    <message>
        <source>type the organisation&apos;s registration number or its name, as it is in the inventory or on this workbook&apos;s organisations sheet</source>
        <translation>escriba el número de registro de la organización o su nombre, tal como figura en el inventario o en la hoja de organizaciones de este libro</translation>
    </message>
    <message>
        <source>name a record of {kinds} already in the inventory or in this workbook</source>
        <translation>indique un registro ({kinds}) que ya esté en el inventario o en este libro</translation>
    </message>
    <message>
        <source>{start}... ({n} characters)</source>
        <translation>{start}... ({n} caracteres)</translation>
    </message>
    <message>
        <source>{file} changed since the preview; preview it again before importing</source>
        <translation>{file} cambió después de la vista previa; vuelva a generar la vista previa antes de importar</translation>
    </message>
    <message>
        <source>{path} was refused by the inventory&apos;s own checks ({error}); nothing from it was written</source>
        <translation>{path} fue rechazado por las comprobaciones propias del inventario ({error}); no se escribió nada de él</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped unexpectedly (exit code {code}); nothing from it was written. Close other programs to free memory and import it again</source>
        <translation>{path}: el proceso que lo leía se detuvo inesperadamente (código de salida {code}); no se escribió nada de él. Cierre otros programas para liberar memoria e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>the clock holds {size} characters, more than kpfield reads ({limit})</source>
        <translation>el reloj tiene {size} caracteres, más de los que kpfield lee ({limit})</translation>
    </message>
    <message>
        <source>the clock is nested {depth} levels deep; a clock kpfield writes is one level ({example})</source>
        <translation>el reloj está anidado en {depth} niveles; un reloj escrito por kpfield tiene un solo nivel ({example})</translation>
    </message>
    <message>
        <source>the field versions hold {size} characters, more than kpfield reads ({limit})</source>
        <translation>las versiones de los campos tienen {size} caracteres, más de los que kpfield lee ({limit})</translation>
    </message>
    <message>
        <source>this is not a list of field versions as kpfield writes it ({{&quot;field&quot;: [installation, change]}})</source>
        <translation>esto no es una lista de versiones de los campos como kpfield la escribe ({{&quot;campo&quot;: [instalación, cambio]}})</translation>
    </message>
    <message>
        <source>the field versions name {field}, which is not a field of this sheet</source>
        <translation>las versiones de los campos nombran {field}, que no es un campo de esta hoja</translation>
    </message>
    <message>
        <source>the field versions say {field} was written by a change the record&apos;s version vector does not count</source>
        <translation>las versiones de los campos dicen que {field} fue escrito por un cambio que el vector de versiones del registro no cuenta</translation>
    </message>
    <message>
        <source>{column}: this is not a version vector as kpfield writes it (each installation with its number of changes, at least 1, in {{...}})</source>
        <translation>{column}: esto no es un vector de versiones como lo escribe kpfield (cada instalación con su número de cambios, al menos 1, entre {{...}})</translation>
    </message>
    <message>
        <source>{column}: it counts {n} changes by one installation, more than the record&apos;s version ({version}) shows</source>
        <translation>{column}: cuenta {n} cambios de una instalación, más de lo que indica la versión del registro ({version})</translation>
    </message>
    <message>
        <source>{column}: an installation is named by at most {limit} characters</source>
        <translation>{column}: una instalación se designa con {limit} caracteres como máximo</translation>
    </message>
    <message>
        <source>modified_by: {value} is not an installation this file declares (the one that made it, the record&apos;s origin, or one its version vector counts)</source>
        <translation>modified_by: {value} no es una instalación que este archivo declare (la que lo produjo, el origen del registro, o una que su vector de versiones cuente)</translation>
    </message>
    <message>
        <source>{column}: this is not a UTC time as kpfield writes it (2026-04-03T10:00:00Z)</source>
        <translation>{column}: esto no es una hora UTC como la escribe kpfield (2026-04-03T10:00:00Z)</translation>
    </message>
    <message>
        <source>{column}: {value} is later than the file was made, or in the future ({limit})</source>
        <translation>{column}: {value} es posterior a la creación del archivo, o está en el futuro ({limit})</translation>
    </message>
    <message>
        <source>created_at: the record cannot be made after its last change ({modified})</source>
        <translation>created_at: el registro no puede haberse creado después de su último cambio ({modified})</translation>
    </message>
</context>
<context>
    <name>inventory_workbook</name>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>parcialmente cumplido</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>desafío</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>calificación {grade}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Challenge area</source>
        <translation>Área de desafío</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visitado el</translation>
    </message>
    <message>
        <source>Inspector&apos;s notes</source>
        <translation>Notas del inspector</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Records to follow up: {district}, {period}</source>
        <translation>Registros que seguir: {district}, {period}</translation>
    </message>
    <message>
        <source>Each record a challenge matrix indicator flags in the district, for the inspectors who visit them: {n} in all. &apos;Visited on&apos; and the notes are for the inspector.</source>
        <translation>Cada registro que un indicador de la matriz de desafíos señala en el distrito, para los inspectores que los visitan: {n} en total. «Visitado el» y las notas son para el inspector.</translation>
    </message>
    <message>
        <source>Row status</source>
        <translation>Estado de la fila</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Indicator status</source>
        <translation>Estado del indicador</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Records behind it</source>
        <translation>Registros de base</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Challenge matrix, {period}</source>
        <translation>Matriz de desafíos, {period}</translation>
    </message>
    <message>
        <source>self-assessment only</source>
        <translation>solo autoevaluación</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Clase de tamaño</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Piedras</translation>
    </message>
    <message>
        <source>Share of stones</source>
        <translation>Proporción de piedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Share of carats</source>
        <translation>Proporción de quilates</translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD por quilate</translation>
    </message>
    <message>
        <source>Matrix {file} (version {version}). Each cell is the worst status of the row&apos;s automatic indicators; the country&apos;s self-assessment grade (A-D) is in brackets. Every indicator is on &apos;{sheet}&apos;.</source>
        <translation>Matriz {file} (versión {version}). Cada celda es el peor estado de los indicadores automáticos de la fila; la nota de autoevaluación del país (A-D) va entre paréntesis. Cada indicador está en &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <source>Indicators of the challenge matrix, {period}</source>
        <translation>Indicadores de la matriz de desafíos, {period}</translation>
    </message>
    <message>
        <source>Reference: share of stones</source>
        <translation>Referencia: proporción de piedras</translation>
    </message>
    <message>
        <source>Reference: share of carats</source>
        <translation>Referencia: proporción de quilates</translation>
    </message>
    <message>
        <source>{records} production records, {stones} stones, {carats} ct in {period}.</source>
        <translation>{records} registros de producción, {stones} piedras, {carats} ct en {period}.</translation>
    </message>
    <message>
        <source>Reference: {reference}.</source>
        <translation>Referencia: {reference}.</translation>
    </message>
    <message>
        <source>Reference: none (no earlier production).</source>
        <translation>Referencia: ninguna (sin producción anterior).</translation>
    </message>
    <message>
        <source>{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not in the table.</source>
        <translation>{stones} de las {total} piedras ({carats} ct) no tienen clases de tamaño registradas y no figuran en la tabla.</translation>
    </message>
    <message>
        <source>The reference holds no stones: there is nothing to compare with.</source>
        <translation>La referencia no contiene piedras: no hay nada con que comparar.</translation>
    </message>
    <message>
        <source>Chi-square on stone counts {chi2} ({dof} degrees of freedom), p = {p}; total-variation distance {tvd}.</source>
        <translation>Chi-cuadrado sobre el número de piedras {chi2} ({dof} grados de libertad), p = {p}; distancia de variación total {tvd}.</translation>
    </message>
    <message>
        <source>Total-variation distance {tvd}; too few stones for a chi-square test (fewer than {minimum}).</source>
        <translation>Distancia de variación total {tvd}; muy pocas piedras para una prueba de chi-cuadrado (menos de {minimum}).</translation>
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years&apos; mean (a jump).</source>
        <translation>Quilates: {ratio} veces la media de los semestres anteriores (un aumento brusco).</translation>
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years&apos; mean.</source>
        <translation>Quilates: {ratio} veces la media de los semestres anteriores.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>{place}: share of carats by size class</source>
        <translation>{place}: proporción de quilates por clase de tamaño</translation>
    </message>
    <message>
        <source>Provenance footprints, {period}</source>
        <translation>Huellas de procedencia, {period}</translation>
    </message>
    <message>
        <source>Share of stones and carats per size class, against the same place&apos;s earlier half-years (the reference).</source>
        <translation>Proporción de piedras y quilates por clase de tamaño, comparada con los semestres anteriores del mismo lugar (la referencia).</translation>
    </message>
    <message>
        <source>No production recorded in {period}.</source>
        <translation>No hay producción registrada en {period}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation>Matriz de desafíos</translation>
    </message>
    <message>
        <source>Footprints</source>
        <translation>Huellas</translation>
    </message>
    <message>
        <source>Indicator details</source>
        <translation>Detalle de indicadores</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>Production by district &amp; month</source>
        <translation>Producción por distrito &amp; mes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Buyers and exporters</source>
        <translation>Compradores y exportadores</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>unknown WGAAP region &apos;{region}&apos;; choose one of {choices}</source>
        <translation>región WGAAP desconocida &apos;{region}&apos;; elija entre {choices}</translation>
    </message>
    <message>
        <source>unknown country code(s): {codes} (use ISO 3166 alpha-2, such as SL)</source>
        <translation>código(s) de país desconocido(s): {codes} (use ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>All countries in the inventory</source>
        <translation>Todos los países del inventario</translation>
    </message>
    <message>
        <source>Consolidated inventory of alluvial production</source>
        <translation>Inventario consolidado de la producción aluvial</translation>
    </message>
    <message>
        <source>page &amp;P of &amp;N</source>
        <translation>página &amp;P de &amp;N</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Artisanal mining licences in force</source>
        <translation>Licencias de minería artesanal vigentes</translation>
    </message>
    <message>
        <source>Small-scale mining licences in force</source>
        <translation>Licencias de minería en pequeña escala vigentes</translation>
    </message>
    <message>
        <source>Dealer licences in force</source>
        <translation>Licencias de comerciante vigentes</translation>
    </message>
    <message>
        <source>Exporter licences in force</source>
        <translation>Licencias de exportador vigentes</translation>
    </message>
    <message>
        <source>Registered diggers</source>
        <translation>Mineros artesanales registrados</translation>
    </message>
    <message>
        <source>Producing sites with GPS</source>
        <translation>Sitios productivos con GPS</translation>
    </message>
    <message>
        <source>Producing sites without GPS</source>
        <translation>Sitios productivos sin GPS</translation>
    </message>
    <message>
        <source>Production records</source>
        <translation>Registros de producción</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valor (USD)</translation>
    </message>
    <message>
        <source>Sales to licensed buyers (ct)</source>
        <translation>Ventas a compradores con licencia (ct)</translation>
    </message>
    <message>
        <source>Sales to licensed buyers (USD)</source>
        <translation>Ventas a compradores con licencia (USD)</translation>
    </message>
    <message>
        <source>Exports with KP certificate</source>
        <translation>Exportaciones con certificado PK</translation>
    </message>
    <message>
        <source>Carats exported with KP certificate</source>
        <translation>Quilates exportados con certificado PK</translation>
    </message>
    <message>
        <source>USD exported with KP certificate</source>
        <translation>USD exportados con certificado PK</translation>
    </message>
    <message>
        <source>Exports without KP certificate</source>
        <translation>Exportaciones sin certificado PK</translation>
    </message>
    <message>
        <source>Registered diggers are counted by the day they were registered. {estimated} of the {diggers} diggers have no day recorded: they are counted from an estimate (the earliest licence they hold or production under it, else the day they were entered), which their records can correct.</source>
        <translation>Los mineros registrados se cuentan por la fecha de su registro. {estimated} de los {diggers} mineros no tienen fecha registrada: se cuentan a partir de una estimación (la licencia más antigua que poseen o la producción con ella, si no la fecha en que se introdujeron), que sus fichas permiten corregir.</translation>
    </message>
    <message>
        <source>partial: {start} to {end}</source>
        <translation>parcial: del {start} al {end}</translation>
    </message>
    <message>
        <source>provisional: still running</source>
        <translation>provisional: en curso</translation>
    </message>
    <message>
        <source>Total {half}: {scope}</source>
        <translation>Total {half}: {scope}</translation>
    </message>
    <message>
        <source>Total year {year}: {scope}</source>
        <translation>Total del año {year}: {scope}</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código del sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>Región / provincia</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / municipio</translation>
    </message>
    <message>
        <source>Chiefdom / sub-prefecture</source>
        <translation>Jefatura / subprefectura</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldea</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Tipo de depósito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Vencimiento de la licencia</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Production records in period</source>
        <translation>Registros de producción en el período</translation>
    </message>
    <message>
        <source>Carats in period</source>
        <translation>Quilates en el período</translation>
    </message>
    <message>
        <source>USD in period</source>
        <translation>USD en el período</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Última inspección</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>libro</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <source>Licences in force and registered diggers are counted on the last day of each half-year (a year: on the last day of its last half-year); producing sites are sites with production recorded in the half-year. Production totals are the sums of &apos;{sheet}&apos;. &apos;No data&apos;: nothing recorded for the country in the half-year, which is not a reported zero.</source>
        <translation>Las licencias vigentes y los mineros registrados se cuentan el último día de cada semestre (un año: el último día de su último semestre); los sitios productivos son los que tienen producción registrada en el semestre. Los totales de producción son las sumas de &apos;{sheet}&apos;. «Sin datos»: nada registrado para el país en el semestre, lo que no es un cero declarado.</translation>
    </message>
    <message>
        <source>Production by district and month: {scope}</source>
        <translation>Producción por distrito y mes: {scope}</translation>
    </message>
    <message>
        <source>Districts with sites but no production recorded in the period, and countries with no site, are listed last with &apos;no data&apos;.</source>
        <translation>Los distritos con sitios pero sin producción registrada en el período, y los países sin sitio, figuran al final con «sin datos».</translation>
    </message>
    <message>
        <source>Total: {scope}</source>
        <translation>Total: {scope}</translation>
    </message>
    <message>
        <source>Every file and bulk load this inventory rests on</source>
        <translation>Cada archivo y carga masiva en que se basa este inventario</translation>
    </message>
    <message>
        <source>One row per file: a file imported more than once shows its first and last import, and the records its imports added, updated, left unchanged, put in conflict or refused, in all.</source>
        <translation>Una fila por archivo: un archivo importado más de una vez muestra su primera y su última importación, y el total de registros que sus importaciones añadieron, actualizaron, dejaron sin cambios, pusieron en conflicto o rechazaron.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>restablecido</translation>
    </message>
    <message>
        <source>Changes brought by {file}, the last workbook of {officer} ({at} UTC)</source>
        <translation>Cambios aportados por {file}, el último libro de {officer} ({at} UTC)</translation>
    </message>
    <message>
        <source>no workbook was received from &apos;{officer}&apos;; officers with workbooks: {known}</source>
        <translation>no se recibió ningún libro de &apos;{officer}&apos;; agentes con libros: {known}</translation>
    </message>
    <message>
        <source>Changes recorded since {since} (UTC)</source>
        <translation>Cambios registrados desde {since} (UTC)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Registrado (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Campos cambiados</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Expedida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Fee (USD)</source>
        <translation>Tasa (USD)</translation>
    </message>
    <message>
        <source>In force at end of period</source>
        <translation>Vigente al final del período</translation>
    </message>
    <message>
        <source>Buying office / exporter</source>
        <translation>Oficina de compra / exportador</translation>
    </message>
    <message>
        <source>Purchases from sites</source>
        <translation>Compras en los sitios</translation>
    </message>
    <message>
        <source>Carats bought</source>
        <translation>Quilates comprados</translation>
    </message>
    <message>
        <source>USD bought</source>
        <translation>USD comprados</translation>
    </message>
    <message>
        <source>Sales to licensed buyers</source>
        <translation>Ventas a compradores con licencia</translation>
    </message>
    <message>
        <source>Carats sold</source>
        <translation>Quilates vendidos</translation>
    </message>
    <message>
        <source>USD sold</source>
        <translation>USD vendidos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>First imported (UTC)</source>
        <translation>Primera importación (UTC)</translation>
    </message>
    <message>
        <source>Last imported (UTC)</source>
        <translation>Última importación (UTC)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation>Origen (instalación)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>the inventory holds no sites, so there is nothing to report</source>
        <translation>el inventario no contiene sitios, así que no hay nada que informar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>the inventory workbook was cancelled; no file was written</source>
        <translation>se canceló el libro del inventario; no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>Consolidated inventory of alluvial diamond production: {scope}</source>
        <translation>Inventario consolidado de la producción aluvial de diamantes: {scope}</translation>
    </message>
    <message>
        <source>Period {start} to {end} (KP half-years {halves}). Made by kpfield {version} on {date} {time} UTC from {file}.</source>
        <translation>Período del {start} al {end} (semestres PK {halves}). Generado por kpfield {version} el {date} a las {time} UTC a partir de {file}.</translation>
    </message>
    <message>
        <source>not checked: imported before kpfield signed workbooks</source>
        <translation>no comprobado: importado antes de que kpfield firmara los libros</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value both sides last agreed on</source>
        <translation>Último valor común a ambos lados</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valor aquí</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modificado aquí por</translation>
    </message>
    <message>
        <source>Changed here (UTC)</source>
        <translation>Modificado aquí (UTC)</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valor recibido</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Del archivo</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Probablemente el mismo que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open conflicts: {n} (settle them with &apos;kpfield resolve&apos; or on the Exchange page)</source>
        <translation>Conflictos pendientes: {n} (resuélvalos con &apos;kpfield resolve&apos; o en la página Intercambio)</translation>
    </message>
    <message>
        <source>Probable duplicates to review: {n}</source>
        <translation>Probables duplicados por revisar: {n}</translation>
    </message>
    <message>
        <source>LibreOffice is not installed, so no PDF was made (the workbook itself was written). Install LibreOffice (Debian: libreoffice-calc-nogui) or print the Summary from Excel.</source>
        <translation>LibreOffice no está instalado, así que no se generó el PDF (el libro en sí se escribió). Instale LibreOffice (Debian: libreoffice-calc-nogui) o imprima la hoja Resumen desde Excel.</translation>
    </message>
    <message>
        <source>LibreOffice could not make the PDF: {error}</source>
        <translation>LibreOffice no pudo generar el PDF: {error}</translation>
    </message>
    <message>
        <source>Period {start} to {end}. Made by kpfield {version} on {date}.</source>
        <translation>Período del {start} al {end}. Hecho por kpfield {version} el {date}.</translation>
    </message>
    <message>
        <source>the inventory workbook: Summary per country and half-year, trends, challenge matrix, footprints, indicators, production by district and month, sites, licences, buyers and exporters, sources.</source>
        <translation>el libro del inventario: resumen por país y semestre, tendencias, matriz de desafíos, huellas, indicadores, producción por distrito y mes, sitios, licencias, compradores y exportadores, fuentes.</translation>
    </message>
    <message>
        <source>the printed pages: Summary, trends, challenge matrix, footprints, indicators.</source>
        <translation>las páginas impresas: resumen, tendencias, matriz de desafíos, huellas, indicadores.</translation>
    </message>
    <message>
        <source>No PDF: {why}</source>
        <translation>Sin PDF: {why}</translation>
    </message>
    <message>
        <source>The workbook&apos;s Maps sheet shows a map of each country&apos;s sites; the PDF prints it where there is one.</source>
        <translation>La hoja Mapas del libro muestra un mapa de los sitios de cada país; el PDF la imprime cuando existe.</translation>
    </message>
    <message>
        <source>who has sent what: the last workbook of each officer, and who is late.</source>
        <translation>quién envió qué: el último libro de cada agente, y quién está atrasado.</translation>
    </message>
    <message>
        <source>what the period&apos;s imports and edits brought: every record added, changed or deleted since the period began.</source>
        <translation>lo que aportaron las importaciones y ediciones del período: cada registro añadido, cambiado o eliminado desde el comienzo del período.</translation>
    </message>
    <message>
        <source>Late for the half-year</source>
        <translation>Atrasado en el semestre</translation>
    </message>
    <message>
        <source>Last workbook</source>
        <translation>Último libro</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Recibido (UTC)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Records in the last workbook</source>
        <translation>Registros del último libro</translation>
    </message>
    <message>
        <source>Workbooks received</source>
        <translation>Libros recibidos</translation>
    </message>
    <message>
        <source>Production records in the district</source>
        <translation>Registros de producción en el distrito</translation>
    </message>
    <message>
        <source>Production from</source>
        <translation>Producción desde</translation>
    </message>
    <message>
        <source>Production to</source>
        <translation>Producción hasta</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Field workbooks received, per officer and district</source>
        <translation>Libros de campo recibidos, por agente y distrito</translation>
    </message>
    <message>
        <source>Half-year {half} (from {start}): {late} of {officers} officers late, that is with no workbook received since the half-year began. Made from {file}.</source>
        <translation>Semestre {half} (desde el {start}): {late} de {officers} agentes atrasados, es decir, sin libro recibido desde el comienzo del semestre. Hecho a partir de {file}.</translation>
    </message>
    <message>
        <source>Carats produced per country and half-year</source>
        <translation>Quilates producidos por país y semestre</translation>
    </message>
    <message>
        <source>Carats produced</source>
        <translation>Quilates producidos</translation>
    </message>
    <message>
        <source>Value of production (USD) per country and half-year</source>
        <translation>Valor de la producción (USD) por país y semestre</translation>
    </message>
    <message>
        <source>Value of production (USD)</source>
        <translation>Valor de la producción (USD)</translation>
    </message>
    <message>
        <source>USD per carat per country and half-year</source>
        <translation>USD por quilate, por país y semestre</translation>
    </message>
    <message>
        <source>Trends: {scope}</source>
        <translation>Tendencias: {scope}</translation>
    </message>
    <message>
        <source>Production per country and KP half-year, {first} to {last}. &apos;No data&apos;: no production recorded for the country in the half-year; the charts leave a gap there rather than drawing a zero.</source>
        <translation>Producción por país y semestre del PK, de {first} a {last}. «Sin datos»: ninguna producción registrada para el país en el semestre; los gráficos dejan ahí un hueco en lugar de dibujar un cero.</translation>
    </message>
    <message>
        <source>{file} is not a PNG picture</source>
        <translation>{file} no es una imagen PNG</translation>
    </message>
    <message>
        <source>Map: {country}</source>
        <translation>Mapa: {country}</translation>
    </message>
    <message>
        <source>Sites with a GPS point, coloured by status and ringed by their worst flag; licence areas; country borders (coarse outlines).</source>
        <translation>Sitios con punto GPS, coloreados según su estado y rodeados según su alerta más grave; áreas de las licencias; fronteras de los países (contornos simplificados).</translation>
    </message>
    <message>
        <source>No map was drawn for this report.</source>
        <translation>No se dibujó ningún mapa para este informe.</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>parcialmente cumplido</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>desafío</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>self-assessment only</source>
        <translation>solo autoevaluación</translation>
    </message>
    <message>
        <source>{file}, line {line}, key {key}: {problem}</source>
        <translation>{file}, línea {line}, clave {key}: {problem}</translation>
    </message>
    <message>
        <source>{file}, key {key}: {problem}</source>
        <translation>{file}, clave {key}: {problem}</translation>
    </message>
    <message>
        <source>met within {met} of {target}, partly met within {partly_met}</source>
        <translation>cumplido a menos de {met} de {target}, parcialmente cumplido a menos de {partly_met}</translation>
    </message>
    <message>
        <source>met &lt;= {met}, partly met &lt;= {partly_met}</source>
        <translation>cumplido si ≤ {met}, parcialmente cumplido si ≤ {partly_met}</translation>
    </message>
    <message>
        <source>met &gt;= {met}, partly met &gt;= {partly_met}</source>
        <translation>cumplido si ≥ {met}, parcialmente cumplido si ≥ {partly_met}</translation>
    </message>
    <message>
        <source>the matrix {file} has no row {row}; rows: {rows}</source>
        <translation>la matriz {file} no tiene la fila {row}; filas: {rows}</translation>
    </message>
    <message>
        <source>the matrix file does not exist</source>
        <translation>el archivo de la matriz no existe</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text ({reason}); save it as UTF-8</source>
        <translation>el archivo no es texto UTF-8 ({reason}); guárdelo en UTF-8</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>TOML no válido: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty text in quotes</source>
        <translation>debe ser un texto no vacío entre comillas</translation>
    </message>
    <message>
        <source>unknown language; use {languages}</source>
        <translation>idioma desconocido; use {languages}</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>debe ser texto entre comillas</translation>
    </message>
    <message>
        <source>every title needs at least its English text ({example})</source>
        <translation>cada título necesita al menos su texto en inglés ({example})</translation>
    </message>
    <message>
        <source>every title needs its French text ({example})</source>
        <translation>cada título necesita su texto en francés ({example})</translation>
    </message>
    <message>
        <source>give at least the English text ({example})</source>
        <translation>indique al menos el texto en inglés ({example})</translation>
    </message>
    <message>
        <source>give the meaning of each score {grades} ({example})</source>
        <translation>indique el significado de cada calificación {grades} ({example})</translation>
    </message>
    <message>
        <source>score {grade} needs its meaning in English</source>
        <translation>la calificación {grade} necesita su significado en inglés</translation>
    </message>
    <message>
        <source>the matrix has no rows ([[row]] tables)</source>
        <translation>la matriz no tiene filas (tablas [[row]])</translation>
    </message>
    <message>
        <source>row id {row}: use lower-case letters, digits and _</source>
        <translation>identificador de fila {row}: use letras minúsculas, dígitos y _</translation>
    </message>
    <message>
        <source>row id {row} is used twice</source>
        <translation>el identificador de fila {row} se usa dos veces</translation>
    </message>
    <message>
        <source>row {row}: unknown key (known: {keys})</source>
        <translation>fila {row}: clave desconocida (claves conocidas: {keys})</translation>
    </message>
    <message>
        <source>row {row}: each indicator is a {table} table</source>
        <translation>fila {row}: cada indicador es una tabla {table}</translation>
    </message>
    <message>
        <source>row {row}: unknown indicator {indicator}; kpfield computes: {known}</source>
        <translation>fila {row}: indicador desconocido {indicator}; kpfield calcula: {known}</translation>
    </message>
    <message>
        <source>indicator {indicator}: unknown key</source>
        <translation>indicador {indicator}: clave desconocida</translation>
    </message>
    <message>
        <source>indicator {indicator}: must be one of {choices}</source>
        <translation>indicador {indicator}: debe ser uno de los valores {choices}</translation>
    </message>
    <message>
        <source>indicator {indicator}: must be a number (a share is written 0.05 for 5 %)</source>
        <translation>indicador {indicator}: debe ser un número (una proporción se escribe 0.05 para el 5 %)</translation>
    </message>
    <message>
        <source>indicator {indicator}: lower is better, so partly_met must be &gt;= met</source>
        <translation>indicador {indicator}: cuanto más bajo mejor, así que partly_met debe ser &gt;= met</translation>
    </message>
    <message>
        <source>indicator {indicator}: higher is better, so partly_met must be &lt;= met</source>
        <translation>indicador {indicator}: cuanto más alto mejor, así que partly_met debe ser &lt;= met</translation>
    </message>
    <message>
        <source>indicator {indicator}: tolerances must satisfy 0 &lt;= met &lt;= partly_met</source>
        <translation>indicador {indicator}: las tolerancias deben cumplir 0 &lt;= met &lt;= partly_met</translation>
    </message>
    <message>
        <source>indicator {indicator}: params is a table, e.g. {example}</source>
        <translation>indicador {indicator}: params es una tabla, por ejemplo {example}</translation>
    </message>
    <message>
        <source>indicator {indicator}: unknown parameter {parameter} (known: {known})</source>
        <translation>indicador {indicator}: parámetro desconocido {parameter} (parámetros conocidos: {known})</translation>
    </message>
    <message>
        <source>indicator {indicator}: parameter {parameter} must be like {example}</source>
        <translation>indicador {indicator}: el parámetro {parameter} debe ser del tipo {example}</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>CHALLENGE</source>
        <translation>DESAFÍO</translation>
    </message>
    <message>
        <source>self-assess.</source>
        <translation>autoeval.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspección</translation>
    </message>
    <message>
        <source>Challenge matrix, period {period} ({file}, version {version})</source>
        <translation>Matriz de desafíos, período {period} ({file}, versión {version})</translation>
    </message>
    <message>
        <source>(a letter after a status is the country&apos;s own self-assessment score)</source>
        <translation>(una letra después de un estado es la calificación de autoevaluación del propio país)</translation>
    </message>
    <message>
        <source>{title}: {status}</source>
        <translation>{title}: {status}</translation>
    </message>
    <message>
        <source>; self-assessed {score} ({meaning})</source>
        <translation>; autoevaluación {score} ({meaning})</translation>
    </message>
    <message>
        <source>, {n} {kind} record(s) flagged</source>
        <translation>, {n} registro(s) señalado(s) ({kind})</translation>
    </message>
    <message>
        <source>no licence {number} in {country} in this inventory</source>
        <translation>ninguna licencia {number} para {country} en este inventario</translation>
    </message>
    <message>
        <source>give stone counts per size class: {example}</source>
        <translation>indique el número de piedras por clase de tamaño: {example}</translation>
    </message>
    <message>
        <source>unknown size class; use {codes}</source>
        <translation>clase de tamaño desconocida; use {codes}</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>debe ser un número &gt;= 0</translation>
    </message>
    <message>
        <source>Footprint (share of stones per size class): {footprint}</source>
        <translation>Huella (proporción de piedras por clase de tamaño): {footprint}</translation>
    </message>
    <message>
        <source>Footprint (share of carats per size class): {footprint}</source>
        <translation>Huella (proporción de quilates por clase de tamaño): {footprint}</translation>
    </message>
    <message>
        <source>filled: {footprint}</source>
        <translation>relleno: {footprint}</translation>
    </message>
    <message>
        <source>; outline: reference {footprint}</source>
        <translation>; contorno: referencia {footprint}</translation>
    </message>
    <message>
        <source>; TVD {tvd}</source>
        <translation>; distancia de variación total {tvd}</translation>
    </message>
    <message>
        <source>, chi-square p = {p}</source>
        <translation>, chi-cuadrado p = {p}</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>razón</translation>
    </message>
    <message>
        <source>per officer</source>
        <translation>por inspector</translation>
    </message>
    <message>
        <source>sites per officer</source>
        <translation>sitios por inspector</translation>
    </message>
    <message>
        <source>Share of production (carats) from sites without a valid licence on the day</source>
        <translation>Proporción de la producción (quilates) de sitios sin licencia vigente en el día</translation>
    </message>
    <message>
        <source>carats of the period&apos;s production records whose licence (the record&apos;s, else its site&apos;s) is missing or not valid on the production date (status active and issued_on &lt;= date &lt;= expires_on), divided by all carats produced in the scope and period</source>
        <translation>quilates de los registros de producción del período cuya licencia (la del registro, si no la del sitio) falta o no está vigente en la fecha de producción (estado activo e issued_on &lt;= fecha &lt;= expires_on), divididos por todos los quilates producidos en el ámbito y el período</translation>
    </message>
    <message>
        <source>Share of producing licences that produced after their expiry date</source>
        <translation>Proporción de las licencias productivas que produjeron después de su fecha de vencimiento</translation>
    </message>
    <message>
        <source>licences with production in the period dated after the licence&apos;s expires_on, divided by the licences with any production in the period</source>
        <translation>licencias con producción en el período fechada después de su expires_on, divididas por las licencias con alguna producción en el período</translation>
    </message>
    <message>
        <source>Share of workers on active sites covered by registered diggers of their village</source>
        <translation>Proporción de los trabajadores de los sitios activos cubierta por mineros artesanales registrados de su aldea</translation>
    </message>
    <message>
        <source>per village (country, district, village): workers on the scope&apos;s active sites W and persons registered with the digger role R; the value is the sum of min(R, W) over the sum of W; offending: active sites in villages with fewer registered diggers than workers</source>
        <translation>por aldea (país, distrito, aldea): trabajadores de los sitios activos del ámbito W y personas registradas con la función de minero artesanal R; el valor es la suma de min(R, W) dividida por la suma de W; señalados: los sitios activos de las aldeas con menos mineros artesanales registrados que trabajadores</translation>
    </message>
    <message>
        <source>Share of active sites with a GPS point</source>
        <translation>Proporción de los sitios activos con un punto GPS</translation>
    </message>
    <message>
        <source>active sites with both latitude and longitude, divided by active sites (the sites&apos; current status)</source>
        <translation>sitios activos con latitud y longitud, divididos por los sitios activos (estado actual de los sitios)</translation>
    </message>
    <message>
        <source>Share of mapped sites whose point lies outside their country</source>
        <translation>Proporción de los sitios cartografiados cuyo punto está fuera de su país</translation>
    </message>
    <message>
        <source>sites with a GPS point more than about 5 km outside their country&apos;s border (as kpfield draws it, from Natural Earth&apos;s outlines), divided by sites with a GPS point in countries kpfield has a border for</source>
        <translation>sitios con un punto GPS a más de unos 5 km fuera de la frontera de su país (tal como kpfield la traza, a partir de los contornos de Natural Earth), divididos por los sitios con punto GPS en los países cuya frontera tiene kpfield</translation>
    </message>
    <message>
        <source>Share of mapped sites outside their licence&apos;s area</source>
        <translation>Proporción de sitios cartografiados fuera del área de su licencia</translation>
    </message>
    <message>
        <source>sites whose GPS point lies more than 10 m outside the area drawn for their licence, divided by sites with a GPS point whose licence has an area</source>
        <translation>sitios cuyo punto GPS queda a más de 10 m fuera del área trazada de su licencia, divididos por los sitios con punto GPS cuya licencia tiene área</translation>
    </message>
    <message>
        <source>Share of licence areas that overlap another licence&apos;s area</source>
        <translation>Proporción de áreas de licencia que se superponen al área de otra licencia</translation>
    </message>
    <message>
        <source>licences of the scope&apos;s sites whose drawn area overlaps the area of another live licence of the same country, divided by licences of the scope&apos;s sites that have an area</source>
        <translation>licencias de los sitios del ámbito cuya área trazada se superpone al área de otra licencia vigente del mismo país, divididas por las licencias de los sitios del ámbito que tienen área</translation>
    </message>
    <message>
        <source>Share of active sites not inspected in the last year</source>
        <translation>Proporción de los sitios activos no inspeccionados en el último año</translation>
    </message>
    <message>
        <source>active sites with no inspection in the `days` (default 365) before the end of the period, divided by active sites</source>
        <translation>sitios activos sin inspección en los `days` días (365 por defecto) antes del final del período, divididos por los sitios activos</translation>
    </message>
    <message>
        <source>Share of active sites with a month of the period without production recorded</source>
        <translation>Proporción de los sitios activos con un mes del período sin producción registrada</translation>
    </message>
    <message>
        <source>active sites that recorded production in fewer months than the period has (months begun by today), divided by active sites</source>
        <translation>sitios activos que registraron producción en menos meses de los que tiene el período (meses iniciados hasta hoy), divididos por los sitios activos</translation>
    </message>
    <message>
        <source>Share of production records that are incomplete</source>
        <translation>Proporción de los registros de producción incompletos</translation>
    </message>
    <message>
        <source>records without a value, without a register/slip reference, without a size-class breakdown, or whose size classes do not add up to the record&apos;s stones, divided by the period&apos;s records</source>
        <translation>registros sin valor, sin referencia de registro/recibo, sin desglose por clases de tamaño, o cuyas clases de tamaño no suman las piedras del registro, divididos por los registros del período</translation>
    </message>
    <message>
        <source>Share of production records entered long after the fact</source>
        <translation>Proporción de los registros de producción ingresados mucho después de los hechos</translation>
    </message>
    <message>
        <source>records whose entry date (created_at) is more than `days` (default 90) after the production date, divided by the period&apos;s records</source>
        <translation>registros cuya fecha de ingreso (created_at) es más de `days` días (90 por defecto) posterior a la fecha de producción, divididos por los registros del período</translation>
    </message>
    <message>
        <source>Share of sold production (carats) bought without a valid buyer&apos;s licence</source>
        <translation>Proporción de la producción vendida (quilates) comprada sin licencia de comprador vigente</translation>
    </message>
    <message>
        <source>carats of production records with a buyer (a licence or a name) whose buyer has no licence, or a licence that is not a dealer or exporter licence or not valid on the production date, divided by the carats of records with a buyer</source>
        <translation>quilates de los registros de producción con comprador (una licencia o un nombre) cuyo comprador no tiene licencia, o tiene una licencia que no es de comerciante ni de exportador o que no está vigente en la fecha de producción, divididos por los quilates de los registros con comprador</translation>
    </message>
    <message>
        <source>Share of buying dealers that bought while their licence was not valid</source>
        <translation>Proporción de los comerciantes compradores que compraron cuando su licencia no estaba vigente</translation>
    </message>
    <message>
        <source>dealer licences that bought production of the scope on a day the licence was not valid, divided by the dealer licences that bought production of the scope in the period</source>
        <translation>licencias de comerciante que compraron producción del ámbito un día en que la licencia no estaba vigente, divididas por las licencias de comerciante que compraron producción del ámbito en el período</translation>
    </message>
    <message>
        <source>Carats dealers sold on, per carat recorded as bought from the sites</source>
        <translation>Quilates revendidos por los comerciantes, por quilate registrado como comprado en los sitios</translation>
    </message>
    <message>
        <source>for the dealers that bought production of the scope in the period: carats of their sales (kind sale) dated in the period, divided by the carats of all production records naming them as buyer in the period; offending: dealers whose own ratio is more than `tolerance` away from 1</source>
        <translation>para los comerciantes que compraron producción del ámbito en el período: quilates de sus ventas (tipo venta) fechadas en el período, divididos por los quilates de todos los registros de producción que los nombran como comprador en el período; señalados: los comerciantes cuya razón propia se aleja de 1 más de `tolerance`</translation>
    </message>
    <message>
        <source>Share of exports without a KP certificate number</source>
        <translation>Proporción de las exportaciones sin número de certificado PK</translation>
    </message>
    <message>
        <source>exports (kind export) by the scope&apos;s exporters dated in the period without a KP certificate number, divided by those exports; a site scope has no exporters (no data)</source>
        <translation>exportaciones (tipo exportación) de los exportadores del ámbito fechadas en el período sin número de certificado PK, divididas por esas exportaciones; un ámbito de sitio no tiene exportadores (sin datos)</translation>
    </message>
    <message>
        <source>Share of valued production records far from the median USD/ct of their size class</source>
        <translation>Proporción de los registros de producción valorados lejos de la mediana USD/ct de su clase de tamaño</translation>
    </message>
    <message>
        <source>each valued record is placed in the size class of its mean stone (carats / stones); the median USD/ct of that class over the reference area&apos;s records of the period (the WGAAP region, or the country) is the reference; records more than `factor` times above or below it, divided by the valued records</source>
        <translation>cada registro valorado se sitúa en la clase de tamaño de su piedra media (quilates / piedras); la mediana USD/ct de esa clase en los registros del período del área de referencia (la región WGAAP, o el país) es la referencia; registros más de `factor` veces por encima o por debajo de ella, divididos por los registros valorados</translation>
    </message>
    <message>
        <source>valuation_outliers: reference must be one of {choices}, not {value}</source>
        <translation>valuation_outliers: reference debe ser uno de los valores {choices}, no {value}</translation>
    </message>
    <message>
        <source>Share of sites whose size-class footprint departs from their own history</source>
        <translation>Proporción de los sitios cuya huella por clases de tamaño se aparta de su historial</translation>
    </message>
    <message>
        <source>for each site with at least `min_stones` stones both in the period and in the `history` half-years before: stone counts per size class compared by a chi-square test of homogeneity (sparse classes pooled) and the total-variation distance; a site departs when p &lt; `p_value` and the distance is at least `tvd`; divided by the sites compared</source>
        <translation>para cada sitio con al menos `min_stones` piedras tanto en el período como en los `history` semestres anteriores: número de piedras por clase de tamaño comparado mediante una prueba de homogeneidad chi-cuadrado (clases poco pobladas agrupadas) y la distancia de variación total; un sitio se aparta cuando p &lt; `p_value` y la distancia es al menos `tvd`; divididos por los sitios comparados</translation>
    </message>
    <message>
        <source>Share of buying offices whose purchases jumped above their history</source>
        <translation>Proporción de las oficinas de compra cuyas compras se dispararon por encima de su historial</translation>
    </message>
    <message>
        <source>for each dealer licence that bought production of the scope: carats of all production naming it as buyer in the period, against its mean per half-year over the `history` half-years before (those with purchases; at least `min_history`); it jumps above `ratio` times that mean; divided by the offices with enough history</source>
        <translation>para cada licencia de comerciante que compró producción del ámbito: quilates de toda la producción que la nombra como compradora en el período, frente a su media por semestre en los `history` semestres anteriores (los que tienen compras; al menos `min_history`); se dispara por encima de `ratio` veces esa media; divididos por las oficinas con historial suficiente</translation>
    </message>
    <message>
        <source>Share of active sites that reported production in the period</source>
        <translation>Proporción de los sitios activos que declararon producción en el período</translation>
    </message>
    <message>
        <source>active sites with at least one production record in the period, divided by active sites; offending: active sites with none</source>
        <translation>sitios activos con al menos un registro de producción en el período, divididos por los sitios activos; señalados: los sitios activos sin ninguno</translation>
    </message>
    <message>
        <source>Share of the period&apos;s production records entered on time for the half-year statistics</source>
        <translation>Proporción de los registros de producción del período ingresados a tiempo para las estadísticas semestrales</translation>
    </message>
    <message>
        <source>records of the period entered (created_at) no later than `days` (default 45) after the end of the period, divided by the period&apos;s records; offending: the records entered later</source>
        <translation>registros del período ingresados (created_at) a más tardar `days` días (45 por defecto) después del final del período, divididos por los registros del período; señalados: los registros ingresados más tarde</translation>
    </message>
    <message>
        <source>Site inspections per inspecting officer in the period</source>
        <translation>Inspecciones de sitios por inspector en el período</translation>
    </message>
    <message>
        <source>inspections of the scope&apos;s sites dated in the period, divided by the distinct officers who made them</source>
        <translation>inspecciones de los sitios del ámbito fechadas en el período, divididas por el número de inspectores distintos que las hicieron</translation>
    </message>
    <message>
        <source>Active sites per inspecting officer</source>
        <translation>Sitios activos por inspector</translation>
    </message>
    <message>
        <source>active sites of the scope, divided by the distinct officers who inspected its sites in the period; offending: active sites not inspected in the period</source>
        <translation>sitios activos del ámbito, divididos por el número de inspectores distintos que inspeccionaron sus sitios en el período; señalados: los sitios activos no inspeccionados en el período</translation>
    </message>
    <message>
        <source>{label} (deleted)</source>
        <translation>{label} (eliminado)</translation>
    </message>
    <message>
        <source>{id} (no such record)</source>
        <translation>{id} (registro inexistente)</translation>
    </message>
    <message>
        <source>{value} is not a period: write a half-year as 2026H1 or 2026H2, or a year as 2026</source>
        <translation>{value} no es un período: escriba un semestre como 2026H1 o 2026H2, o un año como 2026</translation>
    </message>
    <message>
        <source>a buying office has no sites of its own: evaluate its country or district</source>
        <translation>una oficina de compra no tiene sitios propios: evalúe su país o distrito</translation>
    </message>
    <message>
        <source>{value} is not a scope: write it as one of {examples}</source>
        <translation>{value} no es un ámbito: escríbalo de una de estas formas: {examples}</translation>
    </message>
    <message>
        <source>{value} is not a WGAAP region; choose one of {regions}</source>
        <translation>{value} no es una región WGAAP; elija entre {regions}</translation>
    </message>
    <message>
        <source>{value} is not a kind of scope; use {kinds}</source>
        <translation>{value} no es un tipo de ámbito; use {kinds}</translation>
    </message>
    <message>
        <source>say which country {kind} {value} is in: {example}</source>
        <translation>indique en qué país está {kind} {value}: {example}</translation>
    </message>
    <message>
        <source>no {table} in this inventory has {column} {value}</source>
        <translation>ningún registro {table} de este inventario tiene {column} = {value}</translation>
    </message>
    <message>
        <source>{kind} {value} exists in {countries}; write {example}</source>
        <translation>{kind} {value} existe en {countries}; escriba {example}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, which has no licence</source>
        <translation>producción fechada el {date} en el sitio {site}, que no tiene licencia</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, which was deleted</source>
        <translation>producción fechada el {date} con la licencia {licence}, que fue eliminada</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, expired {expires}</source>
        <translation>producción fechada el {date} con la licencia {licence}, vencida el {expires}</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, issued only on {issued}</source>
        <translation>producción fechada el {date} con la licencia {licence}, expedida recién el {issued}</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, whose status is {status}</source>
        <translation>producción fechada el {date} con la licencia {licence}, cuyo estado es «{status}»</translation>
    </message>
    <message>
        <source>licence {licence} expired {expires}; production recorded under it up to {last}</source>
        <translation>la licencia {licence} venció el {expires}; producción registrada con ella hasta el {last}</translation>
    </message>
    <message>
        <source>site {site}: {workers} workers on the active sites of village {village}, {diggers} registered diggers</source>
        <translation>sitio {site}: {workers} trabajadores en los sitios activos de la aldea {village}, {diggers} mineros registrados</translation>
    </message>
    <message>
        <source>site {site}: last inspected on {last}, more than {days} days before {end}</source>
        <translation>sitio {site}: última inspección el {last}, más de {days} días antes del {end}</translation>
    </message>
    <message>
        <source>site {site}: never inspected</source>
        <translation>sitio {site}: nunca inspeccionado</translation>
    </message>
    <message>
        <source>site {site}: no production recorded in {months}</source>
        <translation>sitio {site}: sin producción registrada en {months}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>no register or slip reference</source>
        <translation>sin referencia de registro o de comprobante</translation>
    </message>
    <message>
        <source>no size-class breakdown</source>
        <translation>sin desglose por clase de tamaño</translation>
    </message>
    <message>
        <source>size classes add up to {sum} stones, the record says {stones}</source>
        <translation>las clases de tamaño suman {sum} piedras, el registro indica {stones}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}: {gaps}</source>
        <translation>producción fechada el {date} en el sitio {site}: {gaps}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, entered on {entered} ({days} days later)</source>
        <translation>producción fechada el {date} en el sitio {site}, registrada el {entered} ({days} días después)</translation>
    </message>
    <message>
        <source>production dated {date} sold to {buyer}, who has no buyer&apos;s licence</source>
        <translation>producción fechada el {date} vendida a {buyer}, que no tiene licencia de comprador</translation>
    </message>
    <message>
        <source>production dated {date} sold under licence {licence}, not a dealer&apos;s licence</source>
        <translation>producción fechada el {date} vendida con la licencia {licence}, que no es una licencia de comerciante</translation>
    </message>
    <message>
        <source>production dated {date} sold to licence {licence}, not valid that day (valid {issued} to {expires})</source>
        <translation>producción fechada el {date} vendida a la licencia {licence}, no válida ese día (válida del {issued} al {expires})</translation>
    </message>
    <message>
        <source>dealer licence {licence} (valid {issued} to {expires}) bought production dated {date}</source>
        <translation>la licencia de comerciante {licence} (válida del {issued} al {expires}) compró producción fechada el {date}</translation>
    </message>
    <message>
        <source>dealer licence {licence} bought {bought} ct from the sites and sold {sold} ct in the period</source>
        <translation>la licencia de comerciante {licence} compró {bought} ct en los sitios y vendió {sold} ct en el período</translation>
    </message>
    <message>
        <source>export of {date}, {carats} ct by licence {licence}, without a KP certificate number</source>
        <translation>exportación del {date}, {carats} ct por la licencia {licence}, sin número de certificado PK</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}: {value} USD for {carats} ct ({usd_ct} USD/ct), more than {factor} times above or below the median of its size class</source>
        <translation>producción fechada el {date} en el sitio {site}: {value} USD por {carats} ct ({usd_ct} USD/ct), más de {factor} veces por encima o por debajo de la mediana de su clase de tamaño</translation>
    </message>
    <message>
        <source>site {site}: its size classes in {period} differ from its own {history} half-years before</source>
        <translation>sitio {site}: sus clases de tamaño en {period} difieren de sus propios {history} semestres anteriores</translation>
    </message>
    <message>
        <source>dealer licence {licence} bought {carats} ct in {period}, more than {ratio} times its usual half-year</source>
        <translation>la licencia de comerciante {licence} compró {carats} ct en {period}, más de {ratio} veces su semestre habitual</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, entered on {entered}, after the deadline {deadline}</source>
        <translation>producción fechada el {date} en el sitio {site}, registrada el {entered}, después del plazo del {deadline}</translation>
    </message>
    <message>
        <source>site {site}: active, with no GPS point</source>
        <translation>sitio {site}: activo, sin punto GPS</translation>
    </message>
    <message>
        <source>site {site}: its GPS point {lat}, {lon} lies outside its country ({country})</source>
        <translation>sitio {site}: su punto GPS {lat}; {lon} está fuera de su país ({country})</translation>
    </message>
    <message>
        <source>site {site}: its GPS point {lat}, {lon} lies outside the area drawn for licence {licence}</source>
        <translation>sitio {site}: su punto GPS {lat}; {lon} está fuera del área trazada para la licencia {licence}</translation>
    </message>
    <message>
        <source>the area of licence {licence} overlaps the area of another licence</source>
        <translation>el área de la licencia {licence} se superpone al área de otra licencia</translation>
    </message>
    <message>
        <source>site {site}: active, with no production recorded in {period}</source>
        <translation>sitio {site}: activo, sin producción registrada en {period}</translation>
    </message>
    <message>
        <source>site {site}: active, not inspected in {period}</source>
        <translation>sitio {site}: activo, no inspeccionado en {period}</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>same national ID {id}</source>
        <translation>mismo número de identidad nacional {id}</translation>
    </message>
    <message>
        <source>same name in the same village</source>
        <translation>mismo nombre en la misma aldea</translation>
    </message>
    <message>
        <source>sites {metres} m apart</source>
        <translation>sitios a {metres} m de distancia</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>there is no conflict {id}; &apos;kpfield conflicts&apos; lists the open ones</source>
        <translation>no existe el conflicto {id}; &apos;kpfield conflicts&apos; enumera los pendientes</translation>
    </message>
    <message>
        <source>conflict {id} was already settled ({resolution})</source>
        <translation>el conflicto {id} ya estaba resuelto ({resolution})</translation>
    </message>
    <message>
        <source>{date} {time} UTC</source>
        <translation>{date} {time} UTC</translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation>agente desconocido</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>no eliminado</translation>
    </message>
    <message>
        <source>choose ours, theirs or a value</source>
        <translation>elija el valor de aquí, el valor recibido u otro valor</translation>
    </message>
    <message>
        <source>kept the value here: {field} = {value}</source>
        <translation>se conservó el valor de aquí: {field} = {value}</translation>
    </message>
    <message>
        <source>took the value received: {field} = {value}</source>
        <translation>se tomó el valor recibido: {field} = {value}</translation>
    </message>
    <message>
        <source>set a new value: {field} = {value}</source>
        <translation>se fijó un valor nuevo: {field} = {value}</translation>
    </message>
    <message>
        <source>there is no live record {id}</source>
        <translation>no existe el registro {id} (o fue eliminado)</translation>
    </message>
    <message>
        <source>there is no live {kind} {other} to merge into {keep}</source>
        <translation>{kind} {other} no existe (o fue eliminado): no se puede fusionar con {keep}</translation>
    </message>
    <message>
        <source>{kind} {other} merged into {keep} (kept as its alias)</source>
        <translation>se fusionó {kind} {other} con {keep} (se conserva como su alias)</translation>
    </message>
    <message>
        <source>there is no open duplicate candidate {id}</source>
        <translation>no existe el candidato a duplicado pendiente {id}</translation>
    </message>
    <message>
        <source>say which record of pair {id} to keep: A or B</source>
        <translation>indique qué registro del par {id} conservar: A o B</translation>
    </message>
    <message>
        <source>candidate {id} dismissed: two different records</source>
        <translation>candidato {id} descartado: son dos registros distintos</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{value} can be read two ways: {whole} or {decimal}. Type {plain} or {whole} for the first, {decimal} for the second</source>
        <translation>{value} puede leerse de dos maneras: {whole} o {decimal}. Escriba {plain} o {whole} para la primera, {decimal} para la segunda</translation>
    </message>
    <message>
        <source>{value}: thousands are grouped by three digits (1 250 000); type the number again</source>
        <translation>{value}: los miles se agrupan de tres en tres cifras (1 250 000); escriba el número de nuevo</translation>
    </message>
    <message>
        <source>{whole} or {decimal}?</source>
        <translation>¿{whole} o {decimal}?</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is {what}): nothing was written to it. Give the name of a new file, or of an existing file to replace.</source>
        <translation>{path} no es un archivo normal (es {what}): no se escribió nada en él. Indique el nombre de un archivo nuevo, o de un archivo existente que se reemplazará.</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>un bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Nothing was written there and the partial file was removed. Free some space, or write to another drive.</source>
        <translation>{path} no se pudo escribir: el disco está lleno. No se escribió nada allí y se eliminó el archivo parcial. Libere espacio, o escriba en otra unidad.</translation>
    </message>
    <message>
        <source>{path} could not be written: the drive or folder is read-only, or you may not write there. Nothing was written; choose a folder you can write to.</source>
        <translation>{path} no se pudo escribir: la unidad o la carpeta es de solo lectura, o no tiene permiso para escribir allí. No se escribió nada; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}). Nothing was written there; check the drive and the folder, or choose another.</source>
        <translation>{path} no se pudo escribir ({error}). No se escribió nada allí; revise la unidad y la carpeta, o elija otra.</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
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
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>República Democrática del Congo</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>República del Congo</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
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
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
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
        <translation>Francia</translation>
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
        <translation>Malí</translation>
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
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>West Africa</source>
        <translation>África Occidental</translation>
    </message>
    <message>
        <source>Central and Southern Africa</source>
        <translation>África Central y Austral</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>América del Sur</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefectura</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>kpfield workbook</source>
        <translation>libro de kpfield</translation>
    </message>
    <message>
        <source>filled template</source>
        <translation>plantilla rellenada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>rechazado: {reason}</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>rechazado: no se escribió nada</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>simulación: no se escribió nada</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation>Origen (instalación)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Signer&apos;s key fingerprint</source>
        <translation>Huella digital de la clave del firmante</translation>
    </message>
    <message>
        <source>Signature detail</source>
        <translation>Detalle de la firma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>page &amp;P of &amp;N</source>
        <translation>página &amp;P de &amp;N</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value both sides last agreed on</source>
        <translation>Último valor acordado por ambas partes</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valor aquí</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Modificado aquí por</translation>
    </message>
    <message>
        <source>Changed here (UTC)</source>
        <translation>Modificado aquí (UTC)</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valor recibido</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>Changed there (UTC)</source>
        <translation>Modificado allá (UTC)</translation>
    </message>
    <message>
        <source>Settled automatically</source>
        <translation>Resuelto automáticamente</translation>
    </message>
    <message>
        <source>Record UUID</source>
        <translation>UUID del registro</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Registro A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Registro B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Licence valid on the date</source>
        <translation>Licencia vigente en la fecha</translation>
    </message>
    <message>
        <source>Buyer licensed</source>
        <translation>Comprador con licencia</translation>
    </message>
    <message>
        <source>Buyer&apos;s licence valid on the date</source>
        <translation>Licencia del comprador vigente en la fecha</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>Active site under a valid licence</source>
        <translation>Sitio activo con licencia vigente</translation>
    </message>
    <message>
        <source>Stone weight and size class</source>
        <translation>Peso de las piedras y clase de tamaño</translation>
    </message>
    <message>
        <source>Value per carat</source>
        <translation>Valor por quilate</translation>
    </message>
    <message>
        <source>{rule}: {problem}</source>
        <translation>{rule}: {problem}</translation>
    </message>
    <message>
        <source>licence {number} is {status}</source>
        <translation>la licencia {number} está {status}</translation>
    </message>
    <message>
        <source>licence {number} was only issued on {issued}</source>
        <translation>la licencia {number} no se expidió hasta el {issued}</translation>
    </message>
    <message>
        <source>licence {number} expired on {expires}</source>
        <translation>la licencia {number} venció el {expires}</translation>
    </message>
    <message>
        <source>{why}: no production may be recorded under it on {date}</source>
        <translation>{why}: no puede registrarse producción con esta licencia el {date}</translation>
    </message>
    <message>
        <source>{why}: it could not buy on {date}</source>
        <translation>{why}: no podía comprar el {date}</translation>
    </message>
    <message>
        <source>{name} has no buyer&apos;s licence: stones may only be sold to licensed buyers</source>
        <translation>{name} no tiene licencia de comprador: las piedras solo pueden venderse a compradores con licencia</translation>
    </message>
    <message>
        <source>{stones} stone(s) of {carats} ct weigh {each} ct each, outside the {size_class} class</source>
        <translation>{stones} piedra(s) de {carats} ct pesan {each} ct cada una, fuera de la clase {size_class}</translation>
    </message>
    <message>
        <source>{low} to {high} ct</source>
        <translation>{low} a {high} ct</translation>
    </message>
    <message>
        <source>over {low} ct</source>
        <translation>más de {low} ct</translation>
    </message>
    <message>
        <source>{value} USD/ct is far from this district&apos;s recent production ({low} to {high} USD/ct): check the value and the carats</source>
        <translation>{value} USD/ct está lejos de la producción reciente de este distrito ({low} a {high} USD/ct): compruebe el valor y los quilates</translation>
    </message>
    <message>
        <source>{value} USD/ct is implausible for artisanal diamonds ({low} to {high} USD/ct): check the value and the carats</source>
        <translation>{value} USD/ct es inverosímil para diamantes artesanales ({low} a {high} USD/ct): compruebe el valor y los quilates</translation>
    </message>
    <message>
        <source>{why}: it could not sell on {date}</source>
        <translation>{why}: no podía vender el {date}</translation>
    </message>
    <message>
        <source>born on {birth}, this person is {age}: a digger or licence holder must be at least {limit}</source>
        <translation>nacida el {birth}, esta persona tiene {age} años: un minero o titular de licencia debe tener al menos {limit} años</translation>
    </message>
    <message>
        <source>the holder was {age} on the issue date {issued}: a licence holder must be at least {limit}</source>
        <translation>el titular tenía {age} años en la fecha de expedición, {issued}: un titular de licencia debe tener al menos {limit} años</translation>
    </message>
    <message>
        <source>{why}: an active site needs a valid licence; mark the site idle or renew the licence</source>
        <translation>{why}: un sitio activo necesita una licencia vigente; marque el sitio como inactivo o renueve la licencia</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>{key!r} is not an Ed25519 public key</source>
        <translation>{key!r} no es una clave pública Ed25519</translation>
    </message>
    <message>
        <source>{path} is not a readable kpfield signing key ({why}). Restore it from a backup of your data folder; or move it aside, and kpfield makes a new key on the next export (your coordinator then registers the new one).</source>
        <translation>{path} no es una clave de firma de kpfield legible ({why}). Restáurela a partir de una copia de seguridad de su carpeta de datos; o muévala a otro lugar, y kpfield creará una clave nueva en la próxima exportación (su coordinador registrará entonces la nueva).</translation>
    </message>
    <message>
        <source>part of its signature is missing from _about ({facts})</source>
        <translation>falta parte de su firma en _about ({facts})</translation>
    </message>
    <message>
        <source>it is signed in a way this kpfield does not know ({scheme}); if a newer kpfield made it, install that version</source>
        <translation>está firmado de una forma que esta versión de kpfield no conoce ({scheme}); si lo generó una versión más reciente de kpfield, instálela</translation>
    </message>
    <message>
        <source>the public key on its _about sheet is damaged</source>
        <translation>la clave pública de su hoja _about está dañada</translation>
    </message>
    <message>
        <source>the fingerprint on its _about sheet ({written}) is not that of its public key ({actual})</source>
        <translation>la huella digital de su hoja _about ({written}) no corresponde a su clave pública ({actual})</translation>
    </message>
    <message>
        <source>its _about sheet no longer matches the signature: who made it, when, its counts or checksums were changed</source>
        <translation>su hoja _about ya no coincide con la firma: se cambió quién lo generó, cuándo, sus recuentos o sus sumas de verificación</translation>
    </message>
    <message>
        <source>its column headers were changed (a column renamed, moved, added or removed)</source>
        <translation>se cambiaron los encabezados de sus columnas (una columna renombrada, movida, añadida o eliminada)</translation>
    </message>
    <message>
        <source>its data was changed: a cell was edited, or rows were added or removed (the SHA-256 of the rows read is not the signed one)</source>
        <translation>se cambiaron sus datos: se editó una celda, o se añadieron o eliminaron filas (el SHA-256 de las filas leídas no es el firmado)</translation>
    </message>
    <message>
        <source>registered officer</source>
        <translation>agente registrado</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>altered after signing</source>
        <translation>modificado después de firmarse</translation>
    </message>
    <message>
        <source>signed by this installation ({fingerprint})</source>
        <translation>firmado por esta instalación ({fingerprint})</translation>
    </message>
    <message>
        <source>signed by a registered officer: {officer} ({fingerprint})</source>
        <translation>firmado por un agente registrado: {officer} ({fingerprint})</translation>
    </message>
    <message>
        <source>; key registered after the import</source>
        <translation>; clave registrada después de la importación</translation>
    </message>
    <message>
        <source>signed by an unknown key {fingerprint}: no officer registered it in this inventory</source>
        <translation>firmado por una clave desconocida {fingerprint}: no se registró para ningún agente en este inventario</translation>
    </message>
    <message>
        <source>unsigned: a hand-filled template, or a workbook from a kpfield that did not sign</source>
        <translation>sin firma: una plantilla llenada a mano, o un libro de una versión de kpfield que no firmaba</translation>
    </message>
    <message>
        <source>altered after signing: {detail}</source>
        <translation>modificado después de firmarse: {detail}</translation>
    </message>
    <message>
        <source> (imported by the coordinator&apos;s override, written to the audit log)</source>
        <translation> (importado por decisión del coordinador, anotado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>ask the officer to run &apos;kpfield identity --export&apos; again and send the new file</source>
        <translation>pida al agente que ejecute de nuevo &apos;kpfield identity --export&apos; y le envíe el archivo nuevo</translation>
    </message>
    <message>
        <source>{path} cannot be registered: {why}; {ask}</source>
        <translation>{path} no se puede registrar: {why}; {ask}</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, a device or a pipe)</source>
        <translation>no es un archivo normal (una carpeta, un dispositivo o una tubería)</translation>
    </message>
    <message>
        <source>it holds {size} bytes; a key file holds at most {limit}</source>
        <translation>tiene {size} bytes; un archivo de clave tiene como máximo {limit}</translation>
    </message>
    <message>
        <source>its JSON is nested {depth} levels deep; a key file has at most {limit}</source>
        <translation>su JSON tiene {depth} niveles de anidamiento; un archivo de clave tiene como máximo {limit}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>it is not an officer&apos;s key file (.kpkey)</source>
        <translation>no es un archivo de clave de agente (.kpkey)</translation>
    </message>
    <message>
        <source>its key is not an Ed25519 key</source>
        <translation>su clave no es una clave Ed25519</translation>
    </message>
    <message>
        <source>it does not name the officer and the installation</source>
        <translation>no indica el agente ni la instalación</translation>
    </message>
    <message>
        <source>its public key is damaged</source>
        <translation>su clave pública está dañada</translation>
    </message>
    <message>
        <source>its fingerprint does not belong to its public key (the file was edited)</source>
        <translation>su huella digital no corresponde a su clave pública (el archivo fue editado)</translation>
    </message>
    <message>
        <source>it was edited after the officer exported it</source>
        <translation>fue editado después de que el agente lo exportara</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{folder} is not a folder: no backup was written. Give a folder for the backups.</source>
        <translation>{folder} no es una carpeta: no se escribió ninguna copia de seguridad. Indique una carpeta para las copias de seguridad.</translation>
    </message>
    <message>
        <source>backup cancelled; no backup file was written</source>
        <translation>copia de seguridad cancelada; no se guardó ningún archivo de copia</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. No backup file was left there and the inventory is as it was. Free some space, or back up to another drive.</source>
        <translation>No se pudo escribir la copia de seguridad en {folder}: el disco está lleno. No quedó ningún archivo de copia allí y el inventario está como estaba. Libere espacio, o haga la copia en otro disco.</translation>
    </message>
    <message>
        <source>{officer}&apos;s inventory (installation {origin}, inventory {id})</source>
        <translation>el inventario de {officer} (instalación {origin}, inventario {id})</translation>
    </message>
    <message>
        <source>{name} cannot be read to tell which inventory it is, and {folder} holds backups of {n} inventories under that name: {owners}. Choose one with --from</source>
        <translation>{name} no se puede leer para saber qué inventario es, y {folder} contiene copias de seguridad de {n} inventarios con ese nombre: {owners}. Elija una con --from</translation>
    </message>
    <message>
        <source>No good backup of {name} was found in {folder} ({n} checked)</source>
        <translation>No se encontró ninguna copia de seguridad válida de {name} en {folder} ({n} revisadas)</translation>
    </message>
    <message>
        <source>; the folder holds backups of other inventories, which restore does not bring back unless you name one with --from: {owners}</source>
        <translation>; la carpeta contiene copias de seguridad de otros inventarios, que la restauración no recupera salvo que indique una con --from: {owners}</translation>
    </message>
    <message>
        <source>{backup} is not a good backup ({problem}); choose another one</source>
        <translation>{backup} no es una copia de seguridad válida ({problem}); elija otra</translation>
    </message>
    <message>
        <source>restore cancelled; the inventory was not changed</source>
        <translation>restauración cancelada; el inventario no se ha modificado</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} está vacío</translation>
    </message>
    <message>
        <source>listing the backups cancelled</source>
        <translation>listado de las copias de seguridad cancelado</translation>
    </message>
    <message>
        <source>{path} is read-only here (the file, or the folder or drive it is on, cannot be written), so nothing was changed. To change it, copy it to a folder you can write to (or make it writable) and use the copy; stats, verify and exports work on it as it is.</source>
        <translation>{path} es de solo lectura aquí (el archivo, o la carpeta o unidad donde está, no se puede escribir), así que no se cambió nada. Para cambiarlo, cópielo a una carpeta en la que pueda escribir (o hágalo modificable) y use la copia; stats, verify y las exportaciones funcionan con él tal como está.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved from this operation and the inventory is as it was. Free some space (or save to another drive) and try again.</source>
        <translation>El disco está lleno: no se guardó nada de esta operación y el inventario sigue como estaba. Libere espacio (o guarde en otra unidad) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{path} cannot be opened here: its latest changes are in {wal}, which cannot be read on a read-only folder or drive. Copy both files to a folder you can write to and open the copy.</source>
        <translation>{path} no se puede abrir aquí: sus últimos cambios están en {wal}, que no se puede leer en una carpeta o unidad de solo lectura. Copie los dos archivos a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an inventory file</source>
        <translation>{path} es una carpeta, no un archivo de inventario</translation>
    </message>
    <message>
        <source>{path} is not an inventory file (it is not a regular file)</source>
        <translation>{path} no es un archivo de inventario (no es un archivo normal)</translation>
    </message>
    <message>
        <source>{path} is not a kpfield inventory (it is not an SQLite database); choose the .kpfield file the program created</source>
        <translation>{path} no es un inventario de kpfield (no es una base de datos SQLite); elija el archivo .kpfield que creó el programa</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); run &apos;kpfield verify&apos; on it, or restore it from a backup with &apos;kpfield restore&apos;</source>
        <translation>{path} no se puede leer ({error}); ejecute &apos;kpfield verify&apos; sobre él, o restáurelo desde una copia de seguridad con &apos;kpfield restore&apos;</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a kpfield inventory; choose the .kpfield file the program created</source>
        <translation>{path} es una base de datos SQLite, pero no un inventario de kpfield; elija el archivo .kpfield que creó el programa</translation>
    </message>
    <message>
        <source>{path} carries kpfield&apos;s mark but was not made by kpfield (it lacks an inventory&apos;s tables); it was left as it was. Choose the .kpfield file the program created.</source>
        <translation>{path} lleva la marca de kpfield pero no fue creado por kpfield (le faltan las tablas de un inventario); se dejó como estaba. Elija el archivo .kpfield que creó el programa.</translation>
    </message>
    <message>
        <source>The inventory is busy with another task (another kpfield window or an import); nothing was saved: try again in a moment</source>
        <translation>El inventario está ocupado con otra tarea (otra ventana de kpfield o una importación); no se guardó nada: inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>same national ID {national_id}</source>
        <translation>mismo número de identidad nacional {national_id}</translation>
    </message>
    <message>
        <source>similar name in {village}</source>
        <translation>nombre similar en {village}</translation>
    </message>
    <message>
        <source>{path} cannot be read as an inventory ({error}); run &apos;kpfield verify&apos; on it, or restore it from a backup</source>
        <translation>{path} no se puede leer como inventario ({error}); ejecute &apos;kpfield verify&apos; sobre él, o restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>{path} was made by a newer kpfield (schema steps {steps}); this is kpfield {version}: install the newer version to open it</source>
        <translation>{path} fue creado por una versión más reciente de kpfield (pasos de esquema {steps}); esta es kpfield {version}: instale la versión más reciente para abrirlo</translation>
    </message>
    <message>
        <source>The inventory is being upgraded or written by another kpfield; try again in a moment</source>
        <translation>Otro kpfield está actualizando o escribiendo el inventario; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>{record} (as {field})</source>
        <translation>{record} (como {field})</translation>
    </message>
    <message>
        <source>{record} cannot be deleted: {n} record(s) refer to it</source>
        <translation>{record} no puede eliminarse: {n} registro(s) remiten a él</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>... y {n} más</translation>
    </message>
    <message>
        <source>Delete those records first, or change them to refer to another record.</source>
        <translation>Elimine primero esos registros, o cámbielos para que remitan a otro.</translation>
    </message>
    <message>
        <source>{path} already exists; open it, or choose another file name</source>
        <translation>{path} ya existe; ábralo o elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} no es un código de país que kpfield conozca (ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>The officer&apos;s name is required</source>
        <translation>El nombre del agente es obligatorio</translation>
    </message>
    <message>
        <source>{path} does not exist; create it with &apos;kpfield init&apos; or choose another file</source>
        <translation>{path} no existe; créelo con &apos;kpfield init&apos; o elija otro archivo</translation>
    </message>
    <message>
        <source>{path} is empty: it is not an inventory</source>
        <translation>{path} está vacío: no es un inventario</translation>
    </message>
    <message>
        <source>{path} has no installation identity: it was not created by &apos;kpfield init&apos;</source>
        <translation>{path} no tiene identidad de instalación: no fue creado con &apos;kpfield init&apos;</translation>
    </message>
    <message>
        <source>{path} was made by an older kpfield and must be upgraded before it is used, but it is read-only here: copy it to a folder you can write to and open the copy. Nothing was changed.</source>
        <translation>{path} fue creado por una versión anterior de kpfield y debe actualizarse antes de usarse, pero es de solo lectura aquí: cópielo a una carpeta en la que pueda escribir y abra la copia. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} was made by an older kpfield; open it in kpfield once to upgrade it</source>
        <translation>{path} fue creado por una versión anterior de kpfield; ábralo una vez en kpfield para actualizarlo</translation>
    </message>
    <message>
        <source>this installation&apos;s signing key is not on this computer (the inventory was made or moved here from elsewhere)</source>
        <translation>la clave de firma de esta instalación no está en este ordenador (el inventario se creó o se trajo aquí de otro lugar)</translation>
    </message>
    <message>
        <source>the inventory has no signed genesis (it was made by an earlier kpfield)</source>
        <translation>el inventario no tiene génesis firmada (lo creó una versión anterior de kpfield)</translation>
    </message>
    <message>
        <source>its genesis was not signed by this installation&apos;s key: the inventory was made elsewhere, even if it carries this installation&apos;s id</source>
        <translation>su génesis no fue firmada por la clave de esta instalación: el inventario se creó en otro lugar, aunque lleve el identificador de esta instalación</translation>
    </message>
    <message>
        <source>its latest checkpoint&apos;s signature does not hold (run kpfield verify)</source>
        <translation>la firma de su último punto de control no es válida (ejecute kpfield verify)</translation>
    </message>
    <message>
        <source>its audit log no longer passes through its latest checkpoint (run kpfield verify)</source>
        <translation>su registro de auditoría ya no pasa por su último punto de control (ejecute kpfield verify)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; names several {kinds}: {candidates}; give its UUID</source>
        <translation>{field}: «{value}» designa varios registros ({kinds}): {candidates}; indique su UUID</translation>
    </message>
    <message>
        <source>{field} {key} is already used by another {kind}</source>
        <translation>{field} {key} ya lo usa otro registro ({kind})</translation>
    </message>
    <message>
        <source>{date}, site {site}, {carats} ct</source>
        <translation>{date}, sitio {site}, {carats} ct</translation>
    </message>
    <message>
        <source>{date}, seller {seller}, {carats} ct</source>
        <translation>{date}, vendedor {seller}, {carats} ct</translation>
    </message>
    <message>
        <source>{field}: no {kind} with id {id}</source>
        <translation>{field}: no hay ningún registro ({kind}) con el identificador {id}</translation>
    </message>
    <message>
        <source>{field}: that {kind} has been deleted</source>
        <translation>{field}: ese registro ({kind}) fue eliminado</translation>
    </message>
    <message>
        <source>National ID {national_id} is already recorded for {name}</source>
        <translation>El número de identidad nacional {national_id} ya está registrado para {name}</translation>
    </message>
    <message>
        <source>There is no record {id} here (it may have been deleted)</source>
        <translation>No hay ningún registro {id} aquí (puede que se haya eliminado)</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it (version {version}, yours {yours}); close the form and open the record again</source>
        <translation>Este registro se modificó en otro lugar desde que usted lo abrió (versión {version}, la suya {yours}); cierre el formulario y vuelva a abrir el registro</translation>
    </message>
    <message>
        <source>{name} is kept by kpfield itself and cannot be changed</source>
        <translation>{name} lo mantiene el propio kpfield y no se puede modificar</translation>
    </message>
    <message>
        <source>There is no record {id} here</source>
        <translation>No hay ningún registro {id} aquí</translation>
    </message>
    <message>
        <source>audit row {n} is missing (next row is {next}): the log was cut</source>
        <translation>falta la fila de auditoría {n} (la siguiente es la fila {next}): el registro fue cortado</translation>
    </message>
    <message>
        <source>audit row {n} was changed or removed after it was written (its hash no longer follows from the rows before it)</source>
        <translation>la fila de auditoría {n} fue modificada o eliminada después de escribirse (su hash ya no se deriva de las filas anteriores)</translation>
    </message>
    <message>
        <source>the audit log ends at row {n} but its recorded head is row {head}: rows were removed from the end</source>
        <translation>el registro de auditoría termina en la fila {n}, pero su cabeza registrada es la fila {head}: se eliminaron filas del final</translation>
    </message>
    <message>
        <source>the audit log has rows but no recorded head</source>
        <translation>el registro de auditoría tiene filas, pero ninguna cabeza registrada</translation>
    </message>
    <message>
        <source>{n} audit rows, chain intact</source>
        <translation>{n} filas de auditoría, cadena intacta</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>{n} upgrade step(s) will run when it is next opened: {steps}</source>
        <translation>{n} paso(s) de actualización se ejecutarán la próxima vez que se abra: {steps}</translation>
    </message>
    <message>
        <source>restore the latest good backup with: kpfield restore --db &quot;{path}&quot;</source>
        <translation>restaure la última copia de seguridad buena con: kpfield restore --db &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>the file&apos;s structure is sound</source>
        <translation>la estructura del archivo está sana</translation>
    </message>
    <message>
        <source>the file is damaged ({problems}); {hint}</source>
        <translation>el archivo está dañado ({problems}); {hint}</translation>
    </message>
    <message>
        <source>every reference points to a record</source>
        <translation>cada referencia apunta a un registro existente</translation>
    </message>
    <message>
        <source>{n} record(s) refer to records that do not exist, first in table {table}</source>
        <translation>{n} registro(s) hacen referencia a registros que no existen, el primero en la tabla {table}</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read ({error}); {hint}</source>
        <translation>el archivo está dañado y no se puede leer ({error}); {hint}</translation>
    </message>
    <message>
        <source>the table of {kinds} was removed from the file</source>
        <translation>la tabla {kinds} se eliminó del archivo</translation>
    </message>
    <message>
        <source>{kind} {label} has no audit history: it was added outside kpfield</source>
        <translation>{kind} {label} no tiene historial de auditoría: se añadió fuera de kpfield</translation>
    </message>
    <message>
        <source>{field} is {now}, the audit log says {audited}</source>
        <translation>{field} es {now}, el registro de auditoría dice {audited}</translation>
    </message>
    <message>
        <source>{kind} {label} was changed outside kpfield: {fields}</source>
        <translation>{kind} {label} se modificó fuera de kpfield: {fields}</translation>
    </message>
    <message>
        <source>{kind} {label} was changed outside kpfield (its values no longer match the hash in audit row {seq})</source>
        <translation>{kind} {label} se modificó fuera de kpfield (sus valores ya no coinciden con la huella de la fila de auditoría {seq})</translation>
    </message>
    <message>
        <source>{kind} {id} is in the audit log (row {seq}) but no longer in the file: it was removed outside kpfield</source>
        <translation>{kind} {id} está en el registro de auditoría (fila {seq}) pero ya no en el archivo: se eliminó fuera de kpfield</translation>
    </message>
    <message>
        <source>{n} records match the audit log</source>
        <translation>{n} registros coinciden con el registro de auditoría</translation>
    </message>
    <message>
        <source>{changed} record(s) changed outside kpfield, {unaudited} with no audit history, {missing} removed outside kpfield (of {n} checked)</source>
        <translation>{changed} registro(s) modificado(s) fuera de kpfield, {unaudited} sin historial de auditoría, {missing} eliminado(s) fuera de kpfield (de {n} comprobados)</translation>
    </message>
    <message>
        <source>the inventory has no audit log and no signed genesis: they were removed (kpfield writes both when it creates an inventory)</source>
        <translation>el inventario no tiene registro de auditoría ni génesis firmada: se eliminaron (kpfield escribe ambos al crear un inventario)</translation>
    </message>
    <message>
        <source>no signed checkpoint yet: the inventory was made by an earlier kpfield and has not been opened where its key is since</source>
        <translation>aún no hay punto de control firmado: el inventario lo creó una versión anterior de kpfield y no se ha abierto desde entonces donde está su clave</translation>
    </message>
    <message>
        <source>the signed genesis was removed from the inventory</source>
        <translation>la génesis firmada se eliminó del inventario</translation>
    </message>
    <message>
        <source>the signature of the inventory&apos;s genesis does not hold: it was edited</source>
        <translation>la firma de la génesis del inventario no es válida: se editó</translation>
    </message>
    <message>
        <source>the inventory&apos;s identity (installation or inventory id) is not the one its genesis signed</source>
        <translation>la identidad del inventario (instalación o identificador del inventario) no es la que firmó su génesis</translation>
    </message>
    <message>
        <source>the latest checkpoint&apos;s signature does not hold: it was edited</source>
        <translation>la firma del último punto de control no es válida: se editó</translation>
    </message>
    <message>
        <source>the latest checkpoint was signed by another key than the genesis</source>
        <translation>el último punto de control lo firmó otra clave distinta de la de la génesis</translation>
    </message>
    <message>
        <source>the audit log holds {n} intact rows but the checkpoint signed at {at} covered {m}: rows were removed or the log was wiped</source>
        <translation>el registro de auditoría tiene {n} filas intactas pero el punto de control firmado el {at} abarcaba {m}: se eliminaron filas o se borró el registro</translation>
    </message>
    <message>
        <source>audit row {m} is not the one the checkpoint signed at {at} covered: the log&apos;s history was rewritten</source>
        <translation>la fila de auditoría {m} no es la que abarcaba el punto de control firmado el {at}: se reescribió la historia del registro</translation>
    </message>
    <message>
        <source>{n} audit row(s) were written after the latest signed checkpoint ({at}): by a session that did not finish, or outside kpfield</source>
        <translation>{n} fila(s) de auditoría escrita(s) después del último punto de control firmado ({at}): por una sesión que no terminó, o fuera de kpfield</translation>
    </message>
    <message>
        <source>this installation&apos;s key is not on this computer: the signatures hold for the key the inventory carries ({fingerprint}), but whether that is the officer&apos;s key was not checked; compare the fingerprint with the officer&apos;s</source>
        <translation>la clave de esta instalación no está en este ordenador: las firmas son válidas para la clave que lleva el inventario ({fingerprint}), pero no se comprobó que sea la clave del agente; compare la huella con la del agente</translation>
    </message>
    <message>
        <source>the inventory claims this installation ({origin}) but was signed by another key ({fingerprint}): it was made elsewhere</source>
        <translation>el inventario dice ser de esta instalación ({origin}) pero lo firmó otra clave ({fingerprint}): se creó en otro lugar</translation>
    </message>
    <message>
        <source>the audit log passes through the latest checkpoint, signed at {at}</source>
        <translation>el registro de auditoría pasa por el último punto de control, firmado el {at}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{ref}&apos; here (give its UUID, or its {names})</source>
        <translation>No hay ningún registro «{ref}» aquí ({kind}): indique su UUID, o: {names}</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{ref}&apos; here ({kinds} are named by their UUID)</source>
        <translation>No hay ningún registro «{ref}» aquí ({kind}); estos registros ({kinds}) se designan por su UUID</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names more than {count} {kinds}; give the UUID of the one you mean (the first {count}):</source>
        <translation>«{ref}» designa más de {count} registros ({kinds}); indique el UUID del que quiere (los {count} primeros):</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names {count} {kinds}; give the UUID of the one you mean:</source>
        <translation>«{ref}» designa {count} registros ({kinds}); indique el UUID del que quiere:</translation>
    </message>
    <message>
        <source>The point lies outside the area of licence {number}: check the coordinates or the licence</source>
        <translation>El punto queda fuera del área de la licencia {number}: compruebe las coordenadas o la licencia</translation>
    </message>
    <message>
        <source>The area overlaps the area of licence {numbers}</source>
        <translation>El área se superpone al área de la licencia {numbers}</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Filled by (your name) *</source>
        <translation>Rellenada por (su nombre) *</translation>
    </message>
    <message>
        <source>Your installation (optional: as &apos;kpfield identity&apos; shows it)</source>
        <translation>Su instalación (opcional: tal como la muestra «kpfield identity»)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>kpfield field template (kpfield {version}).</source>
        <translation>Plantilla de campo kpfield (kpfield {version}).</translation>
    </message>
    <message>
        <source>Fill one row per record on the sheet of its kind. Do not rename the sheets or the column headers.</source>
        <translation>Una fila por registro, en la hoja de su tipo. No cambie los nombres de las hojas ni los encabezados.</translation>
    </message>
    <message>
        <source>Columns marked * must be filled in.</source>
        <translation>Las columnas marcadas con * son obligatorias.</translation>
    </message>
    <message>
        <source>Choose coded values from the drop-down lists (country codes such as SL, licence kinds, statuses).</source>
        <translation>Elija los valores codificados en las listas (códigos de país como SL, tipos de licencia, estados).</translation>
    </message>
    <message>
        <source>Type dates as 2026-04-03 or 03/04/2026 (day first). Numbers may use a decimal comma or point.</source>
        <translation>Fechas: 2026-04-03 o 03/04/2026 (día primero). Los números admiten coma decimal.</translation>
    </message>
    <message>
        <source>To refer to another record, type its licence number or site code; a person by national ID, digger-card number, or name and village, as in: Aminata Sesay (Koidu).</source>
        <translation>Para designar otro registro, escriba su número de licencia o su código de sitio; una persona por su identidad nacional, su número de tarjeta de minero artesanal, o su nombre y aldea, como en: Aminata Sesay (Koidu).</translation>
    </message>
    <message>
        <source>Licence numbers, national IDs and site codes are kept as text: leading zeros are kept.</source>
        <translation>Números de licencia, de identidad y códigos de sitio quedan como texto: se conservan los ceros iniciales.</translation>
    </message>
    <message>
        <source>Send the file to your coordinator, who imports it with: kpfield import --db INVENTORY FILE.xlsx</source>
        <translation>Envíe el archivo a su coordinador, que lo importa con: kpfield import --db INVENTARIO ARCHIVO.xlsx</translation>
    </message>
    <message>
        <source>A row that breaks a rule is reported with its sheet, row and column; nothing from the file is written until every row is accepted.</source>
        <translation>Una fila que incumple una regla se indica con hoja, fila y columna; no se guarda nada hasta que todas las filas sean aceptadas.</translation>
    </message>
    <message>
        <source>Type a date: 2026-04-03 or 03/04/2026</source>
        <translation>Escriba una fecha: 2026-04-03 o 03/04/2026</translation>
    </message>
    <message>
        <source>Type a number greater than {minimum}</source>
        <translation>Escriba un número mayor que {minimum}</translation>
    </message>
    <message>
        <source>Type a number of at least {minimum}</source>
        <translation>Escriba un número de al menos {minimum}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{record} refused: {problems}</source>
        <translation>Registro rechazado ({record}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>no number given</source>
        <translation>no se indicó ningún número</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} no es un número finito</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} no es ninguno de: {choices}</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>demasiado largo ({length} caracteres; como máximo {limit})</translation>
    </message>
    <message>
        <source>contains the control character {character}, which no text may hold: retype it</source>
        <translation>contiene el carácter de control {character}, que ningún texto puede llevar: vuelva a escribirlo</translation>
    </message>
    <message>
        <source>holds only invisible characters</source>
        <translation>solo contiene caracteres invisibles</translation>
    </message>
    <message>
        <source>mixes writing systems: {character} looks like a letter of the others but is not one; retype it</source>
        <translation>mezcla sistemas de escritura: {character} parece una letra de los demás, pero no lo es; vuelva a escribirlo</translation>
    </message>
    <message>
        <source>must be a number from {minimum} to {maximum} (got {value})</source>
        <translation>debe ser un número de {minimum} a {maximum} (se indicó {value})</translation>
    </message>
    <message>
        <source>{value} must be a whole number</source>
        <translation>{value} debe ser un número entero</translation>
    </message>
    <message>
        <source>must be greater than {minimum} (got {value})</source>
        <translation>debe ser mayor que {minimum} (se indicó {value})</translation>
    </message>
    <message>
        <source>must be at least {minimum} (got {value})</source>
        <translation>debe ser al menos {minimum} (se indicó {value})</translation>
    </message>
    <message>
        <source>must be at most {maximum} (got {value})</source>
        <translation>debe ser como máximo {maximum} (se indicó {value})</translation>
    </message>
    <message>
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} no es un código de país que kpfield conozca (ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>{value} is not a record identifier (UUID)</source>
        <translation>{value} no es un identificador de registro (UUID)</translation>
    </message>
    <message>
        <source>{label}: contains the invisible character {character}</source>
        <translation>{label}: contiene el carácter invisible {character}</translation>
    </message>
    <message>
        <source>{record} has no field {name}</source>
        <translation>{record} no tiene el campo {name}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: campo obligatorio</translation>
    </message>
    <message>
        <source>The size classes&apos; stones ({terms}) add up to {total} stone(s), the record says {stones}</source>
        <translation>Las piedras de las clases de tamaño ({terms}) suman {total} piedra(s), el registro indica {stones}</translation>
    </message>
    <message>
        <source>The size classes&apos; carats ({terms}) add up to {total} ct, the record says {carats}</source>
        <translation>Los quilates de las clases de tamaño ({terms}) suman {total} ct, el registro indica {carats}</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{label} {date} is in the future</source>
        <translation>{label} {date}: fecha en el futuro</translation>
    </message>
    <message>
        <source>{label} {date} is not plausible</source>
        <translation>{label} {date}: fecha poco plausible</translation>
    </message>
    <message>
        <source>Expiry date {expires} must be after the issue date {issued}</source>
        <translation>La fecha de vencimiento {expires} debe ser posterior a la fecha de expedición {issued}</translation>
    </message>
    <message>
        <source>An artisanal licence in {country} covers at most {limit} ha (got {area} ha)</source>
        <translation>Una licencia artesanal en {country} cubre como máximo {limit} ha (se indicó {area} ha)</translation>
    </message>
    <message>
        <source>A licence needs a holder: a person or an organisation</source>
        <translation>Una licencia necesita un titular: una persona o una organización</translation>
    </message>
    <message>
        <source>Area corners: {problem}</source>
        <translation>Vértices del área: {problem}</translation>
    </message>
    <message>
        <source>The corners enclose {drawn} ha but the licence states {stated} ha: check both</source>
        <translation>Los vértices delimitan {drawn} ha pero la licencia indica {stated} ha: compruebe ambos</translation>
    </message>
    <message>
        <source>Part of the area lies outside {country}: check the corners</source>
        <translation>Parte del área queda fuera de {country}: compruebe los vértices</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither (the longitude is missing)</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos (falta la longitud)</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither (the latitude is missing)</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos (falta la latitud)</translation>
    </message>
    <message>
        <source>The point {latitude}, {longitude} lies outside {country}: check the coordinates and their hemisphere</source>
        <translation>El punto {latitude}; {longitude} está fuera de {country}: compruebe las coordenadas y su hemisferio</translation>
    </message>
    <message>
        <source>Size class {size_class} has {carats} ct but no stones</source>
        <translation>La clase de tamaño {size_class} tiene {carats} ct pero ninguna piedra</translation>
    </message>
    <message>
        <source>Size class {size_class} has {stones} stone(s) but no carats</source>
        <translation>La clase de tamaño {size_class} tiene {stones} piedra(s) pero ningún quilate</translation>
    </message>
    <message>
        <source>Give the buyer&apos;s licence or, for an unlicensed buyer, a name; not both</source>
        <translation>Indique la licencia del comprador o, para un comprador sin licencia, un nombre; no ambos</translation>
    </message>
    <message>
        <source>An export needs its destination country</source>
        <translation>Una exportación necesita su país de destino</translation>
    </message>
    <message>
        <source>An export should carry its KP certificate number</source>
        <translation>Una exportación debería llevar su número de certificado PK</translation>
    </message>
    <message>
        <source>A sale needs the buyer&apos;s licence or, if unlicensed, a name</source>
        <translation>Una venta necesita la licencia del comprador o, si no tiene licencia, un nombre</translation>
    </message>
    <message>
        <source>Seller and buyer are the same licence</source>
        <translation>El vendedor y el comprador tienen la misma licencia</translation>
    </message>
    <message>
        <source>Say which site was inspected</source>
        <translation>Indique qué sitio se inspeccionó</translation>
    </message>
    <message>
        <source>Say which licence was inspected</source>
        <translation>Indique qué licencia se inspeccionó</translation>
    </message>
    <message>
        <source>Say which organisation was inspected</source>
        <translation>Indique qué organización se inspeccionó</translation>
    </message>
    <message>
        <source>{value} is not a half-year: write it as 2026H1 or 2026H2</source>
        <translation>{value} no es un semestre: escríbalo como 2026H1 o 2026H2</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>digger</source>
        <translation>minero artesanal</translation>
    </message>
    <message>
        <source>licence holder</source>
        <translation>titular de licencia</translation>
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
        <translation>oficina de compra</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportador</translation>
    </message>
    <message>
        <source>artisanal mining</source>
        <translation>minería artesanal</translation>
    </message>
    <message>
        <source>small-scale mining</source>
        <translation>minería en pequeña escala</translation>
    </message>
    <message>
        <source>dealer / buyer</source>
        <translation>comerciante / comprador</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>surrendered</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>vence pronto</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>aún no vigente</translation>
    </message>
    <message>
        <source>river bed</source>
        <translation>lecho de río</translation>
    </message>
    <message>
        <source>terrace</source>
        <translation>terraza</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>llanura aluvial</translation>
    </message>
    <message>
        <source>eluvial</source>
        <translation>eluvial</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>rehabilitated</source>
        <translation>rehabilitado</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>infracción</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <source>{path} is refused: {what}: {count}, more than kpfield reads ({limit}). A field workbook holds far fewer: split the data into smaller workbooks, or open the file in Excel or LibreOffice, save it again and import that</source>
        <translation>{path} se rechaza: {what}: {count}, más de lo que kpfield lee ({limit}). Un libro de campo tiene muchos menos: reparta los datos en libros más pequeños, o abra el archivo en Excel o LibreOffice, guárdelo de nuevo e importe ese</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>hojas</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} holds {size} bytes, far more than any workbook&apos;s; the file was not written by a spreadsheet program</source>
        <translation>{path} fue rechazado: su parte {part} ocupa {size} bytes, mucho más que la de cualquier libro; el archivo no fue escrito por una hoja de cálculo</translation>
    </message>
    <message>
        <source>bytes in one workbook</source>
        <translation>bytes en un solo libro</translation>
    </message>
    <message>
        <source>bytes of shared strings (text cells)</source>
        <translation>bytes de cadenas compartidas (celdas de texto)</translation>
    </message>
    <message>
        <source>shared strings (text cells) declared</source>
        <translation>cadenas compartidas (celdas de texto) declaradas</translation>
    </message>
    <message>
        <source>shared strings (text cells)</source>
        <translation>cadenas compartidas (celdas de texto)</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet!r}: the cell reference {ref!r} is not valid; the file is damaged or was not written by a spreadsheet program. Open it in Excel or LibreOffice, save it again and import that</source>
        <translation>{path}, hoja {sheet!r}: la referencia de celda {ref!r} no es válida; el archivo está dañado o no fue escrito por una hoja de cálculo. Ábralo en Excel o LibreOffice, guárdelo de nuevo e importe esa copia</translation>
    </message>
    <message>
        <source>{path} is refused: sheet {sheet!r} has a cell at {ref}, column {col}, but spreadsheets have at most {most} columns (up to XFD); the file was not written by a spreadsheet program</source>
        <translation>{path} fue rechazado: la hoja {sheet!r} tiene una celda en {ref}, columna {col}, pero las hojas de cálculo tienen como máximo {most} columnas (hasta XFD); el archivo no fue escrito por una hoja de cálculo</translation>
    </message>
    <message>
        <source>{path} is refused: sheet {sheet!r} has a cell at {ref}, row {row}, but spreadsheets have at most {most} rows; the file was not written by a spreadsheet program</source>
        <translation>{path} fue rechazado: la hoja {sheet!r} tiene una celda en {ref}, fila {row}, pero las hojas de cálculo tienen como máximo {most} filas; el archivo no fue escrito por una hoja de cálculo</translation>
    </message>
    <message>
        <source>{path} is refused: the cells of sheet {sheet!r} spread over {rows} rows and {cols} columns ({cells} cells), far more than its data fills and more than kpfield reads at once ({allowed}). Copy the rows that hold data to a new workbook and import that</source>
        <translation>{path} fue rechazado: las celdas de la hoja {sheet!r} se extienden por {rows} filas y {cols} columnas ({cells} celdas), mucho más de lo que ocupan sus datos y más de lo que kpfield lee de una vez ({allowed}). Copie las filas con datos a un libro nuevo e importe ese</translation>
    </message>
    <message>
        <source>cells in sheet {sheet!r}</source>
        <translation>celdas en la hoja {sheet!r}</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet!r}: the sheet&apos;s XML is damaged ({error}); copy the file again from its source, or open it in Excel or LibreOffice and save it again</source>
        <translation>{path}, hoja {sheet!r}: el XML de la hoja está dañado ({error}); copie de nuevo el archivo desde su origen, o ábralo en Excel o LibreOffice y guárdelo de nuevo</translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook</source>
        <translation>{path} es una carpeta, no un libro de Excel</translation>
    </message>
    <message>
        <source>{path} is protected by a password: open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect workbook, or Save As without a password) and import it again</source>
        <translation>{path} está protegido con contraseña: ábralo en Excel o LibreOffice, quite la contraseña (Archivo &gt; Información &gt; Proteger libro, o Guardar como sin contraseña) e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>{path} is an old-format Excel file (.xls): open it and save it as an Excel workbook (.xlsx), then import that</source>
        <translation>{path} es un archivo de Excel de formato antiguo (.xls): ábralo y guárdelo como libro de Excel (.xlsx), y luego importe ese archivo</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete (cut short while copying?): copy it again from its source</source>
        <translation>{path} está dañado o incompleto (¿se cortó durante la copia?): cópielo de nuevo desde su origen</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); copy it again from its source</source>
        <translation>{path} no se puede leer ({error}); cópielo de nuevo desde su origen</translation>
    </message>
    <message>
        <source>{path} is not a file but a device or a pipe: choose a workbook saved on a disk or a USB stick</source>
        <translation>{path} no es un archivo sino un dispositivo o una tubería: elija un libro guardado en un disco o una memoria USB</translation>
    </message>
    <message>
        <source>{path} is not a workbook (.xlsx), whatever its name says: if a spreadsheet program opens it, save it from there as an Excel workbook (.xlsx) and import that; otherwise choose a file saved from Excel, LibreOffice or kpfield</source>
        <translation>{path} no es un libro (.xlsx), diga lo que diga su nombre: si una hoja de cálculo lo abre, guárdelo desde ella como libro de Excel (.xlsx) e importe ese; si no, elija un archivo guardado desde Excel, LibreOffice o kpfield</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} {why}, which spreadsheet programs never write. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that</source>
        <translation>{path} se rechaza: su parte {part} {why}, lo que ninguna hoja de cálculo escribe. Ábralo en Excel o LibreOffice, guárdelo como libro de Excel (.xlsx) e importe ese</translation>
    </message>
    <message>
        <source>is compressed with method {method}</source>
        <translation>está comprimida con el método {method}</translation>
    </message>
    <message>
        <source>carries a second name ({name})</source>
        <translation>lleva un segundo nombre ({name})</translation>
    </message>
    <message>
        <source>is a second part named {first}</source>
        <translation>es una segunda parte llamada {first}</translation>
    </message>
    <message>
        <source>is there twice</source>
        <translation>está dos veces</translation>
    </message>
    <message>
        <source>{path} is an OpenDocument spreadsheet (.ods): in LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that</source>
        <translation>{path} es una hoja de cálculo OpenDocument (.ods): en LibreOffice elija Archivo &gt; Guardar como &gt; Excel 2007-365 (.xlsx) y luego importe ese archivo</translation>
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{path} es un archivo zip pero no un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} would inflate from {packed} to {size} bytes, which no real workbook does (a &apos;zip bomb&apos;)</source>
        <translation>{path} se rechaza: su parte {part} se descomprimiría de {packed} a {size} bytes, algo que ningún libro real hace (una &apos;bomba zip&apos;)</translation>
    </message>
    <message>
        <source>{path} is refused: it would inflate to {size} bytes, more than kpfield reads ({limit}); split it into smaller workbooks</source>
        <translation>{path} se rechaza: se descomprimiría a {size} bytes, más de lo que kpfield lee ({limit}); divídalo en libros más pequeños</translation>
    </message>
    <message>
        <source>{path} is protected by a password: remove the password and import it again</source>
        <translation>{path} está protegido con contraseña: quite la contraseña e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>{path} is an Excel binary workbook (.xlsb), which kpfield does not read: open it in Excel and save it as an Excel workbook (.xlsx), then import that</source>
        <translation>{path} es un libro binario de Excel (.xlsb), que kpfield no lee: ábralo en Excel y guárdelo como libro de Excel (.xlsx), luego importe ese</translation>
    </message>
    <message>
        <source>not readable XML</source>
        <translation>XML ilegible</translation>
    </message>
    <message>
        <source>{path} cannot be imported: kpfield could not write its working copy in {folder} ({error}); free some disk space and import it again</source>
        <translation>{path} no se puede importar: kpfield no pudo escribir su copia de trabajo en {folder} ({error}); libere espacio en disco e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>no local header</source>
        <translation>sin cabecera local</translation>
    </message>
    <message>
        <source>its two headers name it differently</source>
        <translation>sus dos cabeceras la nombran de forma distinta</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>truncada</translation>
    </message>
    <message>
        <source>its sizes disagree</source>
        <translation>sus tamaños no coinciden</translation>
    </message>
    <message>
        <source>it holds more than its declared size</source>
        <translation>contiene más que su tamaño declarado</translation>
    </message>
    <message>
        <source>its contents do not match its checksum</source>
        <translation>su contenido no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>{path} is damaged ({part}: {error}): copy it again from its source</source>
        <translation>{path} está dañado ({part}: {error}): cópielo de nuevo desde su origen</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} declares XML entities, which workbooks never need and which can make a reader exhaust memory</source>
        <translation>{path} se rechaza: su parte {part} declara entidades XML, que los libros nunca necesitan y que pueden agotar la memoria del programa que lo lee</translation>
    </message>
    <message>
        <source>{path} changed while it was being imported (another program is writing it?): nothing from it was written. Import it again once it is complete</source>
        <translation>{path} cambió mientras se importaba (¿otro programa lo está escribiendo?): no se guardó nada de él. Impórtelo de nuevo cuando esté completo</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workbook ({error}); copy it again from its source</source>
        <translation>{path} no se puede leer como libro de Excel ({error}); cópielo de nuevo desde su origen</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;: cannot be read ({error})</source>
        <translation>{path}, hoja &apos;{sheet}&apos;: no se puede leer ({error})</translation>
    </message>
</context>
</TS>

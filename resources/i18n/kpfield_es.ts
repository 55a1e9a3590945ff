<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>coords</name>
    <message>
        <source>type decimal degrees (8.6367) or degrees-minutes-seconds (8°38&apos;12&quot;N)</source>
        <translation>escriba grados decimales (8,6367) o grados-minutos-segundos (8°38&apos;12&quot;N)</translation>
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
        <source>cannot read {value} as a latitude and a longitude: {help}, for example 8.6367, -10.9675</source>
        <translation>no se puede leer {value} como una latitud y una longitud: {help}, por ejemplo 8,6367; -10,9675</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>type it as 2026-04-03 or 03/04/2026 (day first)</source>
        <translation>escríbala como 03/04/2026 (el día primero) o 2026-04-03</translation>
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
        <source>{value} is not a real date (day {day}, month {month}, year {year}): {help}</source>
        <translation>{value} no es una fecha real (día {day}, mes {month}, año {year}): {help}</translation>
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
        <source>sites with a GPS point outside their country&apos;s bounding box (approximate, about 0.1 degree), divided by sites with a GPS point in countries kpfield has a box for</source>
        <translation>sitios con un punto GPS fuera del rectángulo envolvente de su país (aproximado, unos 0,1 grados), divididos por los sitios con punto GPS en los países para los que kpfield tiene un rectángulo</translation>
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
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} no es un código de país que kpfield conozca (ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>{value} is not a record identifier (UUID)</source>
        <translation>{value} no es un identificador de registro (UUID)</translation>
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
        <source>The size classes add up to {total} stone(s), the record says {stones}</source>
        <translation>Las clases de tamaño suman {total} piedra(s), el registro indica {stones}</translation>
    </message>
    <message>
        <source>The size classes add up to {total} ct, the record says {carats}</source>
        <translation>Las clases de tamaño suman {total} ct, el registro indica {carats}</translation>
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
</TS>

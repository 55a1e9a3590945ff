<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>coords</name>
    <message>
        <source>type decimal degrees (8.6367) or degrees-minutes-seconds (8°38&apos;12&quot;N)</source>
        <translation>escreva graus decimais (8,6367) ou graus-minutos-segundos (8°38&apos;12&quot;N)</translation>
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
        <source>(a letter after a status is the country&apos;s own self-assessment score)</source>
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
        <source>carats of the period&apos;s production records whose licence (the record&apos;s, else its site&apos;s) is missing or not valid on the production date (status active and issued_on &lt;= date &lt;= expires_on), divided by all carats produced in the scope and period</source>
        <translation>quilates dos registos de produção do período cuja licença (a do registo, senão a do local) falta ou não é válida na data de produção (estado ativo e issued_on &lt;= data &lt;= expires_on), divididos por todos os quilates produzidos no âmbito e no período</translation>
    </message>
    <message>
        <source>Share of producing licences that produced after their expiry date</source>
        <translation>Proporção das licenças produtivas que produziram depois da data de expiração</translation>
    </message>
    <message>
        <source>licences with production in the period dated after the licence&apos;s expires_on, divided by the licences with any production in the period</source>
        <translation>licenças com produção no período datada depois do seu expires_on, divididas pelas licenças com alguma produção no período</translation>
    </message>
    <message>
        <source>Share of workers on active sites covered by registered diggers of their village</source>
        <translation>Proporção dos trabalhadores dos locais ativos coberta por garimpeiros registados da sua aldeia</translation>
    </message>
    <message>
        <source>per village (country, district, village): workers on the scope&apos;s active sites W and persons registered with the digger role R; the value is the sum of min(R, W) over the sum of W; offending: active sites in villages with fewer registered diggers than workers</source>
        <translation>por aldeia (país, distrito, aldeia): trabalhadores dos locais ativos do âmbito W e pessoas registadas com a função de garimpeiro R; o valor é a soma de min(R, W) dividida pela soma de W; em causa: os locais ativos das aldeias com menos garimpeiros registados do que trabalhadores</translation>
    </message>
    <message>
        <source>Share of active sites with a GPS point</source>
        <translation>Proporção dos locais ativos com um ponto GPS</translation>
    </message>
    <message>
        <source>active sites with both latitude and longitude, divided by active sites (the sites&apos; current status)</source>
        <translation>locais ativos com latitude e longitude, divididos pelos locais ativos (estado atual dos locais)</translation>
    </message>
    <message>
        <source>Share of mapped sites whose point lies outside their country</source>
        <translation>Proporção dos locais mapeados cujo ponto fica fora do seu país</translation>
    </message>
    <message>
        <source>sites with a GPS point outside their country&apos;s bounding box (approximate, about 0.1 degree), divided by sites with a GPS point in countries kpfield has a box for</source>
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
        <source>records without a value, without a register/slip reference, without a size-class breakdown, or whose size classes do not add up to the record&apos;s stones, divided by the period&apos;s records</source>
        <translation>registos sem valor, sem referência de registo/recibo, sem repartição por classes de tamanho, ou cujas classes de tamanho não somam as pedras do registo, divididos pelos registos do período</translation>
    </message>
    <message>
        <source>Share of production records entered long after the fact</source>
        <translation>Proporção dos registos de produção introduzidos muito depois dos factos</translation>
    </message>
    <message>
        <source>records whose entry date (created_at) is more than `days` (default 90) after the production date, divided by the period&apos;s records</source>
        <translation>registos cuja data de introdução (created_at) é mais de `days` dias (90 por omissão) posterior à data de produção, divididos pelos registos do período</translation>
    </message>
    <message>
        <source>Share of sold production (carats) bought without a valid buyer&apos;s licence</source>
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
        <source>exports (kind export) by the scope&apos;s exporters dated in the period without a KP certificate number, divided by those exports; a site scope has no exporters (no data)</source>
        <translation>exportações (tipo exportação) dos exportadores do âmbito datadas no período sem número de certificado PK, divididas por essas exportações; um âmbito de local não tem exportadores (sem dados)</translation>
    </message>
    <message>
        <source>Share of valued production records far from the median USD/ct of their size class</source>
        <translation>Proporção dos registos de produção valorizados longe da mediana USD/ct da sua classe de tamanho</translation>
    </message>
    <message>
        <source>each valued record is placed in the size class of its mean stone (carats / stones); the median USD/ct of that class over the reference area&apos;s records of the period (the WGAAP region, or the country) is the reference; records more than `factor` times above or below it, divided by the valued records</source>
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
        <source>Share of the period&apos;s production records entered on time for the half-year statistics</source>
        <translation>Proporção dos registos de produção do período introduzidos a tempo para as estatísticas semestrais</translation>
    </message>
    <message>
        <source>records of the period entered (created_at) no later than `days` (default 45) after the end of the period, divided by the period&apos;s records; offending: the records entered later</source>
        <translation>registos do período introduzidos (created_at) no máximo `days` dias (45 por omissão) após o fim do período, divididos pelos registos do período; em causa: os registos introduzidos mais tarde</translation>
    </message>
    <message>
        <source>Site inspections per inspecting officer in the period</source>
        <translation>Inspeções de locais por inspetor no período</translation>
    </message>
    <message>
        <source>inspections of the scope&apos;s sites dated in the period, divided by the distinct officers who made them</source>
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
        <source>Côte d&apos;Ivoire</source>
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
        <source>Give the buyer&apos;s licence or, for an unlicensed buyer, a name; not both</source>
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
        <source>A sale needs the buyer&apos;s licence or, if unlicensed, a name</source>
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
</TS>

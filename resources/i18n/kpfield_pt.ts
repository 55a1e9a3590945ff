<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Select a cell of the heat map to assess its row for its country.</source>
        <translation>Selecione uma célula do mapa de calor para avaliar a sua linha para o respetivo país.</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Guardar avaliação</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Self-assessment: {row}, {country}, {period}</source>
        <translation>Autoavaliação: {row}, {country}, {period}</translation>
    </message>
    <message>
        <source>{description}
Basis: {basis}</source>
        <translation>{description}
Fundamento: {basis}</translation>
    </message>
    <message>
        <source>Earlier scores: {scores}</source>
        <translation>Notas anteriores: {scores}</translation>
    </message>
    <message>
        <source>No earlier assessment.</source>
        <translation>Nenhuma avaliação anterior.</translation>
    </message>
    <message>
        <source>Not assessed yet for this period.</source>
        <translation>Ainda não avaliado para este período.</translation>
    </message>
    <message>
        <source>Saved {when} UTC</source>
        <translation>Guardado em {when} UTC</translation>
    </message>
    <message>
        <source>Choose A (best) to D.</source>
        <translation>Escolha de A (melhor) a D.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
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
        <translation>Estrutura do ficheiro</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Records against the audit log</source>
        <translation>Registos comparados com o registo de auditoria</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Pontos de controlo assinados</translation>
    </message>
    <message>
        <source>Check this inventory</source>
        <translation>Verificar este inventário</translation>
    </message>
    <message>
        <source>{file} is sound: nothing was changed behind kpfield&apos;s back.</source>
        <translation>{file} está íntegro: nada foi alterado fora do kpfield.</translation>
    </message>
    <message>
        <source>{file}: problems found. Someone or something changed the file outside kpfield, or it is damaged. Bring back the latest good backup with File &gt; Restore from backup (the file as it is now is kept aside), or with &apos;kpfield restore&apos;.</source>
        <translation>{file}: problemas encontrados. Alguém ou algo alterou o ficheiro fora do kpfield, ou está danificado. Reponha a última cópia de segurança boa com Ficheiro &gt; Restaurar uma cópia de segurança (o ficheiro tal como está agora fica guardado à parte), ou com &apos;kpfield restore&apos;.</translation>
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
        <translation>A saber</translation>
    </message>
    <message>
        <source>Could not be checked here</source>
        <translation>Não foi possível verificar aqui</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… e mais {n}</translation>
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
        <translation>Nenhuma alteração registada</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Every change recorded since a day</source>
        <translation>Todas as alterações registadas desde um dia</translation>
    </message>
    <message>
        <source>The last workbook of {officer}</source>
        <translation>O último livro de {officer}</translation>
    </message>
    <message>
        <source>a day, e.g. {example}, or a day and a UTC time: {example} 14:30</source>
        <translation>um dia, p. ex. {example}, ou um dia e uma hora UTC: {example} 14:30</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>The records added, changed, deleted or brought back, with their names and the fields changed (as &apos;kpfield report changes&apos; writes them).</source>
        <translation>Os registos acrescentados, alterados, eliminados ou repostos, com os seus nomes e os campos alterados (como os escreve &apos;kpfield report changes&apos;).</translation>
    </message>
    <message>
        <source>Changes of</source>
        <translation>Alterações de</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Livro</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Livros de Excel</translation>
    </message>
    <message>
        <source>Type the day the list starts from</source>
        <translation>Escreva o dia a partir do qual a lista começa</translation>
    </message>
    <message>
        <source>Since: {error}</source>
        <translation>Desde: {error}</translation>
    </message>
    <message>
        <source>Say where to write the workbook</source>
        <translation>Indique onde gravar o livro</translation>
    </message>
    <message>
        <source>Wrote {file}: {names}</source>
        <translation>{file} escrito: {names}</translation>
    </message>
    <message>
        <source>No PDF: {why}</source>
        <translation>Sem PDF: {why}</translation>
    </message>
    <message>
        <source>Package to send</source>
        <translation>Pacote a enviar</translation>
    </message>
    <message>
        <source>a half-year such as 2026H1, or a year: 2026</source>
        <translation>um semestre como 2026H1, ou um ano: 2026</translation>
    </message>
    <message>
        <source>One zip named by region and period: the inventory workbook and its PDF (needs LibreOffice), what the period&apos;s imports brought, who sent what, and a README (as &apos;kpfield export package&apos; writes it).</source>
        <translation>Um único zip com o nome da região e do período: o livro do inventário e o seu PDF (requer o LibreOffice), o que as importações do período trouxeram, quem enviou o quê, e um README (como o escreve &apos;kpfield export package&apos;).</translation>
    </message>
    <message>
        <source>WGAAP region</source>
        <translation>Região do WGAAP</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Pasta do pacote</translation>
    </message>
    <message>
        <source>Period: {error}</source>
        <translation>Período: {error}</translation>
    </message>
    <message>
        <source>Say which folder to write the package in</source>
        <translation>Indique em que pasta gravar o pacote</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>{n} person(s)</source>
        <translation>
            <numerusform>{n} pessoa</numerusform>
            <numerusform>{n} pessoas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation(s)</source>
        <translation>
            <numerusform>{n} organização</numerusform>
            <numerusform>{n} organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} licence(s)</source>
        <translation>
            <numerusform>{n} licença</numerusform>
            <numerusform>{n} licenças</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} site(s)</source>
        <translation>
            <numerusform>{n} local</numerusform>
            <numerusform>{n} locais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} production record(s)</source>
        <translation>
            <numerusform>{n} registo de produção</numerusform>
            <numerusform>{n} registos de produção</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} sale(s) or export(s)</source>
        <translation>
            <numerusform>{n} venda ou exportação</numerusform>
            <numerusform>{n} vendas ou exportações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} inspection(s)</source>
        <translation>
            <numerusform>{n} inspeção</numerusform>
            <numerusform>{n} inspeções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} self-assessment(s)</source>
        <translation>
            <numerusform>{n} autoavaliação</numerusform>
            <numerusform>{n} autoavaliações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s)</source>
        <translation>
            <numerusform>{n} registo</numerusform>
            <numerusform>{n} registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>No record selected</source>
        <translation>Nenhum registo selecionado</translation>
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
        <translation>{size_class}: {stones} pedra(s), {carats} ct</translation>
    </message>
    <message>
        <source>Size classes</source>
        <translation>Classes de tamanho</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>{when} UTC (version {version})</source>
        <translation>{when} UTC (versão {version})</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translation>Licença {number}</translation>
    </message>
    <message>
        <source>Production of {date}: {carats} ct</source>
        <translation>Produção de {date}: {carats} ct</translation>
    </message>
    <message>
        <source>Export of {date}: {carats} ct</source>
        <translation>Exportação de {date}: {carats} ct</translation>
    </message>
    <message>
        <source>Sale of {date}: {carats} ct</source>
        <translation>Venda de {date}: {carats} ct</translation>
    </message>
    <message>
        <source>Inspection of {date}</source>
        <translation>Inspeção de {date}</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Back to the Challenge matrix</source>
        <translation>Voltar à matriz de desafios</translation>
    </message>
    <message>
        <source>Back to the Challenge matrix (Alt+Left)</source>
        <translation>Voltar à matriz de desafios (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>Previous flagged</source>
        <translation>Assinalado anterior</translation>
    </message>
    <message>
        <source>Next flagged</source>
        <translation>Assinalado seguinte</translation>
    </message>
    <message>
        <source>Flagged by “{indicator}” in {scope}, {period}: {n} {records}</source>
        <translation>Assinalados por «{indicator}» em {scope}, {period}: {n} {records}</translation>
    </message>
    <message>
        <source>Why this record ({k} of {n}): {reason}</source>
        <translation>Porquê este registo ({k} de {n}): {reason}</translation>
    </message>
    <message>
        <source>The selected record is not one this indicator flagged.</source>
        <translation>O registo selecionado não é um dos que este indicador assinala.</translation>
    </message>
    <message>
        <source>Select a record to see why it was flagged.</source>
        <translation>Selecione um registo para ver porque foi assinalado.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>of {date} at {site}</source>
        <translation>de {date} em {site}</translation>
    </message>
    <message>
        <source>of {date}, {carats} ct</source>
        <translation>de {date}, {carats} ct</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>de {date}</translation>
    </message>
    <message>
        <source>adding {record}</source>
        <translation>a adição: {record}</translation>
    </message>
    <message>
        <source>edit of {record}</source>
        <translation>a edição: {record}</translation>
    </message>
    <message>
        <source>deletion of {record}</source>
        <translation>a eliminação: {record}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Workbooks</source>
        <translation>Livros de Excel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os ficheiros</translation>
    </message>
    <message>
        <source>Not signed: {why}. It imports as unsigned.</source>
        <translation>Não assinado: {why}. Será importado como não assinado.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Signed with this installation&apos;s key {fingerprint}</source>
        <translation>Assinado com a chave desta instalação {fingerprint}</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key was made now: send your key file (kpfield identity --export) to your coordinator</source>
        <translation>A chave de assinatura desta instalação acaba de ser criada: envie o seu ficheiro de chave (kpfield identity --export) ao seu coordenador</translation>
    </message>
    <message>
        <source>Accept workbooks altered after signing (written to the audit log)</source>
        <translation>Aceitar livros alterados depois da assinatura (fica no registo de auditoria)</translation>
    </message>
    <message>
        <source>A signed workbook whose data or _about sheet changed after the officer exported it is refused. Tick this only when you know why it changed; each such import is recorded in the audit log.</source>
        <translation>Um livro assinado cujos dados ou folha _about foram alterados depois de o agente o exportar é recusado. Marque esta opção só quando souber porque foi alterado; cada importação deste tipo fica no registo de auditoria.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercâmbio</translation>
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
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Officers&apos; keys</source>
        <translation>Chaves dos agentes</translation>
    </message>
    <message>
        <source>Review ({n})</source>
        <translation>Revisão ({n})</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Wrote the blank template {file}</source>
        <translation>Modelo em branco gravado: {file}</translation>
    </message>
    <message>
        <source>Field workbook: this inventory&apos;s records for the coordinator or another kpfield</source>
        <translation>Livro de campo: os registos deste inventário para o coordenador ou outro kpfield</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>all records; or only those changed since a date, e.g. {example}</source>
        <translation>todos os registos; ou só os alterados desde uma data, p. ex. {example}</translation>
    </message>
    <message>
        <source>Export field workbook…</source>
        <translation>Exportar livro de campo…</translation>
    </message>
    <message>
        <source>Every record with its UUID, version and deletions, and an _about sheet (who, when, row counts, a SHA-256 of the data), so the receiver merges it without duplicates.</source>
        <translation>Todos os registos com o seu UUID, versão e eliminações, e uma folha _about (quem, quando, número de linhas, um SHA-256 dos dados), para que o destinatário os junte sem duplicados.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Alterados desde</translation>
    </message>
    <message>
        <source>Blank template: the same sheets, empty, for an officer without kpfield</source>
        <translation>Modelo em branco: as mesmas folhas, vazias, para um agente sem kpfield</translation>
    </message>
    <message>
        <source>Write blank template…</source>
        <translation>Gravar modelo em branco…</translation>
    </message>
    <message>
        <source>Headers in the officer&apos;s language, drop-down lists, date and number checks, and an instructions sheet. Import the filled workbook on the Import tab.</source>
        <translation>Cabeçalhos na língua do agente, listas pendentes, verificação de datas e números, e uma folha de instruções. Importe o livro preenchido no separador Importar.</translation>
    </message>
    <message>
        <source>Headers in</source>
        <translation>Cabeçalhos em</translation>
    </message>
    <message>
        <source>Submissions: who has sent what, and who is late</source>
        <translation>Envios: quem enviou o quê, e quem está atrasado</translation>
    </message>
    <message>
        <source>Write submissions report…</source>
        <translation>Escrever o relatório de envios…</translation>
    </message>
    <message>
        <source>Per officer and district: the last workbook received, signed or not, its records and the production it covers; late: nothing received since the current half-year began.</source>
        <translation>Por agente e distrito: o último livro recebido, assinado ou não, os seus registos e a produção que cobre; atrasado: nada recebido desde o início do semestre em curso.</translation>
    </message>
    <message>
        <source>What changed, and the package to send</source>
        <translation>O que mudou, e o pacote a enviar</translation>
    </message>
    <message>
        <source>Write what changed…</source>
        <translation>Gravar o que mudou…</translation>
    </message>
    <message>
        <source>Write package…</source>
        <translation>Gravar o pacote…</translation>
    </message>
    <message>
        <source>What an officer&apos;s last workbook brought, or every change since a day; and one zip for a WGAAP region and period: inventory workbook, PDF, imports, submissions and a README.</source>
        <translation>O que trouxe o último livro de um agente, ou todas as alterações desde um dia; e um único zip para uma região do WGAAP e um período: livro do inventário, PDF, importações, envios e um README.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date kpfield can read: type it as 2026-01-31 or 31/01/2026</source>
        <translation>&apos;{text}&apos; não é uma data que o kpfield consiga ler: escreva-a como 2026-01-31 ou 31/01/2026</translation>
    </message>
    <message>
        <source>Export field workbook</source>
        <translation>Exportar livro de campo</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>A exportar…</translation>
    </message>
    <message>
        <source>Write blank template</source>
        <translation>Gravar modelo em branco</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>A gravar o modelo…</translation>
    </message>
    <message>
        <source>Write submissions report</source>
        <translation>Escrever o relatório de envios</translation>
    </message>
    <message>
        <source>Writing the submissions report…</source>
        <translation>A escrever o relatório de envios…</translation>
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
        <translation>A gravar o que mudou…</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>A gravar o pacote…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s)</source>
        <translation>
            <numerusform>Ficheiro {file} gravado: {n} registo</numerusform>
            <numerusform>Ficheiro {file} gravado: {n} registos</numerusform>
        </translation>
    </message>
    <message>
        <source>Data SHA-256 {sha256}</source>
        <translation>SHA-256 dos dados {sha256}</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>Não gravado: {error}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written</source>
        <translation>Cancelado; nenhum ficheiro foi gravado</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>New inventory</source>
        <translation>Novo inventário</translation>
    </message>
    <message>
        <source>Your name, country and district are those of the inventory open now; change them if this one is for another place, and choose where to keep it.</source>
        <translation>O seu nome, país e distrito são os do inventário aberto; altere-os se este for para outro local e escolha onde guardá-lo.</translation>
    </message>
    <message>
        <source>Welcome to kpfield</source>
        <translation>Bem-vindo ao kpfield</translation>
    </message>
    <message>
        <source>Before you record anything: your language, your name (it goes into the audit log with every change), your country and district, and where to keep the inventory.</source>
        <translation>Antes de registar qualquer coisa, indique: a sua língua, o seu nome (fica no registo de auditoria em cada alteração), o seu país e distrito, e onde guardar o inventário.</translation>
    </message>
    <message>
        <source>e.g. Fatmata Sesay</source>
        <translation>p. ex. Fatmata Sesay</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>O seu nome *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / município</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>Ficheiro do inventário</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>Inventários</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>kpfield: first run</source>
        <translation>kpfield: primeira utilização</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
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
        <translation>Registo</translation>
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
        <translation>Selecione uma célula do mapa de calor para ver a assinatura do seu âmbito.</translation>
    </message>
    <message>
        <source>{size}: {share} of carats</source>
        <translation>{size}: {share} dos quilates</translation>
    </message>
    <message>
        <source>{size}: {share} of stones</source>
        <translation>{size}: {share} das pedras</translation>
    </message>
    <message>
        <source>in the reference: {share}</source>
        <translation>na referência: {share}</translation>
    </message>
    <message>
        <source>No production with size classes in {scope}.</source>
        <translation>Nenhuma produção com classes de tamanho em {scope}.</translation>
    </message>
    <message>
        <source>Share of carats per size class: {scope}</source>
        <translation>Proporção de quilates por classe de tamanho: {scope}</translation>
    </message>
    <message>
        <source>Share of stones per size class: {scope}</source>
        <translation>Proporção de pedras por classe de tamanho: {scope}</translation>
    </message>
    <message>
        <source>{period}: {stones} stones, {carats} ({records} records)</source>
        <translation>{period}: {stones} pedras, {carats} ({records} registos)</translation>
    </message>
    <message>
        <source>{period}: {stones} stones, {carats}</source>
        <translation>{period}: {stones} pedras, {carats}</translation>
    </message>
    <message>
        <source>reference {period}: {stones} stones, {carats} ({records} records)</source>
        <translation>referência {period}: {stones} pedras, {carats} ({records} registos)</translation>
    </message>
    <message>
        <source>reference {period}: {stones} stones, {carats}</source>
        <translation>referência {period}: {stones} pedras, {carats}</translation>
    </message>
    <message>
        <source>no reference: no production in the earlier half-years</source>
        <translation>sem referência: nenhuma produção nos semestres anteriores</translation>
    </message>
    <message>
        <source>Too few stones to compare with its history: {stones} in {period}, {before} before ({n} needed in each).</source>
        <translation>Pedras a menos para comparar com o histórico: {stones} em {period}, {before} antes (são precisas {n} em cada).</translation>
    </message>
    <message>
        <source>In {period} the stones are about the same as in its history ({before}).</source>
        <translation>Em {period}, as pedras são mais ou menos como no histórico ({before}).</translation>
    </message>
    <message>
        <source>In {period} the stones are smaller than in its history ({before}): fewer large stones.</source>
        <translation>Em {period}, as pedras são mais pequenas do que no histórico ({before}): menos pedras grandes.</translation>
    </message>
    <message>
        <source>In {period} the stones are larger than in its history ({before}): more large stones.</source>
        <translation>Em {period}, as pedras são maiores do que no histórico ({before}): mais pedras grandes.</translation>
    </message>
    <message>
        <source>In {period} the stones differ from its history ({before}), but are not smaller or larger overall.</source>
        <translation>Em {period}, as pedras diferem do histórico ({before}), sem serem no conjunto mais pequenas nem maiores.</translation>
    </message>
    <message>
        <source>more {size} stones ({share} against {before})</source>
        <translation>mais pedras {size} ({share} contra {before})</translation>
    </message>
    <message>
        <source>fewer {size} stones ({share} against {before})</source>
        <translation>menos pedras {size} ({share} contra {before})</translation>
    </message>
    <message>
        <source>Changed the most: {changes}.</source>
        <translation>O que mais mudou: {changes}.</translation>
    </message>
    <message>
        <source>Production jumped: {carats} in {period}, {ratio} times its usual half-year ({mean}).</source>
        <translation>A produção saltou: {carats} em {period}, {ratio} vezes um semestre habitual ({mean}).</translation>
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation>Qui-quadrado sobre o número de pedras: {chi2} com {dof} graus de liberdade, p = {p}</translation>
    </message>
    <message>
        <source>Chi-square: not computed (fewer than {n} stones in the period or the reference)</source>
        <translation>Qui-quadrado: não calculado (menos de {n} pedras no período ou na referência)</translation>
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones, {carats} on carats (0 the same profile, 1 nothing in common)</source>
        <translation>Distância de variação total: {stones} nas pedras, {carats} nos quilates (0 = mesmo perfil, 1 = nada em comum)</translation>
    </message>
    <message>
        <source>Total-variation distance: {stones} on stones (0 the same profile, 1 nothing in common)</source>
        <translation>Distância de variação total: {stones} nas pedras (0 = mesmo perfil, 1 = nada em comum)</translation>
    </message>
    <message>
        <source>Production jump: no earlier half-year to compare {carats} with</source>
        <translation>Salto de produção: nenhum semestre anterior com que comparar {carats}</translation>
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): a JUMP</source>
        <translation>Salto de produção: {carats} face a uma média de {mean} em {n} semestre(s) anterior(es), x{ratio} (limiar x{threshold}): SALTO</translation>
    </message>
    <message>
        <source>Production jump: {carats} against a mean of {mean} over {n} earlier half-year(s), x{ratio} (threshold x{threshold}): no jump</source>
        <translation>Salto de produção: {carats} face a uma média de {mean} em {n} semestre(s) anterior(es), x{ratio} (limiar x{threshold}): sem salto</translation>
    </message>
</context>
<context>
    <name>FootprintPanel</name>
    <message>
        <source>No scope selected</source>
        <translation>Nenhum âmbito selecionado</translation>
    </message>
    <message>
        <source>or a site code…</source>
        <translation>ou um código de local…</translation>
    </message>
    <message>
        <source>Share of carats</source>
        <translation>Proporção de quilates</translation>
    </message>
    <message>
        <source>Share of stones</source>
        <translation>Proporção de pedras</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>The chi-square test, the distance between the profiles and the jump test</source>
        <translation>O teste do qui-quadrado, a distância entre os perfis e o teste de salto</translation>
    </message>
    <message>
        <source>No site with code &apos;{code}&apos; in this inventory.</source>
        <translation>Nenhum local com o código &apos;{code}&apos; neste inventário.</translation>
    </message>
    <message>
        <source>Footprint: {kind} {scope}</source>
        <translation>Assinatura: {kind} {scope}</translation>
    </message>
    <message>
        <source>Computing the footprint…</source>
        <translation>A calcular a assinatura…</translation>
    </message>
    <message>
        <source>No production with size classes for {scope}.</source>
        <translation>Nenhuma produção com classes de tamanho para {scope}.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>kpfield guide</source>
        <translation>Guia do kpfield</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>self-assessed {score}</source>
        <translation>autoavaliação {score}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>No automatic indicator: carried by the self-assessment alone</source>
        <translation>Nenhum indicador automático: avaliado apenas pela autoavaliação</translation>
    </message>
    <message>
        <source>{status} ({n} of {total} indicators)</source>
        <translation>{status} ({n} de {total} indicadores)</translation>
    </message>
    <message>
        <source>Self-assessed {score}: {meaning}</source>
        <translation>Autoavaliação {score}: {meaning}</translation>
    </message>
    <message>
        <source>Double-click or press Enter: the self-assessment of this row</source>
        <translation>Faça duplo clique ou prima Enter: a autoavaliação desta linha</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterados</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>Em conflito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <source>REFUSED: nothing will be written</source>
        <translation>RECUSADO: nada será gravado</translation>
    </message>
    <message>
        <source>REFUSED: nothing written</source>
        <translation>RECUSADO: nada foi gravado</translation>
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing will be written</source>
        <translation>RECUSADO ({n} problema(s)): nada será gravado</translation>
    </message>
    <message>
        <source>REFUSED ({n} problem(s)): nothing written</source>
        <translation>RECUSADO ({n} problema(s)): nada foi gravado</translation>
    </message>
    <message>
        <source>accepted (preview)</source>
        <translation>aceite (pré-visualização)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada de novo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>Not signed: no officer or key to show</source>
        <translation>Não assinado: nenhum agente nem chave a mostrar</translation>
    </message>
    <message>
        <source>Changed after it was signed</source>
        <translation>Alterado depois de assinado</translation>
    </message>
    <message>
        <source>Signed by: this installation</source>
        <translation>Assinado por: esta instalação</translation>
    </message>
    <message>
        <source>Signed by: {officer}</source>
        <translation>Assinado por: {officer}</translation>
    </message>
    <message>
        <source>Signed by: a key no officer registered in this inventory</source>
        <translation>Assinado por: uma chave que nenhum agente registou neste inventário</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Impressão digital da chave: {fingerprint}</translation>
    </message>
    <message>
        <source>Check that it is a field workbook or a filled template</source>
        <translation>Verifique se é um livro de campo ou um modelo preenchido</translation>
    </message>
    <message>
        <source>… {n} more problems</source>
        <translation>… mais {n} problemas</translation>
    </message>
    <message>
        <source>Choose workbooks…</source>
        <translation>Escolher livros…</translation>
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
        <translation>Escolha um ou mais livros de campo ou modelos preenchidos. O kpfield mostra primeiro o que a importação faria; nada é gravado até carregar em Importar. Um ficheiro com qualquer linha recusada não é importado de todo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Refused rows and other problems</source>
        <translation>Linhas recusadas e outros problemas</translation>
    </message>
    <message>
        <source>Choose workbooks to import</source>
        <translation>Escolha os livros a importar</translation>
    </message>
    <message numerus="yes">
        <source>Checking {n} file(s)…</source>
        <translation>
            <numerusform>A verificar {n} ficheiro…</numerusform>
            <numerusform>A verificar {n} ficheiros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: nothing has been written yet. {n} file(s) can be imported.</source>
        <translation>
            <numerusform>Pré-visualização: ainda nada foi gravado. {n} ficheiro pode ser importado.</numerusform>
            <numerusform>Pré-visualização: ainda nada foi gravado. {n} ficheiros podem ser importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} file(s) REFUSED: nothing from them will be written; their problems are listed below.</source>
        <translation>
            <numerusform>{n} ficheiro RECUSADO: nada dele será gravado; os problemas estão listados abaixo.</numerusform>
            <numerusform>{n} ficheiros RECUSADOS: nada deles será gravado; os problemas estão listados abaixo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} record(s) would have conflicts, kept aside for the Review tab.</source>
        <translation>
            <numerusform>{n} registo teria conflitos; fica à parte para o separador Revisão.</numerusform>
            <numerusform>{n} registos teriam conflitos; ficam à parte para o separador Revisão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {n} file(s)</source>
        <translation>
            <numerusform>Importar {n} ficheiro</numerusform>
            <numerusform>Importar {n} ficheiros</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused rows and other problems: {n}</source>
        <translation>Linhas recusadas e outros problemas: {n}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Nenhum problema encontrado</translation>
    </message>
    <message>
        <source>Import cancelled; the inventory is unchanged.</source>
        <translation>Importação cancelada; o inventário não foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>Importing {n} file(s)…</source>
        <translation>
            <numerusform>A importar {n} ficheiro…</numerusform>
            <numerusform>A importar {n} ficheiros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {n} of {total} file(s).</source>
        <translation>
            <numerusform>Importado {n} de {total} ficheiro.</numerusform>
            <numerusform>Importados {n} de {total} ficheiros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup taken before the import: {path}</source>
        <translation>Cópia de segurança feita antes da importação: {path}</translation>
    </message>
    <message>
        <source>Some files were refused at import; nothing from them was written.</source>
        <translation>Alguns ficheiros foram recusados na importação; nada deles foi gravado.</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>Não importado: {error}</translation>
    </message>
    <message>
        <source>The preview failed: {error}</source>
        <translation>A pré-visualização falhou: {error}</translation>
    </message>
    <message>
        <source>Import cancelled; files imported before the cancel stay imported, the others were not</source>
        <translation>Importação cancelada; os ficheiros importados antes do cancelamento continuam importados, os outros não foram importados</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was written</source>
        <translation>Pré-visualização cancelada; nada foi gravado</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Production without a valid licence</source>
        <translation>Produção sem licença válida</translation>
    </message>
    <message>
        <source>Expired licences still producing</source>
        <translation>Licenças caducadas ainda a produzir</translation>
    </message>
    <message>
        <source>Workers registered as diggers</source>
        <translation>Trabalhadores registados como garimpeiros</translation>
    </message>
    <message>
        <source>Active sites with a GPS point</source>
        <translation>Locais ativos com ponto GPS</translation>
    </message>
    <message>
        <source>Sites mapped outside their country</source>
        <translation>Locais marcados fora do seu país</translation>
    </message>
    <message>
        <source>Sites outside their licence area</source>
        <translation>Locais fora da área da sua licença</translation>
    </message>
    <message>
        <source>Licence areas that overlap</source>
        <translation>Áreas de licença sobrepostas</translation>
    </message>
    <message>
        <source>Sites not inspected for a year</source>
        <translation>Locais não inspecionados há um ano</translation>
    </message>
    <message>
        <source>Sites with months not recorded</source>
        <translation>Locais com meses sem registo</translation>
    </message>
    <message>
        <source>Incomplete production records</source>
        <translation>Registos de produção incompletos</translation>
    </message>
    <message>
        <source>Production entered late</source>
        <translation>Produção introduzida tarde</translation>
    </message>
    <message>
        <source>Sold to unlicensed buyers</source>
        <translation>Vendido a compradores sem licença</translation>
    </message>
    <message>
        <source>Dealers buying without a valid licence</source>
        <translation>Comerciantes a comprar sem licença válida</translation>
    </message>
    <message>
        <source>Dealers&apos; sales against their purchases</source>
        <translation>Vendas dos comerciantes face às compras</translation>
    </message>
    <message>
        <source>Exports without a KP certificate</source>
        <translation>Exportações sem certificado PK</translation>
    </message>
    <message>
        <source>Unusual prices per carat</source>
        <translation>Preços por quilate invulgares</translation>
    </message>
    <message>
        <source>Sites whose stones changed</source>
        <translation>Locais cujas pedras mudaram</translation>
    </message>
    <message>
        <source>Buying offices whose purchases jumped</source>
        <translation>Escritórios de compra com salto nas compras</translation>
    </message>
    <message>
        <source>Active sites reporting production</source>
        <translation>Locais ativos que declaram produção</translation>
    </message>
    <message>
        <source>Production entered on time</source>
        <translation>Produção introduzida a tempo</translation>
    </message>
    <message>
        <source>Inspections per inspector</source>
        <translation>Inspeções por inspetor</translation>
    </message>
    <message>
        <source>Active sites per inspector</source>
        <translation>Locais ativos por inspetor</translation>
    </message>
    <message>
        <source>Value: {value} ({numerator} / {denominator}), {status}</source>
        <translation>Valor: {value} ({numerator} / {denominator}), {status}</translation>
    </message>
    <message>
        <source>Thresholds: {thresholds}</source>
        <translation>Limiares: {thresholds}</translation>
    </message>
    <message>
        <source>How it is computed: {how}</source>
        <translation>Como é calculado: {how}</translation>
    </message>
    <message>
        <source>Flagged: {n} {records}</source>
        <translation>Assinalados: {n} {records}</translation>
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
        <translation>{workbook} e {pdf}</translation>
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation>Exportar livro do inventário</translation>
    </message>
    <message>
        <source>Every country in this inventory</source>
        <translation>Todos os países deste inventário</translation>
    </message>
    <message>
        <source>WGAAP region: {region}</source>
        <translation>Região WGAAP: {region}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>País: {country}</translation>
    </message>
    <message>
        <source>first day, e.g. {example} (empty: from the first production)</source>
        <translation>primeiro dia, p. ex. {example} (vazio: desde a primeira produção)</translation>
    </message>
    <message>
        <source>last day, e.g. {example} (empty: to the last production)</source>
        <translation>último dia, p. ex. {example} (vazio: até à última produção)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Also print the Summary, the Trends, the Challenge matrix, its indicators and the footprints to PDF (needs LibreOffice)</source>
        <translation>Imprimir também em PDF o Resumo, as Tendências, a Matriz de desafios, os seus indicadores e as assinaturas (requer o LibreOffice)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Âmbito</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Livro</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Inventory workbook</source>
        <translation>Livro do inventário</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Livros de Excel</translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
    <message>
        <source>To is before From</source>
        <translation>A data &quot;Até&quot; é anterior à data &quot;De&quot;</translation>
    </message>
    <message>
        <source>Say where to write the workbook</source>
        <translation>Indique onde gravar o livro</translation>
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
        <translation>{task} (a cancelar…)</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Officer key files</source>
        <translation>Ficheiros de chave de agente</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os ficheiros</translation>
    </message>
    <message>
        <source>Export my key file…</source>
        <translation>Exportar o meu ficheiro de chave…</translation>
    </message>
    <message>
        <source>Write this installation&apos;s public key to a file for your coordinator. It holds no secret: the private key never leaves this computer&apos;s data folder.</source>
        <translation>Escrever a chave pública desta instalação num ficheiro para o seu coordenador. Não contém nenhum segredo: a chave privada nunca sai da pasta de dados deste computador.</translation>
    </message>
    <message>
        <source>Register an officer&apos;s key file…</source>
        <translation>Registar o ficheiro de chave de um agente…</translation>
    </message>
    <message>
        <source>Record an officer&apos;s key in this inventory (the audit log keeps it), so that the workbooks the officer signs import as signed by a registered officer.</source>
        <translation>Registar a chave de um agente neste inventário (o registo de auditoria guarda-a), para que os livros que o agente assina sejam importados como assinados por um agente registado.</translation>
    </message>
    <message>
        <source>Officers&apos; keys registered in this inventory</source>
        <translation>Chaves de agentes registadas neste inventário</translation>
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
        <translation>Impressão digital da chave</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalação</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registada em</translation>
    </message>
    <message>
        <source>This installation ({officer}, {country}) signs its field workbooks with the key whose fingerprint is {fingerprint}. Read it to your coordinator when you send your key file.</source>
        <translation>Esta instalação ({officer}, {country}) assina os seus livros de campo com a chave cuja impressão digital é {fingerprint}. Leia-a ao seu coordenador quando lhe enviar o seu ficheiro de chave.</translation>
    </message>
    <message>
        <source>This installation ({officer}, {country}) has no signing key yet: one is made when you export your key file or your first field workbook.</source>
        <translation>Esta instalação ({officer}, {country}) ainda não tem chave de assinatura: é criada quando exportar o seu ficheiro de chave ou o seu primeiro livro de campo.</translation>
    </message>
    <message>
        <source>Export my key file</source>
        <translation>Exportar o meu ficheiro de chave</translation>
    </message>
    <message>
        <source>The key file was not written: {reason}</source>
        <translation>O ficheiro de chave não foi escrito: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}. Send it to your coordinator, and read them the fingerprint {fingerprint} over the phone so they can check they registered the right key.</source>
        <translation>Escrito {path}. Envie-o ao seu coordenador e leia-lhe a impressão digital {fingerprint} ao telefone para que ele verifique que registou a chave certa.</translation>
    </message>
    <message>
        <source>Register an officer&apos;s key file</source>
        <translation>Registar o ficheiro de chave de um agente</translation>
    </message>
    <message>
        <source>The key was not registered: {reason}</source>
        <translation>A chave não foi registada: {reason}</translation>
    </message>
    <message>
        <source>{path} holds this installation&apos;s own key: its workbooks are already recognised.</source>
        <translation>{path} contém a chave desta instalação: os seus livros já são reconhecidos.</translation>
    </message>
    <message>
        <source>This key is already registered, for {officer} (fingerprint {fingerprint}); nothing changed.</source>
        <translation>Esta chave já está registada, para {officer} (impressão digital {fingerprint}); nada mudou.</translation>
    </message>
    <message>
        <source>Registered the key of {officer} ({country}), fingerprint {fingerprint}. Compare it with the fingerprint the officer reads to you before you trust the workbooks it signs.</source>
        <translation>Registada a chave de {officer} ({country}), impressão digital {fingerprint}. Compare-a com a impressão digital que o agente lhe lê antes de confiar nos livros que ela assina.</translation>
    </message>
    <message>
        <source>Imports already made with this key now show a registered officer: {n}.</source>
        <translation>Importações já feitas com esta chave que agora mostram um agente registado: {n}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Challenge matrix</source>
        <translation>Matriz de desafios</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <source>Undo not possible</source>
        <translation>Não é possível anular</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
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
        <translation>Anular</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <source>Check this inventory…</source>
        <translation>Verificar este inventário…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Export inventory workbook…</source>
        <translation>Exportar livro do inventário…</translation>
    </message>
    <message>
        <source>Open inventory…</source>
        <translation>Abrir inventário…</translation>
    </message>
    <message>
        <source>New inventory…</source>
        <translation>Novo inventário…</translation>
    </message>
    <message>
        <source>About kpfield</source>
        <translation>Acerca do kpfield</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Recent inventories</source>
        <translation>Inventários recentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Inventory: {name}</source>
        <translation>Inventário: {name}</translation>
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
        <translation>Última cópia de segurança: {when}</translation>
    </message>
    <message>
        <source>Backing up the inventory…</source>
        <translation>A fazer a cópia de segurança do inventário…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Fazer cópia de segurança</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>A fazer a cópia de segurança…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Cópia de segurança gravada em {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>A cópia de segurança falhou</translation>
    </message>
    <message>
        <source>The backup could not be written: {message}</source>
        <translation>Não foi possível gravar a cópia de segurança: {message}</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup file was written</source>
        <translation>Cópia de segurança cancelada; nenhum ficheiro de cópia foi gravado</translation>
    </message>
    <message>
        <source>Checking every record against the audit log…</source>
        <translation>A verificar cada registo face ao registo de auditoria…</translation>
    </message>
    <message>
        <source>Check this inventory</source>
        <translation>Verificar este inventário</translation>
    </message>
    <message>
        <source>Writing the inventory workbook…</source>
        <translation>A gravar o livro do inventário…</translation>
    </message>
    <message>
        <source>Export inventory workbook</source>
        <translation>Exportar livro do inventário</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Gravado: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>The inventory workbook was not written: {message}</source>
        <translation>O livro do inventário não foi gravado: {message}</translation>
    </message>
    <message>
        <source>Export cancelled; no workbook was written</source>
        <translation>Exportação cancelada; nenhum livro foi gravado</translation>
    </message>
    <message>
        <source>Open inventory</source>
        <translation>Abrir inventário</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>Inventários</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os ficheiros</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ainda nenhum)</translation>
    </message>
    <message>
        <source>Field inventories of artisanal and alluvial diamond mining for the Kimberley Process Working Group of Artisanal Alluvial Producers.</source>
        <translation>Inventários de campo da mineração artesanal e aluvial de diamantes para o Grupo de Trabalho de Produtores Artesanais e Aluviais do Processo de Kimberley.</translation>
    </message>
    <message>
        <source>Installation: {origin}</source>
        <translation>Instalação: {origin}</translation>
    </message>
    <message>
        <source>Cannot open the inventory</source>
        <translation>Não é possível abrir o inventário</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>Checking the backup and copying it…</source>
        <translation>A verificar a cópia de segurança e a copiá-la…</translation>
    </message>
    <message>
        <source>The inventory was not restored and is as it was: {message}</source>
        <translation>O inventário não foi restaurado e está como estava: {message}</translation>
    </message>
    <message>
        <source>Restore cancelled; the inventory was not changed</source>
        <translation>Restauro cancelado; o inventário não foi alterado</translation>
    </message>
    <message>
        <source>Restored {name} from the backup {backup}.</source>
        <translation>{name} foi restaurado a partir da cópia de segurança {backup}.</translation>
    </message>
    <message>
        <source>The inventory as it was before is kept as {kept}: open it from there if needed.</source>
        <translation>O inventário tal como estava antes fica guardado como {kept}: abra-o a partir daí se for preciso.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>outside the country</source>
        <translation>fora do país</translation>
    </message>
    <message>
        <source>active without a valid licence</source>
        <translation>ativo sem licença válida</translation>
    </message>
    <message>
        <source>not inspected in the last year</source>
        <translation>não inspecionado no último ano</translation>
    </message>
    <message>
        <source>Search sites by code, name or village</source>
        <translation>Procurar locais por código, nome ou aldeia</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Mapa inteiro</translation>
    </message>
    <message>
        <source>Show GPS tracks…</source>
        <translation>Mostrar trajetos GPS…</translation>
    </message>
    <message>
        <source>Draw the tracks of a GPX file: the route of a day&apos;s work</source>
        <translation>Desenhar os trajetos de um ficheiro GPX: o percurso de um dia de trabalho</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>As filtered in Sites</source>
        <translation>Filtrado como em Locais</translation>
    </message>
    <message>
        <source>Show only the sites that the Sites page&apos;s search and filters keep (status, district...), and follow them as they change</source>
        <translation>Mostrar apenas os locais que a pesquisa e os filtros da página Locais mantêm (estado, distrito...) e acompanhá-los quando mudam</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>Abrir o local</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <source>Show GPS tracks</source>
        <translation>Mostrar trajetos GPS</translation>
    </message>
    <message>
        <source>GPX files (*.gpx)</source>
        <translation>Ficheiros GPX (*.gpx)</translation>
    </message>
    <message>
        <source>tracks of {file}: {points} points</source>
        <translation>trajetos de {file}: {points} pontos</translation>
    </message>
    <message>
        <source>{shown} sites on the map, {without} without a GPS point, {areas} licence areas</source>
        <translation>{shown} locais no mapa, {without} sem ponto GPS, {areas} áreas de licença</translation>
    </message>
    <message>
        <source>As filtered in Sites: {counts}</source>
        <translation>Filtrado como em Locais: {counts}</translation>
    </message>
    <message>
        <source>What the list selected is not on this map: choose All sites in Show, or untick As filtered in Sites.</source>
        <translation>O que a lista selecionou não está neste mapa: escolha Todos os locais em Mostrar, ou desmarque Filtrado como em Locais.</translation>
    </message>
    <message>
        <source>Click a site on the map to see it here.</source>
        <translation>Clique num local do mapa para o ver aqui.</translation>
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
        <translation>Ponto</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Licença expira</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Última inspeção</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{n} sites selected; the last one picked:</source>
        <translation>{n} locais selecionados; o último escolhido:</translation>
    </message>
    <message>
        <source>licence area</source>
        <translation>área de licença</translation>
    </message>
    <message>
        <source>district: outline of its sites</source>
        <translation>distrito: contorno dos seus locais</translation>
    </message>
</context>
<context>
    <name>MapRender</name>
    <message>
        <source>{sites} sites with a GPS point, {areas} licence areas · kpfield {version}</source>
        <translation>{sites} locais com ponto GPS, {areas} áreas de licença · kpfield {version}</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>não foi possível gravar a imagem</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>{district} (outline of its sites)</source>
        <translation>{district} (contorno dos seus locais)</translation>
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
        <translation>local</translation>
    </message>
    <message>
        <source>region</source>
        <translation>região</translation>
    </message>
    <message>
        <source>buying office</source>
        <translation>escritório de compra</translation>
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation>Matriz de desafios</translation>
    </message>
    <message>
        <source>The half-year evaluated (KP statistics are half-yearly)</source>
        <translation>O semestre avaliado (as estatísticas do PK são semestrais)</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Por distrito</translation>
    </message>
    <message>
        <source>One column per district of the chosen countries</source>
        <translation>Uma coluna por distrito dos países escolhidos</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Avaliar</translation>
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
        <translation>Âmbito</translation>
    </message>
    <message>
        <source>Follow-up list…</source>
        <translation>Lista de acompanhamento…</translation>
    </message>
    <message>
        <source>A workbook of every record the indicators flag in the selected column&apos;s district or country, for the inspectors who visit them</source>
        <translation>Um livro com cada registo que os indicadores assinalam no distrito ou país da coluna escolhida, para os inspetores que os visitam</translation>
    </message>
    <message>
        <source>A workbook of what an officer&apos;s last workbook brought, or of every change since a day</source>
        <translation>Um livro com o que trouxe o último livro de um agente, ou com todas as alterações desde um dia</translation>
    </message>
    <message>
        <source>One zip to send for a WGAAP region and the period shown: inventory workbook, PDF, imports, submissions and a README</source>
        <translation>Um único zip a enviar para uma região do WGAAP e o período mostrado: livro do inventário, PDF, importações, envios e um README</translation>
    </message>
    <message>
        <source>Select a cell to see its indicators and the records they flag.</source>
        <translation>Selecione uma célula para ver os seus indicadores e os registos que assinalam.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the record in its page</source>
        <translation>Faça duplo clique ou prima Enter para abrir o registo na sua página</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the records this indicator flags</source>
        <translation>Faça duplo clique ou prima Enter para abrir os registos que este indicador assinala</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>The challenge matrix cannot be read: {error}</source>
        <translation>Não é possível ler a matriz de desafios: {error}</translation>
    </message>
    <message>
        <source>All countries in this inventory</source>
        <translation>Todos os países deste inventário</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Região: {region}</translation>
    </message>
    <message>
        <source>Nothing to evaluate: this inventory has no sites yet.</source>
        <translation>Nada a avaliar: este inventário ainda não tem locais.</translation>
    </message>
    <message>
        <source>Evaluating {period}, districts: {n}…</source>
        <translation>A avaliar {period}, distritos: {n}…</translation>
    </message>
    <message>
        <source>Evaluating {period}, countries: {n}…</source>
        <translation>A avaliar {period}, países: {n}…</translation>
    </message>
    <message>
        <source>Evaluation cancelled; the heat map shows the last evaluation.</source>
        <translation>Avaliação cancelada; o mapa de calor mostra a última avaliação.</translation>
    </message>
    <message>
        <source>{task} {seconds} s</source>
        <translation>{task} {seconds} s</translation>
    </message>
    <message>
        <source>{period}, matrix version {version}: {challenge} challenge, {partly_met} partly met, {met} met cells</source>
        <translation>{period}, versão {version} da matriz: {challenge} células em desafio, {partly_met} parcialmente cumpridas, {met} cumpridas</translation>
    </message>
    <message>
        <source>Evaluated in {seconds} s</source>
        <translation>Avaliado em {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} record(s) to follow up</source>
        <translation>
            <numerusform>{file} escrito: {n} registo a acompanhar</numerusform>
            <numerusform>{file} escrito: {n} registos a acompanhar</numerusform>
        </translation>
    </message>
    <message>
        <source>The evaluation failed: {error}</source>
        <translation>A avaliação falhou: {error}</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Painel lateral</translation>
    </message>
    <message>
        <source>Show or fold away the self-assessment and footprint panel (F9)</source>
        <translation>Mostrar ou recolher o painel da autoavaliação e da assinatura (F9)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>What changed, and one zip to send for a WGAAP region and the period shown</source>
        <translation>O que mudou, e um único zip a enviar para uma região do WGAAP e o período mostrado</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>O que mudou…</translation>
    </message>
    <message>
        <source>Package to send…</source>
        <translation>Pacote a enviar…</translation>
    </message>
    <message>
        <source>Write follow-up list</source>
        <translation>Escrever a lista de acompanhamento</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Livros (*.xlsx)</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>Não escrito: {error}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>A gravar…</translation>
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
        <translation>{row}, {scope}: nenhum indicador automático; veja a autoavaliação</translation>
    </message>
    <message>
        <source>{records} flagged: {n} (double-click to open)</source>
        <translation>Assinalados ({records}): {n} (duplo clique para abrir)</translation>
    </message>
    <message>
        <source>Nothing flagged</source>
        <translation>Nada assinalado</translation>
    </message>
    <message>
        <source>Why flagged: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>The footprint could not be computed: {error}</source>
        <translation>Não foi possível calcular a assinatura: {error}</translation>
    </message>
    <message>
        <source>Records changed since this evaluation: press Evaluate to update it.</source>
        <translation>Há registos alterados desde esta avaliação: carregue em Avaliar para a atualizar.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Type the day first: 15/01/2026, 15.01.26 or 15 January 2026; or 2026-01-15</source>
        <translation>Escreva o dia primeiro: 15/01/2026, 15.01.26 ou 15 de janeiro de 2026; ou 2026-01-15</translation>
    </message>
    <message>
        <source>{decimal} or {dms}</source>
        <translation>{decimal} ou {dms}</translation>
    </message>
    <message>
        <source>type to find a person…</source>
        <translation>escreva para procurar uma pessoa…</translation>
    </message>
    <message>
        <source>type to find an organisation…</source>
        <translation>escreva para procurar uma organização…</translation>
    </message>
    <message>
        <source>type to find a licence…</source>
        <translation>escreva para procurar uma licença…</translation>
    </message>
    <message>
        <source>type to find a site…</source>
        <translation>escreva para procurar um local…</translation>
    </message>
    <message>
        <source>type to find a record…</source>
        <translation>escreva para procurar um registo…</translation>
    </message>
    <message>
        <source>Size classes (optional)</source>
        <translation>Classes de tamanho (opcional)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
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
        <source>Totals: no size classes typed</source>
        <translation>Totais: nenhuma classe de tamanho preenchida</translation>
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: match the record</source>
        <translation>Totais: {stones} pedras, {carats} ct: coincidem com o registo</translation>
    </message>
    <message>
        <source>Totals: {stones} stones, {carats} ct: do not match the record&apos;s stones and carats</source>
        <translation>Totais: {stones} pedras, {carats} ct: não coincidem com as pedras e os quilates do registo</translation>
    </message>
    <message>
        <source>Edit: {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message>
        <source>New: {kind}</source>
        <translation>Novo registo: {kind}</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Abrir o registo existente</translation>
    </message>
    <message>
        <source>* required. Enter saves, Esc cancels.</source>
        <translation>* obrigatório. Enter guarda, Esc cancela.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{label}: choose one from the list (type part of its name, number or code)</source>
        <translation>{label}: escolha um da lista (escreva parte do nome, do número ou do código)</translation>
    </message>
    <message>
        <source>This record may already be there: &lt;b&gt;{name}&lt;/b&gt;, {reason}. You can still save a new record.</source>
        <translation>Este registo pode já existir: &lt;b&gt;{name}&lt;/b&gt;, {reason}. Pode mesmo assim guardar um novo registo.</translation>
    </message>
    <message>
        <source>(Other possible matches: {n}.)</source>
        <translation>(Outras correspondências possíveis: {n}.)</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>Descartar o que escreveu neste formulário?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>Nada disto foi guardado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar a editar</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nova organização</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>Nova licença</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Novo local</translation>
    </message>
    <message>
        <source>New production record</source>
        <translation>Novo registo de produção</translation>
    </message>
    <message>
        <source>New sale or export</source>
        <translation>Nova venda ou exportação</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Nova inspeção</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>Nova autoavaliação</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos os distritos</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>All record kinds</source>
        <translation>Todos os tipos de registo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>expires from</source>
        <translation>expira desde</translation>
    </message>
    <message>
        <source>expires to</source>
        <translation>expira até</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>data desde</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>data até</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Search names, IDs, digger cards, villages…</source>
        <translation>Procurar nomes, identidades, cartões de garimpeiro, aldeias…</translation>
    </message>
    <message>
        <source>Search names, towns, registration numbers…</source>
        <translation>Procurar nomes, cidades, números de registo…</translation>
    </message>
    <message>
        <source>Search licence numbers and holders…</source>
        <translation>Procurar números de licença e titulares…</translation>
    </message>
    <message>
        <source>Search site codes, names, villages, licences…</source>
        <translation>Procurar códigos de local, nomes, aldeias, licenças…</translation>
    </message>
    <message>
        <source>Search sites, villages, licences, references…</source>
        <translation>Procurar locais, aldeias, licenças, referências…</translation>
    </message>
    <message>
        <source>Search licences, buyers, certificates, documents…</source>
        <translation>Procurar licenças, compradores, certificados, documentos…</translation>
    </message>
    <message>
        <source>Search officers, findings, sites, licences…</source>
        <translation>Procurar inspetores, constatações, locais, licenças…</translation>
    </message>
    <message>
        <source>Type a date such as 01/07/2025 (day first) or 2025-07-01</source>
        <translation>Escreva uma data como 01/07/2025 (o dia primeiro) ou 2025-07-01</translation>
    </message>
    <message>
        <source>Filter {filter}: {problem}. This filter is not applied.</source>
        <translation>Filtro «{filter}»: {problem}. Este filtro não é aplicado.</translation>
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
            <numerusform>{n} registo</numerusform>
            <numerusform>{n} registos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registo</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the audit log and Undo brings it back.</source>
        <translation>Eliminar {record}? Fica no registo de auditoria e Anular repõe-no.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Não eliminado</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{column}: not sortable in this large table (sort by carats instead)</source>
        <translation>{column}: não é possível ordenar nesta tabela grande (ordene antes por quilates)</translation>
    </message>
    <message>
        <source>{column}: not sortable (it belongs to another record)</source>
        <translation>{column}: não é possível ordenar (pertence a outro registo)</translation>
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
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>The backups of {name}, newest first, at this computer&apos;s time. The backup you choose is checked, then replaces the inventory; the inventory as it is now is kept beside it.</source>
        <translation>As cópias de segurança de {name}, da mais recente para a mais antiga, na hora deste computador. A cópia escolhida é verificada e depois substitui o inventário; o inventário tal como está agora fica guardado ao lado.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Outros registos</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ficheiro da cópia</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>A ler as cópias de segurança…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>Listagem cancelada.</translation>
    </message>
    <message>
        <source>{name} has no backups yet in {folder}.</source>
        <translation>{name} ainda não tem cópias de segurança em {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) in the backups folder beside the inventory.</source>
        <translation>
            <numerusform>{n} cópia de segurança na pasta backups ao lado do inventário.</numerusform>
            <numerusform>{n} cópias de segurança na pasta backups ao lado do inventário.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} backup(s) in {folder}.</source>
        <translation>
            <numerusform>{n} cópia de segurança em {folder}.</numerusform>
            <numerusform>{n} cópias de segurança em {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of them cannot be read and cannot be restored.</source>
        <translation>
            <numerusform>{n} delas não pode ser lida nem restaurada.</numerusform>
            <numerusform>{n} delas não podem ser lidas nem restauradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable: damaged, or not a kpfield inventory</source>
        <translation>Ilegível: danificada, ou não é um inventário kpfield</translation>
    </message>
    <message>
        <source>The backups could not be listed: {message}</source>
        <translation>Não foi possível listar as cópias de segurança: {message}</translation>
    </message>
    <message>
        <source>Replace {name} by the backup made on {when} ({file}: {holds})?

Everything saved since that backup will no longer be in the inventory. The inventory as it is now is not deleted: it is kept beside it as {name}.replaced-&lt;date&gt;, and can be opened again from there.</source>
        <translation>Substituir {name} pela cópia de segurança feita em {when} ({file}: {holds})?

Tudo o que foi gravado desde essa cópia deixará de estar no inventário. O inventário tal como está agora não é apagado: fica guardado ao lado como {name}.replaced-&lt;data&gt; e pode ser aberto de novo a partir daí.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>{when} UTC, version {version}</source>
        <translation>{when} UTC, versão {version}</translation>
    </message>
    <message>
        <source>Open conflicts: the same field changed differently on both sides</source>
        <translation>Conflitos pendentes: o mesmo campo foi alterado de forma diferente dos dois lados</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Ours (here)</source>
        <translation>O nosso (aqui)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>O deles (recebido)</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Valor de partida comum</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Alterado aqui por</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recebido de</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Manter o nosso</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Aceitar o deles</translation>
    </message>
    <message>
        <source>or type the right value</source>
        <translation>ou escreva o valor correto</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <source>Settled automatically: case, accents or spaces alone, to the most recent spelling</source>
        <translation>Resolvidos automaticamente: apenas maiúsculas, acentos ou espaços, pela grafia mais recente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantida</translation>
    </message>
    <message>
        <source>Probable duplicates: two records that may be one</source>
        <translation>Duplicados prováveis: dois registos que podem ser um só</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Registo A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Registo B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Merge, keep A</source>
        <translation>Fundir, manter A</translation>
    </message>
    <message>
        <source>Merge, keep B</source>
        <translation>Fundir, manter B</translation>
    </message>
    <message>
        <source>Not the same: dismiss</source>
        <translation>Não são o mesmo: descartar</translation>
    </message>
    <message>
        <source>{side} ({file})</source>
        <translation>{side} ({file})</translation>
    </message>
    <message>
        <source>{label}: {kind} {record}, conflict {conflict} of {when} UTC</source>
        <translation>{label}: {kind} {record}, conflito {conflict} de {when} UTC</translation>
    </message>
    <message>
        <source>received</source>
        <translation>a recebida</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>a nossa</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalação</translation>
    </message>
    <message>
        <source>Type the value to keep first, or choose Keep ours or Take theirs.</source>
        <translation>Escreva primeiro o valor a manter, ou escolha Manter o nosso ou Aceitar o deles.</translation>
    </message>
    <message>
        <source>Not settled: {error}</source>
        <translation>Não resolvido: {error}</translation>
    </message>
    <message>
        <source>Conflict settled ({field}): {result}</source>
        <translation>Conflito resolvido ({field}): {result}</translation>
    </message>
    <message>
        <source>Not merged: {error}</source>
        <translation>Não fundido: {error}</translation>
    </message>
    <message>
        <source>Not dismissed: {error}</source>
        <translation>Não descartado: {error}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start here</source>
        <translation>Comece aqui</translation>
    </message>
    <message>
        <source>This inventory holds no records yet. Record who works and where first, then what they produce: production, sales and inspections refer to the persons, licences and sites. Or bring in what another officer recorded.</source>
        <translation>Este inventário ainda não tem registos. Registe primeiro quem trabalha e onde, depois o que produz: a produção, as vendas e as inspeções referem-se às pessoas, às licenças e aos locais. Ou traga o que outro agente registou.</translation>
    </message>
    <message>
        <source>Add the persons</source>
        <translation>Adicionar as pessoas</translation>
    </message>
    <message>
        <source>Diggers, licence holders, buyers and exporters: name, village, national ID or digger card.</source>
        <translation>Garimpeiros, titulares de licenças, compradores e exportadores: nome, aldeia, número de identificação ou cartão de garimpeiro.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>Add the licences</source>
        <translation>Adicionar as licenças</translation>
    </message>
    <message>
        <source>Each mining, buying or export licence with its holder (a person or an organisation), dates and status.</source>
        <translation>Cada licença de exploração, compra ou exportação com o seu titular (uma pessoa ou uma organização), as datas e o estado.</translation>
    </message>
    <message>
        <source>Add a licence</source>
        <translation>Adicionar uma licença</translation>
    </message>
    <message>
        <source>Add the mining sites</source>
        <translation>Adicionar os locais de garimpo</translation>
    </message>
    <message>
        <source>Where the digging is: village, coordinates and the licence the site works under.</source>
        <translation>Onde se garimpa: aldeia, coordenadas e a licença com que o local trabalha.</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Adicionar um local</translation>
    </message>
    <message>
        <source>Or import a field workbook</source>
        <translation>Ou importar um livro de campo</translation>
    </message>
    <message>
        <source>A workbook exported by another officer&apos;s kpfield, or a template filled in by hand: previewed first, nothing written until you accept it.</source>
        <translation>Um livro exportado pelo kpfield de outro agente, ou um modelo preenchido à mão: primeiro uma pré-visualização, nada é escrito antes de o aceitar.</translation>
    </message>
    <message>
        <source>Import a field workbook</source>
        <translation>Importar um livro de campo</translation>
    </message>
    <message>
        <source>Just looking? Open the demo</source>
        <translation>Só para ver? Abra a demonstração</translation>
    </message>
    <message>
        <source>A small demo inventory (Sierra Leone) with realistic records, kept in its own file: this inventory stays as it is.</source>
        <translation>Um pequeno inventário de demonstração (Serra Leoa) com registos realistas, num ficheiro próprio: este inventário fica como está.</translation>
    </message>
    <message>
        <source>Open the demo inventory</source>
        <translation>Abrir o inventário de demonstração</translation>
    </message>
    <message>
        <source>Read the guide (F1)</source>
        <translation>Ler o guia (F1)</translation>
    </message>
    <message>
        <source>Open another inventory…</source>
        <translation>Abrir outro inventário…</translation>
    </message>
    <message>
        <source>Making the demo inventory…</source>
        <translation>A criar o inventário de demonstração…</translation>
    </message>
    <message>
        <source>The demo inventory could not be made: {message}</source>
        <translation>Não foi possível criar o inventário de demonstração: {message}</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>an area needs at least 3 corners, separated by | or ; (got {n})</source>
        <translation>uma área precisa de pelo menos 3 vértices, separados por | ou ; (recebidos {n})</translation>
    </message>
    <message>
        <source>an area may have at most {limit} corners (got {n})</source>
        <translation>uma área tem no máximo {limit} vértices (recebidos {n})</translation>
    </message>
    <message>
        <source>the sides of the area cross each other: list the corners in order around the area</source>
        <translation>os lados da área cruzam-se: indique os vértices por ordem, à volta da área</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>kpfield: {kind} refused:</source>
        <translation>kpfield: registo recusado ({kind}):</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertência</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>advertência: {message}</translation>
    </message>
    <message>
        <source>Created inventory {path} for {officer} ({country}); installation {origin}</source>
        <translation>Inventário {path} criado para {officer} ({country}); instalação {origin}</translation>
    </message>
    <message>
        <source>Making the {scale} demo inventory (seed {seed}) in {path} ...</source>
        <translation>A criar o inventário de demonstração {scale} (semente {seed}) em {path} ...</translation>
    </message>
    <message>
        <source>kpfield: {path} already holds records; the demo goes into a new or empty inventory</source>
        <translation>kpfield: {path} já contém registos; a demonstração só pode ser criada num inventário novo ou vazio</translation>
    </message>
    <message>
        <source>Inventory {path}</source>
        <translation>Inventário {path}</translation>
    </message>
    <message>
        <source>Officer {officer} ({country}), installation {origin}</source>
        <translation>Agente {officer} ({country}), instalação {origin}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
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
        <translation>registos</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>pedras</translation>
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
        <translation>Produção (formulário estatístico do PK)</translation>
    </message>
    <message>
        <source>(no production recorded)</source>
        <translation>(nenhuma produção registada)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última cópia de segurança: {when}</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Última cópia de segurança: nunca</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integridade</translation>
    </message>
    <message>
        <source>references</source>
        <translation>referências</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoria</translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation>pontos de controlo</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALHA</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>... e mais {n}</translation>
    </message>
    <message>
        <source>{path}: sound</source>
        <translation>{path}: íntegro</translation>
    </message>
    <message>
        <source>{path}: PROBLEMS FOUND</source>
        <translation>{path}: PROBLEMAS ENCONTRADOS</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Cópia de segurança feita em {path}</translation>
    </message>
    <message>
        <source>The inventory is read-only here, so the time of this backup was not noted in it</source>
        <translation>O inventário é só de leitura aqui, por isso a hora desta cópia de segurança não ficou registada nele</translation>
    </message>
    <message>
        <source>kpfield export inventory: &apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>kpfield export inventory: &apos;{region}&apos; não é uma região do WGAAP; escolha entre {choices}</translation>
    </message>
    <message>
        <source>kpfield export inventory: give --region or --country, not both</source>
        <translation>kpfield export inventory: indique --region ou --country, não ambos</translation>
    </message>
    <message>
        <source>kpfield export inventory: --to is before --from</source>
        <translation>kpfield export inventory: --to é anterior a --from</translation>
    </message>
    <message>
        <source>{sheet} {n} rows</source>
        <translation>{sheet}: {n} linhas</translation>
    </message>
    <message>
        <source>Wrote {path}: {sheets}</source>
        <translation>Ficheiro {path} escrito: {sheets}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Ficheiro {path} escrito</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} officers, {late} late for {half}</source>
        <translation>{path} escrito: {n} agentes, {late} atrasados para {half}</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>nada recebido</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>ATRASADO</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>em dia</translation>
    </message>
    <message>
        <source>kpfield report changes: give --officer or --since</source>
        <translation>kpfield report changes: indique --officer ou --since</translation>
    </message>
    <message>
        <source>Wrote {path}: {title}</source>
        <translation>{path} escrito: {title}</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(nenhuma alteração)</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} records to follow up in {district}, {period}</source>
        <translation>{path} escrito: {n} registos a acompanhar em {district}, {period}</translation>
    </message>
    <message>
        <source>kpfield export package: &apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>kpfield export package: &apos;{region}&apos; não é uma região do WGAAP; escolha entre {choices}</translation>
    </message>
    <message>
        <source>no PDF: {why}</source>
        <translation>sem PDF: {why}</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}</source>
        <translation>{path} restaurado a partir de {backup}</translation>
    </message>
    <message>
        <source>Note: that backup is of another inventory: {owner}</source>
        <translation>Nota: essa cópia de segurança é de outro inventário: {owner}</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {path}</source>
        <translation>O ficheiro substituído foi guardado como {path}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of record; choose one of {kinds}</source>
        <translation>«{kind}» não é um tipo de registo; escolha entre {kinds}</translation>
    </message>
    <message>
        <source>&apos;{item}&apos;: write each field as name=value</source>
        <translation>&apos;{item}&apos;: escreva cada campo na forma nome=valor</translation>
    </message>
    <message>
        <source>kpfield list: there is no table of {kinds}; see kpfield evaluate</source>
        <translation>kpfield list: não há tabela de {kinds}; veja kpfield evaluate</translation>
    </message>
    <message>
        <source>--limit must be 0 (every record) or more</source>
        <translation>--limit tem de ser 0 (todos os registos) ou mais</translation>
    </message>
    <message>
        <source>{shown} of {total} {kinds} shown; --limit N shows more, --limit 0 every one</source>
        <translation>{shown} de {total} ({kinds}) mostrados; --limit N mostra mais, --limit 0 todos</translation>
    </message>
    <message>
        <source>{kinds}: {total}</source>
        <translation>{kinds}: {total}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(registo eliminado)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>{at} by {who}</source>
        <translation>{at} por {who}</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>{version} (rows in the audit log: {rows})</source>
        <translation>{version} (linhas no registo de auditoria: {rows})</translation>
    </message>
    <message>
        <source>give at least one field to change, as name=value</source>
        <translation>indique pelo menos um campo a alterar, na forma nome=valor</translation>
    </message>
    <message>
        <source>nothing changed: the values given are the ones recorded</source>
        <translation>nada foi alterado: os valores indicados são os já registados</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <source>{record} was not deleted: confirm with --yes when no one is there to answer</source>
        <translation>Nada foi eliminado ({record}): confirme com --yes quando não houver ninguém para responder</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the file as a deleted record.</source>
        <translation>Eliminar {record}? O registo fica no ficheiro, marcado como eliminado.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Nada foi eliminado.</translation>
    </message>
    <message>
        <source>Deleted {record}</source>
        <translation>Eliminado: {record}</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a WGAAP region; choose one of {choices}</source>
        <translation>&apos;{region}&apos; não é uma região WGAAP; escolha entre {choices}</translation>
    </message>
    <message>
        <source>kpfield: the inventory has no sites to evaluate</source>
        <translation>kpfield: o inventário não tem locais para avaliar</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Footprint of {place}: {records} records, {stones} stones, {carats} ct</source>
        <translation>Assinatura de {place}: {records} registos, {stones} pedras, {carats} ct</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>% stones</source>
        <translation>% pedras</translation>
    </message>
    <message>
        <source>% carats</source>
        <translation>% quilates</translation>
    </message>
    <message>
        <source>ref % stones</source>
        <translation>% pedras ref.</translation>
    </message>
    <message>
        <source>{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not above</source>
        <translation>{stones} das {total} pedras ({carats} ct) não têm classes de tamanho registadas e não constam acima</translation>
    </message>
    <message>
        <source>Reference: {place} holds no stones: there is nothing to compare with</source>
        <translation>Referência: {place} não contém pedras: não há nada com que comparar</translation>
    </message>
    <message>
        <source>Reference: {place} ({stones} stones)</source>
        <translation>Referência: {place} ({stones} pedras)</translation>
    </message>
    <message>
        <source>Total-variation distance: stones {tvd}</source>
        <translation>Distância de variação total: pedras {tvd}</translation>
    </message>
    <message>
        <source>, carats {tvd}</source>
        <translation>, quilates {tvd}</translation>
    </message>
    <message>
        <source>Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}</source>
        <translation>Qui-quadrado sobre o número de pedras: {chi2} com {dof} graus de liberdade, p = {p}</translation>
    </message>
    <message>
        <source>Chi-square not computed: each footprint needs at least {n} stones</source>
        <translation>Qui-quadrado não calculado: cada assinatura precisa de pelo menos {n} pedras</translation>
    </message>
    <message>
        <source>JUMP</source>
        <translation>SALTO</translation>
    </message>
    <message>
        <source>no jump</source>
        <translation>sem salto</translation>
    </message>
    <message>
        <source>{ratio}x the earlier mean</source>
        <translation>{ratio}x a média anterior</translation>
    </message>
    <message>
        <source>no earlier production</source>
        <translation>sem produção anterior</translation>
    </message>
    <message>
        <source>Production jump test: {carats} ct, {ratio} (threshold {threshold}x): {verdict}. Earlier: {history}</source>
        <translation>Teste de salto da produção: {carats} ct, {ratio} (limiar {threshold}x): {verdict}. Anterior: {history}</translation>
    </message>
    <message>
        <source>a self-assessment is made per half-year: write the period as 2026H1 or 2026H2</source>
        <translation>uma autoavaliação é feita por semestre: escreva o período como 2026H1 ou 2026H2</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos não reconhecidos: {arguments}</translation>
    </message>
    <message>
        <source>choose a command (kpfield --help lists them)</source>
        <translation>escolha um comando (kpfield --help lista-os)</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} records</source>
        <translation>Ficheiro {path} escrito: {n} registos</translation>
    </message>
    <message>
        <source>data SHA-256 {sha256}</source>
        <translation>SHA-256 dos dados {sha256}</translation>
    </message>
    <message>
        <source>NOT signed: {why}. It imports as unsigned.</source>
        <translation>NÃO assinado: {why}. Será importado como não assinado.</translation>
    </message>
    <message>
        <source>signed with this installation&apos;s key {fingerprint}</source>
        <translation>assinado com a chave desta instalação {fingerprint}</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key was made now: send &apos;kpfield identity --export&apos; to your coordinator so that your workbooks import as signed by a registered officer</source>
        <translation>A chave de assinatura desta instalação acabou de ser criada: execute &apos;kpfield identity --export&apos; e envie o ficheiro criado ao seu coordenador, para que os seus livros sejam importados como assinados por um agente registado</translation>
    </message>
    <message>
        <source>Wrote the blank template {path} ({language})</source>
        <translation>Modelo em branco {path} escrito ({language})</translation>
    </message>
    <message>
        <source>signature: {text}</source>
        <translation>assinatura: {text}</translation>
    </message>
    <message>
        <source>REFUSED: {reason}</source>
        <translation>RECUSADO: {reason}</translation>
    </message>
    <message>
        <source>{kind} from {officer} ({origin})</source>
        <translation>{kind} de {officer} ({origin})</translation>
    </message>
    <message>
        <source>NOTHING WRITTEN from this file: {n} problem(s)</source>
        <translation>NADA FOI ESCRITO a partir deste ficheiro: {n} problema(s)</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>simulação: nada foi escrito</translation>
    </message>
    <message>
        <source>nothing new: the inventory already holds all of it</source>
        <translation>nada de novo: o inventário já contém tudo isto</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>{severity}: sheet &apos;{sheet}&apos; row {row} column &apos;{column}&apos; value {value}: {problem} -&gt; {fix}</source>
        <translation>{severity}: folha &apos;{sheet}&apos; linha {row} coluna &apos;{column}&apos; valor {value}: {problem} -&gt; {fix}</translation>
    </message>
    <message>
        <source>... {n} more in the report (--report)</source>
        <translation>... mais {n} no relatório (--report)</translation>
    </message>
    <message>
        <source>conflict #{number} (dry run): {kind} {record}, {field}: here {ours} ({ours_side}), received {theirs} ({theirs_side})</source>
        <translation>conflito n.º {number} (simulação): {kind} {record}, {field}: aqui {ours} ({ours_side}), recebido {theirs} ({theirs_side})</translation>
    </message>
    <message>
        <source>conflict #{number}: {kind} {record}, {field}: here {ours} ({ours_side}), received {theirs} ({theirs_side})</source>
        <translation>conflito n.º {number}: {kind} {record}, {field}: aqui {ours} ({ours_side}), recebido {theirs} ({theirs_side})</translation>
    </message>
    <message>
        <source>settled automatically (case, accents or spaces alone): {what}</source>
        <translation>resolvido automaticamente (apenas maiúsculas, acentos ou espaços): {what}</translation>
    </message>
    <message>
        <source>probable duplicate: {kind} {a} / {b} ({reason})</source>
        <translation>provável duplicado: {kind} {a} / {b} ({reason})</translation>
    </message>
    <message>
        <source>Backup before import: {path}</source>
        <translation>Cópia de segurança antes da importação: {path}</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Relatório: {path}</translation>
    </message>
    <message>
        <source>kpfield import: {file} refused: {reason}</source>
        <translation>kpfield import: {file} recusado: {reason}</translation>
    </message>
    <message>
        <source>kpfield import: {file} refused</source>
        <translation>kpfield import: {file} recusado</translation>
    </message>
    <message>
        <source>{n} open conflict(s)</source>
        <translation>{n} conflito(s) em aberto</translation>
    </message>
    <message>
        <source>{n} probable duplicate(s)</source>
        <translation>{n} provável(eis) duplicado(s)</translation>
    </message>
    <message>
        <source>{n} conflict(s) settled automatically (case, accents or spaces alone: the most recent spelling)</source>
        <translation>{n} conflito(s) resolvido(s) automaticamente (apenas maiúsculas, acentos ou espaços: a grafia mais recente)</translation>
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
        <translation>Para resolver: kpfield resolve --db PATH NÚMERO --ours|--theirs|--value V; kpfield resolve --db PATH --merge PAR [A|B] (ou --merge ID_MANTIDO OUTRO_ID); kpfield resolve --db PATH --dismiss PAR</translation>
    </message>
    <message>
        <source>#{id} {kind} {record}: {field}</source>
        <translation>n.º {id} {kind} {record}: {field}</translation>
    </message>
    <message>
        <source>here: {value} ({side})</source>
        <translation>aqui: {value} ({side})</translation>
    </message>
    <message>
        <source>received: {value} ({side}; file {file})</source>
        <translation>recebido: {value} ({side}; ficheiro {file})</translation>
    </message>
    <message>
        <source>both started from: {value}</source>
        <translation>valor de partida comum: {value}</translation>
    </message>
    <message>
        <source>settled: {how}</source>
        <translation>resolvido: {how}</translation>
    </message>
    <message>
        <source>kpfield resolve --merge: give a pair number (and A or B, the record to keep), or the UUIDs of the record to keep and of the other</source>
        <translation>kpfield resolve --merge: indique um número de par (e A ou B, o registo a manter), ou os UUID do registo a manter e do outro</translation>
    </message>
    <message>
        <source>kpfield resolve: give a conflict number (see &apos;kpfield conflicts&apos;)</source>
        <translation>kpfield resolve: indique o número de um conflito (veja &apos;kpfield conflicts&apos;)</translation>
    </message>
    <message>
        <source>kpfield resolve: choose --ours, --theirs or --value VALUE</source>
        <translation>kpfield resolve: escolha --ours, --theirs ou --value VALUE</translation>
    </message>
    <message>
        <source>conflict {id} settled, {what}</source>
        <translation>conflito {id} resolvido: {what}</translation>
    </message>
    <message>
        <source>Installation {origin}: {officer} ({country})</source>
        <translation>Instalação {origin}: {officer} ({country})</translation>
    </message>
    <message>
        <source>signing key fingerprint: {fingerprint}</source>
        <translation>impressão digital da chave de assinatura: {fingerprint}</translation>
    </message>
    <message>
        <source>private key: {path} (keep it with your data folder&apos;s backups; never send it)</source>
        <translation>chave privada: {path} (guarde-a com as cópias de segurança da sua pasta de dados; nunca a envie)</translation>
    </message>
    <message>
        <source>This signing key was made now: this inventory had none on this computer</source>
        <translation>Esta chave de assinatura acabou de ser criada: este inventário não tinha nenhuma neste computador</translation>
    </message>
    <message>
        <source>Wrote {path}: the public key of {officer} (installation {origin}), fingerprint {fingerprint}</source>
        <translation>Ficheiro {path} escrito: chave pública de {officer} (instalação {origin}), impressão digital {fingerprint}</translation>
    </message>
    <message>
        <source>Send it to your coordinator, and read them the fingerprint over the phone so they can check they registered the right key</source>
        <translation>Envie-o ao seu coordenador e leia-lhe a impressão digital por telefone, para que possa confirmar que registou a chave certa</translation>
    </message>
    <message>
        <source>{path} holds this inventory&apos;s own key ({fingerprint}): its workbooks are already recognised; nothing changed</source>
        <translation>{path} contém a chave do próprio inventário ({fingerprint}): os livros dele já são reconhecidos; nada foi alterado</translation>
    </message>
    <message>
        <source>This key is already registered, for {officer} (installation {origin}), fingerprint {fingerprint}; nothing changed</source>
        <translation>Esta chave já está registada, para {officer} (instalação {origin}), impressão digital {fingerprint}; nada foi alterado</translation>
    </message>
    <message>
        <source>Registered the key of {officer} (installation {origin}, {country}), fingerprint {fingerprint}</source>
        <translation>Chave de {officer} registada (instalação {origin}, {country}), impressão digital {fingerprint}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the officer&apos;s &apos;kpfield identity&apos; shows (by phone or in person) before you trust workbooks it signs</source>
        <translation>Compare esta impressão digital com a que o &apos;kpfield identity&apos; do agente mostra (por telefone ou pessoalmente) antes de confiar nos livros assinados com ela</translation>
    </message>
    <message>
        <source>{n} earlier import(s) signed with this key now show as signed by a registered officer</source>
        <translation>{n} importação(ões) anterior(es) assinada(s) com esta chave aparece(m) agora como assinada(s) por um agente registado</translation>
    </message>
    <message>
        <source>This installation already had key(s) registered ({fingerprints}); workbooks signed with any of them are accepted as registered</source>
        <translation>Esta instalação já tinha chave(s) registada(s) ({fingerprints}); os livros assinados com qualquer uma delas são aceites como registados</translation>
    </message>
    <message>
        <source>This installation: {officer}, fingerprint {fingerprint}</source>
        <translation>Esta instalação: {officer}, impressão digital {fingerprint}</translation>
    </message>
    <message>
        <source>Registered officer keys: {n}</source>
        <translation>Chaves de agentes registadas: {n}</translation>
    </message>
    <message>
        <source>installation {origin}, registered {at}</source>
        <translation>instalação {origin}, registada em {at}</translation>
    </message>
    <message>
        <source>kpfield identity: give the inventory to register keys in or list from with --db PATH</source>
        <translation>kpfield identity: indique com --db PATH o inventário onde registar as chaves ou a partir do qual as listar</translation>
    </message>
    <message>
        <source>kpfield identity --export: give the file to write with -o FILE.kpkey</source>
        <translation>kpfield identity --export: indique o ficheiro a escrever com -o FILE.kpkey</translation>
    </message>
    <message>
        <source>kpfield identity: there is no signing key in {folder} yet; one is made with each inventory (&apos;kpfield init&apos;), or give --db PATH for an inventory made before signed workbooks</source>
        <translation>kpfield identity: ainda não há chave de assinatura em {folder}; é criada uma com cada inventário (&apos;kpfield init&apos;), ou indique --db PATH para um inventário criado antes dos livros assinados</translation>
    </message>
    <message>
        <source>kpfield identity --export: this computer has {n} installations&apos; keys; choose one with --db PATH</source>
        <translation>kpfield identity --export: este computador tem chaves de {n} instalações; escolha uma com --db PATH</translation>
    </message>
    <message>
        <source>kpfield has no language &apos;{lang}&apos;; choose one of {choices}</source>
        <translation>o kpfield não tem a língua &apos;{lang}&apos;; escolha entre {choices}</translation>
    </message>
    <message>
        <source>created {file} (installation {origin})</source>
        <translation>{file} criado (instalação {origin})</translation>
    </message>
    <message>
        <source>{n} demo records</source>
        <translation>{n} registos de demonstração</translation>
    </message>
    <message>
        <source>a save, an edit and a refused record behave</source>
        <translation>guardar um registo, editá-lo e recusar um registo funcionam corretamente</translation>
    </message>
    <message>
        <source>{n} country/half-year totals, {carats} ct</source>
        <translation>{n} totais por país/semestre, {carats} ct</translation>
    </message>
    <message>
        <source>{file}: {n} records, data SHA-256 {sha256}...</source>
        <translation>{file}: {n} registos, SHA-256 dos dados {sha256}...</translation>
    </message>
    <message>
        <source>{n} records merged into a new inventory; importing it again (read by a second process) changed nothing; signature checked (unknown key, then registered)</source>
        <translation>{n} registos fundidos num novo inventário; reimportá-lo (lido por um segundo processo) não alterou nada; assinatura verificada (chave desconhecida, depois registada)</translation>
    </message>
    <message>
        <source>{rows} rows for SL {period}, {challenges} challenges</source>
        <translation>{rows} linhas para SL {period}, {challenges} desafios</translation>
    </message>
    <message>
        <source>{file}: {sheets} sheets, {rows} summary rows</source>
        <translation>{file}: {sheets} folhas, {rows} linhas de resumo</translation>
    </message>
    <message>
        <source>backup {file} verifies</source>
        <translation>a cópia de segurança {file} foi verificada</translation>
    </message>
    <message>
        <source>{checks} sound</source>
        <translation>{checks}: sem problemas</translation>
    </message>
    <message>
        <source>{borders} country borders; {sites} sites to GPX and back, and to KML</source>
        <translation>{borders} fronteiras de países; {sites} locais para GPX e de volta, e para KML</translation>
    </message>
    <message>
        <source>messages in {language}; translations: {counts}</source>
        <translation>mensagens em {language}; traduções: {counts}</translation>
    </message>
    <message>
        <source>create inventory</source>
        <translation>criar inventário</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>línguas</translation>
    </message>
    <message>
        <source>fill small demo</source>
        <translation>preencher a pequena demonstração</translation>
    </message>
    <message>
        <source>save, edit, refuse</source>
        <translation>guardar, editar, recusar</translation>
    </message>
    <message>
        <source>production statistics</source>
        <translation>estatísticas de produção</translation>
    </message>
    <message>
        <source>sites on a map</source>
        <translation>locais num mapa</translation>
    </message>
    <message>
        <source>challenge matrix</source>
        <translation>matriz de desafios</translation>
    </message>
    <message>
        <source>field workbook</source>
        <translation>livro de campo</translation>
    </message>
    <message>
        <source>re-import field workbook</source>
        <translation>reimportar o livro de campo</translation>
    </message>
    <message>
        <source>inventory workbook</source>
        <translation>livro do inventário</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>cópia de segurança</translation>
    </message>
    <message>
        <source>verify database</source>
        <translation>verificar a base de dados</translation>
    </message>
    <message>
        <source>kpfield {version} self-test</source>
        <translation>autoteste do kpfield {version}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>all steps passed in {seconds} s</source>
        <translation>todos os passos foram concluídos com êxito em {seconds} s</translation>
    </message>
    <message>
        <source>SELF-TEST FAILED in {seconds} s</source>
        <translation>AUTOTESTE FALHOU em {seconds} s</translation>
    </message>
    <message>
        <source>Wrote {path}: {sites} sites, {areas} licence areas</source>
        <translation>{path} gravado: {sites} locais, {areas} áreas de licença</translation>
    </message>
    <message>
        <source>{n} sites of the scope have no GPS point and are not in the file</source>
        <translation>{n} locais do âmbito não têm ponto GPS e não estão no ficheiro</translation>
    </message>
    <message>
        <source>(no point)</source>
        <translation>(sem ponto)</translation>
    </message>
    <message>
        <source>{file}: {waypoints} waypoints, {tracks} tracks ({points} track points)</source>
        <translation>{file}: {waypoints} pontos de passagem, {tracks} trajetos ({points} pontos de trajeto)</translation>
    </message>
    <message>
        <source>new sites {new}, moved {moved}, already there {same}</source>
        <translation>novos locais {new}, deslocados {moved}, já registados {same}</translation>
    </message>
    <message>
        <source>new   {code} {name} at {point}</source>
        <translation>novo  {code} {name} em {point}</translation>
    </message>
    <message>
        <source>move  {code} {name} from {old} to {point}</source>
        <translation>deslocado  {code} {name} de {old} para {point}</translation>
    </message>
    <message>
        <source>near existing site {code}, {metres} m away: the same site?</source>
        <translation>perto do local existente {code}, a {metres} m: o mesmo local?</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erro: {message}</translation>
    </message>
    <message>
        <source>kpfield import-gpx: --near must be 0 or more metres</source>
        <translation>kpfield import-gpx: --near deve ser 0 metros ou mais</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation>Nada foi importado: corrija o ficheiro e importe-o de novo.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulação: nada foi gravado.</translation>
    </message>
    <message>
        <source>Imported: {added} sites added, {moved} moved</source>
        <translation>Importado: {added} locais adicionados, {moved} deslocados</translation>
    </message>
    <message>
        <source>kpfield map: cannot read the scope {scope}: give all, country:SL or district:Kono</source>
        <translation>kpfield map: não é possível ler o âmbito {scope}: indique all, country:SL ou district:Kono</translation>
    </message>
    <message>
        <source>Wrote {path}: {sites} sites</source>
        <translation>{path} gravado: {sites} locais</translation>
    </message>
</context>
<context>
    <name>columns</name>
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
        <source>National ID</source>
        <translation>Identidade nacional</translation>
    </message>
    <message>
        <source>Digger card</source>
        <translation>Cartão de garimpeiro</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Aldeia</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito / município</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funções</translation>
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
        <source>Town</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>N.º de registo</translation>
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
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
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
        <translation>Licença</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
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
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Seller licence</source>
        <translation>Licença do vendedor</translation>
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
        <translation>Inspecionado</translation>
    </message>
    <message>
        <source>Inspected record</source>
        <translation>Registo inspecionado</translation>
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
    <name>coords</name>
    <message>
        <source>type the longitude as decimal degrees (-10.9675 or W10.9675), degrees and decimal minutes (W010°58.050&apos; or 10°58.05&apos;W) or degrees, minutes and seconds (10°58&apos;03&quot;W); E or W for the hemisphere (O for west, L for east in Portuguese), or a minus sign for west</source>
        <translation>escreva a longitude em graus decimais (-10,9675 ou O10,9675), em graus e minutos decimais (W010°58.050&apos; ou 10°58.05&apos;O) ou em graus, minutos e segundos (10°58&apos;03&quot;W); L (ou E) ou O (ou W) para o hemisfério, ou um sinal menos para oeste</translation>
    </message>
    <message>
        <source>type the latitude as decimal degrees (8.6367 or N8.6367), degrees and decimal minutes (N08°38.200&apos; or 8°38.2&apos;N) or degrees, minutes and seconds (8°38&apos;12&quot;N); N or S for the hemisphere, or a minus sign for south</source>
        <translation>escreva a latitude em graus decimais (8,6367 ou N8,6367), em graus e minutos decimais (N08°38.200&apos; ou 8°38.2&apos;N) ou em graus, minutos e segundos (8°38&apos;12&quot;N); N ou S para o hemisfério, ou um sinal menos para sul</translation>
    </message>
    <message>
        <source>type decimal degrees (8.6367, -10.9675), degrees and decimal minutes (N08°38.200&apos; W010°58.050&apos;) or degrees, minutes and seconds (8°38&apos;12&quot;N 10°58&apos;03&quot;W); the hemisphere letter first or last (N, S, E, W; O for west; L for east in Portuguese), or a minus sign for south and west</source>
        <translation>escreva graus decimais (8,6367, -10,9675), graus e minutos decimais (N08°38.200&apos; O010°58.050&apos;) ou graus, minutos e segundos (8°38&apos;12&quot;N 10°58&apos;03&quot;O); a letra do hemisfério antes ou depois (N, S, L ou E para leste, O ou W para oeste), ou um sinal menos para sul e oeste</translation>
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
        <source>cannot read {value} as a latitude and a longitude: {help}</source>
        <translation>não é possível ler {value} como latitude e longitude: {help}</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>type it as 2026-04-03, 03/04/2026 or 03/04/26 (day first), or 3 April 2026 (3 avril 2026)</source>
        <translation>escreva-a como 03/04/2026 ou 03/04/26 (dia primeiro), 3 de abril de 2026 ou 2026-04-03</translation>
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
        <source>{value}: {name} is not the name of a month: {help}</source>
        <translation>{value}: {name} não é o nome de um mês: {help}</translation>
    </message>
    <message>
        <source>{value} is not a real date (day {day}, month {month}, year {year}): {help}</source>
        <translation>{value} não é uma data real (dia {day}, mês {month}, ano {year}): {help}</translation>
    </message>
    <message>
        <source>{value} is not a real time of day: write it as 14:30 (UTC)</source>
        <translation>{value} não é uma hora válida: escreva-a como 14:30 (UTC)</translation>
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
    <message>
        <source>Area corners (lat, lon | lat, lon | ...)</source>
        <translation>Vértices da área (lat, lon | lat, lon | ...)</translation>
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
    <message>
        <source>Registered on</source>
        <translation>Registado em</translation>
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
        <translation>o número de linhas por folha deve estar entre 2 e {limit}</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>&apos;{country}&apos; não é um código de país que o kpfield conheça (ISO 3166 alfa-2, como SL)</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>Licence areas</source>
        <translation>Áreas das licenças</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>unknown format {format}: choose {choices}</source>
        <translation>formato {format} desconhecido: escolha {choices}</translation>
    </message>
    <message>
        <source>{path} is refused: {why}</source>
        <translation>{path} é recusado: {why}</translation>
    </message>
    <message>
        <source>it is {size} bytes, more than kpfield reads from a GPX file ({limit})</source>
        <translation>tem {size} bytes, mais do que o kpfield lê de um ficheiro GPX ({limit})</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} não pode ser lido: {error}</translation>
    </message>
    <message>
        <source>it is XML but not GPX (its root element is {tag}); export waypoints as GPX</source>
        <translation>é XML mas não GPX (o seu elemento raiz é {tag}); exporte os pontos de passagem em GPX</translation>
    </message>
    <message>
        <source>its elements are nested more than {limit} deep, which no GPS writes</source>
        <translation>os seus elementos estão aninhados a mais de {limit} níveis, o que nenhum GPS escreve</translation>
    </message>
    <message>
        <source>it declares a document type or entities, which GPS receivers never write and kpfield does not read</source>
        <translation>declara um tipo de documento ou entidades, o que nenhum recetor GPS escreve e o kpfield não lê</translation>
    </message>
    <message>
        <source>it is not well-formed XML (line {line}, column {column}); export it again from the GPS</source>
        <translation>não é XML bem formado (linha {line}, coluna {column}); exporte-o de novo a partir do GPS</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>waypoint {n} ({name})</source>
        <translation>ponto de passagem {n} ({name})</translation>
    </message>
    <message>
        <source>waypoint {n} has no name: name it on the GPS, or in the file, with the site&apos;s code</source>
        <translation>o ponto de passagem {n} não tem nome: dê-lhe, no GPS ou no ficheiro, o código do local</translation>
    </message>
    <message>
        <source>{waypoint} has the same name as waypoint {other}: keep one</source>
        <translation>{waypoint} tem o mesmo nome que o ponto de passagem {other}: mantenha um</translation>
    </message>
    <message>
        <source>{waypoint} and waypoint {other} both name site {code}: keep one</source>
        <translation>{waypoint} e o ponto de passagem {other} designam ambos o local {code}: mantenha um</translation>
    </message>
    <message>
        <source>GPS waypoints from {file}</source>
        <translation>Pontos de passagem GPS de {file}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{field}: &apos;{value}&apos; names several {kinds}: {candidates}; say which one</source>
        <translation>{field}: «{value}» designa vários registos de {kinds}: {candidates}; indique de qual se trata</translation>
    </message>
    <message>
        <source>perhaps more</source>
        <translation>talvez outros</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>e mais {n}</translation>
    </message>
    <message>
        <source>national ID {id}</source>
        <translation>identidade nacional {id}</translation>
    </message>
    <message>
        <source>digger card {card}</source>
        <translation>cartão de garimpeiro {card}</translation>
    </message>
    <message>
        <source>no national ID or digger card: name them with their village</source>
        <translation>sem identidade nacional nem cartão de garimpeiro: indique a pessoa com a sua aldeia</translation>
    </message>
    <message>
        <source>check it: the row was accepted</source>
        <translation>verifique: a linha foi aceite</translation>
    </message>
    <message>
        <source>leave the clock cell as kpfield exported it, or empty it</source>
        <translation>deixe a célula do relógio como o kpfield a exportou, ou esvazie-a</translation>
    </message>
    <message>
        <source>these bookkeeping columns are kpfield&apos;s own: ask the officer for a fresh export instead of editing them</source>
        <translation>estas colunas de controlo são do próprio kpfield: peça ao agente uma nova exportação em vez de as editar</translation>
    </message>
    <message>
        <source>correct the row and import the file again</source>
        <translation>corrija a linha e importe o ficheiro novamente</translation>
    </message>
    <message>
        <source>fill in {field}</source>
        <translation>preencha {field}</translation>
    </message>
    <message>
        <source>type the date as 2026-04-03 or 03/04/2026 (day first), or use a date cell</source>
        <translation>escreva a data como 2026-04-03 ou 03/04/2026 (dia primeiro), ou use uma célula de data</translation>
    </message>
    <message>
        <source>make the stones and carats of the size-class columns add up to {field}, or correct {field}</source>
        <translation>faça com que as pedras e os quilates das colunas de classes de tamanho somem {field}, ou corrija {field}</translation>
    </message>
    <message>
        <source>write thousands with a space or none (1 250 or 1250) and decimals with one, two or four digits (1,25 or 1.25), or use a number cell</source>
        <translation>escreva os milhares com um espaço ou sem nada (1 250 ou 1250) e as casas decimais com um, dois ou quatro algarismos (1,25 ou 1.25), ou use uma célula numérica</translation>
    </message>
    <message>
        <source>type a number from {minimum} to {maximum} (a decimal comma or point is fine)</source>
        <translation>escreva um número de {minimum} a {maximum} (vírgula ou ponto decimal, ambos servem)</translation>
    </message>
    <message>
        <source>type a number (a decimal comma or point is fine)</source>
        <translation>escreva um número (vírgula ou ponto decimal, ambos servem)</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>escolha um de: {choices}</translation>
    </message>
    <message>
        <source>type the two-letter ISO country code, such as SL or GN</source>
        <translation>escreva o código ISO do país com duas letras, como SL ou GN</translation>
    </message>
    <message>
        <source>check whether this is the same record; if it is, give it the same UUID, otherwise correct the number</source>
        <translation>verifique se é o mesmo registo; se for, dê-lhe o mesmo UUID, caso contrário corrija o número</translation>
    </message>
    <message>
        <source>correct the value and import the file again</source>
        <translation>corrija o valor e importe o ficheiro novamente</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is not a kind of record kpfield knows; it was not read</source>
        <translation>a folha &apos;{sheet}&apos; não é um tipo de registo que o kpfield conheça; não foi lida</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: column &apos;{column}&apos; repeats {field}; only the first is read</source>
        <translation>folha &apos;{sheet}&apos;: a coluna &apos;{column}&apos; repete {field}; só a primeira é lida</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: column &apos;{column}&apos; is not a field of {kinds}; ignored</source>
        <translation>folha &apos;{sheet}&apos;: a coluna &apos;{column}&apos; não é um campo de {kinds}; foi ignorada</translation>
    </message>
    <message>
        <source>{path} has no sheet kpfield recognises (sheets: {sheets}); start from &apos;kpfield template&apos; or a workbook exported by kpfield</source>
        <translation>{path} não tem nenhuma folha que o kpfield reconheça (folhas: {sheets}); comece a partir de &apos;kpfield template&apos; ou de um livro exportado pelo kpfield</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;, cell B{row}: the officer&apos;s name is not one (at most {n} characters, letters and spaces); type the name of the officer who filled the template</source>
        <translation>{path}, folha «{sheet}», célula B{row}: isto não é um nome de agente (no máximo {n} caracteres, letras e espaços); escreva o nome do agente que preencheu o modelo</translation>
    </message>
    <message>
        <source>the template does not say who filled it (the cell beside &apos;Filled by&apos; on its instruction sheet is empty): its records are credited to no officer in the report</source>
        <translation>o modelo não diz quem o preencheu (a célula ao lado de «Preenchido por» da folha de instruções está vazia): os seus registos não são atribuídos a nenhum agente no relatório</translation>
    </message>
    <message>
        <source>the template says it was filled by {officer} of installation {origin}, whose key is registered here for {registered}: check who filled it</source>
        <translation>o modelo diz ter sido preenchido por {officer} da instalação {origin}, cuja chave está registada aqui em nome de {registered}: verifique quem o preencheu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>this workbook was exported by this installation</source>
        <translation>este livro foi exportado por esta instalação</translation>
    </message>
    <message>
        <source>this kpfield workbook is not signed: it comes from a kpfield older than signed workbooks, or its signature was removed</source>
        <translation>este livro do kpfield não está assinado: vem de uma versão do kpfield anterior aos livros assinados, ou a sua assinatura foi removida</translation>
    </message>
    <message>
        <source>signed with the key registered for {officer} (installation {registered}), but the workbook says it comes from installation {claimed}</source>
        <translation>assinado com a chave registada para {officer} (instalação {registered}), mas o livro diz que vem da instalação {claimed}</translation>
    </message>
    <message>
        <source>imported although it was altered after signing, by the coordinator&apos;s override; the audit log records it</source>
        <translation>importado apesar de ter sido alterado depois da assinatura, por decisão do coordenador; isto fica anotado no registo de auditoria</translation>
    </message>
    <message>
        <source>the data differs from what kpfield wrote into this file (the SHA-256 in its _about sheet no longer matches): it was edited after export, or its _about sheet was; check who changed it. Its rows were checked like any other</source>
        <translation>os dados diferem do que o kpfield escreveu neste ficheiro (o SHA-256 da folha _about já não corresponde): foi alterado depois da exportação, ou a folha _about foi; verifique quem o alterou. As suas linhas foram verificadas como as outras</translation>
    </message>
    <message>
        <source>{n} record(s) held here would be changed by this file, which no registered officer signed: nothing was changed; each change is a conflict to review (&apos;kpfield conflicts&apos;, or the Exchange page)</source>
        <translation>{n} registo(s) já existente(s) aqui seriam alterados por este ficheiro, que nenhum agente registado assinou: nada foi alterado; cada alteração é um conflito a rever (&apos;kpfield conflicts&apos;, ou a página Intercâmbio)</translation>
    </message>
    <message>
        <source>conflict {number} was left open for review: {error}</source>
        <translation>o conflito {number} ficou em aberto para revisão: {error}</translation>
    </message>
    <message>
        <source>{n} conflict(s) between two spellings of a value (case, accents or spaces alone) were settled automatically to the most recent spelling; they are listed with the conflicts</source>
        <translation>{n} conflito(s) entre duas grafias de um mesmo valor (apenas maiúsculas, acentos ou espaços) foram resolvidos automaticamente pela grafia mais recente; constam da lista de conflitos</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} não foi importado: {reason}</translation>
    </message>
    <message>
        <source>{path} was not imported: the inventory is busy; import it again in a moment</source>
        <translation>{path} não foi importado: o inventário está ocupado; importe-o de novo daqui a pouco</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;, cell B{row}: &apos;{value}&apos; is not an installation&apos;s identity; copy it as &apos;kpfield identity&apos; shows it, or leave the cell empty</source>
        <translation>{path}, folha «{sheet}», célula B{row}: «{value}» não é a identidade de uma instalação; copie-a tal como «kpfield identity» a mostra, ou deixe a célula vazia</translation>
    </message>
    <message>
        <source>{file} was altered after it was signed: {detail}. Nothing from it was written. Ask the officer for a fresh export; or, if you know why it changed, import it accepting altered files (kpfield import --accept-altered, or the option on the Exchange page), which the audit log records</source>
        <translation>{file} foi alterado depois de ser assinado: {detail}. Nada dele foi escrito. Peça ao agente uma nova exportação; ou, se souber porque foi alterado, importe-o aceitando ficheiros alterados (kpfield import --accept-altered, ou a opção na página Intercâmbio), o que fica no registo de auditoria</translation>
    </message>
    <message>
        <source>the workbook contains macros ({parts}); kpfield never runs macros: it read only the values in the cells</source>
        <translation>o livro contém macros ({parts}); o kpfield nunca executa macros: leu apenas os valores das células</translation>
    </message>
    <message>
        <source>the workbook links to other files ({files}); kpfield did not open them: cells that refer to them were read with the values saved in this workbook</source>
        <translation>o livro tem ligações a outros ficheiros ({files}); o kpfield não os abriu: as células que se referem a eles foram lidas com os valores guardados neste livro</translation>
    </message>
    <message>
        <source>the workbook defines data connections (to databases or web pages); kpfield did not refresh them: it read the values saved in the cells</source>
        <translation>o livro define ligações de dados (a bases de dados ou páginas web); o kpfield não as atualizou: leu os valores guardados nas células</translation>
    </message>
    <message>
        <source>sheet {sheet!r} is hidden in the workbook; kpfield read it like the others</source>
        <translation>a folha {sheet!r} está oculta no livro; o kpfield leu-a como as outras</translation>
    </message>
    <message>
        <source>sheet {sheet!r}, column {column}: {n} cell(s) held a formula; kpfield did not run them and read the value the spreadsheet saved with each (an empty cell where none was saved)</source>
        <translation>folha {sheet!r}, coluna {column}: {n} célula(s) tinham uma fórmula; o kpfield não as executou e leu o valor que a folha de cálculo guardou com cada uma (uma célula vazia quando nenhum foi guardado)</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has no header row kpfield recognises; it was not read</source>
        <translation>a folha &apos;{sheet}&apos; não tem nenhuma linha de cabeçalho que o kpfield reconheça; não foi lida</translation>
    </message>
    <message>
        <source>{field}: no {kind} &apos;{value}&apos; in the inventory or this file</source>
        <translation>{field}: &apos;{value}&apos; não existe ({kind}) no inventário nem neste ficheiro</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record identifier (UUID); leave it empty for a new record</source>
        <translation>&apos;{value}&apos; não é um identificador de registo (UUID); deixe-o vazio para um registo novo</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; row {row}: {kind} {key} already exists here under another UUID; {uuid} is now an alias of {other}</source>
        <translation>folha &apos;{sheet}&apos; linha {row}: {kind} {key} já existe aqui com outro UUID; {uuid} passa a ser um identificador alternativo de {other}</translation>
    </message>
    <message>
        <source>{uuid} names a record of {other} in this inventory, not of {kinds}: a UUID names one record; correct the id column, or leave it empty for a new record</source>
        <translation>{uuid} designa um registo de {other} neste inventário, não de {kinds}: um UUID designa um só registo; corrija a coluna id, ou deixe-a vazia para um registo novo</translation>
    </message>
    <message>
        <source>{key} appears twice in this sheet (rows {first} and {row})</source>
        <translation>{key} aparece duas vezes nesta folha (linhas {first} e {row})</translation>
    </message>
    <message>
        <source>type the person&apos;s national ID, digger-card number, or name and village as in &apos;Aminata Sesay (Koidu)&apos; (a person of this workbook or of the inventory)</source>
        <translation>escreva a identidade nacional da pessoa, o número do cartão de garimpeiro, ou o nome e a aldeia como em «Aminata Sesay (Koidu)» (uma pessoa deste livro ou do inventário)</translation>
    </message>
    <message>
        <source>type the site code (such as KN-012) of a site already in the inventory or on this workbook&apos;s sites sheet</source>
        <translation>escreva o código do local (por exemplo KN-012) de um local já existente no inventário ou na folha de locais deste livro</translation>
    </message>
    <message>
        <source>type the licence number (such as SL-ART-2026-0007) of a licence already in the inventory or on this workbook&apos;s licences sheet</source>
        <translation>escreva o número da licença (por exemplo SL-ART-2026-0007) de uma licença já existente no inventário ou na folha de licenças deste livro</translation>
    </message>
    <message>
        <source>type the organisation&apos;s registration number or its name, as it is in the inventory or on this workbook&apos;s organisations sheet</source>
        <translation>escreva o número de registo da organização ou o seu nome, tal como está no inventário ou na folha de organizações deste livro</translation>
    </message>
    <message>
        <source>name a record of {kinds} already in the inventory or in this workbook</source>
        <translation>indique um registo de {kinds} já existente no inventário ou neste livro</translation>
    </message>
    <message>
        <source>{start}... ({n} characters)</source>
        <translation>{start}... ({n} caracteres)</translation>
    </message>
    <message>
        <source>{file} changed since the preview; preview it again before importing</source>
        <translation>{file} foi alterado depois da pré-visualização; pré-visualize-o de novo antes de importar</translation>
    </message>
    <message>
        <source>{path} was refused by the inventory&apos;s own checks ({error}); nothing from it was written</source>
        <translation>{path} foi recusado pelas verificações do próprio inventário ({error}); nada dele foi escrito</translation>
    </message>
    <message>
        <source>{path}: the process reading it stopped unexpectedly (exit code {code}); nothing from it was written. Close other programs to free memory and import it again</source>
        <translation>{path}: o processo que o lia parou inesperadamente (código de saída {code}); nada dele foi gravado. Feche outros programas para libertar memória e importe-o novamente</translation>
    </message>
    <message>
        <source>the clock holds {size} characters, more than kpfield reads ({limit})</source>
        <translation>o relógio tem {size} caracteres, mais do que o kpfield lê ({limit})</translation>
    </message>
    <message>
        <source>the clock is nested {depth} levels deep; a clock kpfield writes is one level ({example})</source>
        <translation>o relógio está aninhado em {depth} níveis; um relógio escrito pelo kpfield tem um só nível ({example})</translation>
    </message>
    <message>
        <source>the field versions hold {size} characters, more than kpfield reads ({limit})</source>
        <translation>as versões dos campos têm {size} caracteres, mais do que o kpfield lê ({limit})</translation>
    </message>
    <message>
        <source>this is not a list of field versions as kpfield writes it ({{&quot;field&quot;: [installation, change]}})</source>
        <translation>isto não é uma lista de versões dos campos como o kpfield a escreve ({{&quot;campo&quot;: [instalação, alteração]}})</translation>
    </message>
    <message>
        <source>the field versions name {field}, which is not a field of this sheet</source>
        <translation>as versões dos campos indicam {field}, que não é um campo desta folha</translation>
    </message>
    <message>
        <source>the field versions say {field} was written by a change the record&apos;s version vector does not count</source>
        <translation>as versões dos campos dizem que {field} foi escrito por uma alteração que o vetor de versões do registo não conta</translation>
    </message>
    <message>
        <source>{column}: this is not a version vector as kpfield writes it (each installation with its number of changes, at least 1, in {{...}})</source>
        <translation>{column}: isto não é um vetor de versões como o kpfield o escreve (cada instalação com o seu número de alterações, pelo menos 1, entre {{...}})</translation>
    </message>
    <message>
        <source>{column}: it counts {n} changes by one installation, more than the record&apos;s version ({version}) shows</source>
        <translation>{column}: conta {n} alterações de uma instalação, mais do que a versão do registo ({version}) indica</translation>
    </message>
    <message>
        <source>{column}: an installation is named by at most {limit} characters</source>
        <translation>{column}: uma instalação é designada por no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>modified_by: {value} is not an installation this file declares (the one that made it, the record&apos;s origin, or one its version vector counts)</source>
        <translation>modified_by: {value} não é uma instalação que este ficheiro declara (a que o produziu, a origem do registo, ou uma que o seu vetor de versões conta)</translation>
    </message>
    <message>
        <source>{column}: this is not a UTC time as kpfield writes it (2026-04-03T10:00:00Z)</source>
        <translation>{column}: isto não é uma hora UTC como o kpfield a escreve (2026-04-03T10:00:00Z)</translation>
    </message>
    <message>
        <source>{column}: {value} is later than the file was made, or in the future ({limit})</source>
        <translation>{column}: {value} é posterior à criação do ficheiro, ou no futuro ({limit})</translation>
    </message>
    <message>
        <source>created_at: the record cannot be made after its last change ({modified})</source>
        <translation>created_at: o registo não pode ter sido criado depois da sua última alteração ({modified})</translation>
    </message>
</context>
<context>
    <name>inventory_workbook</name>
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
        <source>grade {grade}</source>
        <translation>nota {grade}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Challenge area</source>
        <translation>Área de desafio</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visitado em</translation>
    </message>
    <message>
        <source>Inspector&apos;s notes</source>
        <translation>Notas do inspetor</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Records to follow up: {district}, {period}</source>
        <translation>Registos a acompanhar: {district}, {period}</translation>
    </message>
    <message>
        <source>Each record a challenge matrix indicator flags in the district, for the inspectors who visit them: {n} in all. &apos;Visited on&apos; and the notes are for the inspector.</source>
        <translation>Cada registo que um indicador da matriz de desafios assinala no distrito, para os inspetores que os visitam: {n} no total. «Visitado em» e as notas são para o inspetor.</translation>
    </message>
    <message>
        <source>Row status</source>
        <translation>Estado da linha</translation>
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
        <translation>Estado do indicador</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Limiares</translation>
    </message>
    <message>
        <source>Records behind it</source>
        <translation>Registos subjacentes</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
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
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Challenge matrix, {period}</source>
        <translation>Matriz de desafios, {period}</translation>
    </message>
    <message>
        <source>self-assessment only</source>
        <translation>apenas autoavaliação</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Classe de tamanho</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pedras</translation>
    </message>
    <message>
        <source>Share of stones</source>
        <translation>Proporção de pedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Share of carats</source>
        <translation>Proporção de quilates</translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD por quilate</translation>
    </message>
    <message>
        <source>Matrix {file} (version {version}). Each cell is the worst status of the row&apos;s automatic indicators; the country&apos;s self-assessment grade (A-D) is in brackets. Every indicator is on &apos;{sheet}&apos;.</source>
        <translation>Matriz {file} (versão {version}). Cada célula é o pior estado dos indicadores automáticos da linha; a nota de autoavaliação do país (A-D) está entre parênteses. Cada indicador está em &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <source>Indicators of the challenge matrix, {period}</source>
        <translation>Indicadores da matriz de desafios, {period}</translation>
    </message>
    <message>
        <source>Reference: share of stones</source>
        <translation>Referência: proporção de pedras</translation>
    </message>
    <message>
        <source>Reference: share of carats</source>
        <translation>Referência: proporção de quilates</translation>
    </message>
    <message>
        <source>{records} production records, {stones} stones, {carats} ct in {period}.</source>
        <translation>{records} registos de produção, {stones} pedras, {carats} ct em {period}.</translation>
    </message>
    <message>
        <source>Reference: {reference}.</source>
        <translation>Referência: {reference}.</translation>
    </message>
    <message>
        <source>Reference: none (no earlier production).</source>
        <translation>Referência: nenhuma (sem produção anterior).</translation>
    </message>
    <message>
        <source>{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not in the table.</source>
        <translation>{stones} das {total} pedras ({carats} ct) não têm classes de tamanho registadas e não constam da tabela.</translation>
    </message>
    <message>
        <source>The reference holds no stones: there is nothing to compare with.</source>
        <translation>A referência não contém pedras: não há nada com que comparar.</translation>
    </message>
    <message>
        <source>Chi-square on stone counts {chi2} ({dof} degrees of freedom), p = {p}; total-variation distance {tvd}.</source>
        <translation>Qui-quadrado sobre o número de pedras {chi2} ({dof} graus de liberdade), p = {p}; distância de variação total {tvd}.</translation>
    </message>
    <message>
        <source>Total-variation distance {tvd}; too few stones for a chi-square test (fewer than {minimum}).</source>
        <translation>Distância de variação total {tvd}; pedras insuficientes para um teste do qui-quadrado (menos de {minimum}).</translation>
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years&apos; mean (a jump).</source>
        <translation>Quilates {ratio} vezes a média dos semestres anteriores (um salto).</translation>
    </message>
    <message>
        <source>Carats {ratio} times the earlier half-years&apos; mean.</source>
        <translation>Quilates {ratio} vezes a média dos semestres anteriores.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>{place}: share of carats by size class</source>
        <translation>{place}: proporção de quilates por classe de tamanho</translation>
    </message>
    <message>
        <source>Provenance footprints, {period}</source>
        <translation>Assinaturas de proveniência, {period}</translation>
    </message>
    <message>
        <source>Share of stones and carats per size class, against the same place&apos;s earlier half-years (the reference).</source>
        <translation>Proporção de pedras e de quilates por classe de tamanho, comparada com os semestres anteriores do mesmo lugar (a referência).</translation>
    </message>
    <message>
        <source>No production recorded in {period}.</source>
        <translation>Nenhuma produção registada em {period}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>Challenge matrix</source>
        <translation>Matriz de desafios</translation>
    </message>
    <message>
        <source>Footprints</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>Indicator details</source>
        <translation>Detalhe dos indicadores</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>Production by district &amp; month</source>
        <translation>Produção por distrito &amp; mês</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Buyers and exporters</source>
        <translation>Compradores e exportadores</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>unknown WGAAP region &apos;{region}&apos;; choose one of {choices}</source>
        <translation>região WGAAP desconhecida &apos;{region}&apos;; escolha entre {choices}</translation>
    </message>
    <message>
        <source>unknown country code(s): {codes} (use ISO 3166 alpha-2, such as SL)</source>
        <translation>código(s) de país desconhecido(s): {codes} (use ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>All countries in the inventory</source>
        <translation>Todos os países do inventário</translation>
    </message>
    <message>
        <source>Consolidated inventory of alluvial production</source>
        <translation>Inventário consolidado da produção aluvial</translation>
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
        <translation>Provisório</translation>
    </message>
    <message>
        <source>Artisanal mining licences in force</source>
        <translation>Licenças de mineração artesanal em vigor</translation>
    </message>
    <message>
        <source>Small-scale mining licences in force</source>
        <translation>Licenças de mineração em pequena escala em vigor</translation>
    </message>
    <message>
        <source>Dealer licences in force</source>
        <translation>Licenças de comerciante em vigor</translation>
    </message>
    <message>
        <source>Exporter licences in force</source>
        <translation>Licenças de exportador em vigor</translation>
    </message>
    <message>
        <source>Registered diggers</source>
        <translation>Garimpeiros registados</translation>
    </message>
    <message>
        <source>Producing sites with GPS</source>
        <translation>Locais produtivos com GPS</translation>
    </message>
    <message>
        <source>Producing sites without GPS</source>
        <translation>Locais produtivos sem GPS</translation>
    </message>
    <message>
        <source>Production records</source>
        <translation>Registos de produção</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valor (USD)</translation>
    </message>
    <message>
        <source>Sales to licensed buyers (ct)</source>
        <translation>Vendas a compradores licenciados (ct)</translation>
    </message>
    <message>
        <source>Sales to licensed buyers (USD)</source>
        <translation>Vendas a compradores licenciados (USD)</translation>
    </message>
    <message>
        <source>Exports with KP certificate</source>
        <translation>Exportações com certificado PK</translation>
    </message>
    <message>
        <source>Carats exported with KP certificate</source>
        <translation>Quilates exportados com certificado PK</translation>
    </message>
    <message>
        <source>USD exported with KP certificate</source>
        <translation>USD exportados com certificado PK</translation>
    </message>
    <message>
        <source>Exports without KP certificate</source>
        <translation>Exportações sem certificado PK</translation>
    </message>
    <message>
        <source>Registered diggers are counted by the day they were registered. {estimated} of the {diggers} diggers have no day recorded: they are counted from an estimate (the earliest licence they hold or production under it, else the day they were entered), which their records can correct.</source>
        <translation>Os garimpeiros registados são contados pela data do seu registo. {estimated} dos {diggers} garimpeiros não têm data registada: são contados a partir de uma estimativa (a licença mais antiga que detêm ou a produção ao abrigo dela, senão a data em que foram introduzidos), que os seus registos podem corrigir.</translation>
    </message>
    <message>
        <source>partial: {start} to {end}</source>
        <translation>parcial: de {start} a {end}</translation>
    </message>
    <message>
        <source>provisional: still running</source>
        <translation>provisório: em curso</translation>
    </message>
    <message>
        <source>Total {half}: {scope}</source>
        <translation>Total {half}: {scope}</translation>
    </message>
    <message>
        <source>Total year {year}: {scope}</source>
        <translation>Total do ano {year}: {scope}</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código do local</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>Região / província</translation>
    </message>
    <message>
        <source>District</source>
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
        <source>Deposit</source>
        <translation>Depósito</translation>
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
        <source>Licence expires</source>
        <translation>Expiração da licença</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabalhadores</translation>
    </message>
    <message>
        <source>Production records in period</source>
        <translation>Registos de produção no período</translation>
    </message>
    <message>
        <source>Carats in period</source>
        <translation>Quilates no período</translation>
    </message>
    <message>
        <source>USD in period</source>
        <translation>USD no período</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Última inspeção</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número da licença</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>livro</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>dados de demonstração</translation>
    </message>
    <message>
        <source>Licences in force and registered diggers are counted on the last day of each half-year (a year: on the last day of its last half-year); producing sites are sites with production recorded in the half-year. Production totals are the sums of &apos;{sheet}&apos;. &apos;No data&apos;: nothing recorded for the country in the half-year, which is not a reported zero.</source>
        <translation>As licenças em vigor e os garimpeiros registados são contados no último dia de cada semestre (um ano: no último dia do seu último semestre); os locais produtivos são os que têm produção registada no semestre. Os totais de produção são as somas de &apos;{sheet}&apos;. «Sem dados»: nada registado para o país no semestre, o que não é um zero declarado.</translation>
    </message>
    <message>
        <source>Production by district and month: {scope}</source>
        <translation>Produção por distrito e mês: {scope}</translation>
    </message>
    <message>
        <source>Districts with sites but no production recorded in the period, and countries with no site, are listed last with &apos;no data&apos;.</source>
        <translation>Os distritos com locais de mineração mas sem produção registada no período, e os países sem local, aparecem no fim com «sem dados».</translation>
    </message>
    <message>
        <source>Total: {scope}</source>
        <translation>Total: {scope}</translation>
    </message>
    <message>
        <source>Every file and bulk load this inventory rests on</source>
        <translation>Cada ficheiro e carregamento em bloco em que este inventário se baseia</translation>
    </message>
    <message>
        <source>One row per file: a file imported more than once shows its first and last import, and the records its imports added, updated, left unchanged, put in conflict or refused, in all.</source>
        <translation>Uma linha por ficheiro: um ficheiro importado mais de uma vez mostra a primeira e a última importação, e o total dos registos que as suas importações adicionaram, atualizaram, deixaram inalterados, puseram em conflito ou recusaram.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>reposto</translation>
    </message>
    <message>
        <source>Changes brought by {file}, the last workbook of {officer} ({at} UTC)</source>
        <translation>Alterações trazidas por {file}, o último livro de {officer} ({at} UTC)</translation>
    </message>
    <message>
        <source>no workbook was received from &apos;{officer}&apos;; officers with workbooks: {known}</source>
        <translation>não foi recebido nenhum livro de &apos;{officer}&apos;; agentes com livros: {known}</translation>
    </message>
    <message>
        <source>Changes recorded since {since} (UTC)</source>
        <translation>Alterações registadas desde {since} (UTC)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Registado (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Campos alterados</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
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
        <translation>Emitida em</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <source>Fee (USD)</source>
        <translation>Taxa (USD)</translation>
    </message>
    <message>
        <source>In force at end of period</source>
        <translation>Em vigor no fim do período</translation>
    </message>
    <message>
        <source>Buying office / exporter</source>
        <translation>Escritório de compra / exportador</translation>
    </message>
    <message>
        <source>Purchases from sites</source>
        <translation>Compras nos locais</translation>
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
        <translation>Vendas a compradores licenciados</translation>
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
        <translation>Mês</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>First imported (UTC)</source>
        <translation>Primeira importação (UTC)</translation>
    </message>
    <message>
        <source>Last imported (UTC)</source>
        <translation>Última importação (UTC)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importações</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterados</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>Em conflito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation>Origem (instalação)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>the inventory holds no sites, so there is nothing to report</source>
        <translation>o inventário não contém locais, por isso não há nada a relatar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>the inventory workbook was cancelled; no file was written</source>
        <translation>o livro do inventário foi cancelado; nenhum ficheiro foi escrito</translation>
    </message>
    <message>
        <source>Consolidated inventory of alluvial diamond production: {scope}</source>
        <translation>Inventário consolidado da produção de diamantes aluviais: {scope}</translation>
    </message>
    <message>
        <source>Period {start} to {end} (KP half-years {halves}). Made by kpfield {version} on {date} {time} UTC from {file}.</source>
        <translation>Período de {start} a {end} (semestres PK {halves}). Criado pelo kpfield {version} em {date} às {time} UTC a partir de {file}.</translation>
    </message>
    <message>
        <source>not checked: imported before kpfield signed workbooks</source>
        <translation>não verificado: importado antes de o kpfield assinar os livros</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value both sides last agreed on</source>
        <translation>Último valor comum aos dois lados</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valor aqui</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Alterado aqui por</translation>
    </message>
    <message>
        <source>Changed here (UTC)</source>
        <translation>Alterado aqui (UTC)</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valor recebido</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recebido de</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Do ficheiro</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Provavelmente o mesmo que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open conflicts: {n} (settle them with &apos;kpfield resolve&apos; or on the Exchange page)</source>
        <translation>Conflitos em aberto: {n} (resolva-os com &apos;kpfield resolve&apos; ou na página Intercâmbio)</translation>
    </message>
    <message>
        <source>Probable duplicates to review: {n}</source>
        <translation>Prováveis duplicados a rever: {n}</translation>
    </message>
    <message>
        <source>LibreOffice is not installed, so no PDF was made (the workbook itself was written). Install LibreOffice (Debian: libreoffice-calc-nogui) or print the Summary from Excel.</source>
        <translation>O LibreOffice não está instalado, por isso não foi criado nenhum PDF (o livro em si foi escrito). Instale o LibreOffice (Debian: libreoffice-calc-nogui) ou imprima a folha Resumo a partir do Excel.</translation>
    </message>
    <message>
        <source>LibreOffice could not make the PDF: {error}</source>
        <translation>O LibreOffice não conseguiu criar o PDF: {error}</translation>
    </message>
    <message>
        <source>Period {start} to {end}. Made by kpfield {version} on {date}.</source>
        <translation>Período de {start} a {end}. Feito pelo kpfield {version} em {date}.</translation>
    </message>
    <message>
        <source>the inventory workbook: Summary per country and half-year, trends, challenge matrix, footprints, indicators, production by district and month, sites, licences, buyers and exporters, sources.</source>
        <translation>o livro do inventário: resumo por país e semestre, tendências, matriz de desafios, assinaturas, indicadores, produção por distrito e mês, locais, licenças, compradores e exportadores, fontes.</translation>
    </message>
    <message>
        <source>the printed pages: Summary, trends, challenge matrix, footprints, indicators.</source>
        <translation>as páginas impressas: resumo, tendências, matriz de desafios, assinaturas, indicadores.</translation>
    </message>
    <message>
        <source>No PDF: {why}</source>
        <translation>Sem PDF: {why}</translation>
    </message>
    <message>
        <source>The workbook&apos;s Maps sheet shows a map of each country&apos;s sites; the PDF prints it where there is one.</source>
        <translation>A folha Mapas do livro mostra um mapa dos locais de cada país; o PDF imprime-a quando existe.</translation>
    </message>
    <message>
        <source>who has sent what: the last workbook of each officer, and who is late.</source>
        <translation>quem enviou o quê: o último livro de cada agente, e quem está atrasado.</translation>
    </message>
    <message>
        <source>what the period&apos;s imports and edits brought: every record added, changed or deleted since the period began.</source>
        <translation>o que as importações e edições do período trouxeram: cada registo adicionado, alterado ou eliminado desde o início do período.</translation>
    </message>
    <message>
        <source>Late for the half-year</source>
        <translation>Atrasado no semestre</translation>
    </message>
    <message>
        <source>Last workbook</source>
        <translation>Último livro</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Recebido (UTC)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>Records in the last workbook</source>
        <translation>Registos do último livro</translation>
    </message>
    <message>
        <source>Workbooks received</source>
        <translation>Livros recebidos</translation>
    </message>
    <message>
        <source>Production records in the district</source>
        <translation>Registos de produção no distrito</translation>
    </message>
    <message>
        <source>Production from</source>
        <translation>Produção desde</translation>
    </message>
    <message>
        <source>Production to</source>
        <translation>Produção até</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalação</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envios</translation>
    </message>
    <message>
        <source>Field workbooks received, per officer and district</source>
        <translation>Livros de campo recebidos, por agente e distrito</translation>
    </message>
    <message>
        <source>Half-year {half} (from {start}): {late} of {officers} officers late, that is with no workbook received since the half-year began. Made from {file}.</source>
        <translation>Semestre {half} (desde {start}): {late} de {officers} agentes atrasados, isto é, sem livro recebido desde o início do semestre. Feito a partir de {file}.</translation>
    </message>
    <message>
        <source>Carats produced per country and half-year</source>
        <translation>Quilates produzidos por país e semestre</translation>
    </message>
    <message>
        <source>Carats produced</source>
        <translation>Quilates produzidos</translation>
    </message>
    <message>
        <source>Value of production (USD) per country and half-year</source>
        <translation>Valor da produção (USD) por país e semestre</translation>
    </message>
    <message>
        <source>Value of production (USD)</source>
        <translation>Valor da produção (USD)</translation>
    </message>
    <message>
        <source>USD per carat per country and half-year</source>
        <translation>USD por quilate, por país e semestre</translation>
    </message>
    <message>
        <source>Trends: {scope}</source>
        <translation>Tendências: {scope}</translation>
    </message>
    <message>
        <source>Production per country and KP half-year, {first} to {last}. &apos;No data&apos;: no production recorded for the country in the half-year; the charts leave a gap there rather than drawing a zero.</source>
        <translation>Produção por país e semestre do PK, de {first} a {last}. «Sem dados»: nenhuma produção registada para o país no semestre; os gráficos deixam aí um intervalo em vez de desenhar um zero.</translation>
    </message>
    <message>
        <source>{file} is not a PNG picture</source>
        <translation>{file} não é uma imagem PNG</translation>
    </message>
    <message>
        <source>Map: {country}</source>
        <translation>Mapa: {country}</translation>
    </message>
    <message>
        <source>Sites with a GPS point, coloured by status and ringed by their worst flag; licence areas; country borders (coarse outlines).</source>
        <translation>Locais com ponto GPS, coloridos pelo estado e circundados pelo seu alerta mais grave; áreas das licenças; fronteiras dos países (contornos simplificados).</translation>
    </message>
    <message>
        <source>No map was drawn for this report.</source>
        <translation>Nenhum mapa foi desenhado para este relatório.</translation>
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
        <source>sites with a GPS point more than about 5 km outside their country&apos;s border (as kpfield draws it, from Natural Earth&apos;s outlines), divided by sites with a GPS point in countries kpfield has a border for</source>
        <translation>locais com um ponto GPS a mais de cerca de 5 km fora da fronteira do seu país (tal como o kpfield a traça, a partir dos contornos da Natural Earth), divididos pelos locais com ponto GPS nos países cuja fronteira o kpfield tem</translation>
    </message>
    <message>
        <source>Share of mapped sites outside their licence&apos;s area</source>
        <translation>Parte dos locais mapeados fora da área da sua licença</translation>
    </message>
    <message>
        <source>sites whose GPS point lies more than 10 m outside the area drawn for their licence, divided by sites with a GPS point whose licence has an area</source>
        <translation>locais cujo ponto GPS fica a mais de 10 m fora da área traçada da sua licença, divididos pelos locais com ponto GPS cuja licença tem área</translation>
    </message>
    <message>
        <source>Share of licence areas that overlap another licence&apos;s area</source>
        <translation>Parte das áreas de licença que se sobrepõem à área de outra licença</translation>
    </message>
    <message>
        <source>licences of the scope&apos;s sites whose drawn area overlaps the area of another live licence of the same country, divided by licences of the scope&apos;s sites that have an area</source>
        <translation>licenças dos locais do âmbito cuja área traçada se sobrepõe à área de outra licença em vigor do mesmo país, divididas pelas licenças dos locais do âmbito que têm área</translation>
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
    <message>
        <source>production dated {date} at site {site}, which has no licence</source>
        <translation>produção datada de {date} no local {site}, que não tem licença</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, which was deleted</source>
        <translation>produção datada de {date} ao abrigo da licença {licence}, que foi eliminada</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, expired {expires}</source>
        <translation>produção datada de {date} ao abrigo da licença {licence}, expirada em {expires}</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, issued only on {issued}</source>
        <translation>produção datada de {date} ao abrigo da licença {licence}, emitida só em {issued}</translation>
    </message>
    <message>
        <source>production dated {date} under licence {licence}, whose status is {status}</source>
        <translation>produção datada de {date} ao abrigo da licença {licence}, cujo estado é «{status}»</translation>
    </message>
    <message>
        <source>licence {licence} expired {expires}; production recorded under it up to {last}</source>
        <translation>a licença {licence} expirou em {expires}; produção registada ao abrigo dela até {last}</translation>
    </message>
    <message>
        <source>site {site}: {workers} workers on the active sites of village {village}, {diggers} registered diggers</source>
        <translation>local {site}: {workers} trabalhadores nos locais ativos da aldeia {village}, {diggers} garimpeiros registados</translation>
    </message>
    <message>
        <source>site {site}: last inspected on {last}, more than {days} days before {end}</source>
        <translation>local {site}: última inspeção em {last}, mais de {days} dias antes de {end}</translation>
    </message>
    <message>
        <source>site {site}: never inspected</source>
        <translation>local {site}: nunca inspecionado</translation>
    </message>
    <message>
        <source>site {site}: no production recorded in {months}</source>
        <translation>local {site}: sem produção registada em {months}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sem valor</translation>
    </message>
    <message>
        <source>no register or slip reference</source>
        <translation>sem referência de registo ou de guia</translation>
    </message>
    <message>
        <source>no size-class breakdown</source>
        <translation>sem repartição por classe de tamanho</translation>
    </message>
    <message>
        <source>size classes add up to {sum} stones, the record says {stones}</source>
        <translation>as classes de tamanho somam {sum} pedras, o registo indica {stones}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}: {gaps}</source>
        <translation>produção datada de {date} no local {site}: {gaps}</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, entered on {entered} ({days} days later)</source>
        <translation>produção datada de {date} no local {site}, registada em {entered} ({days} dias depois)</translation>
    </message>
    <message>
        <source>production dated {date} sold to {buyer}, who has no buyer&apos;s licence</source>
        <translation>produção datada de {date} vendida a {buyer}, que não tem licença de comprador</translation>
    </message>
    <message>
        <source>production dated {date} sold under licence {licence}, not a dealer&apos;s licence</source>
        <translation>produção datada de {date} vendida ao abrigo da licença {licence}, que não é uma licença de comerciante</translation>
    </message>
    <message>
        <source>production dated {date} sold to licence {licence}, not valid that day (valid {issued} to {expires})</source>
        <translation>produção datada de {date} vendida à licença {licence}, não válida nesse dia (válida de {issued} a {expires})</translation>
    </message>
    <message>
        <source>dealer licence {licence} (valid {issued} to {expires}) bought production dated {date}</source>
        <translation>a licença de comerciante {licence} (válida de {issued} a {expires}) comprou produção datada de {date}</translation>
    </message>
    <message>
        <source>dealer licence {licence} bought {bought} ct from the sites and sold {sold} ct in the period</source>
        <translation>a licença de comerciante {licence} comprou {bought} ct nos locais e vendeu {sold} ct no período</translation>
    </message>
    <message>
        <source>export of {date}, {carats} ct by licence {licence}, without a KP certificate number</source>
        <translation>exportação de {date}, {carats} ct pela licença {licence}, sem número de certificado PK</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}: {value} USD for {carats} ct ({usd_ct} USD/ct), more than {factor} times above or below the median of its size class</source>
        <translation>produção datada de {date} no local {site}: {value} USD por {carats} ct ({usd_ct} USD/ct), mais de {factor} vezes acima ou abaixo da mediana da sua classe de tamanho</translation>
    </message>
    <message>
        <source>site {site}: its size classes in {period} differ from its own {history} half-years before</source>
        <translation>local {site}: as suas classes de tamanho em {period} diferem dos seus próprios {history} semestres anteriores</translation>
    </message>
    <message>
        <source>dealer licence {licence} bought {carats} ct in {period}, more than {ratio} times its usual half-year</source>
        <translation>a licença de comerciante {licence} comprou {carats} ct em {period}, mais de {ratio} vezes o seu semestre habitual</translation>
    </message>
    <message>
        <source>production dated {date} at site {site}, entered on {entered}, after the deadline {deadline}</source>
        <translation>produção datada de {date} no local {site}, registada em {entered}, depois do prazo de {deadline}</translation>
    </message>
    <message>
        <source>site {site}: active, with no GPS point</source>
        <translation>local {site}: ativo, sem ponto GPS</translation>
    </message>
    <message>
        <source>site {site}: its GPS point {lat}, {lon} lies outside its country ({country})</source>
        <translation>local {site}: o seu ponto GPS {lat}; {lon} fica fora do seu país ({country})</translation>
    </message>
    <message>
        <source>site {site}: its GPS point {lat}, {lon} lies outside the area drawn for licence {licence}</source>
        <translation>local {site}: o seu ponto GPS {lat}; {lon} fica fora da área desenhada para a licença {licence}</translation>
    </message>
    <message>
        <source>the area of licence {licence} overlaps the area of another licence</source>
        <translation>a área da licença {licence} sobrepõe-se à área de outra licença</translation>
    </message>
    <message>
        <source>site {site}: active, with no production recorded in {period}</source>
        <translation>local {site}: ativo, sem produção registada em {period}</translation>
    </message>
    <message>
        <source>site {site}: active, not inspected in {period}</source>
        <translation>local {site}: ativo, não inspecionado em {period}</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>same national ID {id}</source>
        <translation>mesmo número de identidade nacional {id}</translation>
    </message>
    <message>
        <source>same name in the same village</source>
        <translation>mesmo nome na mesma aldeia</translation>
    </message>
    <message>
        <source>sites {metres} m apart</source>
        <translation>locais a {metres} m um do outro</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>there is no conflict {id}; &apos;kpfield conflicts&apos; lists the open ones</source>
        <translation>não existe o conflito {id}; &apos;kpfield conflicts&apos; lista os conflitos em aberto</translation>
    </message>
    <message>
        <source>conflict {id} was already settled ({resolution})</source>
        <translation>o conflito {id} já foi resolvido ({resolution})</translation>
    </message>
    <message>
        <source>{date} {time} UTC</source>
        <translation>{date} {time} UTC</translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation>agente desconhecido</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>não eliminado</translation>
    </message>
    <message>
        <source>choose ours, theirs or a value</source>
        <translation>escolha o valor daqui, o valor recebido ou outro valor</translation>
    </message>
    <message>
        <source>kept the value here: {field} = {value}</source>
        <translation>manteve-se o valor daqui: {field} = {value}</translation>
    </message>
    <message>
        <source>took the value received: {field} = {value}</source>
        <translation>adotou-se o valor recebido: {field} = {value}</translation>
    </message>
    <message>
        <source>set a new value: {field} = {value}</source>
        <translation>definiu-se um novo valor: {field} = {value}</translation>
    </message>
    <message>
        <source>there is no live record {id}</source>
        <translation>não existe nenhum registo {id} (ou foi eliminado)</translation>
    </message>
    <message>
        <source>there is no live {kind} {other} to merge into {keep}</source>
        <translation>não existe nenhum registo {kind} {other} não eliminado para fundir em {keep}</translation>
    </message>
    <message>
        <source>{kind} {other} merged into {keep} (kept as its alias)</source>
        <translation>{kind} {other} fundido em {keep} (fica como identificador alternativo dele)</translation>
    </message>
    <message>
        <source>there is no open duplicate candidate {id}</source>
        <translation>não existe nenhum candidato a duplicado {id} em aberto</translation>
    </message>
    <message>
        <source>say which record of pair {id} to keep: A or B</source>
        <translation>indique que registo do par {id} manter: A ou B</translation>
    </message>
    <message>
        <source>candidate {id} dismissed: two different records</source>
        <translation>candidato {id} descartado: são dois registos diferentes</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{value} can be read two ways: {whole} or {decimal}. Type {plain} or {whole} for the first, {decimal} for the second</source>
        <translation>{value} pode ler-se de duas maneiras: {whole} ou {decimal}. Escreva {plain} ou {whole} para a primeira, {decimal} para a segunda</translation>
    </message>
    <message>
        <source>{value}: thousands are grouped by three digits (1 250 000); type the number again</source>
        <translation>{value}: os milhares agrupam-se de três em três algarismos (1 250 000); escreva o número de novo</translation>
    </message>
    <message>
        <source>{whole} or {decimal}?</source>
        <translation>{whole} ou {decimal}?</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>um pipe com nome</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>um ficheiro especial</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is {what}): nothing was written to it. Give the name of a new file, or of an existing file to replace.</source>
        <translation>{path} não é um ficheiro normal (é {what}): nada foi escrito nele. Indique o nome de um ficheiro novo, ou de um ficheiro existente a substituir.</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>um ciclo de ligações simbólicas</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Nothing was written there and the partial file was removed. Free some space, or write to another drive.</source>
        <translation>{path} não pôde ser escrito: o disco está cheio. Nada foi escrito nesse local e o ficheiro parcial foi removido. Liberte espaço, ou escreva noutra unidade.</translation>
    </message>
    <message>
        <source>{path} could not be written: the drive or folder is read-only, or you may not write there. Nothing was written; choose a folder you can write to.</source>
        <translation>{path} não pôde ser escrito: a unidade ou a pasta é só de leitura, ou não tem permissão para escrever nela. Nada foi escrito; escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}). Nothing was written there; check the drive and the folder, or choose another.</source>
        <translation>{path} não pôde ser escrito ({error}). Nada foi escrito nesse local; verifique a unidade e a pasta, ou escolha outra.</translation>
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
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefeitura</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Província</translation>
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
        <translation>livro do kpfield</translation>
    </message>
    <message>
        <source>filled template</source>
        <translation>modelo preenchido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertência</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterados</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>em conflito</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusados</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>recusado: {reason}</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>recusado: nada foi escrito</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>simulação: nada foi escrito</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Origin (installation)</source>
        <translation>Origem (instalação)</translation>
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
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Assinado por</translation>
    </message>
    <message>
        <source>Signer&apos;s key fingerprint</source>
        <translation>Impressão digital da chave do signatário</translation>
    </message>
    <message>
        <source>Signature detail</source>
        <translation>Detalhe da assinatura</translation>
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
        <translation>Folha</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Tipo de registo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value both sides last agreed on</source>
        <translation>Último valor acordado pelos dois lados</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valor aqui</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>Alterado aqui por</translation>
    </message>
    <message>
        <source>Changed here (UTC)</source>
        <translation>Alterado aqui (UTC)</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valor recebido</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recebido de</translation>
    </message>
    <message>
        <source>Changed there (UTC)</source>
        <translation>Alterado lá (UTC)</translation>
    </message>
    <message>
        <source>Settled automatically</source>
        <translation>Resolvido automaticamente</translation>
    </message>
    <message>
        <source>Record UUID</source>
        <translation>UUID do registo</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Registo A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Registo B</translation>
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
        <translation>Licença válida na data</translation>
    </message>
    <message>
        <source>Buyer licensed</source>
        <translation>Comprador licenciado</translation>
    </message>
    <message>
        <source>Buyer&apos;s licence valid on the date</source>
        <translation>Licença do comprador válida na data</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Idade mínima</translation>
    </message>
    <message>
        <source>Active site under a valid licence</source>
        <translation>Local ativo com licença válida</translation>
    </message>
    <message>
        <source>Stone weight and size class</source>
        <translation>Peso das pedras e classe de tamanho</translation>
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
        <translation>a licença {number} está {status}</translation>
    </message>
    <message>
        <source>licence {number} was only issued on {issued}</source>
        <translation>a licença {number} só foi emitida em {issued}</translation>
    </message>
    <message>
        <source>licence {number} expired on {expires}</source>
        <translation>a licença {number} expirou em {expires}</translation>
    </message>
    <message>
        <source>{why}: no production may be recorded under it on {date}</source>
        <translation>{why}: nenhuma produção pode ser registada com esta licença em {date}</translation>
    </message>
    <message>
        <source>{why}: it could not buy on {date}</source>
        <translation>{why}: não podia comprar em {date}</translation>
    </message>
    <message>
        <source>{name} has no buyer&apos;s licence: stones may only be sold to licensed buyers</source>
        <translation>{name} não tem licença de comprador: as pedras só podem ser vendidas a compradores licenciados</translation>
    </message>
    <message>
        <source>{stones} stone(s) of {carats} ct weigh {each} ct each, outside the {size_class} class</source>
        <translation>{stones} pedra(s) com {carats} ct pesam {each} ct cada uma, fora da classe {size_class}</translation>
    </message>
    <message>
        <source>{low} to {high} ct</source>
        <translation>{low} a {high} ct</translation>
    </message>
    <message>
        <source>over {low} ct</source>
        <translation>mais de {low} ct</translation>
    </message>
    <message>
        <source>{value} USD/ct is far from this district&apos;s recent production ({low} to {high} USD/ct): check the value and the carats</source>
        <translation>{value} USD/ct está longe da produção recente deste distrito ({low} a {high} USD/ct): verifique o valor e os quilates</translation>
    </message>
    <message>
        <source>{value} USD/ct is implausible for artisanal diamonds ({low} to {high} USD/ct): check the value and the carats</source>
        <translation>{value} USD/ct é inverosímil para diamantes artesanais ({low} a {high} USD/ct): verifique o valor e os quilates</translation>
    </message>
    <message>
        <source>{why}: it could not sell on {date}</source>
        <translation>{why}: não podia vender em {date}</translation>
    </message>
    <message>
        <source>born on {birth}, this person is {age}: a digger or licence holder must be at least {limit}</source>
        <translation>nascida em {birth}, esta pessoa tem {age} anos: um garimpeiro ou titular de licença deve ter pelo menos {limit} anos</translation>
    </message>
    <message>
        <source>the holder was {age} on the issue date {issued}: a licence holder must be at least {limit}</source>
        <translation>o titular tinha {age} anos na data de emissão, {issued}: um titular de licença deve ter pelo menos {limit} anos</translation>
    </message>
    <message>
        <source>{why}: an active site needs a valid licence; mark the site idle or renew the licence</source>
        <translation>{why}: um local ativo precisa de uma licença válida; marque o local como parado ou renove a licença</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>{key!r} is not an Ed25519 public key</source>
        <translation>{key!r} não é uma chave pública Ed25519</translation>
    </message>
    <message>
        <source>{path} is not a readable kpfield signing key ({why}). Restore it from a backup of your data folder; or move it aside, and kpfield makes a new key on the next export (your coordinator then registers the new one).</source>
        <translation>{path} não é uma chave de assinatura do kpfield legível ({why}). Restaure-a a partir de uma cópia de segurança da sua pasta de dados; ou mude-a de lugar, e o kpfield cria uma chave nova na próxima exportação (o seu coordenador regista então a nova chave).</translation>
    </message>
    <message>
        <source>part of its signature is missing from _about ({facts})</source>
        <translation>falta na folha _about uma parte da assinatura ({facts})</translation>
    </message>
    <message>
        <source>it is signed in a way this kpfield does not know ({scheme}); if a newer kpfield made it, install that version</source>
        <translation>está assinado de uma forma que esta versão do kpfield não conhece ({scheme}); se foi criado por uma versão mais recente do kpfield, instale essa versão</translation>
    </message>
    <message>
        <source>the public key on its _about sheet is damaged</source>
        <translation>a chave pública na folha _about está danificada</translation>
    </message>
    <message>
        <source>the fingerprint on its _about sheet ({written}) is not that of its public key ({actual})</source>
        <translation>a impressão digital na folha _about ({written}) não é a da sua chave pública ({actual})</translation>
    </message>
    <message>
        <source>its _about sheet no longer matches the signature: who made it, when, its counts or checksums were changed</source>
        <translation>a folha _about já não corresponde à assinatura: foram alterados o autor, a data, as contagens ou as somas de controlo</translation>
    </message>
    <message>
        <source>its column headers were changed (a column renamed, moved, added or removed)</source>
        <translation>os cabeçalhos das colunas foram alterados (uma coluna renomeada, deslocada, adicionada ou removida)</translation>
    </message>
    <message>
        <source>its data was changed: a cell was edited, or rows were added or removed (the SHA-256 of the rows read is not the signed one)</source>
        <translation>os dados foram alterados: uma célula foi editada, ou foram adicionadas ou removidas linhas (o SHA-256 das linhas lidas não é o que foi assinado)</translation>
    </message>
    <message>
        <source>registered officer</source>
        <translation>agente registado</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>chave desconhecida</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>não assinado</translation>
    </message>
    <message>
        <source>altered after signing</source>
        <translation>alterado depois da assinatura</translation>
    </message>
    <message>
        <source>signed by this installation ({fingerprint})</source>
        <translation>assinado por esta instalação ({fingerprint})</translation>
    </message>
    <message>
        <source>signed by a registered officer: {officer} ({fingerprint})</source>
        <translation>assinado por um agente registado: {officer} ({fingerprint})</translation>
    </message>
    <message>
        <source>; key registered after the import</source>
        <translation>; chave registada depois da importação</translation>
    </message>
    <message>
        <source>signed by an unknown key {fingerprint}: no officer registered it in this inventory</source>
        <translation>assinado por uma chave desconhecida {fingerprint}: nenhum agente a registou neste inventário</translation>
    </message>
    <message>
        <source>unsigned: a hand-filled template, or a workbook from a kpfield that did not sign</source>
        <translation>não assinado: um modelo preenchido à mão, ou um livro de uma versão do kpfield que não assinava</translation>
    </message>
    <message>
        <source>altered after signing: {detail}</source>
        <translation>alterado depois da assinatura: {detail}</translation>
    </message>
    <message>
        <source> (imported by the coordinator&apos;s override, written to the audit log)</source>
        <translation> (importado por decisão do coordenador, anotado no registo de auditoria)</translation>
    </message>
    <message>
        <source>ask the officer to run &apos;kpfield identity --export&apos; again and send the new file</source>
        <translation>peça ao agente que execute novamente &apos;kpfield identity --export&apos; e envie o novo ficheiro</translation>
    </message>
    <message>
        <source>{path} cannot be registered: {why}; {ask}</source>
        <translation>{path} não pode ser registado: {why}; {ask}</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, a device or a pipe)</source>
        <translation>não é um ficheiro normal (uma pasta, um dispositivo ou um pipe)</translation>
    </message>
    <message>
        <source>it holds {size} bytes; a key file holds at most {limit}</source>
        <translation>tem {size} bytes; um ficheiro de chave tem no máximo {limit}</translation>
    </message>
    <message>
        <source>its JSON is nested {depth} levels deep; a key file has at most {limit}</source>
        <translation>o seu JSON tem {depth} níveis de aninhamento; um ficheiro de chave tem no máximo {limit}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: o ficheiro não existe</translation>
    </message>
    <message>
        <source>it is not an officer&apos;s key file (.kpkey)</source>
        <translation>não é um ficheiro de chave de agente (.kpkey)</translation>
    </message>
    <message>
        <source>its key is not an Ed25519 key</source>
        <translation>a sua chave não é uma chave Ed25519</translation>
    </message>
    <message>
        <source>it does not name the officer and the installation</source>
        <translation>não indica o agente nem a instalação</translation>
    </message>
    <message>
        <source>its public key is damaged</source>
        <translation>a sua chave pública está danificada</translation>
    </message>
    <message>
        <source>its fingerprint does not belong to its public key (the file was edited)</source>
        <translation>a sua impressão digital não pertence à sua chave pública (o ficheiro foi editado)</translation>
    </message>
    <message>
        <source>it was edited after the officer exported it</source>
        <translation>foi editado depois de o agente o exportar</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{folder} is not a folder: no backup was written. Give a folder for the backups.</source>
        <translation>{folder} não é uma pasta: nenhuma cópia de segurança foi escrita. Indique uma pasta para as cópias de segurança.</translation>
    </message>
    <message>
        <source>backup cancelled; no backup file was written</source>
        <translation>cópia de segurança cancelada; nenhum ficheiro de cópia foi gravado</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. No backup file was left there and the inventory is as it was. Free some space, or back up to another drive.</source>
        <translation>Não foi possível escrever a cópia de segurança em {folder}: o disco está cheio. Nenhum ficheiro de cópia ficou lá e o inventário está como estava. Liberte algum espaço, ou faça a cópia noutro disco.</translation>
    </message>
    <message>
        <source>{officer}&apos;s inventory (installation {origin}, inventory {id})</source>
        <translation>o inventário de {officer} (instalação {origin}, inventário {id})</translation>
    </message>
    <message>
        <source>{name} cannot be read to tell which inventory it is, and {folder} holds backups of {n} inventories under that name: {owners}. Choose one with --from</source>
        <translation>{name} não pode ser lido para saber que inventário é, e {folder} contém cópias de segurança de {n} inventários com esse nome: {owners}. Escolha uma com --from</translation>
    </message>
    <message>
        <source>No good backup of {name} was found in {folder} ({n} checked)</source>
        <translation>Não foi encontrada nenhuma cópia de segurança válida de {name} em {folder} ({n} verificadas)</translation>
    </message>
    <message>
        <source>; the folder holds backups of other inventories, which restore does not bring back unless you name one with --from: {owners}</source>
        <translation>; a pasta contém cópias de segurança de outros inventários, que o restauro não repõe a menos que indique uma com --from: {owners}</translation>
    </message>
    <message>
        <source>{backup} is not a good backup ({problem}); choose another one</source>
        <translation>{backup} não é uma cópia de segurança válida ({problem}); escolha outra</translation>
    </message>
    <message>
        <source>restore cancelled; the inventory was not changed</source>
        <translation>restauro cancelado; o inventário não foi alterado</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} está vazio</translation>
    </message>
    <message>
        <source>listing the backups cancelled</source>
        <translation>listagem das cópias de segurança cancelada</translation>
    </message>
    <message>
        <source>{path} is read-only here (the file, or the folder or drive it is on, cannot be written), so nothing was changed. To change it, copy it to a folder you can write to (or make it writable) and use the copy; stats, verify and exports work on it as it is.</source>
        <translation>{path} é só de leitura aqui (o ficheiro, ou a pasta ou unidade onde está, não pode ser escrito), por isso nada foi alterado. Para o alterar, copie-o para uma pasta onde possa escrever (ou torne-o gravável) e use a cópia; stats, verify e as exportações funcionam com ele tal como está.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved from this operation and the inventory is as it was. Free some space (or save to another drive) and try again.</source>
        <translation>O disco está cheio: nada desta operação foi guardado e o inventário ficou como estava. Liberte espaço (ou guarde noutra unidade) e tente de novo.</translation>
    </message>
    <message>
        <source>{path} cannot be opened here: its latest changes are in {wal}, which cannot be read on a read-only folder or drive. Copy both files to a folder you can write to and open the copy.</source>
        <translation>{path} não pode ser aberto aqui: as suas últimas alterações estão em {wal}, que não pode ser lido numa pasta ou unidade só de leitura. Copie os dois ficheiros para uma pasta onde possa escrever e abra a cópia.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an inventory file</source>
        <translation>{path} é uma pasta, não um ficheiro de inventário</translation>
    </message>
    <message>
        <source>{path} is not an inventory file (it is not a regular file)</source>
        <translation>{path} não é um ficheiro de inventário (não é um ficheiro normal)</translation>
    </message>
    <message>
        <source>{path} is not a kpfield inventory (it is not an SQLite database); choose the .kpfield file the program created</source>
        <translation>{path} não é um inventário kpfield (não é uma base de dados SQLite); escolha o ficheiro .kpfield criado pelo programa</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); run &apos;kpfield verify&apos; on it, or restore it from a backup with &apos;kpfield restore&apos;</source>
        <translation>Não é possível ler {path} ({error}); execute &apos;kpfield verify&apos; sobre ele, ou restaure-o a partir de uma cópia de segurança com &apos;kpfield restore&apos;</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a kpfield inventory; choose the .kpfield file the program created</source>
        <translation>{path} é uma base de dados SQLite mas não um inventário kpfield; escolha o ficheiro .kpfield criado pelo programa</translation>
    </message>
    <message>
        <source>{path} carries kpfield&apos;s mark but was not made by kpfield (it lacks an inventory&apos;s tables); it was left as it was. Choose the .kpfield file the program created.</source>
        <translation>{path} tem a marca do kpfield mas não foi criado pelo kpfield (faltam-lhe as tabelas de um inventário); foi deixado como estava. Escolha o ficheiro .kpfield que o programa criou.</translation>
    </message>
    <message>
        <source>The inventory is busy with another task (another kpfield window or an import); nothing was saved: try again in a moment</source>
        <translation>O inventário está ocupado com outra tarefa (outra janela do kpfield ou uma importação); nada foi guardado: tente de novo daqui a pouco</translation>
    </message>
    <message>
        <source>same national ID {national_id}</source>
        <translation>mesmo número de identidade nacional {national_id}</translation>
    </message>
    <message>
        <source>similar name in {village}</source>
        <translation>nome semelhante em {village}</translation>
    </message>
    <message>
        <source>{path} cannot be read as an inventory ({error}); run &apos;kpfield verify&apos; on it, or restore it from a backup</source>
        <translation>Não é possível ler {path} como inventário ({error}); execute &apos;kpfield verify&apos; sobre ele, ou restaure-o a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>{path} was made by a newer kpfield (schema steps {steps}); this is kpfield {version}: install the newer version to open it</source>
        <translation>{path} foi criado por um kpfield mais recente (passos de esquema {steps}); este é o kpfield {version}: instale a versão mais recente para o abrir</translation>
    </message>
    <message>
        <source>The inventory is being upgraded or written by another kpfield; try again in a moment</source>
        <translation>O inventário está a ser atualizado ou gravado por outro kpfield; tente de novo dentro de momentos</translation>
    </message>
    <message>
        <source>{record} (as {field})</source>
        <translation>{record} (como {field})</translation>
    </message>
    <message>
        <source>{record} cannot be deleted: {n} record(s) refer to it</source>
        <translation>{record} não pode ser eliminado: {n} registo(s) remetem para ele</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>... e mais {n}</translation>
    </message>
    <message>
        <source>Delete those records first, or change them to refer to another record.</source>
        <translation>Elimine primeiro esses registos, ou altere-os para que remetam para outro.</translation>
    </message>
    <message>
        <source>{path} already exists; open it, or choose another file name</source>
        <translation>{path} já existe; abra-o ou escolha outro nome de ficheiro</translation>
    </message>
    <message>
        <source>{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)</source>
        <translation>{value} não é um código de país que o kpfield conheça (ISO 3166 alfa-2, como SL)</translation>
    </message>
    <message>
        <source>The officer&apos;s name is required</source>
        <translation>O nome do agente é obrigatório</translation>
    </message>
    <message>
        <source>{path} does not exist; create it with &apos;kpfield init&apos; or choose another file</source>
        <translation>{path} não existe; crie-o com &apos;kpfield init&apos; ou escolha outro ficheiro</translation>
    </message>
    <message>
        <source>{path} is empty: it is not an inventory</source>
        <translation>{path} está vazio: não é um inventário</translation>
    </message>
    <message>
        <source>{path} has no installation identity: it was not created by &apos;kpfield init&apos;</source>
        <translation>{path} não tem identidade de instalação: não foi criado com &apos;kpfield init&apos;</translation>
    </message>
    <message>
        <source>{path} was made by an older kpfield and must be upgraded before it is used, but it is read-only here: copy it to a folder you can write to and open the copy. Nothing was changed.</source>
        <translation>{path} foi criado por uma versão mais antiga do kpfield e tem de ser atualizado antes de ser usado, mas é só de leitura aqui: copie-o para uma pasta onde possa escrever e abra a cópia. Nada foi alterado.</translation>
    </message>
    <message>
        <source>{path} was made by an older kpfield; open it in kpfield once to upgrade it</source>
        <translation>{path} foi criado por uma versão mais antiga do kpfield; abra-o uma vez no kpfield para o atualizar</translation>
    </message>
    <message>
        <source>this installation&apos;s signing key is not on this computer (the inventory was made or moved here from elsewhere)</source>
        <translation>a chave de assinatura desta instalação não está neste computador (o inventário foi criado ou trazido de outro lado)</translation>
    </message>
    <message>
        <source>the inventory has no signed genesis (it was made by an earlier kpfield)</source>
        <translation>o inventário não tem génese assinada (foi criado por uma versão anterior do kpfield)</translation>
    </message>
    <message>
        <source>its genesis was not signed by this installation&apos;s key: the inventory was made elsewhere, even if it carries this installation&apos;s id</source>
        <translation>a sua génese não foi assinada pela chave desta instalação: o inventário foi criado noutro lado, mesmo que tenha o identificador desta instalação</translation>
    </message>
    <message>
        <source>its latest checkpoint&apos;s signature does not hold (run kpfield verify)</source>
        <translation>a assinatura do seu último ponto de controlo não é válida (execute kpfield verify)</translation>
    </message>
    <message>
        <source>its audit log no longer passes through its latest checkpoint (run kpfield verify)</source>
        <translation>o seu registo de auditoria já não passa pelo seu último ponto de controlo (execute kpfield verify)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; names several {kinds}: {candidates}; give its UUID</source>
        <translation>{field}: «{value}» designa vários registos ({kinds}): {candidates}; indique o UUID</translation>
    </message>
    <message>
        <source>{field} {key} is already used by another {kind}</source>
        <translation>{field} {key} já é usado por outro registo ({kind})</translation>
    </message>
    <message>
        <source>{date}, site {site}, {carats} ct</source>
        <translation>{date}, local {site}, {carats} ct</translation>
    </message>
    <message>
        <source>{date}, seller {seller}, {carats} ct</source>
        <translation>{date}, vendedor {seller}, {carats} ct</translation>
    </message>
    <message>
        <source>{field}: no {kind} with id {id}</source>
        <translation>{field}: nenhum registo ({kind}) com o identificador {id}</translation>
    </message>
    <message>
        <source>{field}: that {kind} has been deleted</source>
        <translation>{field}: esse registo ({kind}) foi eliminado</translation>
    </message>
    <message>
        <source>National ID {national_id} is already recorded for {name}</source>
        <translation>O número de identidade nacional {national_id} já está registado para {name}</translation>
    </message>
    <message>
        <source>There is no record {id} here (it may have been deleted)</source>
        <translation>Não existe aqui nenhum registo {id} (pode ter sido eliminado)</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it (version {version}, yours {yours}); close the form and open the record again</source>
        <translation>Este registo foi alterado noutro lado desde que o abriu (versão {version}, a sua {yours}); feche o formulário e abra o registo de novo</translation>
    </message>
    <message>
        <source>{name} is kept by kpfield itself and cannot be changed</source>
        <translation>{name} é mantido pelo próprio kpfield e não pode ser alterado</translation>
    </message>
    <message>
        <source>There is no record {id} here</source>
        <translation>Não existe aqui nenhum registo {id}</translation>
    </message>
    <message>
        <source>audit row {n} is missing (next row is {next}): the log was cut</source>
        <translation>a linha de auditoria {n} falta (a seguinte é a linha {next}): o registo foi cortado</translation>
    </message>
    <message>
        <source>audit row {n} was changed or removed after it was written (its hash no longer follows from the rows before it)</source>
        <translation>a linha de auditoria {n} foi alterada ou removida depois de escrita (o seu hash já não decorre das linhas anteriores)</translation>
    </message>
    <message>
        <source>the audit log ends at row {n} but its recorded head is row {head}: rows were removed from the end</source>
        <translation>o registo de auditoria termina na linha {n}, mas a cabeça registada é a linha {head}: foram removidas linhas do fim</translation>
    </message>
    <message>
        <source>the audit log has rows but no recorded head</source>
        <translation>o registo de auditoria tem linhas, mas nenhuma cabeça registada</translation>
    </message>
    <message>
        <source>{n} audit rows, chain intact</source>
        <translation>{n} linhas de auditoria, cadeia intacta</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} não existe</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>{n} upgrade step(s) will run when it is next opened: {steps}</source>
        <translation>{n} passo(s) de atualização serão executados na próxima abertura: {steps}</translation>
    </message>
    <message>
        <source>restore the latest good backup with: kpfield restore --db &quot;{path}&quot;</source>
        <translation>restaure a última cópia de segurança boa com: kpfield restore --db &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>the file&apos;s structure is sound</source>
        <translation>a estrutura do ficheiro está sã</translation>
    </message>
    <message>
        <source>the file is damaged ({problems}); {hint}</source>
        <translation>o ficheiro está danificado ({problems}); {hint}</translation>
    </message>
    <message>
        <source>every reference points to a record</source>
        <translation>cada referência aponta para um registo existente</translation>
    </message>
    <message>
        <source>{n} record(s) refer to records that do not exist, first in table {table}</source>
        <translation>{n} registo(s) referem registos que não existem, o primeiro na tabela {table}</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read ({error}); {hint}</source>
        <translation>o ficheiro está danificado e não pode ser lido ({error}); {hint}</translation>
    </message>
    <message>
        <source>the table of {kinds} was removed from the file</source>
        <translation>a tabela {kinds} foi removida do ficheiro</translation>
    </message>
    <message>
        <source>{kind} {label} has no audit history: it was added outside kpfield</source>
        <translation>{kind} {label} não tem histórico de auditoria: foi acrescentado fora do kpfield</translation>
    </message>
    <message>
        <source>{field} is {now}, the audit log says {audited}</source>
        <translation>{field} é {now}, o registo de auditoria diz {audited}</translation>
    </message>
    <message>
        <source>{kind} {label} was changed outside kpfield: {fields}</source>
        <translation>{kind} {label} foi alterado fora do kpfield: {fields}</translation>
    </message>
    <message>
        <source>{kind} {label} was changed outside kpfield (its values no longer match the hash in audit row {seq})</source>
        <translation>{kind} {label} foi alterado fora do kpfield (os seus valores já não correspondem à impressão da linha de auditoria {seq})</translation>
    </message>
    <message>
        <source>{kind} {id} is in the audit log (row {seq}) but no longer in the file: it was removed outside kpfield</source>
        <translation>{kind} {id} está no registo de auditoria (linha {seq}) mas já não no ficheiro: foi removido fora do kpfield</translation>
    </message>
    <message>
        <source>{n} records match the audit log</source>
        <translation>{n} registos correspondem ao registo de auditoria</translation>
    </message>
    <message>
        <source>{changed} record(s) changed outside kpfield, {unaudited} with no audit history, {missing} removed outside kpfield (of {n} checked)</source>
        <translation>{changed} registo(s) alterado(s) fora do kpfield, {unaudited} sem histórico de auditoria, {missing} removido(s) fora do kpfield (de {n} verificados)</translation>
    </message>
    <message>
        <source>the inventory has no audit log and no signed genesis: they were removed (kpfield writes both when it creates an inventory)</source>
        <translation>o inventário não tem registo de auditoria nem génese assinada: foram removidos (o kpfield escreve ambos ao criar um inventário)</translation>
    </message>
    <message>
        <source>no signed checkpoint yet: the inventory was made by an earlier kpfield and has not been opened where its key is since</source>
        <translation>ainda sem ponto de controlo assinado: o inventário foi criado por uma versão anterior do kpfield e não foi aberto desde então onde está a sua chave</translation>
    </message>
    <message>
        <source>the signed genesis was removed from the inventory</source>
        <translation>a génese assinada foi removida do inventário</translation>
    </message>
    <message>
        <source>the signature of the inventory&apos;s genesis does not hold: it was edited</source>
        <translation>a assinatura da génese do inventário não é válida: foi editada</translation>
    </message>
    <message>
        <source>the inventory&apos;s identity (installation or inventory id) is not the one its genesis signed</source>
        <translation>a identidade do inventário (instalação ou identificador do inventário) não é a que a sua génese assinou</translation>
    </message>
    <message>
        <source>the latest checkpoint&apos;s signature does not hold: it was edited</source>
        <translation>a assinatura do último ponto de controlo não é válida: foi editado</translation>
    </message>
    <message>
        <source>the latest checkpoint was signed by another key than the genesis</source>
        <translation>o último ponto de controlo foi assinado por outra chave que não a da génese</translation>
    </message>
    <message>
        <source>the audit log holds {n} intact rows but the checkpoint signed at {at} covered {m}: rows were removed or the log was wiped</source>
        <translation>o registo de auditoria tem {n} linhas intactas mas o ponto de controlo assinado em {at} abrangia {m}: foram removidas linhas ou o registo foi apagado</translation>
    </message>
    <message>
        <source>audit row {m} is not the one the checkpoint signed at {at} covered: the log&apos;s history was rewritten</source>
        <translation>a linha de auditoria {m} não é a que o ponto de controlo assinado em {at} abrangia: o histórico do registo foi reescrito</translation>
    </message>
    <message>
        <source>{n} audit row(s) were written after the latest signed checkpoint ({at}): by a session that did not finish, or outside kpfield</source>
        <translation>{n} linha(s) de auditoria escrita(s) após o último ponto de controlo assinado ({at}): por uma sessão que não terminou, ou fora do kpfield</translation>
    </message>
    <message>
        <source>this installation&apos;s key is not on this computer: the signatures hold for the key the inventory carries ({fingerprint}), but whether that is the officer&apos;s key was not checked; compare the fingerprint with the officer&apos;s</source>
        <translation>a chave desta instalação não está neste computador: as assinaturas são válidas para a chave que o inventário contém ({fingerprint}), mas não foi verificado se é a chave do agente; compare a impressão digital com a do agente</translation>
    </message>
    <message>
        <source>the inventory claims this installation ({origin}) but was signed by another key ({fingerprint}): it was made elsewhere</source>
        <translation>o inventário diz ser desta instalação ({origin}) mas foi assinado por outra chave ({fingerprint}): foi criado noutro lado</translation>
    </message>
    <message>
        <source>the audit log passes through the latest checkpoint, signed at {at}</source>
        <translation>o registo de auditoria passa pelo último ponto de controlo, assinado em {at}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{ref}&apos; here (give its UUID, or its {names})</source>
        <translation>Não há nenhum registo «{ref}» aqui ({kind}): indique o UUID, ou: {names}</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{ref}&apos; here ({kinds} are named by their UUID)</source>
        <translation>Não há nenhum registo «{ref}» aqui ({kind}); estes registos ({kinds}) designam-se pelo UUID</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names more than {count} {kinds}; give the UUID of the one you mean (the first {count}):</source>
        <translation>«{ref}» designa mais de {count} registos ({kinds}); indique o UUID do registo pretendido (os primeiros {count}):</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names {count} {kinds}; give the UUID of the one you mean:</source>
        <translation>«{ref}» designa {count} registos ({kinds}); indique o UUID do registo pretendido:</translation>
    </message>
    <message>
        <source>The point lies outside the area of licence {number}: check the coordinates or the licence</source>
        <translation>O ponto fica fora da área da licença {number}: verifique as coordenadas ou a licença</translation>
    </message>
    <message>
        <source>The area overlaps the area of licence {numbers}</source>
        <translation>A área sobrepõe-se à área da licença {numbers}</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Filled by (your name) *</source>
        <translation>Preenchido por (o seu nome) *</translation>
    </message>
    <message>
        <source>Your installation (optional: as &apos;kpfield identity&apos; shows it)</source>
        <translation>A sua instalação (opcional: tal como «kpfield identity» a mostra)</translation>
    </message>
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
        <source>To refer to another record, type its licence number or site code; a person by national ID, digger-card number, or name and village, as in: Aminata Sesay (Koidu).</source>
        <translation>Para designar outro registo, escreva o número da licença ou o código do local; uma pessoa pela identidade nacional, pelo número do cartão de garimpeiro, ou pelo nome e aldeia, como em: Aminata Sesay (Koidu).</translation>
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
        <translation>Escreva uma data: 2026-04-03 ou 03/04/2026</translation>
    </message>
    <message>
        <source>Type a number greater than {minimum}</source>
        <translation>Escreva um número maior do que {minimum}</translation>
    </message>
    <message>
        <source>Type a number of at least {minimum}</source>
        <translation>Escreva um número igual ou superior a {minimum}</translation>
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
        <source>contains the control character {character}, which no text may hold: retype it</source>
        <translation>contém o carácter de controlo {character}, que nenhum texto pode conter: escreva-o de novo</translation>
    </message>
    <message>
        <source>holds only invisible characters</source>
        <translation>contém apenas caracteres invisíveis</translation>
    </message>
    <message>
        <source>mixes writing systems: {character} looks like a letter of the others but is not one; retype it</source>
        <translation>mistura sistemas de escrita: {character} parece uma letra dos outros, mas não é; escreva-o de novo</translation>
    </message>
    <message>
        <source>must be a number from {minimum} to {maximum} (got {value})</source>
        <translation>deve ser um número de {minimum} a {maximum} (indicado: {value})</translation>
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
        <source>must be at most {maximum} (got {value})</source>
        <translation>deve ser no máximo {maximum} (indicado: {value})</translation>
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
        <source>{label}: contains the invisible character {character}</source>
        <translation>{label}: contém o carácter invisível {character}</translation>
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
        <source>The size classes&apos; stones ({terms}) add up to {total} stone(s), the record says {stones}</source>
        <translation>As pedras das classes de tamanho ({terms}) somam {total} pedra(s), o registo indica {stones}</translation>
    </message>
    <message>
        <source>The size classes&apos; carats ({terms}) add up to {total} ct, the record says {carats}</source>
        <translation>Os quilates das classes de tamanho ({terms}) somam {total} ct, o registo indica {carats}</translation>
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
        <source>Area corners: {problem}</source>
        <translation>Vértices da área: {problem}</translation>
    </message>
    <message>
        <source>The corners enclose {drawn} ha but the licence states {stated} ha: check both</source>
        <translation>Os vértices delimitam {drawn} ha mas a licença indica {stated} ha: verifique ambos</translation>
    </message>
    <message>
        <source>Part of the area lies outside {country}: check the corners</source>
        <translation>Parte da área fica fora de {country}: verifique os vértices</translation>
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
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>expira em breve</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>ainda não válido</translation>
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
    <name>workbook</name>
    <message>
        <source>{path} is refused: {what}: {count}, more than kpfield reads ({limit}). A field workbook holds far fewer: split the data into smaller workbooks, or open the file in Excel or LibreOffice, save it again and import that</source>
        <translation>{path} foi recusado: {what}: {count}, mais do que o kpfield lê ({limit}). Um livro de campo tem muito menos: divida os dados em livros mais pequenos, ou abra o ficheiro no Excel ou no LibreOffice, guarde-o de novo e importe esse</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>folhas</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} holds {size} bytes, far more than any workbook&apos;s; the file was not written by a spreadsheet program</source>
        <translation>{path} foi recusado: a sua parte {part} ocupa {size} bytes, muito mais do que a de qualquer livro; o ficheiro não foi escrito por uma folha de cálculo</translation>
    </message>
    <message>
        <source>bytes in one workbook</source>
        <translation>bytes num só livro</translation>
    </message>
    <message>
        <source>bytes of shared strings (text cells)</source>
        <translation>bytes de cadeias partilhadas (células de texto)</translation>
    </message>
    <message>
        <source>shared strings (text cells) declared</source>
        <translation>cadeias partilhadas (células de texto) declaradas</translation>
    </message>
    <message>
        <source>shared strings (text cells)</source>
        <translation>cadeias partilhadas (células de texto)</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet!r}: the cell reference {ref!r} is not valid; the file is damaged or was not written by a spreadsheet program. Open it in Excel or LibreOffice, save it again and import that</source>
        <translation>{path}, folha {sheet!r}: a referência de célula {ref!r} não é válida; o ficheiro está danificado ou não foi escrito por uma folha de cálculo. Abra-o no Excel ou no LibreOffice, guarde-o de novo e importe essa cópia</translation>
    </message>
    <message>
        <source>{path} is refused: sheet {sheet!r} has a cell at {ref}, column {col}, but spreadsheets have at most {most} columns (up to XFD); the file was not written by a spreadsheet program</source>
        <translation>{path} foi recusado: a folha {sheet!r} tem uma célula em {ref}, coluna {col}, mas as folhas de cálculo têm no máximo {most} colunas (até XFD); o ficheiro não foi escrito por uma folha de cálculo</translation>
    </message>
    <message>
        <source>{path} is refused: sheet {sheet!r} has a cell at {ref}, row {row}, but spreadsheets have at most {most} rows; the file was not written by a spreadsheet program</source>
        <translation>{path} foi recusado: a folha {sheet!r} tem uma célula em {ref}, linha {row}, mas as folhas de cálculo têm no máximo {most} linhas; o ficheiro não foi escrito por uma folha de cálculo</translation>
    </message>
    <message>
        <source>{path} is refused: the cells of sheet {sheet!r} spread over {rows} rows and {cols} columns ({cells} cells), far more than its data fills and more than kpfield reads at once ({allowed}). Copy the rows that hold data to a new workbook and import that</source>
        <translation>{path} foi recusado: as células da folha {sheet!r} estendem-se por {rows} linhas e {cols} colunas ({cells} células), muito mais do que os seus dados ocupam e mais do que o kpfield lê de uma vez ({allowed}). Copie as linhas com dados para um livro novo e importe esse</translation>
    </message>
    <message>
        <source>cells in sheet {sheet!r}</source>
        <translation>células na folha {sheet!r}</translation>
    </message>
    <message>
        <source>{path}, sheet {sheet!r}: the sheet&apos;s XML is damaged ({error}); copy the file again from its source, or open it in Excel or LibreOffice and save it again</source>
        <translation>{path}, folha {sheet!r}: o XML da folha está danificado ({error}); copie de novo o ficheiro da sua origem, ou abra-o no Excel ou no LibreOffice e guarde-o de novo</translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: o ficheiro não existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook</source>
        <translation>{path} é uma pasta, não um livro</translation>
    </message>
    <message>
        <source>{path} is protected by a password: open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect workbook, or Save As without a password) and import it again</source>
        <translation>{path} está protegido por palavra-passe: abra-o no Excel ou no LibreOffice, retire a palavra-passe (Ficheiro &gt; Informações &gt; Proteger Livro, ou Guardar Como sem palavra-passe) e importe-o novamente</translation>
    </message>
    <message>
        <source>{path} is an old-format Excel file (.xls): open it and save it as an Excel workbook (.xlsx), then import that</source>
        <translation>{path} é um ficheiro Excel de formato antigo (.xls): abra-o e guarde-o como livro do Excel (.xlsx), depois importe esse ficheiro</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete (cut short while copying?): copy it again from its source</source>
        <translation>{path} está danificado ou incompleto (cópia interrompida?): copie-o novamente a partir da origem</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); copy it again from its source</source>
        <translation>{path} não pode ser lido ({error}); copie-o de novo a partir da origem</translation>
    </message>
    <message>
        <source>{path} is not a file but a device or a pipe: choose a workbook saved on a disk or a USB stick</source>
        <translation>{path} não é um ficheiro mas um dispositivo ou um pipe: escolha um livro guardado num disco ou numa pen USB</translation>
    </message>
    <message>
        <source>{path} is not a workbook (.xlsx), whatever its name says: if a spreadsheet program opens it, save it from there as an Excel workbook (.xlsx) and import that; otherwise choose a file saved from Excel, LibreOffice or kpfield</source>
        <translation>{path} não é um livro (.xlsx), diga o nome o que disser: se uma folha de cálculo o abrir, guarde-o a partir dela como livro do Excel (.xlsx) e importe esse; caso contrário escolha um ficheiro guardado pelo Excel, LibreOffice ou kpfield</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} {why}, which spreadsheet programs never write. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that</source>
        <translation>{path} foi recusado: a sua parte {part} {why}, o que nenhuma folha de cálculo escreve. Abra-o no Excel ou no LibreOffice, guarde-o como livro do Excel (.xlsx) e importe esse</translation>
    </message>
    <message>
        <source>is compressed with method {method}</source>
        <translation>está comprimida com o método {method}</translation>
    </message>
    <message>
        <source>carries a second name ({name})</source>
        <translation>tem um segundo nome ({name})</translation>
    </message>
    <message>
        <source>is a second part named {first}</source>
        <translation>é uma segunda parte chamada {first}</translation>
    </message>
    <message>
        <source>is there twice</source>
        <translation>está lá duas vezes</translation>
    </message>
    <message>
        <source>{path} is an OpenDocument spreadsheet (.ods): in LibreOffice choose File &gt; Save As &gt; Excel 2007-365 (.xlsx), then import that</source>
        <translation>{path} é uma folha de cálculo OpenDocument (.ods): no LibreOffice escolha Ficheiro &gt; Guardar como &gt; Excel 2007-365 (.xlsx), depois importe esse ficheiro</translation>
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{path} é um ficheiro zip mas não um livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} would inflate from {packed} to {size} bytes, which no real workbook does (a &apos;zip bomb&apos;)</source>
        <translation>{path} foi recusado: a sua parte {part} expandir-se-ia de {packed} para {size} bytes, o que nenhum livro real faz (uma &apos;bomba zip&apos;)</translation>
    </message>
    <message>
        <source>{path} is refused: it would inflate to {size} bytes, more than kpfield reads ({limit}); split it into smaller workbooks</source>
        <translation>{path} foi recusado: expandir-se-ia para {size} bytes, mais do que o kpfield lê ({limit}); divida-o em livros mais pequenos</translation>
    </message>
    <message>
        <source>{path} is protected by a password: remove the password and import it again</source>
        <translation>{path} está protegido por palavra-passe: retire a palavra-passe e importe-o novamente</translation>
    </message>
    <message>
        <source>{path} is an Excel binary workbook (.xlsb), which kpfield does not read: open it in Excel and save it as an Excel workbook (.xlsx), then import that</source>
        <translation>{path} é um livro binário do Excel (.xlsb), que o kpfield não lê: abra-o no Excel e guarde-o como livro do Excel (.xlsx), depois importe esse</translation>
    </message>
    <message>
        <source>not readable XML</source>
        <translation>XML ilegível</translation>
    </message>
    <message>
        <source>{path} cannot be imported: kpfield could not write its working copy in {folder} ({error}); free some disk space and import it again</source>
        <translation>{path} não pode ser importado: o kpfield não conseguiu escrever a sua cópia de trabalho em {folder} ({error}); liberte espaço em disco e importe-o de novo</translation>
    </message>
    <message>
        <source>no local header</source>
        <translation>sem cabeçalho local</translation>
    </message>
    <message>
        <source>its two headers name it differently</source>
        <translation>os seus dois cabeçalhos dão-lhe nomes diferentes</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>truncada</translation>
    </message>
    <message>
        <source>its sizes disagree</source>
        <translation>os seus tamanhos não coincidem</translation>
    </message>
    <message>
        <source>it holds more than its declared size</source>
        <translation>contém mais do que o tamanho declarado</translation>
    </message>
    <message>
        <source>its contents do not match its checksum</source>
        <translation>o conteúdo não corresponde à soma de verificação</translation>
    </message>
    <message>
        <source>{path} is damaged ({part}: {error}): copy it again from its source</source>
        <translation>{path} está danificado ({part}: {error}): copie-o novamente a partir da origem</translation>
    </message>
    <message>
        <source>{path} is refused: its part {part} declares XML entities, which workbooks never need and which can make a reader exhaust memory</source>
        <translation>{path} foi recusado: a sua parte {part} declara entidades XML, de que os livros nunca precisam e que podem fazer um leitor esgotar a memória</translation>
    </message>
    <message>
        <source>{path} changed while it was being imported (another program is writing it?): nothing from it was written. Import it again once it is complete</source>
        <translation>{path} mudou enquanto era importado (outro programa está a escrevê-lo?): nada dele foi gravado. Importe-o novamente quando estiver completo</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workbook ({error}); copy it again from its source</source>
        <translation>{path} não pode ser lido como livro ({error}); copie-o novamente a partir da origem</translation>
    </message>
    <message>
        <source>{path}, sheet &apos;{sheet}&apos;: cannot be read ({error})</source>
        <translation>{path}, folha &apos;{sheet}&apos;: não pode ser lida ({error})</translation>
    </message>
</context>
</TS>

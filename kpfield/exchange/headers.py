"""Sheet and column names in the four languages of the WGAAP countries, and tolerant matching.

Workbooks made by kpfield carry English labels; templates carry the labels of the language the
officer asked for; hand-made spreadsheets carry whatever people typed. :func:`normalise` folds
case, accents, punctuation and spacing so that ``Numéro de licence``, ``numero  de LICENCE`` and
``licence_number`` all land on the same field. Each entity's aliases are unique after folding
(``tests/exchange/test_headers.py`` checks it), so a header never matches two fields.
"""

from __future__ import annotations

import re
import unicodedata

from kpfield.domain import vocab
from kpfield.domain.entities import BOOKKEEPING, ENTITIES, Entity

LANGUAGES = ("en", "fr", "pt", "es")

# The column that carries a record's version vector (see kpfield.exchange.merge).
CLOCK = "clock"
EXCHANGE_COLUMNS = (*BOOKKEEPING, CLOCK)

SHEETS: dict[str, dict[str, str]] = {
    "fr": {
        "person": "Personnes",
        "organisation": "Organisations",
        "licence": "Licences",
        "site": "Sites",
        "production": "Production",
        "sale": "Ventes et exportations",
        "inspection": "Inspections",
        "self_assessment": "Auto-évaluations",
    },
    "pt": {
        "person": "Pessoas",
        "organisation": "Organizações",
        "licence": "Licenças",
        "site": "Locais",
        "production": "Produção",
        "sale": "Vendas e exportações",
        "inspection": "Inspeções",
        "self_assessment": "Autoavaliações",
    },
    "es": {
        "person": "Personas",
        "organisation": "Organizaciones",
        "licence": "Licencias",
        "site": "Sitios",
        "production": "Producción",
        "sale": "Ventas y exportaciones",
        "inspection": "Inspecciones",
        "self_assessment": "Autoevaluaciones",
    },
}

# Labels by field name; (entity, field) overrides where one name means different things.
_FIELD_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "family_name": "Nom de famille",
        "given_names": "Prénoms",
        "sex": "Sexe",
        "birth_date": "Date de naissance",
        "national_id": "Numéro d'identité nationale",
        "digger_card": "Numéro de carte de creuseur",
        "nationality": "Nationalité",
        "country": "Pays",
        "district": "District / préfecture",
        "village": "Village",
        "phone": "Téléphone",
        "roles": "Rôles",
        "name": "Nom",
        "kind": "Type",
        "town": "Ville",
        "registration_no": "Numéro d'enregistrement",
        "number": "Numéro de licence",
        "holder_person_id": "Titulaire (personne)",
        "holder_organisation_id": "Titulaire (organisation)",
        "supporter_id": "Financeur",
        "issued_on": "Délivrée le",
        "expires_on": "Expire le",
        "area_ha": "Superficie (ha)",
        "fee_usd": "Redevance payée (USD)",
        "status": "Statut",
        "code": "Code du site",
        "region": "Région / province",
        "chiefdom": "Chefferie / sous-préfecture",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "gps_accuracy_m": "Précision GPS (m)",
        "deposit_type": "Type de gisement",
        "licence_id": "Licence",
        "workers": "Travailleurs sur le site",
        "site_id": "Site",
        "produced_on": "Date de production",
        "stones": "Pierres",
        "carats": "Carats",
        "value_usd": "Valeur estimée (USD)",
        "buyer_licence_id": "Licence de l'acheteur",
        "buyer_name": "Acheteur (sans licence)",
        "reference": "Référence du cahier / bordereau",
        "seller_licence_id": "Licence du vendeur",
        "sold_on": "Date de vente",
        "document_ref": "Référence du document",
        "kp_certificate": "Numéro de certificat KP",
        "destination_country": "Pays de destination",
        "hs_code": "Code SH",
        "parcels": "Colis",
        "inspected_on": "Date d'inspection",
        "target_kind": "Objet inspecté",
        "organisation_id": "Organisation",
        "officer": "Agent",
        "outcome": "Résultat",
        "findings": "Constatations",
        "sale.value_usd": "Valeur (USD)",
        "sale.buyer_name": "Acheteur / importateur",
        "site.district": "District / préfecture",
        "site.name": "Nom du site",
        "period": "Période (semestre)",
        "row_id": "Ligne de la matrice des défis",
        "score": "Note",
        "evidence": "Éléments de preuve",
        "gap": "Écart",
        "action": "Action",
        "owner": "Responsable",
        "due_on": "Échéance",
    },
    "pt": {
        "family_name": "Apelido",
        "given_names": "Nomes próprios",
        "sex": "Sexo",
        "birth_date": "Data de nascimento",
        "national_id": "Número de identidade nacional",
        "digger_card": "Número do cartão de garimpeiro",
        "nationality": "Nacionalidade",
        "country": "País",
        "district": "Distrito / município",
        "village": "Aldeia",
        "phone": "Telefone",
        "roles": "Funções",
        "name": "Nome",
        "kind": "Tipo",
        "town": "Cidade",
        "registration_no": "Número de registo",
        "number": "Número da licença",
        "holder_person_id": "Titular (pessoa)",
        "holder_organisation_id": "Titular (organização)",
        "supporter_id": "Financiador",
        "issued_on": "Emitida em",
        "expires_on": "Expira em",
        "area_ha": "Área (ha)",
        "fee_usd": "Taxa paga (USD)",
        "status": "Estado",
        "code": "Código do local",
        "region": "Região / província",
        "chiefdom": "Chefatura / subprefeitura",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "gps_accuracy_m": "Precisão GPS (m)",
        "deposit_type": "Tipo de depósito",
        "licence_id": "Licença",
        "workers": "Trabalhadores no local",
        "site_id": "Local",
        "produced_on": "Data de produção",
        "stones": "Pedras",
        "carats": "Quilates",
        "value_usd": "Valor estimado (USD)",
        "buyer_licence_id": "Licença do comprador",
        "buyer_name": "Comprador (sem licença)",
        "reference": "Referência do registo / recibo",
        "seller_licence_id": "Licença do vendedor",
        "sold_on": "Data de venda",
        "document_ref": "Referência do documento",
        "kp_certificate": "Número do certificado KP",
        "destination_country": "País de destino",
        "hs_code": "Código SH",
        "parcels": "Lotes",
        "inspected_on": "Data da inspeção",
        "target_kind": "Objeto inspecionado",
        "organisation_id": "Organização",
        "officer": "Inspetor",
        "outcome": "Resultado",
        "findings": "Constatações",
        "sale.value_usd": "Valor (USD)",
        "sale.buyer_name": "Comprador / importador",
        "site.name": "Nome do local",
        "period": "Período (semestre)",
        "row_id": "Linha da matriz de desafios",
        "score": "Nota",
        "evidence": "Evidências",
        "gap": "Lacuna",
        "action": "Ação",
        "owner": "Responsável",
        "due_on": "Prazo",
    },
    "es": {
        "family_name": "Apellidos",
        "given_names": "Nombres",
        "sex": "Sexo",
        "birth_date": "Fecha de nacimiento",
        "national_id": "Número de identidad nacional",
        "digger_card": "Número de tarjeta de minero",
        "nationality": "Nacionalidad",
        "country": "País",
        "district": "Distrito / municipio",
        "village": "Aldea",
        "phone": "Teléfono",
        "roles": "Funciones",
        "name": "Nombre",
        "kind": "Tipo",
        "town": "Ciudad",
        "registration_no": "Número de registro",
        "number": "Número de licencia",
        "holder_person_id": "Titular (persona)",
        "holder_organisation_id": "Titular (organización)",
        "supporter_id": "Financiador",
        "issued_on": "Expedida el",
        "expires_on": "Vence el",
        "area_ha": "Superficie (ha)",
        "fee_usd": "Tasa pagada (USD)",
        "status": "Estado",
        "code": "Código del sitio",
        "region": "Región / provincia",
        "chiefdom": "Jefatura / subprefectura",
        "latitude": "Latitud",
        "longitude": "Longitud",
        "gps_accuracy_m": "Precisión GPS (m)",
        "deposit_type": "Tipo de depósito",
        "licence_id": "Licencia",
        "workers": "Trabajadores en el sitio",
        "site_id": "Sitio",
        "produced_on": "Fecha de producción",
        "stones": "Piedras",
        "carats": "Quilates",
        "value_usd": "Valor estimado (USD)",
        "buyer_licence_id": "Licencia del comprador",
        "buyer_name": "Comprador (sin licencia)",
        "reference": "Referencia del registro / recibo",
        "seller_licence_id": "Licencia del vendedor",
        "sold_on": "Fecha de venta",
        "document_ref": "Referencia del documento",
        "kp_certificate": "Número de certificado KP",
        "destination_country": "País de destino",
        "hs_code": "Código SA",
        "parcels": "Lotes",
        "inspected_on": "Fecha de inspección",
        "target_kind": "Objeto inspeccionado",
        "organisation_id": "Organización",
        "officer": "Inspector",
        "outcome": "Resultado",
        "findings": "Hallazgos",
        "sale.value_usd": "Valor (USD)",
        "sale.buyer_name": "Comprador / importador",
        "site.name": "Nombre del sitio",
        "period": "Período (semestre)",
        "row_id": "Fila de la matriz de desafíos",
        "score": "Calificación",
        "evidence": "Evidencia",
        "gap": "Brecha",
        "action": "Acción",
        "owner": "Responsable",
        "due_on": "Fecha límite",
    },
}

_SIZE_WORDS = {
    "en": ("Stones", "Carats"),
    "fr": ("Pierres", "Carats"),
    "pt": ("Pedras", "Quilates"),
    "es": ("Piedras", "Quilates"),
}
_SIZE_LABELS = {}
for _sc in vocab.SIZE_CLASSES:
    _n, _ct = vocab.size_class_columns(_sc.code)
    _SIZE_LABELS[_n] = (0, _sc.label)
    _SIZE_LABELS[_ct] = (1, _sc.label)


def sheet_name(ent: Entity, lang: str = "en") -> str:
    """The name of an entity's sheet in ``lang``."""
    return ent.plural if lang == "en" else SHEETS[lang][ent.key]


def field_label(ent: Entity, name: str, lang: str = "en") -> str:
    """A field's column header in ``lang`` (bookkeeping columns keep their code)."""
    if name in EXCHANGE_COLUMNS:
        return name
    if name in _SIZE_LABELS:
        which, label = _SIZE_LABELS[name]
        return f"{_SIZE_WORDS[lang][which]} {label}"
    if lang == "en":
        return ent.field(name).label
    table = _FIELD_LABELS[lang]
    return table.get(f"{ent.key}.{name}") or table[name]


_NON_WORD = re.compile(r"[^0-9a-z+\-]+")


def normalise(text: object) -> str:
    """Fold a header for comparison: no accents, lower case, words joined by single spaces."""
    s = unicodedata.normalize("NFKD", str(text or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("_", " ")
    return " ".join(_NON_WORD.sub(" ", s).split())


def header_aliases(ent: Entity) -> dict[str, str]:
    """Every folded header that names a column of ``ent`` -> the column's field name."""
    out: dict[str, str] = {}
    for name in EXCHANGE_COLUMNS:
        out[normalise(name)] = name
    out["uuid"] = "id"
    for name in ent.field_names:
        out[normalise(name)] = name
        for lang in LANGUAGES:
            out[normalise(field_label(ent, name, lang))] = name
    return out


def sheet_aliases() -> dict[str, str]:
    """Every folded sheet name that names an entity -> the entity's key."""
    out: dict[str, str] = {}
    for ent in ENTITIES.values():
        for alias in (ent.key, ent.table, ent.label, ent.plural, *(SHEETS[lang][ent.key] for lang in SHEETS)):
            out[normalise(alias)] = ent.key
    return out


_CONTINUATION = re.compile(r"^(.*?)\s*\(\d+\)$")


def entity_of_sheet(title: str) -> str | None:
    """The entity a sheet holds, from its name (``Production (2)`` continues ``Production``)."""
    aliases = sheet_aliases()
    key = aliases.get(normalise(title))
    if key is None:
        m = _CONTINUATION.match(title.strip())
        if m:
            key = aliases.get(normalise(m.group(1)))
    return key

"""Sheet and column names in the four languages of the WGAAP countries, and tolerant matching.

Workbooks made by kpfield carry English labels; templates carry the labels of the language the
officer asked for; hand-made spreadsheets carry whatever people typed. The names are the
entities' own labels (:meth:`Entity.shown_plural`, :meth:`Entity.label_of`), translated in the
catalogues. :func:`normalise` folds case, accents, punctuation and spacing so that
``Numéro de permis``, ``numero  de PERMIS`` and ``Licence number`` all land on the same field.
Each entity's aliases are unique after folding (``tests/exchange/test_headers.py`` checks it), so
a header never matches two fields.
"""

from __future__ import annotations

import re

from kpfield.domain.entities import BOOKKEEPING, ENTITIES, Entity
from kpfield.domain.text import normalise
from kpfield.i18n import LANGUAGES

# The column that carries a record's version vector (see kpfield.exchange.merge).
CLOCK = "clock"
# The column that carries which installation last wrote each field, at which change (its field
# stamps, kpfield.store.stamps); workbooks made before it have none.
FIELD_CLOCK = "field_clock"
EXCHANGE_COLUMNS = (*BOOKKEEPING, CLOCK, FIELD_CLOCK)


def sheet_name(ent: Entity, lang: str = "en") -> str:
    """The name of an entity's sheet in ``lang``."""
    return ent.shown_plural(lang)


def field_label(ent: Entity, name: str, lang: str = "en") -> str:
    """A field's column header in ``lang`` (bookkeeping columns keep their code)."""
    if name in EXCHANGE_COLUMNS:
        return name
    return ent.label_of(name, lang)


# Column names that templates of earlier versions carried and the catalogues no longer give
# (French said "licence" and "site" where it now says "permis" and "chantier", and "KP" where it
# now says "PK"): a workbook filled on such a template still imports. Sheet names need none: the
# earlier ones ("Licences", "Sites") are the English names.
_EARLIER_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "person": {"digger_card": ("Número de tarjeta de minero",)},
    "licence": {
        "number": ("Numéro de licence",),
        "supporter_id": ("Financeur",),
        "issued_on": ("Délivrée le",),
    },
    "site": {
        "code": ("Code du site",),
        "name": ("Nom du site",),
        "workers": ("Travailleurs sur le site",),
    },
    "production": {
        "buyer_licence_id": ("Licence de l'acheteur",),
        "buyer_name": ("Acheteur (sans licence)",),
    },
    "sale": {
        "seller_licence_id": ("Licence du vendeur",),
        "buyer_licence_id": ("Licence de l'acheteur",),
        "kp_certificate": ("Numéro de certificat KP", "Número do certificado KP", "Número de certificado KP"),
    },
}


def header_aliases(ent: Entity) -> dict[str, str]:
    """Every folded header that names a column of ``ent`` -> the column's field name."""
    out: dict[str, str] = {}
    for name in EXCHANGE_COLUMNS:
        out[normalise(name)] = name
    out["uuid"] = "id"
    earlier = _EARLIER_LABELS.get(ent.key, {})
    for name in ent.field_names:
        out[normalise(name)] = name
        for alias in earlier.get(name, ()):
            out[normalise(alias)] = name
        for lang in LANGUAGES:
            out[normalise(field_label(ent, name, lang))] = name
    return out


def sheet_aliases() -> dict[str, str]:
    """Every folded sheet name that names an entity -> the entity's key."""
    out: dict[str, str] = {}
    for ent in ENTITIES.values():
        names = [ent.key, ent.table]
        for lang in LANGUAGES:
            names += [ent.shown_label(lang), ent.shown_plural(lang)]
        for alias in names:
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

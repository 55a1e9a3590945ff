"""The records kpfield keeps, described once.

Each :class:`Entity` lists its fields with their kind; the store's schema, the validation, the
forms and the workbooks all read these descriptions, so a field is added in one place.
Every stored record also carries the bookkeeping columns in :data:`BOOKKEEPING` (UUID, origin,
timestamps, version, deleted flag); they are not user fields and are set by the store.

Labels are written here in English and marked for translation in the context ``entity.<key>``
(a "Name" or a "Date" means something different on each sheet); :meth:`Entity.label_of`,
:meth:`Entity.shown_label` and :meth:`Entity.shown_plural` give them in the officer's language.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from kpfield.i18n import QT_TRANSLATE_NOOP, language, translate_in

from . import vocab

FieldKind = Literal[
    "text",  # free text
    "identifier",  # a number or code people type (licence number, national ID): text, leading zeros kept
    "int",
    "number",
    "date",
    "choice",  # one code of ``choices``
    "choices",  # several codes of ``choices``, stored comma-separated
    "country",  # ISO 3166 alpha-2
    "ref",  # the UUID of a record of entity ``ref``
    "latitude",
    "longitude",
]


@dataclass(frozen=True)
class Field:
    name: str
    kind: FieldKind
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None
    minimum: float | None = None
    # True: the value must be strictly greater than ``minimum`` (carats > 0); False: >=.
    exclusive_minimum: bool = False
    # The largest value a person would accept on one record (every int and number field has one:
    # it keeps sums finite and within SQLite's integers).
    maximum: float | None = None
    max_length: int = 200


@dataclass(frozen=True)
class Entity:
    key: str
    table: str
    label: str
    plural: str
    fields: tuple[Field, ...]
    # Fields that identify a record to people, unique among live records (besides the UUID).
    natural_key: tuple[str, ...] = ()

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.key} has no field {name!r}")

    @functools.cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def context(self) -> str:
        """The translation context of this entity's labels."""
        return f"entity.{self.key}"

    def label_of(self, name: str, lang: str | None = None) -> str:
        """The label of field ``name`` in ``lang`` (default: the current language)."""
        lang = lang or language()
        key = (lang, self.key, name)
        found = _SHOWN.get(key)
        if found is None:
            sized = SIZE_CLASS_LABELS.get(name)
            if sized is not None:
                template, size_class = sized
                found = translate_in(lang, "entity.production", template).format(size_class=size_class)
            else:
                found = translate_in(lang, self.context, self.field(name).label)
            _SHOWN[key] = found
        return found

    def shown_label(self, lang: str | None = None) -> str:
        """The name of one record of this entity in ``lang`` (default: the current language)."""
        return translate_in(lang or language(), self.context, self.label)

    def shown_plural(self, lang: str | None = None) -> str:
        """The name of several records (and of their sheet) in ``lang`` (default: the current language)."""
        return translate_in(lang or language(), self.context, self.plural)


# (language, entity, field) -> label: labels are asked for in every message and header.
_SHOWN: dict[tuple[str, str, str], str] = {}


# The largest values a person would accept on one record (the domain notes' scale, generous):
# the Cullinan weighed 3,106 ct rough; one export lot of a large producer can reach millions of
# carats; an artisanal licence covers at most a few hectares, a small-scale one a few thousand.
MAX_STONES = 100_000  # one production record, one size class
MAX_CARATS = 100_000.0  # one production record, one size class
MAX_LOT_STONES = 100_000_000  # one sale or export
MAX_LOT_CARATS = 10_000_000.0  # one sale or export
MAX_USD = 1_000_000_000.0  # the value of one record
MAX_FEE_USD = 10_000_000.0
MAX_LICENCE_AREA_HA = 100_000.0
MAX_GPS_ACCURACY_M = 10_000.0
MAX_WORKERS = 100_000
MAX_PARCELS = 10_000
# Bookkeeping texts a workbook carries (origin, modified_by, timestamps): what kpfield writes is
# far shorter. An installation (origin, modified_by, a clock's keys) is named by a 36-character
# UUID, so its name has a tighter limit.
MAX_BOOKKEEPING_LENGTH = 200
MAX_INSTALLATION_NAME = 64

# Set by the store on every record; never typed by a user.
BOOKKEEPING = ("id", "origin", "created_at", "modified_at", "modified_by", "version", "deleted")


PERSON = Entity(
    "person",
    "person",
    QT_TRANSLATE_NOOP("entity.person", "Person"),
    QT_TRANSLATE_NOOP("entity.person", "Persons"),
    (
        Field("family_name", "text", QT_TRANSLATE_NOOP("entity.person", "Family name"), required=True),
        Field("given_names", "text", QT_TRANSLATE_NOOP("entity.person", "Given names")),
        Field("sex", "choice", QT_TRANSLATE_NOOP("entity.person", "Sex"), choices=vocab.SEXES),
        Field("birth_date", "date", QT_TRANSLATE_NOOP("entity.person", "Date of birth")),
        Field("national_id", "identifier", QT_TRANSLATE_NOOP("entity.person", "National ID")),
        Field("digger_card", "identifier", QT_TRANSLATE_NOOP("entity.person", "Digger card number")),
        Field("nationality", "country", QT_TRANSLATE_NOOP("entity.person", "Nationality")),
        Field("country", "country", QT_TRANSLATE_NOOP("entity.person", "Country"), required=True),
        Field("district", "text", QT_TRANSLATE_NOOP("entity.person", "District")),
        Field("village", "text", QT_TRANSLATE_NOOP("entity.person", "Village")),
        Field("phone", "identifier", QT_TRANSLATE_NOOP("entity.person", "Phone")),
        Field("roles", "choices", QT_TRANSLATE_NOOP("entity.person", "Roles"), choices=vocab.PERSON_ROLES),
        # the day the person was registered (a digger card issued, a licence holder entered in the
        # register), which "registered diggers" are counted by
        Field("registered_on", "date", QT_TRANSLATE_NOOP("entity.person", "Registered on")),
    ),
)

ORGANISATION = Entity(
    "organisation",
    "organisation",
    QT_TRANSLATE_NOOP("entity.organisation", "Organisation"),
    QT_TRANSLATE_NOOP("entity.organisation", "Organisations"),
    (
        Field("name", "text", QT_TRANSLATE_NOOP("entity.organisation", "Name"), required=True),
        Field(
            "kind",
            "choice",
            QT_TRANSLATE_NOOP("entity.organisation", "Kind"),
            required=True,
            choices=vocab.ORGANISATION_KINDS,
        ),
        Field("country", "country", QT_TRANSLATE_NOOP("entity.organisation", "Country"), required=True),
        Field("district", "text", QT_TRANSLATE_NOOP("entity.organisation", "District")),
        Field("town", "text", QT_TRANSLATE_NOOP("entity.organisation", "Town")),
        Field("registration_no", "identifier", QT_TRANSLATE_NOOP("entity.organisation", "Registration number")),
        Field("phone", "identifier", QT_TRANSLATE_NOOP("entity.organisation", "Phone")),
    ),
)

LICENCE = Entity(
    "licence",
    "licence",
    QT_TRANSLATE_NOOP("entity.licence", "Licence"),
    QT_TRANSLATE_NOOP("entity.licence", "Licences"),
    (
        Field("country", "country", QT_TRANSLATE_NOOP("entity.licence", "Country"), required=True),
        Field("number", "identifier", QT_TRANSLATE_NOOP("entity.licence", "Licence number"), required=True),
        Field(
            "kind", "choice", QT_TRANSLATE_NOOP("entity.licence", "Kind"), required=True, choices=vocab.LICENCE_KINDS
        ),
        Field("holder_person_id", "ref", QT_TRANSLATE_NOOP("entity.licence", "Holder (person)"), ref="person"),
        Field(
            "holder_organisation_id",
            "ref",
            QT_TRANSLATE_NOOP("entity.licence", "Holder (organisation)"),
            ref="organisation",
        ),
        Field("supporter_id", "ref", QT_TRANSLATE_NOOP("entity.licence", "Supporter"), ref="person"),
        Field("issued_on", "date", QT_TRANSLATE_NOOP("entity.licence", "Issued on"), required=True),
        Field("expires_on", "date", QT_TRANSLATE_NOOP("entity.licence", "Expires on"), required=True),
        Field(
            "area_ha",
            "number",
            QT_TRANSLATE_NOOP("entity.licence", "Area (ha)"),
            minimum=0,
            exclusive_minimum=True,
            maximum=MAX_LICENCE_AREA_HA,
        ),
        Field(
            "fee_usd", "number", QT_TRANSLATE_NOOP("entity.licence", "Fee paid (USD)"), minimum=0, maximum=MAX_FEE_USD
        ),
        Field(
            "status",
            "choice",
            QT_TRANSLATE_NOOP("entity.licence", "Status"),
            required=True,
            choices=vocab.LICENCE_STATUSES,
        ),
        # the area as a polygon: corners typed as coordinates (kpfield/domain/areas.py)
        Field(
            "area_corners",
            "text",
            QT_TRANSLATE_NOOP("entity.licence", "Area corners (lat, lon | lat, lon | ...)"),
            max_length=8000,
        ),
    ),
    natural_key=("country", "number"),
)

SITE = Entity(
    "site",
    "site",
    QT_TRANSLATE_NOOP("entity.site", "Site"),
    QT_TRANSLATE_NOOP("entity.site", "Sites"),
    (
        Field("country", "country", QT_TRANSLATE_NOOP("entity.site", "Country"), required=True),
        Field("code", "identifier", QT_TRANSLATE_NOOP("entity.site", "Site code"), required=True),
        Field("name", "text", QT_TRANSLATE_NOOP("entity.site", "Name")),
        Field("region", "text", QT_TRANSLATE_NOOP("entity.site", "Region / province")),
        Field("district", "text", QT_TRANSLATE_NOOP("entity.site", "District / prefecture")),
        Field("chiefdom", "text", QT_TRANSLATE_NOOP("entity.site", "Chiefdom / sub-prefecture")),
        Field("village", "text", QT_TRANSLATE_NOOP("entity.site", "Village")),
        Field("latitude", "latitude", QT_TRANSLATE_NOOP("entity.site", "Latitude")),
        Field("longitude", "longitude", QT_TRANSLATE_NOOP("entity.site", "Longitude")),
        Field(
            "gps_accuracy_m",
            "number",
            QT_TRANSLATE_NOOP("entity.site", "GPS accuracy (m)"),
            minimum=0,
            maximum=MAX_GPS_ACCURACY_M,
        ),
        Field("deposit_type", "choice", QT_TRANSLATE_NOOP("entity.site", "Deposit type"), choices=vocab.DEPOSIT_TYPES),
        Field(
            "status", "choice", QT_TRANSLATE_NOOP("entity.site", "Status"), required=True, choices=vocab.SITE_STATUSES
        ),
        Field("licence_id", "ref", QT_TRANSLATE_NOOP("entity.site", "Licence"), ref="licence"),
        Field("workers", "int", QT_TRANSLATE_NOOP("entity.site", "Workers on site"), minimum=0, maximum=MAX_WORKERS),
    ),
    natural_key=("country", "code"),
)


# The stones and carats columns of each size class on a production record: the words are
# translated, the class names (sieve sizes and grainers, the trade's own terms) are not.
STONES_OF_CLASS = QT_TRANSLATE_NOOP("entity.production", "Stones {size_class}")
CARATS_OF_CLASS = QT_TRANSLATE_NOOP("entity.production", "Carats {size_class}")
# column -> (label template, size class label)
SIZE_CLASS_LABELS: dict[str, tuple[str, str]] = {}


def _size_class_fields() -> tuple[Field, ...]:
    out: list[Field] = []
    for sc in vocab.SIZE_CLASSES:
        n, ct = vocab.size_class_columns(sc.code)
        SIZE_CLASS_LABELS[n] = (STONES_OF_CLASS, sc.label)
        SIZE_CLASS_LABELS[ct] = (CARATS_OF_CLASS, sc.label)
        out.append(Field(n, "int", STONES_OF_CLASS.format(size_class=sc.label), minimum=0, maximum=MAX_STONES))
        out.append(Field(ct, "number", CARATS_OF_CLASS.format(size_class=sc.label), minimum=0, maximum=MAX_CARATS))
    return tuple(out)


SIZE_CLASS_FIELDS = _size_class_fields()

PRODUCTION = Entity(
    "production",
    "production",
    QT_TRANSLATE_NOOP("entity.production", "Production record"),
    QT_TRANSLATE_NOOP("entity.production", "Production"),
    (
        Field("site_id", "ref", QT_TRANSLATE_NOOP("entity.production", "Site"), required=True, ref="site"),
        Field("licence_id", "ref", QT_TRANSLATE_NOOP("entity.production", "Licence"), ref="licence"),
        Field("produced_on", "date", QT_TRANSLATE_NOOP("entity.production", "Date"), required=True),
        Field(
            "stones",
            "int",
            QT_TRANSLATE_NOOP("entity.production", "Stones"),
            required=True,
            minimum=1,
            maximum=MAX_STONES,
        ),
        Field(
            "carats",
            "number",
            QT_TRANSLATE_NOOP("entity.production", "Carats"),
            required=True,
            minimum=0,
            exclusive_minimum=True,
            maximum=MAX_CARATS,
        ),
        Field(
            "value_usd",
            "number",
            QT_TRANSLATE_NOOP("entity.production", "Estimated value (USD)"),
            minimum=0,
            maximum=MAX_USD,
        ),
        Field("buyer_licence_id", "ref", QT_TRANSLATE_NOOP("entity.production", "Buyer licence"), ref="licence"),
        Field("buyer_name", "text", QT_TRANSLATE_NOOP("entity.production", "Buyer (if not licensed)")),
        Field("reference", "identifier", QT_TRANSLATE_NOOP("entity.production", "Register / sale-slip reference")),
        *SIZE_CLASS_FIELDS,
    ),
)

SALE = Entity(
    "sale",
    "sale",
    QT_TRANSLATE_NOOP("entity.sale", "Sale or export"),
    QT_TRANSLATE_NOOP("entity.sale", "Sales & exports"),
    (
        Field("kind", "choice", QT_TRANSLATE_NOOP("entity.sale", "Kind"), required=True, choices=vocab.SALE_KINDS),
        Field(
            "seller_licence_id", "ref", QT_TRANSLATE_NOOP("entity.sale", "Seller licence"), required=True, ref="licence"
        ),
        Field("buyer_licence_id", "ref", QT_TRANSLATE_NOOP("entity.sale", "Buyer licence"), ref="licence"),
        Field("buyer_name", "text", QT_TRANSLATE_NOOP("entity.sale", "Buyer / importer")),
        Field("sold_on", "date", QT_TRANSLATE_NOOP("entity.sale", "Date"), required=True),
        Field("stones", "int", QT_TRANSLATE_NOOP("entity.sale", "Stones"), minimum=1, maximum=MAX_LOT_STONES),
        Field(
            "carats",
            "number",
            QT_TRANSLATE_NOOP("entity.sale", "Carats"),
            required=True,
            minimum=0,
            exclusive_minimum=True,
            maximum=MAX_LOT_CARATS,
        ),
        Field(
            "value_usd",
            "number",
            QT_TRANSLATE_NOOP("entity.sale", "Value (USD)"),
            required=True,
            minimum=0,
            maximum=MAX_USD,
        ),
        Field("document_ref", "identifier", QT_TRANSLATE_NOOP("entity.sale", "Document reference")),
        Field("kp_certificate", "identifier", QT_TRANSLATE_NOOP("entity.sale", "KP certificate number")),
        Field("destination_country", "country", QT_TRANSLATE_NOOP("entity.sale", "Destination country")),
        Field("hs_code", "choice", QT_TRANSLATE_NOOP("entity.sale", "HS code"), choices=vocab.HS_CODES),
        Field("parcels", "int", QT_TRANSLATE_NOOP("entity.sale", "Parcels"), minimum=1, maximum=MAX_PARCELS),
    ),
)

INSPECTION = Entity(
    "inspection",
    "inspection",
    QT_TRANSLATE_NOOP("entity.inspection", "Inspection"),
    QT_TRANSLATE_NOOP("entity.inspection", "Inspections"),
    (
        Field("inspected_on", "date", QT_TRANSLATE_NOOP("entity.inspection", "Date"), required=True),
        Field(
            "target_kind",
            "choice",
            QT_TRANSLATE_NOOP("entity.inspection", "Inspected"),
            required=True,
            choices=vocab.INSPECTION_TARGETS,
        ),
        Field("site_id", "ref", QT_TRANSLATE_NOOP("entity.inspection", "Site"), ref="site"),
        Field("licence_id", "ref", QT_TRANSLATE_NOOP("entity.inspection", "Licence"), ref="licence"),
        Field("organisation_id", "ref", QT_TRANSLATE_NOOP("entity.inspection", "Organisation"), ref="organisation"),
        Field("officer", "text", QT_TRANSLATE_NOOP("entity.inspection", "Officer"), required=True),
        Field(
            "outcome",
            "choice",
            QT_TRANSLATE_NOOP("entity.inspection", "Outcome"),
            required=True,
            choices=vocab.INSPECTION_OUTCOMES,
        ),
        Field("findings", "text", QT_TRANSLATE_NOOP("entity.inspection", "Findings"), max_length=4000),
    ),
)

ENTITIES: dict[str, Entity] = {e.key: e for e in (PERSON, ORGANISATION, LICENCE, SITE, PRODUCTION, SALE, INSPECTION)}

# A country's own scoring of one challenge-matrix row for one half-year (the Washington
# Declaration's graded self-assessment); one live record per country, period and row, revised by
# updating it so the audit log keeps every earlier score.
SELF_ASSESSMENT = Entity(
    "self_assessment",
    "self_assessment",
    QT_TRANSLATE_NOOP("entity.self_assessment", "Self-assessment"),
    QT_TRANSLATE_NOOP("entity.self_assessment", "Self-assessments"),
    (
        Field("country", "country", QT_TRANSLATE_NOOP("entity.self_assessment", "Country"), required=True),
        Field(
            "period",
            "identifier",
            QT_TRANSLATE_NOOP("entity.self_assessment", "Period (half-year)"),
            required=True,
            max_length=6,
        ),
        Field(
            "row_id",
            "identifier",
            QT_TRANSLATE_NOOP("entity.self_assessment", "Challenge matrix row"),
            required=True,
            max_length=60,
        ),
        Field(
            "score",
            "choice",
            QT_TRANSLATE_NOOP("entity.self_assessment", "Score"),
            required=True,
            choices=vocab.ASSESSMENT_GRADES,
        ),
        Field("evidence", "text", QT_TRANSLATE_NOOP("entity.self_assessment", "Evidence"), max_length=4000),
        Field("gap", "text", QT_TRANSLATE_NOOP("entity.self_assessment", "Gap"), max_length=4000),
        Field("action", "text", QT_TRANSLATE_NOOP("entity.self_assessment", "Action"), max_length=4000),
        Field("owner", "text", QT_TRANSLATE_NOOP("entity.self_assessment", "Owner")),
        Field("due_on", "date", QT_TRANSLATE_NOOP("entity.self_assessment", "Due date")),
    ),
    natural_key=("country", "period", "row_id"),
)
ENTITIES[SELF_ASSESSMENT.key] = SELF_ASSESSMENT


def entity(key: str) -> Entity:
    """The entity named ``key``; raises KeyError listing the known ones."""
    try:
        return ENTITIES[key]
    except KeyError:
        raise KeyError(f"unknown record kind {key!r}; known: {', '.join(ENTITIES)}") from None

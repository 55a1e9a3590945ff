"""The records kpfield keeps, described once.

Each :class:`Entity` lists its fields with their kind; the store's schema, the validation, the
forms and the workbooks all read these descriptions, so a field is added in one place.
Every stored record also carries the bookkeeping columns in :data:`BOOKKEEPING` (UUID, origin,
timestamps, version, deleted flag); they are not user fields and are set by the store.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

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


# Set by the store on every record; never typed by a user.
BOOKKEEPING = ("id", "origin", "created_at", "modified_at", "modified_by", "version", "deleted")


PERSON = Entity(
    "person",
    "person",
    "Person",
    "Persons",
    (
        Field("family_name", "text", "Family name", required=True),
        Field("given_names", "text", "Given names"),
        Field("sex", "choice", "Sex", choices=vocab.SEXES),
        Field("birth_date", "date", "Date of birth"),
        Field("national_id", "identifier", "National ID"),
        Field("digger_card", "identifier", "Digger card number"),
        Field("nationality", "country", "Nationality"),
        Field("country", "country", "Country", required=True),
        Field("district", "text", "District"),
        Field("village", "text", "Village"),
        Field("phone", "identifier", "Phone"),
        Field("roles", "choices", "Roles", choices=vocab.PERSON_ROLES),
    ),
)

ORGANISATION = Entity(
    "organisation",
    "organisation",
    "Organisation",
    "Organisations",
    (
        Field("name", "text", "Name", required=True),
        Field("kind", "choice", "Kind", required=True, choices=vocab.ORGANISATION_KINDS),
        Field("country", "country", "Country", required=True),
        Field("district", "text", "District"),
        Field("town", "text", "Town"),
        Field("registration_no", "identifier", "Registration number"),
        Field("phone", "identifier", "Phone"),
    ),
)

LICENCE = Entity(
    "licence",
    "licence",
    "Licence",
    "Licences",
    (
        Field("country", "country", "Country", required=True),
        Field("number", "identifier", "Licence number", required=True),
        Field("kind", "choice", "Kind", required=True, choices=vocab.LICENCE_KINDS),
        Field("holder_person_id", "ref", "Holder (person)", ref="person"),
        Field("holder_organisation_id", "ref", "Holder (organisation)", ref="organisation"),
        Field("supporter_id", "ref", "Supporter", ref="person"),
        Field("issued_on", "date", "Issued on", required=True),
        Field("expires_on", "date", "Expires on", required=True),
        Field("area_ha", "number", "Area (ha)", minimum=0, exclusive_minimum=True),
        Field("fee_usd", "number", "Fee paid (USD)", minimum=0),
        Field("status", "choice", "Status", required=True, choices=vocab.LICENCE_STATUSES),
    ),
    natural_key=("country", "number"),
)

SITE = Entity(
    "site",
    "site",
    "Site",
    "Sites",
    (
        Field("country", "country", "Country", required=True),
        Field("code", "identifier", "Site code", required=True),
        Field("name", "text", "Name"),
        Field("region", "text", "Region / province"),
        Field("district", "text", "District / prefecture"),
        Field("chiefdom", "text", "Chiefdom / sub-prefecture"),
        Field("village", "text", "Village"),
        Field("latitude", "latitude", "Latitude"),
        Field("longitude", "longitude", "Longitude"),
        Field("gps_accuracy_m", "number", "GPS accuracy (m)", minimum=0),
        Field("deposit_type", "choice", "Deposit type", choices=vocab.DEPOSIT_TYPES),
        Field("status", "choice", "Status", required=True, choices=vocab.SITE_STATUSES),
        Field("licence_id", "ref", "Licence", ref="licence"),
        Field("workers", "int", "Workers on site", minimum=0),
    ),
    natural_key=("country", "code"),
)


def _size_class_fields() -> tuple[Field, ...]:
    out: list[Field] = []
    for sc in vocab.SIZE_CLASSES:
        n, ct = vocab.size_class_columns(sc.code)
        out.append(Field(n, "int", f"Stones {sc.label}", minimum=0))
        out.append(Field(ct, "number", f"Carats {sc.label}", minimum=0))
    return tuple(out)


SIZE_CLASS_FIELDS = _size_class_fields()

PRODUCTION = Entity(
    "production",
    "production",
    "Production record",
    "Production",
    (
        Field("site_id", "ref", "Site", required=True, ref="site"),
        Field("licence_id", "ref", "Licence", ref="licence"),
        Field("produced_on", "date", "Date", required=True),
        Field("stones", "int", "Stones", required=True, minimum=1),
        Field("carats", "number", "Carats", required=True, minimum=0, exclusive_minimum=True),
        Field("value_usd", "number", "Estimated value (USD)", minimum=0),
        Field("buyer_licence_id", "ref", "Buyer licence", ref="licence"),
        Field("buyer_name", "text", "Buyer (if not licensed)"),
        Field("reference", "identifier", "Register / sale-slip reference"),
        *SIZE_CLASS_FIELDS,
    ),
)

SALE = Entity(
    "sale",
    "sale",
    "Sale or export",
    "Sales & exports",
    (
        Field("kind", "choice", "Kind", required=True, choices=vocab.SALE_KINDS),
        Field("seller_licence_id", "ref", "Seller licence", required=True, ref="licence"),
        Field("buyer_licence_id", "ref", "Buyer licence", ref="licence"),
        Field("buyer_name", "text", "Buyer / importer"),
        Field("sold_on", "date", "Date", required=True),
        Field("stones", "int", "Stones", minimum=1),
        Field("carats", "number", "Carats", required=True, minimum=0, exclusive_minimum=True),
        Field("value_usd", "number", "Value (USD)", required=True, minimum=0),
        Field("document_ref", "identifier", "Document reference"),
        Field("kp_certificate", "identifier", "KP certificate number"),
        Field("destination_country", "country", "Destination country"),
        Field("hs_code", "choice", "HS code", choices=vocab.HS_CODES),
        Field("parcels", "int", "Parcels", minimum=1),
    ),
)

INSPECTION = Entity(
    "inspection",
    "inspection",
    "Inspection",
    "Inspections",
    (
        Field("inspected_on", "date", "Date", required=True),
        Field("target_kind", "choice", "Inspected", required=True, choices=vocab.INSPECTION_TARGETS),
        Field("site_id", "ref", "Site", ref="site"),
        Field("licence_id", "ref", "Licence", ref="licence"),
        Field("organisation_id", "ref", "Organisation", ref="organisation"),
        Field("officer", "text", "Officer", required=True),
        Field("outcome", "choice", "Outcome", required=True, choices=vocab.INSPECTION_OUTCOMES),
        Field("findings", "text", "Findings", max_length=4000),
    ),
)

ENTITIES: dict[str, Entity] = {e.key: e for e in (PERSON, ORGANISATION, LICENCE, SITE, PRODUCTION, SALE, INSPECTION)}

# A country's own scoring of one challenge-matrix row for one half-year (the Washington
# Declaration's graded self-assessment); one live record per country, period and row, revised by
# updating it so the audit log keeps every earlier score.
SELF_ASSESSMENT = Entity(
    "self_assessment",
    "self_assessment",
    "Self-assessment",
    "Self-assessments",
    (
        Field("country", "country", "Country", required=True),
        Field("period", "identifier", "Period (half-year)", required=True, max_length=6),
        Field("row_id", "identifier", "Challenge matrix row", required=True, max_length=60),
        Field("score", "choice", "Score", required=True, choices=vocab.ASSESSMENT_GRADES),
        Field("evidence", "text", "Evidence", max_length=4000),
        Field("gap", "text", "Gap", max_length=4000),
        Field("action", "text", "Action", max_length=4000),
        Field("owner", "text", "Owner"),
        Field("due_on", "date", "Due date"),
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

"""Controlled vocabularies: the codes kpfield stores, whatever language a user reads them in.

Codes are stored; labels are shown. Keep codes stable: workbooks and merges carry them.
"""

from __future__ import annotations

from dataclasses import dataclass

SEXES = ("F", "M")

PERSON_ROLES = ("digger", "licence_holder", "supporter", "buyer_agent")

ORGANISATION_KINDS = ("cooperative", "buying_office", "exporter")

LICENCE_KINDS = ("artisanal_mining", "small_scale_mining", "dealer", "exporter")

# A licence's recorded status. Whether it is *valid on a date* also depends on its dates;
# see kpfield.domain.rules.licence_valid_on.
LICENCE_STATUSES = ("active", "suspended", "revoked", "surrendered")

DEPOSIT_TYPES = ("river_bed", "terrace", "flat", "eluvial")

SITE_STATUSES = ("active", "idle", "abandoned", "rehabilitated")

SALE_KINDS = ("sale", "export")

INSPECTION_TARGETS = ("site", "licence", "organisation")

INSPECTION_OUTCOMES = ("compliant", "warning", "violation", "closed")

# Self-assessment scores of a challenge-matrix row, best first; the matrix file says what each means.
ASSESSMENT_GRADES = ("A", "B", "C", "D")

# Harmonised System codes a KP certificate carries for rough diamonds.
HS_CODES = ("7102.10", "7102.21", "7102.31")

LABELS: dict[str, str] = {
    "F": "female",
    "M": "male",
    "digger": "digger",
    "licence_holder": "licence holder",
    "supporter": "supporter",
    "buyer_agent": "buyer agent",
    "cooperative": "cooperative",
    "buying_office": "buying office",
    "exporter": "exporter",
    "artisanal_mining": "artisanal mining",
    "small_scale_mining": "small-scale mining",
    "dealer": "dealer / buyer",
    "active": "active",
    "suspended": "suspended",
    "revoked": "revoked",
    "surrendered": "surrendered",
    "river_bed": "river bed",
    "terrace": "terrace",
    "flat": "flat",
    "eluvial": "eluvial",
    "idle": "idle",
    "abandoned": "abandoned",
    "rehabilitated": "rehabilitated",
    "sale": "sale",
    "export": "export",
    "site": "site",
    "licence": "licence",
    "organisation": "organisation",
    "compliant": "compliant",
    "warning": "warning",
    "violation": "violation",
    "closed": "closed",
}


def label(code: str) -> str:
    """The English label of a vocabulary code (the code itself when it has none)."""
    return LABELS.get(code, code)


@dataclass(frozen=True)
class SizeClass:
    """One sieve class of the fixed footprint list.

    ``min_ct`` (inclusive) and ``max_ct`` (exclusive) bound the weight of a single stone in the
    class. The boundaries are kpfield's design choice, used to classify a stone whose class
    was not recorded (for example by the demo generator); recorded classes are taken as given.
    """

    code: str
    label: str
    min_ct: float
    max_ct: float


# One fixed list, in ascending size: footprints only compare when everyone uses the same classes.
SIZE_CLASSES: tuple[SizeClass, ...] = (
    SizeClass("m7", "-7", 0.0, 0.04),
    SizeClass("p7_9", "+7-9", 0.04, 0.07),
    SizeClass("p9_11", "+9-11", 0.07, 0.14),
    SizeClass("p11", "+11", 0.14, 0.40),
    SizeClass("gr2", "2-grainer", 0.40, 0.63),
    SizeClass("gr3", "3-grainer", 0.63, 0.88),
    SizeClass("gr4", "4-grainer", 0.88, 1.20),
    SizeClass("ct1_2", "1-2 ct", 1.20, 2.0),
    SizeClass("ct2_5", "2-5 ct", 2.0, 5.0),
    SizeClass("ct5_10", "5-10.8 ct", 5.0, 10.8),
    SizeClass("sp", "+10.8 ct (specials)", 10.8, float("inf")),
)

SIZE_CLASS_CODES = tuple(sc.code for sc in SIZE_CLASSES)


def size_class_of(carats: float) -> SizeClass:
    """The class a single stone of ``carats`` falls in."""
    for sc in SIZE_CLASSES:
        if carats < sc.max_ct:
            return sc
    return SIZE_CLASSES[-1]


def size_class_columns(code: str) -> tuple[str, str]:
    """Names of the stones and carats columns that hold one size class on a production record."""
    return f"sc_{code}_n", f"sc_{code}_ct"

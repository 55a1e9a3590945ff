"""Controlled vocabularies: the codes kpfield stores, whatever language a user reads them in.

Codes are stored; labels are shown. Keep codes stable: workbooks and merges carry them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kpfield.i18n import LANGUAGES, QT_TRANSLATE_NOOP, language, translate_in

from .text import fold

SEXES = ("F", "M")

PERSON_ROLES = ("digger", "licence_holder", "supporter", "buyer_agent")

ORGANISATION_KINDS = ("cooperative", "buying_office", "exporter")

LICENCE_KINDS = ("artisanal_mining", "small_scale_mining", "dealer", "exporter")

# A licence's recorded status. Whether it is *valid on a date* also depends on its dates;
# see kpfield.domain.rules.licence_valid_on.
LICENCE_STATUSES = ("active", "suspended", "revoked", "surrendered")
# The status a licence shows, computed from the recorded one and its dates on the day
# (kpfield.domain.rules.licence_status): what the Licences list and its filter offer.
LICENCE_SHOWN_STATUSES = ("active", "expiring", "expired", "not_yet_valid", "suspended", "revoked", "surrendered")

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
    "F": QT_TRANSLATE_NOOP("vocab", "female"),
    "M": QT_TRANSLATE_NOOP("vocab", "male"),
    "digger": QT_TRANSLATE_NOOP("vocab", "digger"),
    "licence_holder": QT_TRANSLATE_NOOP("vocab", "licence holder"),
    "supporter": QT_TRANSLATE_NOOP("vocab", "supporter"),
    "buyer_agent": QT_TRANSLATE_NOOP("vocab", "buyer agent"),
    "cooperative": QT_TRANSLATE_NOOP("vocab", "cooperative"),
    "buying_office": QT_TRANSLATE_NOOP("vocab", "buying office"),
    "exporter": QT_TRANSLATE_NOOP("vocab", "exporter"),
    "artisanal_mining": QT_TRANSLATE_NOOP("vocab", "artisanal mining"),
    "small_scale_mining": QT_TRANSLATE_NOOP("vocab", "small-scale mining"),
    "dealer": QT_TRANSLATE_NOOP("vocab", "dealer / buyer"),
    "active": QT_TRANSLATE_NOOP("vocab", "active"),
    "suspended": QT_TRANSLATE_NOOP("vocab", "suspended"),
    "revoked": QT_TRANSLATE_NOOP("vocab", "revoked"),
    "surrendered": QT_TRANSLATE_NOOP("vocab", "surrendered"),
    # a licence's status computed from its dates (kpfield.domain.rules.licence_status)
    "expired": QT_TRANSLATE_NOOP("vocab", "expired"),
    "expiring": QT_TRANSLATE_NOOP("vocab", "expiring soon"),
    "not_yet_valid": QT_TRANSLATE_NOOP("vocab", "not yet valid"),
    "river_bed": QT_TRANSLATE_NOOP("vocab", "river bed"),
    "terrace": QT_TRANSLATE_NOOP("vocab", "terrace"),
    "flat": QT_TRANSLATE_NOOP("vocab", "flat"),
    "eluvial": QT_TRANSLATE_NOOP("vocab", "eluvial"),
    "idle": QT_TRANSLATE_NOOP("vocab", "idle"),
    "abandoned": QT_TRANSLATE_NOOP("vocab", "abandoned"),
    "rehabilitated": QT_TRANSLATE_NOOP("vocab", "rehabilitated"),
    "sale": QT_TRANSLATE_NOOP("vocab", "sale"),
    "export": QT_TRANSLATE_NOOP("vocab", "export"),
    "site": QT_TRANSLATE_NOOP("vocab", "site"),
    "licence": QT_TRANSLATE_NOOP("vocab", "licence"),
    "organisation": QT_TRANSLATE_NOOP("vocab", "organisation"),
    "compliant": QT_TRANSLATE_NOOP("vocab", "compliant"),
    "warning": QT_TRANSLATE_NOOP("vocab", "warning"),
    "violation": QT_TRANSLATE_NOOP("vocab", "violation"),
    "closed": QT_TRANSLATE_NOOP("vocab", "closed"),
}


def label(code: str, lang: str | None = None) -> str:
    """The label of a vocabulary code in ``lang`` (default: the current language); the code
    itself when it has none."""
    text = LABELS.get(code)
    if text is None:
        return code
    return translate_in(lang or language(), "vocab", text)


# What an officer may also type for a code besides the code and its label in each language: the
# feminine forms of the labels (une licence active, uma licença ativa), the letter H (homme),
# the American spelling and plain words for a dealer.
ALIASES: dict[str, tuple[str, ...]] = {
    "F": ("féminin", "mulher", "mujer", "woman"),
    "M": ("H", "masculin", "homem", "hombre", "man"),
    "active": ("ativa", "activa"),
    "suspended": ("suspendue", "suspensa", "suspendida"),
    "revoked": ("révoquée", "revogada", "revocada"),
    "surrendered": ("restituée", "devolvida", "devuelta"),
    "idle": ("inactive", "inactif", "inativo", "parada", "inactiva"),
    "abandoned": ("abandonnée", "abandonada"),
    "rehabilitated": ("réhabilitée", "reabilitada", "rehabilitada"),
    "closed": ("fermée", "encerrada", "cerrada"),
    "licence": ("license",),
    "dealer": ("buyer", "collecteur", "négociant", "acheteur", "comerciante", "comprador"),
}


def _choice_key(text: str) -> str:
    return fold(text).replace("-", "_").replace(" ", "_")


@functools.cache
def _choice_index(choices: tuple[str, ...]) -> dict[str, str]:
    """Every way of writing one of ``choices`` (folded) -> its code; the first code keeps a
    spelling that two codes share."""
    index: dict[str, str] = {}
    for code in choices:
        index.setdefault(_choice_key(code), code)
    for code in choices:
        for lang in LANGUAGES:
            index.setdefault(_choice_key(label(code, lang)), code)
    for code in choices:
        for alias in ALIASES.get(code, ()):
            index.setdefault(_choice_key(alias), code)
    return index


def match_choice(choices: tuple[str, ...], text: str) -> str | None:
    """The code among ``choices`` that ``text`` names: the code itself or its label in any of
    kpfield's languages, in any case, with or without accents; None when it names none."""
    return _choice_index(choices).get(_choice_key(text))


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


def size_class_columns(code: str) -> tuple[str, str]:
    """Names of the stones and carats columns that hold one size class on a production record."""
    return f"sc_{code}_n", f"sc_{code}_ct"

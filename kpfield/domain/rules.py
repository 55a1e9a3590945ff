"""The law and plausibility rules a record is checked against, in one place.

The forms, ``kpfield add``, the workbook import and the Challenge matrix all ask these
functions; the store gives them the related records (:class:`Related`). Each rule has a code
(:data:`RULES`), stored in the audit log when the officer saves a record despite its warning,
and a name shown at the head of its message, in the officer's language.

Every rule is a warning (the officer saw something the law forbids or that is unlikely, and
records it as found), except where the law makes the record itself impossible: a licence issued
to a person under the country's minimum age for a licence holder is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from kpfield.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate, translate_in

from . import vocab
from .entities import entity
from .places import COUNTRIES
from .validation import Problem, licence_valid_on

__all__ = [
    "RULES",
    "EXPIRING_DAYS",
    "Related",
    "licence_status",
    "licence_valid_on",
    "minimum_age",
    "rule_name",
    "row_problems",
    "rule_problems",
    "USD_PER_CARAT_PLAUSIBLE",
]

# a licence is "expiring" this many days before its expiry date
EXPIRING_DAYS = 60

# the minimum age of a licence holder or a digger, where a country's places data gives none: the
# mining codes of the WGAAP countries set 18 for a licence holder (Sierra Leone's Mines and Minerals
# Act 2009, Guinea's Code minier 2011), and ILO Convention 182 bars child labour in mining
DEFAULT_MINIMUM_AGE = 18

# USD per carat outside this band is implausible for artisanal goods whatever the district (DOMAIN.md)
USD_PER_CARAT_PLAUSIBLE = (5.0, 20_000.0)
# "far outside" a district's recent range: below a third of its low end or above three times its high end
RANGE_FACTOR = 3.0
# a stone may weigh this much outside its size class's bounds (sieves and scales are not exact)
SIZE_CLASS_TOLERANCE = 0.15

RULES: dict[str, str] = {
    "licence_invalid_on_date": QT_TRANSLATE_NOOP("rules", "Licence valid on the date"),
    "buyer_unlicensed": QT_TRANSLATE_NOOP("rules", "Buyer licensed"),
    "buyer_licence_invalid": QT_TRANSLATE_NOOP("rules", "Buyer's licence valid on the date"),
    "under_minimum_age": QT_TRANSLATE_NOOP("rules", "Minimum age"),
    "site_under_expired_licence": QT_TRANSLATE_NOOP("rules", "Active site under a valid licence"),
    "stone_weight_size_class": QT_TRANSLATE_NOOP("rules", "Stone weight and size class"),
    "usd_per_carat": QT_TRANSLATE_NOOP("rules", "Value per carat"),
}


def rule_name(code: str, lang: str | None = None) -> str:
    """The name of rule ``code`` in ``lang`` (default: the officer's language)."""
    text = RULES.get(code, code)
    return translate_in(lang, "rules", text) if lang else translate("rules", text)


class Related(Protocol):
    """What the rules need to know besides the record: the store answers."""

    def get(self, kind: str, record_id: str) -> dict[str, Any] | None: ...

    def usd_per_carat_range(self, country: str, district: str | None) -> tuple[float, float] | None:
        """The usual USD per carat of a district's recent production (low, high), or None when
        there is too little of it to say."""
        ...


def minimum_age(country: str | None) -> int:
    """The minimum age of a licence holder or digger in ``country``: the places data's, else 18."""
    found = COUNTRIES.get(country or "")
    age = getattr(found, "minimum_age", None)
    return int(age) if age else DEFAULT_MINIMUM_AGE


def licence_status(licence: Mapping[str, Any], today: dt.date | str | None = None) -> str:
    """A licence's status as it stands on ``today``: its recorded status when that is not
    ``active`` (suspended, revoked, surrendered); else, from its dates, ``not_yet_valid``,
    ``expired``, ``expiring`` (within :data:`EXPIRING_DAYS` days) or ``active``."""
    recorded = licence.get("status") or "active"
    if recorded != "active":
        return str(recorded)
    day = today if isinstance(today, str) else (today or dt.date.today()).isoformat()
    issued, expires = licence.get("issued_on") or "", licence.get("expires_on") or ""
    if issued and day < issued:
        return "not_yet_valid"
    if expires and day > expires:
        return "expired"
    if expires:
        soon = (dt.date.fromisoformat(day) + dt.timedelta(days=EXPIRING_DAYS)).isoformat()
        if expires <= soon:
            return "expiring"
    return "active"


class _Found:
    """The problems found so far, each headed by its rule's name."""

    def __init__(self) -> None:
        self.out: list[Problem] = []

    def add(self, rule: str, field: str, message: str, value: object = None, severity: str = "warning") -> None:
        headed = translate("rules", "{rule}: {problem}").format(rule=rule_name(rule), problem=message)
        self.out.append(Problem(field, headed, value, severity, rule))


def _licence_number(licence: Mapping[str, Any]) -> str:
    return str(licence.get("number") or "?")


def _why_invalid(licence: Mapping[str, Any], day: str) -> str:
    """Why ``licence`` did not allow work on ``day``: its status, or its dates."""
    status = licence.get("status") or "active"
    if status != "active":
        return translate("rules", "licence {number} is {status}").format(
            number=_licence_number(licence), status=vocab.label(status).lower()
        )
    if day < (licence.get("issued_on") or ""):
        return translate("rules", "licence {number} was only issued on {issued}").format(
            number=_licence_number(licence), issued=format_date(licence.get("issued_on"))
        )
    return translate("rules", "licence {number} expired on {expires}").format(
        number=_licence_number(licence), expires=format_date(licence.get("expires_on"))
    )


def _age_on(birth: str, day: str) -> int:
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(day)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# The production rules run on every production record an import brings, so they read a row of
# values in the order of the production fields (as an import holds it) by position, each value
# once; a record given by field name (a form's) is turned into that row first.
_PRODUCTION_FIELDS = entity("production").field_names
_AT = {name: i for i, name in enumerate(_PRODUCTION_FIELDS)}
_DAY, _SITE, _LICENCE, _BUYER, _BUYER_NAME, _CARATS, _USD = (
    _AT[name]
    for name in ("produced_on", "site_id", "licence_id", "buyer_licence_id", "buyer_name", "carats", "value_usd")
)


def _production(v: Sequence[Any], related: Related, found: _Found) -> None:
    day, site_id = v[_DAY], v[_SITE]
    site = related.get("site", site_id) if site_id else None
    if day:
        licence_id, field = v[_LICENCE], "licence_id"
        if not licence_id and site and site.get("licence_id"):
            licence_id, field = site["licence_id"], "site_id"  # the licence comes from the site
        licence = related.get("licence", licence_id) if licence_id else None
        if licence is not None and not licence_valid_on(licence, day):
            found.add(
                "licence_invalid_on_date",
                field,
                translate("rules", "{why}: no production may be recorded under it on {date}").format(
                    why=_why_invalid(licence, day), date=format_date(day)
                ),
                licence_id,
            )
        buyer_id = v[_BUYER]
        buyer = related.get("licence", buyer_id) if buyer_id else None
        if buyer is not None and not licence_valid_on(buyer, day):
            found.add(
                "buyer_licence_invalid",
                "buyer_licence_id",
                translate("rules", "{why}: it could not buy on {date}").format(
                    why=_why_invalid(buyer, day), date=format_date(day)
                ),
                buyer_id,
            )
        buyer_name = v[_BUYER_NAME]
        if not buyer_id and buyer_name:
            found.add(
                "buyer_unlicensed",
                "buyer_name",
                translate("rules", "{name} has no buyer's licence: stones may only be sold to licensed buyers").format(
                    name=buyer_name
                ),
                buyer_name,
            )
    _stone_weights(v, found)
    _usd_per_carat(v, related, found, site)


# Per size class: its columns, their places in the row, and the weights a stone may have in it
# (with the tolerance), worked out once
_WEIGHT_BOUNDS = tuple(
    (
        sc,
        ct_col,
        _AT[n_col],
        _AT[ct_col],
        sc.min_ct * (1 - SIZE_CLASS_TOLERANCE),
        sc.max_ct * (1 + SIZE_CLASS_TOLERANCE),
    )
    for sc in vocab.SIZE_CLASSES
    for n_col, ct_col in (vocab.size_class_columns(sc.code),)
)


def _stone_weights(v: Sequence[Any], found: _Found) -> None:
    for sc, ct_col, n_at, ct_at, low, high in _WEIGHT_BOUNDS:
        n = v[n_at]
        if not n:
            continue
        ct = v[ct_at]
        if not ct:
            continue
        each = ct / n
        if each < low or each > high:
            found.add(
                "stone_weight_size_class",
                ct_col,
                translate(
                    "rules", "{stones} stone(s) of {carats} ct weigh {each} ct each, outside the {size_class} class"
                ).format(
                    stones=format_number(n),
                    carats=format_number(ct),
                    each=format_number(round(each, 3)),
                    size_class=sc.label,
                )
                + " ("
                + (
                    translate("rules", "{low} to {high} ct").format(
                        low=format_number(sc.min_ct), high=format_number(sc.max_ct)
                    )
                    if sc.max_ct != float("inf")
                    else translate("rules", "over {low} ct").format(low=format_number(sc.min_ct))
                )
                + ")",
                ct,
            )


def _usd_per_carat(v: Sequence[Any], related: Related, found: _Found, site: Mapping[str, Any] | None) -> None:
    carats, usd = v[_CARATS], v[_USD]
    if not carats or usd is None or usd == 0:
        return
    per_carat = usd / carats
    low, high = USD_PER_CARAT_PLAUSIBLE
    usual: tuple[float, float] | None = None
    if site is not None and site.get("country"):
        usual = related.usd_per_carat_range(site["country"], site.get("district"))
    if usual is not None:
        far = per_carat < usual[0] / RANGE_FACTOR or per_carat > usual[1] * RANGE_FACTOR
        if far:
            found.add(
                "usd_per_carat",
                "value_usd",
                translate(
                    "rules",
                    "{value} USD/ct is far from this district's recent production ({low} to {high} USD/ct): "
                    "check the value and the carats",
                ).format(
                    value=format_number(round(per_carat, 2)),
                    low=format_number(round(usual[0])),
                    high=format_number(round(usual[1])),
                ),
                usd,
            )
            return
    if not low <= per_carat <= high:
        found.add(
            "usd_per_carat",
            "value_usd",
            translate(
                "rules",
                "{value} USD/ct is implausible for artisanal diamonds ({low} to {high} USD/ct): "
                "check the value and the carats",
            ).format(
                value=format_number(round(per_carat, 2)),
                low=format_number(low),
                high=format_number(high, grouping=True),
            ),
            usd,
        )


def _sale(v: dict[str, Any], related: Related, found: _Found) -> None:
    day = v.get("sold_on")
    if not day:
        return
    seller = related.get("licence", v["seller_licence_id"]) if v.get("seller_licence_id") else None
    if seller is not None and not licence_valid_on(seller, day):
        found.add(
            "licence_invalid_on_date",
            "seller_licence_id",
            translate("rules", "{why}: it could not sell on {date}").format(
                why=_why_invalid(seller, day), date=format_date(day)
            ),
            v["seller_licence_id"],
        )
    buyer = related.get("licence", v["buyer_licence_id"]) if v.get("buyer_licence_id") else None
    if buyer is not None and not licence_valid_on(buyer, day):
        found.add(
            "buyer_licence_invalid",
            "buyer_licence_id",
            translate("rules", "{why}: it could not buy on {date}").format(
                why=_why_invalid(buyer, day), date=format_date(day)
            ),
            v["buyer_licence_id"],
        )
    if v.get("kind") != "export" and v.get("buyer_name") and not v.get("buyer_licence_id"):
        found.add(
            "buyer_unlicensed",
            "buyer_name",
            translate("rules", "{name} has no buyer's licence: stones may only be sold to licensed buyers").format(
                name=v["buyer_name"]
            ),
            v["buyer_name"],
        )


def _person(v: dict[str, Any], related: Related, found: _Found, today: dt.date) -> None:
    birth = v.get("birth_date")
    roles = set((v.get("roles") or "").split(","))
    working = roles & {"digger", "licence_holder"}
    if not birth or not working or birth > today.isoformat():
        return
    age, limit = _age_on(birth, today.isoformat()), minimum_age(v.get("country"))
    if age < limit:
        found.add(
            "under_minimum_age",
            "birth_date",
            translate(
                "rules", "born on {birth}, this person is {age}: a digger or licence holder must be at least {limit}"
            ).format(birth=format_date(birth), age=age, limit=limit),
            birth,
        )


def _licence(v: dict[str, Any], related: Related, found: _Found) -> None:
    holder = related.get("person", v["holder_person_id"]) if v.get("holder_person_id") else None
    issued = v.get("issued_on")
    if holder is None or not holder.get("birth_date") or not issued or holder["birth_date"] > issued:
        return
    age, limit = _age_on(holder["birth_date"], issued), minimum_age(v.get("country"))
    if age < limit:
        # the mining codes forbid issuing a licence to a minor: the record cannot stand
        found.add(
            "under_minimum_age",
            "holder_person_id",
            translate(
                "rules", "the holder was {age} on the issue date {issued}: a licence holder must be at least {limit}"
            ).format(age=age, issued=format_date(issued), limit=limit),
            v["holder_person_id"],
            "error",
        )


def _site(v: dict[str, Any], related: Related, found: _Found, today: dt.date) -> None:
    if v.get("status") != "active" or not v.get("licence_id"):
        return
    licence = related.get("licence", v["licence_id"])
    if licence is None:
        return
    status = licence_status(licence, today)
    if status in ("expired", "not_yet_valid", "suspended", "revoked", "surrendered"):
        found.add(
            "site_under_expired_licence",
            "status",
            translate(
                "rules", "{why}: an active site needs a valid licence; mark the site idle or renew the licence"
            ).format(why=_why_invalid(licence, today.isoformat())),
            v["status"],
        )


def rule_problems(kind: str, values: dict[str, Any], related: Related, today: dt.date | None = None) -> list[Problem]:
    """The problems the rules find in a record of ``kind`` (its cleaned values), each with its
    rule's code in ``Problem.rule``."""
    found = _Found()
    if kind == "production":
        _production(tuple(map(values.get, _PRODUCTION_FIELDS)), related, found)
    elif kind == "sale":
        _sale(values, related, found)
    elif kind == "person":
        _person(values, related, found, today or dt.date.today())
    elif kind == "licence":
        _licence(values, related, found)
    elif kind == "site":
        _site(values, related, found, today or dt.date.today())
    return found.out


def row_problems(kind: str, row: Sequence[Any], related: Related, today: dt.date | None = None) -> list[Problem]:
    """:func:`rule_problems` of a record given as its cleaned values in the order of its kind's
    fields (``Entity.field_names``), as an import holds it."""
    if kind == "production":
        found = _Found()
        _production(row, related, found)
        return found.out
    return rule_problems(kind, dict(zip(entity(kind).field_names, row, strict=True)), related, today)

"""Validation shared by the forms, the command line and the importers.

:func:`clean` turns what a person typed (text, or typed cells from a workbook) into canonical
stored values and lists every problem with the field it belongs to. Errors refuse the record;
warnings are shown but do not block. Rules that need the inventory (a licence number already
used, a reference to a record that does not exist) are checked by the store with the same
:class:`Problem` shape.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kpfield.i18n import format_date, format_number, translate

from . import vocab
from .areas import AreaError, area_ha, format_corners, parse_corners
from .borders import inside_country
from .coords import CoordinateError, parse_angle
from .dates import DateError, parse_date
from .entities import (
    BOOKKEEPING,
    ENTITIES,
    INSPECTION,
    MAX_BOOKKEEPING_LENGTH,
    MAX_INSTALLATION_NAME,
    PERSON,
    PRODUCTION,
    SALE,
    Entity,
    Field,
)
from .numbers import AmbiguousNumber, NumberError, ThousandsError, read_number
from .places import COUNTRIES, country_name
from .text import describe_character, normalise_identifier, odd_script

__all__ = ["Problem", "ValidationError", "clean", "clean_identifier", "parse_number", "licence_valid_on"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record. ``field`` is the field name ('' for the whole record)."""

    field: str
    message: str
    value: Any = None
    severity: str = "error"  # "error" refuses the record, "warning" does not
    rule: str = ""  # the code of the law or plausibility rule (kpfield.domain.rules.RULES), if one found it

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{where}{self.message}"


class ValidationError(ValueError):
    """A record refused; ``problems`` lists every error (and the warnings seen with them)."""

    def __init__(self, entity: str, problems: list[Problem]):
        self.entity = entity
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        ent = ENTITIES.get(entity)
        record = ent.shown_label() if ent is not None else entity
        super().__init__(
            translate("validation", "{record} refused: {problems}").format(
                record=record, problems="; ".join(str(p) for p in errors)
            )
        )


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def _shown(value: object) -> str:
    """A value the user typed, quoted as it reads in a message: 'abc', 12.5 (cut after 60 characters)."""
    try:
        text = repr(value)
    except ValueError:  # an integer of thousands of digits, which Python will not write out
        return "..."
    return text if len(text) <= 60 else text[:57] + "..."


def _number(value: float | int | None) -> str:
    """A number in a message, as the officer writes it (decimal comma in French); an absurdly
    large one in scientific notation rather than three hundred digits."""
    if value is not None and abs(value) >= 1e15:
        return f"{float(value):.6g}"
    return format_number(value)


def too_long(length: int, limit: int) -> ValueError:
    return ValueError(
        translate("validation", "too long ({length} characters; at most {limit})").format(
            length=_number(length), limit=_number(limit)
        )
    )


def _control(c: str) -> ValueError:
    return ValueError(
        translate("validation", "contains the control character {character}, which no text may hold: retype it").format(
            character=describe_character(c)
        )
    )


def _first_control(text: str) -> str | None:
    """The first control character of ``text`` (NUL, escape...), None when it has none."""
    if text.isprintable():
        return None
    return next((c for c in text if unicodedata.category(c) == "Cc"), None)


def clean_identifier(text: str, limit: int) -> str:
    """The stored form of an identifier (licence number, site code, national ID...): see
    :func:`kpfield.domain.text.normalise_identifier`. Raises ValueError, with a message for the
    user, for a NUL character, a text with nothing visible, one longer than ``limit``, or one
    that mixes scripts (naming the odd character)."""
    if "\x00" in text:
        raise _control("\x00")  # a sign of a damaged or forged file, not of typing: refused, not dropped
    t = normalise_identifier(text)
    if not t:
        raise ValueError(translate("validation", "holds only invisible characters"))
    if len(t) > limit:
        raise too_long(len(t), limit)
    odd = odd_script(t)
    if odd is not None:
        raise ValueError(
            translate(
                "validation",
                "mixes writing systems: {character} looks like a letter of the others but is not one; retype it",
            ).format(character=describe_character(odd))
        )
    return t


def parse_number(value: object) -> float:
    """The number a value means, by the one reading rule of :mod:`kpfield.domain.numbers`:
    raises :class:`~kpfield.domain.numbers.AmbiguousNumber` for text with two readings
    (``1,250``), and ValueError for anything else that is no finite number."""
    f = read_number(value)
    if not math.isfinite(f):
        raise NumberError(translate("validation", "{value} is not a finite number").format(value=_shown(value)))
    return f


def _non_finite(value: object) -> bool:
    """Whether ``value``, which :func:`parse_number` refused, reads as an infinite number or NaN
    (a number beyond any limit) rather than as no number at all."""
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, int):
        return True  # parse_number refuses an int only when it is beyond any float
    try:
        return not math.isfinite(float(_SPACES.sub("", str(value)).replace(",", ".")))
    except ValueError:
        return False


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _match_choice(f: Field, text: str) -> str | None:
    """The code of ``f`` that ``text`` names: the code, or its label in any of kpfield's languages."""
    return vocab.match_choice(f.choices, text)


def _not_one_of(f: Field, value: object) -> ValueError:
    return ValueError(
        translate("validation", "{value} is not one of: {choices}").format(
            value=_shown(value), choices=", ".join(vocab.label(c) for c in f.choices)
        )
    )


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _clean_value(f: Field, value: object) -> Any:
    """The stored form of one value; raises ValueError with a message for the user."""
    k = f.kind
    if k in ("text", "identifier"):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if k == "identifier":
            return clean_identifier(str(value), f.max_length)
        text = " ".join(str(value).split())
        bad = _first_control(text)
        if bad is not None:
            raise _control(bad)
        if len(text) > f.max_length:
            raise too_long(len(text), f.max_length)
        return text
    if k in ("int", "number"):
        try:
            n = parse_number(value)
        except (AmbiguousNumber, ThousandsError) as e:
            raise ValueError(str(e)) from None
        except ValueError:
            if f.maximum is not None and _non_finite(value):
                raise ValueError(
                    translate("validation", "must be a number from {minimum} to {maximum} (got {value})").format(
                        minimum=_number(f.minimum or 0), maximum=_number(f.maximum), value=_shown(value)
                    )
                ) from None
            raise ValueError(translate("validation", "{value} is not a number").format(value=_shown(value))) from None
        if k == "int":
            if not n.is_integer():
                raise ValueError(translate("validation", "{value} must be a whole number").format(value=_shown(value)))
            if f.maximum is None or n <= f.maximum:
                n = int(n)
        if f.minimum is not None:
            if f.exclusive_minimum and n <= f.minimum:
                raise ValueError(
                    translate("validation", "must be greater than {minimum} (got {value})").format(
                        minimum=_number(f.minimum), value=_number(n)
                    )
                )
            if not f.exclusive_minimum and n < f.minimum:
                raise ValueError(
                    translate("validation", "must be at least {minimum} (got {value})").format(
                        minimum=_number(f.minimum), value=_number(n)
                    )
                )
        if f.maximum is not None and n > f.maximum:
            raise ValueError(
                translate("validation", "must be at most {maximum} (got {value})").format(
                    maximum=_number(f.maximum), value=_number(n)
                )
            )
        return n
    if k == "date":
        try:
            return parse_date(value).isoformat()
        except DateError as e:
            raise ValueError(str(e)) from None
    if k == "choice":
        code = _match_choice(f, str(value))
        if code is None:
            raise _not_one_of(f, value)
        return code
    if k == "choices":
        items = value if isinstance(value, (list, tuple, set)) else re.split(r"[,;]", str(value))
        codes = []
        for item in items:
            if _is_blank(item):
                continue
            code = _match_choice(f, str(item))
            if code is None:
                raise _not_one_of(f, item)
            codes.append(code)
        return ",".join(c for c in f.choices if c in codes)
    if k == "country":
        code = str(value).strip().upper()
        if code not in COUNTRIES:
            raise ValueError(
                translate(
                    "validation", "{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)"
                ).format(value=_shown(value))
            )
        return code
    if k == "ref":
        text = str(value).strip().lower()
        if not _UUID.match(text):
            raise ValueError(
                translate("validation", "{value} is not a record identifier (UUID)").format(value=_shown(value))
            )
        return text
    if k in ("latitude", "longitude"):
        axis = "lat" if k == "latitude" else "lon"
        try:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                try:
                    text = repr(float(value))
                except OverflowError:  # an integer beyond any float: no coordinate either
                    text = _shown(value)
                return parse_angle(text, axis)
            return parse_angle(str(value), axis)
        except CoordinateError as e:
            raise ValueError(str(e)) from None
    raise AssertionError(f"unhandled field kind {k}")


def clean(
    entity: Entity,
    values: Mapping[str, object],
    *,
    today: dt.date | None = None,
) -> tuple[dict[str, Any], list[Problem]]:
    """Check a whole record and return (stored values, problems).

    ``values`` holds every user field of the record (absent or blank means empty). Bookkeeping
    fields are ignored; unknown fields are errors. The returned dict has every user field of the
    entity, None for empty ones.
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    known = set(entity.field_names)
    for name in values:
        if name not in known and name not in BOOKKEEPING:
            problems.append(_unknown(entity, name, values[name]))
    _bookkeeping(values, problems)
    out: dict[str, Any] = {}
    for f in entity.fields:
        raw = values.get(f.name)
        if _is_blank(raw):
            out[f.name] = None
            if f.required:
                problems.append(_required(entity, f, raw))
            continue
        try:
            out[f.name] = _clean_value(f, raw)
        except ValueError as e:
            out[f.name] = None
            problems.append(_refused(entity, f, raw, e))
    rule = _RULES.get(entity.key)
    if rule:
        rule(out, problems, today)
    return out, problems


# The bookkeeping texts a workbook carries with each record and the store keeps as they are,
# with the length each may have.
_BOOKKEEPING_TEXTS = (
    ("origin", MAX_INSTALLATION_NAME),
    ("created_at", MAX_BOOKKEEPING_LENGTH),
    ("modified_at", MAX_BOOKKEEPING_LENGTH),
    ("modified_by", MAX_INSTALLATION_NAME),
)


def _bookkeeping(values: Mapping[str, object], problems: list[Problem]) -> None:
    """Refuse bookkeeping texts (from a workbook) that are too long or hold control characters."""
    get = values.get
    for name, limit in _BOOKKEEPING_TEXTS:
        v = get(name)
        if v is None or (type(v) is str and len(v) <= limit and v.isprintable()):
            continue
        text = str(v)
        if len(text) > limit:
            problems.append(
                Problem(
                    name,
                    translate("validation", "{label}: {problem}").format(
                        label=name, problem=too_long(len(text), limit)
                    ),
                    v,
                )
            )
        elif not text.isprintable():
            problems.append(
                Problem(
                    name,
                    translate("validation", "{label}: contains the invisible character {character}").format(
                        label=name, character=describe_character(next(c for c in text if not c.isprintable()))
                    ),
                    v,
                )
            )


def _unknown(entity: Entity, name: str, value: object) -> Problem:
    return Problem(
        name,
        translate("validation", "{record} has no field {name}").format(record=entity.shown_label(), name=repr(name)),
        value,
    )


def _required(entity: Entity, f: Field, value: object) -> Problem:
    return Problem(f.name, translate("validation", "{label} is required").format(label=entity.label_of(f.name)), value)


def _refused(entity: Entity, f: Field, value: object, error: ValueError) -> Problem:
    return Problem(
        f.name,
        translate("validation", "{label}: {problem}").format(label=entity.label_of(f.name), problem=error),
        value,
    )


# ---- cross-field rules -------------------------------------------------------------------

Rule = Callable[[dict[str, Any], list[Problem], dt.date], None]


def _not_future(values: dict[str, Any], ent: Entity, name: str, problems: list[Problem], today: dt.date) -> None:
    v = values.get(name)
    if v and v > today.isoformat():
        problems.append(
            Problem(
                name,
                translate("validation", "{label} {date} is in the future").format(
                    label=ent.label_of(name), date=format_date(v)
                ),
                v,
            )
        )


def _person(v: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
    _not_future(v, PERSON, "birth_date", problems, today)
    bd = v.get("birth_date")
    if bd and bd < "1900-01-01":
        problems.append(
            Problem(
                "birth_date",
                translate("validation", "{label} {date} is not plausible").format(
                    label=PERSON.label_of("birth_date"), date=format_date(bd)
                ),
                bd,
            )
        )


# Sierra Leone's Mines and Minerals Development Act 2022: an artisanal licence covers at most 1 ha.
MAX_AREA_HA = {("SL", "artisanal_mining"): 1.0}


def _licence(v: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
    issued, expires = v.get("issued_on"), v.get("expires_on")
    if issued and expires and expires <= issued:
        problems.append(
            Problem(
                "expires_on",
                translate("validation", "Expiry date {expires} must be after the issue date {issued}").format(
                    expires=format_date(expires), issued=format_date(issued)
                ),
                expires,
            )
        )
    limit = MAX_AREA_HA.get((v.get("country") or "", v.get("kind") or ""))
    area = v.get("area_ha")
    if limit is not None and area is not None and area > limit:
        problems.append(
            Problem(
                "area_ha",
                translate(
                    "validation", "An artisanal licence in {country} covers at most {limit} ha (got {area} ha)"
                ).format(country=country_name(v["country"]), limit=_number(limit), area=_number(area)),
                area,
            )
        )
    if not v.get("holder_person_id") and not v.get("holder_organisation_id"):
        problems.append(
            Problem(
                "holder_person_id", translate("validation", "A licence needs a holder: a person or an organisation")
            )
        )
    if v.get("area_corners"):
        _licence_area(v, problems)


def _licence_area(v: dict[str, Any], problems: list[Problem]) -> None:
    typed = v["area_corners"]
    try:
        corners = parse_corners(typed)
    except (AreaError, CoordinateError) as e:
        problems.append(
            Problem("area_corners", translate("validation", "Area corners: {problem}").format(problem=e), typed)
        )
        return
    v["area_corners"] = format_corners(corners)
    drawn, stated = area_ha(corners), v.get("area_ha")
    if stated and not 0.5 <= drawn / stated <= 2:
        problems.append(
            Problem(
                "area_corners",
                translate(
                    "validation", "The corners enclose {drawn} ha but the licence states {stated} ha: check both"
                ).format(drawn=_number(round(drawn, 2)), stated=_number(stated)),
                typed,
                "warning",
            )
        )
    country = v.get("country") or ""
    if any(inside_country(country, lat, lon) is False for lat, lon in corners):
        problems.append(
            Problem(
                "area_corners",
                translate("validation", "Part of the area lies outside {country}: check the corners").format(
                    country=country_name(country)
                ),
                typed,
                "warning",
            )
        )


def _site(v: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
    lat, lon = v.get("latitude"), v.get("longitude")
    if (lat is None) != (lon is None):
        missing = "longitude" if lon is None else "latitude"
        if any(p.field == missing for p in problems):
            return  # already told why that one is unusable
        if missing == "longitude":
            message = translate("validation", "Give both latitude and longitude, or neither (the longitude is missing)")
        else:
            message = translate("validation", "Give both latitude and longitude, or neither (the latitude is missing)")
        problems.append(Problem(missing, message))
    elif lat is not None and lon is not None and v.get("country"):
        if inside_country(v["country"], lat, lon) is False:
            problems.append(
                Problem(
                    "latitude",
                    translate(
                        "validation",
                        "The point {latitude}, {longitude} lies outside {country}: check the coordinates and their "
                        "hemisphere",
                    ).format(
                        latitude=format_number(lat, 5),
                        longitude=format_number(lon, 5),
                        country=country_name(v["country"]),
                    ),
                    lat,
                    "warning",
                )
            )


_SIZE_CLASS_COLUMNS = tuple((sc, *vocab.size_class_columns(sc.code)) for sc in vocab.SIZE_CLASSES)


def _production(v: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
    _not_future(v, PRODUCTION, "produced_on", problems, today)
    stones, carats = v.get("stones"), v.get("carats")
    lines = 0
    sum_n, sum_ct = 0, 0.0
    get = v.get
    for sc, n_col, ct_col in _SIZE_CLASS_COLUMNS:
        n, ct = get(n_col), get(ct_col)
        if n is None and ct is None:
            continue
        lines += 1
        if (n or 0) == 0 and (ct or 0) > 0:
            problems.append(
                Problem(
                    n_col,
                    translate("validation", "Size class {size_class} has {carats} ct but no stones").format(
                        size_class=sc.label, carats=_number(ct)
                    ),
                    n,
                )
            )
        if (n or 0) > 0 and not ct:
            problems.append(
                Problem(
                    ct_col,
                    translate("validation", "Size class {size_class} has {stones} stone(s) but no carats").format(
                        size_class=sc.label, stones=_number(n)
                    ),
                    ct,
                )
            )
        sum_n += n or 0
        sum_ct += ct or 0.0
    if lines and stones is not None and sum_n != stones:
        # what sums to what: "-7: 2 + +11: 2"
        terms = " + ".join(
            f"{sc.label}: {_number(get(n_col) or 0)}"
            for sc, n_col, ct_col in _SIZE_CLASS_COLUMNS
            if get(n_col) is not None
        )
        problems.append(
            Problem(
                "stones",
                translate(
                    "validation",
                    "The size classes' stones ({terms}) add up to {total} stone(s), the record says {stones}",
                ).format(terms=terms or "0", total=_number(sum_n), stones=_number(stones)),
                stones,
            )
        )
    # each class line is typed to 2 decimals, so allow half a hundredth per line
    if lines and carats is not None and abs(sum_ct - carats) > 0.005 * lines + 1e-9:
        terms = " + ".join(
            f"{sc.label}: {format_number(get(ct_col) or 0.0, 2)}"
            for sc, n_col, ct_col in _SIZE_CLASS_COLUMNS
            if get(ct_col) is not None
        )
        problems.append(
            Problem(
                "carats",
                translate(
                    "validation", "The size classes' carats ({terms}) add up to {total} ct, the record says {carats}"
                ).format(terms=terms or "0", total=format_number(sum_ct, 2), carats=_number(carats)),
                carats,
            )
        )
    if v.get("buyer_licence_id") and v.get("buyer_name"):
        problems.append(
            Problem(
                "buyer_name",
                translate("validation", "Give the buyer's licence or, for an unlicensed buyer, a name; not both"),
            )
        )


def _sale(v: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
    _not_future(v, SALE, "sold_on", problems, today)
    if v.get("kind") == "export":
        if not v.get("destination_country"):
            problems.append(
                Problem("destination_country", translate("validation", "An export needs its destination country"))
            )
        if not v.get("kp_certificate"):
            problems.append(
                Problem(
                    "kp_certificate",
                    translate("validation", "An export should carry its KP certificate number"),
                    severity="warning",
                )
            )
    elif not v.get("buyer_licence_id") and not v.get("buyer_name"):
        problems.append(
            Problem(
                "buyer_licence_id",
                translate("validation", "A sale needs the buyer's licence or, if unlicensed, a name"),
            )
        )
    if v.get("seller_licence_id") and v.get("seller_licence_id") == v.get("buyer_licence_id"):
        problems.append(Problem("buyer_licence_id", translate("validation", "Seller and buyer are the same licence")))


def _inspection(v: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
    _not_future(v, INSPECTION, "inspected_on", problems, today)
    target = v.get("target_kind")
    column = {"site": "site_id", "licence": "licence_id", "organisation": "organisation_id"}.get(target or "")
    if column and not v.get(column):
        problems.append(Problem(column, _which_inspected(target or "")))


def _which_inspected(target: str) -> str:
    if target == "site":
        return translate("validation", "Say which site was inspected")
    if target == "licence":
        return translate("validation", "Say which licence was inspected")
    return translate("validation", "Say which organisation was inspected")


_PERIOD = re.compile(r"^\d{4}H[12]$")


def _self_assessment(v: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
    period = v.get("period")
    if period is not None:
        # stored upper-case so 2026h1 and 2026H1 are the same period
        v["period"] = period = period.upper()
        if not _PERIOD.match(period):
            problems.append(
                Problem(
                    "period",
                    translate("validation", "{value} is not a half-year: write it as 2026H1 or 2026H2").format(
                        value=_shown(period)
                    ),
                    period,
                )
            )


_RULES: dict[str, Rule] = {
    "person": _person,
    "licence": _licence,
    "site": _site,
    "production": _production,
    "sale": _sale,
    "inspection": _inspection,
    "self_assessment": _self_assessment,
}


def licence_valid_on(licence: Mapping[str, Any], day: str) -> bool:
    """Whether a licence (stored values) allowed its holder to work on ``day`` (ISO date)."""
    return licence.get("status") == "active" and (licence.get("issued_on") or "") <= day <= (
        licence.get("expires_on") or ""
    )


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


# ---- a specialised cleaner for bulk imports -----------------------------------------------

_MEMO_KINDS = ("date", "choice", "choices", "country", "ref")
_MEMO_LIMIT = 200_000  # distinct values remembered per field; beyond that the general path runs


class Cleaner:
    """:func:`clean` specialised for one entity, for importing many rows of it.

    It returns exactly what ``clean(entity, values)`` returns (the same stored values and the same
    problems, in the same order): each field first tries a shortcut for the cell types a workbook
    gives (numbers as float or int, text already stripped, a date or code seen on an earlier
    row), and any value the shortcut does not fully accept goes through the very code ``clean``
    runs, so every refusal keeps its message. Codes, dates and UUIDs are pure functions of the
    text, so their stored form is remembered per field for the lifetime of the Cleaner (one
    import): a million production records name a few thousand dates and sites.
    """

    def __init__(self, entity: Entity, ignored: Iterable[str] = ()):
        """``ignored``: names besides the bookkeeping fields that ``values`` may hold and that are
        not the record's (an importer's own columns), left alone instead of refused as unknown."""
        self.entity = entity
        self.known = frozenset(entity.field_names)
        self.ignored = frozenset(ignored)
        self.accepted = self.known | frozenset(BOOKKEEPING) | self.ignored
        self.rule = _RULES.get(entity.key)
        # per field: the field, its name, whether it is required, its fast path, and its memo (text
        # as typed -> stored form; None for kinds whose values are not worth remembering)
        self.fields: tuple[tuple[Field, str, bool, Callable[[object], Any] | None, dict[str, Any] | None], ...] = tuple(
            (f, f.name, f.required, _fast_path(f), {} if f.kind in _MEMO_KINDS else None) for f in entity.fields
        )

    def __call__(
        self, values: Mapping[str, object], *, today: dt.date | None = None
    ) -> tuple[dict[str, Any], list[Problem]]:
        today = today or dt.date.today()
        problems: list[Problem] = []
        if not self.accepted.issuperset(values):
            for name in values:
                if name not in self.known and name not in BOOKKEEPING and name not in self.ignored:
                    problems.append(_unknown(self.entity, name, values[name]))
        _bookkeeping(values, problems)
        out: dict[str, Any] = {}
        get = values.get
        for f, name, required, fast, memo in self.fields:
            raw = get(name)
            if raw is None:
                out[name] = None
                if required:
                    problems.append(_required(self.entity, f, raw))
                continue
            if memo is not None and type(raw) is str:
                hit = memo.get(raw)
                if hit is not None:
                    out[name] = hit
                    continue
            v = fast(raw) if fast is not None else None
            if v is None:
                if _is_blank(raw):
                    out[name] = None
                    if required:
                        problems.append(_required(self.entity, f, raw))
                    continue
                try:
                    v = _clean_value(f, raw)
                except ValueError as e:
                    out[name] = None
                    problems.append(_refused(self.entity, f, raw, e))
                    continue
            out[name] = v
            if memo is not None and type(raw) is str and len(memo) < _MEMO_LIMIT:
                memo[raw] = v
        if self.rule:
            self.rule(out, problems, today)
        return out, problems


def _fast_path(f: Field) -> Callable[[object], Any] | None:
    """A function giving the stored form of the common, valid cells of ``f``, or None to say
    "not sure: take the general path". It never refuses a value itself."""
    k, limit = f.kind, f.max_length
    if k == "text":

        def text(v: object) -> Any:
            if type(v) is str:
                t = " ".join(v.split())
                return t if t and len(t) <= limit and t.isprintable() else None
            return None

        return text
    if k == "identifier":

        def identifier(v: object) -> Any:
            # only plain ASCII is sure: anything else may hide invisible or look-alike characters
            if type(v) is str and v.isascii() and v.isprintable():
                t = v.strip()
                return t if t and len(t) <= limit else None
            return None

        return identifier
    if k in ("int", "number"):
        lo, exclusive, whole = f.minimum, f.exclusive_minimum, k == "int"
        hi = f.maximum if f.maximum is not None else math.inf

        def number(v: object) -> Any:
            t = type(v)
            if t is not float and t is not int:
                return None
            if t is int and not -hi <= v <= hi:  # type: ignore[operator]
                return None  # an integer too large for a float, too
            n = float(v)  # type: ignore[arg-type]
            if not (n <= hi and math.isfinite(n)):
                return None
            if whole:
                if not n.is_integer():
                    return None
                n = int(n)
            if lo is not None and (n <= lo if exclusive else n < lo):
                return None
            return n

        return number
    if k == "date":

        def date(v: object) -> Any:
            # a date cell (the importer turns serial numbers into dates)
            return v.isoformat() if type(v) is dt.date else None

        return date
    return None

"""Dates as officers and spreadsheets write them.

Accepted: ISO (``2026-04-03``, also with a time part, which is dropped); day first with
figures (``03/04/2026``, ``3/4/2026``, ``03.04.2026``, ``03-04-2026``, ``03/04/26``); and with the
month's name in English, French, Portuguese or Spanish, whatever the officer's language
(``12 July 1996``, ``July 12, 1996``, ``12 juillet 1996``, ``1er mai 2026``, ``12 de julho de 1996``,
``12 de julio de 1996``, ``12-Jul-96``, ``12 févr. 2026``). Stored as ISO ``YYYY-MM-DD`` text.

A two-digit year is read in the hundred years that end ten years after today: in 2026, ``00`` to
``36`` are 2000 to 2036 (a licence may expire up to ten years ahead) and ``37`` to ``99`` are 1937
to 1999 (a birth date). :func:`two_digit_year` is that rule.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from kpfield.i18n import translate

__all__ = ["DateError", "parse_date", "parse_since", "two_digit_year", "half_year", "utc_now", "MONTHS"]

# years ahead of today a two-digit year may still mean
YEARS_AHEAD = 10


class DateError(ValueError):
    """A date that cannot be read; the message says why and what to type instead."""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")

# the months' names and usual abbreviations in kpfield's four languages, without accents; no
# name means one month in one language and another in a second (tests/domain/test_dates.py)
_MONTH_NAMES = {
    1: "january jan janvier janv janeiro enero ene",
    2: "february feb fevrier fevr fev fevereiro febrero",
    3: "march mar mars marco marzo",
    4: "april apr avril avr abril abr",
    5: "may mai maio mayo",
    6: "june jun juin junho junio",
    7: "july jul juillet juil julho julio",
    8: "august aug aout agosto ago",
    9: "september sep sept septembre setembro set septiembre setiembre",
    10: "october oct octobre outubro out octubre",
    11: "november nov novembre novembro noviembre",
    12: "december dec decembre dezembro dez diciembre dic",
}
MONTHS: dict[str, int] = {name: month for month, names in _MONTH_NAMES.items() for name in names.split()}

_DAY = r"(\d{1,2})(?:er|st|nd|rd|th|o|º|ª)?"
_YEAR = r"(\d{4}|\d{2})"
_NAMED_DAY_FIRST = re.compile(rf"^{_DAY}\s*(?:de\s+|[-/\s])?\s*([a-z]+)\.?\s*(?:de\s+|del\s+|[-/,\s])\s*{_YEAR}$")
_NAMED_MONTH_FIRST = re.compile(rf"^([a-z]+)\.?\s*[-\s]\s*{_DAY}\s*,?\s+{_YEAR}$")


def _help() -> str:
    return translate(
        "dates", "type it as 2026-04-03, 03/04/2026 or 03/04/26 (day first), or 3 April 2026 (3 avril 2026)"
    )


def _plain(text: str) -> str:
    """Lower case, without accents or doubled spaces: ``12 Févr. 2026`` -> ``12 fevr. 2026``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def two_digit_year(yy: int, today: dt.date | None = None) -> int:
    """The year a two-digit year means: the one in the hundred years that end
    :data:`YEARS_AHEAD` years after ``today`` (``96`` -> 1996, ``27`` -> 2027 in 2026)."""
    last = (today or dt.date.today()).year + YEARS_AHEAD
    year = last - (last - yy) % 100
    return year


def parse_date(value: object, today: dt.date | None = None) -> dt.date:
    """Parse a date from text, a ``date`` or a ``datetime``; raises DateError when it is not one.
    ``today`` places a two-digit year (see :func:`two_digit_year`)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise DateError(translate("dates", "{value} is not a date: {help}").format(value=repr(value), help=_help()))
    text = value.strip()
    y_text = ""
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    elif m := _DAY_FIRST.match(text):
        d, mo = int(m.group(1)), int(m.group(2))
        y_text = m.group(3)
    else:
        plain = _plain(text)
        if m := _NAMED_DAY_FIRST.match(plain):
            d_text, name, y_text = m.groups()
        elif m := _NAMED_MONTH_FIRST.match(plain):
            name, d_text, y_text = m.groups()
        else:
            raise DateError(
                translate("dates", "cannot read {value} as a date: {help}").format(value=repr(value), help=_help())
            )
        month = MONTHS.get(name)
        if month is None:
            raise DateError(
                translate("dates", "{value}: {name} is not the name of a month: {help}").format(
                    value=repr(value), name=repr(name), help=_help()
                )
            )
        d, mo = int(d_text), month
    if y_text:
        y = int(y_text) if len(y_text) == 4 else two_digit_year(int(y_text), today)
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise DateError(
            translate("dates", "{value} is not a real date (day {day}, month {month}, year {year}): {help}").format(
                value=repr(value), day=d, month=mo, year=y, help=_help()
            )
        ) from None


_TIME = re.compile(r"^(?P<day>\S+?)(?:[T ](?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?(?:Z|\+00:?00)?)?$")


def parse_since(value: object) -> str:
    """The start of a "changed since" filter as stored times compare with it: a day
    (``2026-11-01``, ``01/11/2026``) or a day and a UTC time (``2026-11-01 14:30``,
    ``2026-11-01T14:30:05Z``). A day alone keeps the whole day; a time keeps changes from that
    minute (or second) on. Raises DateError when it is neither."""
    if isinstance(value, dt.datetime):
        moment = value.astimezone(dt.UTC) if value.tzinfo else value
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if not isinstance(value, str):
        return parse_date(value).isoformat()
    m = _TIME.match(value.strip())
    if m is None or m.group("h") is None:
        return parse_date(value).isoformat()
    day = parse_date(m.group("day"))
    h, mi, sec = int(m.group("h")), int(m.group("m")), int(m.group("s") or 0)
    if h > 23 or mi > 59 or sec > 59:
        raise DateError(
            translate("dates", "{value} is not a real time of day: write it as 14:30 (UTC)").format(value=repr(value))
        )
    return dt.datetime.combine(day, dt.time(h, mi, sec)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def half_year(day: dt.date | str) -> str:
    """The KP statistics half-year of a date: ``2026H1`` (January-June) or ``2026H2``."""
    if isinstance(day, str):
        y, m = int(day[:4]), int(day[5:7])
    else:
        y, m = day.year, day.month
    return f"{y}H{1 if m <= 6 else 2}"


def utc_now() -> str:
    """The current UTC time as stored on every record: ``2026-11-29T03:35:21.123456Z``."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

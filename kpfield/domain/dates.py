"""Dates as officers and spreadsheets write them.

Accepted: ISO (``2026-04-03``, also with a time part, which is dropped), and day-first
(``03/04/2026``, ``3/4/2026``, ``03.04.2026``, ``03-04-2026``; two-digit years are refused
because a register spans decades). Stored as ISO ``YYYY-MM-DD`` text.
"""

from __future__ import annotations

import datetime as dt
import re

from kpfield.i18n import translate

__all__ = ["DateError", "parse_date", "parse_since", "half_year", "utc_now"]


class DateError(ValueError):
    """A date that cannot be read; the message says why and what to type instead."""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def _help() -> str:
    return translate("dates", "type it as 2026-04-03 or 03/04/2026 (day first)")


def parse_date(value: object) -> dt.date:
    """Parse a date from text, a ``date`` or a ``datetime``; raises DateError when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise DateError(translate("dates", "{value} is not a date: {help}").format(value=repr(value), help=_help()))
    text = value.strip()
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DAY_FIRST.match(text)
        if not m:
            raise DateError(
                translate("dates", "cannot read {value} as a date: {help}").format(value=repr(value), help=_help())
            )
        d, mo, y = (int(g) for g in m.groups())
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

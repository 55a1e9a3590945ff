"""Periods of KP statistics: half-years (``2026H1``), years, and any run of days cut into half-years.

The Kimberley Process reports production per half-year; a period is one half-year, one year, or
(for a report) any span of days, which :meth:`Period.half_years` cuts into the half-years it
touches. Dates are inclusive and kept as ISO text (``2026-01-01``), as the inventory stores them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kpfield.i18n import translate

__all__ = ["Period", "half_year_of"]


def half_year_of(day: str | dt.date) -> str:
    """The KP half-year a day falls in (``2026H1``)."""
    text = day.isoformat() if isinstance(day, dt.date) else day
    return f"{text[:4]}H{1 if text[5:7] <= '06' else 2}"


@dataclass(frozen=True)
class Period:
    """A KP half-year (``2026H1``), a year (``2026``), or a span of days (``2026-01-01..2026-05-15``).

    ``start`` and ``end`` are inclusive ISO dates."""

    label: str
    start: str
    end: str

    @classmethod
    def parse(cls, text: str) -> Period:
        """A half-year written ``2026H1`` or ``2026H2``, or a year ``2026``; ValueError otherwise."""
        t = text.strip().upper()
        m = re.fullmatch(r"(\d{4})(?:H([12]))?", t)
        if not m:
            raise ValueError(
                translate(
                    "matrix", "{value} is not a period: write a half-year as 2026H1 or 2026H2, or a year as 2026"
                ).format(value=repr(text))
            )
        year = int(m.group(1))
        if m.group(2) is None:
            return cls(str(year), f"{year}-01-01", f"{year}-12-31")
        if m.group(2) == "1":
            return cls(t, f"{year}-01-01", f"{year}-06-30")
        return cls(t, f"{year}-07-01", f"{year}-12-31")

    @classmethod
    def of_day(cls, day: str) -> Period:
        """The half-year ``day`` (ISO) falls in."""
        return cls.parse(half_year_of(day))

    @classmethod
    def between(cls, start: str | dt.date, end: str | dt.date) -> Period:
        """The days from ``start`` to ``end``, inclusive (a half-year or a year when it is exactly one)."""
        first = start.isoformat() if isinstance(start, dt.date) else start
        last = end.isoformat() if isinstance(end, dt.date) else end
        for label in (half_year_of(first), first[:4]):
            whole = cls.parse(label)
            if (whole.start, whole.end) == (first, last):
                return whole
        return cls(f"{first}..{last}", first, last)

    @classmethod
    def covering(cls, first: str | dt.date, last: str | dt.date) -> Period:
        """From the start of the half-year of ``first`` to the end of the half-year of ``last``."""
        return cls.between(cls.of_day(str(first)).start, cls.of_day(str(last)).end)

    @property
    def is_half_year(self) -> bool:
        return "H" in self.label

    @property
    def start_date(self) -> dt.date:
        return dt.date.fromisoformat(self.start)

    @property
    def end_date(self) -> dt.date:
        return dt.date.fromisoformat(self.end)

    def previous(self, n: int = 1) -> Period:
        """The half-year ``n`` half-years before (a year's previous is the year before)."""
        if not self.is_half_year:
            return Period.parse(str(int(self.label) - n))
        index = int(self.label[:4]) * 2 + int(self.label[5]) - 1 - n
        return Period.parse(f"{index // 2}H{index % 2 + 1}")

    def half_years(self) -> list[Period]:
        """Each KP half-year the period touches, clipped to the period (labelled by its half-year)."""
        out = []
        current = Period.of_day(self.start)
        while current.start <= self.end:
            out.append(Period(current.label, max(current.start, self.start), min(current.end, self.end)))
            current = current.previous(-1)
        return out

    def months(self, today: dt.date | None = None) -> list[str]:
        """The months (``2026-01``) of the period that have begun by ``today``."""
        year, first = int(self.start[:4]), int(self.start[5:7])
        last = int(self.end[5:7])
        out = [f"{year}-{m:02d}" for m in range(first, last + 1)]
        if today is not None:
            out = [m for m in out if m <= today.isoformat()[:7]]
        return out

    def plus_days(self, days: int) -> str:
        return (dt.date.fromisoformat(self.end) + dt.timedelta(days=days)).isoformat()

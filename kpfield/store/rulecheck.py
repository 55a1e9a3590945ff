"""What the domain's rules (:mod:`kpfield.domain.rules`) need from an inventory: related records
and a district's usual USD per carat."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from kpfield.domain.entities import entity

# a district's "recent" production: the year before the day checked
RECENT_DAYS = 365
# fewer priced records than this in a district's recent year say nothing about its usual price
MIN_RECORDS = 20
# the usual range: from the 10th to the 90th percentile of USD per carat
LOW_SHARE, HIGH_SHARE = 0.10, 0.90
# a record not looked up yet (None is a record looked up and not found)
_UNSEEN: Any = object()


class RelatedRecords:
    """:class:`kpfield.domain.rules.Related` over one connection.

    ``cached=True`` (an import) remembers each record looked up and each district's range for the
    life of the object; otherwise records are read afresh and only the ranges are remembered (for
    the day), since a form checks as the officer types.
    """

    def __init__(self, conn: sqlite3.Connection, *, cached: bool = False, today: dt.date | None = None):
        self.conn = conn
        self.cached = cached
        self.today = today or dt.date.today()
        self._records: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._ranges: dict[tuple[str, str | None], tuple[float, float] | None] = {}

    def forget(self) -> None:
        """Production was written: drop the records remembered, and the districts that had too
        little production to give a range (one more record may be enough). A district's range,
        from a year of its production, is kept for the day: one record hardly moves it, and
        reading it again takes a moment in a large inventory."""
        self._records.clear()
        for key in [k for k, v in self._ranges.items() if v is None]:
            del self._ranges[key]

    def get(self, kind: str, record_id: str) -> dict[str, Any] | None:
        key = (kind, record_id)
        if self.cached:
            seen: dict[str, Any] | None = self._records.get(key, _UNSEEN)
            if seen is not _UNSEEN:
                return seen
        row = self.conn.execute(f"SELECT * FROM {entity(kind).table} WHERE id = ?", (record_id,)).fetchone()
        found = None if row is None or row["deleted"] else dict(row)
        if self.cached:
            self._records[key] = found
        return found

    def usd_per_carat_range(self, country: str, district: str | None) -> tuple[float, float] | None:
        key = (country, district)
        if key not in self._ranges:
            self._ranges[key] = self._range(country, district)
        return self._ranges[key]

    def _range(self, country: str, district: str | None) -> tuple[float, float] | None:
        since = (self.today - dt.timedelta(days=RECENT_DAYS)).isoformat()
        ratios = sorted(
            r[0]
            for r in self.conn.execute(
                "SELECT p.value_usd / p.carats FROM site s JOIN production p ON p.site_id = s.id "
                "WHERE s.country = ? AND s.district IS ? AND p.deleted = 0 AND p.carats > 0 AND p.value_usd > 0 "
                "AND p.produced_on >= ? AND p.produced_on <= ?",
                (country, district, since, self.today.isoformat()),
            )
        )
        n = len(ratios)
        if n < MIN_RECORDS:
            return None
        return ratios[int(LOW_SHARE * (n - 1))], ratios[int(HIGH_SHARE * (n - 1))]

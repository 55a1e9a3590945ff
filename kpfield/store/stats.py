"""Inventory summary: records per kind, and production in KP statistics form (per country and
half-year: stones, carats, USD, USD per carat)."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from kpfield.domain.entities import ENTITIES


@dataclass(frozen=True)
class ProductionTotal:
    country: str
    period: str
    records: int
    stones: int | float  # a float only for an inventory holding stones beyond any limit (infinite sum)
    carats: float
    value_usd: float

    @property
    def usd_per_carat(self) -> float | None:
        return self.value_usd / self.carats if self.carats else None


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]
    production: list[ProductionTotal]

    def as_json(self) -> dict[str, Any]:
        """The summary as strict JSON values: a sum beyond any float (only an inventory holding
        numbers outside the validation's limits has one) is null, never Infinity or NaN."""
        return {
            "counts": self.counts,
            "production": [
                {
                    **asdict(p),
                    "stones": _finite(p.stones),
                    "carats": _finite(p.carats, 2),
                    "value_usd": _finite(p.value_usd, 2),
                    "usd_per_carat": None if p.usd_per_carat is None else _finite(p.usd_per_carat, 2),
                }
                for p in self.production
            ],
        }


def _finite(x: float, decimals: int | None = None) -> float | int | None:
    if isinstance(x, int):
        return x
    if not math.isfinite(x):
        return None
    return x if decimals is None else round(x, decimals)


def _count(x: float) -> int | float:
    return int(x) if math.isfinite(x) else x


# TOTAL, not SUM: SUM of integers fails with "integer overflow" past 2**63, and an inventory made
# before the validation's limits may hold such numbers. Aggregate per site first, reading only the
# covering index production_site_date, then join the few thousand sites for their country: far
# cheaper than joining a million production rows.
_PRODUCTION_SQL = """
SELECT s.country, p.period, SUM(p.n), TOTAL(p.stones), TOTAL(p.carats), TOTAL(p.value_usd)
FROM (
    SELECT site_id,
           substr(produced_on, 1, 4) || CASE WHEN substr(produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END
               AS period,
           COUNT(*) AS n, TOTAL(stones) AS stones, TOTAL(carats) AS carats, TOTAL(value_usd) AS value_usd
    FROM production INDEXED BY production_site_date
    WHERE deleted = 0
    GROUP BY site_id, period
) AS p
JOIN site AS s ON s.id = p.site_id
GROUP BY s.country, p.period
ORDER BY s.country, p.period
"""


def summary(conn: sqlite3.Connection) -> Summary:
    counts = {
        key: int(conn.execute(f"SELECT COUNT(*) FROM {e.table} WHERE deleted = 0").fetchone()[0])
        for key, e in ENTITIES.items()
    }
    production = [
        ProductionTotal(r[0], r[1], int(r[2]), _count(r[3]), float(r[4]), float(r[5]))
        for r in conn.execute(_PRODUCTION_SQL)
    ]
    return Summary(counts, production)

"""Inventory summary: records per kind, and production in KP statistics form (per country and
half-year: stones, carats, USD, USD per carat)."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from kpfield.domain.entities import ENTITIES


@dataclass(frozen=True)
class ProductionTotal:
    country: str
    period: str
    records: int
    stones: int
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
        return {
            "counts": self.counts,
            "production": [
                {
                    **asdict(p),
                    "carats": round(p.carats, 2),
                    "value_usd": round(p.value_usd, 2),
                    "usd_per_carat": None if p.usd_per_carat is None else round(p.usd_per_carat, 2),
                }
                for p in self.production
            ],
        }


# Aggregate per site first, reading only the covering index production_site_date, then join the
# few thousand sites for their country: far cheaper than joining a million production rows.
_PRODUCTION_SQL = """
SELECT s.country, p.period, SUM(p.n), SUM(p.stones), SUM(p.carats), SUM(p.value_usd)
FROM (
    SELECT site_id,
           substr(produced_on, 1, 4) || CASE WHEN substr(produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END
               AS period,
           COUNT(*) AS n, SUM(stones) AS stones, SUM(carats) AS carats, TOTAL(value_usd) AS value_usd
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
        ProductionTotal(r[0], r[1], int(r[2]), int(r[3] or 0), float(r[4] or 0), float(r[5] or 0))
        for r in conn.execute(_PRODUCTION_SQL)
    ]
    return Summary(counts, production)

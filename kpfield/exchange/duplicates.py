"""Probable duplicates across officers, listed for a person to decide, never merged automatically.

Looked for among the records an import added or changed: persons with the same national ID;
persons with the same name in the same village (unless their dates of birth differ); sites
within :data:`NEAR_METRES` of each other. Each pair is stored once in ``duplicate_candidate``.
"""

from __future__ import annotations

import math
import sqlite3
from typing import Any

from .headers import normalise

NEAR_METRES = 30.0
_M_PER_DEG = 111_320.0


def _add(
    conn: sqlite3.Connection,
    out: list[dict[str, Any]],
    table: str,
    a: str,
    b: str,
    reason: str,
    source_id: str,
    now: str,
) -> None:
    a, b = sorted((a, b))
    cur = conn.execute(
        "INSERT OR IGNORE INTO duplicate_candidate (table_name, a_id, b_id, reason, source_id, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (table, a, b, reason, source_id, now),
    )
    if cur.rowcount:
        out.append({"kind": table, "a": a, "b": b, "reason": reason})


def find_duplicates(
    conn: sqlite3.Connection, touched: dict[str, list[str]], source_id: str, now: str
) -> list[dict[str, Any]]:
    """Record and return the new candidate pairs involving the ``touched`` records."""
    out: list[dict[str, Any]] = []
    for rid in touched.get("person", []):
        me = conn.execute(
            "SELECT id, family_name, given_names, national_id, country, district, village, birth_date "
            "FROM person WHERE id = ? AND deleted = 0",
            (rid,),
        ).fetchone()
        if me is None:
            continue
        if me["national_id"]:
            for (other,) in conn.execute(
                "SELECT id FROM person WHERE national_id = ? AND deleted = 0 AND id != ?", (me["national_id"], rid)
            ):
                _add(conn, out, "person", rid, other, f"same national ID {me['national_id']}", source_id, now)
        if me["village"]:
            name = normalise(f"{me['family_name']} {me['given_names'] or ''}")
            for other in conn.execute(
                "SELECT id, family_name, given_names, birth_date FROM person WHERE country = ? AND district IS ? "
                "AND village = ? AND family_name = ? COLLATE NOCASE AND deleted = 0 AND id != ?",
                (me["country"], me["district"], me["village"], me["family_name"], rid),
            ):
                if normalise(f"{other['family_name']} {other['given_names'] or ''}") != name:
                    continue
                if me["birth_date"] and other["birth_date"] and me["birth_date"] != other["birth_date"]:
                    continue
                _add(conn, out, "person", rid, other["id"], f"same name in {me['village']}", source_id, now)
    for rid in touched.get("site", []):
        me = conn.execute("SELECT latitude, longitude FROM site WHERE id = ? AND deleted = 0", (rid,)).fetchone()
        if me is None or me["latitude"] is None or me["longitude"] is None:
            continue
        lat, lon = me["latitude"], me["longitude"]
        dlat = NEAR_METRES / _M_PER_DEG
        dlon = dlat / max(0.01, math.cos(math.radians(lat)))
        for other in conn.execute(
            "SELECT id, latitude, longitude FROM site WHERE latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ? "
            "AND deleted = 0 AND id != ?",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon, rid),
        ):
            d = math.hypot(
                (other["latitude"] - lat) * _M_PER_DEG,
                (other["longitude"] - lon) * _M_PER_DEG * math.cos(math.radians(lat)),
            )
            if d <= NEAR_METRES:
                _add(conn, out, "site", rid, other["id"], f"sites {d:.0f} m apart", source_id, now)
    return out

"""Records that probably already exist: a warning for the person typing, never a refusal; and
probable duplicates across officers after an import, listed for a person to decide.

While a person types (:func:`possible_duplicates`):

A new person is probably known already when another live person has the same national ID, or a
similar name (accent- and case-insensitive, a letter or two apart) in the same village. A new site
when another site has a similar name in the same village. Candidates come from the search index
(the village, and name words starting with the same three letters), so the check stays fast in a
village of thousands.

After an import (:func:`find_duplicates`), looked for between the records it added or changed and
every live record: persons with the same national ID; persons with the same name (case and
accents folded) in the same village whose dates of birth agree (or one is missing), since
namesakes are common in a village; sites within :data:`NEAR_METRES` of each other. Each pair is
stored once in ``duplicate_candidate``, never merged automatically. The searches are set-based
(one pass over the table, grouped), so an import of 100,000 persons costs seconds, not one query
per person. Each pair's reason is stored in English, the same for every officer who later reads
the inventory, and shown in the reader's language by :func:`reason_text`.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from kpfield.domain.text import fold, normalise, normalise_identifier, similar
from kpfield.i18n import format_number, translate

from .browse import fts_query

__all__ = ["PossibleDuplicate", "possible_duplicates", "find_duplicates", "reason_text"]

MAX_CANDIDATES = 5000


@dataclass(frozen=True)
class PossibleDuplicate:
    id: str
    kind: str
    label: str  # how a person recognises the existing record
    reason: str


def _text(values: Mapping[str, object], name: str) -> str:
    v = values.get(name)
    return "" if v is None else str(v).strip()


def _name_prefixes(*names: str) -> str | None:
    """An FTS5 expression matching any word that starts like a word of ``names`` (3 letters)."""
    stems = sorted({w[:3] for n in names for w in re.findall(r"\w+", fold(n)) if len(w) >= 2})
    return " OR ".join(f'"{stem}"*' for stem in stems) or None


def _village_candidates(
    conn: sqlite3.Connection,
    table: str,
    village: str,
    record_id: str | None,
    name_columns: str,
    names: tuple[str, ...],
) -> list[sqlite3.Row]:
    """Live records in the same village (folded) with a name word starting like one typed.

    The first letters narrow a village of thousands to a few candidates in the index; the
    similarity test then runs on those only, so a spelling difference after the third letter
    (or in one of the names only) is still caught.
    """
    match = fts_query(village)
    stems = _name_prefixes(*names)
    if not match or not stems:
        return []
    expr = "{village} : (" + match + ") AND {" + name_columns + "} : (" + stems + ")"
    sql = (
        f"SELECT * FROM {table} WHERE deleted = 0 AND id IS NOT ? AND rowid IN "
        f"(SELECT rowid FROM {table}_search WHERE {table}_search MATCH ?) LIMIT {MAX_CANDIDATES}"
    )
    rows = conn.execute(sql, (record_id, expr)).fetchall()
    wanted = fold(village)
    return [r for r in rows if fold(r["village"]) == wanted]


def _person_label(row: sqlite3.Row) -> str:
    name = " ".join(str(row[k]) for k in ("given_names", "family_name") if row[k])
    place = ", ".join(str(row[k]) for k in ("village", "district") if row[k])
    return f"{name} ({place})" if place else name


def possible_duplicates(
    conn: sqlite3.Connection, kind: str, values: Mapping[str, object], record_id: str | None = None
) -> list[PossibleDuplicate]:
    """Existing live records that ``values`` (as typed) probably describe again; most likely first."""
    out: list[PossibleDuplicate] = []
    seen: set[str] = set()

    def add(row: sqlite3.Row, label: str, reason: str) -> None:
        rid = str(row["id"])
        if rid not in seen:
            seen.add(rid)
            out.append(PossibleDuplicate(rid, kind, label, reason))

    if kind == "person":
        # as it is stored: a national ID typed with a zero-width space is the same ID
        national_id = normalise_identifier(_text(values, "national_id"))
        if national_id:
            for row in conn.execute(
                "SELECT * FROM person WHERE national_id = ? AND deleted = 0 AND id IS NOT ?", (national_id, record_id)
            ):
                add(
                    row,
                    _person_label(row),
                    translate("store", "same national ID {national_id}").format(national_id=national_id),
                )
        family, given, village = _text(values, "family_name"), _text(values, "given_names"), _text(values, "village")
        if family and village:
            typed = f"{given} {family}"
            for row in _village_candidates(
                conn, "person", village, record_id, "family_name given_names", (family, given)
            ):
                theirs = f"{row['given_names'] or ''} {row['family_name']}"
                swapped = f"{row['family_name']} {row['given_names'] or ''}"
                if similar(typed, theirs) or similar(typed, swapped):
                    add(
                        row,
                        _person_label(row),
                        translate("store", "similar name in {village}").format(village=row["village"]),
                    )
    elif kind == "site":
        name, village = _text(values, "name"), _text(values, "village")
        if name and village:
            for row in _village_candidates(conn, "site", village, record_id, "name", (name,)):
                if similar(name, row["name"]):
                    add(
                        row,
                        f"{row['code']} {row['name']} ({row['village']})",
                        translate("store", "similar name in {village}").format(village=row["village"]),
                    )
    return out


# ---- probable duplicates after an import ---------------------------------------------------

NEAR_METRES = 30.0
MAX_PAIRS_PER_GROUP = 20  # a very common name in a big village must not flood the list
_M_PER_DEG = 111_320.0


def find_duplicates(
    conn: sqlite3.Connection, touched: dict[str, list[str]], source_id: str, now: str
) -> list[dict[str, Any]]:
    """Record and return the new candidate pairs involving the ``touched`` records."""
    pairs: list[tuple[str, str, str, str]] = []  # (table, a, b, reason)
    persons = set(touched.get("person", ()))
    if persons:
        for nid, ids in conn.execute(
            "SELECT national_id, group_concat(id, ' ') FROM person WHERE deleted = 0 AND national_id IS NOT NULL "
            "GROUP BY national_id HAVING count(*) > 1"
        ):
            group = ids.split()
            pairs += _pairs("person", group, persons, f"same national ID {nid}")
        groups: dict[tuple[Any, ...], list[tuple[str, str | None]]] = defaultdict(list)
        for rid, country, district, village, family, given, born in conn.execute(
            "SELECT id, country, district, village, family_name, given_names, birth_date FROM person "
            "WHERE deleted = 0 AND village IS NOT NULL"
        ):
            groups[(country, district, normalise(village), normalise(f"{family} {given or ''}"))].append((rid, born))
        for members in groups.values():
            if len(members) < 2 or not any(m[0] in persons for m in members):
                continue
            agreeing = [
                (a, b)
                for (a, ba), (b, bb) in combinations(members, 2)
                if (a in persons or b in persons) and (ba is None or bb is None or ba == bb)
            ]
            for a, b in agreeing[:MAX_PAIRS_PER_GROUP]:
                pairs.append(("person", a, b, "same name in the same village"))
    sites = set(touched.get("site", ()))
    if sites:
        cell = NEAR_METRES / _M_PER_DEG
        grid: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
        points = conn.execute(
            "SELECT id, latitude, longitude FROM site "
            "WHERE deleted = 0 AND latitude IS NOT NULL AND longitude IS NOT NULL"
        ).fetchall()
        for rid, lat, lon in points:
            grid[(int(lat // cell), int(lon // cell))].append((rid, lat, lon))
        for rid, lat, lon in points:
            if rid not in sites:
                continue
            gy, gx = int(lat // cell), int(lon // cell)
            for dy in (-1, 0, 1):
                for dx in (-2, -1, 0, 1, 2):  # a degree of longitude is shorter away from the equator
                    for other, olat, olon in grid.get((gy + dy, gx + dx), ()):
                        if other == rid or (other in sites and other < rid):
                            continue
                        d = math.hypot(
                            (olat - lat) * _M_PER_DEG, (olon - lon) * _M_PER_DEG * math.cos(math.radians(lat))
                        )
                        if d <= NEAR_METRES:
                            pairs.append(("site", rid, other, f"sites {d:.0f} m apart"))
    out: list[dict[str, Any]] = []
    for table, a, b, reason in pairs:
        a, b = sorted((a, b))
        cur = conn.execute(
            "INSERT OR IGNORE INTO duplicate_candidate (table_name, a_id, b_id, reason, source_id, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (table, a, b, reason, source_id, now),
        )
        if cur.rowcount:
            out.append({"kind": table, "a": a, "b": b, "reason": reason})
    return out


_SAME_ID = re.compile(r"^same national ID (.+)$")
_NEAR = re.compile(r"^sites (\d+) m apart$")


def reason_text(reason: str) -> str:
    """A stored reason (``same national ID 007``, ``sites 12 m apart``) in the current language."""
    m = _SAME_ID.match(reason)
    if m:
        return translate("merge", "same national ID {id}").format(id=m.group(1))
    if reason == "same name in the same village":
        return translate("merge", "same name in the same village")
    m = _NEAR.match(reason)
    if m:
        return translate("merge", "sites {metres} m apart").format(metres=format_number(int(m.group(1))))
    return reason


def _pairs(table: str, group: list[str], touched: set[str], reason: str) -> list[tuple[str, str, str, str]]:
    found = [(table, a, b, reason) for a, b in combinations(group, 2) if a in touched or b in touched]
    return found[:MAX_PAIRS_PER_GROUP]

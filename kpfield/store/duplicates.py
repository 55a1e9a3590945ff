"""Records that probably already exist: a warning for the person typing, never a refusal.

A new person is probably known already when another live person has the same national ID, or a
similar name (accent- and case-insensitive, a letter or two apart) in the same village. A new site
when another site of the country has a similar name in the same village. Candidates come from the
search index (words of the village), so the check stays fast on a large inventory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from kpfield.domain.text import fold, similar

from .browse import fts_query

__all__ = ["PossibleDuplicate", "possible_duplicates"]

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


def _village_candidates(conn: sqlite3.Connection, table: str, village: str, record_id: str | None) -> list[sqlite3.Row]:
    match = fts_query(village)
    if not match:
        return []
    sql = (
        f"SELECT * FROM {table} WHERE deleted = 0 AND id IS NOT ? AND rowid IN "
        f"(SELECT rowid FROM {table}_search WHERE {table}_search MATCH ?) LIMIT {MAX_CANDIDATES}"
    )
    # restrict the words to the village column: "{village} : ..." in FTS5 syntax
    rows = conn.execute(sql, (record_id, "{village} : (" + match + ")")).fetchall()
    wanted = fold(village)
    return [r for r in rows if fold(r["village"]) == wanted]


def _person_label(row: Mapping[str, object]) -> str:
    name = " ".join(str(row[k]) for k in ("given_names", "family_name") if row[k])
    place = ", ".join(str(row[k]) for k in ("village", "district") if row[k])
    return f"{name} ({place})" if place else name


def possible_duplicates(
    conn: sqlite3.Connection, kind: str, values: Mapping[str, object], record_id: str | None = None
) -> list[PossibleDuplicate]:
    """Existing live records that ``values`` (as typed) probably describe again; most likely first."""
    out: list[PossibleDuplicate] = []
    seen: set[str] = set()

    def add(row: Mapping[str, object], label: str, reason: str) -> None:
        rid = str(row["id"])
        if rid not in seen:
            seen.add(rid)
            out.append(PossibleDuplicate(rid, kind, label, reason))

    if kind == "person":
        national_id = _text(values, "national_id")
        if national_id:
            for row in conn.execute(
                "SELECT * FROM person WHERE national_id = ? AND deleted = 0 AND id IS NOT ?", (national_id, record_id)
            ):
                add(row, _person_label(row), f"same national ID {national_id}")
        family, given, village = _text(values, "family_name"), _text(values, "given_names"), _text(values, "village")
        if family and village:
            typed = f"{given} {family}"
            for row in _village_candidates(conn, "person", village, record_id):
                theirs = f"{row['given_names'] or ''} {row['family_name']}"
                swapped = f"{row['family_name']} {row['given_names'] or ''}"
                if similar(typed, theirs) or similar(typed, swapped):
                    add(row, _person_label(row), f"similar name in {row['village']}")
    elif kind == "site":
        name, village = _text(values, "name"), _text(values, "village")
        if name and village:
            for row in _village_candidates(conn, "site", village, record_id):
                if similar(name, row["name"]):
                    add(row, f"{row['code']} {row['name']} ({row['village']})", f"similar name in {row['village']}")
    return out

"""Records that probably already exist: a warning for the person typing, never a refusal.

A new person is probably known already when another live person has the same national ID, or a
similar name (accent- and case-insensitive, a letter or two apart) in the same village. A new site
when another site has a similar name in the same village. Candidates come from the search index
(the village, and name words starting with the same three letters), so the check stays fast in a
village of thousands.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from kpfield.domain.text import fold, similar
from kpfield.i18n import translate

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

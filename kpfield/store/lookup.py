"""Finding a record by what a person types, for pickers: "Kono" -> sites, "AML/0" -> licences.

Each match comes with the label the window shows for it, so a picker never shows a bare UUID.
"""

from __future__ import annotations

import sqlite3

from .browse import fts_query, licence_status_sql

__all__ = ["LABEL_SQL", "lookup", "label_of"]

# A word of one or two letters matches tens of thousands of persons in a large inventory; the
# picker shows the first of a bounded set of matches, sorted, and narrows as the user types on.
CANDIDATES = 500

# How a record of each kind is named to a person (alias r).
LABEL_SQL = {
    "person": "TRIM(COALESCE(r.given_names || ' ', '') || r.family_name || COALESCE(' (' || r.village || ')', ''))",
    "organisation": "r.name || COALESCE(' (' || r.town || ')', '')",
    "licence": "r.number || ' · ' || vocab_label(r.kind) || COALESCE(' · ' || "
    "(SELECT TRIM(COALESCE(p.given_names || ' ', '') || p.family_name) FROM person p WHERE p.id = r.holder_person_id), "
    "' · ' || (SELECT o.name FROM organisation o WHERE o.id = r.holder_organisation_id), '')"
    # a licence that does not allow work today says so: expired, not yet valid, suspended...
    f" || COALESCE(' · ' || vocab_label(NULLIF(NULLIF({licence_status_sql('r')}, 'active'), 'expiring')), '')",
    "site": "r.code || COALESCE(' · ' || r.name, '') || COALESCE(' (' || r.village || ')', '')",
}


def lookup(
    conn: sqlite3.Connection, kind: str, text: str, *, limit: int = 20, licence_kinds: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """Up to ``limit`` live records of ``kind`` whose words start with the words typed: (id, label)."""
    match = fts_query(text)
    if not match or kind not in LABEL_SQL:
        return []
    extra, params = "", [match]
    if kind == "licence":
        # a licence is found by its number or its holder's name
        extra = (
            " OR r.holder_person_id IN (SELECT id FROM person WHERE rowid IN "
            f"(SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT {CANDIDATES}))"
        )
        params.append(match)
    kinds = ""
    if licence_kinds and kind == "licence":
        kinds = f" AND r.kind IN ({', '.join('?' * len(licence_kinds))})"
        params += list(licence_kinds)
    sql = (
        f"SELECT r.id, {LABEL_SQL[kind]} FROM {kind} r WHERE r.deleted = 0 AND "
        f"(r.rowid IN (SELECT rowid FROM {kind}_search WHERE {kind}_search MATCH ? LIMIT {CANDIDATES}){extra}){kinds} "
        f"ORDER BY 2 LIMIT ?"
    )
    return [(r[0], r[1]) for r in conn.execute(sql, [*params, limit]).fetchall()]


def label_of(conn: sqlite3.Connection, kind: str, record_id: str | None) -> str:
    """The label of one record ('' for None; the id itself when there is no such record)."""
    if not record_id:
        return ""
    if kind not in LABEL_SQL:
        return record_id
    row = conn.execute(f"SELECT {LABEL_SQL[kind]} FROM {kind} r WHERE r.id = ?", (record_id,)).fetchone()
    return row[0] if row else record_id

"""Finding a record by what a person types, for pickers: "Kono" -> sites, "AML/0" -> licences.

Each match comes with the label the window shows for it, so a picker never shows a bare UUID.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kpfield.domain.text import fold

from .browse import fts_query

__all__ = ["LABEL_SQL", "RECORD_LABEL_SQL", "PersonNames", "lookup", "label_of"]

# A word of one or two letters matches tens of thousands of persons in a large inventory; the
# picker shows the first of a bounded set of matches, sorted, and narrows as the user types on.
CANDIDATES = 500

# How a record of each kind is named to a person (alias r).
LABEL_SQL = {
    "person": "TRIM(COALESCE(r.given_names || ' ', '') || r.family_name || COALESCE(' (' || r.village || ')', ''))",
    "organisation": "r.name || COALESCE(' (' || r.town || ')', '')",
    "licence": "r.number || ' · ' || vocab_label(r.kind) || COALESCE(' · ' || "
    "(SELECT TRIM(COALESCE(p.given_names || ' ', '') || p.family_name) FROM person p WHERE p.id = r.holder_person_id), "
    "' · ' || (SELECT o.name FROM organisation o WHERE o.id = r.holder_organisation_id), '')",
    "site": "r.code || COALESCE(' · ' || r.name, '') || COALESCE(' (' || r.village || ')', '')",
}

# How a record of the kinds no picker offers is named in a list (a conflict, a duplicate): a
# production by its site, date and register reference, a sale by its date, kind and seller's
# licence, an inspection by its date and what it inspected, a self-assessment by country, period
# and row.
RECORD_LABEL_SQL = {
    **LABEL_SQL,
    "production": "COALESCE((SELECT s.code FROM site s WHERE s.id = r.site_id), '?') || ' · ' || r.produced_on"
    " || COALESCE(' · ' || r.reference, '')",
    "sale": "r.sold_on || ' · ' || REPLACE(r.kind, '_', ' ') || COALESCE(' · ' || r.document_ref, '')"
    " || COALESCE(' · ' || (SELECT l.number FROM licence l WHERE l.id = r.seller_licence_id), '')",
    "inspection": "r.inspected_on || ' · ' || REPLACE(r.target_kind, '_', ' ')"
    " || COALESCE(' · ' || (SELECT s.code FROM site s WHERE s.id = r.site_id), '')"
    " || COALESCE(' · ' || (SELECT l.number FROM licence l WHERE l.id = r.licence_id), '')"
    " || COALESCE(' · ' || (SELECT o.name FROM organisation o WHERE o.id = r.organisation_id), '')",
    "self_assessment": "r.country || ' · ' || r.period || ' · ' || r.row_id",
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
    """The label of one record of any kind, deleted ones too ('' for None; the id itself when
    there is no such record)."""
    if not record_id:
        return ""
    if kind not in RECORD_LABEL_SQL:
        return record_id
    row = conn.execute(f"SELECT {RECORD_LABEL_SQL[kind]} FROM {kind} r WHERE r.id = ?", (record_id,)).fetchone()
    return row[0] if row and row[0] else record_id


@dataclass(frozen=True)
class NamedPerson:
    """A live person a name typed in a template may mean, with what tells them apart."""

    id: str
    label: str  # given names, family name and village, as the window names a person
    national_id: str | None
    digger_card: str | None


class PersonNames:
    """The live persons by name (accents, case and spaces aside, given names first or last), for an
    import whose rows name persons by name and village rather than by national ID or digger card.
    Read once, when first asked: a person added afterwards is not seen (make a new one)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._by_name: dict[str, list[tuple[str, NamedPerson]]] | None = None

    def _load(self) -> dict[str, list[tuple[str, NamedPerson]]]:
        by_name: dict[str, list[tuple[str, NamedPerson]]] = {}
        rows = self._conn.execute(
            f"SELECT r.id, r.given_names, r.family_name, r.village, r.national_id, r.digger_card, "
            f"{LABEL_SQL['person']} FROM person r WHERE r.deleted = 0"
        )
        for rid, given, family, village, national_id, card, label in rows:
            person = NamedPerson(rid, label, national_id, card)
            names = {fold(f"{given or ''} {family}"), fold(f"{family} {given or ''}")}
            for name in names:
                by_name.setdefault(name, []).append((fold(village), person))
        return by_name

    def find(self, name: str, village: str | None = None) -> list[NamedPerson]:
        """The live persons called ``name`` (in ``village`` when given), by label."""
        if self._by_name is None:
            self._by_name = self._load()
        wanted = fold(village) if village else None
        found = [p for v, p in self._by_name.get(fold(name), []) if wanted is None or v == wanted]
        return sorted({p.id: p for p in found}.values(), key=lambda p: (p.label, p.id))

"""Finding a record by what a person types: for pickers ("Kono" -> sites, "AML/0" -> licences),
and for references typed in place of a UUID (``kpfield show licence AML/0001``, ``holder=`` a
national ID): :func:`candidates`.

Each match comes with the label the window shows for it, so no one is shown a bare UUID.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from kpfield.domain.entities import ENTITIES
from kpfield.domain.text import fold, normalise_identifier
from kpfield.i18n import translate

from .browse import SEARCH_TABLES, fts_query, licence_status_sql
from .db import InventoryError

__all__ = [
    "LABEL_SQL",
    "PersonNames",
    "NamedPerson",
    "NAMED_BY",
    "lookup",
    "label_of",
    "named",
    "candidates",
    "is_uuid",
    "officer_of_origin",
    "NoSuchRecord",
    "AmbiguousReference",
]

# A word of one or two letters matches tens of thousands of persons in a large inventory; the
# picker shows the first of a bounded set of matches, sorted, and narrows as the user types on.
CANDIDATES = 500

# How a record of each kind is named to a person (alias r): in pickers, lists of conflicts and
# duplicates, and on the command line alike.
LABEL_SQL = {
    "person": "TRIM(COALESCE(r.given_names || ' ', '') || r.family_name || COALESCE(' (' || r.village || ')', ''))",
    "organisation": "r.name || COALESCE(' (' || r.town || ')', '')",
    "licence": "r.number || ' · ' || vocab_label(r.kind) || COALESCE(' · ' || "
    "(SELECT TRIM(COALESCE(p.given_names || ' ', '') || p.family_name) FROM person p WHERE p.id = r.holder_person_id), "
    "' · ' || (SELECT o.name FROM organisation o WHERE o.id = r.holder_organisation_id), '')"
    # a licence that does not allow work today says so: expired, not yet valid, suspended...
    f" || COALESCE(' · ' || vocab_label(NULLIF(NULLIF({licence_status_sql('r')}, 'active'), 'expiring')), '')",
    "site": "r.code || COALESCE(' · ' || r.name, '') || COALESCE(' (' || r.village || ')', '')",
    "production": "COALESCE(r.reference || ' · ', '') || r.produced_on || COALESCE(' · ' || "
    "(SELECT s.code FROM site s WHERE s.id = r.site_id), '')",
    "sale": "r.sold_on || ' · ' || vocab_label(r.kind) || COALESCE(' · ' || r.kp_certificate, ' · ' || "
    "r.document_ref, '') || COALESCE(' · ' || (SELECT l.number FROM licence l WHERE l.id = r.seller_licence_id), '')",
    "inspection": "r.inspected_on || ' · ' || vocab_label(r.target_kind) || COALESCE(' · ' || "
    "(SELECT s.code FROM site s WHERE s.id = r.site_id), ' · ' || (SELECT l.number FROM licence l WHERE "
    "l.id = r.licence_id), ' · ' || (SELECT o.name FROM organisation o WHERE o.id = r.organisation_id), '') || "
    "' · ' || vocab_label(r.outcome)",
    "self_assessment": "r.country || ' ' || r.period || ' · ' || r.row_id || ' · ' || r.score",
}


def lookup(
    conn: sqlite3.Connection, kind: str, text: str, *, limit: int = 20, licence_kinds: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """Up to ``limit`` live records of ``kind`` whose words start with the words typed: (id, label)."""
    match = fts_query(text)
    if not match or kind not in LABEL_SQL or kind not in SEARCH_TABLES:
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
    if kind not in LABEL_SQL:
        return record_id
    row = conn.execute(f"SELECT {LABEL_SQL[kind]} FROM {kind} r WHERE r.id = ?", (record_id,)).fetchone()
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


# ---- references: a record named by its UUID or by its own number or code ---------------------

# How a record is named by what a person types instead of its UUID: the columns tried, all of
# them (a text that is one person's national ID and another's digger-card number names two).
NAMED_BY: dict[str, tuple[str, ...]] = {
    "licence": ("number",),
    "site": ("code",),
    "person": ("national_id", "digger_card"),
    "organisation": ("registration_no", "name"),
    "production": ("reference",),
    "sale": ("kp_certificate", "document_ref"),
}

# Columns whose only index compares without case (migration 0002's production_reference): an
# exact look-up that ignored it would read every production record.
_NOCASE_INDEXED = {("production", "reference")}

# At most this many candidates are named when a reference names several records.
MAX_CANDIDATES = 20

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_uuid(text: str) -> bool:
    """Whether ``text`` is written as a record UUID (any case, spaces around allowed)."""
    return bool(_UUID.match(text.strip().lower()))


def named(
    conn: sqlite3.Connection, kind: str, text: str, *, limit: int = MAX_CANDIDATES, exact: bool = False
) -> list[str]:
    """The ids of the live records of ``kind`` whose own number or code (:data:`NAMED_BY`) is
    ``text`` (as identifiers are stored: :func:`~kpfield.domain.text.normalise_identifier`).
    Exact matches first; when there is none, and unless ``exact``, matches in any case
    ("kon-0001" names the site KON-0001). At most ``limit`` ids, in the order of the columns."""
    columns = NAMED_BY.get(kind, ())
    text = normalise_identifier(text)
    if not columns or not text:
        return []
    table = ENTITIES[kind].table
    for any_case in (False, True) if not exact else (False,):
        found: list[str] = []
        for col in columns:
            if any_case:
                where, params = f"{col} = ? COLLATE NOCASE", [text]
            elif (kind, col) in _NOCASE_INDEXED:
                # found through the index that ignores case, then compared exactly
                where, params = f"{col} = ? COLLATE NOCASE AND {col} = ?", [text, text]
            else:
                where, params = f"{col} = ?", [text]
            for (rid,) in conn.execute(
                f"SELECT id FROM {table} WHERE {where} AND deleted = 0 ORDER BY rowid LIMIT ?", [*params, limit]
            ):
                if rid not in found:
                    found.append(rid)
        if found:
            return found[:limit]
    return []


def candidates(
    conn: sqlite3.Connection, kind: str, ref: str, *, include_deleted: bool = False
) -> list[tuple[str, str]]:
    """The records of ``kind`` that ``ref`` names, as (id, label): by UUID (a record merged into
    another is found under its old UUID too; deleted records only with ``include_deleted``), else
    by its own number or code among live records (:func:`named`). Several means ``ref`` is
    ambiguous; none, that there is no such record."""
    table = ENTITIES[kind].table
    ref = ref.strip()
    if is_uuid(ref):
        rid = ref.lower()
        row = conn.execute(f"SELECT deleted FROM {table} WHERE id = ?", (rid,)).fetchone()
        if row is None:
            alias = conn.execute(
                "SELECT record_id FROM record_alias WHERE alias_id = ? AND table_name = ?", (rid, table)
            ).fetchone()
            if alias is None:
                return []
            rid = alias[0]
            row = conn.execute(f"SELECT deleted FROM {table} WHERE id = ?", (rid,)).fetchone()
        if row is None or (row[0] and not include_deleted):
            return []
        return [(rid, label_of(conn, kind, rid))]
    # one more than are shown, to tell "20" from "more than 20"
    return [(rid, label_of(conn, kind, rid)) for rid in named(conn, kind, ref, limit=MAX_CANDIDATES + 1)]


def officer_of_origin(conn: sqlite3.Connection, origin: str | None) -> str | None:
    """The officer an installation (``origin``) is known here by: this installation's own, a
    registered key's, or the one named by its imports or its audit rows; None when unknown."""
    if not origin:
        return None
    for sql in (
        "SELECT value FROM meta WHERE key = 'officer' AND (SELECT value FROM meta WHERE key = 'origin') = ?",
        "SELECT officer FROM signing_key WHERE origin = ? ORDER BY registered_at DESC LIMIT 1",
        "SELECT officer FROM source WHERE origin = ? AND officer IS NOT NULL ORDER BY at DESC LIMIT 1",
        "SELECT officer FROM audit WHERE origin = ? AND officer IS NOT NULL ORDER BY seq DESC LIMIT 1",
    ):
        row = conn.execute(sql, (origin,)).fetchone()
        if row is not None and row[0]:
            return str(row[0])
    return None


# ---- what a person is told when a reference does not name exactly one record -------------------


def _how_named(kind: str) -> str:
    """How records of ``kind`` are named besides their UUID, in the officer's language."""
    ent = ENTITIES[kind]
    return translate("store", " or ").join(ent.label_of(c) for c in NAMED_BY.get(kind, ()))


def not_found_message(kind: str, ref: str) -> str:
    ent = ENTITIES[kind]
    if kind in NAMED_BY:
        return translate("store", "There is no {kind} '{ref}' here (give its UUID, or its {names})").format(
            kind=ent.shown_label().lower(), ref=ref, names=_how_named(kind)
        )
    return translate("store", "There is no {kind} '{ref}' here ({kinds} are named by their UUID)").format(
        kind=ent.shown_label().lower(), ref=ref, kinds=ent.shown_plural()
    )


def ambiguous_message(kind: str, ref: str, found: list[tuple[str, str]]) -> str:
    ent = ENTITIES[kind]
    kinds = ent.shown_plural().lower()
    if len(found) > MAX_CANDIDATES:
        found = found[:MAX_CANDIDATES]
        head = translate(
            "store", "'{ref}' names more than {count} {kinds}; give the UUID of the one you mean (the first {count}):"
        ).format(ref=ref, count=MAX_CANDIDATES, kinds=kinds)
    else:
        head = translate("store", "'{ref}' names {count} {kinds}; give the UUID of the one you mean:").format(
            ref=ref, count=len(found), kinds=kinds
        )
    return "\n".join([head, *(f"  {rid}  {label}" for rid, label in found)])


class NoSuchRecord(InventoryError):
    """A reference (UUID, number or code) that names no record of its kind here."""

    def __init__(self, kind: str, ref: str):
        super().__init__(not_found_message(kind, ref))
        self.kind, self.ref = kind, ref


class AmbiguousReference(InventoryError):
    """A reference that names several records; ``candidates`` lists them as (id, label)."""

    def __init__(self, kind: str, ref: str, found: list[tuple[str, str]]):
        super().__init__(ambiguous_message(kind, ref, found))
        self.kind, self.ref, self.candidates = kind, ref, found

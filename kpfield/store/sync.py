"""Sync state: what an inventory remembers about the records that travel between installations.

Each record's version vector (``record_clock``) and the states it passed through that a later
merge may start from (``merge_base``); field conflicts raised by imports and how they were
settled, probable duplicates and what a person decided about them, aliases (a UUID that now names
another record, after two records were found to be one), and each import's signature
(``exchange_import``). The exchange package decides *what* to record; this is the one place that
reads and writes these tables, inside the store's transactions, with the audit log beside them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kpfield.domain.dates import utc_now
from kpfield.domain.entities import ENTITIES
from kpfield.domain.text import fold
from kpfield.i18n import translate

from .audit import AuditWriter, record_hash
from .db import InventoryError
from .duplicates import find_duplicates, reason_text
from .keys import SignatureCheck
from .lookup import label_of
from .stamps import Stamps, dump_stamps, load_stamps

__all__ = ["AUTOMATIC", "Conflict", "Duplicate", "Sync", "record_label"]


@dataclass(frozen=True)
class Conflict:
    """An open field conflict: the value here (``ours``), the value received (``theirs``) and,
    where known, the value both started from (``base``)."""

    id: int
    kind: str
    record_id: str
    field: str
    base: Any
    ours: Any
    theirs: Any
    peer: str | None
    file: str | None
    at: str
    # how a person reads it: the record's label (licence number, site code, name and village...),
    # and who last changed the field on each side and when (None where nothing says)
    label: str = ""
    ours_by: str | None = None
    ours_at: str | None = None
    theirs_by: str | None = None
    theirs_at: str | None = None
    # a conflict settled without a person (a difference of case, accents or spaces alone): how
    resolution: str | None = None


# How a conflict settled by itself is marked (the start of its stored resolution): a difference of
# case, accents or spaces alone, settled to the most recent spelling.
AUTOMATIC = "settled automatically"


@dataclass(frozen=True)
class Duplicate:
    """Two records of one kind that are probably the same, waiting for a person's decision."""

    id: int
    kind: str
    a: str
    b: str
    reason: str  # as stored, in English
    a_label: str
    b_label: str

    @property
    def why(self) -> str:
        """The reason in the current language."""
        return reason_text(self.reason)


# A record's version vector as of its local version, the import that set it, whether it was
# vouched for, and when the record arrived. A record new to the inventory has none yet, so a
# plain INSERT adds it (see Sync.add_clocks). A vector stored again without a new arrival (an
# import that changed no value) keeps the time the record last arrived.
_CLOCK_ADD = (
    "INSERT INTO record_clock (table_name, record_id, clock, version, source_id, vouched, arrived_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_CLOCK_SET = (
    _CLOCK_ADD + " ON CONFLICT (table_name, record_id) DO UPDATE SET clock = excluded.clock, "
    "version = excluded.version, source_id = excluded.source_id, vouched = excluded.vouched, "
    "arrived_at = COALESCE(excluded.arrived_at, record_clock.arrived_at)"
)
# The vector an unvouched clock counts as: no change known (see Sync.clock).
NO_CHANGE = "{}"
# ids per query of a look-up in bulk (Sync.clocks, Inventory.records_by_id), well under SQLite's
# limit on parameters
LOOKUP_BATCH = 500

# How a record kind without a country column is tied to a country, for the export's filter.
_COUNTRY_FILTER = {
    "production": "site_id IN (SELECT id FROM site WHERE country = :country)",
    "sale": "seller_licence_id IN (SELECT id FROM licence WHERE country = :country)",
    "inspection": "(site_id IN (SELECT id FROM site WHERE country = :country) OR licence_id IN "
    "(SELECT id FROM licence WHERE country = :country) OR organisation_id IN "
    "(SELECT id FROM organisation WHERE country = :country))",
}


def _load(v: str | None) -> Any:
    return None if v is None else json.loads(v)


def _dump(v: Any) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def record_label(row: dict[str, Any] | None, record_id: str) -> str:
    """A short label a person recognises a record by (name and village, country and number or code,
    or name), from its row; the id itself when there is no row."""
    if row is None:
        return record_id
    for cols in (("family_name", "given_names", "village"), ("country", "number"), ("country", "code"), ("name",)):
        if all(c in row for c in cols):
            return " ".join(str(row[c]) for c in cols if row[c])
    return record_id


class Sync:
    """An inventory's sync state (``Inventory.sync``). Writes run in the caller's transaction when
    there is one (the store's :meth:`Inventory.transaction`), and are audited where a person decided."""

    def __init__(self, conn: sqlite3.Connection, audit: AuditWriter):
        self.conn = conn
        self.audit = audit

    # ---- reading ---------------------------------------------------------------------------

    def label(self, kind: str, record_id: str) -> str:
        """How a person reads a record of ``kind`` (deleted records too): a licence by number, kind
        and holder, a site by code and name, a person by name and village, a production by site,
        date and reference (:func:`kpfield.store.lookup.label_of`); the id when there is none."""
        return label_of(self.conn, kind, record_id)

    def officer_name(self, origin: str | None, officer: str | None = None) -> str | None:
        """Who an installation is to a person: ``officer`` when given, else the officer its key is
        registered for here, else the installation's id; None for None."""
        if officer:
            return officer
        if not origin:
            return None
        row = self.conn.execute(
            "SELECT officer FROM signing_key WHERE origin = ? ORDER BY registered_at DESC LIMIT 1", (origin,)
        ).fetchone()
        return str(row[0]) if row else origin

    def _ours_side(self, table: str, record_id: str, field: str, source_id: str | None, at: str) -> tuple[Any, Any]:
        """Who last changed ``field`` of a record here before the import ``source_id`` raised a
        conflict on it, and when (from the audit log; the record's creation when no later change
        of the field is logged)."""
        row = self.conn.execute(
            "SELECT a.at, a.origin, COALESCE(s.officer, a.officer), s.origin FROM audit a "
            "LEFT JOIN source s ON s.id = a.source_id WHERE a.record_id = ? AND a.table_name = ? AND a.at <= ? "
            "AND (a.source_id IS NULL OR a.source_id IS NOT ?) AND a.action != 'resolve' "
            "AND (a.changes IS NULL OR a.action != 'update' OR a.changes LIKE ?) ORDER BY a.seq DESC LIMIT 1",
            (record_id, table, at, source_id, f'%"{field}"%'),
        ).fetchone()
        if row is not None:
            return self.officer_name(row[3] or row[1], row[2]), row[0]
        rec = self.conn.execute(f"SELECT origin, created_at FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return (self.officer_name(rec[0]), rec[1]) if rec is not None else (None, None)

    def _conflicts(self, where: str, params: Sequence[Any] = ()) -> list[Conflict]:
        rows = self.conn.execute(
            "SELECT c.id, c.table_name, c.record_id, c.field, c.base, c.ours, c.theirs, c.peer, s.file_name, c.at, "
            "c.source_id, s.officer, s.origin, s.at, c.resolution FROM conflict c "
            f"LEFT JOIN source s ON s.id = c.source_id WHERE {where} ORDER BY c.id",
            params,
        ).fetchall()
        tables = {e.table: k for k, e in ENTITIES.items()}
        out = []
        for r in rows:
            kind = tables.get(r[1], r[1])
            ours_by, ours_at = self._ours_side(r[1], r[2], r[3], r[10], r[9])
            out.append(
                Conflict(
                    r[0],
                    kind,
                    r[2],
                    r[3],
                    _load(r[4]),
                    _load(r[5]),
                    _load(r[6]),
                    r[7],
                    r[8],
                    r[9],
                    label=self.label(kind, r[2]) if kind in ENTITIES else r[2],
                    ours_by=ours_by,
                    ours_at=ours_at,
                    theirs_by=self.officer_name(r[12] or r[7], r[11]),
                    theirs_at=r[13] or r[9],
                    resolution=r[14],
                )
            )
        return out

    def open_conflicts(self) -> list[Conflict]:
        """The open conflicts, by number, each named as a person reads it (see :class:`Conflict`)."""
        return self._conflicts("c.status = 'open'")

    def settled_automatically(self, source_ids: Sequence[str] | None = None) -> list[Conflict]:
        """Conflicts that settled themselves (a difference of case, accents or spaces alone), by
        number; those raised by the imports ``source_ids`` only, when given."""
        where = "c.status = 'resolved' AND c.resolution LIKE ?"
        params: list[Any] = [AUTOMATIC + "%"]
        if source_ids is not None:
            where += f" AND c.source_id IN ({', '.join('?' * len(source_ids))})"
            params += list(source_ids)
        return self._conflicts(where, params)

    def open_duplicates(self) -> list[Duplicate]:
        rows = self.conn.execute(
            "SELECT id, table_name, a_id, b_id, reason FROM duplicate_candidate WHERE status = 'open' ORDER BY id"
        ).fetchall()
        return [Duplicate(r[0], r[1], r[2], r[3], r[4], self.label(r[1], r[2]), self.label(r[1], r[3])) for r in rows]

    def open_conflict(self, conflict_id: int) -> Conflict:
        """The open conflict ``conflict_id``; InventoryError (saying why) when there is none or it is settled."""
        row = self.conn.execute(
            "SELECT c.id, c.table_name, c.record_id, c.field, c.base, c.ours, c.theirs, c.peer, s.file_name, c.at, "
            "c.status, c.resolution FROM conflict c LEFT JOIN source s ON s.id = c.source_id WHERE c.id = ?",
            (conflict_id,),
        ).fetchone()
        if row is None:
            raise InventoryError(
                translate("merge", "there is no conflict {id}; 'kpfield conflicts' lists the open ones").format(
                    id=conflict_id
                )
            )
        if row[10] != "open":
            raise InventoryError(
                translate("merge", "conflict {id} was already settled ({resolution})").format(
                    id=conflict_id, resolution=row[11]
                )
            )
        return self._conflicts("c.id = ?", (conflict_id,))[0]

    # ---- a person's decisions ------------------------------------------------------------------

    def settle_conflict(self, conflict_id: int, resolution: str) -> None:
        """Mark an open conflict settled, with what was done (stored in English)."""
        self.conn.execute(
            "UPDATE conflict SET status = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?",
            (resolution, utc_now(), conflict_id),
        )

    def record_kept(self, kind: str, record_id: str, reason: str) -> None:
        """Audit a decision that changed no value (a conflict settled by keeping ours)."""
        self.audit.append(utc_now(), kind, record_id, "resolve", None, reason)

    def alias(self, alias_id: str, kind: str, record_id: str) -> None:
        """From now on ``alias_id`` names ``record_id`` (a record merged into another), and so do the
        aliases that named ``alias_id``."""
        table = ENTITIES[kind].table
        self.conn.execute(
            "UPDATE record_alias SET record_id = ? WHERE table_name = ? AND record_id = ?", (record_id, table, alias_id)
        )
        self.conn.execute(
            "INSERT OR REPLACE INTO record_alias (alias_id, table_name, record_id, at) VALUES (?, ?, ?, ?)",
            (alias_id, table, record_id, utc_now()),
        )

    def duplicates_merged(self, a: str, b: str) -> None:
        """Close the open duplicate candidates of the pair (a, b): they were merged."""
        self.conn.execute(
            "UPDATE duplicate_candidate SET status = 'merged' WHERE status = 'open' AND "
            "((a_id = ? AND b_id = ?) OR (a_id = ? AND b_id = ?))",
            (a, b, b, a),
        )

    def dismiss_duplicate(self, duplicate_id: int) -> None:
        """Mark an open duplicate candidate as two different records (audited)."""
        row = self.conn.execute(
            "SELECT table_name, a_id, b_id, status FROM duplicate_candidate WHERE id = ?", (duplicate_id,)
        ).fetchone()
        if row is None or row[3] != "open":
            raise InventoryError(
                translate("merge", "there is no open duplicate candidate {id}").format(id=duplicate_id)
            )
        self.conn.execute("UPDATE duplicate_candidate SET status = 'dismissed' WHERE id = ?", (duplicate_id,))
        self.audit.append(
            utc_now(), row[0], row[1], "resolve", None, f"not a duplicate of {row[2]} (candidate {duplicate_id})"
        )

    # ---- what imports remember ----------------------------------------------------------------

    def aliases(self) -> dict[str, dict[str, str]]:
        """Every alias, per record kind: the UUID that names another record -> that record's id."""
        out: dict[str, dict[str, str]] = {k: {} for k in ENTITIES}
        tables = {e.table: k for k, e in ENTITIES.items()}
        for table, alias_id, record_id in self.conn.execute("SELECT table_name, alias_id, record_id FROM record_alias"):
            if table in tables:
                out[tables[table]][alias_id] = record_id
        return out

    def add_alias(self, alias_id: str, kind: str, record_id: str, at: str) -> None:
        """From now on ``alias_id`` names ``record_id`` among records of ``kind`` (a record found
        registered here under another UUID), unless ``alias_id`` already names one (see
        :meth:`alias` to move it)."""
        self.conn.execute(
            "INSERT OR IGNORE INTO record_alias (alias_id, table_name, record_id, at) VALUES (?, ?, ?, ?)",
            (alias_id, ENTITIES[kind].table, record_id, at),
        )

    def other_kinds(self, kind: str, record_ids: list[str]) -> dict[str, str]:
        """Which of ``record_ids`` name a record (deleted ones too) or an alias of a kind other than
        ``kind`` here: id -> that kind. One query per :data:`LOOKUP_BATCH` ids."""
        found: dict[str, str] = {}
        tables = {e.table: k for k, e in ENTITIES.items()}
        others = [e.table for k, e in ENTITIES.items() if k != kind]
        for start in range(0, len(record_ids), LOOKUP_BATCH):
            chunk = record_ids[start : start + LOOKUP_BATCH]
            marks = ", ".join("?" * len(chunk))
            parts = [f"SELECT '{t}', id FROM {t} WHERE id IN ({marks})" for t in others]
            parts.append(
                f"SELECT table_name, alias_id FROM record_alias WHERE table_name != ? AND alias_id IN ({marks})"
            )
            params = chunk * len(others) + [ENTITIES[kind].table, *chunk]
            for table, rid in self.conn.execute(" UNION ALL ".join(parts), params):
                found.setdefault(rid, tables.get(table, table))
        return found

    def clock(self, kind: str, record_id: str) -> tuple[str, int, str] | None:
        """A record's stored version vector (its text), the version it was stored at, and the text
        as stored; None when the record was never exchanged. A vector not vouched for (read from
        an unsigned or unknown-key file) comes back first as :data:`NO_CHANGE`: it counts no
        change, so that any vouched state of the record supersedes it."""
        return self.clocks(kind, [record_id]).get(record_id)

    def clocks(self, kind: str, record_ids: list[str]) -> dict[str, tuple[str, int, str]]:
        """:meth:`clock` of each of ``record_ids`` that has one, by id; one query per
        :data:`LOOKUP_BATCH` ids."""
        found: dict[str, tuple[str, int, str]] = {}
        table = ENTITIES[kind].table
        for start in range(0, len(record_ids), LOOKUP_BATCH):
            chunk = record_ids[start : start + LOOKUP_BATCH]
            marks = ", ".join("?" * len(chunk))
            found.update(
                {
                    r[0]: (r[1] if r[3] else NO_CHANGE, r[2], r[1])
                    for r in self.conn.execute(
                        "SELECT record_id, clock, version, vouched FROM record_clock "
                        f"WHERE table_name = ? AND record_id IN ({marks})",
                        [table, *chunk],
                    )
                }
            )
        return found

    def add_clocks(self, kind: str, rows: list[tuple[str, str, int, str, int, str | None]]) -> None:
        """Store the version vectors of records an import has just added: (record id, vector text,
        version, source id, vouched 1 or 0, arrived at) each, best in record id order. A plain
        INSERT, since such a record has none yet: with foreign keys on, INSERT OR REPLACE copies
        every page it touches to a statement journal first, three times slower late in a large
        transaction. Should one be there after all (or a record come twice), the rows replace
        what is there."""
        table = ENTITIES[kind].table
        params = [(table, *r) for r in rows]
        try:
            self.conn.executemany(_CLOCK_ADD, params)
        except sqlite3.IntegrityError:
            self.conn.executemany(_CLOCK_SET, params)

    def set_clocks(self, rows: list[tuple[str, str, str, int, str | None, int, str | None]]) -> None:
        """Store version vectors (kind, record id, vector text, version, source id, vouched,
        arrived at or None to keep the time the record last arrived), replacing a record's earlier
        one; a record listed twice keeps its last row."""
        self.conn.executemany(_CLOCK_SET, [(ENTITIES[r[0]].table, *r[1:]) for r in rows])

    def stamps(self, kind: str, record_ids: list[str]) -> dict[str, Stamps]:
        """The field stamps (:mod:`kpfield.store.stamps`) of each of ``record_ids`` that has any, by
        id; one query per :data:`LOOKUP_BATCH` ids."""
        found: dict[str, Stamps] = {}
        table = ENTITIES[kind].table
        for start in range(0, len(record_ids), LOOKUP_BATCH):
            chunk = record_ids[start : start + LOOKUP_BATCH]
            marks = ", ".join("?" * len(chunk))
            for rid, text in self.conn.execute(
                f"SELECT record_id, stamps FROM field_stamp WHERE table_name = ? AND record_id IN ({marks})",
                [table, *chunk],
            ):
                found[rid] = load_stamps(text)
        return found

    def set_stamps(self, rows: Sequence[tuple[str, str, Stamps]]) -> None:
        """Store records' field stamps as an import decided them: (kind, record id, stamps) each,
        replacing what the record had; a record without stamps has its row removed (every field as
        the record was made). A record listed twice keeps its last row."""
        keep = [(ENTITIES[k].table, rid, dump_stamps(st)) for k, rid, st in rows if st]
        drop = [(ENTITIES[k].table, rid) for k, rid, st in rows if not st]
        if drop:
            self.conn.executemany("DELETE FROM field_stamp WHERE table_name = ? AND record_id = ?", drop)
        if keep:
            self.conn.executemany(
                "INSERT OR REPLACE INTO field_stamp (table_name, record_id, stamps) VALUES (?, ?, ?)", keep
            )

    def merge_base_clock(self, kind: str, record_id: str, peer: str) -> str | None:
        """The version vector (its text) of the state last remembered from ``peer`` for a record."""
        row = self.conn.execute(
            "SELECT clock FROM merge_base WHERE table_name = ? AND record_id = ? AND peer = ?",
            (ENTITIES[kind].table, record_id, peer),
        ).fetchone()
        return None if row is None else row[0]

    def set_merge_bases(self, rows: Sequence[tuple[str, str, str, str, str | None, str | None]]) -> None:
        """Remember states a later merge may start from: (kind, record id, peer, vector text,
        source id, the state's values as JSON or None for "as the record stood at the end of that
        import"), one per record and peer (a later row replaces an earlier one)."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO merge_base (table_name, record_id, peer, clock, source_id, vals) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(ENTITIES[r[0]].table, *r[1:]) for r in rows],
        )

    def base_states(self, kind: str, record_id: str) -> list[tuple[str, str | None, str | None, str | None]]:
        """The states of a record a merge may start from, as (peer, vector text, values as JSON or
        None, source id): those remembered in ``merge_base``, then the one its stored version
        vector stands for (peer '', values None; an unvouched vector as :data:`NO_CHANGE`)."""
        table = ENTITIES[kind].table
        return [
            (r[0], r[1], r[2], r[3])
            for r in self.conn.execute(
                "SELECT peer, clock, vals, source_id FROM merge_base WHERE table_name = ? AND record_id = ? "
                "UNION ALL SELECT '', CASE WHEN vouched THEN clock ELSE ? END, NULL, source_id FROM record_clock "
                "WHERE table_name = ? AND record_id = ? AND source_id IS NOT NULL",
                (table, record_id, NO_CHANGE, table, record_id),
            )
        ]

    def raise_version(self, kind: str, record_id: str, version: int, at: str, reason: str, source_id: str) -> None:
        """Raise a record's version to ``version`` without changing any of its values: an import
        stores a version vector whose counts pass the record's version (it learned of a state it
        kept no value of), and a record's version is never below a count of its vector. Audited
        with the record's content, in the caller's transaction."""
        table = ENTITIES[kind].table
        old = self.conn.execute(f"SELECT version FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if old is None or int(old[0]) >= version:
            return
        self.conn.execute(f"UPDATE {table} SET version = ? WHERE id = ?", (version, record_id))
        cur = self.conn.cursor()
        cur.row_factory = None
        row = cur.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        self.audit.append(
            at, table, record_id, "update", {"version": (old[0], version)}, reason, source_id, record_hash(row)
        )

    def settle_version(
        self,
        kind: str,
        record_id: str,
        clock: str,
        version: int,
        at: str,
        by: str,
        reason: str,
        fields: Sequence[str] = (),
    ) -> None:
        """Make the record's present values a new version decided here (a settled conflict, merged
        duplicates): version ``version``, version vector ``clock`` (vouched, arrived ``at``),
        changed ``at`` by ``by``; audited with ``reason``. ``fields`` (the settled ones) are
        stamped as written by ``by`` at its count in ``clock``, so that the settlement wins over
        both sides wherever it travels. In the caller's transaction."""
        ent = ENTITIES[kind]
        if fields:
            counter = json.loads(clock).get(by, 0)
            if counter > 0:
                found = self.stamps(kind, [record_id]).get(record_id, {})
                found.update(dict.fromkeys(fields, (by, counter)))
                self.set_stamps([(kind, record_id, found)])
        old = self.conn.execute(f"SELECT version FROM {ent.table} WHERE id = ?", (record_id,)).fetchone()
        self.conn.execute(
            f"UPDATE {ent.table} SET version = ?, modified_at = ?, modified_by = ? WHERE id = ?",
            (version, at, by, record_id),
        )
        self.conn.execute(_CLOCK_SET, (ent.table, record_id, clock, version, None, 1, at))
        # the state decided here, with its values: the base of a later merge with a side that
        # received it
        cols = [*ent.field_names, "deleted"]
        row = self.conn.execute(f"SELECT {', '.join(cols)} FROM {ent.table} WHERE id = ?", (record_id,)).fetchone()
        if row is not None:
            self.remember_state(kind, record_id, "", clock, dict(zip(cols, tuple(row), strict=True)))
        # the settled row's content, as every write of kpfield's own records it: without it the
        # integrity check compared the record with the hash of its last edit and called the
        # settlement a change made outside kpfield
        cur = self.conn.cursor()
        cur.row_factory = None
        whole = cur.execute(f"SELECT * FROM {ent.table} WHERE id = ?", (record_id,)).fetchone()
        self.audit.append(
            at,
            ent.table,
            record_id,
            "resolve",
            {"version": (old[0] if old else None, version)},
            reason,
            content=record_hash(whole) if whole is not None else None,
        )

    def remember_state(self, kind: str, record_id: str, key: str, clock: str, values: dict[str, Any]) -> None:
        """Remember a state of a record that a later merge may start from, decided here rather than
        received by an import (``key`` '' for the record's settled state, or the UUID of a record
        merged into it): its version vector's text and its values."""
        self.conn.execute(
            "INSERT OR REPLACE INTO merge_base (table_name, record_id, peer, clock, source_id, vals) "
            "VALUES (?, ?, ?, ?, NULL, ?)",
            (ENTITIES[kind].table, record_id, key, clock, json.dumps(values, ensure_ascii=False)),
        )

    def state_after_import(
        self, kind: str, record_id: str, source_id: str | None, fields: list[str]
    ) -> dict[str, Any] | None:
        """A record's ``fields`` and ``deleted`` as they stood at the end of the import
        ``source_id``: its values now, with every later change in the audit log undone. None when
        no such import is recorded."""
        row = self.conn.execute("SELECT audit_seq FROM exchange_import WHERE source_id = ?", (source_id,)).fetchone()
        if row is None:
            return None
        cols = ", ".join([*fields, "deleted"])
        current = self.conn.execute(f"SELECT {cols} FROM {ENTITIES[kind].table} WHERE id = ?", (record_id,)).fetchone()
        values = dict(zip([*fields, "deleted"], tuple(current), strict=True))
        for (changes,) in self.conn.execute(
            "SELECT changes FROM audit WHERE record_id = ? AND table_name = ? AND seq > ? AND changes IS NOT NULL "
            "ORDER BY seq DESC",
            (record_id, ENTITIES[kind].table, row[0]),
        ):
            for name, (old, _new) in json.loads(changes).items():
                if name in values:
                    values[name] = old
        return values

    def conflict_known(self, kind: str, record_id: str, field: str, theirs: Any, theirs_clock: str | None) -> bool:
        """Whether this field of the record already has an open conflict holding ``theirs``, or a
        settled one that held ``theirs`` as of the same incoming version vector (the same file, or
        one that says nothing new, imported again: a settlement is not asked again)."""
        return (
            self.conn.execute(
                "SELECT 1 FROM conflict WHERE record_id = ? AND field = ? AND table_name = ? AND theirs IS ? "
                "AND (status = 'open' OR theirs_clock IS ?) LIMIT 1",
                (record_id, field, ENTITIES[kind].table, _dump(theirs), theirs_clock),
            ).fetchone()
            is not None
        )

    def records_with_open_conflicts(self) -> set[str]:
        """The ids of the records (of any kind) with an open conflict."""
        return {r[0] for r in self.conn.execute("SELECT DISTINCT record_id FROM conflict WHERE status = 'open'")}

    def vouched_conflicts(
        self, kind: str, record_id: str, field: str | None = None, *, open_only: bool = False
    ) -> list[tuple[int, str, str, str]]:
        """The conflicts of a record (on ``field`` only, when given; open ones only, when
        ``open_only``) that a vouched-for file raised with a version vector: (number, field,
        status, incoming version vector's text) each, by number."""
        sql = (
            "SELECT id, field, status, theirs_clock FROM conflict WHERE record_id = ? AND table_name = ? "
            "AND vouched = 1 AND theirs_clock IS NOT NULL"
        )
        params: list[Any] = [record_id, ENTITIES[kind].table]
        if field is not None:
            sql += " AND field = ?"
            params.append(field)
        if open_only:
            sql += " AND status = 'open'"
        return [(r[0], r[1], r[2], r[3]) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def update_conflict(
        self,
        conflict_id: int,
        base: Any,
        ours: Any,
        theirs: Any,
        *,
        peer: str | None,
        source_id: str,
        at: str,
        theirs_clock: str | None,
        theirs_version: int | None,
    ) -> None:
        """Bring an open conflict up to date with a later state of the side it came from: the value
        here now, the value received, with its import (who wrote it and when), version vector and
        version, and the value both started from."""
        self.conn.execute(
            "UPDATE conflict SET base = ?, ours = ?, theirs = ?, peer = ?, source_id = ?, at = ?, theirs_clock = ?, "
            "theirs_version = ? WHERE id = ? AND status = 'open'",
            (_dump(base), _dump(ours), _dump(theirs), peer, source_id, at, theirs_clock, theirs_version, conflict_id),
        )

    def close_conflict(
        self, conflict_id: int, kind: str, record_id: str, resolution: str, reason: str, *, source_id: str, at: str
    ) -> None:
        """Settle an open conflict that an import ``source_id`` left nothing to decide on (the side
        it came from has since written the value held here, say): ``resolution`` and the audit's
        ``reason`` say why (stored in English). Audited like a person's settlement."""
        self.conn.execute(
            "UPDATE conflict SET status = 'resolved', resolution = ?, resolved_at = ? WHERE id = ? AND status = 'open'",
            (resolution, at, conflict_id),
        )
        self.audit.append(at, ENTITIES[kind].table, record_id, "resolve", None, reason, source_id)

    def conflict_clock(self, conflict_id: int) -> tuple[str | None, int | None, bool]:
        """The incoming version vector (text) and version a conflict was raised with, and whether
        its file was vouched for."""
        row = self.conn.execute(
            "SELECT theirs_clock, theirs_version, vouched FROM conflict WHERE id = ?", (conflict_id,)
        ).fetchone()
        return (None, None, False) if row is None else (row[0], row[1], bool(row[2]))

    def add_conflict(
        self,
        kind: str,
        record_id: str,
        field: str,
        base: Any,
        ours: Any,
        theirs: Any,
        *,
        peer: str | None,
        source_id: str,
        at: str,
        theirs_clock: str | None = None,
        theirs_version: int | None = None,
        vouched: bool = True,
    ) -> int:
        """Record an open conflict on a field: the value here, the value received from ``peer`` by
        the import ``source_id`` (with its version vector and version, and whether the file was
        vouched for), and the value both started from (None when unknown). Returns its number."""
        cur = self.conn.execute(
            "INSERT INTO conflict (table_name, record_id, field, base, ours, theirs, peer, source_id, at, "
            "theirs_clock, theirs_version, vouched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ENTITIES[kind].table,
                record_id,
                field,
                _dump(base),
                _dump(ours),
                _dump(theirs),
                peer,
                source_id,
                at,
                theirs_clock,
                theirs_version,
                int(vouched),
            ),
        )
        return int(cur.lastrowid or 0)

    @staticmethod
    def spelling_only(ours: Any, theirs: Any) -> bool:
        """Whether two values of a conflict differ only in case, accents or spaces ("Camara" and
        "CAMARA", "Koidu  Town" and "Koidu Town", "Sébastien" and "Sebastien"): such a conflict
        is settled to the most recent spelling without asking a person, and listed as such."""
        return isinstance(ours, str) and isinstance(theirs, str) and ours != theirs and fold(ours) == fold(theirs)

    def find_duplicates(self, touched: dict[str, list[str]], source_id: str, at: str) -> list[dict[str, Any]]:
        """Record and return the new probable duplicates among the records an import added or
        changed (``touched``: ids per kind) and every live record (see
        :func:`kpfield.store.duplicates.find_duplicates`)."""
        return find_duplicates(self.conn, touched, source_id, at)

    def record_import(self, source_id: str, peer: str, check: SignatureCheck) -> None:
        """Record that the import ``source_id`` from ``peer`` ends here in the audit log (the
        states it left are rebuilt from there), with what its signature check found."""
        head = self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit").fetchone()[0]
        self.conn.execute(
            "INSERT INTO exchange_import (source_id, peer, audit_seq, signature, signer_public_key, "
            "signer_fingerprint, signer_officer, signature_detail, altered_accepted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source_id,
                peer,
                head,
                check.status,
                check.public_key,
                check.fingerprint,
                check.officer,
                check.detail or None,
                int(check.accepted),
            ),
        )

    # ---- what exports send ----------------------------------------------------------------------

    def records_with_clocks(
        self, kind: str, *, country: str | None = None, since: str | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """Each record of ``kind`` (deleted ones too) as a tuple: its bookkeeping (id, origin,
        created_at, modified_at, modified_by, version, deleted), its stored version vector's text
        and the version it was stored at (both None for a record never exchanged), its field
        stamps' text (None when it has none, :mod:`kpfield.store.stamps`), then its fields in
        order. ``country`` keeps the records of one country (production, sales and inspections
        through their site or licence); ``since`` (ISO date) those changed on or after it."""
        ent = ENTITIES[kind]
        clauses, params = [], {}
        if country:
            params["country"] = country
            clauses.append("t.country = :country" if "country" in ent.field_names else _COUNTRY_FILTER[ent.key])
        if since:
            # the time the record last arrived here (an import's own time), or its last change
            # made here since: never the time a workbook claims
            params["since"] = since
            clauses.append(
                "(CASE WHEN rc.version = t.version AND rc.arrived_at IS NOT NULL THEN rc.arrived_at "
                "ELSE t.modified_at END) >= :since"
            )
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        cols = ", ".join(
            f"t.{c}" for c in ("id", "origin", "created_at", "modified_at", "modified_by", "version", "deleted")
        )
        user = ", ".join(f"t.{c}" for c in ent.field_names)
        sql = (
            f"SELECT {cols}, CASE WHEN rc.vouched THEN rc.clock ELSE '{NO_CHANGE}' END, rc.version, fs.stamps, "
            f"{user} FROM {ent.table} t LEFT JOIN record_clock rc "
            f"ON rc.table_name = '{ent.table}' AND rc.record_id = t.id LEFT JOIN field_stamp fs "
            f"ON fs.table_name = '{ent.table}' AND fs.record_id = t.id{where}"
        )
        cur = self.conn.cursor()
        cur.row_factory = None
        return cur.execute(sql, params)

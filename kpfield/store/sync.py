"""Sync state: what an inventory remembers about the records that travel between installations.

Field conflicts raised by imports and how they were settled, probable duplicates and what a
person decided about them, and aliases (a UUID that now names another record, after two records
were found to be one). The exchange package decides *what* to record; this is the one place that
reads and writes these tables, inside the store's transactions, with the audit log beside them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from kpfield.domain.dates import utc_now
from kpfield.domain.entities import ENTITIES
from kpfield.i18n import translate

from .audit import AuditWriter
from .db import InventoryError
from .duplicates import reason_text

__all__ = ["Conflict", "Duplicate", "Sync", "record_label"]


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


def _load(v: str | None) -> Any:
    return None if v is None else json.loads(v)


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
        """:func:`record_label` of a record of ``kind`` (deleted records too)."""
        row = self.conn.execute(f"SELECT * FROM {ENTITIES[kind].table} WHERE id = ?", (record_id,)).fetchone()
        return record_label(dict(row) if row is not None else None, record_id)

    def open_conflicts(self) -> list[Conflict]:
        rows = self.conn.execute(
            "SELECT c.id, c.table_name, c.record_id, c.field, c.base, c.ours, c.theirs, c.peer, s.file_name, c.at "
            "FROM conflict c LEFT JOIN source s ON s.id = c.source_id WHERE c.status = 'open' ORDER BY c.id"
        )
        return [Conflict(r[0], r[1], r[2], r[3], _load(r[4]), _load(r[5]), _load(r[6]), r[7], r[8], r[9]) for r in rows]

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
        return Conflict(row[0], row[1], row[2], row[3], _load(row[4]), _load(row[5]), _load(row[6]), *row[7:10])

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
        self.conn.execute("UPDATE record_alias SET record_id = ? WHERE record_id = ?", (record_id, alias_id))
        self.conn.execute(
            "INSERT OR REPLACE INTO record_alias (alias_id, table_name, record_id, at) VALUES (?, ?, ?, ?)",
            (alias_id, ENTITIES[kind].table, record_id, utc_now()),
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

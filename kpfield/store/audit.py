"""The audit log: who changed what, when, why, and from which source, in a tamper-evident chain.

Each row's ``hash`` is the SHA-256 of the previous row's hash and of every column of the row, so
editing or deleting a past row breaks the chain from there on. The head of the chain (last seq
and hash) is also kept in ``meta``, updated in the same transaction, so that cutting rows off
the end is noticed too. This detects accidents and casual tampering; someone who rewrites the
whole file can rewrite the chain, which is what signed workbooks (their own issue) address.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kpfield.i18n import translate

GENESIS = "0" * 64
# The action of an audit row that records many inserted records at once (see append_inserts).
INSERT_MANY = "insert_many"

_INSERT = (
    "INSERT INTO audit (seq, at, origin, officer, table_name, record_id, action, changes, reason, "
    "source_id, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _part(value: object) -> str:
    # length-prefixed, so no choice of field contents can make two different rows hash alike
    if value is None:
        return "-"
    text = str(value)
    return f"{len(text)}:{text}"


def digest(
    prev_hash: str,
    seq: int,
    at: str,
    origin: str,
    officer: str | None,
    table: str,
    record_id: str,
    action: str,
    changes: str | None,
    reason: str | None,
    source_id: str | None,
) -> str:
    """The hash of one audit row, chained to the previous row's hash."""
    payload = "".join(
        map(_part, (prev_hash, seq, at, origin, officer, table, record_id, action, changes, reason, source_id))
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def encode_changes(changes: dict[str, tuple[Any, Any]] | None) -> str | None:
    """Field-level changes as stored: ``{"field": [old, new], ...}`` with sorted keys."""
    if not changes:
        return None
    return json.dumps(
        {k: list(v) for k, v in changes.items()}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


class AuditWriter:
    """Appends rows to the chain. Use only inside a write transaction (the store's ``transaction``)."""

    def __init__(self, conn: sqlite3.Connection, origin: str, officer: str | None):
        self.conn = conn
        self.origin = origin
        self.officer = officer

    def _head(self) -> tuple[int, str]:
        row = self.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def _set_head(self, seq: int, h: str) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("audit_head_seq", str(seq)), ("audit_head_hash", h)],
        )

    def append(
        self,
        at: str,
        table: str,
        record_id: str,
        action: str,
        changes: dict[str, tuple[Any, Any]] | None = None,
        reason: str | None = None,
        source_id: str | None = None,
    ) -> None:
        self.append_many(at, [(table, record_id, action, encode_changes(changes), reason, source_id)])

    def append_inserts(
        self, at: str, table: str, record_ids: list[str], source_id: str | None, reason: str | None = None
    ) -> None:
        """One audit row for records added together from one source (an import, the demo).

        The row lists every record id (``{"ids": [...]}`` in ``changes``), so each record stays
        traceable to its source, at a fraction of the cost of a row per record: the values
        themselves are in the source file, whose SHA-256 the ``source`` row keeps.
        """
        if record_ids:
            changes = json.dumps({"ids": record_ids}, separators=(",", ":"))
            self.append_many(at, [(table, record_ids[0], INSERT_MANY, changes, reason, source_id)])

    def append_many(self, at: str, rows: Iterable[tuple[str, str, str, str | None, str | None, str | None]]) -> int:
        """Append (table, record_id, action, changes_json, reason, source_id) rows; returns the count."""
        seq, prev = self._head()
        origin, officer = self.origin, self.officer
        # the same text as digest() builds, with the parts shared by every row computed once
        shared = _part(at) + _part(origin) + _part(officer)
        sha256 = hashlib.sha256
        batch: list[tuple[Any, ...]] = []
        n = 0
        for table, record_id, action, changes, reason, source_id in rows:
            seq += 1
            s = str(seq)
            payload = (
                f"64:{prev}{len(s)}:{s}{shared}{_part(table)}{_part(record_id)}{_part(action)}"
                f"{_part(changes)}{_part(reason)}{_part(source_id)}"
            )
            h = sha256(payload.encode("utf-8")).hexdigest()
            batch.append((seq, at, origin, officer, table, record_id, action, changes, reason, source_id, h))
            prev = h
            n += 1
            if len(batch) >= 10000:
                self.conn.executemany(_INSERT, batch)
                batch.clear()
        if batch:
            self.conn.executemany(_INSERT, batch)
        if n:
            self._set_head(seq, prev)
        return n


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    message: str


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Walk the whole chain; the first broken link is named by its sequence number."""
    prev, expected_seq, n = GENESIS, 0, 0
    cur = conn.execute(
        "SELECT seq, at, origin, officer, table_name, record_id, action, changes, reason, source_id, "
        "hash FROM audit ORDER BY seq"
    )
    for r in cur:
        row = tuple(r)
        seq = row[0]
        expected_seq += 1
        if seq != expected_seq:
            return ChainReport(
                False,
                n,
                translate("store", "audit row {n} is missing (next row is {next}): the log was cut").format(
                    n=expected_seq, next=seq
                ),
            )
        h = digest(prev, seq, *row[1:10])
        if h != row[10]:
            return ChainReport(
                False,
                n,
                translate(
                    "store",
                    "audit row {n} was changed or removed after it was written "
                    "(its hash no longer follows from the rows before it)",
                ).format(n=seq),
            )
        prev = h
        n += 1
    head = dict(
        conn.execute("SELECT key, value FROM meta WHERE key IN ('audit_head_seq', 'audit_head_hash')").fetchall()
    )
    if head:
        if int(head.get("audit_head_seq", 0)) != n or head.get("audit_head_hash") != prev:
            return ChainReport(
                False,
                n,
                translate(
                    "store",
                    "the audit log ends at row {n} but its recorded head is row {head}: rows were removed from the end",
                ).format(n=n, head=head.get("audit_head_seq")),
            )
    elif n:
        return ChainReport(False, n, translate("store", "the audit log has rows but no recorded head"))
    return ChainReport(True, n, translate("store", "{n} audit rows, chain intact").format(n=n))

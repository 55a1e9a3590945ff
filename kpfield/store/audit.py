"""The audit log: who changed what, when, why, and from which source, in a tamper-evident chain.

Each row's ``hash`` is the SHA-256 of the previous row's hash and of every column of the row, so
editing or deleting a past row breaks the chain from there on. The head of the chain (last seq
and hash) is also kept in ``meta``, updated in the same transaction, so that cutting rows off
the end is noticed too.

The log binds the data: a row about a record carries, in ``content``, the hash of the record as
it stood after the change (:func:`record_hash`; a row of many inserted records carries one hash
per record, in the order of its ids), so ``kpfield verify`` can recompute every record's hash and
compare it with the last row about it. Someone who rewrites the whole file can rewrite the chain
too; the signed checkpoints (:mod:`kpfield.store.checkpoints`) are what notices that.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kpfield.i18n import translate

GENESIS = "0" * 64
# The action of an audit row that records many inserted records at once (see append_inserts).
INSERT_MANY = "insert_many"

# Hex digits of one record's content hash (a 16-byte BLAKE2b).
HASH_LEN = 32

_INSERT = (
    "INSERT INTO audit (seq, at, origin, officer, table_name, record_id, action, changes, reason, "
    "source_id, hash, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def record_hash(row: tuple[Any, ...]) -> str:
    """The content hash of a record: 16-byte BLAKE2b, in hex, of its row (``SELECT *``: every
    column, in the table's order) exactly as SQLite returns it.

    The encoding is ``marshal`` format 2 (no back-references, so equal values always encode alike;
    every Python since 3.4 writes it the same), which tells None, text, integers and reals apart
    and costs about a third of a ``repr``. Writers hash the row as read back from SQLite, so the
    types are the stored ones whatever the caller passed in.
    """
    return hashlib.blake2b(marshal.dumps(row, 2), digest_size=16).hexdigest()


def _part(value: object) -> str:
    # length-prefixed, so no choice of field contents can make two different rows hash alike
    if value is None:
        return "-"
    text = str(value)
    return f"{len(text)}:{text}"


class StoredHash:
    """:func:`record_hash` of rows about to be inserted into ``table`` (values in the order of
    ``columns``), computed before the insert: the bulk path's way to avoid reading its rows back.

    SQLite may convert a value to its column's type (an integer into a REAL column becomes a real;
    text that looks like a number, in a numeric column, a number), and the hash is of the row as
    stored. So a row is hashed ahead only when each value's Python type is what SQLite keeps as it
    is (None; text in a TEXT column; int in an INTEGER one; float in a REAL one) or an int in a
    REAL column (converted here as SQLite would); for any other row the call returns None and the
    caller reads the row back after inserting it. The check is one look-up per distinct
    combination of types, of which a bulk load has a handful.
    """

    _EXACT = {"TEXT": str, "INTEGER": int, "REAL": float}

    def __init__(self, conn: sqlite3.Connection, table: str, columns: list[str]):
        info = [(str(r[1]), str(r[2]).upper()) for r in conn.execute(f"PRAGMA table_info({table})")]
        # the hash covers the row in the table's column order: only then can the inserted tuple stand for it
        self.usable = [name for name, _ in info] == list(columns)
        self.affinity = [kind for _, kind in info]
        self.plans: dict[tuple[type, ...], tuple[int, ...] | None] = {}

    def _plan(self, types: tuple[type, ...]) -> tuple[int, ...] | None:
        if not self.usable or len(types) != len(self.affinity):
            return None
        to_float = []
        for i, (t, kind) in enumerate(zip(types, self.affinity, strict=True)):
            if t is type(None) or t is self._EXACT.get(kind):
                continue
            if t is int and kind == "REAL":
                to_float.append(i)
                continue
            return None
        return tuple(to_float)

    def __call__(self, row: tuple[Any, ...]) -> str | None:
        types = tuple(map(type, row))
        plan = self.plans.get(types, ())
        if plan == () and types not in self.plans:
            plan = self.plans[types] = self._plan(types)
        if plan is None:
            return None
        if plan:
            values = list(row)
            for i in plan:
                values[i] = float(values[i])
            row = tuple(values)
        return record_hash(row)


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
    content: str | None = None,
) -> str:
    """The hash of one audit row, chained to the previous row's hash. ``content`` (rows written
    since the log binds the data) is covered when present; older rows hash as they always did."""
    payload = "".join(
        map(_part, (prev_hash, seq, at, origin, officer, table, record_id, action, changes, reason, source_id))
    )
    if content is not None:
        payload += _part(content)
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
        self.wrote = False  # whether this writer appended a row (the session then ends with a checkpoint)

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
        content: str | None = None,
    ) -> None:
        """One row; ``content`` is the record's :func:`record_hash` after the change, for a row
        that changes a record."""
        self.append_many(at, [(table, record_id, action, encode_changes(changes), reason, source_id, content)])

    def append_inserts(
        self,
        at: str,
        table: str,
        record_ids: list[str],
        hashes: list[str],
        source_id: str | None,
        reason: str | None = None,
    ) -> None:
        """One audit row for records added together from one source (an import, the demo).

        The row lists every record id (``{"ids": [...]}`` in ``changes``) and, in ``content``, each
        record's content hash in the same order, so each record stays traceable to its source and
        bound to its values, at a fraction of the cost of a row per record: the values themselves
        are in the source file, whose SHA-256 the ``source`` row keeps.
        """
        if record_ids:
            changes = json.dumps({"ids": record_ids}, separators=(",", ":"))
            self.append_many(at, [(table, record_ids[0], INSERT_MANY, changes, reason, source_id, "".join(hashes))])

    def append_many(
        self, at: str, rows: Iterable[tuple[str, str, str, str | None, str | None, str | None, str | None]]
    ) -> int:
        """Append (table, record_id, action, changes_json, reason, source_id, content) rows; returns
        the count."""
        seq, prev = self._head()
        origin, officer = self.origin, self.officer
        # the same text as digest() builds, with the parts shared by every row computed once
        shared = _part(at) + _part(origin) + _part(officer)
        sha256 = hashlib.sha256
        batch: list[tuple[Any, ...]] = []
        n = 0
        for table, record_id, action, changes, reason, source_id, content in rows:
            seq += 1
            s = str(seq)
            payload = (
                f"64:{prev}{len(s)}:{s}{shared}{_part(table)}{_part(record_id)}{_part(action)}"
                f"{_part(changes)}{_part(reason)}{_part(source_id)}"
            )
            if content is not None:
                payload += _part(content)
            h = sha256(payload.encode("utf-8")).hexdigest()
            batch.append((seq, at, origin, officer, table, record_id, action, changes, reason, source_id, h, content))
            prev = h
            n += 1
            if len(batch) >= 10000:
                self.conn.executemany(_INSERT, batch)
                batch.clear()
        if batch:
            self.conn.executemany(_INSERT, batch)
        if n:
            self._set_head(seq, prev)
            self.wrote = True
        return n


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    message: str
    hashes_at: dict[int, str] = field(default_factory=dict)  # the hash of each row asked for in ``marks``


# What verify_chain hands its ``visit`` callback for each row that binds records: (table, ids, hashes, seq).
Visit = Callable[[str, list[str], list[str], int], None]


def _bound(record_id: str, changes: str | None, content: str) -> tuple[list[str], list[str]]:
    """The records an audit row binds and their content hashes (one, or one per listed id)."""
    if len(content) == HASH_LEN:
        return [record_id], [content]
    try:
        ids = json.loads(changes or "{}").get("ids") or []
    except (ValueError, AttributeError):
        return [], []
    hashes = [content[i : i + HASH_LEN] for i in range(0, len(content), HASH_LEN)]
    if len(hashes) != len(ids):
        return [], []
    return [str(x) for x in ids], hashes


def verify_chain(conn: sqlite3.Connection, visit: Visit | None = None, marks: Iterable[int] = ()) -> ChainReport:
    """Walk the whole chain; the first broken link is named by its sequence number.

    ``visit`` gets, in order, every row that binds records to content hashes (it goes on past a
    broken link, so the records can still be checked); ``marks``: sequence numbers whose hash to
    report (a checkpoint's head)."""
    prev, expected_seq, n = GENESIS, 0, 0
    wanted = set(marks)
    hashes_at: dict[int, str] = {}
    broken: str | None = None
    cur = conn.cursor()
    cur.row_factory = None
    # an inventory not yet upgraded (verify reads it as it is) has no content column
    content = "content" if any(r[1] == "content" for r in conn.execute("PRAGMA table_info(audit)")) else "NULL"
    cur.execute(
        "SELECT seq, at, origin, officer, table_name, record_id, action, changes, reason, source_id, "
        f"hash, {content} FROM audit ORDER BY seq"
    )
    for row in cur:
        seq = row[0]
        if visit is not None and row[11]:
            ids, hashes = _bound(row[5], row[7], row[11])
            if ids:
                visit(row[4], ids, hashes, seq)
        if broken is not None:
            continue
        expected_seq += 1
        if seq != expected_seq:
            broken = translate("store", "audit row {n} is missing (next row is {next}): the log was cut").format(
                n=expected_seq, next=seq
            )
            continue
        h = digest(prev, seq, row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[11])
        if h != row[10]:
            broken = translate(
                "store",
                "audit row {n} was changed or removed after it was written "
                "(its hash no longer follows from the rows before it)",
            ).format(n=seq)
            continue
        if seq in wanted:
            hashes_at[seq] = h
        prev = h
        n += 1
    if broken is not None:
        return ChainReport(False, n, broken, hashes_at)
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
                hashes_at,
            )
    elif n:
        return ChainReport(False, n, translate("store", "the audit log has rows but no recorded head"), hashes_at)
    return ChainReport(True, n, translate("store", "{n} audit rows, chain intact").format(n=n), hashes_at)

"""The one place an inventory file is opened.

Every connection gets the same settings: WAL journal, foreign keys on, a busy timeout, and
``synchronous=FULL`` so that a committed save survives a power cut on a field laptop (in WAL
mode ``NORMAL`` may drop the last commits). Transactions are explicit (``isolation_level=None``):
the store says BEGIN IMMEDIATE and COMMIT itself, so nothing commits behind its back.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kpfield.domain import vocab
from kpfield.i18n import translate

# "KPFL": lets kpfield tell its inventories from other SQLite files (PRAGMA application_id).
APPLICATION_ID = 0x4B50464C
BUSY_TIMEOUT_MS = 5000
# Page cache per connection, in KiB (negative, as PRAGMA cache_size takes it). SQLite's default of
# 2 MB makes scans of a million-row table re-read pages; 64 MB keeps its indexes in memory.
CACHE_KB = -65536
# Bulk inserts raise it while they run: the indexes a million-row import touches do not fit in
# 64 MB, and on the regional demo 256 MB raised the bulk insert rate by about a tenth.
BULK_CACHE_KB = -262144
SQLITE_HEADER = b"SQLite format 3\x00"


class InventoryError(Exception):
    """A problem with an inventory file that the user can act on; the message says what to do."""


class NotAnInventory(InventoryError):
    pass


class NewerInventory(InventoryError):
    pass


class InventoryBusy(InventoryError):
    pass


class DiskFull(InventoryError):
    pass


# What a write raises when it breaks a rule the database itself enforces (a unique index, a
# foreign key): for a caller whose own checks should have caught it, to say so and roll back.
ConstraintError = sqlite3.IntegrityError


def _translate(e: BaseException) -> BaseException:
    """SQLite's words for a full disk, turned into a message a user can act on."""
    if isinstance(e, sqlite3.OperationalError) and "full" in str(e):
        return DiskFull(
            translate(
                "store",
                "The disk is full: nothing was saved from this operation and the inventory is as it was. "
                "Free some space (or save to another drive) and try again.",
            )
        )
    return e


def _uri(path: Path, mode: str) -> str:
    # as_uri percent-encodes spaces, accents, '?' and '#', which a raw "file:" string would not
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open an inventory file with kpfield's settings. ``readonly`` never writes to the file.

    The caller owns the connection, and only the thread that opened it may use it.
    """
    path = Path(path)
    if readonly:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = {CACHE_KB}")
        # temporary tables (the matrix loads a half-year's production into one) go to a temporary
        # file, not memory: evaluating a region of a million records peaked at 457 MB in memory, 267 MB so
        conn.execute("PRAGMA temp_store = FILE")
    except sqlite3.DatabaseError:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    # record labels (a licence's kind in a picker) name codes in the language of the thread asking
    conn.create_function("vocab_label", 1, _vocab_label)
    return conn


def _vocab_label(code: str | bytes | int | float | None) -> str | bytes | int | float | None:
    return vocab.label(code) if isinstance(code, str) else code


def check_file(path: str | Path) -> None:
    """Refuse, without writing a byte, a file that cannot be a kpfield inventory.

    A missing or empty file passes (it will become a new inventory).
    """
    path = Path(path)
    if not path.exists():
        return
    if path.is_dir():
        raise NotAnInventory(translate("store", "{path} is a folder, not an inventory file").format(path=path))
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head != SQLITE_HEADER:
        raise NotAnInventory(
            translate(
                "store",
                "{path} is not a kpfield inventory (it is not an SQLite database); "
                "choose the .kpfield file the program created",
            ).format(path=path)
        )
    # Read the id through SQLite, not from the raw header: in WAL mode page 1 may live in the -wal file.
    try:
        conn = connect(path, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise NotAnInventory(
            translate(
                "store",
                "{path} cannot be read ({error}); run 'kpfield verify' on it, or restore it from "
                "a backup with 'kpfield restore'",
            ).format(path=path, error=e)
        ) from e
    if app_id != APPLICATION_ID:
        raise NotAnInventory(
            translate(
                "store",
                "{path} is an SQLite database but not a kpfield inventory; "
                "choose the .kpfield file the program created",
            ).format(path=path)
        )


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: BEGIN IMMEDIATE (a savepoint when already inside one), COMMIT or ROLLBACK.

    IMMEDIATE takes the write lock at the start, so two writers wait for each other (up to the
    busy timeout) instead of failing halfway; a writer that still cannot get in raises
    InventoryBusy and has written nothing.
    """
    if conn.in_transaction:
        name = f"sp_{secrets.token_hex(6)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise InventoryBusy(
                translate(
                    "store",
                    "The inventory is busy with another task (another kpfield window or an import); "
                    "nothing was saved: try again in a moment",
                )
            ) from e
        raise
    try:
        yield conn
    except BaseException as e:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        translated = _translate(e)
        if translated is e:
            raise
        raise translated from e
    else:
        try:
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            translated = _translate(e)
            if translated is e:
                raise
            raise translated from e

"""The one place an inventory file is opened.

Every connection gets the same settings: WAL journal, foreign keys on, a busy timeout, and
``synchronous=FULL`` so that a committed save survives a power cut on a field laptop (in WAL
mode ``NORMAL`` may drop the last commits). Transactions are explicit (``isolation_level=None``):
the store says BEGIN IMMEDIATE and COMMIT itself, so nothing commits behind its back.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
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
# Free space under which SQLite's "disk I/O error" is taken to mean a full disk (bytes).
LITTLE_ROOM = 1 << 20
# How sqlite-utils records applied migrations, and kpfield's first one (kpfield.store.migrations):
# a file without that record was not made by kpfield, whatever its application id says.
MIGRATIONS_TABLE, MIGRATION_SET, FIRST_STEP = "_sqlite_migrations", "kpfield", "0001_initial"


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


class ReadOnlyInventory(InventoryError):
    """The inventory may be read here but not changed: the file, or the folder or drive it is on,
    cannot be written."""


def read_only_message(path: str | Path) -> str:
    return translate(
        "store",
        "{path} is read-only here (the file, or the folder or drive it is on, cannot be written), so nothing "
        "was changed. To change it, copy it to a folder you can write to (or make it writable) and use the "
        "copy; stats, verify and exports work on it as it is.",
    ).format(path=path)


def writable(path: Path) -> bool:
    """Whether this process may change the inventory at ``path``: write the file, and make its -wal
    and -shm files beside it (or write them where they already are). Asks the system, which knows
    about read-only drives and immutable files, also for the superuser."""
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK | os.X_OK):
        return True
    return all(os.access(Path(str(path) + s), os.W_OK) for s in ("-wal", "-shm"))


def _read_only_error(e: BaseException) -> bool:
    """SQLite's words for a file it may not write, or cannot open for writing beside itself."""
    text = str(e)
    return isinstance(e, sqlite3.OperationalError) and (
        "readonly database" in text or "unable to open database file" in text
    )


# What a write raises when it breaks a rule the database itself enforces (a unique index, a
# foreign key): for a caller whose own checks should have caught it, to say so and roll back.
ConstraintError = sqlite3.IntegrityError


def _file_of(conn: sqlite3.Connection) -> str:
    try:
        return str(conn.execute("PRAGMA database_list").fetchone()[2])
    except sqlite3.Error:
        return "?"


def disk_full_error(e: BaseException, path: str | Path) -> bool:
    """Whether SQLite's ``e`` means that the disk holding ``path`` is full. SQLite says so
    ("database or disk is full"), or, when it could not even grow its shared-memory file, reports a
    "disk I/O error": that one counts when the disk has almost no room left."""
    if not isinstance(e, sqlite3.OperationalError):
        return False
    if "full" in str(e):
        return True
    if "disk I/O error" not in str(e):
        return False
    try:
        return shutil.disk_usage(Path(path).parent).free < LITTLE_ROOM
    except OSError:
        return False


def _translate(e: BaseException, conn: sqlite3.Connection) -> BaseException:
    """SQLite's words for a full disk or a read-only file, turned into a message a user can act on."""
    if isinstance(e, sqlite3.OperationalError) and "readonly database" in str(e):
        return ReadOnlyInventory(read_only_message(_file_of(conn)))
    if disk_full_error(e, _file_of(conn)):
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
        conn = _connect_readonly(path)
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


def _connect_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(_uri(path, "ro"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # opens the file (and its -shm) now
        return conn
    except sqlite3.OperationalError as e:
        conn.close()
        if "unable to open database file" not in str(e):
            raise
    # On a read-only folder or drive SQLite cannot make the -shm file that readers of a WAL file
    # share. With no -wal file holding changes, the main file is the whole inventory, and nobody
    # can change it there: read it as immutable, which needs no -shm.
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ReadOnlyInventory(
            translate(
                "store",
                "{path} cannot be opened here: its latest changes are in {wal}, which cannot be read on a "
                "read-only folder or drive. Copy both files to a folder you can write to and open the copy.",
            ).format(path=path, wal=wal)
        )
    return sqlite3.connect(
        _uri(path, "ro") + "&immutable=1", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
    )


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
    if not path.is_file():  # a device or a pipe: reading it could block, or never end
        raise NotAnInventory(
            translate("store", "{path} is not an inventory file (it is not a regular file)").format(path=path)
        )
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
    sides = [Path(str(path) + suffix) for suffix in ("-wal", "-shm")]
    had_sides = [side.exists() for side in sides]
    try:
        conn = connect(path, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            made_here = app_id == APPLICATION_ID and _has_inventory_tables(conn)
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
    if app_id != APPLICATION_ID or not made_here:
        _forget_sides(sides, had_sides)
    if app_id != APPLICATION_ID:
        raise NotAnInventory(
            translate(
                "store",
                "{path} is an SQLite database but not a kpfield inventory; "
                "choose the .kpfield file the program created",
            ).format(path=path)
        )
    if not made_here:
        # another program's file that carries kpfield's id: refused before anything (WAL, an
        # upgrade, a backup) could write to it
        raise NotAnInventory(
            translate(
                "store",
                "{path} carries kpfield's mark but was not made by kpfield (it lacks an inventory's tables); "
                "it was left as it was. Choose the .kpfield file the program created.",
            ).format(path=path)
        )


@contextlib.contextmanager
def peek(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` that leaves its folder as it found it: the empty -wal
    and -shm files SQLite makes to read a WAL file are removed again after (for a look at a file
    that may be another program's, or a backup)."""
    path = Path(path)
    sides = [Path(str(path) + suffix) for suffix in ("-wal", "-shm")]
    had_sides = [side.exists() for side in sides]
    conn = connect(path, readonly=True)
    try:
        yield conn
    finally:
        conn.close()
        _forget_sides(sides, had_sides)


def _forget_sides(sides: list[Path], had: list[bool]) -> None:
    """Remove the empty -wal and -shm files that reading another program's WAL file made beside
    it, so that a refused file's folder is left as it was (never files that were there before)."""
    wal = sides[0]
    if had[0] or (wal.exists() and wal.stat().st_size > 0):
        return
    for side, existed in zip(sides, had, strict=True):
        if not existed:
            with contextlib.suppress(OSError):
                side.unlink(missing_ok=True)


def _has_inventory_tables(conn: sqlite3.Connection) -> bool:
    """Whether the schema is kpfield's: its migrations table records the first step, and the meta
    table that step made is there (every inventory 'kpfield init' made has both)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {MIGRATIONS_TABLE, "meta"} <= tables:
        return False
    first = conn.execute(
        f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ? AND name = ?", (MIGRATION_SET, FIRST_STEP)
    ).fetchone()
    return first is not None


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
        translated = _translate(e, conn)
        if translated is e:
            raise
        raise translated from e
    else:
        try:
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            translated = _translate(e, conn)
            if translated is e:
                raise
            raise translated from e

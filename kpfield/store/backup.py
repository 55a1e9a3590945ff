"""Backups with SQLite's online backup API: a consistent copy even while the inventory is in use.

A backup is written in a staging folder beside the backups and renamed when complete
(:func:`kpfield.output.writing`), so a backup file that exists is always whole. Backups are named
``<inventory>-<inventory id>-<UTC time>[-label].kpfield``, where the id is the first 12 hex digits
of the inventory's own id (``meta.inventory_id``, which the backup, itself an inventory, also
carries): two inventories that share a file name and a backup folder (two officers'
``inventory.kpfield`` on one USB stick) keep apart, and the oldest backups of *this* inventory are
removed beyond ``keep``, never another's. Backups made before inventories had an id
(``<inventory>-<UTC time>.kpfield``) are listed but never pruned.
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import re
import sqlite3
from pathlib import Path

from kpfield.i18n import translate
from kpfield.output import OutputError, writing
from kpfield.progress import Cancelled, Progress

from .db import DiskFull, connect, peek

DEFAULT_KEEP = 10


def default_dir(db_path: Path) -> Path:
    """Backups live in a ``backups`` folder next to the inventory (same disk, same user)."""
    return db_path.parent / "backups"


def stamp() -> str:
    """The UTC time as backup and kept-file names carry it (sorts as it reads)."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


ID_DIGITS = 12
_STAMP = r"(\d{8}T\d{12}Z)(?:-[a-z-]+)?\.kpfield$"


def _pattern(stem: str) -> re.Pattern[str]:
    # group 1: the inventory id in the name (None for a backup made before names carried it)
    return re.compile(re.escape(stem) + r"-(?:([0-9a-f]{" + str(ID_DIGITS) + r"})-)?" + _STAMP)


def short_id(inventory_id: str) -> str:
    """The part of an inventory's id that its backups' names carry."""
    return inventory_id.replace("-", "")[:ID_DIGITS].lower()


def inventory_id_of(path: Path) -> str | None:
    """The id an inventory file (or a backup) records, or None (made before ids, or unreadable)."""
    return read_meta(path).get("inventory_id")


def read_meta(path: Path) -> dict[str, str]:
    """An inventory file's meta rows, read without writing; {} when it cannot be read."""
    try:
        with peek(path) as conn:
            return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta") if v is not None}
    except sqlite3.DatabaseError:
        return {}


def name_id(path: Path) -> str | None:
    """The inventory id a backup's name carries (its first digits), or None."""
    for part in path.name.split("-"):
        if re.fullmatch(r"[0-9a-f]{" + str(ID_DIGITS) + "}", part):
            return part
    return None


def list_backups(
    db_path: Path, dest_dir: Path | None = None, inventory_id: str | None = None, *, every: bool = False
) -> list[Path]:
    """Backups of this inventory, oldest first: those whose name carries its id (read from
    ``db_path`` when not given), and those made before backups carried one. ``every``: the backups
    of every inventory of that file name in the folder."""
    folder = dest_dir or default_dir(db_path)
    if not folder.is_dir():
        return []
    if inventory_id is None and not every and db_path.exists():
        inventory_id = inventory_id_of(db_path)
    mine = short_id(inventory_id) if inventory_id else None
    pat = _pattern(db_path.stem)
    found = []
    for p in folder.iterdir():
        m = pat.match(p.name)
        if m and (every or m.group(1) is None or m.group(1) == mine):
            found.append((m.group(2), p))
    return [p for _stamp, p in sorted(found, key=lambda t: (t[0], t[1].name))]


def _destination(path: Path) -> sqlite3.Connection:
    """The new backup file's connection (a seam the full-disk tests use to give it a small 'disk')."""
    return sqlite3.connect(str(path))


def _disk_full(e: BaseException) -> bool:
    return (isinstance(e, sqlite3.OperationalError) and "full" in str(e)) or (
        isinstance(e, OSError) and e.errno == errno.ENOSPC
    )


def backup_connection(
    conn: sqlite3.Connection,
    db_path: Path,
    dest_dir: Path | None = None,
    *,
    keep: int = DEFAULT_KEEP,
    label: str = "",
    progress: Progress | None = None,
    inventory_id: str | None = None,
) -> Path:
    """Copy the open inventory to a new timestamped file named with ``inventory_id``; returns its
    path. Pruning (``keep``) removes only older backups of that same inventory.

    Reports ``progress(pages done, pages in all, "")``; raises Cancelled when it answers False, and no
    partial file is left behind.
    """
    folder = dest_dir or default_dir(db_path)
    if folder.exists() and not folder.is_dir():
        raise OutputError(
            translate(
                "store", "{folder} is not a folder: no backup was written. Give a folder for the backups."
            ).format(folder=folder)
        )
    if inventory_id is None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'inventory_id'").fetchone()
        inventory_id = row[0] if row else None
    owner = f"{short_id(inventory_id)}-" if inventory_id else ""
    name = f"{db_path.stem}-{owner}{stamp()}{'-' + label if label else ''}.kpfield"
    final = folder / name
    cancelled = False

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal cancelled
        if progress is not None and progress(total - remaining, total, "") is False:
            cancelled = True
            raise Cancelled("backup cancelled")

    # the copy is made in a staging folder beside the backups (a killed backup leaves it for the
    # next kpfield to remove) and renamed when whole
    with writing(final, make_folder=True) as staged:
        for stale in folder.glob(f"{glob.escape(db_path.stem)}-*.kpfield.partial"):
            stale.unlink(missing_ok=True)  # left by a backup of an earlier kpfield that was killed part-way
        dest = _destination(staged.part)
        try:
            conn.backup(dest, pages=256, progress=step)
            dest.execute("PRAGMA journal_mode = DELETE")
        except BaseException as e:
            if cancelled or isinstance(e, Cancelled):
                raise Cancelled(translate("store", "backup cancelled; no backup file was written")) from None
            if _disk_full(e):
                raise DiskFull(
                    translate(
                        "store",
                        "The backup could not be written to {folder}: the disk is full. No backup file was left "
                        "there and the inventory is as it was. Free some space, or back up to another drive.",
                    ).format(folder=folder)
                ) from e
            raise
        finally:
            dest.close()
    if keep > 0 and inventory_id:
        ours = [p for p in list_backups(db_path, folder, inventory_id) if name_id(p) == short_id(inventory_id)]
        for old in ours[:-keep]:
            old.unlink(missing_ok=True)
    return final


def backup_file(db_path: Path, dest_dir: Path | None = None, *, keep: int = DEFAULT_KEEP, label: str = "") -> Path:
    """Back up an inventory file that is not open here (for example before an upgrade)."""
    conn = connect(db_path, readonly=True)
    try:
        return backup_connection(conn, db_path, dest_dir, keep=keep, label=label)
    finally:
        conn.close()

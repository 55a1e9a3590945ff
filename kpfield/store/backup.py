"""Backups with SQLite's online backup API: a consistent copy even while the inventory is in use.

A backup is written in a staging folder beside the backups and renamed when complete
(:func:`kpfield.output.writing`), so a backup file that exists is always whole. Backups are named
``<inventory>-<UTC time>[-label].kpfield`` and the oldest are removed beyond ``keep``.
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

from .db import DiskFull, connect

DEFAULT_KEEP = 10


def default_dir(db_path: Path) -> Path:
    """Backups live in a ``backups`` folder next to the inventory (same disk, same user)."""
    return db_path.parent / "backups"


def stamp() -> str:
    """The UTC time as backup and kept-file names carry it (sorts as it reads)."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-\d{8}T\d{12}Z(?:-[a-z-]+)?\.kpfield$")


def list_backups(db_path: Path, dest_dir: Path | None = None) -> list[Path]:
    """Backups of this inventory, oldest first."""
    folder = dest_dir or default_dir(db_path)
    if not folder.is_dir():
        return []
    pat = _pattern(db_path.stem)
    return sorted((p for p in folder.iterdir() if pat.match(p.name)), key=lambda p: p.name)


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
) -> Path:
    """Copy the open inventory to a new timestamped file; returns its path.

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
    name = f"{db_path.stem}-{stamp()}{'-' + label if label else ''}.kpfield"
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
    if keep > 0:
        for old in list_backups(db_path, folder)[:-keep]:
            old.unlink(missing_ok=True)
    return final


def backup_file(db_path: Path, dest_dir: Path | None = None, *, keep: int = DEFAULT_KEEP, label: str = "") -> Path:
    """Back up an inventory file that is not open here (for example before an upgrade)."""
    conn = connect(db_path, readonly=True)
    try:
        return backup_connection(conn, db_path, dest_dir, keep=keep, label=label)
    finally:
        conn.close()

"""Backups with SQLite's online backup API: a consistent copy even while the inventory is in use.

A backup is written to a temporary name and renamed when complete, so a backup file that exists is
always whole. Backups are named ``<inventory>-<UTC time>[-label].kpfield`` and the oldest are
removed beyond ``keep``.
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import os
import re
import sqlite3
from pathlib import Path

from kpfield.i18n import translate
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
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{glob.escape(db_path.stem)}-*.kpfield.partial"):
        stale.unlink(missing_ok=True)  # left by a backup that was killed part-way
    name = f"{db_path.stem}-{stamp()}{'-' + label if label else ''}.kpfield"
    final = folder / name
    partial = folder / (name + ".partial")
    cancelled = False

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal cancelled
        if progress is not None and progress(total - remaining, total, "") is False:
            cancelled = True
            raise Cancelled("backup cancelled")

    dest = _destination(partial)
    try:
        conn.backup(dest, pages=256, progress=step)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.close()
        os.replace(partial, final)
    except BaseException as e:
        dest.close()
        partial.unlink(missing_ok=True)
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

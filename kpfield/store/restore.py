"""Bringing an inventory back from a backup (``kpfield restore``).

A backup is used only when it verifies; the file it replaces is never deleted but renamed beside
itself, so a restore can always be undone by hand.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from kpfield.i18n import translate
from kpfield.output import disk_failure

from .backup import default_dir, list_backups, stamp
from .db import InventoryError
from .verify import verify


def _check_backup(path: Path) -> str | None:
    """None when ``path`` is a sound inventory; otherwise what is wrong with it."""
    try:
        failed = [c for c in verify(path) if not c.ok]
    except Exception as e:  # a backup we cannot even open is simply not a good one
        return str(e)
    return "; ".join(f"{c.name}: {c.detail}" for c in failed) or None


def restore(db_path: Path, backup: Path | None = None, backup_dir: Path | None = None) -> tuple[Path, Path | None]:
    """Replace an inventory by a backup; returns (backup used, where the replaced file was kept).

    ``backup`` None picks the newest backup that verifies. The current file (damaged or not) is
    never deleted: it is renamed ``<name>.replaced-<UTC time>`` next to itself, with its -wal and
    -shm files, before the backup is copied in. The copy is written under a temporary name and
    renamed, so a failure part-way leaves either the old file or the restored one.
    """
    if backup is None:
        candidates = list_backups(db_path, backup_dir)
        for candidate in reversed(candidates):
            if _check_backup(candidate) is None:
                backup = candidate
                break
        if backup is None:
            where = backup_dir or default_dir(db_path)
            raise InventoryError(
                translate("store", "No good backup of {name} was found in {folder} ({n} checked)").format(
                    name=db_path.name, folder=where, n=len(candidates)
                )
            )
    else:
        problem = _check_backup(backup)
        if problem:
            raise InventoryError(
                translate("store", "{backup} is not a good backup ({problem}); choose another one").format(
                    backup=backup, problem=problem
                )
            )
    kept: Path | None = None
    staging = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup, staging)
    except OSError as e:  # a full disk, a read-only drive: in words, and no half copy left
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
        raise disk_failure(db_path, e) from e
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.replaced-{stamp()}")
        for suffix in ("-wal", "-shm"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                os.replace(side, Path(str(kept) + suffix))
        os.replace(db_path, kept)
    os.replace(staging, db_path)
    return backup, kept

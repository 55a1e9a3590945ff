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

from .backup import default_dir, inventory_id_of, list_backups, read_meta, stamp
from .db import InventoryError
from .verify import verify


def _check_backup(path: Path) -> str | None:
    """None when ``path`` is a sound inventory; otherwise what is wrong with it."""
    try:
        failed = [c for c in verify(path) if not c.ok]
    except Exception as e:  # a backup we cannot even open is simply not a good one
        return str(e)
    return "; ".join(f"{c.name}: {c.detail}" for c in failed) or None


def owner(path: Path) -> str:
    """Whose inventory a file is, for people: the officer, the installation and the inventory id."""
    meta = read_meta(path)
    return translate("store", "{officer}'s inventory (installation {origin}, inventory {id})").format(
        officer=meta.get("officer") or "?", origin=meta.get("origin") or "?", id=meta.get("inventory_id") or "?"
    )


def _same_inventory(mine: dict[str, str], theirs: dict[str, str]) -> bool:
    if mine.get("inventory_id") and theirs.get("inventory_id"):
        return mine["inventory_id"] == theirs["inventory_id"]
    # a backup made before inventories had an id: the installation is all there is to go by
    return bool(mine.get("origin")) and mine.get("origin") == theirs.get("origin")


def restore(db_path: Path, backup: Path | None = None, backup_dir: Path | None = None) -> tuple[Path, Path | None]:
    """Replace an inventory by a backup; returns (backup used, where the replaced file was kept).

    ``backup`` None picks the newest backup *of this inventory* that verifies: its name and its
    own record of the inventory's id must be this inventory's (or, for a backup made before
    inventories had an id, its installation). When the inventory cannot be read to learn its id,
    the backups of one inventory only may be in the folder under its name; otherwise restore
    refuses and lists whose they are, to be named with ``backup``. A ``backup`` named explicitly
    is used even when it is another inventory's (:func:`owner` says whose).

    The current file (damaged or not) is never deleted: it is renamed
    ``<name>.replaced-<UTC time>`` next to itself, with its -wal and -shm files, before the backup
    is copied in. The copy is written under a temporary name and renamed, so a failure part-way
    leaves either the old file or the restored one.
    """
    if backup is None:
        where = backup_dir or default_dir(db_path)
        mine = read_meta(db_path) if db_path.exists() else {}
        known = bool(mine.get("inventory_id") or mine.get("origin"))
        if known:
            candidates = [
                p
                for p in list_backups(db_path, backup_dir, mine.get("inventory_id"))
                if _same_inventory(mine, read_meta(p))
            ]
        else:
            candidates = list_backups(db_path, backup_dir, every=True)
            owners = {inventory_id_of(p) or read_meta(p).get("origin") or "" for p in candidates}
            if len(owners) > 1:
                raise InventoryError(
                    translate(
                        "store",
                        "{name} cannot be read to tell which inventory it is, and {folder} holds backups of "
                        "{n} inventories under that name: {owners}. Choose one with --from",
                    ).format(
                        name=db_path.name,
                        folder=where,
                        n=len(owners),
                        owners="; ".join(sorted({owner(p) for p in candidates})),
                    )
                )
        for candidate in reversed(candidates):
            if _check_backup(candidate) is None:
                backup = candidate
                break
        if backup is None:
            others = [p for p in list_backups(db_path, backup_dir, every=True) if p not in candidates]
            message = translate("store", "No good backup of {name} was found in {folder} ({n} checked)").format(
                name=db_path.name, folder=where, n=len(candidates)
            )
            if others:
                message += translate(
                    "store",
                    "; the folder holds backups of other inventories, which restore does not bring back unless "
                    "you name one with --from: {owners}",
                ).format(owners="; ".join(sorted({owner(p) for p in others})))
            raise InventoryError(message)
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

"""Bringing an inventory back from a backup (``kpfield restore``).

A backup is used only when it verifies; the file it replaces is never deleted but renamed beside
itself, so a restore can always be undone by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kpfield.domain.entities import ENTITIES
from kpfield.i18n import translate
from kpfield.output import disk_failure
from kpfield.progress import Cancelled, Progress

from .backup import default_dir, inventory_id_of, list_backups, read_meta, stamp
from .db import InventoryError, check_file, peek
from .verify import examine, verify

_CHUNK = 1 << 20  # bytes copied between two progress reports


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
    return backup, put_in_place(db_path, stage(db_path, backup, checked=True))


def staging_path(db_path: Path) -> Path:
    """Where a backup is copied before it replaces the inventory."""
    return db_path.with_name(db_path.name + ".restoring")


def stage(db_path: Path, backup: Path, progress: Progress | None = None, *, checked: bool = False) -> Path:
    """The long half of a restore, while the inventory may still be open: check that ``backup``
    verifies (unless ``checked``) and copy it beside the inventory under a temporary name, which is
    returned for :func:`put_in_place`. ``progress(done, total, what)`` answering False stops with
    Cancelled, and nothing is left behind; the inventory itself is not touched."""
    if not checked:
        try:
            report = examine(backup, progress)
        except Cancelled:
            raise
        except Exception as e:  # a backup we cannot even open is simply not a good one
            problem: str | None = str(e)
        else:
            problem = "; ".join(f"{c.name}: {c.detail}" for c in report.checks if not c.ok) or None
        if problem:
            raise InventoryError(
                translate("store", "{backup} is not a good backup ({problem}); choose another one").format(
                    backup=backup, problem=problem
                )
            )
    staging = staging_path(db_path)
    try:
        with backup.open("rb") as src, staging.open("wb") as dst:
            total = max(backup.stat().st_size, 1)
            done = 0
            while chunk := src.read(_CHUNK):
                dst.write(chunk)
                done += len(chunk)
                if progress is not None and progress(done, total, "") is False:
                    raise Cancelled(translate("store", "restore cancelled; the inventory was not changed"))
            dst.flush()
            os.fsync(dst.fileno())
    except Cancelled:
        staging.unlink(missing_ok=True)
        raise
    except OSError as e:  # a full disk, a read-only drive: in words, and no half copy left
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
        raise disk_failure(db_path, e) from e
    return staging


def put_in_place(db_path: Path, staging: Path) -> Path | None:
    """The quick half of a restore, once nothing has the inventory open: the current file (with
    its -wal and -shm files) is renamed ``<name>.replaced-<UTC time>`` beside itself and ``staging``
    takes its name. Returns where the replaced file was kept (None when there was none)."""
    kept: Path | None = None
    moved: list[tuple[Path, Path]] = []
    try:
        if db_path.exists():
            kept = db_path.with_name(f"{db_path.name}.replaced-{stamp()}")
            for suffix in ("-wal", "-shm"):
                side = Path(str(db_path) + suffix)
                if side.exists():
                    os.replace(side, Path(str(kept) + suffix))
                    moved.append((side, Path(str(kept) + suffix)))
            os.replace(db_path, kept)
            moved.append((db_path, kept))
        os.replace(staging, db_path)
    except OSError:
        # the inventory goes back under its own name, as it was, before the error is told
        for original, aside in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(aside, original)
        raise
    return kept


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the window lists it. ``made`` is the UTC time its name carries; ``counts`` the
    live records of each kind (:data:`kpfield.domain.entities.ENTITIES`) it holds, or None when it
    cannot be read as an inventory, and then ``problem`` says why."""

    path: Path
    made: dt.datetime
    size: int
    counts: dict[str, int] | None
    problem: str | None = None
    inventory_id: str | None = None


def made_at(backup: Path) -> dt.datetime | None:
    """The UTC time a backup's name carries (an aware datetime), or None for another name."""
    m = re.search(r"(\d{8}T\d{12})Z(?:-[a-z-]+)?\.kpfield$", backup.name)
    if m is None:
        return None
    return dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)


def describe(backup: Path) -> BackupInfo:
    """What a backup holds, read without writing a byte (nor leaving -wal/-shm files beside it):
    its size, and its live records of each kind. A file that is not a readable kpfield inventory
    is described with the reason, never raised."""
    made = made_at(backup) or dt.datetime.fromtimestamp(backup.stat().st_mtime, dt.UTC)
    try:
        size = backup.stat().st_size
        check_file(backup)
        if size == 0:
            raise InventoryError(translate("store", "{path} is empty").format(path=backup.name))
        with peek(backup) as conn:
            counts = {
                kind: int(conn.execute(f"SELECT COUNT(*) FROM {e.table} WHERE deleted = 0").fetchone()[0])
                for kind, e in ENTITIES.items()
            }
            row = conn.execute("SELECT value FROM meta WHERE key = 'inventory_id'").fetchone()
    except (InventoryError, sqlite3.DatabaseError, OSError) as e:
        # the file is named in its own row: its folder's path would only hide the reason
        problem = (str(e) or e.__class__.__name__).replace(str(backup), backup.name)
        return BackupInfo(backup, made, _size(backup), None, problem)
    return BackupInfo(backup, made, size, counts, None, row[0] if row else None)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def describe_backups(
    db_path: Path, backup_dir: Path | None = None, progress: Progress | None = None
) -> list[BackupInfo]:
    """This inventory's backups (:func:`~kpfield.store.backup.list_backups`), newest first, each
    described. ``progress(done, total, "")`` after each; answering False stops with Cancelled."""
    found = list(reversed(list_backups(db_path, backup_dir)))
    out = []
    for i, path in enumerate(found, 1):
        out.append(describe(path))
        if progress is not None and progress(i, len(found), "") is False:
            raise Cancelled(translate("store", "listing the backups cancelled"))
    return out

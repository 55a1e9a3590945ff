"""Files kpfield writes for the user, and how they get where they are asked to go.

Every command that writes a file (a field or inventory workbook, a PDF, a template, an import
report, a backup, an officer's key file, a chart) goes through :func:`writing`:

- The path is checked before any work starts (:func:`check_output`): nothing there yet, a regular
  file (replaced when the new one is whole), or a symbolic link to either, which is written
  through (the finished file lands at the link's target; the link stays). A folder, a device, a
  pipe, a socket or a loop of links is refused with :class:`OutputError`.
- The file is written inside a staging folder beside its target (``.kpfield-tmp-<pid>-<token>``),
  which also holds every temporary file of the work (XlsxWriter's, LibreOffice's), and is renamed
  onto the target when whole; the folder is then removed. When the work fails the folder is
  removed too, and a failure of the disk (full, read-only, not ours) becomes an OutputError that
  names the file and says what to do.
- A kpfield that is killed cannot remove its folder. Each folder holds a lock its process keeps
  while it lives; :func:`sweep` (run when kpfield starts) removes the folders of processes that
  are gone, found through a list in the data folder, and :func:`writing` does the same for old
  folders beside its own target. A folder whose kpfield still runs is never touched; a helper
  program still working in an abandoned folder (LibreOffice, which outlives a killed kpfield) is
  ended first, or it would make the folder again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import signal
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kpfield.i18n import translate
from kpfield.paths import data_dir

__all__ = ["PREFIX", "OutputError", "Staging", "check_output", "writing", "sweep", "disk_failure"]

PREFIX = ".kpfield-tmp-"
_LOCK = "lock"
# A staging folder without its lock file is left alone this long: its process may be between
# making the folder and opening the lock (microseconds), never minutes.
_YOUNG_SECONDS = 60.0
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_NOT_OURS = (errno.EROFS, errno.EACCES, errno.EPERM)


class OutputError(OSError):
    """A file kpfield was asked to write cannot be written there; the message names the file,
    says why and what to do. Nothing was left at the path (a file already there is as it was).
    An OSError, so that every caller that reports the system's failures reports these too."""


# ---- the path ------------------------------------------------------------------------------------


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("output", "a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("output", "a device")
    if stat.S_ISFIFO(mode):
        return translate("output", "a named pipe")
    if stat.S_ISSOCK(mode):
        return translate("output", "a socket")
    return translate("output", "a special file")


def _not_a_file(path: Path, what: str) -> OutputError:
    return OutputError(
        translate(
            "output",
            "{path} is not a regular file (it is {what}): nothing was written to it. Give the name of a new "
            "file, or of an existing file to replace.",
        ).format(path=path, what=what)
    )


def check_output(path: str | Path) -> Path:
    """Where a file written to ``path`` will land: ``path`` itself, or the target of the symbolic
    link at ``path``. Raises OutputError, without writing anything, when that is anything but a
    regular file or nothing yet."""
    path = Path(path)
    try:
        st = path.lstat()
    except FileNotFoundError:
        return path
    except OSError as e:  # a part of the path is a file, or may not be looked into
        raise disk_failure(path, e) from None
    target = path
    if stat.S_ISLNK(st.st_mode):
        try:
            target = path.resolve(strict=False)
        except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
            raise _not_a_file(path, translate("output", "a loop of symbolic links")) from None
        try:
            st = target.stat()
        except FileNotFoundError:
            return target  # a link to a file not written yet: written through, the link stays
        except OSError as e:
            raise disk_failure(path, e) from None
    if stat.S_ISREG(st.st_mode):
        return target
    raise _not_a_file(path, _kind(st.st_mode))


def disk_failure(path: Path, error: OSError) -> OutputError:
    """The message for ``error`` met while writing ``path``: a full disk, a drive or folder that
    may not be written, or whatever the system said."""
    if error.errno in _FULL:
        text = translate(
            "output",
            "{path} could not be written: the disk is full. Nothing was written there and the partial file was "
            "removed. Free some space, or write to another drive.",
        )
    elif error.errno in _NOT_OURS:
        text = translate(
            "output",
            "{path} could not be written: the drive or folder is read-only, or you may not write there. Nothing "
            "was written; choose a folder you can write to.",
        )
    else:
        text = translate(
            "output",
            "{path} could not be written ({error}). Nothing was written there; check the drive and the folder, "
            "or choose another.",
        )
    return OutputError(text.format(path=path, error=error.strerror or error))


def _os_error(e: BaseException) -> OSError | None:
    """The OSError ``e`` is, or the one a library wrapped in its own error (XlsxWriter's
    FileCreateError carries it as its argument). Errors that already say what happened in kpfield's
    words are left alone, whatever they were raised from."""
    if isinstance(e, OSError):
        return e if e.errno is not None else None
    return next((a for a in e.args if isinstance(a, OSError) and a.errno is not None), None)


# ---- the staging folder ----------------------------------------------------------------------


def _take(fh: IO[bytes]) -> bool:
    """Lock ``fh`` for this process without waiting; False when another process holds it. The
    system drops the lock when the process ends, however it ends."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _registry() -> Path:
    return data_dir() / "temporary"


def _abandoned(folder: Path) -> bool:
    """Whether ``folder`` is a staging folder whose process has ended."""
    try:
        with (folder / _LOCK).open("rb") as fh:
            return _take(fh)
    except FileNotFoundError:
        try:
            return time.time() - folder.stat().st_mtime > _YOUNG_SECONDS
        except OSError:
            return False
    except OSError:
        return False


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _stop_helpers(folder: Path) -> None:
    """End the helper programs a killed kpfield left working in ``folder`` (LibreOffice making a
    PDF outlives it): they would make the folder again after it is removed. Only processes whose
    command line names this folder (a name no other folder has) are ended, and only where the
    system lists processes in /proc (Linux)."""
    proc = Path("/proc")
    if not (proc / "self" / "cmdline").exists():
        return
    needle = folder.name.encode()
    ended: list[Path] = []
    for p in proc.iterdir():
        if not p.name.isdigit() or int(p.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if needle in (p / "cmdline").read_bytes():
                os.kill(int(p.name), signal.SIGKILL)
                ended.append(p)
    deadline = time.monotonic() + 5
    while ended and time.monotonic() < deadline:
        ended = [p for p in ended if _still_running(p)]
        if ended:
            time.sleep(0.02)


def _still_running(p: Path) -> bool:
    try:
        state = (p / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie writes nothing more


@dataclass
class Staging:
    """The folder an output is written in. Write the file to :attr:`part`; put temporary files in
    :attr:`folder`. :func:`writing` moves :attr:`part` onto :attr:`target` when the work ends."""

    target: Path
    folder: Path
    _lock: IO[bytes] | None = None

    @property
    def part(self) -> Path:
        return self.folder / (self.target.name or "output")

    def _close(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        _remove(self.folder)
        with contextlib.suppress(OSError):
            (_registry() / self.folder.name).unlink(missing_ok=True)


def _stage(target: Path, make_folder: bool) -> Staging:
    parent = target.parent
    try:
        if make_folder:
            parent.mkdir(parents=True, exist_ok=True)
        elif not parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(parent))
    except OSError as e:
        raise disk_failure(target, e) from None
    _sweep_beside(parent)
    folder = parent / f"{PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    staging = Staging(target, folder)
    try:
        folder.mkdir()
        staging._lock = (folder / _LOCK).open("wb")
        _take(staging._lock)
    except OSError as e:
        staging._close()
        raise disk_failure(target, e) from None
    with contextlib.suppress(OSError):  # without the list, the next write beside it still sweeps it
        registry = _registry()
        registry.mkdir(exist_ok=True)
        (registry / folder.name).write_text(str(folder.absolute()), encoding="utf-8")
    return staging


@contextlib.contextmanager
def writing(path: str | Path, *, make_folder: bool = False) -> Iterator[Staging]:
    """Write a file to ``path`` through a staging folder beside it (see the module's docstring).

    ``make_folder``: make the folder ``path`` goes in when it does not exist (else a missing
    folder is an OutputError). Checks the path and makes the staging folder on entering
    (OutputError: nothing was written); on leaving
    without an exception, moves the finished file onto the target. Any exception removes the folder
    with what it held and leaves the target as it was; one that comes from the disk (an OSError,
    also when a library wrapped it) becomes an OutputError naming ``path``.
    """
    path = Path(path)
    target = check_output(path)
    staging = _stage(target, make_folder)
    try:
        yield staging
        os.replace(staging.part, target)
    except BaseException as e:
        staging._close()
        cause = None if isinstance(e, OutputError) else _os_error(e)
        if cause is not None:
            raise disk_failure(path, cause) from e
        raise
    staging._close()


# ---- sweeping ------------------------------------------------------------------------------------


def _sweep_beside(folder: Path) -> None:
    with contextlib.suppress(OSError):
        for p in folder.glob(PREFIX + "*"):
            if p.is_dir() and not p.is_symlink() and _abandoned(p):
                _stop_helpers(p)
                _remove(p)


def sweep() -> int:
    """Remove the staging folders that kpfield processes which have ended (killed, or cut off by a
    power cut) left behind; returns how many. Never raises: a folder it cannot remove now is tried
    again at the next start."""
    removed = 0
    with contextlib.suppress(OSError):
        registry = _registry()
        entries = list(registry.iterdir()) if registry.is_dir() else []
        for entry in entries:
            with contextlib.suppress(OSError):
                folder = Path(entry.read_text(encoding="utf-8").strip())
                if not folder.name.startswith(PREFIX) or not folder.is_dir() or folder.is_symlink():
                    entry.unlink(missing_ok=True)  # gone already, or not a staging folder: never removed
                elif _abandoned(folder):
                    _stop_helpers(folder)
                    _remove(folder)
                    entry.unlink(missing_ok=True)
                    removed += 1
    return removed

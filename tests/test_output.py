"""Where a written file may land, the staging folder it is written in, and the sweep of the
folders a killed kpfield leaves behind (kpfield.output)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kpfield import output
from kpfield.output import PREFIX, OutputError, check_output, sweep, writing


def staging_folders(folder: Path) -> list[Path]:
    return sorted(folder.glob(PREFIX + "*"))


def test_a_new_file_is_written_whole_and_the_staging_folder_goes(tmp_path: Path):
    target = tmp_path / "sub" / "out.txt"
    with pytest.raises(OutputError, match="No such file or directory"):
        with writing(target):
            raise AssertionError("no work may start")
    assert not target.parent.exists()
    with writing(target, make_folder=True) as staged:
        assert staged.folder.parent == target.parent and staged.folder.name.startswith(PREFIX)
        assert staged.part.parent == staged.folder
        staged.part.write_text("whole")
        assert not target.exists()  # nothing at the path until the file is finished
    assert target.read_text() == "whole"
    assert staging_folders(target.parent) == []
    assert not any((output.data_dir() / "temporary").iterdir())


def test_a_failure_leaves_the_file_that_was_there_and_no_staging_folder(tmp_path: Path):
    target = tmp_path / "out.txt"
    target.write_text("before")
    with pytest.raises(ValueError, match="half-way"):
        with writing(target) as staged:
            staged.part.write_text("half")
            raise ValueError("half-way")
    assert target.read_text() == "before"
    assert staging_folders(tmp_path) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_disk_error_becomes_a_message_naming_the_file(tmp_path: Path, code: int):
    target = tmp_path / "out.xlsx"
    with pytest.raises(OutputError) as caught:
        with writing(target) as staged:
            staged.part.write_text("half")
            raise OSError(code, os.strerror(code))
    text = str(caught.value)
    assert str(target) in text and "Nothing was written" in text
    assert {errno.ENOSPC: "the disk is full", errno.EROFS: "read-only", errno.EIO: os.strerror(errno.EIO)}[code] in text
    assert not target.exists() and staging_folders(tmp_path) == []


def test_a_library_that_wraps_the_disk_error_is_understood(tmp_path: Path):
    from xlsxwriter.exceptions import FileCreateError

    with pytest.raises(OutputError, match="the disk is full"):
        with writing(tmp_path / "out.xlsx"):
            raise FileCreateError(OSError(errno.ENOSPC, "No space left on device"))


def test_a_message_that_already_speaks_is_kept_whatever_it_was_raised_from(tmp_path: Path):
    with pytest.raises(ValueError, match="no sites"):
        with writing(tmp_path / "out.xlsx"):
            try:
                raise FileNotFoundError(errno.ENOENT, "x")
            except FileNotFoundError:
                raise ValueError("the inventory holds no sites") from None


def test_what_is_not_a_regular_file_is_refused_before_any_work(tmp_path: Path):
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe")
    for name, what in (("folder", "a folder"), ("pipe", "a named pipe")):
        with pytest.raises(OutputError, match=f"it is {what}"):
            check_output(tmp_path / name)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    with pytest.raises(OutputError, match="a loop of symbolic links"):
        check_output(tmp_path / "loop")
    assert staging_folders(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="making a device node needs the superuser")
def test_a_device_is_refused_and_stays_a_device(tmp_path: Path):
    dev = tmp_path / "null"
    os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    with pytest.raises(OutputError, match="it is a device"):
        with writing(dev):
            raise AssertionError("no work may start")
    assert stat.S_ISCHR(dev.lstat().st_mode)


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with writing(link) as staged:
        assert staged.folder.parent == real.parent
        staged.part.write_text("new")
    assert link.is_symlink() and real.read_text() == "new"
    dangling = tmp_path / "later.txt"
    dangling.symlink_to(tmp_path / "made-later.txt")
    with writing(dangling) as staged:
        staged.part.write_text("made")
    assert dangling.is_symlink() and (tmp_path / "made-later.txt").read_text() == "made"


def test_the_sweep_removes_only_folders_whose_process_has_ended(tmp_path: Path):
    # a kpfield that is killed while writing: its folder stays, with the lock its process held
    code = textwrap.dedent(
        f"""
        import os, sys
        from kpfield.output import writing
        w = writing({str(tmp_path / "killed.xlsx")!r})
        staged = w.__enter__()
        staged.part.write_text("half")
        print(staged.folder, flush=True)
        os._exit(9)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    left = Path(done.stdout.strip())
    assert left.is_dir() and (left / "killed.xlsx").exists()
    elsewhere = tmp_path / "elsewhere" / "live.xlsx"
    elsewhere.parent.mkdir()
    with writing(elsewhere) as live:  # this process's own folder, still working
        assert sweep() == 1
        assert not left.exists()
        assert live.folder.is_dir()
        live.part.write_text("done")
    assert elsewhere.read_text() == "done"
    assert staging_folders(tmp_path) == staging_folders(elsewhere.parent) == []
    assert not any((output.data_dir() / "temporary").iterdir())


def test_the_sweep_never_removes_a_folder_that_is_not_a_staging_folder(tmp_path: Path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "data").write_text("keep")
    registry = output.data_dir() / "temporary"
    registry.mkdir(exist_ok=True)
    (registry / f"{PREFIX}1-00000000").write_text(str(precious))
    assert sweep() == 0
    assert (precious / "data").read_text() == "keep"
    assert not any(registry.iterdir())  # the bad entry itself is dropped


def test_an_old_folder_beside_the_output_is_swept_by_the_next_write_there(tmp_path: Path):
    old = tmp_path / f"{PREFIX}1-deadbeef"
    old.mkdir()
    (old / "lock").write_bytes(b"")
    (old / "tmpabc").write_bytes(b"x" * 1000)
    with writing(tmp_path / "out.txt") as staged:
        staged.part.write_text("x")
    assert not old.exists()

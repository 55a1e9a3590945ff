"""Every failure of the file system is a message: read-only inventories, read-only drives, full
disks, another program's file carrying kpfield's id, kills that leave temporary files, and output
paths that are not files.

Each case runs the real command line in a subprocess under a 2 GB address-space limit and checks
the exit code (1 for a refusal), the message, that no traceback was printed, and that the
inventory (or the foreign file) is unchanged byte for byte. Cases that need a read-only mount, a
small tmpfs or a device node need the superuser; where those cannot be made the test says why it
is skipped, and an in-process test injects the same failure so that the code path is covered.
"""

from __future__ import annotations

import errno
import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kpfield.cli import main
from kpfield.output import PREFIX

from . import harness

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE = 2 << 30
IS_ROOT = os.name == "posix" and os.geteuid() == 0

pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="read-only files, mounts and kills as POSIX systems have them"
)


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def kpfield(*args: object, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user would, under the address-space limit."""
    return subprocess.run(
        [sys.executable, "-m", "kpfield", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        preexec_fn=_limit,
        env={**os.environ, "KPFIELD_LANG": "en", "PYTHONPATH": str(ROOT)},
    )


def refused(done: subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout[-2000:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr, done.stderr
    for w in words:
        assert w in done.stderr, (w, done.stderr)
    return done.stderr


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, (done.stdout[-2000:], done.stderr[-2000:])
    return done.stdout


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def sh(*cmd: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small demo inventory (checkpointed: one file) and a field workbook to import."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.kpfield"
    with pytest.MonkeyPatch.context() as mp:
        # the demo's own data folder, whose key each test's inventory takes along (see inventory)
        mp.setenv("KPFIELD_DATA_DIR", str(folder / "data"))
        assert main(["demo", "--db", str(db), "--seed", "3"]) == 0
        assert main(["export", "field", "--db", str(db), "-o", str(folder / "field.xlsx")]) == 0
    harness._checkpoint(db)
    return db, folder / "field.xlsx"


@pytest.fixture
def inventory(demo: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy of the demo whose signing key is in this test's data folder (as on the computer of
    the officer who made it), checkpointed into one file."""
    db = tmp_path / "kono.kpfield"
    shutil.copy(demo[0], db)
    # the officer's key comes along with the inventory: the one that signed its genesis
    shutil.copytree(demo[0].parent / "data" / "keys", Path(os.environ["KPFIELD_DATA_DIR"]) / "keys", dirs_exist_ok=True)
    ok(kpfield("identity", "--db", db))  # finds and records this data folder's key
    harness._checkpoint(db)
    return db


# ---- read-only inventories ---------------------------------------------------------------------

READERS = [
    ["stats"],
    ["stats", "--json"],
    ["verify"],
    ["conflicts"],
    ["identity", "--list"],
    ["evaluate", "--country", "SL"],
]
WRITERS = [
    ["add", "person", "family_name=Kamara", "country=SL"],
    ["assess", "--country", "SL", "--period", "2026H1", "--row", "digger_licensing", "--score", "B"],
]


def check_read_only(db: Path, work: Path, workbook: Path) -> None:
    """What a read-only inventory allows and refuses; the file stays as it was."""
    before = digest(db)
    work.mkdir(exist_ok=True)
    for command in READERS:
        ok(kpfield(*command, "--db", db))
    ok(kpfield("export", "field", "--db", db, "-o", work / "field.xlsx"))
    ok(kpfield("export", "inventory", "-q", "--db", db, "-o", work / "inventory.xlsx"))
    assert (work / "field.xlsx").stat().st_size > 0 and (work / "inventory.xlsx").stat().st_size > 0
    out = ok(kpfield("backup", "--db", db, "-o", work / "backups"))
    assert "read-only here, so the time of this backup was not noted" in out
    assert len(list((work / "backups").glob("*.kpfield"))) == 1
    for command in WRITERS:
        refused(kpfield(*command, "--db", db), "is read-only here", "nothing was changed", "copy it to a folder")
    for dry in ([], ["--dry-run"]):
        refused(kpfield("import", "--db", db, *dry, workbook), "is read-only here")
    assert digest(db) == before


def test_a_read_only_inventory_file_is_read_and_never_changed(inventory: Path, demo, tmp_path: Path):
    work = tmp_path / "out"
    if IS_ROOT:
        # the superuser writes through permission bits: an immutable file is read-only for it too
        if sh("chattr", "+i", inventory).returncode != 0:
            pytest.skip("chattr +i is not available on this file system, and the superuser ignores permission bits")
        try:
            check_read_only(inventory, work, demo[1])
        finally:
            sh("chattr", "-i", inventory)
    else:
        inventory.chmod(0o444)
        try:
            check_read_only(inventory, work, demo[1])
        finally:
            inventory.chmod(0o644)


@pytest.fixture
def read_only_folder(inventory: Path, tmp_path: Path) -> Iterator[Path]:
    """The inventory on a read-only drive (a read-only bind mount) for the superuser; else in a
    folder this user may not write, which is the same to SQLite: no -wal or -shm can be made."""
    src = tmp_path / "src"
    src.mkdir()
    inventory = shutil.move(inventory, src / inventory.name)
    if not IS_ROOT:
        src.chmod(0o555)
        try:
            yield inventory
        finally:
            src.chmod(0o755)
        return
    mnt = tmp_path / "drive"
    mnt.mkdir()
    made = sh("mount", "--bind", src, mnt)
    if made.returncode != 0:
        pytest.skip(f"a read-only mount cannot be made here ({made.stderr.strip()})")
    try:
        if sh("mount", "-o", "remount,bind,ro", mnt).returncode != 0:
            pytest.skip("a bind mount cannot be made read-only here")
        yield mnt / inventory.name
    finally:
        sh("umount", mnt)


def test_an_inventory_on_a_read_only_drive_is_read_and_every_write_is_a_message(
    read_only_folder: Path, demo, tmp_path: Path
):
    db = read_only_folder
    files = listing(db.parent)
    work = tmp_path / "out"
    check_read_only(db, work, demo[1])
    # the default backup folder is on the same drive
    refused(kpfield("backup", "--db", db), "could not be written", "read-only", "choose a folder you can write to")
    refused(kpfield("export", "field", "--db", db, "-o", db.parent / "field.xlsx"), "read-only")
    refused(kpfield("init", "--db", db.parent / "new.kpfield", "--country", "SL", "--officer", "A"), "read-only")
    backup = next((work / "backups").glob("*.kpfield"))
    refused(kpfield("restore", "--db", db, "--from", backup), "could not be written", "read-only")
    assert listing(db.parent) == files  # not even a -wal or -shm file was made


def test_a_read_only_inventory_is_found_before_a_write_even_when_the_system_says_yes(
    inventory: Path, monkeypatch, capsys
):
    """The in-process path: SQLite cannot open the file for writing although the system allows it."""
    from kpfield.store import db as dbmod
    from kpfield.store import inventory as invmod

    real = invmod.connect

    def connect(path, *, readonly: bool = False):
        if not readonly:
            raise sqlite3.OperationalError("unable to open database file")
        return real(path, readonly=True)

    monkeypatch.setattr(invmod, "connect", connect)
    before = digest(inventory)
    assert main(["stats", "--db", str(inventory)]) == 0
    assert main(["add", "person", "family_name=Kamara", "country=SL", "--db", str(inventory)]) == 1
    assert "is read-only here" in capsys.readouterr().err
    monkeypatch.setattr(invmod, "connect", real)
    monkeypatch.setattr(dbmod, "writable", lambda path: False)
    assert main(["add", "person", "family_name=Kamara", "country=SL", "--db", str(inventory)]) == 1
    assert "is read-only here" in capsys.readouterr().err
    assert digest(inventory) == before


# ---- full disks -----------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs, filled but for about 32 KB (less than any workbook or inventory needs)."""
    if not IS_ROOT:
        pytest.skip("mounting a small tmpfs needs the superuser (the in-process tests inject ENOSPC instead)")
    disk = tmp_path / "disk"
    disk.mkdir()
    made = sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk)
    if made.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here ({made.stderr.strip()})")
    try:
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * (free - 32 * 1024))
        yield disk
    finally:
        sh("umount", disk)


def test_a_full_disk_is_a_message_and_leaves_nothing_behind(small_disk: Path, inventory: Path):
    before = digest(inventory)
    cases = [
        (["export", "field", "--db", inventory, "-o", small_disk / "field.xlsx"], "field.xlsx"),
        (["export", "inventory", "-q", "--db", inventory, "-o", small_disk / "inv.xlsx"], "inv.xlsx"),
        (["init", "--db", small_disk / "new.kpfield", "--country", "SL", "--officer", "A"], "new.kpfield"),
    ]
    for command, name in cases:
        err = refused(kpfield(*command), "the disk is full", "Free some space")
        assert name in err
        assert listing(small_disk) == ["filler"], command  # no partial file, no staging folder
    refused(kpfield("backup", "--db", inventory, "-o", small_disk), "the disk is full")
    assert listing(small_disk) == ["filler"]
    assert digest(inventory) == before


class _FullZip:
    """XlsxWriter's ZipFile on a disk that fills up at the first part written."""

    def __init__(self, real: type) -> None:
        self.real = real

    def __call__(self, *args, **kwargs):
        z = self.real(*args, **kwargs)

        def write(*a, **k):
            raise OSError(errno.ENOSPC, "No space left on device")

        z.write = write
        return z


@pytest.mark.parametrize("what", ["field", "inventory"])
def test_a_full_disk_while_a_workbook_is_assembled_is_a_message(
    inventory: Path, tmp_path: Path, monkeypatch, capsys, what
):
    import xlsxwriter.workbook

    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", _FullZip(xlsxwriter.workbook.ZipFile))
    out = tmp_path / "out" / f"{what}.xlsx"
    out.parent.mkdir()
    assert main(["export", what, "--db", str(inventory), "-o", str(out)] + (["-q"] if what == "inventory" else [])) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and str(out) in err
    assert listing(out.parent) == []


def test_a_full_disk_while_an_inventory_is_made_is_a_message(tmp_path: Path, monkeypatch, capsys):
    from kpfield.store import inventory as invmod

    def full(conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(invmod, "migrate", full)
    db = tmp_path / "new.kpfield"
    assert main(["init", "--db", str(db), "--country", "SL", "--officer", "A"]) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert listing(tmp_path) == []


# ---- another program's file with kpfield's id --------------------------------------------------


def foreign_file(path: Path, *, wal: bool, migrations: bool) -> Path:
    """An SQLite file of another program that happens to carry kpfield's application id (and,
    at worst, a meta table and a migrations table of its own)."""
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA application_id = 1263552076")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('origin', 'someone else')")
    if migrations:
        conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
        conn.execute("INSERT INTO _sqlite_migrations VALUES ('their-app', '0001_initial', 'now')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
@pytest.mark.parametrize("migrations", [False, True], ids=["plain", "with-migrations"])
def test_a_foreign_file_with_our_id_is_refused_and_left_byte_for_byte(tmp_path: Path, demo, wal, migrations):
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = foreign_file(folder / "data.kpfield", wal=wal, migrations=migrations)
    before, files = digest(path), listing(folder)
    commands = [
        *READERS,
        *WRITERS,
        ["backup"],
        ["export", "field", "-o", tmp_path / "x.xlsx"],
        ["export", "inventory", "-o", tmp_path / "y.xlsx"],
        ["import", demo[1]],
        ["restore"],
    ]
    for command in commands:
        done = kpfield(*command, "--db", path)
        if command == ["verify"] or command == ["restore"]:
            assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
            continue
        refused(done, "was not made by kpfield", "left as it was")
    assert digest(path) == before
    assert listing(folder) == files  # no -wal, -shm, backups folder or migration
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == ("wal" if wal else "delete")
    conn.close()


# ---- kills and the temporary files they leave ----------------------------------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An inventory whose field workbook takes a few seconds to write."""
    from kpfield.store import Inventory

    db = tmp_path_factory.mktemp("large") / "large.kpfield"
    with Inventory.create(db, country="SL", officer="Sahr Komba") as inv:
        harness.bulk_persons(inv, 30_000, "register.xlsx", village="Koidu" * 10)
        inv.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kpfield", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        preexec_fn=_limit,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def wait_for(ready: Callable[[], bool], proc: subprocess.Popen[str], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the export ended (or took too long) before the moment to kill it came ({proc.returncode})")
        time.sleep(0.02)


def staging(folder: Path) -> list[Path]:
    return sorted(folder.glob(PREFIX + "*"))


def test_a_kill_during_a_field_export_leaves_temporary_files_only_until_the_next_start(
    large: Path, inventory: Path, tmp_path: Path
):
    out = tmp_path / "out" / "field.xlsx"
    out.parent.mkdir()
    proc = start("export", "field", "--db", large, "-o", out)

    def streaming() -> bool:  # XlsxWriter's temporary file of a sheet's rows has grown
        return any(
            p.name.startswith("tmp") and p.stat().st_size > 100_000 for s in staging(out.parent) for p in s.iterdir()
        )

    wait_for(streaming, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    left = staging(out.parent)
    assert len(left) == 1 and not out.exists()  # what the kill left: the staging folder alone
    ok(kpfield("stats", "--db", inventory))  # any command, on another inventory
    assert staging(out.parent) == [] and listing(out.parent) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: no PDF to kill")
def test_a_kill_while_libreoffice_makes_the_pdf_leaves_nothing_after_the_next_start(inventory: Path, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    proc = start("export", "inventory", "-q", "--db", inventory, "-o", out / "inv.xlsx", "--pdf", out / "inv.pdf")
    wait_for(lambda: any((s / "profile").is_dir() for s in staging(out)), proc)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert len(staging(out)) == 1
    ok(kpfield("stats", "--db", inventory))
    assert staging(out) == []
    time.sleep(3)  # LibreOffice, which outlived the kill, was ended: it makes no folder again
    assert staging(out) == [] and not (out / "inv.pdf").exists()


# ---- output paths that are not files ---------------------------------------------------------------


def writers(db: Path, workbook: Path, ok_xlsx: Path) -> dict[str, list[object]]:
    """Every command that writes a file the user names, with OUT where the name goes."""
    return {
        "export field": ["export", "field", "--db", db, "-o", "OUT"],
        "export inventory": ["export", "inventory", "-q", "--db", db, "-o", "OUT"],
        "export inventory --pdf": ["export", "inventory", "-q", "--db", db, "-o", ok_xlsx, "--pdf", "OUT"],
        "template": ["template", "-o", "OUT"],
        "identity --export": ["identity", "--export", "--db", db, "-o", "OUT"],
        "import --report": ["import", "--db", db, "--dry-run", workbook, "--report", "OUT"],
        "footprint --svg": ["footprint", "--db", db, "--scope", "country:SL", "--svg", "OUT"],
    }


def make_node(kind: str, path: Path) -> None:
    if kind == "device":
        if not IS_ROOT:
            pytest.skip("making a device node needs the superuser")
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a null device of the test's own
    elif kind == "pipe":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()


KINDS = {"device": stat.S_ISCHR, "pipe": stat.S_ISFIFO, "folder": stat.S_ISDIR}


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_output_that_is_not_a_file_is_refused_before_any_work(inventory: Path, demo, tmp_path: Path, kind: str):
    out = tmp_path / "out"
    out.mkdir()
    before = digest(inventory)
    for name, command in writers(inventory, demo[1], out / "inventory.xlsx").items():
        node = out / "node"
        make_node(kind, node)
        argv = [node if a == "OUT" else a for a in command]
        refused(kpfield(*argv), f"{node} is not a regular file", "nothing was written to it")
        assert KINDS[kind](node.lstat().st_mode), name  # still what it was
        assert listing(out) == ["node"], name  # nothing else written, no staging folder
        if kind == "folder":
            assert listing(node) == []
        node.rmdir() if kind == "folder" else node.unlink()
    assert digest(inventory) == before


def test_a_backup_folder_that_is_a_device_is_refused(inventory: Path, tmp_path: Path):
    node = tmp_path / "node"
    make_node("device" if IS_ROOT else "pipe", node)
    refused(kpfield("backup", "--db", inventory, "-o", node), "is not a folder")
    assert (stat.S_ISCHR if IS_ROOT else stat.S_ISFIFO)(node.lstat().st_mode)


@pytest.mark.parametrize("to", ["a file", "nothing yet", "a device"])
def test_a_link_is_written_through_and_never_replaced(inventory: Path, demo, tmp_path: Path, to: str):
    out = tmp_path / "out"
    out.mkdir()
    commands = writers(inventory, demo[1], out / "inventory.xlsx")
    if to == "a device":
        commands = {k: v for k, v in commands.items() if k in ("export field", "template")}
    for name, command in commands.items():
        target = out / f"target-{name.replace(' ', '_')}"
        if to == "a file":
            target.write_text("old")
        elif to == "a device":
            make_node("device" if IS_ROOT else "pipe", target)
        link = out / "link"
        link.symlink_to(target)
        done = kpfield(*[link if a == "OUT" else a for a in command])
        assert link.is_symlink() and link.readlink() == target, name
        if to == "a device":
            refused(done, "is not a regular file")
            assert not stat.S_ISREG(target.lstat().st_mode)
        else:
            ok(done)
            assert target.is_file() and target.read_bytes() != b"old", name
        link.unlink()
        assert staging(out) == [], name

"""Hostile values typed on the command line, put in workbooks or in key files, shared by
``tests/cli/test_hostile_values.py`` and ``benchmarks/soak_faults.py``.

Every case runs the real program in a child process with its address space limited to 2 GB
(:func:`run`), and must end in exit code 1 with a message saying what is wrong, the inventory
exactly as it was (:func:`refused`); or, for the cases that print text from outside, with that
text shown with its control characters and bidi overrides made visible.
"""

from __future__ import annotations

import dataclasses
import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from kpfield.store import Inventory

MEMORY_LIMIT = 2 * 1024**3
TIMEOUT = 120

# invisible characters a hand (or a forger) can slip into an identifier
INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066", "\x01", "\x7f")
# look-alike letters of other scripts, each for the Latin letter it imitates
LOOKALIKES = {"A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "O": "\u039f", "P": "\u0420"}


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(*args: object, cwd: Path | None = None, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``kpfield ARGS`` in a child process, in English, under a 2 GB address-space limit."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "KPFIELD_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    if data_dir is not None:
        env["KPFIELD_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "kpfield", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=cwd,
        env=env,
        preexec_fn=_limit,  # noqa: PLW1509 - the limit is the point; the child runs no threads yet
        timeout=TIMEOUT,
    )


# what a refused import still changes, by design: the backup it made first
_BACKUP_META = ("last_backup_at", "last_backup_path")


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table of an inventory, in a stable order (but the note of the last
    backup, which an import makes before it reads anything)."""
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
        rows["meta"] = [r for r in rows.get("meta", []) if r[0] not in _BACKUP_META]
        return rows
    finally:
        conn.close()


@dataclasses.dataclass(frozen=True)
class Base:
    """A small inventory to try values against: person Koroma (national ID SL-0001), licence
    AML/0001, site SITE-1."""

    db: Path
    person: str
    licence: str
    site: str


def base_inventory(path: Path) -> Base:
    with Inventory.create(path, country="SL", officer="Coordinator") as inv:
        person = inv.add(
            "person", {"family_name": "Koroma", "country": "SL", "national_id": "SL-0001", "roles": "licence_holder"}
        ).id
        licence = inv.add("licence", licence_values(person, "AML/0001")).id
        site = inv.add("site", {"country": "SL", "code": "SITE-1", "status": "active", "licence_id": licence}).id
        inv.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Base(path, person, licence, site)


def licence_values(holder: str, number: str) -> dict[str, str]:
    return {
        "country": "SL",
        "number": number,
        "kind": "artisanal_mining",
        "holder_person_id": holder,
        "issued_on": "2026-01-15",
        "expires_on": "2027-01-14",
        "status": "active",
    }


def production_values(site: str, **values: object) -> dict[str, object]:
    return {"site_id": site, "produced_on": "2025-03-04", "stones": 3, "carats": 1.25, **values}


def assignments(values: dict[str, object]) -> list[str]:
    return [f"{k}={v}" for k, v in values.items()]


@dataclasses.dataclass
class Outcome:
    """What a hostile case did: ``ok`` when it behaved, else ``why`` says what went wrong."""

    ok: bool
    why: str = ""
    unhandled: bool = False


def refused(db: Path, r: subprocess.CompletedProcess[str], before: dict, *words: str) -> Outcome:
    """The property of a refused case: exit code 1, no traceback, each of ``words`` in the
    message, the inventory as it was."""
    text = r.stdout + r.stderr
    if "Traceback" in text or "Error:" in text.split("kpfield:", 1)[0]:
        return Outcome(False, f"traceback: {text[-600:]}", unhandled=True)
    if r.returncode != 1:
        return Outcome(False, f"exit code {r.returncode}, expected 1: {text[-400:]}", unhandled=r.returncode < 0)
    missing = [w for w in words if w not in text]
    if missing:
        return Outcome(False, f"message lacks {missing}: {text[-400:]}")
    if dump(db) != before:
        return Outcome(False, "the inventory changed")
    return Outcome(True)


# ---- the families -------------------------------------------------------------------------------


def add_number(base: Base, field: str, value: object, *words: str) -> Outcome:
    """``kpfield add production`` with ``field`` set to ``value``: refused, naming the field."""
    before = dump(base.db)
    values = production_values(base.site, **{field: value})
    r = run("add", "production", "--db", base.db, *assignments(values), data_dir=base.db.parent / "data")
    return refused(base.db, r, before, *words)


def add_licence(base: Base, number: str, *words: str) -> Outcome:
    """``kpfield add licence`` with licence number ``number``: refused with ``words``."""
    before = dump(base.db)
    r = run(
        "add",
        "licence",
        "--db",
        base.db,
        *assignments(licence_values(base.person, number)),
        data_dir=base.db.parent / "data",
    )
    return refused(base.db, r, before, *words)


def production_workbook(path: Path, rows: list[dict[str, object]]) -> Path:
    """A hand-filled workbook with one Production sheet (site by its code)."""
    import xlsxwriter

    heads = {"site_id": "Site", "produced_on": "Date", "stones": "Stones", "carats": "Carats", "reference": None}
    heads["reference"] = "Register / sale-slip reference"
    wb = xlsxwriter.Workbook(str(path), {"nan_inf_to_errors": True, "strings_to_numbers": False})
    ws = wb.add_worksheet("Production")
    names = list(heads)
    ws.write_row(0, 0, [heads[n] for n in names])
    for i, row in enumerate(rows, start=1):
        for j, n in enumerate(names):
            v = row.get(n)
            if v is None:
                continue
            if isinstance(v, (int, float)):
                ws.write_number(i, j, v)
            else:
                ws.write_string(i, j, str(v))
    wb.close()
    return path


def import_numbers(base: Base, folder: Path, field: str, values: list[object], *words: str) -> Outcome:
    """``kpfield import`` of a workbook whose production rows hold ``values`` in ``field``:
    the file refused, naming the column."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [{"site_id": "SITE-1", "produced_on": "2025-03-04", "stones": 3, "carats": 1.25, field: v} for v in values]
    book = production_workbook(folder / "production.xlsx", rows)
    before = dump(base.db)
    r = run("import", "--db", base.db, book, data_dir=base.db.parent / "data")
    return refused(base.db, r, before, *words)


def register_key(base: Base, key_file: Path, *words: str) -> Outcome:
    """``kpfield identity --register KEY_FILE``: refused with ``words``."""
    before = dump(base.db)
    try:
        r = run("identity", "--register", key_file, "--db", base.db, data_dir=base.db.parent / "data")
    except subprocess.TimeoutExpired:
        return Outcome(False, f"no answer within {TIMEOUT} s", unhandled=True)
    return refused(base.db, r, before, *words)


def nested_json(depth: int) -> str:
    return '{"format": "kpfield officer key 1", "x": ' + "[" * depth + "]" * depth + "}"


KEY_FILES: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {}


def _key_file(name: str, *words: str) -> Callable[[Callable[[Path], Path]], Callable[[Path], Path]]:
    def add(make: Callable[[Path], Path]) -> Callable[[Path], Path]:
        KEY_FILES[name] = (make, words)
        return make

    return add


@_key_file("a pipe", "not a regular file")
def _fifo(folder: Path) -> Path:
    p = folder / "pipe.kpkey"
    os.mkfifo(p)
    return p


@_key_file("/dev/zero", "not a regular file")
def _zero(folder: Path) -> Path:
    return Path("/dev/zero")


@_key_file("a folder", "not a regular file")
def _folder(folder: Path) -> Path:
    p = folder / "folder.kpkey"
    p.mkdir()
    return p


@_key_file("10 MB", "10,485,760 bytes", "65,536")
def _large(folder: Path) -> Path:
    p = folder / "large.kpkey"
    with p.open("wb") as f:
        f.truncate(10 * 1024 * 1024)
    return p


@_key_file("60 KB of nested JSON", "nested", "at most 8")
def _nested(folder: Path) -> Path:
    p = folder / "nested.kpkey"
    p.write_text(nested_json(30_000), encoding="utf-8")
    return p


@_key_file("binary", "not an officer's key file")
def _binary(folder: Path) -> Path:
    p = folder / "binary.kpkey"
    p.write_bytes(bytes(range(256)) * 40)
    return p


def officer_key_file(path: Path, officer: str) -> Path:
    """A sound officer's key file (self-signed) whose officer's name is ``officer``."""
    from kpfield.identity import export_identity, generate_key

    key = generate_key("0192a0e0-0000-7000-8000-00000000beef", officer, "SL")
    return export_identity(key, path, officer=officer)


# single-spaced: officers' names are stored with their spaces collapsed (a carriage return is one)
SCREEN_LIES = (
    "\x1b[1A\x1b[2K signature: signed by a registered officer",
    "Sesay\u202e\u2066 registered",
    "Officer\x9b2K\x1b[8m hidden",
)


def shown_safely(text: str, lie: str) -> Outcome:
    """Whether ``text`` (a command's output) shows ``lie`` with its invisible characters visible."""
    bad = [c for c in text if c in "\x1b\r\x9b\u202e\u2066"]
    if bad:
        return Outcome(False, f"printed raw {[hex(ord(c)) for c in bad]}: {text[-300:]!r}")
    from kpfield.domain.text import visible

    if visible(lie) not in text:
        return Outcome(False, f"the officer's text is not shown as {visible(lie)!r}: {text[-300:]!r}")
    return Outcome(True)


def json_strict(text: str) -> Outcome:
    """Whether ``text`` is strict JSON (no Infinity, no NaN)."""

    def refuse(constant: str) -> object:
        raise ValueError(f"non-standard JSON constant {constant}")

    try:
        json.loads(text, parse_constant=refuse)
    except ValueError as e:
        return Outcome(False, str(e))
    return Outcome(True)

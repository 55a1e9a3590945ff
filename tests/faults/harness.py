"""Kill trials, shared by ``tests/faults/test_kill.py`` and ``benchmarks/soak_faults.py``.

A trial starts a kpfield process (:mod:`tests.faults.worker`) on an inventory, kills it with
SIGKILL after a random delay drawn from its seed, and checks what is left: ``kpfield verify``
passes and the inventory holds exactly the state before the interrupted operation or exactly
the state after it. Each trial returns a :class:`Trial` (clean or not, and why) instead of
raising, so the soak script can count; the tests assert ``trial.clean``.

Kinds: ``bulk`` (30,000 persons in one transaction), ``edits`` (saves one at a time),
``backup``, ``import`` (``kpfield import`` of a large field workbook, backup first) and
``merge`` (an import whose merge produces a conflict on every record).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kpfield.store import Inventory
from kpfield.store.verify import verify

WORKER = Path(__file__).with_name("worker.py")
ROOT = WORKER.parents[2]
KINDS = ("bulk", "edits", "backup", "import", "merge")
# columns that differ between two runs of the same operation (times, generated ids, the audit
# chain's hashes, which cover the times); everything else must be exactly before or after
# ``content``: the hash of a record's values, its times among them
VOLATILE = {"at", "created_at", "modified_at", "arrived_at", "hash", "source_id", "content"}


@dataclass
class Trial:
    kind: str
    seed: int
    clean: bool
    outcome: str  # "before", "after", or what was wrong
    killed_after: float = 0.0
    phase: str = ""  # for imports: where the kill landed (before, during or after the file's transaction)

    def __str__(self) -> str:
        return f"{self.kind} seed {self.seed} (killed after {self.killed_after:.2f} s): {self.outcome}"


def start(mode: str, db: Path, arg: str | int | Path = "", *, stdin: bool = False) -> subprocess.Popen[str]:
    """Start the worker and wait until it has opened the inventory (``stdin``: keep a pipe to it)."""
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), mode, str(db), str(arg)],
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        proc.communicate(timeout=30)
        raise RuntimeError(f"the worker did not start ({line!r})")
    return proc


def kill(proc: subprocess.Popen[str], after: float) -> list[str]:
    """SIGKILL the worker ``after`` seconds from now; returns the lines it printed."""
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    return out.split("\n")


def failed_checks(db: Path) -> list[str]:
    return [f"{c.name}: {c.detail}" for c in verify(db) if not c.ok]


def signature(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The inventory's content, without what differs between two runs of one operation."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            # the signed checkpoints are times and signatures, and a backup adds one: verify checks them
            if not r[0].startswith(("sqlite_", "_sqlite"))
            and "_search" not in r[0]
            and r[0] not in ("meta", "checkpoint")
        ]
        out = {}
        for t in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")') if r[1] not in VOLATILE]
            if t == "source":
                cols.remove("id")
            rows = conn.execute(f'SELECT {", ".join(cols)} FROM "{t}"').fetchall()
            out[t] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def _same_as(sig: dict[str, list[tuple[Any, ...]]], before: dict, after: dict | None) -> str | None:
    if sig == before:
        return "before"
    if after is not None and sig == after:
        return "after"
    return None


def _differs(sig: dict, other: dict) -> str:
    tables = [t for t in sorted(set(sig) | set(other)) if sig.get(t) != other.get(t)]
    return ", ".join(f"{t} ({len(sig.get(t, []))} rows vs {len(other.get(t, []))})" for t in tables[:5])


# ---- scenarios: made once, copied for each trial ----------------------------------------------


@dataclass
class Scenario:
    """An inventory as it is before the operation, the workbook the operation imports (if any),
    and the signature of the inventory after the operation has run to its end."""

    kind: str
    before: Path
    workbook: Path | None
    before_sig: dict[str, list[tuple[Any, ...]]]
    after_sig: dict[str, list[tuple[Any, ...]]] | None
    kill_window: tuple[float, float]  # seconds after the worker is ready
    hot: tuple[float, float] | None = None  # when the import's transaction runs: most kills land there


def _empty(folder: Path) -> Path:
    db = folder / "kono.kpfield"
    Inventory.create(db, country="SL", officer="Sahr Komba").close()
    return db


def bulk_persons(inv: Inventory, n: int, file_name: str, village: str = "Koidu") -> None:
    with inv.transaction():
        src = inv.add_source("import", file_name=file_name)
        inv.bulk_add(
            "person",
            ({"family_name": f"P{i}", "country": "SL", "village": village} for i in range(n)),
            source_id=src,
            validate=False,
        )


def _checkpoint(db: Path) -> None:
    with Inventory.open(db) as inv:
        inv.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _after(before: Path, workbook: Path, folder: Path) -> tuple[dict[str, list[tuple[Any, ...]]], tuple[float, float]]:
    """Run the import to its end on a copy, in the worker as a trial does: the signature of the
    inventory after it, and when (seconds after "ready") its transaction began and ended."""
    done = folder / "after" / before.name
    done.parent.mkdir(exist_ok=True)
    shutil.copy(before, done)
    proc = start("import", done, workbook)
    began = time.monotonic()  # from "ready", as a trial's delay is counted
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        marks.setdefault(line.split()[0] if line.split() else "", time.monotonic() - began)
    proc.wait(timeout=600)
    if proc.returncode != 0 or "done" not in marks or "importing" not in marks:
        raise RuntimeError(f"the import did not run to its end ({sorted(marks)})")
    return signature(done), (marks["importing"], marks["done"])


def prepare(kind: str, folder: Path, *, rows: int = 20_000, conflicts: int = 5_000) -> Scenario:
    """The scenario of one kind of trial, made in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind in ("bulk", "edits"):
        db = _empty(folder)
        return Scenario(kind, db, None, signature(db), None, (0.05, 1.2) if kind == "bulk" else (0.05, 1.0))
    if kind == "backup":
        db = folder / "kono.kpfield"
        with Inventory.create(db, country="SL", officer="Sahr Komba") as inv:
            bulk_persons(inv, 20_000, "seed.xlsx", village="Koidu" * 20)
        _checkpoint(db)
        return Scenario(kind, db, None, signature(db), None, (0.05, 1.5))
    if kind == "import":
        from kpfield.exchange.export import export_field

        src = folder / "officer.kpfield"
        with Inventory.create(src, country="SL", officer="Officer") as inv:
            bulk_persons(inv, rows, "register.xlsx")
            export_field(inv, folder / "officer-field.xlsx")
        db, workbook = _empty(folder), folder / "officer-field.xlsx"
        after, hot = _after(db, workbook, folder)
        return Scenario(kind, db, workbook, signature(db), after, (0.02, 1.2 * hot[1]), hot)
    if kind == "merge":
        return _prepare_merge(folder, conflicts)
    raise ValueError(f"unknown kind of trial {kind!r}; choose one of {', '.join(KINDS)}")


def _prepare_merge(folder: Path, n: int) -> Scenario:
    """A coordinator and an officer who edited the same villages differently: importing the
    officer's workbook gives a conflict on every one of the ``n`` persons."""
    from kpfield.exchange.export import export_field
    from kpfield.exchange.importer import import_workbooks

    db = folder / "coordinator.kpfield"
    officer = folder / "officer.kpfield"
    with Inventory.create(db, country="SL", officer="Coordinator") as c:
        bulk_persons(c, n, "register.xlsx")
        export_field(c, folder / "start.xlsx")
        with Inventory.create(officer, country="SL", officer="Officer") as a:
            assert import_workbooks(a, [folder / "start.xlsx"], backup=False).ok
            ids = [r[0] for r in a.conn.execute("SELECT id FROM person")]
            with a.transaction():
                for pid in ids:
                    a.update("person", pid, {"village": "Yengema"})
            export_field(a, folder / "officer-field.xlsx")
        with c.transaction():
            for pid in ids:
                c.update("person", pid, {"village": "Tombodu"})
    _checkpoint(db)
    workbook = folder / "officer-field.xlsx"
    after, hot = _after(db, workbook, folder)
    assert len(after["conflict"]) == n, len(after["conflict"])
    return Scenario("merge", db, workbook, signature(db), after, (0.02, 1.2 * hot[1]), hot)


# ---- trials -----------------------------------------------------------------------------------


def trial(scenario: Scenario, folder: Path, seed: int) -> Trial:
    """Copy the scenario's inventory into ``folder``, run its operation, kill it, check."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / scenario.before.name
    shutil.copy(scenario.before, db)
    rng = random.Random(f"{scenario.kind}-{seed}")
    window = scenario.hot if scenario.hot and rng.random() < 0.6 else scenario.kill_window
    after = rng.uniform(*window)
    check = _CHECKS[scenario.kind]
    phase: list[str] = []
    try:
        outcome = check(scenario, db, after, phase)
    except Exception as e:  # a trial that cannot even be checked is a failure, with its reason
        return Trial(scenario.kind, seed, False, f"{type(e).__name__}: {e}", after)
    clean = outcome in ("before", "after")
    return Trial(scenario.kind, seed, clean, outcome, after, phase[0] if phase else "")


def _sound_or(db: Path) -> str | None:
    failed = failed_checks(db)
    return f"verify failed: {'; '.join(failed)}" if failed else None


def _check_bulk(s: Scenario, db: Path, after: float, phase: list[str]) -> str:
    lines = kill(start("bulk", db, 30000), after)
    if bad := _sound_or(db):
        return bad
    with Inventory.open(db) as inv:
        persons = inv.count("person")
        sources = inv.conn.execute("SELECT COUNT(*) FROM source").fetchone()[0]
        audited = inv.conn.execute(
            "SELECT COALESCE(SUM(json_array_length(changes, '$.ids')), 0) FROM audit WHERE table_name = 'person'"
        ).fetchone()[0]
    # all or nothing: before (0) or after (30000), never in between; the audit agrees
    state = (persons, sources, audited)
    if state == (0, 0, 0) and "done" not in lines:
        return "before"
    if state == (30000, 1, 30000):
        return "after"
    return f"partial write: persons, sources, audited = {state}; last output {lines[-3:]}"


def _check_edits(s: Scenario, db: Path, after: float, phase: list[str]) -> str:
    lines = kill(start("edits", db, 100000), after)
    if bad := _sound_or(db):
        return bad
    reported = max([int(x.split()[1]) for x in lines if x.startswith("saved ")], default=0)
    with Inventory.open(db) as inv:
        persons = inv.count("person")
        unedited = inv.conn.execute("SELECT COUNT(*) FROM person WHERE village IS NULL").fetchone()[0]
    # each save that said it was saved is there; the one in flight is whole or absent: its add
    # and its edit are two saves, so at most one record may lack its edit
    if not reported <= persons <= reported + 1:
        return f"lost edit: {reported} saves reported, {persons} persons"
    if unedited > 1:
        return f"partial write: {unedited} persons lack their edit"
    return "after" if persons > reported or unedited else "before"


def _check_backup(s: Scenario, db: Path, after: float, phase: list[str]) -> str:
    kill(start("backup", db), after)
    if bad := _sound_or(db):
        return bad
    if signature(db) != s.before_sig:  # a backup only reads the records (it notes its time in meta)
        return "the records changed during a backup"
    folder = db.parent / "backups"
    for backup in folder.glob("*.kpfield"):
        if failed := failed_checks(backup):
            return f"backup {backup.name} with its final name is not whole: {failed}"
    with Inventory.open(db) as inv:  # the next backup clears what the killed one left behind
        inv.backup(folder, keep=3)
    if list(folder.glob("*.partial")) or list(folder.glob(".kpfield-tmp-*")):
        return "a partial backup was left behind after the next backup"
    return "before"


def _check_import(s: Scenario, db: Path, after: float, phase: list[str]) -> str:
    assert s.workbook is not None and s.after_sig is not None
    lines = kill(start("import", db, s.workbook), after)
    phase.append(
        "after the transaction" if "done" in lines else "in the transaction" if "importing" in lines else "before it"
    )
    if bad := _sound_or(db):
        return bad
    sig = signature(db)
    found = _same_as(sig, s.before_sig, s.after_sig)
    if found == "before" and "done" in lines:
        return "the import said it was done, but the inventory is as before"
    return found or f"neither before nor after: {_differs(sig, s.after_sig)}"


_CHECKS: dict[str, Callable[[Scenario, Path, float, list[str]], str]] = {
    "bulk": _check_bulk,
    "edits": _check_edits,
    "backup": _check_backup,
    "import": _check_import,
    "merge": _check_import,
}

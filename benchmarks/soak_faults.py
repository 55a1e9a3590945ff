"""Fault soak: hundreds of kills, every named bad workbook, and a batch of random hostile ones.

    .venv/bin/python benchmarks/soak_faults.py [--trials 200] [--seed 0] [--workbooks 100]
                                               [--kinds bulk,edits,backup,import,merge]
                                               [--export-kills 20]

Runs the same trials as the fault suite (``tests/faults/harness.py``: SIGKILL a kpfield process
at a random moment of a bulk import, a burst of saves, a backup, a ``kpfield import`` of a
20,000-row workbook, an import whose merge sets aside 5,000 conflicts; then ``kpfield verify``
and "exactly before or exactly after"), and the same workbooks as ``tests/exchange/hostile.py``
(the named bad inputs, then random ones: a clean import or a clean refusal, never an exception
or a partial write). Trial ``i`` runs kind ``kinds[i % len(kinds)]`` with seed ``seed + i``: a
failure prints its kind and seed, and ``--trials 1 --seed S --kinds K`` replays it. The file
system's family (``file_faults``) kills ``kpfield export field`` ``--export-kills`` times and runs
the named file cases. Exits 1 when anything failed. Prints one table.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.exchange import hostile  # noqa: E402
from tests.faults import harness  # noqa: E402


def signature_cases() -> dict[str, hostile.Named]:
    """The signed-workbook cases of ``tests/exchange/signed.py``: a workbook kpfield signed, imported
    unchanged and with its signature removed, and altered in each way ``test_signing.ALTERATIONS``
    lists. Each runs like the named bad inputs: refused, or imported with a note, containing its
    ``words``. Without that module (a trimmed checkout) the table says "not run".
    """
    try:
        from tests.exchange import signed  # type: ignore[attr-defined]
    except ImportError:
        return {}
    return dict(signed.CASES)


def run_workbook(base: Path, name: str, case: hostile.Named, folder: Path, good: Path, tally: Counter) -> str | None:
    """One named (or signature) case: None when it behaved, else what went wrong."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        outcome = hostile.check_import(base, case.make(folder, good))
    except AssertionError as e:
        tally["partial writes" if "changed the inventory" in str(e) else "unclean outcomes"] += 1
        return f"{name}: {e}"
    except Exception as e:  # noqa: BLE001 - counted and reported
        tally["unhandled exceptions"] += 1
        return f"{name}: {type(e).__name__}: {e}"
    if case.refused:
        if not outcome.refused or case.words not in (outcome.error or ""):
            tally["unclean outcomes"] += 1
            return f"{name}: expected a refusal saying {case.words!r}, got {outcome}"
    elif not outcome.written or (case.words and not any(case.words in n for n in outcome.notes)):
        tally["unclean outcomes"] += 1
        return f"{name}: expected an import with a note saying {case.words!r}, got {outcome}"
    return None


def file_faults(work: Path, kills: int, seed: int) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The file system's family: ``kills`` SIGKILLs of ``kpfield export field`` at random moments
    (after the next kpfield start no staging folder may remain, and the output is whole or absent),
    then the named file cases of ``tests/faults/test_files.py``: output paths that are a folder, a
    pipe or (as superuser) a device, refused and left as they were; a link, written through; another
    program's SQLite file with kpfield's id, refused by reading and writing commands and left byte
    for byte. Returns the table's rows and the failures."""
    import os
    import signal
    import stat
    import subprocess
    import zipfile

    from kpfield.store import Inventory
    from tests.faults import test_files as files

    failures: list[str] = []
    counts: Counter = Counter()
    folder = work / "files"
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "large.kpfield"
    with Inventory.create(db, country="SL", officer="Sahr Komba") as inv:
        harness.bulk_persons(inv, 20_000, "register.xlsx", village="Koidu" * 10)
    began = time.monotonic()
    files.ok(files.kpfield("export", "field", "--db", db, "-o", folder / "whole.xlsx"))
    whole = time.monotonic() - began
    rng = random.Random(f"files-{seed}")
    for i in range(kills):
        out = folder / "out" / "field.xlsx"
        out.parent.mkdir(exist_ok=True)
        proc = files.start("export", "field", "--db", db, "-o", out)
        delay = rng.uniform(0.05, 1.2 * whole)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        counts["killed with a staging folder left" if files.staging(out.parent) else "killed before or after"] += 1
        files.kpfield("stats", "--db", db)  # any command: the next start sweeps
        problem = ""
        if files.staging(out.parent):
            problem = "a staging folder outlived the next start"
        elif out.exists():
            try:
                with zipfile.ZipFile(out) as z:
                    problem = "the output is damaged" if z.testzip() is not None else ""
            except zipfile.BadZipFile:
                problem = "the output at its final name is not a whole workbook"
        if problem:
            counts["unclean"] += 1
            failures.append(f"export kill {i} (seed {seed}, after {delay:.2f} s): {problem}")
        subprocess.run(["rm", "-rf", str(out.parent)], check=False)
        print(f"\r{i + 1}/{kills} export kills", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)

    named = 0
    kinds = {"folder": stat.S_ISDIR, "pipe": stat.S_ISFIFO}
    if os.geteuid() == 0:
        kinds["device"] = stat.S_ISCHR
    for kind, is_kind in kinds.items():
        named += 1
        node = folder / f"node-{kind}"
        files.make_node(kind, node)
        done = files.kpfield("export", "field", "--db", db, "-o", node)
        if done.returncode != 1 or "not a regular file" not in done.stderr or not is_kind(node.lstat().st_mode):
            failures.append(f"output that is a {kind}: exit {done.returncode}, {done.stderr.strip()[-300:]}")
        if "Traceback" in done.stderr:
            counts["unhandled exceptions"] += 1
    named += 1
    target, link = folder / "target.xlsx", folder / "link.xlsx"
    target.write_text("old")
    link.symlink_to(target)
    done = files.kpfield("export", "field", "--db", db, "-o", link)
    if done.returncode != 0 or not link.is_symlink() or not zipfile.is_zipfile(target):
        failures.append(f"output through a link: exit {done.returncode}, {done.stderr.strip()[-300:]}")
    for wal in (False, True):
        named += 1
        theirs = files.foreign_file(folder / f"theirs-{wal}.db", wal=wal, migrations=True)
        before, listing = files.digest(theirs), files.listing(folder)
        for command in (["stats"], ["add", "person", "family_name=K", "country=SL"], ["backup"]):
            done = files.kpfield(*command, "--db", theirs)
            if "Traceback" in done.stderr:
                counts["unhandled exceptions"] += 1
            if done.returncode != 1 or "not made by kpfield" not in done.stderr:
                failures.append(f"foreign file ({command[0]}): exit {done.returncode}, {done.stderr.strip()[-300:]}")
        if files.digest(theirs) != before or files.listing(folder) != listing:
            failures.append(f"foreign file {'in WAL mode ' if wal else ''}was changed")
    rows = [
        (
            "file faults: export kills",
            f"{kills}",
            ", ".join(f"{k} {n}" for k, n in sorted(counts.items()) if "kill" in k),
        ),
        ("  clean after the next start", f"{kills - counts['unclean']}", "no staging folder; output whole or absent"),
        ("  named file cases", f"{named}", "output a folder/pipe/device, a link, foreign files (journal, WAL)"),
        ("  unhandled exceptions", f"{counts['unhandled exceptions']}", ""),
    ]
    return rows, failures


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--trials", type=int, default=200, help="kill trials (spread over the kinds)")
    p.add_argument("--seed", type=int, default=0, help="seed of the first trial and of the random workbooks")
    p.add_argument("--workbooks", type=int, default=100, help="random hostile workbooks to import")
    p.add_argument("--kinds", default=",".join(harness.KINDS), help="kinds of kill trial, comma-separated")
    p.add_argument("--export-kills", type=int, default=20, help="kills of 'kpfield export field' (file faults)")
    p.add_argument("--workdir", type=Path, help="where to work (default: a temporary folder, removed at the end)")
    args = p.parse_args()
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    for k in kinds:
        if k not in harness.KINDS:
            p.error(f"unknown kind {k!r}; choose among {', '.join(harness.KINDS)}")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kpfield-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    try:
        return _run(args, kinds, work, began)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, kinds: list[str], work: Path, began: float) -> int:
    tally: Counter = Counter()
    failures: list[str] = []

    # ---- kill trials
    scenarios = {k: harness.prepare(k, work / "scenarios" / k) for k in kinds} if args.trials else {}
    per_kind: Counter = Counter()
    outcomes: Counter = Counter()
    phases: Counter = Counter()
    for i in range(args.trials):
        kind = kinds[i % len(kinds)]
        seed = args.seed + i
        folder = work / "trial"
        t = harness.trial(scenarios[kind], folder, seed)
        shutil.rmtree(folder, ignore_errors=True)
        per_kind[kind] += 1
        if t.clean:
            outcomes[t.outcome] += 1
        else:
            failures.append(f"kill trial: {t}  (replay: --trials 1 --seed {seed} --kinds {kind})")
            if t.outcome.startswith("verify failed"):
                tally["kill trials that did not verify"] += 1
            else:
                tally["partial writes"] += 1
        if t.phase:
            phases[t.phase] += 1
        print(f"\r{i + 1}/{args.trials} kill trials", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)

    # ---- bad inputs: the named ones, the random ones, the signature cases
    base = hostile.base_inventory(work / "base.kpfield")
    good = hostile.good_workbook(work / "good")
    inputs: Counter = Counter()
    for name, case in hostile.NAMED.items():
        inputs[f"named: {name}"] += 1
        if problem := run_workbook(base, name, case, work / "named", good, tally):
            failures.append(f"named bad input {problem}")
        shutil.rmtree(work / "named", ignore_errors=True)
    kinds_in_random: Counter = Counter()
    results: Counter = Counter()
    for j in range(args.workbooks):
        seed = args.seed + j
        path = work / "random.xlsx"
        kinds_in_random.update(hostile.random_workbook(random.Random(seed), path))
        try:
            outcome = hostile.check_import(base, path)
            results["imported" if outcome.written else "refused with a report"] += 1
        except AssertionError as e:
            tally["partial writes" if "changed the inventory" in str(e) else "unclean outcomes"] += 1
            failures.append(f"random workbook seed {seed}: {e}")
        except Exception as e:  # noqa: BLE001 - counted and reported
            tally["unhandled exceptions"] += 1
            failures.append(f"random workbook seed {seed}: {type(e).__name__}: {e}")
        print(f"\r{j + 1}/{args.workbooks} random workbooks", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    signed = signature_cases()
    for name, case in signed.items():
        if problem := run_workbook(base, name, case, work / "signed", good, tally):
            failures.append(f"signature case {problem}")
        shutil.rmtree(work / "signed", ignore_errors=True)

    # ---- the file system: kills of an export, outputs that are not files, foreign files
    file_rows, file_failures = file_faults(work, args.export_kills, args.seed)
    failures += file_failures

    # ---- the table
    took = time.monotonic() - began
    clean = sum(outcomes.values())
    print()
    print(
        f"kpfield fault soak: seed {args.seed}, {args.trials} kill trials, {len(hostile.NAMED)} named bad inputs, "
        f"{args.workbooks} random workbooks, in {took:.0f} s"
    )
    print()
    rows = [
        ("kill trials run", f"{args.trials}", ", ".join(f"{k} {per_kind[k]}" for k in kinds)),
        ("clean outcomes (target: all)", f"{clean}", ", ".join(f"{k} {n}" for k, n in sorted(outcomes.items()))),
        (
            "  kills of an import, by moment",
            f"{sum(phases.values())}",
            ", ".join(f"{k} {n}" for k, n in sorted(phases.items())),
        ),
        ("failures", f"{len(failures)}", "listed below with their seeds" if failures else "none"),
        ("bad inputs tried", f"{len(hostile.NAMED) + args.workbooks}", "named, then random"),
        ("  named", f"{len(hostile.NAMED)}", ", ".join(n.split(": ", 1)[1] for n in inputs)),
        (
            "  random workbooks",
            f"{args.workbooks}",
            ", ".join(f"{k} {n}" for k, n in sorted(results.items())),
        ),
        (
            "    what they held (by kind)",
            "",
            ", ".join(f"{k} {n:,}" for k, n in sorted(kinds_in_random.items(), key=lambda kv: -kv[1])),
        ),
        ("unhandled exceptions (target: none)", f"{tally['unhandled exceptions']}", ""),
        ("partial writes (target: none)", f"{tally['partial writes']}", ""),
        ("other unclean outcomes", f"{tally['unclean outcomes'] + tally['kill trials that did not verify']}", ""),
        (
            "signature cases checked",
            f"{len(signed)}" if signed else "not run",
            ", ".join(signed) if signed else "kpfield does not sign workbooks yet (see signature_cases())",
        ),
    ]
    rows += file_rows
    print(f"| {'figure':<38} | {'value':>8} | detail")
    print(f"|{'-' * 40}|{'-' * 10}|{'-' * 60}")
    for what, value, detail in rows:
        print(f"| {what:<38} | {value:>8} | {detail}")
    for f in failures:
        print(f"FAILED {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

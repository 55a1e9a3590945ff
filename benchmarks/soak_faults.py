"""Fault soak: hundreds of kills, every named bad workbook, and a batch of random hostile ones.

    .venv/bin/python benchmarks/soak_faults.py [--trials 200] [--seed 0] [--workbooks 100]
                                               [--kinds bulk,edits,backup,import,merge] [--values 60]
                                               [--export-kills 20]

Runs the same trials as the fault suite (``tests/faults/harness.py``: SIGKILL a kpfield process
at a random moment of a bulk import, a burst of saves, a backup, a ``kpfield import`` of a
20,000-row workbook, an import whose merge sets aside 5,000 conflicts; then ``kpfield verify``
and "exactly before or exactly after"), and the same workbooks as ``tests/exchange/hostile.py``
(the named bad inputs, then random ones: a clean import or a clean refusal, never an exception
or a partial write), then the crafted workbooks of ``tests/exchange/crafted.py`` and random
spellings of a sheet's part name (half as many as ``--workbooks``): what the guard measures must
be what the reader reads. Trial ``i`` runs kind ``kinds[i % len(kinds)]`` with seed ``seed + i``: a
failure prints its kind and seed, and ``--trials 1 --seed S --kinds K`` replays it. The file
system's family (``file_faults``) kills ``kpfield export field`` ``--export-kills`` times and runs
the named file cases. Exits 1 when anything failed. Prints one table.

Then hostile values (``tests/cli/hostile_values.py``), each through the real command line in a
child process under a 2 GB address-space limit: numbers beyond their field's limit or not finite
(``kpfield add`` and ``kpfield import``), licence numbers with an invisible character or a
look-alike letter of another script slipped in, and every hostile key file
(``kpfield identity --register``); each must end in exit code 1, a message, and the inventory
unchanged.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpfield.domain.entities import PRODUCTION  # noqa: E402
from tests.cli import hostile_values  # noqa: E402
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


def crafted_cases() -> dict[str, hostile.Named]:
    """The crafted workbooks of ``tests/exchange/crafted.py``: names the reader's zip library
    resolves otherwise than Python's (capitals, backslashes, Unicode Path fields, duplicates, the
    document in another folder), a deflate stream longer than declared, .xlsb and other files that
    are no .xlsx whatever their name, shared strings and clock cells that would exhaust memory or
    the stack. Each is refused with its words (or, for a sound file under an odd name, imported)."""
    try:
        from tests.exchange import crafted
    except ImportError:
        return {}
    return dict(crafted.CASES)


def crafted_spellings(seed: int, count: int) -> dict[str, hostile.Named]:
    """``count`` random spellings of a sheet's part name (ASCII capitals, backslashes), each stored
    alone or beside the plain name, holding a sound sheet or one reaching XFD1048576: alone and
    sound it is read; alone and far it is measured and refused; as a twin it is refused."""
    try:
        from tests.exchange import crafted
    except ImportError:
        return {}
    plain = "xl/worksheets/sheet1.xml"
    rng = random.Random(seed)
    cases: dict[str, hostile.Named] = {}
    for j in range(count):
        name = "".join(
            ("\\" if ch == "/" else ch.upper()) if rng.random() < 0.4 and (ch == "/" or ch.isalpha()) else ch
            for ch in plain
        )
        twin, far = rng.random() < 0.5 and name != plain, rng.random() < 0.5
        sheet = crafted.FAR if far else crafted.PERSONS

        def make(tmp: Path, good: Path, name: str = name, twin: bool = twin, sheet: bytes = sheet, j: int = j) -> Path:
            members = [*crafted.standard(), (name, sheet)] if twin else crafted.standard(sheet, name)
            return crafted.package(tmp / f"spelling-{j}.xlsx", members)

        words = "is a second part named" if twin else crafted.FAR_WORDS if far else ""
        cases[f"spelling {j}: {name!r}{' beside the plain name' if twin else ''}{' (far)' if far else ''}"] = (
            hostile.Named(make, words, refused=twin or far)
        )
    return cases


def run_crafted(base: Path, name: str, case: hostile.Named, folder: Path, good: Path, tally: Counter) -> str | None:
    """One crafted case: None when it behaved (its words in the refusal or in a refused row's
    message), else what went wrong."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        outcome = hostile.check_import(base, case.make(folder, good))
    except AssertionError as e:
        tally["partial writes" if "changed the inventory" in str(e) else "unclean outcomes"] += 1
        return f"{name}: {e}"
    except Exception as e:  # noqa: BLE001 - counted and reported
        tally["unhandled exceptions"] += 1
        return f"{name}: {type(e).__name__}: {e}"
    said = " ".join([outcome.error or "", *outcome.problems])
    if case.refused and (not outcome.refused or case.words not in said):
        tally["unclean outcomes"] += 1
        return f"{name}: expected a refusal saying {case.words!r}, got {outcome}"
    if not case.refused and not outcome.written:
        tally["unclean outcomes"] += 1
        return f"{name}: expected an import, got {outcome}"
    return None


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


def value_cases(rng: random.Random, n: int) -> list[tuple[str, Callable[[hostile_values.Base, Path], Any]]]:
    """``n`` hostile values drawn from ``rng`` (numbers, identifiers), then every hostile key
    file: (what it is, a function running it against an inventory in a folder)."""
    hv = hostile_values
    # beyond every field's limit; each field's own limit plus one is added below
    numbers = ["1e308", "-1e308", "9.2e18", "inf", "-inf", "nan", "1e400", str(2**64), "1e16"]
    fields = [
        ("stones", "Stones"),
        ("carats", "Carats"),
        ("value_usd", "Estimated value (USD)"),
        ("sc_p11_n", "Stones +11"),
    ]
    cases: list[tuple[str, Callable[[hostile_values.Base, Path], Any]]] = []
    for i in range(n):
        family = i % 3
        if family == 0:
            field, label = rng.choice(fields)
            just_over = f"{PRODUCTION.field(field).maximum or 0:.0f}1"  # ten times the limit, and one
            value = rng.choice([*numbers, just_over, f"{rng.uniform(1.0001, 9.9999):.4f}e{rng.randint(10, 308)}"])
            cases.append((f"add {field}={value}", lambda b, f, fi=field, v=value, w=label: hv.add_number(b, fi, v, w)))
        elif family == 1:
            field, label = rng.choice(fields[:2])
            value = rng.choice([1e308, 9.2e18, 1e16, float(2**63), 123456.0])
            cases.append(
                (
                    f"import {field}={value:g}",
                    lambda b, f, fi=field, v=value, w=label: hv.import_numbers(b, f, fi, [v, v], w),
                )
            )
        else:
            number = list("AML/0001")
            at = rng.randrange(len(number) + 1)
            if rng.random() < 0.5:
                number.insert(at, rng.choice(hv.INVISIBLES))
                words = "already used"
            else:
                letters = [j for j, c in enumerate(number) if c in hv.LOOKALIKES]
                j = rng.choice(letters)
                number[j] = hv.LOOKALIKES[number[j]]
                words = f"U+{ord(number[j]):04X}"
            typed = "".join(number)
            cases.append((f"licence {typed!a}", lambda b, f, t=typed, w=words: hv.add_licence(b, t, w)))
    for name, (make, words) in hv.KEY_FILES.items():
        cases.append((f"key file: {name}", lambda b, f, m=make, w=words: hv.register_key(b, m(f), *w)))
    return cases


def run_values(work: Path, seed: int, n: int, tally: Counter) -> tuple[Counter, list[str], float]:
    """Run :func:`value_cases`, each against a fresh copy of one small inventory: what each family
    gave, the failures, and the slowest case's seconds."""
    base = hostile_values.base_inventory(work / "values-base.kpfield")
    results: Counter = Counter()
    failures: list[str] = []
    slowest = 0.0
    cases = value_cases(random.Random(seed), n)
    for i, (name, case) in enumerate(cases):
        folder = work / "value"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        db = folder / "inventory.kpfield"
        shutil.copy(base.db, db)
        began = time.monotonic()
        try:
            outcome = case(dataclasses.replace(base, db=db), folder)
        except Exception as e:  # noqa: BLE001 - counted and reported
            outcome = hostile_values.Outcome(False, f"{type(e).__name__}: {e}", unhandled=True)
        slowest = max(slowest, time.monotonic() - began)
        family = name.split(" ", 1)[0].rstrip(":")
        if outcome.ok:
            results[f"{family} refused cleanly"] += 1
        else:
            results[f"{family} FAILED"] += 1
            tally["unhandled exceptions" if outcome.unhandled else "unclean outcomes"] += 1
            failures.append(f"hostile value {name}: {outcome.why}")
        print(f"\r{i + 1}/{len(cases)} hostile values", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    shutil.rmtree(work / "value", ignore_errors=True)
    return results, failures, slowest


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
    p.add_argument("--values", type=int, default=60, help="hostile values to try (numbers, identifiers)")
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

    crafted = {**crafted_cases(), **crafted_spellings(args.seed, args.workbooks // 2)}
    crafted_results: Counter = Counter()
    for name, case in crafted.items():
        problem = run_crafted(base, name, case, work / "crafted", good, tally)
        if problem:
            failures.append(f"crafted workbook {problem}")
        crafted_results["refused as expected" if case.refused else "read as expected"] += problem is None
        shutil.rmtree(work / "crafted", ignore_errors=True)
        print(
            f"\r{sum(crafted_results.values())}/{len(crafted)} crafted workbooks", end="", file=sys.stderr, flush=True
        )
    print(file=sys.stderr)
    value_results, value_failures, slowest = run_values(work, args.seed, args.values, tally)
    failures += value_failures
    n_values = sum(value_results.values())
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
        ("bad inputs tried", f"{len(hostile.NAMED) + args.workbooks + len(crafted)}", "named, random, crafted"),
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
        (
            "  crafted workbooks (one view)",
            f"{len(crafted)}",
            ", ".join(f"{k} {n}" for k, n in sorted(crafted_results.items()))
            + f" (of {len(crafted_cases())} named and {len(crafted) - len(crafted_cases())} random spellings)",
        ),
        (
            "hostile values (2 GB limit)",
            f"{n_values}",
            ", ".join(f"{k} {n}" for k, n in sorted(value_results.items())) + f"; slowest {slowest:.1f} s",
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

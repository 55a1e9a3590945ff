"""What the guard measures is what the reader reads: workbooks crafted so that Python's zipfile and
the reader's zip library would see different files, shared strings and clock cells that would
exhaust memory or the stack, .xlsb and other files that are no .xlsx whatever their name, and a
workbook in the 1904 date system.

Each case runs the real command line in a subprocess under a 2 GB address-space limit, as a dry
run and as a real import: exit code 1, the refusal in words, and the inventory exactly as it was
(every table of it). Before the guard wrote a canonical copy for the reader, several of these
ended the program with "memory allocation of 549755813888 bytes failed" (SIGABRT).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpfield.store import Inventory
from kpfield.workbook import BadWorkbook, WorkbookReader, canonical, guard, inspect_workbook, measure

from . import crafted, hostile
from .conftest import make_inventory

LIMIT = 2 * 1024**3
REFUSED = [name for name, case in crafted.CASES.items() if case.refused]
READ = [name for name, case in crafted.CASES.items() if not case.refused]
_SCRIPT = "import sys\nfrom kpfield.cli import main\nsys.exit(main(sys.argv[1:]))\n"


def _limit() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def kpfield(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command line in a subprocess limited to 2 GB of address space."""
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit,
        env={**os.environ, **(env or {})},
    )


def digest(db: Path) -> str:
    """One SHA-256 over every row of every table of an inventory, but the note of its last backup
    (a real import backs the inventory up once the file has passed the guard, before its rows)."""
    tables = hostile.dump(db)
    tables["meta"] = [row for row in tables["meta"] if not str(row[0]).startswith("last_backup")]
    return hashlib.sha256(repr(tables).encode()).hexdigest()


@pytest.fixture
def inventory(tmp_path: Path) -> Path:
    db = tmp_path / "coordinator.kpfield"
    with make_inventory(db, "Coordinator") as inv:
        inv.add("person", {"family_name": "Sesay", "country": "SL"})
    return db


@pytest.mark.parametrize("case", REFUSED)
def test_a_crafted_workbook_is_refused_in_words_and_the_inventory_is_untouched(
    case: str, tmp_path: Path, inventory: Path
):
    words = crafted.CASES[case].words
    bad = crafted.CASES[case].make(tmp_path / "files", tmp_path)
    before = digest(inventory)
    for dry in (["--dry-run"], []):
        done = kpfield("import", "--db", str(inventory), *dry, str(bad))
        printed = done.stdout + done.stderr
        assert done.returncode == 1, (dry, done.returncode, printed[-3000:])
        assert words in printed and bad.name in printed, printed[-3000:]
        assert "Traceback" not in printed, printed[-3000:]
        assert digest(inventory) == before


@pytest.mark.parametrize("case", READ)
def test_a_workbook_is_read_for_what_it_is_whatever_its_name(case: str, tmp_path: Path, inventory: Path):
    path = crafted.CASES[case].make(tmp_path / "files", tmp_path)
    done = kpfield("import", "--db", str(inventory), str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    with Inventory.open(inventory) as inv:
        names = sorted(r[0] for r in inv.conn.execute("SELECT family_name FROM person"))
    assert names == ["Koroma", "Sesay"]


def test_a_1904_workbook_gives_the_same_day_from_a_date_cell_and_from_a_plain_serial(tmp_path: Path, inventory: Path):
    """Old Mac Excel counts days from 1904-01-01: serial 31900 is 1991-05-04 there, not 1987-05-03.
    The date cell and the plain number are both read in the workbook's own system."""
    path = crafted.dates_1904(tmp_path / "files", tmp_path, serial=31_900)
    for dry in (["--dry-run"], []):
        done = kpfield("import", "--db", str(inventory), *dry, str(path))
        assert done.returncode == 0, done.stdout + done.stderr
    with Inventory.open(inventory) as inv:
        born = dict(inv.conn.execute("SELECT family_name, birth_date FROM person WHERE birth_date IS NOT NULL"))
    expected = (dt.date(1904, 1, 1) + dt.timedelta(days=31_900)).isoformat()
    assert expected == "1991-05-04"
    assert born == {"Koroma": expected, "Sesay": expected}


def test_the_reader_opens_the_copy_the_guard_measured_never_the_file(tmp_path: Path):
    """The canonical copy holds plain names only, the sheets the workbook declares and nothing
    else (no macros, no drawings); it goes when the reader that made it is closed."""
    good = hostile.good_workbook(tmp_path / "good")
    facts = inspect_workbook(good)
    copy = facts.readable
    assert copy is not None and copy.exists() and copy != good and copy.suffix == ".xlsx"
    with zipfile.ZipFile(copy) as zf:
        names = zf.namelist()
    assert all(n.isascii() and "\\" not in n and n == n.strip() for n in names)
    assert {sf.part for sf in facts.sheets} <= set(names)
    assert len(names) == len(set(names))
    with WorkbookReader(good, facts) as reader:
        assert "Persons" in reader.sheet_names
        assert reader.path == good  # messages name the user's file
    facts.discard()
    assert not copy.exists()
    reader = WorkbookReader(good)
    own = reader.facts.readable
    assert own is not None and own.exists()
    reader.close()
    assert not own.exists()


def test_a_refused_workbook_leaves_no_copy_behind(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(canonical, "copy_folder", lambda: tmp_path / "copies")
    (tmp_path / "copies").mkdir()
    bad = crafted.capital_w_only(tmp_path, tmp_path)
    with pytest.raises(BadWorkbook, match=crafted.FAR_WORDS):
        inspect_workbook(bad)
    assert list((tmp_path / "copies").iterdir()) == []


def test_copies_left_by_a_killed_kpfield_are_removed_a_day_later(tmp_path: Path, monkeypatch):
    folder = tmp_path / "copies"
    folder.mkdir()
    monkeypatch.setattr(canonical, "copy_folder", lambda: folder)
    old, recent = folder / "kpfield-read-old.xlsx", folder / "kpfield-read-recent.xlsx"
    old.write_bytes(b"x")
    recent.write_bytes(b"x")
    day = 24 * 3600
    os.utime(old, (old.stat().st_atime - day - 60, old.stat().st_mtime - day - 60))
    facts = inspect_workbook(hostile.good_workbook(tmp_path / "good"))
    assert not old.exists() and recent.exists()
    facts.discard()


def test_shared_strings_larger_than_the_limit_are_refused_by_their_size(tmp_path: Path, monkeypatch):
    # the real limit (768 MB of XML) is too large to build here: the same check, scaled down
    monkeypatch.setattr(measure, "MAX_SHARED_STRINGS_BYTES", 300)
    path = crafted._strings_workbook(
        tmp_path / "big.xlsx", crafted._sst(crafted.SHARED_ITEMS + b"<si><t>x</t></si>" * 20, "24"), crafted.SHARED_ROWS
    )
    with pytest.raises(BadWorkbook, match=r"bytes of shared strings \(text cells\): [\d,]+, more than kpfield reads"):
        inspect_workbook(path)


def test_a_sheet_holding_more_cells_than_it_may_is_refused_even_when_they_overlap(tmp_path: Path, monkeypatch):
    # the reader keeps every cell it meets before it builds the grid, even one written again at
    # the same place: the count is limited as the span is (scaled down here)
    monkeypatch.setattr(measure, "CELLS_FLOOR", 1_000)
    monkeypatch.setattr(measure, "CELLS_MAX", 1_000)
    rows = hostile.PERSON_ROWS + b'<row r="3">' + b'<c r="A3"><v>1</v></c>' * 1_500 + b"</row>"
    path = crafted.package(tmp_path / "overlap.xlsx", crafted.standard(hostile.sheet_xml(rows)))
    with pytest.raises(BadWorkbook, match=r"cells in sheet 'Persons': 1,[0-9]{3}, more than kpfield reads \(1,000\)"):
        inspect_workbook(path)
    # written with a namespace prefix, the sheet is read exactly (expat): counted the same
    prefixed = hostile.sheet_xml(
        hostile.PERSON_ROWS + b'<row r="3">' + b'<x:c r="A3"><x:v>1</x:v></x:c>' * 1_500 + b"</row>"
    ).replace(b"<worksheet ", b'<worksheet xmlns:x="%s" ' % crafted.MAIN.encode())
    path = crafted.package(tmp_path / "overlap-exact.xlsx", crafted.standard(prefixed))
    with pytest.raises(BadWorkbook, match=r"cells in sheet 'Persons': 1,[0-9]{3}, more than kpfield reads \(1,000\)"):
        inspect_workbook(path)


def test_more_sheets_than_the_limit_are_refused(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_SHEETS", 3)
    sheets = [(f"S{n}", "rId1") for n in range(5)]
    members = crafted.standard()
    members[2] = ("xl/workbook.xml", crafted.workbook_xml(sheets))
    path = crafted.package(tmp_path / "many.xlsx", members)
    with pytest.raises(BadWorkbook, match=r"sheets: 5, more than kpfield reads \(3\)"):
        inspect_workbook(path)


def test_a_device_or_a_pipe_is_refused_without_waiting(tmp_path: Path, inventory: Path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        done = kpfield("import", "--db", str(inventory), "--dry-run", str(path))
        assert done.returncode == 1 and "not a file but a device or a pipe" in done.stderr, done.stderr


# ---- every spelling of a part's name ----------------------------------------------------------


def _spellings() -> st.SearchStrategy[str]:
    """``xl/worksheets/sheet1.xml`` written another way the reader's look-up still finds: ASCII
    capitals anywhere, and backslashes for some of the slashes."""
    base = "xl/worksheets/sheet1.xml"
    flips = st.lists(st.booleans(), min_size=len(base), max_size=len(base))
    return flips.map(
        lambda bits: "".join(
            ("\\" if ch == "/" else ch.upper()) if flip and (ch == "/" or ch.isalpha()) else ch
            for ch, flip in zip(base, bits, strict=True)
        )
    )


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(name=_spellings(), twin=st.booleans(), far=st.booleans())
def test_whatever_the_spelling_of_the_sheet_the_part_read_is_the_part_measured(
    tmp_path: Path, name: str, twin: bool, far: bool
):
    """Alone, any spelling is found and measured (refused when it reaches the far corner, read
    when it is sound); beside the plain spelling it is refused, as no spreadsheet writes that."""
    folder = tmp_path / hashlib.sha1(f"{name}{twin}{far}".encode()).hexdigest()[:12]
    sheet = crafted.FAR if far else crafted.PERSONS
    plain = "xl/worksheets/sheet1.xml"
    members = [*crafted.standard(), (name, sheet)] if twin else crafted.standard(sheet, name)
    if twin and name == plain:
        members = crafted.standard(sheet)  # the same name twice is its own case
    path = crafted.package(folder / "book.xlsx", members)
    refused = (twin and name != plain) or far
    try:
        facts = inspect_workbook(path)
    except BadWorkbook as e:
        assert refused, str(e)
        assert ("second part named" if twin and name != plain else crafted.FAR_WORDS) in str(e)
        return
    assert not refused
    with WorkbookReader(path, facts) as reader:
        rows = list(reader.rows("Persons"))
    facts.discard()
    assert rows[1][:2] == ["Koroma", "SL"]

"""The window's import preview goes through the same guard as the command line: workbooks crafted
so that the reader would read a sheet the guard never measured (which once ended the whole program
with SIGABRT) are refused in the preview, the window stays up, and nothing is written."""

from __future__ import annotations

from pathlib import Path

from tests.exchange import crafted
from tests.exchange.conftest import all_records

WAIT = 60_000
CASES = [
    "sheet only under xl/Worksheets",
    "sheet only under a backslash name",
    "Unicode Path field renaming a member",
    "office document in another folder",
    "shared strings: a declared count of 99,999,999,999",
    "Excel binary workbook (.xlsb)",
    "clock cell nested 30,000 deep",
]


def test_the_preview_refuses_crafted_workbooks_and_the_window_stays_up(qtbot, window, inv, tmp_path: Path):
    files = [crafted.CASES[name].make(tmp_path / f"case{n}", tmp_path) for n, name in enumerate(CASES)]
    sound = crafted.xlsx_named_xlsb(tmp_path / "sound", tmp_path)
    window.nav.setCurrentRow(window.nav.count() - 1)
    tab = window.exchange.import_tab
    before = all_records(inv)
    tab.start_preview([str(p) for p in [*files, sound]])
    qtbot.waitUntil(lambda: tab.jobbar.job is None, timeout=WAIT)
    report = tab.preview
    assert report is not None and len(report.files) == len(files) + 1
    for name, result in zip(CASES, report.files, strict=False):
        words = crafted.CASES[name].words
        text = (result.error or "") + " ".join(i.message for i in result.issues)
        assert result.refused and words in text, (name, text)
    assert not report.files[-1].refused
    assert tab.accepted_files() == [str(sound)]
    assert tab.files_model.rowCount() == len(files) + 1
    assert all_records(inv) == before
    assert window.isVisible()

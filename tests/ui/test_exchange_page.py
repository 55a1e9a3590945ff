"""The Exchange page driven as a coordinator would: export, preview an import then commit, review."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kpfield.exchange.export import export_field
from kpfield.exchange.review import open_conflicts, open_duplicates
from kpfield.store import Inventory
from tests.conftest import licence_values
from tests.exchange.conftest import all_records
from tests.exchange.test_merge import Office

WAIT = 30_000


def _exchange(window):
    window.nav.setCurrentRow(window.nav.count() - 1)
    page = window.stack.currentWidget()
    assert page is window.exchange
    return page


def _wait_job(qtbot, bar):
    qtbot.waitUntil(lambda: bar.job is None, timeout=WAIT)


@pytest.fixture
def officer_book(tmp_path: Path) -> Path:
    """A field workbook of another officer: a holder with an accented name and her licence."""
    with Inventory.create(tmp_path / "officer.kpfield", country="SL", officer="Officer A") as other:
        pid = other.add("person", {"family_name": "Condé", "given_names": "Mariama", "country": "SL"}).id
        other.add("licence", licence_values(pid, number="007/2026"))
        export_field(other, tmp_path / "officer.xlsx")
    return tmp_path / "officer.xlsx"


@pytest.fixture
def bad_book(tmp_path: Path) -> Path:
    """A hand-typed workbook with one good and one refused person: nothing from it may land."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Persons"
    ws.append(["Family name", "Country"])
    ws.append(["Kamara", "SL"])
    ws.append(["Bangura", "XX"])
    wb.save(tmp_path / "bad.xlsx")
    return tmp_path / "bad.xlsx"


def test_export_a_field_workbook_and_a_template_from_the_page(qtbot, window, inv, holder, tmp_path, monkeypatch):
    from kpfield.ui.qt import QFileDialog

    inv.add("licence", licence_values(holder, number="0042"))
    page = _exchange(window)
    tab = page.export_tab
    asked = []
    out = tmp_path / "out" / "field.xlsx"
    out.parent.mkdir()

    def save(parent, title, suggested, filters):
        asked.append((title, suggested))
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    tab.country.setCurrentIndex(tab.country.findData("SL"))
    tab.export_button.click()
    assert tab.jobbar.job is not None and tab.jobbar.isVisibleTo(tab)
    _wait_job(qtbot, tab.jobbar)
    assert "Wrote field.xlsx: 2 records" in tab.message.text(), tab.message.text()
    assert f"Signed with this installation's key {inv.meta('signing_fingerprint')}" in tab.message.text()
    assert asked[0][0] == "Export field workbook" and asked[0][1].endswith("-SL-field.xlsx")
    wb = openpyxl.load_workbook(out, read_only=True)
    licences = list(wb["Licences"].iter_rows(values_only=True))
    assert len(licences) == 2 and "0042" in licences[1]  # the leading zeros survive as text
    about = {r[0]: r[1] for r in wb["_about"].iter_rows(values_only=True) if r and r[0]}
    assert any("SL" in str(v) for v in about.values())
    wb.close()

    # a date that cannot be read is said, and no file dialog opens
    tab.since.setText("31/02/2026")
    asked.clear()
    tab.export_button.click()
    assert not asked and "not a date" in tab.message.text()
    tab.since.clear()

    out = tmp_path / "out" / "modele.xlsx"
    tab.lang.setCurrentIndex(tab.lang.findData("fr"))
    tab.template_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert "blank template modele.xlsx" in tab.message.text()
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) > 5 and all(ws.max_row <= 2 for ws in wb.worksheets if ws.title.startswith("P"))


def test_import_previews_then_commits_and_cancel_leaves_the_inventory_alone(
    qtbot, window, inv, officer_book, monkeypatch
):
    from kpfield.ui.qt import QFileDialog

    page = _exchange(window)
    tab = page.import_tab
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(officer_book)], "Workbooks"))
    before = all_records(inv)

    # preview, then cancel: nothing written
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert tab.files_model.rowCount() == 1
    row = tab.files_model.rows[0]
    assert row[0] == "officer.xlsx" and row[1] == "accepted (preview)" and row[3] == "2"  # added
    assert "nothing has been written" in tab.message.text()
    assert tab.import_button.isEnabled() and tab.import_button.text() == "Import 1 file"
    assert all_records(inv) == before
    tab.cancel_button.click()
    assert tab.files_model.rowCount() == 0 and not tab.import_button.isEnabled()
    assert "unchanged" in tab.message.text()
    assert all_records(inv) == before

    # preview again, then import
    licences = window.page("licence")
    assert licences.model.rowCount() == 0
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    with qtbot.waitSignal(page.recordsChanged, timeout=WAIT):
        tab.import_button.click()
        assert not page.review_tab.isEnabled()  # no settlement while the import holds the inventory
    _wait_job(qtbot, tab.jobbar)
    assert page.review_tab.isEnabled()
    assert "Imported 1 of 1 file" in tab.message.text() and "Backup" in tab.message.text()
    assert tab.files_model.rows[0][1] == "imported"
    lic = inv.conn.execute("SELECT number FROM licence").fetchall()
    assert [r[0] for r in lic] == ["007/2026"]
    assert licences.model.rowCount() == 1  # the record tables were refreshed
    assert "1 person · 1 licence" in window.status_counts.text()
    assert inv.conn.execute("SELECT count(*) FROM exchange_import").fetchone()[0] == 1

    # the same file again: the preview says nothing is new
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert tab.files_model.rows[0][5] == "2"  # unchanged


def test_a_workbook_read_by_a_second_process_imports_from_the_page(qtbot, window, inv, officer_book, monkeypatch):
    """A large workbook is read by a second process (kpfield.exchange.sheets); the page's job,
    which runs in a thread of the window, starts and ends it like the command line does."""
    from kpfield.ui.qt import QFileDialog

    monkeypatch.setenv("KPFIELD_IMPORT_READER", "process")  # as for a large workbook
    page = _exchange(window)
    tab = page.import_tab
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(officer_book)], "Workbooks"))
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert tab.files_model.rows[0][1] == "accepted (preview)" and tab.files_model.rows[0][3] == "2"
    with qtbot.waitSignal(page.recordsChanged, timeout=WAIT):
        tab.import_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert tab.files_model.rows[0][1] == "imported"
    assert [r[0] for r in inv.conn.execute("SELECT number FROM licence")] == ["007/2026"]


def test_a_refused_file_shows_its_problems_and_nothing_from_it_is_written(
    qtbot, window, inv, officer_book, bad_book, tmp_path, monkeypatch
):
    from kpfield.ui.qt import QFileDialog

    not_a_book = tmp_path / "notes.xlsx"
    not_a_book.write_text("this is not a workbook", encoding="utf-8")
    page = _exchange(window)
    tab = page.import_tab
    files = [str(bad_book), str(officer_book), str(not_a_book)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (files, "Workbooks"))
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    results = {r[0]: r[1] for r in tab.files_model.rows}
    assert results["bad.xlsx"].startswith("REFUSED") and results["notes.xlsx"].startswith("REFUSED")
    assert results["officer.xlsx"] == "accepted (preview)"
    assert "2 files REFUSED" in tab.message.text()
    problems = tab.problems_model.rows
    bad = [p for p in problems if p[0] == "bad.xlsx"]
    assert ["bad.xlsx", "Persons", "3", "Country", "XX"] in [p[:5] for p in bad]
    assert all(p[6] for p in bad)  # every problem says what to do
    assert any(p[0] == "notes.xlsx" and p[5] for p in problems)
    assert tab.import_button.text() == "Import 1 file"

    tab.import_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert [r[0] for r in tab.files_model.rows] == ["officer.xlsx"]
    names = {r[0] for r in inv.conn.execute("SELECT family_name FROM person")}
    assert names == {"Condé"}  # neither Kamara (the good row of the refused file) nor Bangura


def test_the_signature_of_each_file_is_shown_and_an_altered_one_needs_the_override(
    qtbot, window, inv, officer_book, tmp_path, monkeypatch
):
    from kpfield.ui.qt import QFileDialog

    wb = openpyxl.load_workbook(officer_book)
    ws = wb["Persons"]
    ws.cell(2, [c.value for c in ws[1]].index("Village") + 1).value = "Yengema"
    wb.save(tmp_path / "altered.xlsx")
    page = _exchange(window)
    tab = page.import_tab
    files = [str(officer_book), str(tmp_path / "altered.xlsx")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (files, "Workbooks"))
    assert tab.files_model.headers[-1] == "Signature"
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    rows = {r[0]: r for r in tab.files_model.rows}
    assert rows["officer.xlsx"][-1].startswith("signed by an unknown key")
    assert rows["altered.xlsx"][1].startswith("REFUSED") and rows["altered.xlsx"][-1].startswith("altered")
    assert tab.import_button.text() == "Import 1 file"

    # ticking the override previews again: the altered file would now be imported
    tab.accept_altered.setChecked(True)
    _wait_job(qtbot, tab.jobbar)
    rows = {r[0]: r for r in tab.files_model.rows}
    assert rows["altered.xlsx"][1] == "accepted (preview)" and "override" in rows["altered.xlsx"][-1]
    assert tab.import_button.text() == "Import 2 files"
    tab.import_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert "Imported 2 of 2 files" in tab.message.text()
    audit = inv.conn.execute("SELECT reason FROM audit WHERE action = 'accept_altered'").fetchall()
    assert len(audit) == 1 and "altered.xlsx" in audit[0][0]


def test_a_conflict_and_a_duplicate_are_settled_from_the_page(qtbot, tmp_path):
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication

    o = Office(tmp_path)
    o.a.update("licence", o.licence, {"fee_usd": 100})
    o.b.update("licence", o.licence, {"fee_usd": 200, "status": "suspended"})
    pa = o.a.add("person", {"family_name": "Sesay", "given_names": "Awa", "country": "SL", "village": "Koidu"}).id
    pb = o.b.add("person", {"family_name": "SESAY", "given_names": "Awa", "country": "SL", "village": "Koidu"}).id
    o.receive(o.send(o.a, "a.xlsx"))
    o.receive(o.send(o.b, "b.xlsx"))
    [conflict] = open_conflicts(o.c)
    [dup] = open_duplicates(o.c)

    win = MainWindow(o.c, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    try:
        page = _exchange(win)
        assert page.tabs.tabText(2) == "Review (2)"
        review = page.review_tab
        [row] = review.conflicts_model.rows
        # the record as a person reads it, each side by officer and date, no bare UUID
        # (the licence of this scenario is suspended, which its label says)
        assert row[:5] == [
            str(conflict.id),
            "Licence AML/0001 · artisanal mining · Sahr Koroma · suspended",
            "Fee paid (USD)",
            "50",
            "100",
        ]
        assert row[5].startswith("Officer A, ") and row[5].endswith(" UTC")
        assert row[6] == "200"
        assert row[7].startswith("Officer B, ") and row[7].endswith(" UTC (b.xlsx)")
        assert not any(o.licence in cell for cell in row)
        win.resize(1366, 768)
        page.tabs.setCurrentWidget(review)
        review.grab().save(str(tmp_path / "review.png"))
        licences = win.page("licence")
        assert licences.model.rowCount() == 1

        # a value that the forms would refuse is refused here too, and the conflict stays open
        review.value_edit.setText("-5")
        review.value_button.click()
        assert review.message.text().startswith("Not settled") and len(open_conflicts(o.c)) == 1

        review.theirs_button.click()
        assert o.c.get("licence", o.licence)["fee_usd"] == 200
        assert o.c.get("licence", o.licence)["status"] == "suspended"
        assert open_conflicts(o.c) == [] and review.conflicts_model.rowCount() == 0
        reason = o.c.conn.execute(
            "SELECT reason FROM audit WHERE record_id = ? ORDER BY seq DESC LIMIT 1", (o.licence,)
        ).fetchone()[0]
        assert reason == f"conflict {conflict.id} settled: theirs"

        # the duplicate, side by side: both records' fields
        sides = {r[0]: (r[1], r[2]) for r in review.sides_model.rows}
        assert set(sides["Family name"]) == {"Sesay", "SESAY"} and sides["Village"] == ("Koidu", "Koidu")
        keep = dup.a
        other = pb if keep == pa else pa
        persons = win.page("person")
        assert persons.model.rowCount() == 3
        review.merge_a_button.click()
        assert "merged into" in review.message.text()
        assert o.c.get("person", other) is None and o.c.get("person", keep) is not None
        assert open_duplicates(o.c) == [] and review.duplicates_model.rowCount() == 0
        assert persons.model.rowCount() == 2  # the record tables were refreshed
        assert page.tabs.tabText(2) == "Review"
        assert not review.merge_a_button.isEnabled() and not review.theirs_button.isEnabled()
    finally:
        win.jobs.wait_all()
        for w in QApplication.topLevelWidgets():
            w.close()
        o.close()


def test_a_duplicate_can_be_dismissed(qtbot, tmp_path):
    from kpfield.ui.main_window import MainWindow

    o = Office(tmp_path)
    o.a.add("person", {"family_name": "Kamara", "given_names": "Isata", "country": "SL", "village": "Yengema"})
    o.b.add("person", {"family_name": "Kamara", "given_names": "Isata", "country": "SL", "village": "Yengema"})
    o.receive(o.send(o.a, "a.xlsx"))
    o.receive(o.send(o.b, "b.xlsx"))
    [dup] = open_duplicates(o.c)
    win = MainWindow(o.c, auto_backup=False)
    qtbot.addWidget(win)
    try:
        review = _exchange(win).review_tab
        review.dismiss_button.click()
        assert "dismissed" in review.message.text() and open_duplicates(o.c) == []
        assert o.c.get("person", dup.a) and o.c.get("person", dup.b)
        status = o.c.conn.execute("SELECT status FROM duplicate_candidate WHERE id = ?", (dup.id,)).fetchone()[0]
        assert status == "dismissed"
    finally:
        win.close()
        o.close()


def test_every_exchange_model_passes_the_model_tester(qtmodeltester, qtbot, window, inv, officer_book, bad_book):
    page = _exchange(window)
    tab = page.import_tab
    tab.start_preview([str(officer_book), str(bad_book)])
    _wait_job(qtbot, tab.jobbar)
    assert tab.files_model.rowCount() == 2 and tab.problems_model.rowCount() >= 1
    for model in (tab.files_model, tab.problems_model):
        qtmodeltester.check(model, force_py=True)
    review = page.review_tab
    review.conflicts_model.set_rows([["Licence SL 1", "Fee (USD)", "50", "100", "200", "b.xlsx"]], ["tip"])
    review.duplicates_model.set_rows([["Person", "Sesay Awa Koidu", "SESAY Awa Koidu", "same name"]])
    review.sides_model.set_rows([["Family name", "Sesay", "SESAY"], ["Village", "Koidu", "Koidu"]])
    for model in (review.conflicts_model, review.duplicates_model, review.sides_model):
        qtmodeltester.check(model, force_py=True)


def test_cancelled_jobs_write_nothing(qtbot, window, inv, holder, officer_book, tmp_path, monkeypatch):
    from kpfield.ui.qt import QFileDialog

    page = _exchange(window)
    start = page.jobs.start
    # the user presses Cancel before the worker has begun: deterministic, unlike a race with it
    monkeypatch.setattr(page.jobs, "start", lambda job: (job.cancel(), start(job))[1])
    out = tmp_path / "field.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    page.export_tab.export_button.click()
    _wait_job(qtbot, page.export_tab.jobbar)
    assert "Cancelled" in page.export_tab.message.text()
    assert not out.exists() and not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".kpfield-tmp-*"))

    monkeypatch.setattr(page.jobs, "start", start)
    # a job that fails says why, in the page, and the buttons come back
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "missing" / "f.xlsx"), ""))
    page.export_tab.export_button.click()
    _wait_job(qtbot, page.export_tab.jobbar)
    assert page.export_tab.message.text().startswith("Not written:")
    assert page.export_tab.export_button.isEnabled()

    tab = page.import_tab
    tab.start_preview([str(officer_book)])
    _wait_job(qtbot, tab.jobbar)
    before = all_records(inv)
    monkeypatch.setattr(page.jobs, "start", lambda job: (job.cancel(), start(job))[1])
    tab.import_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert "Import cancelled" in tab.message.text()
    assert all_records(inv) == before
    assert tab.import_button.isEnabled()  # the preview still stands: Import can be pressed again


def test_values_and_counts_are_shown_as_the_officer_writes_numbers(qtbot):
    from kpfield import i18n
    from kpfield.exchange.importer import FileResult, ImportReport
    from kpfield.ui.exchange.import_tab import report_files_rows
    from kpfield.ui.exchange.tables import shown

    i18n.set_language("fr")
    try:
        assert shown(1234.5) == "1\u202f234,5" and shown(50.0) == "50" and shown(0.125) == "0,125"
        assert shown(None) == "(empty)" and shown("Kono") == "Kono"
        f = FileResult("/data/big.xlsx")
        f.counts["added"] = 12345
        rows, _tips = report_files_rows(ImportReport(files=[f], dry_run=True))
        assert rows[0][0] == "big.xlsx" and rows[0][3] == "12\u202f345"
    finally:
        i18n.set_language("en")


def test_officers_keys_are_exported_and_registered_from_the_page(qtbot, window, inv, tmp_path, monkeypatch):
    """What `kpfield identity --export` and `--register` do, from the Exchange page."""
    from kpfield import identity
    from kpfield.exchange.importer import import_workbooks
    from kpfield.store import keys
    from kpfield.ui.qt import QFileDialog

    page = _exchange(window)
    tab = page.keys_tab
    page.tabs.setCurrentWidget(tab)
    mine = tmp_path / "me.kpkey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(mine), ""))
    tab.export_button.click()
    assert mine.exists()
    own = inv.meta(keys.META_FINGERPRINT)
    assert own and own in tab.message.text() and own in tab.own.text()

    # an officer elsewhere: her workbook first imports as signed by an unknown key
    officer_db = tmp_path / "officer.kpfield"
    with Inventory.create(officer_db, country="SL", officer="Mariama Condé") as other:
        other.add("person", {"family_name": "Koroma", "country": "SL"})
        export_field(other, tmp_path / "officer.xlsx")
        key, _ = other.keys.installation_key()
        identity.export_identity(key, tmp_path / "mariama.kpkey", officer="Mariama Condé")
    report = import_workbooks(inv, [tmp_path / "officer.xlsx"], backup=False)
    assert report.files[0].signature.status == keys.UNKNOWN_KEY

    registered = []
    tab.registered.connect(lambda: registered.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(tmp_path / "mariama.kpkey"), ""))
    tab.register_button.click()
    assert registered and key.fingerprint in tab.message.text()
    assert "Imports already made with this key now show a registered officer: 1." in tab.message.text()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "Mariama Condé"
    assert inv.conn.execute("SELECT COUNT(*) FROM audit WHERE action = 'register'").fetchone()[0] == 1

    tab.register_button.click()  # the same file again: nothing changes, and it says so
    assert "already registered" in tab.message.text() and tab.table.rowCount() == 1
    (tmp_path / "broken.kpkey").write_text("not a key", encoding="utf-8")
    assert tab.register_key(str(tmp_path / "broken.kpkey")) is None
    assert "not registered" in tab.message.text() and tab.table.rowCount() == 1


def test_the_preview_of_a_batch_gives_the_figures_the_import_then_reports(
    qtbot, window, inv, officer_book, monkeypatch
):
    """A template that names a licence only the first file brings is previewed as the import runs
    it: the whole batch in order, then undone."""
    from kpfield.ui.qt import QFileDialog

    typed = officer_book.parent / "typed.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sites"
    ws.append(["Country", "Site code", "Status", "Licence"])
    ws.append(["SL", "KON-077", "active", "007/2026"])
    wb.save(typed)
    page = _exchange(window)
    tab = page.import_tab
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(officer_book), str(typed)], "Workbooks"))
    before = all_records(inv)
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    preview = [list(r) for r in tab.files_model.rows]
    assert [r[1] for r in preview] == ["accepted (preview)", "accepted (preview)"]
    assert all_records(inv) == before
    tab.import_button.click()
    _wait_job(qtbot, tab.jobbar)
    done = [list(r) for r in tab.files_model.rows]
    assert [r[1] for r in done] == ["imported", "imported"]
    assert [r[2:8] for r in done] == [r[2:8] for r in preview]
    assert inv.conn.execute("SELECT count(*) FROM site WHERE code = 'KON-077'").fetchone()[0] == 1


def test_the_review_tab_lists_spellings_settled_automatically(qtbot, tmp_path):
    from kpfield.ui.main_window import MainWindow

    o = Office(tmp_path)
    holder = o.c.get("licence", o.licence)["holder_person_id"]
    o.a.update("person", holder, {"family_name": "KOROMA"})
    o.b.update("person", holder, {"family_name": "Kóroma"})
    o.receive(o.send(o.a, "a.xlsx"))
    report = o.receive(o.send(o.b, "b.xlsx"))
    assert report.files[0].conflicts[0]["settled"]
    assert open_conflicts(o.c) == []
    win = MainWindow(o.c, auto_backup=False)
    qtbot.addWidget(win)
    try:
        review = _exchange(win).review_tab
        [row] = review.automatic_model.rows
        assert row[1:] == ["Person Sahr Kóroma (Tombodu)", "Family name", "KOROMA", "Kóroma", "received"]
        assert review.conflicts_model.rowCount() == 0
    finally:
        win.jobs.wait_all()
        win.close()
        o.close()


def test_the_submissions_report_is_written_from_the_export_tab(qtbot, window, inv, officer_book, tmp_path, monkeypatch):
    from kpfield.ui.qt import QFileDialog

    page = _exchange(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(officer_book)], "Workbooks"))
    page.import_tab.choose_button.click()
    _wait_job(qtbot, page.import_tab.jobbar)
    page.import_tab.import_button.click()
    _wait_job(qtbot, page.import_tab.jobbar)
    out = tmp_path / "submissions.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), "Workbooks"))
    tab = page.export_tab
    tab.submissions_button.click()
    _wait_job(qtbot, tab.jobbar)
    assert "Wrote submissions.xlsx: 1 officers, 0 late" in tab.message.text()
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert any(r[0] == "Officer A" and r[4] == "officer.xlsx" for r in rows)
    assert tab.submissions_button.isEnabled()


def _wait_whole(qtbot, view, index, text):
    """The cell at ``index`` comes to show ``text`` whole: inside the table's width, and tall
    enough for it wrapped as the cell wraps it: at the cell's width less the style's text margin
    on each side, line by line (the rows grow once laid out)."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QStyle

    def wrapped_height(width: int) -> float:
        layout = QTextLayout(text, view.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            height += line.height()
        layout.endLayout()
        return height

    def whole() -> bool:
        rect = view.visualRect(index)
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        needed = wrapped_height(rect.width() - 2 * margin)
        return rect.right() <= view.viewport().width() and rect.height() >= needed and view.viewport().width() > 900

    try:
        qtbot.waitUntil(whole, timeout=10_000)
    except Exception:
        rect = view.visualRect(index)
        raise AssertionError(f"cell {rect} in a viewport of width {view.viewport().width()} for {text!r}") from None


def test_the_preview_shows_the_whole_signature_and_its_tooltip_names_the_officer_not_a_path(
    qtbot, window, inv, tmp_path, monkeypatch
):
    """At 1366x768 the signature's status is read in full (it wraps in its column) and its tooltip
    gives the registered officer's name and the key's fingerprint, never the file's path."""
    from kpfield import identity
    from kpfield.ui.qt import QFileDialog, Qt

    officer_db = tmp_path / "officer.kpfield"
    with Inventory.create(officer_db, country="SL", officer="Mariama Condé") as other:
        other.add("person", {"family_name": "Koroma", "country": "SL"})
        export_field(other, tmp_path / "kono-march.xlsx")
        key, _ = other.keys.installation_key()
        identity.export_identity(key, tmp_path / "mariama.kpkey", officer="Mariama Condé")
    inv.keys.register(tmp_path / "mariama.kpkey")
    window.resize(1366, 768)
    page = _exchange(window)
    tab = page.import_tab
    page.tabs.setCurrentWidget(tab)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(tmp_path / "kono-march.xlsx")], ""))
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    column = tab.files_model.columnCount() - 1
    index = tab.files_model.index(0, column)
    status = tab.files_model.data(index)
    assert status == f"signed by a registered officer: Mariama Condé ({key.fingerprint})"
    # the whole status fits in its cell: the column's width times the row's lines hold the text
    _wait_whole(qtbot, tab.files_view, index, status)
    tip = tab.files_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Mariama Condé" in tip and key.fingerprint in tip
    assert str(tmp_path) not in tip and "/" not in tip and ".xlsx" not in tip
    # an unsigned file says so in its tooltip too, still without a path
    wb = openpyxl.Workbook()
    wb.active.title = "Persons"
    wb.active.append(["Family name", "Country"])
    wb.active.append(["Kamara", "SL"])
    wb.save(tmp_path / "hand.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(tmp_path / "hand.xlsx")], ""))
    tab.cancel_preview()
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    tip = tab.files_model.data(tab.files_model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not signed: no officer or key to show"


@pytest.fixture
def french_window(qtbot, inv):
    from kpfield import i18n
    from kpfield.ui import language, style
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication

    language.install("fr")
    style.apply(QApplication.instance())
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.jobs.wait_all()
    win.close()
    language.install("en")
    i18n.set_language("en")


def test_in_french_the_signature_is_whole_at_1366(qtbot, french_window, inv, tmp_path, monkeypatch):
    from kpfield import identity
    from kpfield.ui.qt import QFileDialog, Qt

    with Inventory.create(tmp_path / "officer.kpfield", country="SL", officer="Mariama Condé") as other:
        other.add("person", {"family_name": "Koroma", "country": "SL"})
        export_field(other, tmp_path / "kono-mars.xlsx")
        key, _ = other.keys.installation_key()
        identity.export_identity(key, tmp_path / "mariama.kpkey", officer="Mariama Condé")
    inv.keys.register(tmp_path / "mariama.kpkey")
    window = french_window
    window.resize(1366, 768)
    page = _exchange(window)
    tab = page.import_tab
    page.tabs.setCurrentWidget(tab)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(tmp_path / "kono-mars.xlsx")], ""))
    tab.choose_button.click()
    _wait_job(qtbot, tab.jobbar)
    index = tab.files_model.index(0, tab.files_model.columnCount() - 1)
    status = tab.files_model.data(index)
    assert "Mariama Condé" in status and key.fingerprint in status
    _wait_whole(qtbot, tab.files_view, index, status)
    tip = tab.files_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Mariama Condé" in tip and key.fingerprint in tip and "/" not in tip

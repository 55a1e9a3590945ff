"""What changed and the package to send, from the Exchange page's Export tab and the Challenge matrix
page: the buttons clicked, the dialogs filled in as a coordinator would, the files read back."""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpfield.demo import generate
from kpfield.exchange.export import export_field
from kpfield.store import Inventory
from tests.conftest import licence_values

WAIT = 120_000  # the package prints its PDF through LibreOffice


@pytest.fixture
def officer_book(tmp_path: Path) -> Path:
    """A field workbook of another officer: a holder and her licence."""
    with Inventory.create(tmp_path / "officer.kpfield", country="SL", officer="Officer A") as other:
        pid = other.add("person", {"family_name": "Condé", "given_names": "Mariama", "country": "SL"}).id
        other.add("licence", licence_values(pid, number="007/2026"))
        export_field(other, tmp_path / "officer.xlsx")
    return tmp_path / "officer.xlsx"


def _exchange(window):
    window.nav.setCurrentRow(window.nav.count() - 1)
    assert window.stack.currentWidget() is window.exchange
    return window.exchange


def _import(qtbot, page, book, monkeypatch):
    from kpfield.ui.qt import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(book)], "Workbooks"))
    page.import_tab.choose_button.click()
    qtbot.waitUntil(lambda: page.import_tab.jobbar.job is None, timeout=WAIT)
    page.import_tab.import_button.click()
    qtbot.waitUntil(lambda: page.import_tab.jobbar.job is None, timeout=WAIT)


def _answer(monkeypatch, dialog_class, fill):
    """The next ``dialog_class`` is shown as built, ``fill(dialog)`` types into it, then OK is pressed;
    the dialogs are kept in the list returned."""
    from kpfield.ui.qt import QDialog, QDialogButtonBox

    shown = []

    def exec_(dialog):
        shown.append(dialog)
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return QDialog.DialogCode.Accepted if dialog.result() == QDialog.DialogCode.Accepted else 0

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown


def _changes(path):
    rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == "Recorded (UTC)")
    return rows[0][0], [r for r in rows[h + 1 :] if r[0]]


def test_what_an_officers_workbook_brought_is_written_from_the_export_tab(
    qtbot, window, inv, officer_book, tmp_path, monkeypatch
):
    from kpfield.ui.coordinator_reports import ChangesDialog

    page = _exchange(window)
    _import(qtbot, page, officer_book, monkeypatch)
    tab = page.export_tab
    out = tmp_path / "changes.xlsx"

    def officer(dialog):
        assert dialog.which.findData("Officer A") >= 0  # the officers whose workbooks came are offered
        dialog.which.setCurrentIndex(dialog.which.findData("Officer A"))
        assert not dialog.since.isEnabled()
        dialog.output.setText(str(out))

    _answer(monkeypatch, ChangesDialog, officer)
    tab.changes_button.click()
    assert not tab.changes_button.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: tab.jobbar.job is None, timeout=WAIT)
    assert "Wrote changes.xlsx" in tab.message.text() and "added: 2" in tab.message.text()
    title, body = _changes(out)
    assert "officer.xlsx" in title and "Officer A" in title
    assert len(body) == 2 and {r[1] for r in body} == {"added"}
    assert any("007/2026" in r[3] for r in body)  # the licence by its number
    assert tab.changes_button.isEnabled() and tab.package_button.isEnabled()

    since = tmp_path / "since.xlsx"

    def since_a_day(dialog):
        dialog.which.setCurrentIndex(0)
        dialog.since.setText("01/01/2000")
        dialog.output.setText(str(since))

    _answer(monkeypatch, ChangesDialog, since_a_day)
    tab.changes_button.click()
    qtbot.waitUntil(lambda: tab.jobbar.job is None, timeout=WAIT)
    title, body = _changes(since)
    assert title == "Changes recorded since 2000-01-01 (UTC)"
    assert len(body) >= 2  # the import's records, and anything recorded here


def test_the_changes_dialog_refuses_a_missing_or_unreadable_day(qtbot, tmp_path):
    from kpfield.ui.coordinator_reports import ChangesDialog

    dialog = ChangesDialog(["Officer A"], tmp_path / "changes.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.request() is None and "day" in dialog.message.text()
    dialog.since.setText("31/02/2026")
    assert dialog.request() is None and "not a real date" in dialog.message.text()
    dialog.since.setText("2026-02-01 14:30")
    request = dialog.request()
    assert request is not None and request.since is not None and request.since.startswith("2026-02-01T14:30")
    dialog.output.setText(str(tmp_path / "without suffix"))
    assert dialog.request().output.suffix == ".xlsx"


def test_the_package_dialog_refuses_a_period_it_cannot_read(qtbot, tmp_path):
    from kpfield.ui.coordinator_reports import PackageDialog

    dialog = PackageDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.period.setText("first half of 2026")
    assert dialog.request() is None and "2026H1" in dialog.message.text()
    dialog.period.setText("2026h1")
    dialog.region.setCurrentIndex(dialog.region.findData("south-america"))
    request = dialog.request()
    assert request is not None and request.period.label == "2026H1"
    assert request.path == tmp_path / "kpfield-south-america-2026H1.zip"


def _package_names(path):
    with zipfile.ZipFile(path) as z:
        return set(z.namelist()), z.read("README.txt").decode("utf-8")


def _package_tab(window, inv, monkeypatch, folder, lang=None):
    """The Export tab of a small demo, its package dialog answered: West Africa, 2026H1, ``folder``."""
    from kpfield.ui.coordinator_reports import PackageDialog

    generate(inv, "small", seed=4)

    def choose(dialog):
        dialog.region.setCurrentIndex(dialog.region.findData("west-africa"))
        dialog.period.setText("2026H1")
        if lang:
            dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
        dialog.folder.setText(str(folder))

    _answer(monkeypatch, PackageDialog, choose)
    return _exchange(window).export_tab


def test_the_package_is_written_from_the_export_tab(qtbot, window, inv, tmp_path, monkeypatch):
    folder = tmp_path / "à envoyer"
    tab = _package_tab(window, inv, monkeypatch, folder, lang="fr")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    tab.package_button.click()
    qtbot.waitUntil(lambda: tab.jobbar.job is None, timeout=WAIT)
    assert "Wrote kpfield-west-africa-2026H1.zip" in tab.message.text(), tab.message.text()
    names, readme = _package_names(folder / "kpfield-west-africa-2026H1.zip")
    assert {"inventory-west-africa-2026H1.xlsx", "submissions-west-africa-2026H1.xlsx", "README.txt"} <= names
    assert "Afrique de l'Ouest" in readme  # in the language chosen in the dialog
    if shutil.which("soffice"):
        assert "inventory-west-africa-2026H1.pdf" in names
    # the window's package carries the map of each country, as `kpfield export package` does
    assert "Cartes" in readme
    with zipfile.ZipFile(folder / "kpfield-west-africa-2026H1.zip") as z:
        inner = z.read("inventory-west-africa-2026H1.xlsx")
    assert "Cartes" in openpyxl.load_workbook(io.BytesIO(inner), read_only=True).sheetnames
    with zipfile.ZipFile(io.BytesIO(inner)) as book:
        assert any(n.startswith("xl/media/") and n.endswith(".png") for n in book.namelist())  # the maps
    assert not list(scratch.glob("kpfield-maps-*"))  # the maps drawn for it are gone


def test_a_package_being_written_can_be_cancelled_and_leaves_nothing(qtbot, window, inv, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    tab = _package_tab(window, inv, monkeypatch, folder)
    tab.package_button.click()
    job = tab.jobbar.job
    assert job is not None
    job.cancel()
    qtbot.waitUntil(lambda: tab.jobbar.job is None, timeout=WAIT)
    assert "Cancelled" in tab.message.text()
    assert not list(folder.glob("*kpfield-west-africa*"))  # neither the zip nor a part of it


# ---- the Challenge matrix page ---------------------------------------------------------------


@pytest.fixture
def page(qtbot, tmp_path):
    from kpfield.ui import style
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication

    path = tmp_path / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Demo officer", district="Kono") as inv:
        generate(inv, "small", seed=3)
    with Inventory.open(path) as inv:
        style.apply(QApplication.instance())
        win = MainWindow(inv, auto_backup=False)
        qtbot.addWidget(win)
        win.show()
        win.nav.setCurrentRow(win.nav.count() - 2)
        page = win.matrix_page
        qtbot.waitUntil(lambda: page.heat.evaluation is not None and page.job is None, timeout=20000)
        yield page
        win.jobs.wait_all()
        for w in QApplication.topLevelWidgets():
            w.close()
        win.close()


def test_the_matrix_page_writes_what_changed_and_the_package_of_its_region_and_period(
    qtbot, page, tmp_path, monkeypatch
):
    from kpfield.ui.coordinator_reports import ChangesDialog, PackageDialog

    out = tmp_path / "changes.xlsx"

    def since_a_day(dialog):
        dialog.since.setText("2000-01-01")
        dialog.output.setText(str(out))

    _answer(monkeypatch, ChangesDialog, since_a_day)
    menu = page.reports_button.menu()
    assert [a.text() for a in menu.actions()] == ["What changed…", "Package to send…"]
    page.changes_action.trigger()  # chosen in the Reports button's menu
    qtbot.waitUntil(lambda: "Wrote changes.xlsx" in page.progress_label.text(), timeout=WAIT)
    title, body = _changes(out)
    assert title.startswith("Changes recorded since") and body

    folder = tmp_path / "package"
    period = page.current_period().label
    suggested = {}

    def keep_the_suggestion(dialog):
        # the page suggests its scope's region and the half-year shown
        suggested["region"] = dialog.region.currentData()
        suggested["period"] = dialog.period.text()
        dialog.folder.setText(str(folder))

    _answer(monkeypatch, PackageDialog, keep_the_suggestion)
    page.package_action.trigger()
    qtbot.waitUntil(lambda: "Wrote kpfield-" in page.progress_label.text(), timeout=WAIT)
    assert suggested == {"region": "west-africa", "period": period}
    names, readme = _package_names(folder / f"kpfield-west-africa-{period}.zip")
    assert f"inventory-west-africa-{period}.xlsx" in names and "West Africa" in readme
    assert page.reports_button.isEnabled()

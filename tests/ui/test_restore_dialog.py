"""File > Restore from backup: the backups listed newest first in local time with what they hold,
a damaged one listed as such, and a restore that brings the records back and keeps the replaced file."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from kpfield import i18n
from kpfield.store import Inventory
from kpfield.store.backup import short_id
from tests.conftest import licence_values


@pytest.fixture
def in_kolkata(monkeypatch):
    """This computer's clock at UTC+05:30, so that local time and UTC differ in hours and minutes."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield dt.timezone(dt.timedelta(hours=5, minutes=30))
    monkeypatch.undo()
    time.tzset()


def _listed(qtbot, window):
    dialog = window.restore_backup()
    qtbot.waitUntil(lambda: dialog.list_job is None and dialog.table.rowCount() > 0, timeout=10000)
    return dialog


def _local(made: dt.datetime, zone: dt.timezone) -> str:
    return f"{made.astimezone(zone):%Y-%m-%d %H:%M}"


def test_the_backups_are_listed_newest_first_in_local_time_with_their_records(qtbot, window, inv, holder, in_kolkata):
    from kpfield.store.restore import made_at

    older = inv.backup()
    inv.add("licence", licence_values(holder))
    newer = inv.backup()
    dialog = _listed(qtbot, window)
    rows = dialog.rows()
    assert [r[7] for r in rows] == [newer.name, older.name]
    for row, path in zip(rows, (newer, older), strict=True):
        made = made_at(path)
        assert made is not None
        assert row[0] == _local(made, in_kolkata)
        assert row[0] != f"{made:%Y-%m-%d %H:%M}"  # not UTC
    assert rows[0][2:6] == ["1", "1", "0", "0"] and rows[1][2:6] == ["1", "0", "0", "0"]
    assert rows[0][1].endswith("KB")
    assert dialog.status.text().startswith("2 backups in the backups folder beside the inventory.")
    assert dialog.restore_button.isEnabled()  # the newest readable one is selected


def test_a_corrupt_backup_is_listed_as_unreadable_and_cannot_be_chosen(qtbot, window, inv):
    good = inv.backup()
    bad = good.with_name(f"{inv.path.stem}-{short_id(inv.inventory_id())}-20991231T235959000000Z.kpfield")
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8192)
    dialog = _listed(qtbot, window)
    rows = dialog.rows()
    assert [r[7] for r in rows] == [bad.name, good.name]
    assert rows[0][2].startswith("Unreadable:")
    assert dialog.table.columnSpan(0, 2) == 5
    assert "1 of them cannot be read" in dialog.status.text()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()


def test_no_backups_yet_says_so(qtbot, window, inv):
    dialog = window.restore_backup()
    qtbot.waitUntil(lambda: dialog.list_job is None, timeout=10000)
    assert dialog.table.rowCount() == 0 and "no backups yet" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()


def test_restoring_brings_the_records_back_keeps_the_replaced_file_and_reopens(qtbot, tmp_path, monkeypatch):
    from kpfield.ui import language, restore_dialog
    from kpfield.ui.app import Session, application
    from kpfield.ui.settings import Settings

    application()
    language.install("en")
    path = tmp_path / "inventory.kpfield"
    with Inventory.create(path, country="SL", officer="Fatmata Sesay", district="Kono") as inv:
        inv.add("person", {"family_name": "Kamara", "given_names": "Sia", "country": "SL"})
        backup = inv.backup()
        for name in ("Conteh", "Bangura"):
            inv.add("person", {"family_name": name, "country": "SL"})
    session = Session(Settings.load())
    assert session.open(path, auto_backup=False)
    old_window = session.window
    dialog = _listed(qtbot, old_window)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return restore_dialog.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(restore_dialog.QMessageBox, "question", staticmethod(answer))
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert asked and backup.name in asked[0] and "1 person," in asked[0]
    qtbot.waitUntil(lambda: session.window is not old_window and session.inv is not None, timeout=15000)
    assert session.inv.count("person") == 1
    used, kept = session.last_restore
    assert used == backup and kept is not None and kept.name.startswith("inventory.kpfield.replaced-")
    with Inventory.open_readonly(kept) as before:
        assert before.count("person") == 3
    assert "1 person" in session.window.status_counts.text()
    assert kept.name in session.window.statusBar().currentMessage()
    session.window.close()
    session.close()


def test_the_status_bar_shows_the_last_backup_in_local_time(qtbot, window, inv, in_kolkata):
    inv.backup()
    window._update_backup_label()
    last = inv.meta("last_backup_at")
    assert last is not None
    made = dt.datetime.fromisoformat(last.replace("Z", "+00:00"))
    assert window.status_backup.text() == f"Last backup: {_local(made, in_kolkata)}"
    assert "UTC" not in window.status_backup.text()


@pytest.fixture
def speak(qapp):
    from kpfield.ui import language

    yield language.install
    language.install("en")


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "1 person · 1 licence", "2 persons · 2 licences"),
        ("fr", "1 personne · 1 licence", "2 personnes · 2 licences"),
        ("pt", "1 pessoa · 1 licença", "2 pessoas · 2 licenças"),
        ("es", "1 persona · 1 licencia", "2 personas · 2 licencias"),
    ],
)
def test_one_record_reads_singular_in_every_language(qtbot, inv, holder, speak, lang, one, two):
    from kpfield.ui.main_window import MainWindow

    speak(lang)
    inv.add("licence", licence_values(holder))
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    assert win.status_counts.text().startswith(one), win.status_counts.text()
    other = inv.add("person", {"family_name": "Conteh", "country": "SL"})
    inv.add("licence", licence_values(other.id, number="AML/0002"))
    win._update_counts()
    assert win.status_counts.text().startswith(two), win.status_counts.text()
    win.close()


@pytest.mark.parametrize(("lang", "cancel"), [("fr", "Annuler"), ("pt", "Cancelar"), ("es", "Cancelar")])
def test_qt_own_dialogs_speak_the_window_language(qtbot, speak, lang, cancel):
    from kpfield.ui.qt import QDialogButtonBox, QFileDialog, QMessageBox

    speak(lang)
    box = QMessageBox(QMessageBox.Icon.Question, "kpfield", "?", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.button(QMessageBox.StandardButton.Cancel)
    assert button is not None and button.text().replace("&", "") == cancel
    files = QFileDialog(None, "kpfield")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    buttons = files.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


def test_qt_catalogues_are_where_the_bundle_takes_them_from():
    from kpfield.ui.language import _QT_CATALOGUE
    from kpfield.ui.qt import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for lang, name in _QT_CATALOGUE.items():
        if name:
            assert (folder / f"{name}.qm").is_file(), (lang, folder)
    assert i18n.catalogue_path("en", ".qm").is_file(), "make builds kpfield_en.qm (English plural forms)"


@pytest.mark.parametrize("lang", ["en", "fr", "pt", "es"])
def test_the_dialog_reads_whole_on_a_1366x768_screen(qtbot, inv, holder, speak, lang):
    from kpfield.ui.main_window import MainWindow
    from tests.ui.fit import elided_texts

    speak(lang)
    inv.backup()
    good = inv.backup()
    bad = good.with_name(good.name.replace(".kpfield", "-copy.kpfield"))
    bad.write_bytes(b"not an inventory")
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    dialog = _listed(qtbot, win)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    qtbot.waitExposed(dialog)
    assert elided_texts(dialog) == []
    shown = sum(dialog.table.columnWidth(c) for c in range(dialog.table.columnCount()))
    assert shown <= dialog.table.viewport().width() + 1, "every column, the file name included, is in view"
    win.jobs.wait_all()
    win.close()


@pytest.fixture
def session(qtbot, tmp_path):
    from kpfield.ui import language
    from kpfield.ui.app import Session, application
    from kpfield.ui.settings import Settings

    application()
    language.install("en")
    path = tmp_path / "inventory.kpfield"
    with Inventory.create(path, country="SL", officer="Fatmata Sesay", district="Kono") as inv:
        inv.add("person", {"family_name": "Kamara", "country": "SL"})
    made = Session(Settings.load())
    assert made.open(path, auto_backup=False)
    yield made
    if made.window is not None:
        made.window.close()
    made.close()


def test_a_backup_that_does_not_verify_is_refused_and_the_inventory_stays(qtbot, session, monkeypatch, tmp_path):
    from kpfield.store.restore import staging_path
    from kpfield.ui import app as app_module

    warned = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    bad = tmp_path / "backups" / "inventory-20260101T000000000000Z.kpfield"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8192)
    window, path = session.window, session.inv.path
    job = session.restore(bad)
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=10000)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert job.outcome == "failed" and "not restored" in warned[0] and "not a good backup" in warned[0]
    assert session.window is window and session.inv.count("person") == 1
    assert not staging_path(path).exists() and not list(path.parent.glob("*.replaced-*"))


def test_a_copy_finished_after_the_window_was_closed_replaces_nothing(qtbot, session):
    from kpfield.store.restore import stage

    backup = session.inv.backup()
    session.inv.add("person", {"family_name": "Conteh", "country": "SL"})
    job = session.restore(backup)
    job.cancel()  # as closing the window does to its running jobs
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=10000)
    qtbot.wait(50)  # its last signals delivered
    assert session.inv.count("person") == 2 and not list(session.inv.path.parent.glob("*.replaced-*"))
    staging = stage(session.inv.path, backup)  # as if its copy had ended just as the window closed
    session._put_back(job, staging, backup)
    assert not staging.exists() and session.inv.count("person") == 2
    assert not list(session.inv.path.parent.glob("*.replaced-*"))
    session.window.jobs.wait_all()


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("en", ["0 licences", "1 licence", "2 licences"]),
        ("fr", ["0 licence", "1 licence", "2 licences"]),
        ("pt", ["0 licença", "1 licença", "2 licenças"]),
        ("es", ["0 licencias", "1 licencia", "2 licencias"]),
    ],
)
def test_counts_read_the_same_without_compiled_catalogues(qapp, speak, monkeypatch, tmp_path, lang, counts):
    """An install without the .qm files (a wheel) reads the .ts sources: the plural forms too."""
    from kpfield.ui.plurals import count_text

    real = i18n.catalogue_path
    monkeypatch.setattr(
        i18n, "catalogue_path", lambda code, suffix=".ts": tmp_path / "none.qm" if suffix == ".qm" else real(code)
    )
    speak(lang)
    assert [count_text("licence", n) for n in (0, 1, 2)] == counts
    monkeypatch.undo()
    speak(lang)  # with the compiled catalogues, as make builds them: the same words
    assert [count_text("licence", n) for n in (0, 1, 2)] == counts

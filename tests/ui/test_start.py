"""Starting the window: `kpfield gui --db PATH`, `--demo`, and the first-run wizard."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpfield.cli import main
from kpfield.store import Inventory


@pytest.fixture
def no_event_loop(monkeypatch, qapp):
    """``app.exec()`` returns at once, after recording the windows that were shown."""
    from kpfield.ui import app as app_module

    shown = []
    real_open = app_module.Session.open

    def open_(self, path, *, auto_backup=True):
        ok = real_open(self, path, auto_backup=False)
        if ok:
            shown.append(self.window)
        return ok

    monkeypatch.setattr(app_module.Session, "open", open_)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    yield shown
    for w in shown:
        w.close()


def test_gui_with_db_opens_the_window_on_that_inventory(no_event_loop, tmp_path):
    path = tmp_path / "field.kpfield"
    Inventory.create(path, country="GN", officer="Mamadi Condé").close()
    assert main(["gui", "--db", str(path)]) == 0
    (window,) = no_event_loop
    # a new inventory holds no record: it opens on Start here (tests/ui/test_guide.py)
    assert window.inv.path == path and window.stack.currentWidget() is window.start_page
    assert "Mamadi Condé" in window.status_officer.text()


def test_gui_with_a_file_that_is_not_an_inventory_explains_and_fails(no_event_loop, tmp_path, monkeypatch):
    from kpfield.ui.qt import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    bad = tmp_path / "notes.kpfield"
    bad.write_text("not a database")
    assert main(["gui", "--db", str(bad)]) == 1
    assert "not a kpfield inventory" in told[0] and not no_event_loop


def test_first_run_wizard_creates_the_inventory_then_the_window_opens(no_event_loop, monkeypatch, tmp_path):
    from kpfield.ui.wizard import FirstRunWizard

    target = tmp_path / "my inventory.kpfield"

    def ask(cls, parent=None):
        wizard = cls(parent)
        page = wizard.page_
        assert not page.isComplete()
        page.officer.setText("Fatmata Sesay")
        page.country.setCurrentIndex(page.country.findData("SL"))
        page.district.setCurrentText("Kono")
        page.location.setText(str(target))
        assert page.isComplete()
        wizard.accept()
        return wizard.created

    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(ask))
    assert main(["gui"]) == 0
    (window,) = no_event_loop
    assert window.inv.identity.officer == "Fatmata Sesay" and window.inv.identity.district == "Kono"
    # next time, the last inventory opens without the wizard
    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(lambda cls, parent=None: pytest.fail("wizard again")))
    assert main(["gui"]) == 0
    assert no_event_loop[-1].inv.path == target.resolve()


def test_the_wizard_refuses_without_a_name_and_says_why(qtbot, tmp_path):
    from kpfield.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    existing = tmp_path / "taken.kpfield"
    existing.write_text("x")
    wizard.page_.officer.setText("Sahr Koroma")
    wizard.page_.location.setText(str(existing))
    wizard.accept()
    assert wizard.created is None and "already exists" in wizard.page_.message.text()


def test_opening_another_inventory_replaces_the_window_and_closes_the_old_file(qtbot, tmp_path):
    import sqlite3

    from kpfield.ui.app import Session, application
    from kpfield.ui.settings import Settings

    application()
    first, second = tmp_path / "first.kpfield", tmp_path / "second.kpfield"
    Inventory.create(first, country="SL", officer="A").close()
    Inventory.create(second, country="GN", officer="B").close()
    session = Session(Settings.load())
    assert session.open(first, auto_backup=False)
    old_window, old_inv = session.window, session.inv
    old_window.openRequested.emit(str(second))
    assert session.inv.path == second and session.window is not old_window
    with pytest.raises(sqlite3.ProgrammingError):
        old_inv.conn.execute("SELECT 1")
    assert [Path(p).name for p in Settings.load().recent] == ["second.kpfield", "first.kpfield"]
    session.window.close()
    session.close()

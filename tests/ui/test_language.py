"""The window in French, Portuguese and Spanish: menus, pages, forms, messages, numbers and dates."""

from __future__ import annotations

import pytest

from kpfield import i18n
from kpfield.domain.entities import ENTITIES

LANGS = ("fr", "pt", "es")


@pytest.fixture
def speak(qapp):
    """``speak(lang)`` installs a language for the test; English again afterwards."""
    from kpfield.ui import language

    yield language.install
    language.install("en")


@pytest.fixture
def window_factory(qtbot, inv):
    """A main window made when the test asks (after it has chosen a language)."""
    from kpfield.ui.main_window import MainWindow

    made = []

    def make():
        win = MainWindow(inv, auto_backup=False)
        qtbot.addWidget(win)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.jobs.wait_all()
        win.close()


def _problems_shown(dialog) -> str:
    labels = [dialog.general, *dialog.problems.values()]
    return "\n".join(label.text() for label in labels if label.isVisible())


@pytest.mark.parametrize("lang", LANGS)
def test_the_window_a_form_and_an_error_speak_the_chosen_language(qtbot, inv, speak, lang):
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.records.forms import RecordDialog

    speak(lang)
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    win.show()

    exchange = i18n.translate_in(lang, "MainWindow", "Exchange")
    assert exchange != "Exchange"
    nav = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert exchange in nav
    assert ENTITIES["production"].shown_plural(lang) in nav
    assert ENTITIES["licence"].shown_plural(lang) != "Licences" or lang == "fr"
    menus = [a.text() for a in win.menuBar().actions()]
    assert i18n.translate_in(lang, "MainWindow", "&File") in menus
    assert "&File" not in menus

    page = win.go_to("licence")
    assert page.new_button.text() == i18n.translate_in(lang, "RecordPage", "New licence") != "New licence"

    # an empty licence form: Save refuses, and says why in the officer's language
    dialog = RecordDialog(win.editor, "licence", None, win)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save()
    shown = _problems_shown(dialog)
    label = ENTITIES["licence"].label_of("number", lang)
    assert label != "Licence number"
    assert label in shown
    assert "is required" not in shown
    assert dialog.windowTitle() != "New: Licence"
    dialog.done(0)
    win.jobs.wait_all()
    win.close()


def test_a_french_officer_types_carats_and_dates_the_french_way(qtbot, inv, speak, fill_form, window_factory):
    speak("fr")
    win = window_factory()
    site = inv.add(
        "site",
        {"country": "SL", "code": "KN-0001", "name": "Bafi", "status": "active", "village": "Koidu"},
    ).id

    def fill(dialog):
        dialog.editors["site_id"].pick(site)
        dialog.editors["produced_on"].edit.setText("03/04/2026")
        dialog.editors["stones"].edit.setText("4")
        dialog.editors["carats"].edit.setText("12,5")
        dialog.editors["value_usd"].edit.setText("1 250,75")

    fill_form(fill)
    page = win.go_to("production")
    rid = page.new_record()
    assert rid is not None, _problems_shown(fill_form.dialogs[-1])
    stored = inv.get("production", rid)
    assert stored["carats"] == 12.5
    assert stored["produced_on"] == "2026-04-03"
    assert stored["value_usd"] == 1250.75

    # opened again, the form shows the values as they were typed
    from kpfield.ui.records.forms import RecordDialog

    dialog = RecordDialog(win.editor, "production", rid, win)
    qtbot.addWidget(dialog)
    assert dialog.editors["carats"].edit.text() == "12,5"
    assert dialog.editors["produced_on"].edit.text() == "03/04/2026"
    dialog.done(0)


def test_choosing_a_language_rebuilds_the_window_and_keeps_what_the_user_was_looking_at(qtbot, inv, speak, tmp_path):
    from kpfield.ui.app import Session
    from kpfield.ui.settings import Settings

    path = inv.path
    holder = inv.add("person", {"family_name": "Koroma", "country": "SL"}).id
    licence = inv.add(
        "licence",
        {
            "country": "SL",
            "number": "AML-0042",
            "kind": "artisanal_mining",
            "issued_on": "2026-01-10",
            "expires_on": "2026-12-31",
            "status": "active",
            "holder_person_id": holder,
        },
    ).id
    session = Session(Settings())
    assert session.open(path, auto_backup=False)
    old = session.window
    qtbot.addWidget(old)
    page = old.go_to("licence")
    page.search.setText("AML-0042")
    page.apply_filters()
    assert page.select_record(licence)

    old.language_actions["fr"].trigger()
    new = session.window
    assert new is not old
    qtbot.addWidget(new)
    assert i18n.language() == "fr"
    assert i18n.saved_language() == "fr"
    assert new.current_page() is not None and new.current_page().kind == "licence"
    assert new.current_page().search.text() == "AML-0042"
    assert new.current_page().current_id() == licence
    assert new.language_actions["fr"].isChecked()
    assert i18n.translate_in("fr", "MainWindow", "Exchange") in [new.nav.item(i).text() for i in range(new.nav.count())]
    new.jobs.wait_all()
    session.close()


def test_the_first_run_wizard_follows_the_language_chosen_on_its_page(qtbot, speak):
    from kpfield.ui.wizard import FirstRunWizard

    speak("en")
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    page = wizard.page_
    assert page.title() == "Welcome to kpfield"
    page.language.setCurrentIndex(page.language.findData("pt"))
    assert i18n.language() == "pt"
    assert page.title() == i18n.translate_in("pt", "FirstRunPage", "Welcome to kpfield") != "Welcome to kpfield"
    assert i18n.saved_language() == "pt"
    wizard.reject()

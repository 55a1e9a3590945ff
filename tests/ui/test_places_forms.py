"""The district follows the record's country in the forms, the list and the first-run wizard;
destinations and nationalities may be any country, shown in the officer's language."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from kpfield import i18n
from kpfield.domain.places import districts
from tests.conftest import licence_values


@pytest.fixture
def speak(qapp):
    from kpfield.ui import language

    yield language.install
    language.install("en")


def _dialog(qtbot, window, kind):
    from kpfield.ui.records.forms import RecordDialog

    dialog = RecordDialog(window.editor, kind, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_person_form_names_the_district_as_the_country_does_and_proposes_all_of_them(qtbot, inv, speak):
    from kpfield.ui.main_window import MainWindow

    speak("fr")
    window = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    dialog = _dialog(qtbot, window, "person")
    # the installation's country (Sierra Leone) is preset: its 16 districts are proposed
    district = dialog.editors["district"]
    assert dialog.labels["district"].text() == "District"
    assert len(district.names.stringList()) == 16 and "Karene" in district.names.stringList()
    country = dialog.editors["country"]
    country.set_value("GN")
    assert dialog.labels["district"].text() == "Préfecture"
    assert "Kérouané" in district.names.stringList()
    assert len(district.names.stringList()) == len(districts("GN"))
    country.set_value("LR")
    assert dialog.labels["district"].text() == "Comté"
    # typing part of a name offers the matches (accents and case as typed)
    district.edit.setFocus()
    QTest.keyClicks(district.edit, "gbar")
    assert district.completer.currentCompletion() == "Gbarpolu"
    # the nationality may be any country, in French
    nationality = dialog.editors["nationality"].combo
    labels = [nationality.itemText(i) for i in range(nationality.count())]
    assert "BE · Belgique" in labels and "DE · Allemagne" in labels and len(labels) > 240
    dialog.grab().save(str(qtbot_screenshot_path(dialog)))
    dialog.done(0)
    window.close()


def qtbot_screenshot_path(dialog):
    """Where a test leaves what it looked at (the system's temporary folder)."""
    import tempfile
    from pathlib import Path

    return Path(tempfile.gettempdir()) / f"kpfield-{dialog.kind}-form.png"


def test_an_export_to_belgium_is_saved_from_the_form_and_shown_in_french(qtbot, inv, speak):
    from kpfield.ui.main_window import MainWindow

    speak("fr")
    window = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    dialog = _dialog(qtbot, window, "sale")
    combo = dialog.editors["destination_country"].combo
    combo.setCurrentIndex(combo.findData("BE"))
    assert combo.currentText() == "BE · Belgique"
    values = dialog.values()
    assert values["destination_country"] == "BE"
    dialog.done(0)
    window.close()


def test_the_list_names_its_district_column_after_the_country_shown(qtbot, inv, speak):
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import Qt

    inv.add("person", {"family_name": "Camara", "country": "GN", "district": "Kérouané"})
    speak("fr")
    window = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("person")
    col = [c.key for c in page.model.view.columns].index("district")
    header = page.model.headerData(col, Qt.Orientation.Horizontal)
    assert header == "Préfecture"  # the only country the persons are of
    inv.add("person", {"family_name": "Koroma", "country": "SL", "district": "Kono"})
    page.model.refresh()
    assert page.model.headerData(col, Qt.Orientation.Horizontal) == "District"
    page.country.setCurrentIndex(page.country.findData("GN"))
    assert page.model.headerData(col, Qt.Orientation.Horizontal) == "Préfecture"
    window.close()


def test_the_wizard_is_filled_from_the_keyboard_starting_with_the_name(qtbot, tmp_path, speak):
    from kpfield.store import Inventory
    from kpfield.ui.qt import Qt, QWizard
    from kpfield.ui.wizard import FirstRunWizard

    speak("fr")
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    page = wizard.page_
    page.location.setText(str(tmp_path / "guinee.kpfield"))
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    # the language is already chosen: typing starts with the officer's name
    assert wizard.focusWidget() is page.officer
    # a single page has nowhere to go back to: no Back button that does nothing
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    QTest.keyClicks(page.officer, "Mamadou Camara")
    QTest.keyClick(page.officer, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.country
    page.country.setCurrentIndex(page.country.findData("GN"))
    assert page.labels[3].text() == "Préfecture"
    assert page.district.count() == 1 + len(districts("GN"))
    QTest.keyClick(page.country, Qt.Key.Key_Tab)
    assert wizard.focusWidget() in (page.district, page.district.lineEdit())
    QTest.keyClicks(page.district.lineEdit(), "Siguiri")
    QTest.keyClick(page.district.lineEdit(), Qt.Key.Key_Return)
    assert wizard.created == tmp_path / "guinee.kpfield"
    with Inventory.open(wizard.created) as inv:
        assert (inv.identity.officer, inv.identity.country, inv.identity.district) == (
            "Mamadou Camara",
            "GN",
            "Siguiri",
        )


def test_a_new_inventory_starts_from_the_open_one_without_its_file_name(qtbot, inv):
    from kpfield.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard.starting_from(inv)
    qtbot.addWidget(wizard)
    page = wizard.page_
    assert page.title() == "New inventory"
    assert page.officer.text() == "Fatmata Sesay"
    assert page.country.currentData() == "SL" and page.district.currentText() == "Kono"
    proposed = page.location.text()
    assert proposed != str(inv.path)
    assert proposed == str(inv.path.parent / "inventory-2.kpfield")
    assert page.isComplete()
    wizard.accept()
    assert wizard.created is not None and wizard.created.exists()
    # the open inventory is untouched and the next proposal moves on again
    again = FirstRunWizard.starting_from(inv)
    qtbot.addWidget(again)
    assert again.page_.location.text() == str(inv.path.parent / "inventory-3.kpfield")
    assert i18n.language() == "en"


def test_a_picked_record_is_shown_from_the_start_of_its_label(qtbot, inv, holder):
    """A licence's label (number · kind · holder) longer than its field shows its number, the
    start, not the holder's name at its end; the whole label is the field's tooltip."""
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.records.forms import RecordDialog

    licence = inv.add("licence", licence_values(holder, number="SL-ART-2026-KONO-000123")).id
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    dialog = RecordDialog(win.editor, "site", None, win)
    qtbot.addWidget(dialog)
    dialog.resize(480, 640)
    dialog.show()
    picker = dialog.editors["licence_id"]
    picker.set_value(licence)
    label = picker.edit.text()
    assert label.startswith("SL-ART-2026-KONO-000123") and "Koroma" in label
    assert picker.edit.fontMetrics().horizontalAdvance(label) > picker.edit.width()  # too long to show whole
    assert picker.edit.cursorPosition() == 0 and picker.edit.toolTip() == label
    dialog.done(0)
    win.close()

"""Every form driven from the keyboard alone: first field focused, Tab in the order shown and over
nothing invisible, Enter saves, Esc asks before throwing typing away; double-click opens once;
Undo and Redo say what they change and show it; Ctrl+Y, Ctrl+Shift+Z and Ctrl+1..9."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from kpfield.domain.entities import ENTITIES

KINDS = ("person", "organisation", "licence", "site", "production", "sale", "inspection")


@pytest.fixture
def world(inv, holder):
    """A licence of the holder and a site under it, for the pickers."""
    from tests.conftest import licence_values

    lid = inv.add("licence", licence_values(holder, number="AML/0001")).id
    sid = inv.add("site", {"country": "SL", "code": "KN-099", "status": "active", "licence_id": lid}).id
    return {"holder": holder, "licence": lid, "site": sid}


def _dialog(qtbot, window, kind, record_id=None):
    from kpfield.ui.records.forms import RecordDialog

    dialog = RecordDialog(window.editor, kind, record_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_each_form_opens_on_its_first_field_and_tab_visits_only_visible_fields_in_order(qtbot, window):
    from kpfield.ui.qt import QCheckBox, Qt

    for kind in KINDS:
        dialog = _dialog(qtbot, window, kind)
        stops = dialog.tab_stops()
        first = stops[0]
        assert dialog.focusWidget() is first, (kind, dialog.focusWidget())
        visited = []
        for _ in range(len(stops)):
            w = dialog.focusWidget()
            assert w.isVisible() and w.isEnabled(), (kind, w)
            visited.append(w)
            QTest.keyClick(w, Qt.Key.Key_Tab)
        assert visited == stops, kind
        assert dialog.focusWidget() is first, kind  # and round again
        # every field of the record kind is a stop, once, in the order the form shows them
        fields = [f.name for f in ENTITIES[kind].fields]
        named = []
        for w in stops[:-2]:
            p = w.parentWidget()
            while not hasattr(p, "field"):
                p = p.parentWidget()
            if not named or named[-1] != p.field.name or not isinstance(w, QCheckBox):
                named.append(p.field.name)
        assert named == fields, kind
        dialog.done(0)


def _type_by_keyboard(qtbot, dialog, steps):
    """One step per tab stop, from the focused first field: a text to type, ("pick", text) in a
    record picker (type, Down, Enter), " " to tick a box, or None to pass over; then Tab."""
    from kpfield.ui.qt import Qt

    for step in steps:
        w = dialog.focusWidget()
        if isinstance(step, tuple) and step[0] == "pick":
            QTest.keyClicks(w, step[1])
            popup = w.completer().popup()
            qtbot.waitUntil(popup.isVisible)
            QTest.keyClick(popup, Qt.Key.Key_Down)
            QTest.keyClick(popup, Qt.Key.Key_Return)
            assert dialog.focusWidget() is w
        elif step == " ":
            QTest.keyClick(w, Qt.Key.Key_Space)
        elif step:
            QTest.keyClicks(w, step)
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


FORMS = {
    "person": (
        ["Kamara", "Aminata", "f", "1990-05-04", "SL-123", "DC-9", "GN", None, "Kono", "Koidu", "+23276000000"]
        + [" ", None, None, None],
        {
            "family_name": "Kamara",
            "given_names": "Aminata",
            "sex": "F",
            "birth_date": "1990-05-04",
            "national_id": "SL-123",
            "digger_card": "DC-9",
            "nationality": "GN",
            "country": "SL",
            "district": "Kono",
            "village": "Koidu",
            "phone": "+23276000000",
            "roles": "digger",
        },
    ),
    "organisation": (
        ["Koidu Cooperative", "c", None, "Kono", "Koidu", "REG-1", "076111"],
        {
            "name": "Koidu Cooperative",
            "kind": "cooperative",
            "country": "SL",
            "district": "Kono",
            "town": "Koidu",
            "registration_no": "REG-1",
            "phone": "076111",
        },
    ),
    "licence": (
        [None, "AML/0042", "a", ("pick", "Koroma"), None, None, "2026-01-15", "2027-01-14", "0.8", "150", "a"],
        {
            "country": "SL",
            "number": "AML/0042",
            "kind": "artisanal_mining",
            "holder_person_id": "@holder",
            "issued_on": "2026-01-15",
            "expires_on": "2027-01-14",
            "area_ha": 0.8,
            "fee_usd": 150,
            "status": "active",
        },
    ),
    "site": (
        [None, "KN-012", "Bafi river", "Eastern", "Kono", "Gbense", "Tombodu", "8.6367", "-10.9675", "5", "r", "a"]
        + [("pick", "AML"), "12"],
        {
            "country": "SL",
            "code": "KN-012",
            "name": "Bafi river",
            "region": "Eastern",
            "district": "Kono",
            "chiefdom": "Gbense",
            "village": "Tombodu",
            "latitude": 8.6367,
            "longitude": -10.9675,
            "gps_accuracy_m": 5,
            "deposit_type": "river_bed",
            "status": "active",
            "licence_id": "@licence",
            "workers": 12,
        },
    ),
    "production": (
        [("pick", "KN"), ("pick", "AML"), "2026-03-02", "3", "1.5", "450", None, "Local buyer", "REG-77"]
        + [None] * 8
        + ["3", "1.5"],
        {
            "site_id": "@site",
            "licence_id": "@licence",
            "produced_on": "2026-03-02",
            "stones": 3,
            "carats": 1.5,
            "value_usd": 450,
            "buyer_name": "Local buyer",
            "reference": "REG-77",
            "sc_gr2_n": 3,
            "sc_gr2_ct": 1.5,
        },
    ),
    "sale": (
        ["s", ("pick", "AML"), None, "Koidu Diamonds", "2026-03-05", "3", "1.5", "600", "DOC-1", None, None, None]
        + ["2"],
        {
            "kind": "sale",
            "seller_licence_id": "@licence",
            "buyer_name": "Koidu Diamonds",
            "sold_on": "2026-03-05",
            "stones": 3,
            "carats": 1.5,
            "value_usd": 600,
            "document_ref": "DOC-1",
            "parcels": 2,
        },
    ),
    "inspection": (
        ["2026-03-06", "s", ("pick", "KN"), None, None, "Fatmata Sesay", "c", "Pit fenced"],
        {
            "inspected_on": "2026-03-06",
            "target_kind": "site",
            "site_id": "@site",
            "officer": "Fatmata Sesay",
            "outcome": "compliant",
            "findings": "Pit fenced",
        },
    ),
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_form_is_filled_from_the_keyboard_alone_and_every_value_lands_in_its_field(
    qtbot, window, world, inv, kind
):
    steps, expected = FORMS[kind]
    dialog = _dialog(qtbot, window, kind)
    _type_by_keyboard(qtbot, dialog, steps)
    problems = [lbl.text() for lbl in [*dialog.problems.values(), dialog.general] if lbl.isVisible()]
    assert dialog.saved_id, problems
    assert not dialog.isVisible()  # Enter saved and closed the form
    record = inv.get(kind, dialog.saved_id)
    for name, value in expected.items():
        if isinstance(value, str) and value.startswith("@"):
            value = world[value[1:]]
        assert record[name] == value, (kind, name, record[name])
    # nothing typed anywhere else: the fields not named stayed empty
    for f in ENTITIES[kind].fields:
        if f.name not in expected:
            assert record[f.name] in (None, "", 0), (kind, f.name, record[f.name])


def _answer_next_box(qtbot, button_text):
    """Click the button ``button_text`` of the next message box once it shows."""
    from kpfield.ui.qt import QApplication, QMessageBox, QTimer

    seen = []

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for b in box.buttons():
            if b.text() == button_text:
                b.click()
                return

    QTimer.singleShot(0, click)
    return seen


def test_esc_closes_an_untouched_form_at_once_and_asks_before_discarding_typing(qtbot, window, inv):
    from kpfield.ui.qt import Qt

    dialog = _dialog(qtbot, window, "person")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)  # nothing typed: no question
    assert not dialog.isVisible()

    dialog = _dialog(qtbot, window, "person")
    QTest.keyClicks(dialog.focusWidget(), "Kamara")
    seen = _answer_next_box(qtbot, "Keep editing")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert seen == ["Throw away what you typed in this form?"]
    assert dialog.isVisible() and dialog.editors["family_name"].value() == "Kamara"

    seen = _answer_next_box(qtbot, "Discard")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert seen and not dialog.isVisible()
    assert inv.browser("person").count() == 0

    # an opened record, changed and changed back, is no typing to lose
    pid = inv.add("person", {"family_name": "Bangura", "country": "SL"}).id
    dialog = _dialog(qtbot, window, "person", pid)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_End)  # the field's text came selected
    QTest.keyClicks(dialog.focusWidget(), "x")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_double_click_on_a_row_opens_the_form_once(qtbot, window, holder, monkeypatch):
    from kpfield.ui.qt import Qt
    from kpfield.ui.records.forms import RecordDialog

    opened = []

    def ask(cls, editor, kind, record_id=None, parent=None):
        opened.append(record_id)
        dialog = cls(editor, kind, record_id, parent)
        qtbot.addWidget(dialog)
        return dialog

    monkeypatch.setattr(RecordDialog, "ask", classmethod(ask))
    page = window.go_to("person")
    rect = page.table.visualRect(page.model.index(0, 0))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [holder]
    QTest.keyClick(page.table, Qt.Key.Key_Return)  # Enter on the row opens it too, once
    assert opened == [holder, holder]


def test_undo_and_redo_name_the_change_and_show_its_page(qtbot, window, inv):
    from kpfield.ui.qt import Qt

    site = window.editor.add("site", {"country": "SL", "code": "KN-012", "status": "active"}).id
    window.editor.update("site", site, {"name": "Bafi river"})
    assert window.act_undo.text() == "Undo edit of site KN-012"
    window.go_to("person")
    window.activateWindow()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert inv.get("site", site)["name"] is None
    assert window.current_page().kind == "site" and window.current_page().current_id() == site
    assert window.act_redo.text() == "Redo edit of site KN-012"
    assert window.act_undo.text() == "Undo adding site KN-012"

    window.go_to("person")
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert inv.get("site", site)["name"] == "Bafi river"
    assert window.current_page().kind == "site"
    window.act_undo.trigger()
    assert inv.get("site", site)["name"] is None
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, ctrl_shift)
    assert inv.get("site", site)["name"] == "Bafi river"


def test_ctrl_and_a_digit_switch_pages_and_the_navigation_shows_its_focus(qtbot, window):
    from kpfield.ui.main_window import PAGES
    from kpfield.ui.qt import Qt

    window.activateWindow()
    keys = [getattr(Qt.Key, f"Key_{n % 10}") for n in range(1, window.nav.count() + 1)]
    assert len(keys) == 10  # seven record pages, the map, the challenge matrix, exchange
    for row, key in enumerate(keys):
        QTest.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.nav.currentRow() == row
        if row < len(PAGES):
            assert window.current_page().kind == PAGES[row]
    assert window.stack.currentWidget() is window.exchange

    window.nav.clearFocus()
    unfocused = window.nav.grab().toImage()
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.nav.hasFocus)
    focused = window.nav.grab().toImage()
    assert focused != unfocused  # the focused list draws its ring around the current page

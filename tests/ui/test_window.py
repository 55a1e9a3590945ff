"""The window driven as a user would: forms, search, undo and redo, refusals, duplicates, backups."""

from __future__ import annotations

import pytest

from kpfield.store.backup import list_backups


def _audit_actions(inv, record_id):
    return [r[0] for r in inv.conn.execute("SELECT action FROM audit WHERE record_id = ? ORDER BY seq", (record_id,))]


def _type(qtbot, editor, text):
    """Type into a field's line edit as a person would (clearing it first)."""
    editor.edit.clear()
    qtbot.keyClicks(editor.edit, text)


@pytest.fixture
def conde(inv):
    """A licence holder whose name and village carry accents."""
    return inv.add(
        "person", {"family_name": "Condé", "given_names": "Mamadi", "country": "GN", "village": "Kérouané"}
    ).id


def test_create_find_edit_undo_redo_a_licence(qtbot, conde, window, fill_form, inv):
    from kpfield.ui.qt import Qt

    page = window.go_to("licence")
    assert page.model.rowCount() == 0

    def new_licence(d):
        _type(qtbot, d.editors["number"], "AML/0042")
        d.editors["kind"].set_value("artisanal_mining")
        picker = d.editors["holder_person_id"]
        qtbot.keyClicks(picker.edit, "Conde")  # typed without the accent
        popup = picker.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        assert "Mamadi Condé (Kérouané)" in picker.completions.stringList()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert picker.record_id == conde
        _type(qtbot, d.editors["issued_on"], "15/01/2026")
        d.editors["issued_on"].normalise()
        assert d.editors["issued_on"].edit.text() == "2026-01-15"
        _type(qtbot, d.editors["expires_on"], "14.01.2027")
        _type(qtbot, d.editors["area_ha"], "0,8")
        d.editors["status"].set_value("active")
        d.editors["area_ha"].edit.setFocus()

    fill_form(new_licence)
    window.act_new.trigger()
    dialog = fill_form.dialogs[-1]
    assert dialog.saved_id, [lbl.text() for lbl in dialog.problems.values() if lbl.isVisible()]
    lid = dialog.saved_id
    assert page.model.rowCount() == 1 and page.current_id() == lid
    assert inv.get("licence", lid)["expires_on"] == "2027-01-14"

    # found by search, with and without accents (through the holder's name)
    for text in ("Condé", "conde", "AML/0042", "aml"):
        page.search.setText(text)
        page.apply_filters()
        assert page.model.rowCount() == 1 and page.model.record_id(0) == lid, text
    page.search.setText("Sesay")
    page.apply_filters()
    assert page.model.rowCount() == 0
    page.clear_filters()
    page.select_record(lid)

    def edit_area(d):
        assert d.editors["area_ha"].edit.text() == "0.8"
        _type(qtbot, d.editors["area_ha"], "0.9")

    fill_form(edit_area)
    window.act_edit.trigger()
    assert inv.get("licence", lid)["area_ha"] == 0.9

    window.act_undo.trigger()
    assert inv.get("licence", lid)["area_ha"] == 0.8
    window.act_redo.trigger()
    assert inv.get("licence", lid)["area_ha"] == 0.9
    window.act_undo.trigger()
    window.act_undo.trigger()  # undoes the add: a soft delete
    assert inv.get("licence", lid) is None and page.model.rowCount() == 0
    window.act_redo.trigger()
    assert inv.get("licence", lid)["area_ha"] == 0.8 and page.model.rowCount() == 1
    assert _audit_actions(inv, lid) == ["insert", "update", "update", "update", "update", "delete", "undelete"]


def test_a_refused_value_shows_its_message_and_saves_nothing(qtbot, holder, window, fill_form, inv):
    page = window.go_to("licence")
    audit_rows = inv.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]

    def bad_licence(d):
        _type(qtbot, d.editors["number"], "AML/0001")
        d.editors["kind"].set_value("artisanal_mining")
        d.editors["holder_person_id"].pick(holder)
        _type(qtbot, d.editors["issued_on"], "2026-01-15")
        _type(qtbot, d.editors["expires_on"], "2027-01-14")
        d.editors["status"].set_value("active")
        _type(qtbot, d.editors["area_ha"], "two")
        # the message appears as the user types, before any save
        qtbot.waitUntil(lambda: d.problems["area_ha"].isVisible())
        assert "'two' is not a number" in d.problems["area_ha"].text()

    fill_form(bad_licence)
    window.act_new.trigger()
    dialog = fill_form.dialogs[-1]
    assert dialog.saved_id is None and dialog.isVisible()
    assert dialog.problems["area_ha"].property("problem") == "error"
    assert dialog.focusWidget() is dialog.editors["area_ha"].edit
    assert inv.count("licence") == 0 and page.model.rowCount() == 0
    assert inv.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit_rows
    assert window.editor.undo_stack.count() == 0

    # an artisanal licence in Sierra Leone over 1 ha is refused by the domain rule, with its reason
    _type(qtbot, dialog.editors["area_ha"], "2.5")
    assert dialog.save() is False
    assert "at most 1 ha" in dialog.problems["area_ha"].text()
    assert inv.count("licence") == 0
    dialog.done(0)  # thrown away without the question Esc asks


def test_the_duplicate_warning_offers_the_existing_person(qtbot, holder, window, fill_form, inv):
    page = window.go_to("person")

    def near_identical(d):
        assert not d.banner.isVisible()
        _type(qtbot, d.editors["family_name"], "KOROMAH")
        _type(qtbot, d.editors["given_names"], "Sahr")
        _type(qtbot, d.editors["village"], "tombodu")
        qtbot.waitUntil(d.banner.isVisible)
        assert "Sahr Koroma" in d.banner_text.text() and "similar name" in d.banner_text.text()
        d.open_existing.click()

    fill_form(near_identical)
    window.act_new.trigger()
    assert inv.count("person") == 1  # nothing saved: the user chose the existing record
    assert window.current_page() is page and page.current_id() == holder

    def save_anyway(d):
        _type(qtbot, d.editors["family_name"], "Koroma")
        _type(qtbot, d.editors["given_names"], "Sahr")
        _type(qtbot, d.editors["village"], "Tombodu")
        qtbot.waitUntil(d.banner.isVisible)
        d.editors["village"].edit.setFocus()

    fill_form(save_anyway)
    window.act_new.trigger()
    assert inv.count("person") == 2  # a warning, not a block


def test_coordinates_are_shown_back_normalised(qtbot, window, fill_form, inv):
    def site(d):
        _type(qtbot, d.editors["code"], "SL-KON-0099")
        d.editors["status"].set_value("active")
        _type(qtbot, d.editors["latitude"], "8°38'12\"N")
        d.editors["latitude"].normalise()
        _type(qtbot, d.editors["longitude"], "10 58 3 W")
        d.editors["longitude"].normalise()
        assert d.editors["latitude"].edit.text() == "8.63667"
        assert d.editors["longitude"].edit.text() == "-10.96750"
        assert d.editors["latitude"].hint.text() == "8°38'12.0\"N"
        d.editors["code"].edit.setFocus()

    window.go_to("site")
    fill_form(site)
    window.act_new.trigger()
    sid = fill_form.dialogs[-1].saved_id
    assert sid and abs(inv.get("site", sid)["latitude"] - 8.63667) < 1e-5


def test_the_size_class_grid_is_checked_against_stones_and_carats(qtbot, holder, window, fill_form, inv):
    sid = inv.add("site", {"country": "SL", "code": "SL-KON-0001", "status": "active"}).id

    def production(d):
        d.editors["site_id"].pick(sid)
        _type(qtbot, d.editors["produced_on"], "2026-01-10")
        _type(qtbot, d.editors["stones"], "3")
        _type(qtbot, d.editors["carats"], "1.20")
        _type(qtbot, d.editors["sc_p11_n"], "2")
        _type(qtbot, d.editors["sc_p11_ct"], "0.50")
        _type(qtbot, d.editors["sc_gr2_n"], "1")
        _type(qtbot, d.editors["sc_gr2_ct"], "0.45")
        d.validate()
        assert "do not match" in d.grid.total.text()
        assert "add up to 0.95 ct" in d.problems["carats"].text()
        d.editors["carats"].edit.setFocus()

    window.go_to("production")
    fill_form(production)
    window.act_new.trigger()
    dialog = fill_form.dialogs[-1]
    assert dialog.saved_id is None and inv.count("production") == 0
    _type(qtbot, dialog.editors["carats"], "0.95")
    dialog.validate()
    assert "match the record" in dialog.grid.total.text() and "not" not in dialog.grid.total.text()
    assert dialog.save() is True and inv.count("production") == 1


def test_delete_asks_then_undo_brings_the_record_back(qtbot, holder, window, inv, monkeypatch):
    from kpfield.ui.qt import QMessageBox

    page = window.go_to("person")
    page.select_record(holder)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.act_delete.trigger()
    assert inv.get("person", holder) is None and page.model.rowCount() == 0
    window.act_undo.trigger()
    assert inv.get("person", holder) is not None and page.model.rowCount() == 1


def test_an_undo_refused_because_the_inventory_is_busy_can_be_tried_again(qtbot, holder, window, inv, monkeypatch):
    from kpfield.store import InventoryBusy
    from kpfield.ui.qt import QMessageBox

    page = window.go_to("person")
    page.select_record(holder)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    window.act_delete.trigger()
    assert inv.get("person", holder) is None

    real = inv.undelete

    def busy(*a, **k):
        raise InventoryBusy("The inventory is busy with another task; nothing was saved: try again in a moment")

    monkeypatch.setattr(inv, "undelete", busy)
    window.act_undo.trigger()
    assert warnings and "busy" in warnings[0]
    assert inv.get("person", holder) is None  # nothing happened
    # the step is still there, at the same place: once the other program is done, Undo works
    qtbot.waitUntil(lambda: window.editor.undo_stack.canUndo() and not window.editor.undo_stack.canRedo())
    monkeypatch.setattr(inv, "undelete", real)
    window.act_undo.trigger()
    assert inv.get("person", holder) is not None and page.model.rowCount() == 1
    window.act_redo.trigger()
    assert inv.get("person", holder) is None


def test_backup_runs_in_a_worker_and_can_be_cancelled(qtbot, window, inv):
    from kpfield.ui.jobs import Job
    from kpfield.ui.main_window import backup_task

    window.backup(automatic=False)
    assert window.backup_job is not None
    # the job's signals come from its own thread: wait for the window's slots to have run
    qtbot.waitUntil(lambda: window.backup_job is None, timeout=10000)
    assert len(list_backups(inv.path)) == 1
    assert "never" not in window.status_backup.text()

    job = Job(inv.path, backup_task)
    job.cancelled.connect(window._backup_cancelled)  # a slot of the window: queued into its thread
    job.cancel()
    window.jobs.start(job)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10000)
    assert len(list_backups(inv.path)) == 1
    assert not list(inv.path.parent.rglob("*.partial")) and not list(inv.path.parent.rglob(".kpfield-tmp-*"))


def test_every_page_is_built(window):
    from kpfield.ui.exchange.page import ExchangePage
    from kpfield.ui.matrix.page import MatrixPage

    pages = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        pages.append(window.stack.currentWidget())
    assert any(isinstance(p, MatrixPage) for p in pages) and any(isinstance(p, ExchangePage) for p in pages)


def test_status_bar_names_file_officer_counts_and_backup(window, inv):
    assert inv.path.name in window.status_file.text()
    assert "Fatmata Sesay" in window.status_officer.text()
    assert "production" in window.status_counts.text()
    assert window.status_backup.text() == "Last backup: never"


def test_page_filters_narrow_the_table_and_a_bad_date_is_flagged_not_applied(qtbot, holder, window, inv):
    for n, (issued, expires) in enumerate([("2024-01-01", "2025-01-01"), ("2025-06-01", "2026-06-01")]):
        inv.add(
            "licence",
            {
                "country": "SL",
                "number": f"AML/00{n}",
                "kind": "artisanal_mining" if n else "dealer",
                "holder_person_id": holder,
                "issued_on": issued,
                "expires_on": expires,
                "status": "active",
            },
        )
    page = window.go_to("licence")
    page.refresh()
    assert page.model.rowCount() == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("dealer"))
    assert page.model.rowCount() == 1 and "found" in page.count_label.text()
    page.kind_filter.setCurrentIndex(0)
    page.date_from.setText("01/01/2026")
    page.apply_filters()
    assert page.date_from.text() == "2026-01-01" and page.model.rowCount() == 1
    page.date_from.setText("next year")
    page.apply_filters()
    assert page.model.rowCount() == 2 and "b42318" in page.date_from.styleSheet()


def test_recent_inventories_are_listed_in_the_file_menu(window, inv):
    window._fill_recent()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names == [str(inv.path.resolve())]
    assert not window.recent_menu.actions()[0].isEnabled()  # the open one

"""The record form refuses what the command line and the import refuse: a number beyond its
field's limit, an identifier hiding a zero-width space that makes it look like another's."""

from __future__ import annotations


def _type(qtbot, editor, text):
    editor.edit.clear()
    qtbot.keyClicks(editor.edit, text)


def _licence(qtbot, d, holder, number, area="0.5"):
    _type(qtbot, d.editors["number"], number)
    d.editors["kind"].set_value("artisanal_mining")
    d.editors["holder_person_id"].pick(holder)
    _type(qtbot, d.editors["issued_on"], "2026-01-15")
    _type(qtbot, d.editors["expires_on"], "2027-01-14")
    d.editors["status"].set_value("active")
    _type(qtbot, d.editors["area_ha"], area)


def test_the_form_refuses_a_number_beyond_its_limit(qtbot, holder, window, fill_form, inv):
    window.go_to("licence")

    def huge_fee(d):
        _licence(qtbot, d, holder, "AML/0001")
        _type(qtbot, d.editors["fee_usd"], "1e308")
        qtbot.waitUntil(lambda: d.problems["fee_usd"].isVisible())

    fill_form(huge_fee)
    window.act_new.trigger()
    dialog = fill_form.dialogs[-1]
    assert dialog.saved_id is None and dialog.isVisible()
    text = dialog.problems["fee_usd"].text()
    assert "at most 10000000" in text and "1e+308" in text
    assert dialog.save() is False
    assert inv.count("licence") == 0
    dialog.done(0)


def test_the_form_refuses_an_identifier_with_a_zero_width_space(qtbot, holder, window, fill_form, inv):
    inv.add(
        "licence",
        {
            "country": "SL",
            "number": "AML/0001",
            "kind": "artisanal_mining",
            "holder_person_id": holder,
            "issued_on": "2026-01-15",
            "expires_on": "2027-01-14",
            "status": "active",
        },
    )
    window.go_to("licence")

    def look_alike(d):
        _licence(qtbot, d, holder, "AML/0001")
        # pasted with a zero-width space inside, as a person cannot see it
        edit = d.editors["number"].edit
        edit.setCursorPosition(4)
        edit.insert("\u200b")
        assert edit.text() == "AML/\u200b0001"

    fill_form(look_alike)
    window.act_new.trigger()
    dialog = fill_form.dialogs[-1]
    assert dialog.saved_id is None and dialog.isVisible()
    assert dialog.save() is False
    assert "AML/0001 is already used by another licence" in dialog.problems["number"].text()
    assert inv.count("licence") == 1
    dialog.done(0)

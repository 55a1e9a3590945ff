"""Deleting a record that others refer to is refused with the list of those records, by name;
the confirmation of a delete names the record."""

from __future__ import annotations

import pytest

from tests.conftest import licence_values


@pytest.fixture
def told(monkeypatch):
    from kpfield.ui.qt import QMessageBox

    seen = {"warning": [], "question": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: seen["warning"].append(text))

    def question(_p, _t, text, *a):
        seen["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return seen


def test_a_licence_holder_cannot_be_deleted_and_the_licences_are_named(qtbot, window, inv, holder, told):
    inv.add("licence", licence_values(holder, number="AML/0001"))
    inv.add("licence", licence_values(holder, number="AML/0002"))
    page = window.go_to("person")
    page.refresh()
    assert page.select_record(holder)
    window.act_delete.trigger()
    assert not told["question"]  # refused before asking
    [text] = told["warning"]
    assert "Sahr Koroma" in text and "2 record(s)" in text
    assert "AML/0001" in text and "AML/0002" in text and "holder (person)" in text
    assert inv.get("person", holder) is not None


def test_the_confirmation_names_the_record_and_the_delete_goes_through(qtbot, window, inv, holder, told):
    page = window.go_to("person")
    page.refresh()
    assert page.select_record(holder)
    window.act_delete.trigger()
    [question] = told["question"]
    assert "Sahr Koroma" in question and not told["warning"]
    assert inv.get("person", holder) is None

"""Deleting a record that others refer to is refused with the list of those records, by name; the
confirmation of a delete names the record. A licence shows its status from its dates."""

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


def test_the_licence_list_detail_and_filter_show_the_status_from_the_dates(qtbot, window, inv, holder):
    import datetime as dt

    from kpfield.domain import vocab

    today = dt.date.today()
    old = licence_values(
        holder,
        number="AML/OLD",
        issued_on=(today - dt.timedelta(days=500)).isoformat(),
        expires_on=(today - dt.timedelta(days=150)).isoformat(),
    )
    rid = inv.add("licence", old).id
    inv.add("licence", licence_values(holder, number="AML/NEW", issued_on=today.isoformat(), expires_on="2099-01-01"))
    page = window.go_to("licence")
    page.refresh()
    assert page.select_record(rid)
    column = [c.key for c in page.view_def.columns].index("status")
    row = page.model.row_of(rid)
    assert page.model.index(row, column).data() == vocab.label("expired")
    shown = [page.detail.form.itemAt(i).widget() for i in range(page.detail.form.count())]
    assert vocab.label("expired") in [w.text() for w in shown if hasattr(w, "text")]
    assert page.status.findData("expired") >= 0 and page.status.findData("expiring") >= 0
    page.status.setCurrentIndex(page.status.findData("expired"))
    assert page.model.rowCount() == 1

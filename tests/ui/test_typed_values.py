"""What the officer types is read one way or refused: numbers (shown as read while typing, an
ambiguous ``3.400`` refused with both readings), coordinates as handhelds show them, filter dates
that are no date said, not ignored; a rule warning shown in amber and saved with it, audited."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from kpfield import i18n


@pytest.fixture
def site(inv):
    return inv.add("site", {"country": "SL", "district": "Kono", "code": "KON-1", "status": "active"}).id


def _production(qtbot, d, site, carats, usd):
    d.editors["site_id"].pick(site)
    QTest.keyClicks(d.editors["produced_on"].edit, "02/03/2026")
    QTest.keyClicks(d.editors["stones"].edit, "3")
    QTest.keyClicks(d.editors["carats"].edit, carats)
    QTest.keyClicks(d.editors["value_usd"].edit, usd)


@pytest.mark.parametrize("lang, decimal", [("en", "3.4"), ("fr", "3,4")])
def test_an_ambiguous_value_typed_is_refused_with_both_readings(qtbot, window, fill_form, inv, site, lang, decimal):
    i18n.set_language(lang)
    window.go_to("production")
    seen = {}

    def typed(d):
        _production(qtbot, d, site, "0,75", "3.400")
        qtbot.waitUntil(lambda: d.problems["value_usd"].isVisible())
        seen["reading"] = d.editors["value_usd"].reading.text()
        seen["problem"] = d.problems["value_usd"].text()

    fill_form(typed)
    window.act_new.trigger()
    dialog = fill_form.dialogs[-1]
    # beside the field, as typed: both readings; under it, why it is refused and how to write each
    assert "3 400 " in seen["reading"] and f" {decimal}" in seen["reading"] and seen["reading"].endswith("?")
    assert "3 400" in seen["problem"] and "3400" in seen["problem"] and decimal in seen["problem"]
    assert dialog.saved_id is None and dialog.isVisible()
    assert inv.count("production") == 0

    # written one way, it reads as typed and saves
    edit = dialog.editors["value_usd"].edit
    edit.selectAll()
    QTest.keyClicks(edit, "3 400")
    assert dialog.editors["value_usd"].reading.text() == "= " + i18n.format_number(3400.0, grouping=True)
    assert dialog.save() is True
    assert inv.get("production", dialog.saved_id)["value_usd"] == 3400.0


def test_the_reading_follows_each_keystroke(qtbot, window, fill_form, inv, site):
    i18n.set_language("fr")
    window.go_to("production")
    readings = []

    def typed(d):
        edit = d.editors["carats"].edit
        for key in "1.200,5":
            QTest.keyClicks(edit, key)
            readings.append(d.editors["carats"].reading.text())
        asked = []
        d.confirm_discard = lambda: asked.append(True) or True  # the officer answers Discard
        d.reject()
        assert asked  # typed work is not thrown away without asking

    fill_form(typed)
    window.act_new.trigger()
    # "1.200" alone has two readings; the decimal comma that follows settles it
    assert "1 200 " in readings[4] and " 1,2" in readings[4] and readings[4].endswith("?")
    assert readings[-1] == "= 1\u202f200,5"


def test_a_filter_date_that_is_no_date_is_reported_not_ignored(qtbot, window, inv, site):
    inv.add("production", {"site_id": site, "produced_on": "2025-07-12", "stones": 1, "carats": 0.5})
    page = window.go_to("production")
    page.refresh()
    page.date_from.setText("31/02/2026")
    page.apply_filters()
    assert page.filter_problem.isVisible()
    text = page.filter_problem.text()
    assert "31/02/2026" in text and "not a real date" in text and "not applied" in text
    assert page.model.rowCount() == 1
    # month names and two-digit years read in the filter too
    page.date_from.setText("1er juillet 2025")
    page.apply_filters()
    assert not page.filter_problem.isVisible() and page.model.rowCount() == 1
    page.date_from.setText("13/07/25")
    page.apply_filters()
    assert not page.filter_problem.isVisible() and page.model.rowCount() == 0


def test_a_production_on_an_expired_licence_shows_the_amber_warning_and_saves_audited(
    qtbot, window, fill_form, inv, holder
):
    import datetime as dt

    from tests.conftest import licence_values

    today = dt.date.today()
    expired = inv.add(
        "licence",
        licence_values(
            holder,
            number="AML/OLD",
            issued_on=(today - dt.timedelta(days=500)).isoformat(),
            expires_on=(today - dt.timedelta(days=150)).isoformat(),
        ),
    ).id
    site = inv.add("site", {"country": "SL", "code": "KON-9", "status": "idle", "licence_id": expired}).id
    window.go_to("production")
    seen = {}

    def typed(d):
        d.editors["site_id"].pick(site)
        QTest.keyClicks(d.editors["produced_on"].edit, i18n.format_date(today - dt.timedelta(days=1)))
        QTest.keyClicks(d.editors["stones"].edit, "2")
        QTest.keyClicks(d.editors["carats"].edit, "0,9")
        qtbot.waitUntil(lambda: d.problems["site_id"].isVisible())
        label = d.problems["site_id"]
        seen["text"], seen["severity"] = label.text(), label.property("problem")
        seen["colour"] = label.palette().color(label.foregroundRole()).name()

    fill_form(typed)
    window.act_new.trigger()
    dialog = fill_form.dialogs[-1]
    assert seen["severity"] == "warning" and seen["text"].startswith("Licence valid on the date:")
    assert "AML/OLD" in seen["text"]
    from kpfield.ui.style import WARNING

    assert seen["colour"] == WARNING.name()  # amber, not the red of an error
    # Enter saved it anyway, and the audit says the warning was accepted
    assert dialog.saved_id is not None and inv.count("production") == 1
    reason = inv.conn.execute(
        "SELECT reason FROM audit WHERE record_id = ? AND action = 'insert'", (dialog.saved_id,)
    ).fetchone()[0]
    assert reason == "warnings accepted: licence_invalid_on_date"


@pytest.mark.parametrize(
    "lang, lat, lon, lat_shown, lon_shown",
    [
        ("fr", "N08°38.200'", "10°58.05'O", "8,63667", "-10,96750"),
        ("pt", "N08°38.200'", "W010°58.050'", "8,63667", "-10,96750"),
        ("en", "8°38'12\"N", "-10.9675", "8.63667", "-10.96750"),
    ],
)
def test_coordinates_typed_as_handhelds_show_them(qtbot, inv, lang, lat, lon, lat_shown, lon_shown):
    from kpfield.ui.actions import Editor
    from kpfield.ui.records.forms import RecordDialog

    i18n.set_language(lang)
    dialog = RecordDialog(Editor(inv), "site")
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.editors["latitude"].edit, lat)
    QTest.keyClicks(dialog.editors["longitude"].edit, lon)
    dialog.editors["latitude"].normalise()
    dialog.editors["longitude"].normalise()
    assert dialog.editors["latitude"].edit.text() == lat_shown
    assert dialog.editors["longitude"].edit.text() == lon_shown
    assert dialog.editors["latitude"].hint.text() == "8°38'12.0\"N"

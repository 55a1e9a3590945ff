"""The Challenge matrix page on the small demo, driven as a coordinator would."""

from __future__ import annotations

import re
import shutil

import pytest

from kpfield.demo import MID_EXPIRY, generate
from kpfield.store import Inventory

SEED = 3


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Demo officer", district="Kono") as inv:
        generate(inv, "small", seed=SEED)
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """A fresh copy of the demo for each test (the tests save self-assessments)."""
    path = tmp_path / "demo.kpfield"
    shutil.copy(demo_file, path)
    with Inventory.open(path) as inv:
        yield inv


@pytest.fixture
def page(qtbot, demo):
    from kpfield.ui import style
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication

    style.apply(QApplication.instance())
    win = MainWindow(demo, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    win.nav.setCurrentRow(win.nav.count() - 2)
    page = win.matrix_page
    qtbot.waitUntil(lambda: page.heat.evaluation is not None and page.job is None, timeout=20000)
    page.win = win
    yield page
    win.jobs.wait_all()
    for w in QApplication.topLevelWidgets():
        w.close()
    win.close()


def _column(page, country):
    return next(c for c, s in enumerate(page.heat.scopes) if s.country == country or s.value == country)


def _row(page, row_id):
    return next(i for i, r in enumerate(page.heat.evaluation.scopes[0].rows) if r.row_id == row_id)


def _wait_footprint(qtbot, page):
    qtbot.waitUntil(lambda: page.footprint_job is None and page.footprint.chart.report is not None, timeout=20000)


def test_the_page_evaluates_and_the_planted_problems_are_challenge_cells(page, demo):
    from kpfield.ui.matrix.models import StatusRole

    countries = {s.value for s in page.heat.scopes}
    assert countries == {"SL", "GN", "CF", "BR"}
    assert page.heat.rowCount() == len(page.matrix.rows)
    assert page.current_period().label == "2026H1"
    # the expired licences still producing and the unlicensed buyers are planted in Sierra Leone
    sl = _column(page, "SL")
    for row_id in ("digger_licensing", "buyer_licensing"):
        index = page.heat.index(_row(page, row_id), sl)
        assert page.heat.data(index, StatusRole) == "challenge", row_id
        assert page.heat.data(index).startswith("challenge")
    # rows without indicators show the self-assessment's state
    legal = page.heat.index(_row(page, "legal_framework"), sl)
    assert page.heat.data(legal) == "not assessed"
    assert page.heat.data(legal, StatusRole) == "not_assessed"
    assert "challenge" in page.summary.text()


def test_a_cell_lists_its_indicators_and_flagged_records_and_opens_one(qtbot, page, demo):
    from kpfield.ui.qt import Qt

    sl = _column(page, "SL")
    page.heat_view.setFocus()
    page.select_cell(_row(page, "digger_licensing"), sl)
    ids = [i.id for i in page.indicators.indicators]
    assert "expired_licences_still_producing" in ids
    k = ids.index("expired_licences_still_producing")
    page.indicator_view.setCurrentIndex(page.indicators.index(k, 0))
    truth = {
        r[0]
        for r in demo.conn.execute(
            "SELECT DISTINCT l.id FROM production p JOIN site s ON s.id = p.site_id JOIN licence l "
            "ON l.id = s.licence_id WHERE l.expires_on = ? AND l.country = 'SL' "
            "AND p.produced_on BETWEEN '2026-01-01' AND '2026-06-30'",
            (MID_EXPIRY.isoformat(),),
        )
    }
    assert truth and set(page.flagged.ids) == truth and page.flagged.kind == "licence"
    # records are shown by a readable label, never a bare id
    first = page.flagged.ids[0]
    label = page.flagged.data(page.flagged.index(0, 0))
    number = demo.get("licence", first)["number"]
    assert label.startswith(number) and first not in label
    assert "flagged" in page.flagged_title.text()
    # figures of the indicator are shown with its thresholds
    row = [page.indicators.data(page.indicators.index(k, c)) for c in range(page.indicators.columnCount())]
    assert row[2] in ("challenge", "partly met") and "/" in row[3] and "met" in row[4] and "licences" in row[5]

    # Enter on a flagged record opens it in its page
    page.flagged_view.setFocus()
    page.flagged_view.setCurrentIndex(page.flagged.index(0, 0))
    qtbot.keyClick(page.flagged_view, Qt.Key.Key_Return)
    win = page.win
    assert win.current_page() is win.pages["licence"]
    assert win.pages["licence"].current_id() == first

    # and a double-click on a production record opens the production page
    win.nav.setCurrentRow(win.nav.count() - 2)
    ind = ids.index("production_without_valid_licence")
    page.indicator_view.setCurrentIndex(page.indicators.index(ind, 0))
    assert page.flagged.kind == "production" and page.flagged.ids
    rect = page.flagged_view.visualRect(page.flagged.index(0, 0))
    qtbot.mouseClick(page.flagged_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.flagged_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_page() is win.pages["production"]
    assert win.pages["production"].current_id() == page.flagged.ids[0]


def test_saving_a_self_assessment_stores_it_and_undo_removes_it(qtbot, page, demo):
    sl = _column(page, "SL")
    row = _row(page, "legal_framework")
    page.select_cell(row, sl)
    form = page.assessment
    assert form.key == ("SL", "2026H1", "legal_framework")

    # a due date that is not a date is refused, with its message beside the field, nothing written
    form.score.setCurrentIndex(form.score.findData("C"))
    assert "Started" in form.meaning.text()  # the grade's meaning from the matrix file
    qtbot.keyClicks(form.due_on.edit, "next month")
    assert form.save() is False
    assert form.problems["due_on"].isVisible() and form.problems["due_on"].text()
    assert demo.count("self_assessment") == 0 and page.win.editor.undo_stack.count() == 0

    form.due_on.edit.clear()
    qtbot.keyClicks(form.due_on.edit, "31/12/2026")
    qtbot.keyClicks(form.evidence, "Mining code 2023 in force; penalties rarely applied")
    qtbot.keyClicks(form.gap, "No prosecutions recorded")
    qtbot.keyClicks(form.action, "Train district police")
    qtbot.keyClicks(form.owner, "Ministry of Mines")
    assert form.save() is True
    saved = demo.conn.execute("SELECT * FROM self_assessment WHERE deleted = 0").fetchall()
    assert len(saved) == 1
    rec = dict(saved[0])
    assert (rec["country"], rec["period"], rec["row_id"], rec["score"]) == ("SL", "2026H1", "legal_framework", "C")
    assert rec["due_on"] == "2026-12-31" and rec["owner"] == "Ministry of Mines"
    assert page.heat.data(page.heat.index(row, sl)) == "self-assessed C"
    assert "Saved" in form.state.text()

    # an edit, then undo twice: back to the edit's state, then no assessment at all
    form.score.setCurrentIndex(form.score.findData("B"))
    assert form.save() is True
    assert demo.get("self_assessment", rec["id"])["score"] == "B"
    assert page.heat.data(page.heat.index(row, sl)) == "self-assessed B"
    page.win.act_undo.trigger()
    assert demo.get("self_assessment", rec["id"])["score"] == "C"
    assert form.score.currentData() == "C"
    page.win.act_undo.trigger()
    assert demo.get("self_assessment", rec["id"]) is None
    assert page.heat.data(page.heat.index(row, sl)) == "not assessed"
    assert form.record is None and form.score.currentData() is None
    page.win.act_redo.trigger()
    assert demo.get("self_assessment", rec["id"])["score"] == "C"
    actions = [
        r[0] for r in demo.conn.execute("SELECT action FROM audit WHERE record_id = ? ORDER BY seq", (rec["id"],))
    ]
    assert actions == ["insert", "update", "update", "delete", "undelete"]


def test_by_district_and_a_region(qtbot, page):
    page.by_district.setChecked(True)
    qtbot.waitUntil(
        lambda: page.job is None and page.heat.scopes and page.heat.scopes[0].kind == "district", timeout=20000
    )
    assert all(s.kind == "district" for s in page.heat.scopes)
    assert {"SL", "GN"} <= {s.country for s in page.heat.scopes}
    assert page.heat.headerData(0, page.heat_view.horizontalHeader().orientation()) == page.heat.scopes[0].value
    page.by_district.setChecked(False)
    page.where.setCurrentIndex(page.where.findText("Region: West Africa"))
    qtbot.waitUntil(lambda: page.job is None and [s.value for s in page.heat.scopes] == ["SL", "GN"], timeout=20000)


def test_the_footprint_chart_paints_for_the_selected_scope_and_a_site(qtbot, page, demo):
    from kpfield.ui.qt import QPixmap

    page.tabs.setCurrentWidget(page.footprint)
    sl = _column(page, "SL")
    page.select_cell(_row(page, "provenance"), sl)
    _wait_footprint(qtbot, page)
    chart = page.footprint.chart
    report = chart.report
    assert report.scope == "country:SL" and report.period == "2026H1"
    assert report.footprint.stones > 0 and report.reference is not None
    bars = chart.bar_rects()
    assert len(bars) == 11 and any(b.height() > 0 for b in bars)
    # the tallest bar is the class with the largest share of carats
    shares = [c.carats for c in report.footprint.classes]
    assert max(range(11), key=lambda i: bars[i].height()) == shares.index(max(shares))
    assert "Total-variation distance" in page.footprint.figures.text()
    assert "Production jump" in page.footprint.figures.text()
    pixmap = QPixmap(chart.size())
    chart.render(pixmap)  # a paint without Qt warnings (they fail the test)
    page.footprint.by.setCurrentIndex(1)
    assert chart.by == "stones"
    chart.render(pixmap)

    code = demo.conn.execute(
        "SELECT s.code FROM site s JOIN production p ON p.site_id = s.id WHERE s.country = 'SL' "
        "AND p.produced_on >= '2026-01-01' AND p.sc_p11_n > 0 LIMIT 1"
    ).fetchone()[0]
    qtbot.keyClicks(page.footprint.site, code)
    qtbot.keyClick(page.footprint.site, page_key_return())
    _wait_footprint(qtbot, page)
    assert chart.report.scope.endswith(code) and chart.report.footprint.stones > 0
    chart.render(pixmap)

    # another period: the selected scope's footprint follows the evaluation
    page.period.setCurrentIndex(page.period.findData("2025H2"))
    qtbot.waitUntil(lambda: page.job is None and page.heat.evaluation.period == "2025H2", timeout=20000)
    _wait_footprint(qtbot, page)
    assert chart.report.period == "2025H2" and chart.report.scope == "country:SL"


def page_key_return():
    from kpfield.ui.qt import Qt

    return Qt.Key.Key_Return


def test_every_model_of_the_page_passes_the_model_tester(qtmodeltester, page):
    page.select_cell(_row(page, "digger_licensing"), _column(page, "SL"))
    qtmodeltester.check(page.heat)
    qtmodeltester.check(page.indicators)
    qtmodeltester.check(page.flagged)
    assert page.flagged.rowCount() > 0


def test_an_evaluation_can_be_cancelled_and_the_window_answers_meanwhile(qtbot, page, monkeypatch):
    from kpfield.ui.matrix import page as matrix_page

    before = page.heat.evaluation

    def endless(inv, *args, **kwargs):
        # a query that never ends on its own, as a region of a million records feels to a user
        inv.conn.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n"
        ).fetchone()
        raise AssertionError("the query should have been interrupted")

    monkeypatch.setattr(matrix_page, "evaluate", endless)
    job = page.evaluate()
    assert page.busy.isVisible() and page.cancel_button.isVisible()
    assert not page.evaluate_button.isEnabled()
    # the window's thread is free: the event loop runs and the elapsed time moves
    qtbot.waitUntil(lambda: " s" in page.progress_label.text().split("…")[-1], timeout=5000)
    qtbot.mouseClick(page.cancel_button, page_left_button())
    # the running query was interrupted and the worker thread ended
    qtbot.waitUntil(lambda: job.outcome == "cancelled" and not page.jobs.busy(), timeout=10000)
    assert page.job is None and not page.busy.isVisible()
    assert "cancelled" in page.progress_label.text()
    assert page.heat.evaluation is before  # the last evaluation stays on screen


def page_left_button():
    from kpfield.ui.qt import Qt

    return Qt.MouseButton.LeftButton


def test_an_inventory_without_sites_says_there_is_nothing_to_evaluate(qtbot, window):
    window.nav.setCurrentRow(window.nav.count() - 2)
    page = window.matrix_page
    qtbot.waitUntil(lambda: "no sites" in page.summary.text(), timeout=5000)
    assert page.heat.rowCount() == 0 and page.job is None
    assert page.assessment.key is None and not page.assessment.save_button.isEnabled()


@pytest.fixture
def french():
    from kpfield import i18n

    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_in_french_the_page_shows_the_matrix_titles_and_figures_of_the_officer(qtbot, french, page):
    from kpfield.ui.qt import Qt

    # row titles come from the matrix file's title.fr, the assessment form follows
    vertical = Qt.Orientation.Vertical
    titles = [page.heat.headerData(i, vertical) for i in range(page.heat.rowCount())]
    assert titles == [row.title("fr") for row in page.matrix.rows]
    assert any(row.title("fr") != row.title("en") for row in page.matrix.rows)
    sl = _column(page, "SL")
    page.select_cell(_row(page, "digger_licensing"), sl)
    assert page.matrix.row("digger_licensing").title("fr") in page.assessment.title.text()
    # the heat map's status words are shown, its status codes kept for colours and code
    index = page.heat.index(_row(page, "digger_licensing"), sl)
    assert page.heat.data(index, Qt.ItemDataRole.UserRole + 2) == "challenge"
    # shares with a decimal comma, never a decimal point
    shares = [
        page.indicators.data(page.indicators.index(k, 1))
        for k, ind in enumerate(page.indicators.indicators)
        if ind.unit == "share" and ind.value is not None
    ]
    assert shares and all(s.endswith("%") and "." not in s for s in shares)
    page.tabs.setCurrentWidget(page.footprint)
    page.select_cell(_row(page, "provenance"), sl)
    _wait_footprint(qtbot, page)
    figures = page.footprint.figures.text()
    assert re.search(r"\d,\d\d on stones", figures), figures
    assert re.search(r"\d,\d\d ct against a mean of", figures) or "no earlier half-year" in figures, figures


def test_the_follow_up_list_of_a_selected_district_is_written_from_the_page(qtbot, page, tmp_path):
    import openpyxl

    page.by_district.setChecked(True)
    qtbot.waitUntil(
        lambda: page.job is None and page.heat.scopes and page.heat.scopes[0].kind == "district", timeout=20000
    )
    column = next(c for c, s in enumerate(page.heat.scopes) if s.country == "SL")
    page.select_cell(_row(page, "digger_licensing"), column)
    assert page.follow_up_button.isEnabled()
    out = tmp_path / "follow-up.xlsx"
    job = page.write_follow_up(out)
    assert job is not None
    qtbot.waitUntil(lambda: "records to follow up" in page.progress_label.text(), timeout=20000)
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    district = page.heat.scopes[column].value
    assert rows[0][0].startswith(f"Records to follow up: {district}")


# ---- drilling down: which indicator flagged the records, why, and the way back ----------------------

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _select(page, row_id, indicator_id, country="SL"):
    page.heat_view.setFocus()
    page.select_cell(_row(page, row_id), _column(page, country))
    k = [i.id for i in page.indicators.indicators].index(indicator_id)
    page.indicator_view.setCurrentIndex(page.indicators.index(k, 0))
    return k


def test_the_flagged_list_says_why_each_record_was_flagged(page, demo):
    from kpfield.ui.qt import Qt

    _select(page, "digger_licensing", "production_without_valid_licence")
    assert page.flagged.kind == "production" and page.flagged.ids
    assert page.flagged.headerData(1, Qt.Orientation.Horizontal) == "Why flagged"
    for row in range(min(5, page.flagged.rowCount())):
        why = page.flagged.data(page.flagged.index(row, 1))
        rec = demo.get("production", page.flagged.ids[row])
        assert why.startswith(f"production dated {rec['produced_on']}"), why
        assert not UUID.search(why)


def test_drill_down_shows_the_indicator_and_the_reason_and_alt_left_goes_back(qtbot, page, demo):
    from kpfield.ui.qt import Qt

    win = page.win
    k = _select(page, "digger_licensing", "production_without_valid_licence")
    cell = page.heat_view.currentIndex()
    # open the last flagged record
    n = len(page.flagged.ids)
    third = page.flagged.ids[-1]
    page.flagged_view.setFocus()
    page.flagged_view.setCurrentIndex(page.flagged.index(n - 1, 0))
    qtbot.keyClick(page.flagged_view, Qt.Key.Key_Return)
    records = win.pages["production"]
    assert win.current_page() is records and records.current_id() == third
    banner = win.drills.banner
    assert banner.isVisible()
    indicator = page.indicators.indicators[k]
    assert indicator.title in banner.title.text() and " in SL, " in banner.title.text()
    assert "2026H1" in banner.title.text()
    rec = demo.get("production", third)
    licence = demo.get("licence", rec["licence_id"] or demo.get("site", rec["site_id"])["licence_id"])
    reason = banner.reason.text()
    assert f"{n} of {n}" in reason
    assert rec["produced_on"] in reason and licence["number"] in reason and licence["expires_on"] in reason
    assert not UUID.search(reason)
    assert banner.back_button.text() == "Back to the Challenge matrix"

    fourth = third

    # Alt+Left: back to the matrix, the same cell and indicator selected, the record looked at last too
    win.activateWindow()
    records.table.setFocus()
    qtbot.keyClick(records.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert win.stack.currentWidget() is page
    assert page.heat_view.currentIndex() == cell
    assert page.indicator_view.currentIndex().row() == k
    assert page.flagged.record_id(page.flagged_view.currentIndex().row()) == fourth
    assert not banner.isVisible()


def test_drill_down_from_an_indicator_and_back_by_the_button(qtbot, page, demo):
    from kpfield.ui.qt import Qt

    win = page.win
    k = _select(page, "digger_licensing", "expired_licences_still_producing")
    cell = page.heat_view.currentIndex()
    page.indicator_view.setFocus()
    qtbot.keyClick(page.indicator_view, Qt.Key.Key_Return)
    first = page.flagged.ids[0]
    assert win.current_page() is win.pages["licence"] and win.pages["licence"].current_id() == first
    banner = win.drills.banner
    number = demo.get("licence", first)["number"]
    assert f"licence {number} expired" in banner.reason.text()
    qtbot.mouseClick(banner.back_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is page
    assert page.heat_view.currentIndex() == cell and page.indicator_view.currentIndex().row() == k


def test_next_and_previous_step_through_the_flagged_records_with_their_reasons(qtbot, page, demo):
    from kpfield.matrix.reasons import flag_reasons
    from kpfield.ui.qt import Qt

    win = page.win
    sl = _column(page, "SL")
    # the indicator of Sierra Leone that flags the most records
    best = max(
        ((r, i) for r in page.heat.evaluation.scopes[sl].rows for i in r.indicators),
        key=lambda ri: len(ri[1].offending_ids),
    )
    row, ind = best
    n = len(ind.offending_ids)
    assert n >= 3
    _select(page, row.row_id, ind.id)
    page.indicator_view.setFocus()
    qtbot.keyClick(page.indicator_view, Qt.Key.Key_Return)
    banner, records = win.drills.banner, win.pages[ind.record_kind]
    truth = flag_reasons(demo, ind.id, ind.offending_ids, page.heat.evaluation.period)
    for step in range(1, n + 1):
        qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
        rid = ind.offending_ids[step % n]
        assert records.current_id() == rid
        assert banner.reason.text().endswith(truth[rid]) and f"({step % n + 1} of {n})" in banner.reason.text()
    qtbot.mouseClick(banner.previous_button, Qt.MouseButton.LeftButton)
    assert records.current_id() == ind.offending_ids[-1]

"""The Challenge matrix page at 1366x768: its side panel folds away and comes back, the indicators
read whole in French, and the footprint says in words what its statistics mean."""

from __future__ import annotations

import json
import math
import shutil

import pytest

from kpfield.demo import generate
from kpfield.store import Inventory
from tests.matrix.conftest import bulk


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Demo officer", district="Kono") as inv:
        generate(inv, "small", seed=3)
    return path


def _window(qtbot, path):
    from kpfield.ui import style
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication

    style.apply(QApplication.instance())
    inv = Inventory.open(path)
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.nav.setCurrentRow(win.stack.indexOf(win.matrix_page))
    page = win.matrix_page
    qtbot.waitUntil(lambda: page.heat.evaluation is not None and page.job is None, timeout=20000)
    return win, inv


def _close(win, inv):
    win.jobs.wait_all()
    win.close()
    inv.close()


def _sl_cell(page, row_id):
    rows = [r.row_id for r in page.heat.evaluation.scopes[0].rows]
    return rows.index(row_id), next(c for c, s in enumerate(page.heat.scopes) if s.value == "SL")


def test_the_side_panel_folds_away_widens_the_tables_and_is_remembered(qtbot, demo_file, tmp_path):
    from kpfield.ui.qt import QApplication, Qt
    from kpfield.ui.settings import Settings

    path = tmp_path / "demo.kpfield"
    shutil.copy(demo_file, path)
    win, inv = _window(qtbot, path)
    try:
        page = win.matrix_page
        page.select_cell(*_sl_cell(page, "digger_licensing"))
        assert page.panel_button.isChecked() and page.side_panel_shown()
        heat, indicators = page.heat_view.width(), page.indicator_view.width()
        qtbot.mouseClick(page.panel_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert not page.side_panel_shown() and not page.panel_button.isChecked()
        # the panel's width goes to the heat map and the indicators (about 480 px at 1366)
        assert page.heat_view.width() > heat + 300 and page.indicator_view.width() > indicators + 150
        assert json.loads(Settings.path().read_text(encoding="utf-8"))["matrix_side_panel"] is False
        qtbot.mouseClick(page.panel_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert page.side_panel_shown() and abs(page.heat_view.width() - heat) <= 4  # the width it had
        qtbot.mouseClick(page.panel_button, Qt.MouseButton.LeftButton)
    finally:
        _close(win, inv)

    # the next session opens folded; asking for a cell's self-assessment brings the panel back
    win, inv = _window(qtbot, path)
    try:
        page = win.matrix_page
        assert not page.side_panel_shown() and not page.panel_button.isChecked()
        row, column = _sl_cell(page, "legal_framework")
        page.select_cell(row, column)
        page.heat_view.activated.emit(page.heat.index(row, column))  # a double-click, or Enter
        assert page.side_panel_shown() and page.tabs.currentWidget() is page.assessment
        assert page.tabs.width() > 300 and Settings.load().matrix_side_panel
        page.show_side_panel(False)
        page.open_footprint()
        assert page.side_panel_shown() and page.tabs.currentWidget() is page.footprint
    finally:
        _close(win, inv)


def test_in_french_the_indicators_read_whole_with_their_figures_in_the_tooltip(qtbot, demo_file, tmp_path):
    from kpfield.ui import language
    from kpfield.ui.qt import QApplication, Qt

    from .fit import cut_cells

    path = tmp_path / "demo.kpfield"
    shutil.copy(demo_file, path)
    language.install("fr")
    win, inv = _window(qtbot, path)
    try:
        page = win.matrix_page
        view = page.indicator_view
        checked = set()
        for row_id in [r.id for r in page.matrix.rows if r.indicators]:
            page.select_cell(*_sl_cell(page, row_id))
            QApplication.processEvents()
            assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll to
            assert cut_cells(view, range(page.indicators.columnCount())) == [], row_id
            checked |= {page.indicators.data(page.indicators.index(k, 2)) for k in range(page.indicators.rowCount())}
            tip = page.indicators.data(page.indicators.index(0, 0), Qt.ItemDataRole.ToolTipRole)
            assert "Seuils :" in tip and "Mode de calcul :" in tip
        assert "partiellement atteint" in checked and "défi" in checked
    finally:
        _close(win, inv)
        language.install("en")


def test_the_footprint_says_smaller_stones_in_words_and_keeps_its_statistics(qtbot, inv):
    from kpfield.matrix import Period, Scope
    from kpfield.matrix.footprint import footprint_report
    from kpfield.ui.matrix.footprint_panel import FootprintPanel
    from kpfield.ui.qt import QApplication, Qt

    site = inv.add("site", {"country": "SL", "code": "KON-9", "district": "Kono", "status": "active"}).id
    each = {"m7": 0.02, "p9_11": 0.1, "gr2": 0.5, "ct1_2": 1.5}
    # two half-years of large stones, then a half-year of small ones
    bulk(inv, site, "2025-03-01", {"p9_11": 60, "gr2": 80, "ct1_2": 40}, each)
    bulk(inv, site, "2025-09-01", {"p9_11": 60, "gr2": 80, "ct1_2": 40}, each)
    bulk(inv, site, "2026-03-01", {"m7": 120, "p9_11": 60, "gr2": 20}, each)
    report = footprint_report(inv, Scope("district", "Kono", "SL"), Period.parse("2026H1"))

    panel = FootprintPanel(inv)
    qtbot.addWidget(panel)
    panel.resize(470, 560)
    panel.show()
    panel.show_report(report)
    QApplication.processEvents()
    summary = panel.summary.text()
    assert "smaller than in its history (2024H1-2025H2): fewer large stones" in summary
    assert "more -7 stones" in summary and "fewer 2 gr. stones" in summary
    assert "Chi-square" not in summary and not panel.figures.isVisible()
    qtbot.mouseClick(panel.statistics, Qt.MouseButton.LeftButton)
    assert panel.figures.isVisible() and "Chi-square on stone counts" in panel.figures.text()
    assert "p = < 0.001" in panel.figures.text()

    # the class names do not run into each other: flat and apart, or turned with a line's height between them
    chart = panel.chart
    boxes = chart.label_boxes()
    slot = chart.plot_rect().width() / len(boxes)
    if chart.labels_turned():
        assert slot * math.sin(math.radians(45)) >= chart.fontMetrics().height()
        assert chart.plot_rect().bottom() + max(b.width() for b in boxes) * 0.7 < chart.height()
    else:
        assert all(a.right() < b.left() for a, b in zip(boxes, boxes[1:], strict=False))
    assert "-7: " in chart.class_tip(0) and "in the reference" in chart.class_tip(0)

"""Every text the Exchange and Challenge matrix pages show goes through Qt's translator.

A pseudo-translation wraps each message in «»: a widget text left without them was never passed
to ``translate`` and would stay English in French, Portuguese or Spanish.
"""

from __future__ import annotations

import pytest

from kpfield.demo import generate
from kpfield.i18n import date_hint


@pytest.fixture
def pseudo(qapp):
    from kpfield.ui.qt import QTranslator

    class Pseudo(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»"

        def isEmpty(self):
            return False

    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _untranslated(widget, allowed=()):
    """(kind, text) of every visible text under ``widget`` that is not wrapped in «»."""
    from kpfield.ui.qt import QCheckBox, QGroupBox, QLabel, QLineEdit, QPushButton, Qt, QTableView, QTabWidget

    found = []

    def check(kind, text):
        if text and not (text.startswith("«") and text.endswith("»")) and text not in allowed:
            found.append((kind, text))

    for w in [widget, *widget.findChildren(QLabel)]:
        if isinstance(w, QLabel):
            check("label", w.text())
    for w in widget.findChildren(QPushButton) + widget.findChildren(QCheckBox):
        check("button", w.text())
    for w in widget.findChildren(QGroupBox):
        check("group", w.title())
    for w in widget.findChildren(QLineEdit):
        check("placeholder", w.placeholderText())
    for w in widget.findChildren(QTabWidget):
        for i in range(w.count()):
            check("tab", w.tabText(i))
    for w in widget.findChildren(QTableView):
        check("tooltip", w.toolTip())
        model = w.model()
        for c in range(model.columnCount()):
            check("header", model.headerData(c, Qt.Orientation.Horizontal) or "")
    return found


def test_the_exchange_page_and_the_inventory_dialog_translate_every_text(qtbot, inv, pseudo):
    from kpfield.ui.exchange.page import ExchangePage
    from kpfield.ui.inventory_export import InventoryExportDialog
    from kpfield.ui.jobs import JobRunner

    page = ExchangePage(inv, JobRunner())
    qtbot.addWidget(page)
    assert _untranslated(page) == []
    assert page.export_tab.lang.itemText(1) == "Français"  # each language named in itself
    assert page.export_tab.country.itemText(0) == "«All countries»"

    dialog = InventoryExportDialog(inv.path.parent, ["SL"])
    qtbot.addWidget(dialog)
    assert _untranslated(dialog) == []
    assert dialog.windowTitle() == "«Export inventory workbook»"
    dialog.end.setText("")
    dialog.start.setText("01/07/2026")
    dialog.end.setText("01/01/2026")
    assert dialog.options() is None and dialog.message.text() == "«To is before From»"


def test_the_matrix_page_translates_every_text_it_makes(qtbot, inv, pseudo):
    from kpfield.ui.actions import Editor
    from kpfield.ui.jobs import JobRunner
    from kpfield.ui.matrix.page import MatrixPage

    generate(inv, "small", seed=2)
    editor = Editor(inv)
    jobs = JobRunner()
    page = MatrixPage(editor, jobs)
    qtbot.addWidget(page)
    # the self-assessment's field labels and its date field come from the domain and the forms
    fields = {f.label + (" *" if f.required else "") for f in page.assessment.ent.fields}
    assert _untranslated(page, allowed={*fields, date_hint()}) == []
    page.evaluate()
    qtbot.waitUntil(lambda: page.heat.evaluation is not None and page.job is None, timeout=20000)
    assert page.summary.text().startswith("«") and page.progress_label.text().startswith("«")
    assert page.indicators.headerData(0, page.heat_view.horizontalHeader().orientation()) == "«Indicator»"
    row = next(k for k, r in enumerate(page.heat.evaluation.scopes[0].rows) if r.indicators)
    page.select_cell(row, 0)
    assert page.heat.data(page.heat.index(row, 0)).startswith("«")
    assert page.cell_title.text().startswith("«") and page.flagged_title.text().startswith("«")
    assert all(
        page.indicators.data(page.indicators.index(k, 2)).startswith("«") for k in range(page.indicators.rowCount())
    )
    qtbot.waitUntil(lambda: page.footprint_job is None and page.footprint.chart.report is not None, timeout=20000)
    assert page.footprint.scope_label.text().startswith("«")
    lines = page.footprint.figures.text().splitlines()
    assert lines and all(line.startswith("«") for line in lines)
    jobs.wait_all()

"""Every text the window shows goes through a translator: each page and dialog, menus, toolbar and
status bar, in the Exchange and Challenge matrix pages' own tests first, then all of them at once.

A pseudo-translation wraps each message in «»: a widget text left without them was never passed
to ``translate`` and would stay English in French, Portuguese or Spanish.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

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


# ---- every page and dialog of the main window ----------------------------------------------------
#
# The pseudo-translation below is stricter than the one above: each literal piece of a message is
# wrapped on its own ("Wrote {file}: {title}" -> "«Wrote »{file}«: »{title}"), so that a value put
# into a translated message is checked too, and kpfield.i18n's catalogue (field and vocabulary
# labels, validation messages, country names) is pseudo-translated as well as Qt's translator.

_PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%n|%L?\d)")


def _pieces(text: str) -> str:
    """``text`` with each literal piece between placeholders wrapped in «»."""
    return "".join(p if _PLACEHOLDER.fullmatch(p) else f"«{p}»" for p in _PLACEHOLDER.split(text) if p)


class _PseudoCatalogue(dict):
    """kpfield.i18n's catalogue of a language: every message found, pseudo-translated."""

    def get(self, key, default=None):
        return _pieces(key[1])


@pytest.fixture
def pseudo_everywhere(qapp, monkeypatch):
    """Qt's translator and kpfield.i18n's catalogue both pseudo-translate. The language is French
    for numbers and dates (decimal comma, DD/MM/YYYY), whose catalogue is the pseudo one."""
    from kpfield import i18n
    from kpfield.domain import entities
    from kpfield.ui.qt import QLocale, QTranslator

    class Pseudo(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return _pieces(source)

        def isEmpty(self):
            return False

    monkeypatch.setitem(i18n._catalogues, "fr", _PseudoCatalogue({("", ""): ""}))
    # field labels are kept once made, per language: an earlier test's French ones must not be
    monkeypatch.setattr(entities, "_SHOWN", {})
    i18n.set_language("fr")
    locale = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    i18n.forget_catalogues()
    i18n.set_language(i18n.DEFAULT)


def _allowed_words() -> set[str]:
    """Words shown untranslated on purpose, each for a reason."""
    from kpfield import i18n
    from kpfield.domain import vocab
    from kpfield.domain.vocab import ASSESSMENT_GRADES
    from kpfield.matrix.definition import load_matrix

    words = {"kpfield"}  # the program's name, in the window's title
    for name in i18n.LANGUAGES.values():  # each language named in itself, so it can be found
        words |= _words(name)
    for sc in vocab.SIZE_CLASSES:  # sieve sizes and grainers: the trade's own terms everywhere
        words |= _words(sc.label)
    words |= _words(i18n.date_hint())  # how to type a date, given per language by kpfield.i18n
    # the challenge matrix's titles, descriptions and score meanings: written in each language in
    # its definition file (resources/matrix), not in the catalogue; its scores are the letters A-D
    matrix = load_matrix()
    words |= _words(matrix.title()) | set(ASSESSMENT_GRADES)
    for grade in ASSESSMENT_GRADES:
        words |= _words(matrix.grade_meaning(grade))
    for row in matrix.rows:
        words |= _words(row.title()) | _words(row.description_in()) | _words(row.basis_in())
    return words


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


def _data_words(inv) -> set[str]:
    """The words of what the inventory holds (names, codes, villages), of the places kpfield
    knows (districts, chiefdoms, towns: proper names), of the inventory's file and officer, and
    the names of the countries that kpfield's catalogue does not carry (pycountry's own
    translations of ISO 3166). None of these is a message to translate."""
    from kpfield.domain.entities import entity
    from kpfield.domain.places import ADMIN_UNITS, COUNTRIES, OWN_NAMES, country_name, districts
    from kpfield.ui.main_window import PAGES

    words = _words(inv.path.name) | _words(inv.identity.officer) | _words(inv.identity.district or "")
    for kind in PAGES:
        # what the officer typed: names, places, identifiers and codes (not the codes of a choice,
        # which are shown by their label, nor record ids)
        typed = [f.name for f in entity(kind).fields if f.kind in ("text", "identifier", "country")]
        for row in inv.conn.execute(f"SELECT {', '.join(typed)} FROM {kind} WHERE deleted = 0"):  # noqa: S608
            for value in tuple(row):
                if isinstance(value, str):
                    words |= _words(value)
    for unit in ADMIN_UNITS:
        for name in (unit.district, unit.region, *unit.chiefdoms, *unit.towns):
            words |= _words(name)
    for code in COUNTRIES:
        words.add(code)
        for district in districts(code):
            words |= _words(district.name) | _words(district.region or "")
        if code not in OWN_NAMES:
            words |= _words(country_name(code))
    return words


# Data written the same in every language: KP half-years as the period box reads them (2026H1),
# coordinates with the hemisphere letters N, S, E, W that GPS receivers show and every language's
# coordinate box reads (kpfield.domain.coords), a signing key's fingerprint (groups of hex digits)
_DATA = re.compile(r"\b\d{4}H[12]\b|[NSEW]?[-\d][\d.,]*°[\d'\".,]*[NSEW]?|\b[0-9a-f]{4}(?: [0-9a-f]{4}){3,}\b")


def _residue(text: str) -> str:
    """What of ``text`` is left once every translated piece, markup, entity and datum is taken out."""
    if Path(text).is_absolute() and Path(text).exists():
        return ""  # a file or folder's path, in a tooltip
    text = _DATA.sub(" ", text)
    prev = None
    while prev != text:
        prev, text = text, re.sub(r"«[^«»]*»", " ", text)
    text = re.sub(r"<[^>]*>", " ", text)
    return html.unescape(text)


class _Walk:
    """Every text a user can read in a widget and the widgets under it, with where it was found."""

    ROWS = 25  # the rows of a list or table read: what a page shows without scrolling

    def __init__(self, allowed: set[str]):
        self.allowed = allowed
        self.found: list[str] = []

    def check(self, where: str, what: str, text: object) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        left = _words(_residue(text)) - self.allowed
        if left:
            self.found.append(f"{where} {what}: {text!r}")

    def action(self, where: str, act) -> None:
        self.check(where, "action", act.text())
        self.check(where, "action tooltip", act.toolTip())
        self.check(where, "action status tip", act.statusTip())
        if act.menu() is not None:
            self.check(where, "menu", act.menu().title())

    def model(self, where: str, model, header: bool = True) -> None:
        from PySide6.QtCore import QAbstractListModel, Qt

        if model is None:
            return
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        if header:
            for c in range(columns):
                self.check(where, f"header {c}", model.headerData(c, Qt.Orientation.Horizontal))
                self.check(
                    where,
                    f"header tip {c}",
                    model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole),
                )
        for r in range(min(model.rowCount(), self.ROWS)):
            for c in range(columns):
                index = model.index(r, c)
                self.check(where, f"cell {r},{c}", model.data(index))
                self.check(where, f"cell tip {r},{c}", model.data(index, Qt.ItemDataRole.ToolTipRole))

    def widget(self, top) -> list[str]:
        from PySide6 import QtWidgets as qt

        for w in [top, *top.findChildren(qt.QWidget)]:
            where = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
            parent = w.parentWidget()
            while parent is not None and not parent.isWindow() and not parent.objectName():
                parent = parent.parentWidget()
            if parent is not None:
                where = f"{type(parent).__name__}{'#' + parent.objectName() if parent.objectName() else ''} > {where}"
            self.check(where, "window title", w.windowTitle())
            self.check(where, "tooltip", w.toolTip())
            self.check(where, "status tip", w.statusTip())
            for act in w.actions():
                self.action(where, act)
            if isinstance(w, qt.QLabel):
                self.check(where, "label", w.text())
            elif isinstance(w, qt.QAbstractButton):
                self.check(where, "button", w.text())
            elif isinstance(w, qt.QGroupBox):
                self.check(where, "group", w.title())
            elif isinstance(w, qt.QLineEdit):
                self.check(where, "placeholder", w.placeholderText())
            elif isinstance(w, (qt.QTextEdit, qt.QPlainTextEdit)):
                self.check(where, "placeholder", w.placeholderText())
            elif isinstance(w, qt.QComboBox):
                self.check(where, "placeholder", w.placeholderText())
                for i in range(w.count()):
                    self.check(where, f"item {i}", w.itemText(i))
            elif isinstance(w, qt.QTabBar):
                for i in range(w.count()):
                    self.check(where, f"tab {i}", w.tabText(i))
                    self.check(where, f"tab tip {i}", w.tabToolTip(i))
            elif isinstance(w, qt.QMenu):
                self.check(where, "menu", w.title())
            elif isinstance(w, qt.QAbstractSpinBox):
                self.check(where, "special value", w.specialValueText())
            elif isinstance(w, qt.QWizardPage):
                self.check(where, "page title", w.title())
                self.check(where, "page subtitle", w.subTitle())
            if isinstance(w, qt.QAbstractItemView) and not isinstance(w, qt.QHeaderView):
                self.model(where, w.model(), header=not isinstance(w, qt.QListView))
        return self.found


def _first_record(page) -> None:
    page.table.selectRow(0)
    assert page.current_id() is not None


def test_every_page_and_dialog_of_the_window_translates_every_text(qtbot, inv, pseudo_everywhere):
    from kpfield.ui import style
    from kpfield.ui.main_window import PAGES, MainWindow
    from kpfield.ui.qt import QApplication
    from kpfield.ui.records.forms import RecordDialog

    generate(inv, "small", seed=2)
    backup = inv.backup()  # Restore from backup lists it
    style.apply(QApplication.instance())
    win = MainWindow(inv, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    try:
        person = inv.browser("person").ids()[0]
        win.editor.update("person", person, {"village": "Koidu"})  # Edit > Undo names the change
        assert win.act_undo.isEnabled()
        for kind in PAGES:  # each record page built, its first record in the detail pane
            _first_record(win.go_to(kind))
        win.nav.setCurrentRow(win.stack.indexOf(win.map_page))
        sites = win.map_page.data.sites if win.map_page.data is not None else []
        assert sites and win.map_page.select_site(sites[0].id)
        win.show_guide("start")
        restore = win.restore_backup()
        qtbot.waitUntil(lambda: restore.list_job is None and restore.table.rowCount() > 0, timeout=10000)
        win.check_inventory()
        qtbot.waitUntil(lambda: win.check_dialog is not None, timeout=30000)
        forms = []  # kept open until the walk
        for kind in PAGES:  # a new record's form with every problem shown, and an existing one's
            blank = RecordDialog(win.editor, kind, None, win)
            blank.show_problems(blank.validate(show_all=True), True)
            forms += [blank, RecordDialog(win.editor, kind, win.page(kind).current_id(), win)]
        allowed = _allowed_words() | _data_words(inv) | _words(backup.name)
        assert all(win.page(kind).detail.edit_button.isEnabled() for kind in PAGES)  # each shows its record
        # the whole window: every page (Start here too), menus, toolbar, status bar, the guide's
        # window, Restore from backup, the check's report and the forms, all its children
        found = _Walk(allowed).widget(win)
        assert found == [], "\n".join(found)
    finally:
        win.jobs.wait_all()
        for w in QApplication.topLevelWidgets():
            w.close()
        win.close()


def test_the_new_inventory_wizard_and_the_coordinator_reports_translate_every_text(
    qtbot, inv, tmp_path, pseudo_everywhere
):
    from kpfield.ui.coordinator_reports import ChangesDialog, PackageDialog
    from kpfield.ui.wizard import FirstRunWizard

    allowed = _allowed_words() | _data_words(inv)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.page_.officer.setText("")
    wizard.accept()  # refused: no name; the reason shows
    found = _Walk(allowed).widget(wizard)
    assert found == [], "\n".join(found)

    changes = ChangesDialog([inv.identity.officer], tmp_path / "changes.xlsx")
    qtbot.addWidget(changes)
    assert changes.request() is None  # no day typed: the reason shows
    package = PackageDialog(tmp_path)
    qtbot.addWidget(package)
    package.request()
    found = _Walk(allowed).widget(changes) + _Walk(allowed).widget(package)
    assert found == [], "\n".join(found)

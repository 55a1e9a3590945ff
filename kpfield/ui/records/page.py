"""A record page: search box, filters that fit the record kind, the table, and a detail pane."""

from __future__ import annotations

from typing import Any

from kpfield import i18n
from kpfield.domain import vocab
from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.entities import SIZE_CLASS_FIELDS, entity
from kpfield.domain.places import COUNTRIES, country_name
from kpfield.domain.rules import licence_status
from kpfield.domain.validation import Problem
from kpfield.store import Inventory, InventoryError
from kpfield.store.browse import VIEWS, Query
from kpfield.store.inventory import RecordInUse
from kpfield.ui.actions import Editor
from kpfield.ui.models import RecordTableModel, format_value
from kpfield.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from kpfield.ui.style import icon

from .fields import ProblemLabel
from .forms import OPEN_EXISTING, RecordDialog

ICONS = {
    "person": "person",
    "organisation": "organisation",
    "licence": "licence",
    "site": "site",
    "production": "production",
    "sale": "sale",
    "inspection": "inspection",
}

_SIZE_NAMES = {f.name for f in SIZE_CLASS_FIELDS}


def new_record_text(kind: str) -> str:
    """The label of the button that makes a record of ``kind`` (one sentence per kind: the words agree)."""
    return {
        "person": translate("RecordPage", "New person"),
        "organisation": translate("RecordPage", "New organisation"),
        "licence": translate("RecordPage", "New licence"),
        "site": translate("RecordPage", "New site"),
        "production": translate("RecordPage", "New production record"),
        "sale": translate("RecordPage", "New sale or export"),
        "inspection": translate("RecordPage", "New inspection"),
        "self_assessment": translate("RecordPage", "New self-assessment"),
    }[kind]


class DetailPane(QFrame):
    """The selected record, read-only, with its references shown by name."""

    editRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, kind: str, inv: Inventory, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.kind = kind
        self.inv = inv
        self.ent = entity(kind)
        outer = QVBoxLayout(self)
        self.title = QLabel(translate("DetailPane", "No record selected"), self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # values wrap in the pane's width instead of scrolling sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget(scroll)
        self.form = QFormLayout(host)
        # label above value: reads the same in a narrow pane (150% scaling) as in a wide one
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(2)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(icon("edit"), translate("DetailPane", "Edit"), self)
        self.delete_button = QPushButton(icon("delete"), translate("DetailPane", "Delete"), self)
        self.edit_button.clicked.connect(self.editRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.show_record(None)

    def show_record(self, record: dict[str, Any] | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edit_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        if record is None:
            self.title.setText(translate("DetailPane", "No record selected"))
            return
        self.title.setText(self._title(record))
        sizes = []
        for f in self.ent.fields:
            v = record.get(f.name)
            if v is None or v == "":
                continue
            if f.name in _SIZE_NAMES:
                sizes.append((f, v))
                continue
            if f.kind == "ref":
                text = self.inv.record_label(f.ref or "", v)
            elif f.kind == "country":
                text = f"{v} · {country_name(v)}" if v in COUNTRIES else str(v)
            elif f.kind in ("latitude", "longitude"):
                text = i18n.format_number(v, 5)
            elif f.kind == "date":
                text = i18n.format_date(v)
            elif self.ent.key == "licence" and f.name == "status":
                # the status today, from the dates: expired, expiring soon, not yet valid...
                text = vocab.label(licence_status(record))
            else:
                text = format_value(
                    {"choice": "choice", "choices": "choices", "number": "number", "int": "int"}.get(f.kind, "text"), v
                )
            value = QLabel(text, self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self._label(self.ent.label_of(f.name)), value)
        if sizes:
            lines = []
            for sc in vocab.SIZE_CLASSES:
                n_col, ct_col = vocab.size_class_columns(sc.code)
                n = record.get(n_col)
                ct = record.get(ct_col)
                if n or ct:
                    lines.append(
                        translate("DetailPane", "{size_class}: {stones} stone(s), {carats} ct").format(
                            size_class=sc.label, stones=n or 0, carats=i18n.format_number(ct or 0, 2)
                        )
                    )
            self.form.addRow(self._label(translate("DetailPane", "Size classes")), QLabel("\n".join(lines)))
        self.form.addRow(
            self._label(translate("DetailPane", "Last changed")),
            QLabel(
                translate("DetailPane", "{when} UTC (version {version})").format(
                    when=f"{i18n.format_date(record['modified_at'][:10])} {record['modified_at'][11:16]}",
                    version=record["version"],
                ),
                self,
            ),
        )

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("detailLabel")
        return label

    def _title(self, r: dict[str, Any]) -> str:
        k = self.kind
        if k == "person":
            return f"{r.get('given_names') or ''} {r['family_name']}".strip()
        if k == "organisation":
            return str(r["name"])
        if k == "licence":
            return translate("DetailPane", "Licence {number}").format(number=r["number"])
        if k == "site":
            return f"{r['code']} {r.get('name') or ''}".strip()
        if k == "production":
            return translate("DetailPane", "Production of {date}: {carats} ct").format(
                date=i18n.format_date(r["produced_on"]), carats=i18n.format_number(r["carats"], 2)
            )
        if k == "sale":
            text = (
                translate("DetailPane", "Export of {date}: {carats} ct")
                if r["kind"] == "export"
                else translate("DetailPane", "Sale of {date}: {carats} ct")
            )
            return text.format(date=i18n.format_date(r["sold_on"]), carats=i18n.format_number(r["carats"], 2))
        return translate("DetailPane", "Inspection of {date}").format(date=i18n.format_date(r["inspected_on"]))


class RecordPage(QWidget):
    """The records of one kind: find, filter, sort, view and change them."""

    selectionChanged = Signal()
    openRecord = Signal(str, str)  # kind, id: show another page's record (duplicate warning)

    def __init__(self, editor: Editor, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.inv = editor.inv
        self.kind = kind
        self.view_def = VIEWS[kind]
        self.ent = entity(kind)
        self.model = RecordTableModel(self.inv, self.view_def, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        head = QHBoxLayout()
        title = QLabel(self.ent.shown_plural(), self)
        title.setObjectName("pageTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pageCount")
        head.addWidget(title)
        head.addSpacing(10)
        head.addWidget(self.count_label)
        head.addStretch(1)
        self.new_button = QPushButton(icon("new"), new_record_text(kind), self)
        self.new_button.clicked.connect(self.new_record)
        head.addWidget(self.new_button)
        outer.addLayout(head)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self._search_hint())
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(170)
        bar.addWidget(self.search, 2)
        self.country = self.district = self.status = self.kind_filter = None
        self.date_from = self.date_to = None
        f = self.view_def.filters
        if "country" in f:
            self.country = self._combo(
                translate("RecordPage", "All countries"), [(f"{c} · {country_name(c)}", c) for c in self._countries()]
            )
            bar.addWidget(self.country)
        if "district" in f:
            self.district = self._combo(translate("RecordPage", "All districts"), [])
            bar.addWidget(self.district)
        if "status" in f:
            label = (
                translate("RecordPage", "All outcomes")
                if kind == "inspection"
                else translate("RecordPage", "All statuses")
            )
            self.status = self._combo(label, [(vocab.label(c), c) for c in self.view_def.status_choices])
            bar.addWidget(self.status)
        if "kind" in f:
            everything = (
                translate("RecordPage", "All record kinds")
                if kind == "inspection"
                else translate("RecordPage", "All kinds")
            )
            self.kind_filter = self._combo(everything, [(vocab.label(c), c) for c in self.view_def.kind_choices])
            bar.addWidget(self.kind_filter)
        if "date" in f:
            self.date_from = QLineEdit(self)
            self.date_to = QLineEdit(self)
            if self.view_def.date_column == "expires_on":
                self.date_from.setPlaceholderText(translate("RecordPage", "expires from"))
                self.date_to.setPlaceholderText(translate("RecordPage", "expires to"))
            else:
                self.date_from.setPlaceholderText(translate("RecordPage", "date from"))
                self.date_to.setPlaceholderText(translate("RecordPage", "date to"))
            for ed in (self.date_from, self.date_to):
                ed.setMaximumWidth(110)
                ed.setMinimumWidth(90)
                ed.editingFinished.connect(self.apply_filters)
                bar.addWidget(ed)
        clear = QPushButton(translate("RecordPage", "Clear"), self)
        clear.clicked.connect(self.clear_filters)
        bar.addWidget(clear)
        outer.addLayout(bar)
        # a filter typed wrongly (a date that is no date) is said, not silently left out
        self.filter_problem = ProblemLabel(self)
        self.filter_problem.setObjectName("filterProblem")
        outer.addWidget(self.filter_problem)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # fixed row heights: the view never measures a million rows
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.ensurePolished()  # measured with the style sheet's bold titles and padding
        for i, col in enumerate(self.view_def.columns):
            # never narrower than its title in the window's language ("Carte de creuseur" is longer)
            header.resizeSection(i, max(col.width, header.sectionSizeFromContents(i).width()))
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.model.browser.descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        self._fit_key_columns()
        for i in range(len(self.view_def.columns)):
            # room for the sort arrow too, in whichever column the officer sorts by
            header.resizeSection(i, max(header.sectionSize(i), header.sectionSizeFromContents(i).width()))
        # activated alone: a double-click (or Enter) opens the form once; with doubleClicked too, a
        # double-click opened it twice, the second form appearing after the first was saved
        self.table.activated.connect(lambda _i: self.edit_record())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)

        self.detail = DetailPane(kind, self.inv, self)
        self.detail.editRequested.connect(self.edit_record)
        self.detail.deleteRequested.connect(self.delete_record)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([790, 330])
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        if self.country is not None:
            self.country.currentIndexChanged.connect(self._country_changed)
        for combo in (self.district, self.status, self.kind_filter):
            if combo is not None:
                combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self._update_count()

    # ---- filters ---------------------------------------------------------------------------------

    def _search_hint(self) -> str:
        return {
            "person": translate("RecordPage", "Search names, IDs, digger cards, villages…"),
            "organisation": translate("RecordPage", "Search names, towns, registration numbers…"),
            "licence": translate("RecordPage", "Search licence numbers and holders…"),
            "site": translate("RecordPage", "Search site codes, names, villages, licences…"),
            "production": translate("RecordPage", "Search sites, villages, licences, references…"),
            "sale": translate("RecordPage", "Search licences, buyers, certificates, documents…"),
            "inspection": translate("RecordPage", "Search officers, findings, sites, licences…"),
        }[self.kind]

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for label, code in items:
            combo.addItem(label, code)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _countries(self) -> list[str]:
        return [c for c in self.inv.filter_countries(self.kind) if c in COUNTRIES]

    def _country_changed(self) -> None:
        if self.district is not None:
            self.district.blockSignals(True)
            self.district.clear()
            self.district.addItem(translate("RecordPage", "All districts"), None)
            country = self.country.currentData() if self.country else None
            if country:
                for d in self.inv.filter_districts(self.kind, country):
                    self.district.addItem(d, d)
            self.district.blockSignals(False)
        self.apply_filters()

    def _date(self, ed: QLineEdit | None, problems: list[Problem] | None = None) -> str | None:
        if ed is None or not ed.text().strip():
            if ed is not None:
                ed.setStyleSheet("")
            return None
        try:
            day = parse_date(ed.text()).isoformat()
        except (DateError, ValueError) as e:
            ed.setStyleSheet("color: #b42318")
            ed.setToolTip(translate("RecordPage", "Type a date such as 01/07/2025 (day first) or 2025-07-01"))
            if problems is not None:
                problems.append(
                    Problem(
                        "",
                        translate("RecordPage", "Filter {filter}: {problem}. This filter is not applied.").format(
                            filter=ed.placeholderText(), problem=str(e)
                        ),
                    )
                )
            return None
        ed.setStyleSheet("")
        ed.setText(i18n.format_date(day))
        return day

    def current_query(self) -> Query:
        problems: list[Problem] = []
        date_from, date_to = self._date(self.date_from, problems), self._date(self.date_to, problems)
        self.filter_problem.show_problems(problems)
        return self.model.query.with_(
            text=self.search.text().strip(),
            country=self.country.currentData() if self.country else None,
            district=self.district.currentData() if self.district else None,
            status=self.status.currentData() if self.status else None,
            kind=self.kind_filter.currentData() if self.kind_filter else None,
            date_from=date_from,
            date_to=date_to,
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        query = self.current_query()
        if query != self.model.query:
            keep = self.current_id()
            self.model.set_query(query)
            if keep:
                self.select_record(keep)

    def clear_filters(self) -> None:
        for w in (self.country, self.district, self.status, self.kind_filter):
            if w is not None:
                w.blockSignals(True)
                w.setCurrentIndex(0)
                w.blockSignals(False)
        for ed in (self.date_from, self.date_to):
            if ed is not None:
                ed.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    # ---- selection -------------------------------------------------------------------------------

    KEY_COLUMNS = ("number", "code", "licence", "site", "seller")

    def _fit_key_columns(self) -> None:
        """Widen the key-code columns (licence numbers, site codes) to the codes in view: a code
        cut to "SL-ART-2026-..." cannot be told from the next one. Only the rows in view are
        measured, so a million-row table costs no more than a short one."""
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.view_def.columns):
            if col.key in self.KEY_COLUMNS:
                header.resizeSection(i, max(header.sectionSize(i), self.table.sizeHintForColumn(i)))

    def _after_reset(self) -> None:
        self._update_count()
        self._fit_key_columns()
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.model.browser.descending else Qt.SortOrder.AscendingOrder,
        )
        self._selection_changed()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        filtered = self.model.query.text or any(
            getattr(self.model.query, a) for a in ("country", "district", "status", "kind", "date_from", "date_to")
        )
        count = i18n.format_number(n, grouping=True)
        self.count_label.setText(
            self.tr("{n} found", "", n).format(n=count) if filtered else self.tr("{n} record(s)", "", n).format(n=count)
        )

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def select_record(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        if row >= self.model.rowCount():
            self.model.refresh()  # the record arrived after this page last counted
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _selection_changed(self, *_args: object) -> None:
        rid = self.current_id()
        self.detail.show_record(self.inv.get(self.kind, rid) if rid else None)
        self.selectionChanged.emit()

    def refresh(self, record_id: str | None = None) -> None:
        keep = record_id or self.current_id()
        self.model.refresh()
        if keep:
            self.select_record(keep)

    # ---- changes ---------------------------------------------------------------------------------

    def new_record(self) -> str | None:
        dialog = RecordDialog.ask(self.editor, self.kind, None, self)
        return self._after_dialog(dialog)

    def edit_record(self, record_id: str | None = None) -> str | None:
        rid = record_id or self.current_id()
        if not rid:
            return None
        dialog = RecordDialog.ask(self.editor, self.kind, rid, self)
        return self._after_dialog(dialog)

    def _after_dialog(self, dialog: RecordDialog) -> str | None:
        if dialog.result() == OPEN_EXISTING and dialog.open_existing_id:
            self.openRecord.emit(self.kind, dialog.open_existing_id)
            return None
        if dialog.saved_id:
            if not self.select_record(dialog.saved_id):
                # saved, but hidden by the search or filters: clear them so the user sees it
                self.clear_filters()
                self.select_record(dialog.saved_id)
            return dialog.saved_id
        return None

    def delete_record(self) -> None:
        rid = self.current_id()
        if not rid:
            return
        inv = self.editor.inv
        users = inv.referring(self.kind, rid)
        if users:
            # refused before asking: deleting it would leave those records pointing at nothing
            QMessageBox.warning(
                self, translate("RecordPage", "Not deleted"), str(RecordInUse(inv, self.kind, rid, users))
            )
            return
        answer = QMessageBox.question(
            self,
            translate("RecordPage", "Delete record"),
            translate("RecordPage", "Delete {record}? It stays in the audit log and Undo brings it back.").format(
                record=inv.record_name(self.kind, rid)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.editor.delete(self.kind, rid)
        except InventoryError as e:  # busy, in use since, or a full disk: nothing was deleted
            QMessageBox.warning(self, translate("RecordPage", "Not deleted"), str(e))

    # ---- the view, kept when the window is rebuilt (another language) ------------------------------

    def view_state(self) -> dict[str, Any]:
        """The search, filters and selected record, as plain values."""
        state: dict[str, Any] = {"search": self.search.text(), "selected": self.current_id()}
        for name in ("country", "district", "status", "kind_filter"):
            combo = getattr(self, name)
            if combo is not None:
                state[name] = combo.currentData()
        for name in ("date_from", "date_to"):
            ed = getattr(self, name)
            if ed is not None:
                state[name] = self._date(ed)
        return state

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Show what :meth:`view_state` gave, in this page's language."""
        for name in ("country", "district", "status", "kind_filter"):
            combo = getattr(self, name)
            if combo is not None and state.get(name) is not None:
                if name == "district" and self.country is not None:
                    self._country_changed()
                i = combo.findData(state[name])
                if i >= 0:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(i)
                    combo.blockSignals(False)
        for name in ("date_from", "date_to"):
            ed = getattr(self, name)
            if ed is not None and state.get(name):
                ed.setText(i18n.format_date(state[name]))
        self.search.blockSignals(True)
        self.search.setText(state.get("search") or "")
        self.search.blockSignals(False)
        self.apply_filters()
        if state.get("selected"):
            self.select_record(state["selected"])

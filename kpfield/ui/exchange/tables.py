"""The Exchange page's small tables: rows of display texts held in full (a report, the open
conflicts), their views, and how a value from a workbook or a conflict reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kpfield.i18n import decimal_separator, format_number
from kpfield.ui.models import LEFT, RIGHT
from kpfield.ui.qt import (
    ModelIndex,
    QAbstractItemView,
    QAbstractTableModel,
    QFont,
    QHeaderView,
    QModelIndex,
    QObject,
    Qt,
    QTableView,
    QWidget,
    translate,
)


class RowsModel(QAbstractTableModel):
    """A small read-only table (a report, the open conflicts): rows of display texts, held in full.

    These lists are short (a report keeps at most a few thousand problems per file), unlike the
    record tables, which page through SQL.
    """

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = (), parent: QObject | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.rows: list[list[str]] = []
        self.tips: list[str | None] = []
        self.marked: set[int] = set()
        self.cell_tips: dict[tuple[int, int], str] = {}

    def set_rows(
        self,
        rows: list[list[str]],
        tips: list[str | None] | None = None,
        marked: set[int] | None = None,
        cell_tips: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """``marked``: rows to draw in bold (where two records differ, a refused file);
        ``cell_tips``: a cell's own tooltip, (row, column) -> text, in place of its row's."""
        self.beginResetModel()
        self.rows = rows
        self.tips = tips if tips is not None else [None] * len(rows)
        self.marked = marked or set()
        self.cell_tips = cell_tips or {}
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            own = self.cell_tips.get((index.row(), index.column()))
            if own is not None:
                return own
            text = self.rows[index.row()][index.column()]
            return self.tips[index.row()] or (text if len(text) >= 30 else None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if index.column() in self.numeric else LEFT)
        if role == Qt.ItemDataRole.FontRole and index.row() in self.marked:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return section + 1
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def table_view(model: QAbstractTableModel, parent: QWidget, widths: Sequence[int] = ()) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for i, w in enumerate(widths):
        # never narrower than the column's title, which is longer in some languages ("Adicionados")
        header.resizeSection(i, max(w, header.sectionSizeHint(i)))
    return view


def shown(value: Any) -> str:
    """A value from a report or a conflict as people read it."""
    if value is None or value == "":
        return translate("ExchangePage", "(empty)")
    if isinstance(value, float):
        text = format_number(value, 4, grouping=True)
        sep = decimal_separator()
        return text.rstrip("0").rstrip(sep) if sep in text else text
    return str(value)

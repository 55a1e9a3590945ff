"""Table models over :class:`kpfield.store.browse.Browser`: they hold a query, not the rows.

Qt asks for the cells it paints; the browser reads those rows a page at a time, by key. Sorting
and filtering build a new query that runs in SQL with indexes; nothing is sorted in Python.
"""

from __future__ import annotations

from typing import Any

from kpfield.domain import vocab
from kpfield.domain.places import DISTRICT_LEVELS, district_level
from kpfield.i18n import format_date, format_number
from kpfield.store import Inventory
from kpfield.store.browse import VIEWS, Query, View

from .qt import ModelIndex, QAbstractTableModel, QModelIndex, QObject, Qt, translate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

RecordIdRole = Qt.ItemDataRole.UserRole + 1


def format_value(kind: str, value: Any) -> str:
    """A stored value as the tables show it, numbers and dates as the officer writes them."""
    if value is None or value == "":
        return ""
    if kind == "number":
        return format_number(value, 2, grouping=True)
    if kind == "money":
        return format_number(value, 0, grouping=True)
    if kind == "int":
        return format_number(value, grouping=True)
    if kind == "coord":
        return format_number(value, 5)
    if kind == "date":
        return format_date(str(value))
    if kind == "choice":
        return vocab.label(str(value))
    if kind == "choices":
        return ", ".join(vocab.label(c) for c in str(value).split(",") if c)
    return str(value)


def format_timestamp(stamp: str | None) -> str:
    """A stored UTC time (``2026-04-03T09:15:22Z``) as the officer reads it: date and minutes."""
    if not stamp:
        return ""
    text = str(stamp)
    time = text[11:16]
    return f"{format_date(text[:10])} {time}".strip()


class RecordTableModel(QAbstractTableModel):
    """The records of one kind matching a :class:`Query`; row data fetched on demand."""

    def __init__(self, inv: Inventory, view: View | str, parent: QObject | None = None):
        super().__init__(parent)
        self.inv = inv
        self.view = VIEWS[view] if isinstance(view, str) else view
        self.browser = inv.browser(self.view)
        self._district_title: str | None = None

    # ---- the query -------------------------------------------------------------------------------

    @property
    def query(self) -> Query:
        return self.browser.query

    def set_query(self, query: Query) -> None:
        self.beginResetModel()
        self.browser = self.inv.browser(self.view, query)
        self._district_title = None
        self.endResetModel()

    def district_title(self) -> str | None:
        """The district column's title when the rows are of one country that names its districts
        otherwise (Préfecture for Guinea, County for Liberia): the country filtered on, or the
        only one the records hold. None: the column's own title."""
        if self._district_title is None:
            country = self.browser.query.country
            if not country and "district" in [c.key for c in self.view.columns]:
                present = self.inv.filter_countries(self.view.kind)
                country = present[0] if len(present) == 1 else None
            self._district_title = district_level(country) if country in DISTRICT_LEVELS else ""
        return self._district_title or None

    def refresh(self) -> None:
        """Read again after a change to the records (same query, fresh count and pages)."""
        self.set_query(self.browser.query)

    def record_id(self, row: int) -> str | None:
        if 0 <= row < self.browser.count():
            return self.browser.record_id(row)
        return None

    def row_of(self, record_id: str) -> int | None:
        return self.browser.index_of(record_id)

    def sort_column(self) -> int:
        return [c.key for c in self.view.columns].index(self.browser.sort_key)

    # ---- Qt's model interface ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.browser.count()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.view.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.browser.count():
            return None
        col = self.view.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = format_value(col.kind, self.browser.row(index.row())[index.column()])
            if role == Qt.ItemDataRole.ToolTipRole and len(text) < 30:
                return None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col.kind in ("int", "number", "money", "coord") else LEFT)
        if role == RecordIdRole:
            return self.browser.record_id(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.view.columns):
            col = self.view.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return (col.key == "district" and self.district_title()) or col.shown_label()
            if role == Qt.ItemDataRole.ToolTipRole and col.sort is None:
                if col.sql.startswith("t."):
                    return translate(
                        "RecordTableModel", "{column}: not sortable in this large table (sort by carats instead)"
                    ).format(column=col.shown_label())
                return translate("RecordTableModel", "{column}: not sortable (it belongs to another record)").format(
                    column=col.shown_label()
                )
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.view.columns) or self.view.columns[column].sort is None:
            return
        key, descending = self.view.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if key == self.browser.sort_key and descending == self.browser.descending:
            return
        self.set_query(self.browser.query.with_(sort=key, descending=descending))

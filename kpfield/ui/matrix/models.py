"""Table models of the Challenge matrix page: the heat map, a cell's indicators, flagged records.

They adapt the plain data :func:`kpfield.matrix.evaluate` returns; nothing here computes a figure.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from kpfield.domain.entities import entity
from kpfield.i18n import format_number
from kpfield.matrix.evaluate import Assessment, Evaluation, IndicatorResult, RowResult
from kpfield.matrix.records import record_labels
from kpfield.matrix.scope import Scope
from kpfield.store import Inventory
from kpfield.ui.models import LEFT, RIGHT, RecordIdRole
from kpfield.ui.qt import ModelIndex, QAbstractTableModel, QColor, QModelIndex, QObject, Qt, translate

StatusRole = Qt.ItemDataRole.UserRole + 2
CENTRE = Qt.AlignmentFlag.AlignCenter

# background, text: colours a colour-blind reader can still tell apart by lightness, and every
# cell also says its status in words
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "met": ("#c9ecd4", "#14532d"),
    "partly_met": ("#fde7b0", "#713f12"),
    "challenge": ("#f4b4ac", "#7a1010"),
    "no_data": ("#eceff2", "#56606b"),
    "assessed": ("#dcebee", "#1f4e59"),
    "not_assessed": ("#ffffff", "#8a96a3"),
}


def status_text(status: str) -> str:
    """A status code (``partly_met``) as the heat map says it; the code itself stays as it is."""
    texts = {
        "met": translate("MatrixPage", "met"),
        "partly_met": translate("MatrixPage", "partly met"),
        "challenge": translate("MatrixPage", "challenge"),
        "no_data": translate("MatrixPage", "no data"),
    }
    return texts.get(status, status)


def percent(share: float, decimals: int = 1) -> str:
    """``0.125`` -> ``12.5%`` (``12,5 %`` in French: the translation places the sign)."""
    return translate("MatrixPage", "{value}%").format(value=format_number(share * 100, decimals))


def indicator_value_text(ind: IndicatorResult) -> str:
    """An indicator's value in the officer's number format: a share as a percentage."""
    if ind.value is None:
        return "-"
    if ind.unit == "share":
        return percent(ind.value)
    return format_number(ind.value, 2, grouping=True)


def cell_status(r: RowResult) -> str:
    """The colour key of a heat-map cell: an indicator status, or the self-assessment's state."""
    if r.status is not None:
        return r.status
    return "assessed" if r.assessment else "not_assessed"


def cell_text(r: RowResult) -> str:
    if r.status is None:
        if r.assessment:
            return translate("HeatMapModel", "self-assessed {score}").format(score=r.assessment.score)
        return translate("HeatMapModel", "not assessed")
    text = status_text(r.status)
    return f"{text} · {r.assessment.score}" if r.assessment else text


def _figure(value: float) -> str:
    """A numerator or denominator: whole numbers as they are, others with up to six decimals."""
    if float(value).is_integer():
        return format_number(int(value), grouping=True)
    return format_number(round(float(value), 6), grouping=True)


class HeatMapModel(QAbstractTableModel):
    """Rows of the matrix by scopes (countries or districts); each cell a :class:`RowResult`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self.scopes: list[Scope] = []

    def set_evaluation(self, evaluation: Evaluation | None, scopes: list[Scope]) -> None:
        self.beginResetModel()
        self.evaluation = evaluation
        self.scopes = list(scopes) if evaluation else []
        self.endResetModel()

    def result(self, row: int, column: int) -> RowResult | None:
        ev = self.evaluation
        if ev is None or not (0 <= column < len(ev.scopes)) or not (0 <= row < len(ev.scopes[column].rows)):
            return None
        return ev.scopes[column].rows[row]

    def country_of(self, column: int) -> str | None:
        if not 0 <= column < len(self.scopes):
            return None
        s = self.scopes[column]
        return None if s.kind == "region" else (s.country or s.value)

    def set_assessment(self, country: str, row_id: str, assessment: Assessment | None) -> None:
        """Show a self-assessment saved (or undone) since the evaluation, without evaluating again."""
        ev = self.evaluation
        if ev is None:
            return
        scopes = list(ev.scopes)
        for c, s in enumerate(scopes):
            if self.country_of(c) != country:
                continue
            rows = [dataclasses.replace(r, assessment=assessment) if r.row_id == row_id else r for r in s.rows]
            scopes[c] = dataclasses.replace(s, rows=tuple(rows))
            i = next(k for k, r in enumerate(rows) if r.row_id == row_id)
            self.evaluation = dataclasses.replace(ev, scopes=tuple(scopes))
            ev = self.evaluation
            self.dataChanged.emit(self.index(i, c), self.index(i, c))

    # ---- Qt's model interface ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.evaluation is None or not self.evaluation.scopes:
            return 0
        return len(self.evaluation.scopes[0].rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.evaluation is None else len(self.evaluation.scopes)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.result(index.row(), index.column()) if index.isValid() else None
        if r is None:
            return None
        key = cell_status(r)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(r)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS[key][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS[key][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(CENTRE)
        if role == StatusRole:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            assert self.evaluation is not None
            scope = self.evaluation.scopes[index.column()].label
            lines = [f"{r.title}, {scope}"]
            if r.status is None:
                lines.append(translate("HeatMapModel", "No automatic indicator: carried by the self-assessment alone"))
            else:
                worst = [i for i in r.indicators if i.status == r.status]
                lines.append(
                    translate("HeatMapModel", "{status} ({n} of {total} indicators)").format(
                        status=status_text(r.status), n=len(worst), total=len(r.indicators)
                    )
                )
            if r.assessment:
                lines.append(
                    translate("HeatMapModel", "Self-assessed {score}: {meaning}").format(
                        score=r.assessment.score, meaning=r.assessment.meaning
                    )
                )
            return "\n".join(lines)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ev = self.evaluation
        if ev is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(ev.scopes):
            if role == Qt.ItemDataRole.DisplayRole:
                s = self.scopes[section] if section < len(self.scopes) else None
                return s.value if s is not None and s.kind == "district" else ev.scopes[section].label
            if role == Qt.ItemDataRole.ToolTipRole:
                return ev.scopes[section].label
        if orientation == Qt.Orientation.Vertical and ev.scopes and 0 <= section < len(ev.scopes[0].rows):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return ev.scopes[0].rows[section].title
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _ListTable(QAbstractTableModel):
    """A read-only table with fixed column titles (``columns()``) whose cells can be selected."""

    @staticmethod
    def columns() -> tuple[str, ...]:
        """The column titles, in the language of the window."""
        return ()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        titles = self.columns()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return titles[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IndicatorModel(_ListTable):
    """The indicators of one heat-map cell."""

    @staticmethod
    def columns() -> tuple[str, ...]:
        return (
            translate("IndicatorModel", "Indicator"),
            translate("IndicatorModel", "Value"),
            translate("IndicatorModel", "Status"),
            translate("IndicatorModel", "Numerator / denominator"),
            translate("IndicatorModel", "Thresholds"),
            translate("IndicatorModel", "Flagged"),
        )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.indicators: tuple[IndicatorResult, ...] = ()

    def set_indicators(self, indicators: tuple[IndicatorResult, ...]) -> None:
        self.beginResetModel()
        self.indicators = indicators
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.indicators):
            return None
        ind = self.indicators[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return ind.title
            if col == 1:
                return indicator_value_text(ind)
            if col == 2:
                return status_text(ind.status)
            if col == 3:
                return f"{_figure(ind.numerator)} / {_figure(ind.denominator)}"
            if col == 4:
                return ind.thresholds
            if not ind.offending_ids:
                return ""
            kinds = entity(ind.record_kind).shown_plural().lower()
            return f"{format_number(len(ind.offending_ids), grouping=True)} {kinds}"
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 4):
            return ind.title if col == 0 else ind.thresholds
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col in (1, 3, 5) else LEFT)
        if col == 2 and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS[ind.status][0])
        if col == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS[ind.status][1])
        if role == StatusRole:
            return ind.status
        return None


class FlaggedRecordsModel(_ListTable):
    """The records an indicator flags and why: ids held, labels and reasons read a page at a time
    as Qt paints them (an indicator over a million records may flag tens of thousands)."""

    PAGE = 200

    @staticmethod
    def columns() -> tuple[str, ...]:
        return (translate("FlaggedRecordsModel", "Record"), translate("FlaggedRecordsModel", "Why flagged"))

    def __init__(self, inv: Inventory, parent: QObject | None = None):
        super().__init__(parent)
        self.inv = inv
        self.kind = ""
        self.ids: tuple[str, ...] = ()
        self._labels: dict[str, str] = {}
        self._reasons: dict[str, str] = {}
        self.explain: Callable[[Sequence[str]], dict[str, str]] | None = None

    def set_records(
        self, kind: str, ids: tuple[str, ...], explain: Callable[[Sequence[str]], dict[str, str]] | None = None
    ) -> None:
        """``explain(ids)``: why each of ``ids`` was flagged (the matrix's :func:`flag_reasons`)."""
        self.beginResetModel()
        self.kind = kind
        self.ids = ids
        self.explain = explain
        self._labels = {}
        self._reasons = {}
        self.endResetModel()

    def label(self, row: int) -> str:
        rid = self.ids[row]
        if rid not in self._labels:
            start = row - row % self.PAGE
            self._labels.update(record_labels(self.inv, self.kind, self.ids[start : start + self.PAGE]))
        return self._labels[rid]

    def reason(self, row: int) -> str:
        rid = self.ids[row]
        if self.explain is None:
            return ""
        if rid not in self._reasons:
            start = row - row % self.PAGE
            self._reasons.update(self.explain(self.ids[start : start + self.PAGE]))
        return self._reasons.get(rid, "")

    def record_id(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.label(index.row()) if index.column() == 0 else self.reason(index.row())
        if role == RecordIdRole:
            return self.ids[index.row()]
        return None

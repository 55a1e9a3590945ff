"""The editors a form is built of, one per field kind, and the label that shows a field's problems.

Each editor gives what is typed (``value()``) and shows a stored value (``set_value``) as the
officer writes it: numbers and dates in the officer's language, coordinates in decimal degrees
with their degrees-minutes-seconds beside, references by a label found as the user types.
"""

from __future__ import annotations

from typing import Any

from kpfield import i18n
from kpfield.domain import vocab
from kpfield.domain.coords import CoordinateError, accepted_forms, parse_angle
from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.entities import SIZE_CLASS_FIELDS, Field
from kpfield.domain.numbers import reading
from kpfield.domain.places import COUNTRIES, country_name, district_names
from kpfield.domain.validation import Problem
from kpfield.store import Inventory
from kpfield.ui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStringListModel,
    Qt,
    QWidget,
    Signal,
    translate,
)

# Pickers that only offer some kinds of licence.
_PICKER_LICENCE_KINDS = {
    ("production", "buyer_licence_id"): ("dealer", "exporter"),
    ("sale", "buyer_licence_id"): ("dealer", "exporter"),
    ("sale", "seller_licence_id"): (),
}


_GRID_FIELDS = frozenset(f.name for f in SIZE_CLASS_FIELDS)


def _number_text(value: Any) -> str:
    """A stored number as the officer types it: ``12,5`` in French (no thousands separators)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return i18n.format_number(value)
    return "" if value is None else str(value)


def _dms(value: float, axis: str) -> str:
    hemi = ("N" if value >= 0 else "S") if axis == "lat" else ("E" if value >= 0 else "W")
    total = round(abs(value) * 3600, 1)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{int(d)}°{int(m):02d}'{s:04.1f}\"{hemi}"


class FieldEditor(QWidget):
    """An editor for one field: ``value()`` gives what is typed, ``set_value`` shows a stored value."""

    edited = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


class LineEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.layout_.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.reading: QLabel | None = None
        if field.kind in ("int", "number"):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edit.setMaximumWidth(160)
            # how the number typed is read, as it is typed: "= 1 250,5", or both readings of "1,250";
            # a narrow cell of the size-class grid shows it as the field's tooltip instead
            self.reading = QLabel(self)
            self.reading.setObjectName("numberReading")
            self.layout_.addWidget(self.reading)
            self.reading.setVisible(field.name not in _GRID_FIELDS)
            self.layout_.addStretch(1)
            self.edit.textChanged.connect(self._show_reading)

    def _show_reading(self, text: str) -> None:
        if self.reading is None:
            return
        shown = reading(text)
        if shown == "= " + text.strip():
            shown = ""  # read exactly as typed: nothing to add
        self.reading.setText(shown)
        if self.field.name in _GRID_FIELDS:
            self.edit.setToolTip(shown)
        self.reading.setProperty("problem", "" if shown.startswith("=") or not shown else "error")
        self.reading.style().unpolish(self.reading)
        self.reading.style().polish(self.reading)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(_number_text(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class DistrictEditor(LineEditor):
    """A district typed freely, with the record's country's official list proposed as one types
    (and the names this inventory already holds there): any spelling already saved stays valid."""

    def __init__(self, field: Field, inv: Inventory, kind: str, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.inv = inv
        self.kind = kind
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.country: str | None = None

    def set_country(self, country: str | None) -> None:
        """Propose the districts of ``country`` (none when no country is chosen)."""
        if country == self.country:
            return
        self.country = country
        used = self.inv.filter_districts(self.kind, country) if country else []
        self.names.setStringList(district_names(country, used) if country else [])


class DateEditor(LineEditor):
    """Accepts 2026-01-15, 15/01/2026, 15.01.2026...; shows the date back as the officer's language
    writes it (``15/01/2026`` in French, ``2026-01-15`` in English)."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit.setPlaceholderText(i18n.date_hint())
        self.edit.setToolTip(
            translate("RecordDialog", "Type the day first: 15/01/2026, 15.01.26 or 15 January 2026; or 2026-01-15")
        )
        self.edit.setMaximumWidth(160)
        self.layout_.addStretch(1)
        self.edit.editingFinished.connect(self.normalise)

    def normalise(self) -> None:
        try:
            day = parse_date(self.edit.text())
        except (DateError, ValueError):
            return
        if self.edit.text() != i18n.format_date(day):
            self.edit.setText(i18n.format_date(day))
            self.edited.emit()

    def set_value(self, value: Any) -> None:
        self.edit.setText(i18n.format_date(value))


class CoordinateEditor(LineEditor):
    """Decimal degrees or degrees-minutes-seconds in; normalised decimal out, with the DMS beside."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.axis = "lat" if field.kind == "latitude" else "lon"
        example = i18n.format_number(8.6367) if self.axis == "lat" else i18n.format_number(-10.9675)
        dms = "N08°38.200'" if self.axis == "lat" else "W010°58.050'"
        self.edit.setPlaceholderText(translate("RecordDialog", "{decimal} or {dms}").format(decimal=example, dms=dms))
        self.edit.setToolTip(accepted_forms(self.axis))
        self.edit.setMaximumWidth(170)
        self.hint = QLabel(self)
        self.hint.setObjectName("coordHint")
        self.layout_.addWidget(self.hint)
        self.layout_.addStretch(1)
        self.edit.editingFinished.connect(self.normalise)

    def normalise(self) -> None:
        try:
            v = parse_angle(self.edit.text(), self.axis)
        except CoordinateError:
            self.hint.setText("")
            return
        text = i18n.format_number(v, 5)
        if self.edit.text() != text:
            self.edit.setText(text)
            self.edited.emit()
        self.hint.setText(_dms(v, self.axis))

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else i18n.format_number(value, 5))
        self.hint.setText("" if value is None else _dms(value, self.axis))


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("", None)
        if field.kind == "country":
            for code in COUNTRIES:
                self.combo.addItem(f"{code} · {country_name(code)}", code)
        else:
            for code in field.choices:
                self.combo.addItem(vocab.label(code), code)
        self.combo.setMaximumWidth(260)
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(i, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class ChoicesEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.boxes: dict[str, QCheckBox] = {}
        # two boxes a line: four roles on one line made the French person form ("titulaire de
        # permis", "agent d'acheteur"...) wider than its dialog, with a horizontal scrollbar
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for i, code in enumerate(field.choices):
            box = QCheckBox(vocab.label(code), self)
            box.toggled.connect(lambda _c: self.edited.emit())
            self.boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)
        if field.choices:
            self.setFocusProxy(self.boxes[field.choices[0]])

    def value(self) -> Any:
        return ",".join(c for c, b in self.boxes.items() if b.isChecked())

    def set_value(self, value: Any) -> None:
        codes = set(str(value or "").split(","))
        for c, b in self.boxes.items():
            b.setChecked(c in codes)


class RecordPicker(FieldEditor):
    """Type part of a name, number, code or village; pick from the list that appears."""

    def __init__(
        self, field: Field, inv: Inventory, licence_kinds: tuple[str, ...] = (), parent: QWidget | None = None
    ):
        super().__init__(field, parent)
        self.inv = inv
        self.kind = field.ref or ""
        self.licence_kinds = licence_kinds
        self.record_id: str | None = None
        self._labels: dict[str, str] = {}
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            {
                "person": translate("RecordDialog", "type to find a person…"),
                "organisation": translate("RecordDialog", "type to find an organisation…"),
                "licence": translate("RecordDialog", "type to find a licence…"),
                "site": translate("RecordDialog", "type to find a site…"),
            }.get(self.kind, translate("RecordDialog", "type to find a record…"))
        )
        self.edit.setClearButtonEnabled(True)
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the list is already what the search index matched; show it as it is
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.layout_.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated.connect(self._picked)

    def _typed(self, text: str) -> None:
        self.record_id = None
        matches = self.inv.lookup(self.kind, text, licence_kinds=self.licence_kinds)
        self._labels = {label: rid for rid, label in matches}
        self.completions.setStringList([label for _, label in matches])
        if text.strip() and matches:
            self.completer.complete()
        self.edited.emit()

    def _show(self, label: str) -> None:
        """Show a picked record's label from its start (a licence number, a name), not its end,
        where a label longer than the field left the cursor; the whole label in the tooltip."""
        self.edit.setText(label)
        self.edit.setCursorPosition(0)
        self.edit.setToolTip(label)

    def _picked(self, label: str) -> None:
        self.record_id = self._labels.get(label)
        self._show(label)
        self.edited.emit()

    def pick(self, record_id: str | None) -> None:
        self.record_id = record_id
        self._show(self.inv.record_label(self.kind, record_id))
        self.edited.emit()

    def value(self) -> Any:
        return self.record_id

    def set_value(self, value: Any) -> None:
        self.record_id = value
        self._show(self.inv.record_label(self.kind, value))

    def unpicked_text(self) -> bool:
        return bool(self.edit.text().strip()) and self.record_id is None

    def focus_widget(self) -> QWidget:
        return self.edit


def make_editor(kind: str, field: Field, inv: Inventory) -> FieldEditor:
    """The editor of ``field`` in a form of ``kind`` (a picker looks records up in ``inv``)."""
    if field.kind == "date":
        return DateEditor(field)
    if field.kind in ("latitude", "longitude"):
        return CoordinateEditor(field)
    if field.kind in ("choice", "country"):
        return ChoiceEditor(field)
    if field.kind == "choices":
        return ChoicesEditor(field)
    if field.kind == "ref":
        return RecordPicker(field, inv, _PICKER_LICENCE_KINDS.get((kind, field.name), ()))
    if field.name == "district":
        return DistrictEditor(field, inv, kind)
    return LineEditor(field)


class ProblemLabel(QLabel):
    """The problems of one field (or of the whole form) under it: errors in red, warnings in amber."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        if not problems:
            self.clear()
            self.hide()
            return
        severity = "error" if any(p.severity == "error" for p in problems) else "warning"
        self.setProperty("problem", severity)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText("\n".join(p.message for p in problems))
        self.show()

"""One form per record kind, built from the entity's fields and checked as the user types.

Validation is the inventory's own :meth:`Inventory.check` (the rules the command line and the
importers use), run a moment after each keystroke; its problems appear under their fields, errors
in red and warnings in amber. Enter saves, Esc cancels. A refused save writes nothing and keeps
the form open with every message shown.
"""

from __future__ import annotations

from typing import Any

from kpfield import i18n
from kpfield.domain import vocab
from kpfield.domain.coords import CoordinateError, parse_angle
from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.entities import SIZE_CLASS_FIELDS, Entity, Field, entity
from kpfield.domain.places import COUNTRIES, country_name
from kpfield.domain.validation import Problem, ValidationError, parse_number
from kpfield.store import InventoryError
from kpfield.store.duplicates import PossibleDuplicate, possible_duplicates
from kpfield.store.lookup import label_of, lookup
from kpfield.ui.actions import Editor
from kpfield.ui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStringListModel,
    Qt,
    QTimer,
    QVBoxLayout,
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

OPEN_EXISTING = 2  # dialog result: the user chose to open the record this one duplicates


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
        if field.kind in ("int", "number"):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edit.setMaximumWidth(160)
            self.layout_.addStretch(1)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(_number_text(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class DateEditor(LineEditor):
    """Accepts 2026-01-15, 15/01/2026, 15.01.2026...; shows the date back as the officer's language
    writes it (``15/01/2026`` in French, ``2026-01-15`` in English)."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit.setPlaceholderText(i18n.date_hint())
        self.edit.setToolTip(translate("RecordDialog", "Type the day first: 15/01/2026 or 15.01.2026; or 2026-01-15"))
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
        dms = "8°38'12\"N" if self.axis == "lat" else "10°58'03\"W"
        self.edit.setPlaceholderText(translate("RecordDialog", "{decimal} or {dms}").format(decimal=example, dms=dms))
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
        for code in field.choices:
            box = QCheckBox(vocab.label(code), self)
            box.toggled.connect(lambda _c: self.edited.emit())
            self.boxes[code] = box
            self.layout_.addWidget(box)
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

    def __init__(self, field: Field, conn: Any, licence_kinds: tuple[str, ...] = (), parent: QWidget | None = None):
        super().__init__(field, parent)
        self.conn = conn
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
        matches = lookup(self.conn, self.kind, text, licence_kinds=self.licence_kinds)
        self._labels = {label: rid for rid, label in matches}
        self.completions.setStringList([label for _, label in matches])
        if text.strip() and matches:
            self.completer.complete()
        self.edited.emit()

    def _picked(self, label: str) -> None:
        self.record_id = self._labels.get(label)
        self.edit.setText(label)
        self.edited.emit()

    def pick(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.edit.setText(label_of(self.conn, self.kind, record_id))
        self.edited.emit()

    def value(self) -> Any:
        return self.record_id

    def set_value(self, value: Any) -> None:
        self.record_id = value
        self.edit.setText(label_of(self.conn, self.kind, value))

    def unpicked_text(self) -> bool:
        return bool(self.edit.text().strip()) and self.record_id is None

    def focus_widget(self) -> QWidget:
        return self.edit


def make_editor(kind: str, field: Field, conn: Any) -> FieldEditor:
    if field.kind == "date":
        return DateEditor(field)
    if field.kind in ("latitude", "longitude"):
        return CoordinateEditor(field)
    if field.kind in ("choice", "country"):
        return ChoiceEditor(field)
    if field.kind == "choices":
        return ChoicesEditor(field)
    if field.kind == "ref":
        return RecordPicker(field, conn, _PICKER_LICENCE_KINDS.get((kind, field.name), ()))
    return LineEditor(field)


class ProblemLabel(QLabel):
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


class SizeClassGrid(QGroupBox):
    """The size-class breakdown: stones and carats per sieve class, with the totals checked."""

    def __init__(self, editors: dict[str, FieldEditor], parent: QWidget | None = None):
        super().__init__(translate("RecordDialog", "Size classes (optional)"), parent)
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel("<b>" + translate("RecordDialog", "Class") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + translate("RecordDialog", "Stones") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + translate("RecordDialog", "Carats") + "</b>"), 0, 2)
        for row, sc in enumerate(vocab.SIZE_CLASSES, start=1):
            n_col, ct_col = vocab.size_class_columns(sc.code)
            grid.addWidget(QLabel(sc.label), row, 0)
            for c, name in ((1, n_col), (2, ct_col)):
                ed = editors[name]
                ed.setMaximumWidth(90)
                grid.addWidget(ed, row, c)
        last = len(vocab.SIZE_CLASSES) + 1
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        grid.addWidget(self.total, last, 0, 1, 3)
        self.problem = ProblemLabel(self)
        grid.addWidget(self.problem, last + 1, 0, 1, 3)
        grid.setRowStretch(last + 2, 1)
        self.editors = editors

    def update_totals(self, stones: Any, carats: Any) -> None:
        n_sum, ct_sum, lines = 0, 0.0, 0
        for sc in vocab.SIZE_CLASSES:
            n_col, ct_col = vocab.size_class_columns(sc.code)
            n_text, ct_text = self.editors[n_col].value(), self.editors[ct_col].value()
            try:
                n = int(parse_number(n_text)) if str(n_text).strip() else 0
                ct = parse_number(ct_text) if str(ct_text).strip() else 0.0
            except ValueError:
                continue
            if n or ct:
                lines += 1
            n_sum += n
            ct_sum += ct
        if not lines:
            self.total.setText(translate("RecordDialog", "Totals: no size classes typed"))
            self.total.setProperty("problem", "")
        else:
            try:
                same = int(parse_number(stones)) == n_sum and abs(parse_number(carats) - ct_sum) <= 0.005 * lines
            except (TypeError, ValueError):
                same = False
            text = (
                translate("RecordDialog", "Totals: {stones} stones, {carats} ct: match the record")
                if same
                else translate(
                    "RecordDialog", "Totals: {stones} stones, {carats} ct: do not match the record's stones and carats"
                )
            )
            self.total.setText(text.format(stones=n_sum, carats=i18n.format_number(ct_sum, 2)))
            self.total.setProperty("problem", "" if same else "error")
        self.total.style().unpolish(self.total)
        self.total.style().polish(self.total)


class RecordDialog(QDialog):
    """New or existing record of one kind. ``saved_id`` is set when a save succeeded."""

    def __init__(self, editor: Editor, kind: str, record_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.inv = editor.inv
        self.ent: Entity = entity(kind)
        self.kind = kind
        self.record_id = record_id
        self.saved_id: str | None = None
        self.open_existing_id: str | None = None
        self.duplicates: list[PossibleDuplicate] = []
        self.touched: set[str] = set()
        self.record = self.inv.get(kind, record_id) if record_id else None
        self.setWindowTitle(
            translate("RecordDialog", "Edit: {kind}").format(kind=self.ent.shown_label())
            if record_id
            else translate("RecordDialog", "New: {kind}").format(kind=self.ent.shown_label())
        )
        self.editors: dict[str, FieldEditor] = {}
        self.problems: dict[str, ProblemLabel] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.validate)
        self._loading = True
        self._build()
        if self.record:
            for name, ed in self.editors.items():
                ed.set_value(self.record[name])
        elif kind in ("person", "organisation", "licence", "site"):
            ed = self.editors.get("country")
            if isinstance(ed, ChoiceEditor):
                ed.set_value(self.inv.identity.country)
        self._loading = False
        self.validate()

    # ---- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = QFrame(self)
        self.banner.setObjectName("duplicateBanner")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.open_existing = QPushButton(translate("RecordDialog", "Open existing record"), self.banner)
        self.open_existing.setAutoDefault(False)
        self.open_existing.clicked.connect(self._open_existing)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.open_existing)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.general = ProblemLabel(self)
        outer.addWidget(self.general)

        body = QHBoxLayout()
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        size_names = {f.name for f in SIZE_CLASS_FIELDS}
        for f in self.ent.fields:
            ed = make_editor(self.kind, f, self.inv.conn)
            ed.edited.connect(lambda name=f.name: self._edited(name))
            self.editors[f.name] = ed
            if f.name in size_names:
                continue
            cell = QWidget(form_host)
            col = QVBoxLayout(cell)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(ed)
            problem = ProblemLabel(cell)
            col.addWidget(problem)
            self.problems[f.name] = problem
            label = QLabel(self.ent.label_of(f.name) + (" *" if f.required else ""), form_host)
            label.setBuddy(ed.focus_widget())
            form.addRow(label, cell)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)
        body.addWidget(scroll, 3)
        self.grid: SizeClassGrid | None = None
        if self.kind == "production":
            self.grid = SizeClassGrid({n: self.editors[n] for n in size_names}, self)
            body.addWidget(self.grid, 2)
        outer.addLayout(body, 1)

        note = QLabel(translate("RecordDialog", "* required. Enter saves, Esc cancels."), self)
        note.setObjectName("pageCount")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(translate("RecordDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(note, 1)
        foot.addWidget(buttons)
        outer.addLayout(foot)
        self.resize(980 if self.kind == "production" else 640, 640)

    # ---- validation ------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: ed.value() for name, ed in self.editors.items()}

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.touched.add(name)
        self.timer.start()

    def validate(self, show_all: bool = False) -> list[Problem]:
        """Check what is typed now; show the problems of fields touched (or of all fields)."""
        _, problems = self.inv.check(self.kind, self.values(), self.record_id)
        for name, ed in self.editors.items():
            if isinstance(ed, RecordPicker) and ed.unpicked_text():
                problems = [p for p in problems if p.field != name]
                problems.append(
                    Problem(
                        name,
                        translate(
                            "RecordDialog", "{label}: choose one from the list (type part of its name, number or code)"
                        ).format(label=self.ent.label_of(name)),
                    )
                )
        by_field: dict[str, list[Problem]] = {}
        general: list[Problem] = []
        for p in problems:
            if p.field in self.problems:
                by_field.setdefault(p.field, []).append(p)
            elif not (self.grid is not None and p.field.startswith("sc_")):
                general.append(p)
        for name, label in self.problems.items():
            shown = by_field.get(name, []) if (show_all or name in self.touched or self._whole_record(name)) else []
            label.show_problems(shown)
        self.general.show_problems(general if (show_all or self.touched) else [])
        if self.grid is not None:
            v = self.values()
            self.grid.update_totals(v.get("stones"), v.get("carats"))
            grid_problems = [p for p in problems if p.field.startswith("sc_")]
            self.grid.problem.show_problems(grid_problems if (show_all or self.touched) else [])
        if self.record_id is None and self.kind in ("person", "site"):
            self._check_duplicates()
        return problems

    def _whole_record(self, name: str) -> bool:
        # cross-field rules (size-class totals, buyer name vs licence) concern fields the user may
        # not have touched; show them once any field of the rule was edited
        return bool(self.touched) and name in ("stones", "carats", "buyer_name", "expires_on")

    def _check_duplicates(self) -> None:
        self.duplicates = possible_duplicates(self.inv.conn, self.kind, self.values())
        if not self.duplicates:
            self.banner.hide()
            return
        first = self.duplicates[0]
        text = translate(
            "RecordDialog",
            "This record may already be there: <b>{name}</b>, {reason}. You can still save a new record.",
        ).format(name=first.label, reason=first.reason)
        if len(self.duplicates) > 1:
            text += " " + translate("RecordDialog", "(Other possible matches: {n}.)").format(n=len(self.duplicates) - 1)
        self.banner_text.setText(text)
        self.banner.show()

    def _open_existing(self) -> None:
        if self.duplicates:
            self.open_existing_id = self.duplicates[0].id
            self.done(OPEN_EXISTING)

    # ---- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save through the inventory; on refusal show every problem, keep the form, write nothing."""
        for ed in self.editors.values():
            if isinstance(ed, (DateEditor, CoordinateEditor)):
                ed.normalise()
        problems = self.validate(show_all=True)
        if any(p.severity == "error" for p in problems):
            self._focus_first_error(problems)
            return False
        try:
            if self.record_id is None:
                saved = self.editor.add(self.kind, self.values())
            else:
                version = self.record["version"] if self.record else None
                saved = self.editor.update(self.kind, self.record_id, self.values(), expected_version=version)
        except ValidationError as e:
            self.general.show_problems(e.problems)
            self._focus_first_error(e.problems)
            return False
        except InventoryError as e:
            self.general.show_problems([Problem("", str(e))])
            return False
        self.saved_id = saved.id
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)

    def _focus_first_error(self, problems: list[Problem]) -> None:
        for p in problems:
            if p.severity == "error" and p.field in self.editors:
                self.editors[p.field].focus_widget().setFocus()
                return

    @classmethod
    def ask(
        cls, editor: Editor, kind: str, record_id: str | None = None, parent: QWidget | None = None
    ) -> RecordDialog:
        """Show the form and wait; returns the dialog (``saved_id``, ``open_existing_id``)."""
        dialog = cls(editor, kind, record_id, parent)
        dialog.exec()
        return dialog

"""One form per record kind, built from the entity's fields and checked as the user types.

Validation is the inventory's own :meth:`Inventory.check` (the rules the command line and the
importers use), run a moment after each keystroke; its problems appear under their fields, errors
in red and warnings in amber. Enter saves, Esc cancels. A refused save writes nothing and keeps
the form open with every message shown. :class:`CheckedForm` is that behaviour, shared with the
Challenge matrix page's self-assessment form.

The forms are made for the keyboard: the first field has the focus when a form opens, Tab visits
the fields in the order shown (then the size-class grid, then Save and Cancel) and nothing else,
and Esc asks before throwing away what was typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kpfield import i18n
from kpfield.domain import vocab
from kpfield.domain.entities import SIZE_CLASS_FIELDS, Entity, entity
from kpfield.domain.places import DISTRICT_LEVELS, district_level
from kpfield.domain.validation import Problem, ValidationError, parse_number
from kpfield.store import InventoryError
from kpfield.store.duplicates import PossibleDuplicate
from kpfield.store.inventory import Saved
from kpfield.ui.actions import Editor
from kpfield.ui.qt import (
    QCloseEvent,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QShowEvent,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    translate,
)

from .fields import (
    ChoiceEditor,
    ChoicesEditor,
    CoordinateEditor,
    DateEditor,
    DistrictEditor,
    FieldEditor,
    ProblemLabel,
    RecordPicker,
    make_editor,
)

OPEN_EXISTING = 2  # dialog result: the user chose to open the record this one duplicates


class CheckedForm:
    """A record form checked as the user types and saved through the :class:`Editor`; mixed into
    a Qt widget (after its Qt class).

    The widget sets ``editor``, ``kind``, ``editors`` (field name: its editor widget), ``problems``
    (field name: the :class:`ProblemLabel` under it) and ``general`` (problems of no field shown),
    calls :meth:`check_as_typed` once, and gives ``validate(show_all)``, which checks what is typed
    and shows the problems with :meth:`show_problems`.
    """

    editor: Editor
    kind: str
    editors: Mapping[str, QWidget]
    problems: dict[str, ProblemLabel]
    general: ProblemLabel
    touched: set[str]
    timer: QTimer
    _loading: bool

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def validate(self, show_all: bool = False) -> list[Problem]:
        raise NotImplementedError

    def check_as_typed(self) -> None:
        """Validate a moment after each edit (see :meth:`_edited`), not on every keystroke."""
        self.touched = set()
        self._loading = False
        self.timer = QTimer(self)  # type: ignore[arg-type]  # self is the widget this is mixed into
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.validate)

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.touched.add(name)
        self.timer.start()

    def _shown_anyway(self, name: str) -> bool:
        """Whether the problems of field ``name`` show before the user touched it."""
        return False

    def _shown_elsewhere(self, problem: Problem) -> bool:
        """Whether a problem of no labelled field is shown by another part of the form."""
        return False

    def show_problems(self, problems: list[Problem], show_all: bool) -> None:
        """Each problem under its field once the field was touched (every one with ``show_all``),
        and those of no field above the form once anything was touched."""
        by_field: dict[str, list[Problem]] = {}
        general: list[Problem] = []
        for p in problems:
            if p.field in self.problems:
                by_field.setdefault(p.field, []).append(p)
            elif not self._shown_elsewhere(p):
                general.append(p)
        for name, label in self.problems.items():
            shown = show_all or name in self.touched or self._shown_anyway(name)
            label.show_problems(by_field.get(name, []) if shown else [])
        self.general.show_problems(general if (show_all or self.touched) else [])

    def _show_refusal(self, problems: list[Problem]) -> None:
        """Show why the inventory refused a save the form had found sound."""
        self.show_problems(problems, True)

    def save_record(self, record_id: str | None, version: int | None) -> Saved | None:
        """Save what is typed through the editor (one audited, undoable change): a new record when
        ``record_id`` is None, else an update refused if the record is no longer at ``version``.
        When the form or the inventory refuses, every message shows, the first field in error
        takes the focus, nothing is written, and None is returned."""
        problems = self.validate(show_all=True)
        if any(p.severity == "error" for p in problems):
            self._focus_first_error(problems)
            return None
        try:
            if record_id is None:
                return self.editor.add(self.kind, self.values())
            return self.editor.update(self.kind, record_id, self.values(), expected_version=version)
        except ValidationError as e:
            self._show_refusal(e.problems)
            self._focus_first_error(e.problems)
        except InventoryError as e:
            self.general.show_problems([Problem("", str(e))])
        return None

    def _focus_first_error(self, problems: list[Problem]) -> None:
        for p in problems:
            if p.severity == "error" and p.field in self.editors:
                w = self.editors[p.field]
                (w.focus_widget() if isinstance(w, FieldEditor) else w).setFocus()
                return


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


class RecordDialog(QDialog, CheckedForm):
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
        self.record = self.inv.get(kind, record_id) if record_id else None
        self.setWindowTitle(
            translate("RecordDialog", "Edit: {kind}").format(kind=self.ent.shown_label())
            if record_id
            else translate("RecordDialog", "New: {kind}").format(kind=self.ent.shown_label())
        )
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, ProblemLabel] = {}
        self.check_as_typed()
        self._loading = True
        self._build()
        if self.record:
            for name, ed in self.editors.items():
                ed.set_value(self.record[name])
        elif kind in ("person", "organisation", "licence", "site"):
            country = self.editors.get("country")
            if isinstance(country, ChoiceEditor):
                country.set_value(self.inv.identity.country)
        country_editor = self.editors.get("country")
        if isinstance(self.editors.get("district"), DistrictEditor) and country_editor is not None:
            country_editor.edited.connect(self._country_chosen)
            self._country_chosen()
        self._loading = False
        self.initial = self.values()  # what the form showed on opening: Esc asks only when it changed
        self._focused_once = False
        self._ask_on_reject = True
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
            ed = make_editor(self.kind, f, self.inv)
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
            self.labels[f.name] = label
            form.addRow(label, cell)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # the scroll area itself is no tab stop (an invisible one between the fields and the grid)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(note, 1)
        foot.addWidget(buttons)
        outer.addLayout(foot)
        self.resize(980 if self.kind == "production" else 640, 640)
        self._set_tab_order()

    def _country_chosen(self) -> None:
        """The district's label and proposed names follow the record's country: Préfecture and
        Guinea's préfectures, County and Liberia's counties..."""
        country = self.editors["country"].value()
        district = self.editors["district"]
        assert isinstance(district, DistrictEditor)
        district.set_country(country)
        label = district_level(country) if country in DISTRICT_LEVELS else self.ent.label_of("district")
        self.labels["district"].setText(label + (" *" if district.field.required else ""))

    def tab_stops(self) -> list[QWidget]:
        """The widgets Tab visits, in order: each field as shown (every box of a multiple choice),
        the size-class grid row by row, then Save and Cancel."""
        stops: list[QWidget] = []
        for f in self.ent.fields:
            ed = self.editors[f.name]
            if isinstance(ed, ChoicesEditor):
                stops.extend(ed.boxes.values())
            else:
                stops.append(ed.focus_widget())
        # the grid's editors are fields too, after the form's in the entity's order (stones, carats per class)
        stops.sort(key=lambda w: 1 if self.grid is not None and self.grid.isAncestorOf(w) else 0)
        return [*stops, self.save_button, self.cancel_button]

    def _set_tab_order(self) -> None:
        stops = self.tab_stops()
        for a, b in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def first_field(self) -> QWidget:
        return self.tab_stops()[0]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            # typing starts in the first field, not on Save
            self._focused_once = True
            self.first_field().setFocus(Qt.FocusReason.TabFocusReason)

    # ---- validation ------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: ed.value() for name, ed in self.editors.items()}

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
        self.show_problems(problems, show_all)
        if self.grid is not None:
            v = self.values()
            self.grid.update_totals(v.get("stones"), v.get("carats"))
            grid_problems = [p for p in problems if p.field.startswith("sc_")]
            self.grid.problem.show_problems(grid_problems if (show_all or self.touched) else [])
        if self.record_id is None and self.kind in ("person", "site"):
            self._check_duplicates()
        return problems

    def _shown_anyway(self, name: str) -> bool:
        # cross-field rules (size-class totals, buyer name vs licence) concern fields the user may
        # not have touched; show them once any field of the rule was edited
        return bool(self.touched) and name in ("stones", "carats", "buyer_name", "expires_on")

    def _shown_elsewhere(self, problem: Problem) -> bool:
        return self.grid is not None and problem.field.startswith("sc_")  # under the size-class grid

    def _check_duplicates(self) -> None:
        self.duplicates = self.inv.possible_duplicates(self.kind, self.values())
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
        saved = self.save_record(self.record_id, self.record["version"] if self.record else None)
        if saved is None:
            return False
        self.saved_id = saved.id
        self.accept()
        return True

    def _show_refusal(self, problems: list[Problem]) -> None:
        self.general.show_problems(problems)  # above the form: the field may be scrolled out of view

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)

    def typed_something(self) -> bool:
        """Whether the form holds anything else than it showed on opening."""
        return self.values() != self.initial or any(
            isinstance(ed, RecordPicker) and ed.unpicked_text() for ed in self.editors.values()
        )

    def reject(self) -> None:
        """Esc, Cancel or closing the window: ask first when something was typed."""
        if self._ask_on_reject and self.typed_something() and not self.confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # the user closing the window asks like Esc; the program closing it (quitting) does not
        self._ask_on_reject = event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._ask_on_reject = True

    def confirm_discard(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(translate("RecordDialog", "Throw away what you typed in this form?"))
        box.setInformativeText(translate("RecordDialog", "Nothing of it has been saved."))
        discard = box.addButton(translate("RecordDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("RecordDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    @classmethod
    def ask(
        cls, editor: Editor, kind: str, record_id: str | None = None, parent: QWidget | None = None
    ) -> RecordDialog:
        """Show the form and wait; returns the dialog (``saved_id``, ``open_existing_id``)."""
        dialog = cls(editor, kind, record_id, parent)
        dialog.exec()
        return dialog

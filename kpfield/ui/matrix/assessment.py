"""The self-assessment form of the Challenge matrix page: a country's score of one row for one
half-year, with its evidence, gap, action, owner and due date.

It is checked and saved as the record forms are (:class:`kpfield.ui.records.forms.CheckedForm`):
through the window's :class:`Editor`, so a save is audited and undone like every other.
"""

from __future__ import annotations

from typing import Any

from kpfield.domain import vocab
from kpfield.domain.entities import Field, entity
from kpfield.domain.places import COUNTRIES, country_name
from kpfield.domain.validation import Problem
from kpfield.i18n import language
from kpfield.matrix import Matrix, assessments
from kpfield.ui.actions import Editor
from kpfield.ui.models import format_timestamp
from kpfield.ui.qt import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from kpfield.ui.records.fields import DateEditor, ProblemLabel
from kpfield.ui.records.forms import CheckedForm


class AssessmentForm(QFrame, CheckedForm):
    """A country's self-assessment of one row for one period, saved as a ``self_assessment`` record."""

    def __init__(self, editor: Editor, matrix: Matrix, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.editor = editor
        self.inv = editor.inv
        self.kind = "self_assessment"
        self.matrix = matrix
        self.ent = entity("self_assessment")
        self.key: tuple[str, str, str] | None = None  # country, period, row id
        self.record: dict[str, Any] | None = None

        outer = QVBoxLayout(self)
        self.title = QLabel(
            translate("AssessmentForm", "Select a cell of the heat map to assess its row for its country."), self
        )
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        # the row's description scrolls with the form: at 150 % scaling it would leave no room
        self.description = QLabel(host)
        self.description.setWordWrap(True)
        self.description.setObjectName("pageCount")
        column.addWidget(self.description)
        form = QFormLayout()
        column.addLayout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.score = QComboBox(host)
        self.score.addItem("", None)
        for g in vocab.ASSESSMENT_GRADES:
            self.score.addItem(g, g)
            self.score.setItemData(
                self.score.count() - 1, matrix.grade_meaning(g, language()), Qt.ItemDataRole.ToolTipRole
            )
        self.score.setMaximumWidth(80)
        self.meaning = QLabel(host)
        self.meaning.setWordWrap(True)
        self.evidence = QPlainTextEdit(host)
        self.gap = QPlainTextEdit(host)
        self.action = QPlainTextEdit(host)
        for ed in (self.evidence, self.gap, self.action):
            ed.setTabChangesFocus(True)
            ed.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.owner = QLineEdit(host)
        self.due_on = DateEditor(_field("due_on"), host)
        self.editors: dict[str, QWidget] = {
            "score": self.score,
            "evidence": self.evidence,
            "gap": self.gap,
            "action": self.action,
            "owner": self.owner,
            "due_on": self.due_on,
        }
        self.problems: dict[str, ProblemLabel] = {}
        for name, widget in self.editors.items():
            cell = QWidget(host)
            col = QVBoxLayout(cell)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(widget)
            if name == "score":
                col.addWidget(self.meaning)
            problem = ProblemLabel(cell)
            col.addWidget(problem)
            self.problems[name] = problem
            f = _field(name)
            label = QLabel(entity("self_assessment").label_of(f.name) + (" *" if f.required else ""), host)
            label.setBuddy(widget)
            form.addRow(label, cell)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)
        self.general = ProblemLabel(self)
        outer.addWidget(self.general)
        self.earlier = QLabel(self)
        self.earlier.setObjectName("pageCount")
        self.earlier.setWordWrap(True)
        outer.addWidget(self.earlier)
        row = QHBoxLayout()
        self.state = QLabel(self)
        self.state.setObjectName("pageCount")
        self.save_button = QPushButton(translate("AssessmentForm", "Save assessment"), self)
        self.revert_button = QPushButton(translate("AssessmentForm", "Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        # the state on a line of its own: beside the buttons, the narrow panel cut it and them in French
        self.state.setWordWrap(True)
        outer.addWidget(self.state)
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)

        self.check_as_typed()
        self.score.currentIndexChanged.connect(lambda _i: self._edited("score"))
        for name in ("evidence", "gap", "action"):
            self.editors[name].textChanged.connect(lambda name=name: self._edited(name))  # type: ignore[attr-defined]
        self.owner.textEdited.connect(lambda _t: self._edited("owner"))
        self.due_on.edited.connect(lambda: self._edited("due_on"))
        self.show_row(None, None, None, ())

    # ---- what is shown ---------------------------------------------------------------------------

    def show_row(
        self, country: str | None, period: str | None, row_id: str | None, earlier: tuple[tuple[str, str], ...]
    ) -> None:
        """Load the assessment of ``row_id`` for ``country`` and ``period`` (None: nothing selected)."""
        self.key = (country, period, row_id) if country and period and row_id else None
        enabled = self.key is not None
        for w in (*self.editors.values(), self.save_button, self.revert_button):
            w.setEnabled(enabled)
        if self.key is None:
            self.title.setText(
                translate("AssessmentForm", "Select a cell of the heat map to assess its row for its country.")
            )
            self.description.setText("")
            self.earlier.setText("")
            self.record = None
            self._fill(None)
            return
        row = self.matrix.row(row_id or "")
        name = country_name(country) if country in COUNTRIES else country
        self.title.setText(
            translate("AssessmentForm", "Self-assessment: {row}, {country}, {period}").format(
                row=row.title(language()), country=name, period=period
            )
        )
        self.description.setText(
            translate("AssessmentForm", "{description}\nBasis: {basis}").format(
                description=row.description, basis=row.basis
            )
        )
        self.earlier.setText(
            translate("AssessmentForm", "Earlier scores: {scores}").format(
                scores=", ".join(f"{p} {s}" for p, s in earlier)
            )
            if earlier
            else translate("AssessmentForm", "No earlier assessment.")
        )
        self.reload()

    def reload(self) -> None:
        self.record = self._find() if self.key else None
        self._fill(self.record)

    def _find(self) -> dict[str, Any] | None:
        assert self.key is not None
        return assessments.find(self.inv, *self.key)

    def _fill(self, record: dict[str, Any] | None) -> None:
        self._loading = True
        r = record or {}
        self.score.setCurrentIndex(max(0, self.score.findData(r.get("score"))))
        for name in ("evidence", "gap", "action"):
            self.editors[name].setPlainText(r.get(name) or "")  # type: ignore[attr-defined]
        self.owner.setText(r.get("owner") or "")
        self.due_on.set_value(r.get("due_on"))
        self._loading = False
        self.touched.clear()
        self._show_meaning()
        self.validate()
        if self.key is None:
            self.state.setText("")
        elif record is None:
            self.state.setText(translate("AssessmentForm", "Not assessed yet for this period."))
        else:
            self.state.setText(
                translate("AssessmentForm", "Saved {when} UTC").format(when=format_timestamp(record["modified_at"]))
            )

    def _show_meaning(self) -> None:
        g = self.score.currentData()
        self.meaning.setText(
            self.matrix.grade_meaning(g, language()) if g else translate("AssessmentForm", "Choose A (best) to D.")
        )

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        if name == "score":
            self._show_meaning()
        self.state.setText(translate("AssessmentForm", "Not saved"))
        super()._edited(name)

    # ---- validation and saving -------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        assert self.key is not None
        country, period, row_id = self.key
        return {
            "country": country,
            "period": period,
            "row_id": row_id,
            "score": self.score.currentData(),
            "evidence": self.evidence.toPlainText(),
            "gap": self.gap.toPlainText(),
            "action": self.action.toPlainText(),
            "owner": self.owner.text(),
            "due_on": self.due_on.value(),
        }

    def validate(self, show_all: bool = False) -> list[Problem]:
        """The inventory's own rules on what is typed; messages under the fields touched."""
        if self.key is None:
            for label in self.problems.values():
                label.show_problems([])
            self.general.show_problems([])
            return []
        _, problems = self.inv.check("self_assessment", self.values(), self.record["id"] if self.record else None)
        self.show_problems(problems, show_all)
        return problems

    def save(self) -> bool:
        """Save through the inventory (one audited, undoable change); on refusal show why."""
        if self.key is None:
            return False
        self.timer.stop()
        self.due_on.normalise()
        if self.record is None:
            saved = self.save_record(None, None)
        else:
            saved = self.save_record(self.record["id"], self.record["version"])
        # on success the editor's ``changed`` signal has reloaded the form by now
        return saved is not None


def _field(name: str) -> Field:
    return next(f for f in entity("self_assessment").fields if f.name == name)

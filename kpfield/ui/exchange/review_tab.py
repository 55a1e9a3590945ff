"""The Exchange page's Review tab: what an import left for a person to decide.

Open conflicts (the same field changed differently here and in an officer's workbook) are settled
by keeping ours, taking theirs or typing the right value; probable duplicates are merged or
dismissed. Each goes through the same service as ``kpfield resolve`` and is audited.
"""

from __future__ import annotations

from typing import Any

from kpfield.domain.entities import entity
from kpfield.domain.validation import ValidationError
from kpfield.exchange.merge import DELETED
from kpfield.exchange.review import (
    Conflict,
    Duplicate,
    dismiss_duplicate,
    merge_records,
    open_conflicts,
    open_duplicates,
    resolve_conflict,
    settled_automatically,
    side_text,
    value_text,
)
from kpfield.store import Inventory, InventoryError
from kpfield.ui.models import format_timestamp
from kpfield.ui.qt import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

from .tables import RowsModel, table_view


def field_label(kind: str, name: str) -> str:
    """A conflict's field as the officer reads it (its label, or "Deleted" for the record's deletion)."""
    if name == DELETED:
        return translate("ExchangePage", "Deleted")
    try:
        return entity(kind).label_of(name)
    except KeyError:
        return name


def _when(record: dict[str, Any]) -> str:
    at = str(record.get("modified_at") or "")
    if not at:
        return ""
    return translate("ReviewTab", "{when} UTC, version {version}").format(
        when=format_timestamp(at), version=record.get("version")
    )


class ReviewTab(QWidget):
    """Open conflicts (base, ours, theirs) and probable duplicates, side by side."""

    changed = Signal()

    def __init__(self, inv: Inventory, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = inv
        self.conflicts: list[Conflict] = []
        self.duplicates: list[Duplicate] = []
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)

        box = QGroupBox(
            translate("ReviewTab", "Open conflicts: the same field changed differently on both sides"), split
        )
        col = QVBoxLayout(box)
        self.conflicts_model = RowsModel(
            [
                translate("ReviewTab", "No."),
                translate("ReviewTab", "Record"),
                translate("ReviewTab", "Field"),
                translate("ReviewTab", "Both started from"),
                translate("ReviewTab", "Ours (here)"),
                translate("ReviewTab", "Changed here by"),
                translate("ReviewTab", "Theirs (incoming)"),
                translate("ReviewTab", "Received from"),
            ],
            numeric=(0,),
            parent=self,
        )
        self.conflicts_view = table_view(self.conflicts_model, box, (40, 230, 110, 90, 90, 170, 90))
        col.addWidget(self.conflicts_view, 1)
        row = QHBoxLayout()
        self.ours_button = QPushButton(translate("ReviewTab", "Keep ours"), box)
        self.theirs_button = QPushButton(translate("ReviewTab", "Take theirs"), box)
        self.value_edit = QLineEdit(box)
        self.value_edit.setPlaceholderText(translate("ReviewTab", "or type the right value"))
        self.value_button = QPushButton(translate("ReviewTab", "Use this value"), box)
        for w in (self.ours_button, self.theirs_button):
            row.addWidget(w)
        row.addSpacing(12)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.value_button)
        col.addLayout(row)
        split.addWidget(box)

        box = QGroupBox(
            translate("ReviewTab", "Settled automatically: case, accents or spaces alone, to the most recent spelling"),
            split,
        )
        col = QVBoxLayout(box)
        self.automatic_model = RowsModel(
            [
                translate("ReviewTab", "No."),
                translate("ReviewTab", "Record"),
                translate("ReviewTab", "Field"),
                translate("ReviewTab", "Ours (here)"),
                translate("ReviewTab", "Theirs (incoming)"),
                translate("ReviewTab", "Kept"),
            ],
            numeric=(0,),
            parent=self,
        )
        self.automatic_view = table_view(self.automatic_model, box, (40, 230, 110, 120, 120))
        self.automatic_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        col.addWidget(self.automatic_view, 1)
        split.addWidget(box)

        box = QGroupBox(translate("ReviewTab", "Probable duplicates: two records that may be one"), split)
        grid = QHBoxLayout(box)
        self.duplicates_model = RowsModel(
            [
                translate("ReviewTab", "No."),
                translate("ReviewTab", "Kind"),
                translate("ReviewTab", "Record A"),
                translate("ReviewTab", "Record B"),
                translate("ReviewTab", "Why"),
            ],
            numeric=(0,),
            parent=self,
        )
        self.duplicates_view = table_view(self.duplicates_model, box, (40, 65, 135, 135))
        grid.addWidget(self.duplicates_view, 2)
        right = QVBoxLayout()
        self.sides_model = RowsModel(
            [translate("ReviewTab", "Field"), translate("ReviewTab", "Record A"), translate("ReviewTab", "Record B")],
            parent=self,
        )
        self.sides_view = table_view(self.sides_model, box, (120, 210))
        self.sides_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        right.addWidget(self.sides_view, 1)
        buttons = QHBoxLayout()
        self.merge_a_button = QPushButton(translate("ReviewTab", "Merge, keep A"), box)
        self.merge_b_button = QPushButton(translate("ReviewTab", "Merge, keep B"), box)
        self.dismiss_button = QPushButton(translate("ReviewTab", "Not the same: dismiss"), box)
        for w in (self.merge_a_button, self.merge_b_button, self.dismiss_button):
            buttons.addWidget(w)
        right.addLayout(buttons)
        grid.addLayout(right, 3)
        split.addWidget(box)
        split.setSizes([200, 90, 300])
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.message = QLabel(self)
        self.message.setObjectName("exchangeMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        self.ours_button.clicked.connect(lambda _c=False: self.resolve("ours"))
        self.theirs_button.clicked.connect(lambda _c=False: self.resolve("theirs"))
        self.value_button.clicked.connect(lambda _c=False: self.resolve("value"))
        self.value_edit.returnPressed.connect(lambda: self.resolve("value"))
        self.merge_a_button.clicked.connect(lambda _c=False: self.merge(keep_a=True))
        self.merge_b_button.clicked.connect(lambda _c=False: self.merge(keep_a=False))
        self.dismiss_button.clicked.connect(lambda _c=False: self.dismiss())
        self.conflicts_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.duplicates_view.selectionModel().selectionChanged.connect(lambda *_a: self._show_sides())
        self.reload()

    def reload(self) -> None:
        inv = self.inv
        self.conflicts = open_conflicts(inv)
        self.duplicates = open_duplicates(inv)
        self.conflicts_model.set_rows(
            [
                [
                    str(c.id),
                    f"{entity(c.kind).shown_label()} {c.label or c.record_id}",
                    field_label(c.kind, c.field),
                    "" if c.base is None else value_text(inv, c.kind, c.field, c.base),
                    value_text(inv, c.kind, c.field, c.ours),
                    side_text(c.ours_by, c.ours_at),
                    value_text(inv, c.kind, c.field, c.theirs),
                    translate("ReviewTab", "{side} ({file})").format(
                        side=side_text(c.theirs_by, c.theirs_at), file=c.file or c.peer or "?"
                    ),
                ]
                for c in self.conflicts
            ],
            [
                translate("ReviewTab", "{label}: {kind} {record}, conflict {conflict} of {when} UTC").format(
                    label=c.label, kind=c.kind, record=c.record_id, conflict=c.id, when=format_timestamp(c.at)
                )
                for c in self.conflicts
            ],
        )
        automatic = settled_automatically(inv)
        self.automatic_model.set_rows(
            [
                [
                    str(c.id),
                    f"{entity(c.kind).shown_label()} {c.label or c.record_id}",
                    field_label(c.kind, c.field),
                    value_text(inv, c.kind, c.field, c.ours),
                    value_text(inv, c.kind, c.field, c.theirs),
                    translate("ReviewTab", "received")
                    if "(theirs)" in (c.resolution or "")
                    else translate("ReviewTab", "ours"),
                ]
                for c in automatic
            ],
            [f"{c.kind} {c.record_id}: {c.resolution}" for c in automatic],
        )
        self.duplicates_model.set_rows(
            [[str(d.id), entity(d.kind).shown_label(), d.a_label, d.b_label, d.why] for d in self.duplicates],
            [f"{d.a} / {d.b}" for d in self.duplicates],
        )
        if self.conflicts:
            self.conflicts_view.selectRow(0)
        if self.duplicates:
            self.duplicates_view.selectRow(0)
        self._show_sides()
        self._update_buttons()

    def current_conflict(self) -> Conflict | None:
        rows = self.conflicts_view.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def current_duplicate(self) -> Duplicate | None:
        rows = self.duplicates_view.selectionModel().selectedRows()
        return self.duplicates[rows[0].row()] if rows and rows[0].row() < len(self.duplicates) else None

    def _update_buttons(self) -> None:
        has = self.current_conflict() is not None
        for w in (self.ours_button, self.theirs_button, self.value_button, self.value_edit):
            w.setEnabled(has)
        dup = self.current_duplicate() is not None
        for w in (self.merge_a_button, self.merge_b_button, self.dismiss_button):
            w.setEnabled(dup)

    def _show_sides(self) -> None:
        d = self.current_duplicate()
        rows: list[list[str]] = []
        differ: set[int] = set()
        if d is not None:
            ent = entity(d.kind)
            a = self.inv.get(d.kind, d.a, include_deleted=True) or {}
            b = self.inv.get(d.kind, d.b, include_deleted=True) or {}
            for f in ent.fields:
                va, vb = a.get(f.name), b.get(f.name)
                if va in (None, "") and vb in (None, ""):
                    continue
                if va != vb:
                    differ.add(len(rows))
                rows.append([ent.label_of(f.name), "" if va is None else str(va), "" if vb is None else str(vb)])
            rows.append([translate("ReviewTab", "Last changed"), _when(a), _when(b)])
            rows.append(
                [
                    translate("ReviewTab", "Installation"),
                    self.inv.sync.officer_name(a.get("origin")) or "",
                    self.inv.sync.officer_name(b.get("origin")) or "",
                ]
            )
        self.sides_model.set_rows(rows, marked=differ)
        self._update_buttons()

    def _after(self, message: str) -> None:
        self.message.setText(message)
        self.value_edit.clear()
        self.reload()
        self.changed.emit()

    def resolve(self, choice: str) -> str | None:
        c = self.current_conflict()
        if c is None:
            return None
        value = self.value_edit.text().strip() if choice == "value" else None
        if choice == "value" and not value:
            self.message.setText(
                translate("ReviewTab", "Type the value to keep first, or choose Keep ours or Take theirs.")
            )
            return None
        try:
            done = resolve_conflict(self.inv, c.id, choice, value)
        except (ValidationError, InventoryError, ValueError) as e:
            self.message.setText(translate("ReviewTab", "Not settled: {error}").format(error=e))
            return None
        self._after(
            translate("ReviewTab", "Conflict settled ({field}): {result}").format(
                field=field_label(c.kind, c.field), result=done
            )
        )
        return done

    def merge(self, *, keep_a: bool) -> str | None:
        d = self.current_duplicate()
        if d is None:
            return None
        keep, other = (d.a, d.b) if keep_a else (d.b, d.a)
        try:
            done = merge_records(self.inv, keep, other)
        except (ValidationError, InventoryError) as e:
            self.message.setText(translate("ReviewTab", "Not merged: {error}").format(error=e))
            return None
        self._after(done)
        return done

    def dismiss(self) -> str | None:
        d = self.current_duplicate()
        if d is None:
            return None
        try:
            done = dismiss_duplicate(self.inv, d.id)
        except InventoryError as e:
            self.message.setText(translate("ReviewTab", "Not dismissed: {error}").format(error=e))
            return None
        self._after(done)
        return done

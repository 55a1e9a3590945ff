"""Every change the window makes is a named operation: a service call paired with its undo.

:class:`Editor` saves through :class:`kpfield.store.Inventory` (one transaction and one audit row
per save) and pushes a ``QUndoCommand`` that knows how to reverse it: an add is undone by a
(soft) delete, a delete by an undelete, an edit by writing the old values back. Undo and redo
are themselves saves, so they land in the audit log too.

Each step is named after its record ("edit of site KN-012"), so the Undo and Redo actions say what
they would change; after undoing or redoing, the window shows that record's page (``stepped``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kpfield import i18n
from kpfield.domain.entities import entity
from kpfield.domain.validation import ValidationError
from kpfield.store import Inventory, InventoryBusy, InventoryError
from kpfield.store.inventory import Saved

from .qt import QObject, QTimer, QUndoCommand, QUndoStack, Signal, translate


class _RecordCommand(QUndoCommand):
    """A change already made when pushed: its first ``redo`` (called by ``push``) does nothing."""

    def __init__(self, editor: Editor, kind: str, record_id: str, text: str):
        super().__init__(text)
        self.editor = editor
        self.kind = kind
        self.record_id = record_id
        self._done = True
        self._skip = False

    def _run(self, fn: Callable[[], Any], back: Callable[[], None]) -> None:
        try:
            fn()
        except InventoryBusy as e:
            # another program holds the inventory and nothing was written: put the stack back where
            # it was (``back`` steps over this command without running it) so the user can try again
            self._skip = True
            QTimer.singleShot(0, back)
            self.editor.failed.emit(str(e))
            return
        except (ValidationError, InventoryError) as e:
            # the record changed in a way that makes this step impossible (e.g. its licence number
            # was given to another licence since): say so and drop the step rather than pretend
            self.setObsolete(True)
            self.editor.failed.emit(str(e))
        self.editor.changed.emit(self.kind, self.record_id)
        self.editor.stepped.emit(self.kind, self.record_id)

    def redo(self) -> None:
        if self._done or self._skip:
            self._done = self._skip = False
            return
        self._run(self.do, self.editor.undo_stack.undo)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._run(self.undo_it, self.editor.undo_stack.redo)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddRecord(_RecordCommand):
    def do(self) -> None:
        self.editor.inv.undelete(self.kind, self.record_id, reason="redo")

    def undo_it(self) -> None:
        self.editor.inv.delete(self.kind, self.record_id, reason="undo")


class DeleteRecord(_RecordCommand):
    def do(self) -> None:
        self.editor.inv.delete(self.kind, self.record_id, reason="redo")

    def undo_it(self) -> None:
        self.editor.inv.undelete(self.kind, self.record_id, reason="undo")


class EditRecord(_RecordCommand):
    def __init__(
        self, editor: Editor, kind: str, record_id: str, text: str, before: dict[str, Any], after: dict[str, Any]
    ):
        super().__init__(editor, kind, record_id, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.editor.inv.update(self.kind, self.record_id, self.after, reason="redo")

    def undo_it(self) -> None:
        self.editor.inv.update(self.kind, self.record_id, self.before, reason="undo")


class Editor(QObject):
    """The window's way to change records: saves through the inventory and feeds the undo stack."""

    changed = Signal(str, str)  # kind, record id
    failed = Signal(str)
    stepped = Signal(str, str)  # kind, record id: an undo or redo changed this record

    def name_of(self, kind: str, record_id: str) -> str:
        """A record as an undo step names it: "site KN-012", "licence AML/0001", "production of
        02/03/2026 at KN-012"."""
        ent = entity(kind)
        row = self.inv.get(kind, record_id) or {}
        what = ent.shown_label().lower()
        if kind == "licence":
            label = str(row.get("number") or "")
        elif kind == "site":
            label = str(row.get("code") or "")
        elif kind == "production":
            site_id = row.get("site_id")
            site = self.inv.get("site", site_id) if site_id else None
            label = translate("Editor", "of {date} at {site}").format(
                date=i18n.format_date(row.get("produced_on")), site=(site or {}).get("code", "")
            )
        elif kind == "sale":
            label = translate("Editor", "of {date}, {carats} ct").format(
                date=i18n.format_date(row.get("sold_on")), carats=i18n.format_number(row.get("carats") or 0, 2)
            )
        elif kind == "inspection":
            label = translate("Editor", "of {date}").format(date=i18n.format_date(row.get("inspected_on")))
        elif kind in ("person", "organisation"):
            label = self.inv.record_label(kind, record_id)
        else:
            label = ""
        return f"{what} {label}".strip()

    def __init__(self, inv: Inventory, parent: QObject | None = None):
        super().__init__(parent)
        self.inv = inv
        self.undo_stack = QUndoStack(self)

    def add(self, kind: str, values: Mapping[str, object]) -> Saved:
        """Save a new record; raises ValidationError (nothing written) when it is refused."""
        saved = self.inv.add(kind, values)
        text = translate("Editor", "adding {record}").format(record=self.name_of(kind, saved.id))
        self.undo_stack.push(AddRecord(self, kind, saved.id, text))
        self.changed.emit(kind, saved.id)
        return saved

    def update(
        self, kind: str, record_id: str, changes: Mapping[str, object], expected_version: int | None = None
    ) -> Saved:
        """Save changes to a record; nothing is pushed when no stored value changed."""
        ent = entity(kind)
        before_row = self.inv.get(kind, record_id) or {}
        saved = self.inv.update(kind, record_id, changes, expected_version=expected_version)
        after_row = self.inv.get(kind, record_id) or {}
        changed = [f for f in ent.field_names if before_row.get(f) != after_row.get(f)]
        if changed:
            before = {f: before_row.get(f) for f in changed}
            after = {f: after_row.get(f) for f in changed}
            text = translate("Editor", "edit of {record}").format(record=self.name_of(kind, record_id))
            self.undo_stack.push(EditRecord(self, kind, record_id, text, before, after))
            self.changed.emit(kind, record_id)
        return saved

    def delete(self, kind: str, record_id: str) -> None:
        text = translate("Editor", "deletion of {record}").format(record=self.name_of(kind, record_id))
        self.inv.delete(kind, record_id)
        self.undo_stack.push(DeleteRecord(self, kind, record_id, text))
        self.changed.emit(kind, record_id)

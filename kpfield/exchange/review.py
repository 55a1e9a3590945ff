"""What a coordinator settles after imports: field conflicts and probable duplicates.

Every decision goes through the audited :class:`~kpfield.store.Inventory` services (update,
delete, undelete) in one transaction with the conflict's own bookkeeping, so the audit log says
who settled what, when, and how. What is stored (the audit's reasons, a conflict's resolution, a
duplicate's reason) is in English, the same for every reader; what these functions return to be
shown, and their errors, come in the current language.
"""

from __future__ import annotations

from typing import Any

from kpfield.domain.entities import ENTITIES, entity
from kpfield.domain.labels import entity_label, field_name
from kpfield.i18n import translate
from kpfield.store import Inventory, InventoryError
from kpfield.store.sync import Conflict, Duplicate

from .merge import DELETED

__all__ = [
    "Conflict",
    "Duplicate",
    "open_conflicts",
    "open_duplicates",
    "resolve_conflict",
    "merge_records",
    "dismiss_duplicate",
]


def open_conflicts(inv: Inventory) -> list[Conflict]:
    return inv.sync.open_conflicts()


def open_duplicates(inv: Inventory) -> list[Duplicate]:
    return inv.sync.open_duplicates()


def describe(inv: Inventory, kind: str, record_id: str) -> str:
    """A short human label for a record (name, number or code)."""
    return inv.sync.label(kind, record_id)


def _field_text(kind: str, field: str) -> str:
    ent = ENTITIES.get(kind)
    if field == DELETED:
        return translate("merge", "deleted")
    return field_name(ent, field) if ent and field in ent.field_names else field


def resolve_conflict(inv: Inventory, conflict_id: int, choice: str, value: Any = None) -> str:
    """Settle one conflict: ``ours`` keeps the value here, ``theirs`` takes the incoming one,
    ``value`` sets ``value`` (validated like a form). Returns what was done, to be shown."""
    if choice not in ("ours", "theirs", "value"):
        raise ValueError(translate("merge", "choose ours, theirs or a value"))
    with inv.transaction():
        c = inv.sync.open_conflict(conflict_id)
        kind, rid, field = c.kind, c.record_id, c.field
        new = {"ours": c.ours, "theirs": c.theirs, "value": value}[choice]
        reason = f"conflict {conflict_id} settled: {choice}"
        if choice != "ours":
            if field == DELETED:
                deleted = str(new).strip().lower() in ("1", "true", "yes")
                (inv.delete if deleted else inv.undelete)(kind, rid, reason=reason)
            else:
                inv.update(kind, rid, {field: new}, reason=reason)
        else:
            inv.sync.record_kept(kind, rid, reason)
        inv.sync.settle_conflict(conflict_id, f"{choice}: {field} = {new!r}")
    shown = {
        "ours": translate("merge", "kept the value here: {field} = {value}"),
        "theirs": translate("merge", "took the value received: {field} = {value}"),
        "value": translate("merge", "set a new value: {field} = {value}"),
    }[choice]
    return shown.format(field=_field_text(kind, field), value=repr(new))


def merge_records(inv: Inventory, keep_id: str, other_id: str) -> str:
    """Merge two records of one kind: ``keep_id`` stays (its empty fields filled from the other),
    references to ``other_id`` move to it, ``other_id`` is deleted and becomes its alias, so a
    later workbook that names it lands on the kept record."""
    kind = None
    for ent in ENTITIES.values():
        if inv.get(ent.key, keep_id) is not None:
            kind = ent.key
            break
    if kind is None:
        raise InventoryError(translate("merge", "there is no live record {id}").format(id=keep_id))
    ent = entity(kind)
    other = inv.get(kind, other_id)
    if other is None:
        raise InventoryError(
            translate("merge", "there is no live {kind} {other} to merge into {keep}").format(
                kind=entity_label(ent).lower(), other=other_id, keep=keep_id
            )
        )
    reason = f"merged {other_id} into {keep_id}"
    with inv.transaction():
        keep = inv.get(kind, keep_id) or {}
        fill = {f: other[f] for f in ent.field_names if keep.get(f) is None and other[f] is not None}
        # the other record goes first, so that a natural key it holds is free for the kept one
        for target_kind, name, rid in inv.referring(kind, other_id):
            inv.update(target_kind, rid, {name: keep_id}, reason=reason)
        inv.delete(kind, other_id, reason=reason)
        if fill:
            inv.update(kind, keep_id, fill, reason=reason)
        inv.sync.alias(other_id, kind, keep_id)
        inv.sync.duplicates_merged(keep_id, other_id)
    return translate("merge", "{kind} {other} merged into {keep} (kept as its alias)").format(
        kind=entity_label(ent), other=other_id, keep=keep_id
    )


def dismiss_duplicate(inv: Inventory, duplicate_id: int) -> str:
    """Mark a duplicate candidate as two different records."""
    with inv.transaction():
        inv.sync.dismiss_duplicate(duplicate_id)
    return translate("merge", "candidate {id} dismissed: two different records").format(id=duplicate_id)

"""What a coordinator settles after imports: field conflicts and probable duplicates.

Every decision goes through the audited :class:`~kpfield.store.Inventory` services (update,
delete, undelete) in one transaction with the conflict's own bookkeeping, so the audit log says
who settled what, when, and how. What is stored (the audit's reasons, a conflict's resolution, a
duplicate's reason) is in English, the same for every reader; what these functions return to be
shown, and their errors, come in the current language.
"""

from __future__ import annotations

from typing import Any

from kpfield.domain.dates import utc_now
from kpfield.domain.entities import ENTITIES, entity
from kpfield.domain.labels import entity_label, field_name
from kpfield.i18n import translate
from kpfield.store import Inventory, InventoryError
from kpfield.store.sync import Conflict, Duplicate

from .codec import decode_clock, encode_clock
from .merge import DELETED, effective_clock, join

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
        before = _clock_now(inv, kind, rid)
        if choice != "ours":
            if field == DELETED:
                deleted = str(new).strip().lower() in ("1", "true", "yes")
                (inv.delete if deleted else inv.undelete)(kind, rid, reason=reason)
            else:
                inv.update(kind, rid, {field: new}, reason=reason)
        else:
            inv.sync.record_kept(kind, rid, reason)
        theirs_text, theirs_version, vouched = inv.sync.conflict_clock(conflict_id)
        # the settlement dominates both sides, so that importing either again finds nothing new;
        # the counts of a file no registered officer signed are not taken (they may be forged)
        theirs = decode_clock(theirs_text) if vouched else None
        _new_version(inv, kind, rid, before, theirs, theirs_version if vouched else None, reason, [field])
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
        gone, kept = _clock_now(inv, kind, other_id), _clock_now(inv, kind, keep_id)
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
        # the kept record's new state dominates both records' histories: a workbook that still
        # carries either, imported again, says nothing new; the other's last state is remembered as
        # the base of a later change to it from the installation that made it
        if gone is not None:
            inv.sync.remember_state(
                kind, keep_id, other_id, encode_clock(gone[0]), {f: other[f] for f in [*ent.field_names, DELETED]}
            )
            _new_version(inv, kind, keep_id, kept, gone[0], gone[1], reason, list(fill))
    return translate("merge", "{kind} {other} merged into {keep} (kept as its alias)").format(
        kind=entity_label(ent), other=other_id, keep=keep_id
    )


def _clock_now(inv: Inventory, kind: str, rid: str) -> tuple[dict[str, int], int] | None:
    """A record's version vector now and its version (deleted records too); None when there is none."""
    cur = inv.get(kind, rid, include_deleted=True)
    if cur is None:
        return None
    rc = inv.sync.clock(kind, rid)
    clock = effective_clock(
        rc[0] if rc else None, rc[1] if rc else None, cur["version"], cur["modified_by"], inv.identity.origin
    )
    return clock, int(cur["version"])


def _new_version(
    inv: Inventory,
    kind: str,
    rid: str,
    before: tuple[dict[str, int], int] | None,
    theirs: dict[str, int] | None,
    theirs_version: int | None,
    reason: str,
    fields: list[str] | None = None,
) -> None:
    """Write the record's present values as a new version made here: its vector joins ``before``
    (the record's own, before the decision) and ``theirs``, plus one change by this installation;
    its version passes every count. ``fields`` (those decided) are stamped as written by that
    change, so that the decision wins over both sides wherever it travels."""
    cur = inv.get(kind, rid, include_deleted=True)
    if cur is None or before is None:
        return
    me = inv.identity.origin
    clock = join(before[0], theirs) if theirs else dict(before[0])
    clock[me] = clock.get(me, 0) + 1
    version = max(before[1] + 1, int(cur["version"]), int(theirs_version or 0), max(clock.values()))
    inv.sync.settle_version(kind, rid, encode_clock(clock), version, utc_now(), me, reason, fields or ())


def dismiss_duplicate(inv: Inventory, duplicate_id: int) -> str:
    """Mark a duplicate candidate as two different records."""
    with inv.transaction():
        inv.sync.dismiss_duplicate(duplicate_id)
    return translate("merge", "candidate {id} dismissed: two different records").format(id=duplicate_id)

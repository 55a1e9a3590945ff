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
from kpfield.domain.labels import code_label, entity_label, field_name
from kpfield.i18n import decimal_separator, format_date, format_number, translate
from kpfield.store import Inventory, InventoryError
from kpfield.store.sync import AUTOMATIC, Conflict, Duplicate

from .codec import decode_clock, encode_clock
from .merge import DELETED, effective_clock, join

__all__ = [
    "Conflict",
    "Duplicate",
    "open_conflicts",
    "open_duplicates",
    "resolve_conflict",
    "settle_spelling",
    "merge_records",
    "merge_pair",
    "settled_automatically",
    "automatic_text",
    "settled_text",
    "dismiss_duplicate",
    "field_text",
    "side_text",
    "value_text",
    "when_text",
]


def field_text(kind: str, field: str) -> str:
    """A conflict's field as a person reads it (its label in the current language, or "deleted")."""
    return _field_text(kind, field)


def open_conflicts(inv: Inventory) -> list[Conflict]:
    return inv.sync.open_conflicts()


def open_duplicates(inv: Inventory) -> list[Duplicate]:
    return inv.sync.open_duplicates()


def settled_automatically(inv: Inventory, source_ids: list[str] | None = None) -> list[Conflict]:
    """Conflicts settled without a person (a difference of case, accents or spaces alone, settled
    to the most recent spelling), by number: listed beside the open ones so that none is silent."""
    return inv.sync.settled_automatically(source_ids)


def describe(inv: Inventory, kind: str, record_id: str) -> str:
    """A short human label for a record (name, number or code)."""
    return inv.sync.label(kind, record_id)


def when_text(at: Any) -> str:
    """A stored UTC time (``2026-04-03T09:15:22Z``) as a person reads it: the date in the current
    language and the minutes, in UTC; '' when unknown."""
    if not at:
        return ""
    text = str(at)
    return translate("merge", "{date} {time} UTC").format(date=format_date(text[:10]), time=text[11:16]).strip()


def side_text(by: str | None, at: Any) -> str:
    """One side of a conflict: who wrote it and when ("Musa Kamara, 3 Apr 2026 09:15 UTC")."""
    who = by or translate("merge", "unknown officer")
    when = when_text(at)
    return translate("merge", "{who}, {when}").format(who=who, when=when) if when else who


def value_text(inv: Inventory, kind: str, field: str, value: Any) -> str:
    """A conflict's value as a person reads it: a linked record by its label, a deletion as
    yes/no, a code by its label, nothing as "(empty)"."""
    if value is None or value == "":
        return translate("merge", "(empty)")
    if field == DELETED:
        return translate("merge", "deleted") if value else translate("merge", "not deleted")
    ent = ENTITIES.get(kind)
    if ent is not None and field in ent.field_names:
        f = ent.field(field)
        if f.ref:
            return inv.sync.label(f.ref, str(value))
        if f.kind == "choice":
            return code_label(str(value))
    if isinstance(value, float):
        text = format_number(value, 4, grouping=True)
        sep = decimal_separator()
        return text.rstrip("0").rstrip(sep) if sep in text else text
    return str(value)


def _field_text(kind: str, field: str) -> str:
    ent = ENTITIES.get(kind)
    if field == DELETED:
        return translate("merge", "deleted")
    return field_name(ent, field) if ent and field in ent.field_names else field


def resolve_conflict(inv: Inventory, conflict_id: int, choice: str, value: Any = None) -> str:
    """Settle one conflict: ``ours`` keeps the value here, ``theirs`` takes the incoming one,
    ``value`` sets ``value`` (validated like a form). A conflict on a record kept deleted is
    settled too: the value goes to the deleted record, which stays deleted. Returns what was done,
    to be shown."""
    if choice not in ("ours", "theirs", "value"):
        raise ValueError(translate("merge", "choose ours, theirs or a value"))
    with inv.transaction():
        c = inv.sync.open_conflict(conflict_id)
        new = _settle(inv, c, choice, value, f"conflict {conflict_id} settled: {choice}", f"{choice}: ")
    return settled_text(c.kind, c.field, choice, new)


def settle_spelling(inv: Inventory, conflict_id: int, ours_at: Any, theirs_at: Any) -> str:
    """Settle a conflict between two spellings of one value (case, accents or spaces alone: see
    :meth:`kpfield.store.sync.Sync.spelling_only`) to the most recent one: the incoming spelling
    when it was written at ``theirs_at`` or later than ours (``ours_at``; an unknown time counts
    as older), else ours. Stored as settled automatically, so that listings show it. Returns what
    was done, to be shown. In the caller's transaction (an import's)."""
    choice = "theirs" if str(theirs_at or "") >= str(ours_at or "") else "ours"
    with inv.transaction():
        c = inv.sync.open_conflict(conflict_id)
        _settle(
            inv,
            c,
            choice,
            None,
            f"conflict {conflict_id} {AUTOMATIC}: the most recent spelling",
            f"{AUTOMATIC} to the most recent spelling ({choice}): ",
        )
    return settled_text(c.kind, c.field, choice, c.ours if choice == "ours" else c.theirs)


def automatic_text(c: Conflict) -> str:
    """What an automatic settlement of ``c`` kept (the most recent spelling), in the current language."""
    theirs = "(theirs)" in (c.resolution or "")
    return settled_text(c.kind, c.field, "theirs" if theirs else "ours", c.theirs if theirs else c.ours)


def _settle(inv: Inventory, c: Conflict, choice: str, value: Any, reason: str, resolution: str) -> Any:
    """Write the decision on conflict ``c`` and a version that dominates both sides; the value kept."""
    kind, rid, field = c.kind, c.record_id, c.field
    new = {"ours": c.ours, "theirs": c.theirs, "value": value}[choice]
    before = _clock_now(inv, kind, rid)
    if choice != "ours":
        if field == DELETED:
            deleted = str(new).strip().lower() in ("1", "true", "yes")
            (inv.delete if deleted else inv.undelete)(kind, rid, reason=reason)
        else:
            inv.update(kind, rid, {field: new}, reason=reason, include_deleted=True)
    else:
        inv.sync.record_kept(kind, rid, reason)
    theirs_text, theirs_version, vouched = inv.sync.conflict_clock(c.id)
    # the settlement dominates both sides, so that importing either again finds nothing new;
    # the counts of a file no registered officer signed are not taken (they may be forged)
    theirs = decode_clock(theirs_text) if vouched else None
    _new_version(inv, kind, rid, before, theirs, theirs_version if vouched else None, reason, [field])
    inv.sync.settle_conflict(c.id, f"{resolution}{field} = {new!r}")
    return new


def settled_text(kind: str, field: str, choice: str, new: Any) -> str:
    """What a settlement did (``choice``: ours, theirs or value), in the current language."""
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


def merge_pair(inv: Inventory, duplicate_id: int, keep: str = "a") -> str:
    """Merge the probable duplicates numbered ``duplicate_id`` (as ``kpfield conflicts`` lists
    them), keeping record ``a`` (the first listed) or ``b``: see :func:`merge_records`."""
    pair = next((d for d in inv.sync.open_duplicates() if d.id == duplicate_id), None)
    if pair is None:
        raise InventoryError(translate("merge", "there is no open duplicate candidate {id}").format(id=duplicate_id))
    if keep.strip().lower() not in ("a", "b"):
        raise InventoryError(
            translate("merge", "say which record of pair {id} to keep: A or B").format(id=duplicate_id)
        )
    keep_a = keep.strip().lower() == "a"
    return merge_records(inv, pair.a if keep_a else pair.b, pair.b if keep_a else pair.a)


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

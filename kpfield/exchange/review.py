"""What a coordinator settles after imports: field conflicts and probable duplicates.

Every decision goes through the audited :class:`~kpfield.store.Inventory` services (update,
delete, undelete) in one transaction with the conflict's own bookkeeping, so the audit log says
who settled what, when, and how. What is stored (the audit's reasons, a conflict's resolution, a
duplicate's reason) is in English, the same for every reader; what these functions return to be
shown, and their errors, come in the current language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kpfield.domain.dates import utc_now
from kpfield.domain.entities import ENTITIES, entity
from kpfield.i18n import translate
from kpfield.store import Inventory, InventoryError

from .duplicates import reason_text
from .labels import entity_label, field_name
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


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    record_id: str
    field: str
    base: Any
    ours: Any
    theirs: Any
    peer: str | None
    file: str | None
    at: str


@dataclass(frozen=True)
class Duplicate:
    id: int
    kind: str
    a: str
    b: str
    reason: str  # as stored, in English
    a_label: str
    b_label: str

    @property
    def why(self) -> str:
        """The reason in the current language."""
        return reason_text(self.reason)


def _load(v: str | None) -> Any:
    return None if v is None else json.loads(v)


def open_conflicts(inv: Inventory) -> list[Conflict]:
    rows = inv.conn.execute(
        "SELECT c.id, c.table_name, c.record_id, c.field, c.base, c.ours, c.theirs, c.peer, s.file_name, c.at "
        "FROM conflict c LEFT JOIN source s ON s.id = c.source_id WHERE c.status = 'open' ORDER BY c.id"
    )
    return [Conflict(r[0], r[1], r[2], r[3], _load(r[4]), _load(r[5]), _load(r[6]), r[7], r[8], r[9]) for r in rows]


def describe(inv: Inventory, kind: str, record_id: str) -> str:
    """A short human label for a record (name, number or code)."""
    row = inv.get(kind, record_id, include_deleted=True)
    if row is None:
        return record_id
    for cols in (("family_name", "given_names", "village"), ("country", "number"), ("country", "code"), ("name",)):
        if all(c in row for c in cols):
            return " ".join(str(row[c]) for c in cols if row[c])
    return record_id


def open_duplicates(inv: Inventory) -> list[Duplicate]:
    rows = inv.conn.execute(
        "SELECT id, table_name, a_id, b_id, reason FROM duplicate_candidate WHERE status = 'open' ORDER BY id"
    ).fetchall()
    return [Duplicate(r[0], r[1], r[2], r[3], r[4], describe(inv, r[1], r[2]), describe(inv, r[1], r[3])) for r in rows]


def _conflict(inv: Inventory, conflict_id: int) -> Any:
    row = inv.conn.execute("SELECT * FROM conflict WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        raise InventoryError(
            translate("merge", "there is no conflict {id}; 'kpfield conflicts' lists the open ones").format(
                id=conflict_id
            )
        )
    if row["status"] != "open":
        raise InventoryError(
            translate("merge", "conflict {id} was already settled ({resolution})").format(
                id=conflict_id, resolution=row["resolution"]
            )
        )
    return row


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
        c = _conflict(inv, conflict_id)
        kind, rid, field = c["table_name"], c["record_id"], c["field"]
        new = {"ours": _load(c["ours"]), "theirs": _load(c["theirs"]), "value": value}[choice]
        reason = f"conflict {conflict_id} settled: {choice}"
        if choice != "ours":
            if field == DELETED:
                deleted = str(new).strip().lower() in ("1", "true", "yes")
                (inv.delete if deleted else inv.undelete)(kind, rid, reason=reason)
            else:
                inv.update(kind, rid, {field: new}, reason=reason)
        else:
            inv.audit.append(utc_now(), kind, rid, "resolve", None, reason)
        done = f"{choice}: {field} = {new!r}"
        inv.conn.execute(
            "UPDATE conflict SET status = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?",
            (done, utc_now(), conflict_id),
        )
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
        for target in ENTITIES.values():
            for f in target.fields:
                if f.kind == "ref" and f.ref == kind:
                    ids = [
                        r[0]
                        for r in inv.conn.execute(
                            f"SELECT id FROM {target.table} WHERE {f.name} = ? AND deleted = 0", (other_id,)
                        )
                    ]
                    for rid in ids:
                        inv.update(target.key, rid, {f.name: keep_id}, reason=reason)
        inv.delete(kind, other_id, reason=reason)
        if fill:
            inv.update(kind, keep_id, fill, reason=reason)
        now = utc_now()
        inv.conn.execute("UPDATE record_alias SET record_id = ? WHERE record_id = ?", (keep_id, other_id))
        inv.conn.execute(
            "INSERT OR REPLACE INTO record_alias (alias_id, table_name, record_id, at) VALUES (?, ?, ?, ?)",
            (other_id, ent.table, keep_id, now),
        )
        inv.conn.execute(
            "UPDATE duplicate_candidate SET status = 'merged' WHERE status = 'open' AND "
            "((a_id = ? AND b_id = ?) OR (a_id = ? AND b_id = ?))",
            (keep_id, other_id, other_id, keep_id),
        )
    return translate("merge", "{kind} {other} merged into {keep} (kept as its alias)").format(
        kind=entity_label(ent), other=other_id, keep=keep_id
    )


def dismiss_duplicate(inv: Inventory, duplicate_id: int) -> str:
    """Mark a duplicate candidate as two different records."""
    with inv.transaction():
        row = inv.conn.execute(
            "SELECT table_name, a_id, b_id, status FROM duplicate_candidate WHERE id = ?", (duplicate_id,)
        ).fetchone()
        if row is None or row[3] != "open":
            raise InventoryError(
                translate("merge", "there is no open duplicate candidate {id}").format(id=duplicate_id)
            )
        inv.conn.execute("UPDATE duplicate_candidate SET status = 'dismissed' WHERE id = ?", (duplicate_id,))
        inv.audit.append(
            utc_now(), row[0], row[1], "resolve", None, f"not a duplicate of {row[2]} (candidate {duplicate_id})"
        )
    return translate("merge", "candidate {id} dismissed: two different records").format(id=duplicate_id)

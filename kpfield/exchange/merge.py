"""Merging records that travelled between installations: version vectors and a merge base.

Every record's history is summarised by a *version vector* (``clock``): for each installation
(origin UUID), how many of the record's changes were made there. Workbooks carry it in the
``clock`` column. Here it lives in ``record_clock`` as of the record's local ``version``; edits
made here since (the form, ``kpfield add``...) each add one to this installation's entry, so
the store's own code never needs to know about clocks:

    effective clock = stored clock + {this installation: version now - version stored}

and a record never exchanged has ``{modified_by: version}``.

Comparing the incoming clock T with ours O decides what an incoming row is:

- T <= O: we already hold that state or a later one: **unchanged** (nothing is written);
- O < T: theirs descends from ours: **updated** (fast-forward, their bookkeeping adopted);
- neither: both sides changed the record since they last met: a **three-way merge** field by
  field against the *merge base*, the last state both sides held. A field changed on one side
  only takes that side's value; a field changed differently on both sides keeps ours and is
  written to ``conflict`` for the coordinator; nothing is silently overwritten. A deletion on
  one side against edits on the other is a conflict on ``deleted``.

The merge base comes from the states this inventory knows the record passed through: the state
each import left it in (``record_clock``: its clock and the import that set it), and in
``merge_base`` the state last received from a peer when the record did not simply become that
state (with its values), and the record's own state before an import changed it (peer = this
installation). The base is the stored state with the largest clock that both
O and T descend from. Values stored as NULL mean "the record as it stood at the end of that
import" and are rebuilt from the audit log (current values, with every later change undone).
Without any base (a hand-typed row, or a history we never saw), fields that differ and are
filled on both sides are conflicts, and a field empty on one side takes the other's value.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .codec import decode_clock

Clock = dict[str, int]
DELETED = "deleted"


def effective_clock(stored: str | None, stored_version: int | None, version: int, modified_by: str, me: str) -> Clock:
    """A record's version vector now (see the module docstring)."""
    clock = decode_clock(stored) if stored else None
    if clock is None or stored_version is None:
        return {modified_by: int(version)}
    clock = dict(clock)
    extra = int(version) - int(stored_version)
    if extra > 0:
        clock[me] = clock.get(me, 0) + extra
    return clock


def leq(a: Clock, b: Clock) -> bool:
    """Whether every change counted in ``a`` is also counted in ``b``."""
    return all(n <= b.get(k, 0) for k, n in a.items())


def join(a: Clock, b: Clock) -> Clock:
    out = dict(a)
    for k, n in b.items():
        if n > out.get(k, 0):
            out[k] = n
    return out


def base_values(
    conn: sqlite3.Connection, table: str, record_id: str, ours: Clock, theirs: Clock, fields: list[str]
) -> dict[str, Any] | None:
    """The last state both ``ours`` and ``theirs`` descend from, as field values, or None."""
    best: tuple[int, str, str | None, str] | None = None
    for peer, clock_text, vals, source_id in conn.execute(
        "SELECT peer, clock, vals, source_id FROM merge_base WHERE record_id = ? "
        "UNION ALL SELECT '', clock, NULL, source_id FROM record_clock WHERE record_id = ?",
        (record_id, record_id),
    ):
        clock = decode_clock(clock_text)
        if clock is None or not (leq(clock, ours) and leq(clock, theirs)):
            continue
        size = sum(clock.values())
        if best is None or size > best[0]:
            best = (size, source_id, vals, peer)
    if best is None:
        return None
    _, source_id, vals, _ = best
    if vals is not None:
        return json.loads(vals)
    row = conn.execute("SELECT audit_seq FROM exchange_import WHERE source_id = ?", (source_id,)).fetchone()
    if row is None:
        return None
    return state_at(conn, table, record_id, row[0], fields)


def state_at(conn: sqlite3.Connection, table: str, record_id: str, seq: int, fields: list[str]) -> dict[str, Any]:
    """A record's values as they stood after audit row ``seq``: now, with every later change undone."""
    cols = ", ".join([*fields, DELETED])
    row = conn.execute(f"SELECT {cols} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    values = dict(zip([*fields, DELETED], tuple(row), strict=True))
    for (changes,) in conn.execute(
        "SELECT changes FROM audit WHERE record_id = ? AND seq > ? AND changes IS NOT NULL ORDER BY seq DESC",
        (record_id, seq),
    ):
        for name, (old, _new) in json.loads(changes).items():
            if name in values:
                values[name] = old
    return values


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    ours: Any
    theirs: Any


def three_way(
    ours: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any] | None, fields: list[str]
) -> tuple[dict[str, Any], list[FieldConflict]]:
    """Field-level merge: (values to change on ours, conflicts). ``fields`` includes ``deleted``."""
    changes: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for f in fields:
        o, t = ours.get(f), theirs.get(f)
        if _same(o, t):
            continue
        if base is None:
            if o is None:
                changes[f] = t
            elif t is None:
                continue
            else:
                conflicts.append(FieldConflict(f, None, o, t))
            continue
        b = base.get(f)
        if _same(o, b):
            changes[f] = t
        elif _same(t, b):
            continue
        else:
            conflicts.append(FieldConflict(f, b, o, t))
    # a deletion on one side meets edits on the other: the coordinator decides
    if DELETED in changes and base is not None:
        edited_here = any(not _same(ours.get(f), base.get(f)) for f in fields if f != DELETED)
        if edited_here:
            conflicts.append(FieldConflict(DELETED, base.get(DELETED), ours.get(DELETED), changes.pop(DELETED)))
    elif base is not None and not _same(ours.get(DELETED), theirs.get(DELETED)) and DELETED not in changes:
        their_edits = [f for f in fields if f != DELETED and not _same(theirs.get(f), base.get(f))]
        if ours.get(DELETED) and their_edits and not any(c.field == DELETED for c in conflicts):
            conflicts.append(FieldConflict(DELETED, base.get(DELETED), ours.get(DELETED), theirs.get(DELETED)))
    return changes, conflicts


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
    return bool(a == b)

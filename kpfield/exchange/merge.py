"""Merging records that travelled between installations: version vectors and a merge base.

Every record's history is summarised by a *version vector* (``clock``): for each installation
(origin UUID), how many of the record's changes were made there. Workbooks carry it in the
``clock`` column. An inventory keeps it (``record_clock``, :mod:`kpfield.store.sync`) as of the
record's local ``version``; edits made here since (the form, ``kpfield add``...) each add one to
this installation's entry, so the store's own code never needs to know about clocks:

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
O and T descend from (:func:`latest_common`). Values stored as NULL mean "the record as it stood
at the end of that import" and are rebuilt from the audit log (current values, with every later
change undone). Without any base (a hand-typed row, or a history we never saw), fields that
differ and are filled on both sides are conflicts, and a field empty on one side takes the
other's value (:func:`three_way`).

Since field stamps (:mod:`kpfield.store.stamps`), a workbook carries, beside each record's
vector, which installation last wrote each of its fields, at which of its changes
(``field_clock``). Two concurrent states then merge field by field without a base
(:func:`field_merge`): a field whose incoming stamp our vector counts is ours or older (kept); a
field whose stamp here their vector counts takes theirs; a field both sides wrote without knowing
of the other's write is a conflict. The merge base is still kept and used for workbooks made
before stamps (no ``field_clock`` column), and for files no registered officer signed.

This module holds the rules only: it reads and writes nothing. The importer asks the store for
the states and records what these functions decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from kpfield.store.stamps import Stamp, Stamps
from kpfield.store.stamps import effective_clock as effective_clock

from .codec import decode_clock

Clock = dict[str, int]
DELETED = "deleted"
T = TypeVar("T")


def leq(a: Clock, b: Clock) -> bool:
    """Whether every change counted in ``a`` is also counted in ``b``."""
    return all(n <= b.get(k, 0) for k, n in a.items())


def join(a: Clock, b: Clock) -> Clock:
    out = dict(a)
    for k, n in b.items():
        if n > out.get(k, 0):
            out[k] = n
    return out


def latest_common(states: Iterable[tuple[str | None, T]], ours: Clock, theirs: Clock) -> T | None:
    """The merge base among stored ``states``, each (its version vector's text, what stands for
    it): what stands for the largest vector (by the sum of its entries) that both ``ours`` and
    ``theirs`` descend from, the first of equal ones; None when no vector qualifies (text that is
    not a vector never does)."""
    best: tuple[int, T] | None = None
    for clock_text, state in states:
        clock = decode_clock(clock_text)
        if clock is None or not (leq(clock, ours) and leq(clock, theirs)):
            continue
        size = sum(clock.values())
        if best is None or size > best[0]:
            best = (size, state)
    return None if best is None else best[1]


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
        if same_value(o, t):
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
        if same_value(o, b):
            changes[f] = t
        elif same_value(t, b):
            continue
        else:
            conflicts.append(FieldConflict(f, b, o, t))
    # a deletion on one side meets edits on the other: the coordinator decides
    if DELETED in changes and base is not None:
        edited_here = any(not same_value(ours.get(f), base.get(f)) for f in fields if f != DELETED)
        if edited_here:
            conflicts.append(FieldConflict(DELETED, base.get(DELETED), ours.get(DELETED), changes.pop(DELETED)))
    elif base is not None and not same_value(ours.get(DELETED), theirs.get(DELETED)) and DELETED not in changes:
        their_edits = [f for f in fields if f != DELETED and not same_value(theirs.get(f), base.get(f))]
        if ours.get(DELETED) and their_edits and not any(c.field == DELETED for c in conflicts):
            conflicts.append(FieldConflict(DELETED, base.get(DELETED), ours.get(DELETED), theirs.get(DELETED)))
    return changes, conflicts


def covered(stamp: Stamp | None, clock: Clock) -> bool:
    """Whether the write ``stamp`` names (None: the record's making) is counted by ``clock``."""
    return stamp is None or clock.get(stamp[0], 0) >= stamp[1]


def field_merge(
    ours: dict[str, Any],
    theirs: dict[str, Any],
    our_stamps: Stamps,
    their_stamps: Stamps,
    ours_clock: Clock,
    theirs_clock: Clock,
    fields: list[str],
) -> tuple[dict[str, Any], list[FieldConflict], Stamps, list[str]]:
    """Field-level merge of two concurrent states by their field stamps (see the module's text):
    (values to change on ours, conflicts, the record's stamps after, fields the stamps cannot
    decide). ``fields`` includes ``deleted``. A deletion on one side against a concurrent edit on
    the other is a conflict on ``deleted``, as in :func:`three_way`. Conflicts carry no base: the
    caller may look it up.

    A field whose values differ although each side's stamp is counted by the other's vector cannot
    be: each side has seen the other's last write of it, so both hold the same one. Its stamps do
    not tell its history (a value typed into the workbook by hand, or stamps an upgrade derived):
    it is listed as undecided, kept as ours, for the caller to merge against a base."""
    changes: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    stamps = dict(our_stamps)
    undecided: list[str] = []
    ours_edited = theirs_edited = False
    for f in fields:
        o, t = ours.get(f), theirs.get(f)
        o_st, t_st = our_stamps.get(f), their_stamps.get(f)
        theirs_new = not covered(t_st, ours_clock)
        ours_new = not covered(o_st, theirs_clock)
        same = same_value(o, t)
        if f != DELETED and not same:
            ours_edited = ours_edited or ours_new
            theirs_edited = theirs_edited or theirs_new
        if not theirs_new:
            if not same and not ours_new:
                undecided.append(f)
            continue  # ours, or a state of it that we already had
        if same:
            if not ours_new and t_st is not None:
                stamps[f] = t_st  # the same value, last written there
            continue
        if ours_new:
            conflicts.append(FieldConflict(f, None, o, t))
        else:
            changes[f] = t
            if t_st is not None:
                stamps[f] = t_st
    if changes.get(DELETED) and ours_edited:
        # deleted there while edited here: the coordinator decides
        conflicts.append(FieldConflict(DELETED, None, ours.get(DELETED), changes.pop(DELETED)))
        if DELETED in our_stamps:
            stamps[DELETED] = our_stamps[DELETED]
        else:
            stamps.pop(DELETED, None)
    elif (
        ours.get(DELETED)
        and not theirs.get(DELETED)
        and DELETED not in changes
        and theirs_edited
        and not covered(our_stamps.get(DELETED), theirs_clock)
        and not any(c.field == DELETED for c in conflicts)
    ):
        # deleted here while edited there
        conflicts.append(FieldConflict(DELETED, None, ours.get(DELETED), theirs.get(DELETED)))
    return changes, conflicts, stamps, undecided


def same_value(a: Any, b: Any) -> bool:
    """Whether two field values are the same: both None, numbers equal to within a relative 1e-9
    (a REAL read back from a cell), or otherwise equal."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
    return bool(a == b)

"""The store's rule for references: each one names a live record of its kind.

:meth:`Inventory.check <kpfield.store.Inventory.check>` applies it to one record at a time. A bulk
load (an import of a million production records naming a few thousand sites) asks
:meth:`Inventory.references <kpfield.store.Inventory.references>` for a :class:`References`, which
looks each named record up once and says the very same problems.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from kpfield.domain.entities import ENTITIES, Entity
from kpfield.domain.validation import Problem
from kpfield.i18n import translate

__all__ = ["References", "reference_problem"]

_REF_FIELDS = {key: tuple(f for f in ent.fields if f.kind == "ref") for key, ent in ENTITIES.items()}


def reference_problem(ent: Entity, name: str, target: Entity, value: Any, state: int | None) -> Problem:
    """The problem with field ``name`` of ``ent`` naming ``value``, a record of ``target`` that is
    absent (``state`` None) or deleted (``state`` true)."""
    if state is None:
        message = translate("store", "{field}: no {kind} with id {id}").format(
            field=ent.label_of(name), kind=target.shown_label().lower(), id=value
        )
    else:
        message = translate("store", "{field}: that {kind} has been deleted").format(
            field=ent.label_of(name), kind=target.shown_label().lower()
        )
    return Problem(name, message, value)


class References:
    """The reference rule for many records written in one transaction: the state of each record
    named is looked up once, so a record added or deleted after its first look-up is not seen.
    Good for one bulk load; make a new one for the next."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._states: dict[tuple[str, str], int | None] = {}

    def state(self, table: str, record_id: str) -> int | None:
        """Whether the record ``record_id`` of ``table`` is live (0), deleted (1) or absent (None)."""
        key = (table, record_id)
        states = self._states
        if key not in states:
            row = self._conn.execute(f"SELECT deleted FROM {table} WHERE id = ?", (record_id,)).fetchone()
            states[key] = None if row is None else row[0]
        return states[key]

    def problems(self, ent: Entity, values: dict[str, Any]) -> list[Problem]:
        """The problems of the references among ``values`` (cleaned values of a record of ``ent``),
        in field order, as :meth:`Inventory.check <kpfield.store.Inventory.check>` says them."""
        out = []
        for f in _REF_FIELDS[ent.key]:
            v = values.get(f.name)
            if not v:
                continue
            target = ENTITIES[f.ref or ""]
            state = self.state(target.table, v)
            if state is None or state:
                out.append(reference_problem(ent, f.name, target, v, state))
        return out

"""Field stamps: which installation last wrote each field of a record, at which of its changes.

A record's version vector (``record_clock``, see :mod:`kpfield.exchange.merge`) says how many of
its changes each installation made. A *field stamp* ``(origin, counter)`` says which of them last
wrote one field: the ``counter``-th change made by installation ``origin``. With both, a merge
decides field by field without a merge base: a field whose incoming stamp our vector already
counts is ours or older, a field whose stamp here their vector counts is theirs to take, and only
a field both sides wrote without knowing of the other's write is a conflict.

``field_stamp`` keeps, per record, the stamps of the fields written since the record was made, as
JSON ``{"field": ["origin", counter], ...}`` (``deleted`` among them); a field it does not list
still holds the value the record was made with, which every installation that holds the record
has seen. Most records are never changed after they are made and have no row at all.

An edit made here (a form, ``kpfield add``'s edits, a settled conflict) stamps the fields it
changes with this installation's entry at that change (:func:`stamp_local`): the record's
effective vector, as :func:`effective_clock` reckons it, counts it. Imports write the stamps the
merge decided (:meth:`kpfield.store.sync.Sync.set_stamps`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

__all__ = ["Stamp", "Stamps", "dump_stamps", "effective_clock", "load_stamps", "stamp_local"]

Stamp = tuple[str, int]
Stamps = dict[str, Stamp]


def load_stamps(text: str | None) -> Stamps:
    """The stamps a ``field_stamp`` row holds (empty for none, or for text that is not stamps)."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    out: Stamps = {}
    for name, stamp in value.items():
        if isinstance(stamp, list) and len(stamp) == 2 and isinstance(stamp[0], str) and type(stamp[1]) is int:
            out[name] = (stamp[0], stamp[1])
    return out


def dump_stamps(stamps: Stamps) -> str | None:
    """The text of ``stamps`` as ``field_stamp`` keeps it; None when there are none."""
    if not stamps:
        return None
    return json.dumps({k: [o, n] for k, (o, n) in sorted(stamps.items())}, separators=(",", ":"), ensure_ascii=False)


def _clock(text: str | None) -> dict[str, int] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    return {k: n for k, n in value.items() if isinstance(k, str) and type(n) is int}


def effective_clock(
    stored: str | None, stored_version: int | None, version: int, modified_by: str, me: str
) -> dict[str, int]:
    """A record's version vector now: the stored vector (its text) as of ``stored_version``, plus
    one change by this installation (``me``) for each version since; a record never exchanged has
    ``{modified_by: version}``."""
    clock = _clock(stored)
    if clock is None or stored_version is None:
        return {modified_by: int(version)}
    extra = int(version) - int(stored_version)
    if extra > 0:
        clock[me] = clock.get(me, 0) + extra
    return clock


def stamp_local(conn: sqlite3.Connection, table: str, record_id: str, fields: Iterable[str], me: str) -> None:
    """Stamp ``fields`` of a record of ``table`` just changed here (its version already counts the
    change) with this installation's entry in the record's vector now. In the caller's transaction."""
    fields = list(fields)
    if not fields:
        return
    row = conn.execute(f"SELECT version, modified_by FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return
    rc = conn.execute(
        "SELECT CASE WHEN vouched THEN clock ELSE '{}' END, version FROM record_clock "
        "WHERE table_name = ? AND record_id = ?",
        (table, record_id),
    ).fetchone()
    clock = effective_clock(rc[0] if rc else None, rc[1] if rc else None, row[0], row[1], me)
    counter = clock.get(me, 0)
    if counter < 1:
        return  # the record's vector does not count this change (it cannot be told apart)
    found = conn.execute(
        "SELECT stamps FROM field_stamp WHERE table_name = ? AND record_id = ?", (table, record_id)
    ).fetchone()
    stamps = load_stamps(found[0] if found else None)
    for name in fields:
        stamps[name] = (me, counter)
    conn.execute(
        "INSERT OR REPLACE INTO field_stamp (table_name, record_id, stamps) VALUES (?, ?, ?)",
        (table, record_id, dump_stamps(stamps)),
    )


def dominant(clock: dict[str, int], by: Any) -> Stamp | None:
    """The stamp of a record's last change as far as its vector tells: ``by``'s entry (the
    installation that changed it last), else the largest entry; None for an empty vector."""
    if isinstance(by, str) and clock.get(by, 0) > 0:
        return (by, clock[by])
    if not clock:
        return None
    origin = max(clock, key=lambda k: (clock[k], k))
    return (origin, clock[origin])

"""What changed: the records added, changed, deleted or brought back, read from the audit log,
either those an officer's last workbook brought, or every change recorded since a day (and time).
Records are named as people read them; the fields changed are listed by their names."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kpfield.domain.dates import parse_since
from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import check_language
from kpfield.i18n import QT_TRANSLATE_NOOP, translate, using_language
from kpfield.output import writing
from kpfield.store import Inventory

from .book import Book, field_text, kind_text

__all__ = ["Change", "ChangeScope", "changes", "officers_with_workbooks", "write_changes"]

_ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("inventory_workbook", "added"),
    "insert_many": QT_TRANSLATE_NOOP("inventory_workbook", "added"),
    "update": QT_TRANSLATE_NOOP("inventory_workbook", "changed"),
    "delete": QT_TRANSLATE_NOOP("inventory_workbook", "deleted"),
    "undelete": QT_TRANSLATE_NOOP("inventory_workbook", "brought back"),
}
_KINDS_BY_TABLE = {e.table: e.key for e in ENTITIES.values()}


@dataclass(frozen=True)
class Change:
    at: str
    action: str
    kind: str
    record_id: str
    fields: tuple[str, ...]
    officer: str | None
    file: str | None


@dataclass(frozen=True)
class ChangeScope:
    """What the list covers: a workbook of an officer (its file and when it came), or a start."""

    title: str
    source_id: str | None = None
    since: str | None = None


def officers_with_workbooks(inv: Inventory) -> list[str]:
    """The officers whose workbooks were received (their names, else their installation's id), by name:
    the choices :func:`officer_scope` takes."""
    rows = inv.conn.execute(
        "SELECT DISTINCT COALESCE(NULLIF(TRIM(s.officer), ''), e.peer) FROM exchange_import e "
        "JOIN source s ON s.id = e.source_id"
    ).fetchall()
    return sorted((r[0] for r in rows if r[0]), key=str.casefold)


def officer_scope(inv: Inventory, officer: str) -> ChangeScope:
    """The last workbook received from ``officer`` (their name as their workbooks give it, or their
    installation's id); ValueError naming the officers known when there is none."""
    wanted = officer.strip().casefold()
    rows = inv.conn.execute(
        "SELECT s.id, s.officer, e.peer, s.file_name, s.at FROM exchange_import e JOIN source s ON s.id = e.source_id "
        "ORDER BY s.at DESC"
    ).fetchall()
    for sid, name, peer, file_name, at in rows:
        if (name or "").strip().casefold() == wanted or peer.casefold() == wanted:
            return ChangeScope(
                translate(
                    "inventory_workbook", "Changes brought by {file}, the last workbook of {officer} ({at} UTC)"
                ).format(file=file_name, officer=name or peer, at=at[:16].replace("T", " ")),
                source_id=sid,
            )
    known = sorted({r[1] or r[2] for r in rows})
    raise ValueError(
        translate(
            "inventory_workbook", "no workbook was received from '{officer}'; officers with workbooks: {known}"
        ).format(officer=officer, known=", ".join(known) or "-")
    )


def since_scope(since: str | dt.date) -> ChangeScope:
    start = parse_since(since)
    return ChangeScope(
        translate("inventory_workbook", "Changes recorded since {since} (UTC)").format(
            since=start[:16].replace("T", " ")
        ),
        since=start,
    )


def changes(inv: Inventory, scope: ChangeScope) -> Iterator[Change]:
    """The changes of ``scope`` in the order they were recorded; a bulk insert gives one per record."""
    if scope.source_id is not None:
        where, params = "a.source_id = ?", [scope.source_id]
    else:
        where, params = "a.at >= ?", [scope.since or ""]
    sql = (
        "SELECT a.at, a.action, a.table_name, a.record_id, a.changes, COALESCE(a.officer, s.officer), s.file_name "
        f"FROM audit a LEFT JOIN source s ON s.id = a.source_id WHERE {where} AND a.action IN "
        f"({', '.join('?' * len(_ACTIONS))}) ORDER BY a.seq"
    )
    for at, action, table, rid, raw, officer, file_name in inv.conn.execute(sql, [*params, *_ACTIONS]):
        kind = _KINDS_BY_TABLE.get(table)
        if kind is None:
            continue
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = {}
        if action == "insert_many":
            for one in body.get("ids", []) if isinstance(body, dict) else []:
                yield Change(at, action, kind, str(one), (), officer, file_name)
            continue
        fields = tuple(k for k in body) if isinstance(body, dict) and action == "update" else ()
        yield Change(at, action, kind, rid, fields, officer, file_name)


_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Recorded (UTC)"), "datetime", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "What"), "text", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 14),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Record"), "text", 50),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Fields changed"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Officer"), "text", 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "From file"), "text", 28),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Identifier"), "text", 38),
]


def write_changes(inv: Inventory, path: str | Path, scope: ChangeScope, lang: str | None = None) -> dict[str, int]:
    """Write the list of changes of ``scope`` to ``path``; returns how many of each action (in words)."""
    counts: dict[str, int] = {}
    with using_language(check_language(lang)) as chosen, writing(path) as staged:
        book = Book(staged.part, staged.folder, chosen)

        def rows() -> Iterator[list[Any]]:
            for c in changes(inv, scope):
                what = translate("inventory_workbook", _ACTIONS[c.action])
                counts[what] = counts.get(what, 0) + 1
                yield [
                    c.at,
                    what,
                    kind_text(c.kind),
                    inv.sync.label(c.kind, c.record_id),
                    ", ".join(field_text(c.kind, f) for f in c.fields) or None,
                    c.officer,
                    c.file,
                    c.record_id,
                ]

        try:
            book.table(translate("inventory_workbook", "Changes"), _COLUMNS, rows(), title=[scope.title])
            book.close()
        except BaseException:
            book.discard()
            raise
    return counts

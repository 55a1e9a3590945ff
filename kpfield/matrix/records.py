"""Readable labels for the records an indicator flags, so a drill-down never shows a bare id."""

from __future__ import annotations

from collections.abc import Sequence

from kpfield.i18n import translate
from kpfield.store import Inventory
from kpfield.store.lookup import LABEL_SQL

# How a record of the kinds the pickers do not name reads in a list of flagged records (alias r).
_EXTRA_LABEL_SQL = {
    "production": "COALESCE((SELECT s.code FROM site s WHERE s.id = r.site_id), '?') || ' · ' || r.produced_on"
    " || ' · ' || printf('%.2f ct', r.carats) || ' · ' || r.stones || ' stone' ||"
    " CASE WHEN r.stones = 1 THEN '' ELSE 's' END",
    "sale": "r.sold_on || ' · ' || REPLACE(r.kind, '_', ' ') || ' · ' || printf('%.2f ct', r.carats)"
    " || COALESCE(' · ' || (SELECT l.number FROM licence l WHERE l.id = r.seller_licence_id), '')",
    "inspection": "r.inspected_on || ' · ' || REPLACE(r.target_kind, '_', ' ')"
    " || COALESCE(' · ' || (SELECT s.code FROM site s WHERE s.id = r.site_id), '')"
    " || ' · ' || REPLACE(r.outcome, '_', ' ')",
}

# SQLite allows a few hundred parameters in older builds; stay well under it
_CHUNK = 400


def record_labels(inv: Inventory, kind: str, ids: Sequence[str]) -> dict[str, str]:
    """The label of each id of ``kind`` (an id without a record, or a deleted one, keeps its id
    followed by a note)."""
    sql = LABEL_SQL.get(kind) or _EXTRA_LABEL_SQL.get(kind)
    out: dict[str, str] = {}
    if sql is None:
        return {i: i for i in ids}
    deleted = translate("matrix", "{label} (deleted)")
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        rows = inv.conn.execute(
            f"SELECT r.id, {sql}, r.deleted FROM {kind} r WHERE r.id IN ({', '.join('?' * len(chunk))})", chunk
        ).fetchall()
        for r in rows:
            out[r[0]] = deleted.format(label=r[1]) if r[2] else str(r[1])
    missing = translate("matrix", "{id} (no such record)")
    for i in ids:
        out.setdefault(i, missing.format(id=i))
    return out

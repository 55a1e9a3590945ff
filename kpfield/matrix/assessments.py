"""A country's self-assessment of a matrix row for a half-year: find it, and save a new or revised one.

A self-assessment is an ordinary ``self_assessment`` record written through the inventory service
(validated, audited). There is at most one live assessment per country, half-year and row: a
revised score updates that record, so the audit log keeps the earlier one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kpfield.store import Inventory, Saved

__all__ = ["find", "save"]


def find(inv: Inventory, country: str, period: str, row_id: str) -> dict[str, Any] | None:
    """The live self-assessment of ``row_id`` for ``country`` and the half-year ``period`` (``2026H1``), or None."""
    found = inv.conn.execute(
        "SELECT id FROM self_assessment WHERE deleted = 0 AND country = ? AND period = ? AND row_id = ?",
        ((country or "").upper(), period, row_id),
    ).fetchone()
    return inv.get("self_assessment", found[0]) if found else None


def save(inv: Inventory, values: Mapping[str, Any], *, reason: str | None = None) -> Saved:
    """Record ``values`` (country, period, row_id, score, evidence...) as the assessment of its
    country, half-year and row: a new record, or a revision of the one there (only the values
    given change). Raises ValidationError listing every problem."""
    existing = find(inv, str(values.get("country") or ""), str(values.get("period") or ""), str(values.get("row_id")))
    if existing is None:
        return inv.add("self_assessment", values, reason=reason)
    changes = {k: v for k, v in values.items() if v is not None}
    return inv.update("self_assessment", existing["id"], changes, reason=reason)

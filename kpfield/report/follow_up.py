"""The follow-up list of a district: the records each indicator of the challenge matrix flags,
for the inspectors who must visit them. Nothing here computes an indicator: the matrix's own
evaluation says which records it flags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kpfield.domain.labels import check_language
from kpfield.domain.periods import Period
from kpfield.i18n import QT_TRANSLATE_NOOP, translate, using_language
from kpfield.matrix.definition import load_matrix
from kpfield.matrix.evaluate import evaluate
from kpfield.matrix.records import record_labels
from kpfield.matrix.scope import Scope, parse_scope
from kpfield.output import writing
from kpfield.store import Inventory

from .book import Book, kind_text
from .matrix_sheets import status_text

__all__ = ["FlaggedRecord", "follow_up", "write_follow_up"]


@dataclass(frozen=True)
class FlaggedRecord:
    area: str
    indicator: str
    status: str
    kind: str
    record_id: str
    label: str


def district_scope(inv: Inventory, district: str) -> Scope:
    """A district by its name (``Kono``) or with its country (``SL:Kono``); ValueError when the
    inventory has no such district or the name is in several countries."""
    return parse_scope(district if district.startswith("district:") else f"district:{district}", inv)


def follow_up(inv: Inventory, scope: Scope, period: Period, lang: str) -> list[FlaggedRecord]:
    """Every record an indicator flags in ``scope`` for ``period``, by challenge area and indicator."""
    ev = evaluate(inv, load_matrix(), [scope], period, lang=lang)
    out: list[FlaggedRecord] = []
    for row in ev.scopes[0].rows:
        for ind in row.indicators:
            if not ind.offending_ids:
                continue
            labels = record_labels(inv, ind.record_kind, list(ind.offending_ids))
            for rid in ind.offending_ids:
                out.append(FlaggedRecord(row.title, ind.title, ind.status, ind.record_kind, rid, labels[rid]))
    return out


_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Challenge area"), "text", 30),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Indicator"), "text", 50),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Indicator status"), "text", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Kind"), "text", 14),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Record"), "text", 50),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Visited on"), "text", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Inspector's notes"), "text", 40),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Identifier"), "text", 38),
]


def _rows(flagged: Sequence[FlaggedRecord]) -> list[list[Any]]:
    # "Visited on" and the notes are left for the inspector to fill in on paper
    return [
        [f.area, f.indicator, status_text(f.status), kind_text(f.kind), f.label, None, None, f.record_id]
        for f in flagged
    ]


def write_follow_up(
    inv: Inventory, path: str | Path, district: str | Scope, period: Period, lang: str | None = None
) -> tuple[Scope, list[FlaggedRecord]]:
    """Write the follow-up list of ``district`` (a name, ``XX:name``, or a scope) for ``period``
    to ``path`` and return it."""
    with using_language(check_language(lang)) as chosen:
        scope = district if isinstance(district, Scope) else district_scope(inv, district)
        flagged = follow_up(inv, scope, period, chosen)
        with writing(path) as staged:
            book = Book(staged.part, staged.folder, chosen)
            try:
                book.table(
                    translate("inventory_workbook", "Follow-up"),
                    _COLUMNS,
                    _rows(flagged),
                    title=[
                        translate("inventory_workbook", "Records to follow up: {district}, {period}").format(
                            district=scope.label, period=period.label
                        ),
                        translate(
                            "inventory_workbook",
                            "Each record a challenge matrix indicator flags in the district, for the inspectors who "
                            "visit them: {n} in all. 'Visited on' and the notes are for the inspector.",
                        ).format(n=len(flagged)),
                    ],
                )
                book.close()
            except BaseException:
                book.discard()
                raise
    return scope, flagged

"""Who has sent what: per officer and district, the last field workbook received, and who is late.

An officer is an installation (its origin) that sent workbooks here, or whose signing key is
registered here. Their districts are those of the sites of the production records their
installation made. An officer is late for the current KP half-year when no workbook of theirs
arrived since the half-year began (or none ever did).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield.domain.labels import check_language
from kpfield.domain.periods import Period
from kpfield.domain.places import country_name
from kpfield.i18n import QT_TRANSLATE_NOOP, translate, using_language
from kpfield.output import writing
from kpfield.store import Inventory
from kpfield.store.keys import describe

from .book import Book, date_text

__all__ = ["Submission", "OfficerDistrict", "submissions", "write_submissions"]

# the counts of an import that name records the workbook held
_HELD = ("added", "updated", "unchanged", "conflicted")


@dataclass
class OfficerDistrict:
    """One district an officer's records are in: production records, and the days they cover."""

    country: str
    district: str
    records: int
    first: str | None
    last: str | None


@dataclass
class Submission:
    """One officer: the last workbook received from them (None: nothing yet), and their districts."""

    officer: str
    origin: str
    file: str | None = None
    received_at: str | None = None
    signed: bool = False
    signature: str = ""
    records: int | None = None
    workbooks: int = 0
    late: bool = True
    districts: list[OfficerDistrict] = field(default_factory=list)


def submissions(inv: Inventory, today: dt.date | None = None) -> tuple[Period, list[Submission]]:
    """The current half-year (of ``today``) and every officer's last submission, the late first."""
    today = today or dt.date.today()
    current = Period.of_day(today.isoformat())
    conn = inv.conn
    signatures = inv.keys.import_signatures()
    officers: dict[str, Submission] = {}
    for sid, peer, officer, file_name, at, counts in conn.execute(
        "SELECT s.id, e.peer, s.officer, s.file_name, s.at, s.counts FROM exchange_import e "
        "JOIN source s ON s.id = e.source_id ORDER BY s.at"
    ):
        sub = officers.setdefault(peer, Submission(officer or peer, peer))
        sub.workbooks += 1
        check = signatures.get(sid)
        try:
            held = json.loads(counts) if counts else {}
        except ValueError:
            held = {}
        sub.officer = officer or sub.officer
        sub.file, sub.received_at = file_name, at
        sub.signed = bool(check is not None and check.signed)
        sub.signature = (
            describe(check)
            if check is not None
            else translate("inventory_workbook", "not checked: imported before kpfield signed workbooks")
        )
        sub.records = sum(int(held.get(k) or 0) for k in _HELD) if isinstance(held, dict) else None
    for key in inv.keys.registered():
        if key.origin not in officers and key.origin != inv.identity.origin:
            officers[key.origin] = Submission(key.officer, key.origin)
    for sub in officers.values():
        sub.late = sub.received_at is None or sub.received_at[:10] < current.start
        sub.districts = [
            OfficerDistrict(*r)
            for r in conn.execute(
                "SELECT s.country, COALESCE(s.district, ''), COUNT(*), MIN(p.produced_on), MAX(p.produced_on) "
                "FROM production p JOIN site s ON s.id = p.site_id WHERE p.origin = ? AND p.deleted = 0 "
                "GROUP BY 1, 2 ORDER BY 1, 2",
                (sub.origin,),
            )
        ]
    ordered = sorted(officers.values(), key=lambda s: (not s.late, s.officer.casefold()))
    return current, ordered


_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Officer"), "text", 22),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Country"), "text", 14),
    (QT_TRANSLATE_NOOP("inventory_workbook", "District"), "text", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Late for the half-year"), "text", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Last workbook"), "text", 30),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Received (UTC)"), "datetime", 16),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Signed"), "text", 8),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Signature"), "text", 36),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Records in the last workbook"), "int", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Workbooks received"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Production records in the district"), "int", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Production from"), "date", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Production to"), "date", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Installation"), "text", 20),
]


def _rows(subs: list[Submission]) -> list[list[Any]]:
    yes, no = translate("inventory_workbook", "yes"), translate("inventory_workbook", "no")
    out = []
    for s in subs:
        head = [s.officer]
        tail = [
            yes if s.late else no,
            s.file,
            s.received_at,
            (yes if s.signed else no) if s.file else None,
            s.signature or None,
            s.records,
            s.workbooks,
        ]
        for d in s.districts or [OfficerDistrict("", "", 0, None, None)]:
            out.append(
                [
                    *head,
                    country_name(d.country) if d.country else None,
                    d.district or None,
                    *tail,
                    d.records if d.country else None,
                    d.first,
                    d.last,
                    s.origin,
                ]
            )
    return out


def write_submissions(
    inv: Inventory, path: str | Path, today: dt.date | None = None, lang: str | None = None
) -> tuple[Period, list[Submission]]:
    """Write the submissions workbook to ``path`` (checked as :func:`kpfield.output.writing` says)
    and return what it holds."""
    with using_language(check_language(lang)) as chosen, writing(path) as staged:
        current, subs = submissions(inv, today)
        book = Book(staged.part, staged.folder, chosen)
        try:
            late = sum(s.late for s in subs)
            book.table(
                translate("inventory_workbook", "Submissions"),
                _COLUMNS,
                _rows(subs),
                title=[
                    translate("inventory_workbook", "Field workbooks received, per officer and district"),
                    translate(
                        "inventory_workbook",
                        "Half-year {half} (from {start}): {late} of {officers} officers late, that is with no workbook "
                        "received since the half-year began. Made from {file}.",
                    ).format(
                        half=current.label,
                        start=date_text(current.start),
                        late=late,
                        officers=len(subs),
                        file=inv.path.name,
                    ),
                ],
            )
            book.close()
        except BaseException:
            book.discard()
            raise
    return current, subs

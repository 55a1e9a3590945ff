"""Importing field workbooks and filled templates, and merging them into an inventory.

:func:`import_workbooks` reads each file (kpfield workbooks, templates filled by hand, either
saved again by Excel or LibreOffice), matches sheets and headers tolerantly, validates every row
with the same rules as the forms (``Inventory.check``), and merges by UUID with the rules of
:mod:`kpfield.exchange.merge`. Each file is one transaction: if any of its rows is refused,
nothing from it is written, and the report names the file, sheet, row, column, value and what
to do. The first write of a run is preceded by a backup. Every file written is recorded as a
``source`` (file name, SHA-256, origin, officer, counts) and every record it touched has an audit
row pointing to that source.

Each file's signature is checked (:mod:`kpfield.exchange.signature`): registered officer, unknown
key, unsigned, or altered after signing. An altered file is refused unless ``accept_altered``;
one imported that way gets an audit row saying so. The status is kept in ``exchange_import``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import operator
import re
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield import i18n
from kpfield.domain.dates import utc_now
from kpfield.domain.entities import BOOKKEEPING, ENTITIES, Entity
from kpfield.domain.labels import entities_label, entity_label, field_name
from kpfield.domain.validation import Cleaner, Problem, clean, errors
from kpfield.i18n import translate
from kpfield.progress import Progress, step
from kpfield.store import Inventory, InventoryBusy, InventoryError
from kpfield.store.duplicates import find_duplicates
from kpfield.store.keys import ALTERED, REGISTERED, UNSIGNED, SignatureCheck
from kpfield.workbook import BadWorkbook, WorkbookFacts, WorkbookReader, inspect_workbook

from . import signature
from .codec import canon, decode_clock, encode_clock, file_sha256
from .export import ABOUT
from .headers import CLOCK, entity_of_sheet, header_aliases, normalise
from .merge import DELETED, FieldConflict, base_values, effective_clock, join, leq, three_way
from .sheets import Header, ReadingProcess, cleaner_for, use_process
from .sheets import events as read_events

__all__ = ["ImportReport", "FileResult", "RowIssue", "import_workbooks"]

COUNTS = ("added", "updated", "unchanged", "conflicted", "refused")
# FileResult.kind: stable codes (the JSON report keeps them); report.file_kind_text shows them
WORKBOOK, TEMPLATE = "kpfield workbook", "filled template"
MAX_ISSUES = 5000  # per file; beyond that only the count grows
MAX_SHOWN = 200  # characters of a refused cell's value kept in the report
# A file adding at least this many records of a kind, and at least as many as its table held
# before, loads them with the table's search index (Inventory.search_deferred) and, for kinds
# checked by primary key alone, its secondary indexes (Inventory.indexes_deferred) built again
# after the kind's last sheet: one pass instead of a million row-by-row updates. The decision is
# taken at the first write (5,000 records), so that the whole load gains. A kind's records may
# span several sheets (a production sheet continues on "Production (2)"...).
DEFER_INDEXES_AT = 5_000
_CLOCK_INSERT = "INSERT OR REPLACE INTO record_clock (record_id, clock, version, source_id) VALUES (?, ?, ?, ?)"
_CLOCK_ADD = _CLOCK_INSERT.replace(" OR REPLACE", "", 1)
# distinct cell values whose hashed text, UUID check or clock is remembered during one import
_MEMO_LIMIT = 100_000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Rows without a UUID get one derived from their content, so the same hand-typed row imported
# twice lands on the same record instead of being added again.
_CONTENT_NS = uuid.UUID("6f1c1b8e-2a53-4c0e-9d55-6b7a1f0c9e21")
# how a reference typed as text (not a UUID) is looked up: entity -> columns tried in turn
_REF_KEYS = {
    "licence": ("number",),
    "site": ("code",),
    "person": ("national_id", "digger_card"),
    "organisation": ("registration_no", "name"),
}


@dataclass
class RowIssue:
    file: str
    sheet: str
    row: int
    column: str
    value: Any
    message: str
    fix: str
    severity: str = "error"


@dataclass
class FileResult:
    file: str
    sha256: str = ""
    kind: str = ""  # "kpfield workbook" or "filled template"
    origin: str | None = None
    officer: str | None = None
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    issues: list[RowIssue] = field(default_factory=list)
    issue_count: int = 0
    notes: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None  # the whole file was refused (before its rows were read, or for its signature)
    written: bool = False
    source_id: str | None = None
    signature: SignatureCheck | None = None  # None: the file could not be read that far

    @property
    def refused(self) -> bool:
        return self.error is not None or self.counts["refused"] > 0

    def issue(self, issue: RowIssue) -> None:
        self.issue_count += 1
        if len(self.issues) < MAX_ISSUES:
            self.issues.append(issue)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "kind": self.kind,
            "origin": self.origin,
            "officer": self.officer,
            "counts": self.counts,
            "written": self.written,
            "source_id": self.source_id,
            "error": self.error,
            "notes": self.notes,
            "issues": [i.__dict__ for i in self.issues],
            "issue_count": self.issue_count,
            "conflicts": self.conflicts,
            "duplicates": self.duplicates,
            "signature": self.signature.as_json() if self.signature else None,
        }


@dataclass
class ImportReport:
    files: list[FileResult]
    dry_run: bool
    backup: str | None = None

    @property
    def ok(self) -> bool:
        return not any(f.refused for f in self.files)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "dry_run": self.dry_run,
            "backup": self.backup,
            "files": [f.as_json() for f in self.files],
        }


class _Undo(Exception):
    """Raised inside a file's transaction to roll it back (refused rows, or a dry run)."""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _key_clash(ent: Entity, p: Problem) -> bool:
    """Whether ``p`` says that the row's licence number, site code or matrix row is another record's
    (told from the problem itself, not its message, which comes in the officer's language)."""
    if not ent.natural_key or p.field != ent.natural_key[-1] or p.severity != "error" or _blank(p.value):
        return False
    f = ent.field(p.field)
    return f.kind in ("identifier", "text") and len(str(p.value).strip()) <= f.max_length


def _fix_for(ent: Entity, p: Problem) -> str:
    if p.severity != "error":
        return translate("import", "check it: the row was accepted")
    if not p.field or p.field not in ent.field_names:
        return translate("import", "correct the row and import the file again")
    f = ent.field(p.field)
    if f.required and _blank(p.value):
        return translate("import", "fill in {field}").format(field=field_name(ent, f.name))
    if f.kind == "date":
        return translate("import", "type the date as 2026-04-03 or 03/04/2026 (day first), or use a date cell")
    if f.kind in ("int", "number"):
        return translate("import", "type a number (a decimal comma or point is fine)")
    if f.kind in ("choice", "choices"):
        return translate("import", "choose one of: {choices}").format(choices=", ".join(f.choices))
    if f.kind == "country":
        return translate("import", "type the two-letter ISO country code, such as SL or GN")
    if f.kind == "ref":
        return translate(
            "import",
            "give the UUID of a record of {kinds} already in the inventory or in this workbook, or its number/code",
        ).format(kinds=entities_label(ENTITIES[f.ref or ""]).lower())
    if _key_clash(ent, p):
        return translate(
            "import",
            "check whether this is the same record; if it is, give it the same UUID, otherwise correct the number",
        )
    return translate("import", "correct the value and import the file again")


def _uuid(value: Any) -> str | None:
    text = str(value).strip().lower() if value not in (None, "") else ""
    return text if _UUID.match(text) else None


def _stored_like(value: Any) -> Any:
    """A cheap guess of the stored form, only to notice rows that are exactly what we hold."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


_REF_FIELDS = {key: tuple(f for f in ent.fields if f.kind == "ref") for key, ent in ENTITIES.items()}


def _by_id_only(ent: Entity) -> bool:
    """Whether the store's rules for ``ent`` look other records up by primary key only."""
    return not ent.natural_key and ent.key != "person"


def _ref_fields(ent: Entity) -> tuple[Any, ...]:
    return _REF_FIELDS[ent.key]


class _FileImport:
    def __init__(
        self,
        inv: Inventory,
        path: Path,
        result: FileResult,
        dry_run: bool,
        accept_altered: bool = False,
        facts: WorkbookFacts | None = None,
        reading: ReadingProcess | None = None,
    ):
        self.inv = inv
        self.reading = reading
        self.accept_altered = accept_altered
        self.facts = facts
        self.conn = inv.conn
        self.path = path
        self.r = result
        self.dry_run = dry_run
        self.me = inv.identity.origin
        self.now = utc_now()
        self.aliases: dict[str, str] = dict(self.conn.execute("SELECT alias_id, record_id FROM record_alias"))
        self.ref_cache: dict[tuple[str, str], str | None] = {}
        self.peer: str | None = None
        self.source_id = ""
        self.clock_rows: list[tuple[str, str, int]] = []  # records that were here before
        self.added_clock_rows: list[tuple[str, str, int]] = []  # records this import adds
        self.clock_texts: dict[str, str] = {}
        self.base_rows: list[tuple[str, str, str, str, str | None]] = []
        self.touched: dict[str, list[str]] = {}
        self.prefetch: dict[str, tuple[dict[str, Any] | None, tuple[str, int] | None]] = {}
        self.ref_state: dict[tuple[str, str], int | None] = {}
        self.pending_ids: set[str] = set()
        self.columns: dict[str, str] = {}
        self.cleaners: dict[str, Cleaner] = {}
        self.uuid_memo: dict[str, str | None] = {}
        self.clock_memo: dict[str, dict[str, int] | None] = {}
        self.deferred = contextlib.ExitStack()
        self.deferred_kind: str | None = None  # the record kind self.deferred is open for
        self.kind_added, self.defer_decided = 0, False

    # ---- reading -------------------------------------------------------------------------

    def _about(self, reader: WorkbookReader) -> tuple[dict[str, Any], list[tuple[Any, Any, Any]]]:
        return signature.read_about(reader.rows(ABOUT))

    def _sheets(self, reader: WorkbookReader) -> dict[str, list[str]]:
        by_entity: dict[str, list[str]] = {k: [] for k in ENTITIES}
        # the template's instruction sheet, under its title in any language
        skip = {"instructions", "lists", "mode d emploi", "instrucoes", "instrucciones"}
        skip.update(normalise(i18n.translate_in(lang, "template", "Instructions")) for lang in i18n.LANGUAGES)
        for title in reader.sheet_names:
            if title == ABOUT or normalise(title) in skip:
                continue
            if title.startswith("_"):
                continue
            key = entity_of_sheet(title)
            if key is None:
                key = self._guess_from_headers(reader, title)
            if key is None:
                self.r.notes.append(
                    translate(
                        "import", "sheet '{sheet}' is not a kind of record kpfield knows; it was not read"
                    ).format(sheet=title)
                )
                continue
            by_entity[key].append(title)
        return by_entity

    def _guess_from_headers(self, reader: WorkbookReader, title: str) -> str | None:
        head = next(iter(reader.rows(title)), [])
        best, best_n = None, 1
        for ent in ENTITIES.values():
            aliases = header_aliases(ent)
            n = sum(1 for h in head if normalise(h) in aliases and aliases[normalise(h)] in ent.field_names)
            if n > best_n:
                best, best_n = ent.key, n
        return best

    # ---- the run -------------------------------------------------------------------------

    def run(self) -> None:
        r = self.r
        with WorkbookReader(self.path, self.facts) as reader:
            self.facts = reader.facts
            self._note_contents(reader.facts)
            names = reader.sheet_names
            about, about_sheets = self._about(reader) if ABOUT in names else ({}, [])
            r.kind = "kpfield workbook" if about.get("format") else "filled template"
            r.origin = str(about["origin"]) if about.get("origin") else None
            r.officer = str(about["officer"]) if about.get("officer") else None
            self.peer = r.origin
            sheets = self._sheets(reader)
            if not any(sheets.values()):
                raise BadWorkbook(
                    translate(
                        "import",
                        "{path} has no sheet kpfield recognises (sheets: {sheets}); "
                        "start from 'kpfield template' or a workbook exported by kpfield",
                    ).format(path=self.path, sheets=", ".join(names) or translate("import", "none"))
                )
            if r.origin == self.me:
                r.notes.append(translate("import", "this workbook was exported by this installation"))
            check = signature.check_about(self.inv, about, about_sheets)
            r.signature = check
            if check.status == ALTERED and not self.accept_altered:
                r.error = self._altered_refusal(check)
                return
            if check.status == UNSIGNED and r.kind == "kpfield workbook":
                r.notes.append(
                    translate(
                        "import",
                        "this kpfield workbook is not signed: it comes from a kpfield older than signed "
                        "workbooks, or its signature was removed",
                    )
                )
            if check.status == REGISTERED and not check.own and check.origin and check.origin != r.origin:
                r.notes.append(
                    translate(
                        "import",
                        "signed with the key registered for {officer} (installation {registered}), but the "
                        "workbook says it comes from installation {claimed}",
                    ).format(officer=check.officer, registered=check.origin, claimed=r.origin)
                )
            try:
                # the larger cache for the whole file: its index builds and version vectors too
                with self.inv.bulk_cache(), self.inv.transaction():
                    self.source_id = self.inv.add_source(
                        "workbook",
                        file_name=self.path.name,
                        sha256=r.sha256,
                        origin=r.origin or "hand-filled",
                        officer=r.officer,
                    )
                    plan = [(key, titles) for key, titles in sheets.items()]
                    stream = read_events(
                        self.path,
                        reader.facts,
                        reader,
                        plan,
                        hashing=r.kind == WORKBOOK,
                        processes=False,
                        process=self.reading,
                    )
                    data_digest = headers_digest = ""
                    try:
                        for event in stream:
                            if event[0] == "sheet":
                                if event[1] != self.deferred_kind:
                                    self._kind_done()
                                    self.deferred_kind = event[1]
                                self._sheet(ENTITIES[event[1]], event[2], stream)
                            elif event[0] == "digests":
                                data_digest, headers_digest = event[1], event[2]
                        self._kind_done()
                    finally:
                        stream.close()
                        self.deferred.close()
                    signature.check_data(check, data_digest, headers_digest)
                    if check.status == ALTERED:
                        if not self.accept_altered:
                            r.error = self._altered_refusal(check)
                            r.counts = dict.fromkeys(COUNTS, 0)  # nothing written, as for a file refused unread
                            raise _Undo
                        check.accepted = True
                        r.notes.append(
                            translate(
                                "import",
                                "imported although it was altered after signing, by the coordinator's override; "
                                "the audit log records it",
                            )
                        )
                    elif about.get("data_sha256") and about["data_sha256"] != data_digest:
                        r.notes.append(
                            translate(
                                "import",
                                "the data differs from what kpfield wrote into this file (the SHA-256 in its _about "
                                "sheet no longer matches): it was edited after export, or its _about sheet was; "
                                "check who changed it. Its rows were checked like any other",
                            )
                        )
                    if r.refused or self.dry_run:
                        raise _Undo
                    self._finish()
                r.written = True
                r.source_id = self.source_id
            except _Undo:
                pass

    def _altered_refusal(self, check: SignatureCheck) -> str:
        return translate(
            "import",
            "{file} was altered after it was signed: {detail}. Nothing from it was written. Ask the officer "
            "for a fresh export; or, if you know why it changed, import it accepting altered files "
            "(kpfield import --accept-altered, or the option on the Exchange page), which the audit log records",
        ).format(file=self.path, detail=check.detail)

    def _note_contents(self, facts: WorkbookFacts) -> None:
        """Tell the user what the workbook holds besides cell values, and that it was left alone."""
        notes = self.r.notes
        if facts.macros:
            notes.append(
                translate(
                    "import",
                    "the workbook contains macros ({parts}); kpfield never runs macros: it read only the values "
                    "in the cells",
                ).format(parts=", ".join(facts.macros))
            )
        if facts.external_links:
            notes.append(
                translate(
                    "import",
                    "the workbook links to other files ({files}); kpfield did not open them: cells that refer to "
                    "them were read with the values saved in this workbook",
                ).format(files=", ".join(facts.external_links[:10]))
            )
        if facts.connections:
            notes.append(
                translate(
                    "import",
                    "the workbook defines data connections (to databases or web pages); kpfield did not refresh "
                    "them: it read the values saved in the cells",
                )
            )

    def _note_sheet(self, head: Header, title: str) -> None:
        """Hidden sheets that were read, and the formula cells of a sheet, per column."""
        sf = self.facts.sheet(title) if self.facts else None
        if sf is None:
            return
        header, first_column = head.cells, head.first_column
        if sf.hidden:
            hidden = translate("import", "sheet {sheet!r} is hidden in the workbook; kpfield read it like the others")
            self.r.notes.append(hidden.format(sheet=title))
        for col, n in sorted(head.formulas.items()):
            i = col - first_column  # header holds the cells from the sheet's first used column
            text = header[i] if header and 0 <= i < len(header) and header[i] not in (None, "") else None
            self.r.notes.append(
                translate(
                    "import",
                    "sheet {sheet!r}, column {column}: {n} cell(s) held a formula; kpfield did not run them and "
                    "read the value the spreadsheet saved with each (an empty cell where none was saved)",
                ).format(sheet=title, column=repr(str(text)) if text is not None else _letters(col), n=n)
            )

    def _sheet(self, ent: Entity, title: str, stream: Iterator[tuple[Any, ...]]) -> None:
        """One sheet's events, from its header to its end (see :mod:`kpfield.exchange.sheets`)."""
        head: Header = next(stream)[1]
        for h, name in head.repeats:
            self.r.notes.append(
                translate(
                    "import", "sheet '{sheet}': column '{column}' repeats {field}; only the first is read"
                ).format(sheet=title, column=h, field=field_name(ent, name) if name in ent.field_names else name)
            )
        if head.mapping:
            for h in head.unknown:
                self.r.notes.append(
                    translate("import", "sheet '{sheet}': column '{column}' is not a field of {kinds}; ignored").format(
                        sheet=title, column=h, kinds=entities_label(ent).lower()
                    )
                )
        self._note_sheet(head, title)
        if not head.mapping:
            self.r.notes.append(
                translate("import", "sheet '{sheet}' has no header row kpfield recognises; it was not read").format(
                    sheet=title
                )
            )
            next(stream)  # its end
            return
        self.columns = {name: str(head.cells[i]) for i, name in head.mapping.items()} if head.cells else {}
        names = head.names
        pending: list[Any] = []
        pending_keys: dict[tuple[Any, ...], int] = {}
        occurrences: dict[str, int] = {}
        fast = _FastAdd.for_sheet(ent, names)
        for event in stream:
            if event[0] == "end":
                break
            self._batch(ent, title, names, event[1], pending, pending_keys, occurrences, fast)
        self._flush(ent, pending)

    def _batch(
        self,
        ent: Entity,
        title: str,
        names: list[str],
        batch: list[tuple[int, tuple[Any, ...], Any]],
        pending: list[Any],
        pending_keys: dict[tuple[Any, ...], int],
        occurrences: dict[str, int],
        fast: _FastAdd | None,
    ) -> None:
        """Look the batch's UUIDs up in two queries, then take each row in turn.

        Each row is ``(row number, cells in the order of names, precleaned)``: ``precleaned`` is
        ``(cleaned values in field order, problems or None)`` when the reader ran the Cleaner
        (:mod:`kpfield.exchange.sheets`), else None. A new record whose row the Cleaner found
        faultless is added by ``fast`` when it can be; every other row goes through :meth:`_row`."""
        ids = []
        at = names.index("id") if "id" in names else None
        given = [_uuid(values[at]) if at is not None and values[at] is not None else None for _, values, _p in batch]
        for rid in given:
            if rid:
                ids.append(self.aliases.get(rid, rid))
        self.prefetch = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            cursor = self.conn.cursor()
            cursor.row_factory = None
            cursor.execute(f"SELECT * FROM {ent.table} WHERE id IN ({marks})", chunk)
            columns = [d[0] for d in cursor.description]
            found = {r[0]: dict(zip(columns, r, strict=True)) for r in cursor}
            clocks = {
                r[0]: (r[1], r[2])
                for r in self.conn.execute(
                    f"SELECT record_id, clock, version FROM record_clock WHERE record_id IN ({marks})", chunk
                )
            }
            for rid in chunk:
                self.prefetch[rid] = (found.get(rid), clocks.get(rid))
        fields = ent.field_names
        for (rownum, values, pre), rid in zip(batch, given, strict=True):
            if fast is not None and rid is not None and fast.ready(self, rid):
                if pre is None:  # the reader did not clean it (see kpfield.exchange.sheets)
                    cleaned, problems = self._cleaner(ent)(dict(zip(names, values, strict=True)))
                    pre = (tuple(cleaned.values()), problems or None)
                if pre[1] is None and fast.add(self, values, pre[0], rid, pending):
                    if len(pending) >= 5000:
                        self._flush(ent, pending)
                    continue
            raw = dict(zip(names, values, strict=True))
            if pre is not None:
                pre = (dict(zip(fields, pre[0], strict=True)), pre[1])
            self._row(ent, title, rownum, raw, rid, pending, pending_keys, occurrences, pre)
            if len(pending) >= 5000:
                self._flush(ent, pending)
        self.prefetch = {}

    def _issue(self, ent: Entity, title: str, rownum: int, p: Problem, raw: dict[str, Any]) -> None:
        # the header as the sheet wrote it; for a field the sheet has no column for, its label
        column = self.columns.get(p.field) or (field_name(ent, p.field) if p.field in ent.field_names else p.field)
        self.r.issue(
            RowIssue(
                self.r.file,
                title,
                rownum,
                column,
                _shown(_jsonable(raw.get(p.field, p.value))),
                p.message,
                _fix_for(ent, p),
                p.severity,
            )
        )

    def _refuse(self, ent: Entity, title: str, rownum: int, problems: list[Problem], raw: dict[str, Any]) -> None:
        for p in problems:
            self._issue(ent, title, rownum, p, raw)
        if errors(problems):
            self.r.counts["refused"] += 1

    def _uuid(self, value: Any) -> str | None:
        """:func:`_uuid`, remembered for text cells (references repeat: a site's production)."""
        if type(value) is not str:
            return _uuid(value)
        memo = self.uuid_memo
        if value in memo:
            return memo[value]
        rid = _uuid(value)
        if len(memo) < _MEMO_LIMIT:
            memo[value] = rid
        return rid

    def _clock(self, text: Any) -> dict[str, int] | None:
        """A clock cell decoded (None when it is not one), remembered: most rows share a few clocks."""
        if not isinstance(text, str):
            return None
        memo = self.clock_memo
        if text in memo:
            clock = memo[text]
        else:
            clock = decode_clock(text)
            if len(memo) < _MEMO_LIMIT:
                memo[text] = clock
        return None if clock is None else dict(clock)

    def _resolve_refs(self, ent: Entity, raw: dict[str, Any]) -> list[Problem]:
        problems = []
        for f in _ref_fields(ent):
            if raw.get(f.name) is None:
                continue
            value = raw[f.name]
            rid = self._uuid(value)
            if rid:
                raw[f.name] = self.aliases.get(rid, rid)
                continue
            target = ENTITIES[f.ref or ""]
            text = canon(value).strip()
            key = (target.key, text)
            if key not in self.ref_cache:
                found: list[str] = []
                for col in _REF_KEYS.get(target.key, ()):
                    found = [
                        r[0]
                        for r in self.conn.execute(
                            f"SELECT id FROM {target.table} WHERE {col} = ? AND deleted = 0 LIMIT 2", (text,)
                        )
                    ]
                    if found:
                        break
                self.ref_cache[key] = found[0] if len(found) == 1 else ("" if found else None)
            hit = self.ref_cache[key]
            if hit:
                raw[f.name] = hit
            elif hit == "":
                problems.append(
                    Problem(
                        f.name,
                        translate("import", "{field}: '{value}' names several {kinds}; give its UUID").format(
                            field=field_name(ent, f.name), value=text, kinds=entities_label(target).lower()
                        ),
                        value,
                    )
                )
            else:
                problems.append(
                    Problem(
                        f.name,
                        translate("import", "{field}: no {kind} '{value}' in the inventory or this file").format(
                            field=field_name(ent, f.name), kind=entity_label(target).lower(), value=text
                        ),
                        value,
                    )
                )
        return problems

    def _check(
        self, ent: Entity, values: dict[str, Any], rid: str | None, pre: Any = None
    ) -> tuple[dict[str, Any], list[Problem]]:
        """``Inventory.check``, with the reference look-ups of bulk record kinds cached.

        ``pre``: ``(cleaned, problems)`` the reader's Cleaner already made of these very values.

        Kinds with a natural key (licences, sites) and persons (national ID warning) get the
        store's own rules (``Inventory.store_problems``) after the Cleaner. Production, sales and
        inspections have no rule of the store besides "each reference names a live record",
        which is checked here against a cache that lives for one import, with the same messages.
        """
        if pre is not None:
            cleaned, problems = pre[0], list(pre[1] or ())
        else:
            cleaned, problems = self._cleaner(ent)(values)
        if not _by_id_only(ent):
            # Inventory.check is clean() and then the store's rules; the Cleaner gives what clean() does
            problems.extend(self.inv.store_problems(ent.key, cleaned, rid))
            return cleaned, problems
        for f in ent.fields:
            v = cleaned.get(f.name) if f.kind == "ref" else None
            if not v:
                continue
            target = ENTITIES[f.ref or ""]
            state = self._ref_state(target.table, v)
            if state is None:
                problems.append(Problem(f.name, _no_record(ent, f.name, target, v), v))
            elif state:
                problems.append(
                    Problem(
                        f.name,
                        translate("store", "{field}: that {kind} has been deleted").format(
                            field=field_name(ent, f.name), kind=entity_label(target).lower()
                        ),
                        v,
                    )
                )
        return cleaned, problems

    def _ref_state(self, table: str, rid: str) -> int | None:
        """Whether the record ``rid`` of ``table`` is live (0), deleted (1) or absent (None),
        looked up once per import."""
        key = (table, rid)
        if key not in self.ref_state:
            row = self.conn.execute(f"SELECT deleted FROM {table} WHERE id = ?", (rid,)).fetchone()
            self.ref_state[key] = None if row is None else row[0]
        return self.ref_state[key]

    def _cleaner(self, ent: Entity) -> Cleaner:
        cleaner = self.cleaners.get(ent.key)
        if cleaner is None:
            cleaner = self.cleaners[ent.key] = cleaner_for(ent)
        return cleaner

    def _by_natural_key(self, ent: Entity, values: dict[str, Any]) -> dict[str, Any] | None:
        keys: tuple[str, ...] = ent.natural_key or (("national_id",) if ent.key == "person" else ())
        if not keys or any(values.get(k) is None for k in keys):
            return None
        where = " AND ".join(f"{k} = ?" for k in keys)
        row = self.conn.execute(
            f"SELECT * FROM {ent.table} WHERE {where} ORDER BY deleted LIMIT 1", [values[k] for k in keys]
        ).fetchone()
        return dict(row) if row else None

    def _row(
        self,
        ent: Entity,
        title: str,
        rownum: int,
        raw: dict[str, Any],
        rid: str | None,
        pending: list[dict[str, Any]],
        pending_keys: dict[tuple[Any, ...], int],
        occurrences: dict[str, int],
        pre: Any = None,
    ) -> None:
        """``rid``: the row's UUID as :func:`_uuid` reads its id cell (None if empty or not one);
        ``pre``: what the reader's Cleaner made of ``raw``, if it ran (see :meth:`_batch`)."""
        counts = self.r.counts
        names = ent.field_names
        given_id = raw.get("id")
        if given_id is not None and rid is None:
            self._refuse(
                ent,
                title,
                rownum,
                [
                    Problem(
                        "id",
                        translate(
                            "import", "'{value}' is not a record identifier (UUID); leave it empty for a new record"
                        ).format(value=given_id),
                        given_id,
                    )
                ],
                raw,
            )
            return
        if rid:
            rid = self.aliases.get(rid, rid)
        version = _version(raw.get("version"))
        deleted = (
            1
            if str(raw.get(DELETED) or "0").strip().lower() in ("1", "1.0", "true", "yes", "oui", "sim", "si", "sí")
            else 0
        )
        modified_by = str(raw["modified_by"]) if raw.get("modified_by") else (raw.get("origin") or self.peer)
        theirs_clock = self._clock(raw.get(CLOCK))
        if rid and theirs_clock is None and version is not None and modified_by:
            theirs_clock = {str(modified_by): version}
        if rid and rid in self.pending_ids:
            self._flush(ent, pending)
        clock_text = raw.get(CLOCK)
        cur, rc = None, None
        if rid and rid in self.prefetch:
            # popped: a second row with the same UUID must see what the first one did
            cur, rc = self.prefetch.pop(rid)
        elif rid:
            row = self.conn.execute(f"SELECT * FROM {ent.table} WHERE id = ?", (rid,)).fetchone()
            cur = dict(row) if row else None
            rc = self.conn.execute("SELECT clock, version FROM record_clock WHERE record_id = ?", (rid,)).fetchone()
        if (
            cur is not None
            and rc is not None
            and clock_text == rc[0]
            and cur["version"] == rc[1]
            and deleted == cur[DELETED]
            and all(raw.get(n) == cur[n] for n in names)
        ):
            # the very state this import or an earlier one left here (the re-sent file): nothing to do
            counts["unchanged"] += 1
            return
        if cur is not None and theirs_clock is not None:
            ours_clock = effective_clock(
                rc[0] if rc else None, rc[1] if rc else None, cur["version"], cur["modified_by"], self.me
            )
            if leq(theirs_clock, ours_clock):
                same = deleted == cur[DELETED] and all(
                    raw.get(n) == cur[n] or canon(_stored_like(raw.get(n))) == canon(cur[n]) for n in names
                )
                if theirs_clock != ours_clock or same:
                    counts["unchanged"] += 1
                    if theirs_clock != ours_clock:
                        self._remember_peer(ent, rid, theirs_clock, cur, raw, same)
                    return
        # the slow path: clean the row as a form would
        refs = [raw.get(f.name) for f in _ref_fields(ent)]
        problems = self._resolve_refs(ent, raw)
        if pre is not None and refs != [raw.get(f.name) for f in _ref_fields(ent)]:
            pre = None  # a reference given by number or code, or an alias: clean what it now names
        if problems:
            self._refuse(ent, title, rownum, problems, raw)
            return
        if cur is None and deleted:
            # a tombstone need not be valid next to live records, but what it points to must exist
            cleaned, problems = clean(ent, {n: raw.get(n) for n in names})
            for f in _ref_fields(ent):
                v = cleaned.get(f.name)
                target = ENTITIES[f.ref or ""]
                if v and self.conn.execute(f"SELECT 1 FROM {target.table} WHERE id = ?", (v,)).fetchone() is None:
                    problems.append(Problem(f.name, _no_record(ent, f.name, target, v), v))
        else:
            # the Cleaner reads the row's fields and leaves its other columns alone (see _check)
            cleaned, problems = self._check(ent, raw, rid if cur is not None else None, pre)
        if cur is None and not rid:
            cur = self._by_natural_key(ent, cleaned)
            if cur is not None:
                problems = [p for p in problems if not _key_clash(ent, p)]
        if cur is None and rid and ent.natural_key:
            other = self._by_natural_key(ent, cleaned)
            if other is not None and not other[DELETED] and not deleted:
                # the same licence or site registered under two UUIDs: theirs becomes an alias of ours
                self.aliases[rid] = other["id"]
                self.conn.execute(
                    "INSERT OR IGNORE INTO record_alias (alias_id, table_name, record_id, at) VALUES (?, ?, ?, ?)",
                    (rid, ent.table, other["id"], self.now),
                )
                self.r.notes.append(
                    translate(
                        "import",
                        "sheet '{sheet}' row {row}: {kind} {key} already exists here under another UUID; "
                        "{uuid} is now an alias of {other}",
                    ).format(
                        sheet=title,
                        row=rownum,
                        kind=entity_label(ent).lower(),
                        key=" ".join(str(cleaned[k]) for k in ent.natural_key),
                        uuid=rid,
                        other=other["id"],
                    )
                )
                cur, rid, theirs_clock = other, other["id"], None
                problems = [p for p in problems if not _key_clash(ent, p)]
        if errors(problems):
            self._refuse(ent, title, rownum, problems, raw)
            return
        for p in problems:
            self._issue(ent, title, rownum, p, raw)
        if cur is None:
            self._add(
                ent,
                title,
                rownum,
                rid,
                raw,
                cleaned,
                deleted,
                version,
                theirs_clock,
                pending,
                pending_keys,
                occurrences,
            )
        else:
            self._merge(ent, title, rownum, cur, raw, cleaned, deleted, version, theirs_clock)

    def _add(
        self, ent, title, rownum, rid, raw, cleaned, deleted, version, theirs_clock, pending, pending_keys, occurrences
    ) -> None:  # type: ignore[no-untyped-def]
        if ent.natural_key and not deleted:
            key = tuple(cleaned[k] for k in ent.natural_key)
            if key in pending_keys:
                self._refuse(
                    ent,
                    title,
                    rownum,
                    [
                        Problem(
                            ent.natural_key[-1],
                            translate("import", "{key} appears twice in this sheet (rows {first} and {row})").format(
                                key=" ".join(map(str, key)), first=pending_keys[key], row=rownum
                            ),
                            key[-1],
                        )
                    ],
                    raw,
                )
                return
            pending_keys[key] = rownum
        if rid is None:
            content = ent.key + "\x1f" + "\x1f".join(canon(cleaned[n]) for n in ent.field_names)
            k = occurrences.get(content, 0)
            occurrences[content] = k + 1
            rid = str(uuid.uuid5(_CONTENT_NS, f"{content}\x1e{k}"))
            if self.conn.execute(f"SELECT 1 FROM {ent.table} WHERE id = ?", (rid,)).fetchone():
                self.r.counts["unchanged"] += 1
                return
        row = {
            "id": rid,
            "origin": raw.get("origin") or self.peer or self.me,
            "created_at": raw.get("created_at") or self.now,
            "modified_at": raw.get("modified_at") or self.now,
            "modified_by": raw.get("modified_by") or raw.get("origin") or self.peer or self.me,
            "version": version or 1,
            "deleted": deleted,
            **cleaned,
        }
        self.pending_add(ent, rid, row, theirs_clock, raw.get(CLOCK), pending)

    def pending_add(
        self,
        ent: Entity,
        rid: str,
        row: Any,
        theirs_clock: dict[str, int] | None,
        clock_text: Any,
        pending: list[Any],
    ) -> None:
        """Queue ``row`` (a dict, or a tuple of the bookkeeping and field values) for bulk_add."""
        pending.append(row)
        self.pending_ids.add(rid)
        self.r.counts["added"] += 1
        self.touched.setdefault(ent.key, []).append(rid)
        if theirs_clock is not None and self.peer:
            version = row["version"] if isinstance(row, dict) else row[5]
            text = clock_text if isinstance(clock_text, str) else encode_clock(theirs_clock)
            # one copy of each clock's text: a million records carry a few distinct clocks
            self.added_clock_rows.append((rid, self.clock_texts.setdefault(text, text), version))

    def _kind_done(self) -> None:
        """The sheets of one record kind are all read: build the indexes _flush dropped, if it did."""
        self.deferred.close()
        self.deferred = contextlib.ExitStack()
        self.deferred_kind, self.kind_added, self.defer_decided = None, 0, False

    def _flush(self, ent: Entity, pending: list[dict[str, Any]]) -> None:
        if pending:
            self.kind_added += len(pending)
            if self.kind_added >= DEFER_INDEXES_AT and not self.defer_decided:
                self.defer_decided = True
                # what the table held before this file (its earlier batches are already in)
                held = self.conn.execute(f"SELECT count(*) FROM {ent.table}").fetchone()[0]
                if self.kind_added >= held - (self.kind_added - len(pending)):
                    # no row check reads the search index, so every kind's waits for the end;
                    # secondary indexes only for kinds whose rows are checked by primary key
                    # alone (see _check): the others look each row up by national ID, number or
                    # code, which needs the indexes
                    self.deferred.enter_context(self.inv.search_deferred(ent.table))
                    if _by_id_only(ent):
                        self.deferred.enter_context(self.inv.indexes_deferred(ent.table))
            self.inv.bulk_add(ent.key, pending, source_id=self.source_id, validate=False)
            pending.clear()
            # what a batch looked up before these were written says they are not here: a row of
            # one of them further on must look again
            for rid in self.pending_ids:
                self.prefetch.pop(rid, None)
            self.pending_ids.clear()
            self._add_clocks()

    def _add_clocks(self) -> None:
        """Store the version vectors of the records just added (while the reading process reads
        on, rather than all at the end). A record this import adds has no version vector yet, so a
        plain INSERT does: with foreign keys on, INSERT OR REPLACE copies every page it touches to
        a statement journal first, three times slower late in a large transaction."""
        if not self.added_clock_rows:
            return
        sid = self.source_id
        # in key order: record ids are time-ordered, so a batch mostly goes to the end of the table
        self.added_clock_rows.sort(key=operator.itemgetter(0))
        added = [(rid, clock, version, sid) for rid, clock, version in self.added_clock_rows]
        self.added_clock_rows.clear()
        try:
            self.conn.executemany(_CLOCK_ADD, added)
        except sqlite3.IntegrityError:
            self.conn.executemany(_CLOCK_INSERT, added)  # a vector was there after all (or a record came twice)

    def _remember_peer(
        self, ent: Entity, rid: str, clock: dict[str, int], cur: dict[str, Any], raw: dict[str, Any], same: bool
    ) -> None:
        if not self.peer:
            return
        row = self.conn.execute(
            "SELECT clock FROM merge_base WHERE record_id = ? AND peer = ?", (rid, self.peer)
        ).fetchone()
        if row and decode_clock(row[0]) == clock:
            return
        vals = (
            None if same else _vals_json(ent, {n: _stored_like(raw.get(n)) for n in ent.field_names}, raw.get(DELETED))
        )
        self.base_rows.append((rid, self.peer, encode_clock(clock), self.source_id, vals))

    def _merge(self, ent, title, rownum, cur, raw, cleaned, deleted, version, theirs_clock) -> None:  # type: ignore[no-untyped-def]
        names = list(ent.field_names)
        fields = [*names, DELETED]
        theirs = {**cleaned, DELETED: deleted}
        ours = {n: cur[n] for n in fields}
        rid = cur["id"]
        rc = self.conn.execute("SELECT clock, version FROM record_clock WHERE record_id = ?", (rid,)).fetchone()
        ours_clock = effective_clock(
            rc[0] if rc else None, rc[1] if rc else None, cur["version"], cur["modified_by"], self.me
        )
        fast_forward = theirs_clock is not None and leq(ours_clock, theirs_clock)
        if theirs_clock is not None and theirs_clock == ours_clock:
            fast_forward = True  # the same state edited in the spreadsheet: take the edits
        if fast_forward:
            changes = {f: theirs[f] for f in fields if not _same_value(ours[f], theirs[f])}
            conflicts: list[FieldConflict] = []
        else:
            base = (
                base_values(self.conn, ent.table, rid, ours_clock, theirs_clock, names)
                if theirs_clock is not None
                else None
            )
            changes, conflicts = three_way(ours, theirs, base, fields)
        new_conflicts = [c for c in conflicts if not self._conflict_known(rid, c)]
        if not changes and not new_conflicts:
            self.r.counts["unchanged"] += 1
            if theirs_clock is not None and not leq(theirs_clock, ours_clock):
                self.clock_rows.append((rid, encode_clock(join(ours_clock, theirs_clock)), cur["version"]))
                self._remember_peer_state(rid, theirs_clock, theirs, same=ours == theirs)
            return
        if changes:
            merged = {**ours, **changes}
            if not merged[DELETED]:
                _, problems = self.inv.check(ent.key, {n: merged[n] for n in names}, rid)
                if errors(problems):
                    self._refuse(ent, title, rownum, problems, raw)
                    return
            # remember our state before the import changes it: it may be the base of a later merge
            self.base_rows.append(
                (rid, self.me, encode_clock(ours_clock), self.source_id, _vals_json(ent, ours, ours[DELETED]))
            )
            if fast_forward:
                new_version = max(int(cur["version"]), int(version or 0))
                by, at = raw.get("modified_by") or self.peer or self.me, raw.get("modified_at") or self.now
                clock = theirs_clock or ours_clock
            else:
                new_version = max(int(cur["version"]), int(version or 0)) + 1
                by, at = self.me, self.now
                clock = join(ours_clock, theirs_clock) if theirs_clock else ours_clock
            sets = ", ".join(f"{k} = ?" for k in changes)
            self.conn.execute(
                f"UPDATE {ent.table} SET {sets}, version = ?, modified_at = ?, modified_by = ? WHERE id = ?",
                [*changes.values(), new_version, at, by, rid],
            )
            action = "update"
            if set(changes) == {DELETED}:
                action = "delete" if changes[DELETED] else "undelete"
            self.inv.audit.append(
                self.now,
                ent.table,
                rid,
                action,
                {k: (ours[k], v) for k, v in changes.items()},
                f"import of {self.path.name}" + ("" if fast_forward else " (merged field by field)"),
                self.source_id,
            )
            if theirs_clock is not None:
                self.clock_rows.append((rid, encode_clock(clock), new_version))
            else:
                # a hand-typed row has no clock: its changes count as an edit made here
                self.clock_rows.append((rid, encode_clock(ours_clock), int(cur["version"])))
            self.touched.setdefault(ent.key, []).append(rid)
        if theirs_clock is not None:
            after = {**ours, **changes}
            self._remember_peer_state(
                rid, theirs_clock, theirs, same=all(_same_value(after[f], theirs[f]) for f in fields)
            )
        for c in new_conflicts:
            self.conn.execute(
                "INSERT INTO conflict (table_name, record_id, field, base, ours, theirs, peer, source_id, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ent.table, rid, c.field, _j(c.base), _j(c.ours), _j(c.theirs), self.peer, self.source_id, self.now),
            )
            self.r.conflicts.append(
                {
                    "sheet": title,
                    "row": rownum,
                    "kind": ent.key,
                    "record_id": rid,
                    "field": c.field,
                    "base": c.base,
                    "ours": c.ours,
                    "theirs": c.theirs,
                }
            )
        self.r.counts["conflicted" if new_conflicts else "updated"] += 1

    def _remember_peer_state(self, rid: str, clock: dict[str, int], theirs: dict[str, Any], same: bool) -> None:
        if self.peer:
            self.base_rows.append(
                (
                    rid,
                    self.peer,
                    encode_clock(clock),
                    self.source_id,
                    None if same else json.dumps(theirs, ensure_ascii=False),
                )
            )

    def _conflict_known(self, rid: str, c: FieldConflict) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM conflict WHERE record_id = ? AND field = ? AND status = 'open' AND theirs IS ?",
                (rid, c.field, _j(c.theirs)),
            ).fetchone()
            is not None
        )

    # ---- after the rows ------------------------------------------------------------------

    def _finish(self) -> None:
        conn = self.conn
        self._add_clocks()
        # in key order, as a B-tree filled in key order touches each page once; the sorts are
        # stable, so a record queued twice still ends with its last row
        self.clock_rows.sort(key=operator.itemgetter(0))
        sid = self.source_id
        conn.executemany(_CLOCK_INSERT, [(rid, clock, version, sid) for rid, clock, version in self.clock_rows])
        self.base_rows.sort(key=operator.itemgetter(0, 1))
        conn.executemany(
            "INSERT OR REPLACE INTO merge_base (record_id, peer, clock, source_id, vals) VALUES (?, ?, ?, ?, ?)",
            self.base_rows,
        )
        self.r.duplicates = find_duplicates(self.conn, self.touched, self.source_id, self.now)
        check = self.r.signature or SignatureCheck(UNSIGNED)
        if check.accepted:
            self.inv.audit.append(
                self.now,
                "source",
                self.source_id,
                "accept_altered",
                {
                    "signature": (None, check.status),
                    "signer_fingerprint": (None, check.fingerprint),
                    "file_sha256": (None, self.r.sha256),
                },
                f"import of {self.path.name} although it was altered after signing ({check.detail}): "
                "accepted by the coordinator's override",
                self.source_id,
            )
        head = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit").fetchone()[0]
        conn.execute(
            "INSERT INTO exchange_import (source_id, peer, audit_seq, signature, signer_public_key, "
            "signer_fingerprint, signer_officer, signature_detail, altered_accepted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.source_id,
                self.peer or "hand-filled",
                head,
                check.status,
                check.public_key,
                check.fingerprint,
                check.officer,
                check.detail or None,
                int(check.accepted),
            ),
        )
        counts = dict(self.r.counts)
        counts["duplicates"] = len(self.r.duplicates)
        conn.execute("UPDATE source SET counts = ? WHERE id = ?", (json.dumps(counts), self.source_id))


class _FastAdd:
    """The common row of a large import, taken without the general path's dictionaries: a new
    production, sale or inspection record (no natural key, no rule of the store but "its
    references name live records") with a UUID, not deleted, that the reader's Cleaner found
    faultless and whose references are UUIDs of live records. It does what :meth:`_FileImport._row`
    and :meth:`_FileImport._add` do for such a row, in the same order; any row that is not
    exactly that is left to them (:meth:`add` returns False before touching anything).
    """

    def __init__(self, ent: Entity, at: dict[str, int]):
        self.ent = ent
        self.at = at
        fields = ent.field_names
        # each reference: its cell's position in the row, and its value's in the cleaned values
        self.refs = [(at.get(f.name), fields.index(f.name), ENTITIES[f.ref or ""].table) for f in _ref_fields(ent)]
        self.cell = {name: at.get(name) for name in (*BOOKKEEPING, CLOCK)}

    @classmethod
    def for_sheet(cls, ent: Entity, names: list[str]) -> _FastAdd | None:
        if not _by_id_only(ent) or ent.natural_key or "id" not in names:
            return None
        return cls(ent, {n: i for i, n in enumerate(names)})

    @staticmethod
    def ready(imp: _FileImport, rid: str) -> bool:
        """Whether ``rid`` names a record new to the inventory and to this file so far."""
        if rid in imp.aliases or rid in imp.pending_ids:
            return False
        found = imp.prefetch.get(rid)
        return found is not None and found[0] is None  # not a record we hold (nor one not looked up)

    def add(
        self, imp: _FileImport, values: tuple[Any, ...], cleaned: tuple[Any, ...], rid: str, pending: list[Any]
    ) -> bool:
        """Add the row of ``rid`` (for which :meth:`ready` said yes) if it is the common case."""
        cell = self.cell

        def get(name: str) -> Any:
            i = cell[name]
            return None if i is None else values[i]

        if get(DELETED) not in (None, 0, "0"):
            return False
        for i, j, table in self.refs:
            v = values[i] if i is not None else None
            if v is None:
                continue
            if type(v) is not str or imp._uuid(v) != v or v in imp.aliases or cleaned[j] != v:
                return False
            if imp._ref_state(table, v) != 0:
                return False
        version = _version(get("version"))
        origin, by = get("origin"), get("modified_by")
        modified_by = str(by) if by else (origin or imp.peer)
        clock_text = get(CLOCK)
        theirs_clock = imp._clock(clock_text)
        if theirs_clock is None and version is not None and modified_by:
            theirs_clock = {str(modified_by): version}
        # what _row does before it adds: the prefetched state is used up
        del imp.prefetch[rid]
        fallback = imp.peer or imp.me
        imp.pending_add(
            self.ent,
            rid,
            (
                rid,
                origin or fallback,
                get("created_at") or imp.now,
                get("modified_at") or imp.now,
                by or origin or fallback,
                version or 1,
                0,
                *cleaned,
            ),
            theirs_clock,
            clock_text,
            pending,
        )
        return True


def _no_record(ent: Entity, name: str, target: Entity, rid: Any) -> str:
    return translate("store", "{field}: no {kind} with id {id}").format(
        field=field_name(ent, name), kind=entity_label(target).lower(), id=rid
    )


def _j(v: Any) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def _version(v: Any) -> int | None:
    """A record's version counter as a cell gives it; None for anything that is not one."""
    if v is None or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(f) or f < 0 or f >= 2**53 or f != int(f):
        return None
    return int(f)


def _shown(v: Any) -> Any:
    """A refused value as the report shows it: long text cut, with its length."""
    if isinstance(v, str) and len(v) > MAX_SHOWN:
        return translate("import", "{start}... ({n} characters)").format(start=v[:MAX_SHOWN], n=f"{len(v):,}")
    return v


def _letters(col: int) -> str:
    """Column index (0-based) -> its letters (0 -> A)."""
    out = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        out = chr(65 + r) + out
    return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def _vals_json(ent: Entity, values: dict[str, Any], deleted: Any) -> str:
    return json.dumps({**{n: values.get(n) for n in ent.field_names}, DELETED: int(bool(deleted))}, ensure_ascii=False)


def _same_value(a: Any, b: Any) -> bool:
    from .merge import _same

    return _same(a, b)


class _Reading:
    """:func:`inspect_workbook`'s ``share`` for one file: a workbook read by a second process (see
    :func:`~kpfield.exchange.sheets.use_process`) starts it (as ``process``), to check about half
    of the sheet parts while this process checks the rest; ``stack`` ends it with the file's
    import."""

    def __init__(self, path: Path, processes: bool | None, stack: contextlib.ExitStack):
        self.path, self.processes, self.stack = path, processes, stack
        self.process: ReadingProcess | None = None

    def __call__(self, size: int) -> ReadingProcess | None:
        if use_process(size, self.processes):
            self.process = self.stack.enter_context(ReadingProcess(self.path))
        return self.process


def import_workbooks(
    inv: Inventory,
    paths: list[str | Path],
    *,
    dry_run: bool = False,
    backup: bool = True,
    progress: Progress | None = None,
    accept_altered: bool = False,
    processes: bool | None = None,
    expected: dict[str, str] | None = None,
) -> ImportReport:
    """Import each file in turn (one transaction each). Files that fail are reported, not raised.

    ``progress(files done, files in all, file)`` comes before each file; when it answers False the
    run stops there with Cancelled (the files before are imported, each whole). ``expected``: the
    SHA-256 of files as a preview saw them; a real run refuses, before writing anything, when one
    of them has changed since (the coordinator would import what they never saw).

    ``accept_altered``: import files altered after signing instead of refusing them (the
    coordinator's override; each such import is written to the audit log). ``processes``: read
    each workbook in a second process (True), in this one (False), or by the size of its sheet XML
    (None; see :func:`kpfield.exchange.sheets.use_process`).
    """
    report = ImportReport([], dry_run)
    if expected and not dry_run:
        changed = [p for p in paths if expected.get(str(p)) and file_sha256(Path(p)) != expected[str(p)]]
        if changed:
            raise InventoryError(
                translate("import", "{file} changed since the preview; preview it again before importing").format(
                    file=Path(changed[0]).name
                )
            )
    backed_up = False
    for n, p in enumerate(paths):
        # between files only: each file is its own transaction, so a stop never splits one
        step(progress, n, len(paths), str(p))
        path = Path(p)
        result = FileResult(str(path))
        report.files.append(result)
        try:
            with contextlib.ExitStack() as stack:
                reading = _Reading(path, processes, stack)
                facts = inspect_workbook(path, reading)
                result.sha256 = file_sha256(path)
                if backup and not dry_run and not backed_up:
                    report.backup = str(inv.backup())
                    backed_up = True
                _FileImport(inv, path, result, dry_run, accept_altered, facts, reading.process).run()
        except BadWorkbook as e:
            # possibly met after some sheets were read (a sheet the reader cannot parse): the
            # file's transaction rolled back, and what its rows said no longer matters
            result.error = str(e)
            result.counts = dict.fromkeys(COUNTS, 0)
            result.issues, result.issue_count, result.conflicts, result.duplicates = [], 0, [], []
        except sqlite3.IntegrityError as e:
            # a rule the row checks missed but the database enforces: the file's transaction rolled back
            result.error = translate(
                "import", "{path} was refused by the inventory's own checks ({error}); nothing from it was written"
            ).format(path=path, error=e)
            result.counts = dict.fromkeys(COUNTS, 0)
        except InventoryError as e:
            # busy (another program writes) or a full disk: the file's transaction rolled back
            result.error = translate("import", "{path} was not imported: {reason}").format(path=path, reason=e)
            result.counts = dict.fromkeys(COUNTS, 0)
            result.notes, result.issues, result.issue_count, result.conflicts, result.duplicates = [], [], 0, [], []
            if isinstance(e, InventoryBusy):
                for later in paths[len(report.files) :]:
                    report.files.append(
                        FileResult(
                            str(later),
                            error=translate(
                                "import", "{path} was not imported: the inventory is busy; import it again in a moment"
                            ).format(path=later),
                        )
                    )
                break
    return report

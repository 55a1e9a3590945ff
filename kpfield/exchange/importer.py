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

This module is the run and each file's transaction; one row's add-or-merge is
:mod:`kpfield.exchange.rows`, and what the run found, :mod:`kpfield.exchange.results`.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kpfield import i18n
from kpfield.domain.dates import utc_now
from kpfield.domain.entities import ENTITIES, MAX_BOOKKEEPING_LENGTH, Entity
from kpfield.domain.labels import entities_label, field_name
from kpfield.domain.text import normalise, visible
from kpfield.domain.validation import ValidationError
from kpfield.i18n import translate
from kpfield.progress import Progress, step
from kpfield.store import Inventory, InventoryBusy, InventoryError
from kpfield.store.db import ConstraintError
from kpfield.store.keys import ALTERED, REGISTERED, UNSIGNED, SignatureCheck
from kpfield.workbook import BadWorkbook, WorkbookFacts, WorkbookReader, inspect_workbook

from . import signature
from .codec import CANONICAL, file_sha256
from .export import ABOUT
from .headers import entity_of_sheet, header_aliases
from .results import COUNTS, TEMPLATE, WORKBOOK, FileResult, ImportReport, RowIssue
from .review import settle_spelling
from .rows import RowMerge, Sheet, checked_by_id_only
from .sheets import Header, ReadingProcess, use_process
from .sheets import events as read_events
from .template import FILLED_BY, INSTALLATION

__all__ = ["COUNTS", "TEMPLATE", "WORKBOOK", "ImportReport", "FileResult", "RowIssue", "import_workbooks"]

# A file adding at least this many records of a kind, and at least as many as its table held
# before, loads them with the table's search index (Inventory.search_deferred) and, for kinds
# checked by primary key alone, its secondary indexes (Inventory.indexes_deferred) built again
# after the kind's last sheet: one pass instead of a million row-by-row updates. The decision is
# taken at the first write (5,000 records), so that the whole load gains. A kind's records may
# span several sheets (a production sheet continues on "Production (2)"...).
DEFER_INDEXES_AT = 5_000


class _Undo(Exception):
    """Raised inside a file's transaction to roll it back (refused rows, or a dry run)."""


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
        self.path = path
        self.r = result
        self.dry_run = dry_run
        self.me = inv.identity.origin
        self.now = utc_now()
        self.peer: str | None = None
        self.source_id = ""
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

    def _filled_by(self, reader: WorkbookReader) -> tuple[str | None, str | None]:
        """Who filled a template, from its instruction sheet: (the officer's name, their
        installation's identity or None). The cell beside "Filled by" and beside "Your
        installation", in any of kpfield's languages. A template that does not say is imported
        all the same, credited to nobody in particular (a note says so); an installation that is
        not one refuses the file, naming the cell."""
        titles = {normalise(i18n.translate_in(lang, "template", "Instructions")) for lang in i18n.LANGUAGES}
        sheet = next((t for t in reader.sheet_names if normalise(t) in titles), None)
        wanted = {
            which: {normalise(i18n.translate_in(lang, "template", text)) for lang in i18n.LANGUAGES}
            for which, text in (("officer", FILLED_BY), ("origin", INSTALLATION))
        }
        found: dict[str, tuple[Any, int]] = {}
        if sheet is not None:
            for rownum, row in enumerate(reader.rows(sheet), start=1):
                if len(row) < 2 or not isinstance(row[0], str):
                    continue
                head = normalise(row[0])
                for which, labels in wanted.items():
                    if head in labels and which not in found:
                        found[which] = (row[1], rownum)
        officer_cell, officer_row = found.get("officer", (None, 0))
        place_cell, place_row = found.get("origin", (None, 0))
        officer = " ".join(str(officer_cell).split()) if officer_cell not in (None, "") else None
        if officer is not None and (len(officer) > MAX_BOOKKEEPING_LENGTH or not officer.isprintable()):
            raise BadWorkbook(
                translate(
                    "import",
                    "{path}, sheet '{sheet}', cell B{row}: the officer's name is not one (at most {n} characters, "
                    "letters and spaces); type the name of the officer who filled the template",
                ).format(path=self.path.name, sheet=sheet, row=officer_row, n=MAX_BOOKKEEPING_LENGTH)
            )
        origin = None
        if place_cell not in (None, ""):
            origin = self._installation(str(place_cell).strip())
            if origin is None:
                raise BadWorkbook(
                    translate(
                        "import",
                        "{path}, sheet '{sheet}', cell B{row}: '{value}' is not an installation's identity; "
                        "copy it as 'kpfield identity' shows it, or leave the cell empty",
                    ).format(path=self.path.name, sheet=sheet, row=place_row, value=visible(str(place_cell)[:80]))
                )
        if officer is None:
            self.r.notes.append(
                translate(
                    "import",
                    "the template does not say who filled it (the cell beside 'Filled by' on its instruction "
                    "sheet is empty): its records are credited to no officer in the report",
                )
            )
        elif origin is not None:
            registered = self.inv.sync.officer_name(origin)
            if registered not in (origin, officer) and origin != self.me:
                self.r.notes.append(
                    translate(
                        "import",
                        "the template says it was filled by {officer} of installation {origin}, whose key is "
                        "registered here for {registered}: check who filled it",
                    ).format(officer=officer, origin=origin, registered=registered)
                )
        return officer, origin

    def _installation(self, text: str) -> str | None:
        """``text`` as an installation's identity (a UUID, in its usual form), or an identity this
        inventory knows (its own, a registered officer's); None when it is neither."""
        known = {self.me, *(k.origin for k in self.inv.keys.registered())}
        if text in known:
            return text
        try:
            return str(uuid.UUID(text))
        except ValueError:
            return None

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
            r.kind = WORKBOOK if about.get("format") else TEMPLATE
            r.origin = str(about["origin"]) if about.get("origin") else None
            r.officer = str(about["officer"]) if about.get("officer") else None
            if r.kind == TEMPLATE:
                r.officer, r.origin = self._filled_by(reader)
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
            if r.origin == self.me and r.kind == WORKBOOK:
                r.notes.append(translate("import", "this workbook was exported by this installation"))
            check = signature.check_about(self.inv, about, about_sheets)
            r.signature = check
            if check.status == ALTERED and not self.accept_altered:
                r.error = self._altered_refusal(check)
                return
            if check.status == UNSIGNED and r.kind == WORKBOOK:
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
                    rows = RowMerge(
                        self.inv,
                        r,
                        self.path.name,
                        peer=self.peer,
                        source_id=self.source_id,
                        now=self.now,
                        write=self._write,
                        # a registered officer's signature (or this installation's) over _about
                        # vouches for the rows; should the data then prove altered, only the
                        # coordinator's override (accept_altered) lets them stay
                        vouched=check.status == REGISTERED,
                        exported_at=about.get("exported_at") if r.kind == WORKBOOK else None,
                    )
                    plan = [(key, titles) for key, titles in sheets.items()]
                    stream = read_events(
                        self.path,
                        reader.facts,
                        reader,
                        plan,
                        hashing=CANONICAL if about.get("data_canon") == CANONICAL else r.kind == WORKBOOK,
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
                                self._sheet(rows, ENTITIES[event[1]], event[2], stream)
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
                    if rows.unvouched_changes:
                        r.notes.append(
                            translate(
                                "import",
                                "{n} record(s) held here would be changed by this file, which no registered "
                                "officer signed: nothing was changed; each change is a conflict to review "
                                "('kpfield conflicts', or the Exchange page)",
                            ).format(n=rows.unvouched_changes)
                        )
                    if r.refused:
                        raise _Undo
                    self._finish(rows)
                # in a dry run, the batch's transaction is undone after its last file
                r.written = not self.dry_run
                r.source_id = None if self.dry_run else self.source_id
            except _Undo:
                pass  # the file's transaction was rolled back: refused, or part of a dry run

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

    def _sheet(self, rows: RowMerge, ent: Entity, title: str, stream: Iterator[tuple[Any, ...]]) -> None:
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
        columns = {name: str(head.cells[i]) for i, name in head.mapping.items()} if head.cells else {}
        sheet = Sheet(ent, title, head.names, columns)
        for event in stream:
            if event[0] == "end":
                break
            rows.batch(sheet, event[1])
        rows.flush(sheet)

    def _kind_done(self) -> None:
        """The sheets of one record kind are all read: build the indexes _write dropped, if it did."""
        self.deferred.close()
        self.deferred = contextlib.ExitStack()
        self.deferred_kind, self.kind_added, self.defer_decided = None, 0, False

    def _write(self, ent: Entity, pending: list[Any]) -> None:
        """Insert the new records the rows queued (see :class:`~kpfield.exchange.rows.RowMerge`)."""
        self.kind_added += len(pending)
        if self.kind_added >= DEFER_INDEXES_AT and not self.defer_decided:
            self.defer_decided = True
            # what the table held before this file (its earlier batches are already in)
            held = self.inv.count_all(ent.key)
            if self.kind_added >= held - (self.kind_added - len(pending)):
                # no row check reads the search index, so every kind's waits for the end;
                # secondary indexes only for kinds whose rows are checked by primary key
                # alone (see RowMerge._check): the others look each row up by national ID,
                # number or code, which needs the indexes
                self.deferred.enter_context(self.inv.search_deferred(ent.table))
                if checked_by_id_only(ent):
                    self.deferred.enter_context(self.inv.indexes_deferred(ent.table))
        self.inv.bulk_add(ent.key, pending, source_id=self.source_id, validate=False)

    # ---- after the rows ------------------------------------------------------------------

    def _finish(self, rows: RowMerge) -> None:
        rows.finish()
        self._settle_spellings(rows)
        self.r.duplicates = self.inv.sync.find_duplicates(rows.touched, self.source_id, self.now)
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
        self.inv.sync.record_import(self.source_id, self.peer or "hand-filled", check)
        counts = dict(self.r.counts)
        counts["duplicates"] = len(self.r.duplicates)
        self.inv.set_source_counts(self.source_id, json.dumps(counts))

    def _settle_spellings(self, rows: RowMerge) -> None:
        """Settle the file's conflicts between two spellings of one value (case, accents or spaces
        alone) to the most recent spelling, after its rows are in, and say so in its result: they
        are listed as settled automatically, never silently."""
        settled = {}
        for number, ours_at, theirs_at in rows.spellings:
            try:
                settled[number] = settle_spelling(self.inv, number, ours_at, theirs_at)
            except (ValidationError, InventoryError) as e:
                # the spelling cannot be taken (it would clash with another record): a person decides
                self.r.notes.append(
                    translate("import", "conflict {number} was left open for review: {error}").format(
                        number=number, error=e
                    )
                )
        for cf in self.r.conflicts:
            if cf.get("number") in settled:
                cf["settled"] = settled[cf["number"]]
        if settled:
            self.r.notes.append(
                translate(
                    "import",
                    "{n} conflict(s) between two spellings of a value (case, accents or spaces alone) were "
                    "settled automatically to the most recent spelling; they are listed with the conflicts",
                ).format(n=len(settled))
            )


def _letters(col: int) -> str:
    """Column index (0-based) -> its letters (0 -> A)."""
    out = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        out = chr(65 + r) + out
    return out


def _discard(copies: list[WorkbookFacts]) -> None:
    for facts in copies:
        facts.discard()


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
    paths: Sequence[str | Path],
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

    ``dry_run``: the real run of the whole batch, every file in order in one transaction, undone
    at the end: the report's counts, conflicts and refusals are the ones the real run gives (a
    file refers to, or merges with, what an earlier one adds), and nothing is written.

    ``accept_altered``: import files altered after signing instead of refusing them (the
    coordinator's override; each such import is written to the audit log). ``processes``: read
    each workbook in a second process (True), in this one (False), or by the size of its sheet XML
    (None; see :func:`kpfield.exchange.sheets.use_process`).
    """
    # even a dry run writes (in a transaction it rolls back): refuse a read-only file before any work
    inv.require_writable()
    report = ImportReport([], dry_run)
    if expected and not dry_run:
        changed = [p for p in paths if expected.get(str(p)) and file_sha256(Path(p)) != expected[str(p)]]
        if changed:
            raise InventoryError(
                translate("import", "{file} changed since the preview; preview it again before importing").format(
                    file=Path(changed[0]).name
                )
            )
    if dry_run:
        # the real run, every file in order in one transaction, then undone: a file may refer to
        # records an earlier one adds, or merge with them, exactly as it will
        try:
            with inv.transaction():
                _import_each(
                    inv,
                    paths,
                    report,
                    dry_run=True,
                    backup=False,
                    progress=progress,
                    accept_altered=accept_altered,
                    processes=processes,
                )
                raise _Undo
        except _Undo:
            pass  # the whole batch was rolled back: the report is what the real run would say
        except InventoryBusy:
            report.files = [
                FileResult(
                    str(p),
                    error=translate(
                        "import", "{path} was not imported: the inventory is busy; import it again in a moment"
                    ).format(path=p),
                )
                for p in paths
            ]
        return report
    _import_each(
        inv,
        paths,
        report,
        dry_run=False,
        backup=backup,
        progress=progress,
        accept_altered=accept_altered,
        processes=processes,
    )
    return report


def _import_each(
    inv: Inventory,
    paths: Sequence[str | Path],
    report: ImportReport,
    *,
    dry_run: bool,
    backup: bool,
    progress: Progress | None,
    accept_altered: bool,
    processes: bool | None,
) -> None:
    """Import each of ``paths`` in turn into ``report`` (see :func:`import_workbooks`)."""
    backed_up = False
    for n, p in enumerate(paths):
        # between files only: each file is its own transaction, so a stop never splits one
        step(progress, n, len(paths), str(p))
        path = Path(p)
        result = FileResult(str(path))
        report.files.append(result)
        try:
            with contextlib.ExitStack() as stack:
                # the guard's canonical copy goes once the reading process (entered after this) has ended
                copies: list[WorkbookFacts] = []
                stack.callback(_discard, copies)
                reading = _Reading(path, processes, stack)
                facts = inspect_workbook(path, reading)
                copies.append(facts)
                result.sha256 = facts.sha256  # of the very bytes the copy was made from
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
        except ConstraintError as e:
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

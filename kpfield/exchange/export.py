"""Field workbook export: every record kind on its own sheet, with its bookkeeping, and ``_about``.

One sheet per entity (``kpfield.domain.entities``), columns: the bookkeeping columns, the
record's version vector (``clock``, see :mod:`kpfield.exchange.merge`), which installation last
wrote each field (``field_clock``, :mod:`kpfield.store.stamps`) and every user field,
typed (dates as dates, numbers as numbers, identifiers as text). Rows stream from SQLite to an
XlsxWriter file in constant memory; a sheet that reaches Excel's row limit continues on
``<name> (2)``. The ``_about`` sheet says who made the file, when, with what filter, how many
rows each sheet holds, the SHA-256 of the data and of the column headers so that an import
notices a changed file, and the installation's Ed25519 signature over all of that
(:mod:`kpfield.exchange.signature`).

Sheet names and column headers are English whatever the officer's language: this is the exchange
format between installations, and the import reads headers in any of kpfield's languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield import __version__
from kpfield.domain.dates import parse_since, utc_now
from kpfield.domain.entities import ENTITIES, Entity
from kpfield.i18n import format_number, translate
from kpfield.identity import InstallationKey
from kpfield.output import Staging, writing
from kpfield.progress import Progress, step
from kpfield.store import Inventory
from kpfield.store.checkpoints import Checkpoint
from kpfield.store.stamps import load_stamps
from kpfield.workbook import FORMULA_START, WorkbookWriter

from .codec import CANONICAL, DataHash, canonical, column_kinds, encode_clock, encode_field_clock
from .headers import EXCHANGE_COLUMNS, field_label, sheet_name
from .merge import effective_clock
from .signature import sign_about

__all__ = [
    "ABOUT",
    "EXCEL_MAX_ROWS",
    "SHEET_ROWS",
    "FORMAT",
    "ExportResult",
    "export_field",
    "columns_of",
]

ABOUT = "_about"
FORMAT = "kpfield field workbook 1"
EXCEL_MAX_ROWS = 1_048_576  # including the header row
# Rows per sheet (header included) in a field workbook. Well below Excel's limit on purpose: a
# reader holds a sheet in memory while it reads it (python-calamine takes about 2.4 KB per
# production row), and kpfield's import parses the next sheet while it reads one; parts of
# 100,000 records keep both under 600 MB, and Excel and LibreOffice open each part quickly.
SHEET_ROWS = 100_001


@dataclass
class ExportResult:
    path: Path
    sheets: list[tuple[str, str, int]] = field(default_factory=list)  # (sheet, entity, rows)
    sha256: str = ""
    headers_sha256: str = ""
    fingerprint: str = ""  # of the key that signed the workbook ('' when it went out unsigned)
    key_made: bool = False  # this installation's signing key was made by this export
    unsigned_because: str = ""  # why the workbook went out unsigned ('' when it is signed)

    @property
    def rows(self) -> int:
        return sum(n for _, _, n in self.sheets)


# Column widths (characters) by cell kind: a UUID is 36 characters, a date 10.
_WIDTHS = {"text": 18, "int": 9, "number": 11, "date": 11}


def columns_of(ent: Entity) -> list[str]:
    return [*EXCHANGE_COLUMNS, *ent.field_names]


def _rows(inv: Inventory, ent: Entity, country: str | None, since: str | None) -> Iterator[list[Any]]:
    """Each record as the list of its exchange columns, with its effective version vector."""
    me = inv.identity.origin
    # the bookkeeping columns come first, then clock (computed), then the user fields
    for r in inv.sync.records_with_clocks(ent.key, country=country, since=since):
        if r[7] is None:
            # never exchanged: every change was made by the installation that last changed it
            # (the same text encode_clock gives for one entry; origins are UUIDs, nothing to escape)
            clock = f'{{"{r[4]}":{r[5]}}}'
        elif r[8] == r[5]:
            clock = r[7]  # no edit here since the import that set it
        else:
            clock = encode_clock(effective_clock(r[7], r[8], r[5], r[4], me))
        # the field stamps, by position in the vector's installations (most records have none)
        stamps = None
        if r[9] is not None:
            stamps = encode_field_clock(load_stamps(r[9]), effective_clock(r[7], r[8], r[5], r[4], me), r[4])
        yield [*r[:7], clock, stamps, *r[10:]]


def export_field(
    inv: Inventory,
    path: str | Path,
    *,
    country: str | None = None,
    since: str | dt.date | None = None,
    max_rows: int = SHEET_ROWS,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the field workbook of ``inv`` to ``path``; returns what each sheet holds.

    ``country`` keeps the records of one country (production, sales and inspections through their
    site or licence); ``since`` keeps records changed on or after that day, or that day and time
    (UTC; :func:`kpfield.domain.dates.parse_since`).
    ``max_rows`` (rows per sheet, header included) may not pass Excel's limit; a kind with more
    records continues on ``<sheet> (2)``, ``(3)``...

    ``progress(kinds done, kinds in all, sheet title)`` comes at each kind's start and every 50,000
    rows; when it answers False the partial file is removed and Cancelled raised.

    ``path`` is checked before any work (:func:`kpfield.output.writing`): a folder, a device or
    anything but a regular file raises OutputError; a link is written through. The file and
    XlsxWriter's temporary files are made in a staging folder beside it; a full disk raises
    OutputError and leaves nothing behind.
    """
    path = Path(path)
    if not 2 <= max_rows <= EXCEL_MAX_ROWS:
        raise ValueError(
            translate("export", "rows per sheet must be between 2 and {limit}").format(
                limit=format_number(EXCEL_MAX_ROWS, grouping=True)
            )
        )
    if country:
        country = country.strip().upper()
        from kpfield.domain.places import COUNTRIES

        if country not in COUNTRIES:
            raise ValueError(
                translate(
                    "export", "'{country}' is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)"
                ).format(country=country)
            )
    since_text = parse_since(since) if since else None
    with writing(path) as staged:
        return _export(inv, path, staged, country, since_text, max_rows, progress)


def _export(
    inv: Inventory,
    path: Path,
    staged: Staging,
    country: str | None,
    since_text: str | None,
    max_rows: int,
    progress: Progress | None,
) -> ExportResult:
    result = ExportResult(path)
    key, result.key_made, result.unsigned_because = inv.export_signer()
    result.fingerprint = key.fingerprint if key is not None else ""
    # the chain's head as it stands, signed (and carried on _about); None when this installation
    # cannot sign for this inventory, or when the inventory is read-only here (nothing can be written
    # to it, a checkpoint neither)
    checkpoint = inv.checkpoint("export") if key is not None and not inv.readonly else None
    book = WorkbookWriter(staged.part, streaming=True, tmpdir=staged.folder)
    try:
        about = book.raw_sheet(ABOUT)
        data_hash, headers_hash = DataHash(canonical), DataHash()
        kinds_done, kinds_all = 0, len(ENTITIES)
        footer = "&L&A&R&P / &N"
        for ent in ENTITIES.values():
            step(progress, kinds_done, kinds_all, sheet_name(ent))
            columns = columns_of(ent)
            kinds = column_kinds(ent, columns)
            labels = [field_label(ent, c) for c in columns]
            widths = [_WIDTHS.get(k, 14) for k in kinds]
            data_hash.sheet(ent.key)
            headers_hash.sheet(ent.key)
            base = sheet_name(ent)
            part, sheet, title = 1, None, base
            for values in _rows(inv, ent, country, since_text):
                if sheet is None or sheet.rows >= max_rows - 1:
                    if sheet is not None:
                        result.sheets.append((title, ent.key, sheet.rows))
                    title = base if part == 1 else f"{base} ({part})"
                    part += 1
                    if sheet is not None:
                        sheet.finish()
                    sheet = book.sheet(title, kinds)
                    sheet.header(labels)
                    sheet.lay_out(widths, footer=footer)
                    headers_hash.row(labels)
                sheet.append(values)
                data_hash.row(values)
                if progress and sheet.rows % 50_000 == 0:
                    step(progress, kinds_done, kinds_all, title)
            if sheet is None:  # an empty kind still gets its sheet, so the workbook is a template too
                title = base
                sheet = book.sheet(title, kinds)
                sheet.header(labels)
                sheet.lay_out(widths, footer=footer)
                headers_hash.row(labels)
            sheet.finish()
            result.sheets.append((title, ent.key, sheet.rows))
            kinds_done += 1
        step(progress, kinds_all, kinds_all)
        result.sha256 = data_hash.hexdigest()
        result.headers_sha256 = headers_hash.hexdigest()
        _write_about(book, about, inv, result, country, since_text, key, checkpoint)
        book.close()
    except BaseException:
        book.discard()  # lets go of its files, so that the staging folder can be removed
        raise
    return result


def _write_about(
    book: WorkbookWriter,
    ws: Any,
    inv: Inventory,
    result: ExportResult,
    country: str | None,
    since: str | None,
    key: InstallationKey | None,
    checkpoint: Checkpoint | None,
) -> None:
    facts: list[tuple[str, Any]] = [
        ("format", FORMAT),
        ("kpfield_version", __version__),
        ("schema_version", inv.schema_version()),
        ("origin", inv.identity.origin),
        ("officer", inv.identity.officer),
        ("home_country", inv.identity.country),
        ("exported_at", utc_now()),
        ("filter_country", country or ""),
        ("filter_since", since or ""),
        ("data_sha256", result.sha256),
        ("headers_sha256", result.headers_sha256),
        ("rows", result.rows),
        # the data hash is over values as a spreadsheet saves them back (kpfield.exchange.codec)
        ("data_canon", CANONICAL),
    ]
    # signed as the sheet table below reads: (sheet, rows, entity)
    if key is not None:
        facts += sign_about(key, dict(facts), [(title, n, kind) for title, kind, n in result.sheets])
    if checkpoint is not None:
        facts += checkpoint.as_about()
    bold = book.header_format
    ws.write_string(0, 0, "key", bold)
    ws.write_string(0, 1, "value", bold)
    r = 1
    for name, value in facts:
        ws.write_string(r, 0, name)
        if isinstance(value, int):
            ws.write_number(r, 1, value)
        else:
            # an officer's name is typed by a person: formula-like text keeps the quote prefix
            text = str(value)
            ws.write_string(r, 1, text, book.quoted_format if text.startswith(FORMULA_START) else None)
        r += 1
    r += 1
    ws.write_string(r, 0, "sheet", bold)
    ws.write_string(r, 1, "rows", bold)
    ws.write_string(r, 2, "entity", bold)
    for title, kind, n in result.sheets:
        r += 1
        ws.write_string(r, 0, title)
        ws.write_number(r, 1, n)
        ws.write_string(r, 2, kind)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 70)

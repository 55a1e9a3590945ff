"""The import report as a workbook: a summary per file, every problem, conflicts and duplicates.

The report speaks the officer's language (``lang``): sheet titles, column headers, each file's
result, the problems' severities, the record kinds and fields of conflicts. What identifies data
stays as it was: sheet and column names as typed in the file, UUIDs and values.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from kpfield.domain.entities import ENTITIES, Entity
from kpfield.domain.labels import cell_value, check_language, entities_label, field_name
from kpfield.domain.text import visible
from kpfield.i18n import translate, using_language
from kpfield.output import Staging, writing
from kpfield.store.duplicates import reason_text
from kpfield.store.keys import describe, status_text
from kpfield.workbook import WorkbookWriter

from .results import COUNTS, TEMPLATE, WORKBOOK, FileResult, ImportReport

__all__ = ["write_report", "file_kind_text", "result_text", "severity_text", "count_text"]


def _text(v: Any) -> str:
    """A value from a file as the report shows it: invisible characters made visible."""
    if v is None:
        return ""
    return visible(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str), keep="\n\t")


def _safe(row: list[Any]) -> list[Any]:
    """A report row with every text made visible (file names, officers, sheets and columns come
    from the files read); line feeds and tabs kept."""
    return [visible(v, keep="\n\t") if isinstance(v, str) else v for v in row]


def _typed(ent: Entity | None, name: str, v: Any) -> Any:
    """A conflict's value in the cell type it has (a number, a date), or as text."""
    typed = cell_value(ent, name, v)
    return typed if isinstance(typed, (int, float, dt.date)) else _text(typed)


def _time(at: Any) -> str | None:
    """A stored UTC time as the report shows it: date and minutes."""
    return None if not at else str(at)[:16].replace("T", " ")


def _kind(key: str) -> str:
    ent = ENTITIES.get(key)
    return entities_label(ent) if ent else key


def _field(key: str, name: str) -> str:
    ent = ENTITIES.get(key)
    return field_name(ent, name) if ent and name in ent.field_names else name


def file_kind_text(kind: str) -> str:
    """What a file was (a kpfield workbook, a filled template), in the current language."""
    if kind == WORKBOOK:
        return translate("report", "kpfield workbook")
    if kind == TEMPLATE:
        return translate("report", "filled template")
    return kind


def severity_text(severity: str) -> str:
    if severity == "error":
        return translate("report", "error")
    if severity == "warning":
        return translate("report", "warning")
    return severity


def count_text(name: str) -> str:
    """The heading of one of the import's counts (added, updated...)."""
    return {
        "added": translate("report", "added"),
        "updated": translate("report", "updated"),
        "unchanged": translate("report", "unchanged"),
        "conflicted": translate("report", "conflicted"),
        "refused": translate("report", "refused"),
    }.get(name, name)


def result_text(f: FileResult, dry_run: bool) -> str:
    """What became of one file, in the current language."""
    if f.error:
        return translate("report", "refused: {reason}").format(reason=f.error)
    if f.refused:
        return translate("report", "refused: nothing written")
    if dry_run:
        return translate("report", "dry run: nothing written")
    return translate("report", "written")


def write_report(report: ImportReport, path: str | Path, lang: str | None = None) -> Path:
    """Write ``report`` as a workbook in ``lang`` (default: the current language)."""
    path = Path(path)
    with using_language(check_language(lang)), writing(path) as staged:
        _write(report, staged)
    return path


def _write(report: ImportReport, staged: Staging) -> None:
    book = WorkbookWriter(staged.part, streaming=True, tmpdir=staged.folder)
    s = book.sheet(translate("report", "Summary"), ["text"] * 6 + ["int"] * len(COUNTS) + ["text"] * 5)
    s.header(
        [
            translate("report", "File"),
            translate("report", "Kind"),
            translate("report", "Origin (installation)"),
            translate("report", "Officer"),
            "SHA-256",
            translate("report", "Result"),
            *(count_text(k) for k in COUNTS),
            translate("report", "Signature"),
            translate("report", "Signed by"),
            translate("report", "Signer's key fingerprint"),
            translate("report", "Signature detail"),
            translate("report", "Notes"),
        ]
    )
    footer = "&L&A&R" + translate("report", "page &P of &N")
    s.lay_out([30, 14, 20, 18, 20, 28, 9, 9, 10, 10, 9, 16, 18, 20, 30, 40], footer=footer)
    for f in report.files:
        sig = f.signature
        s.append(
            _safe(
                [
                    f.file,
                    file_kind_text(f.kind),
                    f.origin,
                    f.officer,
                    f.sha256,
                    result_text(f, report.dry_run),
                    *(f.counts[k] for k in COUNTS),
                    status_text(sig.status) if sig else "",
                    sig.officer if sig else "",
                    sig.fingerprint if sig else "",
                    describe(sig) if sig else "",
                    "\n".join(f.notes),
                ]
            )
        )
    p = book.sheet(translate("report", "Problems"), ["text", "text", "int", "text", "text", "text", "text", "text"])
    p.header(
        [
            translate("report", "File"),
            translate("report", "Sheet"),
            translate("report", "Row"),
            translate("report", "Column"),
            translate("report", "Value"),
            translate("report", "Problem"),
            translate("report", "What to do"),
            translate("report", "Severity"),
        ]
    )
    p.lay_out([24, 14, 7, 18, 18, 50, 50, 10], footer=footer)
    for f in report.files:
        for i in f.issues:
            p.append(
                _safe([i.file, i.sheet, i.row, i.column, _text(i.value), i.message, i.fix, severity_text(i.severity)])
            )
    c = book.sheet(
        translate("report", "Conflicts"),
        ["int", "text", "text", "int", "text", "text", "text"]
        + ["value", "value", "text", "text", "value", "text", "text", "text", "text"],
    )
    c.header(
        [
            translate("report", "Conflict"),
            translate("report", "File"),
            translate("report", "Sheet"),
            translate("report", "Row"),
            translate("report", "Record kind"),
            translate("report", "Record"),
            translate("report", "Field"),
            translate("report", "Value both sides last agreed on"),
            translate("report", "Value here"),
            translate("report", "Changed here by"),
            translate("report", "Changed here (UTC)"),
            translate("report", "Value received"),
            translate("report", "Received from"),
            translate("report", "Changed there (UTC)"),
            translate("report", "Settled automatically"),
            translate("report", "Record UUID"),
        ]
    )
    c.lay_out([24, 14, 7, 14, 38, 18, 20, 20, 20], footer=footer)
    for f in report.files:
        for cf in f.conflicts:
            ent = ENTITIES.get(cf["kind"])
            c.append(
                _safe(
                    [
                        cf.get("number"),
                        f.file,
                        cf["sheet"],
                        cf["row"],
                        _kind(cf["kind"]),
                        cf.get("label") or cf["record_id"],
                        _field(cf["kind"], cf["field"]),
                        _typed(ent, cf["field"], cf["base"]),
                        _typed(ent, cf["field"], cf["ours"]),
                        cf.get("ours_by"),
                        _time(cf.get("ours_at")),
                        _typed(ent, cf["field"], cf["theirs"]),
                        cf.get("theirs_by"),
                        _time(cf.get("theirs_at")),
                        cf.get("settled"),
                        cf["record_id"],
                    ]
                )
            )
    d = book.sheet(translate("report", "Duplicates"), ["text"] * 5)
    d.header(
        [
            translate("report", "File"),
            translate("report", "Record kind"),
            translate("report", "Record A"),
            translate("report", "Record B"),
            translate("report", "Why"),
        ]
    )
    d.lay_out([24, 14, 38, 38, 30], footer=footer)
    for f in report.files:
        for dup in f.duplicates:
            d.append(_safe([f.file, _kind(dup["kind"]), dup["a"], dup["b"], reason_text(dup["reason"])]))
    for sheet in (s, p, c, d):
        sheet.finish()
    book.close()

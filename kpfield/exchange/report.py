"""The import report as a workbook: a summary per file, every problem, conflicts and duplicates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .importer import COUNTS, ImportReport
from .signing import describe
from .xlsx import WorkbookWriter


def _text(v: Any) -> str:
    if v is None:
        return ""
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)


def write_report(report: ImportReport, path: str | Path) -> Path:
    path = Path(path)
    book = WorkbookWriter(path, streaming=True)
    s = book.sheet("Summary", ["text"] * 6 + ["int"] * len(COUNTS) + ["text"] * 5)
    s.header(
        [
            "file",
            "kind",
            "origin",
            "officer",
            "sha256",
            "result",
            *COUNTS,
            "signature",
            "signed by",
            "signer fingerprint",
            "signature detail",
            "notes",
        ]
    )
    for f in report.files:
        result = (
            "refused: " + f.error
            if f.error
            else "refused: nothing written"
            if f.refused
            else "dry run: nothing written"
            if report.dry_run
            else "written"
        )
        sig = f.signature
        s.append(
            [
                f.file,
                f.kind,
                f.origin,
                f.officer,
                f.sha256,
                result,
                *(f.counts[k] for k in COUNTS),
                sig.status if sig else "",
                sig.officer if sig else "",
                sig.fingerprint if sig else "",
                describe(sig) if sig else "",
                "\n".join(f.notes),
            ]
        )
    p = book.sheet("Problems", ["text", "text", "int", "text", "text", "text", "text", "text"])
    p.header(["file", "sheet", "row", "column", "value", "problem", "what to do", "severity"])
    for f in report.files:
        for i in f.issues:
            p.append([i.file, i.sheet, i.row, i.column, _text(i.value), i.message, i.fix, i.severity])
    c = book.sheet("Conflicts", ["text", "text", "int", "text", "text", "text", "text", "text", "text"])
    c.header(["file", "sheet", "row", "kind", "record", "field", "base", "ours", "theirs"])
    for f in report.files:
        for cf in f.conflicts:
            c.append(
                [
                    f.file,
                    cf["sheet"],
                    cf["row"],
                    cf["kind"],
                    cf["record_id"],
                    cf["field"],
                    _text(cf["base"]),
                    _text(cf["ours"]),
                    _text(cf["theirs"]),
                ]
            )
    d = book.sheet("Duplicates", ["text"] * 5)
    d.header(["file", "kind", "record a", "record b", "why"])
    for f in report.files:
        for dup in f.duplicates:
            d.append([f.file, dup["kind"], dup["a"], dup["b"], dup["reason"]])
    book.close()
    return path

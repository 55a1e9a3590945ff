"""What an import found: per file, its counts, the problems of its rows, its conflicts and duplicates.

:func:`kpfield.exchange.importer.import_workbooks` returns an :class:`ImportReport`; the window,
the command line and the report workbook (:mod:`kpfield.exchange.import_report`) show it, and
``as_json`` is the JSON report, whose keys and codes stay stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kpfield.store.keys import SignatureCheck

__all__ = ["COUNTS", "MAX_ISSUES", "TEMPLATE", "WORKBOOK", "FileResult", "ImportReport", "RowIssue"]

COUNTS = ("added", "updated", "unchanged", "conflicted", "refused")
# FileResult.kind: stable codes (the JSON report keeps them); report.file_kind_text shows them
WORKBOOK, TEMPLATE = "kpfield workbook", "filled template"
MAX_ISSUES = 5000  # per file; beyond that only the count grows


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

"""Workbooks: the guard that checks a file before any parser reads it, and the one reader/writer
interface over the spreadsheet libraries (no Qt).

The guard is four modules, each importing only those before it: ``base`` (what they share: the
refusal, the facts, the plan, the limits), ``canonical`` (the copy the reader opens), ``measure``
(checking that copy) and ``guard`` (:func:`inspect_workbook`, what the file is)."""

from .base import BadWorkbook, Part, PartChecker, SheetFacts, WorkbookFacts
from .guard import inspect_workbook
from .io import FORMULA_START, SheetWriter, WorkbookReader, WorkbookWriter, openpyxl_is_defused
from .measure import scan_parts

__all__ = [
    "BadWorkbook",
    "Part",
    "PartChecker",
    "SheetFacts",
    "WorkbookFacts",
    "inspect_workbook",
    "scan_parts",
    "FORMULA_START",
    "SheetWriter",
    "WorkbookReader",
    "WorkbookWriter",
    "openpyxl_is_defused",
]

"""Workbooks: the guard that checks a file before any parser reads it, and the one reader/writer
interface over the spreadsheet libraries (no Qt)."""

from .guard import BadWorkbook, PartChecker, SheetFacts, WorkbookFacts, inspect_workbook, scan_parts
from .io import FORMULA_START, SheetWriter, WorkbookReader, WorkbookWriter, openpyxl_is_defused

__all__ = [
    "BadWorkbook",
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

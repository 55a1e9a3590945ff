"""Reports that leave kpfield one way: the consolidated regional inventory workbook a coordinator
sends to the WGAAP, and its PDF. Aggregated from the store and the challenge matrix; never read
back (the field workbook, :mod:`kpfield.exchange`, is the round-trip format)."""

from .book import SHEETS, sheet_title
from .inventory import Coverage, ReportResult, completeness, find_region, whole_period, write_inventory
from .pdf import PRINTED_SHEETS, PdfUnavailable, write_pdf

__all__ = [
    "SHEETS",
    "sheet_title",
    "Coverage",
    "completeness",
    "find_region",
    "ReportResult",
    "whole_period",
    "write_inventory",
    "PRINTED_SHEETS",
    "PdfUnavailable",
    "write_pdf",
]

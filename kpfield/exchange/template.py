"""Blank field templates, for officers who fill the inventory in Excel or LibreOffice.

The same sheets as a field workbook, without the bookkeeping columns (the import gives the rows
their UUIDs), headers in the officer's language, a frozen header row, widths that fit, drop-down
lists for coded fields (countries, licence kinds, statuses, size classes' stones and carats as
positive numbers...), date and number checks, and an instruction sheet, where the officer who
fills it types their name (and, optionally, their installation's identity): the import credits
the records to them. References to other records are typed as the licence number, site code, or a
person's national ID, digger-card number, or name and village; the import looks them up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpfield import __version__
from kpfield.domain import vocab
from kpfield.domain.entities import ENTITIES, Entity, Field
from kpfield.domain.labels import check_language
from kpfield.domain.places import COUNTRIES
from kpfield.i18n import QT_TRANSLATE_NOOP, format_number, translate, using_language
from kpfield.output import Staging, writing
from kpfield.workbook import WorkbookWriter

from .headers import field_label, sheet_name

__all__ = ["write_template", "instructions", "filled_by_labels", "FILLED_BY", "INSTALLATION", "LISTS"]

LISTS = "_lists"
ROWS = 5000  # rows that carry the validations; more can be typed below
FILLED_BY_ROW = 2  # the instruction sheet's row (from 0) of "Filled by", then of the installation


# The labels of the instruction sheet's two cells that say who filled the template: the officer's
# name, and (optionally) their installation's identity. The import reads the cell beside each, under
# the label in any language.
FILLED_BY = QT_TRANSLATE_NOOP("template", "Filled by (your name) *")
INSTALLATION = QT_TRANSLATE_NOOP("template", "Your installation (optional: as 'kpfield identity' shows it)")


def filled_by_labels() -> tuple[str, str]:
    """:data:`FILLED_BY` and :data:`INSTALLATION` in the current language."""
    return translate("template", FILLED_BY), translate("template", INSTALLATION)


def instructions() -> tuple[str, list[str]]:
    """The instruction sheet's title and lines, in the current language."""
    return translate("template", "Instructions"), [
        translate("template", "kpfield field template (kpfield {version})."),
        translate(
            "template",
            "Fill one row per record on the sheet of its kind. Do not rename the sheets or the column headers.",
        ),
        translate("template", "Columns marked * must be filled in."),
        translate(
            "template",
            "Choose coded values from the drop-down lists (country codes such as SL, licence kinds, statuses).",
        ),
        translate(
            "template",
            "Type dates as 2026-04-03 or 03/04/2026 (day first). Numbers may use a decimal comma or point.",
        ),
        translate(
            "template",
            "To refer to another record, type its licence number or site code; a person by national ID, "
            "digger-card number, or name and village, as in: Aminata Sesay (Koidu).",
        ),
        translate(
            "template",
            "Licence numbers, national IDs and site codes are kept as text: leading zeros are kept.",
        ),
        translate(
            "template",
            "Send the file to your coordinator, who imports it with: kpfield import --db INVENTORY FILE.xlsx",
        ),
        translate(
            "template",
            "A row that breaks a rule is reported with its sheet, row and column; nothing from the file is "
            "written until every row is accepted.",
        ),
    ]


_COL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = _COL[r] + s
    return s


def _validation(f: Field, lists: dict[str, str]) -> dict[str, Any] | None:
    if f.kind == "country":
        return {"validate": "list", "source": lists["country"]}
    if f.kind == "choice":
        return {"validate": "list", "source": lists[f.name + ":" + ",".join(f.choices)]}
    if f.kind == "date":
        return {
            "validate": "date",
            "criteria": "between",
            "minimum": __import__("datetime").date(1900, 1, 1),
            "maximum": __import__("datetime").date(2100, 12, 31),
            "error_message": translate("template", "Type a date: 2026-04-03 or 03/04/2026"),
        }
    if f.kind in ("int", "number") and f.minimum is not None:
        return {
            "validate": "integer" if f.kind == "int" else "decimal",
            "criteria": ">" if f.exclusive_minimum else ">=",
            "value": f.minimum,
            "error_message": (
                translate("template", "Type a number greater than {minimum}")
                if f.exclusive_minimum
                else translate("template", "Type a number of at least {minimum}")
            ).format(minimum=format_number(f.minimum)),
        }
    if f.kind in ("latitude", "longitude"):
        return None  # degrees-minutes-seconds text is accepted too
    return None


def write_template(path: str | Path, lang: str | None = None) -> Path:
    """Write a blank template in ``lang`` (en, fr, pt, es; default: the current language) to ``path``."""
    path = Path(path)
    with using_language(check_language(lang)) as chosen, writing(path) as staged:
        _write(staged, chosen)
    return path


def _write(staged: Staging, lang: str) -> None:
    book = WorkbookWriter(staged.part, streaming=False, tmpdir=staged.folder)
    wb = book.book
    title, lines = instructions()
    ins = book.raw_sheet(title)
    ins.set_column(0, 0, 60)
    ins.set_column(1, 1, 50)
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    answer = wb.add_format({"bg_color": "#FFF2CC", "border": 1, "num_format": "@"})
    ins.merge_range(0, 0, 0, 1, lines[0].format(version=__version__), book.header_format)
    # who filled the template: the label in A, the answer in B (the import reads B beside the label)
    for r, label in enumerate(filled_by_labels(), start=FILLED_BY_ROW):
        ins.write_string(r, 0, label, book.header_format)
        ins.write_blank(r, 1, None, answer)
    for r, line in enumerate(lines[1:], start=FILLED_BY_ROW + 3):
        ins.merge_range(r, 0, r, 1, line, wrap)
        ins.set_row(r, 30)
    # the sheets, in the order records depend on each other
    lst = wb.add_worksheet(LISTS)
    lists: dict[str, str] = {}
    col = 0

    def add_list(key: str, values: list[str]) -> None:
        nonlocal col
        letter = _col_letter(col)
        lst.write_string(0, col, key.split(":")[0])
        for i, v in enumerate(values, start=1):
            lst.write_string(i, col, v)
        lists[key] = f"='{LISTS}'!${letter}$2:${letter}${len(values) + 1}"
        col += 1

    add_list("country", sorted(COUNTRIES))
    for ent in ENTITIES.values():
        for f in ent.fields:
            key = f.name + ":" + ",".join(f.choices)
            if f.kind == "choice" and key not in lists:
                # the words of the template's language; the import reads them (or the codes) back
                add_list(key, [vocab.label(c, lang) for c in f.choices])
    text_fmt = wb.add_format({"num_format": "@"})
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    for ent in ENTITIES.values():
        _entity_sheet(book, ent, lang, lists, text_fmt, date_fmt)
    lst.hide()
    book.close()


def _entity_sheet(
    book: WorkbookWriter, ent: Entity, lang: str, lists: dict[str, str], text_fmt: Any, date_fmt: Any
) -> None:
    ws = book.raw_sheet(sheet_name(ent, lang))
    ws.freeze_panes(1, 0)
    for c, f in enumerate(ent.fields):
        label = field_label(ent, f.name, lang) + (" *" if f.required else "")
        ws.write_string(0, c, label, book.header_format)
        width = max(12, min(40, len(label) + 3))
        fmt = date_fmt if f.kind == "date" else text_fmt if f.kind in ("identifier", "ref", "text") else None
        ws.set_column(c, c, width, fmt)
        v = _validation(f, lists)
        if v:
            ws.data_validation(1, c, ROWS, c, v)

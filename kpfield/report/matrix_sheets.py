"""The inventory workbook's Challenge matrix and Footprints sheets.

Both read the matrix services (``kpfield.matrix``) and write what they return; nothing here
computes an indicator or a footprint. The matrix is evaluated for the last half-year of the
workbook's period, per country; footprints compare that half-year with the same scope's earlier
half-years. Their titles, headings, notes and statuses come in the current language (the
inventory workbook sets it); figures stay numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kpfield.domain.labels import significant
from kpfield.domain.periods import Period
from kpfield.domain.places import country_name
from kpfield.i18n import QT_TRANSLATE_NOOP, language, translate
from kpfield.matrix.definition import Matrix
from kpfield.matrix.evaluate import Evaluation, IndicatorResult, RowResult, evaluate
from kpfield.matrix.footprint import FootprintReport, footprint_report
from kpfield.matrix.scope import Scope
from kpfield.store import Inventory
from kpfield.workbook import FORMULA_START

from .book import Book, fit_words, number_text, sheet_title, wrapped_lines

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

STATUS_LABELS = {
    "met": QT_TRANSLATE_NOOP("inventory_workbook", "met"),
    "partly_met": QT_TRANSLATE_NOOP("inventory_workbook", "partly met"),
    "challenge": QT_TRANSLATE_NOOP("inventory_workbook", "challenge"),
    "no_data": QT_TRANSLATE_NOOP("inventory_workbook", "no data"),
}
# (fill, text) per status: the spreadsheet conventions for good / neutral / bad, and grey for no data
STATUS_COLOURS = {
    "met": ("#C6EFCE", "#006100"),
    "partly_met": ("#FFEB9C", "#9C5700"),
    "challenge": ("#FFC7CE", "#9C0006"),
    "no_data": ("#EDEDED", "#555555"),
    None: ("#FFFFFF", "#333333"),  # a row carried by the self-assessment alone
}
# a district gets its own footprint when it has at least this many stones in the half-year
DISTRICT_MIN_STONES = 200


def status_text(status: str) -> str:
    """A status code (``partly_met``) in the current language."""
    return translate("inventory_workbook", STATUS_LABELS[status])


def _text(book: Book, ws: Worksheet, r: int, c: int, text: str) -> None:
    """A plain text cell; text a spreadsheet would run as a formula if retyped (a size class such
    as "+11", an assessment's evidence) gets the quote prefix, so it stays text."""
    ws.write_string(r, c, text, book.text_format if text.startswith(FORMULA_START) else None)


def _cell_text(row: RowResult) -> str:
    if row.status is not None:
        text = status_text(row.status)
        return f"{text} ({row.assessment.score})" if row.assessment is not None else text
    if row.assessment is not None:
        return translate("inventory_workbook", "grade {grade}").format(grade=row.assessment.score)
    return translate("inventory_workbook", "not assessed")


_DETAIL_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Country"), 22),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Challenge area"), 44),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Row status"), 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Indicator"), 70),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Value"), 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Numerator"), 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Denominator"), 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Indicator status"), 20),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Thresholds"), 48),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Records behind it"), 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Self-assessment"), 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Evidence"), 26),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Gap"), 22),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Action"), 22),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Owner"), 14),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Due"), 11),
]


def evaluate_countries(
    inv: Inventory, countries: Sequence[str], period: Period, matrix: Matrix, lang: str | None = None
) -> Evaluation:
    """The matrix evaluated per country for ``period``, with its texts in ``lang``."""
    return evaluate(inv, matrix, [Scope("country", c) for c in countries], period, lang=lang or language())


def _status_formats(book: Book) -> dict[str | None, Format]:
    return {
        s: book.wb.add_format(
            {"bg_color": fill, "font_color": text, "border": 1, "align": "center", "valign": "vcenter"}
        )
        for s, (fill, text) in STATUS_COLOURS.items()
    }


def write_matrix_sheet(book: Book, ev: Evaluation, countries: Sequence[str], matrix: Matrix, lang: str) -> int:
    """The heat map: challenge areas by countries, each cell the row's status and the country's
    self-assessment grade. Returns the number of challenge areas. Printed, it fills one page."""
    ws = book.wb.add_worksheet(sheet_title("Challenge matrix"))
    status_fmt = _status_formats(book)
    wrap = book.wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    ncols = len(countries)
    ws.set_column(0, 0, 46)
    ws.set_column(1, max(1, ncols), 18)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_footer("&L&A&R" + translate("inventory_workbook", "page &P of &N"))
    heat: list[tuple[str, list[RowResult]]] = [
        (row_def.title(lang), [scope_result.rows[i] for scope_result in ev.scopes])
        for i, row_def in enumerate(matrix.rows)
    ]
    ws.write_string(
        0, 0, translate("inventory_workbook", "Challenge matrix, {period}").format(period=ev.period), book.title
    )
    ws.write_string(
        1,
        0,
        translate(
            "inventory_workbook",
            "Matrix {file} (version {version}). Each cell is the worst status of the row's automatic "
            "indicators; the country's self-assessment grade (A-D) is in brackets. Every indicator is on '{sheet}'.",
        ).format(file=matrix.path.name, version=matrix.version, sheet=sheet_title("Indicator details")),
        book.subtitle,
    )
    head = 3
    ws.set_row(head, 30)
    ws.write_string(head, 0, translate("inventory_workbook", "Challenge area"), book.header)
    for c, code in enumerate(countries, start=1):
        ws.write_string(head, c, country_name(code), book.header)
    for i, (title, results) in enumerate(heat):
        r = head + 1 + i
        if len(title) > 48:  # streamed rows do not grow by themselves to fit wrapped text
            ws.set_row(r, 15 * (len(title) // 48 + 1))
        ws.write_string(r, 0, title, wrap)
        for c, result in enumerate(results, start=1):
            ws.write_string(r, c, _cell_text(result), status_fmt[result.status])
    ws.freeze_panes(head + 1, 1)
    ws.repeat_rows(head)
    return len(heat)


def write_indicator_sheet(book: Book, ev: Evaluation) -> int:
    """Every indicator of every country, with its value, thresholds, status and the country's
    self-assessment. Shares are percentages, and their thresholds too. Returns the number of lines."""
    ws = book.wb.add_worksheet(sheet_title("Indicator details"))
    status_fmt = _status_formats(book)
    details: list[tuple[str, RowResult, IndicatorResult | None]] = []
    for scope_result in ev.scopes:
        country = country_name(scope_result.scope.split(":")[-1])
        for result in scope_result.rows:
            for ind in result.indicators or (None,):
                details.append((country, result, ind))
    ws.write_string(
        0,
        0,
        translate("inventory_workbook", "Indicators of the challenge matrix, {period}").format(period=ev.period),
        book.title,
    )
    head = 2
    headers = [translate("inventory_workbook", name) for name, _w in _DETAIL_COLUMNS]
    widths = [fit_words(h, w) for h, (_n, w) in zip(headers, _DETAIL_COLUMNS, strict=True)]
    ws.set_row(head, 15 * min(6, max(wrapped_lines(h, w) for h, w in zip(headers, widths, strict=True))))
    for c, (header, width) in enumerate(zip(headers, widths, strict=True)):
        ws.set_column(c, c, width)
        ws.write_string(head, c, header, book.header)
    for i, detail in enumerate(details):
        _detail(book, ws, head + 1 + i, 0, *detail, status_fmt)
    ws.freeze_panes(head + 1, 0)
    ws.autofilter(head, 0, head + max(1, len(details)), len(_DETAIL_COLUMNS) - 1)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(head)
    ws.set_footer("&L&A&R" + translate("inventory_workbook", "page &P of &N"))
    return len(details)


def _detail(
    book: Book,
    ws: Worksheet,
    r: int,
    left: int,
    country: str,
    result: RowResult,
    ind: IndicatorResult | None,
    status_fmt: Mapping[str | None, Format],
) -> None:
    a = result.assessment
    _text(book, ws, r, left, country)
    _text(book, ws, r, left + 1, result.title)
    row_status = (
        status_text(result.status)
        if result.status is not None
        else translate("inventory_workbook", "self-assessment only")
    )
    ws.write_string(r, left + 2, row_status, status_fmt[result.status])
    if ind is not None:
        ws.write_string(r, left + 3, ind.title)
        share = ind.unit == "share"
        if ind.value is not None:
            ws.write_number(r, left + 4, ind.value, book.formats["pct" if share else "usd_ct"])
        whole = float(ind.numerator).is_integer() and float(ind.denominator).is_integer()
        count_fmt = book.formats["int" if whole else "carats"]
        ws.write_number(r, left + 5, ind.numerator, count_fmt)
        ws.write_number(r, left + 6, ind.denominator, count_fmt)
        ws.write_string(r, left + 7, status_text(ind.status), status_fmt[ind.status])
        _text(book, ws, r, left + 8, ind.thresholds)
        ws.write_number(r, left + 9, len(ind.offending_ids), book.formats["int"])
    if a is None:
        return
    for c, value in enumerate([a.score, a.evidence, a.gap, a.action, a.owner], start=left + 10):
        if value:
            _text(book, ws, r, c, str(value))
    if a.due_on:
        try:
            due = dt.datetime.fromisoformat(a.due_on[:10])
        except ValueError:
            _text(book, ws, r, left + 15, a.due_on)  # as typed, when it is no date
        else:
            ws.write_datetime(r, left + 15, due, book.formats["date"])


_CLASS_COLUMNS = [
    (QT_TRANSLATE_NOOP("inventory_workbook", "Size class"), "text", 18),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Stones"), "int", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Share of stones"), "pct", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Carats"), "carats", 11),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Share of carats"), "pct", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "USD per carat"), "usd_ct", 10),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Reference: share of stones"), "pct", 12),
    (QT_TRANSLATE_NOOP("inventory_workbook", "Reference: share of carats"), "pct", 12),
]


def _footprint_block(book: Book, ws: Worksheet, r: int, report: FootprintReport, title: str) -> int:
    wb = book.wb
    pct = book.formats["pct"]
    ws.write_string(r, 0, title, book.title)
    r += 1
    fp, ref, cmp_ = report.footprint, report.reference, report.comparison
    parts = [
        translate(
            "inventory_workbook", "{records} production records, {stones} stones, {carats} ct in {period}."
        ).format(
            records=number_text(fp.records),
            stones=number_text(fp.stones),
            carats=number_text(fp.carats, 2),
            period=report.period,
        ),
        translate("inventory_workbook", "Reference: {reference}.").format(reference=ref.label)
        if ref
        else translate("inventory_workbook", "Reference: none (no earlier production)."),
    ]
    classed = sum(c.stones for c in fp.classes)
    if classed < fp.stones:
        parts.append(
            translate(
                "inventory_workbook",
                "{stones} of the {total} stones ({carats} ct) have no size classes recorded and are not in the table.",
            ).format(
                stones=number_text(fp.stones - classed),
                total=number_text(fp.stones),
                carats=number_text(max(0.0, fp.carats - sum(c.carats for c in fp.classes)), 2),
            )
        )
    if ref is not None and not sum(c.stones for c in ref.classes):
        parts.append(
            translate("inventory_workbook", "The reference holds no stones: there is nothing to compare with.")
        )
    elif cmp_ is not None:
        if cmp_.enough_stones and cmp_.p_value is not None and cmp_.chi2 is not None:
            parts.append(
                translate(
                    "inventory_workbook",
                    "Chi-square on stone counts {chi2} ({dof} degrees of freedom), p = {p}; "
                    "total-variation distance {tvd}.",
                ).format(
                    chi2=number_text(cmp_.chi2, 1),
                    dof=cmp_.dof,
                    p=significant(cmp_.p_value),
                    tvd=number_text(cmp_.tvd, 3),
                )
            )
        else:
            parts.append(
                translate(
                    "inventory_workbook",
                    "Total-variation distance {tvd}; too few stones for a chi-square test (fewer than {minimum}).",
                ).format(tvd=number_text(cmp_.tvd, 3), minimum=cmp_.min_stones)
            )
    if report.jump is not None and report.jump.ratio is not None:
        parts.append(
            (
                translate("inventory_workbook", "Carats {ratio} times the earlier half-years' mean (a jump).")
                if report.jump.jump
                else translate("inventory_workbook", "Carats {ratio} times the earlier half-years' mean.")
            ).format(ratio=number_text(report.jump.ratio, 1))
        )
    note = " ".join(parts)
    ws.write_string(r, 0, note, book.subtitle)
    r += 1
    ws.set_row(r, 45)
    for c, (name, _kind, _w) in enumerate(_CLASS_COLUMNS):
        ws.write_string(r, c, translate("inventory_workbook", name), book.header)
    head = r
    r += 1
    ref_classes = {c.code: c for c in ref.classes} if ref else {}
    for cls in fp.classes:
        rc = ref_classes.get(cls.code)
        values: list[str | float | None] = [
            cls.label,
            cls.stones,
            cls.stone_share,
            cls.carats,
            cls.carat_share,
            cls.usd_per_carat,
            rc.stone_share if rc else None,
            rc.carat_share if rc else None,
        ]
        for c, ((_n, kind, _w), v) in enumerate(zip(_CLASS_COLUMNS, values, strict=True)):
            if v is None:
                continue
            if kind == "text":
                _text(book, ws, r, c, str(v))
            else:
                ws.write_number(r, c, float(v), pct if kind == "pct" else book.formats[kind])
        r += 1
    chart = wb.add_chart({"type": "column"})
    assert chart is not None  # add_chart answers None only for a chart type it does not know
    sheet = ws.get_name()
    chart.add_series(
        {
            "name": f"{report.period}",
            "categories": [sheet, head + 1, 0, r - 1, 0],
            "values": [sheet, head + 1, 4, r - 1, 4],
            "fill": {"color": "#2F5597"},
        }
    )
    if ref is not None:
        chart.add_series(
            {
                "name": translate("inventory_workbook", "reference"),
                "categories": [sheet, head + 1, 0, r - 1, 0],
                "values": [sheet, head + 1, 7, r - 1, 7],
                "fill": {"color": "#BFBFBF"},
            }
        )
    chart.set_title(
        {
            "name": translate("inventory_workbook", "{place}: share of carats by size class").format(place=title),
            "name_font": {"size": 10},
        }
    )
    chart.set_y_axis({"num_format": "0%", "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}}})
    chart.set_legend({"position": "bottom"})
    # the class names slanted and small, and the chart tall enough that they leave room for the bars
    chart.set_x_axis({"num_font": {"rotation": -45, "size": 8}})
    chart.set_size({"width": 600, "height": 340})
    ws.insert_chart(head, len(_CLASS_COLUMNS) + 1, chart)
    # leave room for the chart (about 18 rows) before the next block
    return max(r, head + 18) + 1


def write_footprint_sheet(book: Book, inv: Inventory, countries: Sequence[str], period: Period) -> int:
    """Per country, and per district with enough stones: the size-class table and its bar chart."""
    ws = book.wb.add_worksheet(sheet_title("Footprints"))
    for c, (_n, _k, width) in enumerate(_CLASS_COLUMNS):
        ws.set_column(c, c, width)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_footer("&L&A&R" + translate("inventory_workbook", "page &P of &N"))
    r = 0
    ws.write_string(
        r, 0, translate("inventory_workbook", "Provenance footprints, {period}").format(period=period.label), book.title
    )
    r += 1
    ws.write_string(
        r,
        0,
        translate(
            "inventory_workbook",
            "Share of stones and carats per size class, against the same place's earlier half-years (the reference).",
        ),
        book.subtitle,
    )
    r += 2
    blocks = 0
    for code in countries:
        report = footprint_report(inv, Scope("country", code), period)
        if not report.footprint.stones:
            continue
        r = _footprint_block(book, ws, r, report, country_name(code))
        blocks += 1
        for district in inv.site_districts(code):
            report = footprint_report(inv, Scope("district", district, code), period)
            if report.footprint.stones >= DISTRICT_MIN_STONES:
                r = _footprint_block(book, ws, r, report, f"{country_name(code)}, {district}")
                blocks += 1
    if not blocks:
        ws.write_string(
            r, 0, translate("inventory_workbook", "No production recorded in {period}.").format(period=period.label)
        )
    return blocks

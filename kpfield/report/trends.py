"""The inventory workbook's Trends sheet: production per country and KP half-year over the
half-years the inventory holds, up to the report's period, one small table and one native chart
per measure (carats, value in USD, USD per carat), a series per country.

A half-year in which a country has no production recorded is "no data" in the table and a gap in
the chart, never a zero: a spreadsheet draws a text cell as zero, so each chart reads its figures
from a hidden copy of the table in which those cells are left empty.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from kpfield.domain.periods import Period
from kpfield.domain.places import country_name
from kpfield.i18n import translate

from .book import Book, sheet_title

__all__ = ["MAX_HALVES", "Trend", "trend", "write_trends_sheet"]

# At most this many half-years, the latest ones: six years of KP statistics on one page.
MAX_HALVES = 12

_MEASURES = ("carats", "usd", "usd_ct")
# where the hidden copies of the tables start, well to the right of the tables and their charts
_HIDDEN_GAP = 14
_CHART_ROWS = 17  # the rows a chart covers (its height, 340 px, over 20 px rows)


@dataclass
class Trend:
    """Carats and USD per (country, half-year label) over ``halves``; a pair missing is no data."""

    countries: tuple[str, ...]
    halves: list[str]
    figures: dict[tuple[str, str], tuple[float, float]]

    def value(self, measure: str, country: str, half: str) -> float | None:
        """A measure's figure, rounded as the other sheets round it; None when nothing was recorded."""
        got = self.figures.get((country, half))
        if got is None:
            return None
        carats, usd = got
        if measure == "carats":
            return round(carats, 2)
        if measure == "usd":
            return round(usd, 2)
        return round(usd / carats, 1) if carats else None


def trend(conn: sqlite3.Connection, countries: Sequence[str], period: Period) -> Trend:
    """The figures of the Trends sheet: from the first half-year with production in ``countries``
    (at most :data:`MAX_HALVES` before the end) to the last half-year of ``period``."""
    qs = ",".join("?" * len(countries))
    first = conn.execute(
        f"SELECT MIN(p.produced_on) FROM production p JOIN site s ON s.id = p.site_id "
        f"WHERE p.deleted = 0 AND p.produced_on <= ? AND s.country IN ({qs})",
        (period.end, *countries),
    ).fetchone()[0]
    last = Period.of_day(period.end)
    if first is None or first > period.end:
        first = period.start
    halves = Period.covering(min(first, period.start), last.end).half_years()[-MAX_HALVES:]
    labels = [h.label for h in halves]
    start = Period.parse(labels[0]).start
    # aggregated per site first, on the covering index, then joined to the sites (as the Summary does)
    sql = f"""
    SELECT s.country, p.half, SUM(p.carats), SUM(p.usd)
    FROM (SELECT site_id,
                 substr(produced_on, 1, 4) || CASE WHEN substr(produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END
                   AS half,
                 SUM(carats) AS carats, TOTAL(value_usd) AS usd
          FROM production INDEXED BY production_site_date
          WHERE deleted = 0 AND produced_on BETWEEN ? AND ?
          GROUP BY site_id, half) AS p
    JOIN site AS s ON s.id = p.site_id
    WHERE s.country IN ({qs})
    GROUP BY 1, 2"""
    figures = {
        (country, half): (carats or 0.0, usd or 0.0)
        for country, half, carats, usd in conn.execute(sql, (start, last.end, *countries))
    }
    return Trend(tuple(countries), labels, figures)


def _measure_titles() -> dict[str, tuple[str, str]]:
    """Each measure's (table heading, chart title) in the current language."""
    return {
        "carats": (
            translate("inventory_workbook", "Carats produced per country and half-year"),
            translate("inventory_workbook", "Carats produced"),
        ),
        "usd": (
            translate("inventory_workbook", "Value of production (USD) per country and half-year"),
            translate("inventory_workbook", "Value of production (USD)"),
        ),
        "usd_ct": (
            translate("inventory_workbook", "USD per carat per country and half-year"),
            translate("inventory_workbook", "USD per carat"),
        ),
    }


def write_trends_sheet(book: Book, data: Trend, scope_name: str) -> int:
    """The Trends sheet; returns the number of half-years it shows."""
    ws = book.wb.add_worksheet(sheet_title("Trends"))
    sheet = ws.get_name()
    n = len(data.countries)
    names = [country_name(c) for c in data.countries]
    ws.set_column(0, 0, 12)
    ws.set_column(1, n, max(12, min(24, max((len(x) for x in names), default=0) + 2)))
    hidden = n + _HIDDEN_GAP
    ws.set_column(hidden, hidden + n, 12, None, {"hidden": True})
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_footer("&L&A&R" + translate("inventory_workbook", "page &P of &N"))
    ws.write_string(0, 0, translate("inventory_workbook", "Trends: {scope}").format(scope=scope_name), book.title)
    ws.write_string(
        1,
        0,
        translate(
            "inventory_workbook",
            "Production per country and KP half-year, {first} to {last}. 'No data': no production recorded for the "
            "country in the half-year; the charts leave a gap there rather than drawing a zero.",
        ).format(first=data.halves[0], last=data.halves[-1]),
        book.subtitle,
    )
    r = 3
    titles = _measure_titles()
    bold = book.wb.add_format({"bold": True})
    half_header = translate("inventory_workbook", "Half-year")
    for measure in _MEASURES:
        heading, chart_title = titles[measure]
        top = r
        ws.write_string(r, 0, heading, bold)
        r += 1
        ws.write_string(r, 0, half_header, book.header)
        ws.write_string(r, hidden, half_header)
        for c, name in enumerate(names, start=1):
            ws.write_string(r, c, name, book.header)
            ws.write_string(r, hidden + c, name)
        head = r
        r += 1
        fmt = book.formats[measure]
        for half in data.halves:
            ws.write_string(r, 0, half)
            ws.write_string(r, hidden, half)
            for c, country in enumerate(data.countries, start=1):
                value = data.value(measure, country, half)
                if value is None:
                    ws.write_string(r, c, book.no_data_text, book.no_data)
                    ws.write_blank(r, hidden + c, None)
                else:
                    ws.write_number(r, c, value, fmt)
                    ws.write_number(r, hidden + c, value, fmt)
            r += 1
        chart = book.wb.add_chart({"type": "line" if measure == "usd_ct" else "column"})
        assert chart is not None  # add_chart answers None only for a chart type it does not know
        for c in range(1, n + 1):
            series: dict[str, object] = {
                "name": [sheet, head, c],
                "categories": [sheet, head + 1, hidden, r - 1, hidden],
                "values": [sheet, head + 1, hidden + c, r - 1, hidden + c],
            }
            if measure == "usd_ct":
                series["marker"] = {"type": "circle", "size": 5}
            chart.add_series(series)
        chart.set_title({"name": chart_title, "name_font": {"size": 10}})
        # thousands grouped on the axis, as in the cells
        chart.set_y_axis({"num_format": "#,##0", "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}}})
        chart.set_legend({"position": "bottom"})
        chart.show_blanks_as("gap")  # no data is a gap, never a zero
        chart.show_hidden_data()  # the figures it draws are in the hidden columns
        chart.set_size({"width": 620, "height": 20 * _CHART_ROWS})
        ws.insert_chart(top, n + 2, chart)
        r = max(r, top + _CHART_ROWS) + 1
    return len(data.halves)

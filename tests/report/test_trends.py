"""The Trends sheet of the inventory workbook, read back with openpyxl and through LibreOffice's PDF."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string

from kpfield.cli import main
from kpfield.demo import generate
from kpfield.domain.places import COUNTRIES
from kpfield.report import Coverage, write_inventory, write_pdf
from kpfield.store import Inventory

from .test_inventory import needs_pdftotext

WEST_AFRICA = ("SL", "GN", "LR", "CI", "GH", "TG")
MEASURES = (
    "Carats produced per country and half-year",
    "Value of production (USD) per country and half-year",
    "USD per carat per country and half-year",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("trends") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Coordinator") as inv:
        generate(inv, "small", seed=11)
    return path


@pytest.fixture(scope="module")
def workbook(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "west-africa.xlsx"
    with Inventory.open(demo) as inv:
        write_inventory(inv, out, Coverage.region("west-africa"))
    return out


def trend_tables(ws):
    """{measure heading: (country names, {half-year: [cells of the row]})} of the Trends sheet."""
    rows = list(ws.iter_rows())
    out = {}
    for i, row in enumerate(rows):
        if row[0].value in MEASURES:
            header = [c.value for c in rows[i + 1]]
            assert header[0] == "Half-year"
            names = [v for v in header[1:] if v is not None][: len(WEST_AFRICA)]
            body = {}
            for r in rows[i + 2 :]:
                if not r[0].value:
                    break
                body[r[0].value] = r[1 : 1 + len(names)]
            out[row[0].value] = (names, body)
    return out


def sql_sums(demo):
    """Carats and USD per (country name, half-year), summed independently of the report."""
    with Inventory.open(demo) as inv:
        rows = inv.conn.execute(
            "SELECT s.country, substr(p.produced_on, 1, 4) || "
            "CASE WHEN substr(p.produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END, "
            "SUM(p.carats), SUM(p.value_usd) FROM production p JOIN site s ON s.id = p.site_id "
            "WHERE p.deleted = 0 GROUP BY 1, 2"
        ).fetchall()
    return {(COUNTRIES[c].name, half): (ct, usd) for c, half, ct, usd in rows}


def test_the_trends_sheet_follows_the_summary_and_its_tables_equal_an_independent_sql_sum(workbook, demo):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames[:3] == ["Summary", "Trends", "Challenge matrix"]
    ws = wb["Trends"]
    assert ws["A1"].value == "Trends: West Africa"
    assert ws.page_setup.orientation == "landscape"
    tables = trend_tables(ws)
    assert set(tables) == set(MEASURES)
    sums = sql_sums(demo)
    halves = sorted({h for _c, h in sums})
    names = [COUNTRIES[c].name for c in WEST_AFRICA]
    checked = no_data = 0
    for measure, (countries, body) in tables.items():
        assert countries == names
        assert list(body) == halves  # from the first half-year with production to the period's last
        for half, cells in body.items():
            for name, cell in zip(countries, cells, strict=True):
                got = sums.get((name, half))
                if got is None:
                    assert cell.value == "no data"  # never a zero nobody reported
                    no_data += 1
                    continue
                carats, usd = got
                expected = {MEASURES[0]: carats, MEASURES[1]: usd, MEASURES[2]: usd / carats}[measure]
                assert cell.value == pytest.approx(expected, abs=0.05 if measure == MEASURES[2] else 0.005)
                assert (
                    cell.number_format
                    == {MEASURES[0]: "#,##0.00", MEASURES[1]: "#,##0", MEASURES[2]: "#,##0.0"}[measure]
                )
                checked += 1
    assert checked >= 3 * 2 * len(halves)  # Sierra Leone and Guinea produce every half-year
    assert no_data >= 3 * 4 * len(halves)  # Liberia, Côte d'Ivoire, Ghana and Togo have no production


def _title(chart):
    return "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))


def test_one_chart_per_measure_a_series_per_country_and_no_data_is_a_gap(workbook, demo):
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Trends"]
    charts = ws._charts
    assert [type(c).__name__ for c in charts] == ["BarChart", "BarChart", "LineChart"]
    assert [_title(c) for c in charts] == ["Carats produced", "Value of production (USD)", "USD per carat"]
    assert all(len(c.series) == len(WEST_AFRICA) for c in charts)
    tables = trend_tables(ws)
    for chart, measure in zip(charts, MEASURES, strict=True):
        _names, body = tables[measure]
        for i, series in enumerate(chart.series):
            # each series reads a copy of its table's column in a hidden column: blank where the table says no data
            ref = series.val.numRef.f
            m = re.fullmatch(r"'?Trends'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", ref)
            assert m, ref
            col = column_index_from_string(m.group(1))
            assert ws.column_dimensions[m.group(1)].hidden or any(
                d.hidden and d.min <= col <= d.max for d in ws.column_dimensions.values()
            )
            drawn = [ws.cell(r, col).value for r in range(int(m.group(2)), int(m.group(4)) + 1)]
            shown = [cells[i].value for cells in body.values()]
            assert drawn == [None if v == "no data" else v for v in shown]
            # named by the country's header in the table
            name = re.fullmatch(r"'?Trends'?!\$([A-Z]+)\$(\d+)", series.tx.strRef.f)
            assert name, series.tx.strRef.f
            assert ws[f"{name.group(1)}{name.group(2)}"].value == COUNTRIES[WEST_AFRICA[i]].name


def test_the_chart_files_leave_blanks_as_gaps_and_draw_hidden_cells(workbook):
    import zipfile

    with zipfile.ZipFile(workbook) as z:
        xml = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    trends = [x for x in xml if "Trends!" in x]
    assert len(trends) == 3
    for x in trends:
        # no dispBlanksAs: blanks are gaps (the default); no plotVisOnly: hidden cells are drawn
        assert "dispBlanksAs" not in x or '<c:dispBlanksAs val="gap"/>' in x
        assert "plotVisOnly" not in x or '<c:plotVisOnly val="0"/>' in x


def test_the_trend_ends_with_the_reports_period(demo, tmp_path):
    out = tmp_path / "h1.xlsx"
    args = ["--db", str(demo), "-o", str(out), "--country", "SL", "GN", "--from", "2025-01-01", "--to", "2025-06-30"]
    assert main(["export", "inventory", *args, "-q"]) == 0
    tables = trend_tables(openpyxl.load_workbook(out)["Trends"])
    halves = list(tables[MEASURES[0]][1])
    assert halves[-1] == "2025H1"
    assert halves[0] == min(h for _c, h in sql_sums(demo))  # the half-years before the period are shown too


def test_a_french_workbook_titles_its_trends_in_french(demo, tmp_path):
    out = tmp_path / "fr.xlsx"
    with Inventory.open(demo) as inv:
        write_inventory(inv, out, Coverage.region("west-africa"), lang="fr")
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[1]
    assert ws.title == "Tendances"
    assert ws["A1"].value == "Tendances : Afrique de l'Ouest"
    assert _title(ws._charts[0]) == "Carats produits"


@needs_pdftotext
@pytest.mark.parametrize(("lang", "heading"), [("en", "Trends: West Africa"), ("fr", "Tendances : Afrique de l")])
def test_the_pdf_prints_the_trends_with_their_charts(demo, tmp_path, lang, heading):
    pdf = tmp_path / f"inventory-{lang}.pdf"
    with Inventory.open(demo) as inv:
        write_pdf(inv, pdf, Coverage.region("west-africa"), lang=lang)
    pdftotext = shutil.which("pdftotext") or "pdftotext"
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert heading in text
    page = next(p for p in text.split("\f") if heading in p)
    # the charts are drawn: the first one's title besides its table's heading, and a legend under each
    title = "Carats produced" if lang == "en" else "Carats produits"
    assert page.count(title) >= 2 and page.count("Sierra Leone") >= 6


def test_a_half_year_without_production_is_a_gap_between_figures(demo, tmp_path):
    """Guinea's production of 2025H1 deleted: that half-year is "no data" between two figures, and
    its chart's series has an empty point there, not a zero."""
    path = tmp_path / "gap.kpfield"
    shutil.copy(demo, path)
    with Inventory.open(path) as inv:
        ids = [
            r[0]
            for r in inv.conn.execute(
                "SELECT p.id FROM production p JOIN site s ON s.id = p.site_id WHERE s.country = 'GN' "
                "AND p.deleted = 0 AND p.produced_on BETWEEN '2025-01-01' AND '2025-06-30'"
            )
        ]
        assert ids
        for record_id in ids:
            inv.delete("production", record_id)
        out = tmp_path / "gap.xlsx"
        write_inventory(inv, out, Coverage.of_countries(["SL", "GN"]))
    ws = openpyxl.load_workbook(out)["Trends"]
    names, body = trend_tables(ws)[MEASURES[0]]
    guinea = names.index("Guinea")
    column = [cells[guinea].value for cells in body.values()]
    halves = list(body)
    gap = halves.index("2025H1")
    assert 0 < gap < len(halves) - 1
    assert column[gap] == "no data" and isinstance(column[gap - 1], float) and isinstance(column[gap + 1], float)
    series = ws._charts[0].series[guinea]
    m = re.fullmatch(r"'?Trends'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$\d+", series.val.numRef.f)
    col = column_index_from_string(m.group(1))
    drawn = [ws.cell(int(m.group(2)) + i, col).value for i in range(len(halves))]
    assert drawn[gap] is None and drawn[gap - 1] == column[gap - 1] and drawn[gap + 1] == column[gap + 1]

"""The consolidated inventory workbook, read back as a reader would: openpyxl, and LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.demo import generate
from kpfield.domain.places import COUNTRIES
from kpfield.progress import Cancelled
from kpfield.report import Coverage, write_inventory
from kpfield.store import Inventory

DISTRICTS = "Production by district & month"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Coordinator") as inv:
        generate(inv, "small", seed=11)
        # a name that a spreadsheet would run as a formula if it were not kept as text
        pid = inv.add("person", {"family_name": '=HYPERLINK("x")', "country": "SL"}).id
        inv.add(
            "licence",
            {
                "country": "SL",
                "number": "-0042",
                "kind": "dealer",
                "holder_person_id": pid,
                "issued_on": "2024-01-01",
                "expires_on": "2027-01-01",
                "status": "active",
            },
        )
        inv.add(
            "self_assessment",
            {
                "country": "SL",
                "period": "2026H1",
                "row_id": "legal_framework",
                "score": "B",
                "evidence": "Mines and Minerals Development Act 2022",
                "owner": "Director of Mines",
                "due_on": "2026-11-30",
            },
        )
    return path


@pytest.fixture(scope="module")
def workbook(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "inventaire régional.xlsx"
    assert main(["export", "inventory", "--db", str(demo), "-o", str(out), "-q"]) == 0
    return out


def table(ws, header_row=None):
    """(headers, data rows, totals row or None) of a sheet written by kpfield."""
    rows = list(ws.iter_rows(values_only=True))
    h = (
        header_row
        if header_row is not None
        else next(i for i, r in enumerate(rows) if r[0] in ("Country", "Site code", "Kind"))
    )
    headers = rows[h]
    body = [r for r in rows[h + 1 :] if any(v is not None for v in r)]
    totals = body.pop() if body and str(body[-1][0]).startswith("Total") else None
    return headers, body, totals


def summary_parts(ws):
    """(headers, country rows, {half-year: its total row}, {year: its total row}) of the Summary."""
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == "Country")
    headers = rows[h]
    body = [r for r in rows[h + 1 :] if any(v is not None for v in r)]
    countries = [r for r in body if not str(r[0]).startswith("Total")]
    halves = {r[1]: r for r in body if str(r[0]).startswith("Total ") and "H" in str(r[1])}
    years = {r[1]: r for r in body if str(r[0]).startswith("Total year")}
    return headers, countries, halves, years


def whole_total(headers, halves, name):
    """A flow (records, carats...) over the whole period: the sum of the half-years' totals."""
    return sum(r[headers.index(name)] for r in halves.values())


def test_every_sheet_is_there_with_frozen_headers_and_filters(workbook):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == [
        "Summary",
        "Trends",
        "Challenge matrix",
        "Footprints",
        "Indicator details",
        DISTRICTS,
        "Sites",
        "Licences",
        "Buyers and exporters",
        "Sources",
    ]
    for ws in wb:
        if ws.title in ("Footprints", "Trends"):
            continue  # tables and their charts, one under another
        assert ws.freeze_panes is not None, ws.title
        if ws.title != "Challenge matrix":  # the heat map is one screen, with nothing to filter
            assert ws.auto_filter.ref, ws.title
        assert ws.page_setup.orientation == "landscape", ws.title
    summary = wb["Summary"]
    assert summary["A1"].value.startswith("Consolidated inventory of alluvial diamond production")
    assert "2024H2" in summary["A2"].value and "kpfield" in summary["A2"].value


def test_summary_production_equals_the_district_sheet_and_the_database(workbook, demo):
    wb = openpyxl.load_workbook(workbook)
    headers, rows, halves, years = summary_parts(wb["Summary"])
    col = {h: i for i, h in enumerate(headers)}
    _, drows, dtotals = table(wb[DISTRICTS])
    dcol = {h: i for i, h in enumerate(table(wb[DISTRICTS])[0])}
    by_half = defaultdict(lambda: [0, 0, 0.0, 0.0])
    for r in drows:
        if r[dcol["Half-year"]] is None:
            continue  # a district with no production: "no data"
        acc = by_half[(r[dcol["Country"]], r[dcol["Half-year"]])]
        for i, name in enumerate(("Production records", "Stones", "Carats", "Value (USD)")):
            acc[i] += r[dcol[name]]
    for r in rows:
        if r[3] == "no data":
            assert (r[col["Country"]], r[col["Half-year"]]) not in by_half
            continue
        expected = by_half.get((r[col["Country"]], r[col["Half-year"]]), [0, 0, 0.0, 0.0])
        assert r[col["Production records"]] == expected[0]
        assert r[col["Stones"]] == expected[1]
        assert r[col["Carats"]] == pytest.approx(expected[2], abs=0.01 * max(1, len(drows)))
        assert r[col["Value (USD)"]] == pytest.approx(expected[3], abs=0.01 * max(1, len(drows)))
    assert whole_total(headers, halves, "Carats") == pytest.approx(dtotals[dcol["Carats"]], abs=0.05)
    assert whole_total(headers, halves, "Production records") == dtotals[dcol["Production records"]]
    assert sum(r[col["Production records"]] for r in years.values()) == dtotals[dcol["Production records"]]
    with Inventory.open(demo) as inv:
        s = inv.summary()
    assert whole_total(headers, halves, "Production records") == s.counts["production"]
    assert whole_total(headers, halves, "Carats") == pytest.approx(sum(p.carats for p in s.production), abs=0.05)
    assert whole_total(headers, halves, "Value (USD)") == pytest.approx(sum(p.value_usd for p in s.production), abs=0.5)


def test_half_year_and_year_totals_equal_an_independent_sql_sum(workbook, demo):
    headers, _rows, halves, years = summary_parts(openpyxl.load_workbook(workbook)["Summary"])
    col = {h: i for i, h in enumerate(headers)}
    with Inventory.open(demo) as inv:
        sums = inv.conn.execute(
            "SELECT substr(produced_on, 1, 4) || CASE WHEN substr(produced_on, 6, 2) <= '06' THEN 'H1' ELSE 'H2' END, "
            "COUNT(*), SUM(stones), SUM(carats), SUM(value_usd) FROM production WHERE deleted = 0 GROUP BY 1"
        ).fetchall()
    assert set(halves) == {h for h, *_ in sums}
    by_year = defaultdict(lambda: [0, 0, 0.0, 0.0])
    for half, n, stones, carats, usd in sums:
        row = halves[half]
        assert row[0] == f"Total {half}: All countries in the inventory"  # titled by the real scope
        assert row[col["Production records"]] == n
        assert row[col["Stones"]] == stones
        assert row[col["Carats"]] == pytest.approx(carats, abs=0.005)
        assert row[col["Value (USD)"]] == pytest.approx(usd, abs=0.005)
        for i, v in enumerate((n, stones, carats, usd)):
            by_year[half[:4]][i] += v
    assert set(years) == set(by_year)
    for year, (n, stones, carats, usd) in by_year.items():
        assert years[year][col["Production records"]] == n
        assert years[year][col["Stones"]] == stones
        assert years[year][col["Carats"]] == pytest.approx(carats, abs=0.005)
        assert years[year][col["Value (USD)"]] == pytest.approx(usd, abs=0.005)
    # a year's licences in force are those on its last day: its last half-year's
    last = max(h for h in halves if h.startswith("2025"))
    assert years["2025"][col["Dealer licences in force"]] == halves[last][col["Dealer licences in force"]]


def test_sales_and_exports_on_the_summary_equal_the_buyers_sheet(workbook):
    wb = openpyxl.load_workbook(workbook)
    headers, _, halves, _ = summary_parts(wb["Summary"])
    col = {h: i for i, h in enumerate(headers)}
    totals = [sum(r[i] or 0 for r in halves.values()) if i >= 3 else None for i in range(len(headers))]
    bheaders, brows, _ = table(wb["Buyers and exporters"])
    bcol = {h: i for i, h in enumerate(bheaders)}
    # exports are made by exporters only, so the sheet's exporter rows hold every export
    assert totals[col["Exports with KP certificate"]] == sum(r[bcol["Exports with KP certificate"]] for r in brows)
    assert totals[col["Exports without KP certificate"]] == sum(
        r[bcol["Exports without KP certificate"]] for r in brows
    )
    assert totals[col["Exports without KP certificate"]] > 0  # the demo's planted ones
    assert totals[col["Carats exported with KP certificate"]] == pytest.approx(
        sum(r[bcol["Carats exported with KP certificate"]] for r in brows), abs=0.05
    )


def test_cells_are_typed_and_formatted(workbook):
    wb = openpyxl.load_workbook(workbook)
    sites = wb["Sites"]
    headers, rows, _ = table(sites)
    col = {h: i for i, h in enumerate(headers)}
    first = next(r for r in rows if r[col["Last inspection"]] is not None)
    assert hasattr(first[col["Licence expires"]], "year")  # a date, not text
    assert isinstance(first[col["Carats in period"]], float)
    h = next(i for i, r in enumerate(sites.iter_rows(values_only=True), start=1) if r[0] == "Site code")
    assert sites.cell(h + 1, col["Carats in period"] + 1).number_format == "#,##0.00"
    assert sites.cell(h + 1, col["USD in period"] + 1).number_format == "#,##0"
    assert sites.cell(h + 1, col["Licence expires"] + 1).number_format == "yyyy-mm-dd"
    assert sites.column_dimensions["A"].width >= 10


def test_formula_like_text_stays_text(workbook):
    wb = openpyxl.load_workbook(workbook)
    formulas = [(ws.title, c.coordinate) for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    licences = [r for r in wb["Licences"].iter_rows(values_only=True) if r[1] == "-0042"]
    assert licences and licences[0][3] == '=HYPERLINK("x")'


def test_every_country_and_half_year_of_a_region_gets_a_row(demo, tmp_path):
    out = tmp_path / "wa.xlsx"
    with Inventory.open(demo) as inv:
        write_inventory(inv, out, Coverage.region("West Africa"))  # the region's name, as a coordinator writes it
    wb = openpyxl.load_workbook(out)
    headers, rows, halves, years = summary_parts(wb["Summary"])
    countries = {r[0] for r in rows}
    assert countries == {COUNTRIES[c].name for c in ("SL", "GN", "LR", "CI", "GH", "TG")}
    assert len(rows) == 6 * 4 and len(halves) == 4
    assert all(r[0].endswith(": West Africa") for r in [*halves.values(), *years.values()])
    # the countries that sent nothing say so, in grey, rather than showing zeros
    ws = wb["Summary"]
    col = headers.index("Carats") + 1
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value == "Liberia":
            assert ws.cell(r, 4).value == "no data"  # one grey cell across the figures
            assert ws.cell(r, 4).fill.fgColor.rgb.endswith("EDEDED") and ws.cell(r, col).value is None
        if ws.cell(r, 1).value == "Sierra Leone":
            assert isinstance(ws.cell(r, col).value, float)
            assert ws.cell(r, col).number_format == "#,##0.00"
    assert "Liberia" in {r[0] for r in table(wb[DISTRICTS])[1] if r[3] is None}  # no site, no data


def test_a_period_limits_production(demo, tmp_path):
    out = tmp_path / "h1.xlsx"
    assert (
        main(
            [
                "export",
                "inventory",
                "--db",
                str(demo),
                "-o",
                str(out),
                "--country",
                "SL",
                "GN",
                "--from",
                "01/01/2026",
                "--to",
                "2026-06-30",
                "-q",
            ]
        )
        == 0
    )
    headers, rows, halves, _ = summary_parts(openpyxl.load_workbook(out)["Summary"])
    assert {r[1] for r in rows} == {"2026H1"}
    assert list(halves) == ["2026H1"] and halves["2026H1"][0] == "Total 2026H1: Sierra Leone, Guinea"
    with Inventory.open(demo) as inv:
        s = inv.summary()
    expected = sum(p.records for p in s.production if p.period == "2026H1" and p.country in ("SL", "GN"))
    assert halves["2026H1"][headers.index("Production records")] == expected


def test_a_period_ending_mid_half_year_is_marked_partial(demo, tmp_path):
    out = tmp_path / "part.xlsx"
    args = ["export", "inventory", "--db", str(demo), "-o", str(out), "--country", "SL", "--to", "15/05/2026", "-q"]
    assert main(args) == 0
    headers, rows, halves, years = summary_parts(openpyxl.load_workbook(out)["Summary"])
    note = headers.index("Provisional")
    assert [r[note] for r in rows if r[1] == "2026H1"] == ["partial: 2026-01-01 to 2026-05-15"]
    assert halves["2026H1"][note] == "partial: 2026-01-01 to 2026-05-15"
    assert years["2026"][note] == "partial: 2026-01-01 to 2026-05-15"
    assert all(r[note] is None for r in rows if r[1] == "2025H2")  # a whole, past half-year is final


def test_a_running_half_year_is_provisional():
    import datetime as dt

    from kpfield.domain.periods import Period
    from kpfield.report import completeness

    h = Period.parse("2026H2")
    assert completeness(h, today=dt.date(2026, 9, 1)) == "provisional: still running"
    assert completeness(h, today=dt.date(2027, 1, 1)) == ""


def test_cancelling_leaves_no_file(demo, tmp_path):
    out = tmp_path / "cancelled.xlsx"
    with Inventory.open(demo) as inv, pytest.raises(Cancelled):
        write_inventory(inv, out, progress=lambda done, total, what: done < 3)
    assert list(tmp_path.iterdir()) == []


def test_bad_arguments(demo, tmp_path, capsys):
    out = str(tmp_path / "x.xlsx")
    assert main(["export", "inventory", "--db", str(demo), "-o", out, "--country", "ZZ"]) == 1
    assert "ZZ" in capsys.readouterr().err
    assert main(["export", "inventory", "--db", str(demo), "-o", out, "--from", "31/02/2026"]) == 2
    assert (
        main(["export", "inventory", "--db", str(demo), "-o", out, "--from", "2026-06-01", "--to", "2026-01-01"]) == 2
    )
    assert not Path(out).exists()


SOFFICE = shutil.which("soffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice (Debian package libreoffice-calc-nogui) is not installed; CI installs it",
)


PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    (SOFFICE is None or PDFTOTEXT is None) and not os.environ.get("CI"),
    reason="LibreOffice or pdftotext (Debian packages libreoffice-calc-nogui, poppler-utils) is not installed; "
    "CI installs them",
)


@needs_libreoffice
def test_libreoffice_opens_the_workbook(workbook, tmp_path):
    assert SOFFICE, "CI must install libreoffice-calc-nogui (.ci/run)"
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    csv_text = (tmp_path / (workbook.stem + ".csv")).read_text(encoding="utf-8", errors="replace")
    assert "Total 2025H1: All countries in the inventory" in csv_text


def _pdf_text(demo, tmp_path, lang):
    pdf = tmp_path / f"summary-{lang}.pdf"
    out = tmp_path / f"w-{lang}.xlsx"
    args = ["--lang", lang, "export", "inventory", "--db", str(demo), "-o", str(out), "--pdf", str(pdf), "-q"]
    assert main(args) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return text, openpyxl.load_workbook(out)


@needs_pdftotext
def test_the_english_pdf_has_the_summary_the_matrix_the_indicators_and_the_footprints(demo, tmp_path):
    text, wb = _pdf_text(demo, tmp_path, "en")
    headers, _, halves, _ = summary_parts(wb["Summary"])
    usd = halves["2025H2"][headers.index("Value (USD)")]
    carats = halves["2025H2"][headers.index("Carats")]
    assert "Total 2025H2: All countries in the inventory" in text
    assert f"{usd:,.0f}" in text and f"{carats:,.2f}" in text  # 1,234 and 12.34
    assert "Challenge matrix, 2026H1" in text
    assert "Indicators of the challenge matrix" in text and "partly met <=" in text and "%" in text
    assert "Provenance footprints" in text and "Size class" in text


@needs_pdftotext
def test_the_french_pdf_writes_numbers_the_french_way_and_wraps_headers_between_words(demo, tmp_path):
    import re

    text, wb = _pdf_text(demo, tmp_path, "fr")
    h = next(i for i, r in enumerate(wb.worksheets[0].iter_rows(values_only=True)) if r[0] == "Pays")
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    headers = rows[h]
    total = next(r for r in rows if str(r[0]).startswith("Total") and r[1] == "2025H2")
    usd = total[headers.index("Valeur (USD)")]
    carats = total[headers.index("Carats")]
    assert usd >= 1000
    grouped = f"{usd:,.0f}".replace(",", "[ \u00a0\u202f]")
    assert re.search(grouped, text), (grouped, text[:2000])  # 1 234: a space for thousands
    assert f"{carats:.2f}".replace(".", ",") in text  # 12,34: a decimal comma
    assert f"{carats:,.2f}" not in text
    for word in ("Enregistrements", "Exportations", "Semestre"):  # a header's word is never cut in two
        if word in " ".join(str(v) for v in headers):
            assert word in text, word
    assert "Empreintes de provenance" in text
    assert re.search(r"\d,\d[ \u00a0\u202f]%", text)  # a share: 12,5 %
    assert "Détail des indicateurs" in text or "Indicateurs de la matrice" in text


def test_the_matrix_sheet_colours_each_status(workbook):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames[:4] == ["Summary", "Trends", "Challenge matrix", "Footprints"]
    ws = wb["Challenge matrix"]
    head = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Challenge area")
    countries = []
    for c in range(2, ws.max_column + 1):
        if not ws.cell(head, c).value:
            break  # a blank column separates the heat map from the detail beside it
        countries.append(ws.cell(head, c).value)
    assert set(countries) >= {"Sierra Leone", "Guinea"}
    fills = {"met": "C6EFCE", "partly met": "FFEB9C", "challenge": "FFC7CE", "no data": "EDEDED"}
    seen = set()
    for r in range(head + 1, head + 13):
        assert ws.cell(r, 1).value, r  # every challenge area has its row
        for c in range(2, 2 + len(countries)):
            text = ws.cell(r, c).value
            status = text.split(" (")[0]
            if status in fills:
                assert ws.cell(r, c).fill.fgColor.rgb.endswith(fills[status]), (r, c, text)
                seen.add(status)
    assert {"met", "challenge"} <= seen  # the demo's planted problems show as challenges
    assert ws.freeze_panes is not None and ws.page_setup.orientation == "landscape"


def test_indicator_details_show_shares_and_their_thresholds_as_percentages(workbook):
    ws = openpyxl.load_workbook(workbook)["Indicator details"]
    assert ws.freeze_panes is not None and ws.auto_filter.ref
    rows = list(ws.iter_rows())
    h = next(i for i, r in enumerate(rows) if r[0].value == "Country")
    col = {c.value: i for i, c in enumerate(rows[h])}
    assert {"Indicator", "Self-assessment", "Evidence", "Due"} <= set(col)
    shares = [r for r in rows[h + 1 :] if str(r[col["Indicator"]].value or "").startswith("Share of")]
    assert shares
    for r in shares:
        if r[col["Value"]].value is not None:
            assert r[col["Value"]].number_format == "0.0%"
        thresholds = r[col["Thresholds"]].value
        assert thresholds.count("%") == 2 and " 0.8," not in thresholds and " 0.9," not in thresholds
    dues = [r[col["Due"]] for r in rows[h + 1 :] if r[col["Due"]].value is not None]
    assert dues and all(hasattr(c.value, "year") and c.number_format == "yyyy-mm-dd" for c in dues)


def test_the_footprint_chart_points_at_its_table(workbook):
    import re
    import zipfile

    with zipfile.ZipFile(workbook) as z:
        charts = [z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("xl/charts/chart")]
        charts = [x for x in charts if "Footprints!" in x]  # the Trends sheet has charts of its own
        assert charts
        xml = charts[0]
    refs = re.findall(r"<c:f>([^<]+)</c:f>", xml)
    assert any(ref.startswith("Footprints!$A$") for ref in refs)  # categories: the size classes
    assert any(ref.startswith("Footprints!$E$") for ref in refs)  # values: share of carats
    ws = openpyxl.load_workbook(workbook)["Footprints"]
    labels = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    first = labels.index("Size class") + 2
    assert labels[first - 1 : first + 10] == [
        "-7",
        "+7-9",
        "+9-11",
        "+11",
        "2-grainer",
        "3-grainer",
        "4-grainer",
        "1-2 ct",
        "2-5 ct",
        "5-10.8 ct",
        "+10.8 ct (specials)",
    ]
    shares = [ws.cell(r, 5).value or 0 for r in range(first, first + 11)]
    assert sum(shares) == pytest.approx(1.0, abs=1e-6)


def test_sources_lists_open_conflicts_and_duplicates(demo, tmp_path):
    import shutil as _shutil

    db = tmp_path / "copy.kpfield"
    _shutil.copy(demo, db)
    with Inventory.open(db) as inv:
        lic, person_a, person_b = (
            inv.conn.execute("SELECT id FROM licence WHERE number = '-0042'").fetchone()[0],
            *[r[0] for r in inv.conn.execute("SELECT id FROM person ORDER BY id LIMIT 2")],
        )
        src = inv.add_source("workbook", file_name="officer 7.xlsx", sha256="ab" * 32)
        # what an import leaves for the coordinator (the merge itself is tested in test_merge.py)
        inv.conn.execute(
            "INSERT INTO conflict (table_name, record_id, field, base, ours, theirs, peer, source_id, at) "
            "VALUES ('licence', ?, 'area_ha', '0.5', '0.8', '0.9', 'peer', ?, '2026-11-01T10:00:00Z')",
            (lic, src),
        )
        inv.conn.execute(
            "INSERT INTO duplicate_candidate (table_name, a_id, b_id, reason, source_id, at) "
            "VALUES ('person', ?, ?, 'same national ID', ?, '2026-11-01T10:00:00Z')",
            (person_a, person_b, src),
        )
        write_inventory(inv, tmp_path / "w.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "w.xlsx")["Sources"].iter_rows(values_only=True))
    text = [" | ".join(str(v) for v in r if v is not None) for r in rows]
    assert any(t.startswith("Open conflicts: 1") for t in text)
    # numbered, the licence by its number, the values as numbers
    [row] = [r for r in rows if r[1] == "Licences"]
    assert isinstance(row[0], int) and row[2].startswith("-0042 · ")
    assert (row[3], row[4], row[5], row[8], row[10]) == ("Area (ha)", 0.5, 0.8, 0.9, "officer 7.xlsx")
    assert any(t.startswith("Probable duplicates to review: 1") for t in text)
    assert any("same national ID" in t for t in text)


def test_without_libreoffice_the_pdf_is_refused_clearly_and_the_workbook_still_written(
    demo, tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(shutil, "which", lambda name: None)  # as on a machine without LibreOffice
    out = tmp_path / "w.xlsx"
    assert main(["export", "inventory", "--db", str(demo), "-o", str(out), "--pdf", str(tmp_path / "s.pdf"), "-q"]) == 1
    assert "LibreOffice is not installed" in capsys.readouterr().err
    assert out.exists() and not (tmp_path / "s.pdf").exists()

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
    totals = body.pop() if body and str(body[-1][0]).endswith(("total", "Total")) else None
    return headers, body, totals


def test_every_sheet_is_there_with_frozen_headers_and_filters(workbook):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == [
        "Summary",
        "Challenge matrix",
        "Footprints",
        DISTRICTS,
        "Sites",
        "Licences",
        "Buyers and exporters",
        "Sources",
    ]
    for ws in wb:
        if ws.title == "Footprints":
            continue  # a table and a chart per place, one under another
        assert ws.freeze_panes is not None, ws.title
        assert ws.auto_filter.ref, ws.title
    summary = wb["Summary"]
    assert summary["A1"].value.startswith("Consolidated inventory of alluvial diamond production")
    assert "2024H2" in summary["A2"].value and "kpfield" in summary["A2"].value


def test_summary_production_equals_the_district_sheet_and_the_database(workbook, demo):
    wb = openpyxl.load_workbook(workbook)
    headers, rows, totals = table(wb["Summary"])
    col = {h: i for i, h in enumerate(headers)}
    _, drows, dtotals = table(wb[DISTRICTS])
    dcol = {h: i for i, h in enumerate(table(wb[DISTRICTS])[0])}
    by_half = defaultdict(lambda: [0, 0, 0.0, 0.0])
    for r in drows:
        acc = by_half[(r[dcol["Country"]], r[dcol["Half-year"]])]
        for i, name in enumerate(("Production records", "Stones", "Carats", "Value (USD)")):
            acc[i] += r[dcol[name]]
    for r in rows:
        expected = by_half.get((r[col["Country"]], r[col["Half-year"]]), [0, 0, 0.0, 0.0])
        assert r[col["Production records"]] == expected[0]
        assert r[col["Stones"]] == expected[1]
        assert r[col["Carats"]] == pytest.approx(expected[2], abs=0.01 * max(1, len(drows)))
        assert r[col["Value (USD)"]] == pytest.approx(expected[3], abs=0.01 * max(1, len(drows)))
    assert totals[col["Carats"]] == pytest.approx(dtotals[dcol["Carats"]], abs=0.05)
    assert totals[col["Production records"]] == dtotals[dcol["Production records"]]
    with Inventory.open(demo) as inv:
        s = inv.summary()
    assert totals[col["Production records"]] == s.counts["production"]
    assert totals[col["Carats"]] == pytest.approx(sum(p.carats for p in s.production), abs=0.05)
    assert totals[col["Value (USD)"]] == pytest.approx(sum(p.value_usd for p in s.production), abs=0.5)


def test_sales_and_exports_on_the_summary_equal_the_buyers_sheet(workbook):
    wb = openpyxl.load_workbook(workbook)
    headers, _, totals = table(wb["Summary"])
    col = {h: i for i, h in enumerate(headers)}
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
        write_inventory(inv, out, Coverage.region("west-africa"))
    headers, rows, _ = table(openpyxl.load_workbook(out)["Summary"])
    countries = {r[0] for r in rows}
    assert countries == {COUNTRIES[c].name for c in ("SL", "GN", "LR", "CI", "GH", "TG")}
    assert len(rows) == 6 * 4


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
    headers, rows, totals = table(openpyxl.load_workbook(out)["Summary"])
    assert {r[1] for r in rows} == {"2026H1"}
    with Inventory.open(demo) as inv:
        s = inv.summary()
    expected = sum(p.records for p in s.production if p.period == "2026H1" and p.country in ("SL", "GN"))
    assert totals[headers.index("Production records")] == expected


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


@needs_libreoffice
def test_libreoffice_opens_the_workbook_and_the_pdf_has_the_summary_numbers(demo, workbook, tmp_path):
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
    assert "Regional total" in csv_text

    pdf = tmp_path / "summary.pdf"
    assert (
        main(["export", "inventory", "--db", str(demo), "-o", str(tmp_path / "w.xlsx"), "--pdf", str(pdf), "-q"]) == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        headers, _, totals = table(openpyxl.load_workbook(workbook)["Summary"])
        records = totals[headers.index("Production records")]
        assert "Regional total" in text and f"{records:,}" in text


def test_the_matrix_sheet_colours_each_status(workbook):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames[:3] == ["Summary", "Challenge matrix", "Footprints"]
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
    # beside the heat map: one line per indicator, with its value and status
    detail = [ws.cell(head, c).value for c in range(1, ws.max_column + 1)]
    assert "Indicator" in detail and "Self-assessment" in detail and "Evidence" in detail


def test_the_footprint_chart_points_at_its_table(workbook):
    import re
    import zipfile

    with zipfile.ZipFile(workbook) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        assert charts
        xml = z.read(charts[0]).decode()
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

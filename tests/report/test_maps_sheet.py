"""The inventory workbook's Maps sheet: a map per country of the report, in the workbook and in
its PDF (``kpfield export inventory`` draws them offscreen with the Map page's renderer)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.report import Coverage, sheet_title, write_inventory
from kpfield.store import Inventory

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SOFFICE, PDFTOPPM, PDFINFO = shutil.which("soffice"), shutil.which("pdftoppm"), shutil.which("pdfinfo")
needs_pdf_tools = pytest.mark.skipif(
    (SOFFICE is None or PDFTOPPM is None or PDFINFO is None) and not os.environ.get("CI"),
    reason="LibreOffice or poppler-utils (pdftoppm, pdfinfo) is not installed; CI installs them",
)


@pytest.fixture(scope="module")
def two_countries(tmp_path_factory) -> Path:
    """Sites in Sierra Leone and Guinea."""
    path = tmp_path_factory.mktemp("maps") / "two.kpfield"
    with Inventory.create(path, country="SL", officer="Coordinator") as inv:
        points = {"SL": [(8.64, -10.97), (8.70, -10.90), (8.30, -11.10)], "GN": [(9.5, -9.0), (9.8, -8.7)]}
        for country, pts in points.items():
            for n, (lat, lon) in enumerate(pts, 1):
                inv.add(
                    "site",
                    {
                        "country": country,
                        "code": f"{country}-{n}",
                        "district": "Kono" if country == "SL" else "Kissidougou",
                        "status": "active",
                        "latitude": lat,
                        "longitude": lon,
                    },
                )
    return path


def _pictures(path: Path, sheet: str) -> list[tuple[int, bytes]]:
    """(row, picture) of each picture placed on ``sheet``, read from the file's own parts (openpyxl
    reads pictures only with Pillow installed)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    number = wb.sheetnames.index(sheet) + 1  # the sheets' parts are numbered in order
    wb.close()
    found = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        rels = f"xl/worksheets/_rels/sheet{number}.xml.rels"
        if rels not in names:
            return []
        for drawing in re.findall(r'Target="../drawings/([^"]+)"', z.read(rels).decode()):
            xml = z.read(f"xl/drawings/{drawing}").decode()
            targets = dict(
                re.findall(
                    r'Id="([^"]+)"[^>]*Target="../media/([^"]+)"', z.read(f"xl/drawings/_rels/{drawing}.rels").decode()
                )
            )
            for anchor in re.findall(r"<xdr:(?:two|one)CellAnchor.*?</xdr:(?:two|one)CellAnchor>", xml, re.S):
                row = int(re.search(r"<xdr:from>.*?<xdr:row>(\d+)</xdr:row>", anchor, re.S).group(1))
                embed = re.search(r'r:embed="([^"]+)"', anchor).group(1)
                found.append((row, z.read(f"xl/media/{targets[embed]}")))
    return found


def test_the_maps_sheet_has_one_map_per_country_a_page_each(two_countries, tmp_path):
    from kpfield.ui.map.render import render_country_maps

    out = tmp_path / "inventory.xlsx"
    with Inventory.open(two_countries) as inv:
        maps = render_country_maps(inv, ["GN", "SL"], tmp_path)
        result = write_inventory(inv, out, Coverage.of_countries(["SL", "GN"]), maps=maps)
    assert result.sheets["Maps"] == 2
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames.index("Maps") == wb.sheetnames.index("Indicator details") + 1
    ws = wb["Maps"]
    headings = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value]
    # in the order of the report's countries
    assert [h for h in headings if h.startswith("Map: ")] == ["Map: Sierra Leone", "Map: Guinea"]
    pictures = _pictures(out, "Maps")
    assert len(pictures) == 2
    rows = sorted(row for row, _ in pictures)
    assert rows[0] < rows[1]
    # each country prints on its own landscape page
    assert ws.page_setup.orientation == "landscape"
    assert [b.id for b in ws.row_breaks.brk] == [rows[1] - 2]
    # the pictures in the file are the maps drawn
    assert all(png[:8] == b"\x89PNG\r\n\x1a\n" for _, png in pictures)
    assert {png for _, png in pictures} == {p.read_bytes() for p in maps.values()}


def test_without_maps_there_is_no_maps_sheet_and_a_country_without_a_picture_is_left_out(two_countries, tmp_path):
    from kpfield.ui.map.render import render_country_maps

    with Inventory.open(two_countries) as inv:
        write_inventory(inv, tmp_path / "none.xlsx")
        maps = render_country_maps(inv, ["SL"], tmp_path)
        result = write_inventory(inv, tmp_path / "sl.xlsx", maps=maps)
    assert sheet_title("Maps") not in openpyxl.load_workbook(tmp_path / "none.xlsx").sheetnames
    assert result.sheets["Maps"] == 1 and len(_pictures(tmp_path / "sl.xlsx", "Maps")) == 1


def test_the_cli_draws_the_maps_of_the_scope_and_no_maps_leaves_them_out(two_countries, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "w.xlsx"
    assert main(["export", "inventory", "--db", str(two_countries), "-o", str(out), "-q", "--country", "SL"]) == 0
    assert len(_pictures(out, "Maps")) == 1
    bare = tmp_path / "bare.xlsx"
    assert main(["export", "inventory", "--db", str(two_countries), "-o", str(bare), "-q", "--no-maps"]) == 0
    assert "Maps" not in openpyxl.load_workbook(bare).sheetnames
    assert list(scratch.iterdir()) == []  # the pictures drawn for the workbook are removed


def _pages(pdf: Path) -> int:
    info = subprocess.run([PDFINFO, str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _colours(png: Path) -> tuple[int, int]:
    """(pixels of the map's sea blue, pixels of an active site's green) in a page drawn by pdftoppm."""
    from kpfield.ui.qt import QColor, QImage

    image = QImage(str(png))
    sea = green = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            r, g, b = c.red(), c.green(), c.blue()
            if abs(r - 0xDC) < 12 and abs(g - 0xE9) < 12 and abs(b - 0xF2) < 12:
                sea += 1
            elif g > r + 50 and g > b + 30:
                green += 1
    return sea, green


@needs_pdf_tools
def test_the_pdf_carries_a_map_page_per_country(two_countries, tmp_path):
    db = ["--db", str(two_countries), "-q"]
    with_maps, without = tmp_path / "maps.pdf", tmp_path / "plain.pdf"
    assert main(["export", "inventory", *db, "-o", str(tmp_path / "a.xlsx"), "--pdf", str(with_maps)]) == 0
    assert main(["export", "inventory", *db, "-o", str(tmp_path / "b.xlsx"), "--pdf", str(without), "--no-maps"]) == 0
    plain, mapped = _pages(without), _pages(with_maps)
    assert mapped == plain + 2  # Guinea and Sierra Leone, a page each
    # the map pages show the map: its sea, and the active sites' green dots
    subprocess.run(
        [PDFTOPPM, "-r", "60", "-png", "-f", str(plain + 1), str(with_maps), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2
    for page in pages:
        sea, green = _colours(page)
        assert sea > 2000 and green > 0, (page.name, sea, green)
    text = subprocess.run(["pdftotext", str(with_maps), "-"], capture_output=True, text=True).stdout
    assert "Map: Guinea" in text and "Map: Sierra Leone" in text

"""The reports a coordinator chases officers with, run from the command line on real workbooks:
submissions (three officers, one late), changes, the follow-up list and the package to send."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.demo import generate
from kpfield.store import Inventory

OFFICERS = (("Fatmata Sesay", "Kono", "KON"), ("Ibrahim Kamara", "Kenema", "KEN"), ("Mariama Bah", "Bo", "BOO"))


def run(*args: object) -> tuple[int, str]:
    out = io.StringIO()
    return main([str(a) for a in args], out=out), out.getvalue()


def _officer(path: Path, name: str, district: str, code: str) -> Path:
    with Inventory.create(path, country="SL", officer=name, district=district) as inv:
        pid = inv.add("person", {"family_name": name.split()[-1], "country": "SL", "roles": "licence_holder"}).id
        lic = inv.add(
            "licence",
            {
                "country": "SL",
                "number": f"AML/{code}",
                "kind": "artisanal_mining",
                "holder_person_id": pid,
                "issued_on": "2025-01-01",
                "expires_on": "2027-01-01",
                "status": "active",
            },
        ).id
        site = inv.add(
            "site", {"country": "SL", "code": f"{code}-1", "status": "active", "district": district, "licence_id": lic}
        ).id
        for day in ("2026-02-03", "2026-05-20"):
            inv.add("production", {"site_id": site, "licence_id": lic, "produced_on": day, "stones": 3, "carats": 1.5})
    return path


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("chase")
    db = root / "regional.kpfield"
    assert run("init", "--db", db, "--country", "SL", "--officer", "Regional coordinator")[0] == 0
    for name, district, code in OFFICERS:
        officer = _officer(root / f"{code}.kpfield", name, district, code)
        book = root / f"{district}.xlsx"
        assert run("export", "field", "--db", officer, "-o", book)[0] == 0
        assert run("import", "--db", db, book)[0] == 0
    with Inventory.open(db) as inv:
        # Mariama Bah's workbook came in May, before the half-year of the report began
        inv.conn.execute("UPDATE source SET at = '2026-05-31T10:00:00.000000Z' WHERE officer = 'Mariama Bah'")
        inv.conn.commit()
    return db


def test_submissions_name_each_officer_and_district_and_who_is_late(coordinator, tmp_path):
    out = tmp_path / "submissions.xlsx"
    code, text = run("report", "submissions", "--db", coordinator, "-o", out, "--as-of", "2026-09-15")
    assert code == 0
    assert "3 officers, 1 late for 2026H2" in text
    late_line = next(line for line in text.splitlines() if "LATE" in line)
    assert "Mariama Bah" in late_line and "Bo" in late_line
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.freeze_panes is not None and ws.auto_filter.ref and ws.page_setup.orientation == "landscape"
    rows = list(ws.iter_rows())
    h = next(i for i, r in enumerate(rows) if r[0].value == "Officer")
    col = {c.value: i for i, c in enumerate(rows[h])}
    body = {r[col["Officer"]].value: r for r in rows[h + 1 :] if r[0].value}
    assert set(body) == {name for name, _, _ in OFFICERS}
    for name, district, _ in OFFICERS:
        r = body[name]
        assert r[col["District"]].value == district
        assert r[col["Late for the half-year"]].value == ("yes" if name == "Mariama Bah" else "no")
        assert r[col["Last workbook"]].value == f"{district}.xlsx"
        assert r[col["Signed"]].value == "yes"
        assert r[col["Records in the last workbook"]].value == 5  # person, licence, site, 2 production
        assert isinstance(r[col["Received (UTC)"]].value, dt.datetime)
        assert r[col["Production from"]].value == dt.datetime(2026, 2, 3)
        assert r[col["Production to"]].value == dt.datetime(2026, 5, 20)
        assert r[col["Production from"]].number_format == "yyyy-mm-dd"
    assert not [c for row in rows for c in row if c.data_type == "f"]


def test_changes_of_an_officers_last_workbook_and_since_a_time(coordinator, tmp_path):
    out = tmp_path / "changes.xlsx"
    code, text = run("report", "changes", "--db", coordinator, "-o", out, "--officer", "ibrahim kamara")
    assert code == 0 and "Kenema.xlsx" in text
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == "Recorded (UTC)")
    body = [r for r in rows[h + 1 :] if r[0]]
    assert len(body) == 5 and {r[1] for r in body} == {"added"}
    assert any("KEN-1" in r[3] for r in body)  # the site by its code, not its UUID
    assert all(r[6] == "Kenema.xlsx" for r in body)
    code, text = run("report", "changes", "--db", coordinator, "-o", out, "--since", "2000-01-01 00:00")
    assert code == 0 and "added" in text
    assert run("report", "changes", "--db", coordinator, "-o", out)[0] == 2  # neither --officer nor --since


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Coordinator") as inv:
        generate(inv, "small", seed=11)
    return path


def test_the_follow_up_list_names_the_records_each_indicator_flags(demo, tmp_path):
    with Inventory.open(demo) as inv:
        district = inv.conn.execute(
            "SELECT s.district FROM production p JOIN site s ON s.id = p.site_id WHERE s.country = 'SL' "
            "AND p.produced_on LIKE '2026%' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()[0]
    out = tmp_path / "follow.xlsx"
    code, text = run(
        "report", "follow-up", "--db", demo, "-o", out, "--district", f"SL:{district}", "--period", "2026H1"
    )
    assert code == 0 and "records to follow up" in text
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == "Challenge area")
    body = [r for r in rows[h + 1 :] if r[0]]
    assert body, "the demo plants problems the matrix flags"
    assert all(r[4] and r[4] != r[7] for r in body)  # a readable name beside the identifier
    assert ws.freeze_panes is not None and ws.auto_filter.ref


def test_the_package_holds_the_workbooks_the_pdf_and_a_french_readme(demo, tmp_path):
    code, text = run(
        "--lang",
        "fr",
        "export",
        "package",
        "--db",
        demo,
        "--region",
        "West Africa",
        "--period",
        "2026H1",
        "-o",
        tmp_path,
    )
    assert code == 0, text
    path = tmp_path / "kpfield-west-africa-2026H1.zip"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        readme = z.read("README.txt").decode("utf-8")
    assert {
        "inventory-west-africa-2026H1.xlsx",
        "submissions-west-africa-2026H1.xlsx",
        "imports-west-africa-2026H1.xlsx",
        "README.txt",
    } <= names
    assert "Afrique de l'Ouest" in readme
    # the workbook carries a map per country of the region, titled in French
    with zipfile.ZipFile(path) as z:
        (tmp_path / "inventory.xlsx").write_bytes(z.read("inventory-west-africa-2026H1.xlsx"))
    maps = openpyxl.load_workbook(tmp_path / "inventory.xlsx")["Cartes"]
    titles = [maps.cell(r, 1).value for r in range(1, maps.max_row + 1)]
    assert "Carte : Sierra Leone" in titles
    import shutil

    if shutil.which("soffice"):
        assert "inventory-west-africa-2026H1.pdf" in names
    else:
        assert "LibreOffice" in readme

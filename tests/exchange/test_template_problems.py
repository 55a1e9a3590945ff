"""A filled template's bad row is told all at once, in plain words: every problem of the row
(not only the first), advice that names how to refer to a record (never "give the UUID"), and a
size-class sum that says what adds up to what. Driven through the command line on a template
written by ``kpfield template`` and filled with openpyxl."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import openpyxl

from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.exchange.headers import sheet_name
from kpfield.store import Inventory

from .conftest import make_inventory

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")


def kpfield(*args: Any, code: int = 0) -> str:
    out = io.StringIO()
    assert main([str(a) for a in args], out=out) == code, out.getvalue()
    return out.getvalue()


def _filled(tmp: Path, sheet: str, rows: list[dict[str, Any]], lang: str = "en") -> Path:
    """A template in ``lang`` with ``rows`` (header -> value) typed into ``sheet``'s kind."""
    path = tmp / f"template-{lang}.xlsx"
    kpfield("template", "-o", path, "--lang", lang)
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet_name(ENTITIES[sheet], lang)]
    headers = [c.value for c in ws[1]]
    for row in rows:
        assert set(row) <= set(headers), set(row) - set(headers)
        ws.append([row.get(h) for h in headers])
    wb.save(path)
    return path


def _issues(db: Path, path: Path) -> list[dict[str, Any]]:
    report = json.loads(kpfield("import", "--db", db, path, "--json", code=1))
    [f] = report["files"]
    return [i for i in f["issues"] if i["severity"] == "error"]


def test_a_production_row_with_three_faults_reports_all_three(tmp_path):
    db = tmp_path / "kono.kpfield"
    make_inventory(db, "Aminata Sesay").close()
    path = _filled(
        tmp_path,
        "production",
        [{"Site *": "KN-999", "Date *": "31/02/2026", "Stones *": 2, "Carats *": -1}],
    )
    issues = _issues(db, path)
    by_column = {i["column"]: i for i in issues}
    assert set(by_column) == {"Site *", "Date *", "Carats *"}, issues
    assert all(i["row"] == 2 and i["sheet"] == "Production" for i in issues)
    site = by_column["Site *"]
    assert "no site 'KN-999'" in site["message"]
    assert "site code" in site["fix"] and "UUID" not in site["fix"]
    assert "31/02/2026" in by_column["Date *"]["message"] and "not a real date" in by_column["Date *"]["message"]
    assert "greater than 0" in by_column["Carats *"]["message"]
    # nothing was written
    with Inventory.open(db) as inv:
        assert inv.conn.execute("SELECT COUNT(*) FROM production").fetchone()[0] == 0
    # and the printed summary lists them too, row by row
    out = kpfield("import", "--db", db, path, "--dry-run", code=1)
    for column in ("'Site *'", "'Date *'", "'Carats *'"):
        assert f"row 2 column {column}" in out


def test_advice_names_how_to_refer_to_each_kind_never_a_uuid(tmp_path):
    db = tmp_path / "kono.kpfield"
    make_inventory(db, "Aminata Sesay").close()
    path = _filled(
        tmp_path,
        "inspection",
        [
            {
                "Date *": "2026-03-01",
                "Inspected *": "site",
                "Site": "KN-404",
                "Licence": "SL-ART-2026-0404",
                "Organisation": "No Such Office",
                "Officer *": "Fatmata Sesay",
                "Outcome *": "compliant",
            }
        ],
    )
    fixes = {i["column"]: i["fix"] for i in _issues(db, path)}
    assert "site code" in fixes["Site"]
    assert "licence number" in fixes["Licence"]
    assert "registration number or its name" in fixes["Organisation"]
    lic = _filled(
        tmp_path,
        "licence",
        [
            {
                "Country *": "SL",
                "Licence number *": "SL-ART-2026-0007",
                "Kind *": "artisanal_mining",
                "Holder (person)": "Nobody Known (Koidu)",
                "Issued on *": "2026-01-01",
                "Expires on *": "2026-13-01",
                "Status *": "active",
            }
        ],
    )
    issues = {i["column"]: i for i in _issues(db, lic)}
    assert set(issues) == {"Holder (person)", "Expires on *"}
    assert "national ID" in issues["Holder (person)"]["fix"] and "digger-card" in issues["Holder (person)"]["fix"]
    for fix in [*fixes.values(), *(i["fix"] for i in issues.values())]:
        assert "UUID" not in fix and not UUID.search(fix), fix


def test_a_size_class_sum_says_what_adds_up_to_what(tmp_path):
    db = tmp_path / "kono.kpfield"
    with make_inventory(db, "Aminata Sesay") as inv:
        inv.add("site", {"country": "SL", "code": "KN-012", "status": "active"})
    path = _filled(
        tmp_path,
        "production",
        [
            {
                "Site *": "KN-012",
                "Date *": "2026-03-02",
                "Stones *": 3,
                "Carats *": 0.5,
                "Stones -7": 2,
                "Carats -7": 0.1,
                "Stones +11": 2,
                "Carats +11": 0.2,
            }
        ],
    )
    by_column = {i["column"]: i for i in _issues(db, path)}
    stones, carats = by_column["Stones *"], by_column["Carats *"]
    assert "(-7: 2 + +11: 2) add up to 4 stone(s), the record says 3" in stones["message"]
    assert "(-7: 0.10 + +11: 0.20) add up to 0.30 ct, the record says 0.5" in carats["message"]
    assert "size-class columns add up to Stones" in stones["fix"]
    assert "size-class columns add up to Carats" in carats["fix"]


def test_in_french_the_row_is_told_in_french(tmp_path):
    db = tmp_path / "kono.kpfield"
    make_inventory(db, "Aminata Sesay").close()
    path = _filled(
        tmp_path,
        "production",
        [{"Chantier *": "KN-999", "Date de production *": "31/02/2026", "Pierres *": 2, "Carats *": -1}],
        lang="fr",
    )
    report = json.loads(kpfield("--lang", "fr", "import", "--db", db, path, "--json", code=1))
    issues = [i for i in report["files"][0]["issues"] if i["severity"] == "error"]
    assert len(issues) == 3
    site = next(i for i in issues if i["value"] == "KN-999")
    assert "code du chantier" in site["fix"] and "UUID" not in site["fix"]


def test_persons_a_name_may_mean_are_listed_by_what_names_them_never_by_uuid(tmp_path):
    db = tmp_path / "kono.kpfield"
    with make_inventory(db, "Aminata Sesay") as inv:
        inv.add("person", {"family_name": "Kamara", "given_names": "Fatmata", "country": "SL", "village": "Koidu"})
        inv.add(
            "person",
            {
                "family_name": "Kamara",
                "given_names": "Fatmata",
                "country": "SL",
                "village": "Tombodu",
                "digger_card": "DC-9",
            },
        )
    path = _filled(
        tmp_path,
        "licence",
        [
            {
                "Country *": "SL",
                "Licence number *": "SL-ART-2026-0008",
                "Kind *": "artisanal_mining",
                "Holder (person)": "Fatmata Kamara",
                "Issued on *": "2026-01-01",
                "Expires on *": "2027-01-01",
                "Status *": "active",
            }
        ],
    )
    [issue] = _issues(db, path)
    assert "names several persons" in issue["message"]
    assert "Fatmata Kamara (Tombodu) [digger card DC-9]" in issue["message"]
    assert "Fatmata Kamara (Koidu) [no national ID or digger card: name them with their village]" in issue["message"]
    assert not UUID.search(issue["message"]) and not UUID.search(issue["fix"])

"""Templates, import reports and the inventory workbook in the officer's language.

The catalogues are filled separately; these tests install a small catalogue of their own
(``i18n.install_catalogue``) so that the French text is there to look for. The conftest drops it
after each test.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
from pathlib import Path

import openpyxl
import pytest

from kpfield import i18n
from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.domain.validation import Problem
from kpfield.exchange.headers import field_label, sheet_name
from kpfield.exchange.import_report import write_report
from kpfield.exchange.importer import import_workbooks
from kpfield.exchange.rows import _fix_for
from kpfield.exchange.template import write_template
from kpfield.report import SHEETS, write_inventory
from kpfield.store import Inventory

from .conftest import make_inventory

FRENCH = {
    ("report", "Problems"): "Problèmes",
    ("report", "What to do"): "Que faire",
    ("report", "Summary"): "Résumé",
    ("report", "refused: nothing written"): "refusé : rien n'a été écrit",
    ("import", "type the two-letter ISO country code, such as SL or GN"): (
        "tapez le code pays ISO à deux lettres, comme SL ou GN"
    ),
    ("cli", "NOTHING WRITTEN from this file: {n} problem(s)"): "RIEN N'A ÉTÉ ÉCRIT depuis ce fichier : {n} problème(s)",
    ("inventory_workbook", "Summary"): "Synthèse",
    ("inventory_workbook", "Sites"): "Sites miniers",
    ("inventory_workbook", "Buyers and exporters"): "Acheteurs et exportateurs",
    ("inventory_workbook", "Country"): "Pays",
    ("inventory_workbook", "Total year {year}: {scope}"): "Total de l'année {year} : {scope}",
    ("template", "Instructions"): "Mode d'emploi",
}


def _fill(ws, ent, rows: list[dict]) -> None:
    """Append rows given by field name, in the template's column order."""
    for values in rows:
        ws.append([values.get(name) for name in ent.field_names])


def test_a_portuguese_template_filled_by_hand_imports_with_the_right_values(tmp_path: Path):
    template = tmp_path / "modelo.xlsx"
    assert main(["template", "-o", str(template), "--lang", "pt"], out=io.StringIO()) == 0
    wb = openpyxl.load_workbook(template)
    person, licence, site, production = (ENTITIES[k] for k in ("person", "licence", "site", "production"))
    header = [c.value for c in wb[sheet_name(licence, "pt")][1]]
    assert header[1] == field_label(licence, "number", "pt") + " *" == "Número da licença *"
    _fill(
        wb["Pessoas"],
        person,
        [
            {
                "family_name": "Conceição",
                "given_names": "João",
                "sex": "M",
                "birth_date": "07/08/1979",
                "national_id": "00981",
                "country": "SL",
                "village": "Tombodu",
                "roles": "digger",
            }
        ],
    )
    _fill(
        wb["Licenças"],
        licence,
        [
            {
                "country": "SL",
                "number": "0099",
                "kind": "artisanal_mining",
                "holder_person_id": "00981",
                "issued_on": dt.date(2026, 1, 15),
                "expires_on": "14/01/2027",
                "area_ha": "0,75",
                "status": "active",
            }
        ],
    )
    _fill(
        wb["Locais"],
        site,
        [
            {
                "country": "SL",
                "code": "KON-0099",
                "name": "Poço do rio",
                "district": "Kono",
                "latitude": "8,61",
                "longitude": "-10,97",
                "deposit_type": "river_bed",
                "status": "active",
                "licence_id": "0099",
                "workers": 9,
            }
        ],
    )
    _fill(
        wb["Produção"],
        production,
        [{"site_id": "KON-0099", "licence_id": "0099", "produced_on": "02/03/2026", "stones": 4, "carats": "1,25"}],
    )
    wb.save(template)

    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordenador").close()
    out = io.StringIO()
    code = main(["import", "--db", str(db), str(template), "--json", "--lang", "pt"], out=out)
    report = json.loads(out.getvalue())
    assert code == 0, report
    assert report["files"][0]["kind"] == "filled template" and report["files"][0]["counts"]["added"] == 4
    with Inventory.open(db) as inv:
        p = dict(inv.conn.execute("SELECT * FROM person").fetchone())
        lic = dict(inv.conn.execute("SELECT * FROM licence").fetchone())
        s = dict(inv.conn.execute("SELECT * FROM site").fetchone())
        prod = dict(inv.conn.execute("SELECT * FROM production").fetchone())
    assert (p["family_name"], p["given_names"], p["birth_date"], p["national_id"]) == (
        "Conceição",
        "João",
        "1979-08-07",
        "00981",
    )
    assert lic["number"] == "0099" and lic["holder_person_id"] == p["id"] and lic["area_ha"] == 0.75
    assert (lic["issued_on"], lic["expires_on"]) == ("2026-01-15", "2027-01-14")
    assert s["licence_id"] == lic["id"] and (s["latitude"], s["longitude"]) == (8.61, -10.97) and s["workers"] == 9
    assert prod["site_id"] == s["id"] and prod["produced_on"] == "2026-03-02" and prod["carats"] == 1.25


def _bad_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Personnes"
    ws.append(["Nom de famille", "Pays"])
    ws.append(["Koroma", "SL"])
    ws.append(["Bangura", "XX"])
    wb.save(path)
    return path


def test_import_in_french_gives_a_french_report_and_summary(tmp_path: Path):
    i18n.install_catalogue("fr", FRENCH)
    bad = _bad_workbook(tmp_path / "mauvais.xlsx")
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinateur").close()
    out = io.StringIO()
    assert (
        main(["import", "--db", str(db), str(bad), "--lang", "fr", "--report", str(tmp_path / "r.xlsx")], out=out) == 1
    )
    assert "RIEN N'A ÉTÉ ÉCRIT depuis ce fichier : 1 problème(s)" in out.getvalue()
    assert i18n.language() == "en"  # main() leaves the language as it found it
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames[:2] == ["Résumé", "Problèmes"]
    rows = list(wb["Problèmes"].iter_rows(values_only=True))
    what_to_do = rows[0].index("Que faire")
    [bad_row] = [r for r in rows[1:] if r[4] == "XX"]
    assert bad_row[what_to_do] == "tapez le code pays ISO à deux lettres, comme SL ou GN"
    assert bad_row[1:4] == ("Personnes", 3, "Pays")  # where, as typed in the file
    assert wb["Résumé"]["F2"].value == "refusé : rien n'a été écrit"


def test_the_json_report_keeps_its_keys_and_codes_in_every_language(tmp_path: Path):
    i18n.install_catalogue("fr", FRENCH)
    bad = _bad_workbook(tmp_path / "mauvais.xlsx")
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinateur").close()
    reports = {}
    for lang in ("en", "fr"):
        out = io.StringIO()
        main(["--lang", lang, "import", "--db", str(db), str(bad), "--json", "--dry-run"], out=out)
        reports[lang] = json.loads(out.getvalue())
    en, fr = (r["files"][0] for r in (reports["en"], reports["fr"]))
    assert en.keys() == fr.keys() and en["counts"] == fr["counts"] and en["kind"] == fr["kind"] == "filled template"
    assert [i["severity"] for i in en["issues"]] == [i["severity"] for i in fr["issues"]] == ["error"]
    assert en["issues"][0]["fix"] != fr["issues"][0]["fix"]  # the human text alone changes


def test_the_old_calls_write_in_the_current_language(tmp_path: Path, small_demo: Path):
    i18n.install_catalogue("fr", FRENCH)
    i18n.set_language("fr")
    with Inventory.open(small_demo) as inv:
        report = import_workbooks(inv, [_bad_workbook(tmp_path / "b.xlsx")], dry_run=True)
        write_report(report, tmp_path / "r.xlsx")
        write_template(tmp_path / "t.xlsx")
        result = write_inventory(inv, tmp_path / "w.xlsx", only=["Summary"])
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "Résumé"
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames[0] == "Mode d'emploi"
    assert openpyxl.load_workbook(tmp_path / "w.xlsx").sheetnames == ["Synthèse"]
    assert result.sheets.keys() == {"Summary"} and result.titles == {"Summary": "Synthèse"}
    with pytest.raises(ValueError, match="de"):
        write_template(tmp_path / "x.xlsx", "de")


def _cells(ws) -> list[list[object]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_the_french_inventory_workbook_has_french_titles_and_the_same_figures(small_demo: Path, tmp_path: Path):
    i18n.install_catalogue("fr", FRENCH)
    db = tmp_path / "copy.kpfield"
    db.write_bytes(small_demo.read_bytes())
    for lang in ("en", "fr"):
        assert (
            main(["export", "inventory", "--db", str(db), "-o", str(tmp_path / f"{lang}.xlsx"), "-q", "--lang", lang])
            == 0
        )
        assert i18n.language() == "en"
    en, fr = (openpyxl.load_workbook(tmp_path / f"{lang}.xlsx") for lang in ("en", "fr"))
    assert en.sheetnames[: len(SHEETS)] == list(SHEETS)
    assert (
        fr.sheetnames[0] == "Synthèse"
        and "Sites miniers" in fr.sheetnames
        and "Acheteurs et exportateurs" in fr.sheetnames
    )
    assert len(en.sheetnames) == len(fr.sheetnames)
    for en_ws, fr_ws in zip(en.worksheets, fr.worksheets, strict=True):
        a, b = _cells(en_ws), _cells(fr_ws)
        assert len(a) == len(b) and all(len(x) == len(y) for x, y in zip(a, b, strict=True)), en_ws.title
        for x, y in zip(a, b, strict=True):
            for u, v in zip(x, y, strict=True):
                if isinstance(u, (int, float, dt.date)) and not isinstance(u, bool):
                    assert u == v, (en_ws.title, u, v)  # numbers stay numbers, dates stay date cells
    summary_en, summary_fr = _cells(en["Summary"]), _cells(fr["Synthèse"])
    head = next(i for i, r in enumerate(summary_en) if r[0] == "Country")
    assert summary_fr[head][0] == "Pays" and summary_fr[-1][0].startswith("Total de l'année 2026 : ")


def test_a_problem_is_understood_whatever_language_its_message_came_in():
    licence = ENTITIES["licence"]
    # a message already translated by the rules that made it: the hint comes from the problem itself
    required = _fix_for(licence, Problem("number", "Numéro de licence est obligatoire", None))
    clash = _fix_for(licence, Problem("number", "Numéro de licence SL 0007 déjà utilisé", "0007"))
    assert required == "fill in Licence number"
    assert clash.startswith("check whether this is the same record")


def test_a_thread_can_write_in_its_own_language_while_the_others_keep_theirs():
    i18n.install_catalogue("fr", FRENCH)
    seen: dict[str, str] = {}
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with i18n.using_language("fr"):
            seen["worker"] = i18n.translate("report", "Problems")
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    t.start()
    inside.wait(5)
    seen["main"] = i18n.translate("report", "Problems")
    release.set()
    t.join()
    assert seen == {"worker": "Problèmes", "main": "Problems"}

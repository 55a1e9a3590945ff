"""Import of field workbooks and filled templates, through the command line as a coordinator runs it."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.exchange.export import export_field
from kpfield.exchange.importer import import_workbooks
from kpfield.store import Inventory

from .conftest import all_records, make_inventory


def _import(db: Path, *files: Path, extra: list[str] | None = None, capsys=None) -> tuple[int, dict]:
    import io

    buf = io.StringIO()
    code = main(["import", "--db", str(db), *map(str, files), "--json", *(extra or [])], out=buf)
    return code, json.loads(buf.getvalue())


def test_round_trip_keeps_every_field_of_every_record(small_demo: Path, tmp_path: Path):
    with Inventory.open(small_demo) as src:
        # a tombstone, a formula-like name, leading zeros and accents travel too
        pid = src.add(
            "person", {"family_name": "+Conté", "given_names": "@Mamadou", "national_id": "000123", "country": "GN"}
        ).id
        src.delete("person", pid)
        export_field(src, tmp_path / "field.xlsx")
        before = all_records(src)
    dest = tmp_path / "dest.kpfield"
    make_inventory(dest, "Regional coordinator").close()
    code, report = _import(dest, tmp_path / "field.xlsx")
    assert code == 0, report
    counts = report["files"][0]["counts"]
    assert counts["added"] == sum(len(v) for v in before.values()) and counts["refused"] == 0
    with Inventory.open(dest) as inv:
        after = all_records(inv)
        assert (
            # every added record is traced to the file: by its own audit row or in a batch row listing it
            inv.conn.execute(
                "SELECT SUM(CASE WHEN action = 'insert_many' THEN json_array_length(changes, '$.ids') ELSE 1 END) "
                "FROM audit WHERE source_id IS NOT NULL"
            ).fetchone()[0]
            == counts["added"]
        )
        source = inv.conn.execute(
            "SELECT file_name, sha256, officer, counts FROM source WHERE kind = 'workbook'"
        ).fetchone()
    assert (
        source[0] == "field.xlsx" and source[2] == "Fatmata Sesay" and json.loads(source[3])["added"] == counts["added"]
    )
    for kind, records in before.items():
        assert set(after[kind]) == set(records), kind
        for rid, row in records.items():
            assert after[kind][rid] == row, (kind, rid)
    assert after["person"][pid]["family_name"] == "+Conté" and after["person"][pid]["deleted"] == 1


def test_importing_the_same_file_twice_changes_nothing_and_says_so(small_demo: Path, tmp_path: Path):
    with Inventory.open(small_demo) as src:
        export_field(src, tmp_path / "field.xlsx")
    dest = tmp_path / "dest.kpfield"
    make_inventory(dest, "Regional coordinator").close()
    assert _import(dest, tmp_path / "field.xlsx")[0] == 0
    with Inventory.open(dest) as inv:
        records, audit = all_records(inv), inv.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    import io

    buf = io.StringIO()
    assert main(["import", "--db", str(dest), str(tmp_path / "field.xlsx")], out=buf) == 0
    assert "nothing new" in buf.getvalue()
    with Inventory.open(dest) as inv:
        assert all_records(inv) == records
        assert inv.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
    code, report = _import(dest, tmp_path / "field.xlsx", tmp_path / "field.xlsx")
    assert [f["counts"]["unchanged"] for f in report["files"]] == [sum(map(len, records.values()))] * 2


def _hand_filled(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_french_headers_decimal_commas_and_text_references(tmp_path: Path):
    book = _hand_filled(
        tmp_path / "saisie.xlsx",
        {
            "Personnes": [
                ["NOM DE FAMILLE", "prénoms", "Pays", "numero d'identite nationale", "Date de naissance", "Remarque"],
                ["Sesay", "Aminata", "SL", "0012345", "03/04/1985", "à vérifier"],
            ],
            "Licences": [
                [
                    "Pays",
                    "Numéro de licence",
                    "Type",
                    "Titulaire (personne)",
                    "Délivrée le",
                    "Expire le",
                    "Superficie (ha)",
                    "Redevance payée (USD)",
                    "Statut",
                ],
                [
                    "SL",
                    "AML/0099",
                    "artisanal mining",
                    "0012345",
                    "15/01/2026",
                    "2027-01-14",
                    "0,75",
                    "1 250,50",
                    "active",
                ],
            ],
            "Sites": [
                ["Pays", "Code du site", "Statut", "Licence", "Latitude", "Longitude", "Travailleurs sur le site"],
                ["SL", "KON-0099", "active", "AML/0099", "8,6367", " -10,9675 ", "12"],
            ],
        },
    )
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    code, report = _import(db, book)
    assert code == 0, report
    f = report["files"][0]
    assert f["kind"] == "filled template" and f["counts"]["added"] == 3
    assert any("Remarque" in n for n in f["notes"])
    with Inventory.open(db) as inv:
        lic = dict(inv.conn.execute("SELECT * FROM licence").fetchone())
        person = dict(inv.conn.execute("SELECT * FROM person").fetchone())
        site = dict(inv.conn.execute("SELECT * FROM site").fetchone())
    assert person["national_id"] == "0012345" and person["birth_date"] == "1985-04-03"
    assert lic["area_ha"] == 0.75 and lic["fee_usd"] == 1250.5 and lic["issued_on"] == "2026-01-15"
    assert lic["holder_person_id"] == person["id"]
    assert site["licence_id"] == lic["id"] and site["latitude"] == 8.6367 and site["workers"] == 12
    # the same hand-typed file again: matched by natural key or content, nothing added
    code, report = _import(db, book)
    assert report["files"][0]["counts"]["added"] == 0 and report["files"][0]["counts"]["unchanged"] == 3


def test_a_refused_row_writes_nothing_from_its_file_and_the_report_says_where(tmp_path: Path):
    book = _hand_filled(
        tmp_path / "bad.xlsx",
        {
            "Persons": [["Family name", "Country"], ["Koroma", "SL"], ["Bangura", "XX"]],
            "Licences": [
                ["Country", "Licence number", "Kind", "Issued on", "Expires on", "Status"],
                ["SL", "A1", "artisanal_mining", "31/02/2026", "2027-01-01", "active"],
            ],
        },
    )
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    with Inventory.open(db) as inv:
        before = all_records(inv)
    code, report = _import(db, book, extra=["--report", str(tmp_path / "report.xlsx")])
    assert code == 1
    f = report["files"][0]
    assert f["written"] is False and f["counts"]["refused"] == 2
    where = {(i["sheet"], i["row"], i["column"]) for i in f["issues"] if i["severity"] == "error"}
    assert ("Persons", 3, "Country") in where and ("Licences", 2, "Issued on") in where
    bad = next(i for i in f["issues"] if i["column"] == "Country")
    assert bad["value"] == "XX" and "ISO" in bad["fix"]
    with Inventory.open(db) as inv:
        assert all_records(inv) == before
    wb = openpyxl.load_workbook(tmp_path / "report.xlsx")
    problems = list(wb["Problems"].iter_rows(values_only=True))
    assert problems[0][:6] == ("File", "Sheet", "Row", "Column", "Value", "Problem")
    assert any(r[1] == "Persons" and r[2] == 3 and r[3] == "Country" and r[4] == "XX" for r in problems[1:])
    assert "refused" in wb["Summary"]["F2"].value


def test_dry_run_writes_nothing_but_reports_what_would_happen(small_demo: Path, tmp_path: Path):
    with Inventory.open(small_demo) as src:
        export_field(src, tmp_path / "field.xlsx")
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    code, report = _import(db, tmp_path / "field.xlsx", extra=["--dry-run"])
    assert code == 0 and report["dry_run"] and report["files"][0]["counts"]["added"] > 500
    assert report["backup"] is None
    with Inventory.open(db) as inv:
        assert all(inv.count(k) == 0 for k in ENTITIES)
        assert inv.conn.execute("SELECT count(*) FROM source").fetchone()[0] == 0


def test_an_edited_workbook_is_noticed_by_its_data_hash(small_demo: Path, tmp_path: Path):
    with Inventory.open(small_demo) as src:
        export_field(src, tmp_path / "field.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "field.xlsx")
    ws = wb["Persons"]
    ws.cell(2, [c.value for c in ws[1]].index("Village") + 1).value = "Yengema"
    wb.save(tmp_path / "edited.xlsx")
    # the same edit in a workbook without a signature (as from a kpfield older than signing)
    about = wb["_about"]
    for row in list(about.iter_rows()):
        if row[0].value in ("signature_scheme", "signer_public_key", "signer_fingerprint", "signature"):
            row[0].value = row[1].value = None
    wb.save(tmp_path / "edited unsigned.xlsx")
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    with Inventory.open(db) as inv:
        report = import_workbooks(
            inv, [tmp_path / "field.xlsx", tmp_path / "edited.xlsx", tmp_path / "edited unsigned.xlsx"]
        )
    assert not any("SHA-256" in n for n in report.files[0].notes)
    # signed: the edit breaks the signature and the file is refused (tests/exchange/test_signing.py)
    assert report.files[1].signature.status == "altered" and report.files[1].refused
    assert "data was changed" in report.files[1].error
    # unsigned: the data hash still notices the edit, and the file is imported, marked
    assert report.files[2].signature.status == "unsigned"
    assert any("SHA-256" in n for n in report.files[2].notes)
    # and, no registered officer having signed it, its edit waits for review instead of changing
    # the record
    assert report.files[2].counts["updated"] == 0 and report.files[2].counts["conflicted"] == 1
    assert [(c["field"], c["theirs"]) for c in report.files[2].conflicts] == [("village", "Yengema")]


def test_serial_dates_numbers_as_text_and_a_hand_typed_row_meeting_an_existing_licence(tmp_path: Path):
    db = tmp_path / "c.kpfield"
    with make_inventory(db, "Coordinator") as inv:
        holder = inv.add("person", {"family_name": "Koroma", "country": "SL", "national_id": "SL-1"}).id
        lic = inv.add(
            "licence",
            {
                "country": "SL",
                "number": "AML/0005",
                "kind": "artisanal_mining",
                "holder_person_id": holder,
                "issued_on": "2026-01-15",
                "expires_on": "2027-01-14",
                "status": "active",
            },
        ).id
    book = _hand_filled(
        tmp_path / "typed.xlsx",
        {
            "Licences": [
                [
                    "Country",
                    "Licence number",
                    "Kind",
                    "Holder (person)",
                    "Issued on",
                    "Expires on",
                    "Area (ha)",
                    "Status",
                ],
                # 46037 is Excel's serial number for 2026-01-15; the area typed as text; the status differs
                ["SL", "AML/0005", "artisanal_mining", "SL-1", 46037, "14/01/2027", " 0.9 ", "suspended"],
            ]
        },
    )
    code, report = _import(db, book)
    assert code == 0, report
    f = report["files"][0]
    assert f["counts"]["conflicted"] == 1
    with Inventory.open(db) as inv:
        row = inv.get("licence", lic)
        # a hand-filled template vouches for nothing: its area, empty here, and its status, which
        # differs, wait for review; the serial date read as 2026-01-15 is no change at all
        assert row["area_ha"] is None and row["status"] == "active"
        found = inv.conn.execute("SELECT field, ours, theirs FROM conflict ORDER BY field").fetchall()
        assert [tuple(c) for c in found] == [("area_ha", None, "0.9"), ("status", '"active"', '"suspended"')]
    code, report = _import(db, book)  # again: nothing new, the same conflicts are not raised twice
    assert report["files"][0]["counts"]["unchanged"] == 1
    with Inventory.open(db) as inv:
        assert inv.conn.execute("SELECT count(*) FROM conflict").fetchone()[0] == 2


def test_a_row_pointing_to_a_record_that_is_nowhere_is_refused_not_crashed(tmp_path: Path):
    with make_inventory(tmp_path / "a.kpfield", "Officer") as inv:
        site = inv.add("site", {"country": "SL", "code": "KON-1", "status": "active"}).id
        gone = inv.add("production", {"site_id": site, "produced_on": "2026-03-01", "stones": 1, "carats": "0,2"}).id
        inv.delete("production", gone)
        export_field(inv, tmp_path / "field.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "field.xlsx")
    wb["Sites"].delete_rows(2)  # as if the workbook held only recent changes, without the site
    wb.save(tmp_path / "partial.xlsx")
    db = tmp_path / "c.kpfield"
    make_inventory(db, "Coordinator").close()
    code, report = _import(db, tmp_path / "partial.xlsx")
    assert code == 1
    [issue] = [i for i in report["files"][0]["issues"] if i["severity"] == "error"]
    assert issue["sheet"] == "Production" and issue["column"] == "Site" and "no site" in issue["message"]


def test_a_record_repeated_further_down_its_sheet_is_the_same_record(small_demo: Path, tmp_path: Path):
    # rows are looked up a batch at a time: a record met again after its first row's batch (still
    # waiting to be written, or written since) must be found, not added twice
    import uuid

    with Inventory.open(small_demo) as src:
        export_field(src, tmp_path / "field.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "field.xlsx")
    ws = wb["Production"]
    ident = [c.value for c in ws[1]].index("id")
    first, second = [c.value for c in ws[2]], [c.value for c in ws[3]]
    for n in range(6200):
        if n == 1100:
            ws.append(first)  # its first row's record is still waiting to be written
        row = list(first)
        row[ident] = str(uuid.uuid4())
        ws.append(row)
    ws.append(second)  # its first row's record was written 5,000 rows ago
    wb.save(tmp_path / "repeated.xlsx")
    with make_inventory(tmp_path / "c.kpfield", "Coordinator") as inv:
        report = import_workbooks(inv, [tmp_path / "repeated.xlsx"], backup=False, accept_altered=True)
        f = report.files[0]
        assert report.ok and f.error is None, (f.error, f.issues[:3])
        assert f.counts["unchanged"] == 2 and f.counts["refused"] == 0
        with Inventory.open(small_demo) as src:
            assert inv.count("production") == src.count("production") + 6200


def test_each_rule_warning_of_a_field_workbook_is_reported_once_at_its_row(small_demo: Path, tmp_path: Path):
    """New production records with a law or plausibility warning are taken, and the report names
    each warning at its row: the same warnings the rules give the records once they are here."""
    import datetime as dt

    from kpfield.domain.rules import rule_problems

    with Inventory.open(small_demo) as src:
        export_field(src, tmp_path / "field.xlsx")
    dest = tmp_path / "dest.kpfield"
    make_inventory(dest, "Regional coordinator").close()
    code, report = _import(dest, tmp_path / "field.xlsx")
    assert code == 0, report
    ws = openpyxl.load_workbook(tmp_path / "field.xlsx", read_only=True)["Production"]
    rows = ws.iter_rows(values_only=True)
    at = next(rows).index("id")
    row_of = {r[at]: n for n, r in enumerate(rows, start=2)}
    reported = sorted(
        (i["row"], i["message"], i["severity"]) for i in report["files"][0]["issues"] if i["sheet"] == "Production"
    )
    with Inventory.open(dest) as inv:
        related, today = inv.related_records(), dt.date.today()
        expected = sorted(
            (row_of[r["id"]], p.message, p.severity)
            for r in inv.conn.execute("SELECT * FROM production WHERE deleted = 0")
            for p in rule_problems("production", dict(r), related, today)
        )
        assert inv.count("production") == len(row_of)
    assert expected, "the small demo has production that breaks a rule"
    assert reported == expected

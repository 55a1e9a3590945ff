"""Signed field workbooks, end to end on real files: an officer exports with ``kpfield export field``
and ``kpfield identity --export``, a coordinator registers keys and imports with ``kpfield import``.

The signature cases are named in :data:`STATUS_CASES` and :data:`ALTERATIONS`, so that the list of
what is checked can be read off this file (``pytest --collect-only -q tests/exchange/test_signing.py``).
"""

from __future__ import annotations

import base64
import io
import json
import os
import stat
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from kpfield import identity
from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.exchange.headers import sheet_name
from kpfield.store import Inventory, keys
from kpfield.store.verify import verify
from tests.conftest import licence_values
from tests.exchange.hostile import strip_signature

PERSONS = sheet_name(ENTITIES["person"])
PRODUCTION = sheet_name(ENTITIES["production"])


def run(*args: object) -> tuple[int, str]:
    buf = io.StringIO()
    code = main([str(a) for a in args], out=buf)
    return code, buf.getvalue()


def import_json(db: Path, *files: Path, extra: tuple[str, ...] = ()) -> tuple[int, dict]:
    code, out = run("import", "--db", db, *files, "--json", *extra)
    return code, json.loads(out)


def make_officer(path: Path, officer: str, village: str = "Tombodu") -> Path:
    """An officer's inventory with a holder, her licence, a site and one production record."""
    with Inventory.create(path, country="SL", officer=officer, district="Kono") as inv:
        pid = inv.add(
            "person", {"family_name": "Koroma", "given_names": "Sahr", "country": "SL", "village": village}
        ).id
        n = zlib.crc32(officer.encode()) % 10000  # each officer her own licence number and site code
        lic = inv.add("licence", licence_values(pid, number=f"AML/{n:04d}")).id
        site = inv.add("site", {"country": "SL", "code": f"KON-{n:04d}", "status": "active", "licence_id": lic}).id
        inv.add(
            "production",
            {"site_id": site, "licence_id": lic, "produced_on": "2026-02-03", "stones": 4, "carats": 2.5},
        )
    return path


@pytest.fixture
def officer(tmp_path: Path) -> Path:
    return make_officer(tmp_path / "officer" / "kono.kpfield", "Fatmata Sesay")


@pytest.fixture
def coordinator(tmp_path: Path) -> Path:
    db = tmp_path / "coordinator" / "regional.kpfield"
    assert run("init", "--db", db, "--country", "SL", "--officer", "Regional coordinator")[0] == 0
    return db


@pytest.fixture
def book(officer: Path, tmp_path: Path) -> Path:
    """The officer's field workbook, written by the command line."""
    out = tmp_path / "officer" / "kono field.xlsx"
    code, text = run("export", "field", "--db", officer, "-o", out)
    assert code == 0, text
    return out


@pytest.fixture
def officer_key(officer: Path, tmp_path: Path) -> Path:
    out = tmp_path / "officer" / "fatmata.kpkey"
    code, text = run("identity", "--export", "--db", officer, "-o", out)
    assert code == 0, text
    return out


def fingerprint_of(db: Path) -> str:
    with Inventory.open(db) as inv:
        return inv.meta(keys.META_FINGERPRINT)


def counts(db: Path) -> dict[str, int]:
    with Inventory.open(db) as inv:
        return {
            "source": inv.conn.execute("SELECT count(*) FROM source").fetchone()[0],
            "person": inv.count("person"),
            "audit": inv.conn.execute("SELECT count(*) FROM audit").fetchone()[0],
        }


def provenance(db: Path) -> list[dict]:
    with Inventory.open(db) as inv:
        return [
            dict(r)
            for r in inv.conn.execute(
                "SELECT s.file_name, e.signature, e.signer_fingerprint, e.signer_officer, e.altered_accepted, "
                "e.signature_detail FROM exchange_import e JOIN source s ON s.id = e.source_id ORDER BY s.at"
            )
        ]


# ---- the key pair ----------------------------------------------------------------------------------


def test_an_inventory_is_created_with_its_key_pair_kept_outside_it(officer: Path, _data_dir: Path, book: Path):
    with Inventory.open(officer) as inv:
        origin, public_key = inv.identity.origin, inv.meta(keys.META_PUBLIC_KEY)
        created = inv.conn.execute("SELECT changes FROM audit WHERE record_id = 'installation'").fetchone()[0]
    key_file = _data_dir / "keys" / f"{origin}.key"
    assert key_file.exists() and identity.load_key(origin).public_key == public_key
    assert keys.META_FINGERPRINT in created  # the key's fingerprint is in the audited identity
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    pem = json.loads(key_file.read_text(encoding="utf-8"))["private_key"]
    secret = pem.splitlines()[1].encode()  # a line of the private key's base64
    assert secret not in officer.read_bytes()
    assert not any(secret in p.read_bytes() for p in officer.parent.glob("*.kpfield*"))
    assert secret not in book.read_bytes()
    fp = fingerprint_of(officer)
    assert len(fp) == 39 and fp.count(" ") == 7  # 8 groups of 4 hex digits


def test_an_inventory_older_than_signing_gets_its_key_on_first_export(officer: Path, tmp_path: Path, monkeypatch):
    """As when the inventory moves to another computer: no key in this data folder, so one is made."""
    before = fingerprint_of(officer)
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(tmp_path / "another computer"))
    code, text = run("export", "field", "--db", officer, "-o", tmp_path / "f.xlsx")
    assert code == 0, text
    after = fingerprint_of(officer)
    assert after != before and after in text and "signing key was made now" in text
    with Inventory.open(officer) as inv:
        action, changes = inv.conn.execute(
            "SELECT action, changes FROM audit WHERE record_id = 'signing_key' ORDER BY seq DESC"
        ).fetchone()
    assert action == "replace" and before in changes and after in changes
    assert (tmp_path / "another computer" / "keys").is_dir()
    # the next export uses the same key, silently
    code, text = run("export", "field", "--db", officer, "-o", tmp_path / "g.xlsx")
    assert fingerprint_of(officer) == after and "made now" not in text


# ---- the four statuses, end to end -------------------------------------------------------------


def test_registered_a_workbook_signed_by_a_registered_officer_names_her(
    coordinator: Path, book: Path, officer: Path, officer_key: Path
):
    code, text = run("identity", "--register", officer_key, "--db", coordinator)
    assert code == 0, text
    assert "Registered the key of Fatmata Sesay" in text and fingerprint_of(officer) in text
    code, report = import_json(coordinator, book)
    assert code == 0, report
    sig = report["files"][0]["signature"]
    assert sig["status"] == "registered" and sig["officer"] == "Fatmata Sesay" and not sig["own"]
    assert sig["fingerprint"] == fingerprint_of(officer)
    assert "registered officer: Fatmata Sesay" in sig["text"]
    assert report["files"][0]["counts"]["added"] == 4
    assert provenance(coordinator) == [
        {
            "file_name": book.name,
            "signature": "registered",
            "signer_fingerprint": fingerprint_of(officer),
            "signer_officer": "Fatmata Sesay",
            "altered_accepted": 0,
            "signature_detail": None,
        }
    ]


def test_unknown_key_a_workbook_signed_by_an_unregistered_key_is_imported_and_marked(coordinator: Path, book: Path):
    code, text = run("import", "--db", coordinator, book)
    assert code == 0, text
    assert "signature: signed by an unknown key" in text
    code, report = import_json(coordinator, book, extra=("--dry-run",))
    assert report["files"][0]["signature"]["status"] == "unknown_key"
    assert provenance(coordinator)[0]["signature"] == "unknown_key"
    assert counts(coordinator)["person"] == 1


def test_unsigned_a_hand_filled_template_is_imported_and_marked(coordinator: Path, tmp_path: Path):
    template = tmp_path / "template.xlsx"
    assert run("template", "-o", template)[0] == 0
    wb = openpyxl.load_workbook(template)
    ws = wb[PERSONS]
    ws.cell(2, _column(ws, "Family name *")).value = "Kamara"
    ws.cell(2, _column(ws, "Country *")).value = "SL"
    wb.save(tmp_path / "filled.xlsx")
    code, report = import_json(coordinator, tmp_path / "filled.xlsx")
    assert code == 0, report
    sig = report["files"][0]["signature"]
    assert sig["status"] == "unsigned" and "hand-filled" in sig["text"]
    assert report["files"][0]["counts"]["added"] == 1
    assert provenance(coordinator)[0]["signature"] == "unsigned"


def test_unsigned_a_kpfield_workbook_stripped_of_its_signature_is_marked_with_a_note(
    coordinator: Path, book: Path, tmp_path: Path
):
    wb = openpyxl.load_workbook(book)
    strip_signature(wb)
    wb.save(tmp_path / "stripped.xlsx")
    code, report = import_json(coordinator, tmp_path / "stripped.xlsx")
    assert code == 0
    f = report["files"][0]
    assert f["signature"]["status"] == "unsigned" and any("not signed" in n for n in f["notes"])


def test_registered_a_workbook_signed_by_this_installation_itself(officer: Path, book: Path):
    code, report = import_json(officer, book)
    assert code == 0
    sig = report["files"][0]["signature"]
    assert sig["status"] == "registered" and sig["own"] and sig["officer"] == "Fatmata Sesay"


def test_saving_a_signed_workbook_again_without_edits_keeps_it_signed(coordinator: Path, book: Path, tmp_path):
    openpyxl.load_workbook(book).save(tmp_path / "saved again.xlsx")
    code, report = import_json(coordinator, tmp_path / "saved again.xlsx")
    assert code == 0 and report["files"][0]["signature"]["status"] == "unknown_key"


# ---- altered: every way a signed workbook can be changed ----------------------------------------


def _column(ws, label: str) -> int:
    return [c.value for c in ws[1]].index(label) + 1


def _about_row(wb, key: str):
    return next(r for r in wb["_about"].iter_rows() if r[0].value == key)


def _edit_cell(wb) -> None:
    ws = wb[PERSONS]
    ws.cell(2, _column(ws, "Village")).value = "Yengema"


def _add_row(wb) -> None:
    ws = wb[PERSONS]
    values = [c.value for c in ws[2]]
    values[_column(ws, "id") - 1] = str(uuid.uuid4())
    ws.append(values)


def _delete_row(wb) -> None:
    wb[PRODUCTION].delete_rows(2)


def _swap_headers(wb) -> None:
    ws = wb[PRODUCTION]
    a, b = _column(ws, "Stones"), _column(ws, "Carats")
    ws.cell(1, a).value, ws.cell(1, b).value = "Carats", "Stones"


def _change_officer(wb) -> None:
    _about_row(wb, "officer")[1].value = "Someone else"


def _change_data_sha(wb) -> None:
    _edit_cell(wb)
    _about_row(wb, "data_sha256")[1].value = "0" * 64


def _damage_signature(wb) -> None:
    _about_row(wb, "signature")[1].value = base64.b64encode(bytes(64)).decode()


def _remove_signature_only(wb) -> None:
    _about_row(wb, "signature")[1].value = None


def _other_public_key(wb) -> None:
    other = identity.generate_key("another-installation", "Impostor", "SL")
    _about_row(wb, "signer_public_key")[1].value = other.public_key
    _about_row(wb, "signer_fingerprint")[1].value = other.fingerprint


def _wrong_fingerprint(wb) -> None:
    _about_row(wb, "signer_fingerprint")[1].value = "0000 " * 7 + "0000"


# (what was done to the signed workbook, how, what the detail says)
ALTERATIONS: dict[str, tuple[Callable, str]] = {
    "a data cell edited": (_edit_cell, "data was changed"),
    "a data row added": (_add_row, "data was changed"),
    "a data row deleted": (_delete_row, "data was changed"),
    "two column headers swapped": (_swap_headers, "column headers were changed"),
    "an _about fact changed (officer)": (_change_officer, "no longer matches the signature"),
    "a cell edited and the data SHA-256 on _about replaced": (_change_data_sha, "no longer matches the signature"),
    "the signature damaged": (_damage_signature, "no longer matches the signature"),
    "the signature removed, the key left": (_remove_signature_only, "part of its signature is missing"),
    "the public key replaced by another key's": (_other_public_key, "no longer matches the signature"),
    "the fingerprint changed": (_wrong_fingerprint, "is not that of its public key"),
}


@pytest.mark.parametrize("case", list(ALTERATIONS))
def test_altered_a_signed_workbook_changed_after_signing_is_refused(
    case: str, coordinator: Path, book: Path, tmp_path: Path, capsys
):
    change, detail = ALTERATIONS[case]
    wb = openpyxl.load_workbook(book)
    change(wb)
    altered = tmp_path / "altered.xlsx"
    wb.save(altered)
    before = counts(coordinator)
    code, report = import_json(coordinator, altered)
    f = report["files"][0]
    assert code == 1 and f["signature"]["status"] == "altered", f
    assert detail in f["signature"]["detail"] and str(altered) in f["error"] and "--accept-altered" in f["error"]
    assert not f["written"] and counts(coordinator) == before
    assert "altered.xlsx refused" in capsys.readouterr().err


def test_accepting_an_altered_workbook_is_written_to_the_audit_log(coordinator: Path, book: Path, tmp_path: Path):
    wb = openpyxl.load_workbook(book)
    _edit_cell(wb)
    wb.save(tmp_path / "altered.xlsx")
    before = counts(coordinator)
    # a dry run with the override says what would happen and writes nothing, not even the audit row
    code, report = import_json(coordinator, tmp_path / "altered.xlsx", extra=("--dry-run", "--accept-altered"))
    assert code == 0 and report["files"][0]["signature"]["accepted"] and counts(coordinator) == before
    code, text = run("import", "--db", coordinator, tmp_path / "altered.xlsx", "--accept-altered")
    assert code == 0, text
    assert "altered after signing" in text and "override" in text
    with Inventory.open(coordinator) as inv:
        village = inv.conn.execute("SELECT village FROM person").fetchone()[0]
        source_id = inv.conn.execute("SELECT id FROM source WHERE file_name = 'altered.xlsx'").fetchone()[0]
        audit = inv.conn.execute(
            "SELECT table_name, record_id, changes, reason, source_id FROM audit WHERE action = 'accept_altered'"
        ).fetchall()
    assert village == "Yengema"
    assert [tuple(a)[:2] for a in audit] == [("source", source_id)] and audit[0][4] == source_id
    assert "altered" in audit[0][2] and "override" in audit[0][3] and "data was changed" in audit[0][3]
    assert provenance(coordinator)[0]["altered_accepted"] == 1
    assert provenance(coordinator)[0]["signature"] == "altered"
    assert all(c.ok for c in verify(coordinator))  # the audit chain holds the override


# ---- registering keys --------------------------------------------------------------------------------


def test_a_workbook_signed_by_a_key_registered_later_becomes_registered(
    coordinator: Path, book: Path, officer: Path, officer_key: Path, tmp_path: Path
):
    from kpfield.report import write_inventory

    assert import_json(coordinator, book)[1]["files"][0]["signature"]["status"] == "unknown_key"
    code, text = run("identity", "--register", officer_key, "--db", coordinator)
    assert code == 0 and "1 earlier import(s) signed with this key now show as signed by a registered officer" in text
    with Inventory.open(coordinator) as inv:
        now = inv.keys.import_signatures()
        write_inventory(inv, tmp_path / "inventory.xlsx")
    [check] = now.values()
    assert check.status == "registered" and check.registered_later and check.officer == "Fatmata Sesay"
    assert provenance(coordinator)[0]["signature"] == "unknown_key"  # what the import found stays recorded
    rows = list(openpyxl.load_workbook(tmp_path / "inventory.xlsx")["Sources"].iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "Kind")
    source = next(r for r in rows if r and r[1] == book.name)
    assert "Fatmata Sesay" in source[header.index("Signature")]
    assert "registered after the import" in source[header.index("Signature")]
    # imported again, the same file is now plainly registered
    report = import_json(coordinator, book)[1]
    assert report["files"][0]["signature"]["status"] == "registered"


def test_registering_is_audited_and_listed_and_refuses_an_edited_key_file(
    coordinator: Path, officer: Path, officer_key: Path, tmp_path: Path
):
    before = counts(coordinator)["audit"]
    assert run("identity", "--register", officer_key, "--db", coordinator)[0] == 0
    with Inventory.open(coordinator) as inv:
        rows = inv.conn.execute(
            "SELECT table_name, record_id, action, changes FROM audit WHERE seq > ?", (before,)
        ).fetchall()
    assert [tuple(r)[:3] for r in rows] == [("signing_key", fingerprint_of(officer), "register")]
    assert "Fatmata Sesay" in rows[0][3]
    code, text = run("identity", "--list", "--db", coordinator)
    assert code == 0 and "Registered officer keys: 1" in text and "Fatmata Sesay" in text
    assert fingerprint_of(officer) in text and fingerprint_of(coordinator) in text
    # the same file again changes nothing
    code, text = run("identity", "--register", officer_key, "--db", coordinator)
    assert code == 0 and "already registered" in text and counts(coordinator)["audit"] == before + 1
    # a key file whose officer name was edited is refused, naming the file
    doc = json.loads(officer_key.read_text(encoding="utf-8"))
    doc["officer"] = "Someone else"
    edited = tmp_path / "edited.kpkey"
    edited.write_text(json.dumps(doc), encoding="utf-8")
    code, text = run("identity", "--register", edited, "--db", coordinator)
    assert code == 1 and counts(coordinator)["audit"] == before + 1
    # a file that is not a key file at all
    (tmp_path / "notes.kpkey").write_text("hello", encoding="utf-8")
    assert run("identity", "--register", tmp_path / "notes.kpkey", "--db", coordinator)[0] == 1


def test_a_refused_key_file_says_which_file_and_what_to_do(coordinator: Path, officer_key: Path, tmp_path, capsys):
    doc = json.loads(officer_key.read_text(encoding="utf-8"))
    doc["officer"] = "Someone else"
    edited = tmp_path / "edited.kpkey"
    edited.write_text(json.dumps(doc), encoding="utf-8")
    assert run("identity", "--register", edited, "--db", coordinator)[0] == 1
    err = capsys.readouterr().err
    assert str(edited) in err and "edited after the officer exported it" in err and "--export" in err


def test_registering_this_installations_own_key_changes_nothing(coordinator: Path, tmp_path: Path):
    own = tmp_path / "own.kpkey"
    assert run("identity", "--export", "--db", coordinator, "-o", own)[0] == 0
    before = counts(coordinator)["audit"]
    code, text = run("identity", "--register", own, "--db", coordinator)
    assert code == 0 and "own key" in text and counts(coordinator)["audit"] == before


def test_identity_shows_the_fingerprint_and_exports_without_db_when_there_is_one_key(officer: Path, tmp_path: Path):
    code, text = run("identity")
    assert code == 0 and fingerprint_of(officer) in text and "Fatmata Sesay" in text
    code, text = run("identity", "--db", officer)
    assert code == 0 and fingerprint_of(officer) in text and "private key" in text
    code, text = run("identity", "--export", "-o", tmp_path / "me.kpkey")
    assert code == 0, text
    doc = json.loads((tmp_path / "me.kpkey").read_text(encoding="utf-8"))
    assert doc["officer"] == "Fatmata Sesay" and doc["fingerprint"] == fingerprint_of(officer)
    assert "private" not in json.dumps(doc).lower()
    # with a second installation on this computer, --export needs --db
    make_officer(tmp_path / "second.kpfield", "Sahr Komba")
    assert run("identity", "--export", "-o", tmp_path / "which.kpkey")[0] == 2
    assert run("identity", "--register", tmp_path / "me.kpkey")[0] == 2  # --register needs --db
    assert run("identity", "--export", "--db", officer)[0] == 2  # --export needs -o


def test_identity_without_any_key_says_how_to_get_one(capsys):
    assert run("identity")[0] == 1
    assert "kpfield init" in capsys.readouterr().err


# ---- the reports --------------------------------------------------------------------------------


def test_every_status_in_the_report_workbook_and_the_sources_sheet(
    coordinator: Path, book: Path, officer_key: Path, tmp_path: Path
):
    """One coordinator, four files: registered, unknown key, unsigned, altered (accepted)."""
    from kpfield.report import write_inventory

    assert run("identity", "--register", officer_key, "--db", coordinator)[0] == 0
    stranger = make_officer(tmp_path / "stranger.kpfield", "Sahr Komba", village="Koidu")
    assert run("export", "field", "--db", stranger, "-o", tmp_path / "stranger.xlsx")[0] == 0
    wb = openpyxl.load_workbook(tmp_path / "stranger.xlsx")
    strip_signature(wb)
    wb.save(tmp_path / "unsigned.xlsx")
    wb = openpyxl.load_workbook(book)
    _edit_cell(wb)
    wb.save(tmp_path / "altered.xlsx")
    files = [book, tmp_path / "stranger.xlsx", tmp_path / "unsigned.xlsx", tmp_path / "altered.xlsx"]
    code, text = run("import", "--db", coordinator, *files, "--accept-altered", "--report", tmp_path / "report.xlsx")
    assert code == 0, text
    summary = list(openpyxl.load_workbook(tmp_path / "report.xlsx")["Summary"].iter_rows(values_only=True))
    col = {h: i for i, h in enumerate(summary[0])}
    statuses = [keys.REGISTERED, keys.UNKNOWN_KEY, keys.UNSIGNED, keys.ALTERED]
    assert [r[col["Signature"]] for r in summary[1:]] == [keys.status_text(s) for s in statuses]
    assert summary[1][col["Signed by"]] == "Fatmata Sesay"
    assert "data was changed" in summary[4][col["Signature detail"]]
    with Inventory.open(coordinator) as inv:
        write_inventory(inv, tmp_path / "inventory.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "inventory.xlsx")["Sources"].iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "Kind")
    by_file = {r[1]: r[header.index("Signature")] for r in rows if r and r[0] == "workbook"}
    assert "registered officer: Fatmata Sesay" in by_file[book.name]
    assert "unknown key" in by_file["stranger.xlsx"]
    assert by_file["unsigned.xlsx"].startswith("unsigned")
    assert "altered after signing" in by_file["altered.xlsx"] and "override" in by_file["altered.xlsx"]


def test_the_migration_keeps_imports_made_before_signing_as_not_checked(coordinator: Path, tmp_path: Path):
    from kpfield.report import write_inventory

    officer = make_officer(tmp_path / "o.kpfield", "Old officer")
    assert run("export", "field", "--db", officer, "-o", tmp_path / "o.xlsx")[0] == 0
    assert import_json(coordinator, tmp_path / "o.xlsx")[0] == 0
    with Inventory.open(coordinator) as inv:
        with inv.transaction():  # as an import recorded before the 0006 migration left it
            inv.conn.execute("UPDATE exchange_import SET signature = NULL, signer_fingerprint = NULL")
        assert list(inv.keys.import_signatures().values()) == [None]
        write_inventory(inv, tmp_path / "inventory.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "inventory.xlsx")["Sources"].iter_rows(values_only=True))
    # Kind, File, Officer, Signature...: one row per file
    assert any(r[1] == "o.xlsx" and "not checked" in (r[3] or "") for r in rows if r and r[0] == "workbook")


def test_a_damaged_key_file_is_refused_with_what_to_do(officer: Path, tmp_path: Path, capsys):
    with Inventory.open(officer) as inv:
        path = identity.key_path(inv.identity.origin)
    path.write_text("{not json", encoding="utf-8")
    assert run("export", "field", "--db", officer, "-o", tmp_path / "f.xlsx")[0] == 1
    err = capsys.readouterr().err
    assert str(path) in err and "move it aside" in err
    assert not (tmp_path / "f.xlsx").exists()


STATUS_CASES = {
    "registered": [
        "test_registered_a_workbook_signed_by_a_registered_officer_names_her",
        "test_registered_a_workbook_signed_by_this_installation_itself",
        "test_a_workbook_signed_by_a_key_registered_later_becomes_registered",
    ],
    "unknown_key": [
        "test_unknown_key_a_workbook_signed_by_an_unregistered_key_is_imported_and_marked",
        "test_saving_a_signed_workbook_again_without_edits_keeps_it_signed",
    ],
    "unsigned": [
        "test_unsigned_a_hand_filled_template_is_imported_and_marked",
        "test_unsigned_a_kpfield_workbook_stripped_of_its_signature_is_marked_with_a_note",
    ],
    "altered": [f"test_altered_a_signed_workbook_changed_after_signing_is_refused[{c}]" for c in ALTERATIONS]
    + ["test_accepting_an_altered_workbook_is_written_to_the_audit_log"],
}


def test_every_status_has_its_cases():
    assert set(STATUS_CASES) == set(keys.STATUSES)
    names = {n for n in globals() if n.startswith("test_")}
    for cases in STATUS_CASES.values():
        assert cases
        assert all(c.split("[")[0] in names for c in cases)

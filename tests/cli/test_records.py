"""``kpfield list``, ``show``, ``edit`` and ``delete``, and references by number or code in
``kpfield add``: run as a coordinator's script would, on real inventory files."""

import json
import os
import pty
import sqlite3
import subprocess
import sys

import pytest

from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.store import Inventory

from .test_cli import kpfield


def state(db):
    """Everything a command could change in an inventory: every record and the audit log's length."""
    conn = sqlite3.connect(db)
    try:
        out = {t: conn.execute(f"SELECT * FROM {e.table} ORDER BY id").fetchall() for t, e in ENTITIES.items()}
        out["audit"] = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        return out
    finally:
        conn.close()


def run(capsys, *args):
    """Run the command line in this process: (exit code, standard output, standard error)."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@pytest.fixture
def inv(tmp_path, capsys):
    """An inventory with a person, a licence she holds, a site on it and one production record;
    references given by number and code, as a script would."""
    db = tmp_path / "Kono inventaire.kpfield"
    assert main(["init", "--db", str(db), "--country", "SL", "--officer", "Fatmata Sesay"]) == 0
    add = [
        ["person", "family_name=Koroma", "given_names=Sahr", "country=SL", "village=Tombodu", "national_id=SL-0042"],
        ["person", "family_name=Kamara", "given_names=Isata", "country=SL", "village=Koidu", "digger_card=DC-7"],
        [
            "licence",
            "country=SL",
            "number=AML/0001",
            "kind=artisanal_mining",
            "holder_person_id=SL-0042",  # a national ID, not a UUID
            "issued_on=2026-01-15",
            "expires_on=2027-01-14",
            "area_ha=0,5",
            "status=active",
        ],
        ["site", "country=SL", "code=KON-0001", "name=Tombodu pit", "status=active", "licence_id=AML/0001"],
        [
            "production",
            "site_id=kon-0001",  # a site code in another case
            "licence_id=AML/0001",
            "produced_on=2026-03-02",
            "stones=3",
            "carats=1,5",
            "value_usd=300",
            "reference=CP-0001",
        ],
    ]
    for kind, *fields in add:
        assert main(["add", kind, "--db", str(db), *fields]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return db


def ids(db):
    with Inventory.open(db) as i:
        return {
            "koroma": i.resolve("person", "SL-0042"),
            "kamara": i.resolve("person", "DC-7"),
            "licence": i.resolve("licence", "AML/0001"),
            "site": i.resolve("site", "KON-0001"),
            "production": i.resolve("production", "CP-0001"),
        }


def test_add_takes_references_by_number_or_code(inv):
    got = ids(inv)
    with Inventory.open(inv) as i:
        assert i.get("licence", got["licence"])["holder_person_id"] == got["koroma"]
        assert i.get("site", got["site"])["licence_id"] == got["licence"]
        production = i.get("production", got["production"])
        assert production["site_id"] == got["site"] and production["licence_id"] == got["licence"]


def test_add_refuses_a_reference_that_names_no_record_or_several(inv, capsys):
    before = state(inv)
    code, _, err = run(capsys, "add", "site", "--db", inv, "country=SL", "code=K2", "status=active", "licence_id=AML/9")
    assert code == 1
    assert "licence_id: Licence: There is no licence 'AML/9' here (give its UUID, or its Licence number)" in err
    # a text that is one person's national ID and another's digger-card number names both
    assert main(["add", "person", "--db", str(inv), "family_name=Sesay", "country=SL", "digger_card=SL-0042"]) == 0
    capsys.readouterr()
    before = state(inv)
    code, _, err = run(
        capsys,
        "add",
        "licence",
        "--db",
        inv,
        "country=SL",
        "number=AML/0002",
        "kind=artisanal_mining",
        "holder_person_id=SL-0042",
        "issued_on=2026-01-15",
        "expires_on=2027-01-14",
        "status=active",
    )
    assert code == 1
    assert "holder_person_id: Holder (person): 'SL-0042' names several persons: Sahr Koroma (Tombodu) (" in err
    assert "Sesay (" in err and "give its UUID" in err
    assert "is not a record identifier" not in err  # the text left there is not reported again
    assert state(inv) == before


def test_list_as_a_table_and_as_json_lines(inv):
    r = kpfield("list", "licences", "--db", inv)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["Number", "Kind", "Holder", "Country", "Issued", "Expires", "Area", "(ha)", "Status"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].split()[:4] == ["AML/0001", "artisanal", "mining", "Sahr"]
    # the columns are aligned: each value starts where its header does
    assert lines[2].index("Sahr Koroma") == lines[0].index("Holder")
    assert lines[2].index("0.50") + len("0.50") == lines[0].index("Area (ha)") + len("Area (ha)")  # numbers right
    assert "Licences: 1" in r.stderr

    r = kpfield("list", "site", "--db", inv, "--json")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows == [
        {
            "id": ids(inv)["site"],
            "code": "KON-0001",
            "name": "Tombodu pit",
            "country": "SL",
            "district": None,
            "village": None,
            "status": "active",
            "deposit_type": None,
            "licence": "AML/0001",
            "latitude": None,
            "longitude": None,
        }
    ]


def test_list_kinds_in_any_language_search_and_limit(inv, capsys):
    for name in ("person", "persons", "Personnes", "pessoas", "PERSONAS", "people"):
        code, out, _ = run(capsys, "list", name, "--db", inv, "--json")
        assert code == 0 and len(out.splitlines()) == 2, name
    code, out, _ = run(capsys, "list", "persons", "--db", inv, "--json", "--search", "kor")
    assert code == 0 and [json.loads(x)["family_name"] for x in out.splitlines()] == ["Koroma"]
    code, out, err = run(capsys, "list", "persons", "--db", inv, "--json", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1
    assert "1 of 2 persons shown" in err
    code, out, _ = run(capsys, "--lang", "fr", "list", "production", "--db", inv)
    assert code == 0 and out.splitlines()[0].split()[:2] == ["Date", "Chantier"]
    assert "02/03/2026" in out and "1,50" in out  # as a French officer writes them
    code, _, err = run(capsys, "list", "diamonds", "--db", inv)
    assert code == 2 and "'diamonds' is not a kind of record; choose one of person, organisation" in err


def test_list_escapes_what_a_record_holds(inv, capsys):
    # no form or import lets these in today; an inventory made before that may hold them
    conn = sqlite3.connect(inv)
    with conn:
        conn.execute("UPDATE person SET family_name = ? WHERE family_name = 'Kamara'", ("Evil\u202e\u001b[2J",))
    conn.close()
    code, out, _ = run(capsys, "list", "persons", "--db", inv, "--search", "evil")
    assert code == 0
    assert "\u202e" not in out and "\x1b" not in out
    assert "Evil\\u202e\\x1b[2J" in out
    lines = out.splitlines()
    assert lines[2].index("Isata") == lines[0].index("Given names")  # aligned on what is shown
    code, out, _ = run(capsys, "show", "person", "DC-7", "--db", inv)
    assert code == 0 and "\u202e" not in out and "Evil\\u202e\\x1b[2J" in out


def test_show_names_linked_records_and_bookkeeping(inv, capsys):
    got = ids(inv)
    r = kpfield("show", "licence", "AML/0001", "--db", inv)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Licence AML/0001 · artisanal mining · Sahr Koroma\n")
    assert f"Holder (person)  Sahr Koroma (Tombodu) ({got['koroma']})" in r.stdout
    assert "Country          SL · Sierra Leone" in r.stdout
    assert f"UUID             {got['licence']}" in r.stdout
    assert "UTC by Fatmata Sesay (" in r.stdout

    code, out, _ = run(capsys, "show", "production", "cp-0001", "--db", inv, "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["id"] == got["production"] and doc["kind"] == "production" and doc["deleted"] is False
    assert doc["fields"]["carats"] == 1.5 and doc["fields"]["produced_on"] == "2026-03-02"
    assert doc["references"]["site_id"] == {"id": got["site"], "label": "KON-0001 · Tombodu pit"}
    assert doc["references"]["licence_id"]["label"] == "AML/0001 · artisanal mining · Sahr Koroma"
    assert doc["created_by"] == doc["modified_by_officer"] == "Fatmata Sesay"
    assert doc["version"] == 1 and doc["audit_rows"] == 1
    # by UUID, and by digger-card number
    assert run(capsys, "show", "site", got["site"].upper(), "--db", inv)[0] == 0
    code, out, _ = run(capsys, "show", "person", "DC-7", "--db", inv, "--json")
    assert code == 0 and json.loads(out)["id"] == got["kamara"]


def test_show_errors(inv, capsys):
    before = state(inv)
    code, _, err = run(capsys, "show", "site", "KON-9999", "--db", inv)
    assert code == 1
    assert err == "kpfield: There is no site 'KON-9999' here (give its UUID, or its Site code)\n"
    code, _, err = run(capsys, "show", "inspection", "abc", "--db", inv)
    assert code == 1 and "There is no inspection 'abc' here (Inspections are named by their UUID)" in err
    assert main(["add", "person", "--db", str(inv), "family_name=Sesay", "country=SL", "digger_card=SL-0042"]) == 0
    capsys.readouterr()
    before = state(inv)
    code, out, err = run(capsys, "show", "person", "SL-0042", "--db", inv)
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == "kpfield: 'SL-0042' names 2 persons; give the UUID of the one you mean:"
    assert lines[1].endswith("Sahr Koroma (Tombodu)") and lines[2].endswith("Sesay")
    assert state(inv) == before


def test_edit_validates_like_the_form_and_prints_what_changed(inv):
    got = ids(inv)
    r = kpfield("edit", "licence", "AML/0001", "--db", inv, "fee_usd=150", "status=suspended", "--reason", "fee late")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"Licence AML/0001 · artisanal mining · Sahr Koroma · suspended ({got['licence']})",
        "  Fee paid (USD): (empty) -> 150",
        "  Status: active -> suspended",
    ]
    with Inventory.open(inv) as i:
        rec = i.get("licence", got["licence"])
        assert (rec["fee_usd"], rec["status"], rec["version"]) == (150.0, "suspended", 2)
        last = i.history("licence", got["licence"])[-1]
        assert last["action"] == "update" and last["reason"] == "fee late"
        assert json.loads(last["changes"]) == {"fee_usd": [None, 150.0], "status": ["active", "suspended"]}

    # a reference by number, a holder changed, a value typed as the officer writes it
    r = kpfield("edit", "licence", "AML/0001", "--db", inv, "holder_person_id=DC-7", "area_ha=0,75")
    assert r.returncode == 0, r.stderr
    assert f"  Holder (person): Sahr Koroma (Tombodu) ({got['koroma']}) -> Isata Kamara (Koidu) ({got['kamara']})" in (
        r.stdout
    )
    assert "  Area (ha): 0.5 -> 0.75" in r.stdout

    # the same values again: nothing written
    before = state(inv)
    r = kpfield("edit", "licence", "AML/0001", "--db", inv, "fee_usd=150")
    assert r.returncode == 0 and "nothing changed" in r.stdout
    assert state(inv) == before


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (["fee=150"], "fee: Licence has no field 'fee'"),
        (["version=9"], "version: version is kept by kpfield itself and cannot be changed"),
        (["area_ha=-3", "status=active"], "area_ha: Area (ha): must be greater than 0 (got -3)"),
        (["issued_on=31/02/2026"], "issued_on: Issued on: '31/02/2026' is not a real date"),
        (["holder_person_id="], "holder_person_id: A licence needs a holder: a person or an organisation"),
        (["holder_person_id=XX-1"], "holder_person_id: Holder (person): There is no person 'XX-1' here"),
        (["number="], "number: Licence number is required"),
    ],
)
def test_edit_refused_writes_nothing(inv, capsys, fields, message):
    before = state(inv)
    code, out, err = run(capsys, "edit", "licence", "AML/0001", "--db", inv, "fee_usd=99", *fields)
    assert code == 1 and out == ""
    assert err.startswith("kpfield: Licence refused:\n")
    assert message in err
    assert state(inv) == before


def test_edit_errors_in_a_child_process(inv):
    before = state(inv)
    r = kpfield("edit", "site", "KON-0002", "--db", inv, "name=x")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "There is no site 'KON-0002' here" in r.stderr
    r = kpfield("edit", "site", "KON-0001", "--db", inv)
    assert r.returncode == 2 and "give at least one field to change, as name=value" in r.stderr
    r = kpfield("edit", "site", "KON-0001", "--db", inv, "name")
    assert r.returncode == 2 and "unrecognized arguments: name" in r.stderr
    r = kpfield("edit", "site", "KON-0001", "--db", inv, "latitude=95")
    assert r.returncode == 1 and "latitude" in r.stderr and "Traceback" not in r.stderr
    assert state(inv) == before


def test_delete_refuses_a_record_others_refer_to(inv):
    before = state(inv)
    r = kpfield("delete", "licence", "AML/0001", "--db", inv, "--yes")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    lines = r.stderr.splitlines()
    assert lines[0] == (
        "kpfield: Licence: AML/0001 · artisanal mining · Sahr Koroma cannot be deleted: 2 record(s) refer to it:"
    )
    assert lines[1] == "- Site: KON-0001 · Tombodu pit (as licence)"
    assert lines[2].startswith("- Production record: ") and "site KON-0001" in lines[2]
    assert lines[3] == "Delete those records first, or change them to refer to another record."
    assert state(inv) == before


def test_delete_without_a_terminal_needs_yes(inv):
    got = ids(inv)
    before = state(inv)
    r = kpfield("delete", "production", "CP-0001", "--db", inv)  # standard input is not a terminal
    assert r.returncode == 1
    assert "was not deleted: confirm with --yes when no one is there to answer" in r.stderr
    assert state(inv) == before

    r = kpfield("delete", "production", "CP-0001", "--db", inv, "--yes", "--reason", "entered twice")
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"Deleted Production record CP-0001 · 2026-03-02 · KON-0001 ({got['production']})\n"
    with Inventory.open(inv) as i:
        assert i.get("production", got["production"]) is None  # a tombstone: still there, deleted
        rec = i.get("production", got["production"], include_deleted=True)
        assert rec["deleted"] == 1 and rec["version"] == 2
        assert i.history("production", got["production"])[-1]["reason"] == "entered twice"
    # no longer named by its reference; still shown by its UUID, as deleted
    r = kpfield("delete", "production", "CP-0001", "--db", inv, "--yes")
    assert r.returncode == 1 and "There is no production record 'CP-0001' here" in r.stderr
    r = kpfield("show", "production", got["production"], "--db", inv)
    assert r.returncode == 0 and r.stdout.startswith("Production record CP-0001 · 2026-03-02 · KON-0001 (deleted)")
    # now nothing refers to the site's licence but the site
    r = kpfield("delete", "site", "KON-0001", "--db", inv, "--yes")
    assert r.returncode == 0, r.stderr
    r = kpfield("delete", "licence", "AML/0001", "--db", inv, "--yes")
    assert r.returncode == 0, r.stderr


def _on_a_terminal(db, answer, *args):
    """Run ``kpfield delete`` with its standard input on a terminal, typing ``answer``."""
    controller, terminal = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kpfield", *map(str, args), "--db", str(db)],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        os.write(controller, answer.encode() + b"\n")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(controller)
        os.close(terminal)
    return proc.returncode, out, err


def test_delete_asks_on_a_terminal(inv):
    got = ids(inv)
    before = state(inv)
    code, out, err = _on_a_terminal(inv, "n", "delete", "production", "CP-0001")
    assert code == 1 and out == "Not deleted.\n"
    assert "Delete Production record CP-0001 · 2026-03-02 · KON-0001" in err and "[y/N]" in err
    assert state(inv) == before
    code, out, err = _on_a_terminal(inv, "oui", "--lang", "fr", "delete", "production", "CP-0001")
    assert code == 0, err
    assert "[o/N]" in err
    with Inventory.open(inv) as i:
        assert i.get("production", got["production"]) is None


def test_a_merged_record_is_found_under_its_old_uuid(inv, capsys):
    got = ids(inv)
    with Inventory.open(inv) as i, i.transaction():
        i.sync.alias("01a00000-0000-7000-8000-000000000001", "person", got["kamara"])
    code, out, _ = run(capsys, "show", "person", "01a00000-0000-7000-8000-000000000001", "--db", inv, "--json")
    assert code == 0 and json.loads(out)["id"] == got["kamara"]

"""The command line end to end, on real files: run as a user would, check files and exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kpfield.cli import build_parser, main
from kpfield.store import Inventory


def kpfield(*args, cwd=None):
    """Run the installed program in a child process, as a user would."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "kpfield", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env
    )


def test_init_demo_stats_verify_backup_on_real_files(tmp_path):
    folder = tmp_path / "Aminata Koné" / "Documents"
    db = folder / "Kono inventaire.kpfield"
    r = kpfield("init", "--db", db, "--country", "SL", "--officer", "Aminata Koné")
    assert r.returncode == 0, r.stderr
    assert "Aminata Koné" in r.stdout and db.exists()

    demo = folder / "demo.kpfield"
    r = kpfield("demo", "--db", demo, "--scale", "small", "--seed", "2")
    assert r.returncode == 0, r.stderr

    r = kpfield("stats", "--db", demo, "--json")
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)
    assert stats["counts"]["production"] > 200
    assert {p["country"] for p in stats["production"]} >= {"SL", "GN", "CF"}
    sl = [p for p in stats["production"] if p["country"] == "SL"]
    assert {p["period"] for p in sl} == {"2024H2", "2025H1", "2025H2", "2026H1"}
    assert all(p["usd_per_carat"] == pytest.approx(p["value_usd"] / p["carats"], rel=1e-3) for p in sl)

    r = kpfield("stats", "--db", demo)
    assert "Production (KP statistics form)" in r.stdout and "USD/ct" in r.stdout

    r = kpfield("verify", "--db", demo)
    assert r.returncode == 0 and "sound" in r.stdout

    r = kpfield("backup", "--db", demo, "-o", folder / "clé USB")
    assert r.returncode == 0, r.stderr
    backups = list((folder / "clé USB").glob("demo-*.kpfield"))
    assert len(backups) == 1
    assert kpfield("verify", "--db", backups[0]).returncode == 0


def test_totals_match_the_records(tmp_path):
    db = tmp_path / "d.kpfield"
    assert main(["demo", "--db", str(db)]) == 0
    with Inventory.open(db) as inv:
        total = inv.conn.execute(
            "SELECT SUM(carats), SUM(value_usd), COUNT(*) FROM production WHERE deleted = 0"
        ).fetchone()
        s = inv.summary()
    assert sum(p.carats for p in s.production) == pytest.approx(total[0])
    assert sum(p.value_usd for p in s.production) == pytest.approx(total[1])
    assert sum(p.records for p in s.production) == total[2] == s.counts["production"]


def test_refused_data_exits_1_and_lists_every_problem(tmp_path, capsys):
    db = tmp_path / "i.kpfield"
    main(["init", "--db", str(db), "--country", "SL", "--officer", "Sahr Komba"])
    capsys.readouterr()
    holder = None
    assert main(["add", "person", "--db", str(db), "family_name=Koroma", "country=SL"]) == 0
    holder = capsys.readouterr().out.strip()
    ok = [
        "country=SL",
        "number=AML/1",
        "kind=artisanal_mining",
        f"holder_person_id={holder}",
        "issued_on=15/01/2026",
        "expires_on=2027-01-14",
        "area_ha=0,5",
        "status=active",
    ]
    assert main(["add", "licence", "--db", str(db), *ok]) == 0
    capsys.readouterr()
    assert main(["add", "licence", "--db", str(db), *ok]) == 1
    assert "already used" in capsys.readouterr().err
    bad = [
        "country=SL",
        "number=AML/2",
        "kind=artisanal_mining",
        f"holder_person_id={holder}",
        "issued_on=31/02/2026",
        "expires_on=2027-01-14",
        "area_ha=-1",
        "status=active",
    ]
    assert main(["add", "licence", "--db", str(db), *bad]) == 1
    err = capsys.readouterr().err
    assert "issued_on: Issued on: '31/02/2026' is not a real date" in err
    assert "area_ha: Area (ha): must be greater than 0" in err
    assert (
        main(
            [
                "add",
                "site",
                "--db",
                str(db),
                "country=SL",
                "code=K1",
                "status=active",
                "latitude=200",
                "longitude=-10.9",
            ]
        )
        == 1
    )
    assert "latitude" in capsys.readouterr().err
    with Inventory.open(db) as inv:
        assert inv.count("licence") == 1 and inv.count("site") == 0


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main([]) == 2
    assert main(["stats"]) == 2
    assert main(["demo", "--db", str(tmp_path / "x"), "--scale", "galactic"]) == 2
    assert main(["add", "licence", "--db", str(tmp_path / "x"), "oops"]) == 2


def test_files_that_are_not_inventories_exit_1_untouched(tmp_path, capsys):
    text = tmp_path / "notes.kpfield"
    text.write_bytes(b"not a database")
    assert main(["stats", "--db", str(text)]) == 1
    assert "not an SQLite database" in capsys.readouterr().err
    assert text.read_bytes() == b"not a database"
    assert main(["verify", "--db", str(tmp_path / "missing.kpfield")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_demo_refuses_an_inventory_with_records(tmp_path, capsys):
    db = tmp_path / "d.kpfield"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["demo", "--db", str(db)]) == 1
    assert "already holds records" in capsys.readouterr().err


def test_every_command_has_help_and_is_in_the_readme():
    readme = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")

    def commands(parser, prefix):
        sub = next((a for a in parser._actions if a.dest in ("command", "export_kind")), None)
        if sub is None:
            yield prefix, parser
            return
        for name, child in sub.choices.items():
            yield from commands(child, f"{prefix} {name}")

    found = list(commands(build_parser(), "kpfield"))
    assert len(found) >= 8
    for name, parser in found:
        assert parser.description, name
        assert name in readme, f"'{name}' is not documented in README.md"

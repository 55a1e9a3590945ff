"""``kpfield add`` reads numbers one way or refuses them, whatever the language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kpfield.store import Inventory


def kpfield(*args, lang="en"):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "KPFIELD_LANG": lang}
    return subprocess.run([sys.executable, "-m", "kpfield", *map(str, args)], capture_output=True, text=True, env=env)


@pytest.fixture
def site_db(tmp_path):
    db = tmp_path / "inv.kpfield"
    with Inventory.create(db, country="SL", officer="Sahr Komba", district="Kono") as inv:
        site = inv.add("site", {"country": "SL", "district": "Kono", "code": "KON-1", "status": "active"}).id
    return db, site


@pytest.mark.parametrize("lang, decimal", [("en", "1.25"), ("fr", "1,25")])
def test_add_refuses_an_ambiguous_value_with_both_readings(site_db, lang, decimal):
    db, site = site_db
    r = kpfield(
        "add",
        "production",
        "--db",
        db,
        f"site_id={site}",
        "produced_on=2026-03-02",
        "stones=2",
        "carats=0,5",
        "value_usd=1,250",
        lang=lang,
    )
    assert r.returncode == 1, r.stdout
    assert "value_usd" in r.stderr and "1 250" in r.stderr and "1250" in r.stderr and decimal in r.stderr
    with Inventory.open(db) as inv:
        assert inv.count("production") == 0


@pytest.mark.parametrize("typed, stored", [("1 250", 1250.0), ("1250", 1250.0), ("1.250,5", 1250.5), ("1,25", 1.25)])
def test_add_reads_unambiguous_values(site_db, typed, stored):
    db, site = site_db
    r = kpfield(
        "add",
        "production",
        "--db",
        db,
        f"site_id={site}",
        "produced_on=2026-03-02",
        "stones=2",
        "carats=0.5",
        f"value_usd={typed}",
    )
    assert r.returncode == 0, r.stderr
    with Inventory.open(db) as inv:
        assert inv.get("production", r.stdout.strip())["value_usd"] == stored


def test_add_saves_with_a_rule_warning_named_and_audited(tmp_path):
    db = tmp_path / "inv.kpfield"
    with Inventory.create(db, country="SL", officer="Sahr Komba", district="Kono") as inv:
        holder = inv.add("person", {"family_name": "Koroma", "country": "SL"}).id
        lic = inv.add(
            "licence",
            {
                "country": "SL",
                "number": "AML/OLD",
                "kind": "artisanal_mining",
                "holder_person_id": holder,
                "issued_on": "2025-01-01",
                "expires_on": "2025-12-31",
                "status": "active",
            },
        ).id
        site = inv.add("site", {"country": "SL", "code": "KON-1", "status": "idle", "licence_id": lic}).id
    r = kpfield(
        "add",
        "production",
        "--db",
        db,
        f"site_id={site}",
        "produced_on=15/03/2026",
        "stones=1",
        "carats=0,5",
        lang="fr",
    )
    assert r.returncode == 0, r.stderr
    assert "Permis valide à la date" in r.stderr and "AML/OLD" in r.stderr
    with Inventory.open(db) as inv:
        reason = inv.conn.execute("SELECT reason FROM audit WHERE record_id = ?", (r.stdout.strip(),)).fetchone()[0]
    assert reason == "warnings accepted: licence_invalid_on_date"

"""Inventories with mapped sites for the geographic tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpfield.store import Inventory


def add_site(inv: Inventory, code: str, lat: float | None, lon: float | None, **more: object) -> str:
    values = {"country": "SL", "code": code, "status": "active", "district": "Kono", **more}
    if lat is not None:
        values["latitude"], values["longitude"] = lat, lon
    return inv.add("site", values).id


@pytest.fixture
def mapped(tmp_path: Path):
    """An inventory of Kono and Kenema sites, one with names a spreadsheet or an XML reader would trip on."""
    with Inventory.create(tmp_path / "mapped.kpfield", country="SL", officer="Fatmata Sesay") as inv:
        person = inv.add("person", {"family_name": "Koroma", "country": "SL"}).id
        licence = inv.add(
            "licence",
            {
                "country": "SL",
                "number": "AML/KONO/7",
                "kind": "artisanal_mining",
                "holder_person_id": person,
                "issued_on": "2025-01-01",
                "expires_on": "2026-12-31",
                "status": "active",
                "area_ha": 1.0,
                "area_corners": "8.6418, -10.9718 | 8.6418, -10.9706 | 8.6406, -10.9706 | 8.6406, -10.9718",
            },
        ).id
        add_site(inv, "KON-1", 8.6412345678, -10.9712345678, name="Tankoro flat", licence_id=licence)
        add_site(inv, "KON-2", 8.7, -10.9, name='=HYPERLINK("x")&<b> "Gbense" & sons', village="Yengema")
        add_site(inv, "KON-3", None, None, name="no point yet")
        add_site(inv, "KEN-1", 8.23, -11.03, district="Kenema", status="idle")
        yield inv

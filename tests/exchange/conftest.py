"""Inventories and workbooks for the exchange tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpfield.store import Inventory


def make_inventory(path: Path, officer: str, country: str = "SL") -> Inventory:
    return Inventory.create(path, country=country, officer=officer)


def all_records(inv: Inventory) -> dict[str, dict[str, dict]]:
    from kpfield.domain.entities import ENTITIES

    out = {}
    for ent in ENTITIES.values():
        out[ent.key] = {r["id"]: dict(r) for r in inv.conn.execute(f"SELECT * FROM {ent.table}")}
    return out


@pytest.fixture
def coordinator(tmp_path: Path):
    with make_inventory(tmp_path / "coordinator.kpfield", "Regional coordinator") as inv:
        yield inv


@pytest.fixture(scope="session")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kpfield.demo import generate

    path = tmp_path_factory.mktemp("demo") / "small.kpfield"
    with Inventory.create(path, country="SL", officer="Fatmata Sesay") as inv:
        generate(inv, "small", 1)
    return path

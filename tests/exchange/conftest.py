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


def trust(receiver: Inventory, *senders: Inventory) -> None:
    """Register each sender's signing key at ``receiver``, as a coordinator registers an officer's
    key file: the sender's signed workbooks then vouch for the changes they carry."""
    import tempfile

    from kpfield.identity import export_identity

    for sender in senders:
        key, _made = sender.keys.installation_key()
        with tempfile.TemporaryDirectory() as tmp:
            receiver.keys.register(export_identity(key, Path(tmp) / "officer.kpkey"))

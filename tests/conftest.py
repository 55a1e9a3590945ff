"""Shared test setup. Qt, where a test uses it, runs offscreen: set before any Qt import."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _shared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Inventories shared by many tests make signing keys too: never in the user's data folder."""
    d = tmp_path_factory.mktemp("shared-data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KPFIELD_DATA_DIR", str(d))
        yield d


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Messages in English whatever the machine's language, unless a test asks for another;
    catalogues a test installs are dropped after it, and the next test starts in English."""
    from kpfield import i18n

    monkeypatch.setenv("KPFIELD_LANG", "en")
    yield
    i18n.forget_catalogues()
    i18n.set_language(i18n.DEFAULT)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes to the real user's data folder."""
    d = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KPFIELD_DATA_DIR", str(d))
    return d


@pytest.fixture
def inv(tmp_path: Path):
    from kpfield.store import Inventory

    with Inventory.create(
        tmp_path / "inventory.kpfield", country="SL", officer="Fatmata Sesay", district="Kono"
    ) as inventory:
        yield inventory


@pytest.fixture
def holder(inv) -> str:
    return inv.add(
        "person",
        {
            "family_name": "Koroma",
            "given_names": "Sahr",
            "country": "SL",
            "village": "Tombodu",
            "roles": "licence_holder",
        },
    ).id


def licence_values(holder_id: str, **over: object) -> dict[str, object]:
    values: dict[str, object] = {
        "country": "SL",
        "number": "AML/0001",
        "kind": "artisanal_mining",
        "holder_person_id": holder_id,
        "issued_on": "2026-01-15",
        "expires_on": "2027-01-14",
        "area_ha": "0,8",
        "status": "active",
    }
    values.update(over)
    return values

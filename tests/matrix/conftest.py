"""A small inventory whose matrix figures are known by hand (see ``hand`` for the records)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from kpfield.store import Inventory
from kpfield.store.ids import new_id

TODAY = dt.date(2026, 11, 29)


@dataclass
class Hand:
    inv: Inventory
    ids: dict[str, str]


def production(site: str, day: str, stones: int, carats: float, **extra: object) -> dict[str, object]:
    """A production record with its stones in one size class (given as ``sc``), entered ``entered`` (ISO day)."""
    sc = extra.pop("sc", None)
    entered = extra.pop("entered", day)
    row: dict[str, object] = {
        "site_id": site,
        "produced_on": day,
        "stones": stones,
        "carats": carats,
        "created_at": f"{entered}T10:00:00.000000Z",
        "modified_at": f"{entered}T10:00:00.000000Z",
        **extra,
    }
    if sc:
        row[f"sc_{sc}_n"] = stones
        row[f"sc_{sc}_ct"] = carats
    return row


def bulk(inv: Inventory, site: str, day: str, counts: dict[str, int], carats_each: dict[str, float]) -> None:
    """One record per class with the given stone counts (records of up to 40 stones)."""
    rows: list[dict[str, object]] = []
    for code, n in counts.items():
        while n > 0:
            k = min(n, 40)
            rows.append(
                production(
                    site,
                    day,
                    k,
                    round(k * carats_each[code], 2),
                    sc=code,
                    value_usd=100 * k,
                    reference="B",
                    id=new_id(),
                )
            )
            n -= k
    with inv.transaction():
        inv.bulk_add("production", rows, source_id=inv.add_source("test"), validate=False)


@pytest.fixture
def hand(tmp_path) -> Hand:
    """Sierra Leone, Kono, period 2026H1:

    licences A (artisanal, valid all year), B (artisanal, expires 2026-03-31), D (dealer, valid),
    E (dealer, expires 2026-01-31), X (exporter); sites S1 (licence A, GPS, active, 3 workers,
    Tombodu), S2 (licence B, no GPS, active, 2 workers, Koidu), S3 (no licence, longitude in the
    wrong hemisphere, idle); two registered diggers in Tombodu, none in Koidu.
    Production: p1 S1 1 ct bought by D; p2 S2 0.5 ct bought by E after E expired, entered 135 days
    late; p3 S2 2 ct after B expired, sold to an unlicensed buyer; p4 S3 0.5 ct without value, size
    classes or buyer, entered 2026-09-01. D sells 0.98 ct on; X exports twice, once without a KP
    certificate. Inspections: S1 twice by one officer, S3 once by another.
    """
    inv = Inventory.create(tmp_path / "hand.kpfield", country="SL", officer="Fatmata Sesay", district="Kono")
    ids: dict[str, str] = {}

    def add(key: str, entity: str, /, **values: object) -> str:
        ids[key] = inv.add(entity, values).id
        return ids[key]

    holder = add("holder", "person", family_name="Koroma", country="SL", roles="licence_holder")
    for i in range(2):
        add(
            f"digger{i}",
            "person",
            family_name=f"Sesay {i}",
            country="SL",
            district="Kono",
            village="Tombodu",
            roles="digger",
        )
    org = add("org", "organisation", name="Kono Buying Office", kind="buying_office", country="SL", district="Kono")
    exp_org = add("exp_org", "organisation", name="Kono Export", kind="exporter", country="SL", district="Kono")

    def licence(name: str, kind: str, expires: str, number: str, **holder_values: object) -> str:
        return add(
            name,
            "licence",
            country="SL",
            number=number,
            kind=kind,
            issued_on="2025-01-01",
            expires_on=expires,
            status="active",
            **(holder_values or {"holder_person_id": holder}),
        )

    a = licence("A", "artisanal_mining", "2027-01-01", "AML-1")
    b = licence("B", "artisanal_mining", "2026-03-31", "AML-2")
    d = licence("D", "dealer", "2027-01-01", "DL-1", holder_organisation_id=org)
    e = licence("E", "dealer", "2026-01-31", "DL-2", holder_organisation_id=org)
    x = licence("X", "exporter", "2027-01-01", "EXP-1", holder_organisation_id=exp_org)
    s1 = add(
        "S1",
        "site",
        country="SL",
        code="S1",
        district="Kono",
        village="Tombodu",
        latitude=8.6,
        longitude=-10.9,
        status="active",
        licence_id=a,
        workers=3,
    )
    s2 = add(
        "S2",
        "site",
        country="SL",
        code="S2",
        district="Kono",
        village="Koidu",
        status="active",
        licence_id=b,
        workers=2,
    )
    s3 = add(
        "S3",
        "site",
        country="SL",
        code="S3",
        district="Kono",
        village="Koidu",
        latitude=8.6,
        longitude=10.9,
        status="idle",
        workers=0,
    )
    rows = {
        "p1": production(
            s1, "2026-02-10", 1, 1.0, sc="gr4", value_usd=250, buyer_licence_id=d, reference="R1", entered="2026-02-12"
        ),
        "p2": production(
            s2, "2026-02-15", 2, 0.5, sc="p11", value_usd=100, buyer_licence_id=e, reference="R2", entered="2026-06-30"
        ),
        "p3": production(
            s2,
            "2026-04-10",
            1,
            2.0,
            sc="ct2_5",
            value_usd=900,
            buyer_name="Unknown trader",
            reference="R3",
            entered="2026-04-11",
        ),
        "p4": production(s3, "2026-05-01", 1, 0.5, reference="R4", entered="2026-09-01"),
    }
    with inv.transaction():
        source = inv.add_source("test")
        for name, row in rows.items():
            ids[name] = row["id"] = f"00000000-0000-7000-8000-00000000000{name[1]}"
        inv.bulk_add("production", rows.values(), source_id=source)
    add(
        "sale1",
        "sale",
        kind="sale",
        seller_licence_id=d,
        buyer_licence_id=x,
        sold_on="2026-03-01",
        carats=0.98,
        value_usd=300,
    )
    add(
        "x1",
        "sale",
        kind="export",
        seller_licence_id=x,
        buyer_name="Antwerp",
        sold_on="2026-03-10",
        carats=0.98,
        value_usd=320,
        kp_certificate="SL-2026-000001",
        destination_country="BE",
    )
    add(
        "x2",
        "sale",
        kind="export",
        seller_licence_id=x,
        buyer_name="Antwerp",
        sold_on="2026-05-10",
        carats=2.0,
        value_usd=950,
        destination_country="BE",
    )
    for day, site, officer in (
        ("2026-03-01", s1, "A. Officer"),
        ("2026-04-01", s1, "A. Officer"),
        ("2026-05-01", s3, "B. Officer"),
    ):
        inv.add(
            "inspection",
            {"inspected_on": day, "target_kind": "site", "site_id": site, "officer": officer, "outcome": "compliant"},
        )
    yield Hand(inv, ids)
    inv.close()

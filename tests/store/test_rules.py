"""The law and plausibility rules, as the store applies them to every save: warnings named by
their rule, saved with the acceptance audited; an error only where the law makes the record
impossible. A licence's status computed from its dates, in Python and in SQL alike."""

from __future__ import annotations

import datetime as dt

import pytest

from kpfield.domain.rules import licence_status, rule_problems
from kpfield.domain.validation import ValidationError
from kpfield.store.browse import Query, licence_status_sql
from kpfield.store.inventory import RecordInUse
from kpfield.store.rulecheck import RelatedRecords
from tests.conftest import licence_values

TODAY = dt.date.today()


def _day(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


@pytest.fixture
def expired(inv, holder):
    """A licence that expired five months ago, and an active site under it."""
    values = licence_values(holder, number="AML/OLD", issued_on=_day(-520), expires_on=_day(-155))
    return inv.add("licence", values).id


@pytest.fixture
def site(inv, expired):
    return inv.add(
        "site", {"country": "SL", "district": "Kono", "code": "KON-1", "status": "idle", "licence_id": expired}
    ).id


def _rules(saved):
    return {p.rule for p in saved.warnings if p.rule}


def test_production_under_an_expired_licence_is_saved_with_a_named_warning_and_audited(inv, site):
    saved = inv.add("production", {"site_id": site, "produced_on": _day(-1), "stones": 2, "carats": 0.9})
    assert _rules(saved) == {"licence_invalid_on_date"}
    w = next(p for p in saved.warnings if p.rule)
    assert w.field == "site_id" and w.message.startswith("Licence valid on the date:") and "AML/OLD" in w.message
    reason = inv.conn.execute("SELECT reason FROM audit WHERE record_id = ? AND action = 'insert'", (saved.id,))
    assert reason.fetchone()[0] == "warnings accepted: licence_invalid_on_date"


def test_the_licence_picked_directly_is_checked_too(inv, site, expired):
    saved = inv.add(
        "production", {"site_id": site, "licence_id": expired, "produced_on": _day(-1), "stones": 1, "carats": 0.5}
    )
    assert next(p for p in saved.warnings if p.rule).field == "licence_id"


def test_a_production_within_its_licence_has_no_warning(inv, holder):
    lic = inv.add("licence", licence_values(holder, issued_on=_day(-30), expires_on=_day(300))).id
    site = inv.add("site", {"country": "SL", "code": "K2", "status": "active", "licence_id": lic}).id
    saved = inv.add("production", {"site_id": site, "produced_on": _day(-2), "stones": 1, "carats": 0.5})
    assert not saved.warnings
    reason = inv.conn.execute("SELECT reason FROM audit WHERE record_id = ?", (saved.id,)).fetchone()[0]
    assert reason is None


def test_sales_by_an_expired_licence_to_an_unlicensed_buyer(inv, expired):
    saved = inv.add(
        "sale",
        {
            "kind": "sale",
            "seller_licence_id": expired,
            "buyer_name": "Alhaji Bangura",
            "sold_on": _day(-3),
            "carats": 1.2,
            "value_usd": 300,
        },
    )
    assert _rules(saved) == {"licence_invalid_on_date", "buyer_unlicensed"}


def test_a_buyer_whose_licence_expired(inv, holder, expired):
    seller = inv.add("licence", licence_values(holder, number="AML/NEW", issued_on=_day(-10), expires_on=_day(300)))
    saved = inv.add(
        "sale",
        {
            "kind": "sale",
            "seller_licence_id": seller.id,
            "buyer_licence_id": expired,
            "sold_on": _day(-3),
            "carats": 1.2,
            "value_usd": 300,
        },
    )
    assert _rules(saved) == {"buyer_licence_invalid"}


def test_an_active_site_under_an_expired_licence(inv, expired):
    saved = inv.add("site", {"country": "SL", "code": "K3", "status": "active", "licence_id": expired})
    assert _rules(saved) == {"site_under_expired_licence"}
    assert next(p for p in saved.warnings if p.rule).field == "status"


def test_a_child_digger_is_a_warning_and_a_child_licence_holder_is_refused(inv):
    birth = dt.date(TODAY.year - 10, 3, 1).isoformat()
    child = inv.add("person", {"family_name": "Conteh", "country": "SL", "roles": "digger", "birth_date": birth})
    assert _rules(child) == {"under_minimum_age"}
    assert "10" in child.warnings[0].message and "18" in child.warnings[0].message
    with pytest.raises(ValidationError) as e:
        inv.add("licence", licence_values(child.id, issued_on=_day(-5), expires_on=_day(300)))
    problem = next(p for p in e.value.problems if p.rule == "under_minimum_age")
    assert problem.severity == "error" and problem.field == "holder_person_id"
    assert inv.count("licence") == 0
    adult = inv.add("person", {"family_name": "Sesay", "country": "SL", "roles": "digger", "birth_date": "1990-01-01"})
    assert not adult.warnings


def test_stone_weight_must_fit_its_size_class(inv, holder):
    site = inv.add("site", {"country": "SL", "code": "K4", "status": "idle"}).id
    saved = inv.add(
        "production",
        {
            "site_id": site,
            "produced_on": _day(-1),
            "stones": 1,
            "carats": 4.75,
            "value_usd": 1200,
            "sc_gr2_n": 1,
            "sc_gr2_ct": 4.75,
        },
    )
    assert _rules(saved) == {"stone_weight_size_class"}
    w = saved.warnings[0]
    assert w.field == "sc_gr2_ct" and "2-grainer" in w.message and "0.4" in w.message
    fine = inv.add(
        "production",
        {"site_id": site, "produced_on": _day(-1), "stones": 2, "carats": 1.0, "sc_gr2_n": 2, "sc_gr2_ct": 1.0},
    )
    assert not fine.warnings


def test_usd_per_carat_implausible_or_far_from_the_district(inv):
    site = inv.add("site", {"country": "SL", "district": "Kono", "code": "K5", "status": "idle"}).id
    cheap = inv.add(
        "production", {"site_id": site, "produced_on": _day(-1), "stones": 2, "carats": 500, "value_usd": 100}
    )
    assert _rules(cheap) == {"usd_per_carat"} and "0.2 USD/ct" in cheap.warnings[0].message
    # a district's usual range, once it has enough recent production: 200-300 USD/ct
    for i in range(30):
        inv.add(
            "production",
            {"site_id": site, "produced_on": _day(-5 - i), "stones": 1, "carats": 1.0, "value_usd": 200 + 3 * i},
        )
    related = RelatedRecords(inv.conn)
    low, high = related.usd_per_carat_range("SL", "Kono")
    assert 200 <= low < high <= 290
    values = {"site_id": site, "produced_on": _day(-1), "stones": 1, "carats": 1.0, "value_usd": 2000}
    _, problems = inv.check("production", values)
    far = [p for p in problems if p.rule == "usd_per_carat"]
    assert far and "this district" in far[0].message
    _, problems = inv.check("production", {**values, "value_usd": 260})
    assert not [p for p in problems if p.rule]


@pytest.mark.parametrize(
    "issued, expires, recorded, status",
    [
        (-400, -35, "active", "expired"),
        (-300, 30, "active", "expiring"),
        (-300, 60, "active", "expiring"),
        (-300, 61, "active", "active"),
        (5, 400, "active", "not_yet_valid"),
        (-300, 0, "active", "expiring"),
        (-300, 300, "suspended", "suspended"),
        (-400, -35, "revoked", "revoked"),
    ],
)
def test_licence_status_from_its_dates_in_python_and_in_the_list(inv, holder, issued, expires, recorded, status):
    lic = licence_values(holder, issued_on=_day(issued), expires_on=_day(expires), status=recorded)
    rid = inv.add("licence", lic).id
    assert licence_status(inv.get("licence", rid)) == status
    shown = inv.conn.execute(f"SELECT {licence_status_sql('t')} FROM licence t WHERE id = ?", (rid,)).fetchone()[0]
    assert shown == status
    # the list's status filter finds it under that status
    browser = inv.browser("licence", Query(status=status))
    assert browser.count() == 1


def test_pickers_mark_licences_that_do_not_allow_work_today(inv, holder, expired):
    inv.add("licence", licence_values(holder, number="AML/GOOD", issued_on=_day(-10), expires_on=_day(300)))
    labels = dict((label.split(" · ")[0], label) for _, label in inv.lookup("licence", "AML"))
    assert labels["AML/OLD"].endswith(" · expired")
    assert labels["AML/GOOD"].endswith("Koroma")


def test_rules_need_nothing_but_a_lookup():
    class Nothing:
        def get(self, kind, record_id):
            return None

        def usd_per_carat_range(self, country, district):
            return None

    assert rule_problems("production", {"site_id": None, "produced_on": "2026-01-01"}, Nothing()) == []


def test_the_store_refuses_too_and_names_production_by_date_and_site(inv):
    site = inv.add("site", {"country": "SL", "code": "KON-7", "status": "idle"}).id
    inv.add("production", {"site_id": site, "produced_on": "2026-03-02", "stones": 1, "carats": 0.5})
    with pytest.raises(RecordInUse) as e:
        inv.delete("site", site)
    assert e.value.names == ["Production record: 2026-03-02, site KON-7, 0.5 ct (as site)"]
    assert inv.get("site", site) is not None


@pytest.mark.parametrize("status", ["active", "suspended"])
@pytest.mark.parametrize("day", ["2025-12-31", "2026-01-01", "2026-06-15", "2026-12-31", "2027-01-01"])
def test_the_matrix_reads_licence_validity_as_the_rule_does(status, day):
    import sqlite3

    from kpfield.domain.rules import licence_valid_on
    from kpfield.matrix.indicators import valid_on

    licence = {"status": status, "issued_on": "2026-01-01", "expires_on": "2026-12-31"}
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE licence (status, issued_on, expires_on)")
    conn.execute("INSERT INTO licence VALUES (:status, :issued_on, :expires_on)", licence)
    in_sql = conn.execute(f"SELECT {valid_on('l', ':day')} FROM licence l", {"day": day}).fetchone()[0]
    assert bool(in_sql) == licence_valid_on(licence, day)

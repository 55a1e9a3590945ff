"""A drill-down says why each record was flagged, in plain words, from the evaluation's own list."""

from __future__ import annotations

import re

from kpfield.i18n import using_language
from kpfield.matrix import Period, Scope, evaluate, load_matrix
from kpfield.matrix.indicators import INDICATORS
from kpfield.matrix.reasons import flag_reasons

from .conftest import TODAY

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _flagged(hand):
    ev = evaluate(hand.inv, load_matrix(), [Scope("district", "Kono", "SL")], Period.parse("2026H1"), today=TODAY)
    return {i.id: i for r in ev.scopes[0].rows for i in r.indicators}


def test_every_flagged_record_has_a_reason_naming_its_facts(hand):
    flagged = _flagged(hand)
    explained = 0
    for ind_id, ind in flagged.items():
        reasons = flag_reasons(hand.inv, ind_id, ind.offending_ids, "2026H1")
        assert set(reasons) == set(ind.offending_ids)
        for text in reasons.values():
            assert text and not UUID.search(text), (ind_id, text)
            # a sentence about the record, not the indicator's title again
            assert text != INDICATORS[ind_id].title(), (ind_id, text)
            explained += 1
    assert explained >= 8


def test_production_after_expiry_names_licence_and_dates(hand):
    flagged = _flagged(hand)
    ind = flagged["production_without_valid_licence"]
    reasons = flag_reasons(hand.inv, ind.id, ind.offending_ids, "2026H1")
    assert reasons[hand.ids["p3"]] == "production dated 2026-04-10 under licence AML-2, expired 2026-03-31"
    assert reasons[hand.ids["p4"]] == "production dated 2026-05-01 at site S3, which has no licence"
    lic = flag_reasons(hand.inv, "expired_licences_still_producing", [hand.ids["B"]], "2026H1")
    assert lic[hand.ids["B"]] == "licence AML-2 expired 2026-03-31; production recorded under it up to 2026-04-10"


def test_incomplete_and_unlicensed_buyer_say_what_is_missing(hand):
    flagged = _flagged(hand)
    inc = flag_reasons(
        hand.inv, "incomplete_production_records", flagged["incomplete_production_records"].offending_ids, "2026H1"
    )
    assert "no value" in inc[hand.ids["p4"]] and "no size-class breakdown" in inc[hand.ids["p4"]]
    buyer = flag_reasons(
        hand.inv,
        "production_sold_to_unlicensed_buyers",
        flagged["production_sold_to_unlicensed_buyers"].offending_ids,
        "2026H1",
    )
    assert buyer[hand.ids["p3"]] == "production dated 2026-04-10 sold to Unknown trader, who has no buyer's licence"
    assert "DL-2" in buyer[hand.ids["p2"]] and "2026-01-31" in buyer[hand.ids["p2"]]


def test_reasons_in_french_write_dates_as_the_officer_does(hand):
    with using_language("fr"):
        reasons = flag_reasons(hand.inv, "production_without_valid_licence", [hand.ids["p3"]], "2026H1")
    assert "10/04/2026" in reasons[hand.ids["p3"]] and "31/03/2026" in reasons[hand.ids["p3"]]
    assert "AML-2" in reasons[hand.ids["p3"]]


def test_a_record_gone_since_the_evaluation_still_gets_a_line(hand):
    reasons = flag_reasons(hand.inv, "production_without_valid_licence", ["no-such-id"], "2026H1")
    assert reasons == {"no-such-id": INDICATORS["production_without_valid_licence"].title()}

"""References typed by people: a record named by its UUID or its own number or code."""

import pytest

from kpfield.store import AmbiguousReference, Inventory, NoSuchRecord, RecordInUse


@pytest.fixture
def inv(tmp_path):
    inv = Inventory.create(tmp_path / "i.kpfield", country="SL", officer="Fatmata Sesay")
    yield inv
    inv.close()


def _person(inv, **values):
    return inv.add("person", {"country": "SL", **values}).id


def _site(inv, country, code):
    return inv.add("site", {"country": country, "code": code, "status": "active"}).id


def test_an_exact_match_comes_before_one_in_another_case(inv):
    sl = _site(inv, "SL", "KON-1")
    gn = _site(inv, "GN", "kon-1")
    assert inv.resolve("site", "KON-1") == sl
    assert inv.resolve("site", "kon-1") == gn
    with pytest.raises(AmbiguousReference) as e:
        inv.resolve("site", "Kon-1")
    assert {rid for rid, _label in e.value.candidates} == {sl, gn}
    assert "'Kon-1' names 2 sites; give the UUID of the one you mean:" in str(e.value)
    # an identifier typed with an invisible character names the same record
    assert inv.resolve("site", "KON\u200b-1") == sl


def test_a_production_reference_in_any_case(inv):
    site = _site(inv, "SL", "KON-1")
    pid = inv.add(
        "production", {"site_id": site, "produced_on": "2026-03-02", "stones": 1, "carats": 0.5, "reference": "CP-9"}
    ).id
    assert inv.resolve("production", "CP-9") == pid
    assert inv.resolve("production", "cp-9") == pid


def test_many_candidates_are_named_up_to_a_bound(inv):
    for n in range(25):
        _person(inv, family_name=f"Conteh {n}", digger_card="DC-1")
    with pytest.raises(AmbiguousReference) as e:
        inv.resolve("person", "DC-1")
    assert len(e.value.candidates) == 21
    lines = str(e.value).splitlines()
    assert lines[0] == "'DC-1' names more than 20 persons; give the UUID of the one you mean (the first 20):"
    assert len(lines) == 21
    _values, problems = inv.named_references("licence", {"holder_person_id": "DC-1"})
    assert problems[0].message.startswith("Holder (person): 'DC-1' names several persons: Conteh 0 (")
    assert problems[0].message.endswith("; …; give its UUID") and problems[0].message.count("Conteh") == 5


def test_uuids_deleted_records_and_aliases(inv):
    pid = _person(inv, family_name="Koroma", national_id="SL-1")
    assert inv.resolve("person", pid.upper()) == pid
    inv.delete("person", pid)
    with pytest.raises(NoSuchRecord):
        inv.resolve("person", "SL-1")  # a deleted record's number may be given to another
    with pytest.raises(NoSuchRecord):
        inv.resolve("person", pid)
    assert inv.resolve("person", pid, include_deleted=True) == pid
    kept = _person(inv, family_name="Kamara")
    old = "01a00000-0000-7000-8000-000000000002"
    with inv.transaction():
        inv.sync.alias(old, "person", kept)
    assert inv.resolve("person", old) == kept
    with pytest.raises(NoSuchRecord, match="Inspections are named by their UUID"):
        inv.resolve("inspection", "INS-1")


def test_named_references_replace_numbers_and_codes_by_uuids(inv):
    holder = _person(inv, family_name="Koroma", national_id="SL-1")
    values, problems = inv.named_references(
        "licence", {"holder_person_id": "SL-1", "supporter_id": "nobody", "number": "SL-1"}
    )
    assert values["holder_person_id"] == holder and values["number"] == "SL-1"  # only references
    assert values["supporter_id"] == "nobody"
    assert [(p.field, p.message) for p in problems] == [
        (
            "supporter_id",
            "Supporter: There is no person 'nobody' here (give its UUID, or its National ID or Digger card number)",
        )
    ]
    # a UUID is left for the reference rule to judge
    values, problems = inv.named_references("licence", {"holder_person_id": "01a00000-0000-7000-8000-000000000009"})
    assert problems == [] and values["holder_person_id"] == "01a00000-0000-7000-8000-000000000009"


def test_an_update_says_what_it_changed(inv):
    pid = _person(inv, family_name="Koroma", village="Koidu")
    saved = inv.update("person", pid, {"village": "Tombodu", "family_name": "Koroma"})
    assert saved.changes == {"village": ("Koidu", "Tombodu")}
    assert inv.update("person", pid, {"village": "Tombodu"}).changes == {}


def test_a_record_others_refer_to_is_not_deleted(inv):
    site = _site(inv, "SL", "KON-1")
    for day in range(1, 23):
        inv.add("production", {"site_id": site, "produced_on": f"2026-03-{day:02}", "stones": 1, "carats": 0.5})
    audit = inv.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(RecordInUse) as e:
        inv.delete("site", site)
    assert len(e.value.users) == 22
    text = str(e.value)
    assert text.startswith("Site: KON-1") and "cannot be deleted: 22 record(s) refer to it" in text
    assert text.count("\n- ") == RecordInUse.SHOWN and "... and 12 more" in text
    assert inv.get("site", site) is not None
    assert inv.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit


def test_details_name_the_officer_and_the_linked_records(inv):
    holder = _person(inv, family_name="Koroma", given_names="Sahr", village="Tombodu")
    lid = inv.add(
        "licence",
        {
            "country": "SL",
            "number": "AML/1",
            "kind": "artisanal_mining",
            "holder_person_id": holder,
            "issued_on": "2026-01-15",
            "expires_on": "2027-01-14",
            "status": "active",
        },
    ).id
    d = inv.details("licence", lid)
    assert d.label == "AML/1 · artisanal mining · Sahr Koroma"
    assert d.references == {"holder_person_id": "Sahr Koroma (Tombodu)"}
    assert d.created_by == d.modified_by == "Fatmata Sesay" and d.history == 1


def test_pickers_do_not_look_up_kinds_without_a_search_index(inv):
    assert inv.lookup("production", "CP") == []

"""Places: every ISO 3166 country in four languages, and each producing country's districts
complete, under the name the country gives them."""

from __future__ import annotations

import pytest

from kpfield.domain.entities import PERSON, SALE
from kpfield.domain.places import (
    ADMIN_UNITS,
    COUNTRIES,
    DISTRICT_LEVELS,
    REGIONS,
    country_code,
    country_name,
    district_level,
    district_names,
    districts,
    region_of_district,
)
from kpfield.domain.validation import clean


def test_sierra_leone_has_its_sixteen_districts_each_in_its_province():
    sl = districts("SL")
    assert len(sl) == 16
    assert {d.name for d in sl} == {
        "Kono", "Kenema", "Kailahun", "Bo", "Pujehun", "Moyamba", "Bonthe", "Port Loko", "Kambia", "Karene",
        "Bombali", "Tonkolili", "Koinadugu", "Falaba", "Western Area Rural", "Western Area Urban",
    }  # fmt: skip
    assert region_of_district("SL", "kono") == "Eastern Province"
    assert region_of_district("SL", "Karene") == "North West Province"
    assert all(d.region for d in sl)


def test_guinea_records_prefectures_and_says_so_in_each_language():
    assert district_level("GN", "fr") == "Préfecture"
    assert district_level("GN", "en") == "Prefecture"
    assert district_level("GN", "pt") == "Prefeitura"
    assert district_level("GN", "es") == "Prefectura"
    names = district_names("GN")
    assert len(names) == 34  # 33 préfectures and Conakry
    assert {"Kérouané", "Kissidougou", "Macenta", "Beyla", "Forécariah", "Siguiri"} <= set(names)
    assert region_of_district("GN", "Kérouané") == "Kankan"
    # the régions are the level above, not préfectures
    assert "Nzérékoré" in names and names.count("Nzérékoré") == 1


@pytest.mark.parametrize(
    ("country", "level_fr", "count", "one"),
    [
        ("LR", "Comté", 15, "Gbarpolu"),
        ("CF", "Préfecture", 17, "Mambéré-Kadéï"),
        ("CD", "Province", 26, "Kasaï-Oriental"),
        ("CI", "District", 14, "Woroba"),
        ("AO", "Province", 18, "Lunda Norte"),
        ("BR", "État", 27, "Minas Gerais"),
        ("VE", "État", 25, "Bolívar"),
        ("GH", "Région", 16, "Eastern"),
    ],
)
def test_each_producing_country_lists_its_whole_level(country, level_fr, count, one):
    assert district_level(country, "fr") == level_fr
    assert len(districts(country)) == count
    assert one in district_names(country)


def test_every_producing_country_of_the_wgaap_has_a_level_and_a_complete_list():
    for members in REGIONS.values():
        for country in members:
            assert country in DISTRICT_LEVELS
            names = [d.name for d in districts(country)]
            assert len(names) >= 5 and len(set(names)) == len(names), country


def test_names_already_recorded_stay_proposed_after_the_official_list():
    # the demo's places (and any inventory) may hold a town or a smaller unit as district
    used = [u.district for u in ADMIN_UNITS if u.country == "CD"]
    names = district_names("CD", used)
    assert names[:26] == [d.name for d in districts("CD")]
    assert set(used) <= set(names)
    # the demo's Sierra Leone and Guinea districts are official ones
    for u in ADMIN_UNITS:
        if u.country in ("SL", "GN"):
            assert u.district in district_names(u.country)


def test_a_country_without_a_level_keeps_the_word_district():
    assert district_level("BE", "fr") == "District"
    assert district_level(None, "en") == "District"
    assert districts("BE") == ()


def test_every_iso_3166_country_is_known_with_its_name_in_four_languages():
    assert len(COUNTRIES) >= 249
    assert country_name("BE", "en") == "Belgium"
    assert country_name("BE", "fr") == "Belgique"
    assert country_name("BE", "pt") == "Bélgica"
    assert country_name("BE", "es") == "Bélgica"
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("KR", "en") == "South Korea"  # the common name, not "Korea, Republic of"
    # kpfield's own names stay for the countries it always listed
    assert country_name("CD", "en") == "Democratic Republic of the Congo"
    assert country_name("ZZ") == "ZZ"


@pytest.mark.parametrize("typed", ["BE", "be", "BEL", "Belgium", "Belgique", "bélgica", " BELGIQUE "])
def test_a_country_is_read_from_its_code_or_its_name(typed):
    assert country_code(typed) == "BE"


def test_a_destination_and_a_nationality_anywhere_in_the_world_validate():
    sale = {
        "kind": "export",
        "sold_on": "2026-03-01",
        "carats": 10,
        "value_usd": 2000,
        "destination_country": "Belgique",
        "kp_certificate": "SL-000123",
    }
    values, problems = clean(SALE, sale)
    assert values["destination_country"] == "BE"
    assert not [p for p in problems if p.field == "destination_country"]
    person, problems = clean(PERSON, {"family_name": "Müller", "country": "SL", "nationality": "Germany"})
    assert person["nationality"] == "DE"
    assert not [p for p in problems if p.field == "nationality"]
    _, problems = clean(PERSON, {"family_name": "X", "country": "SL", "nationality": "Atlantis"})
    assert [p for p in problems if p.field == "nationality"]

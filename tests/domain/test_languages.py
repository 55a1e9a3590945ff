"""The domain in the officer's language: labels, vocabulary, messages, and numbers and dates as typed."""

import datetime as dt

import pytest

from kpfield import i18n
from kpfield.domain import vocab
from kpfield.domain.entities import ENTITIES, LICENCE, PERSON, PRODUCTION, SALE, SITE, SIZE_CLASS_LABELS
from kpfield.domain.places import COUNTRIES, LEVEL_NAMES, OWN_NAMES, REGION_NAMES, country_name, region_name
from kpfield.domain.validation import Cleaner, ValidationError, clean

TODAY = dt.date(2026, 11, 29)
SITE_ID = "01a22565-3ce8-759b-8a7e-ed7d2e1b5330"
OTHER_LANGUAGES = ("fr", "pt", "es")


@pytest.fixture
def french():
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def messages(entity, values):
    _, problems = clean(entity, values, today=TODAY)
    return {p.field: p.message for p in problems}


def test_english_is_the_default_and_the_source():
    assert i18n.language() == "en"
    assert LICENCE.label_of("number") == "Licence number" == LICENCE.field("number").label
    assert LICENCE.shown_label() == "Licence" and LICENCE.shown_plural() == "Licences"
    assert vocab.label("idle") == "idle"


def test_labels_follow_the_current_language(french):
    assert LICENCE.shown_plural() == "Permis"
    assert LICENCE.label_of("number") == "Numéro de permis"
    assert SITE.shown_label() == "Chantier"
    assert PRODUCTION.label_of("produced_on") == "Date de production"  # "Date" means the production's date here
    assert SALE.label_of("sold_on") == "Date de vente"  # and the sale's date there
    assert PRODUCTION.label_of("sc_gr2_n") == "Pierres 2-grainer"
    assert PRODUCTION.label_of("sc_gr2_ct") == "Carats 2-grainer"
    assert vocab.label("supporter") == "préfinanceur"
    assert country_name("GN") == "Guinée" and region_name("west-africa") == "Afrique de l'Ouest"
    # an explicit language wins over the current one
    assert LICENCE.label_of("number", "es") == "Número de licencia"
    assert LICENCE.shown_plural("pt") == "Licenças" and LICENCE.shown_plural("en") == "Licences"
    assert vocab.label("digger", "pt") == "garimpeiro"


def test_unknown_fields_and_codes_are_not_invented():
    with pytest.raises(KeyError):
        PERSON.label_of("colour")
    assert vocab.label("7102.10", "fr") == "7102.10"  # HS codes have no label
    assert country_name("XX") == "XX"


def test_every_label_has_a_finished_translation_in_each_language():
    for lang in OTHER_LANGUAGES:
        cat = i18n.catalogue(lang)
        for ent in ENTITIES.values():
            assert (ent.context, ent.label) in cat, (lang, ent.key)
            assert (ent.context, ent.plural) in cat, (lang, ent.key)
            for f in ent.fields:
                sized = SIZE_CLASS_LABELS.get(f.name)
                source = (ent.context, sized[0]) if sized else (ent.context, f.label)
                assert source in cat, (lang, ent.key, f.name)
        for code, text in vocab.LABELS.items():
            assert ("vocab", text) in cat, (lang, code)
        for c in COUNTRIES.values():
            if c.code in OWN_NAMES:
                assert ("places", c.name) in cat, (lang, c.code)
            else:  # every other ISO 3166 country is named by pycountry's catalogues
                assert c.shown_name(lang), (lang, c.code)
        for name in LEVEL_NAMES.values():
            assert ("places", name) in cat, (lang, name)
        for name in REGION_NAMES.values():
            assert ("places", name) in cat, (lang, name)


def test_size_class_columns_translate_their_words_only():
    for lang in OTHER_LANGUAGES:
        for sc in vocab.SIZE_CLASSES:
            n, ct = vocab.size_class_columns(sc.code)
            assert PRODUCTION.label_of(n, lang).endswith(" " + sc.label)
            assert PRODUCTION.label_of(ct, lang).endswith(" " + sc.label)
    assert PRODUCTION.label_of("sc_sp_n", "pt") == "Pedras +10.8 ct (specials)"


@pytest.mark.parametrize("lang", ["en", "fr", "pt", "es"])
def test_every_choice_is_matched_from_its_code_or_its_label_in_any_language(lang):
    for ent in ENTITIES.values():
        for f in ent.fields:
            for code in f.choices:
                label = vocab.label(code, lang)
                for typed in (code, code.lower(), label, label.upper(), f"  {label}  "):
                    assert vocab.match_choice(f.choices, typed) == code, (ent.key, f.name, lang, typed)


def test_an_officer_may_type_a_status_in_any_language_whatever_language_kpfield_speaks(french):
    for typed in ("active", "Actif", "ACTIVE", "ativa", "activo", "activa"):
        values, problems = clean(SITE, {"country": "SL", "code": "K", "status": typed}, today=TODAY)
        assert problems == [] and values["status"] == "active", typed
    # accents may be left out, as on a keyboard without them
    assert vocab.match_choice(LICENCE.field("status").choices, "revoque") == "revoked"
    assert vocab.match_choice(SITE.field("status").choices, "a l'arret") == "idle"
    assert vocab.match_choice(PERSON.field("sex").choices, "H") == "M"  # homme
    values, _ = clean(PERSON, {"family_name": "Condé", "country": "GN", "roles": "creuseur; préfinanceur"})
    assert values["roles"] == "digger,supporter"
    assert vocab.match_choice(LICENCE.field("kind").choices, "gold") is None


def test_no_spelling_names_two_codes_of_one_choice_list():
    for ent in ENTITIES.values():
        for f in ent.fields:
            if not f.choices:
                continue
            seen: dict[str, str] = {}
            spellings = [(code, vocab.label(code, lang)) for code in f.choices for lang in i18n.LANGUAGES]
            spellings += [(code, alias) for code in f.choices for alias in vocab.ALIASES.get(code, ())]
            spellings += [(code, code) for code in f.choices]
            for code, text in spellings:
                key = vocab._choice_key(text)
                assert seen.setdefault(key, code) == code, (ent.key, f.name, text)


def test_a_french_officer_types_decimal_commas_and_day_first_dates(french):
    values, problems = clean(
        PRODUCTION,
        {"site_id": SITE_ID, "produced_on": "03/04/2026", "stones": "3", "carats": "12,5", "value_usd": "1 250,75"},
        today=TODAY,
    )
    assert problems == []
    assert values["carats"] == 12.5
    assert values["produced_on"] == "2026-04-03"
    assert values["value_usd"] == 1250.75


def test_messages_come_in_french_with_french_labels_numbers_and_dates(french):
    errs = messages(LICENCE, {"country": "SL", "kind": "artisanal_mining", "status": "actif", "area_ha": "1,5"})
    assert errs["number"] == "Numéro de permis : champ obligatoire"
    assert errs["issued_on"] == "Délivré le : champ obligatoire"
    assert errs["area_ha"] == "Un permis artisanal en Sierra Leone couvre au plus 1 ha (saisi : 1,5 ha)"
    assert "titulaire" in errs["holder_person_id"]
    errs = messages(PRODUCTION, {"site_id": SITE_ID, "produced_on": "2027-01-02", "stones": "2,5", "carats": "-0,5"})
    assert errs["produced_on"] == "Date de production 02/01/2027 : date dans le futur"
    assert errs["stones"] == "Pierres : '2,5' doit être un nombre entier"
    assert errs["carats"] == "Carats : doit être supérieur à 0 (saisi : -0,5)"
    errs = messages(PRODUCTION, {"site_id": SITE_ID, "produced_on": "31/02/2026", "stones": 1, "carats": 1})
    assert errs["produced_on"].startswith("Date de production : '31/02/2026' n'est pas une date réelle (jour 31")
    errs = messages(SITE, {"country": "SL", "code": "K", "status": "fermé", "latitude": "95"})
    assert errs["status"].startswith("Statut : 'fermé' ne fait pas partie de : actif, à l'arrêt")
    assert errs["latitude"].startswith("Latitude : la latitude 95 est hors limites")
    warned = messages(SITE, {"country": "SL", "code": "K", "status": "actif", "latitude": "8,64", "longitude": "10,97"})
    assert warned["latitude"].startswith("Le point 8,64000 ; 10,97000 se trouve hors de Sierra Leone")
    assert messages(PERSON, {"family_name": "K", "country": "SL", "colour": "bleu"})["colour"] == (
        "Personne n'a pas de champ 'colour'"
    )
    refused = str(ValidationError("licence", clean(LICENCE, {})[1]))
    assert refused.startswith("Enregistrement refusé (Permis) : ")
    assert "number: Numéro de permis : champ obligatoire" in refused


def test_messages_stay_english_by_default():
    errs = messages(LICENCE, {"country": "SL", "kind": "artisanal_mining", "status": "active", "area_ha": "1,5"})
    assert errs["number"] == "Licence number is required"
    assert errs["area_ha"] == "An artisanal licence in Sierra Leone covers at most 1 ha (got 1.5 ha)"
    assert messages(SITE, {"country": "SL", "code": "K", "status": "shut"})["status"] == (
        "Status: 'shut' is not one of: active, idle, abandoned, rehabilitated"
    )


@pytest.mark.parametrize("lang", ["fr", "pt", "es"])
def test_the_import_cleaner_gives_what_clean_gives_in_every_language(lang):
    i18n.set_language(lang)
    try:
        rows = [
            {"country": "sl", "code": " K-1 ", "status": "ativo", "latitude": 8.6, "longitude": "bad"},
            {"country": "XX", "code": None, "status": "abandonné", "workers": "-3", "colour": "x"},
            {"country": "SL", "code": "K-2", "status": "active", "latitude": 95.0, "longitude": -10.9},
        ]
        cleaner = Cleaner(SITE)
        for row in rows:
            assert cleaner(row, today=TODAY) == clean(SITE, row, today=TODAY)
    finally:
        i18n.set_language("en")

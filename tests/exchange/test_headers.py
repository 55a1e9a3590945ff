from kpfield.domain.entities import ENTITIES
from kpfield.exchange.headers import LANGUAGES, entity_of_sheet, field_label, header_aliases, normalise, sheet_name


def test_normalise_folds_case_accents_and_spacing():
    assert normalise("  Numéro   de LICENCE ") == normalise("numero de licence") == "numero de licence"
    assert normalise("licence_number") == "licence number"


def test_every_label_of_every_language_names_one_field_only():
    for ent in ENTITIES.values():
        seen: dict[str, str] = {}
        for lang in LANGUAGES:
            for name in ent.field_names:
                key = normalise(field_label(ent, name, lang))
                assert seen.setdefault(key, name) == name, (ent.key, lang, name, key)
        aliases = header_aliases(ent)
        assert all(aliases[normalise(field_label(ent, n, lang))] == n for n in ent.field_names for lang in LANGUAGES)


def test_sheet_names_in_every_language_and_continuations():
    for ent in ENTITIES.values():
        for lang in LANGUAGES:
            assert entity_of_sheet(sheet_name(ent, lang)) == ent.key
            assert len(sheet_name(ent, lang)) <= 31
    assert entity_of_sheet("Production (2)") == "production"
    assert entity_of_sheet("PRODUCCIÓN") == "production"
    assert entity_of_sheet("Feuil1") is None

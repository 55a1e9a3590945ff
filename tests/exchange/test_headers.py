from kpfield.domain.entities import ENTITIES
from kpfield.domain.text import normalise
from kpfield.exchange.headers import entity_of_sheet, field_label, header_aliases, sheet_name
from kpfield.i18n import LANGUAGES


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


def test_sheet_and_column_names_are_the_entities_own_labels():
    for ent in ENTITIES.values():
        for lang in LANGUAGES:
            assert sheet_name(ent, lang) == ent.shown_plural(lang)
            for name in ent.field_names:
                assert field_label(ent, name, lang) == ent.label_of(name, lang)
    lic, site = ENTITIES["licence"], ENTITIES["site"]
    assert [sheet_name(lic, lang) for lang in LANGUAGES] == ["Licences", "Permis", "Licenças", "Licencias"]
    assert [field_label(site, "code", lang) for lang in LANGUAGES] == [
        "Site code",
        "Code du chantier",
        "Código do local",
        "Código del sitio",
    ]
    assert field_label(lic, "id", "fr") == "id"  # bookkeeping columns keep their code


def test_headers_of_earlier_templates_still_name_their_fields():
    earlier = {
        "licence": {"Numéro de licence": "number", "Financeur": "supporter_id", "Délivrée le": "issued_on"},
        "site": {"Code du site": "code", "Nom du site": "name", "Travailleurs sur le site": "workers"},
        "production": {"Licence de l'acheteur": "buyer_licence_id", "Acheteur (sans licence)": "buyer_name"},
        "sale": {"Numéro de certificat KP": "kp_certificate", "Número do certificado KP": "kp_certificate"},
        "person": {"Número de tarjeta de minero": "digger_card"},
    }
    for key, headers in earlier.items():
        aliases = header_aliases(ENTITIES[key])
        for header, name in headers.items():
            assert aliases[normalise(header)] == name, (key, header)
    assert entity_of_sheet("Licences") == "licence" and entity_of_sheet("Sites") == "site"
    assert entity_of_sheet("Chantiers") == "site" and entity_of_sheet("permis (3)") == "licence"


def test_every_alias_names_one_field_only():
    from kpfield.exchange.headers import _EARLIER_LABELS

    for ent in ENTITIES.values():
        owner: dict[str, str] = {}
        names = [(name, field_label(ent, name, lang)) for name in ent.field_names for lang in LANGUAGES]
        names += [(name, alias) for name, aliases in _EARLIER_LABELS.get(ent.key, {}).items() for alias in aliases]
        names += [(name, name) for name in ent.field_names]
        for name, text in names:
            assert owner.setdefault(normalise(text), name) == name, (ent.key, name, text)
    sheets: dict[str, str] = {}
    for ent in ENTITIES.values():
        for lang in LANGUAGES:
            for text in (ent.shown_label(lang), ent.shown_plural(lang)):
                assert sheets.setdefault(normalise(text), ent.key) == ent.key, (ent.key, text)

"""Numbers read one way, or not at all, whatever the officer's language."""

from __future__ import annotations

import pytest

from kpfield import i18n
from kpfield.domain.entities import entity
from kpfield.domain.numbers import AmbiguousNumber, NumberError, ThousandsError, read_number, reading
from kpfield.domain.validation import clean

LANGUAGES = list(i18n.LANGUAGES)

# text as typed -> the one number it means, in every language
READ = [
    ("1 250", 1250.0),
    ("1250", 1250.0),
    ("1.250,5", 1250.5),
    ("1,250.5", 1250.5),
    ("3,4", 3.4),
    ("3.4", 3.4),
    ("1 200,50", 1200.5),
    ("1 200.50", 1200.5),
    ("1\u00a0200,50", 1200.5),  # no-break space
    ("1\u202f200,50", 1200.5),  # narrow no-break space, as French software writes it
    ("1\u2009200", 1200.0),  # thin space
    ("1'250.5", 1250.5),
    ("0,250", 0.25),  # a thousands group never starts with 0
    ("0.400", 0.4),
    (".5", 0.5),
    (",75", 0.75),
    ("1234,567", 1234.567),  # four digits before: no thousands grouping reads so
    ("3,45", 3.45),
    ("3.4567", 3.4567),
    ("1,250,000", 1250000.0),
    ("1.250.000", 1250000.0),
    ("1.250.000,75", 1250000.75),
    ("1,250,000.75", 1250000.75),
    ("12 345 678,9", 12345678.9),
    ("-2,5", -2.5),
    (" 7 ", 7.0),
    ("12.", 12.0),
    ("1e3", 1000.0),
    (3, 3.0),
    (1250.0, 1250.0),  # a workbook cell holding a real number is taken as it is
]

# text with two readings -> (thousands, decimal, how the decimal one is typed in en / fr-pt-es)
AMBIGUOUS = [
    ("1,250", 1250.0, 1.25, "1.25", "1,25"),
    ("1.250", 1250.0, 1.25, "1.25", "1,25"),
    ("3.400", 3400.0, 3.4, "3.4", "3,4"),
    ("3,400", 3400.0, 3.4, "3.4", "3,4"),
    ("12,500", 12500.0, 12.5, "12.5", "12,5"),
    ("999.999", 999999.0, 999.999, "999.9990", "999,9990"),
    ("1.000", 1000.0, 1.0, "1", "1"),
    ("-1,250", -1250.0, -1.25, "-1.25", "-1,25"),
]

NOT_NUMBERS = ["", "abc", "nan", "inf", "1,2,3", "1 2", "12 34", "1,5 000", "1.250,000.5", "--3", "3-", True, "1_000"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("text, value", READ)
def test_unambiguous_numbers_read_the_same_in_every_language(lang, text, value):
    with i18n.using_language(lang):
        assert read_number(text) == pytest.approx(value)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("text, thousands, decimal, en, other", AMBIGUOUS)
def test_a_single_separator_before_three_digits_is_refused_with_both_readings(
    lang, text, thousands, decimal, en, other
):
    with i18n.using_language(lang), pytest.raises(AmbiguousNumber) as e:
        read_number(text)
    assert e.value.readings == (thousands, pytest.approx(decimal))
    message = str(e.value)
    whole = f"{int(thousands):,}".replace(",", " ")
    typed = en if lang == "en" else other
    # both readings, and how to type each, in the officer's way of writing decimals
    assert whole in message and typed in message and f"{int(thousands)}" in message
    # and what is suggested reads back as what it says
    assert read_number(typed) == pytest.approx(decimal)
    assert read_number(whole) == thousands
    assert read_number(f"{int(thousands)}") == thousands


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text):
    with pytest.raises((NumberError, ValueError)):
        value = read_number(text)
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("not finite")


def test_thousands_in_groups_of_three_or_not_at_all():
    for text in ("1 2", "1,25,0", "12 34"):
        with pytest.raises(ThousandsError):
            read_number(text)


@pytest.mark.parametrize(
    "lang, text, shown",
    [
        ("en", "1250.5", "= 1,250.5"),
        ("fr", "1250.5", "= 1\u202f250,5"),
        ("pt", "1 250,5", "= 1.250,5"),
        ("es", "1.250,5", "= 1.250,5"),
        ("en", "abc", ""),
        ("en", "", ""),
    ],
)
def test_the_reading_shown_beside_a_field(lang, text, shown):
    with i18n.using_language(lang):
        assert reading(text, lang) == shown


@pytest.mark.parametrize("lang, decimal", [("en", "3.4"), ("fr", "3,4"), ("pt", "3,4"), ("es", "3,4")])
def test_the_reading_of_an_ambiguous_text_shows_both(lang, decimal):
    with i18n.using_language(lang):
        shown = reading("3.400", lang)
    assert "3 400 " in shown and f" {decimal}" in shown and shown.endswith("?")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_validation_refuses_ambiguous_values_and_names_the_field(lang):
    values = {"site_id": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "produced_on": "2026-03-04", "stones": 3}
    with i18n.using_language(lang):
        out, problems = clean(entity("production"), {**values, "carats": "3.400", "value_usd": "1,250"})
        by_field = {p.field: p for p in problems}
        assert out["carats"] is None and out["value_usd"] is None
        assert "3 400" in by_field["carats"].message and "1 250" in by_field["value_usd"].message
        out, problems = clean(entity("production"), {**values, "carats": "3,4", "value_usd": "1 250"})
        assert out["carats"] == 3.4 and out["value_usd"] == 1250.0
        assert not [p for p in problems if p.severity == "error"]

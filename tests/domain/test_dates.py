import datetime as dt

import pytest

from kpfield.domain.dates import MONTHS, DateError, half_year, parse_date, two_digit_year


@pytest.mark.parametrize(
    "text", ["2026-04-03", "03/04/2026", "3/4/2026", "03.04.2026", "03-04-2026", " 2026-04-03T10:00:00 "]
)
def test_iso_and_day_first(text):
    assert parse_date(text) == dt.date(2026, 4, 3)


def test_dates_and_datetimes_pass_through():
    assert parse_date(dt.datetime(2026, 4, 3, 12, 0)) == dt.date(2026, 4, 3)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("31/02/2026", "not a real date"),
        ("2026-13-01", "not a real date"),
        ("03/04/2", "cannot read"),
        ("12 foo 2026", "not the name of a month"),
        ("31 febrero 2026", "not a real date"),
        ("yesterday", "cannot read"),
    ],
)
def test_impossible_or_ambiguous_dates_are_refused(text, fragment):
    with pytest.raises(DateError, match=fragment):
        parse_date(text)


def test_half_years_follow_kp_statistics():
    assert half_year("2026-06-30") == "2026H1"
    assert half_year(dt.date(2026, 7, 1)) == "2026H2"


TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12/07/96", dt.date(1996, 7, 12)),
        ("12.07.96", dt.date(1996, 7, 12)),
        ("01/01/00", dt.date(2000, 1, 1)),
        ("15/01/26", dt.date(2026, 1, 15)),
        ("14/01/27", dt.date(2027, 1, 14)),  # a licence's expiry, next year
        ("31/12/36", dt.date(2036, 12, 31)),  # ten years ahead: still this century
        ("01/01/37", dt.date(1937, 1, 1)),  # beyond: the last century (a birth date)
    ],
)
def test_two_digit_years_pivot_ten_years_after_today(text, expected):
    assert parse_date(text, TODAY) == expected


def test_the_pivot_moves_with_today():
    assert two_digit_year(37, dt.date(2027, 1, 1)) == 2037
    assert two_digit_year(38, dt.date(2027, 1, 1)) == 1938
    assert two_digit_year(99, dt.date(2089, 6, 1)) == 2099
    assert two_digit_year(0, dt.date(2095, 6, 1)) == 2100


@pytest.mark.parametrize(
    "text",
    [
        "12 July 1996",  # English
        "July 12, 1996",
        "12th July 1996",
        "12-Jul-1996",
        "12 jul. 96",
        "12 juillet 1996",  # French
        "12 Juillet 1996",
        "12 juil. 1996",
        "12 de julho de 1996",  # Portuguese
        "12 julho 1996",
        "12 de julio de 1996",  # Spanish
        "12 de Julio de 1996",
    ],
)
def test_month_names_in_the_four_languages(text):
    assert parse_date(text, TODAY) == dt.date(1996, 7, 12)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1er mai 2026", dt.date(2026, 5, 1)),
        ("3 févr. 2026", dt.date(2026, 2, 3)),
        ("3 fevrier 2026", dt.date(2026, 2, 3)),
        ("15 août 2025", dt.date(2025, 8, 15)),
        ("2 de março de 2026", dt.date(2026, 3, 2)),
        ("2 de setembro de 2025", dt.date(2025, 9, 2)),
        ("2 de outubro de 2025", dt.date(2025, 10, 2)),
        ("5 de dic. de 2025", dt.date(2025, 12, 5)),
        ("5 de enero de 2026", dt.date(2026, 1, 5)),
        ("5 décembre 2025", dt.date(2025, 12, 5)),
        ("5 dezembro 2025", dt.date(2025, 12, 5)),
    ],
)
def test_every_month_name_reads(text, expected):
    assert parse_date(text, TODAY) == expected


def test_no_month_name_means_two_months():
    from kpfield.domain import dates

    seen: dict[str, int] = {}
    for month, names in dates._MONTH_NAMES.items():
        for name in names.split():
            assert seen.setdefault(name, month) == month, name
    assert sorted(set(MONTHS.values())) == list(range(1, 13))

import datetime as dt

import pytest

from kpfield.domain.dates import DateError, half_year, parse_date


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
        ("03/04/26", "cannot read"),
        ("yesterday", "cannot read"),
    ],
)
def test_impossible_or_ambiguous_dates_are_refused(text, fragment):
    with pytest.raises(DateError, match=fragment):
        parse_date(text)


def test_half_years_follow_kp_statistics():
    assert half_year("2026-06-30") == "2026H1"
    assert half_year(dt.date(2026, 7, 1)) == "2026H2"

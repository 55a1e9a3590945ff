import pytest

from kpfield.domain.coords import CoordinateError, format_point, parse_angle, parse_point


@pytest.mark.parametrize(
    "text, expected",
    [
        ("8.6367, -10.9675", (8.6367, -10.9675)),
        ("8,6367; -10,9675", (8.6367, -10.9675)),
        ("8,6367, -10,9675", (8.6367, -10.9675)),
        ("8.6367 -10.9675", (8.6367, -10.9675)),
        ("8°38'12\"N 10°58'03\"W", (8 + 38 / 60 + 12 / 3600, -(10 + 58 / 60 + 3 / 3600))),
        ("8° 38′ 12″ N, 10° 58′ 3″ W", (8 + 38 / 60 + 12 / 3600, -(10 + 58 / 60 + 3 / 3600))),
        ("8 38 12 N 10 58 3 W", (8 + 38 / 60 + 12 / 3600, -(10 + 58 / 60 + 3 / 3600))),
        ("8°38.2'N 10°58.05'O", (8 + 38.2 / 60, -(10 + 58.05 / 60))),  # French/Portuguese O = west
        ("6°07'48\"S 23°36'E", (-(6 + 7 / 60 + 48 / 3600), 23.6)),  # Mbuji-Mayi
        ("N8.6367 W10.9675", (8.6367, -10.9675)),
    ],
)
def test_points_in_every_accepted_form(text, expected):
    lat, lon = parse_point(text)
    assert lat == pytest.approx(expected[0], abs=1e-9)
    assert lon == pytest.approx(expected[1], abs=1e-9)


@pytest.mark.parametrize(
    "text, axis, fragment",
    [
        ("200", "lat", "out of range"),
        ("-181", "lon", "out of range"),
        ("8°61'00\"N", "lat", "below 60"),
        ("10°58'03\"W", "lat", "not a hemisphere for a latitude"),
        ("-8.5N", "lat", "not both"),
        ("north", "lat", "cannot read"),
        ("", "lon", "empty"),
    ],
)
def test_bad_angles_say_why(text, axis, fragment):
    with pytest.raises(CoordinateError, match=fragment):
        parse_angle(text, axis)


def test_a_single_number_is_not_a_point():
    with pytest.raises(CoordinateError, match="latitude and a longitude"):
        parse_point("8.6367")


def test_points_are_shown_back_normalised():
    lat, lon = parse_point("8°38'12\"N 10°58'03\"W")
    assert format_point(lat, lon) == "8.63667, -10.96750"
    assert format_point(lat, lon, dms=True) == "8°38'12.0\"N 10°58'03.0\"W"
    assert parse_point(format_point(lat, lon, dms=True)) == pytest.approx((lat, lon), abs=1e-6)

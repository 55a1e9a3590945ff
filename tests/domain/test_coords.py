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


# as handhelds and officers write one coordinate: hemisphere first or last, in each language's letters
DDM_LAT = 8 + 38.2 / 60
DDM_LON = -(10 + 58.05 / 60)


@pytest.mark.parametrize(
    "text, axis, expected",
    [
        ("N08°38.200'", "lat", DDM_LAT),  # a handheld's usual display
        ("N 08°38.200'", "lat", DDM_LAT),
        ("8°38.2'N", "lat", DDM_LAT),
        ("8 38.2 N", "lat", DDM_LAT),
        ("S06°07.800'", "lat", -(6 + 7.8 / 60)),
        ("W010°58.050'", "lon", DDM_LON),
        ("O010°58.050'", "lon", DDM_LON),  # ouest, oeste
        ("10°58.05'O", "lon", DDM_LON),
        ("E023°36.000'", "lon", 23.6),  # est, este
        ("L023°36.000'", "lon", 23.6),  # leste (Portuguese)
        ("23°36'L", "lon", 23.6),
        ("N8°38'12\"", "lat", 8 + 38 / 60 + 12 / 3600),
        ("8 38 12 S", "lat", -(8 + 38 / 60 + 12 / 3600)),  # S after a space is the south, not seconds
        ("8d38m12s", "lat", 8 + 38 / 60 + 12 / 3600),
        ("8.6367", "lat", 8.6367),
        ("8,6367", "lat", 8.6367),
        ("N8.6367", "lat", 8.6367),
        ("8.6367°N", "lat", 8.6367),
        ("8.5S", "lat", -8.5),
        ("-10.9675", "lon", -10.9675),
        ("n8.5", "lat", 8.5),
    ],
)
def test_one_coordinate_in_every_accepted_form(text, axis, expected):
    assert parse_angle(text, axis) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("N08°38.200' W010°58.050'", (DDM_LAT, DDM_LON)),
        ("N08°38.200', W010°58.050'", (DDM_LAT, DDM_LON)),
        ("S06°07.800' L023°36.000'", (-(6 + 7.8 / 60), 23.6)),
        ("8°38.2'N 10°58.05'W", (DDM_LAT, DDM_LON)),
    ],
)
def test_points_with_the_hemisphere_first(text, expected):
    assert parse_point(text) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("axis", ["lat", "lon"])
def test_the_error_lists_every_accepted_form_with_an_example(axis):
    with pytest.raises(CoordinateError) as e:
        parse_angle("north-ish", axis)
    message = str(e.value)
    if axis == "lat":
        assert all(x in message for x in ("8.6367", "N08°38.200'", "8°38.2'N", "8°38'12\"N"))
    else:
        assert all(x in message for x in ("-10.9675", "W010°58.050'", "10°58'03\"W", "O for west", "L for east"))


@pytest.mark.parametrize("text", ["N8.5N", "N-8", "-8.5N", "S8.5", "W10"])
def test_contradictions_are_refused(text):
    with pytest.raises(CoordinateError):
        parse_angle(text, "lat" if text != "S8.5" else "lon")

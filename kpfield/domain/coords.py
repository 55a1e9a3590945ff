"""Coordinates as officers type them and as GPS handhelds show them.

Accepted for one latitude or longitude (:func:`parse_angle`), the hemisphere letter first or last:

=============================  ===========================================
decimal degrees                ``8.6367``  ``-10.9675``  ``8,6367``  ``N8.6367``  ``8.6367°N``
degrees and decimal minutes    ``N08°38.200'``  ``8°38.2'N``  ``W010°58.050'``  ``8 38.2 N``
degrees, minutes, seconds      ``8°38'12"N``  ``N 8°38'12.5"``  ``8 38 12 N``  ``8d38m12s``
=============================  ===========================================

Hemisphere letters: N and S for a latitude; E and W for a longitude, with the letters of the
officers' languages: O for west (ouest, oeste) in French, Portuguese and Spanish, and L for east
(leste) in Portuguese. A minus sign means south or west. A point (:func:`parse_point`) is a
latitude and a longitude written together in any of these forms.
"""

from __future__ import annotations

import re

from kpfield.i18n import format_number, translate

__all__ = ["CoordinateError", "parse_angle", "parse_point", "format_point", "accepted_forms"]


class CoordinateError(ValueError):
    """A coordinate that cannot be read; the message says why and what to type instead."""


_HEMI = {"N": 1, "S": -1, "E": 1, "W": -1, "O": -1, "L": 1}
_HEMI_AXIS = {"N": "lat", "S": "lat", "E": "lon", "W": "lon", "O": "lon", "L": "lon"}
_SYMBOLS = str.maketrans(
    {"º": "°", "˚": "°", "′": "'", "’": "'", "‘": "'", "´": "'", "″": '"', "”": '"', "“": '"', "\u00a0": " "}
)
# a hemisphere letter at the start, or at the end; a lower-case s right after a digit is a seconds mark
_HEMI_FIRST = re.compile(r"^([NSEWOL])\s*(?=[\d.,])", re.IGNORECASE)
_HEMI_LAST = re.compile(r"(?:(?<=[\d°'\".,\s])([NEWOL])|(?<=[°'\".,\s])([Ss])|(?<=\d)(S))\s*$")
_DMS = re.compile(
    r"""^\s*(?P<sign>[-+])?\s*
        (?P<deg>\d+(?:[.,]\d+)?)\s*(?:°|d|\s)\s*
        (?:(?P<min>\d+(?:[.,]\d+)?)\s*(?:'|m|\s)?\s*)?
        (?:(?P<sec>\d+(?:[.,]\d+)?)\s*(?:"|''|s)?\s*)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_DEC = re.compile(r"^\s*(?P<num>[-+]?\d*[.,]?\d+)\s*°?\s*$")


def accepted_forms(axis: str | None = None) -> str:
    """The forms a coordinate may be typed in, with an example of each, for an error message."""
    if axis == "lon":
        return translate(
            "coords",
            "type the longitude as decimal degrees (-10.9675 or W10.9675), degrees and decimal minutes "
            "(W010°58.050' or 10°58.05'W) or degrees, minutes and seconds (10°58'03\"W); E or W for the "
            "hemisphere (O for west, L for east in Portuguese), or a minus sign for west",
        )
    if axis == "lat":
        return translate(
            "coords",
            "type the latitude as decimal degrees (8.6367 or N8.6367), degrees and decimal minutes "
            "(N08°38.200' or 8°38.2'N) or degrees, minutes and seconds (8°38'12\"N); N or S for the "
            "hemisphere, or a minus sign for south",
        )
    return translate(
        "coords",
        "type decimal degrees (8.6367, -10.9675), degrees and decimal minutes (N08°38.200' W010°58.050') "
        "or degrees, minutes and seconds (8°38'12\"N 10°58'03\"W); the hemisphere letter first or last "
        "(N, S, E, W; O for west; L for east in Portuguese), or a minus sign for south and west",
    )


def _help() -> str:
    return accepted_forms()


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _split_hemisphere(text: str) -> tuple[str, str]:
    """(the text without its hemisphere letter, the letter upper-cased or '')."""
    first = _HEMI_FIRST.match(text)
    last = _HEMI_LAST.search(text)
    if first and last:
        return text, "?"  # a letter at both ends: refused by the caller
    if first:
        return text[first.end() :], first.group(1).upper()
    if last:
        letter = next(g for g in last.groups() if g)
        return text[: last.start()], letter.upper()
    return text, ""


def parse_angle(text: str, axis: str) -> float:
    """Parse one latitude (``axis='lat'``) or longitude (``axis='lon'``) into signed decimal degrees.

    Raises CoordinateError when the text is not a coordinate, a hemisphere letter belongs to the
    other axis, minutes or seconds reach 60, or the value is out of range; the message lists the
    accepted forms.
    """
    if axis not in ("lat", "lon"):
        raise ValueError(f"axis must be 'lat' or 'lon', not {axis!r}")
    raw = text
    text = text.strip().translate(_SYMBOLS)
    if not text:
        raise CoordinateError(translate("coords", "empty coordinate: {help}").format(help=accepted_forms(axis)))
    body, hemi = _split_hemisphere(text)
    cannot = CoordinateError(
        translate("coords", "cannot read {value} as a coordinate: {help}").format(
            value=repr(raw), help=accepted_forms(axis)
        )
    )
    if hemi == "?":
        raise cannot
    m = _DEC.match(body)
    if m:
        value = _num(m.group("num"))
    else:
        m = _DMS.match(body)
        if not m:
            raise cannot
        deg = _num(m.group("deg"))
        minutes = _num(m.group("min")) if m.group("min") else 0.0
        seconds = _num(m.group("sec")) if m.group("sec") else 0.0
        if minutes >= 60 or seconds >= 60:
            raise CoordinateError(
                translate("coords", "{value}: minutes and seconds must be below 60").format(value=repr(raw))
            )
        if (m.group("min") and "." in m.group("deg").replace(",", ".")) or (
            m.group("sec") and "." in m.group("min").replace(",", ".")
        ):
            raise CoordinateError(
                translate("coords", "{value}: only the last part of a coordinate may have decimals").format(
                    value=repr(raw)
                )
            )
        value = deg + minutes / 60 + seconds / 3600
        if m.group("sign") == "-":
            value = -value
    if hemi:
        if _HEMI_AXIS[hemi] != axis:
            if axis == "lat":
                message = translate("coords", "{value}: {letter} is not a hemisphere for a latitude")
            else:
                message = translate("coords", "{value}: {letter} is not a hemisphere for a longitude")
            raise CoordinateError(message.format(value=repr(raw), letter=hemi))
        if value < 0 or body.lstrip().startswith("-"):
            raise CoordinateError(
                translate("coords", "{value}: give either a minus sign or a hemisphere letter, not both").format(
                    value=repr(raw)
                )
            )
        value *= _HEMI[hemi]
    limit = 90.0 if axis == "lat" else 180.0
    if not -limit <= value <= limit:
        if axis == "lat":
            message = translate("coords", "latitude {value} is out of range: it must lie between {low} and {high}")
        else:
            message = translate("coords", "longitude {value} is out of range: it must lie between {low} and {high}")
        raise CoordinateError(
            message.format(value=format_number(value), low=format_number(-limit), high=format_number(limit))
        )
    return value


_LETTER_SPLIT = re.compile(r"^(.*?[NS])\s*[,;/]?\s*(.+[EWOL])\s*$", re.IGNORECASE)
# hemisphere first, as handhelds show it: N08°38.200' W010°58.050'
_LETTER_FIRST_SPLIT = re.compile(r"^([NS][^NSEWOL]+?)\s*[,;/]?\s*([EWOL][^NSEWOL]+)$", re.IGNORECASE)


def parse_point(text: str) -> tuple[float, float]:
    """Parse a latitude and longitude written together; returns (lat, lon) in decimal degrees."""
    t = text.strip().translate(_SYMBOLS)
    if not t:
        raise CoordinateError(translate("coords", "empty coordinates: {help}").format(help=_help()))
    m = _LETTER_FIRST_SPLIT.match(t) or _LETTER_SPLIT.match(t)
    if m:
        return parse_angle(m.group(1), "lat"), parse_angle(m.group(2), "lon")
    if ";" in t:
        parts = t.split(";")
    elif t.count(",") == 1:
        parts = t.split(",")
    elif t.count(",") == 3:
        # decimal commas on both sides: "8,6367, -10,9675"
        pieces = [p.strip() for p in t.split(",")]
        parts = [pieces[0] + "," + pieces[1], ",".join(pieces[2:])]
    else:
        parts = t.split()
    parts = [p for p in (p.strip() for p in parts) if p]
    if len(parts) != 2:
        raise CoordinateError(
            translate("coords", "cannot read {value} as a latitude and a longitude: {help}").format(
                value=repr(text), help=_help()
            )
        )
    return parse_angle(parts[0], "lat"), parse_angle(parts[1], "lon")


def format_point(lat: float, lon: float, dms: bool = False) -> str:
    """A point written back normalised: ``8.63667, -10.96750`` or ``8°38'12.0"N 10°58'03.0"W``."""
    if not dms:
        return f"{lat:.5f}, {lon:.5f}"

    def one(value: float, pos: str, neg: str) -> str:
        hemi = pos if value >= 0 else neg
        total = round(abs(value) * 3600, 1)
        d, rest = divmod(total, 3600)
        m, s = divmod(rest, 60)
        return f"{int(d)}°{int(m):02d}'{s:04.1f}\"{hemi}"

    return f"{one(lat, 'N', 'S')} {one(lon, 'E', 'W')}"

"""Coordinates as officers type them: decimal degrees or degrees-minutes-seconds.

Accepted, for a point:
  ``8.6367, -10.9675``   ``8,6367; -10,9675``   ``8.6367 -10.9675``
  ``8°38'12"N 10°58'03"W``   ``8 38 12 N, 10 58 3 W``   ``8°38.2'N 10°58.05'O``
Hemisphere letters: N, S, E, W and the French/Portuguese/Spanish O (ouest/oeste) for west.
A single latitude or longitude is parsed the same way by :func:`parse_angle`.
"""

from __future__ import annotations

import re

from kpfield.i18n import format_number, translate

__all__ = ["CoordinateError", "parse_angle", "parse_point", "format_point"]


class CoordinateError(ValueError):
    """A coordinate that cannot be read; the message says why and what to type instead."""


_HEMI = {"N": 1, "S": -1, "E": 1, "W": -1, "O": -1}
_HEMI_AXIS = {"N": "lat", "S": "lat", "E": "lon", "W": "lon", "O": "lon"}
_SYMBOLS = str.maketrans({"º": "°", "˚": "°", "′": "'", "’": "'", "‘": "'", "″": '"', "”": '"', "“": '"'})
_DMS = re.compile(
    r"""^\s*(?P<sign>[-+])?\s*
        (?P<deg>\d+(?:[.,]\d+)?)\s*(?:°|d|\s)\s*
        (?:(?P<min>\d+(?:[.,]\d+)?)\s*(?:'|m|\s)?\s*)?
        (?:(?P<sec>\d+(?:[.,]\d+)?)\s*(?:"|''|s)?\s*)?
        (?P<hemi>[NSEWO])?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_DEC = re.compile(
    r"^\s*(?P<hemi1>[NSEWO])?\s*(?P<num>[-+]?\d+(?:[.,]\d+)?)\s*°?\s*(?P<hemi2>[NSEWO])?\s*$", re.IGNORECASE
)


def _help() -> str:
    return translate("coords", "type decimal degrees (8.6367) or degrees-minutes-seconds (8°38'12\"N)")


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def parse_angle(text: str, axis: str) -> float:
    """Parse one latitude (``axis='lat'``) or longitude (``axis='lon'``) into signed decimal degrees.

    Raises CoordinateError when the text is not a coordinate, a hemisphere letter belongs to the
    other axis, minutes or seconds reach 60, or the value is out of range.
    """
    if axis not in ("lat", "lon"):
        raise ValueError(f"axis must be 'lat' or 'lon', not {axis!r}")
    raw = text
    text = text.strip().translate(_SYMBOLS)
    if not text:
        raise CoordinateError(translate("coords", "empty coordinate: {help}").format(help=_help()))
    m = _DEC.match(text)
    if m and not (m.group("hemi1") and m.group("hemi2")):
        value = _num(m.group("num"))
        hemi = (m.group("hemi1") or m.group("hemi2") or "").upper()
    else:
        m = _DMS.match(text)
        if not m:
            raise CoordinateError(
                translate("coords", "cannot read {value} as a coordinate: {help}").format(value=repr(raw), help=_help())
            )
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
        hemi = (m.group("hemi") or "").upper()
    if hemi:
        if _HEMI_AXIS[hemi] != axis:
            if axis == "lat":
                message = translate("coords", "{value}: {letter} is not a hemisphere for a latitude")
            else:
                message = translate("coords", "{value}: {letter} is not a hemisphere for a longitude")
            raise CoordinateError(message.format(value=repr(raw), letter=hemi))
        if value < 0:
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


_LETTER_SPLIT = re.compile(r"^(.*?[NS])\s*[,;/]?\s*(.+[EWO])\s*$", re.IGNORECASE)


def parse_point(text: str) -> tuple[float, float]:
    """Parse a latitude and longitude written together; returns (lat, lon) in decimal degrees."""
    t = text.strip().translate(_SYMBOLS)
    if not t:
        raise CoordinateError(translate("coords", "empty coordinates: {help}").format(help=_help()))
    m = _LETTER_SPLIT.match(t)
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
            translate(
                "coords", "cannot read {value} as a latitude and a longitude: {help}, for example 8.6367, -10.9675"
            ).format(value=repr(text), help=_help())
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

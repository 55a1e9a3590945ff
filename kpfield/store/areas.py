"""Licence areas against the rest of the inventory: a site outside its licence's area, licence
areas that overlap. Warnings only: the officer may know better (a surveyed plot moved, an
overlap settled by the chiefdom committee)."""

from __future__ import annotations

import sqlite3
from typing import Any

from kpfield.domain.areas import EDGE_TOLERANCE_M, contains, polygon, read_area
from kpfield.domain.validation import Problem
from kpfield.i18n import translate

__all__ = ["area_problems"]


def area_problems(conn: sqlite3.Connection, kind: str, v: dict[str, Any], record_id: str | None) -> list[Problem]:
    """The warnings of a site (outside its licence's area) or a licence (overlapping another live
    licence's area in its country) about to be saved with the cleaned values ``v``."""
    if kind == "site":
        return _site_outside(conn, v)
    if kind == "licence":
        return _overlaps(conn, v, record_id)
    return []


def _site_outside(conn: sqlite3.Connection, v: dict[str, Any]) -> list[Problem]:
    lat, lon, licence_id = v.get("latitude"), v.get("longitude"), v.get("licence_id")
    if lat is None or lon is None or not licence_id:
        return []
    row = conn.execute(
        "SELECT number, area_corners FROM licence WHERE id = ? AND deleted = 0", (licence_id,)
    ).fetchone()
    corners = read_area(row[1]) if row else None
    if corners is None or contains(corners, lat, lon, EDGE_TOLERANCE_M):
        return []
    return [
        Problem(
            "latitude",
            translate(
                "store", "The point lies outside the area of licence {number}: check the coordinates or the licence"
            ).format(number=row[0]),
            lat,
            "warning",
        )
    ]


def _overlaps(conn: sqlite3.Connection, v: dict[str, Any], record_id: str | None) -> list[Problem]:
    corners = read_area(v.get("area_corners"))
    if corners is None or not v.get("country"):
        return []
    mine = polygon(corners)
    others = [
        (number, c)
        for number, text in conn.execute(
            "SELECT number, area_corners FROM licence WHERE country = ? AND deleted = 0 AND area_corners IS NOT NULL "
            "AND id IS NOT ?",
            (v["country"], record_id),
        )
        if (c := read_area(text)) is not None
    ]
    hits = sorted(
        number for number, c in others if (p := polygon(c)).intersects(mine) and p.intersection(mine).area > 0
    )
    if not hits:
        return []
    shown = ", ".join(hits[:5]) + (" …" if len(hits) > 5 else "")
    return [
        Problem(
            "area_corners",
            translate("store", "The area overlaps the area of licence {numbers}").format(numbers=shown),
            v.get("area_corners"),
            "warning",
        )
    ]

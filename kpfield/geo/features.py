"""What a map or a geographic file shows of an inventory: sites as points with their status and
key fields, and the scope they are chosen by (a country, a district, or given records)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kpfield.domain.areas import read_area
from kpfield.store import Inventory

__all__ = ["MapScope", "SiteFeature", "LicenceArea", "site_features", "licence_areas"]


@dataclass(frozen=True)
class MapScope:
    """Which sites: all, a country's, a district's (of a country, or of any country), or the
    records with the given ids (the window's current filter)."""

    country: str | None = None
    district: str | None = None
    site_ids: frozenset[str] | None = None

    @classmethod
    def parse(cls, text: str) -> MapScope:
        """``all``, ``country:SL``, ``district:Kono`` or ``district:SL/Kono``; ValueError otherwise."""
        kind, _, value = text.partition(":")
        kind, value = kind.strip().lower(), value.strip()
        if kind == "all" and not value:
            return cls()
        if kind == "country" and value:
            return cls(country=value.upper())
        if kind == "district" and value:
            country, slash, district = value.partition("/")
            return cls(country=country.upper(), district=district.strip()) if slash else cls(district=value)
        raise ValueError(text)


@dataclass(frozen=True)
class SiteFeature:
    id: str
    code: str
    name: str | None
    country: str
    region: str | None
    district: str | None
    chiefdom: str | None
    village: str | None
    latitude: float | None
    longitude: float | None
    gps_accuracy_m: float | None
    deposit_type: str | None
    status: str
    workers: int | None
    licence_id: str | None
    licence_number: str | None
    licence_status: str | None
    licence_expires_on: str | None
    last_inspected_on: str | None

    @property
    def located(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class LicenceArea:
    """A licence whose area is recorded as a polygon: its corners as (lat, lon), in order."""

    id: str
    country: str
    number: str
    kind: str
    status: str
    issued_on: str
    expires_on: str
    area_ha: float | None
    holder: str | None
    corners: tuple[tuple[float, float], ...]


def _scope_sql(scope: MapScope, alias: str = "s") -> tuple[str, list[object]]:
    where: list[str] = [f"{alias}.deleted = 0"]
    params: list[object] = []
    if scope.country:
        where.append(f"{alias}.country = ?")
        params.append(scope.country)
    if scope.district:
        # districts are typed by people: compared without regard to case
        where.append(f"{alias}.district = ? COLLATE NOCASE")
        params.append(scope.district)
    return " AND ".join(where), params


def _chunks(ids: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    batch: list[str] = []
    for i in ids:
        batch.append(i)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


_SITE_COLUMNS = """s.id, s.code, s.name, s.country, s.region, s.district, s.chiefdom, s.village, s.latitude,
    s.longitude, s.gps_accuracy_m, s.deposit_type, s.status, s.workers, s.licence_id, l.number, l.status,
    l.expires_on, (SELECT MAX(i.inspected_on) FROM inspection i WHERE i.site_id = s.id AND i.deleted = 0)"""


def site_features(inv: Inventory, scope: MapScope | None = None) -> list[SiteFeature]:
    """The live sites of ``scope`` (default: every site), ordered by country and code, with their
    licence's number, status and expiry and the date of their last inspection."""
    scope = scope or MapScope()
    where, params = _scope_sql(scope)
    sql = f"SELECT {_SITE_COLUMNS} FROM site s LEFT JOIN licence l ON l.id = s.licence_id WHERE {where}"
    rows: list[tuple[object, ...]] = []
    if scope.site_ids is None:
        rows = inv.conn.execute(sql + " ORDER BY s.country, s.code", params).fetchall()
    else:
        for batch in _chunks(sorted(scope.site_ids)):
            marks = ",".join("?" * len(batch))
            rows += inv.conn.execute(sql + f" AND s.id IN ({marks})", [*params, *batch]).fetchall()
        rows.sort(key=lambda r: (str(r[3]), str(r[1])))
    return [SiteFeature(*r) for r in rows]  # type: ignore[arg-type]


def licence_areas(inv: Inventory, scope: MapScope | None = None) -> list[LicenceArea]:
    """The live licences that carry an area polygon: of ``scope``'s country; for a district or a
    set of sites, those that hold one of its sites. Ordered by country and number."""
    scope = scope or MapScope()
    holder = "COALESCE(trim(COALESCE(p.given_names, '') || ' ' || p.family_name), o.name)"
    sql = f"""SELECT l.id, l.country, l.number, l.kind, l.status, l.issued_on, l.expires_on, l.area_ha, {holder},
                     l.area_corners
              FROM licence l LEFT JOIN person p ON p.id = l.holder_person_id
              LEFT JOIN organisation o ON o.id = l.holder_organisation_id
              WHERE l.deleted = 0 AND l.area_corners IS NOT NULL"""
    params: list[object] = []
    if scope.country:
        sql += " AND l.country = ?"
        params.append(scope.country)
    if scope.district or scope.site_ids is not None:
        wanted = {s.licence_id for s in site_features(inv, scope) if s.licence_id}
    out = []
    for r in inv.conn.execute(sql + " ORDER BY l.country, l.number", params):
        if (scope.district or scope.site_ids is not None) and r[0] not in wanted:
            continue
        corners = read_area(r[9])
        if corners is not None:
            out.append(LicenceArea(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], corners))
    return out

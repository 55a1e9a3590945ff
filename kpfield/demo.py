"""A demo inventory a WGAAP coordinator would recognise, made deterministically from a seed.

Places, prices and digger productivity follow ``DOMAIN.md``: Kono and Tongo Field in Sierra Leone,
Banankoro in Guinea, Berbérati in the CAR, Diamantina in Brazil...; USD per carat of each country's
alluvial output; most stones well under a carat, rare specials. Problems are planted on purpose so
that the challenge matrix has something to find:

* artisanal licences that expire mid-period while their site keeps producing;
* a few sites without GPS, and one whose longitude was typed in the wrong hemisphere;
* production sold to buyers without a licence, and a dealer that keeps buying after its licence expired;
* a buying office whose purchases jump in the last half-year;
* exports without a KP certificate number, and production records typed in months after the fact.

The same seed and scale give the same records, identifiers included.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import json
import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kpfield.domain.borders import inside_country
from kpfield.domain.places import COUNTRIES, AdminUnit, districts_of
from kpfield.domain.vocab import SIZE_CLASSES, size_class_columns
from kpfield.progress import Progress, step
from kpfield.store.browse import SEARCH_TABLES
from kpfield.store.ids import new_id
from kpfield.store.inventory import Inventory

PERIOD_START = dt.date(2024, 7, 1)
PERIOD_END = dt.date(2026, 6, 30)
# Licences planted to expire in the middle of the period, while their sites keep producing.
MID_EXPIRY = dt.date(2025, 9, 30)
DEALER_EXPIRY = dt.date(2025, 12, 31)
JUMP_FROM = dt.date(2026, 1, 1)


@dataclass(frozen=True)
class Scale:
    countries: tuple[str, ...]
    diggers: int  # per country
    production: int  # per country
    districts: int  # per country, at most
    dealers_per_district: int
    exporters: int  # per country
    sale_months: int  # a dealer sells its purchases to an exporter every N months


SCALES: dict[str, Scale] = {
    "small": Scale(("SL", "GN", "CF", "BR"), 24, 60, 2, 1, 1, 3),
    "national": Scale(("SL",), 20_000, 200_000, 2, 12, 5, 1),
    "regional": Scale(("SL", "GN", "LR", "CI", "GH"), 20_000, 200_000, 4, 8, 4, 1),
}

# USD per carat of each country's alluvial output (DOMAIN.md), and the typical stone (median ct).
PRICE: dict[str, float] = {
    "SL": 250,
    "GN": 100,
    "LR": 370,
    "CI": 150,
    "GH": 45,
    "CF": 170,
    "CD": 14,
    "AO": 130,
    "BR": 200,
    "VE": 60,
}
MEDIAN_STONE: dict[str, float] = {
    "SL": 0.16,
    "GN": 0.13,
    "LR": 0.18,
    "CI": 0.10,
    "GH": 0.05,
    "CF": 0.12,
    "CD": 0.04,
    "AO": 0.12,
    "BR": 0.14,
    "VE": 0.08,
}

_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # family names, men's given names, women's given names
    "SL": (
        (
            "Koroma",
            "Kamara",
            "Sesay",
            "Conteh",
            "Bangura",
            "Kargbo",
            "Mansaray",
            "Turay",
            "Jalloh",
            "Fofanah",
            "Kanu",
            "Sandy",
            "Gbondo",
            "Komba",
            "Lebbie",
        ),
        ("Mohamed", "Ibrahim", "Abu", "Sahr", "Tamba", "Komba", "Alhaji", "Fodey", "Musa", "Aiah"),
        ("Fatmata", "Aminata", "Mariama", "Finda", "Kadiatu", "Isatu", "Hawa", "Sia"),
    ),
    "GN": (
        (
            "Condé",
            "Kourouma",
            "Camara",
            "Traoré",
            "Diallo",
            "Kéita",
            "Touré",
            "Sylla",
            "Bérété",
            "Kaba",
            "Doumbouya",
            "Chérif",
            "Kanté",
            "Soumaoro",
        ),
        ("Mamadou", "Sékou", "Ousmane", "Ibrahima", "N'Famara", "Lansana", "Moussa", "Aboubacar", "Karamo"),
        ("Aïssatou", "Fanta", "Mariame", "Kadiatou", "Hawa", "Djénabou", "M'Mah", "Fatoumata"),
    ),
    "LR": (
        ("Johnson", "Kollie", "Flomo", "Gbarmie", "Kpoto", "Weah", "Tarr", "Kromah", "Zinnah", "Massaquoi"),
        ("Moses", "Prince", "Emmanuel", "Varney", "Momo", "Augustine", "Siaffa"),
        ("Comfort", "Esther", "Musu", "Korto", "Blessing", "Yamah"),
    ),
    "CI": (
        (
            "Koné",
            "Ouattara",
            "Kouassi",
            "Yao",
            "Bamba",
            "Coulibaly",
            "Traoré",
            "Diomandé",
            "Fofana",
            "Kouamé",
            "N'Guessan",
        ),
        ("Adama", "Yacouba", "Drissa", "Lacina", "Sékou", "Kouadio", "Zié"),
        ("Awa", "Aminata", "Salimata", "Mariam", "Adjoua", "Aya", "Maïmouna"),
    ),
    "GH": (
        ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Darko", "Ofori", "Adjei"),
        ("Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwesi"),
        ("Akosua", "Ama", "Abena", "Efua", "Adwoa", "Akua"),
    ),
    "CF": (
        ("Ndakala", "Yangouvonda", "Béninga", "Zanga", "Wandji", "Ngaté", "Mbaïkoua", "Dékoué", "Gbazi", "Sélémby"),
        ("Jean-Pierre", "Honoré", "Célestin", "Frédéric", "Aimé", "Désiré", "Hervé"),
        ("Hélène", "Thérèse", "Gisèle", "Angèle", "Éliane", "Joséphine"),
    ),
    "CD": (
        ("Kabongo", "Tshibangu", "Mukendi", "Kalala", "Ilunga", "Ngalula", "Mbuyi", "Kasongo", "Tshisekedi"),
        ("Jean", "Crispin", "Médard", "Dieudonné", "Éric", "Patient"),
        ("Thérèse", "Béatrice", "Françoise", "Mamie", "Clémence"),
    ),
    "AO": (
        ("Dos Santos", "Fernandes", "Cassoma", "Muachimbo", "Txipeta", "Sapalo"),
        ("João", "Domingos", "Adão", "Agostinho", "Manuel"),
        ("Conceição", "Teresa", "Luísa", "Madalena"),
    ),
    "BR": (
        (
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Conceição",
            "Araújo",
            "Gonçalves",
            "Magalhães",
            "Guimarães",
            "Brandão",
        ),
        ("João", "José", "Antônio", "Sebastião", "Raimundo", "Luís", "Geraldo"),
        ("Luíza", "Fátima", "Conceição", "Márcia", "Aparecida", "Lúcia"),
    ),
    "VE": (
        ("González", "Rodríguez", "Pérez", "Hernández", "Martínez", "Núñez"),
        ("José", "Luis", "Ángel", "Jesús"),
        ("María", "Yolanda", "Carmen", "Inés"),
    ),
}

_DESTINATIONS = ("BE", "AE", "IN", "IL", "CN")
_PHONE_PREFIX = {
    "SL": "+232",
    "GN": "+224",
    "LR": "+231",
    "CI": "+225",
    "GH": "+233",
    "CF": "+236",
    "CD": "+243",
    "AO": "+244",
    "BR": "+55",
    "VE": "+58",
}

# Stone weights are lognormal with sigma 0.9. Weighted by carats, the mean of (ct/median)^0.35 is
# exp(0.35 * 0.81 + 0.35**2 * 0.81 / 2) = 1.395; dividing by it keeps USD/ct near the country's price.
_SIZE_NORM = math.exp(0.35 * 0.81 + 0.35**2 * 0.81 / 2)
_CLASS_BOUNDS = [sc.max_ct for sc in SIZE_CLASSES[:-1]]
_CLASS_COLUMNS = [size_class_columns(sc.code) for sc in SIZE_CLASSES]


@dataclass
class DemoResult:
    counts: dict[str, int]
    source_id: str


class _Ids:
    """Deterministic, time-ordered record ids: the UUIDv7 time field is a running counter."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return new_id(1_700_000_000_000 + self.n, self.rng)


def _stamp(day: dt.date, hour: int = 12) -> str:
    return f"{day.isoformat()}T{hour:02d}:00:00.000000Z"


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _square(lat: float, lon: float, area_ha: float, shift: float = 0.0) -> str:
    """A square of ``area_ha`` around a point, its corners in the stored form; ``shift``: moved
    east by that many of its sides."""
    half = math.sqrt(area_ha * 10_000) / 2 / 111_320
    half_lon = half / math.cos(math.radians(lat))
    lon += shift * 2 * half_lon
    corners = [(lat + half, lon - half_lon), (lat + half, lon + half_lon), (lat - half, lon + half_lon)]
    corners.append((lat - half, lon - half_lon))
    return "; ".join(f"{a:.6f}, {b:.6f}" for a, b in corners)


def _within_border(country: str, centre: tuple[float, float], lat: float, lon: float) -> tuple[float, float]:
    """A demo point drawn around a mining town near a border, pulled towards the town until it
    lies in the country (no random draw: the rest of the demo stays as the seed makes it)."""
    for _ in range(8):
        if inside_country(country, lat, lon) is not False:
            break
        lat, lon = (lat + centre[0]) / 2, (lon + centre[1]) / 2
    return lat, lon


class _CountryDemo:
    """Makes one country's records, in the order references need them."""

    def __init__(self, country: str, scale: Scale, seed: int, first_country: bool):
        self.c = country
        self.scale = scale
        self.rng = random.Random(f"kpfield-demo-{seed}-{country}")
        self.ids = _Ids(self.rng)
        self.first = first_country
        fam, men, women = _NAMES.get(country, _NAMES["SL"])
        self.families, self.men, self.women = fam, men, women
        units = districts_of(country)
        self.units: list[AdminUnit] = units[: scale.districts]
        n_sites = max(3 * len(self.units), scale.diggers // 15)
        self.sites_per_unit = max(1, n_sites // len(self.units))
        self.persons: list[dict[str, Any]] = []
        self.orgs: list[dict[str, Any]] = []
        self.licences: list[dict[str, Any]] = []
        self._last_square: tuple[float, float, float] | None = None
        self.sites: list[dict[str, Any]] = []
        self.sales: list[dict[str, Any]] = []
        self.inspections: list[dict[str, Any]] = []
        self.officers = [self._name() for _ in range(3)]
        # (dealer licence id, bucket) -> [stones, carats, usd]
        self.purchases: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        self.dealers_by_unit: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self.exporters: list[dict[str, Any]] = []
        self.jump_dealer: str | None = None
        self.events_before_jump: dict[str, int] = defaultdict(int)
        self.expired_dealer: str | None = None

    # ---- people and organisations ----------------------------------------------------------

    def _name(self) -> tuple[str, str, str]:
        r = self.rng
        sex = "F" if r.random() < 0.18 else "M"
        given = r.choice(self.women if sex == "F" else self.men)
        if r.random() < 0.25:
            given += " " + r.choice(self.women if sex == "F" else self.men)
        return r.choice(self.families), given, sex

    def _record(self, day: dt.date) -> dict[str, Any]:
        ts = _stamp(day)
        return {"id": self.ids(), "created_at": ts, "modified_at": ts}

    def person(self, unit: AdminUnit, roles: str, village: str, keep: bool = True) -> dict[str, Any]:
        r = self.rng
        fam, given, sex = self._name()
        born = dt.date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28))
        registered = _day(r, dt.date(2024, 1, 2), dt.date(2024, 6, 28))
        p = {
            **self._record(registered),
            "family_name": fam,
            "given_names": given,
            "sex": sex,
            "birth_date": born.isoformat(),
            "national_id": f"{self.c}{r.randrange(10**9):09d}" if r.random() < 0.6 else None,
            "digger_card": f"DC-{unit.district[:3].upper()}-{len(self.persons) + 1:06d}" if "digger" in roles else None,
            "nationality": self.c if r.random() < 0.93 else r.choice(("GN", "LR", "SL", "ML", "CI")),
            "country": self.c,
            "district": unit.district,
            "village": village,
            "phone": f"{_PHONE_PREFIX.get(self.c, '+000')} {r.randrange(10**7, 10**8)}" if r.random() < 0.5 else None,
            "roles": roles,
            "registered_on": registered.isoformat(),  # the demo's officers enter a person the day they register
        }
        if keep:
            self.persons.append(p)
        return p

    def organisation(self, unit: AdminUnit, kind: str, name: str) -> dict[str, Any]:
        o = {
            **self._record(dt.date(2024, 1, 5)),
            "name": name,
            "kind": kind,
            "country": self.c,
            "district": unit.district,
            "town": unit.towns[0],
            "registration_no": f"{self.c}-RC-{self.rng.randrange(10**5):05d}",
            "phone": None,
        }
        self.orgs.append(o)
        return o

    def licence(
        self,
        kind: str,
        number: str,
        issued: dt.date,
        expires: dt.date,
        *,
        person: str | None = None,
        org: str | None = None,
        supporter: str | None = None,
        area: float | None = None,
        fee: float | None = None,
    ) -> dict[str, Any]:
        lic = {
            **self._record(issued),
            "country": self.c,
            "number": number,
            "kind": kind,
            "holder_person_id": person,
            "holder_organisation_id": org,
            "supporter_id": supporter,
            "issued_on": issued.isoformat(),
            "expires_on": expires.isoformat(),
            "area_ha": area,
            "fee_usd": fee,
            "status": "active",
            "area_corners": None,
        }
        self.licences.append(lic)
        return lic

    def _licence_square(self, n: int, lat: float, lon: float, area: float) -> str:
        """The licence's surveyed plot around its site; planted: the 7th site of a district lies
        outside its plot, and the 9th's plot overlaps the 8th's."""
        if n == 9 and self._last_square is not None:
            return _square(*self._last_square, shift=0.5)
        self._last_square = (lat, lon, area)
        return _square(lat, lon, area, shift=2.0 if n == 7 else 0.0)

    def build_registry(self) -> None:
        r, s = self.rng, self.scale
        n_export = 0
        for i in range(s.exporters):
            unit = self.units[i % len(self.units)]
            org = self.organisation(unit, "exporter", f"{r.choice(self.families)} Diamond Export {i + 1}")
            n_export += 1
            lic = self.licence(
                "exporter",
                f"EXP-{self.c}-{n_export:03d}",
                dt.date(2024, 1, 10),
                dt.date(2027, 1, 9),
                org=org["id"],
                fee=40_000,
            )
            self.exporters.append(lic)
        for ui, unit in enumerate(self.units):
            self.organisation(
                unit,
                "cooperative",
                f"Coopérative des mineurs de {unit.towns[0]}"
                if self.c in ("GN", "CI", "CF", "CD")
                else f"{unit.towns[0]} Miners' Cooperative",
            )
            for d in range(s.dealers_per_district):
                org = self.organisation(
                    unit, "buying_office", f"{unit.towns[d % len(unit.towns)]} Buying Office {d + 1}"
                )
                expires = dt.date(2027, 1, 14)
                if self.first and ui == 0 and d == 0:
                    expires = DEALER_EXPIRY  # planted: keeps buying after this date
                lic = self.licence(
                    "dealer",
                    f"DL-{self.c}-{unit.district[:3].upper()}-{d + 1:03d}",
                    dt.date(2024, 1, 15),
                    expires,
                    org=org["id"],
                    fee=2_000,
                )
                if expires == DEALER_EXPIRY:
                    self.expired_dealer = lic["id"]
                if self.first and ui == 0 and d == min(1, s.dealers_per_district - 1) and d != 0:
                    self.jump_dealer = lic["id"]
                lic["exporter"] = self.exporters[(ui + d) % len(self.exporters)]["id"]
                self.dealers_by_unit[ui].append(lic)
            for k in range(self.sites_per_unit):
                self.build_site(ui, unit, k)
        if self.first and self.jump_dealer is None:
            # one dealer per district at this scale: the last district's office is the one that jumps
            self.jump_dealer = self.dealers_by_unit[len(self.units) - 1][0]["id"]

    def build_site(self, ui: int, unit: AdminUnit, k: int) -> None:
        r = self.rng
        village = r.choice(unit.towns + unit.chiefdoms)
        holder = self.person(unit, "licence_holder", village)
        supporter = self.person(unit, "supporter", r.choice(unit.towns)) if r.random() < 0.2 else None
        n = len(self.sites) + 1
        issued = _day(r, dt.date(2024, 1, 2), dt.date(2024, 6, 28))
        expires = issued + dt.timedelta(days=3 * 365)
        # planted: about one licence in twelve expires mid-period (at least one per country)
        if n == 2 or r.random() < 0.08:
            expires = MID_EXPIRY
        area = round(r.uniform(0.2, 1.0), 2) if self.c == "SL" else round(r.uniform(0.5, 10), 1)
        lic = self.licence(
            "artisanal_mining",
            f"AML-{unit.district[:3].upper()}-{n:05d}",
            issued,
            expires,
            person=holder["id"],
            supporter=supporter["id"] if supporter else None,
            area=area,
            fee=round(r.uniform(50, 300)),
        )
        lat = unit.centre[0] + r.uniform(-0.15, 0.15)
        lon = unit.centre[1] + r.uniform(-0.15, 0.15)
        lat, lon = _within_border(self.c, unit.centre, lat, lon)
        has_gps = not (n == 3 or r.random() < 0.04)  # planted: a few sites without GPS
        if has_gps:
            lic["area_corners"] = self._licence_square(n, lat, lon, area)
        if n == 5:
            lon = -lon  # planted: longitude typed in the wrong hemisphere
        workers = max(3, int(r.gauss(15, 5)))
        site = {
            **self._record(issued),
            "country": self.c,
            "code": f"{self.c}-{unit.district[:3].upper()}-{n:04d}",
            "name": f"{village} {r.choice(('river', 'terrace', 'flat', 'pit'))} {n}",
            "region": unit.region,
            "district": unit.district,
            "chiefdom": r.choice(unit.chiefdoms),
            "village": village,
            "latitude": round(lat, 5) if has_gps else None,
            "longitude": round(lon, 5) if has_gps else None,
            "gps_accuracy_m": round(r.uniform(3, 15), 1) if has_gps else None,
            "deposit_type": r.choice(("river_bed", "river_bed", "terrace", "flat", "eluvial")),
            "status": "active" if r.random() < 0.9 else "idle",
            "licence_id": lic["id"],
            "workers": workers,
            # not stored: which dealer usually buys here
            "_unit": ui,
            "_expires": expires.isoformat(),
        }
        self.sites.append(site)

    def build_diggers(self) -> Iterator[dict[str, Any]]:
        # no record refers to a digger, so diggers are streamed rather than kept in memory
        per_site = max(1, self.scale.diggers // max(1, len(self.sites)))
        made = 0
        for site in self.sites:
            unit = self.units[site["_unit"]]
            for _ in range(per_site):
                if made >= self.scale.diggers:
                    return
                made += 1
                yield self.person(unit, "digger", site["village"], keep=False)

    # ---- production, sales, exports, inspections --------------------------------------------

    def _bucket(self, day: dt.date) -> int:
        months = (day.year - PERIOD_START.year) * 12 + day.month - PERIOD_START.month
        return months // self.scale.sale_months

    def production(self) -> Iterator[dict[str, Any]]:
        r = self.rng
        per_site = self.scale.production / max(1, len(self.sites))
        median = MEDIAN_STONE.get(self.c, 0.15)
        price = PRICE.get(self.c, 150.0)
        mu = math.log(median)
        days = (PERIOD_END - PERIOD_START).days + 1
        late_every = 97
        made = 0
        for si, site in enumerate(self.sites):
            dealers = self.dealers_by_unit[site["_unit"]]
            usual = dealers[si % len(dealers)]["id"]
            count = max(1, int(r.gauss(per_site, per_site * 0.15)))
            if si == len(self.sites) - 1:
                count = max(1, self.scale.production - made)
            for _ in range(count):
                made += 1
                day = PERIOD_START + dt.timedelta(days=r.randrange(days))
                yield self._event(site, day, usual, dealers, mu, price, late=made % late_every == 0)
            if made >= self.scale.production:
                break
        if self.jump_dealer:
            yield from self._jump(mu, price)

    def _jump(self, mu: float, price: float) -> Iterator[dict[str, Any]]:
        """Planted: in 2026H1 the jump office buys four times its usual half-year (goods of unknown origin)."""
        r = self.rng
        jump = self.jump_dealer or ""
        halves_before = (JUMP_FROM.year - PERIOD_START.year) * 2 - (PERIOD_START.month > 6)
        extra = round(3 * self.events_before_jump[jump] / halves_before)
        unit_sites = [s for s in self.sites if any(d["id"] == jump for d in self.dealers_by_unit[s["_unit"]])]
        for _ in range(extra):
            yield self._event(r.choice(unit_sites), _day(r, JUMP_FROM, PERIOD_END), jump, [], mu, price, late=False)

    def _event(
        self,
        site: dict[str, Any],
        day: dt.date,
        usual: str,
        dealers: list[dict[str, Any]],
        mu: float,
        price: float,
        late: bool,
    ) -> dict[str, Any]:
        r = self.rng
        median = math.exp(mu)
        stones = 1
        while stones < 40 and r.random() < 0.55:
            stones += 1
        rec: dict[str, Any] = {}
        total_ct = 0.0
        value = 0.0
        counts = [0] * len(SIZE_CLASSES)
        carats = [0.0] * len(SIZE_CLASSES)
        for _ in range(stones):
            ct = r.lognormvariate(mu, 0.9)
            if r.random() < 0.0001:
                ct = r.uniform(10.8, 120)  # a special
            ct = max(0.01, round(ct, 2))
            idx = bisect.bisect_right(_CLASS_BOUNDS, ct)
            counts[idx] += 1
            carats[idx] += ct
            total_ct += ct
            # bigger stones fetch more per carat; ``size_norm`` keeps the country's mean at ``price``
            value += ct * price * min(3.0, (ct / median) ** 0.35 / _SIZE_NORM) * r.uniform(0.7, 1.3)
        for idx, n in enumerate(counts):
            if n:
                n_col, ct_col = _CLASS_COLUMNS[idx]
                rec[n_col] = n
                rec[ct_col] = round(carats[idx], 2)
        total_ct = round(sum(rec.get(c, 0.0) for _, c in _CLASS_COLUMNS), 2)
        roll = r.random()
        buyer: str | None
        if roll < 0.03:
            buyer, buyer_name = None, " ".join(self._name()[:2][::-1])  # planted: unlicensed buyer
        else:
            buyer, buyer_name = (usual if roll < 0.75 or not dealers else r.choice(dealers)["id"]), None
        if buyer:
            if day < JUMP_FROM:
                self.events_before_jump[buyer] += 1
            acc = self.purchases[(buyer, self._bucket(day))]
            acc[0] += stones
            acc[1] += total_ct
            acc[2] += value
        entered = day + dt.timedelta(days=r.randrange(120, 300) if late else r.randrange(0, 10))
        ts = _stamp(min(entered, PERIOD_END + dt.timedelta(days=10)), 8 + r.randrange(10))
        rec.update(
            {
                "id": self.ids(),
                "created_at": ts,
                "modified_at": ts,
                "site_id": site["id"],
                "licence_id": site["licence_id"],
                "produced_on": day.isoformat(),
                "stones": stones,
                "carats": total_ct,
                "value_usd": round(value, 2),
                "buyer_licence_id": buyer,
                "buyer_name": buyer_name,
                "reference": f"CP-{site['code']}-{day:%Y%m}",
            }
        )
        return rec

    def build_sales(self) -> None:
        r = self.rng
        exporter_buys: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        dealer_of = {d["id"]: d for ds in self.dealers_by_unit.values() for d in ds}
        for (dealer, bucket), (stones, carats, usd) in sorted(self.purchases.items()):
            if carats <= 0:
                continue
            lic = dealer_of[dealer]
            months = (bucket + 1) * self.scale.sale_months
            day = dt.date(
                PERIOD_START.year + (PERIOD_START.month - 1 + months) // 12,
                (PERIOD_START.month - 1 + months) % 12 + 1,
                1,
            ) - dt.timedelta(days=r.randrange(1, 5))
            day = min(day, PERIOD_END)
            sold_ct = round(carats * r.uniform(0.97, 1.0), 2)
            sold_usd = round(usd * r.uniform(1.05, 1.15), 2)
            self.sales.append(
                {
                    **self._record(day),
                    "kind": "sale",
                    "seller_licence_id": dealer,
                    "buyer_licence_id": lic["exporter"],
                    "buyer_name": None,
                    "sold_on": day.isoformat(),
                    "stones": int(stones),
                    "carats": sold_ct,
                    "value_usd": sold_usd,
                    "document_ref": f"BA-{self.c}-{len(self.sales) + 1:06d}",
                    "kp_certificate": None,
                    "destination_country": None,
                    "hs_code": None,
                    "parcels": 1,
                }
            )
            quarter = (day.year, (day.month - 1) // 3)
            acc = exporter_buys[(lic["exporter"], quarter[0] * 4 + quarter[1])]
            acc[0] += stones
            acc[1] += sold_ct
            acc[2] += sold_usd
        n_cert = 0
        exports = sorted(exporter_buys.items())
        missing = {len(exports) // 2, len(exports) - 1} if len(exports) > 2 else set()
        for i, ((exporter, q), (stones, carats, usd)) in enumerate(exports):
            year, qi = divmod(q, 4)
            day = min(dt.date(year, qi * 3 + 3, 20), PERIOD_END)
            n_cert += 1
            cert = None if i in missing else f"{self.c}-{year}-{n_cert:06d}"  # planted: exports without one
            self.sales.append(
                {
                    **self._record(day),
                    "kind": "export",
                    "seller_licence_id": exporter,
                    "buyer_licence_id": None,
                    "buyer_name": f"{r.choice(('Antwerp', 'Dubai', 'Mumbai', 'Ramat Gan'))} Rough Trading",
                    "sold_on": day.isoformat(),
                    "stones": int(stones),
                    "carats": round(carats, 2),
                    "value_usd": round(usd * r.uniform(1.02, 1.08), 2),
                    "document_ref": f"INV-{self.c}-{i + 1:05d}",
                    "kp_certificate": cert,
                    "destination_country": r.choice(_DESTINATIONS),
                    "hs_code": "7102.31",
                    "parcels": r.randint(1, 4),
                }
            )

    def build_inspections(self) -> None:
        r = self.rng
        for i, site in enumerate(self.sites):
            if i % 7 == 6:
                continue  # never inspected
            for _ in range(1 + (r.random() < 0.3)):
                day = _day(r, PERIOD_START, PERIOD_END)
                outcome = r.choices(("compliant", "warning", "violation"), (0.7, 0.2, 0.1))[0]
                finding = {
                    "compliant": "Register up to date.",
                    "warning": "Production register (cahier de production) incomplete for last month.",
                    "violation": "Workers found digging outside the licensed area.",
                }[outcome]
                self.inspections.append(
                    {
                        **self._record(day),
                        "inspected_on": day.isoformat(),
                        "target_kind": "site",
                        "site_id": site["id"],
                        "licence_id": None,
                        "organisation_id": None,
                        "officer": " ".join(r.choice(self.officers)[:2][::-1]),
                        "outcome": outcome,
                        "findings": finding,
                    }
                )


def _strip(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {k: v for k, v in row.items() if not k.startswith("_") and k != "exporter"}


def generate(inv: Inventory, scale: str = "small", seed: int = 1, progress: Progress | None = None) -> DemoResult:
    """Fill ``inv`` with the demo at ``scale``, in one transaction. Refuses an inventory that holds records.

    ``progress(loads done, loads in all, record kind)`` comes after each bulk load; when it answers
    False the whole demo is rolled back and Cancelled raised."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; choose one of {', '.join(SCALES)}")
    if any(inv.count(k) for k in ("person", "licence", "site", "production")):
        raise ValueError(f"{inv.path} already holds records; the demo goes into a new, empty inventory")
    sc = SCALES[scale]
    counts: dict[str, int] = defaultdict(int)

    loads = [0, _LOADS_PER_COUNTRY * len(sc.countries)]

    def add(kind: str, rows: Iterable[Mapping[str, Any]]) -> None:
        n = inv.bulk_add(kind, rows, source_id=source, validate=False)
        counts[kind] += n
        loads[0] += 1
        step(progress, loads[0], loads[1], kind)

    with inv.transaction():
        source = inv.add_source(
            "demo",
            file_name=f"kpfield demo, scale {scale}, seed {seed}",
            counts=json.dumps({"scale": scale, "seed": seed}),
        )
        # the demo fills an empty inventory: building production's indexes and the search indexes
        # once at the end is far cheaper than updating them row by row (the small demo is too
        # small to care)
        with contextlib.ExitStack() as deferred:
            if scale != "small":
                deferred.enter_context(inv.indexes_deferred("production"))
                for table in SEARCH_TABLES:
                    deferred.enter_context(inv.search_deferred(table))
            _fill(inv, sc, seed, add)
        inv.set_source_counts(source, json.dumps({"scale": scale, "seed": seed, **counts}))
    inv.analyze()
    return DemoResult(dict(counts), source)


# the bulk loads _fill makes for each country
_LOADS_PER_COUNTRY = 8


def _fill(inv: Inventory, sc: Scale, seed: int, add: Callable[[str, Iterable[Mapping[str, Any]]], None]) -> None:
    for ci, country in enumerate(sc.countries):
        if country not in COUNTRIES or not districts_of(country):
            raise ValueError(f"the demo has no places for {country}")
        cd = _CountryDemo(country, sc, seed, first_country=ci == 0)
        cd.build_registry()
        add("person", _strip(cd.persons))
        add("person", cd.build_diggers())
        add("organisation", _strip(cd.orgs))
        add("licence", _strip(cd.licences))
        add("site", _strip(cd.sites))
        add("production", cd.production())
        cd.build_sales()
        add("sale", _strip(cd.sales))
        cd.build_inspections()
        add("inspection", _strip(cd.inspections))

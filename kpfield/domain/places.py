"""Reference places: countries (ISO 3166 alpha-2), WGAAP regions, administrative units.

Every ISO 3166-1 country is known (pycountry's list and its French, Portuguese and Spanish
names); the producing countries also carry the administrative level officers record as
"district" (a district in Sierra Leone, a préfecture in Guinea, a county in Liberia...) with the
complete list of its units, from ISO 3166-2 (pycountry) or, where ISO lists another level,
from the country's own division named beside the data.

Bounding boxes are approximate (about 0.1 degree) and only serve to warn when a point probably
falls outside its country; they never refuse a record.
"""

from __future__ import annotations

import functools
import gettext
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry

from kpfield.i18n import QT_TRANSLATE_NOOP, language, translate_in


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # in English; :func:`country_name` gives it in the officer's language
    # (min_lat, max_lat, min_lon, max_lon); None for countries kpfield never maps sites in.
    bbox: tuple[float, float, float, float] | None = None

    def shown_name(self, lang: str | None = None) -> str:
        """The country's name in ``lang`` (default: the current language)."""
        lang = lang or language()
        if self.code in OWN_NAMES:
            return translate_in(lang, "places", self.name)
        return _iso_name(self.code, lang)


@dataclass(frozen=True)
class AdminUnit:
    """A district (or prefecture, county, province) with its parent region and its smaller units.

    ``centre`` is an approximate (lat, lon) of its main mining town, used by the demo generator.
    """

    country: str
    region: str
    district: str
    chiefdoms: tuple[str, ...]
    towns: tuple[str, ...]
    centre: tuple[float, float]


_COUNTRIES = (
    # West Africa
    Country("SL", QT_TRANSLATE_NOOP("places", "Sierra Leone"), (6.85, 10.05, -13.35, -10.25)),
    Country("GN", QT_TRANSLATE_NOOP("places", "Guinea"), (7.15, 12.7, -15.1, -7.6)),
    Country("LR", QT_TRANSLATE_NOOP("places", "Liberia"), (4.3, 8.6, -11.55, -7.35)),
    Country("CI", QT_TRANSLATE_NOOP("places", "Côte d'Ivoire"), (4.3, 10.75, -8.65, -2.45)),
    Country("GH", QT_TRANSLATE_NOOP("places", "Ghana"), (4.7, 11.2, -3.3, 1.25)),
    Country("TG", QT_TRANSLATE_NOOP("places", "Togo"), (6.05, 11.15, -0.2, 1.85)),
    # Central and Southern Africa
    Country("CF", QT_TRANSLATE_NOOP("places", "Central African Republic"), (2.2, 11.05, 14.4, 27.5)),
    Country("CD", QT_TRANSLATE_NOOP("places", "Democratic Republic of the Congo"), (-13.5, 5.4, 12.15, 31.35)),
    Country("CG", QT_TRANSLATE_NOOP("places", "Republic of the Congo"), (-5.05, 3.75, 11.15, 18.7)),
    Country("CM", QT_TRANSLATE_NOOP("places", "Cameroon"), (1.6, 13.1, 8.45, 16.2)),
    Country("GA", QT_TRANSLATE_NOOP("places", "Gabon"), (-4.0, 2.35, 8.65, 14.55)),
    Country("AO", QT_TRANSLATE_NOOP("places", "Angola"), (-18.1, -4.35, 11.6, 24.1)),
    Country("NA", QT_TRANSLATE_NOOP("places", "Namibia"), (-29.0, -16.9, 11.7, 25.3)),
    Country("ZA", QT_TRANSLATE_NOOP("places", "South Africa"), (-34.9, -22.1, 16.4, 32.9)),
    Country("ZW", QT_TRANSLATE_NOOP("places", "Zimbabwe"), (-22.45, -15.6, 25.2, 33.1)),
    Country("TZ", QT_TRANSLATE_NOOP("places", "Tanzania"), (-11.8, -0.95, 29.3, 40.5)),
    # South America
    Country("BR", QT_TRANSLATE_NOOP("places", "Brazil"), (-33.8, 5.3, -74.0, -34.75)),
    Country("VE", QT_TRANSLATE_NOOP("places", "Venezuela"), (0.6, 12.25, -73.4, -59.75)),
    Country("GY", QT_TRANSLATE_NOOP("places", "Guyana"), (1.15, 8.6, -61.45, -56.45)),
    # Trading centres and neighbours that appear as nationalities or export destinations
    Country("BE", QT_TRANSLATE_NOOP("places", "Belgium")),
    Country("AE", QT_TRANSLATE_NOOP("places", "United Arab Emirates")),
    Country("IL", QT_TRANSLATE_NOOP("places", "Israel")),
    Country("IN", QT_TRANSLATE_NOOP("places", "India")),
    Country("CN", QT_TRANSLATE_NOOP("places", "China")),
    Country("HK", QT_TRANSLATE_NOOP("places", "Hong Kong")),
    Country("US", QT_TRANSLATE_NOOP("places", "United States")),
    Country("GB", QT_TRANSLATE_NOOP("places", "United Kingdom")),
    Country("FR", QT_TRANSLATE_NOOP("places", "France")),
    Country("PT", QT_TRANSLATE_NOOP("places", "Portugal")),
    Country("LB", QT_TRANSLATE_NOOP("places", "Lebanon")),
    Country("ML", QT_TRANSLATE_NOOP("places", "Mali")),
    Country("SN", QT_TRANSLATE_NOOP("places", "Senegal")),
    Country("BF", QT_TRANSLATE_NOOP("places", "Burkina Faso")),
    Country("NG", QT_TRANSLATE_NOOP("places", "Nigeria")),
    Country("GM", QT_TRANSLATE_NOOP("places", "Gambia")),
    Country("TD", QT_TRANSLATE_NOOP("places", "Chad")),
    Country("SS", QT_TRANSLATE_NOOP("places", "South Sudan")),
    Country("ZM", QT_TRANSLATE_NOOP("places", "Zambia")),
    Country("CO", QT_TRANSLATE_NOOP("places", "Colombia")),
    Country("SR", QT_TRANSLATE_NOOP("places", "Suriname")),
)

# Every other country of ISO 3166-1 (pycountry's list), after kpfield's own: nationalities and
# export destinations may be any of them.
COUNTRIES: dict[str, Country] = {c.code: c for c in _COUNTRIES}
for _iso in sorted(pycountry.countries, key=lambda c: c.alpha_2):
    if _iso.alpha_2 not in COUNTRIES:
        COUNTRIES[_iso.alpha_2] = Country(_iso.alpha_2, getattr(_iso, "common_name", None) or _iso.name)

# the countries whose English name (and its translations) kpfield's own catalogues carry
OWN_NAMES = frozenset(c.code for c in _COUNTRIES)


@functools.cache
def _iso_catalogue(lang: str) -> gettext.NullTranslations:
    """pycountry's gettext catalogue of ISO 3166-1 names in ``lang`` (English: none needed)."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _iso_name(code: str, lang: str) -> str:
    iso = pycountry.countries.get(alpha_2=code)
    if iso is None:
        return code
    common = getattr(iso, "common_name", None)
    if lang == "en":
        return str(common or iso.name)
    cat = _iso_catalogue(lang)
    if common:
        shown = cat.gettext(common)
        if shown != common:
            return shown
    return cat.gettext(iso.name)


# The WGAAP regional sub-groups and the producing countries kpfield places in each.
REGIONS: dict[str, tuple[str, ...]] = {
    "west-africa": ("SL", "GN", "LR", "CI", "GH", "TG"),
    "central-southern-africa": ("CF", "CD", "CG", "CM", "GA", "AO", "NA", "ZA", "ZW", "TZ"),
    "south-america": ("BR", "VE", "GY"),
}

# In English; :func:`region_name` gives them in the officer's language.
REGION_NAMES = {
    "west-africa": QT_TRANSLATE_NOOP("places", "West Africa"),
    "central-southern-africa": QT_TRANSLATE_NOOP("places", "Central and Southern Africa"),
    "south-america": QT_TRANSLATE_NOOP("places", "South America"),
}


def country_name(code: str, lang: str | None = None) -> str:
    """The name of the country ``code`` in ``lang`` (default: the current language); the code
    itself for a country kpfield does not know."""
    c = COUNTRIES.get(code)
    return c.shown_name(lang) if c is not None else code


def region_name(region: str, lang: str | None = None) -> str:
    """The name of a WGAAP region in ``lang`` (default: the current language)."""
    name = REGION_NAMES.get(region)
    return translate_in(lang or language(), "places", name) if name is not None else region


def region_of(country: str) -> str | None:
    """The WGAAP region a country belongs to, or None."""
    for region, members in REGIONS.items():
        if country in members:
            return region
    return None


ADMIN_UNITS: tuple[AdminUnit, ...] = (
    # Sierra Leone: province, district, chiefdoms
    AdminUnit(
        "SL",
        "Eastern Province",
        "Kono",
        ("Tankoro", "Nimikoro", "Gbense", "Sandor"),
        ("Koidu", "Yengema", "Tombodu"),
        (8.64, -10.97),
    ),
    AdminUnit(
        "SL", "Eastern Province", "Kenema", ("Lower Bambara", "Dodo"), ("Tongo Field", "Panguma"), (8.23, -11.03)
    ),
    # Guinea: region, prefecture, sub-prefectures
    AdminUnit("GN", "Kankan", "Kérouané", ("Banankoro", "Sibiribaro"), ("Banankoro", "Kérouané"), (9.18, -9.30)),
    AdminUnit(
        "GN",
        "Faranah",
        "Kissidougou",
        ("Fermessadou-Pombo", "Yendé-Millimou"),
        ("Kissidougou", "Yendé"),
        (9.19, -10.10),
    ),
    AdminUnit("GN", "Nzérékoré", "Macenta", ("Sérédou", "Bofossou"), ("Macenta",), (8.54, -9.47)),
    AdminUnit("GN", "Nzérékoré", "Beyla", ("Diassodou", "Moussadou"), ("Beyla",), (8.69, -8.66)),
    AdminUnit("GN", "Kindia", "Forécariah", ("Kaback", "Moussayah"), ("Forécariah",), (9.43, -13.09)),
    # Liberia: county, district
    AdminUnit("LR", "Nimba", "Ganta", ("Gbehlay-Geh", "Sanniquellie-Mahn"), ("Ganta",), (7.24, -8.98)),
    AdminUnit("LR", "Gbarpolu", "Gbarma", ("Bopolu", "Kongba"), ("Weasua", "Lofa Bridge"), (7.35, -10.60)),
    AdminUnit("LR", "Bomi", "Klay", ("Senjeh", "Dowein"), ("Tubmanburg",), (6.87, -10.82)),
    # Côte d'Ivoire: region, department
    AdminUnit("CI", "Worodougou", "Séguéla", ("Séguéla", "Bobi-Diarabana"), ("Séguéla", "Bobi"), (7.96, -6.67)),
    AdminUnit("CI", "Hambol", "Tortiya", ("Tortiya",), ("Tortiya",), (8.77, -5.68)),
    # Ghana: region, district
    AdminUnit("GH", "Eastern Region", "Denkyembour", ("Akwatia", "Boadua"), ("Akwatia",), (6.04, -0.80)),
    # Central African Republic: prefecture, sub-prefecture
    AdminUnit("CF", "Mambéré-Kadéï", "Berbérati", ("Berbérati", "Sosso-Nakombo"), ("Berbérati",), (4.26, 15.79)),
    AdminUnit("CF", "Mambéré-Kadéï", "Carnot", ("Carnot", "Gadzi"), ("Carnot",), (4.94, 15.87)),
    AdminUnit("CF", "Lobaye", "Boda", ("Boda", "Boganangone"), ("Boda",), (4.32, 17.47)),
    AdminUnit("CF", "Sangha-Mbaéré", "Nola", ("Nola", "Bayanga"), ("Nola",), (3.53, 16.05)),
    AdminUnit("CF", "Haute-Kotto", "Bria", ("Bria", "Ouadda"), ("Bria",), (6.54, 21.99)),
    # DRC: province, territory
    AdminUnit("CD", "Kasaï-Oriental", "Mbuji-Mayi", ("Tshilenge", "Miabi"), ("Mbuji-Mayi",), (-6.13, 23.60)),
    AdminUnit("CD", "Kasaï", "Tshikapa", ("Kamonia", "Luebo"), ("Tshikapa",), (-6.42, 20.80)),
    AdminUnit("CD", "Kasaï-Central", "Kananga", ("Dibaya", "Demba"), ("Kananga",), (-5.90, 22.42)),
    # Angola: province, municipality
    AdminUnit("AO", "Lunda Norte", "Lucapa", ("Lucapa", "Capaia"), ("Lucapa",), (-8.42, 20.74)),
    AdminUnit("AO", "Lunda Sul", "Saurimo", ("Saurimo",), ("Saurimo",), (-9.66, 20.39)),
    # Brazil: state, municipality
    AdminUnit(
        "BR", "Minas Gerais", "Diamantina", ("Diamantina", "São João da Chapada"), ("Diamantina",), (-18.24, -43.60)
    ),
    AdminUnit("BR", "Minas Gerais", "Coromandel", ("Coromandel",), ("Coromandel",), (-18.47, -47.20)),
    AdminUnit("BR", "Mato Grosso", "Juína", ("Juína",), ("Juína",), (-11.38, -58.74)),
    # Venezuela: state, municipality
    AdminUnit("VE", "Bolívar", "Gran Sabana", ("Ikabarú",), ("Icabarú",), (4.33, -61.74)),
    AdminUnit("VE", "Bolívar", "Cedeño", ("Guaniamo",), ("Guaniamo",), (6.25, -66.30)),
)


def districts_of(country: str) -> list[AdminUnit]:
    """The mining places the demo draws from in a country (may be empty); the complete list of a
    country's districts is :func:`districts`."""
    return [u for u in ADMIN_UNITS if u.country == country]


def in_bbox(country: str, lat: float, lon: float) -> bool | None:
    """Whether (lat, lon) lies in the country's bounding box; None when kpfield has no box for it."""
    c = COUNTRIES.get(country)
    if c is None or c.bbox is None:
        return None
    min_lat, max_lat, min_lon, max_lon = c.bbox
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


# ---- the level officers record as "district", per producing country -------------------------------

# The level's name, in English; :func:`district_level` gives it in the officer's language.
LEVEL_NAMES = {
    "district": QT_TRANSLATE_NOOP("places", "District"),
    "prefecture": QT_TRANSLATE_NOOP("places", "Prefecture"),
    "county": QT_TRANSLATE_NOOP("places", "County"),
    "region": QT_TRANSLATE_NOOP("places", "Region"),
    "province": QT_TRANSLATE_NOOP("places", "Province"),
    "department": QT_TRANSLATE_NOOP("places", "Department"),
    "state": QT_TRANSLATE_NOOP("places", "State"),
}

# The level of each producing country's "district" field: the unit its mining administration
# counts production by (mines wardens' districts in Sierra Leone, préfectures in Guinea and the
# CAR, counties in Liberia, provinces in the DRC and Angola, states in Brazil and Venezuela).
DISTRICT_LEVELS: dict[str, str] = {
    "SL": "district",
    "GN": "prefecture",
    "LR": "county",
    "CI": "district",
    "GH": "region",
    "TG": "region",
    "CF": "prefecture",
    "CD": "province",
    "CG": "department",
    "CM": "region",
    "GA": "province",
    "AO": "province",
    "NA": "region",
    "ZA": "province",
    "ZW": "province",
    "TZ": "region",
    "BR": "state",
    "VE": "state",
    "GY": "region",
}


@dataclass(frozen=True)
class District:
    """One unit of a country's district level, with the larger unit it lies in (None: none)."""

    country: str
    name: str
    region: str | None = None


# Sierra Leone: ISO 3166-2:SL lists only the provinces; the 16 districts and their provinces are
# those of the Provinces and Districts Boundaries Delimitation Act 2017 (Statistics Sierra Leone).
_SIERRA_LEONE = {
    "Eastern Province": ("Kailahun", "Kenema", "Kono"),
    "Northern Province": ("Bombali", "Falaba", "Koinadugu", "Tonkolili"),
    "North West Province": ("Kambia", "Karene", "Port Loko"),
    "Southern Province": ("Bo", "Bonthe", "Moyamba", "Pujehun"),
    "Western Area": ("Western Area Rural", "Western Area Urban"),
}

# Central African Republic: ISO 3166-2:CF still carries the names of the 1990s (Haute-Sangha,
# Gribingui); these are the 16 préfectures and the commune of Bangui as the Ministry of Mines
# and the Kimberley Process's CAR monitoring reports name them.
_CAR = (
    "Bamingui-Bangoran",
    "Bangui",
    "Basse-Kotto",
    "Haut-Mbomou",
    "Haute-Kotto",
    "Kémo",
    "Lobaye",
    "Mambéré-Kadéï",
    "Mbomou",
    "Nana-Grébizi",
    "Nana-Mambéré",
    "Ombella-M'Poko",
    "Ouaka",
    "Ouham",
    "Ouham-Pendé",
    "Sangha-Mbaéré",
    "Vakaga",
)

# ISO 3166-2 spellings that differ from the one the country's own texts use (the DRC's
# constitution of 2006 writes Kasaï-Central; Angola writes Lunda Norte and Malanje).
_SPELLING = {
    ("CD", "Kasaï Central"): "Kasaï-Central",
    ("CD", "Kasaï Oriental"): "Kasaï-Oriental",
    ("AO", "Lunda-Norte"): "Lunda Norte",
    ("AO", "Lunda-Sul"): "Lunda Sul",
    ("AO", "Cuanza-Norte"): "Cuanza Norte",
    ("AO", "Cuanza-Sul"): "Cuanza Sul",
    ("AO", "Malange"): "Malanje",
    ("TG", "Maritime (Région)"): "Maritime",
}


def _sort_key(name: str) -> str:
    """``name`` without accents, case or typographic apostrophes: how names are compared."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return plain.replace("\u2019", "'").casefold().strip()


@functools.cache
def districts(country: str) -> tuple[District, ...]:
    """The complete list of the district-level units of a producing country, in alphabetical
    order (empty for a country kpfield has no district level for)."""
    if country not in DISTRICT_LEVELS:
        return ()
    if country == "SL":
        found = [District("SL", d, p) for p, ds in _SIERRA_LEONE.items() for d in ds]
    elif country == "CF":
        found = [District("CF", d) for d in _CAR]
    else:
        # ISO 3166-2's units that contain no other: Guinea's préfectures (and Conakry) rather
        # than its régions, every other country's single level
        units = [u for u in pycountry.subdivisions if u.country_code == country]
        by_code = {u.code: u for u in units}
        parents = {u.parent_code for u in units if u.parent_code}
        found = []
        for u in units:
            if u.code in parents:
                continue
            parent = by_code.get(u.parent_code) if u.parent_code else None
            found.append(
                District(
                    country,
                    _SPELLING.get((country, u.name), u.name),
                    _SPELLING.get((country, parent.name), parent.name) if parent is not None else None,
                )
            )
    return tuple(sorted(found, key=lambda d: _sort_key(d.name)))


def district_level(country: str | None, lang: str | None = None) -> str:
    """What ``country`` calls the unit its records' "district" field holds, in ``lang``
    (default: the current language): Préfecture for Guinea in French, County for Liberia...;
    District for a country kpfield has no level for."""
    level = DISTRICT_LEVELS.get(country or "", "district")
    return translate_in(lang or language(), "places", LEVEL_NAMES[level])


def district_names(country: str, used: Iterable[str] = ()) -> list[str]:
    """The names to propose for a record's district in ``country``: the complete official list,
    then the other names in ``used`` (those an inventory already holds: a town or a smaller unit
    recorded there stays a choice), each once."""
    names = [d.name for d in districts(country)]
    seen = {_sort_key(n) for n in names}
    for n in sorted(used, key=_sort_key):
        if n and _sort_key(n) not in seen:
            seen.add(_sort_key(n))
            names.append(n)
    return names


def region_of_district(country: str, name: str) -> str | None:
    """The larger unit (province, région) an official district lies in, or None."""
    key = _sort_key(name.strip())
    for d in districts(country):
        if _sort_key(d.name) == key:
            return d.region
    return None


@functools.cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, c in COUNTRIES.items():
        iso = pycountry.countries.get(alpha_2=code)
        names = {c.name}
        if iso is not None:
            names |= {iso.name, iso.alpha_3, getattr(iso, "official_name", None) or iso.name}
        for lang in ("en", "fr", "pt", "es"):
            names.add(c.shown_name(lang))
            names.add(_iso_name(code, lang))
        for n in names:
            index.setdefault(_sort_key(n), code)
    return index


def country_code(text: str) -> str | None:
    """The ISO 3166 alpha-2 code of a country typed as its code (``BE``, ``BEL``) or its name in
    English, French, Portuguese or Spanish (``Belgium``, ``Belgique``, ``Bélgica``); None if none."""
    t = text.strip()
    if t.upper() in COUNTRIES:
        return t.upper()
    return _country_index().get(_sort_key(t))

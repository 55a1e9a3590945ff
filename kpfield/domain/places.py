"""Reference places: countries (ISO 3166 alpha-2), WGAAP regions, administrative units.

Bounding boxes are approximate (about 0.1 degree) and only serve to warn when a point probably
falls outside its country; they never refuse a record.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpfield.i18n import QT_TRANSLATE_NOOP, language, translate_in


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # in English; :func:`country_name` gives it in the officer's language
    # (min_lat, max_lat, min_lon, max_lon); None for countries kpfield never maps sites in.
    bbox: tuple[float, float, float, float] | None = None

    def shown_name(self, lang: str | None = None) -> str:
        """The country's name in ``lang`` (default: the current language)."""
        return translate_in(lang or language(), "places", self.name)


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

COUNTRIES: dict[str, Country] = {c.code: c for c in _COUNTRIES}

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
    """The administrative units kpfield knows for a country (may be empty)."""
    return [u for u in ADMIN_UNITS if u.country == country]


def in_bbox(country: str, lat: float, lon: float) -> bool | None:
    """Whether (lat, lon) lies in the country's bounding box; None when kpfield has no box for it."""
    c = COUNTRIES.get(country)
    if c is None or c.bbox is None:
        return None
    min_lat, max_lat, min_lon, max_lon = c.bbox
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon

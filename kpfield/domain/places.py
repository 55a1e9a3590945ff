"""Reference places: countries (ISO 3166 alpha-2), WGAAP regions, administrative units.

Bounding boxes are approximate (about 0.1 degree) and only serve to warn when a point probably
falls outside its country; they never refuse a record.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    name_fr: str
    # (min_lat, max_lat, min_lon, max_lon); None for countries kpfield never maps sites in.
    bbox: tuple[float, float, float, float] | None = None


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
    Country("SL", "Sierra Leone", "Sierra Leone", (6.85, 10.05, -13.35, -10.25)),
    Country("GN", "Guinea", "Guinée", (7.15, 12.7, -15.1, -7.6)),
    Country("LR", "Liberia", "Libéria", (4.3, 8.6, -11.55, -7.35)),
    Country("CI", "Côte d'Ivoire", "Côte d'Ivoire", (4.3, 10.75, -8.65, -2.45)),
    Country("GH", "Ghana", "Ghana", (4.7, 11.2, -3.3, 1.25)),
    Country("TG", "Togo", "Togo", (6.05, 11.15, -0.2, 1.85)),
    # Central and Southern Africa
    Country("CF", "Central African Republic", "République centrafricaine", (2.2, 11.05, 14.4, 27.5)),
    Country("CD", "Democratic Republic of the Congo", "République démocratique du Congo", (-13.5, 5.4, 12.15, 31.35)),
    Country("CG", "Republic of the Congo", "République du Congo", (-5.05, 3.75, 11.15, 18.7)),
    Country("CM", "Cameroon", "Cameroun", (1.6, 13.1, 8.45, 16.2)),
    Country("GA", "Gabon", "Gabon", (-4.0, 2.35, 8.65, 14.55)),
    Country("AO", "Angola", "Angola", (-18.1, -4.35, 11.6, 24.1)),
    Country("NA", "Namibia", "Namibie", (-29.0, -16.9, 11.7, 25.3)),
    Country("ZA", "South Africa", "Afrique du Sud", (-34.9, -22.1, 16.4, 32.9)),
    Country("ZW", "Zimbabwe", "Zimbabwe", (-22.45, -15.6, 25.2, 33.1)),
    Country("TZ", "Tanzania", "Tanzanie", (-11.8, -0.95, 29.3, 40.5)),
    # South America
    Country("BR", "Brazil", "Brésil", (-33.8, 5.3, -74.0, -34.75)),
    Country("VE", "Venezuela", "Venezuela", (0.6, 12.25, -73.4, -59.75)),
    Country("GY", "Guyana", "Guyana", (1.15, 8.6, -61.45, -56.45)),
    # Trading centres and neighbours that appear as nationalities or export destinations
    Country("BE", "Belgium", "Belgique"),
    Country("AE", "United Arab Emirates", "Émirats arabes unis"),
    Country("IL", "Israel", "Israël"),
    Country("IN", "India", "Inde"),
    Country("CN", "China", "Chine"),
    Country("HK", "Hong Kong", "Hong Kong"),
    Country("US", "United States", "États-Unis"),
    Country("GB", "United Kingdom", "Royaume-Uni"),
    Country("FR", "France", "France"),
    Country("PT", "Portugal", "Portugal"),
    Country("LB", "Lebanon", "Liban"),
    Country("ML", "Mali", "Mali"),
    Country("SN", "Senegal", "Sénégal"),
    Country("BF", "Burkina Faso", "Burkina Faso"),
    Country("NG", "Nigeria", "Nigeria"),
    Country("GM", "Gambia", "Gambie"),
    Country("TD", "Chad", "Tchad"),
    Country("SS", "South Sudan", "Soudan du Sud"),
    Country("ZM", "Zambia", "Zambie"),
    Country("CO", "Colombia", "Colombie"),
    Country("SR", "Suriname", "Suriname"),
)

COUNTRIES: dict[str, Country] = {c.code: c for c in _COUNTRIES}

# The WGAAP regional sub-groups and the producing countries kpfield places in each.
REGIONS: dict[str, tuple[str, ...]] = {
    "west-africa": ("SL", "GN", "LR", "CI", "GH", "TG"),
    "central-southern-africa": ("CF", "CD", "CG", "CM", "GA", "AO", "NA", "ZA", "ZW", "TZ"),
    "south-america": ("BR", "VE", "GY"),
}

REGION_NAMES = {
    "west-africa": "West Africa",
    "central-southern-africa": "Central and Southern Africa",
    "south-america": "South America",
}


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

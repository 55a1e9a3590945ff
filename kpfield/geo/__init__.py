"""Sites and licence areas as places: KML, GeoJSON and GPX out, GPX waypoints in.

Reads the inventory through :class:`kpfield.store.Inventory` and writes through its services,
like the exchange and the report it stands beside.
"""

from .export import FORMATS, ExportResult, export_sites
from .features import LicenceArea, MapScope, SiteFeature, licence_areas, site_features

__all__ = [
    "FORMATS",
    "ExportResult",
    "export_sites",
    "LicenceArea",
    "MapScope",
    "SiteFeature",
    "licence_areas",
    "site_features",
]

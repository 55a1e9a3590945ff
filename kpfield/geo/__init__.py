"""Sites and licence areas as places: KML, GeoJSON and GPX out, GPX waypoints in.

Reads the inventory through :class:`kpfield.store.Inventory` and writes through its services,
like the exchange and the report it stands beside.
"""

from .export import FORMATS, ExportResult, export_sites
from .features import LicenceArea, MapScope, SiteFeature, licence_areas, site_features
from .gpx import GpxData, GpxError, GpxImport, GpxPlan, GpxStep, apply_gpx, plan_gpx, read_gpx

__all__ = [
    "FORMATS",
    "ExportResult",
    "export_sites",
    "LicenceArea",
    "MapScope",
    "SiteFeature",
    "licence_areas",
    "site_features",
    "GpxData",
    "GpxError",
    "GpxImport",
    "GpxPlan",
    "GpxStep",
    "apply_gpx",
    "plan_gpx",
    "read_gpx",
]

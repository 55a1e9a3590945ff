"""SQLite storage: the connection factory, migrations, the inventory service, audit log and backups."""

from .db import InventoryBusy, InventoryError, NewerInventory, NotAnInventory, ReadOnlyInventory
from .inventory import Details, Identity, Inventory, Saved
from .lookup import AmbiguousReference, NoSuchRecord, StillReferred

__all__ = [
    "AmbiguousReference",
    "Details",
    "NoSuchRecord",
    "StillReferred",
    "Identity",
    "Inventory",
    "InventoryBusy",
    "InventoryError",
    "NewerInventory",
    "NotAnInventory",
    "ReadOnlyInventory",
    "Saved",
]

"""SQLite storage: the connection factory, migrations, the inventory service, audit log and backups."""

from .db import InventoryBusy, InventoryError, NewerInventory, NotAnInventory, ReadOnlyInventory
from .inventory import Details, Identity, Inventory, RecordInUse, Saved
from .lookup import AmbiguousReference, NoSuchRecord

__all__ = [
    "AmbiguousReference",
    "Details",
    "NoSuchRecord",
    "Identity",
    "Inventory",
    "InventoryBusy",
    "InventoryError",
    "NewerInventory",
    "NotAnInventory",
    "ReadOnlyInventory",
    "RecordInUse",
    "Saved",
]

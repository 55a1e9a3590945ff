"""SQLite storage: the connection factory, migrations, the inventory service, audit log and backups."""

from .db import InventoryBusy, InventoryError, NewerInventory, NotAnInventory, ReadOnlyInventory
from .inventory import Identity, Inventory, Saved

__all__ = [
    "Identity",
    "Inventory",
    "InventoryBusy",
    "InventoryError",
    "NewerInventory",
    "NotAnInventory",
    "ReadOnlyInventory",
    "Saved",
]

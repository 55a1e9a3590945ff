"""Record identifiers: UUIDs whose first 48 bits are a millisecond time (the UUIDv7 layout).

Random UUIDv4 keys scatter inserts across the whole primary-key index, which is slow once a
table holds a million rows; time-ordered keys append at its end. They stay globally unique
(74 random bits), so records from many laptops merge without collisions.
"""

from __future__ import annotations

import random
import secrets
import time
import uuid


def new_id(ms: int | None = None, rng: random.Random | None = None) -> str:
    """A new record UUID. ``ms`` and ``rng`` make it deterministic (the demo generator)."""
    if ms is None:
        ms = time.time_ns() // 1_000_000
    rand = rng.getrandbits(74) if rng is not None else secrets.randbits(74)
    value = (
        ((ms & 0xFFFF_FFFF_FFFF) << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & ((1 << 62) - 1))
    )
    return str(uuid.UUID(int=value))

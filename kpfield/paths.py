"""Where kpfield keeps its files: the user's data folder, never the install folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's kpfield data folder (``KPFIELD_DATA_DIR`` overrides it, for tests and portable use).

    Windows: ``%LOCALAPPDATA%\\kpfield``; Linux: ``~/.local/share/kpfield``; macOS:
    ``~/Library/Application Support/kpfield``. Created when missing.
    """
    override = os.environ.get("KPFIELD_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("kpfield", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_inventory_path() -> Path:
    """The demo inventory that ``make run`` opens."""
    return data_dir() / "demo.kpfield"

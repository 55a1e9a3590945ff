"""Where kpfield finds the data it ships (the challenge matrix, reference files).

The files live in ``resources/`` at the top of the source tree. An installed kpfield carries
them inside the package as ``kpfield/_resources`` (pyproject maps the folder there as package
data), and a frozen bundle puts them in the same place; ``KPFIELD_RESOURCES`` overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding kpfield's shipped resources; raises FileNotFoundError naming where it looked."""
    override = os.environ.get("KPFIELD_RESOURCES")
    candidates = [Path(override)] if override else []
    # installed package or frozen bundle first, then the source checkout (also an editable install)
    candidates += [_PACKAGE / "_resources", _PACKAGE.parent / "resources"]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError(
        "kpfield's resources folder is missing (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); reinstall kpfield"
    )


def resource_path(*parts: str) -> Path:
    """A file shipped with kpfield, e.g. ``resource_path("matrix", "wgaap.toml")``."""
    return resources_dir().joinpath(*parts)

"""Where kpfield finds the data it ships (the challenge matrix, reference files).

The files live in ``resources/`` at the top of the source tree, which is where a source checkout
or an editable install finds them. A wheel installs them as data files under
``<prefix>/share/kpfield`` (pyproject's ``data-files``); a frozen bundle puts them in
``kpfield/_resources`` beside the code. ``KPFIELD_RESOURCES`` overrides all of these.
"""

from __future__ import annotations

import os
import site
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding kpfield's shipped resources; raises FileNotFoundError naming where it looked."""
    override = os.environ.get("KPFIELD_RESOURCES")
    candidates = [Path(override)] if override else []
    # a frozen bundle, then the source checkout (also an editable install), then a wheel's data files
    candidates += [_PACKAGE / "_resources", _PACKAGE.parent / "resources", Path(sys.prefix) / "share" / "kpfield"]
    if site.USER_BASE:
        candidates.append(Path(site.USER_BASE) / "share" / "kpfield")
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

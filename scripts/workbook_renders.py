"""Render the first two sheets of the demo's inventory workbook to PNG, as LibreOffice prints them.

    .venv/bin/python scripts/workbook_renders.py [--out docs/screenshots]

Makes the small demo in a temporary folder, writes its inventory workbook and the PDF of its
printed sheets (Summary, Challenge matrix) through LibreOffice, and turns each page into a PNG
with pdftoppm (Debian packages libreoffice-calc-nogui and poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kpfield.demo import generate  # noqa: E402
from kpfield.report import write_pdf  # noqa: E402
from kpfield.store import Inventory  # noqa: E402

NAMES = ["inventory-summary.png", "inventory-matrix.png"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.kpfield"
        with Inventory.create(db, country="SL", officer="Demo officer") as inv:
            generate(inv, "small", seed=1)
            pdf = write_pdf(inv, Path(tmp) / "inventory.pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "110", str(pdf), str(Path(tmp) / "page")], check=True)
        pages = sorted(Path(tmp).glob("page-*.png"))
        for page, name in zip(pages, NAMES, strict=False):
            shutil.copy(page, out / name)
            print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render the printed sheets of the demo's inventory workbook to PNG, as LibreOffice prints them.

    .venv/bin/python scripts/workbook_renders.py [--out docs/screenshots] [--scale small|regional]

Makes the demo in a temporary folder, writes the PDF of its printed sheets (Summary, Trends,
Challenge matrix, Footprints, Indicator details) through LibreOffice in English and in French, and turns
the first page of each sheet into a PNG with pdftoppm (Debian packages libreoffice-calc-nogui and
poppler-utils). English pages go to the folder itself, French ones to its fr/ folder.
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
from kpfield.i18n import using_language  # noqa: E402
from kpfield.report import PRINTED_SHEETS, Coverage, sheet_title, write_pdf  # noqa: E402
from kpfield.store import Inventory  # noqa: E402

NAMES = {
    "Summary": "inventory-summary.png",
    "Trends": "inventory-trends.png",
    "Challenge matrix": "inventory-matrix.png",
    "Footprints": "inventory-footprints.png",
    "Indicator details": "inventory-indicators.png",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--scale", default="small", choices=("small", "regional"))
    args = ap.parse_args()
    if not shutil.which("pdftoppm") or not shutil.which("pdftotext"):
        print("pdftoppm or pdftotext is missing: install poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.kpfield"
        with Inventory.create(db, country="SL", officer="Demo officer") as inv:
            generate(inv, args.scale, seed=1)
        for lang, out in (("en", Path(args.out)), ("fr", Path(args.out) / "fr")):
            out.mkdir(parents=True, exist_ok=True)
            with Inventory.open(db) as inv:
                pdf = write_pdf(inv, Path(tmp) / f"inventory-{lang}.pdf", Coverage.region("west-africa"), lang=lang)
            with using_language(lang):
                titles = {key: sheet_title(key) for key in PRINTED_SHEETS}
            pages = int(
                next(
                    line.split()[-1]
                    for line in subprocess.run(
                        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
                    ).stdout.splitlines()
                    if line.startswith("Pages:")
                )
            )
            done: set[str] = set()
            for page in range(1, pages + 1):
                text = subprocess.run(
                    ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                # each printed page carries its sheet's name in the footer
                footer = [line.strip() for line in text.splitlines() if line.strip()][-1:] or [""]
                key = next((k for k, t in titles.items() if footer[0].startswith(t) and k not in done), None)
                if key is None:
                    continue
                done.add(key)
                stem = Path(tmp) / f"{lang}-{page}"
                only = ["-f", str(page), "-l", str(page), "-singlefile"]
                subprocess.run(["pdftoppm", "-png", "-r", "110", *only, str(pdf), str(stem)], check=True)
                shutil.copy(stem.with_suffix(".png"), out / NAMES[key])
                print(out / NAMES[key])
    return 0


if __name__ == "__main__":
    sys.exit(main())

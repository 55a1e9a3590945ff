"""The inventory workbook's printed sheets as a PDF, made by LibreOffice where it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from kpfield.domain.labels import check_language
from kpfield.domain.periods import Period
from kpfield.i18n import translate
from kpfield.output import writing
from kpfield.store import Inventory

from .inventory import Coverage, write_inventory

__all__ = ["PRINTED_SHEETS", "PdfUnavailable", "write_pdf"]

# Sheets a person prints: the story, not the registers (SHEETS names).
PRINTED_SHEETS = ("Summary", "Trends", "Challenge matrix", "Footprints", "Indicator details")

# The locale LibreOffice prints figures and dates in, per language: the workbook keeps numbers and
# date cells, which a spreadsheet shows with the separators of its own locale (CLDR data, as
# Babel's), so the PDF is printed in the locale of the language asked for.
_LOCALES = {"en": "en-GB", "fr": "fr-FR", "pt": "pt-PT", "es": "es-ES"}


def _profile(folder: Path, lang: str) -> str:
    """A LibreOffice profile of its own (so a LibreOffice the user has open does not swallow the
    conversion), set to print in ``lang``'s locale. Returns its URI."""
    user = folder / "user"
    user.mkdir(parents=True)
    locale = _LOCALES.get(lang, "en-GB")
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>\n"
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>\n"
        '<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>\n"
        "</oor:items>\n",
        encoding="utf-8",
    )
    return folder.absolute().as_uri()


class PdfUnavailable(RuntimeError):
    """No PDF could be made (LibreOffice missing or failing); the message says what to do."""


def write_pdf(
    inv: Inventory,
    pdf_path: str | Path,
    scope: Coverage | None = None,
    period: Period | None = None,
    lang: str | None = None,
) -> Path:
    """A PDF of the printed sheets in ``lang`` (default: the current language), made by LibreOffice
    (``soffice``) where it is installed. ``pdf_path`` is checked and written as
    :func:`kpfield.output.writing` says (OutputError for anything but a regular file or nothing yet)."""
    lang = check_language(lang)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise PdfUnavailable(
            translate(
                "inventory_workbook",
                "LibreOffice is not installed, so no PDF was made (the workbook itself was written). "
                "Install LibreOffice (Debian: libreoffice-calc-nogui) or print the Summary from Excel.",
            )
        )
    pdf_path = Path(pdf_path)
    # the workbook, LibreOffice's profile and its PDF live in the staging folder beside the PDF,
    # which the next kpfield removes if this one is killed (LibreOffice may outlive it)
    with writing(pdf_path, make_folder=True) as staged:
        work = staged.folder / "printed"
        work.mkdir()
        book = work / "summary.xlsx"
        write_inventory(inv, book, scope, period, only=PRINTED_SHEETS, lang=lang)
        profile = _profile(staged.folder / "profile", lang)
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work.absolute()),
                str(book.absolute()),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        made = work / "summary.pdf"
        if done.returncode != 0 or not made.exists():
            raise PdfUnavailable(
                translate("inventory_workbook", "LibreOffice could not make the PDF: {error}").format(
                    error=(done.stderr or done.stdout).strip()[:300]
                )
            )
        os.replace(made, staged.part)
    return pdf_path

"""One package to send: a zip named by region and period, holding the inventory workbook, its
PDF, what the period's imports brought and who sent what, and a short README in the reader's
language."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kpfield import __version__
from kpfield.domain.labels import check_language
from kpfield.domain.periods import Period
from kpfield.i18n import translate, using_language
from kpfield.output import writing
from kpfield.progress import Progress, step
from kpfield.store import Inventory

from .book import date_text
from .changes import since_scope, write_changes
from .inventory import Coverage, write_inventory
from .pdf import PdfUnavailable, write_pdf
from .submissions import write_submissions

__all__ = ["Package", "write_package"]


@dataclass
class Package:
    path: Path
    members: list[str] = field(default_factory=list)
    no_pdf_because: str | None = None


def package_name(scope_key: str, period: Period) -> str:
    return f"kpfield-{scope_key}-{period.label}.zip"


def write_package(
    inv: Inventory,
    folder: str | Path,
    scope: Coverage,
    scope_key: str,
    period: Period,
    lang: str | None = None,
    today: dt.date | None = None,
    maps: Mapping[str, str | Path] | None = None,
    progress: Progress | None = None,
) -> Package:
    """Write ``kpfield-<region>-<period>.zip`` into ``folder`` (made when missing). Without
    LibreOffice the package holds no PDF and its README says why. ``maps``: a PNG per country
    for the workbook's and the PDF's Maps sheet (see :func:`kpfield.report.write_inventory`).
    ``progress`` hears of each part (the workbook sheet by sheet); answered False, the package is
    not written and :class:`kpfield.progress.Cancelled` is raised."""

    def part(start: int, end: int) -> Progress | None:
        """The progress of one part of the package, as a share of the whole (out of 100)."""
        if progress is None:
            return None
        whole = progress
        return lambda done, total, what: whole(start + (end - start) * done // max(total, 1), 100, what)

    lang = check_language(lang)
    target = Path(folder) / package_name(scope_key, period)
    result = Package(target)
    with using_language(lang), writing(target, make_folder=True) as staged:
        work = staged.folder / "content"
        work.mkdir()
        stem = f"{scope_key}-{period.label}"
        names = {
            "inventory": f"inventory-{stem}.xlsx",
            "pdf": f"inventory-{stem}.pdf",
            "submissions": f"submissions-{stem}.xlsx",
            "changes": f"imports-{stem}.xlsx",
        }
        write_inventory(inv, work / names["inventory"], scope, period, progress=part(0, 60), lang=lang, maps=maps)
        step(progress, 60, 100, names["pdf"])
        try:
            write_pdf(inv, work / names["pdf"], scope, period, lang=lang, maps=maps)
        except PdfUnavailable as e:
            result.no_pdf_because = str(e)
            del names["pdf"]
        step(progress, 85, 100, names["submissions"])
        write_submissions(inv, work / names["submissions"], today, lang)
        step(progress, 90, 100, names["changes"])
        write_changes(inv, work / names["changes"], since_scope(period.start), lang)
        step(progress, 95, 100, result.path.name)
        readme = _readme(scope, period, names, result.no_pdf_because, bool(maps))
        (work / "README.txt").write_text(readme, encoding="utf-8")
        with zipfile.ZipFile(staged.part, "w", zipfile.ZIP_DEFLATED) as z:
            for name in [*names.values(), "README.txt"]:
                z.write(work / name, name)
                result.members.append(name)
    return result


def _readme(scope: Coverage, period: Period, names: dict[str, str], no_pdf: str | None, maps: bool = False) -> str:
    lines = [
        translate("inventory_workbook", "Consolidated inventory of alluvial diamond production: {scope}").format(
            scope=scope.shown_name
        ),
        translate("inventory_workbook", "Period {start} to {end}. Made by kpfield {version} on {date}.").format(
            start=date_text(period.start),
            end=date_text(period.end),
            version=__version__,
            date=date_text(dt.date.today()),
        ),
        "",
        f"{names['inventory']}: "
        + translate(
            "inventory_workbook",
            "the inventory workbook: Summary per country and half-year, trends, challenge matrix, footprints, "
            "indicators, production by district and month, sites, licences, buyers and exporters, sources.",
        ),
    ]
    if "pdf" in names:
        lines.append(
            f"{names['pdf']}: "
            + translate(
                "inventory_workbook", "the printed pages: Summary, trends, challenge matrix, footprints, indicators."
            )
        )
    else:
        lines.append(translate("inventory_workbook", "No PDF: {why}").format(why=no_pdf))
    if maps:
        lines.append(
            translate(
                "inventory_workbook",
                "The workbook's Maps sheet shows a map of each country's sites; the PDF prints it where there is one.",
            )
        )
    lines += [
        f"{names['submissions']}: "
        + translate("inventory_workbook", "who has sent what: the last workbook of each officer, and who is late."),
        f"{names['changes']}: "
        + translate(
            "inventory_workbook",
            "what the period's imports and edits brought: every record added, changed or deleted since the "
            "period began.",
        ),
        "",
    ]
    return "\n".join(lines)

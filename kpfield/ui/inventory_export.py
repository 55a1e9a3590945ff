"""File > Export inventory workbook: the consolidated workbook a coordinator sends, made in the background.

The dialog asks for the scope (everything, a WGAAP region, or some countries), the period and the
file; the workbook is then written by a job on its own inventory (``kpfield.ui.jobs``), with
progress and cancel, through the same service as ``kpfield export inventory``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kpfield.domain.dates import DateError, parse_date
from kpfield.domain.periods import Period
from kpfield.domain.places import COUNTRIES, REGION_NAMES, country_name
from kpfield.i18n import format_date
from kpfield.progress import Progress
from kpfield.report import Coverage, whole_period, write_inventory, write_pdf
from kpfield.store import Inventory

from .map.render import maps_to_send, remove_maps
from .qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    translate,
)


@dataclass(frozen=True)
class InventoryExport:
    """What the user asked for: where, which scope, which period, and whether to print a PDF."""

    output: Path
    region: str | None = None
    countries: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    pdf: bool = False
    maps: dict[str, Path] | None = None  # a PNG per country (see draw_maps), for the Maps sheet

    def scope(self) -> Coverage | None:
        if self.region:
            return Coverage.region(self.region)
        if self.countries:
            return Coverage.of_countries(self.countries)
        return None

    def period(self, inv: Inventory) -> Period | None:
        if not self.start and not self.end:
            return None
        whole = whole_period(inv)
        return Period.between(self.start or whole.start, self.end or whole.end)


def draw_maps(inv: Inventory, options: InventoryExport) -> InventoryExport:
    """``options`` with the map of each country of its scope drawn (in the window's thread, where
    Qt draws; a moment per country) into a folder of its own, which the job removes when done."""
    return replace(options, maps=maps_to_send(inv, (options.scope() or Coverage.everything_in(inv)).countries))


def inventory_task(options: InventoryExport) -> Callable[[Inventory, Progress], str]:
    """A job's work (:class:`kpfield.ui.jobs.Job`): write the workbook, and the PDF when asked,
    from the job's own inventory; what was written, to be shown."""

    def task(inv: Inventory, progress: Progress) -> str:
        try:
            scope, maps = options.scope(), options.maps
            result = write_inventory(inv, options.output, scope, options.period(inv), progress=progress, maps=maps)
            made = str(result.path)
            if options.pdf:
                pdf = write_pdf(inv, options.output.with_suffix(".pdf"), scope, options.period(inv), maps=maps)
                made = translate("InventoryExportDialog", "{workbook} and {pdf}").format(workbook=made, pdf=pdf)
            return made
        finally:
            remove_maps(options.maps)

    return task


class InventoryExportDialog(QDialog):
    """Asks what to export; ``options()`` returns it, or None while something is missing or wrong."""

    def __init__(self, default_dir: Path, countries_present: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("InventoryExportDialog", "Export inventory workbook"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.scope = QComboBox(self)
        self.scope.addItem(translate("InventoryExportDialog", "Every country in this inventory"), ("all", None))
        for key, name in REGION_NAMES.items():
            self.scope.addItem(
                translate("InventoryExportDialog", "WGAAP region: {region}").format(region=name), ("region", key)
            )
        for code in countries_present:
            self.scope.addItem(
                translate("InventoryExportDialog", "Country: {country}").format(country=country_name(code)),
                ("country", code),
            )
        self.start = QLineEdit(self)
        self.start.setPlaceholderText(
            translate("InventoryExportDialog", "first day, e.g. {example} (empty: from the first production)").format(
                example=format_date("2026-01-01")
            )
        )
        self.end = QLineEdit(self)
        self.end.setPlaceholderText(
            translate("InventoryExportDialog", "last day, e.g. {example} (empty: to the last production)").format(
                example=format_date("2026-06-30")
            )
        )
        self.output = QLineEdit(str(default_dir / "inventory.xlsx"), self)
        browse = QPushButton(translate("InventoryExportDialog", "Choose…"), self)
        browse.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        self.pdf = QCheckBox(
            translate(
                "InventoryExportDialog",
                "Also print the Summary, the Trends, the Challenge matrix, its indicators and the footprints to PDF "
                "(needs LibreOffice)",
            ),
            self,
        )
        self.message = QLabel(self)
        self.message.setProperty("problem", "error")
        self.message.setWordWrap(True)
        form.addRow(translate("InventoryExportDialog", "Scope"), self.scope)
        form.addRow(translate("InventoryExportDialog", "From"), self.start)
        form.addRow(translate("InventoryExportDialog", "To"), self.end)
        form.addRow(translate("InventoryExportDialog", "Workbook"), where)
        form.addRow("", self.pdf)
        form.addRow("", self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("InventoryExportDialog", "Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("InventoryExportDialog", "Inventory workbook"),
            self.output.text(),
            translate("InventoryExportDialog", "Workbooks") + " (*.xlsx)",
        )
        if path:
            self.output.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def options(self) -> InventoryExport | None:
        """The request, or None with the reason shown next to the form."""
        dates: list[str | None] = []
        for label, field in (
            (translate("InventoryExportDialog", "From"), self.start),
            (translate("InventoryExportDialog", "To"), self.end),
        ):
            text = field.text().strip()
            if not text:
                dates.append(None)
                continue
            try:
                dates.append(parse_date(text).isoformat())
            except DateError as e:
                self.message.setText(
                    translate("InventoryExportDialog", "{field}: {error}").format(field=label, error=e)
                )
                return None
        if dates[0] and dates[1] and dates[1] < dates[0]:
            self.message.setText(translate("InventoryExportDialog", "To is before From"))
            return None
        out = self.output.text().strip()
        if not out:
            self.message.setText(translate("InventoryExportDialog", "Say where to write the workbook"))
            return None
        kind, value = self.scope.currentData()
        self.message.setText("")
        return InventoryExport(
            Path(out) if out.lower().endswith(".xlsx") else Path(out + ".xlsx"),
            region=value if kind == "region" else None,
            countries=(value,) if kind == "country" else (),
            start=dates[0],
            end=dates[1],
            pdf=self.pdf.isChecked(),
        )

    def _accept(self) -> None:
        if self.options() is not None:
            self.accept()

    @classmethod
    def ask(cls, inv: Inventory, parent: QWidget | None = None) -> InventoryExport | None:
        """Show the dialog; the user's request, or None when cancelled."""
        present = inv.site_countries()
        dialog = cls(inv.path.parent, [c for c in present if c in COUNTRIES], parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()


__all__ = ["InventoryExport", "InventoryExportDialog", "inventory_task"]

"""First run: who records, where, and where the inventory lives. Three questions, one page."""

from __future__ import annotations

from pathlib import Path

from kpfield.domain.places import COUNTRIES, districts_of
from kpfield.domain.validation import ValidationError
from kpfield.paths import data_dir
from kpfield.store import Inventory, InventoryError

from .qt import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

# Countries with artisanal or alluvial diamond production first in the list.
_PRODUCERS = ("SL", "GN", "LR", "CI", "GH", "TG", "CF", "CD", "CG", "CM", "AO", "BR", "VE", "GY")


class FirstRunPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle("Welcome to kpfield")
        self.setSubTitle(
            "Before you record anything: your name (it goes into the audit log with every change), "
            "your country and district, and where to keep the inventory."
        )
        form = QFormLayout(self)
        self.officer = QLineEdit(self)
        self.officer.setPlaceholderText("e.g. Fatmata Sesay")
        self.country = QComboBox(self)
        for code in [*_PRODUCERS, *(c for c in COUNTRIES if c not in _PRODUCERS)]:
            self.country.addItem(f"{code} · {COUNTRIES[code].name}", code)
        self.district = QComboBox(self)
        self.district.setEditable(True)
        self.location = QLineEdit(str(data_dir() / "inventory.kpfield"), self)
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.message = QLabel(self)
        self.message.setProperty("problem", "error")
        self.message.setWordWrap(True)
        form.addRow("Your name *", self.officer)
        form.addRow("Country *", self.country)
        form.addRow("District", self.district)
        form.addRow("Inventory file", where)
        form.addRow("", self.message)
        self.country.currentIndexChanged.connect(self._districts)
        self.officer.textChanged.connect(self.completeChanged)
        self._districts()

    def _districts(self) -> None:
        self.district.clear()
        self.district.addItem("")
        for unit in districts_of(self.country.currentData() or ""):
            self.district.addItem(unit.district)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Inventory file", self.location.text(), "Inventories (*.kpfield)")
        if path:
            self.location.setText(path if path.endswith(".kpfield") else path + ".kpfield")

    def isComplete(self) -> bool:
        return bool(self.officer.text().strip())


class FirstRunWizard(QWizard):
    """Creates the inventory when finished; ``created`` is its path."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("kpfield: first run")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.page_ = FirstRunPage(self)
        self.addPage(self.page_)
        self.created: Path | None = None
        self.resize(620, 380)

    def accept(self) -> None:
        p = self.page_
        path = Path(p.location.text().strip()).expanduser()
        try:
            Inventory.create(
                path,
                country=p.country.currentData(),
                officer=p.officer.text(),
                district=p.district.currentText().strip() or None,
            ).close()
        except (ValidationError, InventoryError, OSError) as e:
            p.message.setText(str(e))
            return
        self.created = path
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Path | None:
        wizard = cls(parent)
        wizard.exec()
        return wizard.created

"""First run: who records, where, and where the inventory lives. Three questions, one page."""

from __future__ import annotations

from pathlib import Path

from kpfield import i18n
from kpfield.domain.places import COUNTRIES, DISTRICT_LEVELS, country_name, district_level, district_names
from kpfield.domain.validation import ValidationError
from kpfield.paths import data_dir
from kpfield.store import Inventory, InventoryError

from . import language
from .qt import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QShowEvent,
    Qt,
    QWidget,
    QWizard,
    QWizardPage,
    Signal,
    translate,
)

# Countries with artisanal or alluvial diamond production first in the list.
_PRODUCERS = ("SL", "GN", "LR", "CI", "GH", "TG", "CF", "CD", "CG", "CM", "AO", "BR", "VE", "GY")


def free_inventory_path(folder: Path, stem: str = "inventory") -> Path:
    """``folder/inventory.kpfield``, or ``inventory-2.kpfield``... when that one already holds data:
    a new inventory is never proposed over an existing file."""
    candidate = folder / f"{stem}.kpfield"
    n = 1
    while candidate.exists() and candidate.stat().st_size > 0:
        n += 1
        candidate = folder / f"{stem}-{n}.kpfield"
    return candidate


class FirstRunPage(QWizardPage):
    """The language first (the rest of the page follows it at once), then who, where and which file."""

    languageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.another = False  # True: File > New inventory, with an inventory already open
        form = QFormLayout(self)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.officer = QLineEdit(self)
        self.country = QComboBox(self)
        for code in [*_PRODUCERS, *(c for c in COUNTRIES if c not in _PRODUCERS)]:
            self.country.addItem(f"{code} · {country_name(code)}", code)
        self.district = QComboBox(self)
        self.district.setEditable(True)
        self.location = QLineEdit(str(free_inventory_path(data_dir())), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.browse)
        self.message = QLabel(self)
        self.message.setProperty("problem", "error")
        self.message.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(5)]
        form.addRow(self.labels[0], self.language)
        form.addRow(self.labels[1], self.officer)
        form.addRow(self.labels[2], self.country)
        form.addRow(self.labels[3], self.district)
        form.addRow(self.labels[4], where)
        form.addRow("", self.message)
        self.country.currentIndexChanged.connect(self._districts)
        self.officer.textChanged.connect(self.completeChanged)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._districts()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language."""
        if self.another:
            self.setTitle(translate("FirstRunPage", "New inventory"))
            self.setSubTitle(
                translate(
                    "FirstRunPage",
                    "Your name, country and district are those of the inventory open now; change them if this "
                    "one is for another place, and choose where to keep it.",
                )
            )
        else:
            self.setTitle(translate("FirstRunPage", "Welcome to kpfield"))
            self.setSubTitle(
                translate(
                    "FirstRunPage",
                    "Before you record anything: your language, your name (it goes into the audit log with every "
                    "change), your country and district, and where to keep the inventory.",
                )
            )
        self.officer.setPlaceholderText(translate("FirstRunPage", "e.g. Fatmata Sesay"))
        self.browse.setText(translate("FirstRunPage", "Choose…"))
        for label, text in zip(
            self.labels,
            (
                translate("FirstRunPage", "Language"),
                translate("FirstRunPage", "Your name *"),
                translate("FirstRunPage", "Country *"),
                translate("FirstRunPage", "District"),
                translate("FirstRunPage", "Inventory file"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._district_label()

    def _district_label(self) -> None:
        # what the country calls its districts: Préfecture for Guinea, County for Liberia...
        country = self.country.currentData()
        self.labels[3].setText(
            district_level(country) if country in DISTRICT_LEVELS else translate("FirstRunPage", "District")
        )

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code and code != i18n.language():
            self.languageChanged.emit(code)

    def _districts(self) -> None:
        typed = self.district.currentText()
        self.district.clear()
        self.district.addItem("")
        self.district.addItems(district_names(self.country.currentData() or ""))
        self.district.setCurrentText(typed if self.district.findText(typed) >= 0 else "")
        self._district_label()

    def prefill(self, officer: str, country: str, district: str | None, folder: Path) -> None:
        """Start from an open inventory's officer, country and district, in its folder, with a
        file name no inventory uses yet."""
        self.officer.setText(officer)
        i = self.country.findData(country)
        if i >= 0:
            self.country.setCurrentIndex(i)
        self.district.setCurrentText(district or "")
        self.location.setText(str(free_inventory_path(folder)))
        self.another = True
        self.retranslate()

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("FirstRunPage", "Inventory file"),
            self.location.text(),
            translate("FirstRunPage", "Inventories") + " (*.kpfield)",
        )
        if path:
            self.location.setText(path if path.endswith(".kpfield") else path + ".kpfield")

    def isComplete(self) -> bool:
        return bool(self.officer.text().strip())


class FirstRunWizard(QWizard):
    """Creates the inventory when finished; ``created`` is its path."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # one page: no Back button that leads nowhere
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.page_ = FirstRunPage(self)
        self.addPage(self.page_)
        self.page_.languageChanged.connect(self._switch_language)
        self.retranslate()
        self.created: Path | None = None
        self.resize(620, 380)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the language is already the system's or the one saved: typing starts with the name
        self.page_.officer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _switch_language(self, code: str) -> None:
        # the choice holds from now on, for the window that follows and for the command line
        language.choose(code)
        self.page_.retranslate()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FirstRunWizard", "kpfield: first run"))
        # set here rather than left to Qt, so that they follow a language chosen on this page
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("FirstRunWizard", "Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("FirstRunWizard", "Cancel"))

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
        except ValidationError as e:
            # its messages alone: the error's own text names the fields by their code ("officer"),
            # as the command line that types them does
            p.message.setText("\n".join(problem.message for problem in e.problems if problem.severity == "error"))
            return
        except (InventoryError, OSError) as e:
            p.message.setText(str(e))
            return
        self.created = path
        super().accept()

    @classmethod
    def starting_from(cls, inv: Inventory | None, parent: QWidget | None = None) -> FirstRunWizard:
        """The wizard, filled with the officer, country and district of the open inventory ``inv``
        and a new file name in its folder (File > New inventory); empty when ``inv`` is None."""
        wizard = cls(parent)
        if inv is not None:
            ident = inv.identity
            wizard.page_.prefill(ident.officer, ident.country, ident.district, inv.path.parent)
        return wizard

    @classmethod
    def ask(cls, parent: QWidget | None = None, inv: Inventory | None = None) -> Path | None:
        """The inventory created, or None. ``inv``: the open inventory the new one starts from."""
        wizard = cls.starting_from(inv, parent)
        wizard.exec()
        return wizard.created

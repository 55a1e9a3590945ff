"""The guide: a short illustrated page per page of the window, in the officer's language, offline.

The pages ship with the program as HTML under ``resources/guide/<language>/<page>.html``; their
pictures under ``resources/guide/images/<language>/`` (English ones when a language has none).
A page missing in a language is shown in English. Links between pages are ``page:<name>``; the
guide never reaches the network.
"""

from __future__ import annotations

from pathlib import Path

from kpfield import i18n
from kpfield.domain.entities import ENTITIES
from kpfield.resources import resource_path

from .qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    Qt,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
    translate,
)
from .style import icon

# the guide's pages: Start here, then the window's pages in the order of its navigation
RECORD_PAGES = ("person", "organisation", "licence", "site", "production", "sale", "inspection")
GUIDE_PAGES = ("start", *RECORD_PAGES, "map", "matrix", "exchange")


def page_title(page: str) -> str:
    """The page's name as the window's navigation shows it."""
    if page in ENTITIES:
        return ENTITIES[page].shown_plural()
    return {
        "start": translate("StartPage", "Start here"),
        "map": translate("MainWindow", "Map"),
        "matrix": translate("MainWindow", "Challenge matrix"),
        "exchange": translate("MainWindow", "Exchange"),
    }[page]


def guide_file(page: str, language: str | None = None) -> Path:
    """The guide page's HTML file in ``language`` (the window's by default), else the English one."""
    if page not in GUIDE_PAGES:
        raise KeyError(f"no guide page {page!r}; known: {', '.join(GUIDE_PAGES)}")
    lang = language or i18n.language()
    own = resource_path("guide", lang, f"{page}.html")
    return own if own.is_file() else resource_path("guide", "en", f"{page}.html")


def image_folders(language: str | None = None) -> list[Path]:
    """Where a guide page's pictures are looked for, in order: the language's own, then English."""
    lang = language or i18n.language()
    folders = [resource_path("guide", "images", lang)]
    if lang != "en":
        folders.append(resource_path("guide", "images", "en"))
    return folders


class GuideDialog(QDialog):
    """The guide's pages listed on the left, the chosen one on the right; not modal (F1 again brings it up)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Guide", "kpfield guide"))
        self.setWindowIcon(icon("app"))
        self.resize(980, 640)
        self.language = i18n.language()
        self.pages = QListWidget(self)
        self.pages.setObjectName("guidePages")
        for page in GUIDE_PAGES:
            item = QListWidgetItem(icon("app" if page == "start" else page), page_title(page))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.pages.addItem(item)
        self.pages.ensurePolished()
        widest = max(self.pages.fontMetrics().horizontalAdvance(page_title(p)) for p in GUIDE_PAGES)
        self.pages.setMinimumWidth(min(widest + 60, 260))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        # links are followed here (page:<name>), never opened in a web browser or fetched
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(p) for p in image_folders(self.language)])
        self.browser.anchorClicked.connect(self._link)
        split = QSplitter(self)
        split.addWidget(self.pages)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.page = ""
        self.pages.currentRowChanged.connect(lambda row: self.show_page(GUIDE_PAGES[row]) if row >= 0 else None)
        self.show_page("start")

    def show_page(self, page: str) -> None:
        """Show ``page`` (one of GUIDE_PAGES) in the window's language, or in English when missing."""
        html = guide_file(page, self.language).read_text(encoding="utf-8")
        self.page = page
        self.browser.setHtml(html)
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(GUIDE_PAGES.index(page))
        self.pages.blockSignals(False)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "page" and url.path() in GUIDE_PAGES:
            self.show_page(url.path())

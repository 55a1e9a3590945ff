"""The Exchange page: field workbooks out, officers' workbooks in (previewed first), the review of
what they left to decide, and the officers' keys; one tab each.

Export and import run as :mod:`kpfield.ui.jobs` jobs: each opens its own connection to the
inventory, reports progress and can be cancelled. Everything goes through the same exchange
services as the command line (``export_field``, ``write_template``, ``import_workbooks``,
``resolve_conflict``, ``merge_records``, ``dismiss_duplicate``), so what the window does is
audited and behaves exactly like ``kpfield import`` or ``kpfield resolve``.
"""

from __future__ import annotations

from kpfield.store import Inventory
from kpfield.ui.jobs import JobRunner
from kpfield.ui.qt import QLabel, QTabWidget, QVBoxLayout, QWidget, Signal, translate

from .export_tab import ExportTab
from .import_tab import ImportTab
from .keys_tab import KeysTab
from .review_tab import ReviewTab


class ExchangePage(QWidget):
    """Export, import (previewed), review. ``recordsChanged``: records were written outside the forms."""

    recordsChanged = Signal()

    def __init__(self, inv: Inventory, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = inv
        self.jobs = jobs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        title = QLabel(translate("ExchangePage", "Exchange"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.tabs = QTabWidget(self)
        self.export_tab = ExportTab(inv, jobs, self)
        self.import_tab = ImportTab(inv, jobs, self)
        self.review_tab = ReviewTab(inv, self)
        self.keys_tab = KeysTab(inv, self)
        self.tabs.addTab(self.export_tab, translate("ExchangePage", "Export"))
        self.tabs.addTab(self.import_tab, translate("ExchangePage", "Import"))
        self.tabs.addTab(self.review_tab, translate("ExchangePage", "Review"))
        self.tabs.addTab(self.keys_tab, translate("ExchangePage", "Officers' keys"))
        outer.addWidget(self.tabs, 1)
        self.import_tab.imported.connect(self._imported)
        # while an import writes, a settlement would wait on its lock with the window frozen
        self.import_tab.committing_changed.connect(lambda busy: self.review_tab.setEnabled(not busy))
        self.review_tab.changed.connect(self._reviewed)
        self._update_review_title()

    def _update_review_title(self) -> None:
        n = len(self.review_tab.conflicts) + len(self.review_tab.duplicates)
        self.tabs.setTabText(
            2, translate("ExchangePage", "Review ({n})").format(n=n) if n else translate("ExchangePage", "Review")
        )

    def _imported(self) -> None:
        self.review_tab.reload()
        self._update_review_title()
        self.recordsChanged.emit()

    def _reviewed(self) -> None:
        self._update_review_title()
        self.recordsChanged.emit()

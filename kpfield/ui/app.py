"""Starting the window: the application object, the first-run wizard, switching inventories."""

from __future__ import annotations

import sys
from pathlib import Path

from kpfield import i18n
from kpfield.store import Inventory

from . import language, style
from .main_window import MainWindow, open_inventory_or_explain
from .qt import QApplication, QMessageBox, QObject
from .settings import Settings
from .wizard import FirstRunWizard


def application() -> QApplication:
    """The QApplication, made once, with kpfield's look."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("kpfield")
        app.setOrganizationName("kpfield")
        style.apply(app)
    return app  # type: ignore[return-value]


class Session(QObject):
    """The open inventory and its window; opening another file replaces both."""

    def __init__(self, settings: Settings):
        super().__init__()
        self.settings = settings
        self.inv: Inventory | None = None
        self.window: MainWindow | None = None

    def open(self, path: Path, *, auto_backup: bool = True) -> bool:
        inv = open_inventory_or_explain(self.window, path)
        if inv is None:
            return False
        old_window, old_inv = self.window, self.inv
        self.inv = inv
        self.window = self._wired(MainWindow(inv, self.settings, auto_backup=auto_backup))
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_inv is not None:
            old_inv.close()
        return True

    def _wired(self, window: MainWindow) -> MainWindow:
        window.openRequested.connect(lambda p: self.open(Path(p)))
        window.newRequested.connect(self.new)
        window.languageRequested.connect(self.switch_language)
        return window

    def switch_language(self, code: str) -> None:
        """Rebuild the window in ``code`` on the same open inventory, keeping what the user looks at.

        Record forms are modal, so none is open while the menu is used; every save is committed.
        """
        old = self.window
        if old is None or self.inv is None:
            return
        state = old.view_state()
        geometry = old.saveGeometry()
        old.jobs.wait_all()
        previous = i18n.language()
        try:
            language.choose(code)
        except FileNotFoundError as e:
            language.install(previous)
            QMessageBox.warning(old, "kpfield", str(e))
            return
        # no backup at start (one was just made or is due on the old window's clock), but the periodic one runs
        self.window = self._wired(MainWindow(self.inv, self.settings, auto_backup=False))
        self.window.backup_timer.start()
        self.window.restoreGeometry(geometry)
        self.window.restore_view_state(state)
        self.window.show()
        old.close()
        old.deleteLater()

    def new(self) -> None:
        path = FirstRunWizard.ask(self.window, self.inv)
        if path is not None:
            self.open(path)

    def close(self) -> None:
        if self.inv is not None:
            self.inv.close()
            self.inv = None


def run(path: Path | None = None) -> int:
    """Open the window on ``path``, else on the last inventory used, else after the first-run wizard."""
    app = application()
    settings = Settings.load()
    try:
        language.install(i18n.preferred_language())
    except FileNotFoundError as e:
        # a source checkout before `make`, or a damaged install: English is better than no window
        language.install("en")
        QMessageBox.warning(None, "kpfield", str(e))
    if path is None:
        path = settings.last_inventory() or FirstRunWizard.ask()
        if path is None:
            return 0
    session = Session(settings)
    if not session.open(Path(path)):
        return 1
    try:
        return int(app.exec())
    finally:
        session.close()

"""Starting the window: the application object, the first-run wizard, switching inventories."""

from __future__ import annotations

import sys
from pathlib import Path

from kpfield.store import Inventory

from . import style
from .main_window import MainWindow, open_inventory_or_explain
from .qt import QApplication, QObject
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
        self.window = MainWindow(inv, self.settings, auto_backup=auto_backup)
        self.window.openRequested.connect(lambda p: self.open(Path(p)))
        self.window.newRequested.connect(self.new)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_inv is not None:
            old_inv.close()
        return True

    def new(self) -> None:
        path = FirstRunWizard.ask(self.window)
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

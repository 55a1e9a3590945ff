"""Starting the window: the application object, the first-run wizard, switching inventories."""

from __future__ import annotations

import sys
from pathlib import Path

from kpfield import i18n
from kpfield.store import Inventory
from kpfield.store.restore import put_in_place, staging_path

from . import language, style
from .jobs import Job, follow_in_dialog
from .main_window import MainWindow, open_inventory_or_explain
from .qt import QApplication, QMessageBox, QObject, translate
from .restore_dialog import stage_task
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
        # the last restore made in this window: (backup used, where the replaced file was kept)
        self.last_restore: tuple[Path, Path | None] | None = None
        self.restore_job: Job | None = None

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
        window.restoreRequested.connect(lambda p: self.restore(Path(p)))
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

    def restore(self, backup: Path) -> Job | None:
        """Bring ``backup`` back in place of the open inventory, as ``kpfield restore --from`` does.

        The long part (checking the backup, copying it beside the inventory) runs in a worker with
        progress and Cancel while the window stays open; then the window lets go of the inventory,
        the files are swapped (the replaced one is kept as ``<name>.replaced-<UTC time>``) and the
        window reopens on the restored inventory."""
        window, inv = self.window, self.inv
        if window is None or inv is None or (self.restore_job is not None and self.restore_job.outcome is None):
            return None
        title = translate("MainWindow", "Restore from backup")
        job = self.restore_job = Job(None, stage_task(inv.path, backup))
        follow_in_dialog(job, translate("MainWindow", "Checking the backup and copying it…"), title, window)
        job.finished.connect(lambda staging: self._put_back(job, Path(staging), backup))
        job.failed.connect(
            lambda message: QMessageBox.warning(
                window,
                title,
                translate("MainWindow", "The inventory was not restored and is as it was: {message}").format(
                    message=message
                ),
            )
        )
        job.cancelled.connect(
            lambda: window.statusBar().showMessage(
                translate("MainWindow", "Restore cancelled; the inventory was not changed"), 8000
            )
        )
        window.jobs.start(job)
        return job

    def _put_back(self, job: Job, staging: Path, backup: Path) -> None:
        old, inv = self.window, self.inv
        if old is None or inv is None or job.is_cancelled() or staging != staging_path(inv.path):
            # the window was closed (or another inventory opened) while the copy was made: nothing is replaced
            staging.unlink(missing_ok=True)
            return
        path = inv.path
        old.backup_timer.stop()
        old.startup_backup.stop()
        old.jobs.wait_all()
        inv.close()
        self.inv = None
        try:
            kept = put_in_place(path, staging)
        except OSError as e:
            staging.unlink(missing_ok=True)
            self.open(path, auto_backup=False)
            QMessageBox.warning(
                self.window,
                translate("MainWindow", "Restore from backup"),
                translate("MainWindow", "The inventory was not restored and is as it was: {message}").format(message=e),
            )
            return
        if not self.open(path, auto_backup=False) or self.window is None:
            return
        self.window.backup_timer.start()
        done = translate("MainWindow", "Restored {name} from the backup {backup}.").format(
            name=path.name, backup=backup.name
        )
        if kept is not None:
            done += " " + translate(
                "MainWindow", "The inventory as it was before is kept as {kept}: open it from there if needed."
            ).format(kept=kept)
        self.window.statusBar().showMessage(done)
        self.last_restore = (backup, kept)

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

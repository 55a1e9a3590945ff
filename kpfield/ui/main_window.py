"""The main window: navigation on the left, one page per record kind, undo, backups, status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpfield import __version__, i18n
from kpfield.domain.entities import ENTITIES
from kpfield.progress import Progress
from kpfield.store import Inventory, InventoryError
from kpfield.store.browse import Query

from .actions import Editor
from .check_dialog import CheckDialog, check_task
from .exchange.page import ExchangePage
from .guide import GuideDialog
from .inventory_export import InventoryExport, InventoryExportDialog, inventory_task
from .jobs import Job, JobRunner, follow_in_dialog
from .map.page import MapPage
from .matrix.drill import DrillDowns
from .matrix.page import MatrixPage
from .plurals import count_text
from .qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QFileDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSize,
    QStackedWidget,
    Qt,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
    translate,
)
from .records.page import ICONS, RecordPage
from .restore_dialog import RestoreDialog
from .settings import Settings
from .start_page import StartPage
from .style import icon

PAGES = ("person", "organisation", "licence", "site", "production", "sale", "inspection")


class MainWindow(QMainWindow):
    """One open inventory. ``openRequested`` asks the application to switch to another file."""

    openRequested = Signal(str)
    newRequested = Signal()
    # the user chose another language: the application rebuilds the window in it (see app.Session)
    languageRequested = Signal(str)
    # the user chose a backup to bring back (File > Restore from backup): the application checks and
    # copies it, lets go of the inventory, swaps the files and reopens (see app.Session.restore)
    restoreRequested = Signal(str)

    def __init__(self, inv: Inventory, settings: Settings | None = None, *, auto_backup: bool = True):
        super().__init__()
        self.inv = inv
        self.settings = settings or Settings.load()
        self.editor = Editor(inv, self)
        self.jobs = JobRunner(self)
        self.backup_job: Job | None = None
        self.export_job: Job | None = None
        self.check_job: Job | None = None
        self.check_dialog: CheckDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.setWindowTitle(f"kpfield · {inv.path.name}")
        self.setWindowIcon(icon("app"))
        # small enough for a 1366x768 screen at 150% scaling (911x512 logical pixels)
        self.setMinimumSize(860, 480)
        self.resize(1366, 768)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        # wide enough for the longest page name in the window's language ("Ventes et exportations")
        self.nav.setIconSize(QSize(20, 20))
        # sized to its longest page name below; a scroll bar there only hid the last page's name
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # record pages are built when first shown: the window opens after counting one table, not seven
        self.pages: dict[str, RecordPage] = {}
        self._holders: dict[str, QWidget] = {}
        for kind in PAGES:
            holder = QWidget(self.stack)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[kind] = holder
            self._add_page(ENTITIES[kind].shown_plural(), ICONS[kind], holder)
        # the map after the record pages, before the matrix and the exchange (the last two pages)
        self.map_page = MapPage(self.editor, self.stack)
        self.map_page.openRecord.connect(self.show_record)
        self._add_page(translate("MainWindow", "Map"), "map", self.map_page)
        self.matrix_page = MatrixPage(self.editor, self.jobs, self.stack)
        self.matrix_page.openRecord.connect(self.show_record)
        self._add_page(translate("MainWindow", "Challenge matrix"), "matrix", self.matrix_page)
        # a flagged record opened from the matrix: why it was flagged, and the way back
        self.drills = DrillDowns(self)
        self.exchange = ExchangePage(inv, self.jobs, self.stack)
        self.exchange.recordsChanged.connect(self._records_imported)
        self._add_page(translate("MainWindow", "Exchange"), "exchange", self.exchange)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.editor.changed.connect(self._record_changed)
        self.editor.failed.connect(
            lambda msg: QMessageBox.warning(self, translate("MainWindow", "Undo not possible"), msg)
        )

        self.nav.ensurePolished()  # measured in the style sheet's larger font
        texts = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max(self.nav.fontMetrics().horizontalAdvance(t) for t in texts)
        self.nav.setFixedWidth(min(max(190, widest + 72), 260))
        self._build_actions()
        self._build_start()
        self.nav.setCurrentRow(PAGES.index("production"))
        if self.inventory_is_empty():
            self.show_start()
        self._build_status()

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(int(self.settings.backup_every_hours * 3600 * 1000))
        self.backup_timer.timeout.connect(lambda: self.backup(automatic=True))
        self.startup_backup = QTimer(self)
        self.startup_backup.setSingleShot(True)
        self.startup_backup.setInterval(1500)
        self.startup_backup.timeout.connect(lambda: self.backup(automatic=True))
        if auto_backup:
            # a backup at start, once the window is up, and every N hours of use after that
            self.startup_backup.start()
            self.backup_timer.start()
        self.settings.remember(inv.path)

    # ---- building ----------------------------------------------------------------------------------

    def _add_page(self, title: str, icon_name: str, widget: QWidget) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        self.nav.addItem(item)
        self.stack.addWidget(widget)

    def _action(
        self,
        text: str,
        icon_name: str | None,
        slot,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        act = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _build_actions(self) -> None:
        self.act_new = self._action(
            translate("MainWindow", "New"), "new", self.new_record, QKeySequence.StandardKey.New
        )
        self.act_edit = self._action(translate("MainWindow", "Edit"), "edit", self.edit_record, "Ctrl+E")
        self.act_delete = self._action(
            translate("MainWindow", "Delete"), "delete", self.delete_record, QKeySequence.StandardKey.Delete
        )
        self.act_undo = self.editor.undo_stack.createUndoAction(self, translate("MainWindow", "Undo"))
        self.act_undo.setIcon(icon("undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.editor.undo_stack.createRedoAction(self, translate("MainWindow", "Redo"))
        self.act_redo.setIcon(icon("redo"))
        # Ctrl+Y and Ctrl+Shift+Z both redo, whatever the platform's own habit
        redo_keys = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.act_redo.setShortcuts(redo_keys)
        self.act_backup = self._action(
            translate("MainWindow", "Back up now"), "backup", lambda: self.backup(automatic=False), "Ctrl+B"
        )
        self.act_check = self._action(translate("MainWindow", "Check this inventory…"), None, self.check_inventory)
        self.act_restore = self._action(translate("MainWindow", "Restore from backup…"), None, self.restore_backup)
        self.act_export_inventory = self._action(
            translate("MainWindow", "Export inventory workbook…"), "file", self.export_inventory
        )
        self.act_open = self._action(
            translate("MainWindow", "Open inventory…"), "open", self.open_inventory, QKeySequence.StandardKey.Open
        )
        self.act_new_inv = self._action(translate("MainWindow", "New inventory…"), "file", self.newRequested.emit)
        self.act_about = self._action(translate("MainWindow", "About kpfield"), "about", self.about)
        self.act_quit = self._action(translate("MainWindow", "Quit"), None, self.close, QKeySequence.StandardKey.Quit)
        self.act_find = self._action(
            translate("MainWindow", "Find"), None, self.focus_search, QKeySequence.StandardKey.Find
        )
        self.addAction(self.act_find)
        # Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth: the pages in the order of the navigation list
        self.page_actions: list[QAction] = []
        for row in range(min(self.nav.count(), 10)):
            act = self._action(
                self.nav.item(row).text(), None, lambda row=row: self.nav.setCurrentRow(row), f"Ctrl+{(row + 1) % 10}"
            )
            self.addAction(act)
            self.page_actions.append(act)
            key = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.nav.item(row).setToolTip(f"{self.nav.item(row).text()} ({key})")
        self.editor.stepped.connect(self._show_stepped)

        menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        menu.addAction(self.act_new_inv)
        menu.addAction(self.act_open)
        self.recent_menu = menu.addMenu(translate("MainWindow", "Recent inventories"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        menu.addAction(self.act_backup)
        menu.addAction(self.act_restore)
        menu.addAction(self.act_check)
        menu.addAction(self.act_export_inventory)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        for a in (self.act_undo, self.act_redo):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.act_new, self.act_edit, self.act_delete, self.act_find):
            menu.addAction(a)
        menu = self.menuBar().addMenu(translate("MainWindow", "&Settings"))
        self.language_menu = menu.addMenu(translate("MainWindow", "Language"))
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = self.language_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == i18n.language())
            act.triggered.connect(lambda _c=False, code=code: self._choose_language(code))
            self.language_actions[code] = act
        menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        # F1: the guide of the page shown (Help > Guide too)
        self.guide_dialog: GuideDialog | None = None
        self.act_guide = self._action(translate("MainWindow", "Guide"), None, self.show_guide, "F1")
        self.addAction(self.act_guide)
        menu.addAction(self.act_guide)
        menu.addAction(self.act_about)

        bar = QToolBar(translate("MainWindow", "Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_new, self.act_edit, self.act_delete):
            bar.addAction(a)
        bar.addSeparator()
        bar.addAction(self.act_undo)
        bar.addAction(self.act_redo)
        bar.addSeparator()
        bar.addAction(self.act_backup)
        bar.addAction(self.act_open)
        self.addToolBar(bar)

    def _build_start(self) -> None:
        """Start here, after every page of the navigation in the stack (it has no place in the list)."""
        self.start_page = StartPage(self.jobs, self.stack)
        self.stack.addWidget(self.start_page)
        self.start_page.newRecord.connect(lambda kind: self.go_to(kind).new_record())
        self.start_page.importRequested.connect(self.show_import)
        self.start_page.guideRequested.connect(lambda: self.show_guide("start"))
        self.start_page.openInventoryRequested.connect(self.open_inventory)
        self.start_page.openRequested.connect(self.openRequested.emit)

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.status_file = QLabel(self)
        self.status_officer = QLabel(self)
        self.status_counts = QLabel(self)
        self.status_backup = QLabel(self)
        for w in (self.status_file, self.status_officer, self.status_counts):
            sb.addWidget(w)
        sb.addPermanentWidget(self.status_backup)
        self.status_file.setText(translate("MainWindow", "Inventory: {name}").format(name=self.inv.path.name))
        self.status_file.setToolTip(str(self.inv.path))
        ident = self.inv.identity
        where = f"{ident.country}, {ident.district}" if ident.district else ident.country
        self.status_officer.setText(
            translate("MainWindow", "Officer: {officer} ({where})").format(officer=ident.officer, where=where)
        )
        self._update_counts()
        self._update_backup_label()

    # ---- status ------------------------------------------------------------------------------------

    def _update_counts(self) -> None:
        parts = []
        for kind in ("person", "licence", "site", "production"):
            page = self.pages.get(kind)
            query = page.model.query if page is not None else None
            if page is not None and query is not None and query == Query(sort=query.sort, descending=query.descending):
                n = page.model.rowCount()  # the page already counted every live record
            else:
                # counted through an index (the browser's), not a table scan: a million rows in milliseconds
                n = self.inv.browser(kind).count()
            parts.append(count_text(kind, n))
        self.status_counts.setText(" · ".join(parts))

    def _update_backup_label(self) -> None:
        last = self.inv.meta("last_backup_at")
        when = i18n.format_local_time(last) if last else translate("MainWindow", "never")
        self.status_backup.setText(translate("MainWindow", "Last backup: {when}").format(when=when))

    def _update_actions(self) -> None:
        page = self.current_page()
        has = page is not None and page.current_id() is not None
        self.act_new.setEnabled(page is not None)
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(has)

    # ---- navigation --------------------------------------------------------------------------------

    def page(self, kind: str) -> RecordPage:
        """The record page of ``kind``, built on first use."""
        if kind not in self.pages:
            page = RecordPage(self.editor, kind, self._holders[kind])
            page.selectionChanged.connect(self._update_actions)
            page.openRecord.connect(self.show_record)
            holder = self._holders[kind].layout()
            assert holder is not None  # each holder is made with its layout in __init__
            holder.addWidget(page)
            self.pages[kind] = page
        return self.pages[kind]

    def current_page(self) -> RecordPage | None:
        row = self.stack.currentIndex()
        return self.pages.get(PAGES[row]) if 0 <= row < len(PAGES) else None

    def _page_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.page(PAGES[row])
        self.stack.setCurrentIndex(row)
        self._update_actions()

    def go_to(self, kind: str) -> RecordPage:
        self.nav.setCurrentRow(PAGES.index(kind))
        return self.page(kind)

    def show_record(self, kind: str, record_id: str) -> None:
        page = self.go_to(kind)
        if not page.select_record(record_id):
            page.clear_filters()
            page.select_record(record_id)

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.search.setFocus()
            page.search.selectAll()

    def inventory_is_empty(self) -> bool:
        """No record of any kind (each count through an index; the first record found stops it)."""
        return not any(self.inv.browser(kind).count() for kind in PAGES)

    def show_start(self) -> None:
        """Start here in place of a page; the navigation list then has no current page."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.start_page)
        # the focus on its first step: a list without a current row given the focus makes its first row current
        self.start_page.buttons["person"].setFocus()
        self._update_actions()

    def show_import(self) -> None:
        """The Exchange page's Import tab."""
        self.nav.setCurrentRow(self.stack.indexOf(self.exchange))
        self.exchange.tabs.setCurrentWidget(self.exchange.import_tab)

    # ---- the guide ---------------------------------------------------------------------------------

    def guide_page(self) -> str:
        """The guide page of what the window shows (kpfield.ui.guide.GUIDE_PAGES)."""
        shown = self.stack.currentWidget()
        for kind, holder in self._holders.items():
            if shown is holder:
                return kind
        named = {self.map_page: "map", self.matrix_page: "matrix", self.exchange: "exchange"}
        return next((name for widget, name in named.items() if widget is shown), "start")

    def show_guide(self, page: str | None = None) -> GuideDialog:
        """The guide, on ``page`` or on the page the window shows; one guide window, brought up again."""
        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self)
        self.guide_dialog.show_page(page or self.guide_page())
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()
        return self.guide_dialog

    # ---- record actions ----------------------------------------------------------------------------

    def new_record(self) -> None:
        page = self.current_page()
        if page is not None:
            page.new_record()

    def edit_record(self) -> None:
        page = self.current_page()
        if page is not None:
            page.edit_record()

    def delete_record(self) -> None:
        page = self.current_page()
        if page is not None:
            page.delete_record()

    def _record_changed(self, kind: str, record_id: str) -> None:
        page = self.pages.get(kind)
        if page is not None:
            page.refresh(record_id if page is self.current_page() else None)
        if kind in ("site", "licence", "inspection"):
            self.map_page.refresh()
        # other pages show this record by name (a licence's holder, a production's site)
        for other in self.pages.values():
            if other is not page:
                other.model.refresh()
        self._update_counts()

    def _show_stepped(self, kind: str, record_id: str) -> None:
        """After an undo or redo, show the record it changed on its page (when it is still there)."""
        if kind not in PAGES:  # a self-assessment: the Challenge matrix page shows it
            self.nav.setCurrentRow(self.stack.indexOf(self.matrix_page))
            return
        page = self.go_to(kind)
        page.select_record(record_id)

    def _records_imported(self) -> None:
        self.map_page.refresh()
        # an import or a settled conflict changed records behind the undo stack's back: undoing an
        # older edit now would write its old values over what was imported, so the history starts here
        self.editor.undo_stack.clear()
        for page in self.pages.values():
            page.refresh()
        self._update_counts()
        self._update_backup_label()

    # ---- backups -----------------------------------------------------------------------------------

    def backup(self, *, automatic: bool) -> Job | None:
        """Back up in a worker thread with its own connection; a manual backup shows progress."""
        if self.backup_job is not None:
            return None
        job = self.backup_job = Job(self.inv.path, backup_task)
        if automatic:
            self.statusBar().showMessage(translate("MainWindow", "Backing up…"), 3000)
        else:
            follow_in_dialog(
                job, translate("MainWindow", "Backing up the inventory…"), translate("MainWindow", "Back up"), self
            )
        job.finished.connect(self._backup_done)
        job.failed.connect(self._backup_failed)
        job.cancelled.connect(self._backup_cancelled)
        self.jobs.start(job)
        return job

    def _backup_ended(self) -> None:
        self.backup_job = None
        self._update_backup_label()

    @Slot(object)
    def _backup_done(self, path: str) -> None:
        self._backup_ended()
        self.statusBar().showMessage(translate("MainWindow", "Backed up to {path}").format(path=path), 8000)

    @Slot(str)
    def _backup_failed(self, message: str) -> None:
        self._backup_ended()
        QMessageBox.warning(
            self,
            translate("MainWindow", "Backup failed"),
            translate("MainWindow", "The backup could not be written: {message}").format(message=message),
        )

    @Slot()
    def _backup_cancelled(self) -> None:
        self._backup_ended()
        self.statusBar().showMessage(translate("MainWindow", "Backup cancelled; no backup file was written"), 8000)

    # ---- File > Restore from backup ----------------------------------------------------------------

    def restore_backup(self) -> RestoreDialog:
        """List this inventory's backups (read in a worker); the one chosen and confirmed is brought
        back by the application (``restoreRequested``)."""
        dialog = self.restore_dialog = RestoreDialog(self.inv.path, self.jobs, self)
        dialog.restoreChosen.connect(self.restoreRequested.emit)
        dialog.open()
        dialog.load()
        return dialog

    # ---- File > Check this inventory ----------------------------------------------------------------

    def check_inventory(self) -> Job | None:
        """Run ``kpfield verify`` on this inventory in a worker, then show its report in plain words.
        This session's saves are signed first (a checkpoint), so they do not show as unsigned."""
        if self.check_job is not None:
            return None
        self.inv.checkpoint_if_written()
        job = self.check_job = Job(None, check_task(self.inv.path))
        follow_in_dialog(
            job,
            translate("MainWindow", "Checking every record against the audit log…"),
            translate("MainWindow", "Check this inventory"),
            self,
        )
        job.finished.connect(self._check_done)
        job.failed.connect(self._check_failed)
        job.cancelled.connect(self._check_ended)
        self.jobs.start(job)
        return job

    @Slot()
    def _check_ended(self) -> None:
        self.check_job = None

    @Slot(object)
    def _check_done(self, report: Any) -> None:
        self.check_job = None
        self.check_dialog = CheckDialog(report, self)
        self.check_dialog.open()

    @Slot(str)
    def _check_failed(self, message: str) -> None:
        self.check_job = None
        QMessageBox.warning(self, translate("MainWindow", "Check this inventory"), message)

    # ---- the consolidated inventory workbook ------------------------------------------------------

    def export_inventory(self, options: InventoryExport | None = None) -> Job | None:
        """Ask what to export (unless given), then write the workbook in a worker with progress."""
        if self.export_job is not None:
            return None
        options = options or InventoryExportDialog.ask(self.inv, self)
        if options is None:
            return None
        job = self.export_job = Job(self.inv.path, inventory_task(options))
        follow_in_dialog(
            job,
            translate("MainWindow", "Writing the inventory workbook…"),
            translate("MainWindow", "Export inventory workbook"),
            self,
        )
        job.finished.connect(self._export_done)
        job.failed.connect(self._export_failed)
        job.cancelled.connect(self._export_cancelled)
        self.jobs.start(job)
        return job

    @Slot(object)
    def _export_done(self, made: str) -> None:
        self.export_job = None
        self.statusBar().showMessage(translate("MainWindow", "Wrote {path}").format(path=made), 10000)

    @Slot(str)
    def _export_failed(self, message: str) -> None:
        self.export_job = None
        QMessageBox.warning(
            self,
            translate("MainWindow", "Export failed"),
            translate("MainWindow", "The inventory workbook was not written: {message}").format(message=message),
        )

    @Slot()
    def _export_cancelled(self) -> None:
        self.export_job = None
        self.statusBar().showMessage(translate("MainWindow", "Export cancelled; no workbook was written"), 8000)

    # ---- language ----------------------------------------------------------------------------------

    def _choose_language(self, code: str) -> None:
        for c, act in self.language_actions.items():
            act.setChecked(c == i18n.language())
        if code != i18n.language():
            self.languageRequested.emit(code)

    def view_state(self) -> dict[str, Any]:
        """What the user is looking at (page, search, filters, selected record), to rebuild the window."""
        state: dict[str, Any] = {"page": self.nav.currentRow(), "pages": {}}
        for kind, page in self.pages.items():
            state["pages"][kind] = page.view_state()
        return state

    def restore_view_state(self, state: dict[str, Any]) -> None:
        for kind, page_state in state.get("pages", {}).items():
            if kind in PAGES:
                self.page(kind).restore_view_state(page_state)
        row = state.get("page", -1)
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)

    # ---- inventories -------------------------------------------------------------------------------

    def open_inventory(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open inventory"),
            str(self.inv.path.parent),
            translate("MainWindow", "Inventories") + " (*.kpfield);;" + translate("MainWindow", "All files") + " (*)",
        )
        if path:
            self.openRequested.emit(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.recent:
            act = self.recent_menu.addAction(p)
            act.setEnabled(Path(p).exists() and Path(p).resolve() != self.inv.path.resolve())
            act.triggered.connect(lambda _c=False, p=p: self.openRequested.emit(p))
        if not self.settings.recent:
            self.recent_menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About kpfield"),
            f"<h3>kpfield {__version__}</h3><p>"
            + translate(
                "MainWindow",
                "Field inventories of artisanal and alluvial diamond mining for the Kimberley Process "
                "Working Group of Artisanal Alluvial Producers.",
            )
            + "</p><p>"
            + translate("MainWindow", "Inventory: {name}").format(name=self.inv.path)
            + "<br>"
            + translate("MainWindow", "Installation: {origin}").format(origin=self.inv.identity.origin)
            + "</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # a running backup is cancelled (it leaves no partial file); every save is already committed
        self.backup_timer.stop()
        self.startup_backup.stop()
        self.jobs.wait_all()
        # the cancelled job's last signals may still be queued; let them run while the file is open
        QApplication.processEvents()
        event.accept()


def backup_task(inv: Inventory, progress: Progress) -> str:
    """A job's work: back up ``inv`` (the job's own inventory); the backup's path."""
    return str(inv.backup(progress=progress))


def open_inventory_or_explain(parent: QWidget | None, path: Path) -> Inventory | None:
    try:
        return Inventory.open(path)
    except InventoryError as e:
        QMessageBox.critical(parent, translate("MainWindow", "Cannot open the inventory"), str(e))
        return None

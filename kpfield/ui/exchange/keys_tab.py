"""The Exchange page's officers' keys: this installation's key to send, and the keys registered here.

The window does what ``kpfield identity`` does: show this installation's fingerprint and export its
public key file for the coordinator; register an officer's key file (audited), so that workbooks it
signs import as signed by a registered officer; list the keys registered in this inventory.
"""

from __future__ import annotations

from pathlib import Path

from kpfield import i18n
from kpfield.identity import SigningError, export_identity
from kpfield.store import Inventory, InventoryError
from kpfield.store.keys import Registration
from kpfield.ui.qt import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from kpfield.ui.style import icon


def key_file_filter() -> str:
    return ";;".join(
        (translate("KeysTab", "Officer key files") + " (*.kpkey)", translate("KeysTab", "All files") + " (*)")
    )


class KeysTab(QWidget):
    """``registered``: a key was registered (imports already made may now show a registered officer)."""

    registered = Signal()

    def __init__(self, inv: Inventory, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = inv
        outer = QVBoxLayout(self)
        self.own = QLabel(self)
        self.own.setWordWrap(True)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.own)
        row = QHBoxLayout()
        self.export_button = QPushButton(icon("file"), translate("KeysTab", "Export my key file…"), self)
        self.export_button.setToolTip(
            translate(
                "KeysTab",
                "Write this installation's public key to a file for your coordinator. It holds no secret: "
                "the private key never leaves this computer's data folder.",
            )
        )
        self.register_button = QPushButton(icon("open"), translate("KeysTab", "Register an officer's key file…"), self)
        self.register_button.setToolTip(
            translate(
                "KeysTab",
                "Record an officer's key in this inventory (the audit log keeps it), so that the workbooks "
                "the officer signs import as signed by a registered officer.",
            )
        )
        self.export_button.clicked.connect(lambda _c=False: self.export_key())
        self.register_button.clicked.connect(lambda _c=False: self.register_key())
        row.addWidget(self.export_button)
        row.addWidget(self.register_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("exchangeMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        caption = QLabel(translate("KeysTab", "Officers' keys registered in this inventory"), self)
        caption.setObjectName("detailLabel")
        outer.addWidget(caption)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("KeysTab", "Officer"),
                translate("KeysTab", "Country"),
                translate("KeysTab", "Key fingerprint"),
                translate("KeysTab", "Installation"),
                translate("KeysTab", "Registered on"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        outer.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        fingerprint = self.inv.keys.fingerprint()
        ident = self.inv.identity
        if fingerprint:
            self.own.setText(
                translate(
                    "KeysTab",
                    "This installation ({officer}, {country}) signs its field workbooks with the key whose "
                    "fingerprint is {fingerprint}. Read it to your coordinator when you send your key file.",
                ).format(officer=ident.officer, country=ident.country, fingerprint=fingerprint)
            )
        else:
            self.own.setText(
                translate(
                    "KeysTab",
                    "This installation ({officer}, {country}) has no signing key yet: one is made when you "
                    "export your key file or your first field workbook.",
                ).format(officer=ident.officer, country=ident.country)
            )
        keys = self.inv.keys.registered()
        self.table.setRowCount(len(keys))
        for r, k in enumerate(keys):
            cells = (k.officer, k.country or "", k.fingerprint, k.origin, i18n.format_date(k.registered_at[:10]))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def export_key(self, path: str | None = None) -> Path | None:
        """Write this installation's key file (asking where, unless given)."""
        if path is None:
            suggested = Path.home() / f"{self.inv.identity.officer or 'officer'}.kpkey"
            path, _ = QFileDialog.getSaveFileName(
                self, translate("KeysTab", "Export my key file"), str(suggested), key_file_filter()
            )
            if not path:
                return None
        try:
            key, _made = self.inv.keys.installation_key()
            written = export_identity(key, path, officer=self.inv.identity.officer)
        except (OSError, InventoryError, SigningError) as e:
            self.message.setText(translate("KeysTab", "The key file was not written: {reason}").format(reason=e))
            return None
        self.message.setText(
            translate(
                "KeysTab",
                "Wrote {path}. Send it to your coordinator, and read them the fingerprint {fingerprint} "
                "over the phone so they can check they registered the right key.",
            ).format(path=written, fingerprint=key.fingerprint)
        )
        self.reload()
        return written

    def register_key(self, path: str | None = None) -> Registration | None:
        """Register an officer's key file (asking which, unless given); the audit log records it."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("KeysTab", "Register an officer's key file"), str(Path.home()), key_file_filter()
            )
            if not path:
                return None
        try:
            done = self.inv.keys.register(path)
        except (OSError, ValueError, InventoryError) as e:
            self.message.setText(translate("KeysTab", "The key was not registered: {reason}").format(reason=e))
            return None
        k = done.key
        if done.outcome == "own":
            text = translate(
                "KeysTab", "{path} holds this installation's own key: its workbooks are already recognised."
            ).format(path=path)
        elif done.outcome == "already":
            text = translate(
                "KeysTab", "This key is already registered, for {officer} (fingerprint {fingerprint}); nothing changed."
            ).format(officer=k.officer, fingerprint=k.fingerprint)
        else:
            text = translate(
                "KeysTab",
                "Registered the key of {officer} ({country}), fingerprint {fingerprint}. Compare it with the "
                "fingerprint the officer reads to you before you trust the workbooks it signs.",
            ).format(officer=k.officer, country=k.country or "-", fingerprint=k.fingerprint)
            if done.earlier_imports:
                text += " " + translate(
                    "KeysTab", "Imports already made with this key now show a registered officer: {n}."
                ).format(n=done.earlier_imports)
            self.registered.emit()
        self.message.setText(text)
        self.reload()
        return done

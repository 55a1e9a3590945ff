"""File > Check this inventory: ``kpfield verify``'s report, in plain words.

The check runs in a worker (:class:`~kpfield.ui.jobs.Job`, no inventory of its own: it reads the
file read-only), with progress and Cancel; the dialog then lists each check with its outcome,
and the findings under "Problems", "Worth knowing" and "Could not be checked here".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpfield.progress import Progress
from kpfield.store.verify import Report, examine

from .qt import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget, translate

__all__ = ["CheckDialog", "check_task"]


def check_task(path: Path) -> Any:
    """A job's work: the verify report of the file at ``path``."""

    def work(_inv: Any, progress: Progress) -> Report:
        return examine(path, progress)

    return work


def _check_name(name: str) -> str:
    return {
        "schema": translate("CheckDialog", "Schema"),
        "integrity": translate("CheckDialog", "File structure"),
        "references": translate("CheckDialog", "References"),
        "audit": translate("CheckDialog", "Audit log"),
        "records": translate("CheckDialog", "Records against the audit log"),
        "checkpoints": translate("CheckDialog", "Signed checkpoints"),
    }.get(name, name)


class CheckDialog(QDialog):
    """The report of one check of the inventory."""

    def __init__(self, report: Report, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("CheckDialog", "Check this inventory"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        if report.ok:
            verdict = translate("CheckDialog", "{file} is sound: nothing was changed behind kpfield's back.").format(
                file=report.path.name
            )
        else:
            verdict = translate(
                "CheckDialog",
                "{file}: problems found. Someone or something changed the file outside kpfield, or it is "
                "damaged. Bring back the latest good backup with File > Restore from backup (the file as it is "
                "now is kept aside), or with 'kpfield restore'.",
            ).format(file=report.path.name)
        self.verdict = QLabel(verdict)
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-weight: bold;" + ("" if report.ok else " color: #a4262c;"))
        layout.addWidget(self.verdict)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        ok, failed = translate("CheckDialog", "OK"), translate("CheckDialog", "Problem")
        for c in report.checks:
            self._add(f"{ok if c.ok else failed} · {_check_name(c.name)}: {c.detail}")
        groups = (
            ("error", translate("CheckDialog", "Problems")),
            ("warning", translate("CheckDialog", "Worth knowing")),
            ("not_checked", translate("CheckDialog", "Could not be checked here")),
        )
        for severity, title in groups:
            found = [f for f in report.findings if f.severity == severity]
            if not found:
                continue
            self._add("")
            self._add(title, bold=True)
            for f in found:
                self._add("• " + f.message)
            counted = sum(n for code, n in report.counts.items() if _severity(code) == severity)
            if counted > len(found):
                self._add(translate("CheckDialog", "… and {n} more").format(n=counted - len(found)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _add(self, text: str, *, bold: bool = False) -> None:
        item = QListWidgetItem(text)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    def lines(self) -> list[str]:
        """What the dialog shows, line by line (for tests)."""
        return [self.list.item(i).text() for i in range(self.list.count())]


def _severity(code: str) -> str:
    from kpfield.store.verify import CODES

    return CODES.get(code, "error")

"""Two writers on one inventory: the window and a ``kpfield import`` run in another process.

SQLite lets one writer in at a time. Each side takes the write lock at the start of its
transaction and waits for the other (up to the busy timeout); one that still cannot get in
writes nothing and says the inventory is busy. Neither may lose an edit or leave a file that
does not verify.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kpfield.exchange.export import export_field
from kpfield.store import Inventory, InventoryBusy
from kpfield.store.verify import verify
from tests.faults import harness

ROOT = Path(__file__).parents[2]


def _type(qtbot, editor, text):
    editor.edit.clear()
    qtbot.keyClicks(editor.edit, text)


def _sound(path: Path) -> None:
    failed = [c for c in verify(path) if not c.ok]
    assert not failed, failed


@pytest.fixture
def big_workbook(tmp_path: Path) -> Path:
    """An officer's field workbook of 20,000 persons: its import holds the write lock for a while."""
    with Inventory.create(tmp_path / "officer.kpfield", country="SL", officer="Officer") as officer:
        harness.bulk_persons(officer, 20_000, "register.xlsx")
        export_field(officer, tmp_path / "officer.xlsx")
    return tmp_path / "officer.xlsx"


def test_a_cli_import_while_the_window_saves_loses_no_edit(qtbot, window, fill_form, inv, big_workbook: Path):
    window.go_to("person")
    first = window.editor.add("person", {"family_name": "Before", "country": "SL"}).id
    proc = subprocess.Popen(
        [sys.executable, "-m", "kpfield", "import", "--db", str(inv.path), str(big_workbook)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    saved: dict[str, str] = {}
    edited: dict[str, str] = {}

    def retry(save):
        """Save; when the inventory stays busy longer than the window waits, try again, as the message says."""
        deadline = time.monotonic() + 300
        while True:
            try:
                return save()
            except InventoryBusy:
                assert time.monotonic() < deadline, "the inventory stayed busy for five minutes"

    n = 0
    # the window keeps saving, as an officer typing records would, until the import is over and
    # a few saves more: through the form now and then, otherwise the call the form's Save makes
    while (proc.poll() is None or n < 40) and n < 2000:
        name = f"Window {n}"
        if n % 10 == 0:

            def new_person(d, name=name):
                _type(qtbot, d.editors["family_name"], name)
                _type(qtbot, d.editors["village"], "Koidu")

            fill_form(new_person)
            window.act_new.trigger()
            dialog = fill_form.dialogs[-1]
            while not dialog.saved_id:  # the import held the inventory longer than the window waits
                assert "busy" in dialog.general.text() and "try again" in dialog.general.text()
                dialog.save()
            saved[dialog.saved_id] = name
        else:
            values = {"family_name": name, "country": "SL"}
            saved[retry(lambda values=values: window.editor.add("person", values)).id] = name
        if n % 7 == 0:
            retry(lambda n=n: window.editor.update("person", first, {"village": f"Edit {n}"}))
            edited[first] = f"Edit {n}"
        n += 1
        qtbot.wait(5)
    out, err = proc.communicate(timeout=120)
    if proc.returncode != 0:  # the other acceptable outcome: it waited, then said so clearly
        assert proc.returncode == 1 and "busy" in err and "try again" in err, (proc.returncode, out, err)
    with Inventory.open(inv.path) as check:  # a connection of its own, as another program would see it
        for pid, name in saved.items():
            assert check.get("person", pid)["family_name"] == name
        assert check.get("person", first)["village"] == edited[first]
        imported = check.conn.execute("SELECT COUNT(*) FROM person WHERE family_name LIKE 'P%'").fetchone()[0]
        assert imported == (20_000 if proc.returncode == 0 else 0)
        if proc.returncode == 0:
            # the import landed between the window's saves: some are older than it, some newer
            seqs = [r[0] for r in check.conn.execute("SELECT seq FROM audit WHERE source_id IS NOT NULL")]
            window_seqs = [
                r[0]
                for r in check.conn.execute(
                    "SELECT seq FROM audit WHERE table_name = 'person' AND source_id IS NULL AND action = 'insert'"
                )
            ]
            assert min(window_seqs) < min(seqs) and max(window_seqs) > max(seqs)
    _sound(inv.path)


def test_a_save_while_an_import_holds_the_inventory_says_busy_and_keeps_the_form(qtbot, window, fill_form, inv):
    inv.conn.execute("PRAGMA busy_timeout = 300")  # the window gives up after 0.3 s instead of 5
    window.go_to("person")
    holder = harness.start("hold", inv.path, 1000, stdin=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        audit = inv.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]

        def new_person(d):
            _type(qtbot, d.editors["family_name"], "Sesay")
            _type(qtbot, d.editors["village"], "Tombodu")

        fill_form(new_person)
        window.act_new.trigger()
        dialog = fill_form.dialogs[-1]
        # refused with a clear message; the form stays open with what was typed
        assert dialog.saved_id is None and dialog.isVisible()
        message = dialog.general.text()
        assert "busy" in message and "try again" in message and dialog.general.isVisible()
        assert dialog.editors["family_name"].value() == "Sesay" and dialog.editors["village"].value() == "Tombodu"
        assert window.editor.undo_stack.count() == 0
        assert inv.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit
        # the import commits; the same form saves now
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "committed"
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=30)
    assert dialog.save() is True and dialog.saved_id
    assert inv.get("person", dialog.saved_id)["village"] == "Tombodu"
    assert inv.conn.execute("SELECT COUNT(*) FROM person WHERE family_name LIKE 'Held %'").fetchone()[0] == 1000
    _sound(inv.path)


def test_a_delete_while_an_import_holds_the_inventory_says_busy(qtbot, window, inv, monkeypatch):
    from kpfield.ui.qt import QMessageBox

    pid = window.editor.add("person", {"family_name": "Kamara", "country": "SL"}).id
    page = window.go_to("person")
    page.clear_filters()
    assert page.select_record(pid)
    inv.conn.execute("PRAGMA busy_timeout = 300")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    holder = harness.start("hold", inv.path, 10, stdin=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        page.delete_record()
        assert warnings and "busy" in warnings[0]
        assert inv.get("person", pid) is not None  # nothing was deleted
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "committed"
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=30)
    page.delete_record()
    assert inv.get("person", pid) is None

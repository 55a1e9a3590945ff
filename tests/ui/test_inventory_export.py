"""File > Export inventory workbook: the dialog, the worker, the workbook it leaves."""

from __future__ import annotations

import openpyxl
import pytest

from kpfield.demo import generate


@pytest.fixture
def demo_window(qtbot, inv, window):
    generate(inv, "small", seed=4)
    return window


def test_the_dialog_validates_what_it_takes(qtbot, inv, tmp_path):
    from kpfield.ui.inventory_export import InventoryExportDialog

    dialog = InventoryExportDialog(tmp_path, ["GN", "SL"])
    qtbot.addWidget(dialog)
    dialog.start.setText("31/02/2026")
    assert dialog.options() is None and "not a real date" in dialog.message.text()
    dialog.start.setText("01/07/2026")
    dialog.end.setText("2026-06-30")
    assert dialog.options() is None and "before" in dialog.message.text()
    dialog.start.setText("01/01/2026")
    dialog.scope.setCurrentIndex(dialog.scope.findText("WGAAP region: West Africa"))
    options = dialog.options()
    assert options is not None and options.region == "west-africa" and options.start == "2026-01-01"
    assert options.output.suffix == ".xlsx" and dialog.message.text() == ""


def test_the_workbook_is_written_in_the_background(qtbot, demo_window, inv, tmp_path):
    from kpfield.ui.inventory_export import InventoryExport

    out = tmp_path / "rapport régional.xlsx"
    job = demo_window.export_inventory(InventoryExport(out, countries=("SL", "GN")))
    assert job is not None and demo_window.export_job is job
    qtbot.waitUntil(lambda: demo_window.export_job is None, timeout=30000)
    assert "Wrote" in demo_window.statusBar().currentMessage()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:4] == ["Summary", "Trends", "Challenge matrix", "Footprints"]
    countries = {r[0] for r in book["Summary"].iter_rows(min_row=6, values_only=True) if r[0]}
    assert {"Sierra Leone", "Guinea"} <= countries
    assert {c for c in countries if not c.startswith("Total")} == {"Sierra Leone", "Guinea"}
    assert any(c.startswith("Total ") and c.endswith(": Sierra Leone, Guinea") for c in countries)


def test_cancelling_writes_nothing(qtbot, demo_window, tmp_path):
    from kpfield.ui.inventory_export import InventoryExport, inventory_task
    from kpfield.ui.jobs import Job

    out = tmp_path / "cancelled.xlsx"
    job = Job(demo_window.inv.path, inventory_task(InventoryExport(out)))
    job.cancelled.connect(demo_window._export_cancelled)
    job.cancel()
    demo_window.export_job = job
    demo_window.jobs.start(job)
    qtbot.waitUntil(lambda: demo_window.export_job is None, timeout=30000)
    assert "cancelled" in demo_window.statusBar().currentMessage()
    assert not out.exists() and not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob(".kpfield-tmp-*"))

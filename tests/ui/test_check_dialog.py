"""File > Check this inventory: the verify report in the window, in plain words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import licence_values


def _run_check(qtbot, window):
    job = window.check_inventory()
    assert job is not None
    qtbot.waitUntil(lambda: window.check_dialog is not None, timeout=30000)
    return window.check_dialog


def test_a_sound_inventory_says_so(qtbot, window, inv, holder, tmp_path: Path):
    inv.add("licence", licence_values(holder))
    dialog = _run_check(qtbot, window)
    assert dialog.report.ok and "is sound" in dialog.verdict.text()
    lines = dialog.lines()
    assert any(line.startswith("OK · Records against the audit log") for line in lines)
    assert any(line.startswith("OK · Signed checkpoints") for line in lines)
    assert not any("Worth knowing" == line for line in lines)  # this session's saves were signed first
    assert dialog.grab().save(str(tmp_path / "check-sound.png"))


def test_a_record_changed_behind_the_programs_back_is_named(qtbot, window, inv, holder, tmp_path: Path):
    lid = inv.add("licence", licence_values(holder)).id
    conn = sqlite3.connect(inv.path)
    conn.execute("UPDATE licence SET area_ha = 99 WHERE id = ?", (lid,))
    conn.commit()
    conn.close()
    dialog = _run_check(qtbot, window)
    assert not dialog.report.ok and "problems found" in dialog.verdict.text()
    lines = dialog.lines()
    assert "Problems" in lines
    assert any("was changed outside kpfield" in line and "area_ha is 99" in line for line in lines)
    assert dialog.grab().save(str(tmp_path / "check-problems.png"))

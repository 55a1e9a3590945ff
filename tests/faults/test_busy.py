"""An import that meets an inventory another program is writing: it waits, then says so clearly."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kpfield.cli import main
from kpfield.store import Inventory
from kpfield.store import db as dbmod
from tests.exchange import hostile

from . import harness


def test_an_import_that_cannot_get_in_says_busy_writes_nothing_and_skips_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)  # wait 0.3 s, not 5, before giving up
    db = tmp_path / "kono.kpfield"
    Inventory.create(db, country="SL", officer="Sahr Komba").close()
    first = hostile.good_workbook(tmp_path / "a")
    second = hostile.NAMED["formula cells"].make(tmp_path, first)
    before = harness.signature(db)
    holder = harness.start("hold", db, 100, stdin=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        out = io.StringIO()
        assert main(["import", "--db", str(db), str(first), str(second)], out=out) == 1
        printed = out.getvalue() + capsys.readouterr().err
        assert f"{first} was not imported" in printed and "busy" in printed and "try again" in printed
        assert f"{second} was not imported: the inventory is busy" in printed
        assert harness.signature(db) == before
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "committed"
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=30)
    # once the other program is done, the same command imports both
    assert main(["import", "--db", str(db), str(first), str(second)], out=io.StringIO()) == 0
    assert not harness.failed_checks(db)

"""``kpfield verify``: is this inventory whole and untampered?

Read-only: it never writes to the file it checks.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kpfield.i18n import translate

from .audit import verify_chain
from .db import InventoryError, check_file, connect
from .migrations import pending_steps


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def verify(path: str | Path) -> list[Check]:
    """Run every check; each result says what was found. Raises InventoryError only when the file
    cannot be an inventory at all (missing, not SQLite, not kpfield's)."""
    path = Path(path)
    if not path.exists():
        raise InventoryError(translate("store", "{path} does not exist").format(path=path))
    check_file(path)
    out: list[Check] = []
    try:
        pending = pending_steps(path)
        out.append(
            Check(
                "schema",
                True,
                translate("store", "up to date")
                if not pending
                else translate("store", "{n} upgrade step(s) will run when it is next opened: {steps}").format(
                    n=len(pending), steps=", ".join(pending)
                ),
            )
        )
    except InventoryError as e:
        out.append(Check("schema", False, str(e)))
        return out
    restore_hint = translate("store", 'restore the latest good backup with: kpfield restore --db "{path}"').format(
        path=path
    )
    conn = connect(path, readonly=True)
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            ok = rows == ["ok"]
            detail = (
                translate("store", "the file's structure is sound")
                if ok
                else translate("store", "the file is damaged ({problems}); {hint}").format(
                    problems="; ".join(rows[:3]), hint=restore_hint
                )
            )
            out.append(Check("integrity", ok, detail))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            detail = (
                translate("store", "every reference points to a record")
                if not fk
                else translate(
                    "store", "{n} record(s) refer to records that do not exist, first in table {table}"
                ).format(n=len(fk), table=fk[0][0])
            )
            out.append(Check("references", not fk, detail))
            chain = verify_chain(conn)
            out.append(Check("audit", chain.ok, chain.message))
        except sqlite3.DatabaseError as e:
            out.append(
                Check(
                    "integrity",
                    False,
                    translate("store", "the file is damaged and cannot be read ({error}); {hint}").format(
                        error=e, hint=restore_hint
                    ),
                )
            )
    finally:
        conn.close()
    return out

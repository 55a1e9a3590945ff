"""A kpfield process for the fault tests to kill: ``python worker.py MODE DB [ARG]``.

Modes: ``bulk`` adds ARG persons in one transaction (the store's bulk path); ``edits`` adds then
edits records one save at a time, printing ``saved K`` after each commit; ``backup`` writes
backups in a loop; ``import`` imports the workbook ARG as ``kpfield import`` does (a backup,
then the file in one transaction), printing ``importing`` when its transaction begins and
``done`` at the end; ``hold`` begins an import's transaction (a source and ARG persons), prints
``holding`` and keeps the write lock until a line arrives on its standard input, then commits
and prints ``committed``.
Prints ``ready`` once the inventory is open, so the test knows when the work has started.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kpfield.store import Inventory


def main() -> None:
    mode, db = sys.argv[1], Path(sys.argv[2])
    arg = sys.argv[3] if len(sys.argv) > 3 else ""
    n = int(arg) if arg.isdigit() else 20000
    with Inventory.open(db) as inv:
        print("ready", flush=True)
        if mode == "bulk":
            rows = (
                {
                    "family_name": f"Digger {i}",
                    "given_names": "Sahr",
                    "country": "SL",
                    "village": "Tombodu",
                    "national_id": f"{i:09d}",
                    "roles": "digger",
                }
                for i in range(n)
            )
            with inv.transaction():
                src = inv.add_source("import", file_name="kono-diggers.xlsx", sha256="0" * 64)
                inv.bulk_add("person", rows, source_id=src, validate=False)
            print("done", flush=True)
        elif mode == "edits":
            for i in range(n):
                pid = inv.add("person", {"family_name": f"Edit {i}", "country": "SL"}).id
                inv.update("person", pid, {"village": "Koidu"})
                print(f"saved {i + 1}", flush=True)
        elif mode == "backup":
            while True:
                inv.backup(db.parent / "backups", keep=3)
        elif mode == "hold":
            with inv.transaction():
                src = inv.add_source("import", file_name="held.xlsx", sha256="1" * 64)
                inv.bulk_add("person", ({"family_name": f"Held {i}", "country": "SL"} for i in range(n)), source_id=src)
                print("holding", flush=True)
                sys.stdin.readline()
            print("committed", flush=True)
        elif mode == "import":
            from kpfield.exchange.importer import import_workbooks

            # "importing" when the backup is made and the file's transaction begins
            report = import_workbooks(
                inv, [Path(arg)], progress=lambda _d, _n, _f: print("importing", flush=True) is None
            )
            print("done" if report.ok else f"refused {report.as_json()}", flush=True)


if __name__ == "__main__":
    main()

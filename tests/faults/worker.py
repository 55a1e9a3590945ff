"""A kpfield process for the fault tests to kill: ``python worker.py MODE DB [N]``.

Modes: ``bulk`` adds N persons in one transaction (an import); ``edits`` adds then edits records
one save at a time, printing ``saved K`` after each commit; ``backup`` writes backups in a loop.
Prints ``ready`` once the inventory is open, so the test knows when the work has started.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kpfield.store import Inventory


def main() -> None:
    mode, db = sys.argv[1], Path(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
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


if __name__ == "__main__":
    main()

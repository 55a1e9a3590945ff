"""The signed-workbook cases as named inputs, for the fault soak (benchmarks/soak_faults.py).

Each is made from a good workbook that kpfield exported and signed: unchanged, stripped of its
signature, or altered in one of the ways :data:`tests.exchange.test_signing.ALTERATIONS` lists.
An altered one must be refused with the reason; the others imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl

from .hostile import Named, strip_signature
from .test_signing import ALTERATIONS, PERSONS


def _altered(change: Callable) -> Callable[[Path, Path], Path]:
    def make(tmp: Path, good: Path) -> Path:
        wb = openpyxl.load_workbook(good)
        change(wb)
        out = tmp / "altered.xlsx"
        wb.save(out)
        return out

    return make


def _unchanged(tmp: Path, good: Path) -> Path:
    return good


def _unsigned(tmp: Path, good: Path) -> Path:
    wb = openpyxl.load_workbook(good)
    strip_signature(wb)
    out = tmp / "unsigned.xlsx"
    wb.save(out)
    return out


def _delete_person(wb) -> None:
    # the soak's good workbook holds one person and no production: take that row off
    wb[PERSONS].delete_rows(2)


_CHANGES = {name: change for name, (change, _detail) in ALTERATIONS.items()}
_CHANGES["a data row deleted"] = _delete_person

CASES: dict[str, Named] = {
    "signed, unchanged": Named(_unchanged, "", refused=False),
    "signature removed": Named(_unsigned, "is not signed", refused=False),
    **{f"altered: {name}": Named(_altered(_CHANGES[name]), detail) for name, (_c, detail) in ALTERATIONS.items()},
}

"""Generated hostile workbooks: every import ends in a clean import or a clean refusal with a report.

Hypothesis draws the workbooks (see :func:`tests.exchange.hostile.random_workbook`): random sheet
names, headers mixing real labels in English and French with junk, every cell type, Unicode,
empty and very long cells, formulas, merged cells, hidden sheets, lying ``_about`` sheets. The
runs are derandomized, so CI sees the same workbooks every time; a failure prints the drawn
``Random`` calls needed to write the same workbook again.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import hostile


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile.base_inventory(tmp_path_factory.mktemp("hostile") / "base.kpfield")


@settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(rng=st.randoms(use_true_random=False))
def test_a_generated_workbook_is_imported_or_refused_cleanly_never_half_written(base: Path, rng: random.Random):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.xlsx"
        hostile.random_workbook(rng, path)
        hostile.check_import(base, path)


def test_the_generator_makes_what_the_property_is_about(tmp_path: Path):
    """The generated workbooks do hold formulas, merged cells, hidden sheets, long cells and
    record sheets kpfield recognises, and some import while others are refused."""
    base = hostile.base_inventory(tmp_path / "base.kpfield")
    kinds: dict[str, int] = {}
    written = refused = 0
    for seed in range(30):
        path = tmp_path / f"w{seed}.xlsx"
        for k, n in hostile.random_workbook(random.Random(seed), path).items():
            kinds[k] = kinds.get(k, 0) + n
        outcome = hostile.check_import(base, path)
        written += outcome.written
        refused += outcome.refused
    for kind in ("formulas", "merged cells", "hidden sheets", "long cells", "rows"):
        assert kinds.get(kind, 0) > 0, kinds
    assert written and refused, (written, refused)


@pytest.mark.parametrize("version", ["inf", "-1", "1e400", "2.5", "NaN", True])
def test_a_version_cell_that_is_not_a_counter_is_ignored_not_a_crash(base: Path, tmp_path: Path, version):
    """Found by the generator: 'inf' in a version column ended the import with an OverflowError."""
    import openpyxl

    path = tmp_path / "versions.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Persons"
    wb.active.append(["id", "version", "Family name", "Country"])
    wb.active.append(["6f1c1b8e-2a53-4c0e-9d55-6b7a1f0c9e22", version, "Koroma", "SL"])
    wb.save(path)
    assert hostile.check_import(base, path).written

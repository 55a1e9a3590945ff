"""Kill kpfield (SIGKILL) at random moments: the inventory must verify and hold exactly the state
before or after the interrupted operation. Each trial's seed is in its test id and in the failure
message, so a case can be replayed; ``benchmarks/soak_faults.py`` runs hundreds of the same trials."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from . import harness

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX systems")


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory):
    made: dict[str, harness.Scenario] = {}

    def get(kind: str) -> harness.Scenario:
        if kind not in made:
            made[kind] = harness.prepare(kind, tmp_path_factory.mktemp(kind))
        return made[kind]

    return get


def run(scenarios, kind: str, tmp_path: Path, seed: int) -> harness.Trial:
    t = harness.trial(scenarios(kind), tmp_path, seed)
    assert t.clean, str(t)
    return t


@pytest.mark.parametrize("seed", range(8))
def test_kill_during_a_bulk_import(scenarios, tmp_path: Path, seed: int):
    run(scenarios, "bulk", tmp_path, seed)


@pytest.mark.parametrize("seed", range(8))
def test_kill_during_a_burst_of_edits(scenarios, tmp_path: Path, seed: int):
    run(scenarios, "edits", tmp_path, seed)


@pytest.mark.parametrize("seed", range(6))
def test_kill_during_a_backup(scenarios, tmp_path: Path, seed: int):
    run(scenarios, "backup", tmp_path, seed)


@pytest.mark.parametrize("seed", range(6))
def test_kill_during_an_import_of_a_large_workbook(scenarios, tmp_path: Path, seed: int):
    run(scenarios, "import", tmp_path, seed)


@pytest.mark.parametrize("seed", range(6))
def test_kill_during_a_merge_with_conflicts(scenarios, tmp_path: Path, seed: int):
    run(scenarios, "merge", tmp_path, seed)


def test_the_import_scenarios_change_the_inventory_and_the_checks_tell_states_apart(scenarios):
    """Before and after differ (the trials above can tell them apart), and the merge's after
    state holds one open conflict per record."""
    for kind in ("import", "merge"):
        s = scenarios(kind)
        assert s.after_sig is not None and s.after_sig != s.before_sig
    merge = scenarios("merge")
    assert merge.after_sig is not None and merge.after_sig["conflict"] and not merge.before_sig["conflict"]

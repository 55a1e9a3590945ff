"""Every table model keeps Qt's model contract (pytest-qt's qtmodeltester), on real demo data."""

from __future__ import annotations

import pytest

from kpfield.demo import generate
from kpfield.store import Inventory
from kpfield.store.browse import VIEWS, Query


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("models") / "demo.kpfield"
    with Inventory.create(path, country="SL", officer="Test officer") as inv:
        generate(inv, "small", 1)
    return path


@pytest.fixture
def demo(demo_path):
    with Inventory.open(demo_path) as inv:
        yield inv


@pytest.mark.parametrize("variant", ["default", "sorted", "searched"])
@pytest.mark.parametrize("kind", list(VIEWS))
def test_record_models_pass_the_model_tester(qtmodeltester, demo, kind, variant):
    from kpfield.ui.models import RecordTableModel
    from kpfield.ui.qt import Qt

    model = RecordTableModel(demo.conn, kind)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    # the tester keeps watching: a new query resets the model, which must stay sound
    if variant == "sorted":
        sortable = [i for i, c in enumerate(model.view.columns) if c.sort]
        model.sort(sortable[-1], Qt.SortOrder.DescendingOrder)
    elif variant == "searched":
        model.set_query(Query(text="Kono"))
    for row in range(model.rowCount()):
        assert model.data(model.index(row, 0)) is not None


def test_the_naive_model_passes_too(qtmodeltester, demo):
    from kpfield.ui.models import NaiveTableModel

    qtmodeltester.check(NaiveTableModel(demo.conn, "production"), force_py=True)


def test_sorting_by_a_column_of_another_record_is_refused_quietly(demo):
    from kpfield.ui.models import RecordTableModel
    from kpfield.ui.qt import Qt

    model = RecordTableModel(demo.conn, "production")
    site_column = [c.key for c in model.view.columns].index("site")
    before = model.query
    model.sort(site_column, Qt.SortOrder.AscendingOrder)
    assert model.query == before


def test_cells_are_formatted_for_people(demo):
    from kpfield.ui.models import RecordIdRole, RecordTableModel
    from kpfield.ui.qt import Qt

    model = RecordTableModel(demo.conn, "production")
    carats = [c.key for c in model.view.columns].index("carats")
    text = model.data(model.index(0, carats))
    assert text == f"{float(text):.2f}"
    assert model.data(model.index(0, carats), Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert demo.get("production", model.data(model.index(0, 0), RecordIdRole)) is not None

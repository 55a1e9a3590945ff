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

    model = RecordTableModel(demo, kind)
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
    from benchmarks.bench_gui import NaiveTableModel

    qtmodeltester.check(NaiveTableModel(demo.conn, "production"), force_py=True)


def test_sorting_by_a_column_of_another_record_is_refused_quietly(demo):
    from kpfield.ui.models import RecordTableModel
    from kpfield.ui.qt import Qt

    model = RecordTableModel(demo, "production")
    site_column = [c.key for c in model.view.columns].index("site")
    before = model.query
    model.sort(site_column, Qt.SortOrder.AscendingOrder)
    assert model.query == before


def test_cells_are_formatted_for_people(demo):
    from kpfield.ui.models import RecordIdRole, RecordTableModel
    from kpfield.ui.qt import Qt

    model = RecordTableModel(demo, "production")
    carats = [c.key for c in model.view.columns].index("carats")
    text = model.data(model.index(0, carats))
    assert text == f"{float(text):.2f}"
    assert model.data(model.index(0, carats), Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert demo.get("production", model.data(model.index(0, 0), RecordIdRole)) is not None


@pytest.fixture
def french():
    from kpfield import i18n

    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_cells_show_numbers_and_dates_as_the_officer_writes_them(demo, french):
    from kpfield.ui.models import RecordTableModel, format_timestamp, format_value
    from kpfield.ui.qt import Qt

    assert format_value("number", 1234.5) == "1\u202f234,50"
    assert format_value("money", 25000) == "25\u202f000"
    assert format_value("int", 1500) == "1\u202f500"
    assert format_value("coord", 8.46) == "8,46000"
    assert format_value("date", "2026-04-03") == "03/04/2026"
    assert format_timestamp("2026-04-03T09:15:22.123Z") == "03/04/2026 09:15"

    # the table shows French figures but still sorts on the stored values, in SQL
    model = RecordTableModel(demo, "production")
    keys = [c.key for c in model.view.columns]
    carats, day = keys.index("carats"), keys.index("produced_on")
    model.sort(carats, Qt.SortOrder.DescendingOrder)
    shown = [model.data(model.index(row, carats)) for row in range(min(50, model.rowCount()))]
    assert all("," in text and "." not in text for text in shown)
    values = [float(text.replace("\u202f", "").replace(",", ".")) for text in shown]
    assert values == sorted(values, reverse=True)
    date = model.data(model.index(0, day))
    assert date[2] == "/" and date[5] == "/" and len(date) == 10

"""Window benchmark on a large inventory, offscreen: start, sort, filter, scroll to the end.

    .venv/bin/kpfield demo --db /tmp/regional.kpfield --scale regional   # once, about a minute
    .venv/bin/python benchmarks/bench_gui.py --db /tmp/regional.kpfield

Prints one table. "Window shown" runs from before Qt is imported to the main window painted with
the Production page filled (all seven record pages are built). Sort, filter and scroll each time
the model change plus the repaint of the visible rows; the median of --repeat runs is shown with
the slowest. The comparison row is a naive model (NaiveTableModel, below) that loads every
production row into a Python list, timed in the same run. Targets (issue: the desktop window):
window shown < 2 s; sort, filter and scroll-to-end < 300 ms each on about 1,000,000 production
records.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpfield.store.browse import VIEWS, View  # noqa: E402
from kpfield.ui.models import format_value  # noqa: E402
from kpfield.ui.qt import QAbstractTableModel, QModelIndex, QObject, Qt  # noqa: E402


class NaiveTableModel(QAbstractTableModel):
    """The baseline this benchmark compares with: every row loaded into a Python list at once."""

    def __init__(self, conn: Any, view: View | str, parent: QObject | None = None):
        super().__init__(parent)
        self.view = VIEWS[view] if isinstance(view, str) else view
        select = ", ".join(c.sql for c in self.view.columns)
        sort = self.view.column(self.view.default_sort).sort
        direction = "DESC" if self.view.default_descending else "ASC"
        sql = (
            f"SELECT {select} FROM {self.view.table} t {self.view.joins} WHERE t.deleted = 0 "
            f"ORDER BY t.{sort} {direction}"
        )
        self.rows = [tuple(r) for r in conn.execute(sql).fetchall()]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.view.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or index.row() >= len(self.rows):
            return None
        return format_value(self.view.columns[index.column()].kind, self.rows[index.row()][index.column()])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.view.columns[section].shown_label()
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a large inventory (the regional demo)")
    ap.add_argument("--search", default="Kerouane", help="text typed in the search box (default: Kerouane)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    # keep the user's settings and backups out of it
    os.environ.setdefault("KPFIELD_DATA_DIR", str(Path(args.db).parent / "bench-gui-data"))

    from kpfield.store import Inventory
    from kpfield.ui.app import application
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication, QTableView

    app = application()
    inv = Inventory.open(args.db)
    win = MainWindow(inv, auto_backup=False)
    win.resize(1366, 768)
    win.show()
    page = win.pages["production"]
    QApplication.processEvents()
    page.table.viewport().repaint()
    shown = time.perf_counter() - T_START
    rows = page.model.rowCount()
    assert page.model.data(page.model.index(0, 0)), "the production page shows no rows"

    def timed(action) -> list[float]:
        out = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            action()
            QApplication.processEvents()
            page.table.viewport().repaint()
            out.append(time.perf_counter() - t0)
        return out

    cols = [c.key for c in page.model.view.columns]
    carats = cols.index("carats")
    flip = {"asc": Qt.SortOrder.AscendingOrder, "desc": Qt.SortOrder.DescendingOrder}
    state = {"order": "asc"}

    def sort_by_carats() -> None:
        # alternate the direction so each run really re-queries
        state["order"] = "desc" if state["order"] == "asc" else "asc"
        page.table.sortByColumn(carats, flip[state["order"]])

    sort_times = timed(sort_by_carats)

    found = {}
    filter_times = []
    for _ in range(args.repeat):
        page.search.setText("")
        page.apply_filters()
        QApplication.processEvents()
        t0 = time.perf_counter()
        page.search.setText(args.search)
        page.apply_filters()
        QApplication.processEvents()
        page.table.viewport().repaint()
        filter_times.append(time.perf_counter() - t0)
        found["rows"] = page.model.rowCount()

    # the end of the search result: the first jump away from the top reads the result's keys once
    search_scroll = []
    for _ in range(args.repeat):
        page.model.refresh()
        page.table.scrollToTop()
        QApplication.processEvents()
        t0 = time.perf_counter()
        page.table.scrollToBottom()
        QApplication.processEvents()
        page.table.viewport().repaint()
        search_scroll.append(time.perf_counter() - t0)

    page.clear_filters()
    QApplication.processEvents()

    def scroll_end() -> None:
        page.model.refresh()  # fresh pages: the end is read from the database each time
        page.table.scrollToBottom()

    def scroll_top_then_end() -> None:
        page.table.scrollToTop()
        QApplication.processEvents()
        scroll_end()

    scroll_times = timed(scroll_top_then_end)
    last_row = page.model.data(page.model.index(page.model.rowCount() - 1, 0))

    # the naive model: every row in a Python list before the table can show anything
    view = QTableView()
    view.resize(1100, 600)
    t0 = time.perf_counter()
    naive = NaiveTableModel(inv.conn, "production")
    view.setModel(naive)
    view.show()
    QApplication.processEvents()
    view.viewport().repaint()
    naive_shown = time.perf_counter() - t0
    naive_rows = naive.rowCount()
    view.close()
    del naive

    def fmt(values: list[float]) -> str:
        return f"{1000 * statistics.median(values):9.0f} ms (max {1000 * max(values):.0f})"

    print(f"kpfield window benchmark: {inv.path.name}, {rows:,} production records, offscreen, 1366x768")
    print("(a shared 2-core machine: figures are noisy)\n")
    print(f"{'step':<52}{'time':>28}{'target':>12}")
    print(f"{'window shown, Production page filled (from start)':<52}{1000 * shown:9.0f} ms{'':>16}{'< 2000 ms':>12}")
    print(f"{'sort Production by carats':<52}{fmt(sort_times):>28}{'< 300 ms':>12}")
    label = f"text filter {args.search!r} ({found['rows']:,} rows)"
    print(f"{label:<52}{fmt(filter_times):>28}{'< 300 ms':>12}")
    print(f"{'scroll to the last row of the search result':<52}{fmt(search_scroll):>28}{'':>12}")
    print(f"{'scroll to the last row':<52}{fmt(scroll_times):>28}{'< 300 ms':>12}")
    label = f"naive list model: show the same page ({naive_rows:,} rows)"
    print(f"{label:<52}{1000 * naive_shown:9.0f} ms")
    print(f"\nlast row after scrolling: {last_row}")
    win.close()
    inv.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

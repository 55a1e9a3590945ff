"""The heat map of the Challenge matrix page: the matrix's rows by countries or districts, one
cell per row and scope, coloured by its status (the model is :class:`.models.HeatMapModel`)."""

from __future__ import annotations

from kpfield.ui.qt import QAbstractItemView, QHeaderView, QResizeEvent, QTableView, QWidget


class HeatMapView(QTableView):
    """The heat map's view: one cell selected at a time, shown by a frame so that it keeps its
    status colour. Row titles give up width (their tooltip has them whole) so that the countries'
    columns stay in view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setDefaultSectionSize(104)
        self.horizontalHeader().setMinimumSectionSize(60)
        self.setStyleSheet(
            "QTableView#heatMap { selection-background-color: transparent; }"
            "QTableView#heatMap::item:selected { border: 2px solid #1d2939; color: black; }"
        )

    def fit_columns(self) -> None:
        """Fit the columns to a new evaluation (never narrower than 96 pixels), then the row titles."""
        self.resizeColumnsToContents()
        model = self.model()
        for c in range(model.columnCount() if model else 0):
            self.setColumnWidth(c, max(96, self.columnWidth(c)))
        self.fit_row_titles()

    def fit_row_titles(self) -> None:
        model = self.model()
        columns = sum(self.columnWidth(c) for c in range(model.columnCount())) if model else 0
        bar = self.verticalScrollBar().sizeHint().width() if self.verticalScrollBar().isVisible() else 0
        room = self.width() - 2 * self.frameWidth() - bar - columns
        self.verticalHeader().setMaximumWidth(max(150, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_row_titles()

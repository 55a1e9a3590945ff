"""The heat map of the Challenge matrix page: the matrix's rows by countries or districts, one
cell per row and scope, coloured by its status (the model is :class:`.models.HeatMapModel`)."""

from __future__ import annotations

from kpfield.ui.qt import (
    QAbstractItemView,
    QFont,
    QFontMetrics,
    QHeaderView,
    QResizeEvent,
    Qt,
    QTableView,
    QTimer,
    QWidget,
)


class HeatMapView(QTableView):
    """The heat map's view: one cell selected at a time, shown by a frame so that it keeps its
    status colour. Row titles give up width so that the countries' columns stay in view, and wrap
    over as many lines as they need instead of being cut."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
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
        header = self.verticalHeader()
        width = max(150, room)
        header.setMaximumWidth(width)
        if model is None:
            return
        # each row as high as its title wrapped in the width the header gets (padding: 6 px a side, 4 above and below)
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the style sheet's section titles are semi-bold
        metrics = QFontMetrics(bold)
        titles = [str(model.headerData(r, Qt.Orientation.Vertical) or "") for r in range(model.rowCount())]
        widest = max((metrics.horizontalAdvance(t) for t in titles), default=0) + 12
        laid_out = header.width() if header.isVisible() and header.width() > 40 else width
        text_width = (
            min(width, widest, laid_out) - 20
        )  # padding, and a little room: the header may be laid out narrower
        for r, title in enumerate(titles):
            box = metrics.boundingRect(0, 0, max(text_width, 40), 10_000, int(Qt.TextFlag.TextWordWrap.value), title)
            header.resizeSection(r, max(24, box.height() + 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_row_titles()
        QTimer.singleShot(0, self, self.fit_row_titles)  # again once the header has its new width

"""What of a window's text is cut: labels, buttons and table headers whose text is wider than
the room they are given (the check behind the 1366x768 tests)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from kpfield.ui.qt import QFont, QFontMetrics, QHeaderView, QLabel, QListWidget, Qt, QWidget


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0


def elided_texts(top: QWidget) -> list[str]:
    """Each visible text of ``top`` that does not fit, as 'kind: text (needs N px, has M)'."""
    cut: list[str] = []
    for label in top.findChildren(QLabel):
        text = label.text()
        if not text or not _shown(label) or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if "<" in text and label.textFormat() != Qt.TextFormat.PlainText:
            continue
        room = (
            label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
            if label.indent() > 0
            else (label.contentsRect().width() - 2 * label.margin())
        )
        need = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if need > room + 1:
            cut.append(f"label: {text!r} (needs {need} px, has {room})")
    for view in top.findChildren(QListWidget):
        if not _shown(view):
            continue
        for i in range(view.count()):
            item = view.item(i)
            rect = view.visualItemRect(item)
            need = view.fontMetrics().horizontalAdvance(item.text()) + view.iconSize().width() + 24
            if item.text() and rect.width() and need > view.viewport().width():
                cut.append(f"list item: {item.text()!r} (needs {need} px, has {view.viewport().width()})")
    for button in top.findChildren(QAbstractButton):
        if button.text() and _shown(button) and button.width() < button.sizeHint().width() - 1:
            cut.append(f"button: {button.text()!r} (needs {button.sizeHint().width()} px, has {button.width()})")
    for header in top.findChildren(QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
            continue
        model = header.model()
        sorted_by = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        shown_indicator = header.isSortIndicatorShown()
        header.setSortIndicatorShown(False)  # measured without the arrow, drawn in one section only
        plain = [header.sectionSizeFromContents(i).width() for i in range(header.count())]
        header.setSortIndicatorShown(shown_indicator)
        room = header.viewport().width()
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            text = str(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            start = header.sectionViewportPosition(i)
            if not text or start < 0 or start + header.sectionSize(i) > room:
                continue  # at or past the edge of the table: scrolled to, not cut
            need = header.sectionSizeFromContents(i).width() if i == sorted_by else plain[i]
            has = header.sectionSize(i)
            if need > has + 1:
                cut.append(f"header: {text!r} (needs {need} px, has {has})")

    for header in top.findChildren(QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Vertical or header.model() is None:
            continue
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the style sheet's section titles are semi-bold
        model, metrics = header.model(), QFontMetrics(bold)
        wraps = bool(header.defaultAlignment() & Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))
        width = header.width() - 12  # the style sheet's padding
        for i in range(header.count()):
            text = str(model.headerData(i, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")
            if not text or header.isSectionHidden(i):
                continue
            if wraps:
                box = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap.value), text)
                if box.height() > header.sectionSize(i):
                    cut.append(f"row title: {text!r} (needs {box.height()} px high, has {header.sectionSize(i)})")
            elif metrics.horizontalAdvance(text) > width:
                cut.append(f"row title: {text!r} (needs {metrics.horizontalAdvance(text)} px, has {width})")
    return cut


def cut_cells(view, columns) -> list[str]:
    """Each cell of ``view`` in ``columns`` whose text does not fit its cell: on one line, or, in a
    view that wraps, a word wider than the cell or more lines than the row is high."""
    from PySide6.QtWidgets import QStyle

    model = view.model()
    metrics = view.fontMetrics()
    # the cell's text margins, as the style lays them out (QCommonStyle: focus frame + 1)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut: list[str] = []
    for row in range(model.rowCount()):
        for column in columns:
            text = str(model.index(row, column).data() or "")
            room = view.columnWidth(column) - 2 * margin
            if not text:
                continue
            if not view.wordWrap():
                if metrics.horizontalAdvance(text) > room:
                    cut.append(f"{text!r} (needs {metrics.horizontalAdvance(text)} px, has {room})")
                continue
            widest = max(metrics.horizontalAdvance(word) for word in text.split())
            box = metrics.boundingRect(0, 0, room, 10_000, int(Qt.TextFlag.TextWordWrap.value), text)
            if widest > room or box.height() > view.rowHeight(row):
                cut.append(f"{text!r} (needs {widest} px x {box.height()}, has {room} x {view.rowHeight(row)})")
    return cut

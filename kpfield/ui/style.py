"""How kpfield looks: Fusion with a restrained palette, and icons drawn here (nothing downloaded).

Icons are painted with QPainter at the size asked, so they stay sharp at 100% and 150% scaling
and ship inside the program with no image files to lose.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from .qt import (
    QApplication,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPointF,
    QPolygonF,
    QRectF,
    QStyleFactory,
    Qt,
)

INK = QColor("#33414e")
ACCENT = QColor("#2b6777")
ACCENT_LIGHT = QColor("#dcebee")
WINDOW = QColor("#f3f4f6")
ERROR = QColor("#b42318")
WARNING = QColor("#9a5b00")
MUTED = QColor("#6b7785")

STYLESHEET = f"""
QListWidget#navigation {{
    background: #e8ebef; border: none; padding-top: 6px; font-size: 10.5pt; outline: 0;
}}
QListWidget#navigation::item {{ padding: 7px 10px; border-radius: 4px; margin: 1px 6px; color: {INK.name()}; }}
QListWidget#navigation::item:selected {{ background: {ACCENT_LIGHT.name()}; color: {INK.name()};
    border-left: 3px solid {ACCENT.name()}; font-weight: 600; }}
QListWidget#navigation::item:hover:!selected {{ background: #dde2e7; }}
QListWidget#navigation::item:selected:focus {{ border: 2px solid {ACCENT.name()};
    border-left: 5px solid {ACCENT.name()}; }}
QLabel#pageTitle {{ font-size: 14pt; font-weight: 600; color: {INK.name()}; }}
QLabel#pageCount {{ color: {MUTED.name()}; }}
QLabel#numberReading {{ color: {MUTED.name()}; }}
QLabel#numberReading[problem="error"] {{ color: {ERROR.name()}; }}
QLabel.problem-error, QLabel[problem="error"] {{ color: {ERROR.name()}; }}
QLabel[problem="warning"] {{ color: {WARNING.name()}; }}
QFrame#duplicateBanner {{ background: #fff4e0; border: 1px solid #e8c27a; border-radius: 4px; }}
QFrame#detailPane {{ background: white; border: 1px solid #d5dae0; border-radius: 4px; }}
QLabel#detailTitle {{ font-size: 12pt; font-weight: 600; color: {INK.name()}; }}
QLabel#detailLabel {{ color: {MUTED.name()}; font-size: 8.5pt; padding-top: 4px; }}
QLabel#placeholder {{ color: {MUTED.name()}; font-size: 11pt; }}
QTableView {{ gridline-color: #e3e6ea; selection-background-color: {ACCENT.name()}; }}
QHeaderView::section {{ background: #eceff2; border: none; border-right: 1px solid #d9dde2;
    border-bottom: 1px solid #d9dde2; padding: 4px 6px; color: {INK.name()}; font-weight: 600; }}
QToolBar {{ border: none; spacing: 4px; padding: 3px; background: {WINDOW.name()}; }}
QStatusBar {{ color: {MUTED.name()}; }}
"""


def apply(app: QApplication) -> None:
    """Fusion with a light, quiet palette: the same on Windows and Linux."""
    app.setStyle(QStyleFactory.create("Fusion"))
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, WINDOW)
    pal.setColor(QPalette.ColorRole.WindowText, INK)
    pal.setColor(QPalette.ColorRole.Base, QColor("white"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
    pal.setColor(QPalette.ColorRole.Text, INK)
    pal.setColor(QPalette.ColorRole.Button, QColor("#e9ecef"))
    pal.setColor(QPalette.ColorRole.ButtonText, INK)
    pal.setColor(QPalette.ColorRole.Highlight, ACCENT)
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffef5"))
    pal.setColor(QPalette.ColorRole.ToolTipText, INK)
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a96a3"))
    pal.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(pal)
    font = QFont(app.font())
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


# ---- icons ---------------------------------------------------------------------------------------

Painter = Callable[[QPainter], None]
_ICONS: dict[str, Painter] = {}


def _icon(name: str) -> Callable[[Painter], Painter]:
    def register(fn: Painter) -> Painter:
        _ICONS[name] = fn
        return fn

    return register


def _pen(p: QPainter, color: QColor = INK, width: float = 5.0) -> None:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)


@_icon("new")
def _new(p: QPainter) -> None:
    _pen(p, ACCENT, 7)
    p.drawLine(QPointF(32, 12), QPointF(32, 52))
    p.drawLine(QPointF(12, 32), QPointF(52, 32))


@_icon("edit")
def _edit(p: QPainter) -> None:
    _pen(p)
    poly = QPolygonF([QPointF(14, 50), QPointF(18, 38), QPointF(42, 14), QPointF(50, 22), QPointF(26, 46)])
    p.drawPolygon(poly)
    p.drawLine(QPointF(36, 20), QPointF(44, 28))


@_icon("delete")
def _delete(p: QPainter) -> None:
    _pen(p, ERROR)
    p.drawLine(QPointF(14, 18), QPointF(50, 18))
    p.drawLine(QPointF(26, 18), QPointF(28, 11))
    p.drawLine(QPointF(28, 11), QPointF(36, 11))
    p.drawLine(QPointF(36, 11), QPointF(38, 18))
    p.drawPolygon(QPolygonF([QPointF(18, 22), QPointF(22, 54), QPointF(42, 54), QPointF(46, 22)]))
    p.drawLine(QPointF(32, 28), QPointF(32, 48))


def _arrow(p: QPainter, flip: bool) -> None:
    _pen(p)
    path = QPainterPath()
    path.moveTo(16, 26)
    path.lineTo(40, 26)
    path.cubicTo(56, 26, 56, 52, 40, 52)
    path.lineTo(26, 52)
    p.save()
    if flip:
        p.translate(64, 0)
        p.scale(-1, 1)
    p.drawPath(path)
    p.drawLine(QPointF(16, 26), QPointF(26, 16))
    p.drawLine(QPointF(16, 26), QPointF(26, 36))
    p.restore()


@_icon("undo")
def _undo(p: QPainter) -> None:
    _arrow(p, False)


@_icon("redo")
def _redo(p: QPainter) -> None:
    _arrow(p, True)


@_icon("backup")
def _backup(p: QPainter) -> None:
    _pen(p, ACCENT)
    p.drawRoundedRect(QRectF(12, 12, 40, 40), 4, 4)
    p.drawRect(QRectF(22, 12, 20, 12))
    p.drawRect(QRectF(20, 34, 24, 18))


@_icon("open")
def _open(p: QPainter) -> None:
    _pen(p)
    path = QPainterPath()
    path.moveTo(10, 50)
    path.lineTo(10, 16)
    path.lineTo(24, 16)
    path.lineTo(29, 22)
    path.lineTo(50, 22)
    path.lineTo(50, 30)
    p.drawPath(path)
    p.drawPolygon(QPolygonF([QPointF(10, 50), QPointF(18, 30), QPointF(56, 30), QPointF(48, 50)]))


@_icon("file")
def _file(p: QPainter) -> None:
    _pen(p)
    p.drawPolygon(QPolygonF([QPointF(16, 10), QPointF(38, 10), QPointF(48, 20), QPointF(48, 54), QPointF(16, 54)]))
    _pen(p, ACCENT, 5)
    p.drawLine(QPointF(32, 28), QPointF(32, 44))
    p.drawLine(QPointF(24, 36), QPointF(40, 36))


@_icon("about")
def _about(p: QPainter) -> None:
    _pen(p)
    p.drawEllipse(QRectF(10, 10, 44, 44))
    p.drawLine(QPointF(32, 29), QPointF(32, 44))
    p.setBrush(INK)
    p.drawEllipse(QRectF(30, 19, 4, 4))


@_icon("person")
def _person(p: QPainter) -> None:
    _pen(p)
    p.drawEllipse(QRectF(22, 10, 20, 20))
    path = QPainterPath()
    path.moveTo(12, 54)
    path.cubicTo(12, 36, 52, 36, 52, 54)
    p.drawPath(path)


@_icon("organisation")
def _organisation(p: QPainter) -> None:
    _pen(p)
    p.drawRect(QRectF(14, 14, 24, 40))
    p.drawRect(QRectF(38, 28, 14, 26))
    for y in (22, 32, 42):
        p.drawLine(QPointF(21, y), QPointF(31, y))


@_icon("licence")
def _licence(p: QPainter) -> None:
    _pen(p)
    p.drawRoundedRect(QRectF(8, 16, 48, 32), 4, 4)
    p.drawEllipse(QRectF(14, 24, 12, 12))
    p.drawLine(QPointF(32, 26), QPointF(48, 26))
    p.drawLine(QPointF(32, 34), QPointF(44, 34))
    p.drawLine(QPointF(14, 41), QPointF(26, 41))


@_icon("site")
def _site(p: QPainter) -> None:
    _pen(p)
    path = QPainterPath()
    path.moveTo(32, 56)
    path.cubicTo(14, 36, 14, 30, 14, 26)
    path.arcTo(QRectF(14, 8, 36, 36), 180, -180)
    path.cubicTo(50, 30, 50, 36, 32, 56)
    p.drawPath(path)
    p.drawEllipse(QRectF(26, 20, 12, 12))


@_icon("production")
def _production(p: QPainter) -> None:
    _pen(p, ACCENT)
    poly = QPolygonF([QPointF(20, 14), QPointF(44, 14), QPointF(54, 26), QPointF(32, 52), QPointF(10, 26)])
    p.drawPolygon(poly)
    p.drawLine(QPointF(10, 26), QPointF(54, 26))
    p.drawLine(QPointF(24, 26), QPointF(32, 52))
    p.drawLine(QPointF(40, 26), QPointF(32, 52))


@_icon("sale")
def _sale(p: QPainter) -> None:
    _pen(p)
    p.drawLine(QPointF(10, 24), QPointF(50, 24))
    p.drawLine(QPointF(42, 16), QPointF(50, 24))
    p.drawLine(QPointF(42, 32), QPointF(50, 24))
    p.drawLine(QPointF(54, 42), QPointF(14, 42))
    p.drawLine(QPointF(22, 34), QPointF(14, 42))
    p.drawLine(QPointF(22, 50), QPointF(14, 42))


@_icon("inspection")
def _inspection(p: QPainter) -> None:
    _pen(p)
    p.drawEllipse(QRectF(12, 12, 28, 28))
    p.drawLine(QPointF(36, 36), QPointF(52, 52))


@_icon("matrix")
def _matrix(p: QPainter) -> None:
    _pen(p)
    p.drawRect(QRectF(12, 12, 40, 40))
    p.drawLine(QPointF(12, 25), QPointF(52, 25))
    p.drawLine(QPointF(12, 38), QPointF(52, 38))
    p.drawLine(QPointF(28, 12), QPointF(28, 52))


@_icon("exchange")
def _exchange(p: QPainter) -> None:
    _pen(p)
    p.drawPolygon(QPolygonF([QPointF(14, 10), QPointF(36, 10), QPointF(44, 18), QPointF(44, 30), QPointF(14, 30)]))
    p.drawLine(QPointF(22, 40), QPointF(22, 54))
    p.drawLine(QPointF(16, 48), QPointF(22, 54))
    p.drawLine(QPointF(28, 48), QPointF(22, 54))
    p.drawLine(QPointF(42, 54), QPointF(42, 40))
    p.drawLine(QPointF(36, 46), QPointF(42, 40))
    p.drawLine(QPointF(48, 46), QPointF(42, 40))


@_icon("map")
def _map(p: QPainter) -> None:
    _pen(p)
    p.drawPolygon(
        QPolygonF(
            [QPointF(8, 14), QPointF(22, 8), QPointF(42, 14), QPointF(56, 8)]
            + [QPointF(56, 50), QPointF(42, 56), QPointF(22, 50), QPointF(8, 56)]
        )
    )
    p.drawLine(QPointF(22, 8), QPointF(22, 50))
    p.drawLine(QPointF(42, 14), QPointF(42, 56))


@_icon("app")
def _app(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ACCENT)
    p.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12)
    pen = QPen(QColor("white"), 4.5)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    poly = QPolygonF([QPointF(22, 18), QPointF(42, 18), QPointF(51, 28), QPointF(32, 50), QPointF(13, 28)])
    p.drawPolygon(poly)
    p.drawLine(QPointF(13, 28), QPointF(51, 28))


def _render(name: str, size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 64, size / 64)
    _ICONS[name](p)
    p.end()
    return pm


@functools.cache
def icon(name: str) -> QIcon:
    """A shipped icon by name (``new``, ``edit``, ``person``, ...), sharp at 16 to 64 pixels."""
    if name not in _ICONS:
        raise KeyError(f"no icon {name!r}; known: {', '.join(sorted(_ICONS))}")
    ic = QIcon()
    for size in (16, 20, 24, 32, 48, 64):
        ic.addPixmap(_render(name, size))
    return ic

"""The map itself: a QGraphicsView over a scene in the map's flat projection (see data.py).

Layers are a few items that each paint many shapes at once (borders, district outlines, licence
areas, sites), not one item per site: 20,000 items would cost Qt more to index and draw than one
item that filters its points with numpy and draws each colour with one call. Pens are cosmetic
(pixels at any zoom). Pan by dragging or with the arrow keys, zoom with the wheel or + and -,
fit with 0 or Home; a click on a site selects it, a shift-click adds it to the selection (or takes
it out), and a shift-drag selects the sites in the box drawn.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from shapely.geometry.base import BaseGeometry

from kpfield.ui.qt import (
    QBrush,
    QColor,
    QFont,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPointF,
    QPolygonF,
    QRectF,
    QStyleOptionGraphicsItem,
    Qt,
    QWheelEvent,
    QWidget,
    Signal,
    translate,
)

from .data import METRES_PER_UNIT, MapData

__all__ = ["MapView", "STATUS_COLOURS", "FLAG_COLOURS", "nice_length", "draw_scale_bar", "build_scene"]

STATUS_COLOURS = {
    "active": QColor("#2e7d32"),
    "idle": QColor("#0288d1"),
    "abandoned": QColor("#757575"),
    "rehabilitated": QColor("#8e24aa"),
}
FLAG_COLOURS = {"outside": QColor("#d32f2f"), "licence": QColor("#e91e63"), "uninspected": QColor("#ff9800")}
FLAG_ORDER = ("outside", "licence", "uninspected")  # the worst first
_DOT, _RING, _PICK = 7.0, 12.0, 9.0  # pixels


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 x 10^n metres not above ``metres``."""
    if metres <= 0:
        return 0.0
    exp = 10 ** math.floor(math.log10(metres))
    return float(max(m * exp for m in (1, 2, 5) if m * exp <= metres))


def _path(data: MapData, geom: BaseGeometry) -> QPainterPath:
    path = QPainterPath()
    polys = getattr(geom, "geoms", [geom])
    for poly in polys:
        rings = [poly.exterior, *poly.interiors] if hasattr(poly, "exterior") else [poly]
        for ring in rings:
            pts = [QPointF(*data.to_scene(lat, lon)) for lon, lat in ring.coords]
            if pts:
                path.addPolygon(QPolygonF(pts))
                path.closeSubpath()
    return path


class _Layer(QGraphicsItem):
    def __init__(self, rect: QRectF):
        super().__init__()
        self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect


class BordersLayer(_Layer):
    def __init__(self, data: MapData):
        self.path = QPainterPath()
        for geom in data.borders.values():
            self.path.addPath(_path(data, geom))
        super().__init__(self.path.boundingRect().adjusted(-1, -1, 1, 1))

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        p.setBrush(QColor("#f4f1e8"))
        pen = QPen(QColor("#6d6552"), 1.6)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.drawPath(self.path)


class DistrictsLayer(_Layer):
    """Each district as the outline of its own sites, dashed and labelled as such."""

    def __init__(self, data: MapData):
        self.shapes = [(name, _path(data, hull)) for name, hull in data.districts]
        rect = QRectF()
        for _, path in self.shapes:
            rect = rect.united(path.boundingRect())
        super().__init__(rect.adjusted(-1, -1, 1, 1))

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pen = QPen(QColor("#5d4037"), 1.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for _, path in self.shapes:
            p.drawPath(path)
        t = p.worldTransform()
        p.save()
        p.resetTransform()
        font = QFont(p.font())
        font.setPointSizeF(8.5)
        p.setFont(font)
        p.setPen(QColor("#5d4037"))
        for name, path in self.shapes:
            r = t.mapRect(path.boundingRect())
            if r.width() > 60:
                label = translate("MapView", "{district} (outline of its sites)").format(district=name)
                p.drawText(QPointF(r.left() + 4, r.top() - 4), label)
        p.restore()


def _pixels(xs: np.ndarray, ys: np.ndarray, p: QPainter) -> tuple[np.ndarray, np.ndarray]:
    """Scene points to whole device pixels under the painter's (scale and translate) transform."""
    t = p.worldTransform()
    return np.rint(xs * t.m11() + t.dx()).astype(np.int64), np.rint(ys * t.m22() + t.dy()).astype(np.int64)


def _in_rect(xs: np.ndarray, ys: np.ndarray, r: QRectF, margin: float) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return (
            (xs >= r.left() - margin)
            & (xs <= r.right() + margin)
            & (ys >= r.top() - margin)
            & (ys <= r.bottom() + margin)
        )


def _once_per_pixel(ix: np.ndarray, iy: np.ndarray, kind: np.ndarray, order: np.ndarray) -> np.ndarray:
    """The positions in ``order`` left once a pixel shows one shape of a kind (a cluster of sites
    at a national zoom is thousands of dots on a few pixels), in the order given."""
    keys = (ix[order] << 32) ^ ((iy[order] & 0xFFFF) << 8) ^ kind[order]
    _, first = np.unique(keys, return_index=True)
    return order[np.sort(first)]


class AreasLayer(_Layer):
    """Licence areas: a polygon each where it is a few pixels across or more, else a small square
    (a 1 ha plot is far below a pixel on a district's map)."""

    def __init__(self, data: MapData):
        self.polys = []
        x0, y0, x1, y1 = [], [], [], []
        for a in data.areas:
            pts = [data.to_scene(lat, lon) for lat, lon in a.corners]
            self.polys.append(QPolygonF([QPointF(x, y) for x, y in pts]))
            xs, ys = [x for x, _ in pts], [y for _, y in pts]
            x0.append(min(xs))
            y0.append(min(ys))
            x1.append(max(xs))
            y1.append(max(ys))
        self.x0, self.y0 = np.array(x0, dtype=np.float64), np.array(y0, dtype=np.float64)
        self.x1, self.y1 = np.array(x1, dtype=np.float64), np.array(y1, dtype=np.float64)
        self.cx, self.cy = (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2
        self.selected: set[int] = set()  # the areas of the licences selected, outlined in black
        rect = QRectF()
        if self.polys:
            rect = QRectF(QPointF(self.x0.min(), self.y0.min()), QPointF(self.x1.max(), self.y1.max()))
        super().__init__(rect.adjusted(-0.01, -0.01, 0.01, 0.01))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.polys:
            return
        r = option.exposedRect
        seen = (self.x1 >= r.left()) & (self.x0 <= r.right()) & (self.y1 >= r.top()) & (self.y0 <= r.bottom())
        scale = p.worldTransform().m11()
        big = seen & ((self.x1 - self.x0) * scale >= 4)
        small = seen & ~big
        pen = QPen(QColor("#ef6c00"), 1.5)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(QColor(255, 167, 38, 70))
        for i in np.flatnonzero(big).tolist():
            p.drawPolygon(self.polys[i])
        order = np.flatnonzero(small)
        if order.size:
            ix, iy = _pixels(self.cx, self.cy, p)
            keep = _once_per_pixel(ix, iy, np.zeros_like(ix), order)
            p.save()
            p.resetTransform()
            colour = QColor("#ef6c00")
            for x, y in zip(ix[keep].tolist(), iy[keep].tolist(), strict=True):
                p.fillRect(x - 1, y - 1, 3, 3, colour)
            p.restore()
        if self.selected:
            pen = QPen(QColor("#111111"), 3.0)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            for i in sorted(self.selected):
                if seen[i]:
                    p.drawPolygon(self.polys[i])


class TracksLayer(_Layer):
    """A handheld's tracks (the route of a day's inspections): one line per segment."""

    def __init__(self, data: MapData, segments: list[list[tuple[float, float]]]):
        self.path = QPainterPath()
        for seg in segments:
            pts = [QPointF(*data.to_scene(lat, lon)) for lat, lon in seg]
            if len(pts) >= 2:
                self.path.addPolygon(QPolygonF(pts))
        super().__init__(self.path.boundingRect().adjusted(-0.01, -0.01, 0.01, 0.01))

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pen = QPen(QColor("#1565c0"), 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(self.path)


def _sprite(fill: QColor, ring: QColor | None) -> QPixmap:
    size = int(_RING) + 2
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    q = QPainter(pm)
    q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    q.setPen(Qt.PenStyle.NoPen)
    c = QPointF(size / 2, size / 2)
    if ring is not None:
        q.setBrush(ring)
        q.drawEllipse(c, _RING / 2, _RING / 2)
    q.setBrush(fill)
    q.drawEllipse(c, _DOT / 2, _DOT / 2)
    q.end()
    return pm


def _ring_sprite() -> QPixmap:
    """The black ring around a selected site."""
    size = int(_RING) + 10
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    q = QPainter(pm)
    q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    q.setPen(QPen(QColor("#111111"), 2.0))
    q.setBrush(Qt.BrushStyle.NoBrush)
    q.drawEllipse(QPointF(size / 2, size / 2), _RING / 2 + 2, _RING / 2 + 2)
    q.end()
    return pm


class SitesLayer(_Layer):
    """Every located site as a dot coloured by its status, with a ring for its worst flag: one
    small picture per status and flag, stamped at each site, once per pixel."""

    def __init__(self, data: MapData):
        self.map = data
        self.visible = ~np.isnan(data.xs)
        self.selected: set[int] = set()
        ok = self.visible
        if ok.any():
            rect = QRectF(
                QPointF(float(data.xs[ok].min()), float(data.ys[ok].min())),
                QPointF(float(data.xs[ok].max()), float(data.ys[ok].max())),
            )
        else:
            rect = QRectF()
        super().__init__(rect.adjusted(-1, -1, 1, 1))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        statuses = list(STATUS_COLOURS)
        flags = [None, *FLAG_ORDER[::-1]]  # by rising severity: the worst is drawn last, on top
        self.sprites = [_sprite(STATUS_COLOURS[st], FLAG_COLOURS[f] if f else None) for f in flags for st in statuses]
        self.ring = _ring_sprite()
        status = np.array([statuses.index(s.status) if s.status in STATUS_COLOURS else 0 for s in data.sites])
        worst = np.array(
            [next((len(FLAG_ORDER) - k for k, f in enumerate(FLAG_ORDER) if f in fl), 0) for fl in data.flags]
        )
        self.kind = (worst * len(statuses) + status).astype(np.int64) if len(data.sites) else np.zeros(0, np.int64)
        self.worst = worst if len(data.sites) else np.zeros(0, np.int64)

    def set_shown(self, mask: np.ndarray) -> None:
        self.visible = mask & ~np.isnan(self.map.xs)
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = option.exposedRect
        margin = _RING / max(p.worldTransform().m11(), 1e-9)
        mask = self.visible & _in_rect(self.map.xs, self.map.ys, r, margin)
        idx = np.flatnonzero(mask)
        if not idx.size:
            return
        ix, iy = _pixels(np.nan_to_num(self.map.xs), np.nan_to_num(self.map.ys), p)
        order = idx[np.argsort(self.worst[idx], kind="stable")]
        keep = _once_per_pixel(ix, iy, self.kind, order)
        half = (int(_RING) + 2) // 2
        p.save()
        p.resetTransform()
        sprites = self.sprites
        for x, y, k in zip(ix[keep].tolist(), iy[keep].tolist(), self.kind[keep].tolist(), strict=True):
            p.drawPixmap(x - half, y - half, sprites[k])
        if self.selected:
            # a stamped picture, once per pixel, like the sites: a thousand selected cost no more
            chosen = np.fromiter(self.selected, dtype=np.int64, count=len(self.selected))
            chosen = np.sort(chosen[mask[chosen]])
            if chosen.size:
                rings = _once_per_pixel(ix, iy, np.zeros_like(ix), chosen)
                half = self.ring.width() // 2
                for x, y in zip(ix[rings].tolist(), iy[rings].tolist(), strict=True):
                    p.drawPixmap(x - half, y - half, self.ring)
        p.restore()

    def nearest(self, x: float, y: float, radius: float) -> int | None:
        """The index of the shown site nearest (x, y) in scene units, within ``radius``."""
        ok = self.visible
        if not ok.any():
            return None
        with np.errstate(invalid="ignore"):
            d = np.where(ok, (self.map.xs - x) ** 2 + (self.map.ys - y) ** 2, np.inf)
        i = int(np.argmin(d))
        return i if d[i] <= radius * radius else None

    def inside(self, rect: QRectF) -> list[int]:
        """The indices of the shown sites inside ``rect`` (scene units)."""
        return np.flatnonzero(self.visible & _in_rect(self.map.xs, self.map.ys, rect.normalized(), 0.0)).tolist()


def fit_rect(data: MapData) -> QRectF:
    """What "the whole map" shows: the data's extent with a margin."""
    x0, y0, x1, y1 = data.bounds()
    w, h = max(x1 - x0, 0.02), max(y1 - y0, 0.02)
    return QRectF(x0 - 0.08 * w, y0 - 0.08 * h, w * 1.16, h * 1.16)


def build_scene(scene: QGraphicsScene, data: MapData) -> SitesLayer:
    """Fill ``scene`` with the layers of ``data``; returns the sites' layer."""
    scene.clear()
    for layer in (BordersLayer(data), DistrictsLayer(data), AreasLayer(data)):
        scene.addItem(layer)
    sites = SitesLayer(data)
    scene.addItem(sites)
    x0, y0, x1, y1 = data.bounds()
    # room to pan around the data
    w, h = max(x1 - x0, 0.05), max(y1 - y0, 0.05)
    scene.setSceneRect(QRectF(x0 - 3 * w, y0 - 3 * h, 7 * w, 7 * h))
    return sites


class MapView(QGraphicsView):
    """The map. ``siteClicked(index)``: a site was clicked (-1: a click on no site);
    ``siteToggled(index)``: a site was shift-clicked; ``sitesBoxed(indices)``: the sites in the box
    of a shift-drag; ``cursorMoved(lat, lon)``: the point under the mouse."""

    siteClicked = Signal(int)
    siteToggled = Signal(int)
    sitesBoxed = Signal(list)
    cursorMoved = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(QBrush(QColor("#dce9f2")))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.data: MapData | None = None
        self.sites: SitesLayer | None = None
        self.tracks: TracksLayer | None = None
        self._press: QPointF | None = None
        self._boxing = False

    # ---- content -----------------------------------------------------------------------------

    def set_data(self, data: MapData) -> None:
        self.data = data
        self.tracks = None  # the scene is cleared
        self.sites = build_scene(self.scene(), data)
        self.fit()

    def fit(self) -> None:
        if self.data is not None:
            self.fitInView(fit_rect(self.data), Qt.AspectRatioMode.KeepAspectRatio)

    def show_tracks(self, segments: list[list[tuple[float, float]]]) -> None:
        """Draw these track segments ((lat, lon) points each) over the map, replacing any shown."""
        if self.tracks is not None:
            self.scene().removeItem(self.tracks)
            self.tracks = None
        if self.data is not None and segments:
            self.tracks = TracksLayer(self.data, segments)
            self.scene().addItem(self.tracks)
            self.tracks.setZValue(0.5)
            if self.sites is not None:
                self.sites.setZValue(1)

    def select(self, indices: set[int], areas: set[int] | None = None) -> None:
        """Ring these sites (and outline these licence areas) as selected."""
        if self.sites is not None:
            self.sites.selected = set(indices)
            self.sites.update()
        for item in self.scene().items():
            if isinstance(item, AreasLayer):
                item.selected = set(areas or ())
                item.update()

    def centre_on_site(self, index: int) -> None:
        if self.data is not None and not math.isnan(self.data.xs[index]):
            self.centerOn(QPointF(float(self.data.xs[index]), float(self.data.ys[index])))

    # ---- pan and zoom ------------------------------------------------------------------------

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 20 <= scale <= 5_000_000:  # from a continent to a few metres across the screen
            self.scale(factor, factor)

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by a share of its width and height."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + int(dx * self.viewport().width()))
        v.setValue(v.value() + int(dy * self.viewport().height()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves: dict[Any, tuple[float, float]] = {
            Qt.Key.Key_Left: (-0.2, 0.0),
            Qt.Key.Key_Right: (0.2, 0.0),
            Qt.Key.Key_Up: (0.0, -0.2),
            Qt.Key.Key_Down: (0.0, 0.2),
        }
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        try:
            if key in moves:
                self.pan(*moves[key])
            elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom(1.25)
            elif key == Qt.Key.Key_Minus:
                self.zoom(0.8)
            elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
                self.fit()
            else:
                super().keyPressEvent(event)
        finally:
            self.setTransformationAnchor(anchor)

    # ---- pointing ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        # shift-drag draws a box that selects the sites in it, instead of panning
        self._boxing = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self._boxing:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        boxing, self._boxing = self._boxing, False
        if boxing:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position() - press).manhattanLength() > 4:
            if boxing:  # a box drawn, not a pan
                self.box(press, event.position())
            return
        self.click_at(event.position(), add=boxing)

    def click_at(self, pos: QPointF, add: bool = False) -> int | None:
        """Select the site nearest ``pos`` (viewport pixels), if one is close enough; with ``add``
        (a shift-click), add it to the selection or take it out."""
        if self.sites is None:
            return None
        at = self.mapToScene(pos.toPoint())
        index = self.sites.nearest(at.x(), at.y(), _PICK / self.transform().m11())
        if add:
            if index is not None:
                self.siteToggled.emit(index)
        else:
            self.siteClicked.emit(-1 if index is None else index)
        return index

    def box(self, start: QPointF, end: QPointF) -> list[int]:
        """Select the shown sites in the box from ``start`` to ``end`` (viewport pixels)."""
        if self.sites is None:
            return []
        rect = QRectF(self.mapToScene(start.toPoint()), self.mapToScene(end.toPoint()))
        found = self.sites.inside(rect)
        self.sitesBoxed.emit(found)
        return found

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self.data is not None:
            at = self.mapToScene(event.position().toPoint())
            lat, lon = self.data.to_lat_lon(at.x(), at.y())
            self.cursorMoved.emit(lat, lon)

    # ---- the scale bar -----------------------------------------------------------------------

    def metres_per_pixel(self) -> float:
        return METRES_PER_UNIT / self.transform().m11()

    def drawForeground(self, p: QPainter, rect: QRectF | Any) -> None:
        p.save()
        p.resetTransform()
        draw_scale_bar(p, self.metres_per_pixel(), 14.0, self.viewport().height() - 18.0)
        p.restore()


def draw_scale_bar(p: QPainter, metres_per_pixel: float, x: float, y: float) -> None:
    """A scale bar about 120 pixels long at (x, y) (its left end, on the bar), in device pixels."""
    metres = nice_length(metres_per_pixel * 120)
    width = metres / metres_per_pixel
    p.setPen(QPen(QColor("#222222"), 2))
    p.setBrush(QColor(255, 255, 255, 200))
    p.drawRect(QRectF(x - 6, y - 22, width + 12, 30))
    p.drawLine(QPointF(x, y), QPointF(x + width, y))
    p.drawLine(QPointF(x, y - 5), QPointF(x, y + 3))
    p.drawLine(QPointF(x + width, y - 5), QPointF(x + width, y + 3))
    if metres >= 1000:
        label = translate("MapView", "{n} km").format(n=f"{metres / 1000:g}")
    else:
        label = translate("MapView", "{n} m").format(n=f"{metres:g}")
    p.drawText(QPointF(x + 2, y - 8), label)

"""The map of a scope as a PNG, for reports (``kpfield map --scope district:Kono --png FILE``):
the same drawing as the Map page, with a title, the legend and the scale bar, rendered offscreen."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from kpfield import __version__
from kpfield.geo import MapScope
from kpfield.geo.export import scope_title
from kpfield.output import writing
from kpfield.store import Inventory
from kpfield.ui.qt import (
    QApplication,
    QColor,
    QFont,
    QGraphicsScene,
    QImage,
    QPainter,
    QPointF,
    QRectF,
    Qt,
    translate,
)

from .data import METRES_PER_UNIT, load_map_data
from .page import flag_text
from .view import FLAG_COLOURS, STATUS_COLOURS, TracksLayer, build_scene, draw_scale_bar, fit_rect

__all__ = ["render_png", "render_country_maps", "application"]

_HEADER = 56


def application() -> QApplication:
    """The running QApplication, or one made for drawing offscreen when there is no display."""
    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def render_png(
    inv: Inventory,
    scope: MapScope,
    path: str | Path,
    width: int = 1600,
    height: int = 1100,
    tracks: list[list[tuple[float, float]]] | None = None,
) -> int:
    """Write the map of ``scope`` to ``path`` as a PNG of ``width`` x ``height`` pixels, with a
    handheld's track segments ((lat, lon) points) when given; returns the number of sites drawn."""
    application()
    data = load_map_data(inv, scope)
    scene = QGraphicsScene()
    build_scene(scene, data)
    if tracks:
        scene.addItem(TracksLayer(data, tracks))
    target = QRectF(0, _HEADER, width, height - _HEADER)
    source = fit_rect(data)
    # the source widened or heightened to the image's shape, so that the scale is the same both ways
    ratio = target.width() / target.height()
    if source.width() / source.height() < ratio:
        grow = source.height() * ratio - source.width()
        source.adjust(-grow / 2, 0, grow / 2, 0)
    else:
        grow = source.width() / ratio - source.height()
        source.adjust(0, -grow / 2, 0, grow / 2)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillRect(target, QColor("#dce9f2"))
    p.setClipRect(target)
    scene.render(p, target, source)
    p.setClipping(False)
    draw_scale_bar(p, source.width() * METRES_PER_UNIT / target.width(), 20.0, height - 22.0)
    title = QFont()
    title.setPointSizeF(15)
    title.setBold(True)
    p.setFont(title)
    p.setPen(QColor("#222222"))
    p.drawText(QPointF(16, 26), scope_title(scope, data.sites))
    small = QFont()
    small.setPointSizeF(9)
    p.setFont(small)
    shown = int((~np.isnan(data.xs)).sum())
    p.drawText(
        QPointF(16, 46),
        translate("MapRender", "{sites} sites with a GPS point, {areas} licence areas · kpfield {version}").format(
            sites=shown, areas=len(data.areas), version=__version__
        ),
    )
    _legend(p, width)
    p.end()
    with writing(path) as staged:
        # Qt picks the format by the name's ending; the staging name keeps the target's
        if not image.save(str(staged.part), "PNG"):  # type: ignore[call-overload]
            raise OSError(translate("MapRender", "the image could not be written"))
    return shown


def render_country_maps(
    inv: Inventory, countries: Sequence[str], folder: str | Path, width: int = 1400, height: int = 890
) -> dict[str, Path]:
    """The map of each of ``countries`` as a PNG in ``folder`` (for the inventory workbook's Maps
    sheet, :func:`kpfield.report.write_inventory`'s ``maps``); by country code. Drawn in the
    thread that owns the application (Qt draws its site markers there only)."""
    made = {}
    for code in countries:
        path = Path(folder) / f"map-{code}.png"
        render_png(inv, MapScope(country=code), path, width, height)
        made[code] = path
    return made


def maps_to_send(inv: Inventory, countries: Sequence[str]) -> dict[str, Path]:
    """:func:`render_country_maps` into a temporary folder of their own (none for no country),
    for a job that writes a workbook with them in a worker; :func:`remove_maps` removes it."""
    if not countries:
        return {}
    folder = Path(tempfile.mkdtemp(prefix="kpfield-maps-"))
    try:
        return render_country_maps(inv, countries, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def remove_maps(maps: Mapping[str, Path] | None) -> None:
    """Remove the temporary folder :func:`maps_to_send` drew ``maps`` into."""
    if maps:
        shutil.rmtree(next(iter(maps.values())).parent, ignore_errors=True)


def _legend(p: QPainter, width: int) -> None:
    from kpfield.domain.labels import code_label

    items = [(c, code_label(st), False) for st, c in STATUS_COLOURS.items()]
    items += [(c, flag_text(f), True) for f, c in FLAG_COLOURS.items()]
    x, y = width - 260.0, _HEADER + 16.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 220))
    p.drawRect(QRectF(x - 10, y - 12, 250, 20 * len(items) + 10))
    for colour, text, ring in items:
        if ring:
            p.setPen(colour)
            p.setBrush(Qt.BrushStyle.NoBrush)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
        p.drawEllipse(QPointF(x, y), 5, 5)
        p.setPen(QColor("#222222"))
        p.drawText(QPointF(x + 12, y + 4), text)
        y += 20

"""The Map page driven as an officer would: pan and zoom with the keyboard and the wheel, click a
site to see it, open it in its page, search; and the PNG of a scope."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kpfield.ui.qt import QColor, QImage, QPointF, Qt

KONO = [("KON-1", 8.641, -10.971, "active"), ("KON-2", 8.70, -10.90, "idle"), ("KON-3", 8.60, -10.95, "active")]


@pytest.fixture
def mapped_window(window, inv):
    for code, lat, lon, status in KONO:
        inv.add(
            "site",
            {"country": "SL", "code": code, "district": "Kono", "status": status, "latitude": lat, "longitude": lon},
        )
    inv.add("site", {"country": "SL", "code": "KEN-1", "district": "Kenema", "status": "active"})
    return window


def show_map(window, qtbot):
    window.nav.setCurrentRow(window.stack.indexOf(window.map_page))
    page = window.map_page
    qtbot.waitUntil(lambda: page.data is not None)
    return page


def site_position(page, code):
    i = next(i for i, s in enumerate(page.data.sites) if s.code == code)
    return page.view.mapFromScene(QPointF(float(page.data.xs[i]), float(page.data.ys[i])))


def test_the_page_shows_the_officers_district_with_its_sites(qtbot, mapped_window):
    page = show_map(mapped_window, qtbot)
    assert page.scope.currentText().strip() == "Kono"  # the inventory's own district
    assert [s.code for s in page.data.sites] == ["KON-1", "KON-2", "KON-3"]
    assert page.count.text() == "3 sites on the map, 0 without a GPS point, 0 licence areas"
    assert page.data.districts and page.data.districts[0][0] == "Kono"
    for code in ("KON-1", "KON-2", "KON-3"):
        assert page.view.viewport().rect().contains(site_position(page, code))
    page.scope.setCurrentIndex(0)  # all sites: the one without a point is counted, not drawn
    assert "1 without a GPS point" in page.count.text()


def test_zoom_and_pan_with_keyboard_and_wheel(qtbot, mapped_window):
    page = show_map(mapped_window, qtbot)
    view = page.view
    view.setFocus()
    scale = view.transform().m11()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(scale * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() == pytest.approx(scale)
    before = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() > before.x() and after.y() > before.y()  # east and south
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        P(0, 0),
        P(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(wheel)
    assert view.transform().m11() == pytest.approx(scale * 1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.transform().m11() == pytest.approx(scale)
    # the scale bar follows the zoom
    assert view.metres_per_pixel() == pytest.approx(111_320 / scale)


def test_drag_pans(qtbot, mapped_window):
    page = show_map(mapped_window, qtbot)
    view = page.view
    vp = view.viewport()
    before = view.mapToScene(vp.rect().center())
    start = vp.rect().center()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    for step in range(1, 6):
        at = QPointF(start.x() - 20 * step, start.y())
        move = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            at,
            vp.mapToGlobal(at),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(vp, move)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(start.x() - 100, start.y()))
    after = view.mapToScene(vp.rect().center())
    assert after.x() > before.x()  # dragged west: the map shows what lies east
    assert page.selected_site() is None  # a drag is no click


def test_click_a_site_see_it_and_open_it(qtbot, mapped_window):
    page = show_map(mapped_window, qtbot)
    vp = page.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=site_position(page, "KON-2"))
    assert page.selected_site().code == "KON-2"
    assert "KON-2" in page.detail.text() and "idle" in page.detail.text()
    assert page.view.sites.selected
    # the point under the mouse, in both forms
    qtbot.mouseMove(vp, site_position(page, "KON-2"))
    lat, lon = map(float, page.cursor_label.text().replace(",", " ").split()[:2])
    pixel = page.view.metres_per_pixel() / 111_320
    assert lat == pytest.approx(8.70, abs=2 * pixel) and lon == pytest.approx(-10.90, abs=2 * pixel)
    assert "N" in page.cursor_label.text() and "W" in page.cursor_label.text()
    with qtbot.waitSignal(page.openRecord):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    records = mapped_window.current_page()
    assert records is not None and records.kind == "site"
    assert mapped_window.inv.get("site", records.current_id())["code"] == "KON-2"
    # back on the map, a click on empty ground clears the selection
    page = show_map(mapped_window, qtbot)
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert page.selected_site() is None and not page.open_button.isEnabled()


def test_search_keeps_the_matching_sites(qtbot, mapped_window):
    page = show_map(mapped_window, qtbot)
    qtbot.keyClicks(page.search, "kon-3")
    assert page.count.text().startswith("1 sites on the map")
    # a hidden site cannot be clicked
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=site_position(page, "KON-2"))
    assert page.selected_site() is None
    assert page.select_site(next(s.id for s in page.data.sites if s.code == "KON-3"))
    assert page.selected_site().code == "KON-3"


def test_a_saved_site_appears_on_the_map_and_undo_removes_it(qtbot, mapped_window):
    page = show_map(mapped_window, qtbot)
    values = {"country": "SL", "code": "KON-9", "district": "Kono", "status": "active"}
    mapped_window.editor.add("site", {**values, "latitude": 8.65, "longitude": -10.96})
    assert any(s.code == "KON-9" for s in page.data.sites)
    mapped_window.editor.undo_stack.undo()
    assert not any(s.code == "KON-9" for s in page.data.sites)


def test_cli_map_png(tmp_path, inv):
    from kpfield.cli import main

    for code, lat, lon, status in KONO:
        inv.add(
            "site",
            {"country": "SL", "code": code, "district": "Kono", "status": status, "latitude": lat, "longitude": lon},
        )
    db = inv.path
    inv.close()
    png = tmp_path / "kono.png"
    assert (
        main(
            ["map", "--db", str(db), "--scope", "district:Kono", "--png", str(png), "--width", "800", "--height", "600"]
        )
        == 0
    )
    image = QImage(str(png))
    assert (image.width(), image.height()) == (800, 600)
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 600, 7)}
    assert len(colours) > 10  # the header, the land, the sites, the legend, the scale bar
    assert main(["map", "--db", str(db), "--scope", "province:East", "--png", str(png)]) == 2


DAY = """<?xml version="1.0" encoding="UTF-8"?>
<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="eTrex 32x"><trk><name>ACTIVE LOG</name>
<trkseg><trkpt lat="8.641" lon="-10.971"/><trkpt lat="8.66" lon="-10.94"/><trkpt lat="8.70" lon="-10.90"/></trkseg>
<trkseg><trkpt lat="8.70" lon="-10.90"/><trkpt lat="8.60" lon="-10.95"/></trkseg></trk></gpx>"""


def test_a_days_tracks_are_drawn_and_a_hostile_file_is_refused(qtbot, mapped_window, tmp_path):
    page = show_map(mapped_window, qtbot)
    day = tmp_path / "day.gpx"
    day.write_text(DAY, encoding="utf-8")
    assert page.show_tracks(str(day))
    assert page.view.tracks is not None and page.view.tracks.path.elementCount() == 5
    assert page.count.text().startswith("tracks of day.gpx: 5 points")
    page.view.grab()  # paints
    page.reload()  # the tracks stay on the map when it is read again
    assert page.view.tracks is not None
    bomb = tmp_path / "bomb.gpx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "a">]><gpx>&a;</gpx>', encoding="utf-8")
    assert not page.show_tracks(str(bomb))
    assert page.view.tracks is None and "bomb.gpx is refused" in page.count.text()


def test_cli_map_png_with_tracks(tmp_path, inv):
    from kpfield.cli import main

    for code, lat, lon, status in KONO:
        inv.add(
            "site",
            {"country": "SL", "code": code, "district": "Kono", "status": status, "latitude": lat, "longitude": lon},
        )
    db = inv.path
    inv.close()
    day = tmp_path / "day.gpx"
    day.write_text(DAY, encoding="utf-8")
    png = tmp_path / "route.png"
    args = ["map", "--db", str(db), "--scope", "district:Kono", "--gpx", str(day), "--png", str(png)]
    assert main([*args, "--width", "800", "--height", "600"]) == 0
    image = QImage(str(png))
    blue = sum(
        1
        for x in range(0, 800, 2)
        for y in range(60, 600, 2)
        if QColor(image.pixel(x, y)).blue() > 150 and QColor(image.pixel(x, y)).red() < 60
    )
    assert blue > 20  # the route's dashes
    (tmp_path / "bad.gpx").write_text("<kml/>", encoding="utf-8")
    assert main(["map", "--db", str(db), "--gpx", str(tmp_path / "bad.gpx"), "--png", str(png)]) == 1

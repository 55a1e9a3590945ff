"""The Map page and the Sites and Licences lists together, as an officer uses them: a site chosen
in the list is selected on the map, a site clicked (shift-clicked, boxed) on the map is selected in
the list, and the map shows only what the Sites list's filters keep when asked to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kpfield.geo import MapScope
from kpfield.ui.qt import Qt

from .test_map_page import show_map, site_position

SITES = [
    ("KON-1", 8.641, -10.971, "active"),
    ("KON-2", 8.70, -10.90, "idle"),
    ("KON-3", 8.60, -10.95, "active"),
    ("KON-4", 8.67, -10.93, "abandoned"),
]


@pytest.fixture
def sites_window(window, inv):
    person = inv.add("person", {"family_name": "Koroma", "country": "SL"}).id
    licence = inv.add(
        "licence",
        {
            "country": "SL",
            "number": "SL-ART-0001",
            "kind": "artisanal_mining",
            "holder_person_id": person,
            "status": "active",
            "issued_on": "2026-01-01",
            "expires_on": "2027-12-31",
            "area_ha": 1.0,
            "area_corners": "8.6415, -10.9715; 8.6415, -10.9706; 8.6406, -10.9706; 8.6406, -10.9715",
        },
    ).id
    ids = {}
    for code, lat, lon, status in SITES:
        values = {"country": "SL", "code": code, "district": "Kono", "status": status}
        values |= {"latitude": lat, "longitude": lon}
        if code in ("KON-1", "KON-3"):
            values["licence_id"] = licence
        ids[code] = inv.add("site", values).id
    window.ids = ids
    window.licence = licence
    return window


def codes(page, indices):
    return sorted(page.data.sites[i].code for i in indices)


def test_a_site_chosen_in_the_list_is_selected_on_the_map(qtbot, sites_window):
    win = sites_window
    page = show_map(win, qtbot)
    sites = win.go_to("site")
    assert sites.select_record(win.ids["KON-2"])
    assert codes(page, page.view.sites.selected) == ["KON-2"]
    assert page.selected_site().code == "KON-2" and "KON-2" in page.detail.text()
    # another one: the selection follows, and the map is centred on a site out of view
    page.view.zoom(200)
    sites.select_record(win.ids["KON-4"])
    assert codes(page, page.view.sites.selected) == ["KON-4"]
    win.nav.setCurrentRow(win.stack.indexOf(page))
    assert page.view.viewport().rect().contains(site_position(page, "KON-4"))


def test_a_site_the_map_does_not_show_is_said_so(qtbot, sites_window, inv):
    win = sites_window
    kenema = inv.add("site", {"country": "SL", "code": "KEN-1", "district": "Kenema", "status": "active"}).id
    page = show_map(win, qtbot)
    assert page.scope.currentText().strip() == "Kono"
    win.go_to("site").select_record(kenema)
    assert not page.view.sites.selected
    assert "not on this map" in page.detail.text() and not page.open_button.isEnabled()


def test_a_list_selection_made_before_the_map_is_drawn_is_shown_when_it_is(qtbot, sites_window):
    win = sites_window
    win.go_to("site").select_record(win.ids["KON-3"])
    page = show_map(win, qtbot)
    assert codes(page, page.view.sites.selected) == ["KON-3"]


def test_a_licence_chosen_in_its_list_selects_its_sites_and_area(qtbot, sites_window):
    win = sites_window
    page = show_map(win, qtbot)
    win.go_to("licence").select_record(win.licence)
    assert codes(page, page.view.sites.selected) == ["KON-1", "KON-3"]
    areas = next(i for i in page.view.scene().items() if type(i).__name__ == "AreasLayer")
    assert areas.selected == {0} and page.data.areas[0].number == "SL-ART-0001"


def test_a_site_clicked_on_the_map_is_selected_in_the_list(qtbot, sites_window):
    win = sites_window
    sites = win.go_to("site")
    page = show_map(win, qtbot)
    vp = page.view.viewport()
    with qtbot.waitSignal(page.sitesPicked) as picked:
        qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=site_position(page, "KON-2"))
    assert picked.args == [[win.ids["KON-2"]]]
    assert sites.current_id() == win.ids["KON-2"]
    assert win.stack.currentWidget() is page  # the officer stays on the map
    # shift-click adds a site; the list selects the last one picked, the map keeps both
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=site_position(page, "KON-4"))
    assert codes(page, page.view.sites.selected) == ["KON-2", "KON-4"]
    assert sites.current_id() == win.ids["KON-4"]
    assert "2 sites selected" in page.detail.text()
    # shift-click again takes it out
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=site_position(page, "KON-4"))
    assert codes(page, page.view.sites.selected) == ["KON-2"]


def test_a_shift_drag_selects_the_sites_in_its_box(qtbot, sites_window):
    win = sites_window
    sites = win.go_to("site")
    page = show_map(win, qtbot)
    vp = page.view.viewport()
    a, b = site_position(page, "KON-1"), site_position(page, "KON-3")
    start = QPoint(min(a.x(), b.x()) - 6, min(a.y(), b.y()) - 6)
    end = QPoint(max(a.x(), b.x()) + 6, max(a.y(), b.y()) + 6)
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, shift, pos=start)
    qtbot.mouseMove(vp, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(vp, end)
    centre = page.view.mapToScene(vp.rect().center())
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, shift, pos=end)
    assert codes(page, page.view.sites.selected) == ["KON-1", "KON-3"]
    assert sites.current_id() in (win.ids["KON-1"], win.ids["KON-3"])
    # a box selects, it does not pan
    after = page.view.mapToScene(vp.rect().center())
    assert (after.x(), after.y()) == pytest.approx((centre.x(), centre.y()))


def test_the_map_follows_the_sites_lists_filter_when_asked(qtbot, sites_window):
    win = sites_window
    sites = win.go_to("site")
    page = show_map(win, qtbot)
    assert len(page.data.sites) == 4
    active = next(i for i in range(sites.status.count()) if sites.status.itemData(i) == "active")
    sites.status.setCurrentIndex(active)
    assert len(page.data.sites) == 4  # not asked: the map shows its whole scope
    page.follow.setChecked(True)
    assert sorted(s.code for s in page.data.sites) == ["KON-1", "KON-3"]
    assert page.count.text().startswith("As filtered in Sites: 2 sites on the map")
    # the list's filter changes: the map follows
    sites.status.setCurrentIndex(0)
    sites.search.setText("KON-4")
    sites.apply_filters()
    win.nav.setCurrentRow(win.stack.indexOf(page))
    qtbot.waitUntil(lambda: [s.code for s in page.data.sites] == ["KON-4"])
    page.follow.setChecked(False)
    assert len(page.data.sites) == 4
    # the map's own scope still applies on top of the list's filter
    page.follow.setChecked(True)
    page.set_scope(MapScope(country="SL", district="Kono"))
    assert [s.code for s in page.data.sites] == ["KON-4"]

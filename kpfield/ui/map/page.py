"""The Map page: the map of a country, a district or everything, a search box, the legend, and
the detail of the site clicked, with a button that opens it in its page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from kpfield.domain.coords import format_point
from kpfield.domain.labels import code_label
from kpfield.domain.places import country_name
from kpfield.domain.text import fold
from kpfield.geo import GpxError, MapScope, SiteFeature, read_gpx
from kpfield.ui.qt import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QShowEvent,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

from .data import MapData, load_map_data
from .view import FLAG_COLOURS, STATUS_COLOURS, MapView

__all__ = ["MapPage"]


def _dot(colour: str, ring: bool = False) -> str:
    return f"<span style='color:{colour}; font-size:large'>{'&#9711;' if ring else '&#9679;'}</span>"


def flag_text(flag: str) -> str:
    return {
        "outside": translate("MapPage", "outside the country"),
        "licence": translate("MapPage", "active without a valid licence"),
        "uninspected": translate("MapPage", "not inspected in the last year"),
    }[flag]


class MapPage(QWidget):
    """``openRecord(kind, id)``: the officer asked to open a record in its page;
    ``sitesPicked(ids)``: the officer selected these sites on the map (the last one clicked last;
    empty: a click on no site). ``list_filter``, given by the window, returns the ids of the sites
    the Sites list's search and filters keep (None: no list to follow)."""

    openRecord = Signal(str, str)
    sitesPicked = Signal(list)

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.inv = editor.inv
        self.data: MapData | None = None
        self.current: int | None = None
        self.chosen: list[int] = []  # the sites selected, in the order they were picked
        self._wanted: tuple[set[str], str | None] = (set(), None)  # (site ids, licence id) to select
        self.list_filter: Callable[[], frozenset[str] | None] | None = None
        self._loaded = False

        top = QHBoxLayout()
        self.scope = QComboBox(self)
        self.scope.setObjectName("mapScope")
        self.search = QLineEdit(self)
        self.search.setObjectName("mapSearch")
        self.search.setPlaceholderText(translate("MapPage", "Search sites by code, name or village"))
        self.search.setClearButtonEnabled(True)
        self.fit_button = QPushButton(translate("MapPage", "Whole map"), self)
        self.tracks_button = QPushButton(translate("MapPage", "Show GPS tracks…"), self)
        self.tracks_button.setToolTip(translate("MapPage", "Draw the tracks of a GPX file: the route of a day's work"))
        top.addWidget(QLabel(translate("MapPage", "Show"), self))
        top.addWidget(self.scope, 1)
        top.addWidget(self.search, 2)
        top.addWidget(self.fit_button)
        top.addWidget(self.tracks_button)
        self.follow = QCheckBox(translate("MapPage", "As filtered in Sites"), self)
        self.follow.setObjectName("mapFollowList")
        self.follow.setToolTip(
            translate(
                "MapPage",
                "Show only the sites that the Sites page's search and filters keep (status, district...), "
                "and follow them as they change",
            )
        )
        top.addWidget(self.follow)

        self.view = MapView(self)
        self.view.setObjectName("mapView")
        side = QWidget(self)
        side_box = QVBoxLayout(side)
        self.detail = QLabel(side)
        self.detail.setObjectName("mapDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(translate("MapPage", "Open site"), side)
        self.open_button.setEnabled(False)
        self.legend = QLabel(side)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        side_box.addWidget(self.detail, 1)
        side_box.addWidget(self.open_button)
        side_box.addWidget(self.legend)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 260])
        self.cursor_label = QLabel(self)
        self.cursor_label.setObjectName("mapCursor")
        self.count = QLabel(self)

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cursor_label, 1)
        bottom.addWidget(self.count)
        box.addLayout(bottom)

        self.legend.setText(self._legend())
        self._scopes_filled = False
        self.scope.currentIndexChanged.connect(lambda _: self.reload())
        self.search.textChanged.connect(self._filter)
        self.fit_button.clicked.connect(self.view.fit)
        self.tracks_button.clicked.connect(self._choose_tracks)
        self.tracks: list[list[tuple[float, float]]] = []
        self.tracks_note = ""
        self.view.siteClicked.connect(self._clicked)
        self.view.siteToggled.connect(self._toggled)
        self.view.sitesBoxed.connect(self._boxed)
        self.follow.toggled.connect(lambda _on: self.reload() if self._loaded else None)
        self.view.cursorMoved.connect(self._cursor)
        self.open_button.clicked.connect(self._open)
        self._show_detail(None)

    # ---- scope and data ----------------------------------------------------------------------

    def _fill_scopes(self) -> None:
        """The scopes there are sites in; the current one kept, else the inventory's own district
        (or country) the first time."""
        keep = self.scope.currentData() if self._scopes_filled else None
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(translate("MapPage", "All sites"), MapScope())
        for c in self.inv.site_countries():
            self.scope.addItem(country_name(c), MapScope(country=c))
            for d in self.inv.site_districts(c):
                self.scope.addItem(f"    {d}", MapScope(country=c, district=d))
        wanted = [keep] if keep is not None else []
        own = self.inv.identity
        wanted += [MapScope(country=own.country, district=own.district), MapScope(country=own.country)]
        for scope in wanted:
            index = next((i for i in range(self.scope.count()) if self.scope.itemData(i) == scope), None)
            if index is not None:
                self.scope.setCurrentIndex(index)
                break
        self.scope.blockSignals(False)
        self._scopes_filled = True

    def set_scope(self, scope: MapScope) -> bool:
        if not self._scopes_filled:
            self._fill_scopes()
        for i in range(self.scope.count()):
            if self.scope.itemData(i) == scope:
                self.scope.setCurrentIndex(i)
                self._ensure_loaded()
                return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_loaded()

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self._fill_scopes()
            self.reload()

    def reload(self) -> None:
        """Read the scope's sites and areas again (after an import or a change)."""
        self._loaded = True
        scope = self.scope.currentData() or MapScope()
        listed = self.list_filter() if self.follow.isChecked() and self.list_filter is not None else None
        if listed is not None:
            scope = replace(scope, site_ids=listed)
        self.data = load_map_data(self.inv, scope)
        self.view.set_data(self.data)
        self.view.show_tracks(self.tracks)
        self.current = None
        self.chosen = []
        self._show_detail(None)
        self._filter(self.search.text())
        self._apply_wanted(centre=False)

    def list_filter_changed(self) -> None:
        """The Sites list's search or filters changed: the map follows them when asked to."""
        if self.follow.isChecked():
            self.refresh()

    def refresh(self) -> None:
        """Records changed: read again when the page has been shown, else at its next showing."""
        if self._loaded and self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def _choose_tracks(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MapPage", "Show GPS tracks"), "", translate("MapPage", "GPX files (*.gpx)")
        )
        if path:
            self.show_tracks(path)

    def show_tracks(self, path: str) -> bool:
        """Draw the tracks of the GPX file at ``path`` (read as carefully as an import); a file
        refused is said in the page's status line. Returns whether the tracks are shown."""
        try:
            data = read_gpx(path)
        except GpxError as e:
            self.tracks, self.tracks_note = [], str(e)
        else:
            self.tracks = [list(seg) for t in data.tracks for seg in t.segments]
            points = sum(len(seg) for seg in self.tracks)
            self.tracks_note = translate("MapPage", "tracks of {file}: {points} points").format(
                file=data.path.name, points=points
            )
        self.view.show_tracks(self.tracks)
        self._filter(self.search.text())
        return bool(self.tracks)

    def _filter(self, text: str) -> None:
        if self.data is None or self.view.sites is None:
            return
        needle = fold(text)
        if needle:
            mask = np.array(
                [needle in fold(f"{s.code} {s.name or ''} {s.village or ''}") for s in self.data.sites], dtype=bool
            )
        else:
            mask = np.ones(len(self.data.sites), dtype=bool)
        self.view.sites.set_shown(mask)
        shown = int((mask & ~np.isnan(self.data.xs)).sum())
        without = sum(1 for s, m in zip(self.data.sites, mask.tolist(), strict=True) if m and not s.located)
        text = translate(
            "MapPage", "{shown} sites on the map, {without} without a GPS point, {areas} licence areas"
        ).format(shown=shown, without=without, areas=len(self.data.areas))
        if self.follow.isChecked() and self.list_filter is not None:
            text = translate("MapPage", "As filtered in Sites: {counts}").format(counts=text)
        self.count.setText(f"{self.tracks_note} · {text}" if self.tracks_note else text)

    # ---- selection and detail ----------------------------------------------------------------

    def select_site(self, site_id: str) -> bool:
        """Select a site on the map by its id and centre the map on it."""
        if self.data is None:
            self._ensure_loaded()
        assert self.data is not None
        for i, s in enumerate(self.data.sites):
            if s.id == site_id:
                self._select([i])
                self.view.centre_on_site(i)
                return True
        return False

    def highlight(self, site_ids: set[str] | frozenset[str], licence_id: str | None = None) -> int:
        """Select these sites (and a licence's area and sites) as a list selected them, without
        telling the list back; kept when the map is read again. Returns how many sites the map
        selects (0 while the page has not been drawn: it selects them when it is)."""
        self._wanted = (set(site_ids), licence_id)
        return self._apply_wanted(centre=True) if self.data is not None and self._loaded else 0

    def _apply_wanted(self, centre: bool) -> int:
        assert self.data is not None
        ids, licence = self._wanted
        if not ids and licence is None:
            return 0
        picked = [i for i, s in enumerate(self.data.sites) if s.id in ids or (licence and s.licence_id == licence)]
        areas = {i for i, a in enumerate(self.data.areas) if a.id == licence}
        self._select(picked, areas)
        if not picked and not areas:
            self.detail.setText(
                translate(
                    "MapPage",
                    "What the list selected is not on this map: choose All sites in Show, or untick "
                    "As filtered in Sites.",
                )
            )
        i = self.current
        if centre and i is not None and not np.isnan(self.data.xs[i]):
            at = self.view.mapFromScene(float(self.data.xs[i]), float(self.data.ys[i]))
            if not self.view.viewport().rect().contains(at):
                self.view.centre_on_site(i)
        return len(picked)

    def selected_site(self) -> SiteFeature | None:
        return None if self.data is None or self.current is None else self.data.sites[self.current]

    def selected_ids(self) -> list[str]:
        """The ids of the sites selected on the map, the last one picked last."""
        return [] if self.data is None else [self.data.sites[i].id for i in self.chosen]

    def _select(self, indices: list[int], areas: set[int] | None = None) -> None:
        self.chosen = list(dict.fromkeys(indices))
        self.current = self.chosen[-1] if self.chosen else None
        self.view.select(set(self.chosen), areas)
        self._show_detail(self.selected_site())

    def _picked(self, indices: list[int]) -> None:
        """The officer selected these sites on the map: the selection, told to the lists."""
        self._wanted = (set(), None)
        self._select(indices)
        self.sitesPicked.emit(self.selected_ids())

    def _clicked(self, index: int) -> None:
        self._picked([index] if index >= 0 else [])

    def _toggled(self, index: int) -> None:
        self._picked([i for i in self.chosen if i != index] + ([] if index in self.chosen else [index]))

    def _boxed(self, indices: list[int]) -> None:
        self._picked(self.chosen + [i for i in indices if i not in self.chosen])

    def _show_detail(self, s: SiteFeature | None) -> None:
        self.open_button.setEnabled(s is not None)
        if s is None:
            self.detail.setText(translate("MapPage", "Click a site on the map to see it here."))
            return
        assert self.data is not None and self.current is not None
        rows = [
            (translate("MapPage", "Status"), code_label(s.status)),
            (translate("MapPage", "Place"), ", ".join(x for x in (s.village, s.chiefdom, s.district) if x)),
            (translate("MapPage", "Point"), format_point(s.latitude, s.longitude) if s.located else "–"),  # type: ignore[arg-type]
            (translate("MapPage", "Licence"), s.licence_number or "–"),
            (translate("MapPage", "Licence expires"), s.licence_expires_on or "–"),
            (translate("MapPage", "Last inspection"), s.last_inspected_on or translate("MapPage", "never")),
        ]
        flags = [flag_text(f) for f in ("outside", "licence", "uninspected") if f in self.data.flags[self.current]]
        html = ""
        if len(self.chosen) > 1:
            many = translate("MapPage", "{n} sites selected; the last one picked:").format(n=len(self.chosen))
            html += f"<p><i>{_esc(many)}</i></p>"
        html += f"<h3>{_esc(s.code)}</h3><p>{_esc(s.name or '')}</p><table>"
        html += "".join(f"<tr><td><b>{_esc(k)}</b>&nbsp;</td><td>{_esc(v)}</td></tr>" for k, v in rows)
        html += "</table>"
        if flags:
            html += "<p style='color:#b71c1c'>" + "<br>".join(_esc(f) for f in flags) + "</p>"
        self.detail.setText(html)

    def _open(self) -> None:
        s = self.selected_site()
        if s is not None:
            self.openRecord.emit("site", s.id)

    def _cursor(self, lat: float, lon: float) -> None:
        self.cursor_label.setText(format_point(lat, lon) + "    " + format_point(lat, lon, dms=True))

    def _legend(self) -> str:
        parts = [f"{_dot(c.name())} {_esc(code_label(st))}" for st, c in STATUS_COLOURS.items()]
        parts += [f"{_dot(c.name(), ring=True)} {_esc(flag_text(f))}" for f, c in FLAG_COLOURS.items()]
        area = translate("MapPage", "licence area")
        district = translate("MapPage", "district: outline of its sites")
        parts.append(f"<span style='color:#ef6c00; font-size:large'>&#9633;</span> {_esc(area)}")
        parts.append(f"<span style='color:#5d4037'>- - -</span> {_esc(district)}")
        return "<br>".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

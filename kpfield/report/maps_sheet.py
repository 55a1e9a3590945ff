"""The inventory workbook's "Maps" sheet: one map per country of the report, a page each.

The maps are pictures made by the caller (``kpfield map``'s renderer draws them offscreen; the
report itself draws nothing and imports no drawing library): ``maps`` gives a PNG per country code.
The sheet is printed A4 landscape, each country on a page of its own, so the PDF carries the maps.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from pathlib import Path

from kpfield.domain.places import country_name
from kpfield.i18n import translate

from .book import Book, sheet_title

__all__ = ["MAP_ROWS", "write_maps_sheet"]

# A map is placed at most this wide and high (pixels at 96 dpi), which a landscape A4 page holds
# below its heading; the sheet is printed one page wide, a page break before each country.
_WIDTH, _HEIGHT = 840.0, 560.0
_ROW_PX = 20  # a default row's height in pixels
MAP_ROWS = 2 + int(_HEIGHT // _ROW_PX) + 1  # the rows one country takes: heading, note, picture
_COLUMNS = 14  # the default columns (64 pixels) the widest map spans


def _png_size(path: Path) -> tuple[int, int]:
    """A PNG's width and height from its header (ValueError for anything but a PNG)."""
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(translate("inventory_workbook", "{file} is not a PNG picture").format(file=path.name))
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def write_maps_sheet(book: Book, maps: Mapping[str, str | Path], countries: Sequence[str]) -> int:
    """Write the "Maps" sheet: for each of ``countries`` that has a picture in ``maps``, its name
    and its map, one page each. Returns the number of maps placed."""
    ws = book.wb.add_worksheet(sheet_title("Maps")[:31])
    ws.set_paper(9)
    ws.set_landscape()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_column(0, _COLUMNS - 1, 8.43)  # 64 pixels each, set: spreadsheets differ in their default
    ws.fit_to_pages(1, 0)
    ws.set_footer("&L&A&R" + translate("inventory_workbook", "page &P of &N"))
    r = placed = 0
    breaks = []
    for code in countries:
        if code not in maps:
            continue
        path = Path(maps[code])
        width, height = _png_size(path)
        scale = min(_WIDTH / width, _HEIGHT / height, 1.0)
        if placed:
            breaks.append(r)
        ws.write_string(
            r, 0, translate("inventory_workbook", "Map: {country}").format(country=country_name(code)), book.title
        )
        ws.write_string(
            r + 1,
            0,
            translate(
                "inventory_workbook",
                "Sites with a GPS point, coloured by status and ringed by their worst flag; licence areas; "
                "country borders (coarse outlines).",
            ),
            book.subtitle,
        )
        ws.insert_image(r + 2, 0, str(path), {"x_scale": scale, "y_scale": scale, "object_position": 3})
        r += MAP_ROWS
        placed += 1
    if not placed:
        ws.write_string(0, 0, translate("inventory_workbook", "No map was drawn for this report."), book.subtitle)
    else:
        ws.set_h_pagebreaks(breaks)
        ws.print_area(0, 0, r - 1, _COLUMNS - 1)
    return placed

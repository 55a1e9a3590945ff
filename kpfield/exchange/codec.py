"""How stored values become cells and cells become comparable values again.

The store keeps dates as ISO text, numbers as REAL/INTEGER and identifiers as text. A workbook
carries dates as date cells and numbers as number cells; :func:`canon` maps both to the same
text, so the data hash written into ``_about`` can be recomputed from what a reader gets back.

:func:`canonical` is the text a workbook's data hash is taken over since :data:`CANONICAL` (the
``data_canon`` fact of ``_about``): a value as any spreadsheet saves it back unchanged. Numbers
at 15 significant digits (LibreOffice writes a latitude of 8.636666666666667 as
8.63666666666667), whole numbers below 10**15 without a decimal part, dates as dates, text in
Unicode NFC. A real change of a value still changes the hash. Workbooks without the fact were
hashed with :func:`canon`, and are checked with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from kpfield.domain.entities import Entity
from kpfield.i18n import format_number, translate

# Cell kind of each field kind (see kpfield.workbook.SheetWriter).
CELL_KIND = {
    "text": "text",
    "identifier": "text",
    "choice": "text",
    "choices": "text",
    "country": "text",
    "ref": "text",
    "int": "int",
    "number": "number",
    "latitude": "number",
    "longitude": "number",
    "date": "date",
}
BOOKKEEPING_KINDS = {
    "id": "text",
    "origin": "text",
    "created_at": "text",
    "modified_at": "text",
    "modified_by": "text",
    "version": "int",
    "deleted": "int",
    "clock": "text",
    "field_clock": "text",
}


def column_kinds(ent: Entity, columns: Iterable[str]) -> list[str]:
    return [BOOKKEEPING_KINDS.get(c) or CELL_KIND[ent.field(c).kind] for c in columns]


def canon(v: Any) -> str:
    """The text a value hashes as, the same whether it came from the store or from a cell."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


# The ``data_canon`` fact of a field workbook hashed with canonical(); see the module's text.
CANONICAL = "kpfield-canonical-1"
_WHOLE = 10.0**15


def canonical(v: Any) -> str:
    """The text a value hashes as in a workbook of :data:`CANONICAL` (see the module's text)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v if v.isascii() else unicodedata.normalize("NFC", v)
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        x = float(v)
        if x != x or x in (float("inf"), float("-inf")):
            return repr(x)
        if x.is_integer() and abs(x) < _WHOLE:
            return str(int(x))
        return format(x, ".15g")
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


class DataHash:
    """SHA-256 over every sheet's title and every row's canonical cells."""

    def __init__(self, text: Callable[[Any], str] = canon) -> None:
        self._h = hashlib.sha256()
        self._text = text

    def sheet(self, entity_key: str) -> None:
        self._h.update(f"\x1d{entity_key}\x1d".encode())

    def update(self, data: bytes) -> None:
        self._h.update(data)

    def row(self, values: Iterable[Any]) -> None:
        self._h.update(("\x1f".join(map(self._text, values)) + "\x1e").encode("utf-8"))

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def encode_clock(clock: dict[str, int]) -> str:
    return json.dumps(clock, sort_keys=True, separators=(",", ":"))


# A clock names each installation that changed the record, with its count of changes: about 50
# characters an installation, so 64 KiB is more than a thousand installations.
MAX_CLOCK_TEXT = 64 * 1024


def clock_problem(text: str) -> str | None:
    """Why ``text`` (a clock cell) is refused before it is parsed, or None: longer than
    :data:`MAX_CLOCK_TEXT`, or nested (a clock is one flat object, ``{"installation": changes}``;
    JSON nested thousands deep would exhaust the parser's stack)."""
    if len(text) > MAX_CLOCK_TEXT:
        return translate("import", "the clock holds {size} characters, more than kpfield reads ({limit})").format(
            size=format_number(len(text), grouping=True), limit=format_number(MAX_CLOCK_TEXT, grouping=True)
        )
    if "[" in text or text.count("{") > 1:
        depth = deepest = 0
        for ch in text:
            if ch in "[{":
                depth += 1
                deepest = max(deepest, depth)
            elif ch in "]}":
                depth -= 1
        if deepest > 1:
            return translate(
                "import", "the clock is nested {depth} levels deep; a clock kpfield writes is one level ({example})"
            ).format(depth=format_number(deepest, grouping=True), example='{"installation": changes}')
    return None


def decode_clock(text: str | None) -> dict[str, int] | None:
    """The version vector a clock cell holds, or None when it holds none (see :func:`clock_problem`
    for the cells refused rather than ignored)."""
    if not text or clock_problem(text) is not None:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(n, int) for k, n in value.items()):
        return None
    return value


# A field_clock cell lists at most every field of a record and ``deleted``, about 30 characters
# each: 8 KiB is room for any record kind's.
MAX_FIELD_CLOCK_TEXT = 8 * 1024


def encode_field_clock(stamps: dict[str, tuple[str, int]], clock: dict[str, int], by: Any = None) -> str | None:
    """A field_clock cell: ``{"field": [i, counter]}``, ``i`` the position of the stamp's
    installation among the record's version vector's installations in sorted order (the order its
    ``clock`` cell lists them). A stamp the vector does not count (which kpfield never stores)
    goes out as the record's last change (``by``'s entry), which the vector counts. None when
    there are no stamps."""
    if not stamps:
        return None
    origins = sorted(clock)
    index = {o: i for i, o in enumerate(origins)}
    out: dict[str, list[int]] = {}
    for name, (origin, n) in sorted(stamps.items()):
        if origin not in index or n > clock[origin] or n < 1:
            if not clock:
                continue
            origin = by if isinstance(by, str) and clock.get(by, 0) > 0 else max(clock, key=lambda k: (clock[k], k))
            n = clock[origin]
        out[name] = [index[origin], n]
    return json.dumps(out, separators=(",", ":")) if out else None


def file_sha256(path: Any) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()

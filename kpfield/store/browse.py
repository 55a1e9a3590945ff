"""Browsing records: search, filters, sort and paging in SQL, for tables of a million rows.

A :class:`Browser` answers "how many records match" and "what is row N" for one query. It never
loads the whole result: rows are read a page at a time and paged by key (sort value, rowid), not
by OFFSET, so the first page, the next page and the last page are each a short walk of the sort
column's index (migration 0002 adds them). Jumping into the middle of a long result (dragging the
scroll bar) finds that page's first key with an index-only OFFSET count from the nearer end.

Search is accent- and case-insensitive through the FTS5 indexes of migration 0002: every word
typed must start a word of the record ("kerou bana" finds "Kérouané, Banankoro"). Production
records are found through their site, licence or buyer licence, and by the start of their
register reference.

Qt-free: the window's table models adapt a Browser; tests use it directly.
"""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from kpfield.domain import vocab
from kpfield.domain.rules import EXPIRING_DAYS
from kpfield.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["Column", "View", "Query", "Browser", "VIEWS", "fts_query", "rebuild_search", "SEARCH_TABLES"]

# Tables with an FTS5 index named <table>_search (migration 0002).
SEARCH_TABLES = ("person", "organisation", "licence", "site", "sale", "inspection")


@dataclass(frozen=True)
class Column:
    """One column of a record table. ``sql`` is read from the main table ``t`` or a join;
    ``sort`` is the main-table column to sort by, None when the column cannot be sorted in SQL
    with an index (values of joined records; production's stones and value, left without an index
    so that bulk imports stay fast)."""

    key: str
    label: str
    sql: str
    kind: str = "text"  # text, int, number, date, choice, country
    sort: str | None = None
    width: int = 110

    def shown_label(self) -> str:
        """The column's title in the officer's language."""
        return translate("columns", self.label)


@dataclass(frozen=True)
class View:
    kind: str
    table: str
    columns: tuple[Column, ...]
    joins: str = ""
    default_sort: str = ""
    default_descending: bool = False
    filters: tuple[str, ...] = ()  # country, district, status, kind, date
    date_column: str | None = None
    status_choices: tuple[str, ...] = ()
    kind_choices: tuple[str, ...] = ()
    # an index to count the unfiltered live rows with; SQLite's planner would scan the table
    count_index: str | None = None

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.kind} has no column {key!r}")


@dataclass(frozen=True)
class Query:
    """What the user asked to see: a search text, filters and a sort column."""

    text: str = ""
    country: str | None = None
    district: str | None = None
    status: str | None = None
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    sort: str | None = None  # a column key; None: the view's default
    descending: bool | None = None

    def with_(self, **changes: Any) -> Query:
        return replace(self, **changes)


def fts_query(text: str) -> str | None:
    """An FTS5 query where every word typed must start a word of the record; None if nothing to find."""
    words = []
    for word in text.split():
        if re.search(r"\w", word):
            words.append('"' + word.replace('"', '""') + '"*')
    return " ".join(words) or None


def _like_prefix(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text.strip()) + "%"


def rebuild_search(conn: sqlite3.Connection, tables: Sequence[str] = SEARCH_TABLES) -> None:
    """Rebuild the search indexes of ``tables`` (by default every one) from their tables: after a
    VACUUM, which may renumber rowids, or a bulk load that did not keep them current."""
    for t in tables:
        conn.execute(f"INSERT INTO {t}_search({t}_search) VALUES ('rebuild')")


# ---- the views the window shows -------------------------------------------------------------

_PERSON_NAME = "TRIM(COALESCE({a}.given_names || ' ', '') || {a}.family_name)"


def licence_status_sql(alias: str) -> str:
    """The status a licence (table alias ``alias``) shows today, computed in SQL exactly as
    :func:`kpfield.domain.rules.licence_status` computes it (tests/store/test_licence_status.py)."""
    today = "date('now', 'localtime')"
    return (
        f"CASE WHEN {alias}.status != 'active' THEN {alias}.status "
        f"WHEN {alias}.issued_on > {today} THEN 'not_yet_valid' "
        f"WHEN {alias}.expires_on < {today} THEN 'expired' "
        f"WHEN {alias}.expires_on <= date('now', 'localtime', '+{EXPIRING_DAYS} days') THEN 'expiring' "
        "ELSE 'active' END"
    )


def _matching(table: str) -> str:
    """The ids of live ``table`` records matching the FTS parameter."""
    return f"SELECT id FROM {table} WHERE rowid IN (SELECT rowid FROM {table}_search WHERE {table}_search MATCH ?)"


VIEWS: dict[str, View] = {
    "person": View(
        "person",
        "person",
        (
            Column(
                "family_name",
                QT_TRANSLATE_NOOP("columns", "Family name"),
                "t.family_name",
                sort="family_name",
                width=120,
            ),
            Column(
                "given_names",
                QT_TRANSLATE_NOOP("columns", "Given names"),
                "t.given_names",
                sort="given_names",
                width=130,
            ),
            Column("sex", QT_TRANSLATE_NOOP("columns", "Sex"), "t.sex", "choice", sort="sex", width=64),
            Column(
                "national_id",
                QT_TRANSLATE_NOOP("columns", "National ID"),
                "t.national_id",
                sort="national_id",
                width=105,
            ),
            Column(
                "digger_card",
                QT_TRANSLATE_NOOP("columns", "Digger card"),
                "t.digger_card",
                sort="digger_card",
                width=112,
            ),
            Column("village", QT_TRANSLATE_NOOP("columns", "Village"), "t.village", sort="village", width=105),
            Column("district", QT_TRANSLATE_NOOP("columns", "District"), "t.district", sort="district", width=100),
            Column(
                "country", QT_TRANSLATE_NOOP("columns", "Country"), "t.country", "country", sort="country", width=74
            ),
            Column("roles", QT_TRANSLATE_NOOP("columns", "Roles"), "t.roles", "choices", width=150),
        ),
        default_sort="family_name",
        filters=("country", "district"),
    ),
    "organisation": View(
        "organisation",
        "organisation",
        (
            Column("name", QT_TRANSLATE_NOOP("columns", "Name"), "t.name", sort="name", width=220),
            Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), "t.kind", "choice", sort="kind", width=110),
            Column(
                "country", QT_TRANSLATE_NOOP("columns", "Country"), "t.country", "country", sort="country", width=74
            ),
            Column("district", QT_TRANSLATE_NOOP("columns", "District"), "t.district", sort="district"),
            Column("town", QT_TRANSLATE_NOOP("columns", "Town"), "t.town", sort="town"),
            Column(
                "registration_no",
                QT_TRANSLATE_NOOP("columns", "Registration"),
                "t.registration_no",
                sort="registration_no",
                width=120,
            ),
        ),
        default_sort="name",
        filters=("country", "district", "kind"),
        kind_choices=("cooperative", "buying_office", "exporter"),
    ),
    "licence": View(
        "licence",
        "licence",
        (
            Column("number", QT_TRANSLATE_NOOP("columns", "Number"), "t.number", sort="number", width=112),
            Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), "t.kind", "choice", sort="kind", width=118),
            Column(
                "holder",
                QT_TRANSLATE_NOOP("columns", "Holder"),
                f"COALESCE({_PERSON_NAME.format(a='hp')}, ho.name)",
                width=170,
            ),
            Column(
                "country", QT_TRANSLATE_NOOP("columns", "Country"), "t.country", "country", sort="country", width=74
            ),
            Column(
                "issued_on", QT_TRANSLATE_NOOP("columns", "Issued"), "t.issued_on", "date", sort="issued_on", width=86
            ),
            Column(
                "expires_on",
                QT_TRANSLATE_NOOP("columns", "Expires"),
                "t.expires_on",
                "date",
                sort="expires_on",
                width=86,
            ),
            Column(
                "area_ha", QT_TRANSLATE_NOOP("columns", "Area (ha)"), "t.area_ha", "number", sort="area_ha", width=80
            ),
            Column(
                "status",
                QT_TRANSLATE_NOOP("columns", "Status"),
                licence_status_sql("t"),
                "choice",
                sort="status",
                width=96,
            ),
        ),
        joins="LEFT JOIN person hp ON hp.id = t.holder_person_id "
        "LEFT JOIN organisation ho ON ho.id = t.holder_organisation_id",
        default_sort="number",
        filters=("country", "status", "kind", "date"),
        date_column="expires_on",
        status_choices=vocab.LICENCE_SHOWN_STATUSES,
        kind_choices=("artisanal_mining", "small_scale_mining", "dealer", "exporter"),
    ),
    "site": View(
        "site",
        "site",
        (
            Column("code", QT_TRANSLATE_NOOP("columns", "Code"), "t.code", sort="code", width=110),
            Column("name", QT_TRANSLATE_NOOP("columns", "Name"), "t.name", sort="name", width=150),
            Column(
                "country", QT_TRANSLATE_NOOP("columns", "Country"), "t.country", "country", sort="country", width=74
            ),
            Column("district", QT_TRANSLATE_NOOP("columns", "District"), "t.district", sort="district"),
            Column("village", QT_TRANSLATE_NOOP("columns", "Village"), "t.village", sort="village"),
            Column("status", QT_TRANSLATE_NOOP("columns", "Status"), "t.status", "choice", sort="status", width=80),
            Column(
                "deposit_type",
                QT_TRANSLATE_NOOP("columns", "Deposit"),
                "t.deposit_type",
                "choice",
                sort="deposit_type",
                width=80,
            ),
            Column("licence", QT_TRANSLATE_NOOP("columns", "Licence"), "l.number", width=110),
            Column(
                "latitude", QT_TRANSLATE_NOOP("columns", "Latitude"), "t.latitude", "coord", sort="latitude", width=80
            ),
            Column(
                "longitude",
                QT_TRANSLATE_NOOP("columns", "Longitude"),
                "t.longitude",
                "coord",
                sort="longitude",
                width=80,
            ),
        ),
        joins="LEFT JOIN licence l ON l.id = t.licence_id",
        default_sort="code",
        filters=("country", "district", "status"),
        status_choices=("active", "idle", "abandoned", "rehabilitated"),
    ),
    "production": View(
        "production",
        "production",
        (
            Column(
                "produced_on",
                QT_TRANSLATE_NOOP("columns", "Date"),
                "t.produced_on",
                "date",
                sort="produced_on",
                width=84,
            ),
            Column("site", QT_TRANSLATE_NOOP("columns", "Site"), "s.code", width=100),
            Column("village", QT_TRANSLATE_NOOP("columns", "Village"), "s.village", width=100),
            Column("licence", QT_TRANSLATE_NOOP("columns", "Licence"), "l.number", width=110),
            Column("stones", QT_TRANSLATE_NOOP("columns", "Stones"), "t.stones", "int", width=64),
            Column("carats", QT_TRANSLATE_NOOP("columns", "Carats"), "t.carats", "number", sort="carats", width=64),
            Column("value_usd", QT_TRANSLATE_NOOP("columns", "USD"), "t.value_usd", "money", width=64),
            Column("buyer", QT_TRANSLATE_NOOP("columns", "Buyer"), "COALESCE(b.number, t.buyer_name)", width=110),
            Column(
                "reference",
                QT_TRANSLATE_NOOP("columns", "Reference"),
                "t.reference",
                sort="reference COLLATE NOCASE",
                width=150,
            ),
        ),
        joins="LEFT JOIN site s ON s.id = t.site_id LEFT JOIN licence l ON l.id = t.licence_id "
        "LEFT JOIN licence b ON b.id = t.buyer_licence_id",
        default_sort="produced_on",
        default_descending=True,
        filters=("country", "district", "date"),
        date_column="produced_on",
        count_index="production_carats",
    ),
    "sale": View(
        "sale",
        "sale",
        (
            Column("sold_on", QT_TRANSLATE_NOOP("columns", "Date"), "t.sold_on", "date", sort="sold_on", width=90),
            Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), "t.kind", "choice", sort="kind", width=60),
            Column("seller", QT_TRANSLATE_NOOP("columns", "Seller licence"), "sl.number", width=120),
            Column("buyer", QT_TRANSLATE_NOOP("columns", "Buyer"), "COALESCE(bl.number, t.buyer_name)", width=140),
            Column("carats", QT_TRANSLATE_NOOP("columns", "Carats"), "t.carats", "number", sort="carats", width=80),
            Column(
                "value_usd",
                QT_TRANSLATE_NOOP("columns", "Value (USD)"),
                "t.value_usd",
                "money",
                sort="value_usd",
                width=100,
            ),
            Column(
                "kp_certificate",
                QT_TRANSLATE_NOOP("columns", "KP certificate"),
                "t.kp_certificate",
                sort="kp_certificate",
                width=120,
            ),
            Column(
                "destination_country", QT_TRANSLATE_NOOP("columns", "To"), "t.destination_country", "country", width=50
            ),
            Column(
                "document_ref",
                QT_TRANSLATE_NOOP("columns", "Document"),
                "t.document_ref",
                sort="document_ref",
                width=120,
            ),
        ),
        joins="LEFT JOIN licence sl ON sl.id = t.seller_licence_id LEFT JOIN licence bl ON bl.id = t.buyer_licence_id",
        default_sort="sold_on",
        default_descending=True,
        filters=("country", "kind", "date"),
        date_column="sold_on",
        kind_choices=("sale", "export"),
    ),
    "inspection": View(
        "inspection",
        "inspection",
        (
            Column(
                "inspected_on",
                QT_TRANSLATE_NOOP("columns", "Date"),
                "t.inspected_on",
                "date",
                sort="inspected_on",
                width=90,
            ),
            Column(
                "target_kind",
                QT_TRANSLATE_NOOP("columns", "Inspected"),
                "t.target_kind",
                "choice",
                sort="target_kind",
                width=90,
            ),
            Column(
                "target",
                QT_TRANSLATE_NOOP("columns", "Inspected record"),
                "COALESCE(s.code, l.number, o.name)",
                width=170,
            ),
            Column("officer", QT_TRANSLATE_NOOP("columns", "Officer"), "t.officer", sort="officer", width=150),
            Column("outcome", QT_TRANSLATE_NOOP("columns", "Outcome"), "t.outcome", "choice", sort="outcome", width=90),
            Column("findings", QT_TRANSLATE_NOOP("columns", "Findings"), "t.findings", width=260),
        ),
        joins="LEFT JOIN site s ON s.id = t.site_id LEFT JOIN licence l ON l.id = t.licence_id "
        "LEFT JOIN organisation o ON o.id = t.organisation_id",
        default_sort="inspected_on",
        default_descending=True,
        filters=("status", "kind", "date"),
        date_column="inspected_on",
        status_choices=("compliant", "warning", "violation", "closed"),
        kind_choices=("site", "licence", "organisation"),
    ),
}

# The column the status and kind filters apply to, where it is not called status / kind.
_STATUS_COLUMN = {"inspection": "outcome"}
_KIND_COLUMN = {"inspection": "target_kind"}


def _where(view: View, q: Query) -> tuple[str, list[Any]]:
    """The WHERE clause (on alias ``t``) and its parameters for a query."""
    parts = ["t.deleted = 0"]
    params: list[Any] = []
    k = view.kind
    if q.country or q.district:
        place, place_params = [], []
        if q.country:
            place.append("country = ?")
            place_params.append(q.country)
        if q.district:
            place.append("district = ?")
            place_params.append(q.district)
        cond = " AND ".join(place)
        if k in ("person", "organisation", "site"):
            parts += [f"t.{p}" for p in place]
            params += place_params
        elif k == "licence" and q.country:
            parts.append("t.country = ?")
            params.append(q.country)
        elif k == "production":
            parts.append(f"t.site_id IN (SELECT id FROM site WHERE {cond})")
            params += place_params
        elif k == "sale" and q.country:
            parts.append("t.seller_licence_id IN (SELECT id FROM licence WHERE country = ?)")
            params.append(q.country)
    if q.status and view.status_choices:
        if k == "licence":
            parts.append(f"({licence_status_sql('t')}) = ?")  # expired, expiring soon...: from the dates
        else:
            parts.append(f"t.{_STATUS_COLUMN.get(k, 'status')} = ?")
        params.append(q.status)
    if q.kind and view.kind_choices:
        parts.append(f"t.{_KIND_COLUMN.get(k, 'kind')} = ?")
        params.append(q.kind)
    if view.date_column and q.date_from:
        parts.append(f"t.{view.date_column} >= ?")
        params.append(q.date_from)
    if view.date_column and q.date_to:
        parts.append(f"t.{view.date_column} <= ?")
        params.append(q.date_to)
    match = fts_query(q.text)
    if match:
        sql, p = _search(k, match, q.text)
        parts.append(sql)
        params += p
    return " AND ".join(parts), params


def _search(kind: str, match: str, text: str) -> tuple[str, list[Any]]:
    own = f"t.rowid IN (SELECT rowid FROM {kind}_search WHERE {kind}_search MATCH ?)"
    if kind in ("person", "organisation"):
        return own, [match]
    if kind == "licence":
        return (
            f"({own} OR t.holder_person_id IN ({_matching('person')}) "
            f"OR t.holder_organisation_id IN ({_matching('organisation')}))",
            [match, match, match],
        )
    if kind == "site":
        return f"({own} OR t.licence_id IN ({_matching('licence')}))", [match, match]
    if kind == "sale":
        return (
            f"({own} OR t.seller_licence_id IN ({_matching('licence')}) "
            f"OR t.buyer_licence_id IN ({_matching('licence')}))",
            [match, match, match],
        )
    if kind == "inspection":
        return (
            f"({own} OR t.site_id IN ({_matching('site')}) OR t.licence_id IN ({_matching('licence')}) "
            f"OR t.organisation_id IN ({_matching('organisation')}))",
            [match, match, match, match],
        )
    if kind == "production":
        # A union of index lookups (site, licence, buyer licence, reference prefix): each arm uses
        # its own partial index, where an OR in one WHERE would make SQLite scan the table.
        return (
            "t.rowid IN ("
            f"SELECT rowid FROM production WHERE deleted = 0 AND site_id IN ({_matching('site')}) "
            f"UNION SELECT rowid FROM production WHERE deleted = 0 AND licence_id IN ({_matching('licence')}) "
            f"UNION SELECT rowid FROM production WHERE deleted = 0 AND buyer_licence_id IN ({_matching('licence')}) "
            "UNION SELECT rowid FROM production WHERE deleted = 0 AND reference LIKE ? ESCAPE '\\')",
            [match, match, match, _like_prefix(text)],
        )
    raise KeyError(kind)


# ---- keyset paging ---------------------------------------------------------------------------

Key = tuple[Any, int]  # (sort value, rowid)

# A search with at most this many matches keeps their keys in memory (about 100 bytes each).
MATERIALISE_LIMIT = 250_000


def _after(col: str, key: Key, desc: bool, inclusive: bool = False) -> tuple[str, list[Any]]:
    """Rows after ``key`` in the order (col, rowid), ascending or descending.

    SQLite puts NULLs first in ascending order and last in descending order; the conditions
    follow that, so paging forwards and backwards meets every row exactly once.
    """
    value, rowid = key
    op = (">=" if inclusive else ">") if not desc else ("<=" if inclusive else "<")
    if value is None:
        if desc:
            return f"({col} IS NULL AND t.rowid {op} ?)", [rowid]
        return f"(({col} IS NULL AND t.rowid {op} ?) OR {col} IS NOT NULL)", [rowid]
    cmp = f"({col}, t.rowid) {op} (?, ?)"
    if desc:
        return f"({cmp} OR {col} IS NULL)", [value, rowid]
    return cmp, [value, rowid]


class Browser:
    """The rows of one query over one record table. Owned by the thread of its connection.

    Each row is a tuple of the view's column values followed by the record's rowid, sort value
    and id (UUID). Rows are read in pages of ``page_size``; at most ``cache_pages`` stay in memory.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        view: View | str,
        query: Query | None = None,
        *,
        page_size: int = 200,
        cache_pages: int = 64,
    ):
        self.conn = conn
        self.view = VIEWS[view] if isinstance(view, str) else view
        self.query = query or Query()
        self.page_size = page_size
        self.cache_pages = cache_pages
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        sort_key = self.query.sort or self.view.default_sort
        col = self.view.column(sort_key)
        if col.sort is None:
            sort_key, col = self.view.default_sort, self.view.column(self.view.default_sort)
        self.sort_key = sort_key
        self.descending = self.view.default_descending if self.query.descending is None else self.query.descending
        self._sort_sql = f"t.{col.sort}"
        self._where, self._params = _where(self.view, self.query)
        self._select = ", ".join(c.sql for c in self.view.columns)
        self._count: int | None = None
        # For a search, the matching keys in order (see _materialise); None: page by key in SQL.
        self._keys: list[Key] | None = None
        self._searching = fts_query(self.query.text) is not None
        self._tried = False

    # ---- size and rows -----------------------------------------------------------------------

    def count(self) -> int:
        if self._count is None:
            hint = f" INDEXED BY {self.view.count_index}" if self.view.count_index and not self._params else ""
            sql = f"SELECT COUNT(*) FROM {self.view.table} t{hint} WHERE {self._where}"
            self._count = int(self.conn.execute(sql, self._params).fetchone()[0])
        return self._count

    def row(self, index: int) -> tuple[Any, ...]:
        """Row ``index`` (0-based) of the result; IndexError beyond the end."""
        if not 0 <= index < self.count():
            raise IndexError(index)
        page, offset = divmod(index, self.page_size)
        rows = self._page(page)
        return rows[offset]

    def record_id(self, index: int) -> str:
        return str(self.row(index)[-1])

    # ---- pages ---------------------------------------------------------------------------------

    def _fetch(self, anchor: Key | None, desc: bool, limit: int, inclusive: bool = False) -> list[tuple[Any, ...]]:
        where, params = self._where, list(self._params)
        if anchor is not None:
            cond, p = _after(self._sort_sql, anchor, desc, inclusive)
            where = f"{where} AND {cond}"
            params += p
        direction = "DESC" if desc else "ASC"
        order = f"{self._sort_sql} {direction}, t.rowid {direction}"
        # the page is chosen on the main table alone (index walk, then LIMIT) and only its rows are
        # joined to their site, licence... for display
        inner = (
            f"SELECT t.*, t.rowid AS _rowid, {self._sort_sql} AS _sortkey FROM {self.view.table} t "
            f"WHERE {where} ORDER BY {order} LIMIT ?"
        )
        outer_order = f"t._sortkey {direction}, t._rowid {direction}"
        sql = (
            f"SELECT {self._select}, t._rowid, t._sortkey, t.id "
            f"FROM ({inner}) t {self.view.joins} ORDER BY {outer_order}"
        )
        return [tuple(r) for r in self.conn.execute(sql, [*params, limit]).fetchall()]

    def _key_at(self, index: int) -> Key:
        """The (sort value, rowid) of row ``index``, counted by the index from the nearer end."""
        n = self.count()
        desc = self.descending
        if index > n - 1 - index:
            desc, index = not desc, n - 1 - index
        direction = "DESC" if desc else "ASC"
        sql = (
            f"SELECT {self._sort_sql}, t.rowid FROM {self.view.table} t WHERE {self._where} "
            f"ORDER BY {self._sort_sql} {direction}, t.rowid {direction} LIMIT 1 OFFSET ?"
        )
        value, rowid = self.conn.execute(sql, [*self._params, index]).fetchone()
        return value, rowid

    @staticmethod
    def _key(row: tuple[Any, ...]) -> Key:
        return row[-2], row[-3]

    def _materialise(self) -> None:
        """Read a search's matching keys, in order, once (unless there are too many).

        A search goes through the search index and a union of index lookups; repeating that for
        every page made each page of a 100,000-record result cost as much as the first. Holding
        the keys (sort value, rowid) makes every later page a lookup of its rowids. The first page
        is still read by key, so a search shows as soon as it would without this.
        """
        self._tried = True
        if self.count() > MATERIALISE_LIMIT:
            return
        direction = "DESC" if self.descending else "ASC"
        sql = (
            f"SELECT {self._sort_sql}, t.rowid FROM {self.view.table} t WHERE {self._where} "
            f"ORDER BY {self._sort_sql} {direction}, t.rowid {direction} LIMIT ?"
        )
        self._keys = [(k[0], k[1]) for k in self.conn.execute(sql, [*self._params, MATERIALISE_LIMIT]).fetchall()]
        self._count = len(self._keys)
        self._pages.clear()

    def _page_of_keys(self, keys: list[Key]) -> list[tuple[Any, ...]]:
        rowids = [k[1] for k in keys]
        sql = (
            f"SELECT {self._select}, t.rowid, {self._sort_sql}, t.id FROM {self.view.table} t {self.view.joins} "
            f"WHERE t.rowid IN ({', '.join('?' * len(rowids))})"
        )
        by_rowid = {r[-3]: tuple(r) for r in self.conn.execute(sql, rowids).fetchall()}
        return [by_rowid[r] for r in rowids]

    def _page(self, page: int) -> list[tuple[Any, ...]]:
        if page in self._pages:
            self._pages.move_to_end(page)
            return self._pages[page]
        if self._keys is None and page > 0 and self._searching and not self._tried:
            self._materialise()
        if self._keys is not None:
            start = page * self.page_size
            rows = self._page_of_keys(self._keys[start : start + self.page_size])
            self._pages[page] = rows
            while len(self._pages) > self.cache_pages:
                self._pages.popitem(last=False)
            return rows
        start = page * self.page_size
        n = min(self.page_size, self.count() - start)
        last_page = (self.count() - 1) // self.page_size
        desc = self.descending
        if page - 1 in self._pages:
            rows = self._fetch(self._key(self._pages[page - 1][-1]), desc, n)
        elif page + 1 in self._pages:
            rows = self._fetch(self._key(self._pages[page + 1][0]), not desc, n)[::-1]
        elif page == 0:
            rows = self._fetch(None, desc, n)
        elif page == last_page:
            rows = self._fetch(None, not desc, n)[::-1]
        else:
            rows = self._fetch(self._key_at(start), desc, n, inclusive=True)
        self._pages[page] = rows
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        return rows

    # ---- finding a record ----------------------------------------------------------------------

    def ids(self) -> list[str]:
        """The ids of every record this query matches, in no particular order (the map draws the
        sites a list's filter keeps)."""
        sql = f"SELECT t.id FROM {self.view.table} t WHERE {self._where}"
        return [str(r[0]) for r in self.conn.execute(sql, self._params)]

    def index_of(self, record_id: str) -> int | None:
        """The row of a record in this result, or None when it does not match the query."""
        row = self.conn.execute(
            f"SELECT {self._sort_sql}, t.rowid FROM {self.view.table} t WHERE {self._where} AND t.id = ?",
            [*self._params, record_id],
        ).fetchone()
        if row is None:
            return None
        if self._keys is not None:
            rowid = row[1]
            return next((i for i, k in enumerate(self._keys) if k[1] == rowid), None)
        cond, p = _after(self._sort_sql, (row[0], row[1]), not self.descending)
        sql = f"SELECT COUNT(*) FROM {self.view.table} t WHERE {self._where} AND {cond}"
        return int(self.conn.execute(sql, [*self._params, *p]).fetchone()[0])


def _distinct(conn: sqlite3.Connection, table: str, column: str, where: Sequence[tuple[str, Any]] = ()) -> list[str]:
    """The distinct non-empty values of a column of live records (for filter lists: districts)."""
    cond = " AND ".join(["deleted = 0", f"{column} IS NOT NULL", *(f"{c} = ?" for c, _ in where)])
    sql = f"SELECT DISTINCT {column} FROM {table} WHERE {cond} ORDER BY {column}"
    return [r[0] for r in conn.execute(sql, [v for _, v in where]).fetchall()]


# Where a view's country and district filters look (see _where): a production record is where its
# site is, a sale where its seller's licence was issued.
_PLACE_TABLE = {"production": "site", "sale": "licence"}


def filter_countries(conn: sqlite3.Connection, kind: str) -> list[str]:
    """The countries of the live records of ``kind`` (of their site, or seller licence), in code order."""
    return _distinct(conn, _PLACE_TABLE.get(kind, kind), "country")


def filter_districts(conn: sqlite3.Connection, kind: str, country: str) -> list[str]:
    """The districts of ``country`` among the live records of ``kind`` (of their site), in name order."""
    return _distinct(conn, _PLACE_TABLE.get(kind, kind), "district", [("country", country)])

"""The inventory schema, built by ordered, named migrations (sqlite-utils ``Migrations``).

Rules: a migration, once released, never changes (inventories in the field were built by it);
a change to the schema is a new migration at the end of the list. Each runs in one transaction
together with the record that it ran, so a failed upgrade leaves the file as it was. The DDL is
written out in full here, not generated from ``kpfield.domain.entities``, because a migration must
build the same tables forever; ``tests/store/test_migrations.py`` checks that the result still
matches the entities.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kpfield import __version__
from kpfield.domain.vocab import SIZE_CLASS_CODES
from kpfield.i18n import translate

from .audit import AuditWriter
from .db import MIGRATION_SET, InventoryBusy, NewerInventory, NotAnInventory, connect

MIGRATIONS = Migrations(MIGRATION_SET)
# Columns of a record table that are this inventory's own notes about a record, not fields of it:
# no form shows them and no workbook carries them.
LOCAL_COLUMNS: dict[str, tuple[str, ...]] = {"person": ("registered_on_estimated",)}
# (name, function) in order, so that the list of known steps can be read without sqlite-utils internals
STEPS: list[tuple[str, Callable[[Database], None]]] = []


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register the next migration, in file order."""

    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        STEPS.append((name, fn))
        return MIGRATIONS(name=name)(fn)

    return register


# Every record table starts with these: UUID key, the installation that created it, UTC times,
# the installation that changed it last, a version counter and a deleted flag (records are never
# removed, so deletions can travel to other inventories as tombstones).
_RECORD = """
    id TEXT PRIMARY KEY NOT NULL,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
"""


def _run(db: Database, script: str) -> None:
    # db.executescript would COMMIT the migration's transaction halfway; run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migration("0001_initial")
def m0001_initial(db: Database) -> None:
    size_cols = ",\n".join(f"    sc_{c}_n INTEGER, sc_{c}_ct REAL" for c in SIZE_CLASS_CODES)
    _run(
        db,
        f"""
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);

CREATE TABLE source (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    file_name TEXT,
    sha256 TEXT,
    origin TEXT,
    officer TEXT,
    at TEXT NOT NULL,
    counts TEXT
);

CREATE TABLE person ({_RECORD}
    family_name TEXT NOT NULL, given_names TEXT, sex TEXT, birth_date TEXT, national_id TEXT,
    digger_card TEXT, nationality TEXT, country TEXT NOT NULL, district TEXT, village TEXT,
    phone TEXT, roles TEXT
);
CREATE INDEX person_national_id ON person (national_id) WHERE national_id IS NOT NULL;
CREATE INDEX person_place ON person (country, district, village);
CREATE INDEX person_family_name ON person (family_name);

CREATE TABLE organisation ({_RECORD}
    name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL, district TEXT, town TEXT,
    registration_no TEXT, phone TEXT
);
CREATE INDEX organisation_country ON organisation (country, kind);

CREATE TABLE licence ({_RECORD}
    country TEXT NOT NULL, number TEXT NOT NULL, kind TEXT NOT NULL,
    holder_person_id TEXT REFERENCES person (id),
    holder_organisation_id TEXT REFERENCES organisation (id),
    supporter_id TEXT REFERENCES person (id),
    issued_on TEXT NOT NULL, expires_on TEXT NOT NULL, area_ha REAL, fee_usd REAL,
    status TEXT NOT NULL
);
CREATE UNIQUE INDEX licence_number ON licence (country, number) WHERE deleted = 0;
CREATE INDEX licence_holder_person ON licence (holder_person_id);
CREATE INDEX licence_holder_organisation ON licence (holder_organisation_id);
CREATE INDEX licence_supporter ON licence (supporter_id);

CREATE TABLE site ({_RECORD}
    country TEXT NOT NULL, code TEXT NOT NULL, name TEXT, region TEXT, district TEXT,
    chiefdom TEXT, village TEXT, latitude REAL, longitude REAL, gps_accuracy_m REAL,
    deposit_type TEXT, status TEXT NOT NULL, licence_id TEXT REFERENCES licence (id),
    workers INTEGER
);
CREATE UNIQUE INDEX site_code ON site (country, code) WHERE deleted = 0;
CREATE INDEX site_licence ON site (licence_id);
CREATE INDEX site_place ON site (country, district);

CREATE TABLE production ({_RECORD}
    site_id TEXT NOT NULL REFERENCES site (id),
    licence_id TEXT REFERENCES licence (id),
    produced_on TEXT NOT NULL, stones INTEGER NOT NULL, carats REAL NOT NULL, value_usd REAL,
    buyer_licence_id TEXT REFERENCES licence (id),
    buyer_name TEXT, reference TEXT,
{size_cols}
);
-- covers the per-site, per-period totals that stats and the matrix read
CREATE INDEX production_site_date ON production (site_id, produced_on, stones, carats, value_usd)
    WHERE deleted = 0;

CREATE TABLE sale ({_RECORD}
    kind TEXT NOT NULL,
    seller_licence_id TEXT NOT NULL REFERENCES licence (id),
    buyer_licence_id TEXT REFERENCES licence (id),
    buyer_name TEXT, sold_on TEXT NOT NULL, stones INTEGER, carats REAL NOT NULL,
    value_usd REAL NOT NULL, document_ref TEXT, kp_certificate TEXT, destination_country TEXT,
    hs_code TEXT, parcels INTEGER
);
CREATE INDEX sale_seller ON sale (seller_licence_id);
CREATE INDEX sale_buyer ON sale (buyer_licence_id);
CREATE INDEX sale_date ON sale (sold_on);

CREATE TABLE inspection ({_RECORD}
    inspected_on TEXT NOT NULL, target_kind TEXT NOT NULL,
    site_id TEXT REFERENCES site (id),
    licence_id TEXT REFERENCES licence (id),
    organisation_id TEXT REFERENCES organisation (id),
    officer TEXT NOT NULL, outcome TEXT NOT NULL, findings TEXT
);
CREATE INDEX inspection_site ON inspection (site_id);
CREATE INDEX inspection_licence ON inspection (licence_id);
CREATE INDEX inspection_organisation ON inspection (organisation_id);

-- the audit log: append-only, each row's hash covers the previous row's hash
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    origin TEXT NOT NULL,
    officer TEXT,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL,
    changes TEXT,
    reason TEXT,
    source_id TEXT REFERENCES source (id),
    hash TEXT NOT NULL
);
CREATE INDEX audit_record ON audit (record_id);
-- the few rows that each list many records inserted together (Inventory.history reads them)
CREATE INDEX audit_insert_many ON audit (table_name) WHERE action = 'insert_many'
""",
    )


def known_names() -> list[str]:
    """The names of every migration this kpfield knows, in order."""
    return [name for name, _ in STEPS]


# Text columns each search index covers. Written out here (not read from the entities) for the
# same reason as the DDL above: this migration must build the same tables forever.
_SEARCH_COLUMNS_0002 = {
    "person": ("family_name", "given_names", "national_id", "digger_card", "village", "district", "phone"),
    "organisation": ("name", "town", "district", "registration_no", "phone"),
    "licence": ("number",),
    "site": ("code", "name", "village", "chiefdom", "district", "region"),
    "sale": ("document_ref", "kp_certificate", "buyer_name"),
    "inspection": ("officer", "findings"),
}


@migration("0002_search")
def m0002_search(db: Database) -> None:
    """Accent- and case-insensitive search, and indexes for browsing a million production records.

    Search: an FTS5 index per record table, tokenised by ``unicode61 remove_diacritics 2`` so that
    "Kerouane" finds "Kérouané". Triggers written in plain SQL keep it current, so every writer
    (the window, the command line, imports, another SQLite tool) maintains it without calling a
    kpfield function. The index keeps the base table's rowid; a VACUUM may renumber rowids of
    tables without an INTEGER PRIMARY KEY, so after one run ``INSERT INTO <t>_search(<t>_search)
    VALUES ('rebuild')`` (``kpfield.store.browse.rebuild_search``).

    Browsing: the window sorts production by date, carats and reference and pages by key (sort
    value, rowid); an index per sort column makes both the first page and the last page a short
    walk of that index. Production is searched by site, licence, buyer licence and reference
    (by buyer licence through 0004's production_buyer_date, whose first column it is).
    Every index slows bulk inserts, so stones and value get none (the window does not sort
    production by them).
    """
    statements = []
    for table, cols in _SEARCH_COLUMNS_0002.items():
        fts = f"{table}_search"
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        statements += [
            f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2')",
            f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END",
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals}); END",
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {col_list} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals}); "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END",
        ]
    statements += [
        "CREATE INDEX production_produced_on ON production (produced_on) WHERE deleted = 0",
        "CREATE INDEX production_carats ON production (carats) WHERE deleted = 0",
        "CREATE INDEX production_reference ON production (reference COLLATE NOCASE) WHERE deleted = 0",
        "CREATE INDEX production_licence ON production (licence_id) WHERE deleted = 0",
        "CREATE INDEX licence_expires ON licence (expires_on)",
        "CREATE INDEX site_code_sort ON site (code)",
    ]
    for s in statements:
        db.execute(s)


@migration("0004_matrix")
def m0004_matrix(db: Database) -> None:
    _run(
        db,
        f"""
CREATE TABLE self_assessment ({_RECORD}
    country TEXT NOT NULL, period TEXT NOT NULL, row_id TEXT NOT NULL, score TEXT NOT NULL,
    evidence TEXT, gap TEXT, action TEXT, owner TEXT, due_on TEXT
);
CREATE UNIQUE INDEX self_assessment_key ON self_assessment (country, period, row_id) WHERE deleted = 0;

-- the challenge matrix reads a buying office's purchases over several half-years (cross-check of
-- sales against purchases, jumps), which would otherwise scan the whole production table per office
CREATE INDEX production_buyer_date ON production (buyer_licence_id, produced_on, carats) WHERE deleted = 0
""",
    )


@migration("0005_exchange")
def m0005_exchange(db: Database) -> None:
    # Merge metadata for workbook exchange (kpfield.exchange.merge explains the rules).
    # record_clock: a record's version vector {origin: edits} as of its local ``version``, set by
    #   the import ``source_id``; local edits since then add (version now - version) to this
    #   installation's entry. The record as that import left it is also a merge base candidate.
    # merge_base: per record and peer installation, the version vector of the state last received
    #   from that peer and, when it differs from what the record became, its values (JSON); NULL
    #   values mean "the record as it stood at the end of that import" (audit_seq of the import),
    #   rebuilt from the audit log.
    # exchange_import: per import, the peer and the last audit row it wrote.
    _run(
        db,
        """
CREATE TABLE record_clock (
    record_id TEXT PRIMARY KEY NOT NULL,
    clock TEXT NOT NULL,
    version INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source (id)
) WITHOUT ROWID;

CREATE TABLE merge_base (
    record_id TEXT NOT NULL,
    peer TEXT NOT NULL,
    clock TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source (id),
    vals TEXT,
    PRIMARY KEY (record_id, peer)
) WITHOUT ROWID;

CREATE TABLE exchange_import (
    source_id TEXT PRIMARY KEY NOT NULL REFERENCES source (id),
    peer TEXT NOT NULL,
    audit_seq INTEGER NOT NULL
);

CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT,
    ours TEXT,
    theirs TEXT,
    peer TEXT,
    source_id TEXT REFERENCES source (id),
    at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution TEXT,
    resolved_at TEXT
);
CREATE INDEX conflict_record ON conflict (record_id, field) WHERE status = 'open';

CREATE TABLE record_alias (
    alias_id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE TABLE duplicate_candidate (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    a_id TEXT NOT NULL,
    b_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    source_id TEXT REFERENCES source (id),
    at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'dismissed')),
    UNIQUE (a_id, b_id)
)
""",
    )


@migration("0006_signing")
def m0006_signing(db: Database) -> None:
    # Signed field workbooks (kpfield.exchange.signature explains the scheme).
    # signing_key: officers' public keys a coordinator registered ('kpfield identity --register');
    #   a workbook signed by one of them imports as "registered" and names the officer.
    # exchange_import gains each import's signature status (registered, unknown_key, unsigned,
    #   altered; NULL for imports made before kpfield checked signatures), the signer's key and
    #   fingerprint, the registered officer at import, why a file counted as altered, and whether
    #   an altered file was imported by the coordinator's override (audited).
    _run(
        db,
        """
CREATE TABLE signing_key (
    fingerprint TEXT PRIMARY KEY NOT NULL,
    public_key TEXT NOT NULL UNIQUE,
    officer TEXT NOT NULL,
    origin TEXT NOT NULL,
    country TEXT,
    exported_at TEXT,
    registered_at TEXT NOT NULL,
    file_name TEXT
);
CREATE INDEX signing_key_origin ON signing_key (origin);

ALTER TABLE exchange_import ADD COLUMN signature TEXT
    CHECK (signature IN ('registered', 'unknown_key', 'unsigned', 'altered'));
ALTER TABLE exchange_import ADD COLUMN signer_public_key TEXT;
ALTER TABLE exchange_import ADD COLUMN signer_fingerprint TEXT;
ALTER TABLE exchange_import ADD COLUMN signer_officer TEXT;
ALTER TABLE exchange_import ADD COLUMN signature_detail TEXT;
ALTER TABLE exchange_import ADD COLUMN altered_accepted INTEGER NOT NULL DEFAULT 0 CHECK (altered_accepted IN (0, 1))
""",
    )


# The record tables of 0001 and 0004, in the order 0007 looks a record's kind up.
_TABLES_0007 = ("person", "organisation", "licence", "site", "production", "sale", "inspection", "self_assessment")


@migration("0007_sync_by_kind")
def m0007_sync_by_kind(db: Database) -> None:
    """Sync state keyed by record kind, with what an import may be trusted with.

    record_clock and merge_base gain the record's table: a UUID names a record of one kind, and a
    row of another kind carrying it (a forged or careless workbook) can no longer replace that
    record's version vector. record_clock also says whether the vector was vouched for (a file
    signed by a registered officer, or a decision made here: ``vouched``; a vector read from an
    unsigned or unknown-key file counts as knowing no change) and when the record last arrived
    here (``arrived_at``, what ``export field --since`` compares); ``source_id`` may be empty for
    a state decided here (a settled conflict, merged duplicates). A record_alias row names its
    table in its key, so that a UUID of one kind never redirects rows of another. A conflict keeps
    the incoming version vector and version, and whether its file was vouched for, so that
    settling it can write a state that dominates both sides.

    Existing rows take the table that holds their record; rows for a record held nowhere are
    dropped (nothing can use them).
    """
    statements = [
        """CREATE TABLE record_clock_0007 (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    clock TEXT NOT NULL,
    version INTEGER NOT NULL,
    source_id TEXT REFERENCES source (id),
    vouched INTEGER NOT NULL DEFAULT 1 CHECK (vouched IN (0, 1)),
    arrived_at TEXT,
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID""",
        """CREATE TABLE merge_base_0007 (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    peer TEXT NOT NULL,
    clock TEXT NOT NULL,
    source_id TEXT REFERENCES source (id),
    vals TEXT,
    PRIMARY KEY (table_name, record_id, peer)
) WITHOUT ROWID""",
        """CREATE TABLE record_alias_0007 (
    table_name TEXT NOT NULL,
    alias_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (table_name, alias_id)
) WITHOUT ROWID""",
    ]
    for t in _TABLES_0007:
        statements += [
            "INSERT OR IGNORE INTO record_clock_0007 (table_name, record_id, clock, version, source_id, vouched, "
            f"arrived_at) SELECT '{t}', rc.record_id, rc.clock, rc.version, rc.source_id, 1, s.at "
            f"FROM record_clock rc JOIN {t} r ON r.id = rc.record_id LEFT JOIN source s ON s.id = rc.source_id",
            "INSERT OR IGNORE INTO merge_base_0007 (table_name, record_id, peer, clock, source_id, vals) "
            f"SELECT '{t}', mb.record_id, mb.peer, mb.clock, mb.source_id, mb.vals "
            f"FROM merge_base mb JOIN {t} r ON r.id = mb.record_id",
        ]
    statements += [
        "INSERT OR IGNORE INTO record_alias_0007 (table_name, alias_id, record_id, at) "
        "SELECT table_name, alias_id, record_id, at FROM record_alias",
        "DROP TABLE record_clock",
        "DROP TABLE merge_base",
        "DROP TABLE record_alias",
        "ALTER TABLE record_clock_0007 RENAME TO record_clock",
        "ALTER TABLE merge_base_0007 RENAME TO merge_base",
        "ALTER TABLE record_alias_0007 RENAME TO record_alias",
        "ALTER TABLE conflict ADD COLUMN theirs_clock TEXT",
        "ALTER TABLE conflict ADD COLUMN theirs_version INTEGER",
        "ALTER TABLE conflict ADD COLUMN vouched INTEGER NOT NULL DEFAULT 1 CHECK (vouched IN (0, 1))",
        # a settled conflict is looked up too, so that the same file imported again does not reopen it
        "CREATE INDEX conflict_record_field ON conflict (record_id, field)",
    ]
    for s in statements:
        db.execute(s)


# The record tables as of 0008: the same as 0007's.
_RECORD_TABLES_0008 = _TABLES_0007


@migration("0008_verifiable")
def m0008_verifiable(db: Database) -> None:
    """The audit log binds the data; signed checkpoints; the inventory's own id.

    ``audit.content``: the content hash of the record after the change (one per record, in the
    order of its ids, for a row of many inserts). ``checkpoint``: the signed heads of the chain
    (:mod:`kpfield.store.checkpoints`). ``meta.inventory_id``: a random id of this inventory
    itself (two inventories of one installation, or of two officers who both kept the default file
    name, have different ones), which backups carry in their names.

    The records already there get a baseline: audit rows (action ``baseline``, 5,000 records a
    row) that record each record's content hash as it stands at the upgrade, chained after the
    existing rows; so an upgraded inventory verifies sound, and any later change outside kpfield
    is noticed.
    """
    import uuid

    from .audit import record_hash

    conn = db.conn
    conn.execute("ALTER TABLE audit ADD COLUMN content TEXT")
    conn.execute(
        """CREATE TABLE checkpoint (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    audit_rows INTEGER NOT NULL,
    audit_hash TEXT NOT NULL,
    body TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
)"""
    )
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if "inventory_id" not in meta:
        conn.execute("INSERT INTO meta (key, value) VALUES ('inventory_id', ?)", (str(uuid.uuid4()),))
    if "origin" not in meta:
        return  # an empty shell being created: Inventory.create writes the rest
    from kpfield.domain.dates import utc_now

    writer = AuditWriter(conn, meta["origin"], None)
    now = utc_now()
    for table in _RECORD_TABLES_0008:
        cur = conn.cursor()
        cur.row_factory = None
        ids: list[str] = []
        hashes: list[str] = []
        for row in cur.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            ids.append(row[0])
            hashes.append(record_hash(row))
            if len(ids) >= 5000:
                _baseline(writer, now, table, ids, hashes)
                ids, hashes = [], []
        if ids:
            _baseline(writer, now, table, ids, hashes)


# The record tables as of 0009: the same as 0008's.
_RECORD_TABLES_0009 = _RECORD_TABLES_0008


@migration("0009_field_versions")
def m0009_field_versions(db: Database) -> None:
    """Field stamps: which installation last wrote each field of a record (:mod:`kpfield.store.stamps`).

    ``field_stamp`` keeps, per record, the stamps of the fields written since it was made. The
    records already there get stamps from the audit log: a field no update, delete or undelete
    ever changed keeps none (it holds the value the record was made with). A field that was
    changed gets, for a record never exchanged (every change made here), this installation's entry
    at the version of its last change; for a record that came from or went through an import,
    the record's last change as its version vector tells it (the installation that changed it
    last, at its count): the stamp every installation holding the record as it is now has seen,
    so the merge with them finds nothing new, and a concurrent change elsewhere to that field is
    a conflict, as before.
    """
    from .stamps import dominant, dump_stamps, effective_clock

    conn = db.conn
    conn.execute(
        """CREATE TABLE field_stamp (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    stamps TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID"""
    )
    row = conn.execute("SELECT value FROM meta WHERE key = 'origin'").fetchone()
    if row is None:
        return  # an empty shell being created
    me = row[0]
    for table in _RECORD_TABLES_0009:
        # each changed record's fields, and the version at each field's last change counted from
        # the audit log (a record's first row is its insert: version 1)
        changed: dict[str, dict[str, int]] = {}
        seen: dict[str, int] = {}
        for rid, action, changes in conn.execute(
            "SELECT record_id, action, changes FROM audit WHERE table_name = ? AND action IN "
            "('insert', 'update', 'delete', 'undelete') ORDER BY seq",
            (table,),
        ):
            if action == "insert":
                seen[rid] = 1
                continue
            version = seen.get(rid, 1) + 1
            seen[rid] = version
            try:
                names = list(json.loads(changes)) if changes else []
            except ValueError:
                names = []
            fields = changed.setdefault(rid, {})
            for name in names:
                fields[name] = version
        rows = []
        for rid, fields in changed.items():
            found = conn.execute(
                f"SELECT t.version, t.modified_by, rc.clock, rc.version, rc.vouched FROM {table} t "
                "LEFT JOIN record_clock rc ON rc.table_name = ? AND rc.record_id = t.id WHERE t.id = ?",
                (table, rid),
            ).fetchone()
            if found is None or not fields:
                continue
            version, by, clock_text, clock_version, vouched = found
            stamps = {}
            if clock_text is None and by == me:
                for name, v in fields.items():
                    stamps[name] = (me, min(int(v), int(version)))
            else:
                clock = effective_clock(clock_text if vouched else "{}", clock_version, version, by, me)
                last = dominant(clock, by)
                if last is None:
                    continue
                stamps = dict.fromkeys(fields, last)
            rows.append((table, rid, dump_stamps(stamps)))
        conn.executemany("INSERT OR REPLACE INTO field_stamp (table_name, record_id, stamps) VALUES (?, ?, ?)", rows)


@migration("0010_registered_on")
def m0010_registered_on(db: Database) -> None:
    """The day a person was registered (``person.registered_on``), which "registered diggers"
    are counted by, rather than the day the record was typed in.

    A person already recorded gets the earliest day the inventory knows them by: the issue of a
    licence they hold, or production under it; failing both, the day the record was made. Those
    days are estimates, flagged ``registered_on_estimated`` (a flag of this inventory alone,
    which the field workbook does not carry). The persons' content changed, so they get a new
    baseline in the audit log, as 0008 gave every record.
    """
    conn = db.conn
    conn.execute("ALTER TABLE person ADD COLUMN registered_on TEXT")
    conn.execute(
        "ALTER TABLE person ADD COLUMN registered_on_estimated INTEGER NOT NULL DEFAULT 0 "
        "CHECK (registered_on_estimated IN (0, 1))"
    )
    conn.execute(
        """WITH known AS (
        SELECT holder_person_id AS pid, issued_on AS day FROM licence
        WHERE holder_person_id IS NOT NULL AND issued_on IS NOT NULL AND deleted = 0
        UNION ALL
        SELECT l.holder_person_id, p.produced_on FROM production p JOIN licence l ON l.id = p.licence_id
        WHERE l.holder_person_id IS NOT NULL AND p.deleted = 0 AND l.deleted = 0
    ), earliest AS (SELECT pid, MIN(day) AS day FROM known GROUP BY pid)
    UPDATE person SET
        registered_on = COALESCE((SELECT day FROM earliest WHERE earliest.pid = person.id), substr(created_at, 1, 10)),
        registered_on_estimated = 1"""
    )
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if "origin" not in meta:
        return  # an empty shell being created: there are no persons
    from kpfield.domain.dates import utc_now

    from .audit import record_hash

    writer = AuditWriter(conn, meta["origin"], None)
    now = utc_now()
    cur = conn.cursor()
    cur.row_factory = None
    ids: list[str] = []
    hashes: list[str] = []
    for row in cur.execute("SELECT * FROM person ORDER BY rowid"):
        ids.append(row[0])
        hashes.append(record_hash(row))
        if len(ids) >= 5000:
            _baseline(writer, now, "person", ids, hashes, "registration day estimated when kpfield began to record it")
            ids, hashes = [], []
    if ids:
        _baseline(writer, now, "person", ids, hashes, "registration day estimated when kpfield began to record it")


def _baseline(
    writer: AuditWriter,
    at: str,
    table: str,
    ids: list[str],
    hashes: list[str],
    reason: str = "content as it stood when kpfield began to record it",
) -> None:
    changes = json.dumps({"ids": ids}, separators=(",", ":"))
    writer.append_many(at, [(table, ids[0], "baseline", changes, reason, None, "".join(hashes))])


@migration("0011_licence_area")
def m0011_licence_area(db: Database) -> None:
    """A licence's area as a polygon: ``licence.area_corners``, its corners as typed coordinates
    in the one stored form (see :mod:`kpfield.domain.areas`).

    The new column changes every licence's stored row, so the licences already there get a
    baseline audit row with their new content hash, as 0008 did: an upgraded inventory still
    verifies sound."""
    from .audit import record_hash

    conn = db.conn
    conn.execute("ALTER TABLE licence ADD COLUMN area_corners TEXT")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if "origin" not in meta:
        return  # an empty shell being created
    from kpfield.domain.dates import utc_now

    writer = AuditWriter(conn, meta["origin"], None)
    now = utc_now()
    cur = conn.cursor()
    cur.row_factory = None
    ids: list[str] = []
    hashes: list[str] = []
    for row in cur.execute("SELECT * FROM licence ORDER BY rowid"):
        ids.append(row[0])
        hashes.append(record_hash(row))
        if len(ids) >= 5000:
            _baseline(writer, now, "licence", ids, hashes)
            ids, hashes = [], []
    if ids:
        _baseline(writer, now, "licence", ids, hashes)


# ---- applying them -------------------------------------------------------------------------


def _applied_migrations(path: Path) -> list[str]:
    conn = connect(path, readonly=True)
    try:
        return [m.name for m in MIGRATIONS.applied(Database(conn, execute_plugins=False))]
    except sqlite3.DatabaseError as e:
        raise NotAnInventory(
            translate(
                "store",
                "{path} cannot be read as an inventory ({error}); run 'kpfield verify' on it, "
                "or restore it from a backup",
            ).format(path=path, error=e)
        ) from e
    finally:
        conn.close()


def pending_steps(path: Path) -> list[str]:
    """The names of the schema steps still to run on an existing file, in order (empty when it is
    up to date). Reads the file without writing to it; refuses a file from a newer kpfield
    (NewerInventory) or one that cannot be read as an inventory (NotAnInventory)."""
    applied = _applied_migrations(path)
    known = known_names()
    unknown = [n for n in applied if n not in known]
    if unknown:
        raise NewerInventory(
            translate(
                "store",
                "{path} was made by a newer kpfield (schema steps {steps}); "
                "this is kpfield {version}: install the newer version to open it",
            ).format(path=path, steps=", ".join(unknown), version=__version__)
        )
    return [n for n in known if n not in applied]


def migrate(conn: sqlite3.Connection) -> None:
    """Run every pending step on an open connection, each in its own transaction."""
    try:
        MIGRATIONS.apply(Database(conn, execute_plugins=False))
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise InventoryBusy(
                translate(
                    "store", "The inventory is being upgraded or written by another kpfield; try again in a moment"
                )
            ) from e
        raise

"""``kpfield verify``: is this inventory whole and untampered?

Read-only: it never writes to the file it checks (its working table is a temporary one, on disk).

Checks, in order: the schema, SQLite's own structure check, references, the audit chain, the
records against the audit log (each live record and tombstone hashed again and compared with the
content hash of the last audit row about it), and the signed checkpoints (the genesis, the
latest checkpoint's signature, and that the chain still passes through it). Each problem is a
:class:`Finding` with a stable ``code`` (see :data:`CODES`), so that a script can read
``kpfield verify --json``; messages are in the officer's language.

Memory stays flat whatever the inventory's size: the expected hashes go to a temporary table on
disk, and at most :data:`LISTED` findings of each code are kept (every one is counted).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import entity_label
from kpfield.i18n import translate
from kpfield.identity import fingerprint, load_key
from kpfield.progress import Progress, step

from . import checkpoints
from .audit import record_hash, verify_chain
from .db import InventoryError, check_file, connect
from .keys import META_PUBLIC_KEY
from .migrations import LOCAL_COLUMNS, pending_steps
from .sync import record_label

__all__ = ["CODES", "LISTED", "Check", "Finding", "Report", "examine", "verify"]

# Finding codes, and whether each makes the inventory fail ("error"), is worth knowing
# ("warning"), or names a check that could not be made here ("not_checked").
CODES: dict[str, str] = {
    "file.damaged": "error",
    "references.broken": "error",
    "audit.broken": "error",
    "record.changed": "error",
    "record.unaudited": "error",
    "record.missing": "error",
    "table.missing": "error",
    "genesis.missing": "error",
    "genesis.invalid": "error",
    "genesis.foreign": "error",
    "checkpoint.invalid": "error",
    "checkpoint.cut": "error",
    "checkpoint.rewritten": "error",
    "checkpoint.unsigned_rows": "error",
    "checkpoint.none": "warning",
    "checkpoint.unsigned_tail": "warning",
    "checkpoint.key_absent": "not_checked",
}
LISTED = 200  # findings of one code kept in the report (the rest are counted)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Finding:
    """One thing verify found. ``kind``/``record_id``/``label`` name a record where there is one;
    ``fields`` the field values that differ from the audited ones where the log can tell:
    (field, value in the log, value now)."""

    code: str
    message: str
    kind: str | None = None
    record_id: str | None = None
    label: str | None = None
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def severity(self) -> str:
        return CODES.get(self.code, "error")

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["severity"] = self.severity
        out["fields"] = [{"field": f, "audited": a, "now": b} for f, a, b in self.fields]
        return out


@dataclass
class Report:
    """What :func:`examine` found: the checks (one line each) and every finding."""

    path: Path
    checks: list[Check] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # findings per code, listed or not

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def add(self, finding: Finding) -> None:
        n = self.counts.get(finding.code, 0)
        self.counts[finding.code] = n + 1
        if n < LISTED:
            self.findings.append(finding)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "checks": [asdict(c) for c in self.checks],
            "counts": self.counts,
            "findings": [f.as_json() for f in self.findings],
        }


def verify(path: str | Path) -> list[Check]:
    """Run every check; each result says what was found. Raises InventoryError only when the file
    cannot be an inventory at all (missing, not SQLite, not kpfield's)."""
    return examine(path).checks


def examine(path: str | Path, progress: Progress | None = None) -> Report:
    """:func:`verify` with every finding (:class:`Report`). ``progress(steps done, steps, what)``
    comes between the record kinds; answering False stops with Cancelled."""
    path = Path(path)
    if not path.exists():
        raise InventoryError(translate("store", "{path} does not exist").format(path=path))
    check_file(path)
    report = Report(path)
    out = report.checks
    try:
        pending = pending_steps(path)
        out.append(
            Check(
                "schema",
                True,
                translate("store", "up to date")
                if not pending
                else translate("store", "{n} upgrade step(s) will run when it is next opened: {steps}").format(
                    n=len(pending), steps=", ".join(pending)
                ),
            )
        )
    except InventoryError as e:
        out.append(Check("schema", False, str(e)))
        return report
    restore_hint = translate("store", 'restore the latest good backup with: kpfield restore --db "{path}"').format(
        path=path
    )
    conn = connect(path, readonly=True)
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            ok = rows == ["ok"]
            detail = (
                translate("store", "the file's structure is sound")
                if ok
                else translate("store", "the file is damaged ({problems}); {hint}").format(
                    problems="; ".join(rows[:3]), hint=restore_hint
                )
            )
            out.append(Check("integrity", ok, detail))
            if not ok:
                report.add(Finding("file.damaged", detail))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            detail = (
                translate("store", "every reference points to a record")
                if not fk
                else translate(
                    "store", "{n} record(s) refer to records that do not exist, first in table {table}"
                ).format(n=len(fk), table=fk[0][0])
            )
            out.append(Check("references", not fk, detail))
            if fk:
                report.add(Finding("references.broken", detail))
            _audit_and_records(conn, report, pending, progress)
        except sqlite3.DatabaseError as e:
            detail = translate("store", "the file is damaged and cannot be read ({error}); {hint}").format(
                error=e, hint=restore_hint
            )
            out.append(Check("integrity", False, detail))
            report.add(Finding("file.damaged", detail))
    finally:
        conn.close()
    return report


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta").fetchall() if v is not None}


def _audit_and_records(conn: sqlite3.Connection, report: Report, pending: list[str], progress: Progress | None) -> None:
    meta = _meta(conn)
    bound = "0008_verifiable" not in pending
    last = checkpoints.latest(conn) if bound else None
    gen = checkpoints.genesis(conn) if bound else None
    marks = [cp.rows for cp in (last, gen) if cp is not None and cp.rows > 0]
    if bound:
        conn.execute(
            "CREATE TEMP TABLE expected (tbl TEXT NOT NULL, id TEXT NOT NULL, hash TEXT NOT NULL, "
            "seq INTEGER NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID"
        )
    batch: list[tuple[str, str, str, int]] = []
    put = "INSERT OR REPLACE INTO temp.expected (tbl, id, hash, seq) VALUES (?, ?, ?, ?)"

    def visit(table: str, ids: list[str], hashes: list[str], seq: int) -> None:
        batch.extend((table, i, h, seq) for i, h in zip(ids, hashes, strict=True))
        if len(batch) >= 20000:
            conn.executemany(put, batch)
            batch.clear()

    chain = verify_chain(conn, visit if bound else None, marks)
    if batch:
        conn.executemany(put, batch)
        batch.clear()
    report.checks.append(Check("audit", chain.ok, chain.message))
    if not chain.ok:
        report.add(Finding("audit.broken", chain.message))
    if not bound:
        return
    _records(conn, report, progress)
    _checkpoints(conn, report, meta, chain.rows, chain.hashes_at, last, gen)


def _records(conn: sqlite3.Connection, report: Report, progress: Progress | None) -> None:
    before = {c: report.counts.get(c, 0) for c in ("record.changed", "record.unaudited", "record.missing")}
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    checked = 0
    kinds = list(ENTITIES.values())
    for n, ent in enumerate(kinds):
        step(progress, n, len(kinds), entity_label(ent))
        if ent.table not in tables:
            report.add(
                Finding(
                    "table.missing",
                    translate("store", "the table of {kinds} was removed from the file").format(kinds=ent.table),
                    kind=ent.key,
                )
            )
            continue
        cur = conn.cursor()
        cur.row_factory = None
        cur.execute(
            f"SELECT t.*, e.hash, e.seq FROM {ent.table} t LEFT JOIN temp.expected e ON e.tbl = ? AND e.id = t.id",
            (ent.table,),
        )
        columns = [d[0] for d in cur.description][:-2]
        for row in cur:
            checked += 1
            record = row[:-2]
            expected = row[-2]
            if expected is None:
                report.add(
                    Finding(
                        "record.unaudited",
                        translate(
                            "store",
                            "{kind} {label} has no audit history: it was added outside kpfield",
                        ).format(kind=entity_label(ent), label=_label(columns, record)),
                        kind=ent.key,
                        record_id=str(record[0]),
                        label=_label(columns, record),
                    )
                )
            elif record_hash(record) != expected:
                if report.counts.get("record.changed", 0) < LISTED:
                    differs = _differences(conn, ent.table, columns, record)
                else:
                    differs = []
                label = _label(columns, record)
                if differs:
                    shown = "; ".join(
                        translate("store", "{field} is {now}, the audit log says {audited}").format(
                            field=f, now=_shown(b), audited=_shown(a)
                        )
                        for f, a, b in differs[:5]
                    )
                    message = translate("store", "{kind} {label} was changed outside kpfield: {fields}").format(
                        kind=entity_label(ent), label=label, fields=shown
                    )
                else:
                    message = translate(
                        "store",
                        "{kind} {label} was changed outside kpfield (its values no longer match the hash in "
                        "audit row {seq})",
                    ).format(kind=entity_label(ent), label=label, seq=row[-1])
                report.add(Finding("record.changed", message, ent.key, str(record[0]), label, differs))
        for rid, seq in conn.execute(
            f"SELECT e.id, e.seq FROM temp.expected e WHERE e.tbl = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {ent.table} t WHERE t.id = e.id)",
            (ent.table,),
        ):
            report.add(
                Finding(
                    "record.missing",
                    translate(
                        "store",
                        "{kind} {id} is in the audit log (row {seq}) but no longer in the file: it was removed "
                        "outside kpfield",
                    ).format(kind=entity_label(ent), id=rid, seq=seq),
                    kind=ent.key,
                    record_id=str(rid),
                )
            )
    step(progress, len(kinds), len(kinds))
    found = {c: report.counts.get(c, 0) - before[c] for c in before}
    if not any(found.values()) and not report.counts.get("table.missing"):
        report.checks.append(
            Check("records", True, translate("store", "{n} records match the audit log").format(n=checked))
        )
    else:
        report.checks.append(
            Check(
                "records",
                False,
                translate(
                    "store",
                    "{changed} record(s) changed outside kpfield, {unaudited} with no audit history, "
                    "{missing} removed outside kpfield (of {n} checked)",
                ).format(
                    changed=found["record.changed"],
                    unaudited=found["record.unaudited"],
                    missing=found["record.missing"] + report.counts.get("table.missing", 0),
                    n=checked,
                ),
            )
        )


def _label(columns: list[str], record: tuple[Any, ...]) -> str:
    return record_label(dict(zip(columns, record, strict=True)), str(record[0]))


def _shown(v: Any) -> str:
    return "-" if v is None else repr(v) if isinstance(v, str) else str(v)


def _history(conn: sqlite3.Connection, table: str, record_id: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for action, changes in conn.execute(
        "SELECT action, changes FROM audit WHERE record_id = ? AND table_name = ? AND changes IS NOT NULL ORDER BY seq",
        (record_id, table),
    ):
        try:
            value = json.loads(changes)
        except ValueError:
            continue
        if isinstance(value, dict) and "ids" not in value:
            yield action, value


def _differences(
    conn: sqlite3.Connection, table: str, columns: list[str], record: tuple[Any, ...]
) -> list[tuple[str, Any, Any]]:
    """The fields whose value now differs from what the audit log last recorded for them, where
    it recorded one (a record inserted one by one: all of them; one added in bulk: those changed
    since)."""
    known: dict[str, Any] = {}
    for action, changes in _history(conn, table, str(record[0])):
        if action == "insert":
            local = LOCAL_COLUMNS.get(table, ())
            known = dict.fromkeys((c for c in columns if c not in _BOOKKEEPING and c not in local), None)
        for name, pair in changes.items():
            if isinstance(pair, list) and len(pair) == 2:
                known[name] = pair[1]
    now = dict(zip(columns, record, strict=True))
    return [(name, was, now[name]) for name, was in known.items() if name in now and not _same(was, now[name])]


_BOOKKEEPING = ("id", "origin", "created_at", "modified_at", "modified_by", "version", "deleted")


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return bool(a == b)


def _checkpoints(
    conn: sqlite3.Connection,
    report: Report,
    meta: dict[str, str],
    rows: int,
    hashes_at: dict[int, str],
    last: checkpoints.Checkpoint | None,
    gen: checkpoints.Checkpoint | None,
) -> None:
    problems: list[Finding] = []
    notes: list[Finding] = []
    origin = meta.get("origin", "")
    if last is None:
        if rows == 0:
            problems.append(
                Finding(
                    "genesis.missing",
                    translate(
                        "store",
                        "the inventory has no audit log and no signed genesis: they were removed (kpfield writes "
                        "both when it creates an inventory)",
                    ),
                )
            )
        elif (key := load_key(origin) if origin else None) is not None and key.public_key == meta.get(META_PUBLIC_KEY):
            # this installation's key is here and is the one the inventory records: kpfield signs a
            # genesis for such an inventory when it opens it, so none at all means they were removed
            problems.append(
                Finding("genesis.missing", translate("store", "the signed genesis was removed from the inventory"))
            )
        else:
            notes.append(
                Finding(
                    "checkpoint.none",
                    translate(
                        "store",
                        "no signed checkpoint yet: the inventory was made by an earlier kpfield and has not been "
                        "opened where its key is since",
                    ),
                )
            )
    else:
        if gen is None:
            problems.append(
                Finding("genesis.missing", translate("store", "the signed genesis was removed from the inventory"))
            )
        elif not gen.signature_holds():
            problems.append(
                Finding(
                    "genesis.invalid",
                    translate("store", "the signature of the inventory's genesis does not hold: it was edited"),
                )
            )
        elif gen.facts.get("origin") != origin or gen.facts.get("inventory_id") != meta.get("inventory_id"):
            problems.append(
                Finding(
                    "genesis.invalid",
                    translate(
                        "store",
                        "the inventory's identity (installation or inventory id) is not the one its genesis signed",
                    ),
                )
            )
        if not last.signature_holds():
            problems.append(
                Finding(
                    "checkpoint.invalid",
                    translate("store", "the latest checkpoint's signature does not hold: it was edited"),
                )
            )
        elif gen is not None and last.public_key != gen.public_key:
            problems.append(
                Finding(
                    "checkpoint.invalid",
                    translate("store", "the latest checkpoint was signed by another key than the genesis"),
                )
            )
        for cp in (gen, last):
            if cp is None or cp.rows <= 0:
                continue
            if rows < cp.rows:
                problems.append(
                    Finding(
                        "checkpoint.cut",
                        translate(
                            "store",
                            "the audit log holds {n} intact rows but the checkpoint signed at {at} covered {m}: "
                            "rows were removed or the log was wiped",
                        ).format(n=rows, m=cp.rows, at=cp.at),
                    )
                )
                break
            if hashes_at.get(cp.rows) != cp.head_hash:
                problems.append(
                    Finding(
                        "checkpoint.rewritten",
                        translate(
                            "store",
                            "audit row {m} is not the one the checkpoint signed at {at} covered: the log's history "
                            "was rewritten",
                        ).format(m=cp.rows, at=cp.at),
                    )
                )
                break
        key = load_key(origin) if origin else None
        signer = gen.public_key if gen is not None else last.public_key
        if not problems and rows > last.rows:
            tail = translate(
                "store",
                "{n} audit row(s) were written after the latest signed checkpoint ({at}): by a session that "
                "did not finish, or outside kpfield",
            ).format(n=rows - last.rows, at=last.at)
            if key is not None and key.public_key == signer:
                # where the key is, kpfield signs every unit of work that writes, in its transaction:
                # unsigned rows were written behind its back (or the last checkpoint was removed)
                problems.append(Finding("checkpoint.unsigned_rows", tail))
            else:
                notes.append(Finding("checkpoint.unsigned_tail", tail))
        try:
            fp = fingerprint(signer)
        except ValueError:
            fp = "?"
        if key is None:
            notes.append(
                Finding(
                    "checkpoint.key_absent",
                    translate(
                        "store",
                        "this installation's key is not on this computer: the signatures hold for the key the "
                        "inventory carries ({fingerprint}), but whether that is the officer's key was not checked; "
                        "compare the fingerprint with the officer's",
                    ).format(fingerprint=fp),
                )
            )
        elif key.public_key != signer:
            problems.append(
                Finding(
                    "genesis.foreign",
                    translate(
                        "store",
                        "the inventory claims this installation ({origin}) but was signed by another key "
                        "({fingerprint}): it was made elsewhere",
                    ).format(origin=origin, fingerprint=fp),
                )
            )
    for f in problems + notes:
        report.add(f)
    if problems:
        detail = "; ".join(f.message for f in problems)
    elif last is not None:
        detail = translate("store", "the audit log passes through the latest checkpoint, signed at {at}").format(
            at=last.at
        )
        if notes:
            detail += "; " + "; ".join(f.message for f in notes)
    else:
        detail = "; ".join(f.message for f in notes)
    report.checks.append(Check("checkpoints", not problems, detail))

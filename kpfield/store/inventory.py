"""The inventory service: the one way records are read and written.

The window and the command line both call :class:`Inventory`. Every write is one transaction
that validates the record (domain rules and the inventory's own: unique licence numbers, existing
references), writes it, and appends its audit row; a refused or failed write leaves the file as
it was. Records are never removed: :meth:`Inventory.delete` marks them deleted (a tombstone).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield import __version__
from kpfield.domain.dates import utc_now
from kpfield.domain.entities import BOOKKEEPING, ENTITIES, Entity, entity
from kpfield.domain.places import COUNTRIES
from kpfield.domain.rules import rule_problems
from kpfield.domain.text import normalise_identifier
from kpfield.domain.validation import Problem, ValidationError, clean, errors
from kpfield.i18n import format_date, format_number, translate
from kpfield.identity import Identity, InstallationKey, SigningError, generate_key, load_key
from kpfield.output import OutputError, check_output, disk_failure
from kpfield.progress import Cancelled, Progress

from . import checkpoints
from . import db as dbmod
from .areas import area_problems
from .audit import INSERT_MANY, AuditWriter, StoredHash, record_hash
from .backup import DEFAULT_KEEP, backup_connection, backup_file
from .browse import Browser, Query, View, filter_countries, filter_districts, rebuild_search
from .db import InventoryError, NotAnInventory, ReadOnlyInventory, check_file, connect, transaction
from .duplicates import PossibleDuplicate, possible_duplicates
from .ids import new_id
from .keys import META_FINGERPRINT, META_PUBLIC_KEY, Keys
from .lookup import (
    NAMED_BY,
    AmbiguousReference,
    NoSuchRecord,
    PersonNames,
    candidates,
    is_uuid,
    label_of,
    lookup,
    named,
    not_found_message,
    officer_of_origin,
)
from .migrations import migrate, pending_steps
from .references import References, reference_problem
from .rulecheck import RelatedRecords
from .stamps import stamp_local
from .stats import Summary, summary
from .sync import LOOKUP_BATCH, Sync

__all__ = ["Details", "Identity", "Inventory", "Saved", "InventoryError"]


# How many of the records a reference names are listed in the problem it raises.
_NAMED_SHOWN = 5


def _with_references(ref_problems: list[Problem], problems: list[Problem]) -> list[Problem]:
    """The problems of a record whose references were given by number or code: those of the
    references that named no single record first, then the others, without the ones about those
    same fields (the text left there is no UUID, which says nothing more)."""
    if not ref_problems:
        return problems
    fields = {p.field for p in ref_problems}
    return [*ref_problems, *(p for p in problems if p.field not in fields)]


def _remove_new(path: Path) -> None:
    """Remove what a failed 'kpfield init' left (a read-only drive refuses even to remove nothing)."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink(missing_ok=True)


def _not_created(path: Path, e: BaseException) -> BaseException:
    """What a failure to make a new inventory file tells the user: a full disk or a folder that may
    not be written, in words (the file was removed); any other error as it was."""
    if isinstance(e, OutputError | InventoryError | ValidationError):
        return e
    cause: OSError | None = e if isinstance(e, OSError) and e.errno is not None else None
    if isinstance(e, sqlite3.OperationalError):
        if dbmod.disk_full_error(e, path):
            cause = OSError(errno.ENOSPC, str(e))
        elif dbmod._read_only_error(e):
            cause = OSError(errno.EACCES, str(e))
        else:
            cause = OSError(errno.EIO, str(e))
    return disk_failure(path, cause) if cause is not None else e


@dataclass(frozen=True)
class Saved:
    """A record written: its id, the warnings the user should still see, and what an update
    changed (field -> (old stored value, new stored value); empty for an insert or no change)."""

    id: str
    warnings: list[Problem]
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Details:
    """One record as a person reads it (:meth:`Inventory.details`): its stored values, the label
    of each record it refers to (field -> label), the officers who created and last changed it
    (None when this inventory does not know them), and how many audit rows it has."""

    kind: str
    record: dict[str, Any]
    label: str
    references: dict[str, str]
    created_by: str | None
    modified_by: str | None
    history: int


class RecordInUse(InventoryError):
    """A delete refused because live records refer to the record: ``users`` lists them as
    (kind, referring field, id) and ``names`` as a person reads them."""

    SHOWN = 10  # records named in the message; the rest counted

    def __init__(self, inv: Inventory, kind: str, record_id: str, users: list[tuple[str, str, str]]):
        self.kind, self.record_id, self.users = kind, record_id, users
        self.record = inv.record_name(kind, record_id)
        self.names = [
            translate("store", "{record} (as {field})").format(
                record=inv.record_name(k, rid), field=entity(k).label_of(name).lower()
            )
            for k, name, rid in users
        ]
        shown = self.names[: self.SHOWN]
        more = len(self.names) - len(shown)
        text = translate("store", "{record} cannot be deleted: {n} record(s) refer to it").format(
            record=self.record, n=len(users)
        )
        listed = "\n".join("- " + n for n in shown)
        if more:
            listed += "\n" + translate("store", "... and {n} more").format(n=more)
        advice = translate("store", "Delete those records first, or change them to refer to another record.")
        super().__init__(f"{text}:\n{listed}\n{advice}")


ACCEPTED_WARNINGS = "warnings accepted: "


def with_accepted_warnings(reason: str | None, problems: list[Problem]) -> str | None:
    """The audit reason of a save made despite warnings: the user's reason, then
    ``warnings accepted: <rule or field>, ...`` (codes, not words, so that any language reads them)."""
    accepted = [p.rule or f"field:{p.field}" for p in problems if p.severity == "warning"]
    if not accepted:
        return reason
    note = ACCEPTED_WARNINGS + ", ".join(dict.fromkeys(accepted))
    return f"{reason}; {note}" if reason else note


class Inventory:
    """An open inventory. Owned by one thread; a worker thread opens its own."""

    def __init__(self, conn: sqlite3.Connection, path: Path, identity: Identity, *, readonly: bool = False):
        self.conn = conn
        self.path = path
        self.identity = identity
        # opened for reading only (open_readonly, or a file that cannot be written here): every
        # write raises ReadOnlyInventory
        self.readonly = readonly
        self.audit = AuditWriter(conn, identity.origin, identity.officer)
        self.keys = Keys(conn, identity, self.audit)
        self.sync = Sync(conn, self.audit)
        # this installation's key when it may sign for this inventory (looked up once; see own_key)
        self._sealer: InstallationKey | None | bool = False
        # the related records the law and plausibility rules read (district price ranges cached)
        self._related = RelatedRecords(conn)

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | Path, *, country: str, officer: str, district: str | None = None, origin: str | None = None
    ) -> Inventory:
        """Make a new inventory file for this installation. Refuses a file that already holds data."""
        path = Path(path)
        check_output(path)  # a folder, a device or a pipe is no place for an inventory
        if path.exists() and path.stat().st_size > 0:
            raise InventoryError(
                translate("store", "{path} already exists; open it, or choose another file name").format(path=path)
            )
        country = (country or "").strip().upper()
        if country not in COUNTRIES:
            raise ValidationError(
                "inventory",
                [
                    Problem(
                        "country",
                        translate(
                            "store", "{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)"
                        ).format(value=repr(country)),
                        country,
                    )
                ],
            )
        if not (officer or "").strip():
            raise ValidationError(
                "inventory", [Problem("officer", translate("store", "The officer's name is required"))]
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # stamp the id while the file is still in rollback-journal mode, so it lands in the main file
            first = sqlite3.connect(str(path))
            try:
                first.execute(f"PRAGMA application_id = {dbmod.APPLICATION_ID}")
            finally:
                first.close()
            conn = connect(path)
        except BaseException as e:
            _remove_new(path)
            raise _not_created(path, e) from e
        try:
            migrate(conn)
            now = utc_now()
            ident = Identity(
                origin or new_id(), " ".join(officer.split()), country, (district or "").strip() or None, now
            )
            # the installation's signing key pair: the private half goes to the user's data folder,
            # never into this file (kpfield.identity)
            key = load_key(ident.origin)
            new_key = key is None
            if key is None:
                key = generate_key(ident.origin, ident.officer, ident.country)
            with transaction(conn):
                values = {
                    "origin": ident.origin,
                    "officer": ident.officer,
                    "country": ident.country,
                    "district": ident.district,
                    "created_at": now,
                    "created_by_version": __version__,
                    META_PUBLIC_KEY: key.public_key,
                    META_FINGERPRINT: key.fingerprint,
                }
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", values.items())
                AuditWriter(conn, ident.origin, ident.officer).append(
                    now, "meta", "installation", "create", {k: (None, v) for k, v in values.items() if v is not None}
                )
                inventory_id = conn.execute("SELECT value FROM meta WHERE key = 'inventory_id'").fetchone()[0]
                checkpoints.sign(
                    conn,
                    key,
                    checkpoints.GENESIS_KIND,
                    origin=ident.origin,
                    inventory_id=inventory_id,
                    at=now,
                    extra={"created_at": now},
                )
                if new_key:
                    key.save()  # inside the transaction: no inventory without its key
        except BaseException as e:
            conn.close()
            _remove_new(path)
            raise _not_created(path, e) from e
        return cls(conn, path, ident)

    @classmethod
    def open(cls, path: str | Path, *, backup_before_upgrade: bool = True) -> Inventory:
        """Open an existing inventory, upgrading its schema if this kpfield is newer.

        Refuses, without writing to it, a file that is missing, not an inventory, or from a newer
        kpfield. Before an upgrade the file is backed up next to it.

        A file that cannot be written here (a read-only file, folder or drive) is opened for
        reading only (``readonly``; :meth:`open_readonly`): reading works, and every write raises
        ReadOnlyInventory. Such a file that needs a schema upgrade is refused.
        """
        path = Path(path)
        if not path.exists():
            raise InventoryError(
                translate(
                    "store", "{path} does not exist; create it with 'kpfield init' or choose another file"
                ).format(path=path)
            )
        check_file(path)
        if path.stat().st_size == 0:
            raise NotAnInventory(translate("store", "{path} is empty: it is not an inventory").format(path=path))
        pending = pending_steps(path)
        if not dbmod.writable(path):
            return cls._read_only(path, pending)
        if pending and backup_before_upgrade:
            backup_file(path, label="before-upgrade")
        try:
            conn = connect(path)
        except sqlite3.OperationalError as e:
            if not dbmod._read_only_error(e):
                raise
            return cls._read_only(path, pending)  # the system said it may be written; SQLite found not
        try:
            if pending:
                migrate(conn)
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if "origin" not in meta:
                raise NotAnInventory(
                    translate(
                        "store", "{path} has no installation identity: it was not created by 'kpfield init'"
                    ).format(path=path)
                )
            ident = Identity(
                meta["origin"],
                meta.get("officer") or "",
                meta.get("country") or "",
                meta.get("district"),
                meta.get("created_at") or "",
            )
        except BaseException:
            conn.close()
            raise
        inv = cls(conn, path, ident)
        if pending:
            inv.audit.wrote = True  # the upgrade may have written baseline rows: sign them now
            try:
                inv.adopt()
                inv.checkpoint_if_written()
            except BaseException:
                conn.close()
                raise
        return inv

    @classmethod
    def _read_only(cls, path: Path, pending: list[str]) -> Inventory:
        if pending:
            raise ReadOnlyInventory(
                translate(
                    "store",
                    "{path} was made by an older kpfield and must be upgraded before it is used, but it is "
                    "read-only here: copy it to a folder you can write to and open the copy. Nothing was changed.",
                ).format(path=path)
            )
        return cls.open_readonly(path)

    @classmethod
    def open_readonly(cls, path: str | Path) -> Inventory:
        """Open an inventory for reading only, on a connection of this thread's own (long queries
        in a worker: an evaluation, a footprint). Never writes to the file; a file that needs a
        schema upgrade is refused (open it for writing first). Every write raises."""
        path = Path(path)
        check_file(path)
        if not path.exists() or path.stat().st_size == 0:
            raise NotAnInventory(translate("store", "{path} is empty: it is not an inventory").format(path=path))
        if pending_steps(path):
            raise InventoryError(
                translate("store", "{path} was made by an older kpfield; open it in kpfield once to upgrade it").format(
                    path=path
                )
            )
        conn = connect(path, readonly=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except BaseException:
            conn.close()
            raise
        ident = Identity(
            meta.get("origin") or "",
            meta.get("officer") or "",
            meta.get("country") or "",
            meta.get("district"),
            meta.get("created_at") or "",
        )
        return cls(conn, path, ident, readonly=True)

    def require_writable(self) -> None:
        """Raise ReadOnlyInventory, before any work, when this inventory cannot be changed here."""
        if self.readonly:
            raise ReadOnlyInventory(dbmod.read_only_message(self.path))

    def interrupt(self) -> None:
        """Stop the query running on this inventory's connection (from any thread); it raises
        in the thread that runs it. For a read-only inventory of a worker."""
        self.conn.interrupt()

    def stop_when(self, stop: Callable[[], bool], every: int = 200_000) -> None:
        """Make every query on this connection stop (raising) once ``stop()`` is true, checked each
        ``every`` SQLite instructions: ``interrupt`` stops only a query already running."""
        self.conn.set_progress_handler(stop, every)

    def close(self) -> None:
        """Close the connection; a session that wrote ends with a signed checkpoint, when this
        installation's key is here and the inventory's genesis is that key's."""
        try:
            self.checkpoint_if_written()
        finally:
            self.conn.close()

    def checkpoint_if_written(self) -> None:
        """Sign a checkpoint when this session wrote since the last one (see :meth:`close`).
        Never raises: a read-only or busy file or a damaged key leaves the tail unsigned, which
        ``kpfield verify`` reports."""
        try:
            if self.audit.wrote and not self.conn.in_transaction:
                self.audit.wrote = False
                self.checkpoint("session")
        except (InventoryError, SigningError, sqlite3.Error):
            pass  # closing must not fail; verify names an unsigned tail

    # ---- signed checkpoints ------------------------------------------------------------------

    def inventory_id(self) -> str:
        """This inventory's own id (not its installation's): backups carry it in their names."""
        return self.meta("inventory_id") or ""

    def own_key(self) -> tuple[InstallationKey | None, str]:
        """(this installation's key, '') when its key file is here and it signed this inventory's
        genesis; else (None, why not, for people)."""
        key = load_key(self.identity.origin)
        if key is None:
            return None, translate(
                "store",
                "this installation's signing key is not on this computer (the inventory was made or moved here "
                "from elsewhere)",
            )
        gen = checkpoints.genesis(self.conn)
        if gen is None:
            return None, translate("store", "the inventory has no signed genesis (it was made by an earlier kpfield)")
        facts = gen.facts
        if (
            gen.public_key != key.public_key
            or not gen.signature_holds()
            or facts.get("origin") != self.identity.origin
            or facts.get("inventory_id") != self.inventory_id()
        ):
            return None, translate(
                "store",
                "its genesis was not signed by this installation's key: the inventory was made elsewhere, "
                "even if it carries this installation's id",
            )
        return key, ""

    def checkpoint(self, kind: str) -> checkpoints.Checkpoint | None:
        """Sign the audit chain's head now (``kind``: session, backup, export), or return the latest
        checkpoint when it already signs this head with this key; None when this installation
        cannot sign for this inventory (:meth:`own_key`)."""
        key, _why = self.own_key()
        if key is None:
            return None
        last = checkpoints.latest(self.conn)
        if (
            last is not None
            and (last.rows, last.head_hash) == checkpoints.chain_head(self.conn)
            and last.public_key == key.public_key
            and last.signature_holds()
        ):
            # nothing was written since: the latest checkpoint already signs this head, and a
            # backup or an export that wrote nothing leaves the inventory as it was
            return last
        with self.transaction():
            return checkpoints.sign(
                self.conn, key, kind, origin=self.identity.origin, inventory_id=self.inventory_id(), at=utc_now()
            )

    def adopt(self) -> bool:
        """Give an inventory made by an earlier kpfield its genesis, signed by this installation's
        key, when that key is here and is the one the inventory records; True when it did."""
        if checkpoints.genesis(self.conn) is not None:
            return False
        key = load_key(self.identity.origin)
        if key is None or self.keys.public_key() != key.public_key:
            return False
        self._sign_genesis(key, adopted=True)
        return True

    def export_signer(self) -> tuple[InstallationKey | None, bool, str]:
        """The key to sign a field workbook with: (key, made now, '') or (None, False, why not).

        Signs only an inventory whose genesis this installation's key signed and whose latest
        checkpoint verifies. An inventory without a key here (made before signing, or moved to
        another computer) gets a new key, recorded and audited, and a genesis signed by it.
        """
        made = False
        if load_key(self.identity.origin) is None:
            # a key made now for this inventory signs nothing anyone registered: it may start a genesis
            _key, made = self.keys.installation_key()
            self._regenesis()
        elif checkpoints.genesis(self.conn) is None:
            self.adopt()
        key, why = self.own_key()
        if key is None:
            return None, made, why
        last = checkpoints.latest(self.conn)
        problem = self._checkpoint_problem(last)
        if problem:
            return None, made, problem
        return key, made, ""

    def _regenesis(self) -> None:
        key = load_key(self.identity.origin)
        if key is not None:
            self._sign_genesis(key, rekeyed=True)

    def _sign_genesis(self, key: InstallationKey, **how: bool) -> None:
        """Sign a genesis for this inventory with ``key`` (``how``: adopted, or rekeyed)."""
        with self.transaction():
            checkpoints.sign(
                self.conn,
                key,
                checkpoints.GENESIS_KIND,
                origin=self.identity.origin,
                inventory_id=self.inventory_id(),
                at=utc_now(),
                extra={"created_at": self.identity.created_at, **how},
            )
        self._sealer = False  # look the signing key up again: it may sign now

    def _checkpoint_problem(self, last: checkpoints.Checkpoint | None) -> str:
        if last is None:
            return ""
        if not last.signature_holds():
            return translate("store", "its latest checkpoint's signature does not hold (run kpfield verify)")
        row = self.conn.execute("SELECT hash FROM audit WHERE seq = ?", (last.rows,)).fetchone()
        if last.rows > 0 and (row is None or row[0] != last.head_hash):
            return translate(
                "store", "its audit log no longer passes through its latest checkpoint (run kpfield verify)"
            )
        return ""

    def __enter__(self) -> Inventory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing unit of work; nested calls become savepoints.

        A unit that wrote audit rows ends, inside the same transaction, with a checkpoint signed by
        this installation's key (when it may sign for this inventory), so that no save, import
        or merge leaves the chain's head unsigned, even if the program is killed right after."""
        outer = not self.conn.in_transaction
        wrote = self.audit.wrote
        try:
            with transaction(self.conn) as c:
                yield c
                if outer and self.audit.wrote:
                    self._seal()
        except BaseException:
            if outer:
                self.audit.wrote = wrote  # the rows it appended were rolled back with it
            raise

    def _seal(self) -> None:
        if self._sealer is False:
            self._sealer = self.own_key()[0]
        if isinstance(self._sealer, InstallationKey):
            checkpoints.sign(
                self.conn,
                self._sealer,
                "save",
                origin=self.identity.origin,
                inventory_id=self.inventory_id(),
                at=utc_now(),
            )
            self.audit.wrote = False

    def backup(
        self, dest_dir: Path | None = None, *, keep: int = DEFAULT_KEEP, progress: Progress | None = None
    ) -> Path:
        """Write a timestamped backup of this inventory, named with its id, after signing the audit
        chain's head (a checkpoint, which the backup carries), and remember when (``last_backup_at``;
        not in an inventory opened read-only, which a backup may copy but not change)."""
        if not self.readonly:
            try:
                self.checkpoint("backup")
            except (SigningError, sqlite3.OperationalError):
                pass  # a damaged key: the backup is worth more than its checkpoint
        path = backup_connection(
            self.conn, self.path, dest_dir, keep=keep, progress=progress, inventory_id=self.inventory_id() or None
        )
        if not self.readonly:
            self.set_meta("last_backup_at", utc_now())
            self.set_meta("last_backup_path", str(path))
        return path

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # ---- reading -------------------------------------------------------------------------

    def get(self, kind: str, record_id: str, *, include_deleted: bool = False) -> dict[str, Any] | None:
        """One record as a dict (bookkeeping and user fields), or None."""
        ent = entity(kind)
        row = self.conn.execute(f"SELECT * FROM {ent.table} WHERE id = ?", (record_id,)).fetchone()
        if row is None or (row["deleted"] and not include_deleted):
            return None
        return dict(row)

    def summary(self) -> Summary:
        """Records per kind and production per country and half-year (``kpfield stats``)."""
        return summary(self.conn)

    def history(self, kind: str, record_id: str) -> list[dict[str, Any]]:
        """Every audit row about one record, oldest first: its own rows, and the bulk inserts
        (imports, the demo) that list it."""
        table = entity(kind).table
        rows = self.conn.execute(
            "SELECT * FROM audit WHERE record_id = ? AND table_name = ? "
            "UNION SELECT * FROM audit WHERE action = ? AND table_name = ? AND instr(changes, ?) > 0 "
            "ORDER BY seq",
            (record_id, table, INSERT_MANY, table, f'"{record_id}"'),
        ).fetchall()
        return [dict(r) for r in rows]

    def referring(self, kind: str, record_id: str) -> list[tuple[str, str, str]]:
        """The live records that refer to the record ``record_id`` of ``kind``: (their kind, the
        referring field, their id)."""
        out = []
        for target in ENTITIES.values():
            for f in target.fields:
                if f.kind == "ref" and f.ref == kind:
                    out += [
                        (target.key, f.name, r[0])
                        for r in self.conn.execute(
                            f"SELECT id FROM {target.table} WHERE {f.name} = ? AND deleted = 0", (record_id,)
                        )
                    ]
        return out

    # ---- records named by people: a UUID, or the record's own number or code ----------------

    def candidates(self, kind: str, ref: str, *, include_deleted: bool = False) -> list[tuple[str, str]]:
        """The records of ``kind`` that ``ref`` names, as (id, label): a UUID (or a merged
        record's old UUID), else a licence number, site code, person's national ID or digger-card
        number, organisation's registration number or name, production reference, sale's KP
        certificate or document reference (:func:`kpfield.store.lookup.candidates`)."""
        entity(kind)
        return candidates(self.conn, kind, ref, include_deleted=include_deleted)

    def resolve(self, kind: str, ref: str, *, include_deleted: bool = False) -> str:
        """The id of the one record of ``kind`` that ``ref`` names (see :meth:`candidates`);
        raises :class:`~kpfield.store.lookup.NoSuchRecord` when it names none, and
        :class:`~kpfield.store.lookup.AmbiguousReference` (listing them) when it names several."""
        found = self.candidates(kind, ref, include_deleted=include_deleted)
        if not found:
            raise NoSuchRecord(kind, ref.strip())
        if len(found) > 1:
            raise AmbiguousReference(kind, ref.strip(), found)
        return found[0][0]

    def named_references(self, kind: str, values: Mapping[str, object]) -> tuple[dict[str, object], list[Problem]]:
        """``values`` with each reference that is not a UUID (a licence number for a holder's
        licence, a site code, a national ID...) replaced by the UUID of the one live record it
        names; a reference that names none or several is left as it was, with a problem saying
        so (the candidates listed). A UUID is left for :meth:`check` to judge."""
        ent = entity(kind)
        out = dict(values)
        problems: list[Problem] = []
        for f in ent.fields:
            value = out.get(f.name)
            if f.kind != "ref" or not isinstance(value, str) or not value.strip() or is_uuid(value):
                continue
            target = entity(f.ref or "")
            ids = named(self.conn, target.key, value, limit=_NAMED_SHOWN + 1)
            if len(ids) == 1:
                out[f.name] = ids[0]
                continue
            if not ids:
                message = translate("store", "{field}: {problem}").format(
                    field=ent.label_of(f.name), problem=not_found_message(target.key, value.strip())
                )
            else:
                shown = [f"{label_of(self.conn, target.key, rid)} ({rid})" for rid in ids[:_NAMED_SHOWN]]
                if len(ids) > _NAMED_SHOWN:
                    shown.append("…")
                message = translate(
                    "store", "{field}: '{value}' names several {kinds}: {candidates}; give its UUID"
                ).format(
                    field=ent.label_of(f.name),
                    value=value.strip(),
                    kinds=target.shown_plural().lower(),
                    candidates="; ".join(shown),
                )
            problems.append(Problem(f.name, message, value))
        return out, problems

    def details(self, kind: str, record_id: str) -> Details:
        """One record (live or deleted) as a person reads it: see :class:`Details`. Raises
        :class:`~kpfield.store.lookup.NoSuchRecord` when there is no such record."""
        ent = entity(kind)
        record = self.get(kind, record_id, include_deleted=True)
        if record is None:
            raise NoSuchRecord(kind, record_id)
        refs = {
            f.name: label_of(self.conn, f.ref or "", record[f.name])
            for f in ent.fields
            if f.kind == "ref" and record.get(f.name)
        }
        history = self.history(kind, record_id)

        def officer(origin: str | None, row: dict[str, Any] | None) -> str | None:
            # the audit row's own officer when that row was written by the installation named;
            # else whom this inventory knows that installation by (an imported record's author)
            if row is not None and row["origin"] == origin and row["officer"]:
                return str(row["officer"])
            return officer_of_origin(self.conn, origin)

        return Details(
            kind,
            record,
            label_of(self.conn, kind, record_id),
            refs,
            officer(record["origin"], history[0] if history else None),
            officer(record["modified_by"], history[-1] if history else None),
            len(history),
        )

    def production_span(self) -> tuple[str, str] | None:
        """The first and last days with live production recorded (ISO), or None when there is none."""
        row = self.conn.execute(
            "SELECT MIN(produced_on), MAX(produced_on) FROM production WHERE deleted = 0"
        ).fetchone()
        return (row[0], row[1]) if row and row[0] else None

    def site_countries(self) -> list[str]:
        """The countries that have live sites, in code order."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT country FROM site WHERE deleted = 0 ORDER BY 1")]

    def site_districts(self, country: str) -> list[str]:
        """The districts of ``country`` that have live sites, in name order."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT district FROM site WHERE deleted = 0 AND country = ? AND district IS NOT NULL "
                "ORDER BY 1",
                (country,),
            )
        ]

    def count(self, kind: str) -> int:
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {entity(kind).table} WHERE deleted = 0").fetchone()[0])

    # ---- validation ----------------------------------------------------------------------

    def check(
        self, kind: str, values: Mapping[str, object], record_id: str | None = None, today: dt.date | None = None
    ) -> tuple[dict[str, Any], list[Problem]]:
        """Validate a record as a save would, without writing: (stored values, problems), the
        law and plausibility rules' among them."""
        ent = entity(kind)
        cleaned, problems = clean(ent, values, today=today)
        problems.extend(self._store_problems(ent, cleaned, record_id))
        problems.extend(self.rule_problems(kind, cleaned, today=today))
        return cleaned, problems

    def rule_problems(
        self,
        kind: str,
        cleaned: dict[str, Any],
        *,
        related: RelatedRecords | None = None,
        today: dt.date | None = None,
    ) -> list[Problem]:
        """The law and plausibility rules (:mod:`kpfield.domain.rules`) on values already
        cleaned; ``related``: a cached look-up for an import (see :meth:`related_records`)."""
        if related is None:
            related = self._related
            if related.today != (today or dt.date.today()):
                related = self._related = RelatedRecords(self.conn, today=today)
        return rule_problems(kind, cleaned, related, today=today)

    def related_records(self) -> RelatedRecords:
        """A look-up of related records that remembers what it read: for one import."""
        return RelatedRecords(self.conn, cached=True)

    def store_problems(self, kind: str, cleaned: dict[str, Any], record_id: str | None = None) -> list[Problem]:
        """The store's own rules (natural keys, references, national IDs) for values already cleaned:
        :meth:`check` is ``clean`` followed by this."""
        return self._store_problems(entity(kind), cleaned, record_id)

    def _store_problems(self, ent: Entity, v: dict[str, Any], record_id: str | None) -> list[Problem]:
        out: list[Problem] = []
        if ent.natural_key and all(v.get(k) is not None for k in ent.natural_key):
            where = " AND ".join(f"{k} = ?" for k in ent.natural_key)
            row = self.conn.execute(
                f"SELECT id FROM {ent.table} WHERE {where} AND deleted = 0 AND id IS NOT ?",
                [v[k] for k in ent.natural_key] + [record_id],
            ).fetchone()
            if row:
                key = " ".join(str(v[k]) for k in ent.natural_key)
                last = ent.natural_key[-1]
                out.append(
                    Problem(
                        last,
                        translate("store", "{field} {key} is already used by another {kind}").format(
                            field=ent.label_of(last), key=key, kind=ent.shown_label().lower()
                        ),
                        v[last],
                    )
                )
        for f in ent.fields:
            if f.kind != "ref" or not v.get(f.name):
                continue
            target = ENTITIES[f.ref or ""]
            row = self.conn.execute(f"SELECT deleted FROM {target.table} WHERE id = ?", (v[f.name],)).fetchone()
            if row is None or row[0]:
                out.append(reference_problem(ent, f.name, target, v[f.name], None if row is None else row[0]))
        if ent.key == "person" and v.get("national_id"):
            row = self.conn.execute(
                "SELECT family_name, given_names FROM person WHERE national_id = ? AND deleted = 0 AND id IS NOT ?",
                (v["national_id"], record_id),
            ).fetchone()
            if row:
                out.append(
                    Problem(
                        "national_id",
                        translate("store", "National ID {national_id} is already recorded for {name}").format(
                            national_id=v["national_id"], name=f"{row[1] or ''} {row[0]}".strip()
                        ),
                        v["national_id"],
                        "warning",
                    )
                )
        out.extend(area_problems(self.conn, ent.key, v, record_id))
        return out

    def _content(self, table: str, record_id: str) -> str:
        """The content hash of a record as SQLite now holds it (for its audit row)."""
        cur = self.conn.cursor()
        cur.row_factory = None
        return record_hash(cur.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone())

    def _refuse_if_errors(self, ent: Entity, problems: list[Problem]) -> list[Problem]:
        if errors(problems):
            raise ValidationError(ent.key, problems)
        return problems

    # ---- writing -------------------------------------------------------------------------

    def add(
        self,
        kind: str,
        values: Mapping[str, object],
        *,
        reason: str | None = None,
        source_id: str | None = None,
        record_id: str | None = None,
        named: bool = False,
    ) -> Saved:
        """Validate and insert one record; raises ValidationError listing every problem. With
        ``named``, references may be given as the linked record's number or code
        (:meth:`named_references`)."""
        ent = entity(kind)
        ref_problems: list[Problem] = []
        if named:
            values, ref_problems = self.named_references(kind, values)
        with self.transaction():
            cleaned, problems = self.check(kind, values)
            problems = _with_references(ref_problems, problems)
            self._refuse_if_errors(ent, problems)
            now = utc_now()
            rid = record_id or new_id()
            row = {
                "id": rid,
                "origin": self.identity.origin,
                "created_at": now,
                "modified_at": now,
                "modified_by": self.identity.origin,
                "version": 1,
                "deleted": 0,
                **cleaned,
            }
            cols = list(row)
            self.conn.execute(
                f"INSERT INTO {ent.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", list(row.values())
            )
            self.audit.append(
                now,
                ent.table,
                rid,
                "insert",
                {k: (None, val) for k, val in cleaned.items() if val is not None},
                with_accepted_warnings(reason, problems),
                source_id,
                self._content(ent.table, rid),
            )
        if kind == "production":
            self._related.forget()
        return Saved(rid, problems)

    def update(
        self,
        kind: str,
        record_id: str,
        changes: Mapping[str, object],
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        include_deleted: bool = False,
        named: bool = False,
    ) -> Saved:
        """Change some fields of a live record. Nothing is written when no value changes.

        ``expected_version`` (from when a form was opened) refuses the save when someone else
        changed the record in between, instead of silently overwriting their work.
        ``include_deleted`` changes a deleted record too (a conflict settled on a record kept
        deleted: the value is there should the record be brought back). With ``named``,
        references may be given as the linked record's number or code (:meth:`named_references`).
        """
        ent = entity(kind)
        ref_problems: list[Problem] = []
        if named:
            changes, ref_problems = self.named_references(kind, changes)
        with self.transaction():
            current = self.get(kind, record_id, include_deleted=include_deleted)
            if current is None:
                raise InventoryError(
                    translate("store", "There is no record {id} here (it may have been deleted)").format(id=record_id)
                )
            if expected_version is not None and current["version"] != expected_version:
                raise InventoryError(
                    translate(
                        "store",
                        "This record was changed elsewhere since you opened it "
                        "(version {version}, yours {yours}); close the form and open the record again",
                    ).format(version=current["version"], yours=expected_version)
                )
            merged = {f: current[f] for f in ent.field_names}
            merged.update({k: v for k, v in changes.items() if k not in BOOKKEEPING})
            cleaned, problems = self.check(kind, merged, record_id)
            problems = _with_references(ref_problems, problems)
            # clean() refuses unknown fields; the bookkeeping ones it passes over are the store's
            problems += [
                Problem(
                    k,
                    translate("store", "{name} is kept by kpfield itself and cannot be changed").format(name=k),
                    changes[k],
                )
                for k in changes
                if k in BOOKKEEPING
            ]
            self._refuse_if_errors(ent, problems)
            diff = {k: (current[k], cleaned[k]) for k in ent.field_names if current[k] != cleaned[k]}
            if not diff:
                return Saved(record_id, problems)
            now = utc_now()
            sets = ", ".join(f"{k} = ?" for k in diff)
            if kind == "person" and "registered_on" in diff:
                sets += ", registered_on_estimated = 0"  # a day someone typed is no longer an estimate
            self.conn.execute(
                f"UPDATE {ent.table} SET {sets}, version = version + 1, modified_at = ?, modified_by = ? WHERE id = ?",
                [new for _, new in diff.values()] + [now, self.identity.origin, record_id],
            )
            stamp_local(self.conn, ent.table, record_id, diff, self.identity.origin)
            self.audit.append(
                now,
                ent.table,
                record_id,
                "update",
                diff,
                with_accepted_warnings(reason, problems),
                content=self._content(ent.table, record_id),
            )
        if kind == "production":
            self._related.forget()
        return Saved(record_id, problems, diff)

    def _set_deleted(self, kind: str, record_id: str, deleted: bool, reason: str | None) -> None:
        ent = entity(kind)
        with self.transaction():
            row = self.conn.execute(f"SELECT deleted FROM {ent.table} WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                raise InventoryError(translate("store", "There is no record {id} here").format(id=record_id))
            if bool(row[0]) == deleted:
                return
            if not deleted:
                # an undeleted record must still be valid next to the others (its licence number may
                # have been given to a new licence meanwhile)
                current = dict(self.conn.execute(f"SELECT * FROM {ent.table} WHERE id = ?", (record_id,)).fetchone())
                self._refuse_if_errors(ent, self.check(kind, {f: current[f] for f in ent.field_names}, record_id)[1])
            now = utc_now()
            self.conn.execute(
                f"UPDATE {ent.table} SET deleted = ?, version = version + 1, modified_at = ?, "
                "modified_by = ? WHERE id = ?",
                (int(deleted), now, self.identity.origin, record_id),
            )
            stamp_local(self.conn, ent.table, record_id, ["deleted"], self.identity.origin)
            self.audit.append(
                now,
                ent.table,
                record_id,
                "delete" if deleted else "undelete",
                {"deleted": (int(not deleted), int(deleted))},
                reason,
                content=self._content(ent.table, record_id),
            )

    def delete(self, kind: str, record_id: str, *, reason: str | None = None) -> None:
        """Mark a record deleted. It stays in the file as a tombstone and can be brought back.

        Refused (:class:`RecordInUse`, nothing written) while live records refer to it: a person
        who holds a licence, a site with production... would leave those records pointing at
        nothing, unable to be saved again."""
        with self.transaction():
            self.check_deletable(kind, record_id)
            self._set_deleted(kind, record_id, True, reason)

    def check_deletable(self, kind: str, record_id: str) -> None:
        """Raise :class:`RecordInUse`, naming them, when live records refer to the record
        ``record_id`` of ``kind``; writes nothing."""
        users = self.referring(kind, record_id)
        if users:
            raise RecordInUse(self, kind, record_id, users)

    def undelete(self, kind: str, record_id: str, *, reason: str | None = None) -> None:
        """Bring back a deleted record (undo of a delete)."""
        self._set_deleted(kind, record_id, False, reason)

    def add_source(
        self,
        kind: str,
        *,
        file_name: str | None = None,
        sha256: str | None = None,
        origin: str | None = None,
        officer: str | None = None,
        counts: str | None = None,
    ) -> str:
        """Record where a bulk change came from (an import, the demo generator); returns its id."""
        sid = new_id()
        self.conn.execute(
            "INSERT INTO source (id, kind, file_name, sha256, origin, officer, at, counts) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                sid,
                kind,
                file_name,
                sha256,
                origin or self.identity.origin,
                officer or self.identity.officer,
                utc_now(),
                counts,
            ),
        )
        return sid

    def set_source_counts(self, source_id: str, counts: str) -> None:
        """Record what a bulk change from ``source_id`` came to (JSON counts), in the caller's transaction."""
        self.conn.execute("UPDATE source SET counts = ? WHERE id = ?", (counts, source_id))

    def analyze(self) -> None:
        """Refresh SQLite's statistics after a large load, so its query plans fit the data."""
        self.conn.execute("ANALYZE")

    @contextlib.contextmanager
    def indexes_deferred(self, table: str) -> Iterator[None]:
        """Drop ``table``'s secondary indexes for a large bulk load and build them again at the end.

        Building an index once over a million rows is far cheaper than updating it a million
        times in random order. Unique indexes stay (they enforce rules), and so does the primary
        key. Must run inside :meth:`transaction`: the drops and rebuilds are part of it, so a
        failed load that rolls back leaves every index as it was. Worth it only when the load is
        large next to what the table already holds (the demo, a first import).
        """
        if not self.conn.in_transaction:
            raise InventoryError("indexes_deferred must run inside Inventory.transaction()")
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
            "AND sql NOT LIKE 'CREATE UNIQUE%'",
            (table,),
        ).fetchall()
        for name, _sql in rows:
            self.conn.execute(f'DROP INDEX "{name}"')
        try:
            yield
        finally:
            if self.conn.in_transaction:  # else SQLite rolled it back itself, indexes included
                self._build_indexes([sql for _name, sql in rows])

    @contextlib.contextmanager
    def search_deferred(self, table: str) -> Iterator[None]:
        """Stop keeping ``table``'s search index current row by row during a large bulk load, and
        rebuild it once at the end.

        Triggers keep the search index (migration 0002) current, one row at a time: for 108,000
        people that took 30 µs a row, against 2 µs a row for one rebuild from the table. Same
        rules as :meth:`indexes_deferred`: inside :meth:`transaction` (a load that rolls back leaves
        the triggers and the index as they were), and worth it only when the load is large next
        to what the table already holds, since the rebuild reads the whole table.
        """
        if not self.conn.in_transaction:
            raise InventoryError("search_deferred must run inside Inventory.transaction()")
        triggers = [
            (name, sql)
            for name, sql in self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name", (table,)
            )
            if name.startswith(f"{table}_search_")
        ]
        if not triggers:
            yield
            return
        for name, _sql in triggers:
            self.conn.execute(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            # not in a transaction any more: SQLite rolled it back itself (a full disk, an I/O
            # error), and with it the dropped triggers
            if self.conn.in_transaction:
                rebuild_search(self.conn, [table])
                for _name, sql in triggers:
                    self.conn.execute(sql)

    def _build_indexes(self, statements: list[str]) -> None:
        for sql in statements:
            self.conn.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))

    def bulk_add(
        self,
        kind: str,
        rows: Iterable[Mapping[str, Any] | tuple[Any, ...]],
        *,
        source_id: str,
        validate: bool = True,
    ) -> int:
        """Insert many records in the caller's transaction, audited as inserted from ``source_id``.

        With ``validate`` each row goes through :meth:`check`; the first refused row raises
        ValidationError (whose message names the row number) and the caller's transaction rolls
        back. Rows may carry their own bookkeeping (``id``, ``origin``, timestamps); missing ones
        are filled in. Without ``validate``, a row may also be a tuple holding every bookkeeping
        value and then every field's, in order (``BOOKKEEPING + field_names``), inserted as it is.
        Returns the number of rows.
        """
        ent = entity(kind)
        if not self.conn.in_transaction:
            raise InventoryError("bulk_add must run inside Inventory.transaction()")
        names = ent.field_names
        cols = list(BOOKKEEPING) + list(names)
        sql = f"INSERT INTO {ent.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        now = utc_now()
        origin = self.identity.origin
        batch: list[tuple[Any, ...]] = []  # rows not yet written
        unaudited: list[str] = []  # ids written but not yet in an audit row
        hashes: list[str] = []  # their content hashes, in the same order
        reader = self.conn.cursor()
        reader.row_factory = None
        last_rowid = f"SELECT max(rowid) FROM {ent.table}"
        written = f"SELECT * FROM {ent.table} WHERE rowid > ? ORDER BY rowid"
        stored = StoredHash(self.conn, ent.table, cols)

        def write() -> None:
            # hashed as SQLite will store the rows, when their values' types say so for sure;
            # otherwise the batch is read back after the insert (a value SQLite may convert)
            ahead = [stored(row) for row in batch]
            if None not in ahead:
                self.conn.executemany(sql, batch)
                unaudited.extend(t[0] for t in batch)
                hashes.extend(h for h in ahead if h is not None)
                batch.clear()
                return
            before = reader.execute(last_rowid).fetchone()[0] or 0
            self.conn.executemany(sql, batch)
            for row in reader.execute(written, (before,)):
                unaudited.append(row[0])
                hashes.append(record_hash(row))
            batch.clear()

        def audit() -> None:
            self.audit.append_inserts(now, ent.table, unaudited, hashes, source_id)
            unaudited.clear()
            hashes.clear()

        total = 0
        with self.bulk_cache():
            for n, row in enumerate(rows, start=1):
                if isinstance(row, tuple):
                    if validate:
                        raise TypeError("bulk_add checks rows given as mappings only; a tuple needs validate=False")
                    batch.append(row)  # already every column, in order
                else:
                    if validate:
                        cleaned, problems = self.check(kind, row, row.get("id"))
                        if errors(problems):
                            raise ValidationError(
                                kind,
                                [Problem(p.field, f"row {n}: {p.message}", p.value, p.severity) for p in problems],
                            )
                        values = tuple(map(cleaned.__getitem__, names))
                    else:
                        values = tuple(map(row.get, names))
                    get = row.get
                    batch.append(
                        (
                            get("id") or new_id(),
                            get("origin") or origin,
                            get("created_at") or now,
                            get("modified_at") or now,
                            get("modified_by") or origin,
                            get("version") or 1,
                            get("deleted") or 0,
                        )
                        + values
                    )
                total += 1
                # writing each row before validating the next lets check() see this batch's natural keys
                if validate or len(batch) >= 5000:
                    write()
                if len(unaudited) >= 5000:
                    audit()
            write()
            audit()
        return total

    @contextlib.contextmanager
    def bulk_cache(self) -> Iterator[None]:
        """A larger page cache (``BULK_CACHE_KB``) while a bulk load runs: the tables and indexes a
        million-record import touches do not fit in the everyday one."""
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {min(cache, dbmod.BULK_CACHE_KB)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {cache}")

    # ---- for the window: browsing, pickers, filters and cancellable reads ---------------------
    # kpfield.ui holds no connection: each of these wraps one query the window needs.

    def browser(self, view: View | str, query: Query | None = None) -> Browser:
        """The rows of ``query`` over the records of one kind (or :class:`View`), read a page at a
        time as a table asks for them. Owned by this inventory's thread."""
        return Browser(self.conn, view, query)

    def lookup(
        self, kind: str, text: str, *, limit: int = 20, licence_kinds: tuple[str, ...] = ()
    ) -> list[tuple[str, str]]:
        """Up to ``limit`` live records of ``kind`` whose words start with the words typed, as
        (id, label) sorted by label: what a picker offers (:func:`kpfield.store.lookup.lookup`)."""
        return lookup(self.conn, kind, text, limit=limit, licence_kinds=licence_kinds)

    def record_name(self, kind: str, record_id: str) -> str:
        """A record named for a person reading a list of records: its kind, then its label (a
        production or sale by its date, site or seller, and carats). Live or deleted."""
        ent = entity(kind)
        r = self.get(kind, record_id, include_deleted=True)
        if r is None:
            return f"{ent.shown_label()} {record_id}"
        if kind in ("person", "organisation", "licence", "site"):
            what = label_of(self.conn, kind, record_id)
        elif kind == "production":
            what = translate("store", "{date}, site {site}, {carats} ct").format(
                date=format_date(r["produced_on"]),
                site=self._code("site", "code", r["site_id"]),
                carats=format_number(r["carats"]),
            )
        elif kind == "sale":
            what = translate("store", "{date}, seller {seller}, {carats} ct").format(
                date=format_date(r["sold_on"]),
                seller=self._code("licence", "number", r["seller_licence_id"]),
                carats=format_number(r["carats"]),
            )
        elif kind == "inspection":
            what = format_date(r["inspected_on"])
        else:
            what = label_of(self.conn, kind, record_id)
        return f"{ent.shown_label()}: {what}"

    def _code(self, table: str, column: str, record_id: str | None) -> str:
        row = self.conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return str(row[0]) if row else "?"

    def record_label(self, kind: str, record_id: str | None) -> str:
        """How the window names a record of ``kind`` (a licence by number, kind and holder): '' for
        None, the id itself when there is no such record."""
        return label_of(self.conn, kind, record_id)

    def possible_duplicates(
        self, kind: str, values: Mapping[str, object], record_id: str | None = None
    ) -> list[PossibleDuplicate]:
        """Live records that ``values`` (as typed in a form) probably describe again, most likely first."""
        return possible_duplicates(self.conn, kind, values, record_id)

    def filter_countries(self, kind: str) -> list[str]:
        """The countries a table of ``kind`` can be narrowed to: those of its live records (of a
        production's site, a sale's seller licence), in code order."""
        return filter_countries(self.conn, kind)

    def filter_districts(self, kind: str, country: str) -> list[str]:
        """The districts of ``country`` a table of ``kind`` can be narrowed to, in name order."""
        return filter_districts(self.conn, kind, country)

    def site_by_code(self, code: str) -> tuple[str, str] | None:
        """The live site whose code is ``code`` in any case: (its country, its code as recorded), or None."""
        row = self.conn.execute(
            "SELECT country, code FROM site WHERE deleted = 0 AND code = ? COLLATE NOCASE",
            (normalise_identifier(code),),
        ).fetchone()
        return (row["country"], row["code"]) if row else None

    @contextlib.contextmanager
    def cancellable(self, stop: Callable[[], bool]) -> Iterator[None]:
        """Reads inside stop once ``stop()`` is true (see :meth:`stop_when`) or :meth:`interrupt` is
        called, raising :class:`kpfield.progress.Cancelled` as every long service does, whatever
        query they were in. For a worker's read-only inventory."""
        self.stop_when(stop)
        try:
            yield
        except sqlite3.OperationalError as e:
            if str(e) != "interrupted":
                raise
            raise Cancelled(str(e)) from e
        finally:
            self.conn.set_progress_handler(None, 0)

    # ---- merging field workbooks (kpfield.exchange.importer): look-ups in bulk, a merge's write ----

    # how a record is named by what a person types instead of its UUID: the columns tried in turn
    # (the same as :meth:`resolve`'s, which tries them all and also in another case)
    _NAMED_BY = NAMED_BY

    def records_by_id(self, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The records of ``kind`` among ``ids`` (deleted ones too), each as a dict of its columns,
        by id; one query per :data:`~kpfield.store.sync.LOOKUP_BATCH` ids."""
        table = entity(kind).table
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), LOOKUP_BATCH):
            chunk = ids[start : start + LOOKUP_BATCH]
            marks = ", ".join("?" * len(chunk))
            cursor = self.conn.cursor()
            cursor.row_factory = None
            cursor.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk)
            columns = [d[0] for d in cursor.description]
            found.update({r[0]: dict(zip(columns, r, strict=True)) for r in cursor})
        return found

    def exists(self, kind: str, record_id: str) -> bool:
        """Whether the inventory holds the record ``record_id`` of ``kind``, live or deleted."""
        row = self.conn.execute(f"SELECT 1 FROM {entity(kind).table} WHERE id = ?", (record_id,)).fetchone()
        return row is not None

    def count_all(self, kind: str) -> int:
        """How many records of ``kind`` the inventory holds, deleted ones included."""
        return int(self.conn.execute(f"SELECT count(*) FROM {entity(kind).table}").fetchone()[0])

    def find_by_key(self, kind: str, values: Mapping[str, Any]) -> dict[str, Any] | None:
        """The record of ``kind`` with the natural key of ``values`` (country and number of a
        licence, country and code of a site; a person's national ID), a live one rather than a
        deleted one; None when there is none, or when ``kind`` has no such key or ``values`` lack
        part of it."""
        ent = entity(kind)
        keys: tuple[str, ...] = ent.natural_key or (("national_id",) if ent.key == "person" else ())
        if not keys or any(values.get(k) is None for k in keys):
            return None
        where = " AND ".join(f"{k} = ?" for k in keys)
        row = self.conn.execute(
            f"SELECT * FROM {ent.table} WHERE {where} ORDER BY deleted LIMIT 1", [values[k] for k in keys]
        ).fetchone()
        return dict(row) if row else None

    def ids_named(self, kind: str, text: str) -> list[str]:
        """The live records of ``kind`` that ``text`` names instead of a UUID: a licence by its
        number, a site by its code, a person by national ID then digger card, an organisation by
        registration number then name. The ids under the first of those that finds any, at most
        two (enough to tell one record from several); none for other kinds."""
        table = entity(kind).table
        text = normalise_identifier(text)  # as identifiers are stored (see clean_identifier)
        found: list[str] = []
        for col in self._NAMED_BY.get(kind, ()):
            found = [
                r[0]
                for r in self.conn.execute(f"SELECT id FROM {table} WHERE {col} = ? AND deleted = 0 LIMIT 2", (text,))
            ]
            if found:
                break
        return found

    def person_names(self) -> PersonNames:
        """The live persons by name and village, for an import whose rows name persons so (see
        :class:`~kpfield.store.lookup.PersonNames`); read when first asked."""
        return PersonNames(self.conn)

    def references(self) -> References:
        """The store's reference rule with each record looked up once, for one bulk load (see
        :class:`~kpfield.store.references.References`)."""
        return References(self.conn)

    def apply_merge(
        self,
        kind: str,
        record_id: str,
        before: Mapping[str, Any],
        changes: Mapping[str, Any],
        *,
        version: int,
        modified_at: str,
        modified_by: str,
        at: str,
        reason: str,
        source_id: str,
    ) -> None:
        """Write ``changes`` (field values, ``deleted`` among them) to the record ``record_id`` of
        ``kind`` as a merge decided them, with the bookkeeping given, in the caller's transaction;
        and audit them from ``source_id`` (old values from ``before``) as an update, or as a delete
        or undelete when only ``deleted`` changes. Does not validate: the caller checked the
        merged record (:meth:`check`)."""
        table = entity(kind).table
        sets = ", ".join(f"{k} = ?" for k in changes)
        self.conn.execute(
            f"UPDATE {table} SET {sets}, version = ?, modified_at = ?, modified_by = ? WHERE id = ?",
            [*changes.values(), version, modified_at, modified_by, record_id],
        )
        action = "update"
        if set(changes) == {"deleted"}:
            action = "delete" if changes["deleted"] else "undelete"
        self.audit.append(
            at,
            table,
            record_id,
            action,
            {k: (before[k], v) for k, v in changes.items()},
            reason,
            source_id,
            self._content(table, record_id),
        )

    def schema_version(self) -> str:
        """The name of the last schema step applied to this inventory ('' when none is recorded)."""
        row = self.conn.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY applied_at DESC, rowid DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else ""

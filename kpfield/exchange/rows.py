"""One row of a field workbook or filled template, added to the inventory or merged into a record.

:class:`RowMerge` takes the rows of one file's sheets, batch by batch, inside the file's
transaction (:mod:`kpfield.exchange.importer`). A row is validated with the forms' rules (the
reader's Cleaner, then the store's own rules), its references given by number or code are
resolved, and then:

- a row whose record is not here is queued as a new record (the importer writes the queue in bulk);
- a row whose record is here is compared by version vector (:mod:`kpfield.exchange.merge`):
  unchanged, fast-forwarded, or merged field by field, with conflicts kept for the coordinator;
- a licence or site already here under another UUID makes the row's UUID an alias of ours.

Every refused row becomes a :class:`~kpfield.exchange.results.RowIssue` naming its sheet, row,
column, value and the fix. What the rows change in the sync state (version vectors, merge bases,
conflicts, aliases) is written through the store's services (``Inventory.sync``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import operator
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kpfield.domain.entities import ENTITIES, Entity
from kpfield.domain.labels import entities_label, entity_label, field_name
from kpfield.domain.numbers import AmbiguousNumber, read_number
from kpfield.domain.rules import row_problems, rule_problems
from kpfield.domain.validation import Cleaner, Problem, clean, errors
from kpfield.i18n import format_number, translate
from kpfield.store import Inventory
from kpfield.store.lookup import NamedPerson, PersonNames
from kpfield.store.references import reference_problem
from kpfield.store.stamps import Stamps, dominant

from .bookkeeping import Bookkeeping, field_versions, time_text
from .codec import canon, decode_clock, encode_clock
from .headers import CLOCK, FIELD_CLOCK
from .merge import (
    DELETED,
    FieldConflict,
    effective_clock,
    field_merge,
    join,
    latest_common,
    leq,
    same_value,
    three_way,
)
from .results import FileResult, RowIssue
from .sheets import cleaner_for

__all__ = ["RowMerge", "Sheet", "checked_by_id_only"]

MAX_SHOWN = 200  # characters of a refused cell's value kept in the report
# distinct cell values whose hashed text, UUID check or clock is remembered during one import
_MEMO_LIMIT = 100_000
# rows queued for a bulk insert before the importer writes them
_WRITE_AT = 5000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Rows without a UUID get one derived from their content, so the same hand-typed row imported
# twice lands on the same record instead of being added again.
_CONTENT_NS = uuid.UUID("6f1c1b8e-2a53-4c0e-9d55-6b7a1f0c9e21")
_KEPT_BY_KPFIELD = ("origin", "created_at", "modified_at", "modified_by", CLOCK, FIELD_CLOCK)
_REF_FIELDS = {key: tuple(f for f in ent.fields if f.kind == "ref") for key, ent in ENTITIES.items()}


def checked_by_id_only(ent: Entity) -> bool:
    """Whether the store's rules for ``ent`` look other records up by primary key only."""
    return not ent.natural_key and ent.key != "person"


def _ref_fields(ent: Entity) -> tuple[Any, ...]:
    return _REF_FIELDS[ent.key]


@dataclass
class Sheet:
    """One sheet being read: its record kind, title, the fields its columns hold (in column
    order), each field's header as the sheet wrote it, and the new records it has queued."""

    ent: Entity
    title: str
    names: list[str]
    columns: dict[str, str]
    pending: list[Any] = field(default_factory=list)  # new records, for the importer's bulk insert
    pending_keys: dict[tuple[Any, ...], int] = field(default_factory=dict)  # natural key -> row
    occurrences: dict[str, int] = field(default_factory=dict)  # identical hand-typed rows so far
    fast: _FastAdd | None = field(init=False)

    def __post_init__(self) -> None:
        self.fast = _FastAdd.for_sheet(self.ent, self.names)


class RowMerge:
    """The rows of one file, taken in one transaction: ``write(ent, rows)`` is the importer's
    bulk insert of the new records queued (dicts, or tuples of every column in order). The file's
    rows must all have been taken (and their sheets flushed) before :meth:`finish`."""

    def __init__(
        self,
        inv: Inventory,
        result: FileResult,
        file_name: str,
        *,
        peer: str | None,
        source_id: str,
        now: str,
        write: Callable[[Entity, list[Any]], None],
        vouched: bool = True,
        exported_at: str | None = None,
    ):
        self.inv = inv
        # a file signed by a registered officer (or this installation) vouches for what it
        # carries; any other may add records but never changes one held here (see _merge)
        self.vouched = vouched
        self.vouched_flag = int(vouched)
        self.unvouched_changes = 0  # rows of records held here whose changes became conflicts
        self.bookkeeping = Bookkeeping(peer, now, exported_at)
        self.r = result
        self.file_name = file_name
        self.peer = peer
        self.source_id = source_id
        self.now = now
        self.write = write
        self.me = inv.identity.origin
        self.aliases: dict[str, dict[str, str]] = inv.sync.aliases()
        self.refs = inv.references()
        # the law and plausibility rules' look-ups, remembered for the whole import
        self.related = inv.related_records()
        self.ref_cache: dict[tuple[str, str], str | None] = {}  # (kind, number or code typed) -> id
        # (kind, text typed) -> the records it may mean, when it names several (see _named)
        self.candidates: dict[tuple[str, str], list[str]] = {}
        self.person_names: PersonNames | None = None  # read at the first person named by name
        self.clock_rows: list[tuple[str, str, str, int, str | None]] = []  # records that were here before
        self.added_clock_rows: dict[str, list[tuple[str, str, int]]] = {}  # records this import adds, per kind
        self.clock_texts: dict[str, str] = {}
        self.base_rows: list[tuple[str, str, str, str, str, str | None]] = []
        self.touched: dict[str, list[str]] = {}
        self.prefetch: dict[str, tuple[dict[str, Any] | None, tuple[str, int, str] | None]] = {}
        self.pending_ids: set[str] = set()
        self.cleaners: dict[str, Cleaner] = {}
        self.uuid_memo: dict[str, str | None] = {}
        self.foreign: dict[str, str] = {}  # UUIDs of the batch that another kind holds -> that kind
        self.looked_up: set[str] = set()  # the batch's UUIDs of records not held, looked up in self.foreign
        self.clock_memo: dict[str, dict[str, int] | None] = {}
        # field stamps (kpfield.store.stamps): those of the batch's records held here, and those
        # this file's rows decided (written at the end, and seen by a later row of the same record)
        self.stamp_prefetch: dict[str, Stamps] | None = {}
        self.new_stamps: dict[tuple[str, str], Stamps] = {}
        self.stamp_held: set[str] = set()  # the ids stamp_prefetch is (or is to be) looked up for
        # conflicts between two spellings of a value, to settle to the most recent one once the
        # file's rows are in: (conflict number, when ours was written, when theirs was)
        self.spellings: list[tuple[int, Any, Any]] = []
        # records with an open conflict, which a later state of the side it came from may bring up
        # to date (see _catch_up)
        self.conflicted: set[str] = inv.sync.records_with_open_conflicts()

    # ---- a batch of rows -----------------------------------------------------------------

    def batch(self, sheet: Sheet, batch: list[tuple[int, tuple[Any, ...], Any]]) -> None:
        """Look the batch's UUIDs up in two queries per 500, then take each row in turn.

        Each row is ``(row number, cells in the order of the sheet's names, precleaned)``:
        ``precleaned`` is ``(cleaned values in field order, problems or None)`` when the reader ran
        the Cleaner (:mod:`kpfield.exchange.sheets`), else None. A new record whose row the Cleaner
        found faultless is added by the sheet's fast path when it can be; every other row goes
        through :meth:`_row`."""
        ent, names, pending, fast = sheet.ent, sheet.names, sheet.pending, sheet.fast
        ids = []
        aliases = self.aliases[ent.key]
        at = names.index("id") if "id" in names else None
        given = [_uuid(values[at]) if at is not None and values[at] is not None else None for _, values, _p in batch]
        for rid in given:
            if rid:
                ids.append(aliases.get(rid, rid))
        found = self.inv.records_by_id(ent.key, ids)
        clocks = self.inv.sync.clocks(ent.key, ids)
        # a UUID names one record: a new row carrying one that another kind holds is refused
        new = [rid for rid in ids if rid not in found]
        self.looked_up = set(new)
        self.foreign = self.inv.sync.other_kinds(ent.key, new) if new else {}
        self.prefetch = {rid: (found.get(rid), clocks.get(rid)) for rid in ids}
        held = [rid for rid in ids if rid in found]
        # their stamps are looked up when a row first needs them: a file sent again needs none
        self.stamp_prefetch = None
        self.stamp_held = set(held)
        for (rownum, values, pre), rid in zip(batch, given, strict=True):
            if fast is not None and rid is not None and fast.ready(self, rid):
                if pre is None:  # the reader did not clean it (see kpfield.exchange.sheets)
                    cleaned, problems = self._cleaner(ent)(dict(zip(names, values, strict=True)))
                    pre = (tuple(cleaned.values()), problems or None)
                if pre[1] is None and fast.add(self, sheet, rownum, values, pre[0], rid, pending):
                    if len(pending) >= _WRITE_AT:
                        self.flush(sheet)
                    continue
            raw = dict(zip(names, values, strict=True))
            self._row(sheet, rownum, raw, rid, pre)
            if len(pending) >= _WRITE_AT:
                self.flush(sheet)
        self.prefetch = {}

    def flush(self, sheet: Sheet) -> None:
        """Have the importer write the sheet's queued records, then their version vectors."""
        pending = sheet.pending
        if pending:
            self.write(sheet.ent, pending)
            pending.clear()
            # what a batch looked up before these were written says they are not here: a row of
            # one of them further on must look again
            for rid in self.pending_ids:
                self.prefetch.pop(rid, None)
            self.pending_ids.clear()
            self.add_clocks()

    def add_clocks(self) -> None:
        """Store the version vectors of the records just added (while the reading process reads
        on, rather than all at the end)."""
        if not self.added_clock_rows:
            return
        sid, vouched, now = self.source_id, self.vouched_flag, self.now
        for kind, rows in self.added_clock_rows.items():
            # in key order: record ids are time-ordered, so a batch mostly goes to the end of the table
            rows.sort(key=operator.itemgetter(0))
            self.inv.sync.add_clocks(kind, [(rid, clock, version, sid, vouched, now) for rid, clock, version in rows])
        self.added_clock_rows.clear()

    def finish(self) -> None:
        """Store what the file's rows left to remember: version vectors and merge bases."""
        self.add_clocks()
        # in key order, as a B-tree filled in key order touches each page once; the sorts are
        # stable, so a record queued twice still ends with its last row
        self.clock_rows.sort(key=operator.itemgetter(0, 1))
        sid = self.source_id
        self.inv.sync.set_clocks(
            [(kind, rid, clock, version, sid, 1, arrived) for kind, rid, clock, version, arrived in self.clock_rows]
        )
        self.base_rows.sort(key=operator.itemgetter(0, 1, 2))
        self.inv.sync.set_merge_bases(self.base_rows)
        if self.new_stamps:
            self.inv.sync.set_stamps(sorted((kind, rid, st) for (kind, rid), st in self.new_stamps.items()))

    # ---- problems ------------------------------------------------------------------------

    def _issue(self, sheet: Sheet, rownum: int, p: Problem, raw: dict[str, Any]) -> None:
        ent = sheet.ent
        # the header as the sheet wrote it; for a field the sheet has no column for, its label
        column = sheet.columns.get(p.field) or (field_name(ent, p.field) if p.field in ent.field_names else p.field)
        self.r.issue(
            RowIssue(
                self.r.file,
                sheet.title,
                rownum,
                column,
                _shown(_jsonable(raw.get(p.field, p.value))),
                p.message,
                _fix_for(ent, p),
                p.severity,
            )
        )

    def _refuse(self, sheet: Sheet, rownum: int, problems: list[Problem], raw: dict[str, Any]) -> None:
        for p in problems:
            self._issue(sheet, rownum, p, raw)
        if errors(problems):
            self.r.counts["refused"] += 1

    # ---- cells ---------------------------------------------------------------------------

    def _uuid(self, value: Any) -> str | None:
        """:func:`_uuid`, remembered for text cells (references repeat: a site's production)."""
        if type(value) is not str:
            return _uuid(value)
        memo = self.uuid_memo
        if value in memo:
            return memo[value]
        rid = _uuid(value)
        if len(memo) < _MEMO_LIMIT:
            memo[value] = rid
        return rid

    def _clock(self, text: Any) -> dict[str, int] | None:
        """A clock cell decoded (None when it is not one), remembered: most rows share a few clocks."""
        if not isinstance(text, str):
            return None
        memo = self.clock_memo
        if text in memo:
            clock = memo[text]
        else:
            clock = decode_clock(text)
            if len(memo) < _MEMO_LIMIT:
                memo[text] = clock
        return None if clock is None else dict(clock)

    def _cleaner(self, ent: Entity) -> Cleaner:
        cleaner = self.cleaners.get(ent.key)
        if cleaner is None:
            cleaner = self.cleaners[ent.key] = cleaner_for(ent)
        return cleaner

    # ---- checking a row ------------------------------------------------------------------

    def _resolve_refs(self, ent: Entity, raw: dict[str, Any]) -> list[Problem]:
        problems = []
        for f in _ref_fields(ent):
            if raw.get(f.name) is None:
                continue
            value = raw[f.name]
            rid = self._uuid(value)
            if rid:
                raw[f.name] = self.aliases[f.ref or ""].get(rid, rid)
                continue
            target = ENTITIES[f.ref or ""]
            text = canon(value).strip()
            key = (target.key, text)
            if key not in self.ref_cache:
                self.ref_cache[key] = self._named(target, text)
            hit = self.ref_cache[key]
            if hit:
                raw[f.name] = hit
            elif hit == "":
                problems.append(
                    Problem(
                        f.name,
                        translate(
                            "import", "{field}: '{value}' names several {kinds}: {candidates}; say which one"
                        ).format(
                            field=field_name(ent, f.name),
                            value=text,
                            kinds=entities_label(target).lower(),
                            candidates="; ".join(self.candidates.get(key, [])),
                        ),
                        value,
                    )
                )
            else:
                problems.append(
                    Problem(
                        f.name,
                        translate("import", "{field}: no {kind} '{value}' in the inventory or this file").format(
                            field=field_name(ent, f.name), kind=entity_label(target).lower(), value=text
                        ),
                        value,
                    )
                )
        return problems

    def _named(self, target: Entity, text: str) -> str | None:
        """The id of the one live record of ``target`` that ``text`` names instead of a UUID (a
        licence number, a site code; a person's national ID, digger-card number, or name and
        village typed as "Aminata Sesay (Koidu)" or "Aminata Sesay, Koidu", or the name alone when
        one person has it); '' when it names several, whose descriptions are kept in
        :attr:`candidates` for the row's error; None when it names none."""
        key = (target.key, text)
        found = self.inv.ids_named(target.key, text)
        if len(found) == 1:
            return found[0]
        if found:
            # the look-up stops at two: enough to tell one record from several
            self.candidates[key] = [f"{self.inv.record_label(target.key, i)} [{i}]" for i in found]
            self.candidates[key].append(translate("import", "perhaps more"))
            return ""
        if target.key != "person":
            return None
        if self.person_names is None:
            self.person_names = self.inv.person_names()
        name, village = _name_and_village(text)
        persons = self.person_names.find(name, village)
        if not persons and village is not None:
            persons = self.person_names.find(text)  # a name that holds a comma or brackets itself
        if len(persons) == 1:
            return persons[0].id
        if persons:
            self.candidates[key] = [_person_candidate(p) for p in persons[:_CANDIDATES]]
            if len(persons) > _CANDIDATES:
                self.candidates[key].append(
                    translate("import", "and {n} more").format(n=format_number(len(persons) - _CANDIDATES))
                )
            return ""
        return None

    def _check(
        self, ent: Entity, values: dict[str, Any], rid: str | None, pre: Any = None
    ) -> tuple[dict[str, Any], list[Problem]]:
        """``Inventory.check``, with the reference look-ups of bulk record kinds cached.

        ``pre``: ``(cleaned, problems)`` the reader's Cleaner already made of these very values,
        the cleaned values in field order.

        Kinds with a natural key (licences, sites) and persons (national ID warning) get the
        store's own rules (``Inventory.store_problems``) after the Cleaner. Production, sales and
        inspections have no rule of the store besides "each reference names a live record", which
        the store's :class:`~kpfield.store.references.References` checks for the whole import,
        looking each record up once.
        """
        if pre is not None:
            # made into a record only here: a row found unchanged never needs it
            cleaned, problems = dict(zip(ent.field_names, pre[0], strict=True)), list(pre[1] or ())
        else:
            cleaned, problems = self._cleaner(ent)(values)
        if not checked_by_id_only(ent):
            # Inventory.check is clean() and then the store's rules; the Cleaner gives what clean() does
            problems.extend(self.inv.store_problems(ent.key, cleaned, rid))
        else:
            problems.extend(self.refs.problems(ent, cleaned))
        if not errors(problems):
            problems.extend(rule_problems(ent.key, cleaned, self.related, today=self.related.today))
        return cleaned, problems

    # ---- one row -------------------------------------------------------------------------

    def _row(self, sheet: Sheet, rownum: int, raw: dict[str, Any], rid: str | None, pre: Any = None) -> None:
        """``rid``: the row's UUID as :func:`_uuid` reads its id cell (None if empty or not one);
        ``pre``: what the reader's Cleaner made of ``raw``, if it ran (see :meth:`batch`)."""
        ent = sheet.ent
        counts = self.r.counts
        names = ent.field_names
        given_id = raw.get("id")
        if given_id is not None and rid is None:
            self._refuse(
                sheet,
                rownum,
                [
                    Problem(
                        "id",
                        translate(
                            "import", "'{value}' is not a record identifier (UUID); leave it empty for a new record"
                        ).format(value=given_id),
                        given_id,
                    )
                ],
                raw,
            )
            return
        if rid:
            rid = self.aliases[ent.key].get(rid, rid)
        for name in ("created_at", "modified_at"):
            if isinstance(raw.get(name), dt.datetime):
                raw[name] = time_text(raw[name])
        version = _version(raw.get("version"))
        bad = self.bookkeeping.problems(raw, CLOCK, version)
        if bad:
            self._refuse(sheet, rownum, bad, raw)
            return
        deleted = (
            1
            if str(raw.get(DELETED) or "0").strip().lower() in ("1", "1.0", "true", "yes", "oui", "sim", "si", "sí")
            else 0
        )
        modified_by = str(raw["modified_by"]) if raw.get("modified_by") else (raw.get("origin") or self.peer)
        # a clock cell too long or nested was refused with the bookkeeping above
        clock_text = raw.get(CLOCK)
        theirs_clock = self._clock(clock_text)
        if rid and theirs_clock is None and version is not None and modified_by:
            theirs_clock = {str(modified_by): version}
        # which installation last wrote each field: only from a workbook with the column (made
        # since field stamps), vouched for; otherwise the merge base decides as before
        theirs_stamps: Stamps | None = None
        if FIELD_CLOCK in sheet.names and theirs_clock is not None:
            # a file no registered officer signed: its vector is not taken, nor are its stamps
            stamps_cell = raw.get(FIELD_CLOCK)
            theirs_stamps, why = (
                ({}, None)
                if stamps_cell is None  # no field changed since the record was made
                else field_versions(stamps_cell, theirs_clock if self.vouched else None, [*names, DELETED])
            )
            if why is not None:
                self._refuse(
                    sheet,
                    rownum,
                    [Problem(FIELD_CLOCK, f"{FIELD_CLOCK}: {why}", raw.get(FIELD_CLOCK))],
                    raw,
                )
                return
            if not self.vouched:
                theirs_stamps = None
        if rid and rid in self.pending_ids:
            self.flush(sheet)
        cur, rc = None, None
        if rid and rid in self.prefetch:
            # popped: a second row with the same UUID must see what the first one did
            cur, rc = self.prefetch.pop(rid)
        elif rid:
            cur = self.inv.get(ent.key, rid, include_deleted=True)
            rc = self.inv.sync.clock(ent.key, rid)
        if (
            cur is not None
            and rc is not None
            and clock_text == rc[2]
            and cur["version"] == rc[1]
            and deleted == cur[DELETED]
            and all(raw.get(n) == cur[n] for n in names)
        ):
            # the very state this import or an earlier one left here (the re-sent file): nothing to do
            counts["unchanged"] += 1
            return
        if cur is not None and theirs_clock is not None:
            ours_clock = effective_clock(
                rc[0] if rc else None, rc[1] if rc else None, cur["version"], cur["modified_by"], self.me
            )
            if leq(theirs_clock, ours_clock):
                same = deleted == cur[DELETED] and all(
                    raw.get(n) == cur[n] or canon(_stored_like(raw.get(n))) == canon(cur[n]) for n in names
                )
                if theirs_clock != ours_clock or same:
                    counts["unchanged"] += 1
                    if theirs_clock != ours_clock and rid is not None:
                        self._remember_peer(ent, rid, theirs_clock, raw, same)
                    return
        # the slow path: clean the row as a form would
        refs = [raw.get(f.name) for f in _ref_fields(ent)]
        problems = self._resolve_refs(ent, raw)
        if pre is not None and refs != [raw.get(f.name) for f in _ref_fields(ent)]:
            pre = None  # a reference given by number or code, or an alias: clean what it now names
        if problems:
            # every problem of the row at once: its other cells are checked as a form would, with
            # the references no record answers to left out (said once, above)
            unknown = {p.field for p in problems}
            values = {n: (None if n in unknown else raw.get(n)) for n in names}
            _cleaned, more = self._cleaner(ent)(values)
            problems += [p for p in more if p.field not in unknown]
            self._refuse(sheet, rownum, problems, raw)
            return
        if cur is None and rid:
            # a new record, tombstone or alias for a UUID that names a record of another kind
            # here: the file mixes two records up
            problem = self._other_kind(ent, rid)
            if problem is not None:
                self._refuse(sheet, rownum, [problem], raw)
                return
        if cur is None and deleted:
            # a tombstone need not be valid next to live records, but what it points to must exist
            cleaned, problems = clean(ent, {n: raw.get(n) for n in names})
            for f in _ref_fields(ent):
                v = cleaned.get(f.name)
                target = ENTITIES[f.ref or ""]
                if v and not self.inv.exists(target.key, v):
                    problems.append(reference_problem(ent, f.name, target, v, None))
        else:
            # the Cleaner reads the row's fields and leaves its other columns alone (see _check)
            cleaned, problems = self._check(ent, raw, rid if cur is not None else None, pre)
        if cur is None and not rid:
            cur = self.inv.find_by_key(ent.key, cleaned)
            if cur is not None:
                problems = [p for p in problems if not _key_clash(ent, p)]
        if cur is None and rid and ent.natural_key:
            other = self.inv.find_by_key(ent.key, cleaned)
            if other is not None and not other[DELETED] and not deleted:
                # the same licence or site registered under two UUIDs: theirs becomes an alias of ours
                self.aliases[ent.key][rid] = other["id"]
                self.inv.sync.add_alias(rid, ent.key, other["id"], self.now)
                self.r.notes.append(
                    translate(
                        "import",
                        "sheet '{sheet}' row {row}: {kind} {key} already exists here under another UUID; "
                        "{uuid} is now an alias of {other}",
                    ).format(
                        sheet=sheet.title,
                        row=rownum,
                        kind=entity_label(ent).lower(),
                        key=" ".join(str(cleaned[k]) for k in ent.natural_key),
                        uuid=rid,
                        other=other["id"],
                    )
                )
                cur, rid, theirs_clock, theirs_stamps = other, other["id"], None, None
                problems = [p for p in problems if not _key_clash(ent, p)]
        if errors(problems):
            self._refuse(sheet, rownum, problems, raw)
            return
        for p in problems:
            self._issue(sheet, rownum, p, raw)
        if cur is None:
            self._add(sheet, rownum, rid, raw, cleaned, deleted, version, theirs_clock, theirs_stamps)
        else:
            self._merge(sheet, rownum, cur, raw, cleaned, deleted, version, theirs_clock, theirs_stamps)

    def _other_kind(self, ent: Entity, rid: str) -> Problem | None:
        """A problem when ``rid`` names a record (or an alias) of a kind other than ``ent`` here."""
        kind = self.foreign.get(rid)
        if kind is None:
            if rid in self.pending_ids or rid in self.looked_up:
                return None  # added by this file, or looked up with its batch
            kind = self.inv.sync.other_kinds(ent.key, [rid]).get(rid)
            if kind is None:
                return None
        other = ENTITIES[kind]
        return Problem(
            "id",
            translate(
                "import",
                "{uuid} names a record of {other} in this inventory, not of {kinds}: a UUID names one record; "
                "correct the id column, or leave it empty for a new record",
            ).format(uuid=rid, other=entities_label(other).lower(), kinds=entities_label(ent).lower()),
            rid,
        )

    # ---- a new record --------------------------------------------------------------------

    def _add(
        self,
        sheet: Sheet,
        rownum: int,
        rid: str | None,
        raw: dict[str, Any],
        cleaned: dict[str, Any],
        deleted: int,
        version: int | None,
        theirs_clock: dict[str, int] | None,
        theirs_stamps: Stamps | None = None,
    ) -> None:
        ent = sheet.ent
        if ent.natural_key and not deleted:
            key = tuple(cleaned[k] for k in ent.natural_key)
            if key in sheet.pending_keys:
                self._refuse(
                    sheet,
                    rownum,
                    [
                        Problem(
                            ent.natural_key[-1],
                            translate("import", "{key} appears twice in this sheet (rows {first} and {row})").format(
                                key=" ".join(map(str, key)), first=sheet.pending_keys[key], row=rownum
                            ),
                            key[-1],
                        )
                    ],
                    raw,
                )
                return
            sheet.pending_keys[key] = rownum
        if rid is None:
            content = ent.key + "\x1f" + "\x1f".join(canon(cleaned[n]) for n in ent.field_names)
            k = sheet.occurrences.get(content, 0)
            sheet.occurrences[content] = k + 1
            rid = str(uuid.uuid5(_CONTENT_NS, f"{content}\x1e{k}"))
            if self.inv.exists(ent.key, rid):
                self.r.counts["unchanged"] += 1
                return
        row = {
            "id": rid,
            "origin": raw.get("origin") or self.peer or self.me,
            "created_at": raw.get("created_at") or self.now,
            # a template's records have no version vector to say when they arrived: their last
            # change is their arrival here (what export field --since compares)
            "modified_at": (raw.get("modified_at") if self.peer else None) or self.now,
            "modified_by": raw.get("modified_by") or raw.get("origin") or self.peer or self.me,
            "version": version or 1,
            "deleted": deleted,
            **cleaned,
        }
        self.pending_add(ent, rid, row, theirs_clock, raw.get(CLOCK), sheet.pending)
        if theirs_stamps and theirs_clock is not None and self.peer:
            self.new_stamps[(ent.key, rid)] = theirs_stamps

    def pending_add(
        self,
        ent: Entity,
        rid: str,
        row: Any,
        theirs_clock: dict[str, int] | None,
        clock_text: Any,
        pending: list[Any],
    ) -> None:
        """Queue ``row`` (a dict, or a tuple of the bookkeeping and field values) for the bulk insert."""
        pending.append(row)
        self.pending_ids.add(rid)
        self.r.counts["added"] += 1
        self.touched.setdefault(ent.key, []).append(rid)
        if theirs_clock is not None and self.peer:
            version = row["version"] if isinstance(row, dict) else row[5]
            text = clock_text if isinstance(clock_text, str) else encode_clock(theirs_clock)
            # one copy of each clock's text: a million records carry a few distinct clocks
            rows = self.added_clock_rows.get(ent.key)
            if rows is None:
                rows = self.added_clock_rows[ent.key] = []
            rows.append((rid, self.clock_texts.setdefault(text, text), version))

    # ---- a record we hold ----------------------------------------------------------------

    def _remember_peer(self, ent: Entity, rid: str, clock: dict[str, int], raw: dict[str, Any], same: bool) -> None:
        if not self.peer or not self.vouched:
            return
        stored = self.inv.sync.merge_base_clock(ent.key, rid, self.peer)
        if stored is not None and decode_clock(stored) == clock:
            return
        vals = (
            None if same else _vals_json(ent, {n: _stored_like(raw.get(n)) for n in ent.field_names}, raw.get(DELETED))
        )
        self.base_rows.append((ent.key, rid, self.peer, encode_clock(clock), self.source_id, vals))

    def _base_values(
        self, ent: Entity, rid: str, ours: dict[str, int], theirs: dict[str, int], names: list[str]
    ) -> dict[str, Any] | None:
        """The last state both ``ours`` and ``theirs`` descend from, as field values, or None."""
        found = latest_common(
            ((clock, (vals, source_id)) for _peer, clock, vals, source_id in self.inv.sync.base_states(ent.key, rid)),
            ours,
            theirs,
        )
        if found is None:
            return None
        vals, source_id = found
        if vals is not None:
            base: dict[str, Any] = json.loads(vals)
            return base
        return self.inv.sync.state_after_import(ent.key, rid, source_id, names)

    def _merge(
        self,
        sheet: Sheet,
        rownum: int,
        cur: dict[str, Any],
        raw: dict[str, Any],
        cleaned: dict[str, Any],
        deleted: int,
        version: int | None,
        theirs_clock: dict[str, int] | None,
        theirs_stamps: Stamps | None = None,
    ) -> None:
        ent = sheet.ent
        names = list(ent.field_names)
        fields = [*names, DELETED]
        theirs = {**cleaned, DELETED: deleted}
        ours = {n: cur[n] for n in fields}
        rid = cur["id"]
        rc = self.inv.sync.clock(ent.key, rid)
        ours_clock = effective_clock(
            rc[0] if rc else None, rc[1] if rc else None, cur["version"], cur["modified_by"], self.me
        )
        fast_forward = theirs_clock is not None and leq(ours_clock, theirs_clock)
        if theirs_clock is not None and theirs_clock == ours_clock:
            fast_forward = True  # the same state edited in the spreadsheet: take the edits
        our_stamps = self._stamps(ent, rid)
        stamps_after: Stamps | None = None  # the record's field stamps after this row, when they change
        base: dict[str, Any] | None
        if fast_forward:
            changes = {f: theirs[f] for f in fields if not same_value(ours[f], theirs[f])}
            conflicts: list[FieldConflict] = []
            base = ours
            if theirs_stamps is not None:
                stamps_after = theirs_stamps  # their state, as they wrote it
            elif changes and theirs_clock is not None:
                # a workbook without field stamps: a field it changes was written by its last change
                last = dominant(theirs_clock, raw.get("modified_by"))
                stamps_after = {**our_stamps, **(dict.fromkeys(changes, last) if last else {})}
        elif theirs_stamps is not None and theirs_clock is not None:
            # both changed the record since they last met: field by field, by who wrote each field
            changes, conflicts, stamps_after, undecided = field_merge(
                ours, theirs, our_stamps, theirs_stamps, ours_clock, theirs_clock, fields
            )
            base = None
            if conflicts or undecided:
                # the value both started from, where this inventory knows it (shown to the coordinator)
                base = self._base_values(ent, rid, ours_clock, theirs_clock, names)
                if base is not None:
                    conflicts = [FieldConflict(c.field, base.get(c.field), c.ours, c.theirs) for c in conflicts]
            for f in undecided:
                # the stamps do not tell (see field_merge): against the base, or a conflict
                b = base.get(f) if base is not None else None
                if base is not None and same_value(ours[f], b):
                    changes[f] = theirs[f]
                    last = dominant(theirs_clock, raw.get("modified_by"))
                    if last is not None:
                        stamps_after[f] = last
                elif base is None or not same_value(theirs[f], b):
                    conflicts.append(FieldConflict(f, b, ours[f], theirs[f]))
        else:
            base = self._base_values(ent, rid, ours_clock, theirs_clock, names) if theirs_clock is not None else None
            changes, conflicts = three_way(ours, theirs, base, fields)
            if changes and self.vouched:
                last = dominant(theirs_clock, raw.get("modified_by")) if theirs_clock is not None else None
                if theirs_clock is None:
                    # a hand-typed row's changes count as an edit made here (see below)
                    new_version = max(int(cur["version"]), int(version or 0)) + 1
                    last = (self.me, ours_clock.get(self.me, 0) + new_version - int(cur["version"]))
                stamps_after = {**our_stamps, **(dict.fromkeys(changes, last) if last else {})}
        if not self.vouched and changes:
            # a file no registered officer signed may add records, never change one held here:
            # each change it brings waits for the coordinator as a conflict
            conflicts = [
                *conflicts,
                *(FieldConflict(f, base.get(f) if base else None, ours[f], v) for f, v in changes.items()),
            ]
            changes = {}
            self.unvouched_changes += 1
        theirs_text = encode_clock(theirs_clock) if theirs_clock is not None else None
        overtaken = self._overtaken(ent, rid, theirs_clock)
        caught = {f for _number, f in overtaken}
        new_conflicts = [
            c
            for c in conflicts
            if c.field not in caught
            and not self.inv.sync.conflict_known(ent.key, rid, c.field, c.theirs, theirs_text)
            and not self._stale(ent, rid, c.field, theirs_clock)
        ]
        if changes:
            merged = {**ours, **changes}
            if not merged[DELETED]:
                _, problems = self.inv.check(ent.key, {n: merged[n] for n in names}, rid)
                if errors(problems):
                    self._refuse(sheet, rownum, problems, raw)
                    return
        waiting, spellings = self._catch_up(
            sheet, rownum, ent, cur, raw, overtaken, {**ours, **changes}, theirs, conflicts, theirs_text, version
        )
        if not changes and not new_conflicts and not waiting:
            self.r.counts["unchanged"] += 1
            if self.vouched and theirs_clock is not None and not leq(theirs_clock, ours_clock):
                self._learn(ent, cur, ours_clock, theirs_clock, version, stamps_after, our_stamps)
                self._remember_peer_state(ent, rid, theirs_clock, theirs, same=ours == theirs)
            return
        if changes:
            # remember our state before the import changes it: it may be the base of a later merge
            self.base_rows.append(
                (ent.key, rid, self.me, encode_clock(ours_clock), self.source_id, _vals_json(ent, ours, ours[DELETED]))
            )
            if fast_forward:
                new_version = max(int(cur["version"]), int(version or 0))
                by, at = raw.get("modified_by") or self.peer or self.me, raw.get("modified_at") or self.now
                clock = theirs_clock or ours_clock
            else:
                # a merge is a new state made here: counted as a change by this installation, so
                # that it dominates both sides
                new_version = max(int(cur["version"]), int(version or 0)) + 1
                by, at = self.me, self.now
                clock = join(ours_clock, theirs_clock) if theirs_clock else dict(ours_clock)
                clock[self.me] = clock.get(self.me, 0) + 1
            self.inv.apply_merge(
                ent.key,
                rid,
                ours,
                changes,
                version=new_version,
                modified_at=at,
                modified_by=by,
                at=self.now,
                reason=f"import of {self.file_name}" + ("" if fast_forward else " (merged field by field)"),
                source_id=self.source_id,
            )
            if theirs_clock is not None:
                self.clock_rows.append((ent.key, rid, encode_clock(clock), new_version, self.now))
            else:
                # a hand-typed row has no clock: its changes count as an edit made here
                self.clock_rows.append((ent.key, rid, encode_clock(ours_clock), int(cur["version"]), self.now))
            if stamps_after is not None and self.vouched:
                self.new_stamps[(ent.key, rid)] = stamps_after
            self.touched.setdefault(ent.key, []).append(rid)
        elif self.vouched and theirs_clock is not None and not leq(theirs_clock, ours_clock):
            # nothing taken, every difference in conflict: the record has still seen their state
            self._learn(ent, cur, ours_clock, theirs_clock, version, stamps_after, our_stamps)
        if theirs_clock is not None:
            after = {**ours, **changes}
            self._remember_peer_state(
                ent, rid, theirs_clock, theirs, same=all(same_value(after[f], theirs[f]) for f in fields)
            )
        for c in new_conflicts:
            number = self.inv.sync.add_conflict(
                ent.key,
                rid,
                c.field,
                c.base,
                c.ours,
                c.theirs,
                peer=self.peer,
                source_id=self.source_id,
                at=self.now,
                theirs_clock=theirs_text,
                theirs_version=version,
                vouched=self.vouched,
            )
            self.conflicted.add(rid)
            spellings += self._conflict_recorded(sheet, rownum, ent, cur, raw, c, number)
        self.r.counts["conflicted" if len(new_conflicts) + waiting > spellings else "updated"] += 1

    def _learn(
        self,
        ent: Entity,
        cur: dict[str, Any],
        ours_clock: dict[str, int],
        theirs_clock: dict[str, int],
        version: int | None,
        stamps_after: Stamps | None,
        our_stamps: Stamps,
    ) -> None:
        """Record that the record here has seen a vouched-for state none of whose values it took
        (each kept as ours, or held in a conflict): its version vector joins theirs, so that a later
        change made here, a deletion say, descends from what was received. A field in conflict keeps
        its own stamp (ours): their write of it is not taken, and a later write of it by their side
        that has not seen ours is still a conflict. The record's version rises to the largest count
        when one passes it (the rule every file's rows are held to); its values do not change."""
        rid = cur["id"]
        joined = join(ours_clock, theirs_clock)
        new_version = max(int(cur["version"]), max(joined.values(), default=0))
        if new_version > int(cur["version"]):
            self.inv.sync.raise_version(
                ent.key,
                rid,
                new_version,
                self.now,
                f"import of {self.file_name}: the version vector received, values kept",
                self.source_id,
            )
        self.clock_rows.append((ent.key, rid, encode_clock(joined), new_version, None))
        if stamps_after is not None and stamps_after != our_stamps:
            self.new_stamps[(ent.key, rid)] = stamps_after

    def _overtaken(self, ent: Entity, rid: str, theirs_clock: dict[str, int] | None) -> list[tuple[int, str]]:
        """The record's open conflicts that the incoming state overtakes, as (number, field): each
        raised by a file that vouched for its changes, with a version vector the incoming one
        descends from and passes (the side the conflict came from, or one that received it, has
        changed the record since). None from a file that does not vouch for its changes or carries
        no version vector."""
        if not self.vouched or theirs_clock is None or rid not in self.conflicted:
            return []
        out = []
        for number, f, _status, text in self.inv.sync.vouched_conflicts(ent.key, rid, open_only=True):
            held = decode_clock(text)
            if held is not None and leq(held, theirs_clock) and not leq(theirs_clock, held):
                out.append((number, f))
        return out

    def _stale(self, ent: Entity, rid: str, field: str, theirs_clock: dict[str, int] | None) -> bool:
        """Whether a conflict on ``field`` of the record (open or settled, raised by a file that
        vouched for its changes) already held a later state than the incoming one: a file older
        than one already imported, imported again, says nothing new about that field."""
        if theirs_clock is None:
            return False
        for _number, _f, _status, text in self.inv.sync.vouched_conflicts(ent.key, rid, field):
            held = decode_clock(text)
            if held is not None and leq(theirs_clock, held) and not leq(held, theirs_clock):
                return True
        return False

    def _catch_up(
        self,
        sheet: Sheet,
        rownum: int,
        ent: Entity,
        cur: dict[str, Any],
        raw: dict[str, Any],
        overtaken: list[tuple[int, str]],
        after: dict[str, Any],
        theirs: dict[str, Any],
        conflicts: list[FieldConflict],
        theirs_text: str | None,
        version: int | None,
    ) -> tuple[int, int]:
        """Bring the record's ``overtaken`` conflicts up to date with the incoming state: one whose
        field now holds the same value on both sides (``after``, the record once this row's
        changes are in, and ``theirs``) is settled, agreed; any other takes the incoming value as
        theirs, with this import as who wrote it and when (a later conflict on the same field,
        overtaken too, is settled as held by the first). Returns how many conflicts wait for a
        person after this (reported like new ones) and how many of those are between two
        spellings of a value (settled once the file's rows are in)."""
        rid = cur["id"]
        computed = {c.field: c for c in conflicts}
        kept: dict[str, int] = {}  # field -> the conflict brought up to date
        waiting = spellings = 0
        for number, f in overtaken:
            if same_value(after[f], theirs[f]):
                self.inv.sync.close_conflict(
                    number,
                    ent.key,
                    rid,
                    f"agreed: the value received later is the value here: {f} = {after[f]!r}",
                    f"conflict {number} settled: the other side later wrote the value here (import of "
                    f"{self.file_name})",
                    source_id=self.source_id,
                    at=self.now,
                )
            elif f in kept:
                self.inv.sync.close_conflict(
                    number,
                    ent.key,
                    rid,
                    f"overtaken: conflict {kept[f]} holds the value received later",
                    f"conflict {number} settled: conflict {kept[f]} holds the value received later (import of "
                    f"{self.file_name})",
                    source_id=self.source_id,
                    at=self.now,
                )
            else:
                kept[f] = number
                # the value both started from: as this row's merge found it, else as it was
                c = computed.get(f)
                base = c.base if c is not None else self.inv.sync.open_conflict(number).base
                self.inv.sync.update_conflict(
                    number,
                    base,
                    after[f],
                    theirs[f],
                    peer=self.peer,
                    source_id=self.source_id,
                    at=self.now,
                    theirs_clock=theirs_text,
                    theirs_version=version,
                )
                waiting += 1
                spellings += self._conflict_recorded(
                    sheet, rownum, ent, cur, raw, FieldConflict(f, base, after[f], theirs[f]), number
                )
        return waiting, spellings

    def _conflict_recorded(
        self,
        sheet: Sheet,
        rownum: int,
        ent: Entity,
        cur: dict[str, Any],
        raw: dict[str, Any],
        c: FieldConflict,
        number: int,
    ) -> bool:
        """Report conflict ``number`` as a person reads it (the record's label, who wrote each side
        and when). One between two spellings of a value (case, accents or spaces alone) from a
        file that vouches for its changes is queued to be settled to the most recent spelling once
        the file's rows are in (see :attr:`spellings`): True then. From any other file it waits
        for a person like any conflict (its dates may be forged)."""
        rid = cur["id"]
        ours_at, theirs_at = cur.get("modified_at"), raw.get("modified_at") or self.now
        theirs_by = self.r.officer or self.inv.sync.officer_name(raw.get("modified_by") or self.peer)
        spelling = self.vouched and self.inv.sync.spelling_only(c.ours, c.theirs)
        if spelling:
            self.spellings.append((number, ours_at, theirs_at))
        self.r.conflicts.append(
            {
                "number": number,
                "sheet": sheet.title,
                "row": rownum,
                "kind": ent.key,
                "record_id": rid,
                "label": self.inv.sync.label(ent.key, rid),
                "field": c.field,
                "base": c.base,
                "ours": c.ours,
                "ours_by": self.inv.sync.officer_name(cur.get("modified_by")),
                "ours_at": ours_at,
                "theirs": c.theirs,
                "theirs_by": theirs_by,
                "theirs_at": theirs_at,
                "settled": None,  # set when settled automatically (see importer)
            }
        )
        return spelling

    def _stamps(self, ent: Entity, rid: str) -> Stamps:
        """The record's field stamps as they stand in this import (see :mod:`kpfield.store.stamps`)."""
        decided = self.new_stamps.get((ent.key, rid))
        if decided is not None:
            return decided
        if rid in self.stamp_held:
            if self.stamp_prefetch is None:
                self.stamp_prefetch = self.inv.sync.stamps(ent.key, sorted(self.stamp_held))
            return self.stamp_prefetch.get(rid, {})
        return self.inv.sync.stamps(ent.key, [rid]).get(rid, {})

    def _remember_peer_state(
        self, ent: Entity, rid: str, clock: dict[str, int], theirs: dict[str, Any], same: bool
    ) -> None:
        if self.peer and self.vouched:
            self.base_rows.append(
                (
                    ent.key,
                    rid,
                    self.peer,
                    encode_clock(clock),
                    self.source_id,
                    None if same else json.dumps(theirs, ensure_ascii=False),
                )
            )


# the bookkeeping cells the fast path reads, in the order _FastAdd.add takes them
_FAST_CELLS = (DELETED, FIELD_CLOCK, "version", "origin", "modified_by", CLOCK, "created_at", "modified_at")


class _FastAdd:
    """The common row of a large import, taken without the general path's dictionaries: a new
    production, sale or inspection record (no natural key, no rule of the store but "its
    references name live records") with a UUID, not deleted, that the reader's Cleaner found
    faultless and whose references are UUIDs of live records. It does what :meth:`RowMerge._row`
    and :meth:`RowMerge._add` do for such a row, in the same order; any row that is not exactly
    that is left to them (:meth:`add` returns False before touching anything). A law or
    plausibility warning (:mod:`kpfield.domain.rules`) does not send a row there: it is reported
    with the row as :meth:`RowMerge._row` reports it, and the row is added.
    """

    def __init__(self, ent: Entity, at: dict[str, int]):
        self.ent = ent
        fields = ent.field_names
        # each reference: its cell's position in the row, and its value's in the cleaned values
        self.refs = [
            (at.get(f.name), fields.index(f.name), ENTITIES[f.ref or ""].table, f.ref or "") for f in _ref_fields(ent)
        ]
        # the row's bookkeeping cells, read at once (a column the sheet lacks reads as None)
        cells = [at.get(name) for name in _FAST_CELLS]
        self.bookkeeping = operator.itemgetter(*(len(at) if i is None else i for i in cells))
        self.pad = None in cells  # a column missing: the row gets an empty cell past its last

    @classmethod
    def for_sheet(cls, ent: Entity, names: list[str]) -> _FastAdd | None:
        if not checked_by_id_only(ent) or ent.natural_key or "id" not in names:
            return None
        return cls(ent, {n: i for i, n in enumerate(names)})

    def ready(self, imp: RowMerge, rid: str) -> bool:
        """Whether ``rid`` names a record new to the inventory and to this file so far."""
        if rid in imp.aliases[self.ent.key] or rid in imp.pending_ids or rid in imp.foreign:
            return False
        found = imp.prefetch.get(rid)
        return found is not None and found[0] is None  # not a record we hold (nor one not looked up)

    def add(
        self,
        imp: RowMerge,
        sheet: Sheet,
        rownum: int,
        values: tuple[Any, ...],
        cleaned: tuple[Any, ...],
        rid: str,
        pending: list[Any],
    ) -> bool:
        """Add the row of ``rid`` (for which :meth:`ready` said yes) if it is the common case.
        A law or plausibility warning does not stop it: it is reported with the row, as the
        general path reports it."""
        deleted, field_clock, version_cell, origin, by, clock_text, created, modified = self.bookkeeping(
            (*values, None) if self.pad else values
        )
        if deleted not in (None, 0, "0") or field_clock is not None:
            return False
        state, aliases = imp.refs.state, imp.aliases
        for i, j, table, kind in self.refs:
            v = values[i] if i is not None else None
            if v is None:
                continue
            if type(v) is not str or imp._uuid(v) != v or v in aliases[kind] or cleaned[j] != v:
                return False
            if state(table, v) != 0:
                return False
        version = _version(version_cell)
        if not imp.bookkeeping.plain(origin, by, created, modified, clock_text, version):
            return False
        related = imp.related
        warnings = row_problems(self.ent.key, cleaned, related, related.today)
        if warnings:
            if errors(warnings):
                return False  # the general path refuses the row
            raw = dict(zip(sheet.names, values, strict=True))
            for p in warnings:
                imp._issue(sheet, rownum, p, raw)
        modified_by = str(by) if by else (origin or imp.peer)
        theirs_clock = imp._clock(clock_text)
        if theirs_clock is None and version is not None and modified_by:
            theirs_clock = {str(modified_by): version}
        # what _row does before it adds: the prefetched state is used up
        del imp.prefetch[rid]
        fallback = imp.peer or imp.me
        imp.pending_add(
            self.ent,
            rid,
            (
                rid,
                origin or fallback,
                created or imp.now,
                (modified if imp.peer else None) or imp.now,
                by or origin or fallback,
                version or 1,
                0,
                *cleaned,
            ),
            theirs_clock,
            clock_text,
            pending,
        )
        return True


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _key_clash(ent: Entity, p: Problem) -> bool:
    """Whether ``p`` says that the row's licence number, site code or matrix row is another record's
    (told from the problem itself, not its message, which comes in the officer's language)."""
    if not ent.natural_key or p.field != ent.natural_key[-1] or p.severity != "error" or _blank(p.value):
        return False
    f = ent.field(p.field)
    return f.kind in ("identifier", "text") and len(str(p.value).strip()) <= f.max_length


# persons listed at most in the error of a name that several persons have
_CANDIDATES = 10
_IN_BRACKETS = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


def _name_and_village(text: str) -> tuple[str, str | None]:
    """A person typed as "Aminata Sesay (Koidu)" or "Aminata Sesay, Koidu": (name, village); a
    name alone: (name, None)."""
    m = _IN_BRACKETS.match(text)
    if m and m.group(1).strip():
        return m.group(1).strip(), m.group(2).strip() or None
    name, comma, village = text.rpartition(",")
    if comma and name.strip() and village.strip():
        return name.strip(), village.strip()
    return text.strip(), None


def _person_candidate(p: NamedPerson) -> str:
    """A person an ambiguous name may mean, with what would name them alone (never their UUID:
    the officer fills the template from paper records, where persons carry no UUID)."""
    ids = [
        *([translate("import", "national ID {id}").format(id=p.national_id)] if p.national_id else []),
        *([translate("import", "digger card {card}").format(card=p.digger_card)] if p.digger_card else []),
    ]
    if not ids:
        ids = [translate("import", "no national ID or digger card: name them with their village")]
    return f"{p.label} [{', '.join(ids)}]"


def _fix_for(ent: Entity, p: Problem) -> str:
    if p.severity != "error":
        return translate("import", "check it: the row was accepted")
    if p.field == CLOCK:
        return translate("import", "leave the clock cell as kpfield exported it, or empty it")
    if p.field in _KEPT_BY_KPFIELD:
        return translate(
            "import",
            "these bookkeeping columns are kpfield's own: ask the officer for a fresh export instead of editing them",
        )
    if not p.field or p.field not in ent.field_names:
        return translate("import", "correct the row and import the file again")
    f = ent.field(p.field)
    if f.required and _blank(p.value):
        return translate("import", "fill in {field}").format(field=field_name(ent, f.name))
    if f.kind == "date":
        return translate("import", "type the date as 2026-04-03 or 03/04/2026 (day first), or use a date cell")
    if ent.key == "production" and p.field in ("stones", "carats") and _in_range(f, p.value):
        # a sound number that the size classes do not add up to
        return translate(
            "import", "make the stones and carats of the size-class columns add up to {field}, or correct {field}"
        ).format(field=field_name(ent, f.name))
    if f.kind in ("int", "number"):
        if _ambiguous(p.value):
            return translate(
                "import",
                "write thousands with a space or none (1 250 or 1250) and decimals with one, two or four digits "
                "(1,25 or 1.25), or use a number cell",
            )
        if f.maximum is not None:
            return translate(
                "import", "type a number from {minimum} to {maximum} (a decimal comma or point is fine)"
            ).format(minimum=format_number(f.minimum or 0), maximum=format_number(f.maximum))
        return translate("import", "type a number (a decimal comma or point is fine)")
    if f.kind in ("choice", "choices"):
        return translate("import", "choose one of: {choices}").format(choices=", ".join(f.choices))
    if f.kind == "country":
        return translate("import", "type the two-letter ISO country code, such as SL or GN")
    if f.kind == "ref" and f.ref == "person":
        return translate(
            "import",
            "type the person's national ID, digger-card number, or name and village as in 'Aminata Sesay (Koidu)' "
            "(a person of this workbook or of the inventory)",
        )
    if f.kind == "ref" and f.ref == "site":
        return translate(
            "import",
            "type the site code (such as KN-012) of a site already in the inventory or on this workbook's sites sheet",
        )
    if f.kind == "ref" and f.ref == "licence":
        return translate(
            "import",
            "type the licence number (such as SL-ART-2026-0007) of a licence already in the inventory or on this "
            "workbook's licences sheet",
        )
    if f.kind == "ref" and f.ref == "organisation":
        return translate(
            "import",
            "type the organisation's registration number or its name, as it is in the inventory or on this "
            "workbook's organisations sheet",
        )
    if f.kind == "ref":
        return translate("import", "name a record of {kinds} already in the inventory or in this workbook").format(
            kinds=entities_label(ENTITIES[f.ref or ""]).lower()
        )
    if _key_clash(ent, p):
        return translate(
            "import",
            "check whether this is the same record; if it is, give it the same UUID, otherwise correct the number",
        )
    return translate("import", "correct the value and import the file again")


def _in_range(f: Any, value: Any) -> bool:
    """Whether ``value`` is a number the field ``f`` takes (so a problem with it is not its range)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if f.minimum is not None and (value <= f.minimum if f.exclusive_minimum else value < f.minimum):
        return False
    return f.maximum is None or value <= f.maximum


def _ambiguous(value: Any) -> bool:
    """Whether a cell's text reads as two numbers (``1,250``)."""
    if not isinstance(value, str):
        return False
    try:
        read_number(value)
    except AmbiguousNumber:
        return True
    except ValueError:
        return False
    return False


def _uuid(value: Any) -> str | None:
    text = str(value).strip().lower() if value not in (None, "") else ""
    return text if _UUID.match(text) else None


def _stored_like(value: Any) -> Any:
    """A cheap guess of the stored form, only to notice rows that are exactly what we hold."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _version(v: Any) -> int | None:
    """A record's version counter as a cell gives it; None for anything that is not one."""
    if v is None or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(f) or f < 0 or f >= 2**53 or f != int(f):
        return None
    return int(f)


def _shown(v: Any) -> Any:
    """A refused value as the report shows it: long text cut, with its length."""
    if isinstance(v, str) and len(v) > MAX_SHOWN:
        return translate("import", "{start}... ({n} characters)").format(start=v[:MAX_SHOWN], n=f"{len(v):,}")
    return v


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def _vals_json(ent: Entity, values: dict[str, Any], deleted: Any) -> str:
    return json.dumps({**{n: values.get(n) for n in ent.field_names}, DELETED: int(bool(deleted))}, ensure_ascii=False)

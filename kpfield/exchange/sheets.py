"""Reading the record sheets of a workbook for an import: in this process, or in a second one.

An import does two kinds of work per row. Reading it (the spreadsheet library's parse, the cells
made ready, the data hash, and the form rules of :class:`~kpfield.domain.validation.Cleaner`)
needs nothing but the workbook; merging it (look-ups, the three-way merge, the insert) needs the
inventory. :func:`read_plan` does the reading and yields it as a stream of events, the same
stream whichever process runs it:

- ``("sheet", entity key, title)``: a sheet starts;
- ``("header", Header)``: its header row (row 0 and no columns when none was recognised);
- ``("rows", [(row number, values, precleaned), ...])``: up to :data:`BATCH` rows with a value,
  ``values`` in the order of ``Header.names``; ``precleaned`` is ``(cleaned values in the
  entity's field order, problems)`` when the reader ran the Cleaner, else None;
- ``("end",)``: the sheet is done;
- ``("digests", data hash, headers hash)``: last, the hashes the signature and ``_about`` check.

:func:`events` picks where it runs. A large workbook (:data:`PROCESS_FROM` bytes of sheet XML
and more) is read by a second process while this one merges (see ``benchmarks/bench_exchange.py``
for what it gains on two cores). The second process also runs the Cleaner over the rows while it is
ahead, that is while the importer has rows waiting; when the importer has taken them all, rows go
without, and the importer cleans them itself: the work balances between the two. Threads would
not do it: the Cleaner is Python and holds the interpreter lock. The second process never opens
the inventory; it sends its events through a pipe, at most ``_Sender.QUEUED`` of them ahead of
the importer. If the importer dies, the reader's next send fails and it ends. A small workbook
is read here, where starting an interpreter would cost more than it saves.

In the second process the spreadsheet library's parse of the next sheet (which runs without the
interpreter lock) overlaps the current sheet's rows when both fit in :data:`READ_AHEAD_BYTES`.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpfield import i18n
from kpfield.domain.entities import ENTITIES, Entity
from kpfield.domain.text import normalise
from kpfield.domain.validation import Cleaner
from kpfield.i18n import translate
from kpfield.workbook import BadWorkbook, Part, WorkbookFacts, WorkbookReader, scan_parts

from .codec import CANONICAL, DataHash, canon, canonical
from .headers import header_aliases

# What reading a plan yields: per sheet ("sheet", kind, title), ("header", Header), ("rows", batch)...
# and ("end",); then ("digests", data SHA-256, headers SHA-256). Closing it stops a reading process.
Events = Generator[tuple[Any, ...], None, None]

__all__ = ["Header", "ReadingProcess", "events", "read_plan", "find_header", "use_process", "PROCESS_FROM"]

BATCH = 1000  # rows per event
# Sheet XML from which a second process reads the workbook (a kpfield workbook holds about 500
# bytes of XML per production record: about 30,000 records).
PROCESS_FROM = 16 * 1024**2
# The second process parses the next sheet while the rows of the current one go out, when the two
# sheets' XML together stays under this (a million-record production sheet is about 500 MB of XML
# and its parsed grid about 700 MB of memory).
READ_AHEAD_BYTES = 300 * 1024**2
# distinct numbers and dates whose hashed text is remembered per sheet
_MEMO_LIMIT = 100_000
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# a workbook saved with the 1904 date system (old Mac Excel) counts its serials from here
EPOCH_1904 = dt.date(1904, 1, 1)
_TEXTUAL = ("text", "identifier", "choice", "choices", "country", "ref")


@dataclass
class Header:
    """A sheet's header row as :func:`find_header` recognised it."""

    row: int = 0  # its row number; 0 when none was recognised
    mapping: dict[int, str] = field(default_factory=dict)  # column index -> field or bookkeeping name
    # the columns in the order of each row's values (the date columns last), once reading starts
    order: list[tuple[int, str]] = field(default_factory=list)
    cells: list[Any] | None = None  # the header row as the sheet holds it
    unknown: list[str] = field(default_factory=list)  # headers that name nothing kpfield knows
    repeats: list[tuple[Any, str]] = field(default_factory=list)  # (header, name) met again: ignored
    first_column: int = 0  # the sheet column of cells[0] (0 for A)
    formulas: dict[int, int] = field(default_factory=dict)  # column (0-based) -> cells holding a formula

    @property
    def names(self) -> list[str]:
        """The names of each row's values, in order."""
        return [name for _, name in self.order] if self.order else list(self.mapping.values())


def cell(value: Any, kind: str, epoch: dt.date = _EXCEL_EPOCH) -> Any:
    """A cell value made ready for the Cleaner: empty cells as None, serial dates as dates
    (``epoch``: the day serial 0 stands for, :data:`EPOCH_1904` in a 1904 workbook)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and math.isnan(value):
        return None
    if (
        kind == "date"
        and isinstance(value, (int, float))
        and not isinstance(value, bool)
        and 1 <= value <= (dt.date.max - epoch).days
    ):
        return epoch + dt.timedelta(days=int(value))
    if kind == "date" and isinstance(value, dt.datetime):
        return value.date().isoformat()
    if kind == "date" and isinstance(value, dt.date):
        return value.isoformat()
    if kind in _TEXTUAL and isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if kind in _TEXTUAL and isinstance(value, dt.date):
        return value.isoformat()
    return value


def find_header(ent: Entity, rows: Iterator[list[Any]]) -> Header:
    """The first of a sheet's first ten rows that names at least two columns of ``ent`` (or its
    only column), read from ``rows``; the rows after it are left in ``rows``."""
    aliases = header_aliases(ent)
    for n, row in enumerate(rows, start=1):
        mapping: dict[int, str] = {}
        unknown: list[str] = []
        repeats: list[tuple[Any, str]] = []
        for i, h in enumerate(row):
            if h in (None, ""):
                continue
            name = aliases.get(normalise(h))
            if name is None:
                unknown.append(str(h))
            elif name in mapping.values():
                repeats.append((h, name))
            else:
                mapping[i] = name
        if len(mapping) >= 2 or (mapping and n == 1 and len(row) == 1):
            return Header(n, mapping, cells=list(row), unknown=unknown, repeats=repeats)
        if n >= 10:
            break
    return Header()


def cleaner_for(ent: Entity) -> Cleaner:
    """The Cleaner an import runs on ``ent``'s rows: a row also holds the sheet's bookkeeping columns
    (id, version, clock...), which are not its fields."""
    extra = set(header_aliases(ent).values()) - set(ent.field_names)
    return Cleaner(ent, ignored=extra)


def read_plan(
    reader: WorkbookReader,
    plan: list[tuple[str, list[str]]],
    *,
    hashing: bool | str,
    clean: bool | Callable[[], bool],
) -> Events:
    """The events (see the module's text) of the sheets ``plan`` names: ``(entity key, titles)``
    for every record kind in turn. ``hashing``: compute the data and headers hashes (a kpfield
    workbook), over :func:`~kpfield.exchange.codec.canonical` values when it is
    :data:`~kpfield.exchange.codec.CANONICAL`; ``clean``: run the Cleaner over every row, or (a
    function) over the batches for which it says so, asked as each batch starts."""
    data_hash, headers_hash = DataHash(canonical if hashing == CANONICAL else canon), DataHash()
    for key, titles in plan:
        ent = ENTITIES[key]
        data_hash.sheet(key)
        headers_hash.sheet(key)
        for title in titles:
            yield ("sheet", key, title)
            yield from _sheet(
                reader, ent, title, data_hash if hashing else None, headers_hash, clean, hashing == CANONICAL
            )
            yield ("end",)
    yield ("digests", data_hash.hexdigest(), headers_hash.hexdigest())


def _sheet(
    reader: WorkbookReader,
    ent: Entity,
    title: str,
    data_hash: DataHash | None,
    headers_hash: DataHash,
    clean: bool | Callable[[], bool],
    canonical_text: bool = False,
) -> Iterator[tuple[Any, ...]]:
    rows = reader.rows(title)
    head = find_header(ent, rows)
    head.first_column = reader.first_column(title)
    sf = reader.facts.sheet(title)  # checked before it was parsed: its formula cells are counted
    epoch = EPOCH_1904 if reader.facts.date1904 else _EXCEL_EPOCH
    head.formulas = dict(sf.formulas) if sf is not None else {}
    kinds = {f.name: f.kind for f in ent.fields}
    plain = [(i, name) for i, name in head.mapping.items() if kinds.get(name) != "date"]
    dated = [(i, kinds[name]) for i, name in head.mapping.items() if kinds.get(name) == "date"]
    head.order = plain + [(i, head.mapping[i]) for i, _ in dated]
    yield ("header", head)
    if not head.mapping:
        return
    if data_hash is not None:
        cells = list(head.cells or [])
        while cells and cells[-1] in (None, ""):
            cells.pop()
        headers_hash.row(cells)
    fields = set(ent.field_names)
    width = max(head.mapping) + 1
    names = head.names
    own = [j for j, name in enumerate(names) if name in fields]
    exact = [(i, kinds.get(name, "text")) for i, name in plain]
    pick = _picker([i for i, _ in plain])
    cleaner = cleaner_for(ent) if clean else None
    wanted = clean if callable(clean) else None
    cleaning = cleaner is not None and (wanted is None or wanted())
    update = data_hash.update if data_hash is not None else None
    # the hashed text of the sheet's numbers and dates, which repeat (carats, days, coordinates)
    memo: dict[Any, str] = {}
    shown = memo.get

    text_of = canonical if canonical_text else canon

    def hashed(v: Any) -> str:
        text = text_of(v)
        if len(memo) < _MEMO_LIMIT:
            memo[v] = text
        return text

    batch: list[tuple[int, tuple[Any, ...], Any]] = []
    for rownum, row in enumerate(rows, start=head.row + 1):
        if update is not None:
            if canonical_text:
                # text in NFC: ASCII text (most of it) is already
                update(
                    (
                        "\x1f".join([v if type(v) is str and v.isascii() else shown(v) or hashed(v) for v in row])
                        + "\x1e"
                    ).encode()
                )
            else:
                update(("\x1f".join([v if type(v) is str else shown(v) or hashed(v) for v in row]) + "\x1e").encode())
        if len(row) < width:
            row = [*row, *([None] * (width - len(row)))]
        # text stripped (empty: None) and finite numbers as they are; any other cell in a column
        # that is not a date (a date, a boolean, NaN) sends the row through cell(), cell by cell
        values = [
            v.strip() or None
            if (t := type(v)) is str
            else v
            if (t is float and v == v) or t is int or v is None
            else _ODD
            for v in pick(row)
        ]
        if _ODD in values:
            values = [cell(row[i], kind) for i, kind in exact]
        for i, kind in dated:
            v = row[i]
            values.append(v.strip() or None if type(v) is str else cell(v, kind, epoch))
        for j in own:
            if values[j] is not None:
                break
        else:
            continue  # nothing in the record's own columns
        pre = None
        if cleaning:
            cleaned, problems = cleaner(dict(zip(names, values, strict=True)))  # type: ignore[misc]
            pre = (tuple(cleaned.values()), problems or None)
        batch.append((rownum, tuple(values), pre))
        if len(batch) >= BATCH:
            yield ("rows", batch)
            batch = []
            cleaning = cleaner is not None and (wanted is None or wanted())
    if batch:
        yield ("rows", batch)


_ODD = object()  # a cell the quick pass leaves to cell()


def _picker(columns: list[int]) -> Any:
    """A function giving a row's cells in ``columns`` as a tuple."""
    if not columns:
        return lambda row: ()
    if len(columns) == 1:
        only = columns[0]
        return lambda row: (row[only],)
    return operator.itemgetter(*columns)


# ---- where the reading runs ---------------------------------------------------------------


def use_process(size: int, processes: bool | None = None) -> bool:
    """Whether a workbook holding ``size`` bytes of sheet XML is read by a second process.

    ``processes``: True or False decides; None decides by size (:data:`PROCESS_FROM`) and the
    number of processors. The environment variable ``KPFIELD_IMPORT_READER`` (``process`` or
    ``inline``) overrides a None, for tests and for comparing the two."""
    if processes is not None:
        return processes
    forced = os.environ.get("KPFIELD_IMPORT_READER", "").strip().lower()
    if forced in ("process", "inline"):
        return forced == "process"
    return size >= PROCESS_FROM and (os.cpu_count() or 1) > 1


def events(
    path: Path,
    facts: WorkbookFacts,
    reader: WorkbookReader,
    plan: list[tuple[str, list[str]]],
    *,
    hashing: bool | str,
    processes: bool | None = None,
    process: ReadingProcess | None = None,
) -> Events:
    """The events of ``plan``, read here (with ``reader``) or by a second process.

    ``process``: the reading process already started for this workbook (it checked part of it for
    :func:`~kpfield.workbook.inspect_workbook`); without it, ``processes`` decides as in
    :func:`use_process`, by the size of the planned sheets. Closing the iterator stops the second
    process."""
    if process is None:
        sheets = [facts.sheet(t) for _, titles in plan for t in titles]
        size = sum(sf.size for sf in sheets if sf is not None)
        if not use_process(size, processes):
            return read_plan(reader, plan, hashing=hashing, clean=False)
        process = ReadingProcess(path)
    return process.events(facts, plan, hashing)


# The second process is this Python (or, in the bundle, this program) started with CHILD_FLAG. It
# is a plain subprocess rather than multiprocessing's: that would import the caller's main module
# again in the child, which a coordinator's own script need not be written for.
CHILD_FLAG = "--kpfield-read-sheets"


def child_command() -> list[str]:
    """How to start the reading process: the bundle's program runs it when given CHILD_FLAG first
    (see ``packaging/``); otherwise this Python runs :func:`child_main`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    # -P: the working folder does not go first on the module path (a file there named like a
    # module kpfield imports would be run instead)
    return [
        sys.executable,
        "-P",
        "-c",
        "import sys; from kpfield.exchange.sheets import child_main; sys.exit(child_main())",
    ]


class ReadingProcess:
    """The second process that reads one workbook, seen from the importer.

    It is told two things on its standard input, each pickled: first a share of the sheet parts
    to check (:meth:`check`, the :class:`~kpfield.workbook.PartChecker` that
    :func:`~kpfield.workbook.inspect_workbook` takes), then the plan to read
    (:meth:`events`). It parses nothing before the plan comes, and the plan comes only once every
    part has passed. A process told nothing more (its input closed) ends. :meth:`close` (or
    leaving the ``with`` block) ends it in any case."""

    def __init__(self, path: Path):
        self.path = path
        env = dict(os.environ)
        if not getattr(sys, "frozen", False):
            # the reader imports kpfield from where this process did
            here = str(Path(__file__).resolve().parents[2])
            env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # its messages go where this program's go; a windowed program has nowhere, and a pipe
            # nobody read would fill and stop the reader
            stderr=None if sys.stderr is not None else subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )
        self.asked = False

    def __enter__(self) -> ReadingProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tell(self, message: Any, last: bool = False) -> None:
        stdin = self.proc.stdin
        assert stdin is not None
        try:
            pickle.dump(message, stdin, protocol=pickle.HIGHEST_PROTOCOL)
            stdin.flush()
            if last:
                stdin.close()
        except OSError:
            pass  # it ended at once: told by _receive, when its output ends

    def _receive(self) -> tuple[Any, ...]:
        assert self.proc.stdout is not None
        try:
            event: tuple[Any, ...] = pickle.load(self.proc.stdout)
        except (EOFError, pickle.UnpicklingError, OSError):
            try:
                code = self.proc.wait(5)
            except subprocess.TimeoutExpired:
                code = None
            raise BadWorkbook(
                translate(
                    "import",
                    "{path}: the process reading it stopped unexpectedly (exit code {code}); nothing from it "
                    "was written. Close other programs to free memory and import it again",
                ).format(path=self.path, code=code)
            ) from None
        if event[0] == "error":
            raise BadWorkbook(event[1])
        if event[0] == "crash":
            raise RuntimeError(f"reading {self.path} failed in the reading process:\n{event[1]}")
        return event

    def check(self, readable: Path, source: Path, parts: list[Part]) -> None:
        self.asked = True
        self._tell(("check", str(readable), str(source), parts, i18n.language()))

    def checked(self) -> dict[str, dict[int, int]]:
        event = self._receive()
        if event[0] != "checked":
            raise RuntimeError(f"reading {self.path}: the reading process answered {event[0]!r} to a check")
        found: dict[str, dict[int, int]] = event[1]
        return found

    def events(self, facts: WorkbookFacts, plan: list[tuple[str, list[str]]], hashing: bool | str) -> Events:
        try:
            if not self.asked:
                assert facts.readable is not None
                self.check(facts.readable, facts.source or self.path, [])
                self.checked()
            self._tell((facts, plan, hashing), last=True)
            while True:
                event = self._receive()
                yield event
                if event[0] == "digests":
                    break
        finally:
            self.close()

    def close(self) -> None:
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass  # a pipe to a process that already ended
        try:
            self.proc.wait(2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


def child_main() -> int:
    """The reading process: check the sheet parts it is given, then read the plan it is given,
    both on standard input; write its answers and events to standard output (pickled, one after
    another), then end. Anything else the process prints goes to standard error, so it cannot mix
    with the events."""
    send = os.fdopen(os.dup(1), "wb")
    try:
        os.dup2(2, 1)
    except OSError:  # no standard error (a windowed program): stray output goes nowhere
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    sys.stdout = sys.stderr if sys.stderr is not None else open(os.devnull, "w")  # noqa: SIM115
    # from the descriptor, not sys.stdin: a windowed program (the bundle's kpfield) may have no
    # sys.stdin although it was given a pipe
    told = open(0, "rb", closefd=False)  # noqa: SIM115 - read twice, closed below
    try:
        try:
            what, path, source, parts, language = pickle.load(told)
            assert what == "check"
        except Exception:  # noqa: BLE001 - started by hand, or the importing process is gone
            return 2
        i18n.set_language(language)
        out = _Sender(send)
        reply: tuple[Any, ...]
        try:
            reply = ("checked", scan_parts(path, parts, shown=source))
        except BadWorkbook as e:
            reply = ("error", str(e))
        except BaseException:  # noqa: BLE001 - told to the importing process, which raises it
            reply = ("crash", traceback.format_exc())
        try:
            out.put(reply)
        except OSError:
            pass  # the importing process is gone: close() says so
        if reply[0] != "checked":
            return 0 if out.close() else 1
        try:
            facts, plan, hashing = pickle.load(told)
        except Exception:  # noqa: BLE001 - the importer stopped here (a part it checked was refused)
            out.close()
            return 0
        return _read(path, facts, plan, hashing, out)
    finally:
        told.close()


def _read(path: str, facts: WorkbookFacts, plan: list[tuple[str, list[str]]], hashing: bool | str, out: _Sender) -> int:
    # the sending thread wakes after each write and needs the interpreter back from the reading
    # thread: a shorter switch interval than the default 5 ms keeps it from waiting (measured on
    # two cores, this and pickling in the reading thread took the million-record import from
    # 92 s to 70 s: the importer had been waiting for rows the reader had ready)
    sys.setswitchinterval(0.001)
    try:
        with WorkbookReader(path, facts) as reader:
            ahead = _ReadAhead(reader, facts, [t for _, titles in plan for t in titles])
            try:
                # clean while the importing process has rows waiting for it; when it has taken them
                # all it is waiting for this one, and cleans the rows that come without (balance)
                for event in read_plan(reader, plan, hashing=hashing, clean=out.has_rows_waiting):
                    if event[0] == "end":
                        ahead.next_sheet()
                    out.put(event)
            finally:
                ahead.stop()
    except BadWorkbook as e:
        out.put(("error", str(e)))
    except OSError:
        pass  # the importing process is gone, or stopped reading: nothing to tell
    except BaseException:  # noqa: BLE001 - told to the importing process, which raises it
        out.put(("crash", traceback.format_exc()))
    return 0 if out.close() else 1


class _Sender:
    """Writes the events from a thread, up to QUEUED of them behind the reading: the importing
    process takes rows in bursts (it pauses to write 5,000 records at a time), and without the
    queue the reading would pause with it."""

    QUEUED = 16

    def __init__(self, stream: Any):
        self.stream = stream
        self.queue: queue.Queue[bytes | None] = queue.Queue(self.QUEUED)
        self.broken = False
        self.thread = threading.Thread(target=self._run, name="kpfield-sender", daemon=True)
        self.thread.start()

    def has_rows_waiting(self) -> bool:
        return self.queue.qsize() >= 2

    def put(self, event: tuple[Any, ...]) -> None:
        if self.broken:
            raise BrokenPipeError("the importing process stopped reading")
        # pickled here, by the thread that holds the interpreter anyway: the sending thread only
        # writes bytes, which it does without the interpreter lock
        self.queue.put(pickle.dumps(event, protocol=pickle.HIGHEST_PROTOCOL))

    def _run(self) -> None:
        try:
            while (data := self.queue.get()) is not None:
                self.stream.write(data)
                self.stream.flush()
            self.stream.close()
        except BaseException:  # noqa: BLE001 - the importing process is gone (or this thread failed)
            self.broken = True
            while self.queue.get() is not None:  # let put() return until the reading stops
                pass

    def close(self) -> bool:
        """Send what is queued and close the stream; False when the importing process was gone."""
        self.queue.put(None)
        self.thread.join()
        return not self.broken


class _ReadAhead:
    """Parses the sheets in a thread, in the order they will be read, ahead of the one being read as
    far as the sheets from the current one on fit in READ_AHEAD_BYTES of XML (the library parses
    without the interpreter lock, so this overlaps the rows of the current sheet)."""

    def __init__(self, reader: WorkbookReader, facts: WorkbookFacts, titles: list[str]):
        self.reader, self.facts, self.titles = reader, facts, titles
        self.at, self.stopped = 0, False
        self.cond = threading.Condition()
        threading.Thread(target=self._run, name="kpfield-read-ahead", daemon=True).start()

    def _size(self, title: str) -> int:
        sf = self.facts.sheet(title)
        return sf.size if sf is not None else READ_AHEAD_BYTES

    def _run(self) -> None:
        for j, title in enumerate(self.titles):
            with self.cond:
                while (
                    not self.stopped
                    and j > self.at
                    and sum(map(self._size, self.titles[self.at : j + 1])) > READ_AHEAD_BYTES
                ):
                    self.cond.wait()
                if self.stopped:
                    return
            self.reader.load(title)  # does nothing for a sheet already being read

    def next_sheet(self) -> None:
        with self.cond:
            self.at += 1
            self.cond.notify()

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.cond.notify()

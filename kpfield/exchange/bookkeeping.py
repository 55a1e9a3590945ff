"""A row's bookkeeping (origin, modified_by, timestamps, version vector), checked like its data.

A workbook's bookkeeping columns decide how its rows merge, so a careless or forged value there
does as much harm as a wrong carat figure: a ``modified_by`` of 32,767 characters, a version
vector claiming a million changes, a change dated 2999. :class:`Bookkeeping` holds the rules for
one file, and :meth:`Bookkeeping.problems` gives a row's breaches as
:class:`~kpfield.domain.validation.Problem`, which refuse the row like any invalid value:

- ``origin``, ``modified_by`` and every installation a version vector names are at most
  :data:`MAX_ORIGIN` characters (an installation is named by a 36-character UUID);
- ``modified_by`` is an installation the file declares: the one that made it (``_about``), the
  record's ``origin``, or one its version vector counts changes of (a vector that counts none, as
  kpfield writes for a record whose history it was not given, leaves nothing to check it by);
- a version vector counts at least one change per installation and no installation more changes
  than the record's own version shows: every kpfield keeps each count at or below the version;
- ``created_at`` and ``modified_at`` are UTC times as kpfield writes them, ``created_at`` no later
  than ``modified_at``, and neither later than the file was made nor than now (with
  :data:`CLOCK_SLACK` for a laptop whose clock runs ahead).

- the field versions (``field_clock``, :func:`field_versions`): at most
  :data:`~kpfield.exchange.codec.MAX_FIELD_CLOCK_TEXT` characters, the sheet's fields only, each
  naming an installation the record's version vector names, at a change no later than the
  vector's count for it.

:meth:`Bookkeeping.plain` is the same test for the common row, a few comparisons and one lookup
of the vector's text, for the importer's fast path.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from kpfield.domain.entities import MAX_INSTALLATION_NAME
from kpfield.domain.validation import Problem, too_long
from kpfield.i18n import format_number, translate

from .codec import MAX_FIELD_CLOCK_TEXT, clock_problem, decode_clock

__all__ = ["MAX_ORIGIN", "CLOCK_SLACK", "Bookkeeping", "field_versions"]

MAX_ORIGIN = MAX_INSTALLATION_NAME
CLOCK_SLACK = dt.timedelta(days=1)
_MEMO_LIMIT = 100_000
_LONGEST_TIME = 40  # characters of a timestamp kpfield writes is 27; leave room for offsets


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not isinstance(value, str) or not 10 <= len(value) <= _LONGEST_TIME:
        return None
    try:
        t = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def time_text(value: Any) -> Any:
    """A timestamp cell as the text the store keeps (a date-time cell becomes ISO UTC text)."""
    if isinstance(value, dt.datetime):
        parsed = _parse(value)
        return _iso(parsed) if parsed else value
    return value


class Bookkeeping:
    """The bookkeeping rules for the rows of one file: made by installation ``peer`` (None for a
    template), at ``exported_at`` (its ``_about``; None when unknown), imported ``now``."""

    def __init__(self, peer: str | None, now: str, exported_at: Any = None):
        self.peer = peer if isinstance(peer, str) and len(peer) <= MAX_ORIGIN else None
        ceiling = (_parse(now) or dt.datetime.now(dt.UTC)) + CLOCK_SLACK
        made = _parse(exported_at)
        if made is not None:
            ceiling = min(ceiling, made + CLOCK_SLACK)
        self.ceiling = _iso(ceiling)
        self.ceiling_shown = ceiling.strftime("%Y-%m-%d %H:%M UTC")
        # clock text -> (largest count, its installations) or None when the text is not a vector
        self.memo: dict[str, tuple[int, frozenset[str]] | None] = {}

    def _vector(self, text: str) -> tuple[int, frozenset[str]] | None:
        memo = self.memo
        if text in memo:
            return memo[text]
        clock = decode_clock(text)
        found: tuple[int, frozenset[str]] | None = None
        if clock is not None and all(
            len(k) <= MAX_ORIGIN and k.strip() and not isinstance(n, bool) and 1 <= n < 2**53 for k, n in clock.items()
        ):
            found = (max(clock.values(), default=0), frozenset(clock))
        if len(memo) < _MEMO_LIMIT:
            memo[text] = found
        return found

    def plain(self, origin: Any, by: Any, created: Any, modified: Any, clock: Any, version: int | None) -> bool:
        """Whether a row's bookkeeping passes every rule, told cheaply (False: ask :meth:`problems`)."""
        if clock is not None:
            if type(clock) is not str:
                return False
            vector = self._vector(clock)
            if vector is None or vector[0] > (version or 1):
                return False
            names = vector[1]
            if not names:
                if by is not None and (type(by) is not str or len(by) > MAX_ORIGIN):
                    return False
                by = None  # an empty vector: nothing to check modified_by by
        else:
            names = frozenset()
        if origin is not None and (type(origin) is not str or len(origin) > MAX_ORIGIN):
            return False
        if by is not None and not (by in names or by == self.peer or by == origin):
            return False
        ceiling = self.ceiling
        for t in (created, modified):
            if t is not None and (type(t) is not str or len(t) < 20 or t[10] != "T" or t[-1] != "Z" or t > ceiling):
                return False
        return created is None or modified is None or created <= modified

    def problems(self, raw: dict[str, Any], clock_field: str, version: int | None) -> list[Problem]:
        """What is wrong with the bookkeeping of the row ``raw`` (its cells by field name; the
        version vector under ``clock_field``), ``version`` being its version as read."""
        origin, by, clock = raw.get("origin"), raw.get("modified_by"), raw.get(clock_field)
        if self.plain(origin, by, raw.get("created_at"), raw.get("modified_at"), clock, version):
            return []
        out: list[Problem] = []
        names: frozenset[str] = frozenset()
        if clock is not None:
            vector = self._vector(clock) if isinstance(clock, str) else None
            too_much = clock_problem(clock) if isinstance(clock, str) else None
            if too_much is not None:
                out.append(Problem(clock_field, too_much, clock))
            elif vector is None:
                out.append(
                    Problem(
                        clock_field,
                        translate(
                            "import",
                            "{column}: this is not a version vector as kpfield writes it (each installation with "
                            "its number of changes, at least 1, in {{...}})",
                        ).format(column=clock_field),
                        clock,
                    )
                )
            else:
                names = vector[1]
                if not names:
                    by = None  # an empty vector: nothing to check modified_by by
                most, limit = vector[0], version or 1
                if most > limit:
                    out.append(
                        Problem(
                            clock_field,
                            translate(
                                "import",
                                "{column}: it counts {n} changes by one installation, more than the record's "
                                "version ({version}) shows",
                            ).format(column=clock_field, n=most, version=limit),
                            clock,
                        )
                    )
        for name, value in (("origin", origin), ("modified_by", raw.get("modified_by"))):
            if value is not None and (not isinstance(value, str) or len(value) > MAX_ORIGIN):
                out.append(
                    Problem(
                        name,
                        f"{name}: {too_long(len(value), MAX_ORIGIN)}"
                        if isinstance(value, str)
                        else translate(
                            "import", "{column}: an installation is named by at most {limit} characters"
                        ).format(column=name, limit=MAX_ORIGIN),
                        value,
                    )
                )
                if name == "modified_by":
                    by = None
        if by is not None and by not in names and by != self.peer and by != origin:
            out.append(
                Problem(
                    "modified_by",
                    translate(
                        "import",
                        "modified_by: {value} is not an installation this file declares (the one that made it, "
                        "the record's origin, or one its version vector counts)",
                    ).format(value=by),
                    by,
                )
            )
        times = {}
        for name in ("created_at", "modified_at"):
            value = raw.get(name)
            if value is None:
                continue
            parsed = _parse(value)
            if parsed is None:
                out.append(
                    Problem(
                        name,
                        translate(
                            "import", "{column}: this is not a UTC time as kpfield writes it (2026-04-03T10:00:00Z)"
                        ).format(column=name),
                        value,
                    )
                )
            elif _iso(parsed) > self.ceiling:
                out.append(
                    Problem(
                        name,
                        translate(
                            "import", "{column}: {value} is later than the file was made, or in the future ({limit})"
                        ).format(column=name, value=value, limit=self.ceiling_shown),
                        value,
                    )
                )
            else:
                times[name] = parsed
        if len(times) == 2 and times["created_at"] > times["modified_at"]:
            out.append(
                Problem(
                    "created_at",
                    translate(
                        "import", "created_at: the record cannot be made after its last change ({modified})"
                    ).format(modified=raw.get("modified_at")),
                    raw.get("created_at"),
                )
            )
        return out


def field_versions(
    text: Any, clock: dict[str, int] | None, fields: Iterable[str]
) -> tuple[dict[str, tuple[str, int]] | None, str | None]:
    """The field stamps a field_clock cell holds against the record's version vector ``clock``:
    (stamps, None), or (None, why it is refused): not text as kpfield writes it, longer than
    :data:`MAX_FIELD_CLOCK_TEXT`, naming a field the record kind has not, an installation the
    vector does not name, or a change beyond the vector's count for it. With ``clock`` None (a
    vector not trusted, so not used) only its form is checked, and the stamps are ({}, None)."""
    if text is None:
        return {}, None
    if not isinstance(text, str):
        text = str(text)
    if len(text) > MAX_FIELD_CLOCK_TEXT:
        return None, translate(
            "import", "the field versions hold {size} characters, more than kpfield reads ({limit})"
        ).format(size=format_number(len(text), grouping=True), limit=format_number(MAX_FIELD_CLOCK_TEXT, grouping=True))
    shape = translate(
        "import",
        'this is not a list of field versions as kpfield writes it ({{"field": [installation, change]}})',
    )
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None, shape
    if not isinstance(value, dict):
        return None, shape
    origins = sorted(clock) if clock is not None else []
    known = set(fields)
    out: dict[str, tuple[str, int]] = {}
    for name, stamp in value.items():
        if name not in known:
            return None, translate(
                "import", "the field versions name {field}, which is not a field of this sheet"
            ).format(field=repr(name)[:80])
        if not (isinstance(stamp, list) and len(stamp) == 2 and all(type(x) is int for x in stamp)):
            return None, shape
        i, n = stamp
        if clock is None:
            if i < 0 or n < 1:
                return None, shape
            continue
        if not 0 <= i < len(origins) or not 1 <= n <= clock[origins[i]]:
            return None, translate(
                "import",
                "the field versions say {field} was written by a change the record's version vector does not count",
            ).format(field=name)
        out[name] = (origins[i], n)
    return out, None

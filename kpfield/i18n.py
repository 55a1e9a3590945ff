"""The officer's language, for every message kpfield shows, in the window and on the command line.

One set of catalogues serves the whole program: Qt Linguist sources under
``resources/i18n/kpfield_<lang>.ts``, kept up to date by ``make translations`` (``pyside6-lupdate``
reads every ``translate("context", "text")`` call and ``QT_TRANSLATE_NOOP`` marker in the
package). The window loads the compiled ``.qm`` files through Qt's ``QTranslator``; code below
``ui/`` (validation, import reports, the CLI) reads the same ``.ts`` sources here, without Qt.

Rules for a translatable string:

- ``translate(context, text)`` with literal arguments, so that lupdate finds them; never an
  f-string. Values go in named placeholders filled afterwards:
  ``translate("validation", "{label} is required").format(label=...)``.
- Data described once in Python (field labels, vocabulary labels) is marked with
  ``QT_TRANSLATE_NOOP(context, text)``, which returns the text unchanged, and translated where
  it is shown.
- What is stored and exchanged (codes, ISO dates, numbers) is never translated; only what is shown.

English is the source language: with no catalogue, or no finished translation for a message, the
English text is shown.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import locale
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from .resources import resource_path

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "pt": "Português", "es": "Español"}
DEFAULT = "en"

_lock = threading.Lock()
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_plurals: dict[str, dict[tuple[str, str], list[str]]] = {}
_current = DEFAULT
_thread = threading.local()  # a language one thread works in for a while (see using_language)


def catalogue_path(lang: str, suffix: str = ".ts") -> Path:
    """Where the catalogue of ``lang`` lives (``.ts`` source or compiled ``.qm``)."""
    return resource_path("i18n", f"kpfield_{lang}{suffix}")


def normalise_language(code: object) -> str | None:
    """``fr``, ``fr_FR``, ``fr-CI.UTF-8``, ``French_France`` -> ``fr``; None for a language kpfield lacks."""
    if not code:
        return None
    text = str(code).strip().lower().replace("-", "_")
    names = {"english": "en", "french": "fr", "portuguese": "pt", "spanish": "es"}
    head = text.split(".")[0].split("_")[0]
    lang = names.get(head, head)
    return lang if lang in LANGUAGES else None


def system_language() -> str:
    """The language of the user's system, when kpfield speaks it; else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value.split(":")[0]) or DEFAULT
    try:
        found = locale.getlocale()[0]
    except ValueError:
        found = None
    return normalise_language(found) or DEFAULT


def _preference_file() -> Path:
    from .paths import data_dir  # late: data_dir reads the environment when asked

    return data_dir() / "language"


def saved_language() -> str | None:
    """The language the user chose in the window or the first-run wizard, if any."""
    try:
        return normalise_language(_preference_file().read_text(encoding="utf-8"))
    except OSError:
        return None


def save_language(lang: str) -> None:
    """Remember ``lang`` for the window and the command line."""
    if lang not in LANGUAGES:
        raise ValueError(f"kpfield has no {lang!r} language; choose one of {', '.join(LANGUAGES)}")
    target = _preference_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(lang + "\n", encoding="utf-8")
    os.replace(tmp, target)


def preferred_language() -> str:
    """``KPFIELD_LANG``, else the saved choice, else the system's language, else English."""
    return normalise_language(os.environ.get("KPFIELD_LANG")) or saved_language() or system_language()


def load_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a ``.ts`` file."""
    out: dict[tuple[str, str], str] = {}
    # types-defusedxml types its parse as a bare ElementTree, whose root may be None; the stdlib's
    # parse that it wraps always gives the document's root element
    root: Element = ElementTree.parse(str(path)).getroot()  # type: ignore[assignment]
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if msg.get("numerus") == "yes":
                continue  # counted forms are chosen by Qt from the compiled catalogue; the source stands in
            text = tr.text or ""
            if text:
                out[(name, source)] = text
    return out


def load_plurals(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its forms (singular, plural) for every finished counted message of a
    ``.ts`` file: what Qt reads from the compiled catalogue, for when there is none."""
    out: dict[tuple[str, str], list[str]] = {}
    root: Element = ElementTree.parse(str(path)).getroot()  # type: ignore[assignment]
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if msg.get("numerus") != "yes" or source is None or tr is None:
                continue
            if tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if forms and all(forms):
                out[(name, source)] = forms
    return out


def plurals(lang: str) -> dict[tuple[str, str], list[str]]:
    """The counted messages of ``lang`` (English's own forms too: ``kpfield_en.ts``); empty when
    its catalogue is missing."""
    with _lock:
        found = _plurals.get(lang)
        if found is None:
            try:
                found = load_plurals(catalogue_path(lang))
            except FileNotFoundError:
                found = {}
            _plurals[lang] = found
        return found


def plural_index(lang: str, n: int) -> int:
    """Which form a count takes, by the rule Qt applies: French and Portuguese (Brazil's, which
    Qt's catalogue follows) say "0 licence" and "1 licence"; English and Spanish only "1 licence"."""
    if lang in ("fr", "pt"):
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """The finished translations of ``lang`` (empty for English or a missing file)."""
    with _lock:
        found = _catalogues.get(lang)
        if found is None:
            found = {}
            if lang != DEFAULT:
                try:
                    found = load_catalogue(catalogue_path(lang))
                except FileNotFoundError:
                    found = {}
            _catalogues[lang] = found
        return found


def set_language(lang: str) -> str:
    """Make ``lang`` the language of messages from now on; returns the language set."""
    global _current
    chosen = normalise_language(lang) or DEFAULT
    catalogue(chosen)
    _current = chosen
    return chosen


def language() -> str:
    """The language messages are given in now (in this thread: see :func:`using_language`)."""
    return getattr(_thread, "lang", None) or _current


@contextlib.contextmanager
def using_language(lang: str | None) -> Iterator[str]:
    """Inside the block, messages made in this thread come in ``lang`` (None: the current language).

    A workbook asked for in Portuguese is written in Portuguese with plain ``translate`` calls,
    which lupdate finds, while the window and other threads keep their own language.
    """
    chosen = normalise_language(lang) or language()
    catalogue(chosen)
    previous = getattr(_thread, "lang", None)
    _thread.lang = chosen
    try:
        yield chosen
    finally:
        _thread.lang = previous


def install_catalogue(lang: str, messages: Mapping[tuple[str, str], str]) -> None:
    """Use ``messages`` ((context, source) -> translation) as the catalogue of ``lang``, instead of
    its file: to try a translation before it is in the catalogue, and in tests."""
    with _lock:
        _catalogues[lang] = dict(messages)


def forget_catalogues() -> None:
    """Drop the catalogues read or installed so far; the next message reads the files again."""
    with _lock:
        _catalogues.clear()
        _plurals.clear()


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang``, or ``text`` itself when there is no finished translation."""
    if lang == DEFAULT:
        return text
    return catalogue(lang).get((context, text), text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (the signature of ``QCoreApplication.translate``)."""
    return translate_in(language(), context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context`` without translating it here."""
    return text


# ---- numbers and dates as the officer reads and types them -------------------------------------

# Decimal comma, and how thousands are grouped, per language; English keeps ISO dates, which are
# unambiguous wherever the officer learned to write dates.
_DECIMAL = {"en": ".", "fr": ",", "pt": ",", "es": ","}
_GROUP = {"en": ",", "fr": "\u202f", "pt": ".", "es": "."}
_DATE_HINT = {"en": "YYYY-MM-DD", "fr": "JJ/MM/AAAA", "pt": "DD/MM/AAAA", "es": "DD/MM/AAAA"}


def decimal_separator(lang: str | None = None) -> str:
    return _DECIMAL[lang or language()]


def format_number(
    value: float | int | None, decimals: int | None = None, *, grouping: bool = False, lang: str | None = None
) -> str:
    """``12.5`` -> ``12,5`` in French. ``decimals=None`` shows as many as the value needs (up to 6)."""
    if value is None:
        return ""
    lang = lang or language()
    if decimals is None:
        text = f"{value:,.6f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
        if text in ("-0", ""):
            text = "0"
    else:
        # half away from zero, as a spreadsheet rounds (5,350.5 shows 5,351 in the workbook too);
        # Python's own formatting would round half to even
        exact = decimal.Decimal(repr(value)) if isinstance(value, float) else decimal.Decimal(value)
        if exact.is_finite():
            with decimal.localcontext() as ctx:
                ctx.prec = 400 + decimals  # room for any float's digits
                exact = exact.quantize(decimal.Decimal(1).scaleb(-decimals), rounding=decimal.ROUND_HALF_UP)
            text = f"{exact:,.{decimals}f}"
        else:
            text = f"{value:,.{decimals}f}"
    if not grouping:
        text = text.replace(",", "")
    return text.replace(",", "\x00").replace(".", _DECIMAL[lang]).replace("\x00", _GROUP[lang])


def format_date(value: dt.date | str | None, lang: str | None = None) -> str:
    """An ISO date (``2026-04-03``) as the officer writes it: ``03/04/2026`` in French."""
    if value is None or value == "":
        return ""
    lang = lang or language()
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    else:
        day = value
    if lang == DEFAULT:
        return day.isoformat()
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def date_hint(lang: str | None = None) -> str:
    """The placeholder that shows how to type a date: ``JJ/MM/AAAA`` in French."""
    return _DATE_HINT[lang or language()]


def local_time(value: dt.datetime | str) -> dt.datetime:
    """A UTC moment (an aware datetime, or ISO text as stored: ``2026-04-03T09:15:00.000000Z``) in
    this computer's time zone. Text without a zone is taken as UTC, as kpfield stores every time."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def format_local_time(value: dt.datetime | str | None, lang: str | None = None) -> str:
    """A UTC moment in local time as the officer reads it: ``2026-04-03 10:15`` in English,
    ``03/04/2026 10:15`` in French (the date as :func:`format_date` writes it, a 24-hour clock).
    Text that is not a time is given back as it is."""
    if value is None or value == "":
        return ""
    try:
        local = local_time(value)
    except ValueError:
        return str(value)
    return f"{format_date(local.date(), lang)} {local:%H:%M}"

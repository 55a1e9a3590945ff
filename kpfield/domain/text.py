"""Comparing what people type: names and places written with or without accents, in any case."""

from __future__ import annotations

import difflib
import re
import unicodedata

__all__ = ["describe_character", "fold", "normalise", "normalise_identifier", "odd_script", "similar", "visible"]

_NON_WORD = re.compile(r"[^0-9a-z+\-]+")


def fold(text: str | None) -> str:
    """``text`` without accents, case-folded, with single spaces: "  Kérouané " -> "kerouane"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def similar(a: str | None, b: str | None, threshold: float = 0.85) -> bool:
    """Whether two names are probably the same once folded, tolerating a letter or two of difference."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= threshold


def normalise(text: object) -> str:
    """Fold a header or a place for comparison: no accents, lower case, punctuation dropped, words
    joined by single spaces ("Numéro de  PERMIS" -> "numero de permis")."""
    s = unicodedata.normalize("NFKD", str(text or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("_", " ")
    return " ".join(_NON_WORD.sub(" ", s).split())


# ---- text from outside: identifiers made comparable, and text made safe to print -------------

# Characters that draw nothing but change what a text means to a computer: control characters
# (Cc), format characters (Cf: zero-width spaces and joiners, bidi overrides, the byte-order mark,
# the soft hyphen), line and paragraph separators, and lone surrogates.
_INVISIBLE = frozenset(("Cc", "Cf", "Zl", "Zp", "Cs"))

# Scripts that are one writing system for our purpose (Japanese mixes kana and kanji by nature).
_SAME_SCRIPT = {"HIRAGANA": "HAN", "KATAKANA": "HAN", "CJK": "HAN", "ARABIC-INDIC": "ARABIC", "EXTENDED": "ARABIC"}


def normalise_identifier(text: str) -> str:
    """An identifier (licence number, site code, national ID...) in the one form it is stored,
    compared and looked up in: NFKC (full-width and compatibility forms become plain letters and
    digits), every control and format character dropped (zero-width spaces, bidi marks, the
    byte-order mark), whitespace characters made plain spaces, and the ends stripped.

    It never refuses anything (see :func:`odd_script` for identifiers that mix scripts); an ASCII
    printable text comes back only stripped."""
    if text.isascii() and text.isprintable():
        return text.strip()
    text = unicodedata.normalize("NFKC", text)
    out = []
    for c in text:
        if c.isspace():
            out.append(" ")
        elif unicodedata.category(c) not in _INVISIBLE:
            out.append(c)
    return "".join(out).strip()


def _script(c: str) -> str | None:
    """The writing system of a letter or digit ("LATIN", "CYRILLIC"...), None for anything every
    script shares (ASCII digits, punctuation, symbols)."""
    if c.isascii():
        return "LATIN" if c.isalpha() else None
    if not (c.isalpha() or c.isdigit()):
        return None
    word = unicodedata.name(c, "").split(" ", 1)[0]
    if not word or word == "MODIFIER":
        return None
    return _SAME_SCRIPT.get(word, word)


def describe_character(c: str) -> str:
    """One character as a person can look it up: "U+0410 CYRILLIC CAPITAL LETTER A"."""
    name = unicodedata.name(c, "")
    return f"U+{ord(c):04X} {name}" if name else f"U+{ord(c):04X}"


def odd_script(text: str) -> str | None:
    """The first character of ``text`` written in another script than most of its letters and
    digits (a Cyrillic "А" in a Latin licence number), or None when ``text`` keeps to one script."""
    if text.isascii():
        return None
    scripts = [(c, _script(c)) for c in text]
    counts: dict[str, int] = {}
    for _, s in scripts:
        if s is not None:
            counts[s] = counts.get(s, 0) + 1
    if len(counts) <= 1:
        return None
    # the most frequent; among equals Latin (the script of every WGAAP country's identifiers),
    # then the first seen (max keeps the first of equal keys; dicts keep order)
    main = max(counts, key=lambda s: (counts[s], s == "LATIN"))
    for c, s in scripts:
        if s is not None and s != main:
            return c
    return None


def _escaped(c: str) -> str:
    # \xNN below 0x80, \uNNNN above (a surrogate pair beyond the BMP): the escapes JSON reads, so a
    # JSON text made visible is still the same JSON
    n = ord(c)
    if n < 0x80:
        return f"\\x{n:02x}"
    if n <= 0xFFFF:
        return f"\\u{n:04x}"
    n -= 0x10000
    return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"


def visible(text: object, keep: str = "") -> str:
    """``text`` safe to print on a terminal or show in a report: every control character, escape
    sequence, bidi override, zero-width or other invisible character written as its escape
    (``\\x1b``, ``\\u202e``), so text from a file or a key file can neither redraw the screen nor
    hide or reorder what is shown. Characters in ``keep`` (say, a line feed) stay as they are.
    The result is the same for a text that was already made visible."""
    s = text if isinstance(text, str) else str(text)
    if s.isprintable():
        return s
    return "".join(_escaped(c) if c not in keep and unicodedata.category(c) in _INVISIBLE else c for c in s)

"""Comparing what people type: names and places written with or without accents, in any case."""

from __future__ import annotations

import difflib
import re
import unicodedata

__all__ = ["fold", "normalise", "similar"]

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

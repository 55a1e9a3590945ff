"""Counts of records in words, singular for one: "1 licence", "2 licences", "1 licence" in French too.

Qt picks the form from ``n`` by each language's rule (``tr(text, "", n)``; pyside6-lupdate makes
numerus messages of ``self.tr`` calls only, so counted texts are asked for with ``self.tr`` in a
class named as their context). The English forms come from the small English catalogue
(``kpfield_en.ts``, plural messages only).
"""

from __future__ import annotations

from kpfield import i18n

from .qt import QObject

__all__ = ["count_text"]


class Counts(QObject):
    """The context "Counts" of the catalogues: records of each kind, counted."""

    def text(self, kind: str, n: int) -> str:
        texts = {
            "person": self.tr("{n} person(s)", "", n),
            "organisation": self.tr("{n} organisation(s)", "", n),
            "licence": self.tr("{n} licence(s)", "", n),
            "site": self.tr("{n} site(s)", "", n),
            "production": self.tr("{n} production record(s)", "", n),
            "sale": self.tr("{n} sale(s) or export(s)", "", n),
            "inspection": self.tr("{n} inspection(s)", "", n),
            "self_assessment": self.tr("{n} self-assessment(s)", "", n),
        }
        return texts.get(kind) or self.tr("{n} record(s)", "", n)


_counts: Counts | None = None


def count_text(kind: str, n: int) -> str:
    """``n`` records of ``kind`` in words, the number grouped as the officer reads it."""
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts.text(kind, n).format(n=i18n.format_number(n, grouping=True))

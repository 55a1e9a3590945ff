"""Names of record kinds, fields and codes in a given language, for the workbooks and reports.

What is stored and exchanged (codes, ISO dates, numbers) is never translated; these are the words
put around it: column headers, sheet titles, the record kind a message speaks of. Each takes
``lang`` (None: the language messages are given in now, :func:`kpfield.i18n.language`).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from kpfield.i18n import LANGUAGES, decimal_separator, language, normalise_language, translate

from . import vocab
from .entities import BOOKKEEPING, ENTITIES, Entity
from .text import normalise

__all__ = [
    "cell_value",
    "check_language",
    "entity_label",
    "entities_label",
    "entity_named",
    "field_name",
    "code_label",
    "significant",
]


def check_language(lang: str | None) -> str:
    """``lang`` as one of kpfield's languages (None: the current one); ValueError for any other."""
    if lang is None:
        return language()
    chosen = normalise_language(lang)
    if chosen is None:
        raise ValueError(
            translate("cli", "kpfield has no language '{lang}'; choose one of {choices}").format(
                lang=lang, choices=", ".join(LANGUAGES)
            )
        )
    return chosen


def entity_label(ent: Entity, lang: str | None = None) -> str:
    """A record kind in the singular (``Licence``), in ``lang`` where the entity offers it."""
    shown = getattr(ent, "shown_label", None)
    return shown(lang or language()) if callable(shown) else ent.label


def entities_label(ent: Entity, lang: str | None = None) -> str:
    """A record kind in the plural, as its sheet is named in ``lang`` (``Personnes``)."""
    return ent.shown_plural(lang or language())


def field_name(ent: Entity, name: str, lang: str | None = None) -> str:
    """A field's label in ``lang`` (``Numéro de licence``); bookkeeping columns (``id``,
    ``modified_at``...) and names that are not the entity's fields keep their code."""
    if name in BOOKKEEPING:
        return name
    try:
        return ent.label_of(name, lang or language())
    except KeyError:
        return name


def code_label(code: str, lang: str | None = None) -> str:
    """The label of a vocabulary code (``artisanal_mining``), in ``lang`` where the vocabulary offers it."""
    return vocab.label(code, lang=lang or language())


def significant(value: float, digits: int = 3, lang: str | None = None) -> str:
    """``value`` to ``digits`` significant digits (a p-value), with the decimal separator of ``lang``."""
    return f"{value:.{digits}g}".replace(".", decimal_separator(lang))


def cell_value(ent: Entity | None, name: str, value: Any) -> Any:
    """A stored value of field ``name`` as a workbook cell holds it, typed: a date field's ISO text
    as a ``datetime.date``, numbers as numbers, anything else as it is (None stays None)."""
    if value is None or ent is None or name not in ent.field_names:
        return value
    if ent.field(name).kind == "date" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


@functools.cache
def _entity_names() -> dict[str, str]:
    """Every folded name of a record kind -> its key: the key (``person``), an English plural made
    with an s (``persons``, ``sales``), and its singular and plural in each language (``Personne``,
    ``Permisos``); a name two kinds share is left out."""
    names: dict[str, set[str]] = {}
    for ent in ENTITIES.values():
        own = {ent.key, ent.table, ent.key + "s", ent.key.replace("_", " ") + "s"}
        for lang in LANGUAGES:
            own |= {ent.shown_label(lang), ent.shown_plural(lang)}
        for name in own:
            names.setdefault(normalise(name), set()).add(ent.key)
    names.setdefault("people", set()).add("person")
    return {name: next(iter(keys)) for name, keys in names.items() if len(keys) == 1 and name}


def entity_named(text: str) -> Entity | None:
    """The record kind a person names by ``text`` in any of kpfield's languages, singular or
    plural, any case, with or without accents (``licences``, ``Permis``, ``site``, ``ventes``);
    None when it names none."""
    key = _entity_names().get(normalise(text))
    return ENTITIES[key] if key else None

"""The catalogues of the officer's languages: every finished translation keeps its source's placeholders,
and the contexts of the core (labels, vocabulary, validation, the matrix) are fully translated."""

import re
from collections import Counter

import pytest
from defusedxml import ElementTree

from kpfield import i18n

OTHER_LANGUAGES = [lang for lang in i18n.LANGUAGES if lang != i18n.DEFAULT]
# {name}, {name!r}, {name:.2f}, {} (literal {{ and }} are not placeholders), and Qt's %1 and %n
_BRACES = re.compile(r"\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}")
_PERCENT = re.compile(r"%(\d+|n)")
CORE_CONTEXTS = ("entity.", "vocab", "places", "validation", "dates", "coords", "matrix")


def placeholders(text: str) -> Counter[str]:
    found = Counter(f"{{{m.group(1)}}}" for m in _BRACES.finditer(text) if m.group(0) not in ("{{", "}}"))
    found.update(f"%{m.group(1)}" for m in _PERCENT.finditer(text))
    return found


def messages(lang: str):
    """(context, source, translation element) of every message of the catalogue of ``lang``."""
    root = ElementTree.parse(str(i18n.catalogue_path(lang))).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source") or "", msg.find("translation")


def finished(tr) -> bool:
    return tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and bool(texts(tr))


def texts(tr) -> list[str]:
    """A translation's text, or each of a counted message's forms ("1 licence", "2 licences")."""
    forms = [f.text or "" for f in tr.iter("numerusform")]
    if forms:
        return forms if all(f.strip() for f in forms) else []
    return [tr.text] if tr.text else []


def test_placeholders_are_found():
    assert placeholders("{label}: {problem!r} {n:,} {{literal}} %1 %n") == Counter(
        ["{label}", "{problem}", "{n}", "%1", "%n"]
    )


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_finished_translation_keeps_the_placeholders_of_its_source(lang):
    wrong = [
        (ctx, source, text)
        for ctx, source, tr in messages(lang)
        if finished(tr)
        for text in texts(tr)
        if placeholders(source) != placeholders(text)
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_finished_translation_fills_in_as_its_source_does(lang):
    """A translation that str.format cannot fill with the source's placeholders would crash the message."""
    for ctx, source, tr in messages(lang):
        if not finished(tr) or not placeholders(source) or "%" in "".join(placeholders(source)):
            continue
        values = {name.strip("{}"): "x" for name in placeholders(source)}
        if "" in values:
            continue  # positional {} placeholders are filled by position, not checked here
        for text in texts(tr):
            assert text.format(**values), (ctx, source)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_the_core_contexts_are_fully_translated(lang):
    missing = [
        (ctx, source) for ctx, source, tr in messages(lang) if ctx.startswith(CORE_CONTEXTS) and not finished(tr)
    ]
    assert missing == []


def test_the_catalogues_hold_the_same_messages():
    keys = {lang: sorted((ctx, source) for ctx, source, _ in messages(lang)) for lang in OTHER_LANGUAGES}
    first = keys[OTHER_LANGUAGES[0]]
    assert first and all(k == first for k in keys.values())

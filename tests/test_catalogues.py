"""Every string the code shows has a finished translation in French, Portuguese and Spanish.

pyside6-lupdate reads the package exactly as ``make translations`` does, into a scratch catalogue;
each shipped catalogue must hold every message it found, translated and not marked unfinished.
A new string in the code therefore fails here until someone translates it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

from kpfield import i18n

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fr", "pt", "es")


def _lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate (PySide6) is missing: it comes with the test requirements"
    return found


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type, translation text) for every message of a catalogue."""
    out = {}
    for ctx in ElementTree.parse(str(ts)).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source") or "")] = (
                tr.get("type") if tr is not None else "missing",
                (tr.text or "") if tr is not None else "",
            )
    return out


@pytest.fixture(scope="module")
def in_code(tmp_path_factory) -> set[tuple[str, str]]:
    scratch = tmp_path_factory.mktemp("lupdate") / "scratch_fr.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kpfield").rglob("*.py"))
    subprocess.run(
        [_lupdate(), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(scratch)],
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    found = set(_messages(scratch))
    assert len(found) > 300, f"lupdate found only {len(found)} messages in the code"
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_in_the_code_is_translated(in_code, lang):
    shipped = _messages(i18n.catalogue_path(lang))
    missing = sorted(m for m in in_code if m not in shipped)
    unfinished = sorted(m for m in in_code if m in shipped and (shipped[m][0] is not None or not shipped[m][1]))
    assert not missing, f"kpfield_{lang}.ts lacks {len(missing)} messages (run make translations): {missing[:15]}"
    assert not unfinished, f"kpfield_{lang}.ts has {len(unfinished)} unfinished messages: {unfinished[:15]}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_catalogue_keeps_messages_the_code_no_longer_has(in_code, lang):
    stale = sorted(m for m in _messages(i18n.catalogue_path(lang)) if m not in in_code)
    assert not stale, f"kpfield_{lang}.ts holds {len(stale)} messages gone from the code: {stale[:15]}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_compiled_catalogue_is_built_from_the_source(lang):
    ts, qm = i18n.catalogue_path(lang), i18n.catalogue_path(lang, ".qm")
    assert qm.exists(), f"{qm.name} is missing: make builds it from {ts.name}"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}: run make"


def test_no_literal_message_hides_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a translate("ctx", "text") written there never
    reaches the catalogues, and the completeness test above cannot notice it."""
    import ast

    hidden = []
    for path in sorted((ROOT / "kpfield").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for sub in ast.walk(node):
                if (
                    isinstance(sub, ast.Call)
                    and getattr(sub.func, "id", getattr(sub.func, "attr", None)) in ("translate", "QT_TRANSLATE_NOOP")
                    and len(sub.args) >= 2
                    and isinstance(sub.args[1], ast.Constant)
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{sub.lineno}")
    assert not hidden, f"translate() with a literal text inside an f-string: {hidden}"

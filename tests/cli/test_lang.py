"""The command line's language: --lang, KPFIELD_LANG, the saved choice; JSON the same in every language."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kpfield import i18n
from kpfield.cli.main import build_parser, language_of, main
from kpfield.store import Inventory

FRENCH = {
    ("cli", "{n} open conflict(s)"): "{n} conflit(s) ouvert(s)",
    ("cli", "{n} probable duplicate(s)"): "{n} doublon(s) probable(s)",
    ("merge", "same national ID {id}"): "même numéro d'identité nationale {id}",
    ("cli", "Backed up to {path}"): "Sauvegardé dans {path}",
}


@pytest.fixture
def with_questions(tmp_path: Path) -> Path:
    """An inventory holding one open conflict and one probable duplicate, as an import leaves them."""
    db = tmp_path / "c.kpfield"
    with Inventory.create(db, country="SL", officer="Coordinator") as inv:
        a = inv.add("person", {"family_name": "Kamara", "country": "SL", "national_id": "0071"}).id
        b = inv.add("person", {"family_name": "Camara", "country": "SL", "village": "Koidu"}).id
        src = inv.add_source("workbook", file_name="officer 7.xlsx", sha256="ab" * 32)
        inv.conn.execute(
            "INSERT INTO conflict (table_name, record_id, field, base, ours, theirs, peer, source_id, at) "
            "VALUES ('person', ?, 'village', '\"Tombodu\"', '\"Koidu\"', '\"Yengema\"', 'peer', ?, "
            "'2026-11-01T10:00:00Z')",
            (a, src),
        )
        inv.conn.execute(
            "INSERT INTO duplicate_candidate (table_name, a_id, b_id, reason, source_id, at) "
            "VALUES ('person', ?, ?, 'same national ID 0071', ?, '2026-11-01T10:00:00Z')",
            (*sorted((a, b)), src),
        )
        inv.conn.commit()
    return db


def _run(*args: str) -> str:
    out = io.StringIO()
    assert main(list(args), out=out) == 0
    return out.getvalue()


def test_conflicts_json_is_the_same_in_every_language(with_questions: Path):
    i18n.install_catalogue("fr", FRENCH)
    outputs = {
        lang: _run("conflicts", "--db", str(with_questions), "--json", "--lang", lang) for lang in i18n.LANGUAGES
    }
    assert len(set(outputs.values())) == 1
    data = json.loads(outputs["fr"])
    assert data["duplicates"][0]["reason"] == "same national ID 0071"
    assert data["conflicts"][0]["field"] == "village"
    # the listing a person reads does change
    text = _run("conflicts", "--db", str(with_questions), "--lang", "fr")
    assert "1 conflit(s) ouvert(s)" in text and "même numéro d'identité nationale 0071" in text
    assert "1 open conflict(s)" in _run("conflicts", "--db", str(with_questions))


def test_the_language_comes_from_the_command_then_the_global_option_then_the_preference(
    monkeypatch: pytest.MonkeyPatch,
):
    parser = build_parser()

    def lang(*argv: str) -> str:
        return language_of(parser.parse_known_args(list(argv))[0])

    monkeypatch.setenv("KPFIELD_LANG", "pt")
    assert lang("conflicts", "--db", "x") == "pt"
    assert lang("--lang", "es", "conflicts", "--db", "x") == "es"
    assert lang("--lang", "es", "conflicts", "--db", "x", "--lang", "fr") == "fr"
    assert lang("--lang", "es", "stats", "--db", "x") == "es"
    monkeypatch.delenv("KPFIELD_LANG")
    i18n.save_language("fr")  # the choice made in the window (the data folder is a test folder)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert lang("stats", "--db", "x") == "fr"


def test_every_command_speaks_the_global_language(tmp_path: Path, with_questions: Path):
    i18n.install_catalogue("fr", FRENCH)
    text = _run("--lang", "fr", "backup", "--db", str(with_questions), "-o", str(tmp_path / "b"))
    assert text.startswith("Sauvegardé dans ")
    assert i18n.language() == "en"

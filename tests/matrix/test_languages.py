"""The challenge matrix in the officer's language: the file's texts, the indicators, statuses and reports."""

import tomllib

import pytest

from kpfield import i18n
from kpfield.matrix import MatrixError, Period, Scope, evaluate, load_matrix
from kpfield.matrix.definition import STATUS_LABELS, Thresholds, default_matrix_path, status_label
from kpfield.matrix.evaluate import format_table
from kpfield.matrix.footprint import footprint_report, footprint_svg
from kpfield.matrix.indicators import INDICATORS, UNIT_LABELS, unit_label

from .conftest import TODAY

H1 = Period.parse("2026H1")


@pytest.fixture
def french():
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_every_row_of_the_shipped_matrix_speaks_the_four_languages():
    data = tomllib.loads(default_matrix_path().read_text(encoding="utf-8"))
    for row in data["row"]:
        for key in ("title", "description", "basis"):
            assert set(row[key]) == set(i18n.LANGUAGES), (row["id"], key)
            assert all(text.strip() for text in row[key].values()), (row["id"], key)
    for grade, meanings in data["grades"].items():
        assert set(meanings) == set(i18n.LANGUAGES), grade


def test_row_texts_follow_the_current_language_with_english_beside(french):
    m = load_matrix()
    row = m.row("production_recording")
    assert row.title() == "Enregistrement de la production sur les chantiers"
    assert row.description.startswith("Chaque chantier tient un cahier de production")
    assert row.basis.startswith("Document de base du SCPK")
    assert row.title("en") == "Production recording at site level"
    assert row.description_in("es").startswith("Cada sitio lleva un registro de producción")
    assert row.basis_in("pt").startswith("Documento base do SCPK")
    assert m.grade_meaning("A").startswith("En place et efficace")
    assert m.title().startswith("Matrice WGAAP")


def test_a_coordinators_copy_with_single_english_texts_still_loads(tmp_path, french):
    text = default_matrix_path().read_text(encoding="utf-8")
    lines = [
        line
        for line in text.splitlines()
        if not line.startswith(("description.fr", "description.pt", "description.es", "basis.pt"))
    ]
    text = "\n".join(lines).replace("description.en =", "description =").replace('title.es = "Estadísticas"\n', "")
    path = tmp_path / "older.toml"
    path.write_text(text, encoding="utf-8")
    row = load_matrix(path).row("statistics")
    assert row.description == "Half-year production totals are complete (every active site reports) and on time."
    assert row.basis.startswith("Document de base du SCPK")  # the French basis kept
    assert row.basis_in("pt").startswith("KP core document")  # English where a language is missing
    assert row.title("es") == "Statistics"


def test_a_text_table_needs_its_english_and_known_languages(tmp_path):
    text = default_matrix_path().read_text(encoding="utf-8")
    path = tmp_path / "broken.toml"
    path.write_text(text.replace("description.en =", "description.xx =", 1), encoding="utf-8")
    with pytest.raises(MatrixError) as e:
        load_matrix(path)
    assert e.value.key == "description.en" and "English" in str(e.value)
    path.write_text(text.replace("basis.es =", "basis.de =", 1), encoding="utf-8")
    with pytest.raises(MatrixError) as e:
        load_matrix(path)
    assert e.value.key == "basis.de" and "unknown language" in str(e.value)


def test_matrix_file_errors_speak_french(tmp_path, french):
    with pytest.raises(MatrixError, match="le fichier de la matrice n'existe pas"):
        load_matrix(tmp_path / "nulle-part.toml")
    text = default_matrix_path().read_text(encoding="utf-8").replace("partly_met = 0.6\n", "partly_met = 0,6\n", 1)
    path = tmp_path / "matrice.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MatrixError, match=r"matrice\.toml, ligne \d+, clé 'partly_met' : TOML non valide"):
        load_matrix(path)


def test_indicators_statuses_and_units_have_finished_translations():
    for lang in ("fr", "pt", "es"):
        cat = i18n.catalogue(lang)
        for ind in INDICATORS.values():
            assert ("matrix", ind.name) in cat and ("matrix", ind.how) in cat, (lang, ind.id)
            assert ind.title(lang) != ind.name and ind.how_in(lang) != ind.how
        for text in (*STATUS_LABELS.values(), *UNIT_LABELS.values()):
            assert ("matrix", text) in cat, (lang, text)
    ind = INDICATORS["exports_without_certificate"]
    assert ind.title("fr") == "Part des exportations sans numéro de certificat PK"
    assert ind.title("en") == "Share of exports without a KP certificate number"
    assert unit_label("per officer", "es") == "por inspector"


def test_status_words_and_thresholds_in_each_language(french):
    assert status_label("partly_met") == "partiellement atteint"
    assert status_label(None) == "auto-évaluation seule"
    assert status_label("challenge", "en") == "challenge"
    assert status_label("no_data", "pt") == "sem dados"
    assert Thresholds("lower", 0.0, 0.05).describe() == "atteint si ≤ 0, partiellement atteint si ≤ 0,05"
    assert Thresholds("higher", 0.9, 0.6).describe("en") == "met >= 0.9, partly met >= 0.6"
    assert Thresholds("higher", 0.9, 0.8).describe("en", "share") == "met >= 90%, partly met >= 80%"
    assert Thresholds("higher", 0.9, 0.8).describe("fr", "share") == (
        "atteint si ≥ 90\u00a0%, partiellement atteint si ≥ 80\u00a0%"
    )
    near = Thresholds("near", 0.05, 0.15, target=1.0)
    assert near.describe("es") == "cumplido a menos de 0,05 de 1, parcialmente cumplido a menos de 0,15"


def test_evaluate_stays_english_unless_asked(hand, french):
    m = load_matrix()
    ev = evaluate(hand.inv, m, [Scope("country", "SL")], H1, today=TODAY)
    assert ev.lang == "en"
    row = ev.scopes[0].row("digger_licensing")
    assert row.title == "Licensing and registration of diggers"
    assert row.indicators[0].thresholds == "met <= 0%, partly met <= 5%"  # a share, as its value is shown
    table = format_table(ev)
    assert table.startswith("Challenge matrix, period 2026H1")
    assert "Licensing and registration of diggers: CHALLENGE" not in table  # the status word, not the cell
    assert "Licensing and registration of diggers: challenge" in table


def test_evaluate_in_french_gives_a_french_report(hand):
    m = load_matrix()
    ev = evaluate(hand.inv, m, [Scope("country", "SL")], H1, today=TODAY, lang="fr")
    assert ev.lang == "fr" and ev.as_json()["lang"] == "fr"
    row = ev.scopes[0].row("digger_licensing")
    assert row.title == "Octroi de permis et enregistrement des creuseurs"
    assert row.indicators[0].title.startswith("Part de la production (carats) des chantiers sans permis")
    assert row.indicators[0].thresholds == "atteint si ≤ 0\u00a0%, partiellement atteint si ≤ 5\u00a0%"
    table = format_table(ev)
    assert table.startswith("Matrice des défis, période 2026H1")
    assert "Octroi de permis et enregistrement des creuseurs : défi" in table
    assert "enregistrement(s) signalé(s) (production)" in table
    assert "%" in table and "\u00a0%" in table  # 66,7 % as French writes it


def test_footprint_chart_words_follow_the_language(hand, french):
    report = footprint_report(hand.inv, Scope("country", "SL"), H1)
    svg = footprint_svg(report)
    assert "Empreinte (part des pierres par classe de taille) : SL, 2026H1" in svg
    assert "plein : SL, 2026H1" in svg
    assert "Footprint" not in svg

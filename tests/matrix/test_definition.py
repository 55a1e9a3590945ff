"""The matrix file: the shipped one loads and is documented; broken ones are refused with line and key."""

from pathlib import Path

import pytest

from kpfield.matrix import MatrixError, load_matrix
from kpfield.matrix.definition import Thresholds, default_matrix_path
from kpfield.matrix.indicators import INDICATORS

README = Path(__file__).parent.parent.parent / "README.md"


def test_the_shipped_matrix_loads_with_every_indicator_and_grade():
    m = load_matrix()
    assert m.path == default_matrix_path() and m.path.is_file()
    used = {spec.id for row in m.rows for spec in row.indicators}
    assert used == set(INDICATORS)
    assert set(m.grades) == {"A", "B", "C", "D"}
    for row in m.rows:
        assert row.title("en") and row.title("fr") and row.basis and row.description
    assert m.row("legal_framework").indicators == ()
    assert "Cadre juridique" in m.row("legal_framework").title("fr")


def test_every_indicator_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for key in INDICATORS:
        assert f"`{key}`" in readme, key


@pytest.mark.parametrize(
    ("better", "value", "expected"),
    [
        ("lower", 0.0, "met"),
        ("lower", 0.05, "partly_met"),
        ("lower", 0.051, "challenge"),
        ("higher", 0.95, "met"),
        ("higher", 0.6, "partly_met"),
        ("higher", 0.59, "challenge"),
    ],
)
def test_thresholds(better, value, expected):
    t = Thresholds(better, 0.0, 0.05) if better == "lower" else Thresholds(better, 0.9, 0.6)
    assert t.status(value, 10) == expected


def test_near_thresholds_and_no_data():
    t = Thresholds("near", 0.05, 0.15, target=1.0)
    assert [t.status(v, 1) for v in (1.04, 0.9, 1.2)] == ["met", "partly_met", "challenge"]
    assert t.status(None, 0) == "no_data"
    assert t.status(0.5, 0) == "no_data"
    assert Thresholds("lower", 0, 1, min_denominator=10).status(0.0, 9) == "no_data"


def shipped_text():
    return default_matrix_path().read_text(encoding="utf-8")


def write(tmp_path, text):
    path = tmp_path / "my-matrix.toml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text, needle, after=0):
    lines = text.splitlines()
    return next(i + 1 for i in range(after, len(lines)) if needle in lines[i])


def test_a_toml_syntax_error_names_its_line(tmp_path):
    text = shipped_text().replace("partly_met = 0.6\n", "partly_met = 0,6\n", 1)
    with pytest.raises(MatrixError) as e:
        load_matrix(write(tmp_path, text))
    assert e.value.line == line_of(text, "partly_met = 0,6")
    assert "my-matrix.toml, line" in str(e.value) and "partly_met" in str(e.value)


def test_an_unknown_indicator_names_its_line_and_key(tmp_path):
    text = shipped_text().replace('id = "late_production_records"', 'id = "late_records"')
    with pytest.raises(MatrixError) as e:
        load_matrix(write(tmp_path, text))
    assert (e.value.line, e.value.key) == (line_of(text, 'id = "late_records"'), "id")
    assert "late_records" in str(e.value) and "late_production_records" in str(e.value)


def test_inconsistent_thresholds_name_their_line(tmp_path):
    text = shipped_text()
    start = line_of(text, 'id = "active_sites_with_gps"')
    lines = text.splitlines()
    target = line_of(text, "partly_met = 0.9", start - 1)
    lines[target - 1] = "  partly_met = 0.99"
    with pytest.raises(MatrixError) as e:
        load_matrix(write(tmp_path, "\n".join(lines)))
    assert (e.value.line, e.value.key) == (target, "partly_met")
    assert "higher is better" in str(e.value)


def test_missing_french_title_and_bad_params_are_refused(tmp_path):
    text = shipped_text().replace('title.fr = "Statistiques"\n', "")
    with pytest.raises(MatrixError, match="French"):
        load_matrix(write(tmp_path, text))
    text = shipped_text().replace("params = { days = 90 }", "params = { weeks = 12 }")
    with pytest.raises(MatrixError) as e:
        load_matrix(write(tmp_path, text))
    assert e.value.line == line_of(text, "weeks = 12") and "weeks" in str(e.value)
    text = shipped_text().replace("params = { days = 90 }", 'params = { days = "ninety" }')
    with pytest.raises(MatrixError, match="days"):
        load_matrix(write(tmp_path, text))


def test_a_missing_or_empty_file(tmp_path):
    with pytest.raises(MatrixError, match="does not exist"):
        load_matrix(tmp_path / "nowhere.toml")
    with pytest.raises(MatrixError, match="no rows|grades"):
        load_matrix(write(tmp_path, ""))


def test_a_coordinators_own_matrix_is_used(tmp_path):
    text = shipped_text().replace("met = 0.98\n  partly_met = 0.9", "met = 0.5\n  partly_met = 0.4")
    m = load_matrix(write(tmp_path, text))
    gps = next(s for r in m.rows for s in r.indicators if s.id == "active_sites_with_gps")
    assert (gps.thresholds.met, gps.thresholds.partly_met) == (0.5, 0.4)

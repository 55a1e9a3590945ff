"""kpfield finds its shipped resources from the source tree, an installed wheel or an override."""

import tomllib
from pathlib import Path

from kpfield.resources import resource_path, resources_dir

ROOT = Path(__file__).parent.parent.parent


def test_the_source_tree_resources_are_found():
    assert resources_dir() == ROOT / "resources"
    assert resource_path("matrix", "wgaap.toml").is_file()


def test_every_resource_file_is_installed_with_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # an entry may be a glob (setuptools expands it from the project's folder): the guide's pages
    installed = {
        (Path(folder) / match.name).as_posix()
        for folder, files in config["tool"]["setuptools"]["data-files"].items()
        for f in files
        for match in (ROOT.glob(f) if "*" in f else [Path(f)])
    }
    shipped = {
        ("share/kpfield" / p.relative_to(ROOT / "resources")).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".qm"  # built from the .ts by make, not kept in the source
    }
    assert shipped <= installed


def test_an_override_wins(tmp_path, monkeypatch):
    (tmp_path / "matrix").mkdir()
    monkeypatch.setenv("KPFIELD_RESOURCES", str(tmp_path))
    assert resource_path("matrix", "wgaap.toml") == tmp_path / "matrix" / "wgaap.toml"

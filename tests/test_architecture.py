"""The core runs without Qt: only kpfield/ui may import it, through kpfield/ui/qt.py (CRAFT.md, habits 1-2);
and the layers drawn in pyproject.toml hold (import-linter)."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "kpfield"


def qt_importers(paths):
    """The files among ``paths`` that import PySide6 or shiboken6."""
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                found.append(str(path.relative_to(PACKAGE)))
                break
    return found


def test_no_module_outside_ui_imports_qt():
    assert qt_importers(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "ui") == []


def test_ui_modules_take_qt_from_the_qt_module():
    """Inside kpfield/ui, Qt is imported in one place only: kpfield/ui/qt.py (CRAFT.md, habit 2)."""
    assert qt_importers((PACKAGE / "ui").rglob("*.py")) == ["ui/qt.py"]


def test_the_command_line_loads_no_qt():
    code = (
        "import sys, kpfield.cli, kpfield.demo, kpfield.store.verify; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_layers_hold():
    """import-linter's contracts in pyproject.toml: each layer imports only those below it, Qt only
    in kpfield.ui, no import circle. ``make check`` runs the tool too; this says which contract broke
    in the test report."""
    scripts = Path(sys.executable).parent
    tool = shutil.which("lint-imports", path=str(scripts)) or shutil.which("lint-imports")
    if tool is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]' brings it)")
    # this tree's kpfield, whatever else is installed
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    run = subprocess.run([tool, "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr

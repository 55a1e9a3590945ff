"""Inside kpfield/ui, Qt is imported in one place only: kpfield/ui/qt.py (CRAFT.md, habit 2)."""

import ast
from pathlib import Path

UI = Path(__file__).parent.parent.parent / "kpfield" / "ui"


def test_ui_modules_take_qt_from_the_qt_module():
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name == "qt.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(path.name)
    assert offenders == []

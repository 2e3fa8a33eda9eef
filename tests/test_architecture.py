"""The dependency direction: ``training`` never imports Qt, pyqtgraph or ``explorer``."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "superqt", "shiboken6", "explorer")


def test_importing_training_loads_no_gui_module():
    code = (
        "import sys, training, training.cli, training.density, training.data;"
        "training.load(training.discover('trained')[0][0]);"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_gui_import_statement_in_training_sources():
    offenders = []
    for path in (ROOT / "training").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n.split(".")[0] in FORBIDDEN]
    assert not offenders


def test_state_package_has_no_widgets():
    for path in (ROOT / "explorer" / "state").rglob("*.py"):
        text = path.read_text()
        assert "QtWidgets" not in text and "pyqtgraph" not in text, path

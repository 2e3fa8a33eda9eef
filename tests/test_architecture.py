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


def test_import_contracts_hold():
    """The contracts in pyproject.toml ([tool.importlinter]): training never imports the app
    or Qt; state never imports widgets, services or views; services never import views."""
    exe = pathlib.Path(sys.executable).parent / "lint-imports"
    r = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "0 broken" in r.stdout, r.stdout[-3000:]


def test_no_import_cycles_anywhere():
    """No module of training/ or explorer/ reaches itself through imports (function-level
    imports included): circles make start-up order fragile and packages inseparable."""
    import grimp

    graph = grimp.build_graph("training", "explorer", cache_dir=None)
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & set(modules))
             for m in modules}
    # Tarjan's strongly connected components, iteratively
    index, low, on_stack, stack, cycles, counter = {}, {}, set(), [], [], [0]
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter[0]
                counter[0] += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            for j in range(i, len(edges[node])):
                nxt = edges[node][j]
                if nxt not in index:
                    work.append((node, j + 1))
                    work.append((nxt, 0))
                    recurse = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if recurse:
                continue
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    cycles.append(sorted(comp))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    assert not cycles, cycles


def test_listing_the_density_families_does_not_import_torch():
    """The app builds its family box before first paint; a family whose model needs torch
    declares it as "module:Class" (training/density/family.py) so the start stays fast."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from training.density.registry import families\n"
            "for f in families(): f.complete(); f.defaults(app=True); f.model_name\n"
            "heavy = sorted(m for m in ('torch', 'scipy.spatial', 'scipy.special', 'sklearn')"
            " if m in sys.modules)\n"
            "print(','.join(heavy))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout.strip()
    assert out == "", f"listing the families imported {out}"

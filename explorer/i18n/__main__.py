"""Refresh the translation catalogues (run from the repository root).

    python -m explorer.i18n update     training strings module, then pyside6-lupdate into
                                       every .ts (new strings arrive "unfinished")
    python -m explorer.i18n release    pyside6-lrelease every .ts into its .qm
    python -m explorer.i18n status     per language: finished / unfinished messages

``update`` keeps no source locations in the .ts files (``-locations none``), so moving code
does not touch them and merges stay clean.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

from explorer.i18n import I18N_DIR, LANGUAGES

ROOT = I18N_DIR.parent.parent


def tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6 (beside the interpreter, else on PATH)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it ships with PySide6 (pip install pyside6-essentials)")
    return found


def ts_files() -> list[Path]:
    return [I18N_DIR / f"latent_explorer_{code}.ts" for code in LANGUAGES if code != "en"]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "explorer").rglob("*.py"))


def update() -> None:
    from explorer.i18n import catalog

    catalog.main()
    for ts in ts_files():
        code = ts.stem.split("_", 2)[2]
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-locations", "none",
                        "-no-obsolete", "-source-language", "en", "-target-language", code,
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def release(out_dir: Path | None = None) -> list[Path]:
    out = []
    for ts in ts_files():
        qm = (out_dir or I18N_DIR) / (ts.stem + ".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def status() -> None:
    for ts in ts_files():
        text = ts.read_text(encoding="utf-8")
        total = text.count("<message")
        unfinished = len(re.findall(r'type="unfinished"', text))
        print(f"{ts.name}: {total - unfinished}/{total} translated")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m explorer.i18n", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=("update", "release", "status"))
    args = p.parse_args(argv)
    {"update": update, "release": release, "status": status}[args.command]()


if __name__ == "__main__":
    main()

"""Build the translations: pyside6-lupdate collects the tr() strings of app/ into the Qt Linguist source
app/resources/i18n/weiquan_en.ts (keeping every translation already there), pyside6-lrelease compiles it
into weiquan_en.qm, which the application loads for English. The .qm files are build output.

    python scripts/build_translations.py            update the .ts from the code, then compile
    python scripts/build_translations.py --compile  compile only (leave the .ts as it is)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app"
I18N = ROOT / "app" / "resources" / "i18n"
TARGETS = {"en": I18N / "weiquan_en.ts"}


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python (beside it in a virtual environment, in its
    Scripts folder in a plain Windows installation), else from PATH."""
    here = os.pathsep.join([str(Path(sys.executable).parent), sysconfig.get_path("scripts")])
    found = shutil.which(name, path=here) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/setup.sh)")
    return found


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts: Path, lang: str) -> None:
    """Merge the strings of the code into the .ts; existing translations stay, positions are not stored."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("pyside6-lupdate"),
        *python_sources(),
        "-locations",
        "none",
        "-source-language",
        "zh_CN",
        "-target-language",
        lang,
        "-ts",
        str(ts.relative_to(ROOT)),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def compile_ts(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args(argv)
    for lang, ts in TARGETS.items():
        if not args.compile:
            update(ts, lang)
        if ts.exists():
            print(f"translations: {compile_ts(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

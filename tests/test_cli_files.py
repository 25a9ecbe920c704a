"""Files the command line writes: a backup never replaces the live database or an existing file, an
export never goes into a folder or a missing folder; each refusal is one line and exit 1."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import main
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from tests.support.builders import wechat_draft


@pytest.fixture
def live(tmp_path):
    path = tmp_path / "office.db"
    db = open_database(f"sqlite:///{path}")
    register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    return path


def _refused(capsys, argv, match):
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert match in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def _cases(path) -> int:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
    finally:
        db.dispose()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_backup_out_naming_the_live_database_is_refused_and_the_database_kept(live, capsys, suffix):
    _refused(capsys, ["--db", f"sqlite:///{live}", "backup", "--out", f"{live}{suffix}"], "数据库文件")
    assert _cases(live) == 1


def test_backup_out_naming_an_existing_file_is_refused_and_the_file_kept(live, tmp_path, capsys):
    existing = tmp_path / "yesterday.zip"
    existing.write_bytes(b"yesterday's backup")
    _refused(capsys, ["--db", f"sqlite:///{live}", "backup", "--out", str(existing)], "文件已存在")
    assert existing.read_bytes() == b"yesterday's backup"


def test_backup_into_a_missing_folder_is_one_line(live, tmp_path, capsys):
    _refused(capsys, ["--db", f"sqlite:///{live}", "backup", "--out", str(tmp_path / "no" / "b.zip")], "文件夹不存在")
    assert not (tmp_path / "no").exists()


def test_export_to_a_folder_is_one_line(live, tmp_path, capsys):
    folder = tmp_path / "report.xlsx"
    folder.mkdir()
    _refused(capsys, ["--db", f"sqlite:///{live}", "export", "--month", "2026-10", "--out", str(folder)], "文件夹")
    assert list(folder.iterdir()) == []

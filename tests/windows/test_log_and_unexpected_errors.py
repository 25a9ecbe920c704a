"""Point 8 of the Windows report: the windowed weiquan.exe had no log and no excepthook (errors in
slots vanished), and a command run through it crashed on ``sys.stderr`` being None. Now: a rotating log
in the data folder without personal data, a plain message for an unexpected error with its details in
the log, and commands that run with no console at all."""

from __future__ import annotations

import logging
import sys
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app import cli
from app.services import logbook
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from app.views import crash_report
from tests.support.builders import wechat_draft

SECRET = "张三 13812345678"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """The user data folder of a fresh PC, and a log that is closed again after the test."""
    folder = tmp_path / "LocalAppData" / "WeiquanDesk"
    monkeypatch.setattr(cli, "default_data_dir", lambda: folder)
    yield folder
    for handler in list(logbook.log.handlers):
        handler.close()
        logbook.log.removeHandler(handler)


def _log_text(data_dir) -> str:
    for handler in logbook.log.handlers:
        handler.flush()
    return (data_dir / "logs" / "weiquan.log").read_text(encoding="utf-8")


def test_a_command_writes_the_log_in_the_data_folder(data_dir, tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'office.db'}"
    assert cli.run(["--db", db_url, "case", "list"]) == 0
    text = _log_text(data_dir)
    assert "start case" in text and "office.db" not in text


def test_an_unexpected_error_is_one_plain_line_and_its_details_are_logged_without_personal_data(
    data_dir, monkeypatch, capsys
):
    def broken(_args):
        raise ValueError(f"客户 {SECRET} 的数据无法处理")

    monkeypatch.setattr(cli, "main", lambda argv: broken(argv))
    assert cli.run(["case", "list"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "意外错误" in err
    assert str(data_dir / "logs" / "weiquan.log") in err
    text = _log_text(data_dir)
    assert "builtins.ValueError" in text and "in broken" in text
    assert "张三" not in text and "13812345678" not in text


def test_the_log_rotates_and_keeps_three_old_files(data_dir):
    path = logbook.start(data_dir / "logs", "gui")
    assert path is not None
    for _ in range(4 * logbook.MAX_BYTES // 100 + 10):
        logbook.log.info("x" * 100)
    names = sorted(p.name for p in (data_dir / "logs").iterdir())
    assert names == ["weiquan.log", "weiquan.log.1", "weiquan.log.2", "weiquan.log.3"]


def test_a_command_runs_through_the_windowed_program_that_has_no_console(data_dir, tmp_path, monkeypatch):
    """weiquan.exe started from a shortcut or a scheduled task: sys.stdout and sys.stderr are None."""
    db_url = f"sqlite:///{tmp_path / 'office.db'}"
    db = open_database(db_url)
    register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    backup = tmp_path / "夜间备份.zip"
    try:
        assert cli.run(["--db", db_url, "backup", "--out", str(backup)]) == 0
        assert backup.is_file()
        assert cli.run(["--db", db_url, "backup", "--out", str(backup)]) == 1, "refused: the file exists"
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()
    assert "文件已存在" in _log_text(data_dir), "the refusal went to the log"


def test_an_error_in_a_slot_shows_a_plain_message_and_logs_the_details(qtbot, data_dir, monkeypatch):
    logbook.start(data_dir / "logs", "gui")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_report.install_excepthook()
    try:
        raise KeyError(SECRET)
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "意外错误" in shown[0] and str(data_dir / "logs") in shown[0]
    assert SECRET not in shown[0]
    text = _log_text(data_dir)
    assert "builtins.KeyError" in text and SECRET not in text
    assert logging.getLogger("weiquan").propagate is False

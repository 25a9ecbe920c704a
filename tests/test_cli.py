"""The command line as administrators script it: exit codes, JSON, and clear messages."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from tests.support.builders import wechat_draft

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_case_show_prints_the_documented_json(url, capsys):
    db = open_database(url)
    no = register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    assert main(["--db", url, "case", "show", no, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["case_no"] == no and doc["state"] == "registered" and doc["state_label"] == "已登记"
    assert doc["amounts"]["claimed"] == "399.00"
    assert doc["merchant"]["kind"] == "未登记个人" and isinstance(doc["merchant"]["id"], int)
    assert {"kind", "due", "working_days_left", "overdue", "calendar_confirmed"} <= set(doc["deadlines"][0])
    assert doc["history"][0]["to"] == "registered" and doc["history"][0]["at"].endswith("+08:00")


def test_case_list_filters_by_state_and_prints_json(url, capsys):
    db = open_database(url)
    for _ in range(2):
        register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    assert main(["--db", url, "case", "list", "--state", "registered", "--json"]) == 0
    assert [r["state"] for r in json.loads(capsys.readouterr().out)] == ["registered", "registered"]
    assert main(["--db", url, "case", "list", "--state", "closed"]) == 0
    assert capsys.readouterr().out == ""


def test_unknown_case_is_exit_1_with_one_line(url, capsys):
    assert main(["--db", url, "case", "show", "WQ2026-999999"]) == 1
    err = capsys.readouterr().err
    assert "WQ2026-999999" in err and "Traceback" not in err


def test_bad_role_is_a_usage_error(url):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", url, "user", "add", "x", "--name", "X", "--role", "king"])
    assert exit_.value.code == 2


def test_unreachable_postgresql_is_a_clear_message_not_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "main.py", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "case", "list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "无法使用数据库" in result.stderr and "Traceback" not in result.stderr


def test_weiquan_db_environment_variable_is_used(tmp_path):
    env_url = f"sqlite:///{tmp_path / 'env.db'}"
    import os

    env = {**os.environ, "WEIQUAN_DB": env_url}
    result = subprocess.run(
        [sys.executable, "main.py", "user", "add", "li", "--name", "李", "--role", "mediator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env.db").exists()


def test_output_is_utf8_even_under_a_non_unicode_code_page(url, tmp_path):
    db = open_database(url)
    no = register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    db.dispose()
    import os

    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    result = subprocess.run(
        [sys.executable, "main.py", "--db", url, "case", "show", no], cwd=ROOT, capture_output=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert json.loads(result.stdout.decode("utf-8"))["state_label"] == "已登记"


def test_version_names_the_release_from_pyproject(capsys):
    """The version an administrator reads (and the bundle checks) is the one pyproject.toml releases."""
    import tomllib

    released = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"维权台 Weiquan Desk {released}"

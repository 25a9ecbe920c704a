"""`user add --password-stdin`, `user password` and `audit verify` from the command line."""

from __future__ import annotations

import io

import pytest

from app.cli import main
from app.services.admin.auth import must_change_password, sign_in
from app.services.setup import open_database


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_user_added_with_a_password_can_sign_in(url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Admin-pass-2026\n"))
    assert main(["--db", url, "user", "add", "root", "--name", "管理员", "--role", "admin", "--password-stdin"]) == 0
    db = open_database(url)
    assert sign_in(db, "root", "Admin-pass-2026").roles == frozenset({"admin"})
    db.dispose()
    assert "Admin-pass-2026" not in capsys.readouterr().out


def test_weak_password_is_refused_with_the_reason(url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("123\n"))
    assert main(["--db", url, "user", "add", "li", "--name", "李", "--role", "clerk", "--password-stdin"]) == 1
    assert "密码" in capsys.readouterr().err


def test_password_reset_from_the_command_line_must_be_changed(url, monkeypatch):
    assert main(["--db", url, "user", "add", "li", "--name", "李", "--role", "clerk"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Reset-pass-99\n"))
    assert main(["--db", url, "user", "password", "li"]) == 0
    db = open_database(url)
    assert must_change_password(db, sign_in(db, "li", "Reset-pass-99"))
    db.dispose()


def test_audit_verify_on_a_fresh_database_passes(url, capsys):
    assert main(["--db", url, "audit", "verify"]) == 0
    assert "审计日志完整" in capsys.readouterr().out

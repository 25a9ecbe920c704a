"""The README's demo route works: `demo` prints a one-time password for each demo user, that password
signs in, and the user is then asked to choose their own; a second run prints nothing new."""

from __future__ import annotations

import re

from app.cli import main
from app.services.admin import auth
from app.services.setup import open_database


def test_demo_users_sign_in_with_the_printed_one_time_password(tmp_path, capsys):
    url = f"sqlite:///{(tmp_path / 'demo.db').as_posix()}"
    assert main(["--db", url, "demo", "--cases", "20"]) == 0
    printed = dict(re.findall(r"^  (\w+)\s+(\S+)\s+\S+", capsys.readouterr().out, re.MULTILINE))
    assert {"admin", "clerk1", "mediator1", "supervisor"} <= set(printed)
    db = open_database(url)
    try:
        assert not auth.needs_first_admin(db)  # the demo administrator can sign in: no "创建管理员"
        for login in ("admin", "clerk1", "supervisor"):
            actor = auth.sign_in(db, login, printed[login])
            assert actor.login == login and auth.must_change_password(db, actor)
    finally:
        db.dispose()

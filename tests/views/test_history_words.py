"""The case history reads as words in the user's language: people by name (not login), documents by
title, no "Registered → Registered"."""

from __future__ import annotations

from datetime import date

from app.services.admin.users import actor_for, add_user
from app.services.cases.detail import case_detail
from app.services.cases.documents import record_document_made
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.views.case_page.timeline import entry_text
from tests.support.builders import to_mediating, wechat_draft

D0 = date(2026, 3, 2)


def _lines(db, case_no: str, lang: str) -> list[str]:
    return [entry_text(entry, lang) for entry in case_detail(db, Actor.cli(), case_no).timeline]


def test_history_names_people_and_documents_in_the_users_language(sqlite_db):
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    boss = actor_for(sqlite_db, "boss")
    no = to_mediating(sqlite_db, boss, D0, "boss")
    record_document_made(sqlite_db, boss, no, "mediation_notice", "打印")
    english = _lines(sqlite_db, no, "en")
    assert english[0].endswith("赵主管  Registered")  # the name, and no "→ Registered"
    assigned = next(line for line in english if "Mediator assigned" in line)
    assert "赵主管" in assigned.split("Mediator assigned")[1] and "boss" not in assigned
    assert any(line.endswith("Document made: Mediation notice") for line in english)
    chinese = _lines(sqlite_db, no, "zh_CN")
    assert any("制作文书：调解通知书（打印）" in line for line in chinese)
    assert not any("mediation_notice" in line for line in english + chinese)


def test_the_command_line_is_named_as_such(sqlite_db):
    no = register_case(sqlite_db, Actor.cli(), wechat_draft(D0), today=D0)
    line = _lines(sqlite_db, no, "zh_CN")[0]
    assert "命令行（" in line and "cli:" not in line

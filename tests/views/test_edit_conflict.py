"""Two people edit the same case: the second save writes nothing and shows the conflict, field by field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.services.admin.users import add_user
from app.services.cases.detail import case_detail
from app.services.cases.intake import edit_case
from app.services.cases.view import case_document
from app.services.context import Actor
from app.views.dialogs.case_dialogs import EditCaseDialog
from tests.support.builders import wechat_draft
from tests.views.intake_support import context, no_blocking_questions  # noqa: F401 - autouse fixture

DAY = date(2026, 5, 6)


def test_second_save_shows_the_conflict_and_then_saves_the_choice(qtbot, sqlite_db, admin):
    from app.services.cases.intake import register_case

    add_user(sqlite_db, admin, "boss", "赵主管", ["supervisor"])
    no = register_case(sqlite_db, admin, wechat_draft(DAY), today=DAY)
    dialog = EditCaseDialog(context(sqlite_db, admin), case_detail(sqlite_db, Actor.cli(), no))
    qtbot.addWidget(dialog)
    edit_case(sqlite_db, admin, no, replace(wechat_draft(DAY), facts="另一位同事补充的事实"))
    dialog.case_form.amount.setText("599.00")
    dialog.save()
    assert dialog.conflict_dialog is not None, "the conflict is shown"
    doc = case_document(sqlite_db, no)
    assert doc["amounts"]["claimed"] == "399.00" and doc["facts"] == "另一位同事补充的事实"
    dialog.conflict_dialog.save()
    doc = case_document(sqlite_db, no)
    assert doc["amounts"]["claimed"] == "599.00", "my change is saved"
    assert doc["facts"] == "另一位同事补充的事实", "their change is kept where I did not touch the field"
    assert dialog.result() == dialog.DialogCode.Accepted

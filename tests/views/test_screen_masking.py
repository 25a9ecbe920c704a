"""Personal data on screens as the reader's roles allow (PIPL Art. 6): the merchant profile, the due desk,
the case page's facts and the edit form take their values masked from the services, and a masked value is
never saved over the real one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.services.admin.users import actor_for, add_user
from app.services.cases.conflicts import save_edit
from app.services.cases.detail import case_detail
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.merchants.profile import merchant_profile, similar_to
from app.views.context import AppContext
from app.views.dialogs.case_dialogs import EditCaseDialog
from app.views.dialogs.merchant_dialog import MerchantDialog
from app.views.pages.due_page import DuePage
from tests.support.builders import to_mediating, wechat_draft
from tests.views.intake_support import context, no_blocking_questions  # noqa: F401 - autouse fixture

ID_NUMBER = "11010519491231002X"
FACTS = f"张三（身份证 {ID_NUMBER}，电话 13812348000）在朋友圈购买面霜。"


@pytest.fixture
def people(sqlite_db):
    for login, name, roles in (
        ("boss", "赵主管", ["supervisor"]),
        ("med1", "李调解", ["mediator"]),
        ("adm", "钱管理", ["admin"]),
    ):
        add_user(sqlite_db, Actor.cli(), login, name, roles)
    return {login: actor_for(sqlite_db, login) for login in ("boss", "med1", "adm")}


@pytest.fixture
def case_no(sqlite_db, people):
    received = date.today() - timedelta(days=90)
    no = to_mediating(sqlite_db, people["boss"], received, mediator_login="med1")
    draft = replace(
        wechat_draft(received),
        consumer_id_number=ID_NUMBER,
        facts=FACTS,
        consumer_address="广东省深圳市南山区科技园1号",
    )
    from app.services.cases.intake import edit_case

    edit_case(sqlite_db, people["boss"], no, draft)
    return no


def test_the_due_desk_masks_names_for_a_role_that_sees_no_personal_data(qtbot, monkeypatch, sqlite_db, people, case_no):
    """No role of the office works every case without seeing names; were there one, the desk would mask them."""
    from app.domain import permissions
    from app.domain.permissions import ROLE_PERMISSIONS, Permission, Role

    full = DuePage(AppContext(sqlite_db, people["boss"]))
    reduced = ROLE_PERMISSIONS[Role.SUPERVISOR] - {Permission.VIEW_PERSONAL_DATA, Permission.VIEW_ID_NUMBER}
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.SUPERVISOR, reduced)
    masked = DuePage(AppContext(sqlite_db, people["boss"]))
    for page in (full, masked):
        qtbot.addWidget(page)
    assert [i.consumer_name for i in full.items] == ["张三"]
    assert [i.consumer_name for i in masked.items] == ["张*"]
    assert full.table.item(0, 6).text() == "张三" and masked.table.item(0, 6).text() == "张*"
    assert masked.table.item(0, 7).text() == "美***", "an unregistered seller is a private person"


def test_the_merchant_profile_masks_consumers_and_a_private_sellers_identifiers(qtbot, sqlite_db, people, case_no):
    merchant = case_document(sqlite_db, case_no)["merchant"]["id"]
    full, masked = (
        merchant_profile(sqlite_db, people["boss"], merchant),
        merchant_profile(sqlite_db, people["adm"], merchant),
    )
    assert full.cases[0].consumer_name == "张三" and full.wechat_id == "meizhuang_88"
    assert masked.cases[0].consumer_name == "张*"
    assert masked.name == "美***" and masked.phone == "139****1111" and masked.wechat_id == "me********88"
    assert "meizhuang_88" not in str(masked.seen) and "13900001111" not in str(masked.seen)
    dialog = MerchantDialog(AppContext(sqlite_db, people["adm"]), merchant)
    qtbot.addWidget(dialog)
    assert dialog.cases.item(0, 3).text() == "张*"
    shown = dialog.header.text() + dialog.seen.text() + dialog.windowTitle()
    assert "美妆小铺" not in shown and "13900001111" not in shown and "meizhuang_88" not in shown
    assert all("13900001111" not in (s.phone or "") for s in similar_to(sqlite_db, people["adm"], merchant))


def test_facts_on_the_case_page_are_masked_by_role(sqlite_db, people, case_no):
    boss, med, adm = (case_detail(sqlite_db, people[k], case_no) for k in ("boss", "med1", "adm"))
    assert boss.draft.facts == FACTS and not boss.masked
    assert ID_NUMBER not in med.draft.facts and "13812348000" in med.draft.facts, "a mediator calls the parties"
    assert med.draft.consumer_id_number == "110105********002X"
    assert med.masked == {"consumer_id_number", "facts"}
    assert "张三" not in adm.draft.facts and "13812348000" not in adm.draft.facts and ID_NUMBER not in adm.draft.facts
    assert (
        adm.merchant.name == "美***"
        and adm.merchant.wechat_id == "me********88"
        and adm.parties.merchant_name == "美***"
    )
    assert adm.draft.consumer_name == "张*" and adm.draft.consumer_address == "广东省深圳市" + "*" * 8


def test_the_edit_form_shows_masked_values_read_only_and_saving_keeps_the_real_ones(qtbot, sqlite_db, people, case_no):
    med = people["med1"]
    dialog = EditCaseDialog(context(sqlite_db, med), case_detail(sqlite_db, med, case_no))
    qtbot.addWidget(dialog)
    form = dialog.case_form
    assert form.consumer_id.text() == "110105********002X" and not form.consumer_id.isEnabled()
    assert ID_NUMBER not in form.facts.toPlainText() and not form.facts.isEnabled()
    assert form.consumer_phone.isEnabled() and form.amount.isEnabled()
    assert dialog.field_problems() == []
    form.amount.setText("599.00")
    dialog.save()
    doc = case_document(sqlite_db, case_no)
    assert doc["amounts"]["claimed"] == "599.00"
    assert doc["consumer"]["id_number"] == ID_NUMBER and doc["facts"] == FACTS, "the masked values were not written"


def test_a_conflict_shows_a_mediator_no_unmasked_value(sqlite_db, people, case_no):
    from app.services.cases.conflicts import EditBase
    from app.services.cases.intake import edit_case

    med = people["med1"]
    opened = case_detail(sqlite_db, med, case_no)
    base = EditBase(case_no, opened.version, opened.draft)
    edit_case(sqlite_db, people["boss"], case_no, replace(_stored(sqlite_db, people, case_no), facts=FACTS + "补充。"))
    report = save_edit(sqlite_db, med, base, replace(opened.draft, amount_claimed="599.00"))
    assert report is not None
    assert ID_NUMBER not in str(report.theirs) and ID_NUMBER not in str(report.changes)
    assert {c.spec.name for c in report.changes} == {"facts", "amount_claimed"}


def _stored(db, people, no):
    return case_detail(db, people["boss"], no).draft


def test_session_notes_agreement_terms_and_history_notes_are_masked_by_role(sqlite_db, people, case_no):
    from dataclasses import replace as changed

    from app.services.cases.sessions import log_session
    from tests.support.builders import session_input

    said = changed(
        session_input(date.today()),
        participants="张三、美妆小铺店主",
        summary=f"张三出示身份证 {ID_NUMBER}，留电话 13812348000",
    )
    log_session(sqlite_db, people["boss"], case_no, said)
    boss, med, adm = (case_detail(sqlite_db, people[k], case_no) for k in ("boss", "med1", "adm"))
    assert boss.sessions[-1].summary == said.summary and boss.sessions[-1].participants == "张三、美妆小铺店主"
    assert ID_NUMBER not in med.sessions[-1].summary and "13812348000" in med.sessions[-1].summary
    shown = adm.sessions[-1]
    assert "张三" not in shown.participants + shown.summary and "13812348000" not in shown.summary
    assert all(ID_NUMBER not in e.note and "13812348000" not in e.note for e in adm.timeline)

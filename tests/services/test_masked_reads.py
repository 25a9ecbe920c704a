"""Read services return personal data already masked for the reader's roles (domain.md s. 10, PIPL Art. 6):
one test per role and screen — case list, case page, merchant list, merchant picker, search by phone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services.admin.users import actor_for, add_user
from app.services.cases.detail import case_detail
from app.services.cases.intake import register_case
from app.services.cases.listing import CaseList, CaseQuery
from app.services.context import Actor
from app.services.merchants.profile import list_merchants, merchant_page
from app.services.merchants.search import search_merchants
from tests.support.builders import wechat_draft

D0 = date(2026, 3, 2)
ID_NUMBER = "11010519491231002X"
FULL = {"name": "张三", "phone": "13812348000", "id": ID_NUMBER, "seller": "美妆小铺", "wechat": "meizhuang_88"}
MASKED = {"name": "张*", "phone": "138****8000", "id": "110105********002X", "wechat": "me********88"}
# role -> (sees names and phones, sees the ID number)
ROLES = {"clerk": (True, True), "supervisor": (True, True), "mediator": (True, False), "admin": (False, False)}


@pytest.fixture(params=sorted(ROLES))
def reader(request, db) -> tuple[Actor, bool, bool]:
    add_user(db, Actor.cli(), "reader", "读者", [request.param])
    register_case(db, Actor.cli(), wechat_draft(D0, consumer_id_number=ID_NUMBER), today=D0)
    return (actor_for(db, "reader"), *ROLES[request.param])


def test_case_list_masks_the_consumer_for_the_role(db, reader):
    actor, sees, _ = reader
    (row,) = CaseList(db, actor, today=D0).rows(CaseQuery(), 0, 10)
    assert row.consumer == (FULL["name"] if sees else MASKED["name"])


def test_search_by_phone_finds_the_case_and_shows_it_masked_for_the_role(db, reader):
    actor, sees, _ = reader
    rows = CaseList(db, actor, today=D0).rows(CaseQuery(search="13812348000"), 0, 10)
    assert [r.consumer for r in rows] == [FULL["name"] if sees else MASKED["name"]]


def test_case_page_masks_the_parties_for_the_role(db, reader):
    actor, sees, sees_id = reader
    (no,) = [r.case_no for r in CaseList(db, Actor.cli(), today=D0).rows(CaseQuery(), 0, 10)]
    parties = case_detail(db, actor, no, today=D0).parties
    assert parties is not None
    assert parties.consumer_name == (FULL["name"] if sees else MASKED["name"])
    assert parties.consumer_phone == (FULL["phone"] if sees else MASKED["phone"])
    assert parties.consumer_id_number == (FULL["id"] if sees_id else MASKED["id"])
    assert parties.merchant_wechat_id == (FULL["wechat"] if sees else MASKED["wechat"])


def test_merchant_list_masks_a_private_seller_for_the_role(db, reader):
    actor, sees, _ = reader
    (row,) = list_merchants(db, actor, today=D0)
    assert row.wechat_id == (FULL["wechat"] if sees else MASKED["wechat"])
    assert (row.phone == "13900001111") == sees
    assert (row.name == FULL["seller"]) == sees, "an unregistered seller is a private person"


def test_merchant_page_masks_a_private_seller_for_the_role(db, reader):
    actor, sees, _ = reader
    (row,) = merchant_page(db, actor, today=D0).rows
    assert (row.wechat_id == FULL["wechat"]) == sees and (row.phone == "13900001111") == sees
    assert (row.name == FULL["seller"]) == sees


def test_merchant_picker_masks_the_hits_for_the_role(db, reader):
    actor, sees, _ = reader
    (hit,) = search_merchants(db, actor, "13900001111")
    assert hit.matched_by == "phone"
    assert (hit.phone == "13900001111") == sees and (hit.wechat_id == FULL["wechat"]) == sees


def test_screens_never_mask_personal_data_themselves():
    """The views get masked values from the services; none of them calls present_personal."""
    views = Path(__file__).resolve().parents[2] / "app" / "views"
    callers = [p.name for p in views.rglob("*.py") if "present_personal" in p.read_text(encoding="utf-8")]
    assert callers == []

"""Four cases that differ in every column of the case list, made through the services, for the case-list
tests of the service, the model and the page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain import requirements as req
from app.services.cases import workflow
from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import Database
from tests.support.builders import OPERATOR, wechat_draft

D0 = date(2026, 3, 2)
"""A Monday without holidays nearby: case 1's acceptance is due 2026-03-11, case 4's 2026-03-16."""


@dataclass(frozen=True)
class Sample:
    """The case numbers of the four sample cases, by their consumer."""

    zhang: str
    li: str
    wang: str
    zhao: str

    @property
    def all(self) -> set[str]:
        return {self.zhang, self.li, self.wang, self.zhao}


def make_sample(db: Database, actor: Actor, mediator_login: str = "boss") -> Sample:
    """张三 (registered, WeChat Moments, face cream), 李四 (mediating, store, television), 王五 (rejected,
    travel agency) and 赵六 (registered, WeChat group, fake bag)."""
    zhang = register_case(db, actor, wechat_draft(D0), today=D0)
    li = register_case(
        db,
        actor,
        wechat_draft(
            D0 + timedelta(days=1),
            consumer_name="李四",
            consumer_phone="13900002222",
            merchant=MerchantDraft(name="华强电器有限公司", kind="enterprise", phone="075588889999"),
            channel="store",
            payment="bank_card",
            nature="price",
            category="g_appliances",
            facts="购买的电视机屏幕出现坏点，商家拒绝更换。",
        ),
        today=D0 + timedelta(days=1),
    )
    workflow.accept_case(db, actor, li, req.AcceptInput(OPERATOR, D0 + timedelta(days=1)))
    workflow.assign_mediator(db, actor, li, mediator_login)
    workflow.start_mediation(db, actor, li, req.StartInput(True, True, D0 + timedelta(days=2)))
    wang = register_case(
        db,
        actor,
        wechat_draft(
            D0 + timedelta(days=2),
            consumer_name="王五",
            consumer_phone="13700003333",
            merchant=MerchantDraft(name="阳光旅行社", kind="enterprise"),
            channel="other_ecommerce",
            payment="qr_code",
            nature="contract",
            category="s_tourism",
            facts="旅游团行程被擅自更改，要求退还差价。",
        ),
        today=D0 + timedelta(days=2),
    )
    workflow.reject_case(
        db, actor, wang, req.RejectInput(("out_of_scope",), "不属于本会受理范围", D0 + timedelta(days=3))
    )
    zhao = register_case(
        db,
        actor,
        wechat_draft(
            D0 + timedelta(days=3),
            consumer_name="赵六",
            consumer_phone="13600004444",
            merchant=MerchantDraft(name="小美代购", wechat_id="xiaomei_daigou"),
            channel="wechat_group",
            nature="counterfeit",
            category="g_clothing",
            facts="微信群里买的名牌包是假货。",
        ),
        today=D0 + timedelta(days=3),
    )
    return Sample(zhang, li, wang, zhao)

"""Sample merchants for the screenshots of the merchant list, a merchant profile and the due desk: a
repeat offender seen under three names (one refusal, on the blacklist), a similar name, and cases whose
deadlines are near. Made once per context through the same service calls the GUI uses."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from app.devtools.screens.case_fixtures import mediator_login
from app.domain import requirements as req
from app.domain.dates import LOCAL_TZ, today_local
from app.services.cases import workflow
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.services.cases.intake import register_case
from app.services.cases.sessions import SessionInput, log_session
from app.services.context import Actor
from app.services.merchants.admin import set_blacklisted
from app.services.merchants.search import search_merchants
from app.views.context import AppContext

KEY = "screens_merchant"
OPERATOR = req.OperatorAssessment(sells_continuously=True, posts_regularly=True, buyers_known=20, conclusion="operator")


def _draft(on: date, consumer: str, phone: str, merchant: MerchantDraft, amount: str) -> CaseDraft:
    return CaseDraft(
        source="phone",
        received_on=on,
        consumer_name=consumer,
        consumer_phone=phone,
        merchant=merchant,
        channel="wechat_moments",
        payment="wechat_transfer",
        purchase_date=on - timedelta(days=7),
        amount_claimed=amount,
        nature="quality",
        category="g_daily",
        requests=["refund"],
        facts="朋友圈购买的商品与宣传不符，卖家拒绝退款。",
        request_text="退款",
    )


def _to_mediation(actor: Actor, ctx: AppContext, no: str, on: date) -> None:
    workflow.accept_case(ctx.db, actor, no, req.AcceptInput(OPERATOR, on), today=on)
    workflow.assign_mediator(ctx.db, actor, no, mediator_login(ctx))
    workflow.start_mediation(ctx.db, actor, no, req.StartInput(True, True, on), today=on)


def _repeat_offender(ctx: AppContext, actor: Actor, today: date) -> None:
    names = (("美妆小铺", "13900001111"), ("小美海外代购", ""), ("美美严选", "13900002222"))
    for i, (name, phone) in enumerate(names * 2):
        on = today - timedelta(days=15 * i + 2)
        no = register_case(
            ctx.db,
            actor,
            _draft(
                on,
                f"消费者{i + 1}",
                f"1371234{i:04d}",
                MerchantDraft(name=name, wechat_id="meizhuang_88", phone=phone),
                f"{199 + 100 * i}.00",
            ),
            today=on,
        )
        if i == 3:
            _to_mediation(actor, ctx, no, on + timedelta(days=1))
            workflow.terminate_mediation(
                ctx.db,
                actor,
                no,
                req.TerminateInput("absent_or_refused", on + timedelta(3)),
                today=on + timedelta(days=3),
            )
    hit = search_merchants(ctx.db, ctx.actor, "meizhuang_88")[0]
    set_blacklisted(ctx.db, actor, hit.id, True, "多次拒绝调解，同一微信号以三个名称销售")
    ctx.extras[KEY] = hit.id


def _others(ctx: AppContext, actor: Actor, today: date) -> None:
    register_case(
        ctx.db,
        actor,
        _draft(
            today - timedelta(days=6),
            "王芳",
            "13600000001",
            MerchantDraft(name="美妆小店", wechat_id="mzxd_2024"),
            "88.00",
        ),
        today=today,
    )
    on = today - timedelta(days=20)
    no = register_case(
        ctx.db,
        actor,
        _draft(on, "赵磊", "13600000002", MerchantDraft(name="阿芳水果", wechat_id="afang_fruit"), "260.00"),
        today=on,
    )
    _to_mediation(actor, ctx, no, on + timedelta(days=1))
    at = SessionInput(
        held_at=_at_ten(on + timedelta(days=2)), mode="phone", participants="赵磊、阿芳", summary="双方同意退款"
    )
    log_session(ctx.db, actor, no, at)
    workflow.record_agreement(
        ctx.db,
        actor,
        no,
        req.AgreeInput("退款260元", on + timedelta(days=2), today - timedelta(days=1), refund=Decimal("260.00")),
        today=on + timedelta(days=2),
    )


def _at_ten(on: date) -> datetime:
    return datetime(on.year, on.month, on.day, 10, 0, tzinfo=LOCAL_TZ)


def ensure_merchant_demo(ctx: AppContext) -> int:
    """The id of the sample repeat offender (made on first use)."""
    if KEY not in ctx.extras:
        actor, today = Actor.cli(), today_local()
        _repeat_offender(ctx, actor, today)
        _others(ctx, actor, today)
    return int(ctx.extras[KEY])

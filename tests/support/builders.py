"""Building cases for tests through the same service calls the GUI uses."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from app.domain import requirements as req
from app.domain.dates import LOCAL_TZ
from app.services.cases import workflow
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.services.cases.intake import register_case
from app.services.cases.sessions import OfferInput, SessionInput, log_session
from app.services.context import Actor
from app.services.setup import Database

OPERATOR = req.OperatorAssessment(sells_continuously=True, posts_regularly=True, buyers_known=12, conclusion="operator")


def wechat_draft(received_on: date, **overrides: object) -> CaseDraft:
    """A typical complaint: face cream bought in WeChat Moments, paid by red envelope."""
    draft = CaseDraft(
        source="phone",
        received_on=received_on,
        consumer_name="张三",
        consumer_phone="+86 138 1234 8000",
        merchant=MerchantDraft(name="美妆小铺", kind="unregistered", wechat_id="meizhuang_88", phone="13900001111"),
        channel="wechat_moments",
        payment="wechat_red_envelope",
        purchase_date=received_on - timedelta(days=10),
        amount_claimed="399.00",
        nature="quality",
        category="g_daily",
        requests=["refund", "punitive"],
        facts="在朋友圈购买面霜，使用后过敏，检测含铅。",
        request_text="退款并赔偿",
    )
    for key, value in overrides.items():
        setattr(draft, key, value)
    return draft


def session_input(on: date, offers: tuple[OfferInput, ...] = (), mode: str = "phone") -> SessionInput:
    return SessionInput(
        held_at=datetime(on.year, on.month, on.day, 10, 0, tzinfo=LOCAL_TZ),
        mode=mode,
        participants="消费者、经营者",
        summary="双方陈述意见",
        offers=offers,
    )


def to_mediating(db: Database, actor: Actor, received: date, mediator_login: str | None = None) -> str:
    """Register, accept, assign and start mediation; returns the case number."""
    no = register_case(db, actor, wechat_draft(received), today=received)
    workflow.accept_case(
        db, actor, no, req.AcceptInput(OPERATOR, received + timedelta(days=1)), today=received + timedelta(days=1)
    )
    workflow.assign_mediator(db, actor, no, mediator_login or "boss")
    workflow.start_mediation(
        db, actor, no, req.StartInput(True, True, received + timedelta(days=2)), today=received + timedelta(days=2)
    )
    return no


def to_agreed(db: Database, actor: Actor, received: date) -> str:
    no = to_mediating(db, actor, received)
    day = received + timedelta(days=3)
    log_session(db, actor, no, session_input(day, (OfferInput("merchant", Decimal("200.00")),), mode="on_site"))
    workflow.record_agreement(
        db, actor, no, req.AgreeInput("退款399元", day, day + timedelta(days=7), refund=Decimal("399.00")), today=day
    )
    return no

"""Screens of each printable document for ``selftest --screenshots``, made on cases brought to the
right state through the same service calls the GUI uses."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from app.devtools.screens.case_fixtures import demo_case, ensure_office, mediator_login, sample_draft
from app.devtools.screens.registry import screenshot
from app.domain import requirements as req
from app.domain.dates import LOCAL_TZ, today_local
from app.services.cases import workflow
from app.services.cases.documents import KINDS, DocumentRequest, issue_document
from app.services.cases.intake import register_case
from app.services.cases.sessions import SessionInput, log_session
from app.services.context import Actor
from app.views.context import AppContext
from app.views.documents import DocumentDialog


def _agreed_case(ctx: AppContext) -> str:
    """A case of its own (the case page's demo case stays in mediation) with a session and an agreement."""
    actor, today = Actor.cli(), today_local()
    no = register_case(ctx.db, actor, sample_draft())
    workflow.accept_case(ctx.db, actor, no, req.AcceptInput(req.OperatorAssessment(conclusion="operator"), today))
    workflow.assign_mediator(ctx.db, actor, no, mediator_login(ctx))
    workflow.start_mediation(ctx.db, actor, no, req.StartInput(True, True, today))
    held = datetime.combine(today, datetime.min.time(), LOCAL_TZ).replace(hour=9)
    log_session(
        ctx.db, actor, no, SessionInput(held, "on_site", "张晓梅、美妆小铺店主", "双方到会，经营者同意退款并赔偿")
    )
    workflow.record_agreement(
        ctx.db,
        Actor.cli(),
        no,
        req.AgreeInput(
            "经营者于七日内退还货款399元，并按价款三倍支付惩罚性赔偿1197元。",
            today,
            today + timedelta(days=7),
            refund=Decimal("399.00"),
            punitive=Decimal("1197.00"),
        ),
    )
    return no


def _terminated_case(ctx: AppContext) -> str:
    """Another agreed case whose merchant then refused to perform."""
    no, today = _agreed_case(ctx), today_local()
    workflow.terminate_mediation(
        ctx.db, Actor.cli(), no, req.TerminateInput("absent_or_refused", today, "经营者拒不履行协议")
    )
    return no


def _rejected_case(ctx: AppContext) -> str:
    no, today = register_case(ctx.db, Actor.cli(), sample_draft()), today_local()
    workflow.reject_case(
        ctx.db,
        Actor.cli(),
        no,
        req.RejectInput(
            ("private_deal",),
            "投诉人从朋友处购买自用闲置物品，双方均非经营者，属个人之间私下交易。",
            today,
            assessment=req.OperatorAssessment(conclusion="private"),
        ),
    )
    return no


def _case_for(ctx: AppContext, kind: str) -> str:
    """A case in which the document can be made; cases are made once per context and reused."""
    cases: dict[str, str] = ctx.extras.setdefault("document_cases", {})
    if kind == "non_acceptance_notice":
        if "rejected" not in cases:
            cases["rejected"] = _rejected_case(ctx)
        return cases["rejected"]
    makers = {"mediation_agreement": ("agreed", _agreed_case), "termination_decision": ("terminated", _terminated_case)}
    if kind in makers:
        key, make = makers[kind]
        if key not in cases:
            cases[key] = make(ctx)
        return cases[key]
    return demo_case(ctx)


def _document_screen(kind: str) -> None:
    def factory(ctx: AppContext) -> QWidget:
        meeting = datetime.combine(today_local() + timedelta(days=3), datetime.min.time(), LOCAL_TZ)
        request = DocumentRequest(kind, meeting.replace(hour=14, minute=30), "本会一楼调解室")
        ensure_office(ctx)
        no = _case_for(ctx, kind)
        return DocumentDialog(ctx, issue_document(ctx.db, Actor.cli(), no, request, "截图"), request=request)

    screenshot(f"document_{kind}")(factory)


for _kind in KINDS:
    _document_screen(_kind)

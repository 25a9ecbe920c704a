"""The demo case the screenshots show: a complaint about face cream in mediation with two sessions and a
piece of evidence, made through the same service calls the GUI uses, in the selftest's database."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.domain import requirements as req
from app.domain.dates import LOCAL_TZ, today_local
from app.domain.workflow import State
from app.services.admin.office import change_office, seal_from_file
from app.services.admin.users import add_user
from app.services.cases import workflow
from app.services.cases.detail import CaseDetail, case_detail, mediator_choices
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.services.cases.evidence import add_evidence
from app.services.cases.intake import register_case
from app.services.cases.sessions import OfferInput, SessionInput, log_session
from app.services.context import Actor
from app.views.context import AppContext

SCREEN_MEDIATOR = ("screens_mediator", "李调解")


def sample_draft() -> CaseDraft:
    """The complaint the screens show: face cream from WeChat Moments, paid by red envelope."""
    today = today_local()
    return CaseDraft(
        source="phone",
        received_on=today,
        consumer_name="张晓梅",
        consumer_phone="13812348000",
        merchant=MerchantDraft(name="美妆小铺", kind="unregistered", wechat_id="meizhuang_88", phone="13900001111"),
        channel="wechat_moments",
        payment="wechat_red_envelope",
        purchase_date=today - timedelta(days=12),
        amount_claimed="399.00",
        nature="quality",
        category="g_daily",
        requests=["refund", "punitive"],
        facts="在朋友圈购买面霜一瓶，使用后面部过敏，经检测含铅超标。",
        request_text="退款399元并按价款三倍赔偿",
    )


def _chat_picture() -> Path:
    """A small picture standing in for a chat screenshot."""
    image = QImage(360, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#ededed"))
    painter = QPainter(image)
    painter.setFont(QFont("Noto Sans CJK SC", 14))
    for i, (text, mine) in enumerate(
        [("面霜还有货吗？", True), ("有的，399一瓶", False), ("发红包给你了", True), ("收到，明天发货", False)]
    ):
        rect = QRect(150 if mine else 20, 30 + i * 90, 190, 50)
        painter.fillRect(rect, QColor("#95ec69" if mine else "#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    path = Path(tempfile.mkdtemp(prefix="weiquan-screens-")) / "聊天截图.png"
    image.save(str(path))
    return path


def mediator_login(ctx: AppContext) -> str:
    """A mediator of the screens' database (made when there is none)."""
    choices = mediator_choices(ctx.db)
    if choices:
        return choices[0].login
    add_user(ctx.db, Actor.cli(), SCREEN_MEDIATOR[0], SCREEN_MEDIATOR[1], ["mediator"])
    return SCREEN_MEDIATOR[0]


def demo_case(ctx: AppContext) -> str:
    """A case in mediation with two sessions and a piece of evidence (made once per context)."""
    if "screens_case" in ctx.extras:
        return str(ctx.extras["screens_case"])
    actor, today = Actor.cli(), today_local()
    no = register_case(ctx.db, actor, sample_draft())
    assessment = req.OperatorAssessment(
        sells_continuously=True,
        posts_regularly=True,
        buyers_known=30,
        conclusion="operator",
        note="长期在朋友圈销售化妆品",
    )
    workflow.accept_case(ctx.db, actor, no, req.AcceptInput(assessment, today))
    workflow.assign_mediator(ctx.db, actor, no, mediator_login(ctx))
    workflow.start_mediation(ctx.db, actor, no, req.StartInput(True, True, today))
    at = datetime.combine(today, datetime.min.time(), LOCAL_TZ).replace(hour=10)
    for hour, offers in (
        (
            0,
            (
                OfferInput("merchant", Decimal("100.00"), "只退一半"),
                OfferInput("consumer", Decimal("1596.00"), "退一赔三"),
            ),
        ),
        (4, (OfferInput("merchant", Decimal("399.00"), "全额退款"),)),
    ):
        log_session(
            ctx.db,
            actor,
            no,
            SessionInput(
                at + timedelta(hours=hour),
                "phone",
                "张晓梅、美妆小铺店主",
                "双方陈述意见，调解员释明法律规定",
                "继续协商",
                offers,
            ),
        )
    add_evidence(ctx.db, actor, no, _chat_picture(), "chat_screenshot", "与卖家的聊天记录")
    ctx.extras["screens_case"] = no
    return no


def detail_of(ctx: AppContext, state: State | None = None) -> CaseDetail:
    detail = case_detail(ctx.db, ctx.actor, demo_case(ctx))
    return replace(detail, state=state) if state else detail


def ensure_office(ctx: AppContext) -> None:
    """The demo association's details and a drawn seal, so documents and the report show an identity."""
    if ctx.extras.get("office_set"):
        return
    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    red = QColor(200, 30, 30)
    pen = painter.pen()
    pen.setColor(red)
    pen.setWidth(8)
    painter.setPen(pen)
    painter.drawEllipse(8, 8, 224, 224)
    painter.setFont(QFont("Noto Sans CJK SC", 22, QFont.Weight.Bold))
    painter.drawText(QRect(20, 60, 200, 60), Qt.AlignmentFlag.AlignCenter, "★")
    painter.drawText(QRect(20, 120, 200, 60), Qt.AlignmentFlag.AlignCenter, "消费者委员会")
    painter.end()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seal.png"
        image.save(str(path), "PNG")
        seal = seal_from_file(path)
    change_office(
        ctx.db,
        Actor.cli(),
        name="深圳市南山区消费者委员会",
        address="深圳市南山区南头街道南山大道1000号",
        phone="0755-26661234",
        samr_office="深圳市市场监督管理局南山监管局",
        number_pattern="南消调〔{year}〕第{n}号",
        seal_image=seal,
    )
    ctx.extras["office_set"] = True

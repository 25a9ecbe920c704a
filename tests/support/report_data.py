"""A month (October 2026) with cases in every state, built through the services with explicit dates,
for the report, ledger and Reports page tests. Some cases cross months: received in September and
closed in October, received in October and closed in November; one case a year earlier."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.domain import requirements as req
from app.services.admin.users import actor_for, add_user
from app.services.cases import workflow
from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import register_case
from app.services.cases.sessions import log_session
from app.services.context import Actor
from app.services.setup import Database, open_database
from tests.support.builders import OPERATOR, session_input, wechat_draft

MONTH = date(2026, 10, 1)
INJECTIONS = ('=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "@SUM(A1)")
OTHER_MERCHANT = MerchantDraft(name="=恶意店铺", kind="enterprise", phone="0755-88886666")
ID_NUMBER = "11010519491231002X"


@dataclass
class Built:
    """Case numbers by the role they play in the month."""

    numbers: dict[str, str] = field(default_factory=dict)


class _Maker:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db, self.actor = db, actor

    def register(self, on: date, **overrides: object) -> str:
        return register_case(self.db, self.actor, wechat_draft(on, **overrides), today=on)

    def accept(self, no: str, on: date) -> None:
        workflow.accept_case(self.db, self.actor, no, req.AcceptInput(OPERATOR, on), today=on)
        workflow.assign_mediator(self.db, self.actor, no, "boss")

    def mediate(self, no: str, on: date) -> None:
        workflow.start_mediation(self.db, self.actor, no, req.StartInput(True, True, on), today=on)
        log_session(self.db, self.actor, no, session_input(on))

    def agree(self, no: str, on: date, due: date, punitive: str = "0.00") -> None:
        workflow.record_agreement(
            self.db,
            self.actor,
            no,
            req.AgreeInput("退款并赔偿", on, due, refund=Decimal("399.00"), punitive=Decimal(punitive)),
            today=on,
        )

    def close_performed(
        self, no: str, on: date, received: str, punitive: str = "0.00", outcome: str = "performed"
    ) -> None:
        workflow.close_case(
            self.db,
            self.actor,
            no,
            req.CloseInput(
                outcome,
                on,
                received_amount=Decimal(received),
                received_punitive=Decimal(punitive),
                paid_by="merchant" if Decimal(received) > 0 else None,
                performance_confirmed=True,
            ),
            today=on,
        )

    def terminate(self, no: str, on: date, ground: str = "absent_or_refused") -> None:
        workflow.terminate_mediation(self.db, self.actor, no, req.TerminateInput(ground, on), today=on)

    def full(
        self,
        received: date,
        closed: date,
        received_amount: str,
        punitive: str = "0.00",
        outcome: str = "performed",
        **overrides: object,
    ) -> str:
        no = self.register(received, **overrides)
        self.accept(no, received + timedelta(days=1))
        self.mediate(no, received + timedelta(days=2))
        self.agree(no, received + timedelta(days=3), received + timedelta(days=10), punitive)
        self.close_performed(no, closed, received_amount, punitive, outcome)
        return no


def build_october(db: Database, actor: Actor) -> Built:
    """Cases in every state around October 2026 (the actor must be the supervisor 'boss')."""
    m, built = _Maker(db, actor), Built()
    n = built.numbers
    n["last_year"] = m.full(date(2025, 10, 9), date(2025, 11, 20), "200.00")
    n["sep_to_oct"] = m.full(date(2026, 9, 21), date(2026, 10, 12), "399.00", "100.00")
    n["sep_accepted"] = m.register(date(2026, 9, 28), nature="price", channel="store")
    m.accept(n["sep_accepted"], date(2026, 9, 29))
    n["registered"] = m.register(date(2026, 10, 9), facts=INJECTIONS[0], consumer_id_number=ID_NUMBER)
    n["rejected"] = m.register(date(2026, 10, 10), facts=INJECTIONS[1])
    workflow.reject_case(
        db,
        actor,
        n["rejected"],
        req.RejectInput(
            ("private_deal",),
            "个人闲置转让",
            date(2026, 10, 12),
            assessment=req.OperatorAssessment(conclusion="private"),
        ),
        today=date(2026, 10, 12),
    )
    n["accepted"] = m.register(
        date(2026, 10, 12),
        facts=INJECTIONS[2],
        nature="false_advertising",
        category="s_internet",
        sub_category="s_internet_commercial",
        channel="wechat_group",
    )
    m.accept(n["accepted"], date(2026, 10, 13))
    n["mediating"] = m.register(date(2026, 10, 13), merchant=OTHER_MERCHANT, channel="other_ecommerce")
    m.accept(n["mediating"], date(2026, 10, 14))
    m.mediate(n["mediating"], date(2026, 10, 15))
    n["suspended"] = m.register(date(2026, 10, 14), nature="", category="", channel="")
    m.accept(n["suspended"], date(2026, 10, 15))
    m.mediate(n["suspended"], date(2026, 10, 16))
    workflow.suspend_case(
        db, actor, n["suspended"], req.SuspendInput("testing", date(2026, 10, 19)), today=date(2026, 10, 19)
    )
    n["agreed_overdue"] = m.register(date(2026, 10, 15), merchant=OTHER_MERCHANT, channel="wechat_live")
    m.accept(n["agreed_overdue"], date(2026, 10, 15))
    m.mediate(n["agreed_overdue"], date(2026, 10, 16))
    m.agree(n["agreed_overdue"], date(2026, 10, 17), date(2026, 10, 24))
    n["terminated_refused"] = m.register(date(2026, 10, 16), merchant=OTHER_MERCHANT)
    m.accept(n["terminated_refused"], date(2026, 10, 16))
    m.mediate(n["terminated_refused"], date(2026, 10, 19))
    m.terminate(n["terminated_refused"], date(2026, 10, 20))
    n["closed_no_agreement"] = m.register(date(2026, 10, 19), category="g_food")
    m.accept(n["closed_no_agreement"], date(2026, 10, 19))
    m.mediate(n["closed_no_agreement"], date(2026, 10, 20))
    m.terminate(n["closed_no_agreement"], date(2026, 10, 21), "no_agreement_possible")
    workflow.close_case(
        db,
        actor,
        n["closed_no_agreement"],
        req.CloseInput("no_agreement", date(2026, 10, 23), notice_on=date(2026, 10, 22)),
        today=date(2026, 10, 23),
    )
    n["self_settled"] = m.full(
        date(2026, 10, 20),
        date(2026, 10, 28),
        "150.50",
        outcome="self_settled",
        nature="personal_rights",
        category="g_food",
        sub_category="g_food_general",
        channel="wechat_miniprogram",
    )
    n["oct_to_nov"] = m.full(date(2026, 10, 26), date(2026, 11, 5), "99.99", "33.33")
    return built


@contextmanager
def october_database(kind: str, folder: Path) -> Iterator[tuple[Database, Actor, dict[str, str]]]:
    """A database (SQLite file or a fresh PostgreSQL schema) holding the October data, built once for a
    test module; the supervisor 'boss' acts."""
    schema = None
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'october.db'}"
    else:
        base = os.environ.get("WEIQUAN_TEST_PG")
        if not base:
            pytest.skip("set WEIQUAN_TEST_PG to a PostgreSQL URL to run the PostgreSQL variant")
        schema = f"r_{uuid.uuid4().hex[:12]}"
        engine = create_engine(base)
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    db = open_database(url)
    try:
        add_user(db, Actor.cli(), "boss", "赵主管", ["supervisor"])
        boss = actor_for(db, "boss")
        yield db, boss, build_october(db, boss).numbers
    finally:
        db.dispose()
        if schema is not None:
            engine = create_engine(os.environ["WEIQUAN_TEST_PG"])
            with engine.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            engine.dispose()

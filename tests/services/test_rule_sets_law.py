"""Rule sets as data in the database: the migration carries old ones over, an administrator adds grounds
and local rules, suspension reasons pause by the rule set, a case keeps the rule set of its receipt date."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import text

from app.domain import requirements as req
from app.domain.errors import InvalidInput
from app.services.admin.rule_sets import GroundInput, RuleSetInput, add_ground, add_rule_set, list_rule_sets
from app.services.cases import workflow
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.setup import open_database
from app.store.database import Database
from app.store.migrate import alembic_config
from app.store.reference import Setting
from tests.support.builders import to_mediating, wechat_draft


def test_migration_0008_carries_rule_sets_over_order_20_art_40(tmp_path):
    """A rule set of one day kind keeps it for mediation, acceptance and notice stay in working days
    (Order 20 Arts. 14, 21); SAMR-2022 moves to 2020-01-01 (Art. 40); SAMR-2026 takes Order 121's 60 days."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database(url)
    command.upgrade(alembic_config(db), "0007_evidence_text")
    with db.engine.begin() as conn:
        for code, start, days, kind in (
            ("SAMR-2022", "2019-01-01", 45, "working"),
            ("SAMR-2026", "2026-04-15", 45, "working"),
            ("SH-OLD", "2021-01-01", 60, "calendar"),
        ):
            conn.execute(
                text(
                    "INSERT INTO rule_sets (code, name, effective_from, acceptance_days, mediation_days, notice_days,"
                    " extension_days, day_kind, non_acceptance_grounds, termination_grounds, note)"
                    " VALUES (:c, :c, :s, 7, :d, 7, 0, :k, 'other', 'other', '')"
                ),
                {"c": code, "s": start, "d": days, "k": kind},
            )
    db.dispose()
    db = open_database(url)
    rules = {r.code: r for r in list_rule_sets(db)}
    old = rules["SH-OLD"]
    assert (old.mediation.days, old.mediation.day_kind) == (60, "calendar")
    assert (old.acceptance.day_kind, old.notice.day_kind) == ("working", "working")
    assert old.pausing_reasons == ("testing", "recusal")
    assert rules["SAMR-2022"].effective_from == date(2020, 1, 1)
    assert (rules["SAMR-2026"].mediation.days, rules["SAMR-2026"].mediation.day_kind) == (60, "calendar")
    assert "party_ceased" in rules["SAMR-2026"].termination_grounds
    assert "121" in rules["SAMR-2026"].provenance
    db.dispose()


def test_a_testing_suspension_pauses_and_an_other_one_does_not(db, supervisor):
    """Order 20 Art. 20: time spent on testing or appraisal is not counted; "other" has no such basis."""
    testing = to_mediating(db, supervisor, date(2026, 5, 4))
    other = to_mediating(db, supervisor, date(2026, 5, 4))
    before = case_document(db, testing, today=date(2026, 5, 11))["deadlines"][0]["due"]
    for no, reason in ((testing, "testing"), (other, "other")):
        workflow.suspend_case(db, supervisor, no, req.SuspendInput(reason, date(2026, 5, 11), note="等待"))
    paused = case_document(db, testing, today=date(2026, 9, 1))["deadlines"][0]
    running = case_document(db, other, today=date(2026, 9, 1))["deadlines"][0]
    assert paused["paused"] is True and paused["overdue"] is False and paused["due"] > before
    assert running["paused"] is False and running["overdue"] is True and running["due"] == before


def test_recusal_order_20_art_19_pauses_until_resumed(db, supervisor):
    no = to_mediating(db, supervisor, date(2026, 5, 4))
    before = date.fromisoformat(case_document(db, no, today=date(2026, 5, 11))["deadlines"][0]["due"])
    workflow.suspend_case(db, supervisor, no, req.SuspendInput("recusal", date(2026, 5, 11)))
    workflow.resume_case(db, supervisor, no, req.ResumeInput(date(2026, 5, 21)))
    after = date.fromisoformat(case_document(db, no, today=date(2026, 5, 21))["deadlines"][0]["due"])
    # 60 days from acceptance on 05-05 (Order 121 Art. 23) end Saturday 07-04, so Monday 07-06 (Civil Code
    # Art. 203); the 10 days paused push the end to Tuesday 07-14.
    assert (before, after) == (date(2026, 7, 6), date(2026, 7, 14))


def test_an_administrator_adds_a_ground_and_a_local_rule_set_that_uses_it(db, admin, supervisor):
    """Grounds are data: code, labels, the clock it affects; a local rule set (Shanghai) lists it."""
    add_ground(
        db, admin, GroundInput("termination", "sh_local", "地方规定的其他情形", "Local ground", "termination_notice")
    )
    with pytest.raises(InvalidInput, match="代码: 已存在"):
        add_ground(db, admin, GroundInput("termination", "sh_local", "重复", "Again"))
    with pytest.raises(InvalidInput, match="影响的期限"):
        add_ground(db, admin, GroundInput("suspension", "sh_wait", "等待", "Wait", "acceptance"))
    add_rule_set(
        db,
        admin,
        RuleSetInput(
            code="SH-2026",
            name="上海市消费者权益保护条例",
            effective_from="2026-01-01",
            acceptance_days=7,
            mediation_days=60,
            mediation_kind="calendar",
            notice_days=7,
            extension_days=30,
            region="上海市",
            non_acceptance_grounds=["out_of_scope", "other"],
            termination_grounds=["sh_local", "other"],
        ),
    )
    with db.transaction() as session:
        session.add(Setting(key="office.region", value="上海市"))
    no = to_mediating(db, supervisor, date(2026, 5, 4))
    doc = case_document(db, no, today=date(2026, 5, 6))
    assert doc["rule_set"] == "SH-2026"
    workflow.terminate_mediation(db, supervisor, no, req.TerminateInput("sh_local", date(2026, 5, 7)))
    [notice] = case_document(db, no, today=date(2026, 5, 7))["deadlines"]
    assert notice["kind"] == "termination_notice"


def test_a_case_keeps_the_rule_set_of_its_receipt_date(db, supervisor):
    """A complaint received 2026-04-14 stays under Order 20 (45 working days) though mediated after 04-15."""
    before = register_case(db, supervisor, wechat_draft(date(2026, 4, 14)), today=date(2026, 4, 20))
    after = register_case(db, supervisor, wechat_draft(date(2026, 4, 15)), today=date(2026, 4, 20))
    assert case_document(db, before, today=date(2026, 4, 20))["rule_set"] == "SAMR-2022"
    assert case_document(db, after, today=date(2026, 4, 20))["rule_set"] == "SAMR-2026"

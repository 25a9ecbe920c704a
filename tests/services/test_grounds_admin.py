"""Grounds kept by an administrator: a ground's labels, basis and clock corrected (never its code), a rule
set's non-acceptance and termination grounds chosen without moving any deadline, the office's region
picking a local rule set; every change audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain import requirements as req
from app.domain.errors import InvalidInput, NotFound, PermissionDenied
from app.services.admin.office import change_office, office_info
from app.services.admin.rule_sets import (
    GroundInput,
    RuleSetInput,
    add_ground,
    add_rule_set,
    edit_ground,
    list_grounds,
    list_rule_sets,
    set_rule_set_grounds,
)
from app.services.cases import workflow
from app.services.cases.detail import case_detail
from app.services.cases.documents import DocumentRequest, render_document
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.store.reference import AuditEntry
from tests.support.builders import to_mediating, wechat_draft

DAY = date(2026, 3, 2)  # under SAMR-2022 (Order 20 as amended 2022)


def _actions(db) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_a_ground_label_basis_and_clock_are_corrected_and_audited(db, admin):
    add_ground(db, admin, GroundInput("termination", "sh_local", "地方规定情形", "Local ground"))
    edit_ground(
        db,
        admin,
        GroundInput(
            "termination", "sh_local", "上海市规定的其他情形", "Other Shanghai ground", "termination_notice", "沪条例"
        ),
    )
    (ground,) = [g for g in list_grounds(db) if g.code == "sh_local"]
    assert (ground.zh, ground.en, ground.clock, ground.basis) == (
        "上海市规定的其他情形",
        "Other Shanghai ground",
        "termination_notice",
        "沪条例",
    )
    assert _actions(db)[-2:] == ["add_ground", "edit_ground"]
    with pytest.raises(NotFound):
        edit_ground(db, admin, GroundInput("termination", "no_such", "无", "None"))
    with pytest.raises(InvalidInput, match="中文名称"):
        edit_ground(db, admin, GroundInput("termination", "sh_local", " ", "x"))


def test_only_an_administrator_keeps_grounds(db, supervisor):
    with pytest.raises(PermissionDenied):
        edit_ground(db, supervisor, GroundInput("termination", "other", "其他", "Other"))
    with pytest.raises(PermissionDenied):
        set_rule_set_grounds(db, supervisor, "SAMR-2022", ["other"], ["other"])


def test_order_121_art_23_ground_offered_under_the_rule_set_in_force_moves_no_deadline(db, admin, supervisor):
    """Order 121 Art. 23(1) adds "投诉人、被投诉人死亡或者主体资格灭失" (party_ceased); an administrator can
    offer it under SAMR-2022 for cases received before 2026-04-15. The rule set's clocks stay: an open
    case's mediation deadline is the same before and after."""
    no = to_mediating(db, supervisor, DAY)
    due_before = case_document(db, no, today=DAY)["deadlines"]
    samr = next(r for r in list_rule_sets(db) if r.code == "SAMR-2022")
    assert "party_ceased" not in samr.termination_grounds
    changed = set_rule_set_grounds(
        db, admin, "SAMR-2022", list(samr.non_acceptance_grounds), [*samr.termination_grounds, "party_ceased"]
    )
    assert "party_ceased" in changed.termination_grounds
    assert changed.mediation == samr.mediation and changed.acceptance == samr.acceptance
    assert case_document(db, no, today=DAY)["deadlines"] == due_before
    assert "party_ceased" in case_detail(db, supervisor, no).termination_grounds
    assert _actions(db)[-1] == "set_rule_set_grounds"
    workflow.terminate_mediation(db, supervisor, no, req.TerminateInput("party_ceased", date(2026, 3, 9)))
    html = render_document(db, no, DocumentRequest("termination_decision")).html
    assert "主体资格灭失" in html  # the catalogue's label, not the bare code


def test_a_rule_set_needs_known_grounds_of_each_kind(db, admin):
    with pytest.raises(InvalidInput) as err:
        set_rule_set_grounds(db, admin, "SAMR-2022", [], ["no_such"])
    assert {p.field for p in err.value.problems} == {"不予受理理由", "终止调解理由"}
    with pytest.raises(InvalidInput):
        set_rule_set_grounds(db, admin, "SAMR-2022", ["party_ceased"], ["other"])  # a termination ground
    with pytest.raises(NotFound):
        set_rule_set_grounds(db, admin, "NO-SUCH", ["other"], ["other"])


def test_the_office_region_picks_the_local_rule_set_for_new_cases(db, admin, supervisor):
    """A local rule (Shanghai: 60 days, +30 with both parties' consent) applies to an office of that region;
    the region is an office setting like the others (audited, at most 40 characters)."""
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
            termination_grounds=["other"],
        ),
    )
    national = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    assert change_office(db, admin, region=" 上海市 ").region == "上海市"
    local = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    assert case_document(db, national, today=DAY)["rule_set"] == "SAMR-2022"
    assert case_document(db, local, today=DAY)["rule_set"] == "SH-2026"
    assert _actions(db)[-2] == "update_office"
    with pytest.raises(InvalidInput, match="所在地区"):
        change_office(db, admin, region="很" * 41)
    assert office_info(db).region == "上海市"

"""Rule sets, grounds, the calendar and the office's region are kept in memory per version of the reference
data: a change made anywhere (another PC, another connection) is seen by the next action, and every
administrator's edit of them moves the version."""

from __future__ import annotations

from datetime import date

from app.services.admin import calendar as calendar_admin
from app.services.admin.office import change_office
from app.services.admin.rule_sets import GroundInput, add_ground, add_rule_set, edit_ground, set_rule_set_grounds
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.clocks import Reference
from app.services.context import Actor
from app.services.reference import reference_version
from app.store.database import Database
from tests.services.test_reference_admin import _rules
from tests.support.builders import wechat_draft

CLI = Actor.cli()
MONDAY = date(2026, 11, 9)
WEDNESDAY = date(2026, 11, 11)
GROUND = GroundInput("termination", "moved_away", "当事人迁离本地", "A party moved away", basis="测试依据")


def _acceptance_due(db: Database, case_no: str) -> str:
    deadlines = case_document(db, case_no, today=MONDAY)["deadlines"]
    return next(d["due"] for d in deadlines if d["kind"] == "acceptance")


def _version(db: Database) -> str | None:
    with db.read() as session:
        return reference_version(session)


def test_a_holiday_entered_on_another_pc_moves_the_deadline_shown_here(db):
    case_no = register_case(db, CLI, wechat_draft(MONDAY), today=MONDAY)
    before = _acceptance_due(db, case_no)
    other = Database(db.url)
    try:
        calendar_admin.set_holiday(other, CLI, WEDNESDAY, False, "临时假日", confirm_year=False, today=MONDAY)
    finally:
        other.dispose()
    assert _acceptance_due(db, case_no) > before


def test_rule_sets_grounds_and_region_changed_elsewhere_are_seen_here(db):
    with db.read() as session:
        Reference(session)  # read and kept
    other = Database(db.url)
    try:
        add_rule_set(other, CLI, _rules())
        add_ground(other, CLI, GROUND)
        change_office(other, CLI, region="上海市")
    finally:
        other.dispose()
    with db.read() as session:
        ref = Reference(session)
    assert "SH-2027" in ref.rule_sets
    assert ("termination", "moved_away") in {(g.kind, g.code) for g in ref.grounds}
    assert ref.region == "上海市"
    assert ref.rules_on(date(2027, 3, 1)).code == "SH-2027"


def test_every_edit_of_reference_data_moves_the_version_and_other_settings_do_not(db):
    edits = [
        lambda: add_rule_set(db, CLI, _rules()),
        lambda: add_ground(db, CLI, GROUND),
        lambda: edit_ground(db, CLI, GroundInput(**{**vars(GROUND), "label_zh": "当事人已迁离"})),
        lambda: set_rule_set_grounds(db, CLI, "SH-2027", ["out_of_scope"], ["other", "moved_away"]),
        lambda: calendar_admin.set_holiday(db, CLI, WEDNESDAY, False, "临时假日", today=MONDAY),
        lambda: calendar_admin.remove_holiday(db, CLI, WEDNESDAY, today=MONDAY),
        lambda: change_office(db, CLI, region="上海市"),
    ]
    for edit in edits:
        before = _version(db)
        edit()
        assert _version(db) not in (None, before)
    before = _version(db)
    change_office(db, CLI, name="某某市消费者协会")
    assert _version(db) == before

"""Deadlines as a case shows them: working days, the holiday table, years the calendar does not cover."""

from __future__ import annotations

from datetime import date

from app.domain import requirements as req
from app.domain.workdays import WorkCalendar, chinesecalendar_entries
from app.services.admin.calendar import set_holiday
from app.services.cases import workflow
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from tests.support.builders import to_mediating, wechat_draft


def test_acceptance_deadline_counts_the_make_up_saturday(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(date(2026, 9, 30)), today=date(2026, 9, 30))
    [deadline] = case_document(db, no, today=date(2026, 10, 9))["deadlines"]
    assert deadline["kind"] == "acceptance"
    assert deadline["due"] == "2026-10-15"
    assert deadline["calendar_confirmed"] is True
    assert deadline["working_days_left"] == 5  # 10 (make-up Saturday), 12, 13, 14, 15


def test_late_december_case_gets_a_2027_deadline_marked_unconfirmed(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(date(2026, 12, 28)), today=date(2026, 12, 28))
    [deadline] = case_document(db, no, today=date(2026, 12, 28))["deadlines"]
    assert deadline["due"].startswith("2027-")
    assert deadline["calendar_confirmed"] is False
    assert "2027" in deadline["warning"]


def test_a_2027_holiday_entered_by_the_administrator_moves_the_deadline(db, supervisor, admin):
    no = register_case(db, supervisor, wechat_draft(date(2026, 12, 28)), today=date(2026, 12, 28))
    before = case_document(db, no, today=date(2026, 12, 28))["deadlines"][0]["due"]
    moved = set_holiday(
        db, admin, date(2027, 1, 4), is_workday=False, name="元旦调休", confirm_year=False, today=date(2026, 12, 28)
    )
    after = case_document(db, no, today=date(2026, 12, 28))["deadlines"][0]["due"]
    assert moved == 1
    assert date.fromisoformat(after) > date.fromisoformat(before)


def test_days_suspended_do_not_count(db, supervisor):
    no = to_mediating(db, supervisor, date(2026, 3, 2))
    due_before = case_document(db, no, today=date(2026, 3, 9))["deadlines"][0]["due"]
    workflow.suspend_case(db, supervisor, no, req.SuspendInput("testing", date(2026, 3, 9)))
    workflow.resume_case(db, supervisor, no, req.ResumeInput(date(2026, 3, 16)))
    doc = case_document(db, no, today=date(2026, 3, 16))
    due_after = doc["deadlines"][0]["due"]
    entries, years = chinesecalendar_entries()
    calendar = WorkCalendar(entries, years)
    paused_working_days = calendar.working_days_between(date(2026, 3, 8), date(2026, 3, 13))
    assert paused_working_days == 5
    moved = calendar.working_days_between(date.fromisoformat(due_before), date.fromisoformat(due_after))
    assert moved == paused_working_days


def test_suspended_case_shows_a_paused_clock_that_is_never_overdue(db, supervisor):
    no = to_mediating(db, supervisor, date(2026, 3, 2))
    workflow.suspend_case(db, supervisor, no, req.SuspendInput("recusal", date(2026, 3, 9)))
    [deadline] = case_document(db, no, today=date(2026, 9, 1))["deadlines"]
    assert deadline["paused"] is True and deadline["overdue"] is False


def test_mediation_limit_overdue_is_flagged(db, supervisor):
    no = to_mediating(db, supervisor, date(2026, 3, 2))
    [deadline] = case_document(db, no, today=date(2026, 6, 1))["deadlines"]
    assert deadline["kind"] == "mediation"
    assert deadline["overdue"] is True and deadline["working_days_left"] < 0

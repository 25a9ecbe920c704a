"""Collective complaints and related cases.

A group gathers many consumers' cases against one merchant so they are mediated together: a session
logged on the group is recorded, in one transaction, on every case of the group still open. Related
cases (a possible duplicate, the same dispute told twice) are linked both ways.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.errors import ActionRefused, InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.domain.workflow import END_STATES
from app.services import audit
from app.services.cases.sessions import SessionInput, add_session, check_session
from app.services.context import Actor
from app.store.cases import Case, case_by_no
from app.store.database import Database
from app.store.merchant_records import CaseGroup, CaseLink


@dataclass(frozen=True)
class GroupSummary:
    """A collective complaint and its cases."""

    id: int
    title: str
    merchant_id: int
    case_nos: tuple[str, ...]


def _group(session: Session, group_id: int) -> CaseGroup:
    group = session.get(CaseGroup, group_id)
    if group is None:
        raise NotFound("group.not_found", group_id=group_id)
    return group


def _join(session: Session, actor: Actor, group: CaseGroup, case_nos: list[str]) -> list[str]:
    joined = []
    for no in case_nos:
        case = case_by_no(session, no)
        if case.merchant_id != group.merchant_id:
            raise ActionRefused("group.other_merchant", case_no=case.case_no, title=group.title)
        if case.group_id not in (None, group.id):
            raise ActionRefused("group.already_grouped", case_no=case.case_no, group_id=case.group_id)
        case.group_id = group.id
        joined.append(case.case_no)
    session.flush()
    audit.record(session, actor, "group_join", "case_group", group.id, after={"cases": joined})
    return joined


def create_group(db: Database, actor: Actor, title: str, case_nos: list[str]) -> int:
    """Start a collective complaint from cases against one merchant; returns the group id."""
    actor.require(Permission.EDIT_OPEN_CASE)
    problems = [] if title.strip() else [Problem("名称", msg("group.title_required"))]
    if len(set(case_nos)) < 2:
        problems.append(Problem("案件", msg("group.too_few")))
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        first = case_by_no(session, case_nos[0])
        group = CaseGroup(
            merchant_id=first.merchant_id, title=title.strip(), created_by=actor.login, created_at=now_local()
        )
        session.add(group)
        session.flush()
        _join(session, actor, group, list(dict.fromkeys(case_nos)))
        return group.id


def add_to_group(db: Database, actor: Actor, group_id: int, case_nos: list[str]) -> None:
    """Add more cases against the same merchant to a collective complaint."""
    actor.require(Permission.EDIT_OPEN_CASE)
    with db.transaction() as session:
        _join(session, actor, _group(session, group_id), case_nos)


def remove_from_group(db: Database, actor: Actor, case_no: str) -> None:
    """Take one case out of its collective complaint (its sessions stay on it)."""
    actor.require(Permission.EDIT_OPEN_CASE)
    with db.transaction() as session:
        case = case_by_no(session, case_no)
        if case.group_id is None:
            raise ActionRefused("group.not_member", case_no=case.case_no)
        group_id, case.group_id = case.group_id, None
        audit.record(session, actor, "group_leave", "case_group", group_id, after={"case": case.case_no})


def group_summary(db: Database, group_id: int) -> GroupSummary:
    with db.read() as session:
        group = _group(session, group_id)
        nos = tuple(session.scalars(select(Case.case_no).where(Case.group_id == group.id).order_by(Case.case_no)))
        return GroupSummary(group.id, group.title, group.merchant_id, nos)


def log_group_session(db: Database, actor: Actor, group_id: int, data: SessionInput) -> list[str]:
    """Log one session on every open case of the group, all or none; returns the case numbers.

    Ended cases are left out; an open case not in mediation refuses the whole session, by name."""
    problems = check_session(data)
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        group = _group(session, group_id)
        cases = session.scalars(select(Case).where(Case.group_id == group.id).order_by(Case.case_no)).all()
        open_cases = [c for c in cases if c.state not in END_STATES]
        if not open_cases:
            raise ActionRefused("group.no_open_cases", title=group.title)
        for case in open_cases:
            add_session(session, actor, case, data)
        return [c.case_no for c in open_cases]


def link_cases(db: Database, actor: Actor, case_no: str, other_no: str, note: str = "") -> None:
    """Mark two cases as related (both ways)."""
    actor.require(Permission.EDIT_OPEN_CASE)
    with db.transaction() as session:
        a, b = case_by_no(session, case_no), case_by_no(session, other_no)
        if a.id == b.id:
            raise ActionRefused("link.self")
        low, high = sorted((a.id, b.id))
        if session.scalar(select(CaseLink.id).where(CaseLink.case_id == low, CaseLink.related_id == high)):
            raise ActionRefused("link.exists", a=a.case_no, b=b.case_no)
        session.add(
            CaseLink(case_id=low, related_id=high, note=note.strip(), created_by=actor.login, created_at=now_local())
        )
        audit.record(session, actor, "link_cases", "case", a.case_no, after={"related": b.case_no, "note": note})


def unlink_cases(db: Database, actor: Actor, case_no: str, other_no: str) -> None:
    """Remove the link between two cases."""
    actor.require(Permission.EDIT_OPEN_CASE)
    with db.transaction() as session:
        a, b = case_by_no(session, case_no), case_by_no(session, other_no)
        link = session.scalars(
            select(CaseLink).where(
                or_(
                    (CaseLink.case_id == a.id) & (CaseLink.related_id == b.id),
                    (CaseLink.case_id == b.id) & (CaseLink.related_id == a.id),
                )
            )
        ).first()
        if link is None:
            raise NotFound("link.not_found", a=a.case_no, b=b.case_no)
        session.delete(link)
        audit.record(session, actor, "unlink_cases", "case", a.case_no, after={"related": b.case_no})

"""The association's own details, shared by every PC of the office: name, address, phone, seal text.

They head every printed document and the monthly report.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from app.domain.errors import InvalidInput, Problem
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import Actor
from app.store.database import Database
from app.store.reference import Setting

PREFIX = "office."


@dataclass(frozen=True)
class OfficeInfo:
    """How the association names itself on paper."""

    name: str = "消费者协会"
    address: str = ""
    phone: str = ""
    seal_text: str = "消费者协会（盖章）"


LABELS = {"name": "协会名称", "address": "地址", "phone": "电话", "seal_text": "印章文字"}


def read_office(session: Session) -> OfficeInfo:
    values = {}
    for f in fields(OfficeInfo):
        row = session.get(Setting, PREFIX + f.name)
        if row is not None and row.value.strip():
            values[f.name] = row.value
    return OfficeInfo(**values)


def office_info(db: Database) -> OfficeInfo:
    with db.read() as session:
        return read_office(session)


def update_office(db: Database, actor: Actor, info: OfficeInfo) -> None:
    """Change the association's details (administrator)."""
    actor.require(Permission.MANAGE_RULES)
    cleaned = {k: v.strip() for k, v in asdict(info).items()}
    if not cleaned["name"]:
        raise InvalidInput([Problem(LABELS["name"], "不能为空")])
    with db.transaction() as session:
        before = asdict(read_office(session))
        for key, value in cleaned.items():
            row = session.get(Setting, PREFIX + key)
            if row is None:
                session.add(Setting(key=PREFIX + key, value=value))
            else:
                row.value = value
        audit.record(session, actor, "update_office", "settings", "office", before=before, after=cleaned)

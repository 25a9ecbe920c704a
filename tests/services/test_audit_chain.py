"""The audit trail is tamper-evident: `audit verify` passes on a busy database and names the first
entry that does not match after a row is changed, deleted or reordered directly in the database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.cli import main
from app.domain import requirements as req
from app.services.admin.auth import sign_in
from app.services.admin.users import add_user
from app.services.audit import verify_chain
from app.services.cases import workflow
from app.services.cases.intake import edit_case, register_case
from app.services.context import Actor
from tests.support.builders import to_agreed, wechat_draft

D0 = date(2026, 5, 11)


def _busy(db, supervisor) -> None:
    """Cases registered, accepted, agreed and closed, users added, sign-ins good and bad."""
    for i in range(6):
        day = D0 + timedelta(days=i)
        no = to_agreed(db, supervisor, day)
        later = day + timedelta(days=12)
        workflow.close_case(
            db,
            supervisor,
            no,
            req.CloseInput(
                "performed", later, received_amount=Decimal("399.00"), paid_by="merchant", performance_confirmed=True
            ),
            today=later,
        )
        other = register_case(db, supervisor, wechat_draft(day, consumer_name=f"李{i}"), today=day)
        edit_case(db, supervisor, other, wechat_draft(day, consumer_name=f"李{i}", facts="补充事实"), today=day)
    add_user(db, Actor.cli(), "zhou", "周登记", ["clerk"], password="Zhou-pass-2026")
    sign_in(db, "zhou", "Zhou-pass-2026")
    with pytest.raises(Exception, match="不正确"):
        sign_in(db, "zhou", "wrong-password")


def _ids(db) -> list[int]:
    with db.engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT id FROM audit_log ORDER BY id"))]


def _tamper(db, sql: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


@pytest.fixture
def busy_db(db, supervisor):
    _busy(db, supervisor)
    return db


def test_chain_of_a_busy_database_verifies(busy_db, capsys):
    report = verify_chain(busy_db)
    assert report.intact and report.checked == len(_ids(busy_db)) > 50
    assert main(["--db", busy_db.url, "audit", "verify"]) == 0
    assert f"已核对 {report.checked} 条" in capsys.readouterr().out


def test_a_changed_row_is_named(busy_db, capsys):
    victim = _ids(busy_db)[20]
    _tamper(busy_db, "UPDATE audit_log SET detail = :d WHERE id = :id", d='{"after": {"state": "closed"}}', id=victim)
    assert verify_chain(busy_db).first_bad_id == victim
    assert main(["--db", busy_db.url, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"编号 {victim}" in err and "修改" in err


def test_a_changed_actor_is_named(busy_db):
    victim = _ids(busy_db)[7]
    _tamper(busy_db, "UPDATE audit_log SET actor = 'someone_else' WHERE id = :id", id=victim)
    assert verify_chain(busy_db).first_bad_id == victim


def test_a_deleted_row_names_the_entry_after_it(busy_db, capsys):
    ids = _ids(busy_db)
    _tamper(busy_db, "DELETE FROM audit_log WHERE id = :id", id=ids[30])
    assert verify_chain(busy_db).first_bad_id == ids[31]
    assert main(["--db", busy_db.url, "audit", "verify"]) == 1
    assert f"编号 {ids[31]}" in capsys.readouterr().err


def test_reordered_rows_are_named(busy_db):
    ids = _ids(busy_db)
    a, b = ids[10], ids[11]
    spare = ids[-1] + 1000
    _tamper(busy_db, "UPDATE audit_log SET id = :s WHERE id = :a", s=spare, a=a)
    _tamper(busy_db, "UPDATE audit_log SET id = :a WHERE id = :b", a=a, b=b)
    _tamper(busy_db, "UPDATE audit_log SET id = :b WHERE id = :s", b=b, s=spare)
    assert verify_chain(busy_db).first_bad_id == a


def test_a_recomputed_hash_still_breaks_the_next_link(busy_db):
    """Rewriting one entry and its own hash is caught by the following entry's link."""
    from app.services.audit import entry_hash

    ids = _ids(busy_db)
    victim = ids[15]
    with busy_db.engine.begin() as conn:
        row = conn.execute(
            text("SELECT prev_hash, actor, action, entity, entity_id FROM audit_log WHERE id = :i"), {"i": victim}
        ).one()
    from app.store.reference import AuditEntry

    with busy_db.read() as session:
        at = session.get(AuditEntry, victim).at
    forged = entry_hash(row.prev_hash, at, row.actor, row.action, row.entity, row.entity_id, "{}")
    _tamper(busy_db, "UPDATE audit_log SET detail = '{}', hash = :h WHERE id = :id", h=forged, id=victim)
    assert verify_chain(busy_db).first_bad_id == ids[16]

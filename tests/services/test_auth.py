"""Signing in: wrong passwords count and slow further tries, deactivated users stay out, passwords
are stored only as argon2 hashes and never appear in the audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.domain.dates import now_local
from app.domain.errors import ActionRefused, InvalidInput, PermissionDenied
from app.services.admin import auth
from app.services.admin.users import add_user, deactivate_user, reactivate_user
from app.services.context import Actor
from app.store.people import User
from app.store.reference import AuditEntry

PASSWORD = "Weiquan-2026"


@pytest.fixture
def staff(db) -> str:
    add_user(db, Actor.cli(), "wang", "王登记", ["clerk"], password=PASSWORD)
    return "wang"


def test_first_start_asks_for_an_administrator_once(db):
    assert auth.needs_first_admin(db)
    admin = auth.create_first_admin(db, "root", "管理员", PASSWORD, PASSWORD)
    assert admin.roles == frozenset({"admin"}) and not auth.needs_first_admin(db)
    with pytest.raises(PermissionDenied):
        auth.create_first_admin(db, "intruder", "某人", PASSWORD, PASSWORD)


def test_first_admin_form_names_every_bad_field(db):
    with pytest.raises(InvalidInput) as err:
        auth.create_first_admin(db, "", "", "short", "other")
    assert {p.field for p in err.value.problems} == {"登录名", "姓名", "密码", "确认密码"}
    assert auth.needs_first_admin(db)


def test_right_password_signs_in_with_the_users_roles(db, staff):
    actor = auth.sign_in(db, " wang ", PASSWORD)
    assert actor.login == "wang" and actor.roles == frozenset({"clerk"}) and actor.user_id is not None


def test_password_is_stored_as_argon2_hash_and_never_audited(db, staff):
    auth.sign_in(db, staff, PASSWORD)
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(db, staff, "Wrong-guess-1")
    with db.read() as session:
        stored = session.scalars(select(User.password_hash).where(User.login == staff)).one()
        details = " ".join(session.scalars(select(AuditEntry.detail)))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert PASSWORD not in details and "Wrong-guess-1" not in details


def test_wrong_password_and_unknown_login_give_the_same_message(db, staff):
    messages = []
    for login, password in ((staff, "nope-nope"), ("nobody", PASSWORD)):
        with pytest.raises(auth.SignInFailed) as err:
            auth.sign_in(db, login, password)
        messages.append(err.value.message)
    assert messages == ["登录名或密码不正确", "登录名或密码不正确"]


def test_repeated_wrong_passwords_make_the_wait_grow(db, staff):
    t0 = now_local()
    waits = []
    for i in range(6):
        moment = t0 + timedelta(hours=i)
        with pytest.raises(auth.SignInFailed) as err:
            auth.sign_in(db, staff, "wrong-password", now=moment)
        waits.append(err.value.wait_seconds)
    assert waits[:2] == [0, 0] and waits[2] > 0
    assert waits[2] < waits[3] < waits[4] < waits[5]


def test_during_the_wait_even_the_right_password_is_refused(db, staff):
    t0 = now_local()
    for _ in range(auth.FREE_TRIES):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in(db, staff, "wrong-password", now=t0)
    with pytest.raises(auth.SignInFailed, match="秒后再试") as err:
        auth.sign_in(db, staff, PASSWORD, now=t0 + timedelta(seconds=1))
    assert err.value.wait_seconds > 0
    later = t0 + timedelta(seconds=auth.wait_after(auth.FREE_TRIES) + 1)
    assert auth.sign_in(db, staff, PASSWORD, now=later).login == staff
    with pytest.raises(auth.SignInFailed) as err:
        auth.sign_in(db, staff, "wrong-again", now=later)
    assert err.value.wait_seconds == 0, "a right password starts the count again"


def test_wait_is_capped():
    assert auth.wait_after(100) == auth.MAX_WAIT_SECONDS


def test_deactivated_user_cannot_sign_in_and_is_kept(db, staff):
    deactivate_user(db, Actor.cli(), staff)
    with pytest.raises(auth.SignInFailed, match="已停用"):
        auth.sign_in(db, staff, PASSWORD)
    with db.read() as session:
        assert session.scalars(select(User).where(User.login == staff)).one().name == "王登记"
    reactivate_user(db, Actor.cli(), staff)
    assert auth.sign_in(db, staff, PASSWORD).login == staff


def test_user_without_password_cannot_sign_in(db):
    add_user(db, Actor.cli(), "li", "李调解", ["mediator"])
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(db, "li", "")


def test_change_password_needs_the_old_one(db, staff):
    me = auth.sign_in(db, staff, PASSWORD)
    with pytest.raises(InvalidInput) as err:
        auth.change_password(db, me, "not-my-password", "New-password-9", "New-password-9")
    assert err.value.problems[0].field == "原密码"
    auth.change_password(db, me, PASSWORD, "New-password-9", "New-password-9")
    assert auth.sign_in(db, staff, "New-password-9").login == staff
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(db, staff, PASSWORD)


def test_password_set_by_an_administrator_must_be_changed(db, staff):
    auth.set_password(db, Actor.cli(), staff, "Temporary-77")
    me = auth.sign_in(db, staff, "Temporary-77")
    assert auth.must_change_password(db, me)
    auth.change_password(db, me, "Temporary-77", "Mine-at-last-1")
    assert not auth.must_change_password(db, me)


def test_simple_passwords_are_refused(db, staff):
    me = auth.sign_in(db, staff, PASSWORD)
    for weak in ("1234567", "12345678", "aaaaaaaa"):
        with pytest.raises(InvalidInput):
            auth.change_password(db, me, PASSWORD, weak)


def test_last_administrator_cannot_be_deactivated_or_demoted(db):
    root = auth.create_first_admin(db, "root", "管理员", PASSWORD)
    add_user(db, root, "second", "副管理员", ["admin"], password=PASSWORD)
    with pytest.raises(ActionRefused):
        deactivate_user(db, root, "root")
    deactivate_user(db, root, "second")
    from app.services.admin.users import set_roles

    with pytest.raises(ActionRefused, match="唯一"):
        set_roles(db, root, "root", ["supervisor"])


def test_idle_lock_minutes_default_and_bounds(db):
    assert auth.idle_lock_minutes(db) == 15
    auth.set_idle_lock_minutes(db, Actor.cli(), 5)
    assert auth.idle_lock_minutes(db) == 5
    with pytest.raises(InvalidInput):
        auth.set_idle_lock_minutes(db, Actor.cli(), 0)

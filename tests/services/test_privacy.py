"""Personal data on screen per role: case workers see phone and ID numbers, the administrator sees them masked."""

from __future__ import annotations

import pytest

from app.services.context import Actor
from app.services.privacy import present_personal, sees_personal_data

PHONE, ID_NUMBER = "13812348000", "11010119900307123X"


def _actor(*roles: str) -> Actor:
    return Actor(login="x", name="某人", roles=frozenset(roles), user_id=1)


@pytest.mark.parametrize("roles", [("clerk",), ("supervisor",), ("admin", "clerk")])
def test_those_who_check_identity_see_full_values(roles):
    actor = _actor(*roles)
    assert sees_personal_data(actor)
    assert present_personal(actor, PHONE, "phone") == PHONE
    assert present_personal(actor, ID_NUMBER, "id_number") == ID_NUMBER


@pytest.mark.parametrize("roles", [("mediator",), ("admin", "mediator")])
def test_a_mediator_sees_the_phone_but_a_masked_id_number(roles):
    actor = _actor(*roles)
    assert present_personal(actor, PHONE, "phone") == PHONE
    assert present_personal(actor, ID_NUMBER, "id_number") == "110101********123X"


def test_an_administrator_sees_masked_values():
    admin = _actor("admin")
    assert not sees_personal_data(admin)
    assert present_personal(admin, PHONE, "phone") == "138****8000"
    assert present_personal(admin, ID_NUMBER, "id_number") == "110101********123X"
    assert present_personal(admin, "张三丰", "name") == "张**"
    assert present_personal(admin, "meizhuang_88", "wechat_id") == "me********88"


def test_missing_values_stay_missing_and_unknown_kinds_are_a_programming_error():
    admin = _actor("admin")
    assert present_personal(admin, None, "phone") is None and present_personal(admin, "", "id_number") == ""
    with pytest.raises(ValueError):
        present_personal(admin, PHONE, "salary")

"""Text no longer than its column, the same on SQLite and PostgreSQL: a consumer name, a merchant name or
a 12315 number beyond its VARCHAR length is refused by the service with one catalogued problem per field
(PostgreSQL would raise DataError, SQLite would keep it), nothing written; the limit is the column's."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.cli import main
from app.domain.errors import InvalidInput
from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import register_case
from app.store.cases import Case
from app.store.limits import limit_of
from app.store.people import Consumer
from tests.support.builders import wechat_draft

D0 = date(2026, 5, 11)


def _cases(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


def test_the_limits_are_the_columns():
    assert limit_of(Consumer.__table__, "name") == 64
    assert limit_of(Case.__table__, "ref_12315") == 40
    assert limit_of(Case.__table__, "facts") is None


def test_a_name_beyond_its_column_is_refused_on_both_databases(db, supervisor):
    draft = wechat_draft(D0, consumer_name="张" * 80)
    draft.merchant = MerchantDraft(name="店" * 130, kind="unregistered", wechat_id="meizhuang_88")
    with pytest.raises(InvalidInput) as err:
        register_case(db, supervisor, draft, today=D0)
    found = {(p.field, p.message.code, p.message.params["limit"]) for p in err.value.problems}
    assert found == {("消费者姓名", "value.max_chars", 64), ("经营者名称", "value.max_chars", 120)}
    assert "消费者姓名: 不能超过 64 个字" in str(err.value) or "64" in str(err.value)
    assert _cases(db) == 0


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=1, max_value=90))
def test_exactly_the_names_that_fit_are_kept(sqlite_db, supervisor, n):
    before = _cases(sqlite_db)
    try:
        register_case(sqlite_db, supervisor, wechat_draft(D0, consumer_name="李" * n), today=D0)
    except InvalidInput:
        assert n > 64
        assert _cases(sqlite_db) == before
    else:
        assert n <= 64
        assert _cases(sqlite_db) == before + 1


def test_a_too_long_ledger_value_is_one_problem_not_a_traceback(db, tmp_path, capsys):
    from tests.services.test_ledger import GOOD, write_ledger

    path = write_ledger(tmp_path / "l.xlsx", [{**GOOD, "消费者姓名": "王" * 70}])
    assert main(["--db", db.url, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "64" in err
    assert _cases(db) == 0

"""After a bulk load (demo data, a ledger import) the planner's statistics are refreshed for the office's
own tables only: on a shared PostgreSQL server a bare ANALYZE would walk every schema and could deadlock
with another office's schema being written."""

from __future__ import annotations

from sqlalchemy import text


def test_analyze_refreshes_this_schema_and_leaves_the_others_alone(pg_db):
    with pg_db.engine.begin() as conn:
        conn.execute(text("CREATE SCHEMA IF NOT EXISTS other_office_probe"))
        conn.execute(text("CREATE TABLE IF NOT EXISTS other_office_probe.cases (id int)"))
    try:
        pg_db.analyze()
        with pg_db.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT schemaname, relname, last_analyze IS NOT NULL FROM pg_stat_user_tables "
                    "WHERE relname = 'cases' AND schemaname IN (current_schema(), 'other_office_probe')"
                )
            ).all()
            mine = conn.execute(text("SELECT current_schema()")).scalar_one()
        analysed = {schema: done for schema, _name, done in rows}
        assert analysed[mine] is True
        assert analysed["other_office_probe"] is False
    finally:
        with pg_db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA other_office_probe CASCADE"))

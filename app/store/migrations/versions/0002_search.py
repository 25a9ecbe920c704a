"""Case list: sort keys for names, indexes on the next deadline and consumer names, full-text search.

Sorting the list by consumer, merchant or mediator must run on an index of the cases table, so their
names are copied onto each case (``*_sort``) and kept current by triggers: the services, the demo
generator and the ledger import need not know about them.

Search: on SQLite, FTS5 tables with the trigram tokenizer (Chinese has no spaces) over the case number
and complaint text, the consumer's name and phone, the merchant's name, WeChat ID and phone, kept in
step by triggers. On PostgreSQL, pg_trgm GIN indexes on the same columns.

Revision ID: 0002_search
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

SORT_COLUMNS = (("consumer_sort", 64), ("merchant_sort", 120), ("mediator_sort", 64))

# (FTS table, source table, columns) for SQLite; the same columns get pg_trgm indexes on PostgreSQL.
SEARCHED = (
    ("cases_fts", "cases", ("case_no", "facts")),
    ("consumers_fts", "consumers", ("name", "phone")),
    ("merchants_fts", "merchants", ("name", "wechat_id", "phone")),
)

SORT_KEYS_SQL = """
    consumer_sort = coalesce((SELECT name FROM consumers WHERE id = NEW.consumer_id), ''),
    merchant_sort = coalesce((SELECT name FROM merchants WHERE id = NEW.merchant_id), ''),
    mediator_sort = coalesce((SELECT name FROM users WHERE id = NEW.mediator_id), '')
"""

PG_SORT_KEYS_SQL = """
    NEW.consumer_sort := coalesce((SELECT name FROM consumers WHERE id = NEW.consumer_id), '');
    NEW.merchant_sort := coalesce((SELECT name FROM merchants WHERE id = NEW.merchant_id), '');
    NEW.mediator_sort := coalesce((SELECT name FROM users WHERE id = NEW.mediator_id), '');
"""

# (table holding a name, the case column that points at it, the sort key column on cases)
NAME_SOURCES = (
    ("consumers", "consumer_id", "consumer_sort"),
    ("merchants", "merchant_id", "merchant_sort"),
    ("users", "mediator_id", "mediator_sort"),
)


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name, length in SORT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), server_default="", nullable=False))
        for name, _length in SORT_COLUMNS:
            batch_op.create_index(batch_op.f(f"ix_cases_{name}"), [name], unique=False)
        batch_op.create_index("ix_cases_next_due_on", ["next_due_on"], unique=False)
    with op.batch_alter_table("consumers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consumers_name"), ["name"], unique=False)
    op.execute(f"UPDATE cases SET {SORT_KEYS_SQL.replace('NEW.', 'cases.')}")
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_up()
    else:
        _sqlite_up()


def _sqlite_up() -> None:
    op.execute(
        f"CREATE TRIGGER search_cases_sort_ai AFTER INSERT ON cases BEGIN "
        f"UPDATE cases SET {SORT_KEYS_SQL} WHERE id = NEW.id; END"
    )
    op.execute(
        f"CREATE TRIGGER search_cases_sort_au AFTER UPDATE OF consumer_id, merchant_id, mediator_id "
        f"ON cases BEGIN UPDATE cases SET {SORT_KEYS_SQL} WHERE id = NEW.id; END"
    )
    for table, ref, key in NAME_SOURCES:
        op.execute(
            f"CREATE TRIGGER search_{table}_sort_au AFTER UPDATE OF name ON {table} BEGIN "
            f"UPDATE cases SET {key} = NEW.name WHERE {ref} = NEW.id; END"
        )
    for fts, table, columns in SEARCHED:
        cols = ", ".join(columns)
        new = ", ".join(f"NEW.{c}" for c in columns)
        old = ", ".join(f"OLD.{c}" for c in columns)
        delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', OLD.id, {old});"
        insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (NEW.id, {new});"
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', tokenize='trigram')"
        )
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _trgm_schema() -> str:
    """pg_trgm in a schema of its own: renaming or dropping the application's schema (a restore keeps
    the old one aside) must never take the extension, and with it the live trigram indexes, along."""
    bind = op.get_bind()
    op.execute("CREATE SCHEMA IF NOT EXISTS weiquan_ext")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA weiquan_ext")
    return str(
        bind.execute(
            sa.text(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                "WHERE e.extname = 'pg_trgm'"
            )
        ).scalar_one()
    )


def _postgresql_up() -> None:
    schema = _trgm_schema()
    for _fts, table, columns in SEARCHED:
        for column in columns:
            op.execute(
                f'CREATE INDEX ix_{table}_search_trgm_{column} ON {table} USING gin ({column} "{schema}".gin_trgm_ops)'
            )
    op.execute(
        f"CREATE FUNCTION search_cases_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"{PG_SORT_KEYS_SQL} RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER search_cases_sort BEFORE INSERT OR UPDATE OF consumer_id, merchant_id, mediator_id "
        "ON cases FOR EACH ROW EXECUTE FUNCTION search_cases_sort_keys()"
    )
    for table, ref, key in NAME_SOURCES:
        op.execute(
            f"CREATE FUNCTION search_{table}_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"UPDATE cases SET {key} = NEW.name WHERE {ref} = NEW.id; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_sort AFTER UPDATE OF name ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_{table}_sort_key()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_cases_sort ON cases")
        op.execute("DROP FUNCTION IF EXISTS search_cases_sort_keys()")
        for table, _ref, _key in NAME_SOURCES:
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_sort ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS search_{table}_sort_key()")
        for _fts, table, columns in SEARCHED:
            for column in columns:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm_{column}")
    else:
        for fts, _table, _columns in SEARCHED:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
        for table, _ref, _key in NAME_SOURCES:
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_sort_au")
        op.execute("DROP TRIGGER IF EXISTS search_cases_sort_ai")
        op.execute("DROP TRIGGER IF EXISTS search_cases_sort_au")
    with op.batch_alter_table("consumers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consumers_name"))
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_next_due_on")
        for name, _length in SORT_COLUMNS:
            batch_op.drop_index(batch_op.f(f"ix_cases_{name}"))
        for name, _length in SORT_COLUMNS:
            batch_op.drop_column(name)

"""Prefix look-ups on PostgreSQL by index, whatever the database's collation.

A merchant is looked up by the first characters of its name key, WeChat ID, phone, USCC or an alias
(``LIKE 'typed%'``). PostgreSQL uses a plain b-tree index for such a LIKE only under the C collation;
an office database created with any other (C.UTF-8, zh_CN.UTF-8, Chinese_China.936) scanned every
merchant instead, or walked the whole name index in collation order up to the prefix, several times
per keystroke. Indexes on the columns under the C collation answer both the look-up's LIKE and its
ORDER BY (the query names the collation, ``app.services.merchants.search.prefix_match``), so a
look-up reads only the first matches. SQLite needs nothing: its GLOB prefix uses the plain indexes.

Revision ID: 0016_prefix_indexes
Revises: 0015_sub_categories
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016_prefix_indexes"
down_revision: str | tuple[str, ...] | None = "0015_sub_categories"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

# (table, column): the columns merchant look-ups match by prefix (app/services/merchants/search.py)
PREFIX_COLUMNS = (
    ("merchants", "name_key"),
    ("merchants", "wechat_key"),
    ("merchants", "phone"),
    ("merchants", "uscc"),
    ("merchant_aliases", "value_key"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in PREFIX_COLUMNS:
        op.execute(f'CREATE INDEX ix_{table}_search_prefix_{column} ON {table} ({column} COLLATE "C")')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in PREFIX_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_prefix_{column}")

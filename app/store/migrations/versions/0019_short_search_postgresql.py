"""Search of one or two characters by index on PostgreSQL: the characters and character pairs of each text.

pg_trgm's indexes answer ILIKE for three characters or more; a shorter pattern has no trigram, so a short
search read every case. ``short_search_grams(text)`` gives the distinct characters and pairs of
neighbouring characters of a text (lower case), and GIN indexes over it on the case text (number and
complaint) and on the merchant's name and WeChat ID find the rows holding a short term
(``grams @> ARRAY[term]``); ``app.store.case_search`` uses them for a rare term and walks the list's order
for a common one. SQLite has its own (0017_short_search).

Revision ID: 0019_short_search_postgresql
Revises: 0018_reference_version
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019_short_search_postgresql"
down_revision: str | tuple[str, ...] | None = "0018_reference_version"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

FUNCTION = "short_search_grams"
# (index, table, the text indexed: its columns joined by a space, which no search term holds)
INDEXES = (
    ("ix_cases_short_search", "cases", "coalesce(case_no, '') || ' ' || coalesce(facts, '')"),
    ("ix_merchants_short_search", "merchants", "coalesce(name, '') || ' ' || coalesce(wechat_id, '')"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 "
        "AS $$ SELECT coalesce(array_agg(DISTINCT g), '{}') FROM ("
        "SELECT lower(substr(t, i, 2)) AS g FROM generate_series(1, length(t) - 1) AS i "
        "UNION ALL SELECT lower(substr(t, i, 1)) FROM generate_series(1, length(t)) AS i) AS grams $$"
    )
    for name, table, indexed in INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({FUNCTION}({indexed}))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _table, _indexed in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(text)")

"""Search of one or two characters by index on SQLite: case and merchant text indexed with two trailing
spaces.

FTS5's trigram index answers terms of three characters or more. A shorter term (面霜, a surname, one
rare character) is a prefix of the trigrams that start where it occurs, except where it ends the text;
indexing each text with two spaces after it makes every occurrence the start of a trigram. The trigrams
starting with a short term are then read from the index's vocabulary (``cases_fts_vocab``), and the cases
holding any of them are the cases containing the term (``app.store.case_search.short_term``). Merchants'
names, WeChat IDs and phones get the same (``merchants_fts_vocab``), so that the merchant part of a short
search is no scan of every merchant either.
Search terms never hold a space (the search box splits on spaces), so the padding matches nothing else.

Each index reads its text through a view of the padded columns (``cases_search_text``,
``merchants_search_text``), so a rebuild or an integrity check sees the same text the triggers index. PostgreSQL needs nothing here.

Revision ID: 0017_short_search
Revises: 0016_prefix_indexes
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017_short_search"
down_revision: str | tuple[str, ...] | None = "0016_prefix_indexes"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

# (FTS table, table, columns, view of the padded columns)
INDEXED = (
    ("cases_fts", "cases", ("case_no", "facts"), "cases_search_text"),
    ("merchants_fts", "merchants", ("name", "wechat_id", "phone"), "merchants_search_text"),
)
PAD = "'  '"


def _values(prefix: str, columns: tuple[str, ...], padded: bool) -> str:
    if not padded:
        return ", ".join(f"{prefix}.{c}" for c in columns)
    return ", ".join(f"coalesce({prefix}.{c}, '') || {PAD}" for c in columns)


def _index(fts: str, table: str, columns: tuple[str, ...], content: str, padded: bool) -> None:
    """The index of ``table`` over ``content`` with its triggers, filled from it."""
    cols = ", ".join(columns)
    old, new = _values("OLD", columns, padded), _values("NEW", columns, padded)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', OLD.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (NEW.id, {new});"
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{content}', content_rowid='id', tokenize='trigram')"
    )
    op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END")
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _drop_index(fts: str) -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {fts}_vocab")
    op.execute(f"DROP TABLE IF EXISTS {fts}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, table, columns, view in INDEXED:
        _drop_index(fts)
        padded = ", ".join(f"coalesce({c}, '') || {PAD} AS {c}" for c in columns)
        op.execute(f"CREATE VIEW {view} AS SELECT id, {padded} FROM {table}")
        _index(fts, table, columns, view, padded=True)
        op.execute(f"CREATE VIRTUAL TABLE {fts}_vocab USING fts5vocab({fts}, 'row')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, table, columns, view in INDEXED:
        _drop_index(fts)
        op.execute(f"DROP VIEW IF EXISTS {view}")
        _index(fts, table, columns, table, padded=False)

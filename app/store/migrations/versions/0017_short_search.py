"""Search of one or two characters by index on SQLite: the case text indexed with two trailing spaces.

FTS5's trigram index answers terms of three characters or more. A shorter term (面霜, a surname, one
rare character) is a prefix of the trigrams that start where it occurs, except where it ends the text;
indexing each text with two spaces after it makes every occurrence the start of a trigram. The trigrams
starting with a short term are then read from the index's vocabulary (``cases_fts_vocab``), and the cases
holding any of them are the cases containing the term (``app.store.case_search.short_term_grams``).
Search terms never hold a space (the search box splits on spaces), so the padding matches nothing else.

The index reads its text through the view ``cases_search_text`` (the padded columns), so a rebuild or an
integrity check of the index sees the same text the triggers index. PostgreSQL needs nothing here.

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

FTS = "cases_fts"
COLUMNS = ("case_no", "facts")
PAD = "'  '"
VIEW = "cases_search_text"


def _values(prefix: str, padded: bool) -> str:
    if not padded:
        return ", ".join(f"{prefix}.{c}" for c in COLUMNS)
    return ", ".join(f"coalesce({prefix}.{c}, '') || {PAD}" for c in COLUMNS)


def _index(content: str, padded: bool) -> None:
    """The case index over ``content`` with its triggers, filled from it."""
    cols = ", ".join(COLUMNS)
    delete = f"INSERT INTO {FTS}({FTS}, rowid, {cols}) VALUES ('delete', OLD.id, {_values('OLD', padded)});"
    insert = f"INSERT INTO {FTS}(rowid, {cols}) VALUES (NEW.id, {_values('NEW', padded)});"
    op.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5({cols}, content='{content}', content_rowid='id', tokenize='trigram')"
    )
    op.execute(f"CREATE TRIGGER {FTS}_ai AFTER INSERT ON cases BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {FTS}_ad AFTER DELETE ON cases BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER {FTS}_au AFTER UPDATE OF {cols} ON cases BEGIN {delete} {insert} END")
    op.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")


def _drop_index() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {FTS}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {FTS}_vocab")
    op.execute(f"DROP TABLE IF EXISTS {FTS}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    padded = ", ".join(f"coalesce({c}, '') || {PAD} AS {c}" for c in COLUMNS)
    op.execute(f"CREATE VIEW {VIEW} AS SELECT id, {padded} FROM cases")
    _index(VIEW, padded=True)
    op.execute(f"CREATE VIRTUAL TABLE {FTS}_vocab USING fts5vocab({FTS}, 'row')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    op.execute(f"DROP VIEW IF EXISTS {VIEW}")
    _index("cases", padded=False)

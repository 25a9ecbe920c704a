"""What the evidence reader found in each evidence image, and search over its text.

One row per image in ``evidence_readings``. On SQLite an FTS5 trigram table over the text, kept in step by
triggers, as migration 0002_search does for the complaint text; on PostgreSQL a pg_trgm GIN index. The
transaction number is indexed for the duplicate-complaint check.

Revision ID: 0007_evidence_text
Revises: 0006_history_events
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_evidence_text"
down_revision: str | None = "0006_history_events"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

FTS = "evidence_text_fts"


def upgrade() -> None:
    op.create_table(
        "evidence_readings",
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("paid_at", sa.DateTime(), nullable=True),
        sa.Column("year_shown", sa.Boolean(), nullable=True),
        sa.Column("payee", sa.String(length=120), nullable=True),
        sa.Column("transaction_no", sa.String(length=64), nullable=True),
        sa.Column("order_no", sa.String(length=64), nullable=True),
        sa.Column("card_tail", sa.String(length=8), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Text(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("evidence_id"),
    )
    with op.batch_alter_table("evidence_readings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_readings_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_readings_transaction_no"), ["transaction_no"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        schema = (
            op.get_bind()
            .execute(
                sa.text(
                    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                    "WHERE e.extname = 'pg_trgm'"
                )
            )
            .scalar_one()
        )
        op.execute(
            f'CREATE INDEX ix_evidence_readings_search_trgm_text ON evidence_readings USING gin (text "{schema}".gin_trgm_ops)'
        )
        return
    delete = f"INSERT INTO {FTS}({FTS}, rowid, text) VALUES ('delete', OLD.evidence_id, OLD.text);"
    insert = f"INSERT INTO {FTS}(rowid, text) VALUES (NEW.evidence_id, NEW.text);"
    op.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5(text, content='evidence_readings', content_rowid='evidence_id', "
        "tokenize='trigram')"
    )
    op.execute(f"CREATE TRIGGER {FTS}_ai AFTER INSERT ON evidence_readings BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {FTS}_ad AFTER DELETE ON evidence_readings BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER {FTS}_au AFTER UPDATE OF text ON evidence_readings BEGIN {delete} {insert} END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_evidence_readings_search_trgm_text")
    else:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {FTS}")
    with op.batch_alter_table("evidence_readings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_readings_transaction_no"))
        batch_op.drop_index(batch_op.f("ix_evidence_readings_case_id"))
    op.drop_table("evidence_readings")

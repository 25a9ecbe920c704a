"""Follow-up visits, cases entrusted by a SAMR office (its name and dates), and the day the complainant
was told the acceptance decision.

Revision ID: 0011_case_paths
Revises: 0010_enquiries
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_case_paths"
down_revision: str | tuple[str, ...] | None = "0010_enquiries"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entrusted_by", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("entrusted_received_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("entrusted_accepted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("decision_notified_on", sa.Date(), nullable=True))
    op.create_table(
        "follow_up_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_follow_up_visits_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_visits")),
    )
    with op.batch_alter_table("follow_up_visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_visits_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_table("follow_up_visits")
    names = ("decision_notified_on", "entrusted_accepted_on", "entrusted_received_on", "entrusted_by")
    if op.get_bind().dialect.name == "sqlite":
        # ALTER TABLE ... DROP COLUMN (SQLite 3.35+) instead of batch mode's rebuild of ``cases``, which
        # every other table references: a rebuild fails while foreign keys are on (and on the search
        # triggers that name the table), as 0008's downgrade did.
        for name in names:
            op.execute(f'ALTER TABLE cases DROP COLUMN "{name}"')
        return
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name in names:
            batch_op.drop_column(name)

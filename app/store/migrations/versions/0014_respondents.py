"""Further respondents on a case (the platform, the producer, the supplier or brand owner; CRPL Arts. 40,
43, 44, E-Commerce Law Art. 38) and advance compensation (先行赔付): who paid, how much, when.

Revision ID: 0014_respondents
Revises: 0013_extension_schema
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_respondents"
down_revision: str | tuple[str, ...] | None = "0013_extension_schema"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_respondents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_respondents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"], ["merchants.id"], name=op.f("fk_case_respondents_merchant_id_merchants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_respondents")),
        sa.UniqueConstraint("case_id", "merchant_id", name=op.f("uq_case_respondents_case_id")),
    )
    with op.batch_alter_table("case_respondents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_respondents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_respondents_merchant_id"), ["merchant_id"], unique=False)
    op.create_table(
        "advance_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("payer_kind", sa.String(length=24), nullable=False),
        sa.Column("payer_name", sa.String(length=120), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_advance_payments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advance_payments")),
    )
    with op.batch_alter_table("advance_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advance_payments_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_table("advance_payments")
    op.drop_table("case_respondents")

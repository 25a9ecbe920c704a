"""Merchant memory: names and identifiers seen, undoable merges, collective-complaint groups, case links,
and a covering index for a merchant's record on the case table.

Revision ID: 0003_merchants
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_merchants"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _merchant_fk(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["merchants.id"], name=op.f(f"fk_{table}_{column}_merchants"))


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_merchant_record",
            ["merchant_id", "received_on", "state", "termination_ground", "outcome"],
            unique=False,
        )

    op.create_table(
        "merchant_aliases",
        _id(),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=120), nullable=False),
        sa.Column("value_key", sa.String(length=120), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        _merchant_fk("merchant_id", "merchant_aliases"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merchant_aliases")),
        sa.UniqueConstraint("merchant_id", "kind", "value_key", name=op.f("uq_merchant_aliases_merchant_id")),
    )
    with op.batch_alter_table("merchant_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merchant_aliases_merchant_id"), ["merchant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merchant_aliases_value_key"), ["value_key"], unique=False)

    op.create_table(
        "merchant_merges",
        _id(),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("case_ids", sa.Text(), nullable=False),
        sa.Column("kept_before", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("merged_by", sa.String(length=64), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_by", sa.String(length=64), nullable=True),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        _merchant_fk("kept_id", "merchant_merges"),
        _merchant_fk("merged_id", "merchant_merges"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merchant_merges")),
    )
    with op.batch_alter_table("merchant_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merchant_merges_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merchant_merges_merged_id"), ["merged_id"], unique=False)

    op.create_table(
        "case_groups",
        _id(),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _merchant_fk("merchant_id", "case_groups"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_groups")),
    )
    with op.batch_alter_table("case_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_groups_merchant_id"), ["merchant_id"], unique=False)

    op.create_table(
        "case_links",
        _id(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("related_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_links_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["related_id"], ["cases.id"], name=op.f("fk_case_links_related_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_links")),
        sa.UniqueConstraint("case_id", "related_id", name=op.f("uq_case_links_case_id")),
    )
    with op.batch_alter_table("case_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_links_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_links_related_id"), ["related_id"], unique=False)


def downgrade() -> None:
    op.drop_table("case_links")
    op.drop_table("case_groups")
    op.drop_table("merchant_merges")
    op.drop_table("merchant_aliases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_merchant_record")

"""具体商品 / 具体服务: a case may name the item within its goods or service class.

Revision ID: 0015_sub_categories
Revises: 0014_respondents
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_sub_categories"
down_revision: str | tuple[str, ...] | None = "0014_respondents"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sub_category", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("sub_category")

"""Join the migration branches of the first release, and index the case list's combined filter.

Revision ID: 0005_list_filters
Revises: 0002_search, 0003_merchants, 0004_security
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_list_filters"
down_revision: str | tuple[str, ...] | None = ("0002_search", "0003_merchants", "0004_security")
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_state_nature_channel_received", ["state", "nature", "channel", "received_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_state_nature_channel_received")

"""Move pg_trgm out of the application's schema into its own (``weiquan_ext``), where databases set up
by the first release installed it: a restore renames the application's schema aside, and the extension
must not go with it (its operator class would vanish from the new schema, and dropping the kept-aside
schema would drop the live trigram indexes). Nothing to do on SQLite.

Revision ID: 0013_extension_schema
Revises: 0012_report_snapshots
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_extension_schema"
down_revision: str | tuple[str, ...] | None = "0012_report_snapshots"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    where = bind.execute(
        sa.text(
            "SELECT n.nspname = current_schema() FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    ).scalar()
    if where:
        op.execute("CREATE SCHEMA IF NOT EXISTS weiquan_ext")
        op.execute("ALTER EXTENSION pg_trgm SET SCHEMA weiquan_ext")


def downgrade() -> None:
    """The extension stays where it is: its place does not change what the schema holds."""

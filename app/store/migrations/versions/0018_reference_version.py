"""A version token for the reference data, so each PC can keep rule sets, grounds and the calendar in memory.

Every transition, registration and case page needs the rule sets, the grounds, the working-day calendar
and the office's region. Reading them (and a fingerprint of the holiday table) took five statements per
transaction. ``reference_version`` holds one row whose token triggers change on every write to
``rule_sets``, ``grounds``, ``holidays``, ``holiday_years`` and the ``office.region`` setting, whoever
writes (an administrator on another PC, a migration, a restore's seeding, plain SQL): a PC keeps what it
read under the token and reads one row per transaction to know whether it is still current. The token
is random rather than a counter, so a restored backup never carries a token that meant other data here.
The row itself is added by the seeding at start (``seed_reference_data``), not here: a restore loads a
backup's rows into freshly migrated, empty tables.

Revision ID: 0018_reference_version
Revises: 0017_short_search
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_reference_version"
down_revision: str | tuple[str, ...] | None = "0017_short_search"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

TABLES = ("rule_sets", "grounds", "holidays", "holiday_years")
REGION_KEY = "'office.region'"
SQLITE_TOKEN = "lower(hex(randomblob(16)))"
PG_TOKEN = "md5(random()::text || clock_timestamp()::text)"
# (operation, the condition on settings rows that concern the reference data)
SETTING_TRIGGERS = (
    ("insert", f"NEW.key = {REGION_KEY}"),
    ("update", f"NEW.key = {REGION_KEY} OR OLD.key = {REGION_KEY}"),
    ("delete", f"OLD.key = {REGION_KEY}"),
)


def upgrade() -> None:
    op.create_table(
        "reference_version",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_version")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_up()
    else:
        _sqlite_up()


def _sqlite_up() -> None:
    bump = f"BEGIN UPDATE reference_version SET token = {SQLITE_TOKEN}; END"
    for table in TABLES:
        for operation in ("insert", "update", "delete"):
            op.execute(
                f"CREATE TRIGGER reference_version_{table}_{operation} AFTER {operation.upper()} ON {table} {bump}"
            )
    for operation, condition in SETTING_TRIGGERS:
        op.execute(
            f"CREATE TRIGGER reference_version_settings_{operation} AFTER {operation.upper()} ON settings "
            f"WHEN {condition} {bump}"
        )


def _postgresql_up() -> None:
    op.execute(
        "CREATE FUNCTION reference_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"UPDATE reference_version SET token = {PG_TOKEN}; RETURN NULL; END $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER reference_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump()"
        )
    for operation, condition in SETTING_TRIGGERS:
        op.execute(
            f"CREATE TRIGGER reference_version_{operation} AFTER {operation.upper()} ON settings "
            f"FOR EACH ROW WHEN ({condition}) EXECUTE FUNCTION reference_version_bump()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS reference_version_bump ON {table}")
        for operation, _condition in SETTING_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS reference_version_{operation} ON settings")
        op.execute("DROP FUNCTION IF EXISTS reference_version_bump()")
    else:
        for table in TABLES:
            for operation in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS reference_version_{table}_{operation}")
        for operation, _condition in SETTING_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS reference_version_settings_{operation}")
    op.drop_table("reference_version")

"""Rule sets get a count and a day kind per clock, a region, suspension reasons that pause or not, and a
provenance; grounds become a table an administrator can add to. Existing rule sets are carried over.

Carrying over: the one ``day_kind`` of a rule set becomes its mediation clock's day kind; acceptance and
termination notice stay in working days, as Order 20 Arts. 14 and 21 count them (a local rule in calendar
days changed only the mediation period). SAMR-2022 starts on 2020-01-01 (Order 20 Art. 40). The shipped
SAMR-2026, if still as shipped, takes the values of Order 121 (mediation 60 days, Art. 23; grounds of
Arts. 16 and 23). Open cases' next due dates are computed again when the database is opened after it.

Revision ID: 0008_rule_clocks
Revises: 0007_evidence_text
Create Date: 2026-12-01
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0008_rule_clocks"
down_revision: str | tuple[str, ...] | None = "0007_evidence_text"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

ALL_CLOCKS = "acceptance,mediation,termination_notice,performance"
GROUNDS_2026 = (
    "out_of_scope,handled_elsewhere,no_consumer_relationship,time_barred,materials_missing,business_dispute,"
    "private_deal,already_performed,false_materials,impersonation,refuses_identity_check,other"
)
TERMINATION_2026 = (
    "withdrawn_or_settled,no_testing_agreement,absent_or_refused,no_agreement_possible,limit_expired,"
    "non_acceptance_found,party_ceased,other"
)
NOTE_2026 = (
    "调解期限六十日、不予受理与终止调解情形据公开转载的文书式样；受理与终止告知期限（七个工作日）未见官方全文，待核对"
)


def upgrade() -> None:
    with op.batch_alter_table("rule_sets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("acceptance_kind", sa.String(length=16), server_default="working", nullable=False)
        )
        batch_op.add_column(sa.Column("mediation_kind", sa.String(length=16), server_default="working", nullable=False))
        batch_op.add_column(sa.Column("notice_kind", sa.String(length=16), server_default="working", nullable=False))
        batch_op.add_column(sa.Column("performance_days", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("performance_kind", sa.String(length=16), server_default="working", nullable=False)
        )
        batch_op.add_column(sa.Column("rollover", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("region", sa.String(length=40), server_default="", nullable=False))
        batch_op.add_column(sa.Column("suspension_reasons", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("pausing_reasons", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("provenance", sa.Text(), server_default="", nullable=False))
    rule_sets = sa.table(
        "rule_sets",
        sa.column("code", sa.String),
        sa.column("effective_from", sa.Date),
        sa.column("mediation_days", sa.Integer),
        sa.column("day_kind", sa.String),
        sa.column("mediation_kind", sa.String),
        sa.column("rollover", sa.Text),
        sa.column("suspension_reasons", sa.Text),
        sa.column("pausing_reasons", sa.Text),
        sa.column("non_acceptance_grounds", sa.Text),
        sa.column("termination_grounds", sa.Text),
        sa.column("note", sa.Text),
        sa.column("provenance", sa.Text),
    )
    op.execute(
        rule_sets.update().values(
            mediation_kind=rule_sets.c.day_kind,
            rollover=ALL_CLOCKS,
            suspension_reasons="testing,recusal,other",
            pausing_reasons="testing,recusal",
        )
    )
    op.execute(
        rule_sets.update()
        .where(rule_sets.c.code == "SAMR-2022", rule_sets.c.effective_from == date(2019, 1, 1))
        .values(effective_from=date(2020, 1, 1))
    )
    op.execute(
        rule_sets.update()
        .where(rule_sets.c.code == "SAMR-2026", rule_sets.c.mediation_days == 45, rule_sets.c.day_kind == "working")
        .values(
            mediation_days=60,
            mediation_kind="calendar",
            non_acceptance_grounds=GROUNDS_2026,
            termination_grounds=TERMINATION_2026,
            note=NOTE_2026,
        )
    )
    with op.batch_alter_table("rule_sets", schema=None) as batch_op:
        batch_op.drop_column("day_kind")
    op.create_table(
        "grounds",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label_zh", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("clock", sa.String(length=24), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "code", name=op.f("pk_grounds")),
    )
    # The shipped grounds and the provenance of the shipped rule sets are filled in by the reference seed.


def _drop_columns(table: str, names: tuple[str, ...]) -> None:
    """Drop plain columns. On SQLite with ALTER TABLE ... DROP COLUMN (3.35+), not batch mode's table
    rebuild: the rebuild drops a table other tables reference (cases -> rule_sets), which SQLite refuses
    while foreign keys are on, as they are on every connection of the application."""
    if op.get_bind().dialect.name == "sqlite":
        for name in names:
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')
        return
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name in names:
            batch_op.drop_column(name)


def downgrade() -> None:
    op.drop_table("grounds")
    op.add_column("rule_sets", sa.Column("day_kind", sa.String(length=16), server_default="working", nullable=False))
    op.execute("UPDATE rule_sets SET day_kind = mediation_kind")
    _drop_columns(
        "rule_sets",
        (
            "provenance",
            "pausing_reasons",
            "suspension_reasons",
            "region",
            "rollover",
            "performance_kind",
            "performance_days",
            "notice_kind",
            "mediation_kind",
            "acceptance_kind",
        ),
    )

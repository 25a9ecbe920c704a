"""Reference data the office shares: rule sets, the holiday table, case-number counters, settings, audit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.types import UTCDateTime


class RuleSetRow(Base):
    """A rule set: a count and a day kind per clock, ground lists (codes, comma-separated), a region."""

    __tablename__ = "rule_sets"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[date] = mapped_column(Date)
    acceptance_days: Mapped[int] = mapped_column(Integer)
    acceptance_kind: Mapped[str] = mapped_column(String(16), default="working", server_default="working")
    mediation_days: Mapped[int] = mapped_column(Integer)
    mediation_kind: Mapped[str] = mapped_column(String(16), default="working", server_default="working")
    notice_days: Mapped[int] = mapped_column(Integer)
    notice_kind: Mapped[str] = mapped_column(String(16), default="working", server_default="working")
    performance_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    performance_kind: Mapped[str] = mapped_column(String(16), default="working", server_default="working")
    rollover: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The clocks whose calendar-day period ending on a holiday rolls over to the next working day."""
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    region: Mapped[str] = mapped_column(String(40), default="", server_default="")
    non_acceptance_grounds: Mapped[str] = mapped_column(Text)
    termination_grounds: Mapped[str] = mapped_column(Text)
    suspension_reasons: Mapped[str] = mapped_column(Text, default="", server_default="")
    pausing_reasons: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="")
    provenance: Mapped[str] = mapped_column(Text, default="", server_default="")


class GroundRow(Base):
    """A non-acceptance or termination ground, or a suspension reason, with its labels and clock."""

    __tablename__ = "grounds"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_zh: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    clock: Mapped[str] = mapped_column(String(24), default="")
    basis: Mapped[str] = mapped_column(Text, default="")


class Holiday(Base):
    """A day that differs from Monday-to-Friday: a statutory holiday or a make-up working day."""

    __tablename__ = "holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(40), default="")


class HolidayYear(Base):
    """A year whose holiday arrangement is known (from the package or entered by an administrator)."""

    __tablename__ = "holiday_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(40))


class CaseCounter(Base):
    """The last case number handed out in a year."""

    __tablename__ = "case_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class DocumentCounter(Base):
    """The last document number handed out in a year."""

    __tablename__ = "document_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class ReportSnapshot(Base):
    """The figures of a monthly report as exported, so that a later export of the month can say what
    changed since."""

    __tablename__ = "report_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date, index=True)
    as_of: Mapped[date] = mapped_column(Date)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    exported_by: Mapped[str] = mapped_column(String(64))
    figures: Mapped[str] = mapped_column(Text)
    """JSON: one entry per figure cell, "sheet/row/column" -> its value as text."""


class Setting(Base):
    """A setting the whole office shares (association name, address, seal text, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ReferenceVersion(Base):
    """One row whose token changes (by triggers, migration 0018) on every write to the rule sets, the grounds,
    the holiday tables or the office's region: what a PC read of them stays good while the token is the same."""

    __tablename__ = "reference_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    token: Mapped[str] = mapped_column(String(32))


class AuditEntry(Base):
    """An append-only audit record; ``hash`` covers the content and the previous entry's hash."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[str] = mapped_column(String(40), index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

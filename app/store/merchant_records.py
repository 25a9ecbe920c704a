"""What the office remembers about merchants beyond the merchant row: every name and identifier seen,
merges (kept so that each can be undone exactly), collective-complaint groups and links between cases."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.types import UTCDateTime


class MerchantAlias(Base):
    """A name or identifier under which a merchant appeared in a complaint (kind: name, wechat_id,
    phone, uscc, payee, shop); ``value_key`` is the normalised form that is searched."""

    __tablename__ = "merchant_aliases"
    __table_args__ = (UniqueConstraint("merchant_id", "kind", "value_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(120))
    value_key: Mapped[str] = mapped_column(String(120), index=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MerchantMerge(Base):
    """One merge of ``merged_id`` into ``kept_id``, with what is needed to undo it: the cases and groups
    that moved (JSON list of case ids; groups inside ``kept_before``) and the kept record's fields before
    the merge filled them (JSON). The merged record keeps its own names and identifiers."""

    __tablename__ = "merchant_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    case_ids: Mapped[str] = mapped_column(Text, default="[]")
    kept_before: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str] = mapped_column(Text, default="")
    merged_by: Mapped[str] = mapped_column(String(64))
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    undone_by: Mapped[str | None] = mapped_column(String(64))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CaseGroup(Base):
    """A collective complaint: many consumers' cases against one merchant, mediated together
    (the cases point here through ``cases.group_id``)."""

    __tablename__ = "case_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseLink(Base):
    """Two related cases (a possible duplicate, the same dispute told twice); stored once, lower id first."""

    __tablename__ = "case_links"
    __table_args__ = (UniqueConstraint("case_id", "related_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    related_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

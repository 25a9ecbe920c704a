"""What the evidence reader found in an evidence image: the recognised text (searched from the case list)
and the payment fields with their confidences, one row per image. ``paid_at`` is the wall-clock time as the
record prints it (China time); ``year_shown`` is false when the year was supplied (a red envelope)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.types import Money, UTCDateTime


class EvidenceReading(Base):
    """The reading of one evidence image; ``case_id`` is copied so that search and the duplicate check
    need no join through ``evidence``."""

    __tablename__ = "evidence_readings"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)
    year_shown: Mapped[bool | None] = mapped_column(Boolean)
    payee: Mapped[str | None] = mapped_column(String(120))
    transaction_no: Mapped[str | None] = mapped_column(String(64), index=True)
    order_no: Mapped[str | None] = mapped_column(String(64))
    card_tail: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[str] = mapped_column(Text, default="{}")
    read_at: Mapped[datetime] = mapped_column(UTCDateTime)

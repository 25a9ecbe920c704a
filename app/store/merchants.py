"""The merchant table: a seller recognised across cases by its normalised identifiers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.types import UTCDateTime


class Merchant(Base):
    """A seller: enterprise, individual business, unregistered individual or platform."""

    __tablename__ = "merchants"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    name_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    kind: Mapped[str] = mapped_column(String(24), default="unregistered")
    uscc: Mapped[str | None] = mapped_column(String(18), index=True)
    wechat_id: Mapped[str | None] = mapped_column(String(64))
    wechat_key: Mapped[str | None] = mapped_column(String(64), index=True)
    phone: Mapped[str | None] = mapped_column(String(24), index=True)
    payee: Mapped[str | None] = mapped_column(String(64))
    payee_key: Mapped[str | None] = mapped_column(String(64), index=True)
    shop_name: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(200))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_how: Mapped[str | None] = mapped_column(String(64))
    blacklisted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    blacklist_reason: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("merchants.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

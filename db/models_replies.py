"""Replies (outgoing letters) and administrators' reply templates (migration 0030)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, utcnow


class Reply(Base):
    """An outgoing letter registered in the 'outgoing' journal, with its archive PDF."""

    __tablename__ = "reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    journal: Mapped[str] = mapped_column(ForeignKey("journal.code"))
    reg_year: Mapped[int] = mapped_column(Integer)
    reg_seq: Mapped[int] = mapped_column(Integer)
    reg_no: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    consumer_id: Mapped[int | None] = mapped_column(ForeignKey("consumer.id"), index=True)

    template_code: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int] = mapped_column(Integer, default=1)
    # What registering it does to the letters: reply_sent | forwarded | interim (no change).
    outcome: Mapped[str] = mapped_column(String(16), default="reply_sent")
    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")  # rendered text, light markup
    field_values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attachments: Mapped[list[Any]] = mapped_column(default=list)

    addressee_name: Mapped[str] = mapped_column(String(300), default="")  # nominative
    addressee_dative: Mapped[str] = mapped_column(String(300), default="")
    addressee_address: Mapped[str] = mapped_column(String(500), default="")
    addressee_postal_code: Mapped[str] = mapped_column(String(6), default="")
    signatory_position: Mapped[str] = mapped_column(String(300), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    executor_name: Mapped[str] = mapped_column(String(200), default="")
    executor_phone: Mapped[str] = mapped_column(String(32), default="")

    pdf_file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))
    docx_file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))

    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    mail_type: Mapped[str] = mapped_column(String(32), default="simple")
    tracking_id: Mapped[str] = mapped_column(String(20), default="")  # ШПИ
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    declared_value_kop: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("journal", "reg_year", "reg_seq"),
        UniqueConstraint("reg_no"),
        Index("ix_reply_sent_on", "sent_on", "id"),
    )


class ReplyLetter(Base):
    """Which letters a reply answers: one reply may answer several letters of a consumer."""

    __tablename__ = "reply_letter"

    reply_id: Mapped[int] = mapped_column(
        ForeignKey("reply.id", ondelete="CASCADE"), primary_key=True
    )
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), primary_key=True, index=True)


class ReplyTemplateVersion(Base):
    """A version of an administrator's reply template; the highest active version is used."""

    __tablename__ = "reply_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(500), default="")
    categories: Mapped[list[Any]] = mapped_column(default=list)
    fields: Mapped[list[Any]] = mapped_column(default=list)
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    outcome: Mapped[str] = mapped_column(String(16), default="reply_sent")
    body: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (UniqueConstraint("code", "version"),)

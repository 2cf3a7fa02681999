"""SQLAlchemy 2 typed models of the register.

Schema changes go through Alembic migrations in ``db/migrations`` only; a test checks that
these models and the migrations agree on every engine.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(32), default="clerk")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    phone: Mapped[str] = mapped_column(String(32), default="")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Consumer(Base):
    """A consumer of the billing registry, keyed by account (лицевой счёт)."""

    __tablename__ = "consumer"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    meter_numbers: Mapped[str] = mapped_column(String(300), default="")  # comma-separated
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        Index("ix_consumer_full_name", "full_name"),
        Index("ix_consumer_phone", "phone"),
        Index("ix_consumer_postal_code", "postal_code"),
    )


class StoredFile(Base):
    """A content-addressed file in the store (see ``db.store``)."""

    __tablename__ = "stored_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    rel_path: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Journal(Base):
    """A registration journal with its number format (a setting)."""

    __tablename__ = "journal"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    direction: Mapped[str] = mapped_column(String(16), default="incoming")
    number_format: Mapped[str] = mapped_column(String(100), default="ВХ-{year}-{seq:06d}")


class RegistrationCounter(Base):
    """Last sequence number used per journal and year: the source of gapless numbers."""

    __tablename__ = "registration_counter"

    journal: Mapped[str] = mapped_column(ForeignKey("journal.code"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Letter(Base):
    """The registration card (регистрационная карточка) of an appeal of any channel."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    journal: Mapped[str] = mapped_column(ForeignKey("journal.code"))
    reg_year: Mapped[int] = mapped_column(Integer)
    reg_seq: Mapped[int] = mapped_column(Integer)
    reg_no: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(16), default="post")
    delivery_method: Mapped[str] = mapped_column(String(32), default="")
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    # Sender as captured by OCR and as verified by the clerk.
    captured: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    sender_address: Mapped[str] = mapped_column(String(500), default="")
    sender_postal_code: Mapped[str] = mapped_column(String(6), default="")
    sender_phone: Mapped[str] = mapped_column(String(20), default="")
    sender_email: Mapped[str] = mapped_column(String(200), default="")
    sender_ref_no: Mapped[str] = mapped_column(String(64), default="")
    sender_ref_date: Mapped[dt.date | None] = mapped_column(Date)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)

    consumer_id: Mapped[int | None] = mapped_column(ForeignKey("consumer.id"), index=True)
    account_captured: Mapped[str] = mapped_column(String(20), default="")
    link_status: Mapped[str] = mapped_column(String(16), default="none")
    link_method: Mapped[str] = mapped_column(String(32), default="none")
    link_score: Mapped[float] = mapped_column(Float, default=0.0)
    candidates: Mapped[list[Any]] = mapped_column(default=list)

    category: Mapped[str] = mapped_column(String(32), default="other")
    category_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="registered")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    control_on: Mapped[dt.date | None] = mapped_column(Date)

    page_count: Mapped[int] = mapped_column(Integer, default=0)
    # sha256 of the source file; with source_part it makes registration exactly-once.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    source_part: Mapped[int] = mapped_column(Integer, default=0)
    full_text: Mapped[str] = mapped_column(Text, default="")
    is_repeated: Mapped[bool] = mapped_column(Boolean, default=False)
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    pages: Mapped[list[Page]] = relationship(
        back_populates="letter", order_by="Page.index", cascade="all, delete-orphan"
    )
    files: Mapped[list[LetterFile]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("journal", "reg_year", "reg_seq"),
        UniqueConstraint("reg_no"),
        UniqueConstraint("content_hash", "source_part", name="uq_letter_content"),
        Index("ix_letter_registered_at", "registered_at"),
        Index("ix_letter_status", "status"),
        Index("ix_letter_category", "category"),
        # Register sort keys (migration 0002): keyset pages by (key, id).
        Index("ix_letter_received_on", "received_on", "id"),
        Index("ix_letter_due_on", "due_on", "id"),
        Index("ix_letter_sender_name", "sender_name", "id"),
        Index("ix_letter_channel", "channel", "id"),
        Index("ix_letter_link_status", "link_status", "id"),
    )


class Page(Base):
    __tablename__ = "page"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    image_file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))
    ocr_text: Mapped[str] = mapped_column(Text, default="")
    words: Mapped[list[Any]] = mapped_column(default=list)  # [[text, conf, x, y, w, h], ...]
    mean_conf: Mapped[float] = mapped_column(Float, default=0.0)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    deskew_angle: Mapped[float] = mapped_column(Float, default=0.0)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)

    letter: Mapped[Letter] = relationship(back_populates="pages")

    __table_args__ = (UniqueConstraint("letter_id", "index"),)


class LetterFile(Base):
    """A stored file attached to a letter: the original input, or the archive PDF."""

    __tablename__ = "letter_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_file.id"))
    role: Mapped[str] = mapped_column(String(16))  # source | archive
    name: Mapped[str] = mapped_column(String(300), default="")


class AuditEvent(Base):
    """Append-only log of every action: who, when, what, before and after."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    user_login: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_id"),
        Index("ix_audit_event_user_login", "user_login", "at"),
        Index("ix_audit_event_action", "action", "at"),
    )


class Setting(Base):
    """Typed application settings stored as JSON values by key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


# The other areas' tables live in their own modules; importing them here puts every table
# in ``Base.metadata`` (for Alembic and the model/migration agreement test).
import db.models_deadlines  # noqa: E402
import db.models_replies  # noqa: E402
import db.models_search  # noqa: E402, F401

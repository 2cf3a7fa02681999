"""Tables of deadlines, production calendar, resolutions, routing and callbacks.

Created by migration 0010. Everything is keyed by ``letter_id`` so that ``letter`` itself
keeps only its ``due_on``/``control_on`` columns; history (resolutions, reassignments)
is kept as rows, never overwritten.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, utcnow


class CalendarOverride(Base):
    """An administrator's correction of the production calendar (a decree the ``holidays``
    package does not know yet): the day is working or not, whatever the package says."""

    __tablename__ = "calendar_override"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DeadlineRuleRow(Base):
    """A deadline rule (DOMAIN.md §6), seeded from ``letters/rules/deadlines.json``.

    ``category``/``channel`` empty means "any"; the most specific active rule wins.
    ``purpose`` is ``reply`` (answer the appeal), ``register`` or ``forward``.
    """

    __tablename__ = "deadline_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(16), default="reply")
    category: Mapped[str] = mapped_column(String(32), default="")
    channel: Mapped[str] = mapped_column(String(16), default="")
    period_days: Mapped[int] = mapped_column(Integer)
    counting: Mapped[str] = mapped_column(String(16), default="calendar")  # | working
    start_event: Mapped[str] = mapped_column(String(16), default="registered")  # | received
    extension_max_days: Mapped[int] = mapped_column(Integer, default=0)  # 0: not extendable
    basis_short: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    source_text: Mapped[str] = mapped_column(Text, default="")
    verify: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LetterDeadline(Base):
    """How a letter's dates were computed, its extension and, once the clock stopped,
    the close date and the days early (+) or late (-) against the legal due date."""

    __tablename__ = "letter_deadline"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True
    )
    rule_code: Mapped[str] = mapped_column(String(64), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    extended_days: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    days_early_or_late: Mapped[int | None] = mapped_column(Integer)
    reply_reg_no: Mapped[str] = mapped_column(String(64), default="")
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (Index("ix_letter_deadline_closed_on", "closed_on"),)


class ReplyTask(Base):
    """Outbox for the replies work: a notice letter to prepare (``extension_notice``,
    ``forward_notice``); ``done_at`` is set by the consumer of the queue."""

    __tablename__ = "reply_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_reply_task_kind_done", "kind", "done_at"),)


class Resolution(Base):
    """A head's resolution, an automatic routing or a reassignment. Only the newest row of
    a letter is ``active``; older rows stay as its history."""

    __tablename__ = "resolution"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="resolution")  # routing | reassignment
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    executor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))  # the lead one
    text: Mapped[str] = mapped_column(Text, default="")
    control_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        Index("ix_resolution_letter_id", "letter_id", "active"),
        Index("ix_resolution_executor_id", "executor_id", "active"),
    )


class ResolutionExecutor(Base):
    """Every executor of a resolution, the lead one first (``position`` 0)."""

    __tablename__ = "resolution_executor"

    resolution_id: Mapped[int] = mapped_column(
        ForeignKey("resolution.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class RoutingRule(Base):
    """Category (and channel) to department, then an executor by ``strategy``; rules are
    tried in ``position`` order and the first match wins."""

    __tablename__ = "routing_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(32), default="")
    channel: Mapped[str] = mapped_column(String(16), default="")
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    strategy: Mapped[str] = mapped_column(String(16), default="round_robin")  # | least_loaded
    last_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CallbackTask(Base):
    """A callback promised to a caller by a date and time (phone channel)."""

    __tablename__ = "callback_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"))
    executor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    phone: Mapped[str] = mapped_column(String(32), default="")
    caller_name: Mapped[str] = mapped_column(String(300), default="")
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    result: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_callback_task_executor_id", "executor_id", "done_at"),)

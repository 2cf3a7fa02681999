"""Typed access to settings stored in the database (window geometry stays in QSettings)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import Setting


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return default
    return row.value.get("v", default)


def get_int(session: Session, key: str, default: int) -> int:
    value = get(session, key, default)
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"v": value}))
    else:
        row.value = {"v": value}

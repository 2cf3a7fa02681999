"""The acting user that every service call carries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from db.dialect import insert_ignore
from db.models import User

LOCAL_ADMIN_LOGIN = "admin"


@dataclass(frozen=True, slots=True)
class Actor:
    id: int
    login: str
    role: str
    full_name: str = ""
    department_id: int | None = None

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.login, user.role, user.full_name, user.department_id)


class UnknownUser(Exception):
    def __init__(self, login: str) -> None:
        super().__init__(login)
        self.login = login


def resolve_actor(session: Session, login: str | None) -> Actor:
    """The named user, or the local administrator on a database with no users yet.

    On a fresh embedded install the CLI keeps working without any set-up: the first call
    creates the local administrator.
    """
    if login:
        user = session.scalar(select(User).where(User.login == login, User.active.is_(True)))
        if user is None:
            raise UnknownUser(login)
        return Actor.of(user)
    user = session.scalar(select(User).where(User.login == LOCAL_ADMIN_LOGIN))
    if user is None:
        if session.scalar(select(func.count(User.id))):
            raise UnknownUser("")
        # Several processes may start on a fresh database at once: insert-if-absent.
        table = User.__table__
        assert isinstance(table, Table)
        insert_ignore(
            session,
            table,
            [
                {
                    "login": LOCAL_ADMIN_LOGIN,
                    "full_name": "Администратор",
                    "role": "admin",
                    "active": True,
                    "phone": "",
                    "created_at": dt.datetime.now(dt.UTC),
                }
            ],
            ["login"],
        )
        user = session.scalars(select(User).where(User.login == LOCAL_ADMIN_LOGIN)).one()
    return Actor.of(user)

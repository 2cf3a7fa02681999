"""Users, roles and departments, managed by the administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Department, User
from letters import audit
from letters.actors import Actor
from letters.auth import AuthError, check_strength, hash_password
from letters.permissions import ADMIN, ROLES, require


class UserError(ValueError):
    """``code``: bad_login, bad_role, taken, unknown, last_admin, self, bad_department."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int | None
    login: str
    full_name: str = ""
    role: str = "clerk"
    department_id: int | None = None
    department: str = ""
    phone: str = ""
    active: bool = True
    has_password: bool = False


@dataclass(frozen=True, slots=True)
class DepartmentInfo:
    id: int | None
    code: str
    name: str


def list_users(session: Session, actor: Actor) -> list[UserInfo]:
    require(actor, "users.manage")
    rows = session.execute(
        select(User, Department.name)
        .outerjoin(Department, Department.id == User.department_id)
        .order_by(User.login)
    ).all()
    return [
        UserInfo(
            u.id,
            u.login,
            u.full_name,
            u.role,
            u.department_id,
            dept or "",
            u.phone,
            u.active,
            bool(u.password_hash),
        )
        for u, dept in rows
    ]


def _snapshot(user: User) -> dict[str, object]:
    return {
        "login": user.login,
        "full_name": user.full_name,
        "role": user.role,
        "department_id": user.department_id,
        "phone": user.phone,
        "active": user.active,
    }


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(select(func.count(User.id)).where(User.role == ADMIN, User.active.is_(True)))
        or 0
    )


def save_user(session: Session, actor: Actor, info: UserInfo, password: str | None = None) -> int:
    """Create (``info.id is None``, a password is required) or update a user."""
    require(actor, "users.manage")
    login = info.login.strip()
    if not login or len(login) > 64 or any(c.isspace() for c in login):
        raise UserError("bad_login", login)
    if info.role not in ROLES:
        raise UserError("bad_role", info.role)
    if info.department_id is not None and session.get(Department, info.department_id) is None:
        raise UserError("bad_department", str(info.department_id))
    clash = session.scalar(select(User.id).where(User.login == login))
    if clash is not None and clash != info.id:
        raise UserError("taken", login)
    if info.id is None:
        if password is None:
            raise AuthError("password_required", login)
        check_strength(password)
        user = User(login=login)
        session.add(user)
        before = None
    else:
        found = session.get(User, info.id)
        if found is None:
            raise UserError("unknown", str(info.id))
        user = found
        before = _snapshot(user)
        losing_admin = (
            user.role == ADMIN and user.active and (info.role != ADMIN or not info.active)
        )
        if losing_admin and _active_admins(session) <= 1:
            raise UserError("last_admin", user.login)
        if password is not None:
            check_strength(password)
    user.login, user.full_name, user.role = login, info.full_name.strip(), info.role
    user.department_id, user.phone, user.active = info.department_id, info.phone, info.active
    if password is not None:
        user.password_hash = hash_password(password)
    session.flush()
    after = _snapshot(user) | ({"password": "changed"} if password is not None else {})
    action = "user.create" if before is None else "user.update"
    audit.record(session, actor, action, "user", user.id, before=before, after=after)
    return user.id


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    from letters.auth import authenticate

    authenticate(session, actor.login, old)
    check_strength(new)
    user = session.get(User, actor.id)
    assert user is not None
    user.password_hash = hash_password(new)
    audit.record(session, actor, "user.password", "user", user.id)


def list_departments(session: Session) -> list[DepartmentInfo]:
    rows = session.scalars(select(Department).order_by(Department.name))
    return [DepartmentInfo(d.id, d.code, d.name) for d in rows]


def save_department(session: Session, actor: Actor, info: DepartmentInfo) -> int:
    require(actor, "users.manage")
    code, name = info.code.strip(), info.name.strip()
    if not code or not name:
        raise UserError("bad_department", code or name)
    clash = session.scalar(select(Department.id).where(Department.code == code))
    if clash is not None and clash != info.id:
        raise UserError("taken", code)
    if info.id is None:
        dept = Department(code=code, name=name)
        session.add(dept)
        before = None
    else:
        found = session.get(Department, info.id)
        if found is None:
            raise UserError("unknown", str(info.id))
        dept = found
        before = {"code": dept.code, "name": dept.name}
        dept.code, dept.name = code, name
    session.flush()
    audit.record(
        session,
        actor,
        "department.save",
        "department",
        dept.id,
        before=before,
        after={"code": code, "name": name},
    )
    return dept.id

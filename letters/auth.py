"""Signing in: scrypt password hashes, the first administrator, operating-system sign-on.

A fresh embedded install has one passwordless local administrator (``letters.actors``), so
the command line works with no set-up. Once the administrator sets a password, signing in
as them needs it; every other user is created with a password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import User
from letters import audit, settings
from letters.actors import LOCAL_ADMIN_LOGIN, Actor, UnknownUser, resolve_actor
from letters.permissions import require

OS_SIGN_ON_KEY = "auth.os_sign_on"
MIN_PASSWORD_LENGTH = 8

# scrypt cost: n=2**15, r=8 (~32 MiB, ~0.1 s) — OWASP's recommended minimum for scrypt.
_N, _R, _P = 2**15, 8, 1


class AuthError(Exception):
    """Signing in failed. ``reason``: unknown, inactive, password_required, wrong_password,
    weak_password, already_initialised."""

    def __init__(self, reason: str, login: str = "") -> None:
        super().__init__(f"{reason}: {login}")
        self.reason = reason
        self.login = login


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)
    enc = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=64 * 1024 * 1024,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def check_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH or password.isspace():
        raise AuthError("weak_password")


def _user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise AuthError("unknown", login)
    if not user.active:
        raise AuthError("inactive", login)
    return user


def authenticate(session: Session, login: str, password: str | None) -> Actor:
    """The user, if ``password`` is theirs. A user with no password yet (the fresh local
    administrator) signs in without one. Callers record failures with ``log_failure``."""
    user = _user(session, login)
    if user.password_hash:
        if password is None:
            raise AuthError("password_required", login)
        if not verify_password(password, user.password_hash):
            raise AuthError("wrong_password", login)
    return Actor.of(user)


def log_failure(database: Database, error: AuthError) -> None:
    """Audit a failed sign-in in a transaction of its own (the caller's rolls back)."""
    if error.reason in ("wrong_password", "unknown", "inactive"):
        anonymous = Actor(0, error.login or "?", "")
        audit.log(database, anonymous, "auth.failed", "user", error.login, {"why": error.reason})


def needs_first_admin(session: Session) -> bool:
    """True until the first administrator has a password (the GUI then asks for one)."""
    with_password = session.scalar(
        select(func.count(User.id)).where(User.role == "admin", User.password_hash.is_not(None))
    )
    return not with_password


def create_first_admin(session: Session, login: str, full_name: str, password: str) -> Actor:
    """Give the fresh install its administrator (renaming the passwordless local one)."""
    if not needs_first_admin(session):
        raise AuthError("already_initialised", login)
    check_strength(password)
    login = login.strip() or LOCAL_ADMIN_LOGIN
    local = resolve_actor(session, None)
    user = session.get(User, local.id)
    assert user is not None
    clash = session.scalar(select(User.id).where(User.login == login, User.id != user.id))
    if clash is not None:
        raise AuthError("taken", login)
    user.login, user.full_name = login, full_name.strip() or user.full_name
    user.password_hash = hash_password(password)
    session.flush()
    actor = Actor.of(user)
    audit.record(session, actor, "user.first_admin", "user", user.id, after={"login": login})
    return actor


def os_sign_on_enabled(session: Session) -> bool:
    return bool(settings.get(session, OS_SIGN_ON_KEY, False))


def os_sign_on(session: Session, os_login: str) -> Actor | None:
    """The user whose login is the operating-system user name, when the administrator has
    enabled sign-on that way."""
    if not os_login or not os_sign_on_enabled(session):
        return None
    user = session.scalar(select(User).where(User.login == os_login, User.active.is_(True)))
    if user is None:
        return None
    actor = Actor.of(user)
    audit.record(session, actor, "auth.os_sign_on", "user", user.id)
    return actor


def sign_in(session: Session, login: str | None, password: str | None, os_login: str = "") -> Actor:
    """The command line's acting user: ``login`` (with its password), else the OS user when
    enabled, else the local administrator of a fresh install."""
    if login:
        return authenticate(session, login, password)
    actor = os_sign_on(session, os_login)
    if actor is not None:
        return actor
    try:
        local = resolve_actor(session, None)
    except UnknownUser as exc:
        raise AuthError("unknown", "") from exc
    return authenticate(session, local.login, password)


def set_os_sign_on(session: Session, actor: Actor, enabled: bool) -> None:
    """Let users whose login is their operating-system user name skip the password."""
    require(actor, "users.manage")
    before = os_sign_on_enabled(session)
    settings.put(session, OS_SIGN_ON_KEY, bool(enabled))
    audit.record(
        session,
        actor,
        "settings.os_sign_on",
        "setting",
        OS_SIGN_ON_KEY,
        before={"enabled": before},
        after={"enabled": bool(enabled)},
    )

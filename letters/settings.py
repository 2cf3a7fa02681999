"""Typed access to settings stored in the database (window geometry stays in QSettings)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Journal, Setting
from letters import audit
from letters.actors import Actor
from letters.permissions import require


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


# --- Company requisites (letterhead of replies) -------------------------------------------

REQUISITES_KEY = "company_requisites"


@dataclass(frozen=True, slots=True)
class CompanyRequisites:
    """The organisation's reference data for the letterhead (ГОСТ Р 7.0.97-2025, part 1)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    ogrn: str = ""  # 13 digits
    inn: str = ""  # 10 digits for an organisation

    def problems(self) -> list[str]:
        """Codes of what is wrong: ``ogrn``, ``inn``, ``email`` (empty values are allowed)."""
        found = []
        if self.ogrn and not re.fullmatch(r"\d{13}", self.ogrn):
            found.append("ogrn")
        if self.inn and not re.fullmatch(r"\d{10}|\d{12}", self.inn):
            found.append("inn")
        if self.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", self.email):
            found.append("email")
        return found


class InvalidSetting(ValueError):
    def __init__(self, codes: list[str]) -> None:
        super().__init__(", ".join(codes))
        self.codes = codes


def load_requisites(session: Session) -> CompanyRequisites:
    stored = get(session, REQUISITES_KEY, {}) or {}
    names = {f.name for f in fields(CompanyRequisites)}
    return CompanyRequisites(**{k: str(v) for k, v in stored.items() if k in names})


def save_requisites(session: Session, actor: Actor, requisites: CompanyRequisites) -> None:
    require(actor, "settings.manage")
    problems = requisites.problems()
    if problems:
        raise InvalidSetting(problems)
    before = load_requisites(session)
    put(session, REQUISITES_KEY, asdict(requisites))
    audit.record(
        session,
        actor,
        "settings.requisites",
        "setting",
        REQUISITES_KEY,
        asdict(before),
        asdict(requisites),
    )


# --- Journals and their registration number formats ----------------------------------------


@dataclass(frozen=True, slots=True)
class JournalInfo:
    code: str
    name: str
    direction: str
    number_format: str


def list_journals(session: Session) -> list[JournalInfo]:
    rows = session.scalars(select(Journal).order_by(Journal.direction, Journal.code))
    return [JournalInfo(j.code, j.name, j.direction, j.number_format) for j in rows]


def set_number_format(session: Session, actor: Actor, code: str, number_format: str) -> None:
    """Change a journal's number format; ``BadNumberFormat`` when it does not render.

    The format must contain ``{seq}``, or two letters of one year would get one number.
    """
    require(actor, "settings.manage")
    from letters.register import BadNumberFormat, format_number

    try:
        format_number(number_format, 2026, 1)
    except ValueError as exc:  # format_number lets a lone brace through as ValueError
        raise BadNumberFormat(number_format) from exc
    if "{seq" not in number_format:
        raise BadNumberFormat(number_format)
    journal = session.get(Journal, code)
    if journal is None:
        raise KeyError(code)
    before = journal.number_format
    if before == number_format:
        return
    journal.number_format = number_format
    audit.record(
        session,
        actor,
        "settings.number_format",
        "journal",
        code,
        {"number_format": before},
        {"number_format": number_format},
    )

"""A reply drafted from a template and the registration cards it answers.

``prepare_reply`` reads the letters, the consumer, the company requisites and the acting
specialist, renders the template and returns a ``ReplyDocument``: a plain object that the
PDF and DOCX writers lay out (DOMAIN.md §7) and that ``letters.outgoing`` registers. The
addressee line comes from ``letters.dative`` and may be corrected by the specialist.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Consumer, Letter, User
from letters import settings
from letters.actors import Actor
from letters.dative import addressee_name
from letters.normalize import norm_name
from letters.permissions import require_letter
from letters.reply_sandbox import Namespace, TemplateProblem
from letters.reply_templates import (
    ReplyTemplate,
    coerce_values,
    get_template,
    render,
    templates_dir,
)
from letters.reply_text import Block, parse_blocks, postal_address_lines

SIGNATORY_KEY = "reply_signatory"


class ReplyError(Exception):
    """``code``: ``no_letters``, ``not_found`` (``items``: the ids), ``different_consumers``."""

    def __init__(self, code: str, items: list[str] | None = None) -> None:
        super().__init__(f"{code}: {', '.join(items or [])}")
        self.code = code
        self.items = items or []


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Company requisites for the letterhead: the shipped defaults under the saved ones."""

    name: str
    short_name: str = ""
    address: str = ""
    postal_address: str = ""
    phone: str = ""
    hotline: str = ""
    email: str = ""
    website: str = ""
    ogrn: str = ""
    inn: str = ""
    kpp: str = ""
    reception_address: str = ""
    reception_hours: str = ""
    signatory_position: str = ""
    signatory_name: str = ""
    grid: dict[str, str] = field(default_factory=dict)
    long_kept: bool = False

    def requisite_lines(self) -> list[str]:
        """The reference data under the name: address, phone, e-mail, OGRN/INN/KPP."""
        lines = [self.postal_address or self.address]
        contacts = ", ".join(
            p for p in (f"тел. {self.phone}" if self.phone else "", self.email) if p
        )
        ids = ", ".join(
            f"{label} {value}"
            for label, value in (("ОГРН", self.ogrn), ("ИНН", self.inn), ("КПП", self.kpp))
            if value
        )
        return [line for line in (*lines, contacts, self.website, ids) if line]


@dataclass(frozen=True, slots=True)
class LetterRef:
    id: int
    reg_no: str
    registered_on: dt.date
    received_on: dt.date
    sender_ref_no: str = ""
    sender_ref_date: dt.date | None = None
    category: str = "other"
    summary: str = ""
    status: str = ""

    @property
    def reference(self) -> str:
        """«№ 15 от 01.03.2026»: the sender's own number if any, else ours."""
        if self.sender_ref_no:
            when = self.sender_ref_date or self.received_on
            return f"№ {self.sender_ref_no} от {when:%d.%m.%Y}"
        return f"№ {self.reg_no} от {self.registered_on:%d.%m.%Y}"


@dataclass(frozen=True, slots=True)
class ReplyDocument:
    letterhead: Letterhead
    letters: tuple[LetterRef, ...]
    addressee_name: str  # nominative, as on the card
    addressee_dative: str  # «Иванову П. С.»
    addressee_confident: bool
    address: str  # as written
    postal_code: str
    title: str
    body: str  # light markup: blank line between paragraphs, «- » items, «= » centred, **bold**
    attachments: tuple[str, ...]
    signatory_position: str
    signatory_name: str
    executor_name: str
    executor_phone: str
    template_code: str
    template_version: int
    outcome: str
    field_values: dict[str, str] = field(default_factory=dict)
    consumer_id: int | None = None
    reg_no: str = ""
    reg_date: dt.date | None = None

    @property
    def reference_line(self) -> str:
        """«На № ВХ-2026-000123 от 05.03.2026» (several letters: comma-separated)."""
        if not self.letters:
            return ""
        return "На " + ", ".join(ref.reference for ref in self.letters)

    @property
    def blocks(self) -> list[Block]:
        return parse_blocks(self.body)

    @property
    def address_lines(self) -> list[str]:
        """The postal address for the addressee block: street …, locality, index last."""
        lines = postal_address_lines(self.address, self.postal_code)
        if len(lines) > 1 and re.fullmatch(r"\d{6}", lines[-1]):
            lines[-2:] = [f"{lines[-2]}, {lines[-1]}"]
        return lines

    def with_registration(self, reg_no: str, reg_date: dt.date) -> ReplyDocument:
        return replace(self, reg_no=reg_no, reg_date=reg_date)


# --- building a reply --------------------------------------------------------------------


def _local_date(value: dt.datetime) -> dt.date:
    if value.tzinfo is None:  # SQLite returns naive UTC
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().date()


def load_letterhead(session: Session) -> Letterhead:
    """``templates/letterhead.json`` under the requisites saved in the settings."""
    data = json.loads((templates_dir() / "letterhead.json").read_text(encoding="utf-8"))
    saved = settings.load_requisites(session)
    for key in ("name", "address", "phone", "email", "ogrn", "inn"):
        value = getattr(saved, key)
        if value:
            data[key] = value
            if key == "address":
                data["postal_address"] = value
    signatory = dict(data.get("signatory") or {})
    signatory.update(settings.get(session, SIGNATORY_KEY, {}) or {})
    fields_ = {f for f in Letterhead.__dataclass_fields__ if f not in ("grid", "long_kept")}
    return Letterhead(
        **{k: str(v) for k, v in data.items() if k in fields_ and not k.startswith("signatory")},
        signatory_position=str(signatory.get("position", "")),
        signatory_name=str(signatory.get("name", "")),
        grid={k: str(v) for k, v in (data.get("grid_company") or {}).items()},
        long_kept=bool(data.get("long_kept", False)),
    )


def _letter_ref(letter: Letter) -> LetterRef:
    return LetterRef(
        letter.id,
        letter.reg_no,
        _local_date(letter.registered_at),
        letter.received_on,
        letter.sender_ref_no,
        letter.sender_ref_date,
        letter.category,
        letter.summary,
        letter.status,
    )


def _appeal(refs: list[LetterRef]) -> dict[str, Any]:
    parts = ", ".join(f"от {r.registered_on:%d.%m.%Y} № {r.reg_no}" for r in refs)
    if len(refs) == 1:
        return {"acc": f"Ваше обращение {parts}", "gen": f"Вашего обращения {parts}"} | {
            "dat": f"Вашему обращению {parts}",
            "many": False,
        }
    return {"acc": f"Ваши обращения {parts}", "gen": f"Ваших обращений {parts}"} | {
        "dat": f"Вашим обращениям {parts}",
        "many": True,
    }


def _ns(path: str, values: dict[str, Any]) -> Namespace:
    """Empty values are left out, so that a template using one reports it missing."""
    return Namespace(path, {k: v for k, v in values.items() if v not in ("", None)})


def build_context(
    doc: ReplyDocument,
    consumer: dict[str, Any],
    values: dict[str, Any],
    today: dt.date,
) -> dict[str, Any]:
    name = addressee_name(doc.addressee_name)
    head = doc.letterhead
    letters = [
        _ns(
            "letter",
            {
                "reg_no": r.reg_no,
                "date": f"{r.registered_on:%d.%m.%Y}",
                "received": f"{r.received_on:%d.%m.%Y}",
                "sender_no": r.sender_ref_no,
                "sender_date": f"{r.sender_ref_date:%d.%m.%Y}" if r.sender_ref_date else "",
                "reference": r.reference,
                "category": r.category,
                "summary": r.summary,
            },
        )
        for r in doc.letters
    ]
    company = {k: getattr(head, k) for k in head.__dataclass_fields__ if k != "grid"}
    grid = _ns("company.grid", head.grid)
    return {
        "consumer": _ns(
            "consumer",
            consumer
            | {
                "name": name.full_name,
                "surname": name.parts.surname,
                "first_name": name.parts.first_name,
                "patronymic": name.parts.patronymic,
                "initials": name.parts.initials,
                "dative": doc.addressee_dative,
                "salutation": name.salutation,
                "gender": name.gender,
            },
        ),
        "letter": letters[0] if letters else _ns("letter", {}),
        "letters": letters,
        "appeal": _ns("appeal", _appeal(list(doc.letters))) if doc.letters else _ns("appeal", {}),
        "reply": _ns(
            "reply",
            {"reg_no": doc.reg_no, "date": f"{doc.reg_date:%d.%m.%Y}" if doc.reg_date else ""},
        ),
        "executor": _ns("executor", {"name": doc.executor_name, "phone": doc.executor_phone}),
        "signatory": _ns(
            "signatory", {"position": doc.signatory_position, "name": doc.signatory_name}
        ),
        "company": Namespace("company", _ns("company", company) | {"grid": grid}),
        "fields": _ns("fields", values),
        "today": f"{today:%d.%m.%Y}",
    }


def _apply_template(
    doc: ReplyDocument,
    template: ReplyTemplate,
    consumer: dict[str, Any],
    raw_values: dict[str, Any],
    today: dt.date,
) -> ReplyDocument:
    values = coerce_values(template, raw_values)
    missing = [f"fields.{f.name}" for f in template.fields if f.required and f.name not in values]
    context = build_context(doc, consumer, values, today)
    try:
        text = render(template, context)
    except TemplateProblem as exc:
        if exc.code != "missing":
            raise
        missing += [m for m in exc.items if m not in missing]
    if missing:
        raise TemplateProblem("missing", missing)
    stored = {k: str(v) if isinstance(v, Decimal) else v for k, v in values.items()}
    return replace(
        doc,
        title=text.subject,
        body=text.body,
        attachments=text.attachments,
        template_code=template.code,
        template_version=template.version,
        outcome=template.outcome,
        field_values=stored,
    )


def _load_letters(session: Session, letter_ids: list[int]) -> list[Letter]:
    if not letter_ids:
        raise ReplyError("no_letters")
    rows = {
        letter.id: letter
        for letter in session.scalars(select(Letter).where(Letter.id.in_(letter_ids)))
    }
    absent = [str(i) for i in letter_ids if i not in rows]
    if absent:
        raise ReplyError("not_found", absent)
    letters = [rows[i] for i in dict.fromkeys(letter_ids)]
    consumers = {letter.consumer_id for letter in letters}
    names = {norm_name(letter.sender_name) for letter in letters}
    if len(consumers) > 1 or (consumers == {None} and len(names) > 1):
        raise ReplyError("different_consumers", [letter.reg_no for letter in letters])
    return letters


def prepare_reply(
    session: Session,
    actor: Actor,
    letter_ids: list[int],
    template_code: str,
    values: dict[str, Any] | None = None,
    *,
    addressee_dative: str | None = None,
    gender: str | None = None,
    template_version: int | None = None,
    today: dt.date | None = None,
) -> ReplyDocument:
    """Draft a reply to one or more letters of one consumer; ``TemplateProblem`` lists
    everything the template still needs, ``ReplyError`` refuses letters that do not fit."""
    for letter_id in letter_ids:
        require_letter(session, actor, "reply.prepare", letter_id)
    letters = _load_letters(session, letter_ids)
    first = letters[0]
    row = session.get(Consumer, first.consumer_id) if first.consumer_id else None
    full_name = first.sender_name or (row.full_name if row else "")
    name = addressee_name(full_name, gender)
    user = session.get(User, actor.id)
    head = load_letterhead(session)
    consumer = {
        "account": row.account if row else first.account_captured,
        "address": first.sender_address or (row.address if row else ""),
        "postal_code": first.sender_postal_code or (row.postal_code if row else ""),
        "phone": first.sender_phone or (row.phone if row else ""),
        "email": first.sender_email or (row.email if row else ""),
    }
    doc = ReplyDocument(
        letterhead=head,
        letters=tuple(_letter_ref(letter) for letter in letters),
        addressee_name=name.full_name,
        addressee_dative=addressee_dative or name.dative,
        addressee_confident=bool(addressee_dative) or name.confident,
        address=consumer["address"],
        postal_code=consumer["postal_code"],
        title="",
        body="",
        attachments=(),
        signatory_position=head.signatory_position,
        signatory_name=head.signatory_name,
        executor_name=(user.full_name if user else "") or actor.full_name or actor.login,
        executor_phone=(user.phone if user else "") or head.phone,
        template_code=template_code,
        template_version=0,
        outcome="reply_sent",
        consumer_id=first.consumer_id,
    )
    template = get_template(session, template_code, template_version)
    # An empty value (a blank box in a form) must not hide one a queued notice knows.
    given = {
        k: v
        for k, v in (values or {}).items()
        if v is not None and not (isinstance(v, str) and not v.strip())
    }
    values = _task_values(session, letter_ids, template) | given
    return _apply_template(doc, template, consumer, values, today or dt.date.today())


def _task_values(
    session: Session, letter_ids: list[int], template: ReplyTemplate
) -> dict[str, Any]:
    """Values a queued notice already knows (the new due date of an extension)."""
    if template.task != "extension_notice":
        return {}
    try:
        from db.models_deadlines import ReplyTask
    except ModuleNotFoundError:  # the deadlines work is not installed
        return {}
    task = session.scalar(
        select(ReplyTask)
        .where(ReplyTask.letter_id.in_(letter_ids), ReplyTask.kind == template.task)
        .where(ReplyTask.done_at.is_(None))
        .order_by(ReplyTask.id.desc())
        .limit(1)
    )
    due = (task.payload or {}).get("due_on") if task is not None else None
    return {"new_due": due} if due else {}


def sample_context(template: ReplyTemplate) -> dict[str, Any]:
    """A fictional letter with the template's example values, to prove a template renders
    before it is saved (and for previews)."""
    changes: dict[str, Any] = {f.name: "x" for f in fields(Letterhead) if f.type == "str"}
    grid_keys = ("name", "short_name", "address", "phone", "email", "website")
    changes["grid"] = dict.fromkeys(grid_keys, "x")
    head = replace(Letterhead(name="Акционерное общество «Пример»"), **changes)
    day = dt.date(2026, 3, 5)
    doc = ReplyDocument(
        head,
        (LetterRef(1, "ВХ-2026-000001", day, day, "", None, "other"),),
        "Иванов Пётр Сергеевич",
        "Иванову П. С.",
        True,
        "ул. Ленина, д. 1, кв. 1, г. Калининград",
        "236000",
        "",
        "",
        (),
        "x",
        "x",
        "Петрова Анна Викторовна",
        "+7 (4012) 55-01-23",
        template.code,
        template.version,
        template.outcome,
    )
    consumer = {"account": "390000000001", "address": doc.address, "postal_code": "236000"}
    consumer |= {"phone": "+79110000000", "email": "ivanov@example.ru"}
    values = coerce_values(template, {f.name: f.example for f in template.fields})
    return build_context(doc, consumer, values, day)

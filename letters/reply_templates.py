"""Reply templates: the shipped library (``templates/replies/*.toml``) and administrators'
versioned templates in the database, rendered in the sandbox of ``letters.reply_sandbox``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models_replies import ReplyTemplateVersion
from letters import audit
from letters.actors import Actor
from letters.permissions import require
from letters.reply_sandbox import TemplateProblem, format_date, parse_money, render_string

__all__ = ["TemplateProblem"]  # raised by everything here; defined with the sandbox

TEMPLATES_ENV = "MAILROOM_TEMPLATES"
FIELD_TYPES = ("text", "longtext", "money", "date", "number", "integer")
OUTCOMES = ("reply_sent", "forwarded", "interim")


@dataclass(frozen=True, slots=True)
class TemplateField:
    name: str
    label: str
    type: str = "text"
    required: bool = True
    example: str = ""


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    code: str
    version: int
    title: str
    subject: str
    body: str
    categories: tuple[str, ...] = ()
    fields: tuple[TemplateField, ...] = ()
    attachments: tuple[str, ...] = ()
    outcome: str = "reply_sent"
    source: str = "shipped"  # shipped | database
    legal_basis: str = ""
    task: str = ""  # the reply_task kind this template answers: extension_notice, forward_notice

    def field(self, name: str) -> TemplateField | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True, slots=True)
class RenderedText:
    subject: str
    body: str
    attachments: tuple[str, ...] = field(default_factory=tuple)


# --- the library -----------------------------------------------------------------------------


def templates_dir() -> Path:
    """``MAILROOM_TEMPLATES``, else ``templates/`` of the source tree, else the installed
    package ``mailroom_templates`` (a wheel ships the folder under that name)."""
    explicit = os.environ.get(TEMPLATES_ENV)
    if explicit:
        return Path(explicit)
    beside = Path(__file__).resolve().parents[1] / "templates"
    if beside.is_dir():
        return beside
    from importlib.util import find_spec

    spec = find_spec("mailroom_templates")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return beside


def _fields_from(raw: list[Any]) -> tuple[TemplateField, ...]:
    out = []
    for item in raw:
        out.append(
            TemplateField(
                name=str(item["name"]),
                label=str(item.get("label", item["name"])),
                type=str(item.get("type", "text")),
                required=bool(item.get("required", True)),
                example=str(item.get("example", "")),
            )
        )
    return tuple(out)


def _check_definition(template: ReplyTemplate) -> None:
    problems = []
    if not template.code.replace("_", "").isalnum() or not template.code.isascii():
        problems.append(f"code {template.code!r}")
    if template.outcome not in OUTCOMES:
        problems.append(f"outcome {template.outcome!r}")
    for f in template.fields:
        if f.type not in FIELD_TYPES:
            problems.append(f"field {f.name}: type {f.type!r}")
        if not f.name.isidentifier() or f.name.startswith("_") or hasattr(dict, f.name):
            problems.append(f"field name {f.name!r}")
    if problems:
        raise TemplateProblem("invalid", problems)


def load_shipped(folder: Path | None = None) -> dict[str, ReplyTemplate]:
    """Every ``*.toml`` template of the shipped library, by code."""
    folder = (folder or templates_dir()) / "replies"
    found: dict[str, ReplyTemplate] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            template = _read_shipped(path)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise TemplateProblem("invalid", [f"{path.name}: {exc}"]) from exc
        except (KeyError, TypeError, ValueError) as exc:  # a key missing or of a wrong type
            raise TemplateProblem("invalid", [f"{path.name}: {type(exc).__name__} {exc}"]) from exc
        _check_definition(template)
        found[template.code] = template
    return found


def _read_shipped(path: Path) -> ReplyTemplate:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return ReplyTemplate(
        code=str(data["code"]),
        version=int(data.get("version", 1)),
        title=str(data["title"]),
        subject=str(data.get("subject", "")),
        body=str(data["body"]),
        categories=tuple(data.get("categories", ())),
        fields=_fields_from(data.get("fields", [])),
        attachments=tuple(data.get("attachments", ())),
        outcome=str(data.get("outcome", "reply_sent")),
        source="shipped",
        legal_basis=str(data.get("source", "")),
        task=str(data.get("task", "")),
    )


def _from_row(row: ReplyTemplateVersion) -> ReplyTemplate:
    shipped = load_shipped().get(row.code)
    return ReplyTemplate(
        code=row.code,
        version=row.version,
        title=row.title,
        subject=row.subject,
        body=row.body,
        categories=tuple(row.categories or ()),
        fields=_fields_from(row.fields or []),
        attachments=tuple(row.attachments or ()),
        outcome=row.outcome,
        source="database",
        task=shipped.task if shipped else "",
    )


def list_templates(session: Session) -> list[ReplyTemplate]:
    """The current version of every template: an administrator's newest active version
    replaces the shipped one of the same code."""
    current = dict(load_shipped())
    rows = session.scalars(
        select(ReplyTemplateVersion)
        .where(ReplyTemplateVersion.active.is_(True))
        .order_by(ReplyTemplateVersion.code, ReplyTemplateVersion.version)
    )
    for row in rows:
        current[row.code] = _from_row(row)
    return sorted(current.values(), key=lambda t: t.code)


def get_template(session: Session, code: str, version: int | None = None) -> ReplyTemplate:
    """The current template of ``code``, or exactly ``version`` (for a registered reply)."""
    if version is not None:
        row = session.scalar(
            select(ReplyTemplateVersion).where(
                ReplyTemplateVersion.code == code, ReplyTemplateVersion.version == version
            )
        )
        if row is not None:
            return _from_row(row)
        shipped = load_shipped().get(code)
        if shipped is not None and shipped.version == version:
            return shipped
        raise TemplateProblem("not_found", [f"{code} v{version}"])
    for template in list_templates(session):
        if template.code == code:
            return template
    raise TemplateProblem("not_found", [code])


def suggest_templates(session: Session, category: str) -> list[ReplyTemplate]:
    """Templates for a letter's category, the most specific (fewest categories) first."""
    fitting = [t for t in list_templates(session) if category in t.categories]
    return sorted(fitting, key=lambda t: (len(t.categories), t.code))


def save_template(session: Session, actor: Actor, template: ReplyTemplate) -> ReplyTemplate:
    """Store an administrator's template as a new version, after proving it renders safely
    with its example values; raises ``TemplateProblem`` and stores nothing otherwise."""
    require(actor, "templates.manage")
    _check_definition(template)
    from letters.replies import sample_context  # the context shape lives with the replies

    render(template, sample_context(template))
    latest = session.scalar(
        select(func.max(ReplyTemplateVersion.version)).where(
            ReplyTemplateVersion.code == template.code
        )
    )
    shipped = load_shipped().get(template.code)
    version = max(latest or 0, shipped.version if shipped else 0) + 1
    row = ReplyTemplateVersion(
        code=template.code,
        version=version,
        title=template.title,
        subject=template.subject,
        body=template.body,
        categories=list(template.categories),
        fields=[
            {"name": f.name, "label": f.label, "type": f.type}
            | {"required": f.required, "example": f.example}
            for f in template.fields
        ],
        attachments=list(template.attachments),
        outcome=template.outcome,
        active=True,
        created_by_id=actor.id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "reply_template.save",
        "reply_template",
        row.id,
        None,
        {"code": template.code, "version": version, "title": template.title},
    )
    return _from_row(row)


def render(template: ReplyTemplate, context: Mapping[str, Any]) -> RenderedText:
    """Subject, body and attachments of a template; all problems of all parts together."""
    parts: dict[str, str] = {}
    missing: list[str] = []
    for name, source in (("subject", template.subject), ("body", template.body)):
        try:
            parts[name] = render_string(source, context)
        except TemplateProblem as exc:
            if exc.code != "missing":
                raise
            missing.extend(i for i in exc.items if i not in missing)
    if missing:
        raise TemplateProblem("missing", missing)
    attachments = tuple(render_string(a, context) for a in template.attachments)
    body = _ABBREVIATION_DOT.sub(r"\1\2", parts["body"].strip())
    return RenderedText(" ".join(parts["subject"].split()), body, attachments)


# «… 1 843,20 руб.» at the end of a sentence takes no second full stop.
_ABBREVIATION_DOT = re.compile(r"(\b(?:руб|коп|г|гг|тыс|млн)\.)(\*\*)?\.(?!\.)")


def coerce_values(template: ReplyTemplate, raw: Mapping[str, Any]) -> dict[str, Any]:
    """The specialist's values, typed per field; unknown and empty values are left out."""
    out: dict[str, Any] = {}
    bad: list[str] = []
    for name, value in raw.items():
        spec = template.field(name)
        if spec is None or value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            if spec.type == "money":
                out[name] = parse_money(value)
            elif spec.type == "date":
                out[name] = format_date(value)
            elif spec.type == "integer":
                out[name] = int(str(value).strip())
            else:
                out[name] = str(value).strip() if isinstance(value, str) else value
        except ValueError:
            bad.append(f"{spec.label} ({name})")
    if bad:
        raise TemplateProblem("bad_value", bad)
    return out

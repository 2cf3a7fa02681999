"""``mailroom users …``, ``departments …`` and ``audit …``: the administrator's commands.

Passwords never go on the command line (it is visible to other users of the machine): they
come from ``MAILROOM_NEW_PASSWORD`` or a prompt.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, Context, UsageError, out
from app.i18n import translate
from app.roles import auth_message, role_name


def add_commands(sub: Any) -> None:
    from letters.permissions import ROLES

    users = sub.add_parser("users", help=translate("cli", "users and roles"))
    u_sub = users.add_subparsers(dest="users_command", metavar="COMMAND")
    ls = u_sub.add_parser("list", help=translate("cli", "list users"))
    ls.set_defaults(handler=cmd_users_list)
    for name, helptext in (
        ("add", translate("cli", "add a user (password from MAILROOM_NEW_PASSWORD or a prompt)")),
        ("set", translate("cli", "change a user's name, role, department or state")),
    ):
        p = u_sub.add_parser(name, help=helptext)
        p.add_argument("login", metavar="LOGIN")
        p.add_argument("--name", dest="full_name", metavar="TEXT")
        p.add_argument("--role", choices=ROLES, default=None)
        p.add_argument("--department", metavar="CODE")
        p.add_argument("--phone", metavar="PHONE")
        if name == "set":
            state = p.add_mutually_exclusive_group()
            state.add_argument("--block", dest="active", action="store_const", const=False)
            state.add_argument("--unblock", dest="active", action="store_const", const=True)
            p.add_argument(
                "--password",
                action="store_true",
                help=translate("cli", "set a new password (MAILROOM_NEW_PASSWORD or a prompt)"),
            )
        p.set_defaults(handler=cmd_users_add if name == "add" else cmd_users_set)
    init = u_sub.add_parser(
        "init-admin",
        help=translate("cli", "give a fresh install its administrator's login and password"),
    )
    init.add_argument("login", metavar="LOGIN")
    init.add_argument("--name", dest="full_name", metavar="TEXT", default="")
    init.set_defaults(handler=cmd_users_init_admin)

    deps = sub.add_parser("departments", help=translate("cli", "departments"))
    d_sub = deps.add_subparsers(dest="departments_command", metavar="COMMAND")
    d_ls = d_sub.add_parser("list", help=translate("cli", "list departments"))
    d_ls.set_defaults(handler=cmd_departments_list)
    d_add = d_sub.add_parser("add", help=translate("cli", "add or rename a department"))
    d_add.add_argument("code", metavar="CODE")
    d_add.add_argument("name", metavar="NAME")
    d_add.set_defaults(handler=cmd_departments_add)

    audit = sub.add_parser("audit", help=translate("cli", "the audit log"))
    a_sub = audit.add_subparsers(dest="audit_command", metavar="COMMAND")
    for name in ("list", "export"):
        a = a_sub.add_parser(
            name,
            help=translate("cli", "show audit entries, newest first")
            if name == "list"
            else translate("cli", "write an extract of the audit log (CSV or JSON lines)"),
        )
        a.add_argument("--by", dest="user_login", metavar="LOGIN", default="")
        a.add_argument(
            "--action", metavar="ACTION", default="", help=translate("cli", "e.g. letter.link")
        )
        a.add_argument("--entity", metavar="KIND", default="")
        a.add_argument("--id", dest="entity_id", metavar="ID", default="")
        a.add_argument("--from", dest="since", metavar="YYYY-MM-DD", type=_date)
        a.add_argument("--to", dest="until", metavar="YYYY-MM-DD", type=_date)
        a.add_argument("--limit", type=int, default=100 if name == "list" else 1_000_000)
        if name == "export":
            a.add_argument("--format", choices=("csv", "jsonl"), default="csv")
            a.add_argument("--output", "-o", metavar="FILE")
        a.set_defaults(handler=cmd_audit_list if name == "list" else cmd_audit_export)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(translate("cli", "Not a date (YYYY-MM-DD): {0}").format(text)) from exc


def _new_password(login: str) -> str:
    password = os.environ.get("MAILROOM_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageError(
            translate("cli", "Set MAILROOM_NEW_PASSWORD or run on a terminal to type it.")
        )
    first = getpass.getpass(translate("cli", "New password for {0}: ").format(login))
    again = getpass.getpass(translate("cli", "Repeat the password: "))
    if first != again:
        raise UsageError(translate("cli", "The passwords differ."))
    return first


def user_error_message(exc: Exception) -> str:
    code, detail = getattr(exc, "code", ""), getattr(exc, "detail", "")
    texts = {
        "bad_login": translate("cli", "Not a usable login (no spaces, up to 64 characters): {0}"),
        "bad_role": translate("cli", "Unknown role: {0}"),
        "taken": translate("cli", "Already taken: {0}"),
        "unknown": translate("cli", "No such user or department: {0}"),
        "last_admin": translate("cli", "{0} is the last active administrator."),
        "bad_department": translate("cli", "Unknown or incomplete department: {0}"),
    }
    return texts.get(code, "{0}").format(detail)


def _password_message(exc: Exception) -> str:
    if getattr(exc, "reason", "") == "weak_password":
        from letters.auth import MIN_PASSWORD_LENGTH

        return translate("cli", "The password is too short: at least {0} characters.").format(
            MIN_PASSWORD_LENGTH
        )
    if getattr(exc, "reason", "") == "already_initialised":
        return translate("cli", "The administrator already has a password.")
    return auth_message(exc)


def _write(ctx: Context, work: Any) -> Any:
    from letters.auth import AuthError
    from letters.users import UserError

    database = ctx.database()
    try:
        with database.write() as session:
            return work(session, ctx.actor(session))
    except UserError as exc:
        raise UsageError(user_error_message(exc)) from exc
    except AuthError as exc:
        raise UsageError(_password_message(exc)) from exc
    finally:
        database.dispose()


def _department_id(session: Any, code: str | None, current: int | None) -> int | None:
    if code is None:
        return current
    if code == "":
        return None
    from sqlalchemy import select

    from db.models import Department

    found = session.scalar(select(Department.id).where(Department.code == code))
    if found is None:
        raise UsageError(translate("cli", "No such department: {0}").format(code))
    return int(found)


def cmd_users_list(ctx: Context) -> int:
    from letters.users import list_users

    rows = _write(ctx, lambda s, actor: list_users(s, actor))
    for u in rows:
        state = "" if u.active else translate("cli", "blocked")
        out(f"{u.login}\t{role_name(u.role)}\t{u.full_name}\t{u.department}\t{state}".rstrip())
    return EXIT_OK


def cmd_users_add(ctx: Context) -> int:
    from letters.users import UserInfo, save_user

    args = ctx.args
    password = _new_password(args.login)

    def work(session: Any, actor: Any) -> int:
        info = UserInfo(
            None,
            args.login,
            args.full_name or "",
            args.role or "clerk",
            _department_id(session, args.department, None),
            phone=args.phone or "",
        )
        return save_user(session, actor, info, password)

    _write(ctx, work)
    out(translate("cli", "User {0} added.").format(args.login))
    return EXIT_OK


def cmd_users_set(ctx: Context) -> int:
    from dataclasses import replace

    from letters.users import UserError, list_users, save_user

    args = ctx.args
    password = _new_password(args.login) if args.password else None

    def work(session: Any, actor: Any) -> int:
        found = [u for u in list_users(session, actor) if u.login == args.login]
        if not found:
            raise UserError("unknown", args.login)
        user = found[0]
        changed = replace(
            user,
            full_name=user.full_name if args.full_name is None else args.full_name,
            role=args.role or user.role,
            department_id=_department_id(session, args.department, user.department_id),
            phone=user.phone if args.phone is None else args.phone,
            active=user.active if args.active is None else args.active,
        )
        return save_user(session, actor, changed, password)

    _write(ctx, work)
    out(translate("cli", "User {0} changed.").format(args.login))
    return EXIT_OK


def cmd_users_init_admin(ctx: Context) -> int:
    from letters.auth import AuthError, create_first_admin

    password = _new_password(ctx.args.login)
    database = ctx.database()
    try:
        with database.write() as session:
            create_first_admin(session, ctx.args.login, ctx.args.full_name, password)
    except AuthError as exc:
        raise UsageError(_password_message(exc)) from exc
    finally:
        database.dispose()
    out(translate("cli", "Administrator {0} is ready.").format(ctx.args.login))
    return EXIT_OK


def cmd_departments_list(ctx: Context) -> int:
    from letters.users import list_departments

    for d in _write(ctx, lambda s, _actor: list_departments(s)):
        out(f"{d.code}\t{d.name}")
    return EXIT_OK


def cmd_departments_add(ctx: Context) -> int:
    from sqlalchemy import select

    from db.models import Department
    from letters.users import DepartmentInfo, save_department

    def work(session: Any, actor: Any) -> int:
        found = session.scalar(select(Department.id).where(Department.code == ctx.args.code))
        return save_department(session, actor, DepartmentInfo(found, ctx.args.code, ctx.args.name))

    _write(ctx, work)
    out(translate("cli", "Department {0} saved.").format(ctx.args.code))
    return EXIT_OK


def _audit_entries(ctx: Context) -> list[Any]:
    from letters.audit import AuditFilter, query

    a = ctx.args
    flt = AuditFilter(a.user_login, a.action, a.entity, a.entity_id, a.since, a.until, a.limit)
    return list(_write(ctx, lambda s, actor: query(s, actor, flt)))


def cmd_audit_list(ctx: Context) -> int:
    for e in _audit_entries(ctx):
        change = json.dumps(e.after, ensure_ascii=False) if e.after else ""
        out(
            f"{e.at.isoformat(timespec='seconds')}\t{e.user_login}\t{e.action}\t"
            f"{e.entity}:{e.entity_id}\t{change}".rstrip()
        )
    return EXIT_OK


def cmd_audit_export(ctx: Context) -> int:
    from letters import audit

    entries = _audit_entries(ctx)
    text = audit.extract(entries, ctx.args.format)
    database = ctx.database()
    try:
        with database.write() as session:
            actor = ctx.actor(session)
            audit.record(
                session,
                actor,
                "audit.export",
                "audit",
                "",
                after={"entries": len(entries), "format": ctx.args.format},
            )
    finally:
        database.dispose()
    if ctx.args.output:
        Path(ctx.args.output).write_text(text, encoding="utf-8")
        out(translate("cli", "{0} entries written to {1}").format(len(entries), ctx.args.output))
    else:
        sys.stdout.write(text)
    return EXIT_OK

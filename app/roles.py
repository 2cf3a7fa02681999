"""Names of roles and actions, and the messages for refused actions and failed sign-ins,
shared by the command line and the desktop app."""

from __future__ import annotations

from app.i18n import translate


def auth_message(exc: Exception) -> str:
    reason = getattr(exc, "reason", "")
    login = getattr(exc, "login", "")
    if reason == "password_required":
        return translate(
            "cli", "User {0} has a password: set MAILROOM_PASSWORD or run on a terminal."
        ).format(login)
    if reason == "wrong_password":
        return translate("cli", "Wrong password for {0}.").format(login)
    if reason == "inactive":
        return translate("cli", "User {0} is blocked.").format(login)
    if not login:
        return translate("cli", "Say who you are: --user LOGIN (or MAILROOM_USER).")
    return translate("cli", "Unknown or inactive user: {0}").format(login)


def denied_message(exc: Exception) -> str:
    """The text for ``letters.permissions.PermissionDenied``."""
    return translate("cli", "Not allowed for the role {0}: {1}").format(
        role_name(getattr(exc, "role", "")), action_name(getattr(exc, "action", ""))
    )


def role_name(role: str) -> str:
    names = {
        "clerk": translate("roles", "clerk"),
        "specialist": translate("roles", "specialist"),
        "head": translate("roles", "head of department"),
        "archivist": translate("roles", "archivist"),
        "admin": translate("roles", "administrator"),
    }
    return names.get(role, role)


def action_name(action: str) -> str:
    names = {
        "letter.view": translate("actions", "view the letter"),
        "search": translate("actions", "search"),
        "consumer.view": translate("actions", "view consumers"),
        "report.view": translate("actions", "view reports"),
        "journal.print": translate("actions", "print journals"),
        "letter.export": translate("actions", "export letters"),
        "letter.register": translate("actions", "register letters"),
        "letter.verify": translate("actions", "verify and link letters"),
        "registry.import": translate("actions", "import the consumer registry"),
        "phone.register": translate("actions", "register phone calls"),
        "letter.resolve": translate("actions", "write resolutions"),
        "letter.extend": translate("actions", "extend deadlines"),
        "letter.transition": translate("actions", "change the letter's status"),
        "phone.callback": translate("actions", "record callbacks"),
        "reply.prepare": translate("actions", "draft replies"),
        "reply.register": translate("actions", "register outgoing letters"),
        "reply.dispatch": translate("actions", "dispatch outgoing post"),
        "archive.manage": translate("actions", "manage the archive"),
        "settings.manage": translate("actions", "change settings"),
        "templates.manage": translate("actions", "edit reply templates"),
        "users.manage": translate("actions", "manage users"),
        "audit.view": translate("actions", "view the audit log"),
        "maintenance.backup": translate("actions", "make backups"),
        "maintenance.restore": translate("actions", "restore from a backup"),
        "maintenance.repair": translate("actions", "repair the file store"),
    }
    return names.get(action, action)

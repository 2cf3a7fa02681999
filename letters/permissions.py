"""Who may do what: the role matrix, checked inside the services (not only in the UI).

Roles and duties are those of DOMAIN.md §2. Every service entry point calls ``require`` (or
``require_letter`` for an action on one letter) before it touches anything, so a refused
action changes nothing and the caller gets ``PermissionDenied`` with the action and role.

Scope: a specialist sees and edits only the letters assigned to them or to their department
(by the letter's active resolution), the phone calls they registered and the callbacks promised
in their name; every other role sees the whole register.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, or_, select, true
from sqlalchemy.orm import Session

from db.models import Letter
from db.models_deadlines import CallbackTask, Resolution, ResolutionExecutor
from letters.actors import Actor

CLERK, SPECIALIST, HEAD, ARCHIVIST, ADMIN = "clerk", "specialist", "head", "archivist", "admin"
ROLES: tuple[str, ...] = (CLERK, SPECIALIST, HEAD, ARCHIVIST, ADMIN)

_ALL = frozenset(ROLES)
_OFFICE = frozenset({CLERK, SPECIALIST, HEAD, ADMIN})  # everyone who works letters

# action -> roles allowed. Keep the keys stable: the permission-matrix test and the
# administrator's help text list them.
MATRIX: dict[str, frozenset[str]] = {
    # reading
    "letter.view": _ALL,
    "search": _ALL,
    "consumer.view": _ALL,
    "report.view": frozenset({CLERK, HEAD, ARCHIVIST, ADMIN}),
    "journal.print": frozenset({CLERK, HEAD, ARCHIVIST, ADMIN}),
    "letter.export": frozenset({CLERK, HEAD, ARCHIVIST, ADMIN}),
    # intake and verification (the clerk's desk)
    "letter.register": frozenset({CLERK, ADMIN}),
    "letter.verify": frozenset({CLERK, ADMIN}),
    "registry.import": frozenset({CLERK, ADMIN}),
    "phone.register": frozenset({CLERK, SPECIALIST, HEAD, ADMIN}),
    # control
    "letter.resolve": frozenset({HEAD, ADMIN}),
    "letter.extend": frozenset({HEAD, ADMIN}),
    "letter.transition": _OFFICE,
    "phone.callback": frozenset({SPECIALIST, HEAD, ADMIN}),
    # replies and outgoing post
    "reply.prepare": frozenset({SPECIALIST, HEAD, ADMIN}),
    "reply.register": frozenset({CLERK, SPECIALIST, HEAD, ADMIN}),
    "reply.dispatch": frozenset({CLERK, ADMIN}),
    # archive
    "archive.manage": frozenset({ARCHIVIST, ADMIN}),
    # administration
    "settings.manage": frozenset({ADMIN}),
    "templates.manage": frozenset({ADMIN}),
    "users.manage": frozenset({ADMIN}),
    "audit.view": frozenset({HEAD, ARCHIVIST, ADMIN}),
    # maintenance: backups hold every letter's personal data
    "maintenance.backup": frozenset({ADMIN}),
    "maintenance.restore": frozenset({ADMIN}),
    "maintenance.repair": frozenset({ADMIN}),
}

# Actions on one letter that a specialist may take only within their scope.
SCOPED = frozenset(
    {"letter.view", "letter.transition", "phone.callback", "reply.prepare", "reply.register"}
)


class PermissionDenied(Exception):
    """The acting user's role does not allow ``action`` (on this letter, if ``letter_id``)."""

    def __init__(self, action: str, role: str, letter_id: int | None = None) -> None:
        super().__init__(f"{role} may not {action}")
        self.action = action
        self.role = role
        self.letter_id = letter_id


def can(actor: Actor, action: str) -> bool:
    return actor.role in MATRIX[action]


def require(actor: Actor, action: str) -> None:
    if not can(actor, action):
        raise PermissionDenied(action, actor.role)


def scope_clause(actor: Actor) -> ColumnElement[bool]:
    """A WHERE condition on ``Letter`` selecting what the actor may see."""
    if actor.role != SPECIALIST:
        return true()
    mine = or_(
        Resolution.executor_id == actor.id,
        exists().where(
            ResolutionExecutor.resolution_id == Resolution.id,
            ResolutionExecutor.user_id == actor.id,
        ),
    )
    if actor.department_id is not None:
        mine = or_(mine, Resolution.department_id == actor.department_id)
    return or_(
        exists().where(and_(Resolution.letter_id == Letter.id, Resolution.active.is_(True), mine)),
        # the calls they took themselves, and the callbacks promised in their name
        Letter.registered_by_id == actor.id,
        exists().where(CallbackTask.letter_id == Letter.id, CallbackTask.executor_id == actor.id),
    )


def in_scope(session: Session, actor: Actor, letter_id: int) -> bool:
    if actor.role != SPECIALIST:
        return True
    found = session.scalar(select(Letter.id).where(Letter.id == letter_id, scope_clause(actor)))
    return found is not None


def require_letter(session: Session, actor: Actor, action: str, letter_id: int) -> None:
    """``require`` plus the specialist's scope for an action on one letter."""
    require(actor, action)
    if action in SCOPED and not in_scope(session, actor, letter_id):
        raise PermissionDenied(action, actor.role, letter_id)

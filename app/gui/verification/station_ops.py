"""The station's database work, run on a worker thread: one unit of work per action, then
the card to show next, all as plain data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from db.engine import Database
from letters import audit
from letters.actors import Actor
from letters.permissions import can
from letters.verification import (
    attention_count,
    load_card,
    neighbours,
    next_needing_attention,
)
from letters.verification_types import CardDTO, Neighbour

Change = Callable[[Session, Actor], Any]


@dataclass(frozen=True, slots=True)
class Loaded:
    """A card to show (None: nothing to show) with what the station needs around it."""

    card: CardDTO | None
    queue: int  # letters still needing attention
    previous: Neighbour | None = None
    next: Neighbour | None = None
    changed: tuple[int, ...] = ()  # letters this action changed
    result: Any = None  # what the change returned (e.g. a SplitResult)
    notes: list[str] = field(default_factory=list)


def _load(
    session: Session, actor: Actor, letter_id: int | None
) -> tuple[CardDTO | None, Any, Any, int]:
    # The queue and the merge partners are the clerk's; anyone else only reads the card.
    clerk = can(actor, "letter.verify")
    queue = attention_count(session, actor=actor) if clerk else 0
    if letter_id is None:
        return None, None, None, queue
    card = load_card(session, letter_id, actor=actor)
    prev, nxt = neighbours(session, letter_id, actor=actor) if clerk else (None, None)
    return card, prev, nxt, queue


def _opened(database: Database, actor: Actor, card: CardDTO | None) -> None:
    """Opening a card with personal data is an audited read (152-FZ)."""
    if card is not None:
        audit.log(database, actor, "letter.open", "letter", card.id, {"reg_no": card.reg_no})


def open_card(database: Database, actor: Actor, letter_id: int | None) -> Loaded:
    with database.read() as session:
        card, prev, nxt, queue = _load(session, actor, letter_id)
    _opened(database, actor, card)
    return Loaded(card, queue, prev, nxt)


def open_next(database: Database, actor: Actor, after_id: int | None) -> Loaded:
    with database.read() as session:
        found = next_needing_attention(session, after_id, actor=actor)
        card, prev, nxt, queue = _load(session, actor, found)
    _opened(database, actor, card)
    return Loaded(card, queue, prev, nxt)


def change(
    database: Database,
    actor: Actor,
    apply: Change,
    show: Callable[[Any], int | None],
    changed: Callable[[Any], tuple[int, ...]],
    then_next_after: int | None = None,
) -> Loaded:
    """Run ``apply`` in one write transaction, then load the card ``show(result)`` names.

    With ``then_next_after``, show instead the next letter needing attention after that id
    (falling back to ``show(result)`` when the queue is empty).
    """
    with database.write() as session:
        result = apply(session, actor)
    with database.read() as session:
        target = show(result)
        if then_next_after is not None:
            target = next_needing_attention(session, then_next_after, actor=actor) or target
        card, prev, nxt, queue = _load(session, actor, target)
    return Loaded(card, queue, prev, nxt, changed(result), result)

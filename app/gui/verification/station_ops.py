"""The station's database work, run on a worker thread: one unit of work per action, then
the card to show next, all as plain data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from db.engine import Database
from letters.actors import Actor
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


def _load(session: Session, letter_id: int | None) -> tuple[CardDTO | None, Any, Any, int]:
    queue = attention_count(session)
    if letter_id is None:
        return None, None, None, queue
    card = load_card(session, letter_id)
    prev, nxt = neighbours(session, letter_id)
    return card, prev, nxt, queue


def open_card(database: Database, letter_id: int | None) -> Loaded:
    with database.read() as session:
        card, prev, nxt, queue = _load(session, letter_id)
    return Loaded(card, queue, prev, nxt)


def open_next(database: Database, after_id: int | None) -> Loaded:
    with database.read() as session:
        found = next_needing_attention(session, after_id)
        card, prev, nxt, queue = _load(session, found)
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
            target = next_needing_attention(session, then_next_after) or target
        card, prev, nxt, queue = _load(session, target)
    return Loaded(card, queue, prev, nxt, changed(result), result)

"""Plain data of the verification station: the card as the clerk sees it, edits, errors.

Nothing here touches the database; ``letters.verification`` builds these objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from letters.classify import DEFAULT_REVIEW_BELOW
from letters.drafts import REVIEW_CONFIDENCE
from letters.history import HistoryEntry

# Card field key -> (Letter column, key in Letter.captured).
CARD_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("sender_name", "name"),
    "address": ("sender_address", "address"),
    "phone": ("sender_phone", "phone"),
    "email": ("sender_email", "email"),
    "account": ("account_captured", "account"),
}
# A missing value of these fields is itself a reason to look (drafts.needs_review).
KEY_FIELDS = ("name", "account")
LINKED_STATUSES = ("auto", "confirmed", "manual")


@dataclass(frozen=True, slots=True)
class FieldDTO:
    """One card field: what OCR read (with confidence and box) and the value on the card.

    ``box`` is ``(page, x, y, w, h)`` in pixels of the stored page image.
    """

    key: str
    value: str
    captured: str = ""
    confidence: float | None = None  # None: OCR found nothing
    box: tuple[int, int, int, int, int] | None = None

    @property
    def edited(self) -> bool:
        return self.confidence is not None and self.value != self.captured

    def is_doubtful(self, verified: bool) -> bool:
        """Highlight it: OCR was unsure, or a key field was not found, and nobody checked."""
        if verified or self.edited:
            return False
        if self.confidence is None:
            return self.key in KEY_FIELDS and not self.value
        return self.confidence < REVIEW_CONFIDENCE


@dataclass(frozen=True, slots=True)
class RegistryDetails:
    """A consumer's registry data as shown beside the letter."""

    account: str
    full_name: str = ""
    address: str = ""
    postal_code: str = ""
    phone: str = ""
    email: str = ""
    active: bool = True
    known: bool = True  # False: the account is no longer in the registry


@dataclass(frozen=True, slots=True)
class CandidateDTO:
    """A ranked candidate consumer; ``matches`` maps a card field key to
    ``same | similar | differs | missing`` (the letter's value against the registry's)."""

    rank: int  # 1-based: Ctrl+rank picks it
    account: str
    score: float
    method: str
    reasons: tuple[str, ...]
    registry: RegistryDetails
    matches: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LinkDTO:
    status: str  # auto | suggested | confirmed | manual | none
    method: str
    score: float
    consumer: RegistryDetails | None = None  # the linked consumer

    @property
    def linked(self) -> bool:
        return self.consumer is not None and self.status in LINKED_STATUSES


@dataclass(frozen=True, slots=True)
class WordBox:
    text: str
    conf: float
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True, slots=True)
class PageDTO:
    id: int
    index: int
    image_rel_path: str | None
    width: int
    height: int
    rotation: int
    mean_conf: float
    words: tuple[WordBox, ...] = ()


@dataclass(frozen=True, slots=True)
class CardDTO:
    """A letter's registration card for the station (never a live ORM row)."""

    id: int
    reg_no: str
    version: int
    journal: str
    channel: str
    status: str
    registered_at: dt.datetime
    received_on: dt.date
    verified: bool
    needs_review: bool
    fields: dict[str, FieldDTO]
    category: str
    category_confidence: float
    summary: str
    link: LinkDTO
    candidates: tuple[CandidateDTO, ...]
    pages: tuple[PageDTO, ...]
    source_name: str = ""
    merged_into: tuple[int, str] | None = None  # a tombstone: (letter id, reg no)

    @property
    def category_doubtful(self) -> bool:
        return not self.verified and self.category_confidence < DEFAULT_REVIEW_BELOW

    @property
    def link_doubtful(self) -> bool:
        return not self.verified and self.link.status not in LINKED_STATUSES

    @property
    def confident(self) -> bool:
        """Every field, the topic and the link are sure: one keystroke accepts it."""
        doubtful = any(f.is_doubtful(self.verified) for f in self.fields.values())
        return not (doubtful or self.category_doubtful or self.link_doubtful)


@dataclass(frozen=True, slots=True)
class LinkChoice:
    """A link the clerk chose while editing: a candidate, or a registry search hit."""

    account: str
    via: str  # candidate | search


@dataclass(frozen=True, slots=True)
class CardEdits:
    """The card as the clerk accepts it."""

    name: str
    address: str
    phone: str
    email: str
    account: str
    category: str
    summary: str
    received_on: dt.date
    link: LinkChoice | None = None


@dataclass(frozen=True, slots=True)
class Neighbour:
    """The previous or next letter of the same journal (for merging)."""

    id: int
    reg_no: str
    version: int
    page_count: int


@dataclass(frozen=True, slots=True)
class SplitResult:
    first_id: int
    new_id: int
    new_reg_no: str
    pages_moved: int


class VerificationError(Exception):
    """A refusal the clerk can act on; ``code`` names it for the front end's message."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class LetterNotFound(VerificationError):
    def __init__(self, letter_id: int) -> None:
        super().__init__("not_found", str(letter_id))
        self.letter_id = letter_id


class StaleCard(VerificationError):
    """Someone changed the letter since the clerk opened it; ``change`` is what they did
    (the newest history entry), so the message can say who, when and what."""

    def __init__(
        self, letter_id: int, seen: int, current: int, change: HistoryEntry | None
    ) -> None:
        super().__init__("stale", f"letter {letter_id}: saw v{seen}, now v{current}")
        self.letter_id = letter_id
        self.seen = seen
        self.current = current
        self.change = change

"""Full-text search of the register: the analyser and the small per-dialect interface.

The same analyser prepares every text on both engines, so that they find the same letters:
NFKC, case folding, ё→е, words of letters and digits, and the stop words of PostgreSQL's
``russian`` and ``english`` configurations dropped (positions close up, on both engines).
Then each engine stems the words with Snowball: SQLite through ``stem`` below (Russian,
English for Latin words, digits as they are: the mapping of PostgreSQL's ``russian``
configuration) into an FTS5 column; PostgreSQL itself, through ``to_tsvector('russian')``
into a ``tsvector`` column. Both stemmers are the same Snowball algorithms.

A letter is indexed as four fields, each with its own weight: ``sender`` (name, e-mail,
phone; the linked consumer's name), ``account`` (linked and captured accounts),
``numbers`` (registration numbers, incoming and outgoing, and the sender's own number),
``body`` (summary, addresses, the OCR text and any extra text). On PostgreSQL the fields
are the weights A, B, C and D of one ``tsvector``.

Folded words of four letters or more also go into a vocabulary (``search_term``), where a
fuzzy search looks for words one or two OCR errors away (FTS5 trigram table on SQLite,
``pg_trgm`` on PostgreSQL; the edit distance is checked in Python on both).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

import snowballstemmer
from sqlalchemy import ColumnElement, Select, Table, func, or_, select
from sqlalchemy.orm import Session

from db.dialect import insert_ignore, upsert
from db.models import Consumer, Letter
from db.models_search import SearchDoc, SearchTerm

FIELDS = ("sender", "account", "numbers", "body")
MAX_WORD = 60  # longer "words" are OCR garbage (and too long for a tsvector lexeme)
MIN_VOCABULARY_WORD = 4
# A query matching at most RANK_WINDOW letters (after filters) is ranked by relevance
# (bm25 / ts_rank, a word in the sender, account or number fields weighing ten times one
# in the body). A broader one lists the latest registered letters first: relevance over a
# million letters costs a pass over every match (bm25's document frequencies), walking
# the index by letter id stops after one page.
RANK_WINDOW = 2000

# The stop lists of PostgreSQL 15 (tsearch_data/russian.stop, english.stop), so that both
# engines drop the same words.
_RUSSIAN_STOP_TEXT = """
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по
    только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже
    или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они
    тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под
    будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем
    чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после
    над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо
    свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю
    между"""
_ENGLISH_STOP_TEXT = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what which
    who whom this that these those am is are was were be been being have has had having do
    does did doing a an the and but if or because as until while of at by for with about
    against between into through during before after above below to from up down in out on
    off over under again further then once here there when where why how all any both each
    few more most other some such no nor not only own same so than too very s t can will
    just don should now"""
RUSSIAN_STOP = frozenset(_RUSSIAN_STOP_TEXT.split())
ENGLISH_STOP = frozenset(_ENGLISH_STOP_TEXT.split())
STOP_WORDS = RUSSIAN_STOP | ENGLISH_STOP

_WORD = re.compile(r"[^\W_]+")
_russian = snowballstemmer.stemmer("russian")
_english = snowballstemmer.stemmer("english")


def fold(text: str) -> str:
    """NFKC, case folding and ё→е: the form every engine sees."""
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")


def words(text: str) -> list[str]:
    """The searchable words of ``text``, folded, in order, without stop words."""
    return [w for w in _WORD.findall(fold(text)) if w not in STOP_WORDS and len(w) <= MAX_WORD]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem of a folded word, as PostgreSQL's ``russian`` configuration stems it."""
    if any(ch.isdigit() for ch in word):
        return word  # numword, int: the "simple" dictionary
    if word.isascii():
        return str(_english.stemWord(word))
    return str(_russian.stemWord(word))


def number_words(number: str) -> list[str]:
    """Words of a registration number: its parts in order, the parts joined, and the last
    numeric part without leading zeros («ВХ-2026-000123» → вх 2026 000123 вх2026000123 123).
    """
    parts = words(number)
    if not parts:
        return []
    extra = ["".join(parts)] if len(parts) > 1 else []
    last = parts[-1]
    if last.isdigit() and last.lstrip("0") and last.lstrip("0") != last:
        extra.append(last.lstrip("0"))
    return parts + extra


# ------------------------------------------------------------------------- what is indexed


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """The texts of one letter, field by field, as words (already analysed)."""

    letter_id: int
    sender: list[str] = field(default_factory=list)
    account: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)

    def field_words(self) -> dict[str, list[str]]:
        return {
            "sender": self.sender,
            "account": self.account,
            "numbers": self.numbers,
            "body": self.body,
        }

    def vocabulary(self) -> set[str]:
        """Words worth a fuzzy look-up: four letters or more, not plain numbers."""
        return {
            w
            for ws in self.field_words().values()
            for w in ws
            if len(w) >= MIN_VOCABULARY_WORD and not w.isdigit()
        }


# ------------------------------------------------------------------------------- the query


@dataclass(frozen=True, slots=True)
class Term:
    """Words that must occur together: one word, or a phrase (adjacent, in order).

    ``alternatives`` (fuzzy search) holds, for each word, other words that may stand in
    for it; ``field`` limits the term to one of ``FIELDS``.
    """

    words: tuple[str, ...]
    field: str | None = None
    negated: bool = False
    alternatives: tuple[tuple[str, ...], ...] = ()

    def choices(self) -> list[tuple[str, ...]]:
        """For each word, the words that match it (itself first)."""
        if not self.alternatives:
            return [(w,) for w in self.words]
        return [(w, *alts) for w, alts in zip(self.words, self.alternatives, strict=True)]


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    text: str
    terms: tuple[Term, ...] = ()

    @property
    def positives(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.negated)

    @property
    def negatives(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.negated)

    def simplified(self) -> ParsedQuery:
        """Every positive word on its own, in any field: the query that cannot fail."""
        flat = [w for t in self.positives for w in t.words]
        return ParsedQuery(self.text, tuple(Term((w,)) for w in dict.fromkeys(flat)))


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Filters over the card; empty means "any". Dates are local registration dates."""

    registered_from: dt.date | None = None
    registered_to: dt.date | None = None  # inclusive
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    journals: tuple[str, ...] = ()
    account: str = ""  # the linked consumer's or the captured account
    linked: bool | None = None
    letter_ids: tuple[int, ...] = ()  # only these (e.g. an executor's letters)


@dataclass(frozen=True, slots=True)
class RawHit:
    letter_id: int
    score: float  # higher is better; comparable within one search only


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min).astimezone().astimezone(dt.UTC)


def filter_clauses(
    filters: SearchFilters, scope: ColumnElement[bool] | None = None
) -> list[ColumnElement[bool]]:
    """Conditions on ``letter`` (and ``consumer``, outer-joined) for the filters, and
    ``scope``: the caller's extra condition on ``letter`` (what the acting user may see)."""
    clauses: list[ColumnElement[bool]] = [] if scope is None else [scope]
    if filters.registered_from is not None:
        clauses.append(Letter.registered_at >= _local_midnight_utc(filters.registered_from))
    if filters.registered_to is not None:
        end = _local_midnight_utc(filters.registered_to + dt.timedelta(days=1))
        clauses.append(Letter.registered_at < end)
    if filters.categories:
        clauses.append(Letter.category.in_(filters.categories))
    if filters.statuses:
        clauses.append(Letter.status.in_(filters.statuses))
    if filters.channels:
        clauses.append(Letter.channel.in_(filters.channels))
    if filters.journals:
        clauses.append(Letter.journal.in_(filters.journals))
    if filters.account:
        clauses.append(
            or_(Consumer.account == filters.account, Letter.account_captured == filters.account)
        )
    if filters.linked is True:
        clauses.append(Letter.consumer_id.is_not(None))
    elif filters.linked is False:
        clauses.append(Letter.consumer_id.is_(None))
    if filters.letter_ids:
        clauses.append(Letter.id.in_(filters.letter_ids))
    return clauses


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a word that must occur in a candidate: at its start, end, or anywhere."""

    text: str
    where: str  # prefix | infix | suffix


def max_edits(word: str) -> int:
    """OCR errors tolerated in a word: none below 5 letters, one up to 8, then two."""
    if len(word) < 5 or word.isdigit():
        return 0
    return 1 if len(word) <= 8 else 2


def chunks_for(word: str, edits: int) -> list[Chunk]:
    """Split ``word`` into ``edits + 1`` pieces: with at most ``edits`` errors, one piece
    comes through intact (pigeonhole), so every close word contains one of them where it
    says. Pieces are at least 2 letters (a prefix) or 3 (trigram-searchable)."""
    n = edits + 1
    bounds = [round(i * len(word) / n) for i in range(n + 1)]
    pieces = [word[bounds[i] : bounds[i + 1]] for i in range(n)]
    wheres = ["prefix", *(["infix"] * (n - 2)), "suffix"] if n > 1 else ["infix"]
    return [Chunk(p, w) for p, w in zip(pieces, wheres, strict=True) if p]


def id_range(session: Session, filters: SearchFilters) -> tuple[int, int] | None:
    """The span of letter ids registered within the filters' dates, to narrow the index
    scan; ``(1, 0)`` when no letter was registered then, ``None`` without dates."""
    if filters.registered_from is None and filters.registered_to is None:
        return None
    dates = SearchFilters(
        registered_from=filters.registered_from, registered_to=filters.registered_to
    )
    low, high = session.execute(
        select(func.min(Letter.id), func.max(Letter.id)).where(*filter_clauses(dates))
    ).one()
    return (1, 0) if low is None else (int(low), int(high))


def browse(
    session: Session,
    filters: SearchFilters,
    exclude: Select[Any] | None,
    limit: int,
    offset: int,
    scope: ColumnElement[bool] | None = None,
) -> list[RawHit]:
    """No words to look for: the filtered letters, newest first, minus ``exclude`` ids."""
    stmt = select(Letter.id).where(*filter_clauses(filters, scope))
    if filters.account:
        stmt = stmt.outerjoin(Consumer, Consumer.id == Letter.consumer_id)
    if exclude is not None:
        stmt = stmt.where(Letter.id.not_in(exclude))
    stmt = stmt.order_by(Letter.registered_at.desc(), Letter.id.desc()).limit(limit)
    return [RawHit(i, 0.0) for i in session.scalars(stmt.offset(offset))]


def record_index(
    session: Session, docs: Sequence[SearchDocument], terms_blobs: Sequence[bytes] = ()
) -> None:
    """Mark the letters indexed now (with what was indexed, ``terms_blobs``, when the
    engine needs it back to remove the entry) and add their words to the vocabulary."""
    now = dt.datetime.now(dt.UTC)
    doc_table = SearchDoc.__table__
    term_table = SearchTerm.__table__
    assert isinstance(doc_table, Table) and isinstance(term_table, Table)
    if terms_blobs:
        rows = [
            {"letter_id": d.letter_id, "indexed_at": now, "terms": blob}
            for d, blob in zip(docs, terms_blobs, strict=True)
        ]
        upsert(session, doc_table, rows, "letter_id", ["indexed_at", "terms"])
    terms = sorted(set().union(*(d.vocabulary() for d in docs))) if docs else []
    for start in range(0, len(terms), 5000):
        insert_ignore(
            session, term_table, [{"term": t} for t in terms[start : start + 5000]], ["term"]
        )


class QueryError(Exception):
    """The engine refused the query (a syntax error of the engine's query language)."""


class SearchBackend(Protocol):
    def index(self, session: Session, docs: Sequence[SearchDocument]) -> None:
        """Replace the index entries of these letters."""

    def remove(self, session: Session, letter_ids: Iterable[int]) -> None: ...

    def clear(self, session: Session) -> None:
        """Empty the index (``reindex_all`` fills it again)."""

    def search(
        self,
        session: Session,
        query: ParsedQuery,
        filters: SearchFilters,
        limit: int,
        offset: int = 0,
        scope: ColumnElement[bool] | None = None,
    ) -> list[RawHit]:
        """Best first; ties by newest letter. Raises ``QueryError`` on an engine error.
        ``scope``: an extra condition on ``letter`` (what the acting user may see)."""

    def count(
        self,
        session: Session,
        query: ParsedQuery,
        filters: SearchFilters,
        scope: ColumnElement[bool] | None = None,
    ) -> int: ...

    def word_in_use(self, session: Session, word: str) -> bool:
        """Does any indexed letter hold a word of the same stem?"""

    def remove_terms(self, session: Session, terms: Iterable[str]) -> None:
        """Drop words from the vocabulary (after their letters were destroyed)."""

    def vocabulary_candidates(
        self, session: Session, chunks: Sequence[Chunk], min_len: int, max_len: int, limit: int
    ) -> list[str]:
        """Vocabulary words of that length containing any chunk where it says (a superset
        of the words within the edit distance, checked by the caller)."""


def backend_for(session: Session) -> SearchBackend:
    name = session.get_bind().dialect.name
    if name == "sqlite":
        from db.search_sqlite import SqliteSearch

        return SqliteSearch()
    if name == "postgresql":
        from db.search_postgres import PostgresSearch

        return PostgresSearch()
    raise NotImplementedError(name)


def index_size_bytes(session: Session) -> int:
    """Bytes the search index takes on disk (for the benchmark and ``doctor``)."""
    backend = backend_for(session)
    size = getattr(backend, "size_bytes", None)
    return int(size(session)) if size else 0

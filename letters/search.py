"""Search over the whole register: indexing, the query, fuzzy fallback and snippets.

Indexing: ``index_letter`` (or ``on_letter_changed``, the hook for registration and edits)
indexes a letter in the caller's unit of work; ``reindex_all`` rebuilds everything with
progress and cancellation. Other areas add text to a letter's entry through
``register_text_source`` (e.g. replies: their outgoing numbers and text); one-off text can
be passed as ``index_letter(..., extra=ExtraText(...))``.

Searching: ``search_letters`` parses the query (``letters.search_query``), asks the engine
(``db.search``), and when exact matching finds fewer than ``fuzzy_below`` letters looks for
words one or two OCR errors away and says so (``SearchResult.fuzzy_used``, each hit's
``matched``). Snippets are cut from the letter's own text here, the same on both engines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.models import Consumer, Letter, Page
from db.models_search import SearchDoc
from db.search import (
    ParsedQuery,
    QueryError,
    SearchDocument,
    SearchFilters,
    Term,
    backend_for,
    chunks_for,
    max_edits,
    number_words,
    stem,
    words,
)
from letters.actors import Actor
from letters.permissions import SPECIALIST, require, require_letter, scope_clause
from letters.search_query import (
    Snippet,
    highlight_words,
    make_snippet,
    matching_stems,
    parse_query,
    word_matches,
)

FUZZY_CANDIDATES = 20_000
MAX_ALTERNATIVES = 12
Matched = Literal["exact", "fuzzy"]
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """``reindex_all`` was cancelled: the caller's unit of work should roll back."""


@dataclass(frozen=True, slots=True)
class ExtraText:
    """More text for a letter's index entry: ``numbers`` (e.g. outgoing registration
    numbers of its replies) and ``texts`` (e.g. a reply's title and body)."""

    numbers: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


TextSource = Callable[[Session, Sequence[int]], dict[int, ExtraText]]
_text_sources: dict[str, TextSource] = {}


def register_text_source(name: str, source: TextSource) -> None:
    """Add (or replace) a provider of extra text, asked for batches of letter ids."""
    _text_sources[name] = source


def unregister_text_source(name: str) -> None:
    _text_sources.pop(name, None)


# ----------------------------------------------------------------------------- indexing


_INDEXED = (
    Letter.id,
    Letter.reg_no,
    Letter.sender_ref_no,
    Letter.sender_name,
    Letter.sender_email,
    Letter.sender_phone,
    Letter.sender_address,
    Letter.account_captured,
    Letter.summary,
    Letter.full_text,
    Consumer.full_name.label("consumer_name"),
    Consumer.account.label("consumer_account"),
    Consumer.address.label("consumer_address"),
)


def _document(row: Any, extras: Iterable[ExtraText]) -> SearchDocument:
    sender = [row.sender_name, row.sender_email, row.sender_phone, row.consumer_name or ""]
    account = [row.account_captured, row.consumer_account or ""]
    body = [row.summary, row.sender_address, row.full_text, row.consumer_address or ""]
    numbers = [row.reg_no, row.sender_ref_no]
    for extra in extras:
        numbers += extra.numbers
        body += extra.texts
    number_list: list[str] = []
    for number in numbers:
        number_list += number_words(number)
    return SearchDocument(
        letter_id=row.id,
        sender=words(" ".join(sender)),
        account=words(" ".join(dict.fromkeys(a for a in account if a))),
        numbers=number_list,
        body=words("\n".join(body)),
    )


def _replies_text(session: Session, letter_ids: Sequence[int]) -> dict[int, ExtraText]:
    """The outgoing replies of each letter: their numbers, titles and bodies, so a search for
    an outgoing number or a reply's words finds the appeal it answered."""
    from db.models_replies import Reply, ReplyLetter

    rows = session.execute(
        select(ReplyLetter.letter_id, Reply.reg_no, Reply.title, Reply.body)
        .join(Reply, Reply.id == ReplyLetter.reply_id)
        .where(ReplyLetter.letter_id.in_(list(letter_ids)))
        .order_by(Reply.id)
    ).all()
    grouped: dict[int, tuple[list[str], list[str]]] = {}
    for letter_id, reg_no, title, body in rows:
        numbers, texts = grouped.setdefault(letter_id, ([], []))
        numbers.append(reg_no)
        texts += [title, body]
    return {k: ExtraText(tuple(n), tuple(t)) for k, (n, t) in grouped.items()}


def _extras(session: Session, letter_ids: Sequence[int]) -> dict[int, list[ExtraText]]:
    found: dict[int, list[ExtraText]] = {}
    if letter_ids:
        for letter_id, extra in _replies_text(session, letter_ids).items():
            found.setdefault(letter_id, []).append(extra)
    for source in _text_sources.values():
        for letter_id, extra in source(session, letter_ids).items():
            found.setdefault(letter_id, []).append(extra)
    return found


def _index_batch(session: Session, letter_ids: Sequence[int], extra: ExtraText | None) -> int:
    rows = session.execute(
        select(*_INDEXED)
        .outerjoin(Consumer, Consumer.id == Letter.consumer_id)
        .where(Letter.id.in_(letter_ids))
    ).all()
    extras = _extras(session, letter_ids)
    docs = [_document(row, [*extras.get(row.id, []), *([extra] if extra else [])]) for row in rows]
    backend = backend_for(session)
    missing = set(letter_ids) - {d.letter_id for d in docs}
    if missing:
        backend.remove(session, missing)
    backend.index(session, docs)
    return len(docs)


def index_letter(session: Session, letter_id: int, extra: ExtraText | None = None) -> None:
    """(Re)index one letter in the caller's transaction; a deleted letter is removed."""
    session.flush()
    _index_batch(session, [letter_id], extra)


def on_letter_changed(session: Session, letter_id: int) -> None:
    """The hook for registration and every edit of a card (or of its replies)."""
    index_letter(session, letter_id)


def remove_letter(session: Session, letter_id: int) -> None:
    backend_for(session).remove(session, [letter_id])


def vocabulary_of(session: Session, letter_ids: Sequence[int]) -> set[str]:
    """The vocabulary words of these letters as they are indexed now."""
    rows = session.execute(
        select(*_INDEXED)
        .outerjoin(Consumer, Consumer.id == Letter.consumer_id)
        .where(Letter.id.in_(letter_ids))
    ).all()
    extras = _extras(session, letter_ids)
    found: set[str] = set()
    for row in rows:
        found |= _document(row, extras.get(row.id, [])).vocabulary()
    return found


def forget_unused_words(session: Session, candidates: Iterable[str]) -> int:
    """Drop from the vocabulary the words no indexed letter holds any more (after a
    destruction: the vocabulary must not keep destroyed names). Returns how many."""
    backend = backend_for(session)
    unused = [w for w in sorted(set(candidates)) if not backend.word_in_use(session, w)]
    for start in range(0, len(unused), 500):
        backend.remove_terms(session, unused[start : start + 500])
    return len(unused)


@dataclass(frozen=True, slots=True)
class ReindexReport:
    letters: int
    index_bytes: int


def reindex_all(
    session: Session,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    batch: int = 500,
    stale_only: bool = False,
) -> ReindexReport:
    """Rebuild the index of every letter (or, ``stale_only``, of letters changed since
    they were indexed) in the caller's unit of work; ``Cancelled`` leaves it to roll back."""
    from db.search import index_size_bytes

    backend = backend_for(session)
    base = select(Letter.id)
    if stale_only:
        base = base.outerjoin(SearchDoc, SearchDoc.letter_id == Letter.id).where(
            (SearchDoc.letter_id.is_(None)) | (Letter.updated_at > SearchDoc.indexed_at)
        )
    else:
        backend.clear(session)
    total = int(session.scalar(select(func.count()).select_from(base.subquery())) or 0)
    done, last_id = 0, 0
    while True:
        if cancel is not None and cancel():
            raise Cancelled
        ids = list(
            session.scalars(base.where(Letter.id > last_id).order_by(Letter.id).limit(batch))
        )
        if not ids:
            break
        done += _index_batch(session, ids, None)
        last_id = ids[-1]
        if progress is not None:
            progress(done, total)
    return ReindexReport(done, index_size_bytes(session))


# ---------------------------------------------------------------------------- searching


@dataclass(frozen=True, slots=True)
class SearchHit:
    letter_id: int
    reg_no: str
    registered_at: dt.datetime
    received_on: dt.date
    channel: str
    category: str
    status: str
    sender: str
    score: float
    snippet: Snippet
    matched: Matched


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: ParsedQuery
    hits: list[SearchHit]
    fuzzy_used: bool = False  # some hits were found only with words a few OCR errors away
    simplified: bool = False  # the engine refused the query; it was simplified
    total: int | None = None  # exact matches, when asked for
    highlight: list[str] = field(default_factory=list)  # words to mark on page images


def fuzzy_alternatives(session: Session, word: str) -> tuple[str, ...]:
    """Vocabulary words within ``max_edits(word)`` edits of ``word``, closest first."""
    edits = max_edits(word)
    if not edits:
        return ()
    candidates = backend_for(session).vocabulary_candidates(
        session, chunks_for(word, edits), len(word) - edits, len(word) + edits, FUZZY_CANDIDATES
    )
    own = stem(word)
    scored = sorted(
        (d, c)
        for c in candidates
        if stem(c) != own and (d := Levenshtein.distance(word, c, score_cutoff=edits)) <= edits
    )
    return tuple(c for _, c in scored[:MAX_ALTERNATIVES])


def fuzzy_query(session: Session, query: ParsedQuery) -> ParsedQuery | None:
    """The query with every word opened to its close vocabulary words; None if no word
    has any."""
    terms: list[Term] = []
    widened = False
    for term in query.terms:
        if term.negated:
            terms.append(term)
            continue
        for word in term.words:  # a phrase becomes its words: OCR errors break adjacency
            alternatives = fuzzy_alternatives(session, word)
            widened = widened or bool(alternatives)
            terms.append(Term((word,), term.field, False, (alternatives,)))
    return replace(query, terms=tuple(terms)) if widened else None


def search_letters(
    session: Session,
    text: str | ParsedQuery,
    filters: SearchFilters | None = None,
    limit: int = 50,
    offset: int = 0,
    fuzzy: Literal["auto", "always", "never"] = "auto",
    fuzzy_below: int = 3,
    with_total: bool = False,
    *,
    actor: Actor,
) -> SearchResult:
    """Letters matching ``text`` that ``actor`` may see, best first, with snippets. Never
    fails on the query."""
    require(actor, "search")
    scope = _scope(actor)
    query = text if isinstance(text, ParsedQuery) else parse_query(text)
    filters = filters or SearchFilters()
    if not query.terms and filters == SearchFilters():
        return SearchResult(query, [])
    backend = backend_for(session)
    simplified = False
    try:
        raw = backend.search(session, query, filters, limit, offset, scope)
    except QueryError:
        simplified = True
        query = query.simplified()
        try:
            raw = backend.search(session, query, filters, limit, offset, scope)
        except QueryError:
            return SearchResult(query, [], simplified=True)
    matched: dict[int, tuple[float, Matched]] = {h.letter_id: (h.score, "exact") for h in raw}
    total = backend.count(session, query, filters, scope) if with_total else None
    highlight = highlight_words(query)
    wanted = fuzzy == "always" or (fuzzy == "auto" and len(raw) < fuzzy_below)
    if wanted and offset == 0 and query.positives:
        widened = fuzzy_query(session, query)
        if widened is not None:
            try:
                extra = backend.search(session, widened, filters, limit, 0, scope)
            except QueryError:
                extra = []
            for hit in extra:
                if hit.letter_id not in matched and len(matched) < limit:
                    matched[hit.letter_id] = (hit.score, "fuzzy")
            if any(how == "fuzzy" for _, how in matched.values()):
                highlight = highlight_words(widened)
    hits = _hits(session, matched, highlight)
    fuzzy_used = any(hit.matched == "fuzzy" for hit in hits)
    return SearchResult(query, hits, fuzzy_used, simplified, total, highlight)


def _hits(
    session: Session, matched: dict[int, tuple[float, Matched]], highlight: Sequence[str]
) -> list[SearchHit]:
    if not matched:
        return []
    columns = (
        Letter.id,
        Letter.reg_no,
        Letter.registered_at,
        Letter.received_on,
        Letter.channel,
        Letter.category,
        Letter.status,
        Letter.sender_name,
        Letter.sender_address,
        Letter.summary,
        Letter.full_text,
    )
    rows = {r.id: r for r in session.execute(select(*columns).where(Letter.id.in_(list(matched))))}
    hits = []
    for letter_id, (score, how) in matched.items():
        row = rows.get(letter_id)
        if row is None:  # deleted since it was indexed
            continue
        snippet = make_snippet(
            [row.full_text, row.summary, row.sender_name, row.sender_address], highlight
        )
        hits.append(
            SearchHit(
                letter_id=row.id,
                reg_no=row.reg_no,
                registered_at=_utc(row.registered_at),
                received_on=row.received_on,
                channel=row.channel,
                category=row.category,
                status=row.status,
                sender=row.sender_name,
                score=round(score, 6),
                snippet=snippet,
                matched=how,
            )
        )
    return hits


@dataclass(frozen=True, slots=True)
class WordBox:
    """A word of a page image to highlight: page index and box in image pixels."""

    page: int
    x: int
    y: int
    width: int
    height: int
    text: str


def hit_boxes(
    session: Session, letter_id: int, highlight: Sequence[str], *, actor: Actor
) -> list[WordBox]:
    """The OCR word boxes of a letter's pages that match ``SearchResult.highlight``."""
    require(actor, "search")
    require_letter(session, actor, "letter.view", letter_id)
    stems = matching_stems(highlight)
    if not stems:
        return []
    boxes = []
    pages = session.execute(
        select(Page.index, Page.words).where(Page.letter_id == letter_id).order_by(Page.index)
    )
    for index, page_words in pages:
        for entry in page_words or []:
            if len(entry) >= 6 and word_matches(str(entry[0]), stems):
                x, y, w, h = (int(v) for v in entry[2:6])
                boxes.append(WordBox(index, x, y, w, h, str(entry[0])))
    return boxes


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def count_letters(
    session: Session, text: str, filters: SearchFilters | None = None, *, actor: Actor
) -> int:
    """How many letters ``actor`` may see match exactly (for "N found" over a big archive)."""
    require(actor, "search")
    scope = _scope(actor)
    try:
        query = parse_query(text)
        return backend_for(session).count(session, query, filters or SearchFilters(), scope)
    except QueryError:
        return 0


def _scope(actor: Actor) -> ColumnElement[bool] | None:
    """The extra condition for the engine: None (no join with ``letter``) when the actor
    sees the whole register."""
    return scope_clause(actor) if actor.role == SPECIALIST else None

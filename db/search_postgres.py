"""Search on PostgreSQL: a ``tsvector`` (configuration ``russian``) per letter with a GIN
index, ``ts_rank`` ranking, and ``pg_trgm`` over the vocabulary.

The text handed to ``to_tsvector`` is already analysed by ``db.search`` (folded words, stop
words dropped), so PostgreSQL's parser sees plain words and its Snowball stemmers give the
stems SQLite's FTS5 column holds. The four fields are the weights A (sender), B (account),
C (numbers) and D (body) of one vector; a field prefix becomes a weight restriction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    delete,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.exc import DataError, ProgrammingError
from sqlalchemy.orm import Session

from db.models import Consumer, Letter
from db.models_search import SearchDoc, SearchTerm
from db.search import (
    RANK_WINDOW,
    Chunk,
    ParsedQuery,
    QueryError,
    RawHit,
    SearchDocument,
    SearchFilters,
    Term,
    browse,
    filter_clauses,
    id_range,
    record_index,
)

LABELS = {"sender": "A", "account": "B", "numbers": "C", "body": "D"}
# ts_rank weights in the order D, C, B, A: a hit in a short field counts ten times a hit
# in the body, as the bm25 weights on SQLite.
RANK_WEIGHTS = "{0.1, 1.0, 1.0, 1.0}"
_T = TypeVar("_T")

_INDEX = text(
    "INSERT INTO search_doc (letter_id, indexed_at, tsv) VALUES (:id, :at, "
    "setweight(to_tsvector('russian', :sender), 'A') || "
    "setweight(to_tsvector('russian', :account), 'B') || "
    "setweight(to_tsvector('russian', :numbers), 'C') || "
    "setweight(to_tsvector('russian', :body), 'D')) "
    "ON CONFLICT (letter_id) DO UPDATE SET indexed_at = excluded.indexed_at, tsv = excluded.tsv"
)


def _lexeme(word: str, label: str) -> str:
    return f"'{word}'{label}"  # words are letters and digits only: nothing to escape


def term_expression(term: Term) -> str:
    """``to_tsquery`` syntax for one term: a phrase (``<->``), or with alternatives an AND
    of OR-groups."""
    label = f":{LABELS[term.field]}" if term.field else ""
    if term.alternatives:
        groups = [
            "(" + " | ".join(_lexeme(w, label) for w in dict.fromkeys(choice)) + ")"
            for choice in term.choices()
        ]
        return "(" + " & ".join(groups) + ")"
    return "(" + " <-> ".join(_lexeme(w, label) for w in term.words) + ")"


def tsquery_text(positives: Sequence[Term], negatives: Sequence[Term] = ()) -> str:
    parts = [term_expression(t) for t in positives]
    parts += [f"!{term_expression(t)}" for t in negatives]
    return " & ".join(parts)


def _tsquery(expression: str) -> ColumnElement[Any]:
    return func.to_tsquery(literal_column("'russian'::regconfig"), literal(expression))


class PostgresSearch:
    def index(self, session: Session, docs: Sequence[SearchDocument]) -> None:
        if not docs:
            return
        now = dt.datetime.now(dt.UTC)  # the clock that set letter.updated_at
        rows = [
            {"id": d.letter_id, "at": now, **{f: " ".join(ws) for f, ws in d.field_words().items()}}
            for d in docs
        ]
        session.execute(_INDEX, rows)
        record_index(session, docs)

    def remove(self, session: Session, letter_ids: Iterable[int]) -> None:
        ids = list(letter_ids)
        if ids:
            session.execute(delete(SearchDoc).where(SearchDoc.letter_id.in_(ids)))

    def clear(self, session: Session) -> None:
        session.execute(delete(SearchDoc))
        session.execute(delete(SearchTerm))

    def _matching(self, terms: Sequence[Term]) -> Select[Any]:
        q = _tsquery(" | ".join(term_expression(t) for t in terms))
        return select(SearchDoc.letter_id).where(SearchDoc.tsv.op("@@")(q))

    def _expression(self, query: ParsedQuery) -> str:
        return tsquery_text(query.positives, query.negatives)

    def _query(
        self,
        expression: str,
        filters: SearchFilters,
        columns: Callable[[Any], list[Any]],
        ids: tuple[int, int] | None = None,
        scope: ColumnElement[bool] | None = None,
    ) -> Select[Any]:
        q = _tsquery(expression)
        source: Any = SearchDoc.__table__
        clauses = filter_clauses(filters, scope)
        if ids is not None:
            clauses.append(SearchDoc.letter_id.between(*ids))
        if clauses:
            source = source.join(Letter, Letter.id == SearchDoc.letter_id)
            if filters.account:
                source = source.outerjoin(Consumer, Consumer.id == Letter.consumer_id)
        return select(*columns(q)).select_from(source).where(SearchDoc.tsv.op("@@")(q), *clauses)

    def _newest(
        self,
        session: Session,
        expression: str,
        filters: SearchFilters,
        ids: tuple[int, int] | None,
        limit: int,
        scope: ColumnElement[bool] | None = None,
    ) -> list[int]:
        stmt = self._query(expression, filters, lambda q: [SearchDoc.letter_id], ids, scope)
        stmt = stmt.order_by(SearchDoc.letter_id.desc()).limit(limit)
        return [int(i) for i in self._run(session, lambda: session.scalars(stmt).all())]

    def search(
        self,
        session: Session,
        query: ParsedQuery,
        filters: SearchFilters,
        limit: int,
        offset: int = 0,
        scope: ColumnElement[bool] | None = None,
    ) -> list[RawHit]:
        if not query.positives:
            exclude = self._matching(query.negatives) if query.negatives else None
            return self._run(
                session, lambda: browse(session, filters, exclude, limit, offset, scope)
            )
        ids = id_range(session, filters)
        expression = self._expression(query)
        # The words alone decide: more than RANK_WINDOW letters hold them (in the dates
        # asked) and the list is by registration, latest first, filters and all.
        probe = self._newest(session, expression, SearchFilters(), ids, RANK_WINDOW + 1)
        if len(probe) > RANK_WINDOW:
            newest = self._newest(session, expression, filters, ids, offset + limit, scope)
            return [RawHit(i, 0.0) for i in newest[offset : offset + limit]]

        def columns(q: Any) -> list[Any]:
            rank = func.ts_rank(literal_column(f"'{RANK_WEIGHTS}'::float4[]"), SearchDoc.tsv, q)
            return [SearchDoc.letter_id, rank.label("score")]

        stmt = (
            self._query(expression, filters, columns, ids, scope)
            .where(SearchDoc.letter_id.in_(probe))
            .order_by(literal_column("score").desc(), SearchDoc.letter_id.desc())
            .limit(limit)
            .offset(offset)
        )
        rows = self._run(session, lambda: session.execute(stmt).all())
        return [RawHit(int(r[0]), float(r[1])) for r in rows]

    def count(
        self,
        session: Session,
        query: ParsedQuery,
        filters: SearchFilters,
        scope: ColumnElement[bool] | None = None,
    ) -> int:
        if not query.positives:
            exclude = self._matching(query.negatives) if query.negatives else None
            stmt = select(func.count()).select_from(Letter).where(*filter_clauses(filters, scope))
            if filters.account:
                stmt = stmt.outerjoin(Consumer, Consumer.id == Letter.consumer_id)
            if exclude is not None:
                stmt = stmt.where(Letter.id.not_in(exclude))
            return int(self._run(session, lambda: session.scalar(stmt)) or 0)
        ids = id_range(session, filters)
        stmt = self._query(self._expression(query), filters, lambda q: [func.count()], ids, scope)
        return int(self._run(session, lambda: session.scalar(stmt)) or 0)

    def _run(self, session: Session, call: Callable[[], _T]) -> _T:
        # In a savepoint: an error aborts a PostgreSQL transaction, not just the statement.
        try:
            with session.begin_nested():
                return call()
        except (ProgrammingError, DataError) as exc:
            raise QueryError(str(exc.orig)) from exc

    def word_in_use(self, session: Session, word: str) -> bool:
        stmt = select(SearchDoc.letter_id).where(SearchDoc.tsv.op("@@")(_tsquery(f"'{word}'")))
        return session.scalar(stmt.limit(1)) is not None

    def remove_terms(self, session: Session, terms: Iterable[str]) -> None:
        session.execute(delete(SearchTerm).where(SearchTerm.term.in_(list(terms))))

    def vocabulary_candidates(
        self, session: Session, chunks: Sequence[Chunk], min_len: int, max_len: int, limit: int
    ) -> list[str]:
        patterns = []
        for chunk in chunks:
            if chunk.where == "prefix":
                patterns.append(chunk.text + "%")
            elif chunk.where == "suffix":
                patterns.append("%" + chunk.text)
            else:
                patterns.append(f"%{chunk.text}%")
        if not patterns:
            return []
        # Words are letters and digits: no LIKE wildcard to escape. The trigram GIN index
        # serves these LIKE patterns.
        stmt = (
            select(SearchTerm.term)
            .where(
                or_(*(SearchTerm.term.like(p) for p in patterns)),
                func.length(SearchTerm.term).between(min_len, max_len),
            )
            .limit(limit * len(patterns))
        )
        return list(session.scalars(stmt))

    def size_bytes(self, session: Session) -> int:
        stmt = text(
            "SELECT pg_total_relation_size('search_doc') + pg_total_relation_size('search_term')"
        )
        return int(session.scalar(stmt) or 0)

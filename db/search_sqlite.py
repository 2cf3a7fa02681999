"""Search on SQLite: FTS5 over stemmed fields, bm25, and an FTS5 trigram vocabulary.

``search_fts`` indexes, under the letter's id as rowid, the Snowball stems of the four
fields (see ``db.search``). It is contentless: the stems are not stored a second time
(they would double the index); ``search_doc.terms`` keeps them compressed, because taking
an entry out of a contentless table needs the values it went in with. A query is built
from quoted stems only, so user input never reaches FTS5's query syntax.
``search_fts_trigram`` indexes the vocabulary (``search_term``) by trigrams, for
``LIKE '%chunk%'`` look-ups of words a few OCR errors away.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Select,
    bindparam,
    column,
    delete,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.models import Consumer, Letter
from db.models_search import SearchDoc, SearchTerm
from db.search import (
    FIELDS,
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
    stem,
)

WEIGHTS = {"sender": 10.0, "account": 10.0, "numbers": 10.0, "body": 1.0}
_fts = table("search_fts", column("rowid"))
_SCORE: ColumnClause[Any] = literal_column(
    f"bm25(search_fts, {', '.join(str(WEIGHTS[f]) for f in FIELDS)})"
)
_trigram = table("search_fts_trigram", column("rowid"), column("term"))
_INSERT = text(
    "INSERT INTO search_fts (rowid, sender, account, numbers, body) "
    "VALUES (:id, :sender, :account, :numbers, :body)"
)
_DELETE = text(
    "INSERT INTO search_fts (search_fts, rowid, sender, account, numbers, body) "
    "VALUES ('delete', :id, :sender, :account, :numbers, :body)"
)
_LAST_CHAR = "\U0010ffff"
_T = TypeVar("_T")


def _group(words: Sequence[str]) -> str:
    stems = list(dict.fromkeys(stem(w) for w in words))
    if len(stems) == 1:
        return f'"{stems[0]}"'
    return "(" + " OR ".join(f'"{s}"' for s in stems) + ")"


def term_expression(term: Term) -> str:
    """FTS5 syntax for one term: a phrase, or with alternatives an AND of OR-groups."""
    if term.alternatives:
        expr = " AND ".join(_group(choice) for choice in term.choices())
        expr = f"({expr})"
    else:
        expr = '"' + " ".join(stem(w) for w in term.words) + '"'
    if term.field:
        return f"{term.field} : {expr}"
    return expr


def match_expression(terms: Sequence[Term]) -> str:
    return " AND ".join(term_expression(t) for t in terms)


class SqliteSearch:
    def index(self, session: Session, docs: Sequence[SearchDocument]) -> None:
        if not docs:
            return
        self.remove_fts(session, [d.letter_id for d in docs])
        rows = [
            {
                "id": d.letter_id,
                **{f: " ".join(stem(w) for w in ws) for f, ws in d.field_words().items()},
            }
            for d in docs
        ]
        session.execute(_INSERT, rows)
        blobs = [zlib.compress(json.dumps([r[f] for f in FIELDS]).encode(), 6) for r in rows]
        record_index(session, docs, blobs)

    def remove_fts(self, session: Session, letter_ids: Sequence[int]) -> None:
        """Take the letters out of the contentless FTS table, with the stems they went in
        with (kept in ``search_doc.terms``)."""
        old = session.execute(
            select(SearchDoc.letter_id, SearchDoc.terms).where(
                SearchDoc.letter_id.in_(letter_ids), SearchDoc.terms.is_not(None)
            )
        ).all()
        if old:
            rows = [
                {
                    "id": i,
                    **dict(zip(FIELDS, json.loads(zlib.decompress(blob or b"")), strict=True)),
                }
                for i, blob in old
            ]
            session.execute(_DELETE, rows)

    def remove(self, session: Session, letter_ids: Iterable[int]) -> None:
        ids = list(letter_ids)
        if ids:
            self.remove_fts(session, ids)
            session.execute(delete(SearchDoc).where(SearchDoc.letter_id.in_(ids)))

    def clear(self, session: Session) -> None:
        session.execute(text("INSERT INTO search_fts (search_fts) VALUES ('delete-all')"))
        session.execute(delete(SearchDoc))
        session.execute(delete(SearchTerm))
        session.execute(
            text("INSERT INTO search_fts_trigram (search_fts_trigram) VALUES ('delete-all')")
        )

    def _matching(self, terms: Sequence[Term]) -> Select[Any]:
        return select(_fts.c.rowid).where(
            text("search_fts MATCH :neg").bindparams(neg=match_expression(terms))
        )

    def _expression(self, query: ParsedQuery) -> str:
        expression = match_expression(query.positives)
        if query.negatives:
            negatives = " OR ".join(term_expression(t) for t in query.negatives)
            expression = f"({expression}) NOT ({negatives})"
        return expression

    def _query(
        self,
        expression: str,
        filters: SearchFilters,
        columns: Sequence[Any],
        ids: tuple[int, int] | None = None,
        scope: ColumnElement[bool] | None = None,
    ) -> Select[Any]:
        stmt = select(*columns).where(text("search_fts MATCH :q").bindparams(q=expression))
        if ids is not None:
            stmt = stmt.where(_fts.c.rowid.between(*ids))
        clauses = filter_clauses(filters, scope)
        if clauses:
            source = _fts.join(Letter, Letter.id == _fts.c.rowid)
            if filters.account:
                source = source.outerjoin(Consumer, Consumer.id == Letter.consumer_id)
            stmt = stmt.select_from(source).where(*clauses)
        else:
            stmt = stmt.select_from(_fts)
        return stmt

    def _newest(
        self,
        session: Session,
        expression: str,
        filters: SearchFilters,
        ids: tuple[int, int] | None,
        limit: int,
        scope: ColumnElement[bool] | None = None,
    ) -> list[int]:
        # FTS5 walks its doclists by rowid and stops at the limit: cheap for any query.
        stmt = self._query(expression, filters, [_fts.c.rowid], ids, scope)
        stmt = stmt.order_by(_fts.c.rowid.desc()).limit(limit)
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
        stmt = (
            self._query(expression, filters, [_fts.c.rowid, _SCORE.label("score")], ids, scope)
            .order_by(_SCORE, _fts.c.rowid.desc())
            .limit(limit)
            .offset(offset)
        )
        rows = self._run(session, lambda: session.execute(stmt).all())
        return [RawHit(int(r[0]), -float(r[1])) for r in rows]

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
        stmt = self._query(
            self._expression(query), filters, [func.count()], id_range(session, filters), scope
        )
        return int(self._run(session, lambda: session.scalar(stmt)) or 0)

    def _run(self, session: Session, call: Callable[[], _T]) -> _T:
        # In a savepoint, so that a refused query leaves the caller's transaction usable.
        try:
            with session.begin_nested():
                return call()
        except OperationalError as exc:
            raise QueryError(str(exc.orig)) from exc

    def word_in_use(self, session: Session, word: str) -> bool:
        stmt = select(_fts.c.rowid).where(
            text("search_fts MATCH :q").bindparams(q=f'"{stem(word)}"')
        )
        return session.scalar(stmt.limit(1)) is not None

    def remove_terms(self, session: Session, terms: Iterable[str]) -> None:
        rows = session.execute(
            select(SearchTerm.id, SearchTerm.term).where(SearchTerm.term.in_(list(terms)))
        ).all()
        if rows:
            session.execute(
                text(
                    "INSERT INTO search_fts_trigram (search_fts_trigram, rowid, term) "
                    "VALUES ('delete', :id, :term)"
                ),
                [{"id": r.id, "term": r.term} for r in rows],
            )
            session.execute(delete(SearchTerm).where(SearchTerm.id.in_([r.id for r in rows])))

    def vocabulary_candidates(
        self, session: Session, chunks: Sequence[Chunk], min_len: int, max_len: int, limit: int
    ) -> list[str]:
        found: dict[str, None] = {}
        length = func.length(SearchTerm.term).between(min_len, max_len)
        for chunk in chunks:
            if chunk.where == "prefix":
                stmt = select(SearchTerm.term).where(
                    SearchTerm.term >= chunk.text, SearchTerm.term < chunk.text + _LAST_CHAR, length
                )
            elif len(chunk.text) >= 3:
                pattern = f"%{chunk.text}" if chunk.where == "suffix" else f"%{chunk.text}%"
                stmt = (
                    select(SearchTerm.term)
                    .select_from(_trigram.join(SearchTerm, SearchTerm.id == _trigram.c.rowid))
                    .where(_trigram.c.term.like(bindparam("p", pattern)), length)
                )
            else:
                continue
            for term in session.scalars(stmt.limit(limit)):
                found[term] = None
        return list(found)

    def size_bytes(self, session: Session) -> int:
        stmt = text(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat "
            "WHERE name LIKE 'search_fts%' OR name LIKE '%search_doc%' OR name LIKE '%search_term%'"
        )
        return int(session.scalar(stmt) or 0)

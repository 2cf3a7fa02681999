"""The search box's little language, parsed without ever failing.

- words: all must occur, in any inflection (``счётчик`` finds «счетчика», «СЧЕТЧИКОВ»);
- ``"exact phrase"``: the words next to each other, in this order (inflections allowed);
- ``-word``, ``-"phrase"``: must not occur;
- field prefixes: ``л/с:`` (account), ``от:`` (sender), ``№:`` (registration numbers,
  incoming and outgoing), with Latin aliases ``acc:``, ``from:``, ``no:``; a prefix
  applies to the next word or phrase, with or without a space after the colon;
- a token with inner punctuation (``ВХ-2026-000123``, ``01-12/345``) is a phrase of its
  parts.

Anything else (unbalanced quotes, FTS or SQL syntax such as ``AND OR``, ``*``, ``NEAR(``,
``'; DROP TABLE``) is read as plain words; stop words (и, в, не, and, or…) are dropped, as
the index drops them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from db.search import ParsedQuery, Term, fold, stem, words

FIELD_PREFIXES = {
    "л/с": "account",
    "лс": "account",
    "acc": "account",
    "от": "sender",
    "from": "sender",
    "№": "numbers",
    "n": "numbers",
    "no": "numbers",
}
MAX_TERMS = 32  # a pasted page of text is not a query

# A field prefix, an optional minus, then a quoted phrase or a run of non-space characters.
_TOKEN = re.compile(
    r"""
    (?P<neg>-+)?
    (?:(?P<field>л/с|лс|acc|от|from|№|no|n)\s*:\s*)?
    (?P<neg2>-+)?
    (?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))
    """,
    re.VERBOSE | re.IGNORECASE,
)


def parse_query(text: str) -> ParsedQuery:
    """The terms of ``text``; never raises, whatever the text."""
    try:
        return _parse(text)
    except Exception:  # a bug here must not break searching: fall back to the plain words
        return ParsedQuery(text, tuple(Term((w,)) for w in dict.fromkeys(words(text))))


def _parse(text: str) -> ParsedQuery:
    terms: list[Term] = []
    seen: set[Term] = set()
    # "№" has an NFKC form "No": match prefixes on the text as typed, words on folded text.
    source = text.replace("\u00a0", " ")
    position = 0
    while position < len(source) and len(terms) < MAX_TERMS:
        if source[position].isspace():
            position += 1
            continue
        match = _TOKEN.match(source, position)
        if match is None or match.end() == position:
            position += 1
            continue
        position = match.end()
        negated = bool(match.group("neg") or match.group("neg2"))
        prefix = match.group("field")
        field = FIELD_PREFIXES.get(fold(prefix)) if prefix else None
        if prefix and prefix == "№":
            field = "numbers"
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        found = words(raw or "")
        if not found:
            continue
        term = Term(tuple(found), field=field, negated=negated)
        if term not in seen:
            seen.add(term)
            terms.append(term)
    return ParsedQuery(text, tuple(terms))


def highlight_words(query: ParsedQuery) -> list[str]:
    """Every positive word of the query and its fuzzy alternatives, folded."""
    found: dict[str, None] = {}
    for term in query.positives:
        for choice in term.choices():
            for word in choice:
                found[word] = None
    return list(found)


# ------------------------------------------------------------------ snippets and highlights

_TOKEN_CHARS = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


def matching_stems(highlight: Sequence[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in highlight)


@lru_cache(maxsize=100_000)
def token_stems(token: str) -> tuple[str, ...]:
    """Stems of a word as printed (any case, ё, punctuation around it)."""
    return tuple(stem(w) for w in words(token))


def word_matches(token: str, stems: frozenset[str]) -> bool:
    """Does a word as printed match the query?"""
    return any(s in stems for s in token_stems(token))


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of a letter's text; ``spans`` are the (start, end) of the words to mark."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        out, last = [], 0
        for start, end in self.spans:
            out += [self.text[last:start], open_mark, self.text[start:end], close_mark]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@lru_cache(maxsize=256)
def _candidates(stems: frozenset[str]) -> re.Pattern[str]:
    """Words that begin like one of the stems (Snowball only changes word endings)."""
    prefixes = sorted({s[:3] for s in stems}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, prefixes)) + r")[^\W_]*")


def _matches(text: str, stems: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, stem) of every word of ``text`` whose stem is wanted."""
    lowered = text.lower().replace("ё", "е")
    if len(lowered) == len(text):  # offsets agree: look only at likely words
        tokens = ((m.start(), m.end()) for m in _candidates(stems).finditer(lowered))
    else:
        tokens = ((m.start(), m.end()) for m in _TOKEN_CHARS.finditer(text))
    found = []
    for start, end in tokens:
        for token_stem in token_stems(text[start:end]):
            if token_stem in stems:
                found.append((start, end, token_stem))
                break
    return found


def make_snippet(texts: Sequence[str], highlight: Sequence[str], width: int = 220) -> Snippet:
    """The densest ``width`` characters of the first text that has query words in it."""
    stems = matching_stems(highlight)
    for text in texts:
        if not text:
            continue
        found = _matches(text, stems) if stems else []
        if found:
            return _window(text, found, width)
    first = next((t for t in texts if t.strip()), "")
    return _window(first, [], width)


def _window(text: str, found: list[tuple[int, int, str]], width: int) -> Snippet:
    best_start, best_score = 0, -1
    for start, _, _ in found:
        score = len({s for b, _, s in found if start <= b < start + width - 40})
        if score > best_score:
            best_start, best_score = start, score
    begin = max(0, best_start - 40) if found else 0
    end = min(len(text), begin + width)
    if begin > 0:  # start on a word boundary
        space = text.find(" ", begin, best_start if found else end)
        begin = space + 1 if space >= 0 else begin
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    spans_in = [(b, e) for b, e, _ in found if begin <= b and e <= end]
    pieces: list[str] = ["…"] if begin > 0 else []
    spans: list[tuple[int, int]] = []
    cursor = begin
    length = len(pieces[0]) if pieces else 0
    for b, e in spans_in:
        gap = _SPACE.sub(" ", text[cursor:b])
        pieces.append(gap)
        length += len(gap)
        pieces.append(text[b:e])
        spans.append((length, length + e - b))
        length += e - b
        cursor = e
    pieces.append(_SPACE.sub(" ", text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    joined = "".join(pieces)
    stripped = joined.lstrip()
    shift = len(joined) - len(stripped)
    return Snippet(stripped.rstrip(), tuple((b - shift, e - shift) for b, e in spans))

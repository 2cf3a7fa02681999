"""Topic classification of a letter (DOMAIN.md §5) by editable keyword rules.

The rules are data (``letters/rules/categories.json``): per category a list of phrases with
weights. Text and phrases are normalised the same way (case folding, ё→е, words joined across
OCR line-break hyphens, Latin look-alike letters inside Cyrillic words mapped back), words are
reduced to Russian Snowball stems, and phrases are matched on the stem sequence.

Scoring: each matched phrase adds its weight once, +50% per repeat, at most double. With
``top`` the best category's score and ``second`` the runner-up's::

    confidence = (1 - exp(-top / 3)) × (0.4 + 0.6 × top / (top + second))

so one strong phrase gives ~0.63, two ~0.86, and a close runner-up pulls it down. Below the
threshold the result is ``other`` and needs review; a result below ``review_below``, or one
whose runner-up scores at least ``CLOSE_CALL_RATIO`` of the winner, also needs review.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import snowballstemmer

DEFAULT_RULES_PATH = Path(__file__).resolve().parent / "rules" / "categories.json"
FALLBACK_CODE = "other"
DEFAULT_THRESHOLD = 0.4
DEFAULT_REVIEW_BELOW = 0.55
CLOSE_CALL_RATIO = 0.6  # a runner-up scoring this share of the winner's score needs review
_MAX_GAP = 2  # other words allowed between two words of a phrase
_STEM_CACHE_SIZE = 50_000  # distinct words; they repeat across letters

_stemmer = snowballstemmer.stemmer("russian")
_LATIN_TO_CYRILLIC = str.maketrans("aeopcyxkmtbhAEOPCYXKMTBH", "аеорсухкмтвнаеорсухкмтвн")
_WORD_RE = re.compile(r"[a-zа-я0-9]+")
_LINE_BREAK_HYPHEN_RE = re.compile(r"([a-zа-я])[-‐‑¬]\s*\n\s*([a-zа-я])")
_SPACED_HYPHEN_RE = re.compile(r"([а-я]{2})[-‐‑¬][ \t]+([а-я]{2})")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One keyword or phrase of a rule, compiled to word matchers."""

    text: str
    weight: float
    words: tuple[str, ...]  # a stem, "prefix*" or "=exact"


@dataclass(frozen=True, slots=True)
class CategoryRule:
    code: str
    label_ru: str
    label_en: str
    phrases: tuple[Phrase, ...]
    source: str = ""


@dataclass(slots=True)
class Classification:
    """``matched`` lists the phrases of the best-scoring category (also when it fell below the
    threshold and the result became ``other``), so a reviewer sees why."""

    code: str
    label_ru: str
    confidence: float
    needs_review: bool
    scores: dict[str, float] = field(default_factory=dict)
    matched: list[str] = field(default_factory=list)


class Classifier(Protocol):
    """Anything that turns a letter's text into a ``Classification``.

    ``RuleClassifier`` (keyword rules) is the default. A classifier learned from letters whose
    category a clerk confirmed (e.g. a linear model over the same stems) plugs in by
    implementing this one method; the caller may keep both and take the more confident
    answer, or fall back to the rules when the learned model has too few examples.
    """

    def classify(self, text: str) -> Classification: ...


def normalise_words(text: str) -> list[str]:
    """Lower-case words with ё→е, OCR hyphenation undone and Latin look-alikes mapped."""
    text = text.lower().replace("ё", "е").replace("\u00ad", "")
    text = _LINE_BREAK_HYPHEN_RE.sub(r"\1\2", text)
    text = _SPACED_HYPHEN_RE.sub(r"\1\2", text)
    words = []
    for w in _WORD_RE.findall(text):
        if re.search(r"[а-я]", w) and re.search(r"[a-z]", w):
            w = w.translate(_LATIN_TO_CYRILLIC)
        words.append(w)
    return words


@lru_cache(maxsize=_STEM_CACHE_SIZE)
def _stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


def _compile_phrase(text: str, weight: float) -> Phrase:
    matchers: list[str] = []
    for raw in text.lower().replace("ё", "е").split():
        exact = raw.startswith("=")
        prefix = raw.endswith("*")
        core = "".join(_WORD_RE.findall(raw.strip("=*")))
        if not core:
            raise ValueError(f"empty word in phrase {text!r}")
        if exact:
            matchers.append("=" + core)
        elif prefix:
            matchers.append(core + "*")
        else:
            matchers.append(_stem(core))
    return Phrase(text, weight, tuple(matchers))


def load_rules(path: Path | None = None) -> list[CategoryRule]:
    """Read category rules from JSON (default: the shipped ``rules/categories.json``)."""
    file = Path(path or DEFAULT_RULES_PATH)
    stat = file.stat()
    return list(_load_rules_cached(str(file), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=8)
def _load_rules_cached(path: str, _mtime_ns: int, _size: int) -> tuple[CategoryRule, ...]:
    """Parsed rules; keyed by modification time too, so an edited file is read again."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rules: list[CategoryRule] = []
    for cat in data["categories"]:
        try:
            phrases = tuple(
                _compile_phrase(str(k["phrase"]), float(k["weight"])) for k in cat["keywords"]
            )
            rules.append(
                CategoryRule(
                    code=str(cat["code"]),
                    label_ru=str(cat["label_ru"]),
                    label_en=str(cat.get("label_en", cat["code"])),
                    phrases=phrases,
                    source=str(cat.get("source", "")),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: bad category {cat.get('code', '?')!r}: {exc}") from exc
    if not any(r.code == FALLBACK_CODE for r in rules):
        rules.append(CategoryRule(FALLBACK_CODE, "Прочее", "Other", (), "built-in fallback"))
    return tuple(rules)


def _word_matches(matcher: str, word: str, stem: str) -> bool:
    if matcher.startswith("="):
        return word == matcher[1:]
    if matcher.endswith("*"):
        return word.startswith(matcher[:-1])
    return stem == matcher


class _TextIndex:
    """Where each matcher matches in one text, computed once per text and matcher.

    ``positions(matcher)`` is the increasing list of word positions where
    ``_word_matches(matcher, words[i], stems[i])`` holds, found through indexes by exact word
    and by stem, and for a prefix through the sorted distinct words, instead of a walk over
    the whole text.
    """

    __slots__ = ("_by_stem", "_by_word", "_cache", "_sorted_words")

    def __init__(self, words: Sequence[str], stems: Sequence[str]) -> None:
        self._by_word: dict[str, list[int]] = {}
        self._by_stem: dict[str, list[int]] = {}
        for i, (word, stem) in enumerate(zip(words, stems, strict=True)):
            self._by_word.setdefault(word, []).append(i)
            self._by_stem.setdefault(stem, []).append(i)
        self._sorted_words = sorted(self._by_word)
        self._cache: dict[str, tuple[list[int], frozenset[int]]] = {}

    def _lookup(self, matcher: str) -> tuple[list[int], frozenset[int]]:
        found = self._cache.get(matcher)
        if found is None:
            if matcher.startswith("="):
                positions = self._by_word.get(matcher[1:], [])
            elif matcher.endswith("*"):
                prefix = matcher[:-1]
                positions = []
                start = bisect_left(self._sorted_words, prefix)
                for word in self._sorted_words[start:]:
                    if not word.startswith(prefix):
                        break  # words with the prefix are one run of the sorted list
                    positions.extend(self._by_word[word])
                positions.sort()
            else:
                positions = self._by_stem.get(matcher, [])
            found = (positions, frozenset(positions))
            self._cache[matcher] = found
        return found

    def positions(self, matcher: str) -> list[int]:
        """Increasing positions of the words ``matcher`` matches."""
        return self._lookup(matcher)[0]

    def position_set(self, matcher: str) -> frozenset[int]:
        return self._lookup(matcher)[1]


def _count(
    phrase: Phrase,
    words: Sequence[str],
    stems: Sequence[str],
    index: _TextIndex | None = None,
) -> int:
    """Non-overlapping matches of ``phrase``, scanning left to right.

    A match starts at a word matching the first matcher; each next matcher must match within
    ``_MAX_GAP`` skipped words after the previous one (the nearest such word is taken). After a
    match the scan resumes right after its last word, otherwise at the next word. Only the
    positions where the first matcher matches are visited; ``index`` (built from ``words``
    and ``stems`` when not given) tells where they are.
    """
    if index is None:
        index = _TextIndex(words, stems)
    starts = index.positions(phrase.words[0])
    if not starts:
        return 0
    rest = [index.position_set(m) for m in phrase.words[1:]]
    if any(not r for r in rest):
        return 0
    count = 0
    resume = 0  # the first position not inside an already counted match
    for i in starts:
        if i < resume:
            continue
        pos = i
        for following in rest:
            nxt = next((j for j in range(pos + 1, pos + 2 + _MAX_GAP) if j in following), None)
            if nxt is None:
                break
            pos = nxt
        else:
            count += 1
            resume = pos + 1
    return count


def _confidence(top: float, second: float) -> float:
    if top <= 0:
        return 0.0
    return (1 - math.exp(-top / 3)) * (0.4 + 0.6 * top / (top + second))


class RuleClassifier:
    """The keyword-rule classifier; satisfies ``Classifier``."""

    def __init__(
        self,
        rules: Sequence[CategoryRule] | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        review_below: float = DEFAULT_REVIEW_BELOW,
    ) -> None:
        self.rules = list(rules) if rules is not None else load_rules()
        self.threshold = threshold
        self.review_below = max(review_below, threshold)

    def classify(self, text: str) -> Classification:
        words = normalise_words(text)
        stems = [_stem(w) for w in words]
        index = _TextIndex(words, stems)
        scores: dict[str, float] = {}
        matched: dict[str, list[str]] = {}
        for rule in self.rules:
            total = 0.0
            for phrase in rule.phrases:
                n = _count(phrase, words, stems, index)
                if n:
                    total += phrase.weight * min(2.0, 1 + 0.5 * (n - 1))
                    matched.setdefault(rule.code, []).append(phrase.text)
            scores[rule.code] = round(total, 3)
        ranked = sorted(
            (r for r in self.rules if r.code != FALLBACK_CODE),
            key=lambda r: -scores.get(r.code, 0.0),
        )
        labels = {r.code: r.label_ru for r in self.rules}
        top = ranked[0] if ranked else None
        top_score = scores.get(top.code, 0.0) if top else 0.0
        second = scores.get(ranked[1].code, 0.0) if len(ranked) > 1 else 0.0
        confidence = round(_confidence(top_score, second), 3)
        top_matched = matched.get(top.code, []) if top else []
        if top is None or confidence < self.threshold:
            return Classification(
                FALLBACK_CODE, labels.get(FALLBACK_CODE, "Прочее"), confidence, True, scores,
                top_matched,
            )  # fmt: skip
        close_call = second >= CLOSE_CALL_RATIO * top_score
        needs_review = confidence < self.review_below or close_call
        return Classification(top.code, top.label_ru, confidence, needs_review, scores, top_matched)


def classify(
    text: str,
    rules: Sequence[CategoryRule] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Classification:
    """Classify a letter's text with the keyword rules (shipped ones by default)."""
    return RuleClassifier(rules, threshold).classify(text)

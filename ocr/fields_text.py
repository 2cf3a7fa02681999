"""A letter's text rebuilt from OCR words, with a map from character spans back to words.

Field extraction runs regular expressions over one plain string. To give every field the
confidence and the box of the words it came from, the string is rebuilt here from the word
list (one line per tesseract line, a blank line between blocks and pages) and every piece of
it remembers its word. Words hyphenated across a line break («пере-» / «расчёт») are joined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ocr.types import Box, PageText, Word

_HYPHENS = "-‐‑¬­"
_WORD_BREAK_RE = re.compile(r"[A-Za-zА-Яа-яЁё][" + _HYPHENS + r"]$")


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of ``Doc.text`` that came from one OCR word."""

    start: int
    end: int
    conf: float  # 0..1
    box: Box | None


@dataclass(frozen=True, slots=True)
class Hit:
    """A candidate value found by a pattern, before OCR confidences are folded in."""

    value: str
    strength: float  # 0..1: how sure the pattern alone is
    spans: tuple[tuple[int, int], ...]  # where in ``Doc.text`` it was read
    raw: str = ""  # as written

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and e > start for s, e in self.spans)


@dataclass(frozen=True, slots=True)
class Doc:
    """Plain text plus, for each stretch of it, the word it came from."""

    text: str
    pieces: tuple[Piece, ...]

    def pieces_in(self, start: int, end: int) -> list[Piece]:
        return [p for p in self.pieces if p.start < end and p.end > start]

    def ocr_quality(self, start: int, end: int) -> float:
        """0..1 from the OCR confidences of the words under ``[start, end)``.

        Half the weakest word, half the mean: one bad digit spoils an account.
        """
        confs = [p.conf for p in self.pieces_in(start, end)]
        if not confs:
            return 1.0
        return 0.5 * min(confs) + 0.5 * sum(confs) / len(confs)

    def box_of(self, spans: Sequence[tuple[int, int]]) -> Box | None:
        """Union box of the words under the spans, on the page holding most of them."""
        boxes = [p.box for s, e in spans for p in self.pieces_in(s, e) if p.box is not None]
        if not boxes:
            return None
        pages: dict[int, int] = {}
        for b in boxes:
            pages[b.page] = pages.get(b.page, 0) + 1
        page = max(pages, key=lambda k: (pages[k], -k))
        same = [b for b in boxes if b.page == page]
        x0 = min(b.x for b in same)
        y0 = min(b.y for b in same)
        x1 = max(b.x + b.w for b in same)
        y1 = max(b.y + b.h for b in same)
        return Box(page=page, x=x0, y=y0, w=x1 - x0, h=y1 - y0)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pieces: list[Piece] = []

    def add(self, text: str, conf: float = 1.0, box: Box | None = None, word: bool = False) -> None:
        if word:
            self.pieces.append(Piece(self.length, self.length + len(text), conf, box))
        self.parts.append(text)
        self.length += len(text)

    def doc(self) -> Doc:
        return Doc("".join(self.parts), tuple(self.pieces))


def _lines_of(words: Sequence[Word]) -> list[tuple[tuple[int, int, int, int], list[Word]]]:
    lines: list[tuple[tuple[int, int, int, int], list[Word]]] = []
    for w in words:
        if not w.text.strip():
            continue
        key = (w.box.page, *w.line_key)
        if lines and lines[-1][0] == key:
            lines[-1][1].append(w)
        else:
            lines.append((key, [w]))
    return lines


def _conf01(conf: float) -> float:
    if conf < 0:
        return 0.5
    return max(0.0, min(1.0, conf / 100.0))


def doc_from_words(words: Sequence[Word]) -> Doc:
    """Rebuild text from words: lines by ``line_key``, a blank line between blocks and pages."""
    b = _Builder()
    lines = _lines_of(words)
    for i, (key, line_words) in enumerate(lines):
        if i > 0:
            prev_key = lines[i - 1][0]
            same_block = prev_key[:2] == key[:2]
            last = lines[i - 1][1][-1].text
            first = line_words[0].text
            if _WORD_BREAK_RE.search(last) and first[:1].isalpha():
                pass  # the hyphen was dropped when the last word was added
            else:
                b.add("\n" if same_block else "\n\n")
        for j, w in enumerate(line_words):
            text = w.text.strip()
            if j > 0:
                b.add(" ")
            at_line_end = j == len(line_words) - 1
            nxt = lines[i + 1][1][0].text if i + 1 < len(lines) else ""
            if at_line_end and _WORD_BREAK_RE.search(text) and nxt[:1].isalpha():
                # «пере-» + «расчёт»: drop the hyphen before a lowercase continuation,
                # keep it before a capital («Ростов-на-» + «Дону»).
                text = text[:-1] if nxt[:1].islower() else text[:-1] + "-"
            b.add(text, _conf01(w.conf), w.box, word=True)
    return b.doc()


_TEXT_BREAK_RE = re.compile(
    r"([A-Za-zА-Яа-яЁё])[" + _HYPHENS + r"][ \t]*\n[ \t]*(?=([A-Za-zА-Яа-яЁё]))"
)


def doc_from_text(text: str, conf: float = 1.0) -> Doc:
    """A ``Doc`` over plain text (no boxes); every whitespace-separated word is a piece."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    text = _TEXT_BREAK_RE.sub(lambda m: m.group(1) + ("" if m.group(2).islower() else "-"), text)
    b = _Builder()
    for i, line in enumerate(text.split("\n")):
        if i > 0:
            b.add("\n")
        for j, token in enumerate(line.split()):
            if j > 0:
                b.add(" ")
            b.add(token, conf, None, word=True)
    return b.doc()


def doc_from_pages(pages: Sequence[PageText]) -> Doc:
    """Prefer the word list (it carries boxes); fall back to a page's plain text."""
    words: list[Word] = []
    texts: list[str] = []
    for page in pages:
        if page.words:
            words.extend(page.words)
        elif page.text.strip():
            texts.append(page.text)
    if words and not texts:
        return doc_from_words(words)
    if not words:
        mean = [p.mean_conf for p in pages if p.text.strip() and p.mean_conf > 0]
        conf = _conf01(sum(mean) / len(mean)) if mean else 1.0
        return doc_from_text("\n\n".join(texts), conf)
    # Mixed: some pages only have a text layer. Keep page order, boxes where known.
    b = _Builder()
    for page in pages:
        part = doc_from_words(page.words) if page.words else doc_from_text(page.text)
        if not part.text.strip():
            continue
        if b.length:
            b.add("\n\n")
        offset = b.length
        b.parts.append(part.text)
        b.length += len(part.text)
        b.pieces.extend(Piece(p.start + offset, p.end + offset, p.conf, p.box) for p in part.pieces)
    return b.doc()

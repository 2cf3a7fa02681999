"""Reading a page in its main language first, the other languages only where needed.

Given ``rus+eng``, tesseract reads every text line again in English whenever one word of
the line is not in its Russian dictionary (names, account numbers, dates: most lines of a
consumer's letter), and keeps whichever reading scores better. On the benchmark's dense
pages that cost 21 % more CPU than ``rus`` alone, and English sometimes won on Cyrillic
lines (``ЛС`` read as ``JIC``, ``ул.`` as ``yn.``). So a page is read in the main language
(the first of ``lang``); then

* a page that reads poorly as a whole (an English letter, say) is read again with all the
  languages, and the better reading is kept;
* otherwise the lines that hold an e-mail or web address, or read poorly, are read again
  with all the languages, each as a single line, all of them in one tesseract process, and
  each line keeps the better reading.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import cv2
import numpy as np

from ocr.images import load_gray
from ocr.tesseract import mean_conf, recognize, recognize_lines
from ocr.text_layer import lines_of
from ocr.types import Box, PageText, Word

PAGE_RETRY_CONF = 70.0  # below this mean word confidence the whole page is read again
LINE_RETRY_CONF = 60.0  # below this a line is read again
LATIN_HINTS = ("@", "http", "www.")  # a line with these holds an address in Latin letters


def main_language(lang: str) -> str:
    """The first language of a tesseract ``-l`` value (``rus+eng`` -> ``rus``)."""
    return lang.split("+")[0].strip() or "rus"


def read_in_main_language(image: Path, dpi: int, lang: str, page_index: int) -> PageText:
    """The page read by tesseract in the main language only."""
    return recognize(
        image, lang=main_language(lang), dpi=dpi, want_pdf=False, page_index=page_index
    )


def other_languages(image: Path, dpi: int, lang: str, page_index: int, first: PageText) -> PageText:
    """``first`` (the main-language reading of ``image``) with what the other languages
    of ``lang`` read better: the whole page, or single lines (see the module docstring)."""
    if main_language(lang) == lang.strip() or not first.words:
        return first
    if first.mean_conf < PAGE_RETRY_CONF:
        again = recognize(image, lang=lang, dpi=dpi, want_pdf=False, page_index=page_index)
        return again if again.mean_conf > first.mean_conf else first
    doubtful = [line for line in lines_of(first.words) if _needs_second_look(line)]
    if not doubtful:
        return first
    gray = load_gray(image)
    with tempfile.TemporaryDirectory(prefix="mailroom-lines-") as workdir:
        crops, origins = [], []
        for n, line in enumerate(doubtful):
            origin, crop = _line_crop(gray, line)
            path = Path(workdir) / f"line-{n}.png"
            cv2.imwrite(str(path), crop)
            crops.append(path)
            origins.append(origin)
        readings = recognize_lines(crops, lang, dpi, page_index)
    better: dict[tuple[int, int, int], list[Word]] = {}
    for line, origin, reading in zip(doubtful, origins, readings, strict=True):
        if reading and mean_conf(reading) > mean_conf(line):
            key = line[0].line_key
            better[key] = [_moved(w, origin, key) for w in reading]
    if not better:
        return first
    words: list[Word] = []
    for line in lines_of(first.words):
        words += better.get(line[0].line_key, line)
    return PageText(text_of(words), words, mean_conf(words), None)


def _needs_second_look(line: list[Word]) -> bool:
    text = " ".join(w.text for w in line).lower()
    return any(hint in text for hint in LATIN_HINTS) or mean_conf(line) < LINE_RETRY_CONF


def _line_crop(gray: np.ndarray, line: list[Word]) -> tuple[tuple[int, int], np.ndarray]:
    """The line's box with a margin of half its height: (left, top) and the pixels."""
    left = min(w.box.x for w in line)
    top = min(w.box.y for w in line)
    right = max(w.box.x + w.box.w for w in line)
    bottom = max(w.box.y + w.box.h for w in line)
    margin = max(4, (bottom - top) // 2)
    height, width = gray.shape[:2]
    left, top = max(0, left - margin), max(0, top - margin)
    right, bottom = min(width, right + margin), min(height, bottom + margin)
    return (left, top), gray[top:bottom, left:right]


def _moved(word: Word, origin: tuple[int, int], key: tuple[int, int, int]) -> Word:
    box = word.box
    return Word(
        word.text, word.conf, Box(box.page, box.x + origin[0], box.y + origin[1], box.w, box.h), key
    )


def text_of(words: list[Word]) -> str:
    """Plain text as tesseract writes it: a line per line, a blank line between paragraphs."""
    out: list[str] = []
    previous: tuple[int, int] | None = None
    for line in lines_of(words):
        paragraph = line[0].line_key[:2]
        if previous is not None and paragraph != previous:
            out.append("")
        out.append(" ".join(w.text for w in line))
        previous = paragraph
    return "\n".join(out) + "\n" if out else ""

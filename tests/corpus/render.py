"""Lay out and draw letters on A4 pages with Pillow, using the system's Cyrillic fonts."""

from __future__ import annotations

import functools
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.corpus.letter import LetterDoc

FONT_DIR = Path("/usr/share/fonts")
# (family, regular file, bold file); the files are looked up anywhere under FONT_DIR.
FONT_FILES = [
    ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVu Serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("Liberation Serif", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("Liberation Mono", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
]
A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class FontSpec:
    family: str
    regular: str
    bold: str


@functools.cache
def available_fonts() -> tuple[FontSpec, ...]:
    """The fonts of ``FONT_FILES`` present on this machine; at least one is required."""
    found: dict[str, str] = {}
    if FONT_DIR.is_dir():
        for path in sorted(FONT_DIR.rglob("*.ttf")):
            found.setdefault(path.name, str(path))
    fonts = tuple(
        FontSpec(family, found[reg], found.get(bold, found[reg]))
        for family, reg, bold in FONT_FILES
        if reg in found
    )
    if not fonts:
        raise RuntimeError(
            f"No DejaVu or Liberation fonts under {FONT_DIR}: install fonts-dejavu-core "
            "or fonts-liberation2 to generate the test corpus"
        )
    return fonts


@functools.lru_cache(maxsize=64)
def _font(path: str, size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size_px)


def mm_to_px(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


def page_size(dpi: int) -> tuple[int, int]:
    return mm_to_px(A4_MM[0], dpi), mm_to_px(A4_MM[1], dpi)


_LETTER_MARGINS = ((20, 30), (15, 25), (10, 15), (15, 22))  # mm: left, top, right, bottom


@dataclass(frozen=True)
class Style:
    """How one letter looks: font, size, margins, where the header block sits."""

    font: FontSpec
    size_pt: float
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    header_right: bool
    header_from: float  # fraction of page width where a right header block starts
    line_spacing: float
    justify: bool
    title_bold: bool
    page_numbers: bool
    ink: int
    paper: int
    squiggle: bool

    @classmethod
    def random(cls, rng: random.Random, dense: bool = False) -> Style:
        fonts = available_fonts()
        lo_hi = ((12, 18), (10, 15), (10, 14), (10, 15)) if dense else _LETTER_MARGINS
        left, top, right, bottom = (rng.uniform(lo, hi) for lo, hi in lo_hi)
        margins = (left, top, right, bottom)
        return cls(
            font=fonts[rng.randrange(len(fonts))],
            size_pt=rng.choice([10, 10.5, 11]) if dense else rng.choice([11, 12, 12, 13, 14]),
            margins_mm=margins,
            header_right=rng.random() < 0.75,
            header_from=rng.uniform(0.48, 0.58),
            line_spacing=1.0 if dense else rng.choice([1.0, 1.15, 1.15, 1.5]),
            justify=rng.random() < 0.5,
            title_bold=rng.random() < 0.6,
            page_numbers=rng.random() < 0.7,
            ink=rng.randint(0, 50),
            paper=rng.randint(238, 255),
            squiggle=rng.random() < 0.6,
        )


@dataclass
class Line:
    """Text drawn at one baseline: words with their x positions."""

    y: int
    pieces: list[tuple[int, str]]
    bold: bool = False

    @property
    def text(self) -> str:
        return " ".join(t for _, t in self.pieces)


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    squiggle_at: tuple[int, int, int] | None = None  # x, y, width of a hand signature

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


# Typists keep these with the following word («№ 123», «д. 5», «г. Калининград») ...
_GLUE_NEXT = frozenset({"№", "д.", "дом", "кв.", "квартира", "г.", "ул.", "пос.", "корп.", "л/с"})
# ... and these with the preceding one («100 руб.», «220 В»).
_GLUE_PREV = frozenset(
    {"руб", "руб.", "коп", "коп.", "В", "кВт", "кВт·ч", "кВт*ч", "кВт.ч", "кВтч", "—"}
)


def _glued(text: str) -> list[str]:
    """Words for line breaking; a glued group never breaks across lines."""
    words: list[str] = []
    for token in text.split():
        last = words[-1].rsplit(" ", 1)[-1] if words else ""
        thousands = token.isdigit() and len(token) == 3 and last.isdigit() and len(last) <= 3
        unit = token in _GLUE_PREV or token.rstrip(".,;:") in _GLUE_PREV
        if last in _GLUE_NEXT or (last and (unit or thousands)):
            words[-1] += " " + token
        else:
            words.append(token)
    return words


class Layout:
    """Greedy line breaking and pagination in pixel units."""

    def __init__(self, style: Style, dpi: int) -> None:
        self.style, self.dpi = style, dpi
        self.width, self.height = page_size(dpi)
        left, top, right, bottom = (mm_to_px(m, dpi) for m in style.margins_mm)
        self.left, self.top, self.right, self.bottom = left, top, self.width - right, bottom
        self.size_px = round(style.size_pt * dpi / 72)
        self.line_h = round(self.size_px * 1.2 * style.line_spacing)
        self.pages: list[Page] = [Page()]
        self.y = self.top

    def font(self, bold: bool = False) -> ImageFont.FreeTypeFont:
        return _font(self.style.font.bold if bold else self.style.font.regular, self.size_px)

    def measure(self, text: str, bold: bool = False) -> float:
        return float(self.font(bold).getlength(text))

    def gap(self, lines: float) -> None:
        self.y += round(self.line_h * lines)

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top
        if self.style.page_numbers:
            number = str(len(self.pages))
            label = number if self.style.justify else f"- {number} -"
            x = (self.width - round(self.measure(label))) // 2
            self.pages[-1].lines.append(Line(self.top // 2, [(x, label)]))

    def _room(self) -> None:
        if self.y + self.line_h > self.height - self.bottom:
            self.new_page()

    def emit(self, pieces: list[tuple[int, str]], bold: bool = False) -> None:
        self._room()
        self.pages[-1].lines.append(Line(self.y, pieces, bold))
        self.y += self.line_h

    def wrap(self, text: str, width: float, first_indent: float = 0, bold: bool = False) -> list:
        lines: list[list[str]] = [[]]
        avail = width - first_indent
        for word in _glued(text):
            trial = " ".join([*lines[-1], word])
            if lines[-1] and self.measure(trial, bold) > avail:
                lines.append([word])
                avail = width
            else:
                lines[-1].append(word)
        return lines

    def paragraph(
        self,
        text: str,
        x0: int,
        width: float,
        indent: float = 0,
        justify: bool = False,
        bold: bool = False,
        center: bool = False,
    ) -> None:
        space = self.measure(" ", bold)
        rows = self.wrap(text, width, indent, bold)
        for i, words in enumerate(rows):
            x = x0 + (indent if i == 0 else 0)
            avail = width - (indent if i == 0 else 0)
            natural = self.measure(" ".join(words), bold)
            if center:
                self.emit([(round(x0 + (width - natural) / 2), " ".join(words))], bold)
            elif justify and i < len(rows) - 1 and len(words) > 1:
                widths = [self.measure(w, bold) for w in words]
                gap = (avail - sum(widths)) / (len(words) - 1)
                gap = min(gap, space * 3)
                pieces, cx = [], float(x)
                for w, wd in zip(words, widths, strict=True):
                    pieces.append((round(cx), w))
                    cx += wd + gap
                self.emit(pieces, bold)
            else:
                self.emit([(round(x), " ".join(words))], bold)


def layout_letter(doc: LetterDoc, style: Style, dpi: int) -> list[Page]:
    lay = Layout(style, dpi)
    content_w = lay.right - lay.left
    if style.header_right:
        hx = round(lay.width * style.header_from)
        hw = lay.right - hx
    else:
        hx, hw = lay.left, round(content_w * 0.5)
    for line in doc.header:
        if line:
            lay.paragraph(line, hx, hw)
        else:
            lay.gap(0.5)
    lay.gap(1.5)
    for part in doc.title.split("\n") if doc.title else []:
        lay.paragraph(part, lay.left, content_w, bold=style.title_bold, center=True)
    lay.gap(0.8)
    indent = mm_to_px(12.5, dpi)
    for n, para in enumerate(doc.paragraphs):
        if n == len(doc.paragraphs) - 1:
            _keep_with_signature(lay, para, doc.attachments, indent)
        lay.paragraph(para, lay.left, content_w, indent, justify=style.justify)
    if doc.attachments:
        lay.gap(0.6)
        for item in doc.attachments:
            lay.paragraph(item, lay.left, content_w)
    lay.gap(1.8)
    sig_w = round(lay.measure(doc.signature))
    sig_x = lay.right - sig_w - mm_to_px(5, dpi)
    lay.emit([(lay.left, doc.date_text), (sig_x, doc.signature)])
    if style.squiggle and "_" in doc.signature:
        lay.pages[-1].squiggle_at = (sig_x, lay.y - lay.line_h, round(sig_w * 0.45))
    if doc.table:
        lay.new_page()
        lay.paragraph(doc.table_title, lay.left, content_w, bold=True, center=True)
        lay.gap(0.8)
        cols = [0.0, 0.28, 0.55, 0.78]
        for r, row in enumerate(doc.table):
            cells = zip(cols, row, strict=True)
            lay.emit([(lay.left + round(c * content_w), cell) for c, cell in cells], bold=r == 0)
    return lay.pages


def _keep_with_signature(lay: Layout, last: str, attachments: list[str], indent: int) -> None:
    """Start a new page early rather than leave the signature alone on the last page."""
    width = lay.right - lay.left
    lines = len(lay.wrap(last, width, indent)) + sum(len(lay.wrap(a, width)) for a in attachments)
    needed = (lines + 1) * lay.line_h + round(lay.line_h * (2.4 if attachments else 1.8))
    if lay.y + needed > lay.height - lay.bottom:
        lay.new_page()


def draw_pages(pages: list[Page], style: Style, dpi: int, rng: random.Random) -> list[Image.Image]:
    """Render laid-out pages to grayscale images."""
    size_px = round(style.size_pt * dpi / 72)
    images = []
    for page in pages:
        img = Image.new("L", page_size(dpi), style.paper)
        draw = ImageDraw.Draw(img)
        for line in page.lines:
            font = _font(style.font.bold if line.bold else style.font.regular, size_px)
            for x, text in line.pieces:
                draw.text((x, line.y), text, font=font, fill=style.ink)
        if page.squiggle_at:
            _squiggle(draw, page.squiggle_at, size_px, rng, dpi)
        images.append(img)
    return images


def _squiggle(
    draw: ImageDraw.ImageDraw, at: tuple[int, int, int], size_px: int, rng: random.Random, dpi: int
) -> None:
    """A pen signature over the underline: a few loops of a damped wave."""
    x0, y0, width = at
    base = y0 + size_px * 0.6
    amp = size_px * rng.uniform(0.7, 1.2)
    turns = rng.uniform(2.5, 5)
    pts = []
    for i in range(120):
        t = i / 119
        x = x0 + t * width + math.sin(t * turns * 2 * math.pi) * size_px * 0.25
        y = base - math.sin(t * turns * math.pi * 2 + 1) * amp * (1 - 0.5 * t)
        pts.append((x, y))
    draw.line(pts, fill=rng.randint(20, 80), width=max(3, dpi // 70), joint="curve")

"""Scanned letters for the search GUI tests, read by the real pipeline (tesseract).

Pages are drawn with Pillow at 300 dpi, so the test knows where each word was printed and
can check that the viewer highlights it there, whatever box tesseract reports exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from db.engine import Database
from db.store import FileStore
from letters.capture import ImportOptions, import_files
from tests.corpus.render import available_fonts

A4 = (2480, 3508)  # pixels at 300 dpi
MARGIN = 240
FONT_PX = 50
LINE_PX = 90

# file name -> pages -> lines. «счетчика»/«СЧЕТЧИК»/«счётчиков» are the inflections the
# query «счётчика» must find; the second letter has none of them.
LETTERS: dict[str, list[list[str]]] = {
    "zamena.tif": [
        [
            "Начальнику абонентского отдела",
            "от Кузнецова Андрея Викторовича",
            "",
            "ЗАЯВЛЕНИЕ",
            "",
            "Прошу произвести замену счетчика в квартире 12.",
            "Старый СЧЕТЧИК не реагирует на нагрузку.",
        ],
        [
            "Приложение: фотографии счётчиков в щитке.",
            "",
            "Дата: 02.03.2026",
        ],
    ],
    "pereraschet.png": [
        [
            "Прошу сделать перерасчёт платы за январь.",
            "В квитанции неверно начислено 3200 рублей.",
        ],
    ],
}


@dataclass(frozen=True)
class PrintedWord:
    """Where a word was drawn: file, page index and (x, y, w, h) in page pixels."""

    file: str
    page: int
    text: str
    box: tuple[int, int, int, int]


def _font() -> ImageFont.FreeTypeFont:
    regular = next(f.regular for f in available_fonts() if f.family == "DejaVu Sans")
    return ImageFont.truetype(regular, FONT_PX)


def draw_pages(name: str, pages: list[list[str]]) -> tuple[list[Image.Image], list[PrintedWord]]:
    font = _font()
    images, printed = [], []
    for index, lines in enumerate(pages):
        image = Image.new("L", A4, 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines):
            y = MARGIN + row * LINE_PX
            x = MARGIN
            for word in line.split():
                left, top, right, bottom = draw.textbbox((x, y), word, font=font)
                draw.text((x, y), word, font=font, fill=0)
                printed.append(
                    PrintedWord(name, index, word, (left, top, right - left, bottom - top))
                )
                x += round(draw.textlength(word + " ", font=font))
        images.append(image)
    return images, printed


def write_letters(folder: Path) -> list[PrintedWord]:
    """Write the scans into ``folder``; returns every word as printed."""
    folder.mkdir(parents=True, exist_ok=True)
    printed: list[PrintedWord] = []
    for name, pages in LETTERS.items():
        images, words = draw_pages(name, pages)
        printed += words
        first, *rest = images
        if name.endswith(".tif"):
            first.save(folder / name, save_all=True, append_images=rest, dpi=(300, 300))
        else:
            first.save(folder / name, dpi=(300, 300))
    return printed


def import_letters(database: Database, store: FileStore, folder: Path) -> list[PrintedWord]:
    """Scan, read and register the letters (real OCR); returns the printed words."""
    printed = write_letters(folder)
    report = import_files(
        database,
        store,
        [folder],
        ImportOptions(received_on=dt.date(2026, 3, 2), jobs=1),
    )
    assert report.letters == len(LETTERS), [
        (o.path.name, o.status, o.reason) for o in report.outcomes
    ]
    return printed

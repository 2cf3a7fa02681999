"""ocr.text_layer and ocr.archive_pdf.searchable_page: the invisible text over a page image."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from ocr.archive_pdf import merge_pdfs, pdf_text, searchable_page
from ocr.text_layer import lines_of
from ocr.types import Box, Word

DPI = 200
WORDS = [
    # (text, x, y, w, h, line)
    ("Лицевой", 100, 100, 220, 40, 1),
    ("счёт:", 340, 100, 140, 40, 1),
    ("1760352709", 500, 100, 300, 40, 1),
    ("E-mail:", 100, 180, 180, 40, 2),
    ("petr.trofimov@rambler.ru", 300, 180, 600, 40, 2),
    ("№", 100, 260, 40, 40, 3),
    ("12/3-А", 160, 260, 160, 40, 3),
    ("«Энергосбыт»", 340, 260, 330, 48, 3),
]


def words() -> list[Word]:
    return [Word(t, 95.0, Box(0, x, y, w, h), (1, 1, line)) for t, x, y, w, h, line in WORDS]


def blank_page(path: Path, mode: str = "1") -> Path:
    Image.new(mode, (1000, 400), 255).save(path, dpi=(DPI, DPI))
    return path


def test_the_words_come_back_as_written_line_by_line(tmp_path: Path) -> None:
    pdf = searchable_page(blank_page(tmp_path / "page.png"), DPI, words())
    (text,) = pdf_text(pdf)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()]
    assert lines == [
        "Лицевой счёт: 1760352709",
        "E-mail: petr.trofimov@rambler.ru",
        "№ 12/3-А «Энергосбыт»",
    ]


@pytest.mark.parametrize("mode", ["1", "L", "RGB"])
def test_each_word_lies_over_its_box(tmp_path: Path, mode: str) -> None:
    """Selecting or finding a word in a viewer marks the place where it is printed."""
    suffix = "jpg" if mode == "RGB" else "png"
    pdf = searchable_page(blank_page(tmp_path / f"page.{suffix}", mode), DPI, words())
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        assert page.get_size() == pytest.approx((1000 * 72 / DPI, 400 * 72 / DPI))
        textpage = page.get_textpage()
        height = page.get_height()
        px = DPI / 72
        for word in words():
            found = textpage.search(word.text).get_next()
            assert found is not None, word.text
            start, count = found
            left, bottom, _, _ = textpage.get_charbox(start)
            _, _, right, _ = textpage.get_charbox(start + count - 1)
            assert left * px == pytest.approx(word.box.x, abs=3)
            assert right * px == pytest.approx(word.box.x + word.box.w, abs=3)
            baseline = (height - bottom) * px
            assert word.box.y < baseline <= word.box.y + word.box.h + 3
    finally:
        document.close()


def test_the_text_is_invisible_and_the_picture_unchanged(tmp_path: Path) -> None:
    pdf = searchable_page(blank_page(tmp_path / "page.png"), DPI, words())
    document = pdfium.PdfDocument(pdf)
    try:
        rendered = document[0].render(scale=DPI / 72, grayscale=True).to_pil()
        assert rendered.getextrema() == (255, 255)  # white page: no glyph is painted
    finally:
        document.close()


def test_a_page_without_words_has_no_text(tmp_path: Path) -> None:
    pdf = searchable_page(blank_page(tmp_path / "page.png"), DPI, [])
    assert [t.strip() for t in pdf_text(pdf)] == [""]


def test_pages_keep_their_own_text_when_joined(tmp_path: Path) -> None:
    first = searchable_page(blank_page(tmp_path / "1.png"), DPI, words()[:3])
    second = searchable_page(blank_page(tmp_path / "2.png"), DPI, words()[3:5])
    texts = pdf_text(merge_pdfs([first, second]))
    assert "1760352709" in texts[0] and "rambler" not in texts[0]
    assert "petr.trofimov@rambler.ru" in texts[1] and "1760352709" not in texts[1]


def test_lines_keep_reading_order() -> None:
    shuffled = [words()[3], words()[0], words()[4], words()[1]]
    assert [[w.text for w in line] for line in lines_of(shuffled)] == [
        ["E-mail:", "petr.trofimov@rambler.ru"],
        ["Лицевой", "счёт:"],
    ]

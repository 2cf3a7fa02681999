"""ocr.archive_pdf: joining tesseract's searchable pages and reading their text back."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ocr.archive_pdf import merge_pdfs, page_count, pdf_text
from ocr.tesseract import recognize

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("ё", "е")).strip()


def scanned_page(path: Path, line: str) -> Path:
    font = ImageFont.truetype(FONT, 50)
    image = Image.new("L", (1600, 260), 255)
    ImageDraw.Draw(image).text((100, 90), line, font=font, fill=0)
    image.convert("1", dither=Image.Dither.NONE).save(path, dpi=(300, 300))
    return path


def typed_pdf(pages: Sequence[str]) -> bytes:
    """A born-digital PDF with one line of Cyrillic text per page."""
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    out = io.BytesIO()
    document = canvas.Canvas(out)
    for line in pages:
        document.setFont("DejaVuSans", 14)
        document.drawString(72, 720, line)
        document.showPage()
    document.save()
    return out.getvalue()


def test_merged_tesseract_pages_stay_searchable_in_order(tmp_path: Path) -> None:
    first = recognize(scanned_page(tmp_path / "1.png", "Первая страница, счёт 1112223334"))
    second = recognize(
        scanned_page(tmp_path / "2.png", "Second page, телефон 8 800 555-35-35"), page_index=1
    )
    assert first.pdf is not None and second.pdf is not None
    merged = merge_pdfs([first.pdf, second.pdf])
    assert page_count(merged) == 2
    texts = [normalise(t) for t in pdf_text(merged)]
    assert "первая" in texts[0] and "1112223334" in texts[0]
    assert "second" in texts[1] and "555-35-35" in texts[1]
    assert "1112223334" not in texts[1]
    # page images are copied as they are, not decoded and re-encoded bigger
    assert len(merged) <= len(first.pdf) + len(second.pdf)


def test_multi_page_parts_keep_all_their_pages() -> None:
    merged = merge_pdfs([typed_pdf(["Лист 1", "Лист 2"]), typed_pdf(["Лист 3"])])
    assert [normalise(t) for t in pdf_text(merged)] == ["лист 1", "лист 2", "лист 3"]


def test_single_part_round_trips() -> None:
    merged = merge_pdfs([typed_pdf(["Обращение по лицевому счёту 1234567890"])])
    assert pdf_text(merged) == ["Обращение по лицевому счёту 1234567890"]


def test_page_without_text_layer_reads_as_empty() -> None:
    assert pdf_text(typed_pdf([""])) == [""]


def test_nothing_to_merge_is_an_error() -> None:
    with pytest.raises(ValueError, match="no PDF"):
        merge_pdfs([])


def test_a_broken_part_is_named() -> None:
    with pytest.raises(ValueError, match="part 1"):
        merge_pdfs([typed_pdf(["ok"]), b"%PDF-1.4 garbage"])

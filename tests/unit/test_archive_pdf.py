"""ocr.archive_pdf: searchable pages, joining them and reading their text back."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ocr.archive_pdf import merge_pdfs, page_count, pdf_text, searchable_page
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


@pytest.mark.parametrize(("mode", "fmt"), [("1", "PNG"), ("L", "PNG"), ("L", "JPEG")])
def test_searchable_page_from_a_smaller_copy(tmp_path: Path, mode: str, fmt: str) -> None:
    """The full-size page image under the text read from a smaller copy of it."""
    line = "Прошу произвести перерасчёт"
    page = scanned_page(tmp_path / "page.png", line)
    image_path = tmp_path / f"page.{fmt.lower()}"
    with Image.open(page) as image:
        image.convert(mode).save(image_path, format=fmt, dpi=(300, 300))
    with Image.open(page) as image:
        half = image.convert("L").resize((800, 130), Image.Resampling.BOX)
        half.save(tmp_path / "half.png", dpi=(150, 150))
    words = recognize(tmp_path / "half.png", dpi=150, want_pdf=False).words
    assert words
    doubled = [
        replace(w, box=replace(w.box, x=w.box.x * 2, y=w.box.y * 2, w=w.box.w * 2, h=w.box.h * 2))
        for w in words
    ]
    pdf = searchable_page(image_path, 300, doubled)
    document = pdfium.PdfDocument(pdf)
    try:
        assert document.get_page_size(0) == pytest.approx((1600 * 72 / 300, 260 * 72 / 300))
        images = list(document[0].get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]))
        assert [i.get_px_size() for i in images] == [(1600, 260)]
        rendered = np.asarray(document[0].render(scale=300 / 72, grayscale=True).to_pil())
        with Image.open(image_path) as image:
            original = np.asarray(image.convert("L"), dtype=np.int16)
        assert abs(rendered.shape[0] - 260) <= 1 and abs(rendered.shape[1] - 1600) <= 1
        difference = np.abs(rendered[:259, :1599].astype(np.int16) - original[:259, :1599])
        assert difference.mean() < 8  # the same picture
    finally:
        document.close()
    (text,) = pdf_text(pdf)
    assert normalise(line) in normalise(text)


def test_png_kinds_taken_without_decoding() -> None:
    from ocr.archive_pdf import _png_image

    def png(mode: str) -> bytes:
        out = io.BytesIO()
        Image.new(mode, (30, 20), 255).save(out, format="PNG")
        return out.getvalue()

    assert _png_image(png("1")) is not None and _png_image(png("L")) is not None
    assert _png_image(png("RGB")) is None and _png_image(png("P")) is None
    assert _png_image(b"GIF89a") is None

"""ocr.page_job: big print read from a smaller copy, the upside-down check after the OCR.

Real tesseract throughout; pages are rendered with the helpers of test_ocr_images.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest

from ocr.archive_pdf import pdf_text
from ocr.images import MIN_OCR_DPI, load_gray, ocr_scale, prepare_page
from ocr.page_job import process_page
from ocr.tesseract import recognize
from ocr.types import Box, Word
from tests.unit.test_ocr_images import KEY_WORDS, render_page, save

pytestmark = pytest.mark.filterwarnings("error")


def boxes_by_word(words: list[Word]) -> dict[tuple[str, int], Box]:
    """Boxes of the longer words, keyed by text and occurrence (the text repeats)."""
    seen: dict[str, int] = {}
    boxes: dict[tuple[str, int], Box] = {}
    for word in words:
        if len(word.text) >= 4:
            seen[word.text] = seen.get(word.text, 0) + 1
            boxes[(word.text, seen[word.text])] = word.box
    return boxes


def binary(gray: np.ndarray) -> np.ndarray:
    return np.where(gray < 128, 0, 255).astype(np.uint8)


def test_scale_follows_the_height_of_the_print() -> None:
    big = ocr_scale(binary(render_page(dpi=300, lines=30, size_pt=14)), 300)
    normal = ocr_scale(binary(render_page(dpi=300, lines=30, size_pt=11)), 300)
    small = ocr_scale(binary(render_page(dpi=300, lines=30, size_pt=7)), 300)
    assert MIN_OCR_DPI / 300 <= big < normal < 0.9
    assert small == 1.0  # small print keeps every pixel
    assert ocr_scale(binary(render_page(dpi=200, lines=30, size_pt=11)), 200) == 1.0
    assert ocr_scale(binary(render_page(dpi=300, lines=2, size_pt=14)), 300) == 1.0  # few words


def test_scale_never_goes_below_the_minimum_resolution() -> None:
    huge = ocr_scale(binary(render_page(dpi=300, lines=12, size_pt=28)), 300)
    assert huge == pytest.approx(MIN_OCR_DPI / 300)


def test_big_print_is_read_from_a_copy_and_mapped_back(tmp_path: Path) -> None:
    raw = save(render_page(dpi=300, lines=30, size_pt=12), tmp_path / "page.png", dpi=300)
    result = process_page(raw, str(tmp_path / "out"), "rus+eng", 3)
    prepared, text = result.prepared, result.text
    assert 0.5 <= prepared.ocr_scale < 0.9
    assert not list((tmp_path / "out").glob("*-ocr.*"))  # the copy is gone
    found = " ".join(w.text for w in text.words).lower()
    assert all(key in found for key in KEY_WORDS)
    stored = load_gray(prepared.image_path)
    assert stored.shape == (prepared.height, prepared.width)
    for word in text.words:
        box = word.box
        assert box.page == 3
        assert box.x >= 0 and box.x + box.w <= prepared.width
        assert box.y >= 0 and box.y + box.h <= prepared.height
    # Boxes are in the stored image's pixels: where tesseract finds the words on it.
    reference = recognize(prepared.image_path, dpi=prepared.dpi, want_pdf=False)
    ours = boxes_by_word(text.words)
    theirs = boxes_by_word(reference.words)
    common = set(ours) & set(theirs)
    assert len(common) >= 100
    tolerance = 2 / prepared.ocr_scale + 2  # a pixel of the copy, either side
    for word in common:
        a, b = ours[word], theirs[word]
        assert abs(a.x - b.x) <= tolerance and abs(a.y - b.y) <= tolerance, word
        assert abs(a.w - b.w) <= 2 * tolerance and abs(a.h - b.h) <= 2 * tolerance, word
    # The PDF page is the stored image (full size) under the text layer.
    assert text.pdf is not None
    document = pdfium.PdfDocument(text.pdf)
    try:
        width, height = document.get_page_size(0)
        assert width == pytest.approx(prepared.width * 72 / prepared.dpi, abs=0.1)
        assert height == pytest.approx(prepared.height * 72 / prepared.dpi, abs=0.1)
        page = document[0]
        images = list(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=3))
        assert [i.get_px_size() for i in images] == [(prepared.width, prepared.height)]
        rendered = page.render(scale=prepared.dpi / 72).to_numpy()
        assert abs(rendered.shape[1] - prepared.width) <= 1
    finally:
        document.close()
    (layer,) = pdf_text(text.pdf)
    assert all(key in layer.lower().replace("ё", "е") for key in ("перерасчет", "электроэнергию"))


def test_small_print_keeps_tesseracts_own_pdf_page(tmp_path: Path) -> None:
    raw = save(render_page(dpi=200, lines=20, size_pt=11), tmp_path / "page.png", dpi=200)
    result = process_page(raw, str(tmp_path / "out"), "rus+eng", 0)
    assert result.prepared.ocr_scale == 1.0
    assert result.text.pdf is not None and "лицевому" in pdf_text(result.text.pdf)[0]


def test_upside_down_page_is_found_after_the_ocr_and_read_again(tmp_path: Path) -> None:
    page = cv2.rotate(render_page(dpi=200, lines=20), cv2.ROTATE_180)
    raw = save(page, tmp_path / "page.png")
    # The preparation alone leaves the question open ...
    pending = prepare_page(raw, tmp_path / "prep", flip_check=False)
    assert pending.flip_pending and pending.rotation == 0
    # ... and the page job settles it from the OCR's confidence.
    result = process_page(raw, str(tmp_path / "out"), "rus+eng", 0)
    assert result.prepared.rotation == 180 and not result.prepared.flip_pending
    assert result.text.mean_conf > 80
    found = " ".join(w.text for w in result.text.words).lower()
    assert all(key in found for key in KEY_WORDS)


def test_upright_page_is_not_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ocr.page_job as page_job

    def refuse(*_args: object) -> bool:
        raise AssertionError("a confidently read page needs no orientation check")

    monkeypatch.setattr(page_job, "upside_down", refuse)
    raw = save(render_page(dpi=200, lines=20), tmp_path / "page.png")
    result = process_page(raw, str(tmp_path / "out"), "rus+eng", 0)
    assert result.prepared.rotation == 0 and result.text.mean_conf >= page_job.UPRIGHT_CONF


def test_source_pdf_page_keeps_one_page_with_its_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from ocr.archive_pdf import page_count
    from ocr.page_job import source_pdf_page

    path = tmp_path / "typed.pdf"
    document = canvas.Canvas(str(path))
    for line in ("page one", "page two", "page three"):
        document.drawString(100, 700, line)
        document.showPage()
    document.save()
    single = source_pdf_page(path, 1)
    assert page_count(single) == 1 and pdf_text(single) == ["page two"]

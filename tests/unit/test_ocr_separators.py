"""ocr.separators: separator sheets, QR detection and batch splitting."""

from __future__ import annotations

import textwrap
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

import ocr.separators as separators
from ocr.images import prepare_page
from ocr.separators import (
    SEPARATOR_PAYLOAD,
    detect_separator,
    split_batch,
    write_separator_sheets,
)
from ocr.types import PreparedPage, RawPage

pytestmark = pytest.mark.filterwarnings("error")

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
TEXT = (
    "Прошу произвести перерасчёт платы за электроэнергию по лицевому счёту 3300123456, "
    "так как показания прибора учёта передавались своевременно и без ошибок. "
)


def rasterise(pdf: Path, dpi: int = 200) -> list[np.ndarray]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_numpy() for i in range(len(doc))]
    finally:
        doc.close()


def pdf_text(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[0]
        textpage = page.get_textpage()
        text = str(textpage.get_text_range())
        textpage.close()
        page.close()
        return text
    finally:
        doc.close()


def text_page(dpi: int = 200) -> np.ndarray:
    image = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(12 * dpi / 72))
    for row, line in enumerate(textwrap.wrap(TEXT * 6, 70)):
        draw.text((dpi, dpi + row * dpi // 4), line, fill=0, font=font)
    return np.asarray(image).copy()


def page(blank: bool = False, code: str | None = None) -> PreparedPage:
    return PreparedPage("x.png", 0, 0.0, 10, 10, is_blank=blank, separator_code=code)


SEP = page(code=SEPARATOR_PAYLOAD)
BLANK = page(blank=True)
TEXT_PAGE = page()


# --- sheets and detection ------------------------------------------------------------------


def test_separator_sheets_have_qr_and_cyrillic_caption(tmp_path: Path) -> None:
    pdf = tmp_path / "separators.pdf"
    write_separator_sheets(pdf, count=3)
    images = rasterise(pdf)
    assert len(images) == 3
    assert "Разделитель писем — Mailroom" in pdf_text(pdf)  # embedded font with Cyrillic
    assert all(detect_separator(image) == SEPARATOR_PAYLOAD for image in images)


def test_separator_sheet_without_cyrillic_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(separators, "FONT_CANDIDATES", (str(tmp_path / "missing.ttf"),))
    monkeypatch.setattr(separators, "FONT_DIRS", (str(tmp_path / "no-fonts"),))
    pdf = tmp_path / "separators.pdf"
    write_separator_sheets(pdf)
    assert "Letter separator" in pdf_text(pdf)
    (image,) = rasterise(pdf)
    assert detect_separator(image) == SEPARATOR_PAYLOAD


def test_separator_found_on_a_poor_scan(tmp_path: Path) -> None:
    pdf = tmp_path / "separators.pdf"
    write_separator_sheets(pdf)
    (image,) = rasterise(pdf, dpi=150)
    h, w = image.shape
    turned = cv2.warpAffine(
        image, cv2.getRotationMatrix2D((w / 2, h / 2), 7, 1.0), (w, h), borderValue=(255,)
    )
    turned = cv2.rotate(turned, cv2.ROTATE_180)
    noise = np.random.default_rng(0).normal(0, 25, turned.shape)
    scan = np.clip(turned * 0.8 + 30 + noise, 0, 255).astype(np.uint8)
    assert detect_separator(scan) == SEPARATOR_PAYLOAD


def test_no_separator_on_letters_or_foreign_qr_codes() -> None:
    assert detect_separator(text_page()) is None
    assert detect_separator(np.full((50, 40), 255, np.uint8)) is None
    foreign = np.full((1200, 900), 255, np.uint8)
    code = cv2.QRCodeEncoder.create().encode("ST00012|Name=АО Энергосбыт|PersAcc=3300123456")
    code = cv2.resize(code, (400, 400), interpolation=cv2.INTER_NEAREST)
    foreign[100:500, 100:500] = code
    assert detect_separator(foreign) is None  # e.g. a payment QR code on a bill


def test_prepare_page_marks_separator_sheets(tmp_path: Path) -> None:
    pdf = tmp_path / "separators.pdf"
    write_separator_sheets(pdf)
    (image,) = rasterise(pdf)
    path = tmp_path / "sheet.png"
    Image.fromarray(image).save(path, dpi=(200, 200))
    prepared = prepare_page(RawPage("batch.pdf", 0, str(path), 200), tmp_path / "out")
    assert prepared.separator_code == SEPARATOR_PAYLOAD
    assert not prepared.is_blank


# --- splitting -----------------------------------------------------------------------------


def test_split_none_keeps_one_letter() -> None:
    pages = [TEXT_PAGE, BLANK, SEP, TEXT_PAGE]
    assert split_batch(pages, "none") == [[0, 1, 2, 3]]
    assert split_batch([], "none") == []


@pytest.mark.parametrize(
    ("pages", "letters"),
    [
        ([TEXT_PAGE, TEXT_PAGE, BLANK, TEXT_PAGE], [[0, 1], [3]]),
        ([BLANK, TEXT_PAGE, BLANK, BLANK, BLANK, TEXT_PAGE, TEXT_PAGE, BLANK], [[1], [5, 6]]),
        ([BLANK, BLANK], []),
        ([TEXT_PAGE], [[0]]),
        ([], []),
    ],
)
def test_split_at_blank_pages(pages: list[PreparedPage], letters: list[list[int]]) -> None:
    assert split_batch(pages, "blank") == letters


@pytest.mark.parametrize(
    ("pages", "letters"),
    [
        ([SEP, TEXT_PAGE, TEXT_PAGE, SEP, TEXT_PAGE], [[1, 2], [4]]),
        ([TEXT_PAGE, SEP, TEXT_PAGE], [[0], [2]]),  # no separator before the first letter
        ([SEP, SEP, TEXT_PAGE, SEP], [[2]]),
        # duplex scan: the back of each separator is blank; blank pages inside a letter stay
        ([SEP, BLANK, TEXT_PAGE, BLANK, TEXT_PAGE, SEP, BLANK, TEXT_PAGE], [[2, 3, 4], [7]]),
        ([SEP, TEXT_PAGE, SEP, BLANK, BLANK], [[1]]),
        ([page(code="OTHER-QR"), TEXT_PAGE], [[0, 1]]),
    ],
)
def test_split_at_separator_sheets(pages: list[PreparedPage], letters: list[list[int]]) -> None:
    assert split_batch(pages, "barcode") == letters


def test_unknown_split_mode() -> None:
    with pytest.raises(ValueError, match="split mode"):
        split_batch([TEXT_PAGE], "qr")


def test_scanned_batch_with_separator_sheets_splits_into_letters(tmp_path: Path) -> None:
    sheets = tmp_path / "separators.pdf"
    write_separator_sheets(sheets, count=2)
    separator_a, separator_b = rasterise(sheets)
    letter = text_page()
    blank = np.clip(np.random.default_rng(1).normal(245, 8, letter.shape), 0, 255)
    batch = [separator_a, letter, letter, separator_b, blank.astype(np.uint8), letter]
    prepared = []
    for index, image in enumerate(batch):
        path = tmp_path / f"batch-{index}.png"
        Image.fromarray(image).save(path, dpi=(200, 200))
        prepared.append(prepare_page(RawPage("batch.tif", index, str(path), 200), tmp_path))
    assert [p.separator_code for p in prepared] == [SEPARATOR_PAYLOAD, None, None] * 2
    assert [p.is_blank for p in prepared] == [False] * 4 + [True, False]
    assert split_batch(prepared, "barcode") == [[1, 2], [5]]

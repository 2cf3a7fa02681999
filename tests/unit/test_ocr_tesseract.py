"""ocr.tesseract against the real tesseract binary (rus+eng)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import tesseract
from ocr.archive_pdf import page_count, pdf_text
from ocr.tesseract import (
    TesseractFailed,
    TesseractMissing,
    check_available,
    configure,
    init_worker,
    parse_tsv,
    recognize,
    text_page,
)
from ocr.types import PageText

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = (
    "Прошу сделать перерасчёт по лицевому счёту 1234567890,",
    "тел. +7 912 345-67-89. Invoice for electricity, March 2024.",
    "С уважением, Иванов Пётр Сергеевич",
)
WIDTH = 2480  # A4 width at 300 dpi
PAGE_INDEX = 2


def render_page(path: Path, lines: Sequence[str], width: int = WIDTH) -> Path:
    """A 1-bit 300 dpi page with ~12 pt text, like a cleaned scan."""
    font = ImageFont.truetype(FONT, 50)
    image = Image.new("L", (width, 140 + 110 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((150, 80 + number * 110), line, font=font, fill=0)
    bilevel = image.point(lambda v: 255 if v > 128 else 0).convert("1", dither=Image.Dither.NONE)
    bilevel.save(path, dpi=(300, 300))
    return path


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("ё", "е")).strip()


@pytest.fixture(scope="module")
def page_image(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_page(tmp_path_factory.mktemp("ocr") / "letter.png", LINES)


@pytest.fixture(scope="module")
def page(page_image: Path) -> PageText:
    return recognize(page_image, lang="rus+eng", dpi=300, page_index=PAGE_INDEX)


@pytest.fixture
def keep_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Restore pytesseract's command after the test, whatever configure() set."""
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", tesseract._command())


def test_text_has_the_key_words_in_both_languages(page: PageText) -> None:
    text = normalise(page.text)
    for expected in ("прошу", "перерасчет", "лицевому", "1234567890", "912 345-67-89"):
        assert expected in text
    for expected in ("invoice", "electricity", "иванов", "сергеевич"):
        assert expected in text


def test_words_have_boxes_inside_the_image_and_confidences(
    page: PageText, page_image: Path
) -> None:
    with Image.open(page_image) as image:
        width, height = image.size
    assert len(page.words) >= 15
    for word in page.words:
        assert word.text.strip() == word.text != ""
        assert 0 <= word.conf <= 100
        box = word.box
        assert box.page == PAGE_INDEX
        assert box.w > 0 and box.h > 0
        assert box.x >= 0 and box.x + box.w <= width
        assert box.y >= 0 and box.y + box.h <= height
    account = next(w for w in page.words if w.text.startswith("1234567890"))
    assert account.conf > 60
    assert account.box.y < 80 + 110  # first line


def test_words_are_grouped_into_lines_in_reading_order(page: PageText) -> None:
    first = next(w for w in page.words if normalise(w.text) == "прошу")
    same_line = next(w for w in page.words if normalise(w.text) == "сделать")
    last = next(w for w in page.words if normalise(w.text).startswith("иванов"))
    assert first.line_key == same_line.line_key
    assert last.line_key != first.line_key
    assert page.words.index(first) < page.words.index(same_line) < page.words.index(last)


def test_mean_confidence_is_the_mean_of_word_confidences(page: PageText) -> None:
    expected = sum(w.conf for w in page.words) / len(page.words)
    assert page.mean_conf == pytest.approx(expected)
    assert page.mean_conf > 70


def test_pdf_page_is_searchable_holds_the_image_and_is_small(page: PageText) -> None:
    assert page.pdf is not None
    assert page_count(page.pdf) == 1
    layer = normalise(pdf_text(page.pdf)[0])
    for expected in ("перерасчет", "1234567890", "invoice", "иванов"):
        assert expected in layer
    assert len(page.pdf) < 100_000  # a 1-bit image must not be inflated to RGB
    document = pdfium.PdfDocument(page.pdf)
    try:
        pdf_page = document[0]
        width_pt, _ = pdf_page.get_size()
        assert width_pt == pytest.approx(WIDTH / 300 * 72, abs=1)  # dpi sets the page size
        # textonly_pdf=0: the scan itself is in the page, so the text is visible when drawn
        rendered = pdf_page.render(scale=0.5).to_pil().convert("L")
        assert rendered.getextrema()[0] < 100
        pdf_page.close()
    finally:
        document.close()


def test_without_pdf_only_text_and_words(tmp_path: Path) -> None:
    image = render_page(tmp_path / "short.png", ["Лицевой счёт 9876543210"], width=1200)
    result = recognize(image, want_pdf=False)
    assert result.pdf is None
    assert "9876543210" in result.text
    assert all(w.box.page == 0 for w in result.words)


def test_recognize_in_a_process_pool_runs_one_thread_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    image = render_page(tmp_path / "pool.png", ["Invoice 5551234 счёт"], width=1200)
    with ProcessPoolExecutor(max_workers=1, initializer=init_worker) as pool:
        child_limit = pool.submit(os.getenv, "OMP_THREAD_LIMIT").result()
        result = pool.submit(recognize, image, "rus+eng", 300, False, 1).result()
    assert child_limit == "1"
    assert "5551234" in result.text
    assert all(w.box.page == 1 for w in result.words)


def test_init_worker_sets_the_thread_limit(
    monkeypatch: pytest.MonkeyPatch, keep_command: None
) -> None:
    monkeypatch.setenv("OMP_THREAD_LIMIT", "4")
    init_worker()
    assert os.environ["OMP_THREAD_LIMIT"] == "1"


def test_text_page_for_embedded_text_layers() -> None:
    result = text_page("Лицевой счёт 1234567890", page_index=3)
    assert result.text == "Лицевой счёт 1234567890"
    assert result.words == []
    assert result.mean_conf == 100
    assert result.pdf is None


def test_parse_tsv_keeps_only_real_words() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
    tsv = "\n".join(
        [
            header + "\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t",
            "4\t1\t1\t1\t1\t0\t5\t6\t50\t10\t-1\t",
            "5\t1\t1\t1\t1\t1\t5\t6\t20\t10\t91.5\tСчёт",
            "5\t1\t1\t1\t1\t2\t30\t6\t20\t10\t95\t ",
            "5\t1\t2\t1\t3\t1\t5\t30\t40\t10\t42\t12345",
        ]
    )
    words = parse_tsv(tsv, page_index=4)
    assert [(w.text, w.conf, w.line_key) for w in words] == [
        ("Счёт", 91.5, (1, 1, 1)),
        ("12345", 42.0, (2, 1, 3)),
    ]
    assert (words[1].box.page, words[1].box.x, words[1].box.y) == (4, 5, 30)
    assert (words[1].box.w, words[1].box.h) == (40, 10)


def test_check_available_passes_for_installed_languages() -> None:
    check_available("rus+eng")


def test_missing_language_is_named_with_its_package(page_image: Path) -> None:
    with pytest.raises(TesseractMissing) as missing:
        check_available("rus+xyz")
    assert "'xyz'" in missing.value.message
    assert "tesseract-ocr-xyz" in missing.value.message
    with pytest.raises(TesseractMissing, match="xyz"):
        recognize(page_image, lang="xyz")


def test_missing_binary_is_reported(page_image: Path, keep_command: None) -> None:
    configure("/nonexistent/bin/tesseract")
    with pytest.raises(TesseractMissing) as missing:
        check_available()
    assert "/nonexistent/bin/tesseract" in str(missing.value)
    assert "MAILROOM_TESSERACT" in str(missing.value)
    with pytest.raises(TesseractMissing, match="not found"):
        recognize(page_image)


def test_configure_reads_the_environment_and_keeps_explicit_choices(
    monkeypatch: pytest.MonkeyPatch, keep_command: None
) -> None:
    configure("/opt/tess/bin/tesseract")
    monkeypatch.delenv(tesseract.TESSERACT_ENV, raising=False)
    configure()
    assert pytesseract.pytesseract.tesseract_cmd == "/opt/tess/bin/tesseract"
    monkeypatch.setenv(tesseract.TESSERACT_ENV, "/usr/bin/tesseract")
    configure()
    assert pytesseract.pytesseract.tesseract_cmd == "/usr/bin/tesseract"
    check_available()


def test_unreadable_image_fails_clearly(tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really an image")
    with pytest.raises(TesseractFailed, match=r"broken\.png"):
        recognize(broken)
    with pytest.raises(FileNotFoundError):
        recognize(tmp_path / "absent.png")

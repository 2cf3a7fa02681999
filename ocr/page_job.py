"""One page's work in a worker process: prepare the image, then read it.

Runs in a ``ProcessPoolExecutor`` whose initializer is ``ocr.tesseract.init_worker``
(one OpenMP thread per tesseract process, one process per core).

Savings over the plain "prepare, then OCR" order, each measured (docs/benchmarks.md):

* big print is read from a smaller grey copy (``PreparedPage.ocr_scale``); the word boxes
  are scaled back to the stored page image;
* upright versus upside down is only checked when the page's OCR is not convincing; a page
  found upside down is turned and read again.

The searchable PDF page is the stored page image under the invisible text of the words
(``ocr.text_layer``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import cv2

from ocr.archive_pdf import pdf_bytes, searchable_page
from ocr.images import (
    UndecodableImage,
    load_gray,
    ocr_copy,
    ocr_copy_path,
    ocr_dpi,
    prepare_page,
    upside_down,
    write_png,
)
from ocr.tesseract import recognize, text_page
from ocr.types import Box, PageText, PreparedPage, RawPage, UnusableInput, Word

UPRIGHT_CONF = 70.0  # a page read with this mean word confidence is upright


def main_language(lang: str) -> str:
    """The first language of a tesseract ``-l`` value (``rus+eng`` -> ``rus``)."""
    return lang.split("+")[0].strip() or "rus"


@dataclass(slots=True)
class PageResult:
    raw: RawPage
    prepared: PreparedPage
    text: PageText


def process_page(raw: RawPage, out_dir: str, lang: str, page_index: int) -> PageResult:
    """Prepare and read one page. Raises :class:`UnusableInput` (``truncated``) for a page
    whose image data cannot be decoded: the intake takes plain PNG and JPEG pages by their
    structure, so a page whose data is well framed but short is first decoded here."""
    try:
        prepared = prepare_page(raw, Path(out_dir), lang=main_language(lang), flip_check=False)
    except UndecodableImage as exc:
        where = f"{raw.source_name}, page {raw.index_in_source + 1}"
        raise UnusableInput("truncated", f"{where}: {exc}") from exc
    if prepared.is_blank or prepared.separator_code:
        text = PageText("", [], 0.0, None)
    elif raw.text_layer:
        text = text_page(raw.text_layer, page_index)
    else:
        prepared, text = read_page(prepared, lang, page_index)
    return PageResult(raw, replace(prepared, flip_pending=False), text)


def read_page(prepared: PreparedPage, lang: str, page_index: int) -> tuple[PreparedPage, PageText]:
    """OCR of a prepared page (turned over first if it proves upside down): the words in
    the stored image's pixels and the searchable PDF page."""
    with _ocr_image(prepared) as (image, dpi):
        text = recognize(image, lang=lang, dpi=dpi, want_pdf=False, page_index=page_index)
    turn = (
        prepared.flip_pending
        and bool(text.words)
        and text.mean_conf < UPRIGHT_CONF
        and upside_down(prepared.image_path, prepared.dpi, main_language(lang))
    )
    if turn:
        prepared = turn_over(prepared)
        with _ocr_image(prepared) as (image, dpi):
            text = recognize(image, lang=lang, dpi=dpi, want_pdf=False, page_index=page_index)
    return prepared, _archived(prepared, dpi, text)


@contextmanager
def _ocr_image(prepared: PreparedPage) -> Iterator[tuple[Path, int]]:
    """The image tesseract reads and its DPI: the stored page, or for big print its smaller
    copy (written by the preparation, made again if it is gone, removed afterwards)."""
    image = Path(prepared.image_path)
    if prepared.ocr_scale >= 1.0:
        yield image, prepared.dpi
        return
    copy = ocr_copy_path(image)
    if not copy.is_file():
        ocr_copy(image, prepared.ocr_scale)
    try:
        yield copy, ocr_dpi(prepared.dpi, prepared.ocr_scale)
    finally:
        copy.unlink(missing_ok=True)


def _archived(prepared: PreparedPage, read_dpi: int, text: PageText) -> PageText:
    """The reading with its boxes in the stored image's pixels and its searchable PDF page."""
    words = text.words
    if read_dpi != prepared.dpi:
        factor = prepared.dpi / read_dpi
        words = [Word(w.text, w.conf, _scaled(w.box, factor), w.line_key) for w in words]
    pdf = searchable_page(prepared.image_path, prepared.dpi, words)
    return PageText(text.text, words, text.mean_conf, pdf)


def _scaled(box: Box, factor: float) -> Box:
    return Box(
        box.page, round(box.x * factor), round(box.y * factor),
        round(box.w * factor), round(box.h * factor),
    )  # fmt: skip


def turn_over(prepared: PreparedPage) -> PreparedPage:
    """The prepared page turned by 180 degrees (rewritten in place)."""
    turned = cv2.rotate(load_gray(prepared.image_path), cv2.ROTATE_180)
    write_png(turned, Path(prepared.image_path), prepared.dpi, bilevel=True)
    ocr_copy_path(prepared.image_path).unlink(missing_ok=True)  # made again when needed
    return replace(prepared, rotation=(prepared.rotation + 180) % 360)


def source_pdf_page(path: Path, index: int) -> bytes:
    """One page of a source PDF as its own PDF (a page that came with a good text layer
    goes into the archive PDF as it was, text and all)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(path))
    single = pdfium.PdfDocument.new()
    try:
        single.import_pages(source, [index])
        return pdf_bytes(single)
    finally:
        single.close()
        source.close()

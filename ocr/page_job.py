"""One page's work in a worker process: prepare the image, then one tesseract pass.

Runs in a ``ProcessPoolExecutor`` whose initializer is ``ocr.tesseract.init_worker``
(one OpenMP thread per tesseract process, one process per core).

Two savings over the plain "prepare, then OCR" order, both measured (docs/benchmarks.md):

* big print is read from a smaller grey copy (``PreparedPage.ocr_scale``); the word boxes
  are scaled back to the stored page image, and the searchable PDF page is the stored
  image under tesseract's text-only layer;
* upright versus upside down is only checked when the page's OCR is not convincing; a page
  found upside down is turned and read again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import cv2

from ocr.archive_pdf import image_under_text, pdf_bytes
from ocr.images import (
    load_gray,
    ocr_copy,
    ocr_copy_path,
    ocr_dpi,
    prepare_page,
    upside_down,
    write_png,
)
from ocr.tesseract import recognize, text_page
from ocr.types import Box, PageText, PreparedPage, RawPage, Word

UPRIGHT_CONF = 70.0  # a page read with this mean word confidence is upright


@dataclass(slots=True)
class PageResult:
    raw: RawPage
    prepared: PreparedPage
    text: PageText


def process_page(raw: RawPage, out_dir: str, lang: str, page_index: int) -> PageResult:
    main_lang = lang.split("+")[0] or "rus"
    prepared = prepare_page(raw, Path(out_dir), lang=main_lang, flip_check=False)
    if prepared.is_blank or prepared.separator_code:
        text = PageText("", [], 0.0, None)
    elif raw.text_layer:
        text = text_page(raw.text_layer, page_index)
    else:
        text = read_page(prepared, lang, page_index)
        doubtful = prepared.flip_pending and text.words and text.mean_conf < UPRIGHT_CONF
        if doubtful and upside_down(prepared.image_path, prepared.dpi, main_lang):
            prepared = turn_over(prepared)
            text = read_page(prepared, lang, page_index)
    return PageResult(raw, replace(prepared, flip_pending=False), text)


def read_page(prepared: PreparedPage, lang: str, page_index: int) -> PageText:
    """OCR of a prepared page: boxes in the stored image's pixels, a searchable PDF page."""
    if prepared.ocr_scale >= 1.0:
        return recognize(
            prepared.image_path, lang=lang, dpi=prepared.dpi, want_pdf=True, page_index=page_index
        )
    image = Path(prepared.image_path)
    copy = ocr_copy_path(image)
    if not copy.is_file():  # written by the preparation; made again if it is gone
        ocr_copy(image, prepared.ocr_scale)
    copy_dpi = ocr_dpi(prepared.dpi, prepared.ocr_scale)
    try:
        text = recognize(
            copy, lang=lang, dpi=copy_dpi, want_pdf=True, page_index=page_index,
            text_only_pdf=True,
        )  # fmt: skip
    finally:
        copy.unlink(missing_ok=True)
    factor = prepared.dpi / copy_dpi
    words = [Word(w.text, w.conf, _scaled(w.box, factor), w.line_key) for w in text.words]
    pdf = image_under_text(image, prepared.dpi, text.pdf) if text.pdf is not None else None
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

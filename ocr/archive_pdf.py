"""The archive PDF of a letter: single-page searchable PDFs joined in page order.

A page is tesseract's own searchable PDF page, or, when tesseract read a smaller copy of
the page, the full-size page image under tesseract's text-only layer
(:func:`image_under_text`). pypdfium2 (PDFium) copies whole page objects, so each page keeps
its image and its invisible text layer and the joined file stays searchable.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from ocr.pdfium_lock import pdfium_held


@pdfium_held
def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    """Join PDFs (usually one page each) into one document, pages in the given order.

    Raises ``ValueError`` for an empty sequence or a part that is not a readable PDF.
    """
    if not parts:
        raise ValueError("no PDF pages to merge")
    merged = pdfium.PdfDocument.new()
    try:
        for number, part in enumerate(parts):
            try:
                source = pdfium.PdfDocument(part)
            except pdfium.PdfiumError as exc:
                raise ValueError(f"part {number} is not a readable PDF: {exc}") from exc
            try:
                merged.import_pages(source)
            finally:
                source.close()
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue()
    finally:
        merged.close()


@pdfium_held
def image_under_text(image_path: str | Path, dpi: int, text_pdf: bytes) -> bytes:
    """One searchable PDF page: the page image at its own resolution under the invisible
    text layer of a one-page text-only PDF (tesseract's ``textonly_pdf``, read from a
    smaller copy of the same page: the text layer is stretched to the image's size).
    """
    with Image.open(image_path) as image:
        gray = image.convert("L")
    width, height = gray.width * 72.0 / dpi, gray.height * 72.0 / dpi
    try:
        text = pdfium.PdfDocument(text_pdf)
    except pdfium.PdfiumError as exc:
        raise ValueError(f"the text layer is not a readable PDF: {exc}") from exc
    merged = pdfium.PdfDocument.new()
    try:
        page = merged.new_page(width, height)
        picture = pdfium.PdfImage.new(merged)
        picture.set_bitmap(pdfium.PdfBitmap.from_pil(gray))  # stored Flate-compressed
        picture.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(picture)
        text_width, text_height = text.get_page_size(0)
        layer = text.page_as_xobject(0, merged)
        form = layer.as_pageobject()
        form.transform(pdfium.PdfMatrix().scale(width / text_width, height / text_height))
        page.insert_obj(form)
        page.gen_content()
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue()
    finally:
        merged.close()
        text.close()


@pdfium_held
def page_count(pdf: bytes) -> int:
    """Number of pages in ``pdf``."""
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


@pdfium_held
def pdf_text(pdf: bytes) -> list[str]:
    """The text layer of each page, in page order (empty string for a page without one)."""
    document = pdfium.PdfDocument(pdf)
    try:
        texts: list[str] = []
        for page in document:
            textpage = page.get_textpage()
            try:
                texts.append(textpage.get_text_bounded())
            finally:
                textpage.close()
                page.close()
        return texts
    finally:
        document.close()

"""The archive PDF of a letter: tesseract's single-page searchable PDFs joined in page order.

pypdfium2 (PDFium) copies whole page objects, so each page keeps its image and its
invisible text layer and the joined file stays searchable.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pypdfium2 as pdfium

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

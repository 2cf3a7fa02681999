"""The archive PDF of a letter: single-page searchable PDFs joined in page order.

A page is the stored page image under the invisible text of the words the OCR read on it
(:func:`searchable_page`, the text layer from ``ocr.text_layer``). pypdfium2 (PDFium)
copies whole page objects, so each page keeps its image and its invisible text layer and
the joined file stays searchable.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from ocr.pdfium_lock import pdfium_held
from ocr.text_layer import page_pdf
from ocr.types import Word


def pdf_bytes(document: pdfium.PdfDocument) -> bytes:
    """The document saved to memory."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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
        return pdf_bytes(merged)
    finally:
        merged.close()


@pdfium_held
def image_under_text(image_path: str | Path, dpi: int, text_pdf: bytes) -> bytes:
    """One searchable PDF page: the page image at its own resolution under the invisible
    text layer of a one-page text-only PDF (stretched to the image's size).

    A grey or bilevel PNG goes in losslessly without being decoded: its compressed data is
    a valid PDF Flate stream with the PNG predictor (as img2pdf and OCRmyPDF embed PNGs).
    """
    data = Path(image_path).read_bytes()
    png = _png_image(data)
    try:
        text = pdfium.PdfDocument(text_pdf)
    except pdfium.PdfiumError as exc:
        raise ValueError(f"the text layer is not a readable PDF: {exc}") from exc
    if png is not None:
        merged = pdfium.PdfDocument(_image_page_pdf(png, dpi))
        page = merged[0]
        width, height = page.get_size()
    else:  # another kind of image: decoded and stored Flate-compressed by PDFium
        with Image.open(io.BytesIO(data)) as image:
            gray = image.convert("L")
        width, height = gray.width * 72.0 / dpi, gray.height * 72.0 / dpi
        merged = pdfium.PdfDocument.new()
        page = merged.new_page(width, height)
        picture = pdfium.PdfImage.new(merged)
        picture.set_bitmap(pdfium.PdfBitmap.from_pil(gray))
        picture.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(picture)
    try:
        text_width, text_height = text.get_page_size(0)
        form = text.page_as_xobject(0, merged).as_pageobject()
        form.transform(pdfium.PdfMatrix().scale(width / text_width, height / text_height))
        page.insert_obj(form)
        page.gen_content()
        return pdf_bytes(merged)
    finally:
        page.close()
        merged.close()
        text.close()


@dataclass(frozen=True, slots=True)
class _Png:
    width: int
    height: int
    bits: int
    idat: bytes


def _png_image(data: bytes) -> _Png | None:
    """A non-interlaced 1- or 8-bit greyscale PNG's size and compressed data, else None."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    pos, header, chunks = 8, b"", []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind in (b"PLTE", b"tRNS"):
            return None
        elif kind == b"IEND":
            break
        pos += 12 + length
    if len(header) != 13 or not chunks:
        return None
    width, height, bits, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if colour != 0 or bits not in (1, 8) or interlace:
        return None
    return _Png(width, height, bits, b"".join(chunks))


def _image_xobject(png: _Png) -> bytes:
    """The PNG's compressed data as a PDF image XObject (dictionary and stream)."""
    image_dict = (
        f"<</Type/XObject/Subtype/Image/Width {png.width}/Height {png.height}"
        f"/ColorSpace/DeviceGray/BitsPerComponent {png.bits}/Filter/FlateDecode"
        f"/DecodeParms<</Predictor 15/Colors 1/BitsPerComponent {png.bits}"
        f"/Columns {png.width}>>/Length {len(png.idat)}>>"
    ).encode()
    return image_dict + b"\nstream\n" + png.idat + b"\nendstream"


def _image_page_pdf(png: _Png, dpi: int, words: Sequence[Word] = ()) -> bytes:
    """A one-page PDF of the image (page size from ``dpi``) under the text of ``words``
    (boxes in the image's pixels)."""
    pt_per_px = 72.0 / dpi
    width, height = png.width * pt_per_px, png.height * pt_per_px
    return page_pdf(width, height, words, pt_per_px, image=_image_xobject(png))


def searchable_page(image_path: str | Path, dpi: int, words: Sequence[Word]) -> bytes:
    """One searchable PDF page: the page image at ``dpi`` under the invisible text of
    ``words`` (boxes in the image's pixels).

    A grey or bilevel PNG (every prepared page) is written straight into the PDF; any
    other image goes through :func:`image_under_text`.
    """
    data = Path(image_path).read_bytes()
    png = _png_image(data)
    if png is not None:
        return _image_page_pdf(png, dpi, words)
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    pt_per_px = 72.0 / dpi
    text = page_pdf(width * pt_per_px, height * pt_per_px, words, pt_per_px)
    return image_under_text(image_path, dpi, text)


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

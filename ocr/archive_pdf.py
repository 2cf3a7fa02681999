"""The archive PDF of a letter: single-page searchable PDFs joined in page order.

A page is the stored page image under the invisible text of the words the OCR read on it
(:func:`searchable_page`, the text layer from ``ocr.text_layer``). pypdfium2 (PDFium)
copies whole page objects, so each page keeps its image and its invisible text layer and
the joined file stays searchable.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from ocr.pdfium_lock import pdfium_held
from ocr.png import png_chunks
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


@dataclass(frozen=True, slots=True)
class _Png:
    width: int
    height: int
    bits: int
    idat: bytes


def _png_image(data: bytes) -> _Png | None:
    """A non-interlaced 1- or 8-bit greyscale PNG's size and compressed data, else None."""
    header, chunks = b"", []
    for kind, body, _ in png_chunks(data):
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind in (b"PLTE", b"tRNS"):
            return None
    if len(header) != 13 or not chunks:
        return None
    width, height, bits, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if colour != 0 or bits not in (1, 8) or interlace:
        return None
    return _Png(width, height, bits, b"".join(chunks))


def _image_xobject(width: int, height: int, bits: int, data: bytes, png: bool) -> bytes:
    """Flate-compressed grey pixels as a PDF image XObject (dictionary and stream);
    ``png``: the data is a PNG's, rows prefixed by their filter (the PNG predictor)."""
    predictor = (
        f"/DecodeParms<</Predictor 15/Colors 1/BitsPerComponent {bits}/Columns {width}>>"
        if png
        else ""
    )
    image_dict = (
        f"<</Type/XObject/Subtype/Image/Width {width}/Height {height}"
        f"/ColorSpace/DeviceGray/BitsPerComponent {bits}/Filter/FlateDecode"
        f"{predictor}/Length {len(data)}>>"
    ).encode()
    return image_dict + b"\nstream\n" + data + b"\nendstream"


def searchable_page(image_path: str | Path, dpi: int, words: Sequence[Word]) -> bytes:
    """One searchable PDF page: the page image at ``dpi`` under the invisible text of
    ``words`` (boxes in the image's pixels).

    A grey or bilevel PNG (every prepared page) goes in losslessly without being decoded:
    its compressed data is a valid PDF Flate stream with the PNG predictor (as img2pdf and
    OCRmyPDF embed PNGs). Any other image is decoded to grey and compressed.
    """
    data = Path(image_path).read_bytes()
    png = _png_image(data)
    if png is not None:
        width, height = png.width, png.height
        image = _image_xobject(width, height, png.bits, png.idat, png=True)
    else:
        with Image.open(io.BytesIO(data)) as picture:
            gray = picture.convert("L")
        width, height = gray.size
        image = _image_xobject(width, height, 8, zlib.compress(gray.tobytes(), 6), png=False)
    pt_per_px = 72.0 / dpi
    return page_pdf(width * pt_per_px, height * pt_per_px, words, pt_per_px, image=image)


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

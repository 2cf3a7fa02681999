"""The archive PDF of a letter: single-page searchable PDFs joined in page order.

A page is tesseract's own searchable PDF page, or, when tesseract read a smaller copy of
the page, the full-size page image under tesseract's text-only layer
(:func:`image_under_text`). pypdfium2 (PDFium) copies whole page objects, so each page keeps
its image and its invisible text layer and the joined file stays searchable.
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
    text layer of a one-page text-only PDF (tesseract's ``textonly_pdf``, read from a
    smaller copy of the same page: the text layer is stretched to the image's size).

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


def _image_page_pdf(png: _Png, dpi: int) -> bytes:
    """A one-page PDF holding nothing but the image, page size from ``dpi``."""
    width, height = png.width * 72.0 / dpi, png.height * 72.0 / dpi
    content = f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode()
    image_dict = (
        f"<</Type/XObject/Subtype/Image/Width {png.width}/Height {png.height}"
        f"/ColorSpace/DeviceGray/BitsPerComponent {png.bits}/Filter/FlateDecode"
        f"/DecodeParms<</Predictor 15/Colors 1/BitsPerComponent {png.bits}"
        f"/Columns {png.width}>>/Length {len(png.idat)}>>"
    ).encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {width:.4f} {height:.4f}]"
        "/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>".encode(),
        image_dict + b"\nstream\n" + png.idat + b"\nendstream",
        f"<</Length {len(content)}>>\nstream\n".encode() + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


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

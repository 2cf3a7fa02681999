"""Input files -> pages (``RawPage``): an image file per page, or a page of a PDF.

Kinds are recognised by content (magic bytes), never by extension alone. Anything that cannot
become pages raises :class:`~ocr.types.UnusableInput` with a stable ``code`` so the intake can
quarantine the file and tell the user why.

Resolution choices:

* image-only PDF pages are rendered at ``dpi`` (300 by default: what tesseract is tuned for),
  by the page preparation in the OCR worker (:func:`render_pdf_page`); the intake only
  checks the document, the page sizes and the text layers;
* PDF pages with a usable embedded text layer are never OCR'd, so their picture is only for
  the viewer and the archive; they are rendered at ``text_layer_dpi`` (150 by default), which
  is sharp on screen and a quarter of the pixels to encode and store;
* raster files keep their own pixels; their DPI comes from the file when plausible, else 300.
  A single upright PNG or JPEG page is read by the preparation as it is (no copy); other
  raster pages are written as normalised PNG copies (grey unless coloured, square pixels).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import struct
import unicodedata
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps

from ocr.pdfium_lock import PDFIUM
from ocr.png import PNG_SIGNATURE, png_chunks
from ocr.types import RawPage, UnusableInput

log = logging.getLogger(__name__)

DEFAULT_DPI = 300
TEXT_LAYER_DPI = 150
_MIN_PLAUSIBLE_DPI = 70
_MAX_PLAUSIBLE_DPI = 1200
_MAX_PLAUSIBLE_PAGE_INCHES = 24.0  # a bigger implied page means the DPI tag is a software default
_MIN_SIDE_PIXELS = 16  # smaller is no page (a tracking pixel, an icon); OpenCV fails on 1 px

# Text-layer heuristics (in the spirit of OCRmyPDF's "page already has text" checks).
_MIN_TEXT_CHARS = 50  # non-space characters on the page
_MIN_LETTER_SHARE = 0.5  # letters among non-space characters
_MAX_BAD_SHARE = 0.02  # U+FFFD, control and private-use characters (unmapped glyphs)
_MAX_MOJIBAKE_SHARE = 0.2  # Latin-1 letters among letters: cp1251 text shown as "Ïðîøó"
_MAX_IMAGE_COVER = 0.5  # pages mostly covered by images are scans: OCR them ourselves

_EXTENSION_KINDS = {
    ".pdf": "pdf",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".jpe": "jpeg",
    ".jfif": "jpeg",
    ".png": "png",
    ".bmp": "bmp",
    ".dib": "bmp",
    ".webp": "webp",
}

# Pillow raises a zoo of exceptions on damaged files; all of them mean "truncated or corrupt".
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error, zlib.error)


def _kind_from_magic(head: bytes) -> str | None:
    if b"%PDF-" in head[:1024]:  # readers accept junk before the header
        return "pdf"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if head.startswith(PNG_SIGNATURE):
        return "png"
    if head[:2] == b"BM" and len(head) >= 26:
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


def kind_from_magic(head: bytes) -> str | None:
    """The kind the first bytes of a file announce, or None for anything else."""
    return _kind_from_magic(head)


def sniff_kind(path: Path) -> str:
    """Return 'pdf', 'tiff', 'jpeg', 'png', 'bmp' or 'webp' from the file's content.

    A known extension that names a different known kind is refused (``wrong_extension``):
    it usually means a mislabelled or tampered file. Unknown or missing extensions are fine.
    """
    path = Path(path)
    with path.open("rb") as stream:
        head = stream.read(1024)
    if not head:
        raise UnusableInput("empty", f"{path.name} has 0 bytes")
    kind = _kind_from_magic(head)
    if kind is None:
        raise UnusableInput("unsupported", f"{path.name}: unknown content {head[:8]!r}")
    named = _EXTENSION_KINDS.get(path.suffix.lower())
    if named is not None and named != kind:
        raise UnusableInput("wrong_extension", f"{path.name} is {kind}, not {named}")
    return kind


def page_count(path: Path) -> int:
    """Number of pages, read from the file structure without rendering anything."""
    path = Path(path)
    kind = sniff_kind(path)
    if kind == "pdf":
        with _quiet(), _open_pdf(path) as doc:
            return len(doc)
    if kind != "tiff":
        return 1
    try:
        with _quiet(), Image.open(path) as image:
            return int(getattr(image, "n_frames", 1))
    except Image.DecompressionBombError as exc:
        raise UnusableInput("too_large", str(exc)) from exc
    except _DECODE_ERRORS as exc:
        raise UnusableInput("truncated", f"{path.name}: {exc}") from exc


def read_pages(
    path: Path,
    workdir: Path,
    dpi: int = DEFAULT_DPI,
    max_pixels: int = 120_000_000,
    *,
    text_layer_dpi: int = TEXT_LAYER_DPI,
) -> list[RawPage]:
    """Describe every page of ``path``: a PDF page to be rendered by the page preparation,
    the image file itself, or a normalised copy written in ``workdir``.

    Raises :class:`UnusableInput` (``empty``, ``unsupported``, ``wrong_extension``,
    ``truncated``, ``encrypted``, ``too_large``, ``too_small``). Page sizes are checked against
    ``max_pixels`` before any pixel is decoded or rendered.
    """
    path = Path(path)
    workdir = Path(workdir)
    kind = sniff_kind(path)
    workdir.mkdir(parents=True, exist_ok=True)
    prefix = file_prefix(path)
    with _quiet():
        if kind == "pdf":
            return _read_pdf(path, dpi, text_layer_dpi, max_pixels)
        return _read_raster(path, workdir, prefix, max_pixels)


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep library warnings (Pillow, PDFium) out of the caller's warning filters; log them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        log.debug("decoder warning: %s", warning.message)


def file_prefix(path: Path) -> str:
    """An ASCII name stem unique to the file's path, for the files made from it."""
    # ASCII-only names: tesseract on Windows cannot open every non-ASCII path.
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", path.stem)[:40].strip("._") or "page"
    digest = hashlib.sha1(os.fsencode(path.resolve())).hexdigest()[:8]  # any bytes of a name
    return f"{stem}-{digest}"


# --- PDF -----------------------------------------------------------------------------------


@contextmanager
def _open_pdf(path: Path) -> Iterator[pdfium.PdfDocument]:
    # Open through a Python stream: PDFium's own path handling breaks on non-ASCII
    # Windows paths.
    stream = path.open("rb")
    with PDFIUM:  # held while the document is open: PDFium is not thread-safe
        try:
            doc = pdfium.PdfDocument(stream, autoclose=True)
        except pdfium.PdfiumError as exc:
            stream.close()
            # PDFium's error code outlives the call, and a failure that sets none leaves
            # the last one: after an encrypted file, a broken one would read "password".
            secured = exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)
            if secured and _mentions(path, b"/Encrypt"):
                raise UnusableInput("encrypted", f"{path.name}: {exc}") from exc
            raise UnusableInput("truncated", f"{path.name}: {exc}") from exc
        try:
            yield doc
        finally:
            doc.close()


def _mentions(path: Path, token: bytes, chunk: int = 1 << 20) -> bool:
    """Does the file contain ``token`` anywhere (read in overlapping chunks)?"""
    with path.open("rb") as stream:
        tail = b""
        while block := stream.read(chunk):
            if token in tail + block:
                return True
            tail = block[-len(token) :]
    return False


def _has_eof_marker(path: Path) -> bool:
    """A complete PDF ends with ``%%EOF`` (possibly followed by a little junk)."""
    with path.open("rb") as stream:
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(max(0, size - 2048))
        return b"%%EOF" in stream.read()


def _read_pdf(path: Path, dpi: int, text_dpi: int, max_pixels: int) -> list[RawPage]:
    if not _has_eof_marker(path):
        # PDFium silently repairs cut files and renders half a page; quarantine them instead.
        raise UnusableInput("truncated", f"{path.name}: no %%EOF at the end")
    pages: list[RawPage] = []
    with _open_pdf(path) as doc:
        for index in range(len(doc)):  # sizes and text layers; the worker renders the pixels
            page = doc[index]
            try:
                text = _text_layer(page)
                page_dpi = text_dpi if text is not None else dpi
                width, height = page.get_size()
                pixels = (width * page_dpi / 72.0) * (height * page_dpi / 72.0)
                if pixels > max_pixels:
                    raise UnusableInput(
                        "too_large", f"page {index + 1} is {pixels / 1e6:.0f} MP at {page_dpi} dpi"
                    )
                if min(width, height) * page_dpi / 72.0 < _MIN_SIDE_PIXELS:
                    raise UnusableInput(
                        "too_small", f"page {index + 1} is {width:.0f}x{height:.0f} pt"
                    )
                pages.append(RawPage(path.name, index, str(path), page_dpi, text, pdf_page=True))
            finally:
                page.close()
    if not pages:
        raise UnusableInput("truncated", f"{path.name}: no pages")
    return pages


def render_pdf_page(path: str | Path, index: int, dpi: int) -> np.ndarray:
    """Page ``index`` of the PDF at ``path`` rendered at ``dpi``, as 8-bit grey pixels.

    Runs in the OCR worker for a :class:`RawPage` with ``pdf_page`` set. Raises
    :class:`UnusableInput` (``truncated``) for a page PDFium cannot render."""
    path = Path(path)
    with _quiet(), _open_pdf(path) as doc:
        page = doc[index]
        try:
            pixels = page.render(scale=dpi / 72.0).to_numpy()
        except pdfium.PdfiumError as exc:
            raise UnusableInput("truncated", f"{path.name}, page {index + 1}: {exc}") from exc
        finally:
            page.close()
    gray = _maybe_gray(pixels, bgr=True)  # a black-and-white page: its green channel
    return gray if gray.ndim == 2 else cv2.cvtColor(gray, cv2.COLOR_RGB2GRAY)


def _text_layer(page: pdfium.PdfPage) -> str | None:
    """The page's embedded text if it is good enough to replace OCR, else None."""
    if _image_cover(page) > _MAX_IMAGE_COVER:
        return None
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if is_usable_text(text) else None


def is_usable_text(text: str) -> bool:
    """True when extracted PDF text looks like real words rather than glyph garbage."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < _MIN_TEXT_CHARS:
        return False
    letters = [c for c in chars if c.isalpha()]
    if len(letters) < _MIN_LETTER_SHARE * len(chars):
        return False
    bad = sum(1 for c in chars if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Co", "Cn"))
    if bad > _MAX_BAD_SHARE * len(chars):
        return False
    latin1 = sum(1 for c in letters if "\u00c0" <= c <= "\u00ff")
    return latin1 <= _MAX_MOJIBAKE_SHARE * len(letters)


def _image_cover(page: pdfium.PdfPage) -> float:
    """Share of the page area covered by image objects (overlaps counted twice, capped at 1)."""
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return 0.0
    area = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        w = min(right, width) - max(left, 0.0)
        h = min(top, height) - max(bottom, 0.0)
        if w > 0 and h > 0:
            area += w * h
    return min(1.0, area / (width * height))


# --- raster images ---------------------------------------------------------------------------


def _read_raster(path: Path, workdir: Path, prefix: str, max_pixels: int) -> list[RawPage]:
    pages: list[RawPage] = []
    try:
        with Image.open(path) as image:
            frames = int(getattr(image, "n_frames", 1))
            for index in range(frames):  # headers only: refuse bombs before decoding
                image.seek(index)
                if image.width * image.height > max_pixels:
                    raise UnusableInput(
                        "too_large",
                        f"page {index + 1} is {image.width}x{image.height} pixels",
                    )
                if min(image.width, image.height) < _MIN_SIDE_PIXELS:
                    raise UnusableInput(
                        "too_small", f"page {index + 1} is {image.width}x{image.height} pixels"
                    )
            as_is_dpi = _dpi_if_usable_as_is(image, path) if frames == 1 else None
            if as_is_dpi is not None:
                # the page preparation decodes it; decoding it here too cost 0.15 s a page
                return [RawPage(path.name, 0, str(path), as_is_dpi, None)]
            for index in range(frames):
                image.seek(index)
                image.load()  # decodes every pixel: a truncated file fails here
                frame, dpi = _normalised_frame(image)
                out = workdir / f"{prefix}-{index:04d}.png"
                _save_pil_png(frame, out, dpi)
                pages.append(RawPage(path.name, index, str(out), dpi, None))
    except Image.DecompressionBombError as exc:
        raise UnusableInput("too_large", str(exc)) from exc
    except _DECODE_ERRORS as exc:
        raise UnusableInput("truncated", f"{path.name}: {exc}") from exc
    return pages


def _intact(data: bytes, fmt: str) -> bool:
    """Whether a PNG or JPEG file is whole, judged from its structure without decoding it:
    a PNG's chunks are all there with good checksums up to IEND; a JPEG's last scan is
    followed by its end-of-image marker (a truncated file has lost it). Image data that
    is well framed but too short shows when the page preparation decodes the page, which
    then refuses it as ``truncated`` too."""
    if fmt == "JPEG":
        return data.startswith(b"\xff\xd8") and data.rfind(b"\xff\xd9") > data.rfind(b"\xff\xda")
    if fmt != "PNG":
        return False
    last = b""
    for kind, _, checksum_good in png_chunks(data):
        if not checksum_good:
            return False
        last = kind
    return last == b"IEND"


def _orientation(image: Image.Image, data: bytes) -> int:
    """The EXIF orientation tag (1 = stored upright), read without decoding the pixels.

    Pillow's ``getexif()`` decodes a whole PNG to look for an eXIf chunk after its image
    data, so a PNG's chunks are walked here instead."""
    if image.format != "PNG":
        return int(image.getexif().get(0x0112, 1))
    for kind, body, _ in png_chunks(data):
        if kind == b"eXIf":
            exif = Image.Exif()
            exif.load(body)
            return int(exif.get(0x0112, 1))
    return 1


def _dpi_if_usable_as_is(image: Image.Image, path: Path) -> int | None:
    """The page's DPI if the page preparation can read the file itself (no copy to
    write), else None.

    A whole single PNG or JPEG page in a plain mode, stored upright, with square pixels:
    OpenCV decodes it to the same grey page that a normalised copy would give. Re-encoding
    such a page cost more CPU than everything else the intake does for it in the main
    process, and nothing here decodes its pixels.
    """
    if image.format not in ("PNG", "JPEG") or image.mode not in ("1", "L", "RGB"):
        return None
    data = path.read_bytes()
    if not _intact(data, image.format) or _orientation(image, data) != 1:
        return None  # a truncated file fails to decode below; a turned photo is copied
    dpis = _frame_dpi(image)
    if dpis is None:
        return DEFAULT_DPI
    return round(dpis[0]) if abs(dpis[0] - dpis[1]) <= 1 else None


def _frame_dpi(image: Image.Image) -> tuple[float, float] | None:
    raw = image.info.get("dpi")
    try:
        x, y = float(raw[0]), float(raw[1])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None
    if min(x, y) < _MIN_PLAUSIBLE_DPI or max(x, y) > _MAX_PLAUSIBLE_DPI:
        return None
    if max(image.width / x, image.height / y) > _MAX_PLAUSIBLE_PAGE_INCHES:
        return None  # e.g. a 300-dpi scan tagged with a 72-dpi software default
    return x, y


def _normalised_frame(image: Image.Image) -> tuple[Image.Image, int]:
    """Upright, square-pixel, 8-bit (or 1-bit) copy of the current frame and its DPI."""
    dpis = _frame_dpi(image)
    frame = ImageOps.exif_transpose(image)  # phone photos and some TIFFs are stored turned
    frame = _to_saveable_mode(frame)
    if frame.mode == "RGB":
        frame = Image.fromarray(_maybe_gray(np.asarray(frame), bgr=False))
    if dpis is None:
        return frame, DEFAULT_DPI
    x_dpi, y_dpi = dpis
    if abs(x_dpi - y_dpi) > 1:  # fax "standard" mode is 204x98 dpi: make pixels square
        dpi = max(x_dpi, y_dpi)
        size = (round(frame.width * dpi / x_dpi), round(frame.height * dpi / y_dpi))
        frame = frame.resize(size, Image.Resampling.NEAREST)
        return frame, round(dpi)
    return frame, round(x_dpi)


def _to_saveable_mode(frame: Image.Image) -> Image.Image:
    mode = frame.mode
    if mode in ("1", "L", "RGB"):
        return frame
    if mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        array = np.asarray(frame, dtype=np.float64)
        top = float(array.max()) or 1.0
        return Image.fromarray(np.clip(array * (255.0 / top), 0, 255).astype(np.uint8))
    if mode == "P" and "transparency" not in frame.info:
        return frame.convert("RGB")
    if mode in ("LA", "La", "PA", "P", "RGBA", "RGBa"):
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return frame.convert("RGB")  # CMYK, YCbCr, LAB, ...


def _maybe_gray(pixels: np.ndarray, *, bgr: bool) -> np.ndarray:
    """Drop colour channels when the page has no colour (most letters): 3x less to encode."""
    if pixels.ndim == 2:
        return pixels
    pixels = pixels[:, :, :3]
    small = pixels[::8, ::8].astype(np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    if int(np.percentile(spread, 99.9)) <= 12:
        return np.ascontiguousarray(pixels[:, :, 1])  # green: closest to luminance
    return np.ascontiguousarray(pixels[:, :, ::-1]) if bgr else pixels  # to RGB


def _save_pil_png(image: Image.Image, out: Path, dpi: int) -> None:
    # compress_level 1: several times faster than the default 6 for ~15% bigger files.
    image.save(out, format="PNG", dpi=(dpi, dpi), compress_level=1)

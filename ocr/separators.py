"""Batch splitting: separator sheets with a QR code, blank pages, or no splitting at all.

A clerk scanning a pile of letters in one go puts a separator sheet (printed from
:func:`write_separator_sheets`) in front of each letter, or a blank sheet between letters.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from ocr.types import PreparedPage

log = logging.getLogger(__name__)

SEPARATOR_PAYLOAD = "MAILROOM-SEPARATOR"
SPLIT_MODES = ("none", "blank", "barcode")
CAPTION = "Разделитель писем — Mailroom"
CAPTION_FALLBACK = "Letter separator - Mailroom"  # when no Cyrillic font is installed
HINT = "Положите этот лист перед каждым письмом пачки"

# Fonts with Cyrillic glyphs, tried in order; the first one found is embedded in the PDF.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")  # searched when no candidate exists
_QR_SIDE_MM = 110.0
# (detector, long side of the copy searched): cheap first; the last one only runs when an
# earlier one saw a QR-like pattern but could not decode it.
_DETECT_LONG_SIDES = (
    ("QRCodeDetectorAruco", 500),
    ("QRCodeDetector", 700),
    ("QRCodeDetectorAruco", 1400),
)


def find_cyrillic_font() -> Path | None:
    """The first installed TrueType font from :data:`FONT_CANDIDATES`, if any."""
    for candidate in FONT_CANDIDATES:
        path = Path(candidate)
        if path.is_file():
            return path
    for folder in FONT_DIRS:
        root = Path(folder)
        if root.is_dir():
            for name in ("DejaVuSans.ttf", "LiberationSans-Regular.ttf"):
                found = next(root.rglob(name), None)
                if found is not None:
                    return found
    return None


def qr_modules(payload: str = SEPARATOR_PAYLOAD) -> np.ndarray:
    """The QR code as a boolean matrix, True for dark modules (quiet zone trimmed)."""
    matrix = cv2.QRCodeEncoder.create().encode(payload)
    dark = np.asarray(matrix) < 128
    rows = np.flatnonzero(dark.any(axis=1))
    cols = np.flatnonzero(dark.any(axis=0))
    return dark[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def write_separator_sheets(out_pdf: Path, count: int = 1) -> None:
    """Write ``count`` identical A4 separator sheets: a big QR code and a caption."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if count < 1:
        raise ValueError("count must be at least 1")
    font_name, caption, hint = "Helvetica", CAPTION_FALLBACK, None
    font_path = find_cyrillic_font()
    if font_path is not None:
        try:
            pdfmetrics.registerFont(TTFont("MailroomSeparatorSans", str(font_path)))
            font_name, caption, hint = "MailroomSeparatorSans", CAPTION, HINT
        except Exception as exc:  # a broken or unsupported font file: fall back, don't fail
            log.warning("cannot use font %s for separator sheets: %s", font_path, exc)
    modules = qr_modules()
    side = _QR_SIDE_MM * mm
    cell = side / modules.shape[0]
    page_w, page_h = A4
    left = (page_w - side) / 2
    top = page_h - 45 * mm
    pdf = canvas.Canvas(str(out_pdf), pagesize=A4)
    pdf.setTitle(caption)
    for _ in range(count):
        pdf.setFillColorRGB(0, 0, 0)
        for row, col in zip(*np.nonzero(modules), strict=True):
            # Slight overlap so anti-aliased renderers leave no hairlines between modules.
            x = left + col * cell
            y = top - (row + 1) * cell
            pdf.rect(x, y, cell + 0.2, cell + 0.2, stroke=0, fill=1)
        pdf.setFont(font_name, 26)
        pdf.drawCentredString(page_w / 2, top - side - 25 * mm, caption)
        if hint:
            pdf.setFont(font_name, 14)
            pdf.drawCentredString(page_w / 2, top - side - 38 * mm, hint)
        pdf.showPage()
    pdf.save()


def detect_separator(gray: np.ndarray) -> str | None:
    """Payload of a Mailroom separator QR code on the page, or None.

    Only payloads starting with :data:`SEPARATOR_PAYLOAD` count: other QR codes (e.g. the
    payment code on a utility bill) are ignored. The separator's code is huge, so small
    copies suffice; two different OpenCV detectors are tried because each one misses the
    code at some scales (measured: ArUco-based 42/42, classic 41/42 on rendered sheets).
    """
    if gray.ndim != 2 or min(gray.shape) < 21:
        return None
    found_something = False
    last = len(_DETECT_LONG_SIDES) - 1
    for position, (detector, long_side) in enumerate(_detectors()):
        if position == last and not found_something:
            break
        scale = min(1.0, long_side / max(gray.shape))
        image = gray
        if scale < 1.0:
            image = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        try:
            payload, points, _ = detector.detectAndDecode(image)
        except cv2.error as exc:  # rare decoder failures on odd inputs
            log.debug("QR detector failed: %s", exc)
            continue
        if payload:
            return payload if payload.startswith(SEPARATOR_PAYLOAD) else None
        found_something = found_something or points is not None
    return None


def _detectors() -> list[tuple[cv2.QRCodeDetector, int]]:
    made = []
    for kind, long_side in _DETECT_LONG_SIDES:
        factory = getattr(cv2, kind, None) or cv2.QRCodeDetector
        made.append((factory(), long_side))
    return made


def split_batch(pages: Sequence[PreparedPage], mode: str) -> list[list[int]]:
    """Group page indices into letters.

    * ``none``: all pages form one letter;
    * ``blank``: blank pages separate letters and are dropped; runs of blanks make no
      empty letters;
    * ``barcode``: separator sheets (:data:`SEPARATOR_PAYLOAD`) start a new letter and are
      dropped, together with a blank page right after one (its back side in duplex scans);
      letters made only of blank pages are dropped.
    """
    if mode not in SPLIT_MODES:
        raise ValueError(f"unknown split mode {mode!r}; expected one of {SPLIT_MODES}")
    if mode == "none":
        return [list(range(len(pages)))] if pages else []
    groups: list[list[int]] = [[]]
    after_separator = False
    for index, page in enumerate(pages):
        if mode == "blank":
            if page.is_blank:
                groups.append([])
            else:
                groups[-1].append(index)
            continue
        if page.separator_code == SEPARATOR_PAYLOAD:
            groups.append([])
            after_separator = True
            continue
        if not (page.is_blank and after_separator):
            groups[-1].append(index)
        after_separator = False
    return [g for g in groups if g and not all(pages[i].is_blank for i in g)]

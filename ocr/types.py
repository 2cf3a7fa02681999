"""Plain data types shared by the OCR stages and by ``letters``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a page image, in pixels of the prepared page image."""

    page: int  # 0-based page index within the letter
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word with its tesseract confidence (0..100)."""

    text: str
    conf: float
    box: Box
    line_key: tuple[int, int, int] = (0, 0, 0)  # (block, paragraph, line) from tesseract


@dataclass(slots=True)
class RawPage:
    """A page as read from the input file, before preparation.

    ``image_path`` is an image file on disk; with ``pdf_page`` it is the PDF itself, and
    page ``index_in_source`` is rendered at ``dpi`` by the page preparation (in the OCR
    worker: rendering every page of a scanner batch in the intake left the workers idle).
    ``text_layer`` is the embedded PDF text when it is good enough to skip OCR.
    """

    source_name: str
    index_in_source: int
    image_path: str
    dpi: int
    text_layer: str | None = None
    pdf_page: bool = False


@dataclass(slots=True)
class PreparedPage:
    """A page after orientation, deskew, cleanup and binarisation."""

    image_path: str  # the cleaned, binarised image handed to tesseract
    rotation: int  # 0, 90, 180 or 270 degrees applied clockwise to upright it
    deskew_angle: float  # degrees applied to straighten it
    width: int
    height: int
    is_blank: bool = False
    separator_code: str | None = None  # payload of a separator-sheet QR code, if any
    dpi: int = 300  # resolution of image_path (scans above 400 dpi are brought to 300)
    flip_pending: bool = False  # upright vs upside down left to the OCR's confidence
    ocr_scale: float = 1.0  # tesseract reads a copy this much smaller (big print)


@dataclass(slots=True)
class PageText:
    """What the OCR read on one page."""

    text: str
    words: list[Word]
    mean_conf: float
    pdf: bytes | None = None  # single-page searchable PDF: the page image under the words


@dataclass(frozen=True, slots=True)
class Field:
    """One extracted value with its confidence (0..1) and where it came from."""

    name: str
    value: str
    confidence: float
    box: Box | None = None
    raw: str = ""  # the text as written on the page, when ``value`` is normalised


@dataclass(slots=True)
class MeterReading:
    meter_no: str | None
    value: str
    taken_on: str | None  # ISO date
    confidence: float
    box: Box | None = None
    zone: str | None = None  # tariff zone: "T1" (day), "T2" (night), "T3"; None for single-rate


@dataclass(slots=True)
class ExtractedFields:
    """Everything ``ocr.fields.extract`` finds in a letter's text."""

    name: Field | None = None
    address: Field | None = None
    postal_code: Field | None = None
    phone: Field | None = None
    email: Field | None = None
    account: Field | None = None
    letter_date: Field | None = None
    sender_ref: Field | None = None  # the sender's own outgoing number
    readings: list[MeterReading] = field(default_factory=list)
    meter: Field | None = None  # the meter (прибор учёта) number, also when no reading is given

    def as_list(self) -> list[Field]:
        found = [
            self.name,
            self.address,
            self.postal_code,
            self.phone,
            self.email,
            self.account,
            self.letter_date,
            self.sender_ref,
            self.meter,
        ]
        return [f for f in found if f is not None]


class UnusableInput(Exception):
    """An input file that cannot be turned into pages; goes to quarantine.

    ``code`` is a stable machine name (``empty``, ``truncated``, ``encrypted``,
    ``too_large``, ``too_small``, ``unsupported``, ``wrong_extension``; the intake adds
    ``unreadable``, ``broken_link``, ``not_a_file``, ``too_many_pages``); ``detail`` is English
    technical detail. The user-facing message is built from ``code`` by the
    front end in the user's language.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

    def __reduce__(self) -> tuple[type[UnusableInput], tuple[str, str]]:
        # raised in a worker process: it must cross back with its code intact
        return (type(self), (self.code, self.detail))

"""Field extraction: sender, address, phone, e-mail, account, dates and meter readings.

``extract`` works on OCR pages (text, word boxes and confidences); ``extract_from_text`` on
plain text such as a PDF text layer or an e-mail body. Both run the same rule-based patterns
(``ocr.fields_*``) over one string and then fold in the OCR confidence of the words each
value was read from:

    confidence = pattern strength × (0.3 + 0.7 × OCR quality of those words)

where OCR quality is half the weakest word's confidence and half the mean. A field's box is
the union of its words' boxes on the page holding most of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ocr.fields_address import find_address, find_postal_code
from ocr.fields_contacts import (
    find_account_unmarked,
    find_accounts_marked,
    find_email,
    find_phones,
)
from ocr.fields_dates import DateMention, find_dates, find_meters, find_readings, find_sender_ref
from ocr.fields_names import find_sender_name
from ocr.fields_text import Doc, Hit, doc_from_pages, doc_from_text
from ocr.types import ExtractedFields, Field, MeterReading, PageText

__all__ = ["extract", "extract_from_doc", "extract_from_text"]

_DATE_MARKER_RE = re.compile(r"дата(?:\s+(?:письма|обращения|заявления))?\s*[:\-–]?\s*$", re.I)


def _field(doc: Doc, name: str, hit: Hit | None) -> Field | None:
    if hit is None:
        return None
    ocr = min(doc.ocr_quality(s, e) for s, e in hit.spans)
    confidence = round(max(0.0, min(1.0, hit.strength * (0.3 + 0.7 * ocr))), 3)
    return Field(name, hit.value, confidence, doc.box_of(hit.spans), hit.raw)


def _letter_date(text: str, dates: list[DateMention], ref_date: DateMention | None) -> Hit | None:
    """The letter's own date: from «исх. № … от», «Дата:», or a date standing on its own
    line in the header or by the signature; otherwise the latest date, with low confidence."""
    if ref_date is not None:
        return Hit(ref_date.iso, 0.9, ((ref_date.start, ref_date.end),), ref_date.raw)
    n = max(len(text), 1)
    standalone: list[tuple[float, DateMention]] = []
    for d in dates:
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : d.start]
        if _DATE_MARKER_RE.search(before):
            return Hit(d.iso, 0.9, ((d.start, d.end),), d.raw)
        rest = re.sub(r"[\s_/.,()«»\"-]+", " ", before + " " + text[d.end : line_end]).split()
        at_edge = d.start < 0.3 * n or d.start > 0.6 * n
        if at_edge and len(rest) <= 4 and not re.search(r"(?i)\b(?:с|по|на|до)$", before.strip()):
            standalone.append((0.8 if d.start > 0.6 * n else 0.75, d))
    if standalone:
        # The signature-area date wins over a header date; the later one within an area.
        strength, d = max(standalone, key=lambda t: (t[0], t[1].start))
        return Hit(d.iso, strength, ((d.start, d.end),), d.raw)
    if dates:
        d = max(dates, key=lambda x: (x.iso, x.start))
        return Hit(d.iso, 0.35, ((d.start, d.end),), d.raw)
    return None


def extract_from_doc(doc: Doc) -> ExtractedFields:
    """Run every pattern over a prepared ``Doc``."""
    text = doc.text
    out = ExtractedFields()

    accounts = find_accounts_marked(text)
    phones = find_phones(text, blocked=accounts)
    account = accounts[0] if accounts else None
    email = find_email(text)
    dates = find_dates(text)
    ref, ref_date = find_sender_ref(text, dates)
    address = find_address(text)
    postal = find_postal_code(text, address)

    blocked: list[Hit] = [*accounts, *phones]
    if postal is not None:
        blocked.append(postal)
    if ref is not None:
        blocked.append(ref)
    if account is None:
        account = find_account_unmarked(text, blocked=blocked)
        if account is not None:
            blocked.append(account)

    out.name = _field(doc, "name", find_sender_name(text))
    out.address = _field(doc, "address", address)
    out.postal_code = _field(doc, "postal_code", postal)
    out.phone = _field(doc, "phone", phones[0] if phones else None)
    out.email = _field(doc, "email", email)
    out.account = _field(doc, "account", account)
    out.letter_date = _field(doc, "letter_date", _letter_date(text, dates, ref_date))
    out.sender_ref = _field(doc, "sender_ref", ref)

    meters = find_meters(text)
    out.meter = _field(doc, "meter", meters[0] if meters else None)
    spans = [s for h in blocked for s in h.spans]
    for r in find_readings(text, dates, meters, spans):
        ocr = doc.ocr_quality(*r.span)
        out.readings.append(
            MeterReading(
                meter_no=r.meter_no,
                value=r.value,
                taken_on=r.taken_on,
                confidence=round(r.strength * (0.3 + 0.7 * ocr), 3),
                box=doc.box_of([r.span]),
                zone=r.zone,
            )
        )
    return out


def extract(pages: Sequence[PageText]) -> ExtractedFields:
    """Fields of a letter from its OCR pages, with confidences and boxes."""
    return extract_from_doc(doc_from_pages(pages))


def extract_from_text(text: str) -> ExtractedFields:
    """Fields from plain text (no boxes; OCR quality taken as perfect)."""
    return extract_from_doc(doc_from_text(text))

"""Turn a letter's recognised pages into a registration draft: fields, topic and link."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from letters.classify import Classification
from letters.eml import ParsedMail
from letters.linking import LinkDecision
from ocr.types import Box, ExtractedFields, Field, PageText, Word

# A field below this confidence is shown highlighted to the clerk.
REVIEW_CONFIDENCE = 0.8
# The request's verb; its sentence is cut out around it by plain searching, because a
# pattern that also matched the sentence was quadratic on long text without full stops.
_REQUEST = re.compile(
    r"\b(прошу|просим|требую|сообщаю|передаю|направляю|жалуюсь|обращаюсь)\b",
    re.IGNORECASE,
)


def renumber_page(text: PageText, page_index: int) -> PageText:
    """The same recognised page, with word boxes pointing at its index in the letter."""
    words = [
        Word(w.text, w.conf, dataclasses.replace(w.box, page=page_index), w.line_key)
        for w in text.words
    ]
    return PageText(text.text, words, text.mean_conf, text.pdf)


def box_list(box: Box | None) -> list[int] | None:
    return None if box is None else [box.page, box.x, box.y, box.w, box.h]


def field_record(f: Field | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"value": f.value, "confidence": round(f.confidence, 3), "box": box_list(f.box)}


def captured_record(fields: ExtractedFields, topic: Classification) -> dict[str, Any]:
    return {
        "name": field_record(fields.name),
        "address": field_record(fields.address),
        "postal_code": field_record(fields.postal_code),
        "phone": field_record(fields.phone),
        "email": field_record(fields.email),
        "account": field_record(fields.account),
        "letter_date": field_record(fields.letter_date),
        "sender_ref": field_record(fields.sender_ref),
        "readings": [
            {
                "meter_no": r.meter_no,
                "value": r.value,
                "taken_on": r.taken_on,
                "confidence": round(r.confidence, 3),
                "box": box_list(r.box),
            }
            for r in fields.readings
        ],
        "category": {
            "code": topic.code,
            "confidence": round(topic.confidence, 3),
            "matched": list(topic.matched),
        },
    }


def summary_of(text: str, limit: int = 240) -> str:
    """The sentence that carries the request, or the start of the text."""
    flat = " ".join(text.split())
    match = _REQUEST.search(flat)
    summary = flat
    if match:
        start = max(flat.rfind(mark, 0, match.start()) for mark in ".!?") + 1
        ends = [i for i in (flat.find(mark, match.end()) for mark in ".!?") if i >= 0]
        summary = flat[start : min(ends) + 1 if ends else len(flat)]
    summary = summary.strip()
    return summary if len(summary) <= limit else summary[: limit - 1].rstrip() + "…"


def needs_review(fields: ExtractedFields, topic: Classification, link: LinkDecision) -> bool:
    """Verification by exception: only a confident link, topic and fields pass unseen."""
    if link.status != "auto" or topic.needs_review:
        return True
    key = [fields.name, fields.account]
    return any(f is None or f.confidence < REVIEW_CONFIDENCE for f in key)


def iso_date(f: Field | None) -> dt.date | None:
    if f is None:
        return None
    try:
        return dt.date.fromisoformat(f.value)
    except ValueError:
        return None


def candidates_record(link: LinkDecision) -> list[dict[str, Any]]:
    return [
        {
            "account": c.account,
            "score": round(c.score, 4),
            "method": c.method,
            "reasons": list(c.reasons),
        }
        for c in link.candidates
    ]


def join_text(pages: Sequence[PageText]) -> str:
    return "\n\f\n".join(p.text.strip() for p in pages)


def apply_mail_headers(fields: ExtractedFields, mail: ParsedMail) -> None:
    """The From header is the sender's e-mail for sure; its display name is a fallback."""
    if mail.sender_email:
        fields.email = Field("email", mail.sender_email.lower(), 0.99, None)
    if fields.name is None and mail.sender_name:
        fields.name = Field("name", mail.sender_name, 0.6, None)

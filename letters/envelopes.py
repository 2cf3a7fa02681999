"""Envelopes for the outgoing post (DL, C5, C4), one page per envelope, for batch printing.

The sender (the company) goes top left, the recipient bottom right, in Russia Post line
order (DOMAIN.md §8): name; street, house, flat; locality; district; region; country if
abroad; postal index.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from letters.actors import Actor
from letters.outgoing import OutgoingItem, outgoing_for_day, post_settings
from letters.permissions import require
from letters.replies import Letterhead, load_letterhead
from letters.reply_pdf import register_fonts
from letters.reply_text import postal_address_lines


@dataclass(frozen=True, slots=True)
class EnvelopeFormat:
    code: str
    width_mm: float
    height_mm: float
    font_size: float
    recipient_width_mm: float


FORMATS = {
    "DL": EnvelopeFormat("DL", 220, 110, 11, 100),
    "C5": EnvelopeFormat("C5", 229, 162, 12, 105),
    "C4": EnvelopeFormat("C4", 324, 229, 14, 130),
}
MARGIN = 10 * mm


@dataclass(frozen=True, slots=True)
class Envelope:
    """What one envelope carries; the lines are already in postal order."""

    sender_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    reg_no: str = ""
    mark: str = ""  # «Заказное», printed small at the top right


def sender_lines(head: Letterhead) -> tuple[str, ...]:
    return (head.short_name or head.name, *postal_address_lines(head.postal_address))


def recipient_lines(name: str, address: str, postal_code: str) -> tuple[str, ...]:
    return (name, *postal_address_lines(address, postal_code))


def envelope_for(item: OutgoingItem, head: Letterhead, post: dict[str, Any]) -> Envelope:
    kind = post["mail_types"].get(item.mail_type, {})
    mark = str(kind.get("category", "")) if kind.get("form103") else ""
    return Envelope(
        sender_lines(head),
        recipient_lines(item.addressee_name, item.address, item.postal_code),
        item.reg_no,
        mark,
    )


def _wrapped(lines: tuple[str, ...], font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for line in lines:
        out += simpleSplit(line, font, size, width) or [""]
    return out


def _draw(canvas: Canvas, envelope: Envelope, fmt: EnvelopeFormat) -> None:
    fonts = register_fonts()
    w, h = fmt.width_mm * mm, fmt.height_mm * mm
    size = fmt.font_size
    small = size - 2
    # Sender: top left, with the Russian labels of a printed envelope.
    y = h - MARGIN - small
    sender_w = w / 2 - 2 * MARGIN
    canvas.setFont(fonts.regular, small - 1)
    canvas.drawString(MARGIN, y, "От кого")
    y -= small * 1.2
    for i, line in enumerate(_wrapped(envelope.sender_lines, fonts.regular, small, sender_w)):
        canvas.setFont(fonts.bold if i == 0 else fonts.regular, small)
        canvas.drawString(MARGIN, y, line)
        y -= small * 1.2
    if envelope.reg_no:
        canvas.setFont(fonts.regular, small - 2)
        canvas.drawString(MARGIN, y - 2, f"Исх. № {envelope.reg_no}")
    if envelope.mark:
        canvas.setFont(fonts.bold, small)
        canvas.drawRightString(w - MARGIN, h - MARGIN - small, envelope.mark)
    # Recipient: bottom right; the index last, larger, as Russia Post reads it.
    box_w = fmt.recipient_width_mm * mm
    x = w - MARGIN - box_w
    body, index = envelope.recipient_lines, ""
    if re.fullmatch(r"\d{6}", body[-1]):
        body, index = body[:-1], body[-1]
    lines = _wrapped(tuple(body), fonts.regular, size, box_w)
    leading = size * 1.3
    y = MARGIN + size * 1.6 + leading * len(lines)
    canvas.setFont(fonts.regular, small - 1)
    canvas.drawString(x, y + 2, "Кому")
    for i, line in enumerate(lines):
        y -= leading
        canvas.setFont(fonts.bold if i == 0 else fonts.regular, size)
        canvas.drawString(x, y, line)
    canvas.setFont(fonts.bold, size + 3)
    canvas.drawString(x, MARGIN, index)


def render_envelopes(envelopes: list[Envelope], fmt: str = "DL") -> bytes:
    """One page per envelope, the page being the envelope (landscape)."""
    spec = FORMATS[fmt.upper()]
    out = io.BytesIO()
    canvas = Canvas(
        out,
        pagesize=(spec.width_mm * mm, spec.height_mm * mm),
        invariant=True,
        initialFontName=register_fonts().regular,
    )
    canvas.setTitle(f"Конверты {spec.code}")
    for envelope in envelopes:
        _draw(canvas, envelope, spec)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def envelopes_for_day(session: Session, day: dt.date, *, actor: Actor) -> list[Envelope]:
    """Envelopes for the replies sent by post on ``day`` (not e-mail or by hand)."""
    require(actor, "reply.dispatch")
    post = post_settings()
    by_post = {code for code, spec in post["mail_types"].items() if spec.get("envelope")}
    head = load_letterhead(session)
    return [envelope_for(item, head, post) for item in outgoing_for_day(session, day, by_post)]

"""A consumer's whole correspondence as one PDF: a cover with the inventory, then every
appeal's pages (the page images as scanned and cleaned; a text page for phone and internet
appeals) followed by the replies to it exactly as archived."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Consumer, Letter, Page, StoredFile
from db.store import FileStore
from letters.actors import Actor
from letters.history import MERGED, consumer_history
from letters.journals import CHANNELS_RU, _local_day, pdf_fonts
from letters.outgoing import archive_pdf, replies_to_letter
from letters.permissions import require


class BundleError(Exception):
    """``code``: unknown_account, nothing."""

    def __init__(self, code: str, account: str) -> None:
        super().__init__(f"{code}: {account}")
        self.code = code
        self.account = account


@dataclass(frozen=True, slots=True)
class BundleReport:
    pdf: bytes
    letters: int
    replies: int
    pages: int


def _cover(
    consumer: Consumer, lines: list[tuple[str, str, str, str]], font: str, bold: str
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm)
    h = ParagraphStyle("h", fontName=bold, fontSize=13, leading=16, spaceAfter=6)
    p = ParagraphStyle("p", fontName=font, fontSize=9, leading=11)
    cell = ParagraphStyle("c", fontName=font, fontSize=8, leading=10)
    rows = [["Рег. номер", "Дата", "Вид", "Содержание"]]
    rows += [[a, b, c, Paragraph(d, cell)] for a, b, c, d in lines]
    table = Table(rows, colWidths=[38 * mm, 22 * mm, 32 * mm, 83 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 8),
                ("FONT", (0, 0), (-1, 0), bold, 8),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
            ]
        )
    )
    story = [
        Paragraph("Переписка с потребителем", h),
        Paragraph(f"Лицевой счёт: {consumer.account}", p),
        Paragraph(f"Потребитель: {consumer.full_name}", p),
        Paragraph(f"Адрес: {consumer.address}", p),
        Paragraph(f"Сформировано: {dt.date.today():%d.%m.%Y}", p),
        Spacer(1, 5 * mm),
        table,
    ]
    doc.build(story)
    return out.getvalue()


def _page_pdf(image: bytes) -> bytes:
    """One A4 page with the page image fitted inside."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.open(io.BytesIO(image))
    width, height = A4
    scale = min((width - 20) / picture.width, (height - 20) / picture.height)
    w, h = picture.width * scale, picture.height * scale
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawImage(ImageReader(picture), (width - w) / 2, (height - h) / 2, w, h)
    page.showPage()
    page.save()
    return out.getvalue()


def _text_pdf(letter: Letter, font: str, bold: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    h = ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceAfter=6)
    p = ParagraphStyle("p", fontName=font, fontSize=10, leading=13)
    channel = CHANNELS_RU.get(letter.channel, letter.channel)
    body = (letter.full_text or letter.summary or "").replace("\n", "<br/>")
    SimpleDocTemplate(out, pagesize=A4).build(
        [
            Paragraph(f"{letter.reg_no} от {_local_day(letter.registered_at):%d.%m.%Y}", h),
            Paragraph(f"Канал: {channel}. Заявитель: {letter.sender_name}", p),
            Paragraph(body, p),
        ]
    )
    return out.getvalue()


def consumer_bundle(
    session: Session, store: FileStore, account: str, *, actor: Actor
) -> BundleReport:
    """Everything ``actor`` may see of the consumer's correspondence, oldest first."""
    import pypdfium2 as pdfium

    require(actor, "letter.export")
    history = consumer_history(session, account, actor=actor)
    consumer = session.scalar(select(Consumer).where(Consumer.account == account))
    if consumer is None:
        raise BundleError("unknown_account", account)
    appeals = sorted(history.appeals, key=lambda a: (a.registered_at, a.letter_id))
    if not appeals:
        raise BundleError("nothing", account)
    font, bold = pdf_fonts()
    parts: list[bytes] = []
    inventory: list[tuple[str, str, str, str]] = []
    replies_total = 0
    seen_replies: set[int] = set()
    for appeal in appeals:
        letter = session.get(Letter, appeal.letter_id)
        if letter is None or letter.status == MERGED:
            continue
        channel = CHANNELS_RU.get(letter.channel, letter.channel)
        day = f"{_local_day(letter.registered_at):%d.%m.%Y}"
        inventory.append((letter.reg_no, day, f"входящее, {channel.lower()}", letter.summary))
        pages = session.scalars(
            select(Page).where(Page.letter_id == letter.id).order_by(Page.index)
        ).all()
        images = [session.get(StoredFile, p.image_file_id) for p in pages if p.image_file_id]
        if images:
            parts += [_page_pdf(store.read_bytes(f.rel_path)) for f in images if f is not None]
        else:
            parts.append(_text_pdf(letter, font, bold))
        for reply in replies_to_letter(session, letter.id, actor=actor):
            if reply.id in seen_replies:  # one reply answering several letters: once
                continue
            seen_replies.add(reply.id)
            replies_total += 1
            parts.append(archive_pdf(session, store, reply.id, actor=actor))
            inventory.append(
                (reply.reg_no, f"{reply.reg_date:%d.%m.%Y}", "исходящее (ответ)", reply.title)
            )
    bundle = pdfium.PdfDocument.new()
    try:
        for data in [_cover(consumer, inventory, font, bold), *parts]:
            part = pdfium.PdfDocument(data)
            bundle.import_pages(part)
            part.close()
        out = io.BytesIO()
        bundle.save(out)
        pages_total = len(bundle)
    finally:
        bundle.close()
    return BundleReport(out.getvalue(), len(inventory) - replies_total, replies_total, pages_total)

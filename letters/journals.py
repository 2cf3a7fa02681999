"""Registration journals for a period: landscape PDF with page numbers, and XLSX.

A journal lists the letters of one journal direction (incoming, outgoing), optionally of
one channel, registered in a period, in registration order. The documents are Russian
office documents, so their headings and labels are Russian here, not translated. The PDF
embeds a Cyrillic TrueType font (Liberation Serif, DejaVu Serif, or Times New Roman on
Windows). The outgoing replies of the replies area can be listed with the same layout by
building ``JournalRow`` values and calling ``journal_pdf``/``journal_xlsx``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Consumer, Journal, Letter
from letters.actors import Actor
from letters.permissions import require, scope_clause

FONT_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    ),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    ),
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    ),
    ("C:/Windows/Fonts/times.ttf", "C:/Windows/Fonts/timesbd.ttf"),
)
CHANNELS_RU = {
    "post": "Почта",
    "phone": "Телефон",
    "internet": "Интернет-приёмная",
    "email": "Эл. почта",
    "in_person": "Личный приём",
}
STATUSES_RU = {
    "registered": "Зарегистрировано",
    "on_resolution": "На резолюции",
    "in_progress": "На исполнении",
    "reply_prepared": "Ответ подготовлен",
    "reply_sent": "Ответ отправлен",
    "done": "Исполнено",
    "forwarded": "Переадресовано",
    "no_answer": "Без ответа",
    "withdrawn": "Отозвано",
    "merged": "Объединено",
    "destroyed": "Уничтожено по акту",
}
DIRECTIONS_RU = {"incoming": "входящих", "outgoing": "исходящих"}


class FontMissing(Exception):
    """No Cyrillic TrueType font found: install fonts-liberation (or DejaVu)."""


@cache
def pdf_fonts() -> tuple[str, str]:
    """Register and return the names of the regular and bold Cyrillic fonts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            pdfmetrics.registerFont(TTFont("MailroomSerif", regular))
            pdfmetrics.registerFont(TTFont("MailroomSerif-Bold", bold))
            return "MailroomSerif", "MailroomSerif-Bold"
    raise FontMissing(", ".join(r for r, _ in FONT_CANDIDATES))


def numbered_canvas(font: str, header: str = "") -> Any:
    """A reportlab canvas class that prints «стр. N из M» at the foot of every page."""
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(font, 8)
                self.drawCentredString(width / 2, 20, f"стр. {self._pageNumber} из {total}")
                if header:
                    self.drawString(40, 20, header)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True, slots=True)
class JournalRow:
    n: int
    reg_no: str
    registered_on: dt.date
    received_on: dt.date | None
    channel: str
    correspondent: str  # name and address
    account: str
    category: str
    summary: str
    due_on: dt.date | None
    status: str


def _local_day(value: dt.datetime) -> dt.date:
    aware = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
    return aware.astimezone().date()


def _period_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(first, dt.time.min).astimezone().astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min).astimezone()
    return start, end.astimezone(dt.UTC)


def journal_rows(
    session: Session,
    direction: str,
    first: dt.date,
    last: dt.date,
    channel: str | None = None,
    *,
    actor: Actor,
) -> list[JournalRow]:
    """Letters of journals of ``direction`` registered from ``first`` to ``last``."""
    from letters.classify import load_rules

    require(actor, "journal.print")
    categories = {r.code: r.label_ru for r in load_rules()}
    start, end = _period_bounds(first, last)
    stmt = (
        select(Letter, Consumer.account)
        .join(Journal, Journal.code == Letter.journal)
        .outerjoin(Consumer, Consumer.id == Letter.consumer_id)
        .where(
            Journal.direction == direction,
            Letter.registered_at >= start,
            Letter.registered_at < end,
            scope_clause(actor),
        )
        .order_by(Letter.registered_at, Letter.id)
    )
    if channel:
        stmt = stmt.where(Letter.channel == channel)
    rows = []
    for n, (letter, account) in enumerate(session.execute(stmt), start=1):
        who = ", ".join(p for p in (letter.sender_name, letter.sender_address) if p)
        rows.append(
            JournalRow(
                n=n,
                reg_no=letter.reg_no,
                registered_on=_local_day(letter.registered_at),
                received_on=letter.received_on,
                channel=CHANNELS_RU.get(letter.channel, letter.channel),
                correspondent=who,
                account=account or letter.account_captured,
                category=categories.get(letter.category, letter.category),
                summary=letter.summary,
                due_on=letter.due_on,
                status=STATUSES_RU.get(letter.status, letter.status),
            )
        )
    return rows


HEADERS = (
    "№ п/п",
    "Рег. номер",
    "Дата рег.",
    "Дата поступл.",
    "Канал",
    "Корреспондент (ФИО, адрес)",
    "Лицевой счёт",
    "Тема",
    "Краткое содержание",
    "Срок",
    "Состояние",
)


def _d(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _cells(row: JournalRow) -> list[str]:
    return [
        str(row.n),
        row.reg_no,
        _d(row.registered_on),
        _d(row.received_on),
        row.channel,
        row.correspondent,
        row.account,
        row.category,
        row.summary,
        _d(row.due_on),
        row.status,
    ]


def journal_title(direction: str, first: dt.date, last: dt.date, channel: str | None) -> str:
    what = DIRECTIONS_RU.get(direction, direction)
    title = f"Журнал регистрации {what} обращений за период с {_d(first)} по {_d(last)}"
    if channel:
        title += f" (канал: {CHANNELS_RU.get(channel, channel)})"
    return title


def journal_pdf(rows: Sequence[JournalRow], title: str, organisation: str = "") -> bytes:
    """A landscape A4 journal with a repeated header row and «стр. N из M»."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = pdf_fonts()
    cell = ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    heading = ParagraphStyle("title", fontName=bold, fontSize=12, leading=15, alignment=1)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=20 * mm,
        rightMargin=10 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=title,
    )
    data = [[Paragraph(h, head) for h in HEADERS]]
    data += [[Paragraph(_escape(c), cell) for c in _cells(r)] for r in rows]
    widths = [9, 26, 18, 18, 17, 43, 20, 28, 43, 17, 27]  # 266 of 267 mm between margins
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[Any] = []
    if organisation:
        story.append(Paragraph(_escape(organisation), cell))
    story += [Paragraph(_escape(title), heading), Spacer(1, 4 * mm), table]
    if not rows:
        story.append(Paragraph("За период записей нет.", cell))
    doc.build(story, canvasmaker=numbered_canvas(regular))
    return out.getvalue()


def journal_xlsx(rows: Sequence[JournalRow], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Журнал"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(list(HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append(
            [
                row.n,
                row.reg_no,
                row.registered_on,
                row.received_on,
                row.channel,
                row.correspondent,
                row.account,
                row.category,
                row.summary,
                row.due_on,
                row.status,
            ]
        )
    for letter, width in zip(
        "ABCDEFGHIJK", (6, 18, 12, 12, 16, 45, 14, 24, 45, 12, 18), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    for column in ("C", "D", "J"):
        for cell in sheet[column][2:]:
            cell.number_format = "DD.MM.YYYY"
    sheet.freeze_panes = "A3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

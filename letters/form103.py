"""Form 103: the mail list of a day's registered letters (DOMAIN.md §8), as a PDF to hand in
at the post office, and as CSV and XLSX for the postal operator's online service.

One list per mail type and category, numbered from 1 within the day (unique per sender per
day). Header: list number, date, mail type and category, sender, place of acceptance, who
pays; rows: sequence number, addressee and address, tracking id (ШПИ) when known, weight,
declared value. Titles and columns are data in ``templates/post.json``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from letters.actors import Actor
from letters.outgoing import outgoing_for_day, post_settings
from letters.permissions import require
from letters.replies import Letterhead, load_letterhead
from letters.reply_pdf import register_fonts
from letters.reply_text import postal_address_lines


@dataclass(frozen=True, slots=True)
class MailRow:
    no: int
    reg_no: str
    addressee: str
    postal_code: str
    address: str  # street … region, without the index
    tracking_id: str
    weight_g: int
    declared_value_kop: int
    cash_on_delivery_kop: int = 0

    def value(self, column: str, mail_list: MailList) -> Any:
        """A cell by column code (``templates/post.json``), typed for XLSX."""
        values: dict[str, Any] = {
            "no": self.no,
            "reg_no": self.reg_no,
            "addressee": self.addressee,
            "postal_code": self.postal_code,
            "address": self.address,
            "tracking_id": self.tracking_id,
            "weight_g": self.weight_g,
            "declared_value": self.declared_value_kop / 100,
            "cash_on_delivery": self.cash_on_delivery_kop / 100,
            "list_no": mail_list.number,
            "mail_kind": mail_list.kind,
            "mail_category": mail_list.category,
            "date": f"{mail_list.day:%d.%m.%Y}",
        }
        return values[column]


@dataclass(frozen=True, slots=True)
class MailList:
    number: int
    day: dt.date
    mail_type: str
    kind: str  # «Письмо»
    category: str  # «Заказное»
    rows: tuple[MailRow, ...]

    @property
    def total_weight_g(self) -> int:
        return sum(r.weight_g for r in self.rows)

    @property
    def total_value_kop(self) -> int:
        return sum(r.declared_value_kop for r in self.rows)


def mail_lists(session: Session, day: dt.date, *, actor: Actor) -> list[MailList]:
    """The day's lists: one per mail type that goes with a Form 103, in the order of
    ``templates/post.json``."""
    require(actor, "reply.dispatch")
    post = post_settings()
    lists: list[MailList] = []
    for code, spec in post["mail_types"].items():
        if not spec.get("form103"):
            continue
        items = outgoing_for_day(session, day, {code})
        if not items:
            continue
        rows = tuple(
            MailRow(
                no,
                item.reg_no,
                item.addressee_name,
                item.postal_code,
                ", ".join(postal_address_lines(item.address)),
                item.tracking_id,
                item.weight_g,
                item.declared_value_kop,
            )
            for no, item in enumerate(items, 1)
        )
        lists.append(MailList(len(lists) + 1, day, code, spec["kind"], spec["category"], rows))
    return lists


def _money(kop: int) -> str:
    return f"{kop // 100:,}".replace(",", "\u00a0") + f",{kop % 100:02d}"


def _cell_text(row: MailRow, column: str, mail_list: MailList) -> str:
    value = row.value(column, mail_list)
    if column in ("declared_value", "cash_on_delivery"):
        return _money(round(value * 100))
    return str(value)


def render_pdf(lists: list[MailList], head: Letterhead) -> bytes:
    """All lists of the day, each starting on its own landscape A4 page."""
    fonts = register_fonts()
    post = post_settings()["form103"]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=10 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title="Форма 103",
        author=head.name,
        invariant=True,
        initialFontName=fonts.regular,
    )
    base = ParagraphStyle("f103", fontName=fonts.regular, fontSize=10, leading=12)
    title = ParagraphStyle("title", base, fontName=fonts.bold, fontSize=14, leading=17, alignment=1)
    centre = ParagraphStyle("centre", base, alignment=1, fontSize=11, leading=14)
    cell = ParagraphStyle("cell", base, fontSize=9, leading=10.5)
    columns = [tuple(c) for c in post["columns"]]
    widths = {"no": 12, "addressee": 50, "address": 72, "postal_code": 16, "tracking_id": 32}
    widths |= {"weight_g": 14, "declared_value": 24, "cash_on_delivery": 22, "reg_no": 30}
    story: list[Any] = []
    for i, mail_list in enumerate(lists):
        if i:
            story.append(PageBreak())
        day = f"{mail_list.day:%d.%m.%Y}"
        story += [
            Paragraph(escape(post["title"].format(number=mail_list.number, date=day)), title),
            Paragraph(escape(post["subtitle"].format(number=mail_list.number, date=day)), centre),
            Spacer(1, 4 * mm),
        ]
        header = [
            f"Вид и категория РПО: {mail_list.kind}, {mail_list.category.lower()}",
            f"{post['sender_role']}: {head.name}, {head.postal_address or head.address}",
            f"Наименование и индекс места приёма: {post['place_of_acceptance']}",
            post["payment"],
        ]
        story += [Paragraph(escape(line), base) for line in header]
        story.append(Spacer(1, 4 * mm))
        data: list[list[Any]] = [[Paragraph(escape(label), cell) for _, label in columns]]
        for row in mail_list.rows:
            texts = [escape(_cell_text(row, c, mail_list)) for c, _ in columns]
            data.append([Paragraph(text, cell) for text in texts])
        total = f"Итого: {len(mail_list.rows)} шт., масса {mail_list.total_weight_g} г"
        total += f", объявленная ценность {_money(mail_list.total_value_kop)} руб."
        data.append([Paragraph(total, cell)] + [""] * (len(columns) - 1))
        col_widths = [widths.get(c, 20) * mm for c, _ in columns]
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
                    ("SPAN", (0, -1), (-1, -1)),
                ]
            )
        )
        story += [table, Spacer(1, 10 * mm)]
        signs = [
            ["Сдал: ____________________ / ____________________", "М. П."],
            ["Принял: ____________________ / ____________________", ""],
        ]
        sign_table = Table(signs, colWidths=[150 * mm, 40 * mm], hAlign="LEFT")
        sign_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular)]))
        story.append(sign_table)
    doc.build(story)
    return out.getvalue()


def _table_rows(lists: list[MailList]) -> tuple[list[str], list[list[Any]]]:
    columns = [tuple(c) for c in post_settings()["form103"]["upload_columns"]]
    rows = [[row.value(c, ml) for c, _ in columns] for ml in lists for row in ml.rows]
    return [label for _, label in columns], rows


def render_csv(lists: list[MailList]) -> bytes:
    """The rows for upload, in the encoding and delimiter of ``templates/post.json``."""
    post = post_settings()["form103"]
    header, rows = _table_rows(lists)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=post.get("csv_delimiter", ";"), lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([f"{v:.2f}".replace(".", ",") if isinstance(v, float) else v for v in row])
    return text.getvalue().encode(post.get("csv_encoding", "utf-8-sig"))


def render_xlsx(lists: list[MailList]) -> bytes:
    header, rows = _table_rows(lists)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Форма 103"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for letter, width in zip(
        "ABCDEFGHIJKL", (10, 6, 10, 16, 32, 9, 60, 18, 9, 12, 12, 18), strict=False
    ):
        sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def form103_for_day(session: Session, day: dt.date, fmt: str, *, actor: Actor) -> bytes:
    """``fmt``: pdf, csv or xlsx."""
    lists = mail_lists(session, day, actor=actor)
    if fmt == "pdf":
        return render_pdf(lists, load_letterhead(session))
    if fmt == "csv":
        return render_csv(lists)
    if fmt == "xlsx":
        return render_xlsx(lists)
    raise ValueError(fmt)

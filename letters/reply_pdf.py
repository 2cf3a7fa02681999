"""A reply as an official letter PDF (reportlab), in the order of ГОСТ Р 7.0.97-2025
(DOMAIN.md §7): letterhead with reference data, date and outgoing number, «На № … от …»,
addressee, title, text with a 1.25 cm first-line indent, attachments note, signature,
executor and phone at the bottom left of the last page. Page numbers are centred in the top
margin from page 2 on. The Cyrillic TrueType font is found on the system and embedded.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from letters.replies import ReplyDocument
from letters.reply_text import Block

FONT_ENV = "MAILROOM_FONTS"
# (regular, bold) file names, in order of preference: all have Cyrillic and allow embedding.
FONT_FILES = (
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("PTAstraSerif-Regular.ttf", "PTAstraSerif-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("times.ttf", "timesbd.ttf"),  # Windows' Times New Roman
)
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "C:/Windows/Fonts",
)
PARAGRAPH_INDENT = 12.5 * mm  # 1.25 cm


class FontMissing(Exception):
    """No Cyrillic serif TrueType font on this machine: the user must install one."""

    def __str__(self) -> str:
        return (
            "No Cyrillic serif TrueType font found (Liberation Serif, PT Astra Serif or "
            "DejaVu Serif): install e.g. the Debian package fonts-liberation2, or point "
            f"{FONT_ENV} at a folder holding LiberationSerif-Regular.ttf"
        )


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: str
    bold: str
    regular_path: str
    family: str  # the family name as Word knows it


def _candidates() -> list[Path]:
    dirs = [os.environ[FONT_ENV]] if os.environ.get(FONT_ENV) else []
    return [Path(d).expanduser() for d in (*dirs, *FONT_DIRS)]


@lru_cache(maxsize=1)
def find_font_files() -> tuple[Path, Path, str]:
    """(regular, bold, family) of the first preferred font found; ``FontMissing`` if none."""
    folders = [d for d in _candidates() if d.is_dir()]
    families = ("Liberation Serif", "PT Astra Serif", "DejaVu Serif", "Times New Roman")
    for (regular, bold), family in zip(FONT_FILES, families, strict=True):
        for folder in folders:
            found = next(folder.rglob(regular), None)
            if found is not None:
                bold_path = next(found.parent.glob(bold), None) or found
                return found, bold_path, family
    raise FontMissing()


@lru_cache(maxsize=1)
def register_fonts() -> Fonts:
    regular, bold, family = find_font_files()
    pdfmetrics.registerFont(TTFont("MailroomSerif", str(regular)))
    pdfmetrics.registerFont(TTFont("MailroomSerif-Bold", str(bold)))
    pdfmetrics.registerFontFamily(
        "MailroomSerif",
        normal="MailroomSerif",
        bold="MailroomSerif-Bold",
        italic="MailroomSerif",
        boldItalic="MailroomSerif-Bold",
    )
    return Fonts("MailroomSerif", "MailroomSerif-Bold", str(regular), family)


@dataclass(frozen=True, slots=True)
class Layout:
    """Margins in mm (ГОСТ: at least 20/10/20/20; 30 mm left for documents kept > 10 years)."""

    left: float = 20
    right: float = 10
    top: float = 20
    bottom: float = 20
    text_size: float = 13
    letterhead_width: float = 86  # mm, the angular letterhead zone at the top left

    @classmethod
    def for_document(cls, doc: ReplyDocument) -> Layout:
        return cls(left=30 if doc.letterhead.long_kept else 20)


def _styles(fonts: Fonts, size: float) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=size, leading=size * 1.2)
    small = ParagraphStyle("small", base, fontSize=9, leading=10.5, alignment=TA_CENTER)
    return {
        "org": ParagraphStyle(
            "org", base, fontName=fonts.bold, fontSize=11, leading=13, alignment=TA_CENTER
        ),
        "requisite": small,
        "regline": ParagraphStyle("regline", base, fontSize=11, leading=14, alignment=TA_LEFT),
        "addressee": ParagraphStyle("addressee", base, alignment=TA_LEFT),
        "title": ParagraphStyle("title", base, fontName=fonts.bold, alignment=TA_LEFT),
        "para": ParagraphStyle(
            "para",
            base,
            alignment=TA_JUSTIFY,
            firstLineIndent=PARAGRAPH_INDENT,
            spaceAfter=size * 0.35,
        ),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER, spaceAfter=size * 0.6),
        "plain": ParagraphStyle("plain", base, alignment=TA_LEFT),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "executor": ParagraphStyle("executor", base, fontSize=10, leading=12),
    }


def _markup(block: Block) -> str:
    return "".join(f"<b>{escape(t)}</b>" if bold else escape(t) for t, bold in block.runs)


class _AtBottom(Flowable):
    """Draws its content at the bottom of the frame it lands in (the executor note)."""

    def __init__(self, content: Flowable, gap: float) -> None:
        super().__init__()
        self.content = content
        self.gap = gap
        self._content_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._content_height = self.content.wrap(avail_width, avail_height)
        need = self._content_height + self.gap
        self.width = avail_width
        self.height = max(need, avail_height - 0.5)
        return self.width, self.height

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


def _cell_table(rows: list[list[Any]], widths: list[float], valign: str = "TOP") -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("FONTNAME", (0, 0), (-1, -1), "MailroomSerif"),  # not the default Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def registration_line(doc: ReplyDocument) -> str:
    """«05.03.2026 № ИСХ-2026-000001», or blanks to fill in on a draft."""
    if doc.reg_no and doc.reg_date:
        return f"{doc.reg_date:%d.%m.%Y} № {doc.reg_no}"
    return "____________ № ____________"


def attachment_lines(doc: ReplyDocument) -> list[str]:
    if not doc.attachments:
        return []
    if len(doc.attachments) == 1:
        return [f"Приложение: {doc.attachments[0]}"]
    return ["Приложение:"] + [f"{i}. {a}" for i, a in enumerate(doc.attachments, 1)]


def story(doc: ReplyDocument, fonts: Fonts, layout: Layout, width: float) -> list[Flowable]:
    st = _styles(fonts, layout.text_size)
    head = doc.letterhead
    left_w = layout.letterhead_width * mm
    gap = 10 * mm
    letterhead: list[Flowable] = [Paragraph(escape(head.name), st["org"]), Spacer(1, 2 * mm)]
    letterhead += [Paragraph(escape(line), st["requisite"]) for line in head.requisite_lines()]
    letterhead += [Spacer(1, 5 * mm), Paragraph(escape(registration_line(doc)), st["regline"])]
    if doc.reference_line:
        letterhead.append(Paragraph(escape(doc.reference_line), st["regline"]))
    addressee = [Paragraph(escape(doc.addressee_dative), st["addressee"])]
    addressee += [Paragraph(escape(line), st["addressee"]) for line in doc.address_lines]
    top = _cell_table([[letterhead, "", addressee]], [left_w, gap, width - left_w - gap])
    flow: list[Flowable] = [top, Spacer(1, 10 * mm)]
    title = Paragraph(escape(doc.title), st["title"])
    flow += [_cell_table([[title, ""]], [left_w + 30 * mm, width - left_w - 30 * mm])]
    flow.append(Spacer(1, 7 * mm))
    for block in doc.blocks:
        if block.kind == "center":
            flow.append(Paragraph(_markup(block), st["center"]))
        elif block.kind == "item":
            flow.append(Paragraph("– " + _markup(block), st["para"]))
        else:
            flow.append(Paragraph(_markup(block), st["para"]))
    lines = attachment_lines(doc)
    if lines:
        flow.append(Spacer(1, 4 * mm))
        flow += [Paragraph(escape(line), st["plain"]) for line in lines]
    flow.append(Spacer(1, 12 * mm))
    position = Paragraph(escape(doc.signatory_position), st["plain"])
    name = Paragraph(escape(doc.signatory_name), st["right"])
    flow.append(_cell_table([[position, name]], [width * 0.6, width * 0.4], valign="BOTTOM"))
    executor = [Paragraph(escape(f"Исп. {doc.executor_name}"), st["executor"])]
    if doc.executor_phone:
        executor.append(Paragraph(escape(f"Тел. {doc.executor_phone}"), st["executor"]))
    flow.append(_AtBottom(_cell_table([[executor]], [width]), gap=10 * mm))
    return flow


def render_pdf(doc: ReplyDocument, layout: Layout | None = None) -> bytes:
    """The letter as PDF bytes; ``FontMissing`` when no Cyrillic font can be embedded."""
    fonts = register_fonts()
    layout = layout or Layout.for_document(doc)
    out = io.BytesIO()
    page_w, page_h = A4
    width = page_w - (layout.left + layout.right) * mm
    height = page_h - (layout.top + layout.bottom) * mm

    def frame() -> Frame:  # no padding: the margins are exactly the layout's
        return Frame(
            layout.left * mm,
            layout.bottom * mm,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def page_number(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 11)
        canvas.drawCentredString(
            layout.left * mm + width / 2, page_h - 12 * mm, str(canvas.getPageNumber())
        )
        canvas.restoreState()

    pdf = BaseDocTemplate(
        out,
        pagesize=A4,
        pageTemplates=[
            PageTemplate("first", [frame()], autoNextPageTemplate="later"),
            PageTemplate("later", [frame()], onPage=page_number),
        ],
        title=doc.title,
        author=doc.letterhead.name,
        subject=doc.reg_no or "draft",
        creator="Mailroom",
        invariant=True,
        initialFontName=fonts.regular,
    )
    pdf.build(story(doc, fonts, layout, width))
    return out.getvalue()

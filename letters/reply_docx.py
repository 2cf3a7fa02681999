"""A reply as a DOCX (python-docx) for editing in Word or LibreOffice: the same parts, order
and margins as the PDF (``letters.reply_pdf``), in Liberation Serif, with page numbers
centred in the header from page 2 on."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from letters.replies import ReplyDocument
from letters.reply_pdf import Layout, attachment_lines, registration_line
from letters.reply_text import Block

FONT_NAME = "Liberation Serif"


def _set_font(element: Any, name: str) -> None:
    """Name the font for Latin, Cyrillic (hAnsi/cs) and East Asian text alike."""
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _paragraph(
    container: Any,
    text: str = "",
    *,
    size: float | None = None,
    bold: bool = False,
    align: Any = None,
) -> Any:
    paragraph = container.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _fill_cell(cell: Any, lines: Sequence[tuple[str, float | None, bool, Any]]) -> None:
    for i, (text, size, bold, align) in enumerate(lines):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()  # a new cell has one
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        paragraph.alignment = align


def _no_borders_table(document: Any, cols: int, widths_mm: list[float]) -> Any:
    table = document.add_table(rows=1, cols=cols)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for i, width in enumerate(widths_mm):
        table.columns[i].width = Mm(width)
        table.rows[0].cells[i].width = Mm(width)
    # Zero cell margins, so the text lines up with the page margin as in the PDF.
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        node = OxmlElement(f"w:{side}")
        node.set(qn("w:w"), "0")
        node.set(qn("w:type"), "dxa")
        margins.append(node)
    tbl_pr.append(margins)
    return table


def _page_number_field(paragraph: Any) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("end", None)):
        if kind:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        else:
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
        run._r.append(node)


def _add_block(document: Any, block: Block, size: float) -> None:
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    if block.kind == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.space_after = Pt(size * 0.6)
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = Cm(1.25)
        fmt.space_after = Pt(size * 0.35)
        if block.kind == "item":
            paragraph.add_run("– ")
    for text, bold in block.runs:
        paragraph.add_run(text).bold = bold


def render_docx(doc: ReplyDocument, layout: Layout | None = None) -> bytes:
    layout = layout or Layout.for_document(doc)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(layout.left), Mm(layout.right)
    section.top_margin, section.bottom_margin = Mm(layout.top), Mm(layout.bottom)
    section.header_distance = Mm(8)
    normal = document.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(layout.text_size)
    _set_font(normal.element, FONT_NAME)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    core = document.core_properties
    core.title, core.author, core.subject = doc.title, doc.letterhead.name, doc.reg_no

    # Page numbers centred at the top from page 2 on (the first page has an empty header).
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False  # an empty header of its own
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(number)

    width = 210 - layout.left - layout.right
    left = layout.letterhead_width
    top = _no_borders_table(document, 3, [left, 10, width - left - 10])
    head = doc.letterhead
    center, left_align = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    lines: list[tuple[str, float | None, bool, Any]] = [(head.name, 11, True, center)]
    lines += [(line, 9, False, center) for line in head.requisite_lines()]
    lines += [("", None, False, left_align), (registration_line(doc), 11, False, left_align)]
    if doc.reference_line:
        lines.append((doc.reference_line, 11, False, left_align))
    _fill_cell(top.rows[0].cells[0], lines)
    addressee = [(doc.addressee_dative, None, False, left_align)]
    addressee += [(line, None, False, left_align) for line in doc.address_lines]
    _fill_cell(top.rows[0].cells[2], addressee)

    title = _paragraph(document, doc.title, bold=True)
    title.paragraph_format.space_before = Pt(28)
    title.paragraph_format.space_after = Pt(20)
    title.paragraph_format.right_indent = Mm(max(width - left - 30, 0))
    for block in doc.blocks:
        _add_block(document, block, layout.text_size)
    for i, line in enumerate(attachment_lines(doc)):
        paragraph = _paragraph(document, line)
        if i == 0:
            paragraph.paragraph_format.space_before = Pt(12)

    document.add_paragraph().paragraph_format.space_after = Pt(24)
    signature = _no_borders_table(document, 2, [width * 0.6, width * 0.4])
    _fill_cell(signature.rows[0].cells[0], [(doc.signatory_position, None, False, left_align)])
    right = WD_ALIGN_PARAGRAPH.RIGHT
    _fill_cell(signature.rows[0].cells[1], [(doc.signatory_name, None, False, right)])

    executor = _paragraph(document, f"Исп. {doc.executor_name}", size=10)
    executor.paragraph_format.space_before = Pt(48)
    if doc.executor_phone:
        _paragraph(document, f"Тел. {doc.executor_phone}", size=10)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

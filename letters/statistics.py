"""Statistics of appeals by category, channel and month, with charts, in PDF and XLSX.

Counted: incoming letters registered in the period (all channels: post, phone, internet,
e-mail), and the outgoing replies registered in it. The PDF's charts are drawn with
reportlab's graphics; the XLSX carries the same tables with native Excel charts. Like the
journals, these are Russian office documents: their labels are Russian.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Journal, Letter
from db.models_replies import Reply
from letters.actors import Actor
from letters.journals import CHANNELS_RU, _local_day, _period_bounds, pdf_fonts
from letters.permissions import require, scope_clause

MONTHS_RU = (
    "янв",
    "фев",
    "мар",
    "апр",
    "май",
    "июн",
    "июл",
    "авг",
    "сен",
    "окт",
    "ноя",
    "дек",
)
COLOURS = (
    "#1f5f8b",
    "#e07b39",
    "#5b9d48",
    "#b8474b",
    "#7a5aa6",
    "#8c6d31",
    "#3b9ab2",
    "#9e9e9e",
    "#d4a017",
    "#c76daa",
)


@dataclass
class Statistics:
    first: dt.date
    last: dt.date
    months: list[str] = field(default_factory=list)  # "2026-03", in order
    by_category: Counter[str] = field(default_factory=Counter)  # Russian labels
    by_channel: Counter[str] = field(default_factory=Counter)
    by_month_channel: dict[str, Counter[str]] = field(default_factory=dict)
    replies_by_month: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_channel.values())


def _months(first: dt.date, last: dt.date) -> list[str]:
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS_RU[int(month) - 1]} {year}"


def collect(session: Session, first: dt.date, last: dt.date, *, actor: Actor) -> Statistics:
    from letters.classify import load_rules

    require(actor, "report.view")
    labels = {r.code: r.label_ru for r in load_rules()}
    start, end = _period_bounds(first, last)
    stats = Statistics(first, last, _months(first, last))
    stats.by_month_channel = {m: Counter() for m in stats.months}
    rows = session.execute(
        select(Letter.registered_at, Letter.category, Letter.channel)
        .join(Journal, Journal.code == Letter.journal)
        .where(
            Journal.direction == "incoming",
            Letter.registered_at >= start,
            Letter.registered_at < end,
            Letter.status != "merged",
            scope_clause(actor),
        )
    )
    for registered_at, category, channel in rows:
        month = _local_day(registered_at).strftime("%Y-%m")
        channel_ru = CHANNELS_RU.get(channel, channel)
        stats.by_category[labels.get(category, category)] += 1
        stats.by_channel[channel_ru] += 1
        stats.by_month_channel.setdefault(month, Counter())[channel_ru] += 1
    for (registered_at,) in session.execute(
        select(Reply.registered_at).where(Reply.registered_at >= start, Reply.registered_at < end)
    ):
        stats.replies_by_month[_local_day(registered_at).strftime("%Y-%m")] += 1
    return stats


def _title(stats: Statistics) -> str:
    return f"Статистика обращений за период с {stats.first:%d.%m.%Y} по {stats.last:%d.%m.%Y}"


# --- PDF -----------------------------------------------------------------------------------


def _bar_chart(stats: Statistics, font: str) -> object:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    channels = [c for c, _ in stats.by_channel.most_common()] or ["—"]
    drawing = Drawing(500, 230)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, 330, 160
    chart.data = [
        [stats.by_month_channel.get(m, Counter())[c] for m in stats.months] for c in channels
    ]
    chart.categoryAxis.categoryNames = [month_label(m) for m in stats.months]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(stats.months) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(stats.months) > 6 else "n"
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    for i, _ in enumerate(channels):
        chart.bars[i].fillColor = colors.HexColor(COLOURS[i % len(COLOURS)])
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 385, 190
    legend.fontName, legend.fontSize = font, 8
    legend.colorNamePairs = [
        (colors.HexColor(COLOURS[i % len(COLOURS)]), c) for i, c in enumerate(channels)
    ]
    drawing.add(legend)
    drawing.add(String(40, 212, "По месяцам и каналам", fontName=font, fontSize=10))
    return drawing


def _pie_chart(stats: Statistics, font: str) -> object:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(500, 200)
    items = stats.by_category.most_common(7)
    rest = stats.total - sum(n for _, n in items)
    if rest > 0:
        items.append(("прочие темы", rest))
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 40, 15, 150, 150
    pie.data = [n for _, n in items] or [1]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = colors.HexColor(COLOURS[i % len(COLOURS)])
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = 230, 160
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.colorNamePairs = [
        (colors.HexColor(COLOURS[i % len(COLOURS)]), f"{name} — {n}")
        for i, (name, n) in enumerate(items)
    ]
    drawing.add(legend)
    drawing.add(String(40, 182, "По темам", fontName=font, fontSize=10))
    return drawing


def _table(rows: list[list[object]], font: str, bold: str) -> object:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 8),
                ("FONT", (0, 0), (-1, 0), bold, 8),
                ("FONT", (0, -1), (-1, -1), bold, 8),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
            ]
        )
    )
    return table


def month_rows(stats: Statistics) -> list[list[object]]:
    channels = [c for c, _ in stats.by_channel.most_common()]
    rows: list[list[object]] = [["Месяц", *channels, "Всего", "Ответов"]]
    for m in stats.months:
        counts = stats.by_month_channel.get(m, Counter())
        rows.append(
            [
                month_label(m),
                *(counts[c] for c in channels),
                sum(counts.values()),
                stats.replies_by_month[m],
            ]
        )
    rows.append(
        [
            "Итого",
            *(stats.by_channel[c] for c in channels),
            stats.total,
            sum(stats.replies_by_month.values()),
        ]
    )
    return rows


def category_rows(stats: Statistics) -> list[list[object]]:
    rows: list[list[object]] = [["Тема", "Обращений", "Доля, %"]]
    for name, n in stats.by_category.most_common():
        share = round(100 * n / stats.total, 1) if stats.total else 0.0
        rows.append([name, n, f"{share:.1f}".replace(".", ",")])
    rows.append(["Итого", stats.total, "100,0" if stats.total else "0,0"])
    return rows


def statistics_pdf(stats: Statistics, organisation: str = "") -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from letters.journals import numbered_canvas

    font, bold = pdf_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=20 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=_title(stats),
    )
    heading = ParagraphStyle("h", fontName=bold, fontSize=13, leading=16, spaceAfter=4)
    small = ParagraphStyle("s", fontName=font, fontSize=9, leading=11)
    story: list[object] = []
    if organisation:
        story.append(Paragraph(organisation, small))
    story += [
        Paragraph(_title(stats), heading),
        Paragraph(f"Всего входящих обращений: {stats.total}", small),
        Spacer(1, 4 * mm),
        _bar_chart(stats, font),
        _table(month_rows(stats), font, bold),
        Spacer(1, 6 * mm),
        _pie_chart(stats, font),
        _table(category_rows(stats), font, bold),
    ]
    doc.build(story, canvasmaker=numbered_canvas(font, _title(stats)))
    return out.getvalue()


# --- XLSX ----------------------------------------------------------------------------------


def statistics_xlsx(stats: Statistics) -> bytes:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, PieChart, Reference
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "По месяцам"
    sheet.append([_title(stats)])
    sheet["A1"].font = Font(bold=True, size=12)
    rows = month_rows(stats)
    for row in rows:
        sheet.append(row)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 14
    channels = len(rows[0]) - 3
    if channels and len(stats.months):
        bar = BarChart()
        bar.type, bar.grouping, bar.overlap = "col", "stacked", 100
        bar.title = "По месяцам и каналам"
        data = Reference(
            sheet, min_col=2, max_col=1 + channels, min_row=2, max_row=2 + len(stats.months)
        )
        names = Reference(sheet, min_col=1, min_row=3, max_row=2 + len(stats.months))
        bar.add_data(data, titles_from_data=True)
        bar.set_categories(names)
        bar.width, bar.height = 20, 9
        sheet.add_chart(bar, f"A{len(rows) + 4}")
    themes = book.create_sheet("По темам")
    cats = category_rows(stats)
    for row in cats:
        themes.append(row)
    for cell in themes[1]:
        cell.font = Font(bold=True)
    themes.column_dimensions["A"].width = 48
    if len(cats) > 2:
        pie = PieChart()
        pie.title = "По темам"
        pie.add_data(
            Reference(themes, min_col=2, min_row=1, max_row=len(cats) - 1), titles_from_data=True
        )
        pie.set_categories(Reference(themes, min_col=1, min_row=2, max_row=len(cats) - 1))
        pie.width, pie.height = 16, 10
        themes.add_chart(pie, "E2")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

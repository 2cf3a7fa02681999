"""Execution-discipline report (отчёт об исполнительской дисциплине) for a period.

Rated letters are those whose clock stopped in the period against a legal date (reply
sent, forwarded): on time when the days early or late are >= 0. Days to answer run from
the registration date to the close date. Overdue letters are those closed late in the
period plus those still open whose legal date has passed by ``as_of`` (however old).
A letter counts for the executor and department of its active resolution.
Output: PDF (reportlab, with a bar chart, embedded Cyrillic font) and XLSX (openpyxl).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from db.models import Department, Letter, User
from db.models_deadlines import LetterDeadline, Resolution
from letters import workflow
from letters.actors import Actor
from letters.deadlines import registration_day
from letters.permissions import require

FONT_FAMILIES = ("DejaVu Sans", "Liberation Sans")
FONT_FILES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
)
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")
UNASSIGNED = "Не назначен"


class ReportFontMissing(RuntimeError):
    """No Cyrillic TrueType font: install fonts-dejavu-core or fonts-liberation."""


@dataclass(frozen=True, slots=True)
class DisciplineRow:
    name: str
    closed: int = 0
    on_time: int = 0
    late: int = 0
    open_overdue: int = 0
    avg_days_to_answer: float | None = None

    @property
    def on_time_pct(self) -> float | None:
        return round(100.0 * self.on_time / self.closed, 1) if self.closed else None


@dataclass(frozen=True, slots=True)
class OverdueLetter:
    reg_no: str
    registered_on: dt.date
    due_on: dt.date
    closed_on: dt.date | None  # None: still open
    days_late: int
    executor: str
    department: str


@dataclass(frozen=True, slots=True)
class DisciplineReport:
    date_from: dt.date
    date_to: dt.date
    as_of: dt.date
    totals: DisciplineRow
    by_department: list[DisciplineRow]
    by_executor: list[DisciplineRow]
    overdue: list[OverdueLetter]


@dataclass(frozen=True, slots=True)
class _Fact:
    executor: str
    department: str
    late_days: int | None  # rated letters: < 0 late; open overdue: None
    days_to_answer: int | None
    overdue: OverdueLetter | None


def discipline_report(
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    *,
    actor: Actor,
    as_of: dt.date | None = None,
) -> DisciplineReport:
    require(actor, "report.view")
    as_of = min(as_of or dt.date.today(), date_to)
    active = and_(Resolution.letter_id == Letter.id, Resolution.active.is_(True))
    columns = (
        Letter.reg_no,
        Letter.registered_at,
        Letter.due_on,
        LetterDeadline.closed_on,
        LetterDeadline.days_early_or_late,
        Resolution.executor_id,
        Resolution.department_id,
    )
    closed = session.execute(
        select(*columns)
        .join(LetterDeadline, LetterDeadline.letter_id == Letter.id)
        .outerjoin(Resolution, active)
        .where(
            LetterDeadline.closed_on >= date_from,
            LetterDeadline.closed_on <= date_to,
            LetterDeadline.days_early_or_late.is_not(None),
        )
    ).all()
    still_open = session.execute(
        select(*columns)
        .outerjoin(LetterDeadline, LetterDeadline.letter_id == Letter.id)
        .outerjoin(Resolution, active)
        .where(Letter.status.in_(workflow.OPEN_STATUSES), Letter.due_on < as_of)
    ).all()
    users = dict(session.execute(select(User.id, User.full_name)).all())
    depts = dict(session.execute(select(Department.id, Department.name)).all())
    facts = []
    for r in [*closed, *still_open]:
        executor = users.get(r.executor_id) or UNASSIGNED
        department = depts.get(r.department_id) or UNASSIGNED
        registered = registration_day(r.registered_at)
        rated = r.days_early_or_late is not None and r.closed_on is not None
        late_by = -r.days_early_or_late if rated else (as_of - r.due_on).days
        overdue = None
        if late_by > 0:
            overdue = OverdueLetter(
                r.reg_no,
                registered,
                r.due_on,
                r.closed_on if rated else None,
                late_by,
                executor,
                department,
            )
        facts.append(
            _Fact(
                executor,
                department,
                r.days_early_or_late if rated else None,
                (r.closed_on - registered).days if rated else None,
                overdue,
            )
        )
    return DisciplineReport(
        date_from,
        date_to,
        as_of,
        _row("Итого", facts),
        _group(facts, lambda f: f.department),
        _group(facts, lambda f: f.executor),
        sorted((f.overdue for f in facts if f.overdue), key=lambda o: (-o.days_late, o.reg_no)),
    )


def _row(name: str, facts: Iterable[_Fact]) -> DisciplineRow:
    facts = list(facts)
    rated = [f for f in facts if f.late_days is not None]
    days = [f.days_to_answer for f in rated if f.days_to_answer is not None]
    return DisciplineRow(
        name,
        closed=len(rated),
        on_time=sum(1 for f in rated if (f.late_days or 0) >= 0),
        late=sum(1 for f in rated if (f.late_days or 0) < 0),
        open_overdue=sum(1 for f in facts if f.late_days is None and f.overdue),
        avg_days_to_answer=round(sum(days) / len(days), 1) if days else None,
    )


def _group(facts: list[_Fact], key: Callable[[_Fact], str]) -> list[DisciplineRow]:
    groups: dict[str, list[_Fact]] = defaultdict(list)
    for f in facts:
        groups[key(f)].append(f)
    return sorted((_row(k, v) for k, v in groups.items()), key=lambda r: r.name)


# --- Output ----------------------------------------------------------------------------------

HEADERS = (
    "Исполнено",
    "В срок",
    "С нарушением",
    "В срок, %",
    "Просрочено (не исполнено)",
    "Средний срок ответа, дн.",
)


def _cells(row: DisciplineRow) -> list[Any]:
    return [
        row.name,
        row.closed,
        row.on_time,
        row.late,
        row.on_time_pct if row.on_time_pct is not None else "—",
        row.open_overdue,
        row.avg_days_to_answer if row.avg_days_to_answer is not None else "—",
    ]


def _overdue_cells(o: OverdueLetter) -> list[Any]:
    return [
        o.reg_no,
        _ru(o.registered_on),
        _ru(o.due_on),
        _ru(o.closed_on) if o.closed_on else "не исполнено",
        o.days_late,
        o.executor,
        o.department,
    ]


OVERDUE_HEADERS = ("Рег. №", "Зарегистрировано", "Срок", "Исполнено", "Дней просрочки")


def _ru(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def title(report: DisciplineReport) -> str:
    return f"Исполнительская дисциплина с {_ru(report.date_from)} по {_ru(report.date_to)}"


def write_report(report: DisciplineReport, path: Path) -> None:
    """PDF or XLSX by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(report, path)
    elif suffix == ".xlsx":
        write_xlsx(report, path)
    else:
        raise ValueError(f"unsupported report format: {suffix}")


def write_xlsx(report: DisciplineReport, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    summary.title = "Итоги"
    summary.append([title(report)])
    summary.append(["По состоянию на", _ru(report.as_of)])
    summary.append([])
    sheets: list[tuple[Any, Sequence[Any], list[list[Any]]]] = [
        (summary, ("", *HEADERS), [_cells(report.totals)]),
        (
            book.create_sheet("Отделы"),
            ("Отдел", *HEADERS),
            [_cells(r) for r in report.by_department],
        ),
        (
            book.create_sheet("Исполнители"),
            ("Исполнитель", *HEADERS),
            [_cells(r) for r in report.by_executor],
        ),
        (
            book.create_sheet("Просрочено"),
            (*OVERDUE_HEADERS, "Исполнитель", "Отдел"),
            [_overdue_cells(o) for o in report.overdue],
        ),
    ]
    for sheet, headers, rows in sheets:
        sheet.append(list(headers))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 50)
    summary.column_dimensions["A"].width = 16
    book.save(path)


def find_fonts() -> tuple[Path, Path]:
    """(regular, bold) Cyrillic TrueType fonts: by fc-match, then in the font folders."""
    fc_match = shutil.which("fc-match")
    for family, (regular_name, bold_name) in zip(FONT_FAMILIES, FONT_FILES, strict=True):
        found: list[Path] = []
        for style, file_name in ((family, regular_name), (f"{family}:bold", bold_name)):
            path = None
            if fc_match:
                out = subprocess.run(
                    [fc_match, "-f", "%{file}", style], capture_output=True, text=True, check=False
                ).stdout.strip()
                path = Path(out) if out.endswith(file_name) else None
            path = path or _search(file_name)
            if path is not None and path.is_file():
                found.append(path)
        if len(found) == 2:
            return found[0], found[1]
    raise ReportFontMissing(
        "no Cyrillic TrueType font found (DejaVu Sans or Liberation Sans): "
        "install the fonts-dejavu-core or fonts-liberation package"
    )


def _search(file_name: str) -> Path | None:
    for folder in FONT_DIRS:
        root = Path(folder)
        if root.is_dir():
            hit = next(root.rglob(file_name), None)
            if hit is not None:
                return hit
    return None


def write_pdf(report: DisciplineReport, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = find_fonts()
    pdfmetrics.registerFont(TTFont("MailroomReport", str(regular)))
    pdfmetrics.registerFont(TTFont("MailroomReport-Bold", str(bold)))
    h1 = ParagraphStyle("h1", fontName="MailroomReport-Bold", fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", fontName="MailroomReport-Bold", fontSize=11.5, leading=15)
    body = ParagraphStyle("body", fontName="MailroomReport", fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("cell", fontName="MailroomReport", fontSize=8, leading=9.5)

    def table(headers: Sequence[str], rows: list[list[Any]], widths: list[float]) -> Table:
        data = [[Paragraph(str(h), cell) for h in headers]]
        data += [[Paragraph(_shown(v), cell) for v in row] for row in rows]
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return t

    t = report.totals
    pct = f"{_shown(t.on_time_pct)} %" if t.on_time_pct is not None else "—"
    avg = f"{_shown(t.avg_days_to_answer)} дн." if t.avg_days_to_answer is not None else "—"
    story: list[Any] = [
        Paragraph(title(report), h1),
        Paragraph(f"По состоянию на {_ru(report.as_of)}", body),
        Spacer(1, 4 * mm),
        Paragraph(
            f"Исполнено: {t.closed}, из них в срок: {t.on_time} ({pct}), с нарушением срока: "
            f"{t.late}. Просрочено и не исполнено: {t.open_overdue}. "
            f"Средний срок ответа: {avg}",
            body,
        ),
        Spacer(1, 4 * mm),
        Paragraph("Исполнение в срок по отделам, %", h2),
        _chart(report.by_department, "MailroomReport"),
        Spacer(1, 4 * mm),
        Paragraph("По отделам", h2),
        table(
            ("Отдел", *HEADERS),
            [_cells(r) for r in report.by_department],
            [60 * mm] + [30 * mm] * 6,
        ),
        Spacer(1, 4 * mm),
        Paragraph("По исполнителям", h2),
        table(
            ("Исполнитель", *HEADERS),
            [_cells(r) for r in report.by_executor],
            [60 * mm] + [30 * mm] * 6,
        ),
        Spacer(1, 4 * mm),
        Paragraph(f"Просроченные обращения: {len(report.overdue)}", h2),
    ]
    if report.overdue:
        story.append(
            table(
                (*OVERDUE_HEADERS, "Исполнитель", "Отдел"),
                [_overdue_cells(o) for o in report.overdue],
                [38 * mm, 34 * mm, 25 * mm, 28 * mm, 25 * mm, 55 * mm, 55 * mm],
            )
        )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=title(report),
        author="Mailroom",
    )

    def footer(canvas: Any, document: Any) -> None:
        canvas.setFont("MailroomReport", 8)
        canvas.drawRightString(
            document.pagesize[0] - 15 * mm, 8 * mm, f"Mailroom · стр. {document.page}"
        )

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _shown(value: object) -> str:
    """Russian number style in the PDF: a decimal comma."""
    return f"{value:.1f}".replace(".", ",") if isinstance(value, float) else str(value)


def _chart(rows: Sequence[DisciplineRow], font: str) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    drawing = Drawing(250 * mm, 62 * mm)
    rated = [r for r in rows if r.on_time_pct is not None]
    if not rated:
        drawing.add(String(0, 20 * mm, "Нет исполненных обращений за период", fontName=font))
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 15 * mm, 14 * mm
    chart.width, chart.height = 220 * mm, 44 * mm
    chart.data = [[r.on_time_pct or 0.0 for r in rated]]
    chart.categoryAxis.categoryNames = [r.name[:28] for r in rated]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.bars[0].fillColor = colors.HexColor("#4a7ab5")
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing

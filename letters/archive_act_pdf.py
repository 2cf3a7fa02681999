"""The act of destruction as PDF, with an extract of the audit log (DOMAIN.md §9).

A draft act (or a cancelled one) is printed as a «ПРОЕКТ»: the mark at the top of every
page and as a light diagonal watermark, worded in the future tense, and without figures
of destroyed files, since nothing is destroyed until the act is confirmed. A confirmed
act states in the past tense what was destroyed and how many files left the store.

The header carries the organisation's name from the same source as the reply letterhead
(``letters.replies.load_letterhead``).

The extract lists every logged action on the act's letters and on the act itself: when,
who, what, on which registration number. It shows actions, not the before/after values,
which may hold the very personal data the act destroys.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import AuditEvent, User
from db.models_search import DestructionAct, DestructionItem
from letters.archive import retention_text
from letters.journals import numbered_canvas, pdf_fonts
from letters.replies import load_letterhead
from letters.reply_sandbox import plural
from letters.settings import load_requisites

ACTIONS_RU = {
    "letter.register": "Регистрация обращения",
    "letter.open": "Просмотр регистрационной карточки",
    "letter.accept": "Карточка проверена",
    "letter.deadlines": "Рассчитаны сроки",
    "letter.deadlines_recomputed": "Сроки пересчитаны",
    "letter.extend": "Срок продлён",
    "letter.resolution": "Резолюция руководителя",
    "letter.routing": "Назначен исполнитель по правилу маршрутизации",
    "letter.reassignment": "Сменён исполнитель",
    "letter.link": "Привязка к лицевому счёту",
    "letter.unlink": "Отвязка от лицевого счёта",
    "letter.status": "Изменено состояние",
    "letter.merge": "Объединение обращений",
    "letter.merged_into": "Объединено с другим обращением",
    "letter.split": "Разделение обращения",
    "letter.split_off": "Выделено из другого обращения",
    "page.rotate": "Поворот страницы",
    "page.drop": "Удаление страницы",
    "reply.register": "Регистрация ответа",
    "reply.dispatch": "Ответ отправлен",
    "callback.promise": "Обещан обратный звонок",
    "callback.done": "Обратный звонок выполнен",
    "letter.destroy": "Уничтожение скан-образов и персональных данных",
    "archive.file": "Помещено в дело",
    "archive.act.create": "Составлен проект акта",
    "archive.act.cancel": "Проект акта отменён",
    "archive.act.confirm": "Акт утверждён, документы уничтожены",
}
# In the genitive: it follows «На основании».
LIST_236 = (
    "Перечня типовых управленческих архивных документов, образующихся в процессе "
    "деятельности государственных органов, органов местного самоуправления и организаций, "
    "с указанием сроков их хранения, утверждённого приказом Росархива от 20.12.2019 № 236"
)
DRAFT_MARK = "ПРОЕКТ"
CANCELLED_MARK = "ПРОЕКТ ОТМЕНЁН"
NO_ORGANISATION = "(наименование организации)"  # under a blank line to fill in by hand


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: dt.datetime
    user: str
    action: str
    object: str


def audit_extract(session: Session, act: DestructionAct) -> list[AuditLine]:
    items = list(session.scalars(select(DestructionItem).where(DestructionItem.act_id == act.id)))
    reg_nos = {str(i.letter_id): i.reg_no for i in items}
    events = session.scalars(
        select(AuditEvent)
        .where(
            or_(
                (AuditEvent.entity == "letter") & AuditEvent.entity_id.in_(list(reg_nos)),
                (AuditEvent.entity == "destruction_act") & (AuditEvent.entity_id == str(act.id)),
            )
        )
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    names = {r.id: r.full_name for r in session.execute(select(User.id, User.full_name))}
    lines = []
    for e in events:
        who = names.get(e.user_id) if e.user_id is not None else None
        subject = reg_nos.get(e.entity_id, "") if e.entity == "letter" else f"акт № {act.number}"
        lines.append(
            AuditLine(
                e.at,
                f"{who} ({e.user_login})" if who else e.user_login,
                ACTIONS_RU.get(e.action, e.action),
                subject,
            )
        )
    return lines


def organisation_name(session: Session) -> str:
    """The organisation's name as on the reply letterhead; "" when none is configured."""
    try:
        return load_letterhead(session).name.strip()
    except (OSError, ValueError):  # no readable letterhead template: the saved requisites
        return load_requisites(session).name.strip()


def count_of(n: int, one: str, few: str, many: str) -> str:
    """«1 обращение», «3 обращения», «5 обращений»."""
    return f"{n} {plural(n, one, few, many)}"


def letters_count(n: int) -> str:
    return count_of(n, "обращение", "обращения", "обращений")


def pages_count(n: int) -> str:
    return count_of(n, "лист", "листа", "листов")


def files_count(n: int) -> str:
    return count_of(n, "файл", "файла", "файлов")


def _local(value: dt.datetime | None, with_seconds: bool = True) -> str:
    if value is None:
        return ""
    aware = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
    return aware.astimezone().strftime("%d.%m.%Y %H:%M:%S" if with_seconds else "%d.%m.%Y")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _draft_marks(font: str, mark: str, watermark: str) -> Any:
    """An ``onPage`` callback: ``mark`` at the top right of the page (in the margin) and
    ``watermark`` diagonally in light grey under the page's content."""

    def draw(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(font, 12)
        canvas.drawRightString(width - doc.rightMargin, height - doc.topMargin / 2 - 4, mark)
        canvas.setFillGray(0.86)
        size = 96 if len(watermark) < 10 else 60
        canvas.setFont(font, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -size / 3, watermark)
        canvas.restoreState()

    return draw


def act_pdf(session: Session, act: DestructionAct) -> bytes:
    """Render the act (its items, totals, what was or will be destroyed) and the extract."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    regular, bold = pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=13.5)
    text = ParagraphStyle("text", parent=body, alignment=4, firstLineIndent=12.5 * mm)
    item = ParagraphStyle("item", parent=body, alignment=4, leftIndent=6 * mm)
    caption = ParagraphStyle("caption", fontName=regular, fontSize=8, leading=10)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10)
    small_bold = ParagraphStyle("small_bold", parent=small, fontName=bold)
    number = ParagraphStyle("number", parent=small, alignment=TA_CENTER)
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER)

    confirmed = act.status == "confirmed"
    stamp = "" if confirmed else (DRAFT_MARK if act.status == "draft" else CANCELLED_MARK)
    items = list(
        session.scalars(
            select(DestructionItem)
            .where(DestructionItem.act_id == act.id)
            .order_by(DestructionItem.case_year, DestructionItem.case_index, DestructionItem.id)
        )
    )
    users: dict[int | None, str] = {
        r.id: r.full_name for r in session.execute(select(User.id, User.full_name))
    }
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def cells(values: list[str], style: ParagraphStyle = small) -> list[Any]:
        return [Paragraph(_esc(v), style) for v in values]

    # The columns; numbers centred. A draft has no figure of destroyed files yet.
    header = ["№ п/п", "Рег. номер", "Дата рег.", "Дело", "Срок хранения", "Листов"]
    widths = [12, 40, 26, 32, 36, 24]
    if confirmed:
        header.append("Уничтожено файлов")
        widths = [10, 34, 22, 24, 30, 20, 30]
    rows = [cells(header, small_bold)]
    for n, entry in enumerate(items, start=1):
        values = [
            str(n),
            entry.reg_no,
            entry.registered_on.strftime("%d.%m.%Y"),
            f"{entry.case_index} / {entry.case_year}",
            retention_text(entry.retention_years, entry.epk),
            str(entry.pages),
        ]
        if confirmed:
            values.append(str(entry.files_removed))
        row = cells(values)
        row[0] = Paragraph(values[0], number)
        row[5:] = [Paragraph(v, number) for v in values[5:]]
        rows.append(row)
    items_table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    items_table.setStyle(grid)

    by_case: dict[tuple[str, int, str], list[DestructionItem]] = {}
    for entry in items:
        key = (entry.case_index, entry.case_year, entry.case_title.rsplit(", ", 1)[0])
        by_case.setdefault(key, []).append(entry)
    cases = [
        f"— дело № {index} «{heading}» за {year} год: {letters_count(len(group))}, "
        f"{pages_count(sum(e.pages for e in group))}" + (";" if n < len(by_case) else ".")
        for n, ((index, year, heading), group) in enumerate(by_case.items(), start=1)
    ]
    pages = sum(e.pages for e in items)
    made = _local(act.created_at, with_seconds=False)
    made_line = f"Составлен {made}. Сроки хранения проверены по состоянию на {act.as_of:%d.%m.%Y}."
    basis = (
        f"На основании {LIST_236}, выделены к уничтожению "
        "как не имеющие научно-исторической ценности и утратившие практическое значение "
        "документы следующих дел, сроки хранения которых истекли (срок хранения исчисляется "
        "с 1 января года, следующего за годом окончания дела):"
    )
    total = f"Итого: {letters_count(len(items))}, {pages_count(pages)}."
    if confirmed:
        files = len(act.files_to_purge or [])
        outcome = [
            "Уничтожены: скан-образы страниц и исходные файлы обращений, не используемые "
            f"другими записями (всего {files_count(files)}); сведения о корреспонденте "
            "(ФИО, адрес, телефон, электронная почта, лицевой счёт); текст и краткое "
            "содержание обращений.",
            "Сохранены регистрационные записи: номер, дата, журнал, канал, тема, состояние.",
        ]
    else:
        outcome = [
            "Подлежат уничтожению: скан-образы страниц и исходные файлы обращений, "
            "не используемые другими записями; сведения о корреспонденте (ФИО, адрес, "
            "телефон, электронная почта, лицевой счёт); текст и краткое содержание обращений.",
            "Сохраняются регистрационные записи: номер, дата, журнал, канал, тема, состояние.",
            "Документы будут уничтожены только после утверждения акта."
            if act.status == "draft"
            else "Проект отменён: документы не уничтожены.",
        ]
    author = users.get(act.created_by_id, "") or ""
    if confirmed:
        approver = users.get(act.confirmed_by_id, "") or ""
        approved = f"Утвердил: {_esc(approver)} ____________ {_local(act.confirmed_at)}"
    else:
        approved = "Утвердил: ______________________ «____» ______________ 20____ г."

    org = organisation_name(session)
    heading: list[Any] = (
        [Paragraph(_esc(org), body)]
        if org
        else [
            Paragraph("_" * 60, body),
            Paragraph(NO_ORGANISATION, caption),
        ]
    )
    story: list[Any] = [
        *heading,
        Spacer(1, 6 * mm),
        Paragraph(f"АКТ № {_esc(act.number)}", title),
        Paragraph("о выделении к уничтожению документов, не подлежащих хранению", title),
        Spacer(1, 4 * mm),
        Paragraph(_esc(made_line), body),
        Spacer(1, 3 * mm),
        Paragraph(_esc(basis), text),
        *[Paragraph(_esc(line), item) for line in cases],
        Spacer(1, 3 * mm),
        items_table,
        Spacer(1, 3 * mm),
        # Totals, outcome and signatures stay together: a signature never starts a page alone.
        KeepTogether(
            [
                Paragraph(_esc(total), body),
                Spacer(1, 2 * mm),
                *[Paragraph(_esc(line), text) for line in outcome],
                Spacer(1, 8 * mm),
                Paragraph(f"Составил: {_esc(author)} ____________", body),
                Spacer(1, 3 * mm),
                Paragraph(approved, body),
            ]
        ),
        Spacer(1, 10 * mm),
        CondPageBreak(60 * mm),  # the extract starts on a new page rather than with a row or two
        Paragraph("Выписка из журнала событий", title),
        Spacer(1, 3 * mm),
    ]
    log = [cells(["Дата и время", "Пользователь", "Действие", "Объект"], small_bold)]
    for line in audit_extract(session, act):
        log.append(cells([_local(line.at), line.user, line.action, line.object]))
    log_table = Table(log, colWidths=[w * mm for w in (28, 50, 67, 25)], repeatRows=1)
    log_table.setStyle(grid)
    story.append(log_table)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=10 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{'Проект акта' if stamp else 'Акт'} № {act.number}",
    )
    watermark = "ОТМЕНЁН" if stamp == CANCELLED_MARK else DRAFT_MARK
    on_page: Any = _draft_marks(bold, stamp, watermark) if stamp else (lambda canvas, doc: None)
    doc.build(
        story,
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=numbered_canvas(regular),
    )
    return out.getvalue()

"""The act of destruction as PDF, with an extract of the audit log (DOMAIN.md §9).

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
from letters.settings import load_requisites

ACTIONS_RU = {
    "letter.register": "Регистрация обращения",
    "letter.accept": "Карточка проверена",
    "letter.deadlines": "Рассчитаны сроки",
    "letter.deadlines_recomputed": "Сроки пересчитаны",
    "letter.extend": "Срок продлён",
    "letter.link": "Привязка к лицевому счёту",
    "letter.unlink": "Отвязка от лицевого счёта",
    "letter.status": "Изменено состояние",
    "letter.merge": "Объединение обращений",
    "letter.merged_into": "Объединено с другим обращением",
    "letter.split": "Разделение обращения",
    "letter.split_off": "Выделено из другого обращения",
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
LIST_236 = (
    "Перечень типовых управленческих архивных документов, образующихся в процессе "
    "деятельности государственных органов, органов местного самоуправления и организаций, "
    "с указанием сроков их хранения (утверждён приказом Росархива от 20.12.2019 № 236)"
)


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


def _local(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    aware = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
    return aware.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def act_pdf(session: Session, act: DestructionAct) -> bytes:
    """Render the act (its items, totals, what was destroyed) and the audit extract."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=13.5)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10)
    small_bold = ParagraphStyle("small_bold", parent=small, fontName=bold)
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=1)
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
    organisation = load_requisites(session).name or "Организация"
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def cells(values: list[str], style: ParagraphStyle = small) -> list[Any]:
        return [Paragraph(_esc(v), style) for v in values]

    rows = [
        cells(
            [
                "№ п/п",
                "Рег. номер",
                "Дата рег.",
                "Дело",
                "Срок хранения",
                "Листов",
                "Уничтожено файлов",
            ],
            small_bold,
        )
    ]
    for n, item in enumerate(items, start=1):
        keep = retention_text(item.retention_years, item.epk)
        rows.append(
            cells(
                [
                    str(n),
                    item.reg_no,
                    item.registered_on.strftime("%d.%m.%Y"),
                    f"{item.case_index} / {item.case_year}",
                    keep,
                    str(item.pages),
                    str(item.files_removed),
                ]
            )
        )
    items_table = Table(
        rows, colWidths=[w * mm for w in (10, 34, 22, 24, 30, 20, 30)], repeatRows=1
    )
    items_table.setStyle(grid)
    cases = [
        f"— дело {index} за {year} год: {title}."
        for index, year, title in dict.fromkeys(
            (i.case_index, i.case_year, i.case_title.rsplit(", ", 1)[0]) for i in items
        )
    ]
    pages = sum(i.pages for i in items)
    made = _local(act.created_at)
    confirmed = _local(act.confirmed_at)
    story: list[Any] = [
        Paragraph(_esc(organisation), body),
        Spacer(1, 6 * mm),
        Paragraph(f"АКТ № {_esc(act.number)}", title),
        Paragraph("о выделении к уничтожению документов, не подлежащих хранению", title),
        Spacer(1, 4 * mm),
        Paragraph(f"Составлен {made}; по состоянию на {act.as_of:%d.%m.%Y}.", body),
        Spacer(1, 3 * mm),
        Paragraph(
            _esc(
                f"На основании {LIST_236} отобраны к уничтожению как не имеющие "
                "научно-исторической ценности и утратившие практическое значение документы "
                "следующих дел, сроки хранения которых истекли (срок исчисляется с 1 января "
                "года, следующего за годом окончания дела):"
            ),
            body,
        ),
        *[Paragraph(_esc(line), body) for line in cases],
        Spacer(1, 3 * mm),
        items_table,
        Spacer(1, 3 * mm),
        Paragraph(f"Итого: {len(items)} обращений, {pages} листов.", body),
        Paragraph(
            "Уничтожены: скан-образы страниц и исходные файлы (если они не используются "
            "другими записями), сведения о корреспонденте (ФИО, адрес, телефон, электронная "
            "почта, лицевой счёт), текст и краткое содержание обращений. Сохранены "
            "регистрационные записи: номер, дата, журнал, канал, тема, состояние.",
            body,
        ),
        Spacer(1, 6 * mm),
        Paragraph(f"Составил: {_esc(users.get(act.created_by_id, '') or '')} ____________", body),
        Paragraph(
            f"Утвердил: {_esc(users.get(act.confirmed_by_id, '') or '')} ____________ {confirmed}",
            body,
        ),
        Spacer(1, 8 * mm),
        Paragraph("Выписка из журнала событий", title),
        Spacer(1, 3 * mm),
    ]
    log = [cells(["Дата и время", "Пользователь", "Действие", "Объект"], small_bold)]
    for line in audit_extract(session, act):
        log.append(cells([_local(line.at), line.user, line.action, line.object]))
    log_table = Table(log, colWidths=[w * mm for w in (32, 45, 70, 28)], repeatRows=1)
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
        title=f"Акт № {act.number}",
    )
    doc.build(story, canvasmaker=numbered_canvas(regular))
    return out.getvalue()

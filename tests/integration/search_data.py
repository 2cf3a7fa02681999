"""A small register with known texts for the search tests, the same on both engines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.engine import Database
from db.models import Consumer
from letters.actors import resolve_actor
from letters.register import LetterDraft, register_letter
from letters.search import index_letter

ACCOUNT = "4012345678"
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Spec:
    key: str
    sender: str
    text: str
    summary: str = ""
    category: str = "other"
    channel: str = "post"
    account: str | None = None  # linked consumer
    captured: str = ""
    address: str = ""
    days_ago: int = 0


LETTERS = [
    Spec(
        "readings",
        "Смирнова Ольга Петровна",
        "Сообщаю показания счётчика № 0012345: 4521 кВт·ч. Прошу учесть показания при "
        "начислении платы за февраль.",
        "Показания прибора учёта",
        category="meter_readings",
        account=ACCOUNT,
        address="г. Калининград, ул. Ленина, д. 5, кв. 12",
    ),
    Spec(
        "replace",
        "Кузнецов Андрей Викторович",
        "Прошу произвести замену счетчика в связи с его неисправностью. СЧЕТЧИК не реагирует "
        "на нагрузку, индикатор не горит.",
        "Замена прибора учёта",
        category="meter_service",
        channel="internet",
        captured="4099999999",
        days_ago=40,
    ),
    Spec(
        "many",
        "Волкова Мария Ивановна",
        "В нашем доме у всех жильцов установлено несколько счётчиков, показания счётчиков "
        "передаём ежемесячно. Прошу разъяснить порядок поверки приборов учёта.",
        category="meter_service",
        address="г. Советск, ул. Гагарина, д. 3",
        days_ago=5,
    ),
    Spec(
        "recalc",
        "Петров Сергей Николаевич",
        "Прошу сделать перерасчёт платы за электроэнергию за январь: в квитанции неверно "
        "начислено 3 200 рублей при фактическом потреблении 180 кВт·ч.",
        "Перерасчёт за январь",
        category="recalculation",
        account="4087654321",
        days_ago=70,
    ),
    Spec(
        "quality",
        "Зайцева Нина Павловна",
        "По вечерам в сети низкое напряжение, лампы мигают. Прошу проверить учёт прибора и "
        "качество электроэнергии, о которых писал Петров из соседнего дома.",
        category="power_quality",
        channel="phone",
        days_ago=2,
    ),
]


def build(database: Database) -> dict[str, str]:
    """Register and index the letters; returns reg_no by key."""
    numbers: dict[str, str] = {}
    with database.write() as session:
        actor = resolve_actor(session, None)
        session.add(
            Consumer(account=ACCOUNT, full_name="Смирнова Ольга Петровна", address="Ленина 5")
        )
        session.add(Consumer(account="4087654321", full_name="Петров Сергей Николаевич"))
        session.flush()
        for spec in LETTERS:
            draft = LetterDraft(
                received_on=(NOW - dt.timedelta(days=spec.days_ago + 1)).date(),
                channel=spec.channel,
                sender_name=spec.sender,
                sender_address=spec.address,
                full_text=spec.text,
                summary=spec.summary,
                category=spec.category,
                linked_account=spec.account,
                link_status="confirmed" if spec.account else "none",
                account_captured=spec.captured,
            )
            done = register_letter(
                session, actor, draft, now=NOW - dt.timedelta(days=spec.days_ago)
            )
            index_letter(session, done.id)
            numbers[spec.key] = done.reg_no
    return numbers

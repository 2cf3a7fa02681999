"""Compose the text of one consumer letter (no pixels here) and the facts it states."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from tests.corpus import people, templates

MONTHS_NOM = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]
MONTHS_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
DIRECTORS = ["Петрову П.П.", "Соколову А.В.", "Кравцовой Е.Н.", "Белову С.Г."]
CATEGORIES = list(templates.BODIES)
_KEY = re.compile(r"\[\[(.+?)\]\]")


@dataclass
class Sender:
    full_name: str
    address: people.Address
    phone: str | None  # normalised +7XXXXXXXXXX
    email: str | None
    meter_no: str


@dataclass
class LetterDoc:
    """The printable parts of a letter, in reading order."""

    header: list[str]  # "" is a small vertical gap
    title: str
    paragraphs: list[str]
    attachments: list[str]
    date_text: str
    signature: str
    table_title: str = ""
    table: list[list[str]] = field(default_factory=list)  # an appendix page when not empty


@dataclass
class LetterFacts:
    """What the letter says, as printed: the ground truth for extraction."""

    letter_date: dt.date
    name_printed: str
    address_printed: str | None
    postal_code: str | None
    phone: str | None
    phone_printed: str | None
    email: str | None
    key_phrases: list[str]
    readings: list[dict[str, str | None]]
    account_place: str | None


def fmt_date(d: dt.date, style: int) -> str:
    if style == 1:
        return f"«{d.day:02d}» {MONTHS_GEN[d.month - 1]} {d.year} г."
    if style == 2:
        return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} г."
    return f"{d:%d.%m.%Y}" + (" г." if style == 3 else "")


def fmt_amount(value: float, rng: random.Random) -> str:
    rub, kop = int(value), round((value - int(value)) * 100) % 100
    rub_s = f"{rub:,}".replace(",", " ")
    if rng.random() < 0.3:
        return f"{rub_s} руб. {kop:02d} коп."
    return f"{rub_s},{kop:02d} руб."


def _slots(rng: random.Random, sender: Sender, letter_date: dt.date, address: str) -> dict:
    female = people.is_female(sender.full_name)

    def before(max_days: int, min_days: int = 1) -> dt.date:
        return letter_date - dt.timedelta(days=rng.randint(min_days, max_days))

    prev_month = letter_date.replace(day=1) - dt.timedelta(days=1)
    event = before(60, 5)
    reading_date = before(10, 0)
    reading = str(rng.randint(1200, 98000))
    if rng.random() < 0.2:
        reading += f",{rng.randint(0, 9)}"
    t1 = rng.randint(2000, 60000)
    return {
        "a": "а" if female else "",
        "sya": "ась" if female else "ся",
        "meter_no": sender.meter_no,
        "reading": reading,
        "reading_t1": str(t1),
        "reading_t2": str(rng.randint(t1 // 4, t1 // 2)),
        "reading_date": fmt_date(reading_date, rng.choice([0, 0, 2])),
        "_reading_iso": reading_date.isoformat(),
        "kwh": rng.choices(["кВт·ч", "кВт*ч", "кВт.ч", "кВтч"], [6, 1, 2, 1])[0],
        "month": f"{MONTHS_NOM[prev_month.month - 1]} {prev_month.year} г.",
        "consumption": str(rng.randint(80, 900)),
        "amount": fmt_amount(rng.uniform(300, 25000), rng),
        "amount2": fmt_amount(rng.uniform(20, 900), rng),
        "date_event": fmt_date(event, rng.choice([0, 0, 2])),
        "date_event2": fmt_date(event + dt.timedelta(days=rng.randint(1, 4)), 0),
        "address": address,
        "voltage": str(rng.randint(150, 195)),
        "months_n": str(rng.choice([3, 6, 12])),
        "other_name": people.random_person(rng),
        "cad": f"{rng.randint(1, 15):02d}:{rng.randint(10000, 99999):06d}:{rng.randint(1, 999)}",
        "power": str(rng.choice([5, 10, 15, 15, 15])),
        "year": str(rng.randint(1975, 2021)),
        "family": str(rng.randint(1, 4)),
    }


def _fill(template: str, slots: dict, keys: list[str]) -> str:
    text = template.format(**slots).replace("..", ".")  # «2025 г.» at a sentence end
    keys.extend(_KEY.findall(text))
    return _KEY.sub(r"\1", text)


def _readings(template: str, slots: dict) -> list[dict[str, str | None]]:
    date = slots["_reading_iso"]
    if "{reading_t1}" in template:
        return [
            {"meter_no": slots["meter_no"], "value": slots["reading_t1"], "date": date},
            {"meter_no": slots["meter_no"], "value": slots["reading_t2"], "date": date},
        ]
    if "{reading}" in template:
        return [{"meter_no": slots["meter_no"], "value": slots["reading"], "date": date}]
    return []


def _consumption_table(rng: random.Random, end: dt.date, kwh: str) -> list[list[str]]:
    rows = [["Месяц", f"Показания, {kwh}", f"Расход, {kwh}", "Начислено, руб."]]
    value = rng.randint(5000, 40000)
    month = end.replace(day=1)
    stamps = []
    for _ in range(12):
        month = (month - dt.timedelta(days=1)).replace(day=1)
        stamps.append(month)
    tariff = rng.choice([5.49, 5.87, 6.12, 4.11])
    for m in reversed(stamps):
        used = rng.randint(90, 600)
        value += used
        cost = f"{used * tariff:.2f}".replace(".", ",")
        rows.append([f"{MONTHS_NOM[m.month - 1]} {m.year}", str(value), str(used), cost])
    return rows


def compose(
    rng: random.Random,
    sender: Sender,
    category: str,
    account: str | None,
    letter_date: dt.date,
    fillers: int = 0,
    table: bool = False,
) -> tuple[LetterDoc, LetterFacts]:
    """Build one letter; ``account`` is printed as given (already mistyped if it should be)."""
    female = people.is_female(sender.full_name)
    addr_printed = sender.address.variant(rng.choice([0, 0, 0, 1, 2]))
    index_pos = rng.choices(["before", "after", "none"], [7, 2, 1])[0]
    postal = None if index_pos == "none" else sender.address.postal_code
    full_addr = {"before": f"{postal}, {addr_printed}", "after": f"{addr_printed}, {postal}"}.get(
        index_pos, addr_printed
    )
    phone_printed = people.format_phone(sender.phone, rng.randrange(6)) if sender.phone else None
    slots = _slots(rng, sender, letter_date, addr_printed)
    keys: list[str] = []

    addressee = rng.choice(
        [
            ["Генеральному директору", "АО «Энергосбыт»", rng.choice(DIRECTORS)],
            ["В АО «Энергосбыт»"],
            ["Начальнику отделения", "АО «Энергосбыт»", rng.choice(DIRECTORS)],
            ["Директору Калининградского отделения", "АО «Энергосбыт»"],
        ]
    )
    style = rng.randrange(3)
    if style == 2:
        name_printed = sender.full_name
        sender_lines = [f"Заявитель: {name_printed}", f"Адрес: {full_addr}"]
    else:
        name_printed = people.genitive(sender.full_name)
        living = "проживающей" if female else "проживающего"
        sender_lines = [f"от {name_printed},", f"{living} по адресу:", full_addr]
        if style == 1:
            sender_lines = [f"от {name_printed}", f"адрес: {full_addr}"]
    if phone_printed:
        sender_lines.append(rng.choice(["тел. ", "тел.: ", "Телефон: ", "моб. "]) + phone_printed)
    if sender.email:
        sender_lines.append(rng.choice(["e-mail: ", "эл. почта: ", "E-mail: "]) + sender.email)

    place = None
    title = rng.choice(templates.TITLES.get(category, templates.DEFAULT_TITLES))
    paragraphs: list[str] = []
    if account:
        place = rng.choices(["header", "body", "title"], [5, 4, 1] if title else [5, 5, 0])[0]
        if place == "header":
            sender_lines.append(rng.choice(templates.ACCOUNT_HEADER).format(acc=account))
        elif place == "title":
            title = f"{title}\nпо лицевому счёту № {account}"
        else:
            paragraphs.append(rng.choice(templates.ACCOUNT_BODY).format(acc=account))

    body_tpl = rng.choice(templates.BODIES[category])
    body = _fill(body_tpl, slots, keys)
    if paragraphs and rng.random() < 0.5:
        paragraphs = [paragraphs[0] + " " + body]
    else:
        paragraphs.append(body)
    for filler in rng.sample(templates.FILLERS, min(fillers, len(templates.FILLERS))):
        paragraphs.append(_fill(filler, slots, []))
    paragraphs.append(rng.choice(templates.CLOSINGS))

    attachments: list[str] = []
    if category in templates.ATTACHMENTS and rng.random() < 0.4:
        items = templates.ATTACHMENTS[category]
        attachments = ["Приложение:"] + [
            f"{i}. {_fill(it, slots, [])} — 1 л." for i, it in enumerate(items, 1)
        ]
    short = people.short_name(sender.full_name)
    signature = rng.choice([short, f"_____________ {short}", f"___________ /{short}/"])
    doc = LetterDoc(
        header=[*addressee, "", *sender_lines],
        title=title,
        paragraphs=paragraphs,
        attachments=attachments,
        date_text=fmt_date(letter_date, rng.randrange(4)),
        signature=signature,
    )
    if table:
        doc.table_title = "Приложение № 1. Расчёт потребления электроэнергии"
        doc.table = _consumption_table(rng, letter_date, slots["kwh"])
    facts = LetterFacts(
        letter_date=letter_date,
        name_printed=name_printed,
        address_printed=addr_printed,
        postal_code=postal,
        phone=sender.phone,
        phone_printed=phone_printed,
        email=sender.email,
        key_phrases=keys,
        readings=_readings(body_tpl, slots),
        account_place=place,
    )
    return doc, facts


def drop_yo(doc: LetterDoc, facts: LetterFacts) -> None:
    """Many people type «е» for «ё»; rewrite the printed text and the printed facts."""

    def f(s: str) -> str:
        return s.replace("ё", "е").replace("Ё", "Е")

    doc.header = [f(s) for s in doc.header]
    doc.title = f(doc.title)
    doc.paragraphs = [f(s) for s in doc.paragraphs]
    doc.attachments = [f(s) for s in doc.attachments]
    doc.signature = f(doc.signature)
    doc.table_title = f(doc.table_title)
    doc.table = [[f(c) for c in row] for row in doc.table]
    facts.name_printed = f(facts.name_printed)
    facts.address_printed = f(facts.address_printed) if facts.address_printed else None
    facts.key_phrases = [f(k) for k in facts.key_phrases]


def random_sender(rng: random.Random) -> Sender:
    full_name = people.random_person(rng)
    return Sender(
        full_name=full_name,
        address=people.random_address(rng),
        phone=people.random_phone(rng),
        email=people.random_email(full_name, rng) if rng.random() < 0.4 else None,
        meter_no=str(rng.randint(10_000_000, 99_999_999)),
    )


def random_paragraph(rng: random.Random) -> str:
    """A filled paragraph from any template, for dense benchmark pages."""
    sender = random_sender(rng)
    slots = _slots(
        rng,
        sender,
        dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365)),
        sender.address.canonical(),
    )
    roll = rng.random()
    if roll < 0.15:
        phone = people.format_phone(sender.phone or "", rng.randrange(6))
        return (
            f"Заявитель: {sender.full_name}, адрес: {sender.address.postal_code}, "
            f"{sender.address.canonical()}, тел. {phone}."
        )
    if roll < 0.6:
        tpl = rng.choice(templates.BODIES[rng.choice(CATEGORIES)])
    else:
        tpl = rng.choice(templates.FILLERS + templates.CLOSINGS)
    return _fill(tpl, slots, [])

"""Field extraction on realistic letters: plain text, OCR-ish noise, and one real tesseract page."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from pathlib import Path

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.fields import extract, extract_from_text
from ocr.fields_names import find_sender_name
from ocr.fields_text import doc_from_text, doc_from_words
from ocr.types import Box, ExtractedFields, PageText, Word
from tests.corpus import render
from tests.corpus.letter import CATEGORIES, compose, drop_yo, random_sender

HEADER_LETTER = """Генеральному директору
АО «Янтарьэнергосбыт»
Петрову П.П.
от Иванова Ивана Ивановича,
проживающего по адресу:
236000, г. Калининград,
ул. Ленина, д. 12, кв. 5
тел. 8 912 345-67-89

ЗАЯВЛЕНИЕ

Прошу произвести пере-
расчет платы за электроэнергию по л/с 12О4567890 за март 2026 г.,
так как начисление выполнено по нормативу, хотя показания счетчика
№ 01234567 на 01.03.2026 составляли 12345 кВт·ч.

12.03.2026                                   Иванов И.И.
"""

READINGS_LETTER = """В ООО «Энергосбыт»
от Петровой Анны Сергеевны
адрес: 238300, Калининградская обл., Гурьевский р-н, пос. Васильково, ул. Шатурская, д. 3
e-mail: petrova.as@mail.ru

Передаю показания прибора учета № 7712345. Т1 - 4567,8; Т2 - 1234,5 на 25.03.2026.
Лицевой счет 123-456-789-01.

С уважением, Петрова А.С.
25 марта 2026 г.
"""

ORGANISATION_LETTER = """Исх. № 45/2 от 14.02.2026
Директору филиала
Сидорову С.С.

Я, Кузнецова Мария Петровна, ИНН 390612345678, тел. +7(911)4567890,
прошу заключить договор энергоснабжения на квартиру по адресу г. Калининград,
ул. Мира, д. 8, кв. 14 в связи со сменой собственника.
Документы прилагаю.
"""

FORM_LETTER = """Заявление
ФИО: Смирнов Алексей Викторович
Адрес: 236010, г. Калининград, пр-т Победы, д. 110, кв. 7
Телефон: 8-4012-12-34-56
Лицевой счет: 4001 2345 67
Прошу заменить счетчик, так как истек срок поверки.
Дата: 02.02.2026
"""

NOISY_ACCOUNT_LETTER = """Начальнику отделения
от Сидорова А.Н.
г. Гусев, ул. Московская, д. 4

Прошу разобраться с начислениями по л/сч. 3901 l2З4 56.
Мой мобильный 89001234567.

А.Н. Сидоров
"""

UNMARKED_ACCOUNT_LETTER = """От Орловой Натальи Игоревны
ИНН 390700112233
Прошу пояснить начисления по счету 5009876543 за январь.
Контактный телефон 8 (4012) 55-66-77.
"""

PHONE_ONLY_LETTER = """Прошу перезвонить мне по телефону 89123456789 по вопросу оплаты.
Счет на оплату мне не приходил.
Егоров Е.Е.
"""

OCR_BROKEN_LETTER = """Генеральному директору ПАО «Энергосбыт»
от Заболоцкой Елены Викторовны, проживающей по адре-
су: 236022, г. Калининград, пр-т Мира,
д. 5, кв. 17, эл. почта: zabolоtskaya@yandex.ru
Лицевои счет № 50О 123 4567

«05» апреля 2026 г.
Сообщаю показания по состоянию на 31.03.2026: день — 3456, ночь — 1234.
Заболоцкая Е.В.
"""

ELEVEN_DIGIT_ACCOUNT_LETTER = """от Ковалева Игоря Петровича
л/с 81234567890
Прошу проверить оплату за февраль. Тел.: 912 345 67 89
"""


def fields(text: str) -> ExtractedFields:
    return extract_from_text(text)


def value(f: ExtractedFields, name: str) -> str | None:
    field = getattr(f, name)
    return None if field is None else field.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEADER_LETTER,
            {
                "name": "Иванов Иван Иванович",
                "address": "236000, г. Калининград, ул. Ленина, д. 12, кв. 5",
                "postal_code": "236000",
                "phone": "+79123456789",
                "account": "1204567890",
                "letter_date": "2026-03-12",
                "meter": "01234567",
                "email": None,
                "sender_ref": None,
            },
        ),
        (
            READINGS_LETTER,
            {
                "name": "Петрова Анна Сергеевна",
                "address": "238300, Калининградская обл., Гурьевский р-н, пос. Васильково, "
                "ул. Шатурская, д. 3",
                "postal_code": "238300",
                "email": "petrova.as@mail.ru",
                "account": "12345678901",
                "letter_date": "2026-03-25",
                "meter": "7712345",
                "phone": None,
            },
        ),
        (
            ORGANISATION_LETTER,
            {
                "name": "Кузнецова Мария Петровна",
                "address": "г. Калининград, ул. Мира, д. 8, кв. 14",
                "phone": "+79114567890",
                "account": None,  # the INN is not an account
                "letter_date": "2026-02-14",
                "sender_ref": "45/2",
                "postal_code": None,
            },
        ),
        (
            FORM_LETTER,
            {
                "name": "Смирнов Алексей Викторович",
                "address": "236010, г. Калининград, пр-т Победы, д. 110, кв. 7",
                "postal_code": "236010",
                "phone": "+74012123456",
                "account": "4001234567",
                "letter_date": "2026-02-02",
            },
        ),
        (
            NOISY_ACCOUNT_LETTER,
            {
                "name": "Сидоров А.Н.",
                "address": "г. Гусев, ул. Московская, д. 4",
                "account": "3901123456",
                "phone": "+79001234567",
                "letter_date": None,
            },
        ),
        (
            OCR_BROKEN_LETTER,
            {
                "name": "Заболоцкая Елена Викторовна",
                "address": "236022, г. Калининград, пр-т Мира, д. 5, кв. 17",
                "postal_code": "236022",
                "email": "zabolotskaya@yandex.ru",
                "account": "5001234567",
                "letter_date": "2026-04-05",
            },
        ),
        (
            ELEVEN_DIGIT_ACCOUNT_LETTER,
            {
                "name": "Ковалев Игорь Петрович",
                "account": "81234567890",
                "phone": "+79123456789",
            },
        ),
    ],
    ids=["header", "readings", "organisation", "form", "noisy", "ocr_broken", "eleven_digits"],
)
def test_letter_fields(text: str, expected: dict[str, str | None]) -> None:
    f = fields(text)
    got = {name: value(f, name) for name in expected}
    assert got == expected


def test_confidences_are_in_range_and_text_has_no_boxes() -> None:
    f = fields(HEADER_LETTER)
    for field in f.as_list():
        assert 0.0 < field.confidence <= 1.0, field
        assert field.box is None
    assert f.name is not None and f.name.raw == "Иванова Ивана Ивановича"


def test_account_confidence_drops_with_confusion_fixes_and_without_marker() -> None:
    clean = fields("Лицевой счет № 1204567890").account
    fixed = fields("Лицевой счет № 12О4567890").account
    twice = fields("л/сч. 3901 l2З4 56").account
    bare = fields(UNMARKED_ACCOUNT_LETTER).account
    assert clean and fixed and twice and bare
    assert clean.value == fixed.value == "1204567890"
    assert twice.value == "3901123456"
    assert clean.confidence > fixed.confidence > twice.confidence
    assert bare.value == "5009876543"
    assert bare.confidence < 0.5 < twice.confidence
    assert fixed.raw == "12О4567890"


def test_inn_and_phones_are_not_accounts() -> None:
    f = fields(UNMARKED_ACCOUNT_LETTER)
    assert f.account is not None and f.account.value != "390700112233"
    assert f.phone is not None and f.phone.value == "+74012556677"
    assert f.name is not None and f.name.value == "Орлова Наталья Игоревна"
    phone_only = fields(PHONE_ONLY_LETTER)
    assert phone_only.account is None
    assert phone_only.phone is not None and phone_only.phone.value == "+79123456789"
    assert phone_only.name is not None and phone_only.name.value == "Егоров Е.Е."
    assert fields("ИНН 3906123456, ОГРН 1023900123456").account is None


@pytest.mark.parametrize(
    ("raw", "phone"),
    [
        ("тел. 8 912 345-67-89", "+79123456789"),
        ("+7(912)3456789", "+79123456789"),
        ("тел.: 8-4012-12-34-56", "+74012123456"),
        ("моб. +7 900 111 22 33", "+79001112233"),
        ("телефон 912-345-67-89", "+79123456789"),
    ],
)
def test_phone_normalisation(raw: str, phone: str) -> None:
    f = fields(raw)
    assert f.phone is not None and f.phone.value == phone


@pytest.mark.parametrize(
    ("header", "nominative"),
    [
        ("от Иванова Ивана Ивановича", "Иванов Иван Иванович"),
        ("от Петровой Анны Сергеевны", "Петрова Анна Сергеевна"),
        ("от Сидорова Андрея Николаевича", "Сидоров Андрей Николаевич"),
        ("от Коваля Игоря Петровича", "Коваль Игорь Петрович"),
        ("от Ильиной Марии Ильиничны", "Ильина Мария Ильинична"),
        ("от Зайцева Петра Львовича", "Зайцев Пётр Львович"),
        ("от Петрова П.П.", "Петров П.П."),
        ("от Петровой А. С.", "Петрова А.С."),
        ("от Шевчук Анны Олеговны", "Шевчук Анна Олеговна"),
        ("ФИО: Иванова И. И.", "Иванова И.И."),
    ],
)
def test_sender_name_nominative(header: str, nominative: str) -> None:
    text = f"Генеральному директору\nООО «Энергосбыт»\nПетрову П.П.\n{header}\n" + "Текст. " * 30
    hit = find_sender_name(text)
    assert hit is not None and hit.value == nominative


def test_name_without_from_in_header_and_in_capitals() -> None:
    header = "Директору АО «Энергосбыт»\nСмирновой Ольги Павловны\nг. Калининград, ул. Мира, д. 1\n"
    assert value(fields(header + "Прошу сделать перерасчет за март и апрель."), "name") == (
        "Смирнова Ольга Павловна"
    )
    caps = fields("ИВАНОВ ИВАН ИВАНОВИЧ\nПрошу сделать перерасчет за март и апрель.")
    assert value(caps, "name") == "Иванов Иван Иванович"
    signed = fields("Прошу сделать перерасчет за март.\n\nС уважением,\nИван Иванович Иванов")
    assert value(signed, "name") == "Иванов Иван Иванович"
    # a person named in the body is not the sender
    body = fields(
        "от Петрова П.П.\n" + "Текст обращения. " * 10 + "\nМастер Козлов Константин Петрович "
        "нагрубил мне при замене счётчика, прошу разобраться."
    )
    assert value(body, "name") == "Петров П.П."


def test_misread_account_marker() -> None:
    assert value(fields("nic 81234567890\nПрошу проверить оплату."), "account") == "81234567890"


def test_addressee_in_dative_is_not_the_sender() -> None:
    f = fields("Генеральному директору\nИванову Ивану Ивановичу\n\nПрошу принять показания.")
    assert f.name is None


def test_readings_with_zones_meter_and_dates() -> None:
    f = fields(READINGS_LETTER)
    got = [(r.zone, r.value, r.meter_no, r.taken_on) for r in f.readings]
    assert got == [
        ("T1", "4567.8", "7712345", "2026-03-25"),
        ("T2", "1234.5", "7712345", "2026-03-25"),
    ]
    single = fields(HEADER_LETTER).readings
    assert [(r.value, r.meter_no, r.taken_on, r.zone) for r in single] == [
        ("12345", "01234567", "2026-03-01", None)
    ]
    broken = fields(OCR_BROKEN_LETTER).readings
    assert [(r.zone, r.value, r.taken_on) for r in broken] == [
        ("T1", "3456", "2026-03-31"),
        ("T2", "1234", "2026-03-31"),
    ]


def test_money_and_years_are_not_readings() -> None:
    f = fields("Показания не передавал, оплатил 1500,50 руб. в 2025 году.")
    assert f.readings == []


def test_dates() -> None:
    assert value(fields("Дата: 1.2.2026\nТекст письма."), "letter_date") == "2026-02-01"
    assert value(fields("Текст.\n\n«7» декабря 2025 года\nПодпись"), "letter_date") == "2025-12-07"
    assert value(fields("Письмо от 31.02.2026"), "letter_date") is None  # not a real date


def test_hyphenated_words_are_joined_and_boxes_follow_words() -> None:
    doc = doc_from_text("Прошу пере-\nрасчёт. Ростов-на-\nДону")
    assert doc.text == "Прошу перерасчёт. Ростов-на-Дону"
    words = [
        Word("Прошу", 95, Box(0, 10, 10, 50, 20), (1, 1, 1)),
        Word("пере-", 90, Box(0, 70, 10, 40, 20), (1, 1, 1)),
        Word("расчёт", 60, Box(0, 10, 40, 60, 20), (1, 1, 2)),
    ]
    doc = doc_from_words(words)
    assert doc.text == "Прошу перерасчёт"
    start = doc.text.index("перерасчёт")
    assert doc.box_of([(start, start + 10)]) == Box(0, 10, 10, 100, 50)
    assert doc.ocr_quality(start, start + 10) == pytest.approx(0.5 * 0.6 + 0.5 * 0.75)


# --- postal addresses ---------------------------------------------------------------------

ADDRESS_FORMS = [
    # compact house-flat «61А-83», with and without the comma before it
    pytest.param("г. Калининград, ул. Ленина, 61А-83", id="house_flat"),
    pytest.param("г. Калининград, ул. Ленина 61а-83", id="house_flat_no_comma"),
    pytest.param("236000, г. Калининград, ул. Гагарина, 10-15", id="index_house_flat"),
    pytest.param("г. Калининград, мкр. Северный, 3-21", id="district_house_flat"),
    # fractions, letters, buildings and flats written every way
    pytest.param("г. Калининград, ул. Ленина, д. 61/2, кв. 83", id="fraction"),
    pytest.param("г. Калининград, ул. Ленина, д.61А кв.83", id="no_spaces"),
    pytest.param("г. Калининград, ул. Ленина, дом 5 корпус 2 квартира 14", id="words"),
    pytest.param("г. Калининград, пр-т Мира, д. 12, корп. 3, кв. 45", id="building"),
    pytest.param("г. Калининград, ул. Советская, д. 7 стр. 1", id="structure"),
    pytest.param("г. Калининград, ул. Ленина, д. 5 а", id="letter_apart"),
    pytest.param("г. Калининград, ул. Ленина, д. 5а", id="letter"),
    pytest.param("г. Калининград, ул. Ленина, 5-А", id="letter_dash"),
    # the other forms of the synthetic corpus (tests/corpus/people.py)
    pytest.param("236022, г. Калининград, ул. Ленина, дом 12, квартира 5", id="corpus_words"),
    pytest.param(
        "г. Калининград, ул. Ленина, дом 12, корп. 3, квартира 45", id="corpus_words_building"
    ),
    pytest.param("г. Калининград, Московский пр-т, 12, корп. 3-45", id="corpus_building_flat"),
    pytest.param("г. Калининград, ул. Аллея Смелых, 154-130", id="corpus_two_word_street"),
    pytest.param("г. Калининград, пер. Тихий, д. 20, кв. 85", id="corpus_lane"),
    pytest.param("г. Советск, ул. Космонавта Леонова, 8Б-111, 238750", id="corpus_index_last"),
    pytest.param(
        "Калининградская обл., Гурьевский р-н, пос. Малое Исаково, ул. Центральная, дом 5",
        id="corpus_village",
    ),
]


@pytest.mark.parametrize("address", ADDRESS_FORMS)
def test_address_forms_are_extracted_whole(address: str) -> None:
    marked = f"от Иванова И.И.\nадрес: {address}\nтел. 8 912 345-67-89\n\nПрошу принять показания."
    assert value(fields(marked), "address") == address
    unmarked = f"от Иванова И.И.\n{address}\n\nЗаявление\nПрошу принять показания."
    assert value(fields(unmarked), "address") == address


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # index and city on one line, street, house and flat on the next
        (
            "236000, г. Калининград\nул. Ленина 61а-83",
            "236000, г. Калининград, ул. Ленина 61а-83",
        ),
        (
            "236000, г. Калининград,\nул. Ленина, д. 61/2, кв. 83",
            "236000, г. Калининград, ул. Ленина, д. 61/2, кв. 83",
        ),
        # a narrow header block wraps the address anywhere between words
        (
            "236023, г. Калининград, пер.\nТихий, д. 20, кв. 85",
            "236023, г. Калининград, пер. Тихий, д. 20, кв. 85",
        ),
        (
            "236003, г. Калининград, Советский\nпр-т, 99-78",
            "236003, г. Калининград, Советский пр-т, 99-78",
        ),
        (
            "238432, Калининградская\nобл., Багратионовский р-н, пос.\n"
            "Долгоруково, ул. Мира, дом 33",
            "238432, Калининградская обл., Багратионовский р-н, пос. Долгоруково, ул. Мира, дом 33",
        ),
        (
            "г. Калининград, ул. Космонавта\nЛеонова, дом 64, квартира\n139",
            "г. Калининград, ул. Космонавта Леонова, дом 64, квартира 139",
        ),
    ],
    ids=["index_city_then_street", "trailing_comma", "after_type", "before_type", "many", "flat"],
)
def test_address_over_several_lines(lines: str, expected: str) -> None:
    text = f"от Петровой А.С.,\nпроживающей по адресу:\n{lines}\nтел.: 8 (4012) 55-66-77\n"
    assert value(fields(text + "\nЗАЯВЛЕНИЕ\n\nПрошу проверить начисления."), "address") == expected


COMPACT_HEADER_LETTER = """Начальнику отделения
АО «Энергосбыт»
Белову С.Г.

от Иванова Ивана Ивановича
236000, г. Калининград
ул. Ленина 61а-83
8 912 345-67-89
л/с 1234567890

Заявление

Прошу произвести перерасчёт платы за электроэнергию за март 2026 г.

12.03.2026                                   Иванов И.И.
"""


def test_address_in_a_header_keeps_its_neighbours_out() -> None:
    f = fields(COMPACT_HEADER_LETTER)
    assert value(f, "address") == "236000, г. Калининград, ул. Ленина 61а-83"
    assert value(f, "postal_code") == "236000"
    assert value(f, "phone") == "+79123456789"
    assert value(f, "account") == "1234567890"
    assert value(f, "name") == "Иванов Иван Иванович"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Адрес: г. Калининград, ул. Гагарина, 10-15, тел. 89123456789",
            "г. Калининград, ул. Гагарина, 10-15",
        ),
        (
            "Адрес: г. Калининград, ул. Ленина, д. 5 а, 8 912 345-67-89",
            "г. Калининград, ул. Ленина, д. 5 а",
        ),
        (
            "Адрес: г. Калининград, ул. Ленина, д.61А кв.83 л/с 1234567890",
            "г. Калининград, ул. Ленина, д.61А кв.83",
        ),
        (
            "от Иванова И.И.\nг. Калининград, ул. Ленина, 5-А\nЗаявление\nПрошу проверить счёт.",
            "г. Калининград, ул. Ленина, 5-А",
        ),
        (
            "от Иванова И.И.\nг. Калининград, ул. Ленина\nЗАЯВЛЕНИЕ\nПрошу проверить счёт.",
            "г. Калининград, ул. Ленина",
        ),
        (
            "от Иванова И.И.\nг. Калининград, ул. Ленина, д. 5 а\nПрошу проверить счёт.",
            "г. Калининград, ул. Ленина, д. 5 а",
        ),
        (
            "Прошу заключить договор на квартиру по адресу г. Калининград, ул. Мира, д. 8, "
            "кв. 14 в связи со сменой собственника.",
            "г. Калининград, ул. Мира, д. 8, кв. 14",
        ),
        (
            "Адрес: ул. Ленина, д. 5, кв. 3\n12.03.2026",
            "ул. Ленина, д. 5, кв. 3",
        ),
    ],
)
def test_address_stops_before_other_fields(text: str, expected: str) -> None:
    assert value(fields(text), "address") == expected


def _corpus_letter_texts(n: int) -> list[tuple[str, str]]:
    """(letter text as laid out on the page, printed address without index) of ``n``
    letters composed by the corpus generator; no pixels and no OCR."""
    out = []
    for i in range(n):
        rng = random.Random(f"address-{i}")
        sender = random_sender(rng)
        account = str(rng.randint(10**9, 10**10 - 1)) if rng.random() < 0.8 else None
        date = dt.date(2025, 1, 9) + dt.timedelta(days=rng.randint(0, 350))
        doc, facts = compose(rng, sender, rng.choice(CATEGORIES), account, date, rng.choice([0, 2]))
        if rng.random() < 0.35:
            drop_yo(doc, facts)
        pages = render.layout_letter(doc, render.Style.random(rng), rng.choice([200, 300]))
        assert facts.address_printed is not None
        out.append(("\n\n".join(p.text() for p in pages), facts.address_printed))
    return out


def test_addresses_of_generated_letters() -> None:
    """At least 95 % of the generator's addresses come out exactly (index aside), in every
    form it writes and wrapped in the header block as on its pages."""

    def norm(address: str) -> str:
        address = re.sub(r"^\d{6}, |, \d{6}$", "", address.strip())
        return " ".join(address.split()).lower()

    letters = _corpus_letter_texts(100)
    misses = [
        (want, got)
        for text, want in letters
        if norm(got := value(fields(text), "address") or "") != norm(want)
    ]
    assert len(misses) <= 5, misses


# --- one real tesseract page -------------------------------------------------------------

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PAGE_LINES: list[tuple[int, str]] = [
    (1300, "Генеральному директору"),
    (1300, "АО «Янтарьэнергосбыт»"),
    (1300, "Петрову П.П."),
    (1300, "от Смирновой Ольги Павловны,"),
    (1300, "проживающей по адресу:"),
    (1300, "238750, г. Советск,"),
    (1300, "ул. Гагарина, д. 7, кв. 21"),
    (1300, "тел. +7 (921) 765-43-21"),
    (1000, "ЗАЯВЛЕНИЕ"),
    (200, "Прошу произвести перерасчёт платы за электроэнергию по лицевому"),
    (200, "счёту № 39О2 1122 33 за февраль 2026 года. Показания счётчика"),
    (200, "№ 0099887 на 28.02.2026 составляли 23456 кВт·ч."),
    (200, "17.03.2026                                        Смирнова О.П."),
]
LINE_Y0, LINE_STEP = 120, 80


def _ocr_page(path: Path) -> PageText:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data = pytesseract.image_to_data(str(path), lang="rus+eng", output_type=pytesseract.Output.DICT)
    words = [
        Word(
            text,
            float(data["conf"][i]),
            Box(0, data["left"][i], data["top"][i], data["width"][i], data["height"][i]),
            (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
        )
        for i, text in enumerate(data["text"])
        if text.strip()
    ]
    confs = [w.conf for w in words]
    return PageText(" ".join(w.text for w in words), words, sum(confs) / len(confs))


def test_fields_from_a_real_tesseract_page(tmp_path: Path) -> None:
    font = ImageFont.truetype(FONT, 42)
    img = Image.new("L", (2480, 1300), 255)
    draw = ImageDraw.Draw(img)
    for i, (x, line) in enumerate(PAGE_LINES):
        draw.text((x, LINE_Y0 + i * LINE_STEP), line, font=font, fill=0)
    path = tmp_path / "page.png"
    img.save(path)

    f = extract([_ocr_page(path)])

    assert value(f, "name") == "Смирнова Ольга Павловна"
    assert value(f, "postal_code") == "238750"
    assert value(f, "phone") == "+79217654321"
    assert value(f, "account") == "3902112233"
    assert value(f, "letter_date") == "2026-03-17"
    assert [(r.value, r.meter_no, r.taken_on) for r in f.readings] == [
        ("23456", "0099887", "2026-02-28")
    ]
    assert f.address is not None and "ул. Гагарина, д. 7, кв. 21" in f.address.value

    def line_of(box: Box | None) -> int:
        assert box is not None and box.page == 0
        return round((box.y - LINE_Y0) / LINE_STEP)

    assert f.account is not None and line_of(f.account.box) == 10
    assert f.account.box is not None and 200 < f.account.box.x < 1000
    assert f.phone is not None and line_of(f.phone.box) == 7
    assert f.name is not None and line_of(f.name.box) == 3
    assert f.account.confidence > 0.5

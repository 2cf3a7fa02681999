"""Topic classification by the editable keyword rules, on clean text, noisy text and OCR output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from letters.classify import (
    DEFAULT_RULES_PATH,
    Classification,
    Classifier,
    RuleClassifier,
    classify,
    load_rules,
    normalise_words,
)

SAMPLES: list[tuple[str, str]] = [
    (
        "recalculation",
        "Прошу произвести пере-\nрасчет за январь 2026 г., так как начисление выполнено по "
        "нормативу, хотя счетчик исправен.",
    ),
    (
        "recalculation",
        "Мне неверно начислили плату за электроэнергию в декабре. Прошу пересчитать сумму "
        "по л/с 12О4567890.",
    ),
    (
        "recalculation",
        "В квитанции за февраль сумма завышена в три раза. Требую сделать перерасчёт.",
    ),
    (
        "meter_readings",
        "Передаю показания счетчика № 0123456 на 25.03.2026: Т1 - 4567, Т2 - 1234 кВт·ч.",
    ),
    (
        "meter_readings",
        "Сообщаю показания прибора учета: 12345 кВтч по состоянию на 01.04.2026. Прошу принять.",
    ),
    (
        "meter_service",
        "Прошу заменить счетчик, так как истек межповерочный интервал. "
        "Прибор учета вышел из строя.",
    ),
    ("meter_service", "Прошу направить специалиста для опломбировки нового прибора учета."),
    ("meter_service", "Сообщаю, что на счетчике сорвана пломба. Прошу провести поверку."),
    (
        "billing",
        "Прошу предоставить рассрочку по оплате задолженности за электроэнергию и не начислять "
        "пени.",
    ),
    (
        "billing",
        "Я оплатил квитанцию за март 15.03.2026, но платеж не отражен в личном кабинете. "
        "Прошу зачесть оплату.",
    ),
    (
        "disconnection",
        "10 марта нашу квартиру отключили от электроснабжения без предупреждения. Долг погашен, "
        "прошу возобновить подачу электроэнергии.",
    ),
    (
        "disconnection",
        "Получил уведомление об ограничении режима потребления. Прошу не вводить ограничение.",
    ),
    (
        "power_quality",
        "В нашем доме постоянные перепады напряжения, свет мигает, сгорел холодильник. "
        "Низкое напряжение по вечерам.",
    ),
    (
        "power_quality",
        "Просим принять меры: частые отключения и перебои электроэнергии на ул. Садовой, "
        "качество электроэнергии не соответствует ГОСТ.",
    ),
    (
        "contract",
        "В связи со сменой собственника квартиры прошу переоформить лицевой счет на моё имя. "
        "Копию договора купли-продажи прилагаю.",
    ),
    (
        "contract",
        "Прошу заключить договор энергоснабжения на жилой дом по адресу пос. Лесное, ул. Новая, "
        "д. 3.",
    ),
    (
        "connection",
        "Прошу выдать технические условия на технологическое присоединение строящегося дома "
        "на земельном участке.",
    ),
    ("connection", "Прошу рассмотреть увеличение мощности до 15 кВт для частного дома."),
    (
        "complaint",
        "Жалоба. Сотрудник в клиентском офисе разговаривал грубо и отказался принять документы.",
    ),
    (
        "complaint",
        "Третью неделю не могу дозвониться, на звонки не отвечают. Прошу принять меры.",
    ),
]


@pytest.mark.parametrize(
    ("code", "text"), SAMPLES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SAMPLES)]
)
def test_sample_letters(code: str, text: str) -> None:
    result = classify(text)
    assert result.code == code, (result.scores, result.matched)
    assert 0.4 <= result.confidence <= 1.0
    assert result.matched
    assert result.scores[code] == max(result.scores.values())


@pytest.mark.parametrize(
    "text",
    ["Прошу сообщить режим работы вашего офиса в праздничные дни.", "Благодарю за внимание.", ""],
)
def test_no_topic_is_other_and_needs_review(text: str) -> None:
    result = classify(text)
    assert result.code == "other"
    assert result.label_ru == "Прочее"
    assert result.needs_review
    assert result.confidence < 0.4


def test_weak_evidence_falls_below_threshold() -> None:
    text = "Прошу разобраться, тариф."
    weak = classify(text)
    assert weak.code == "other" and weak.needs_review  # one weak word is not enough
    assert weak.matched == ["тариф*"]  # the reviewer sees what nearly matched
    lenient = classify(text, threshold=0.3)
    assert lenient.code == "billing" and lenient.needs_review


def test_close_call_needs_review() -> None:
    result = classify("Прошу сделать перерасчёт и заменить счётчик.")
    assert result.code in {"recalculation", "meter_service"}
    assert result.needs_review
    assert result.scores["recalculation"] > 0 and result.scores["meter_service"] > 0


def test_ocr_noise_is_normalised() -> None:
    # «ё» lost, a line-break hyphen, a spaced hyphen, Latin «c» and «o» inside Cyrillic words.
    words = normalise_words("ПЕРЕРАСЧЁТ пере-\nрасчет пере- расчёт cчётчик пoверка")
    assert words == ["перерасчет", "перерасчет", "перерасчет", "счетчик", "поверка"]
    assert classify("Прошу провести пoверку cчётчика").code == "meter_service"


def test_full_letter_with_header_is_classified_by_its_body() -> None:
    letter = (
        "Генеральному директору\nАО «Янтарьэнергосбыт»\nПетрову П.П.\n"
        "от Иванова Ивана Ивановича,\nпроживающего по адресу:\n236000, г. Калининград,\n"
        "ул. Ленина, д. 12, кв. 5\nтел. 8 912 345-67-89\n\nЗАЯВЛЕНИЕ\n\n"
        "Прошу произвести пере-\nрасчет платы за электроэнергию по л/с 1204567890, так как "
        "показания счетчика на 01.03.2026 составляли 12345 кВт·ч.\n\n12.03.2026 Иванов И.И."
    )
    result = classify(letter)
    assert result.code == "recalculation"
    assert result.scores["meter_readings"] > 0  # readings mentioned, but not the request


def test_rules_are_data(tmp_path: Path) -> None:
    rules = load_rules()
    codes = [r.code for r in rules]
    assert codes == [
        "recalculation",
        "meter_readings",
        "meter_service",
        "billing",
        "disconnection",
        "power_quality",
        "contract",
        "connection",
        "complaint",
        "other",
    ]
    assert all(r.label_ru and r.label_en and r.source for r in rules)

    data = json.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["categories"].insert(
        0,
        {
            "code": "heating",
            "label_ru": "Отопление",
            "label_en": "Heating",
            "source": "test",
            "keywords": [{"phrase": "батаре* холодн*", "weight": 3.0}],
        },
    )
    custom = tmp_path / "categories.json"
    custom.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = classify("Батареи в квартире холодные.", rules=load_rules(custom))
    assert result.code == "heating" and result.label_ru == "Отопление"

    data["categories"][0]["keywords"] = [{"phrase": "***", "weight": 1}]
    custom.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="heating"):
        load_rules(custom)


def test_exact_word_and_phrase_gap() -> None:
    # «=долг» is the exact word: «долгое время» is no debt.
    assert classify("Долгое время жду ответа.").scores["billing"] == 0
    assert classify("Долг погашен полностью.").scores["billing"] > 0
    # up to two words between the words of a phrase
    assert classify("Прошу заменить старый неисправный счётчик").code == "meter_service"


class _Learned:
    """A stand-in for a classifier trained on confirmed letters."""

    def classify(self, text: str) -> Classification:
        return Classification("billing", "Начисления и оплата", 0.9, False, {"billing": 1.0})


def test_classifier_protocol() -> None:
    chosen: list[Classifier] = [RuleClassifier(), _Learned()]
    results = [c.classify("Прошу произвести перерасчёт") for c in chosen]
    assert [r.code for r in results] == ["recalculation", "billing"]


def test_classifies_real_tesseract_output(tmp_path: Path) -> None:
    lines = [
        "Прошу возобновить подачу электроэнер-",
        "гии в квартиру, отключённую 10.03.2026.",
        "Задолженность погашена полностью.",
    ]
    font = ImageFont.truetype(
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 44
    )
    img = Image.new("L", (1800, 330), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((80, 60 + i * 80), line, font=font, fill=0)
    path = tmp_path / "letter.png"
    img.save(path)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    text = pytesseract.image_to_string(str(path), lang="rus+eng")
    assert "электроэнер" in text  # tesseract really read it
    result = classify(text)
    assert result.code == "disconnection"
    assert "возобнов*" in result.matched and "отключ*" in result.matched

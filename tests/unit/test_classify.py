"""Topic classification by the editable keyword rules, on clean text, noisy text and OCR output."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from collections.abc import Sequence
from pathlib import Path

import pytesseract
import pytest
import snowballstemmer
from PIL import Image, ImageDraw, ImageFont

import letters.classify as classify_module
from letters.classify import (
    _MAX_GAP,
    DEFAULT_RULES_PATH,
    CategoryRule,
    Classification,
    Classifier,
    Phrase,
    RuleClassifier,
    _count,
    _stem,
    _TextIndex,
    classify,
    load_rules,
    normalise_words,
)
from tests.corpus.letter import CATEGORIES, compose, random_paragraph, random_sender
from tests.corpus.registry import random_account

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


# --- The indexed phrase matcher against the plain word-by-word scan it replaced -------------


def _reference_word_matches(matcher: str, word: str, stem: str) -> bool:
    if matcher.startswith("="):
        return word == matcher[1:]
    if matcher.endswith("*"):
        return word.startswith(matcher[:-1])
    return stem == matcher


def _reference_count(phrase: Phrase, words: Sequence[str], stems: Sequence[str], *_: object) -> int:
    """The original ``_count``: walk every word, take the nearest word for each next matcher."""
    count = 0
    first = phrase.words[0]
    i = 0
    while i < len(words):
        if not _reference_word_matches(first, words[i], stems[i]):
            i += 1
            continue
        pos, ok = i, True
        for matcher in phrase.words[1:]:
            nxt = next(
                (
                    j
                    for j in range(pos + 1, min(len(words), pos + 2 + _MAX_GAP))
                    if _reference_word_matches(matcher, words[j], stems[j])
                ),
                None,
            )
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            count += 1
            i = pos + 1
        else:
            i += 1
    return count


_REFERENCE_STEMMER = snowballstemmer.stemmer("russian")


def _reference_stem(word: str) -> str:
    return str(_REFERENCE_STEMMER.stemWord(word))


_LOOKALIKES = str.maketrans("аеорсух", "aeopcyx")


def _ocr_noise(text: str, rng: random.Random) -> str:
    """Line-break hyphens, Latin look-alikes and a lost «ё», as OCR output has them."""
    out = []
    for word in text.split(" "):
        roll = rng.random()
        if roll < 0.05 and len(word) > 5:
            cut = rng.randrange(2, len(word) - 2)
            word = word[:cut] + "-\n" + word[cut:]
        elif roll < 0.08:
            word = word.translate(_LOOKALIKES)
        out.append(word)
    return " ".join(out).replace("ё", "е" if rng.random() < 0.5 else "ё")


def _letter_text(rng: random.Random) -> str:
    """A whole synthetic letter of the test corpus as plain text."""
    doc, _ = compose(
        rng,
        random_sender(rng),
        rng.choice(CATEGORIES),
        random_account(rng) if rng.random() < 0.8 else None,
        dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(500)),
        fillers=rng.randrange(4),
        table=rng.random() < 0.2,
    )
    parts = [*doc.header, doc.title, *doc.paragraphs, *doc.attachments, doc.date_text]
    parts += [doc.signature, doc.table_title, *(" ".join(row) for row in doc.table)]
    parts += [random_paragraph(rng) for _ in range(rng.randrange(3))]  # other topics mixed in
    text = "\n".join(parts)
    return _ocr_noise(text, rng) if rng.random() < 0.5 else text


def _phrase_soup(rng: random.Random, rules: Sequence[CategoryRule]) -> str:
    """Words of the rule phrases in random order with random fillers: many near and far
    misses, repeats, overlaps and gaps around the window limit."""
    vocab = [w for r in rules for p in r.phrases for w in p.text.replace("*", "ами").split()]
    vocab = [w.lstrip("=") for w in vocab] + ["и", "не", "мне", "очень", "долгое", "а"]
    return " ".join(rng.choice(vocab) for _ in range(rng.randrange(0, 400)))


def _corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    rules = load_rules()
    return [_letter_text(rng) if i % 3 else _phrase_soup(rng, rules) for i in range(n)]


def _phrase(*matchers: str) -> Phrase:
    return Phrase(" ".join(matchers), 1.0, matchers)


EDGE_CASES: list[tuple[Phrase, str, int]] = [
    (_phrase("а"), "", 0),
    (_phrase("а", "б"), "", 0),
    (_phrase("а"), "а а а", 3),  # a one-word phrase counts every occurrence
    (_phrase("а", "а"), "а а а а а", 2),  # matches do not overlap: (0,1), (2,3)
    (_phrase("а", "а"), "а а а", 1),
    (_phrase("а", "б"), "а а б б", 1),  # the match starting at 0 takes the «б» at 2
    (_phrase("а", "б"), "а а а а б", 1),  # only a start within the window matches
    (_phrase("а", "б"), "а х у б", 1),  # two words between: the window limit
    (_phrase("а", "б"), "а х у ф б", 0),  # three words between: too far
    (_phrase("а", "б", "в"), "а б х у в", 1),
    (_phrase("а", "б", "в"), "а б б х у в", 0),  # the nearest «б» is taken, no backtracking
    (_phrase("а", "б"), "б а", 0),  # order matters
    (_phrase("а", "б"), "а б а б а б", 3),
    (_phrase("а", "б", "а"), "а б а б а б а", 2),  # the second starts after the first
    (_phrase("счет*"), "счетчик счета расчет счет", 3),
    (_phrase("счет*", "счет*"), "счетчик счета счет", 1),
    (_phrase("=долг"), "долг долгое долга долг", 2),
    (_phrase("=долг*"), "долг долга", 0),  # «=» wins: the exact word «долг*», never printed
    (_phrase("*"), "любое слово", 2),  # an empty prefix matches every word
    (_phrase("=долг", "погаш*"), "долг был погашен", 1),
    (_phrase("квт", "ч"), "квт ч квт х ч квт", 2),
]


@pytest.mark.parametrize(("phrase", "text", "expected"), EDGE_CASES)
def test_count_edge_cases(phrase: Phrase, text: str, expected: int) -> None:
    words = text.split()
    stems = list(words)  # the matcher compares stems as given; the text here is its own stem
    assert _reference_count(phrase, words, stems) == expected  # the cases state the semantics
    assert _count(phrase, words, stems) == expected
    assert _count(phrase, words, stems, _TextIndex(words, stems)) == expected


def test_count_agrees_with_plain_scan_on_random_texts() -> None:
    """Small alphabets make every kind of collision frequent."""
    rng = random.Random(7)
    vocab = ["а", "аб", "абв", "б", "ба", "в"]
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randrange(0, 25))]
        stems = [w[:1] for w in words]
        index = _TextIndex(words, stems)
        for _ in range(5):
            matchers = []
            for _ in range(rng.randrange(1, 4)):
                core = rng.choice(vocab)
                matchers.append(rng.choice([core[:1], "=" + core, core + "*", core[:-1] + "*"]))
            phrase = _phrase(*matchers)
            assert _count(phrase, words, stems, index) == _reference_count(phrase, words, stems), (
                matchers,
                words,
            )


def test_count_agrees_with_plain_scan_on_corpus() -> None:
    rules = load_rules()
    phrases = [p for r in rules for p in r.phrases]
    for text in _corpus(150, seed=11):
        words = normalise_words(text)
        stems = [_reference_stem(w) for w in words]
        assert [_stem(w) for w in words] == stems
        index = _TextIndex(words, stems)
        for phrase in phrases:
            assert _count(phrase, words, stems, index) == _reference_count(phrase, words, stems), (
                phrase.text,
                text,
            )


def test_classification_unchanged_on_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _corpus(120, seed=12) + [text for _, text in SAMPLES] + [""]
    fast = [RuleClassifier().classify(t) for t in texts]
    monkeypatch.setattr(classify_module, "_count", _reference_count)
    monkeypatch.setattr(classify_module, "_stem", _reference_stem)
    assert [RuleClassifier().classify(t) for t in texts] == fast
    assert {c.code for c in fast} - {"other"}  # the corpus exercises real categories

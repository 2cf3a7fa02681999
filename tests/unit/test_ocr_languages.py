"""ocr.languages: the main language first, the others only where they are needed (real
tesseract)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

import ocr.languages as languages
from ocr.languages import main_language, other_languages, read_in_main_language, text_of
from ocr.tesseract import recognize_lines

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300

RUSSIAN = [
    "Директору АО «Энергосбыт»",
    "от Трофимова Петра Викторовича",
    "E-mail: petr.trofimov@rambler.ru",
    "Прошу сделать перерасчёт платы за электроэнергию",
    "по лицевому счёту 1760352709 за октябрь.",
]
ENGLISH = [
    "Dear Sir or Madam,",
    "I am writing to dispute the electricity bill for October.",
    "Please check the meter readings and send me a corrected invoice.",
    "Yours faithfully, John Smith",
]


def page(path: Path, lines: list[str]) -> Path:
    font = ImageFont.truetype(FONT, 42)
    image = Image.new("L", (2480, 200 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((200, 100 + 90 * n), line, font=font, fill=0)
    image.save(path, dpi=(DPI, DPI))
    return path


def read(path: Path, lang: str) -> str:
    first = read_in_main_language(path, DPI, lang, 0)
    return other_languages(path, DPI, lang, 0, first).text


def test_main_language() -> None:
    assert main_language("rus+eng") == "rus"
    assert main_language("eng") == "eng"
    assert main_language("") == "rus"


def test_an_email_line_is_read_again_with_english(tmp_path: Path) -> None:
    image = page(tmp_path / "ru.png", RUSSIAN)
    russian_only = read_in_main_language(image, DPI, "rus+eng", 0)
    assert "petr.trofimov@rambler.ru" not in russian_only.text  # Cyrillic look-alikes
    text = read(image, "rus+eng")
    assert "petr.trofimov@rambler.ru" in text
    # the Russian lines are the main language's reading, untouched
    for line in (RUSSIAN[0], RUSSIAN[3]):
        assert line in text and line in russian_only.text
    assert text.count("\n") == russian_only.text.count("\n")


def test_the_boxes_of_a_line_read_again_are_on_the_page(tmp_path: Path) -> None:
    image = page(tmp_path / "ru.png", RUSSIAN)
    first = read_in_main_language(image, DPI, "rus+eng", 0)
    again = other_languages(image, DPI, "rus+eng", 0, first)
    before = {w.text: w.box for w in first.words}
    (email,) = [w for w in again.words if "@" in w.text]
    (garbled,) = [w for w in first.words if "@" in w.text]  # the same word, misread
    assert abs(email.box.y - garbled.box.y) <= 6  # on its line, not at the crop's corner
    assert abs(email.box.x + email.box.w - garbled.box.x - garbled.box.w) <= 12
    assert 200 < email.box.x < 2480 and email.box.page == 0
    assert before["Директору"] == next(w.box for w in again.words if w.text == "Директору")


def test_an_english_page_is_read_again_whole(tmp_path: Path) -> None:
    image = page(tmp_path / "en.png", ENGLISH)
    first = read_in_main_language(image, DPI, "rus+eng", 0)
    assert first.mean_conf < languages.PAGE_RETRY_CONF
    text = read(image, "rus+eng")
    assert "Dear Sir or Madam," in text and "corrected invoice" in text


def test_one_language_means_one_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    image = page(tmp_path / "ru.png", RUSSIAN)

    def no_second_look(*args: object, **kwargs: object) -> None:
        raise AssertionError("read again with one language only")

    reading = read_in_main_language(image, DPI, "rus", 0)
    monkeypatch.setattr(languages, "recognize_lines", no_second_look)
    monkeypatch.setattr(languages, "recognize", no_second_look)
    assert other_languages(image, DPI, "rus", 0, reading) is reading


def test_lines_are_read_in_one_process_in_order(tmp_path: Path) -> None:
    one = page(tmp_path / "1.png", ["gusev31@gmail.com"])
    two = page(tmp_path / "2.png", ["Вторая строка 7"])
    three = page(tmp_path / "3.png", ["Third line 42"])
    readings = recognize_lines([one, two, three], "rus+eng", DPI, page_index=2)
    assert [" ".join(w.text for w in words) for words in readings] == [
        "gusev31@gmail.com",
        "Вторая строка 7",
        "Third line 42",
    ]
    assert {w.box.page for words in readings for w in words} == {2}
    assert recognize_lines([], "rus+eng", DPI) == []


def test_text_of_words_keeps_lines_and_paragraphs(tmp_path: Path) -> None:
    image = page(tmp_path / "ru.png", RUSSIAN)
    first = read_in_main_language(image, DPI, "rus+eng", 0)
    assert text_of(first.words).split() == first.text.split()
    assert text_of([]) == ""

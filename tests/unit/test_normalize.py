"""Normalisation and similarity of Russian names and addresses (letters.normalize)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from letters.normalize import (
    address_numbers_key,
    address_similarity,
    name_key,
    name_similarity,
    norm_address,
    norm_name,
    norm_text,
    parse_address,
    phone_key,
    postal_key,
    surname_stem,
)

STRONG = 0.85  # the linker's "strong address" level
STRONG_NAME = 0.9


def test_norm_text_basics() -> None:
    assert norm_text("  Ёлкин,  ПЁТР!! (г.Москва) ") == "елкин петр г москва"
    assert norm_text("") == ""
    assert norm_name("Иванов И.И.") == "иванов и и"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "123456, г. Москва, ул. Ленина, д. 12, кв. 5",
            "город москва улица ленина дом 12 квартира 5",
        ),
        ("Москва, ул.Ленина 12-5", "москва улица ленина дом 12 квартира 5"),
        ("г.Москва улица Ленина дом 12 квартира 5", "город москва улица ленина дом 12 квартира 5"),
        ("пр-т Мира, д.7/1, корп.2, кв.15", "проспект мира дом 7/1 корпус к2 квартира 15"),
        ("пр. Мира 7", "проспект мира дом 7"),
        (
            "Московская обл., Одинцовский р-н, пос. Новый, Минское ш., 3",
            "московская область одинцовский район поселок новый минское шоссе дом 3",
        ),
        ("п. Лесной, пер. Школьный, д 4а", "поселок лесной переулок школьный дом 4а"),
        ("б-р Комарова 12 к 1 кв 40", "бульвар комарова дом 12 корпус к1 квартира 40"),
        ("ул. 8 Марта, 14-А, кв 3", "улица 8 марта дом 14а квартира 3"),
        ("д. Ивановка, д. 5", "деревня ивановка дом 5"),
        ("с. Бор, ул. Лесная, 3, стр. 1", "село бор улица лесная дом 3 корпус с1"),
    ],
)
def test_norm_address(raw: str, expected: str) -> None:
    assert norm_address(raw) == expected


def test_parse_address_numbers() -> None:
    p = parse_address("620000, г. Екатеринбург, ул. Малышева, д. 12, корп. 3, кв. 45")
    assert (p.house, p.building, p.flat) == ("12", "к3", "45")
    assert "620000" not in norm_address("620000, г. Екатеринбург")


REGISTRY = "456780, г. Озёрск, ул. Ленина, д. 12, кв. 5"


@pytest.mark.parametrize(
    ("other", "low", "high"),
    [
        ("Озерск, ул.Ленина 12-5", STRONG, 1.0),
        ("г. Озерск, улица Ленина, дом 12, квартира 5", STRONG, 1.0),
        ("ул. Ленина, д. 12, кв. 5", STRONG, 1.0),  # city omitted
        ("г. Озерск, ул. Ленина, д. 12, кв. 6", 0.0, 0.49),  # neighbour's flat
        ("г. Озерск, ул. Ленина, д. 14, кв. 5", 0.0, 0.49),  # other house
        ("г. Озерск, ул. Ленина, д. 12", 0.5, STRONG - 0.01),  # flat missing: not sure
        ("г. Озерск, ул. Пушкина, д. 12, кв. 5", 0.0, STRONG - 0.01),
        ("г. Озерск", 0.0, STRONG - 0.01),
        ("г. Озерск, ул. Ленина, д. 12, корп. 2, кв. 5", 0.0, STRONG - 0.01),
    ],
)
def test_address_similarity(other: str, low: float, high: float) -> None:
    s = address_similarity(REGISTRY, other)
    assert low <= s <= high, s
    assert address_similarity(other, REGISTRY) == s


def test_identifier_keys() -> None:
    assert phone_key("+79123456789") == phone_key("8 (912) 345-67-89") == "9123456789"
    assert phone_key("345-67-89") == ""
    assert postal_key("456780") == postal_key("индекс 456780, г. Озерск") == "456780"
    assert postal_key("4567801") == ""
    key = address_numbers_key("456780, г. Озерск, ул. Ленина, д. 12, кв. 5")
    assert key == address_numbers_key("Озерск, Ленина 12-5") == "12 5"


def test_address_similarity_empty() -> None:
    assert address_similarity("", REGISTRY) == 0.0


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Иванов", "иванов"),
        ("Иванова", "иванов"),
        ("Иванову", "иванов"),
        ("Ивановой", "иванов"),
        ("Ивановым", "иванов"),
        ("Петровой", "петров"),
        ("Лужская", "лужск"),
        ("Лужской", "лужск"),
        ("Ильина", "ильин"),
        ("Шевчука", "шевчук"),
    ],
)
def test_surname_stem(word: str, stem: str) -> None:
    assert surname_stem(word) == stem


@pytest.mark.parametrize(
    "other",
    [
        "Иванов Иван Иванович",
        "ИВАНОВ ИВАН ИВАНОВИЧ",
        "Иванов И.И.",
        "Иванов И. И.",
        "И.И. Иванов",
        "Иван Иванович Иванов",
        "от Иванова Ивана Ивановича",
        "Иванову И.И.",
    ],
)
def test_name_similarity_same_person(other: str) -> None:
    assert name_similarity("Иванов Иван Иванович", other) >= STRONG_NAME
    assert name_key(other) == "иванов ии"


def test_name_similarity_female_declension() -> None:
    assert name_similarity("Петрова Анна Сергеевна", "Петровой А.С.") >= STRONG_NAME
    assert name_similarity("Петрова Анна Сергеевна", "от Петровой Анны Сергеевны") >= STRONG_NAME


@pytest.mark.parametrize(
    "other",
    [
        "Иванов П.И.",
        "Иванов Игорь Иванович",
        "Сидоров Иван Иванович",
        "Иванова Мария Петровна",
        "Петров",
    ],
)
def test_name_similarity_different_person(other: str) -> None:
    assert name_similarity("Иванов Иван Иванович", other) < STRONG_NAME


def test_name_similarity_orders_full_above_initials_and_surname_only() -> None:
    full = name_similarity("Иванов Иван Иванович", "Иванов Иван Иванович")
    initials = name_similarity("Иванов Иван Иванович", "Иванов И.И.")
    alone = name_similarity("Иванов Иван Иванович", "Иванов")
    assert full == 1.0 > initials > alone
    assert name_similarity("Иванов Иван Иванович", "Иванов П.И.") < 0.5  # clearly disagrees
    assert name_similarity("", "Иванов") == 0.0


# ----------------------------------------------------------------- properties (hypothesis)

STREETS = ["Ленина", "Мира", "Гагарина", "Садовая", "Советская", "Заречная", "Кирова"]
KINDS = [("ул.", "улица"), ("пр-т", "проспект"), ("пер.", "переулок"), ("б-р", "бульвар")]
CITIES = ["Озерск", "Снежинск", "Миасс", "Сатка"]


@st.composite
def addresses(draw: st.DrawFn) -> tuple[str, str, int, int]:
    city = draw(st.sampled_from(CITIES))
    street = draw(st.sampled_from(STREETS))
    short, long = draw(st.sampled_from(KINDS))
    house = draw(st.integers(1, 200))
    flat = draw(st.integers(1, 300))
    index = draw(st.integers(100000, 999999))
    registry = f"{index}, г. {city}, {short} {street}, д. {house}, кв. {flat}"
    style = draw(st.integers(0, 3))
    if style == 0:
        letter = f"{city}, {short}{street} {house}-{flat}"
    elif style == 1:
        letter = f"город {city}, {long} {street}, дом {house}, квартира {flat}"
    elif style == 2:
        letter = f"{long} {street.upper()}, д.{house}, кв.{flat}"
    else:
        letter = f"г.{city} {short} {street} д {house} кв {flat}"
    return registry, letter, house, flat


@settings(max_examples=150, deadline=None)
@given(addresses())
def test_reformatted_address_is_strong(case: tuple[str, str, int, int]) -> None:
    registry, letter, _, _ = case
    assert address_similarity(registry, letter) >= STRONG, (registry, letter)


@settings(max_examples=150, deadline=None)
@given(addresses(), st.integers(1, 50), st.booleans())
def test_other_flat_or_house_never_strong(
    case: tuple[str, str, int, int], delta: int, change_house: bool
) -> None:
    registry, letter, house, flat = case
    if change_house:
        wrong = letter.replace(f"{house}", f"{house + delta}", 1)
    else:
        wrong = letter[::-1].replace(f"{flat}"[::-1], f"{flat + delta}"[::-1], 1)[::-1]
    assert address_similarity(registry, wrong) < 0.5, (registry, wrong)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_norm_text_is_idempotent_and_clean(text: str) -> None:
    once = norm_text(text)
    assert norm_text(once) == once
    assert "ё" not in once and once == once.casefold()
    assert all(ch.isalnum() or ch == " " for ch in once)

"""The addressee line of a reply in the dative case: «Иванову П. С.», «Петровой-Водкиной А. В.».

Surnames are declined with pytrovich, the Python port kept by the petrovich project
(github.com/petrovich/pytrovich, MIT). It was chosen over pymorphy3 and the older Petrovich
port because it alone got the whole table in ``tests/unit/test_dative.py`` right: male and
female, hyphenated (Салтыков-Щедрин, Бонч-Бруевич), indeclinable (Шевченко, Дюма, Белых,
Живаго, a woman's Цой or Ким) and foreign surnames.

The result is a suggestion for the specialist to check: ``AddresseeName.confident`` is False
when the gender could not be told and the two genders decline the surname differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pytrovich.detector import PetrovichGenderDetector
from pytrovich.enums import Case, Gender, NamePart
from pytrovich.maker import PetrovichDeclinationMaker

MALE, FEMALE = "m", "f"

_INITIAL = re.compile(r"^([А-ЯЁA-Z])\.?$|^([А-ЯЁA-Z]\.){1,3}$", re.IGNORECASE)
_MALE_PATRONYMIC = re.compile(r"(ич|оглы|улы|уулу)$")
_FEMALE_PATRONYMIC = re.compile(r"(вна|чна|кызы|гызы|қызы)$")
_FEMALE_SURNAME = re.compile(r"(ова|ева|ёва|ина|ына|ая|яя)$")
_MALE_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын|ий|ый|ой)$")
_PATRONYMIC_PARTICLES = ("оглы", "кызы", "гызы", "улы", "уулу")


@dataclass(frozen=True, slots=True)
class NameParts:
    surname: str
    first_name: str = ""  # a full name or an initial such as «П.»
    patronymic: str = ""

    @property
    def initials(self) -> str:
        """«П. С.» (ГОСТ Р 7.0.97: initials before or after the surname, with spaces)."""
        return " ".join(_initial(p) for p in (self.first_name, self.patronymic) if p)


@dataclass(frozen=True, slots=True)
class AddresseeName:
    """How to address a citizen; every field may be corrected by the specialist."""

    full_name: str  # as written, tidied: «Иванов Пётр Сергеевич»
    parts: NameParts
    gender: str  # "m", "f" or "" when unknown
    surname_dative: str
    confident: bool  # False: check the case before sending

    @property
    def dative(self) -> str:
        """«Иванову П. С.»: the addressee line of the letter."""
        initials = self.parts.initials
        return f"{self.surname_dative} {initials}".strip()

    @property
    def short(self) -> str:
        """«П. С. Иванов»: initials before the surname, as in a signature."""
        return f"{self.parts.initials} {self.parts.surname}".strip()

    @property
    def salutation(self) -> str:
        """«Уважаемый Пётр Сергеевич!», or a neutral greeting when the name is too short."""
        first, patronymic = self.parts.first_name, self.parts.patronymic
        if self.gender not in (MALE, FEMALE):
            return "Добрый день!"
        dear = "Уважаемый" if self.gender == MALE else "Уважаемая"
        if _is_full(first) and _is_full(patronymic):
            return f"{dear} {first} {patronymic}!"
        if _is_full(first):
            return f"{dear} {first} {self.parts.surname}!"
        title = "господин" if self.gender == MALE else "госпожа"
        return f"{dear} {title} {self.parts.surname}!"


def _is_full(word: str) -> bool:
    return bool(word) and not _INITIAL.match(word)


def _initial(word: str) -> str:
    """«Пётр» → «П.», «Анна-Мария» → «А.-М.», «Гусейн оглы» → «Г.»."""
    word = word.split(" ")[0]
    return "-".join(piece[:1].upper() + "." for piece in word.split("-") if piece)


def _tidy_case(word: str) -> str:
    """«ИВАНОВ» / «иванов» → «Иванов», keeping the case of words written properly."""
    if word.isupper() or word.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word


def _split_initials(token: str) -> list[str]:
    """«П.С.» → [«П.», «С.»]."""
    return [f"{letter}." for letter in re.findall(r"[А-ЯЁA-Zа-яёa-z](?=\.)", token)]


def parse_name(full_name: str) -> NameParts:
    """Split «Иванов Пётр Сергеевич», «Иванов П.С.», «П. С. Иванов» or
    «Мамедов Эльчин Гусейн оглы» into surname, first name and patronymic."""
    raw = [t for t in re.split(r"[\s,]+", full_name.strip()) if t]
    tokens: list[str] = []
    for token in raw:
        if "." in token and _INITIAL.match(token):
            tokens.extend(_split_initials(token))
        elif token.lower() in _PATRONYMIC_PARTICLES:
            tokens.append(token.lower())
        else:
            tokens.append(_tidy_case(token))
    # «Гусейн оглы»: the particle belongs to the patronymic before it.
    merged: list[str] = []
    for token in tokens:
        if token in _PATRONYMIC_PARTICLES and merged:
            merged[-1] = f"{merged[-1]} {token}"
        else:
            merged.append(token)
    if not merged:
        return NameParts("")
    initials_first = [t for t in merged if _INITIAL.match(t)]
    if initials_first and _INITIAL.match(merged[0]):
        # «П. С. Иванов»
        rest = [t for t in merged if not _INITIAL.match(t)]
        given = [*initials_first, "", ""]
        return NameParts(" ".join(rest), given[0], given[1])
    if (
        len(merged) == 3
        and _looks_patronymic(merged[1])
        and not _looks_patronymic(merged[2])
        and not _INITIAL.match(merged[2])
    ):
        # «Пётр Сергеевич Иванов»
        return NameParts(merged[2], merged[0], merged[1])
    surname = merged[0]
    first = merged[1] if len(merged) > 1 else ""
    patronymic = " ".join(merged[2:])
    return NameParts(surname, first, patronymic)


def _looks_patronymic(word: str) -> bool:
    lower = word.lower()
    return bool(_MALE_PATRONYMIC.search(lower) or _FEMALE_PATRONYMIC.search(lower))


@lru_cache(maxsize=1)
def _maker() -> PetrovichDeclinationMaker:
    return PetrovichDeclinationMaker()


@lru_cache(maxsize=1)
def _detector() -> PetrovichGenderDetector:
    return PetrovichGenderDetector()


def detect_gender(parts: NameParts) -> str:
    """ "m", "f" or "": the patronymic decides, then the first name, then the surname."""
    patronymic = parts.patronymic.lower()
    if _is_full(patronymic):
        if _MALE_PATRONYMIC.search(patronymic):
            return MALE
        if _FEMALE_PATRONYMIC.search(patronymic):
            return FEMALE
    first = parts.first_name if _is_full(parts.first_name) else None
    surname = parts.surname or None
    if first is None and surname is None:
        return ""
    found = _detector().detect(firstname=first, lastname=surname)
    if found == Gender.MALE:
        return MALE
    if found == Gender.FEMALE:
        return FEMALE
    if surname:
        last = surname.split("-")[-1].lower()
        if _FEMALE_SURNAME.search(last):
            return FEMALE
        if _MALE_SURNAME.search(last):
            return MALE
    return ""


def surname_dative(surname: str, gender: str) -> str:
    """The surname in the dative case; indeclinable surnames come back unchanged."""
    if not surname:
        return ""
    if gender in (MALE, FEMALE):
        pg = Gender.MALE if gender == MALE else Gender.FEMALE
        return str(_maker().make(NamePart.LASTNAME, pg, Case.DATIVE, surname))
    return str(_maker().make(NamePart.LASTNAME, Gender.ANDROGYNOUS, Case.DATIVE, surname, False))


def addressee_name(full_name: str, gender: str | None = None) -> AddresseeName:
    """Decline a citizen's name for the addressee line; ``gender`` overrides detection."""
    parts = parse_name(full_name)
    detected = gender if gender in (MALE, FEMALE) else detect_gender(parts)
    dative = surname_dative(parts.surname, detected)
    confident = bool(detected) or surname_dative(parts.surname, MALE) == surname_dative(
        parts.surname, FEMALE
    )
    tidy = " ".join(p for p in (parts.surname, parts.first_name, parts.patronymic) if p)
    return AddresseeName(tidy, parts, detected, dative, confident and bool(parts.surname))

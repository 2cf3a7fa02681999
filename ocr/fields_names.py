"""The sender's full name (ФИО): where it stands in a letter, and its nominative form.

A citizen's letter names the sender in three typical places:

* the header, after «от», in the genitive: «от Иванова Ивана Ивановича», «от Петровой А.С.»;
* the body, «Я, Иванов Иван Иванович, ...», or a form field «ФИО: ...» (nominative);
* the signature at the end: «Иванов И.И.», «И.И. Иванов» (nominative).

Names in the dative («Генеральному директору Петрову П.П.») are the addressee and are skipped.
The genitive-to-nominative rules below are deliberately small and rule-based: they cover the
regular Russian declension of surnames in -ов/-ев/-ин/-ский and common first names, and leave
anything unclear as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ocr.fields_text import Hit

_CAP = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_UPPER = r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
_NAME_WORD = rf"(?:{_CAP}|{_UPPER})"
_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space or a single line break
_FULL_RE = re.compile(
    rf"(?=(?<![\w-])({_NAME_WORD}){_SEP}({_NAME_WORD}){_SEP}({_NAME_WORD})(?![\w-]))"
)
_SURNAME_INITIALS_RE = re.compile(
    rf"(?<![\w-])({_NAME_WORD})[ \t]*\n?[ \t]*([А-ЯЁ])\.[ \t]*([А-ЯЁ])(?:\.|(?![\w]))"
)
_INITIALS_SURNAME_RE = re.compile(
    rf"(?<![\w.])([А-ЯЁ])\.[ \t]*([А-ЯЁ])\.[ \t]*({_NAME_WORD})(?![\w-])"
)

_MALE_PATRONYMIC_RE = re.compile(r"[а-яё]{2,}(?:вич|ьич|мич|ич)(?:а|у|ем|е)?$")
_FEMALE_PATRONYMIC_RE = re.compile(r"[а-яё]{2,}(?:вн|ичн)(?:а|ы|е|ой|у)$")
_DATIVE_RE = re.compile(r"(?:ову|еву|ёву|ину|ыну|скому|цкому|вичу|ичу|вне|ичне)$")
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        """прошу просим уважаемый уважаемая генеральному директору начальнику руководителю
        главному управляющему заявление жалоба обращение претензия россия российской федерации
        город улица область район дом квартира счет счёт лицевой договор ооо пао оао зао
        акционерное общество энергосбыт тел телефон адрес исх вх дата подпись приложение""",
    )
)

_FROM_RE = re.compile(r"(?:^|[^\w])от[\s,:]*$", re.IGNORECASE)
_FIO_RE = re.compile(
    r"ф\.?\s*и\.?\s*о\.?\s*(?:заявителя|потребителя|абонента)?\s*[:\-–]?\s*$", re.I
)
_SELF_RE = re.compile(r"(?:^|[^\w])я[\s,]*$", re.IGNORECASE)
_ADDRESSEE_RE = re.compile(
    r"(?:директор|начальник|руководител|управляющ|главному|кому|уважаем|исполнител)\w*",
    re.IGNORECASE,
)
_CLOSING_RE = re.compile(r"с\s+уважением|подпись|заявитель|абонент\s*:", re.IGNORECASE)
# What may stand on a signature line besides the name: dates, rules, «подпись», «/ … /».
_SIGNATURE_NOISE_RE = re.compile(
    r"с\s+уважением|подпись|заявитель|абонент|дата|\d{1,2}[./]\d{1,2}[./]\d{2,4}|[\d_/|().,:;«»\"\-–—]+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NameMention:
    words: tuple[str, ...]  # surname, first name, patronymic; or surname, initial, initial
    full: bool
    context: str  # "from", "fio", "self", "signature", "header", "plain"
    start: int
    end: int
    raw: str


def _lower(word: str) -> str:
    return word.lower().replace("ё", "е")


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _is_name_word(word: str) -> bool:
    low = _lower(word)
    return len(low) >= 2 and low not in _NOT_NAMES and not low.endswith(("ому", "ему"))


def _is_patronymic(word: str) -> bool:
    low = _lower(word)
    return bool(_MALE_PATRONYMIC_RE.search(low) or _FEMALE_PATRONYMIC_RE.search(low))


def _context(text: str, start: int, end: int) -> str | None:
    """Why this mention is (or is not) the sender; None for the addressee."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(0, start - 14) : start]
    prefix = text[line_start:start]
    if _FROM_RE.search(before):
        return "from"
    if _FIO_RE.search(prefix):
        return "fio"
    if _SELF_RE.search(before):
        return "self"
    prev_line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if _ADDRESSEE_RE.search(text[prev_line_start:start]):
        return None
    line_end = text.find("\n", end)
    line_rest = prefix + " " + text[end : len(text) if line_end < 0 else line_end]
    rest_words = _SIGNATURE_NOISE_RE.sub(" ", line_rest).split()
    if len(rest_words) <= 2 and (
        _CLOSING_RE.search(text[max(0, start - 120) : start]) or start > 0.6 * len(text)
    ):
        return "signature"
    if len(rest_words) <= 2 and start < 0.35 * len(text):
        return "header"  # a name standing alone in the header block, «от» left out
    return "plain"


def find_mentions(text: str) -> list[NameMention]:
    """Every name-like mention that is not the addressee, in text order."""
    found: list[NameMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _FULL_RE.finditer(text):
        w1, w2, w3 = m.group(1), m.group(2), m.group(3)
        s, e = m.start(1), m.end(3)
        if not free(s, e) or not all(_is_name_word(w) for w in (w1, w2, w3)):
            continue
        if _is_patronymic(w3) and not _is_patronymic(w1):
            words = (w1, w2, w3)
        elif _is_patronymic(w2) and not _is_patronymic(w3):
            words = (w3, w1, w2)  # «Иван Иванович Иванов»: keep surname first internally
        else:
            continue
        if _DATIVE_RE.search(_lower(words[2])) or _DATIVE_RE.search(_lower(words[0])):
            continue
        ctx = _context(text, s, e)
        if ctx is None and _patronymic_nominative(_lower(words[2])) is not None:
            ctx = "header"  # genitive under the addressee's lines: the sender, «от» left out
        if ctx is not None:
            found.append(NameMention(words, True, ctx, s, e, text[s:e]))
        taken.append((s, e))

    initials = [
        (m.start(), m.end(), (m.group(1), m.group(2), m.group(3)))
        for m in _SURNAME_INITIALS_RE.finditer(text)
    ] + [
        (m.start(), m.end(), (m.group(3), m.group(1), m.group(2)))
        for m in _INITIALS_SURNAME_RE.finditer(text)
    ]
    for s, e, words in sorted(initials):
        if not free(s, e) or not _is_name_word(words[0]) or len(words[0]) < 3:
            continue
        if _DATIVE_RE.search(_lower(words[0])):
            continue
        ctx = _context(text, s, e)
        if ctx is not None:
            found.append(NameMention(words, False, ctx, s, e, text[s:e]))
        taken.append((s, e))
    found.sort(key=lambda n: n.start)
    return found


# --- genitive to nominative -------------------------------------------------------------

_FIRST_NAME_EXCEPTIONS = {
    "петра": "Пётр",
    "павла": "Павел",
    "льва": "Лев",
    "любови": "Любовь",
    "ильи": "Илья",
    "никиты": "Никита",
    "кузьмы": "Кузьма",
    "фомы": "Фома",
    "луки": "Лука",
    "саввы": "Савва",
}
_VELAR_HUSHING = "кгхжшчщ"
_CONSONANTS = "бвгджзйклмнпрстфхцчшщ"


def _male_first(low: str) -> str:
    if low in _FIRST_NAME_EXCEPTIONS:
        return _FIRST_NAME_EXCEPTIONS[low]
    if low.endswith(("ея", "ая", "ия", "оя", "уя")):
        return low[:-1] + "й"  # Андрея, Николая, Дмитрия
    if low.endswith(("ря", "ля")):
        return low[:-1] + "ь"  # Игоря
    if low.endswith("а") and len(low) > 2 and low[-2] in _CONSONANTS:
        return low[:-1]  # Ивана, Михаила
    return low


def _female_first(low: str) -> str:
    if low in _FIRST_NAME_EXCEPTIONS:
        return _FIRST_NAME_EXCEPTIONS[low]
    if low.endswith("ы"):
        return low[:-1] + "а"  # Анны
    if low.endswith("ии") or low.endswith("ьи"):
        return low[:-1] + "я"  # Марии, Натальи
    if low.endswith("и") and len(low) > 2 and low[-2] in _VELAR_HUSHING:
        return low[:-1] + "а"  # Ольги
    if low.endswith("и"):
        return low[:-1] + "я"  # Гали -> Галя
    return low


def _male_surname(low: str) -> str:
    if low.endswith(("ского", "цкого")):
        return low[:-3] + "ий"
    if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return low[:-1]
    if low.endswith(("его",)):
        return low[:-3] + "ий"
    if low.endswith("ого"):
        return low[:-3] + ("ий" if low[-4:-3] in _VELAR_HUSHING else "ый")
    if low.endswith("ля") and len(low) > 3:
        return low[:-1] + "ь"  # Коваля
    if low.endswith(("ая", "оя", "уя", "ея")):
        return low[:-1] + "й"  # Гайдая
    if low.endswith("а") and len(low) > 3 and low[-2] in _CONSONANTS and low[-2] != "й":
        return low[:-1]  # Шевчука
    return low


def _female_surname(low: str) -> str:
    if low.endswith(("овой", "евой", "ёвой", "иной", "ыной")):
        return low[:-2] + "а"
    if low.endswith(("ской", "цкой")):
        return low[:-2] + "ая"
    return low  # indeclinable (Шевчук, Дурново) or unclear: as written


def _patronymic_nominative(low: str) -> tuple[str, str] | None:
    """(nominative, gender) when the patronymic is clearly genitive."""
    if low.endswith("ича"):
        return low[:-1], "m"
    if low.endswith("вны"):
        return low[:-1] + "а", "f"
    if low.endswith("ичны"):
        return low[:-1] + "а", "f"
    return None


def _initials_surname_nominative(low: str) -> str | None:
    """Surname followed by initials after «от»: only the unambiguous endings."""
    if low.endswith(("овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой")):
        return _female_surname(low)
    if low.endswith(("ова", "ева", "ёва", "ина", "ына", "ского", "цкого")):
        return _male_surname(low)
    return None


def nominative(mention: NameMention) -> str:
    """Display form: «Фамилия Имя Отчество» or «Фамилия И.О.», nominative where sure."""
    surname, first, middle = mention.words
    if not mention.full:
        sur = surname
        if mention.context == "from":
            converted = _initials_surname_nominative(_lower(surname))
            if converted is not None:
                sur = converted
        return f"{_title(sur)} {first.upper()}.{middle.upper()}."
    patron = _patronymic_nominative(_lower(middle))  # -вича/-вны: declined wherever it stands
    if patron is not None:
        middle_nom, gender = patron
        if gender == "m":
            first_nom, sur_nom = _male_first(_lower(first)), _male_surname(_lower(surname))
        else:
            first_nom, sur_nom = _female_first(_lower(first)), _female_surname(_lower(surname))
        return " ".join(_title(w) for w in (sur_nom, first_nom, middle_nom))
    return " ".join(_title(w) for w in (surname, first, middle))


_STRENGTH = {
    "signature": 0.9,
    "fio": 0.9,
    "self": 0.88,
    "from": 0.85,
    "header": 0.7,
    "plain": 0.45,
}


def _same_person(a: str, b: str) -> bool:
    """«Иванов Иван Иванович» and «Иванов И.И.» (nominative forms)."""
    wa, wb = a.replace(".", " ").split(), b.replace(".", " ").split()
    if len(wa) < 3 or len(wb) < 3 or _lower(wa[0]) != _lower(wb[0]):
        return False
    return all(_lower(x)[:1] == _lower(y)[:1] for x, y in zip(wa[1:3], wb[1:3], strict=True))


def find_sender_name(text: str) -> Hit | None:
    """The sender's name, nominative when clearly declined; signature preferred."""
    mentions = find_mentions(text)
    if not mentions:
        return None
    scored: list[tuple[float, NameMention, str]] = []
    for m in mentions:
        strength = _STRENGTH[m.context] - (0.0 if m.full else 0.05)
        scored.append((strength, m, nominative(m)))
    # Earlier mention wins a tie, except that a signature beats the header.
    scored.sort(key=lambda t: (-t[0], t[1].start))
    strength, best, value = scored[0]
    source = best
    agreeing = [t for t in scored[1:] if _same_person(t[2], value) or _same_person(value, t[2])]
    if agreeing:
        strength = min(0.98, strength + 0.06)
        fuller = next((t for t in agreeing if t[1].full and not best.full), None)
        if fuller is not None:
            value, source = fuller[2], fuller[1]
    raw = " ".join(source.raw.split())
    return Hit(value, strength, ((source.start, source.end),), raw)

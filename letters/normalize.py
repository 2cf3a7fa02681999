"""Normalisation and similarity of Russian names and postal addresses for account linking.

Everything here is pure and deterministic. Scores are floats in 0..1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

_PUNCT = re.compile(r"[^\w]+|_")
_SPACES = re.compile(r"\s+")


def norm_text(text: str) -> str:
    """ё→е, casefold, punctuation to spaces, collapse spaces."""
    text = text.replace("ё", "е").replace("Ё", "Е").casefold().replace("ё", "е")
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


# --------------------------------------------------------------------------- addresses

# Abbreviation → canonical word. "д", "к", "с", "п" are resolved by context below.
_ADDRESS_WORDS: dict[str, str] = {
    "ул": "улица",
    "улиц": "улица",
    "улица": "улица",
    "г": "город",
    "гор": "город",
    "город": "город",
    "пр": "проспект",
    "просп": "проспект",
    "пркт": "проспект",
    "прт": "проспект",
    "проспект": "проспект",
    "пер": "переулок",
    "переулок": "переулок",
    "обл": "область",
    "область": "область",
    "рн": "район",
    "район": "район",
    "пос": "поселок",
    "поселок": "поселок",
    "пгт": "поселок",
    "рп": "поселок",
    "ш": "шоссе",
    "шоссе": "шоссе",
    "бр": "бульвар",
    "бул": "бульвар",
    "бульв": "бульвар",
    "бульвар": "бульвар",
    "наб": "набережная",
    "набережная": "набережная",
    "пл": "площадь",
    "площадь": "площадь",
    "прд": "проезд",
    "проезд": "проезд",
    "мкр": "микрорайон",
    "мкрн": "микрорайон",
    "микрорайон": "микрорайон",
    "дер": "деревня",
    "деревня": "деревня",
    "село": "село",
    "респ": "республика",
    "республика": "республика",
    "дом": "дом",
    "корп": "корпус",
    "корпус": "корпус",
    "стр": "строение",
    "строение": "строение",
    "кв": "квартира",
    "квартира": "квартира",
    "комн": "комната",
    "комната": "комната",
}
_HOUSE_MARKS = {
    "дом": "house",
    "корпус": "building",
    "строение": "structure",
    "квартира": "flat",
    "комната": "room",
}
# Words that describe the kind of a place; they carry little weight when comparing.
_KIND_WORDS = frozenset(_ADDRESS_WORDS.values()) | {"поселок"}
_NOISE_WORDS = frozenset(
    {
        "россия",
        "рф",
        "российская",
        "федерация",
        "адрес",
        "по",
        "адресу",
        "проживающий",
        "проживающая",
        "проживающего",
        "проживающей",
    }
)
_HYPHEN_ABBR = re.compile(r"\b(пр-кт|пр-т|пр-д|р-н|б-р|мкр-н)(?=[\s.,\d]|$)")
_INDEX = re.compile(r"(?<!\d)\d{6}(?!\d)")
_HOUSE_FLAT = re.compile(r"(?<![\d/])(\d+[а-я]?)\s*-\s*(\d+)(?![\d-])")  # «12-5», «12а-5»
_HOUSE_LETTER = re.compile(r"(\d+)-?([абвгде])(?![а-я])(?!\s*\.)")  # «12а», «12-а»
_HOUSE_LETTER_SPACED = re.compile(r"(\d+)\s+([абв])(?=\s*(?:,|$|кв|корп|к\b|стр))")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")
_TOKEN = re.compile(r"\d+[а-я]?(?:/\d+[а-я]?)?|[а-яa-z]+")


@dataclass(frozen=True, slots=True)
class AddressParts:
    """A parsed address: place words in order, and the numbers that pin down the dwelling."""

    words: tuple[str, ...]
    house: str | None = None
    building: str | None = None  # корпус or строение, as "к2" / "с1"
    flat: str | None = None  # квартира (or комната)

    @property
    def place(self) -> str:
        """Significant place words (no kind words) joined by spaces."""
        return " ".join(w for w in self.words if w not in _KIND_WORDS)


def _canonical_tokens(text: str) -> list[str]:
    s = text.replace("ё", "е").replace("Ё", "Е").casefold()
    s = _INDEX.sub(" ", s)
    s = _HYPHEN_ABBR.sub(lambda m: " " + m.group(1).replace("-", "") + " ", s)
    s = _HOUSE_LETTER.sub(r"\1\2", s)
    s = _HOUSE_LETTER_SPACED.sub(r"\1\2", s)
    s = _FRACTION.sub(r"\1/\2", s)
    s = _HOUSE_FLAT.sub(r"\1 кв \2", s)
    raw = _TOKEN.findall(s)
    out: list[str] = []
    for i, tok in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        next_is_number = nxt[:1].isdigit()
        if tok in _NOISE_WORDS:
            continue
        if tok == "д":
            out.append("дом" if next_is_number else "деревня")
        elif tok == "к":
            out.append("корпус" if next_is_number else "к")
        elif tok == "с":
            out.append("строение" if next_is_number else "село")
        elif tok == "п":
            out.append("поселок")
        else:
            out.append(_ADDRESS_WORDS.get(tok, tok))
    return out


@lru_cache(maxsize=65536)
def parse_address(text: str) -> AddressParts:
    """Parse an address into place words and house / building / flat numbers."""
    tokens = _canonical_tokens(text)
    words: list[str] = []
    nums: dict[str, str] = {}
    pending: str | None = None  # the mark («дом», «квартира» …) waiting for its number
    for i, tok in enumerate(tokens):
        if tok in _HOUSE_MARKS:
            pending = _HOUSE_MARKS[tok]
            continue
        if tok[:1].isdigit():
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if pending is not None:
                nums.setdefault(pending, tok)
            elif (
                nxt
                and not nxt[:1].isdigit()
                and nxt not in _HOUSE_MARKS
                and nxt not in _KIND_WORDS
                and "house" not in nums
            ):
                words.append(tok)  # part of a name: «8 марта», «50 лет октября»
            elif "house" not in nums:
                nums["house"] = tok
            elif "flat" not in nums and "building" not in nums:
                nums["flat"] = tok  # «Ленина 12, 5»
            pending = None
            continue
        pending = None
        words.append(tok)
    building = None
    if "building" in nums:
        building = "к" + nums["building"]
    if "structure" in nums:
        building = (building or "") + "с" + nums["structure"]
    return AddressParts(
        tuple(words), nums.get("house"), building, nums.get("flat") or nums.get("room")
    )


def norm_address(text: str) -> str:
    """Canonical address string: abbreviations expanded, postal index dropped,
    «д. 12 кв. 5», «д.12, кв.5» and «12-5» all rendered as «дом 12 квартира 5»."""
    p = parse_address(text)
    parts = list(p.words)
    if p.house:
        parts += ["дом", p.house]
    if p.building:
        parts += ["корпус", p.building]
    if p.flat:
        parts += ["квартира", p.flat]
    return " ".join(parts)


def address_similarity(a: str, b: str) -> float:
    """0..1; high only when the place words agree AND house, building and flat agree.

    A differing house or flat caps the score well below any "strong" level; a number that
    is present on one side only caps it at a "plausible but unsure" level.
    """
    return address_parts_similarity(parse_address(a), parse_address(b))


def address_parts_similarity(pa: AddressParts, pb: AddressParts) -> float:
    """``address_similarity`` on already parsed addresses."""
    place_a, place_b = pa.place, pb.place
    if not place_a or not place_b:
        return 0.0
    text = fuzz.token_set_ratio(place_a, place_b) / 100.0
    # token_set_ratio scores a subset as 100; a one-word subset (just the city) proves little.
    shorter = min(len(place_a.split()), len(place_b.split()))
    if shorter < 2:
        same_house = bool(pa.house) and pa.house == pb.house
        cap = 0.9 if same_house else 0.5 + 0.5 * fuzz.token_sort_ratio(place_a, place_b) / 100.0
        text = min(text, cap)
    score = text
    for x, y, differ_cap, missing_cap in (
        (pa.house, pb.house, 0.3, 0.6),
        (pa.flat, pb.flat, 0.4, 0.7),
        (pa.building, pb.building, 0.4, 0.75),
    ):
        if x and y and x != y:
            score = min(score, differ_cap)
        elif bool(x) != bool(y):
            score = min(score, missing_cap)
    if not pa.house and not pb.house:
        score = min(score, 0.7)  # no house number on either side: a street, not a dwelling
    return round(score, 4)


# --------------------------------------------------------------------------- names

_NAME_NOISE = frozenset(
    {
        "от",
        "гр",
        "гражданин",
        "гражданка",
        "гражданина",
        "гражданки",
        "заявитель",
        "заявителя",
        "уважаемый",
        "уважаемая",
        "потребитель",
        "абонент",
        "абонента",
        "фио",
        "собственник",
        "собственника",
    }
)
_ORG_WORDS = frozenset(
    {
        "ооо",
        "оао",
        "зао",
        "пао",
        "ао",
        "ип",
        "тсж",
        "тсн",
        "жск",
        "снт",
        "ук",
        "муп",
        "гуп",
        "мку",
        "мбоу",
        "администрация",
        "компания",
    }
)
_PATRONYMIC = re.compile(r"(вич|вна|ична|инична|вны|вне|вной|вича|вичу|вичем|оглы|кызы)$")
_SURNAME_LIKE = re.compile(r"(ов|ев|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|ко|ук|юк)$")

# (endings, replacement), longest endings first within the table order.
_SURNAME_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("ская", "ской", "скую", "ского", "скому", "ским", "ском", "ский", "скою"), "ск"),
    (("цкая", "цкой", "цкую", "цкого", "цкому", "цким", "цком", "цкий", "цкою"), "цк"),
    (("овой", "овою", "овым", "ова", "ову", "ове", "ов"), "ов"),
    (("евой", "евою", "евым", "ева", "еву", "еве", "ев"), "ев"),
    (("иной", "иною", "иным", "ина", "ину", "ине", "ин"), "ин"),
    (("ыной", "ыным", "ына", "ыну", "ыне", "ын"), "ын"),
    (("ого", "ому", "ой", "ая", "ую", "ий", "ый", "ым", "им"), ""),
    (("ом", "ем", "а", "я", "у", "ю", "е", "ы", "и"), ""),
)
_GIVEN_ENDINGS = (
    "ой",
    "ей",
    "ом",
    "ем",
    "ию",
    "ии",
    "ья",
    "ью",
    "ьи",
    "ье",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
    "й",
    "ь",
)


def norm_name(text: str) -> str:
    """ё→е, casefold, punctuation dropped: «Иванов И.И.» → «иванов и и»."""
    return norm_text(text)


@lru_cache(maxsize=131072)
def surname_stem(surname: str) -> str:
    """Approximate stem that is equal for the common cases of one surname:
    Иванов / Иванова / Иванову / Ивановой → «иванов»; Лужская / Лужской → «лужск»."""
    s = norm_text(surname)
    for endings, repl in _SURNAME_RULES:
        for end in endings:
            if s.endswith(end) and len(s) - len(end) + len(repl) >= 3:
                return s[: len(s) - len(end)] + repl
    return s


def _given_stem(word: str) -> str:
    for end in _GIVEN_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


@dataclass(frozen=True, slots=True)
class NameParts:
    surname: str  # as written, normalised
    given: tuple[str, ...]  # given name and patronymic: full words or single letters
    is_org: bool = False

    @property
    def initials(self) -> str:
        return "".join(g[0] for g in self.given)

    @property
    def key(self) -> str:
        """Surname stem + initials: the same for «Иванов Иван Иванович», «Иванов И.И.»
        and «Ивановой И. И.»."""
        return f"{surname_stem(self.surname)} {self.initials}".strip()


@lru_cache(maxsize=131072)
def parse_name(text: str) -> NameParts:
    """Split a person's name into surname and given parts, whatever the order."""
    tokens = [t for t in norm_text(text).split() if t not in _NAME_NOISE and not t.isdigit()]
    if not tokens:
        return NameParts("", ())
    if any(t in _ORG_WORDS for t in tokens) or len(tokens) > 4:
        return NameParts(" ".join(tokens), (), is_org=True)
    long = [t for t in tokens if len(t) > 1]
    if len(long) < len(tokens):  # initials present: the one long word is the surname
        if not long:
            return NameParts("", tuple(tokens))
        surname = long[0]
        rest = list(tokens)
        rest.remove(surname)
        return NameParts(surname, tuple(rest))
    if len(tokens) == 3 and _PATRONYMIC.search(tokens[1]) and not _PATRONYMIC.search(tokens[2]):
        return NameParts(tokens[2], (tokens[0], tokens[1]))  # Иван Иванович Иванов
    if len(tokens) == 2 and _SURNAME_LIKE.search(tokens[1]) and not _SURNAME_LIKE.search(tokens[0]):
        return NameParts(tokens[1], (tokens[0],))  # Иван Иванов
    return NameParts(tokens[0], tuple(tokens[1:]))


def name_key(text: str) -> str:
    """Comparable key: surname stem + initials («иванов ии»)."""
    return parse_name(text).key


def _surname_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    sa, sb = surname_stem(a), surname_stem(b)
    if sa == sb:
        return 0.95  # same surname in another grammatical case (or the other gender)
    ratio = fuzz.ratio(sa, sb) / 100.0
    return ratio * 0.95 if ratio >= 0.75 else ratio * 0.5


def _drop_fleeting_vowel(longer: str, shorter: str) -> bool:
    if len(longer) != len(shorter) + 1:
        return False
    return any(
        longer[:i] + longer[i + 1 :] == shorter
        for i, ch in enumerate(longer)
        if ch in "ео" and i > 0
    )


def _given_score(a: str, b: str) -> float | None:
    """1 agree, 0 disagree, in between for a likely OCR slip; None if not comparable."""
    if a[0] != b[0]:
        return 0.0
    if len(a) == 1 or len(b) == 1:
        return None  # an initial agrees with anything that starts with it
    sa, sb = _given_stem(a), _given_stem(b)
    if sa == sb or ((sa.startswith(sb) or sb.startswith(sa)) and abs(len(sa) - len(sb)) <= 2):
        return 1.0
    sa, sb = sa.replace("ь", ""), sb.replace("ь", "")
    if sa == sb or _drop_fleeting_vowel(sa, sb) or _drop_fleeting_vowel(sb, sa):
        return 1.0  # Павел / Павла, Лев / Льва
    return 0.8 if fuzz.ratio(sa, sb) >= 80 else 0.3


def name_similarity(a: str, b: str) -> float:
    """0..1 similarity of two person names, tolerant of initials, word order and case
    endings (Иванову И.И. ~ Иванов Иван Иванович), strict on differing initials."""
    return name_parts_similarity(parse_name(a), parse_name(b))


def name_parts_similarity(pa: NameParts, pb: NameParts) -> float:
    """``name_similarity`` on already parsed names."""
    if not pa.surname or not pb.surname:
        return 0.0
    if pa.is_org or pb.is_org:
        return round(fuzz.token_sort_ratio(pa.surname, pb.surname) / 100.0 * 0.95, 4)
    score = _surname_score(pa.surname, pb.surname)
    compared = full_pairs = 0
    worst = 1.0
    for x, y in zip(pa.given, pb.given, strict=False):
        g = _given_score(x, y)
        compared += 1
        if g is None:
            continue
        full_pairs += 1
        worst = min(worst, g)
    if compared == 0:
        factor = 0.7  # surname only on one side
    elif worst < 0.5:
        factor = 0.4 if worst == 0.0 else 0.6
    elif compared == 1:
        factor = 0.85
    elif full_pairs == compared:
        factor = worst
    else:
        factor = 0.95 * worst  # initials only: namesakes cannot be told apart
    return round(score * factor, 4)


# --------------------------------------------------------------------------- identifiers

# Digit pairs tesseract confuses on scanned letters (letters are mapped by extraction).
_CONFUSED_PAIRS = (
    "08",
    "06",
    "09",
    "17",
    "14",
    "38",
    "35",
    "39",
    "56",
    "58",
    "68",
    "89",
    "49",
    "27",
)
_OCR_CONFUSIONS: dict[str, str] = {
    d: "".join(p[1 - p.index(d)] for p in _CONFUSED_PAIRS if d in p) for d in "0123456789"
}

_NON_DIGIT = re.compile(r"\D+")
_POSTAL = re.compile(r"(?<!\d)\d{6}(?!\d)")
_NUMBER = re.compile(r"\d+")


def phone_key(phone: str) -> str:
    """Last ten digits of a Russian phone number, or '' if it is too short."""
    if len(phone) == 12 and phone.startswith("+7") and phone[1:].isdigit():
        return phone[2:]  # the registry's normalised form: the fast path
    digits = _NON_DIGIT.sub("", phone)
    return digits[-10:] if len(digits) >= 10 else ""


def email_key(email: str) -> str:
    """Comparable form of an e-mail address."""
    return email.strip().casefold()


def postal_key(code: str) -> str:
    """The six-digit postal index in ``code``, or ''."""
    if len(code) == 6 and code.isdigit():
        return code
    m = _POSTAL.search(code)
    return m.group(0) if m else ""


def address_numbers_key(address: str) -> str:
    """The last two numbers of an address other than the postal index («12 5» for
    «…, д. 12, кв. 5» and for «… 12-5»): a cheap blocking key for address-only lookups."""
    nums = [n for n in _NUMBER.findall(address) if len(n) != 6]
    return " ".join(nums[-2:])


def account_variants(account: str) -> dict[str, str]:
    """Strings one OCR slip away from ``account`` -> how they differ (OCR confusions first)."""
    out: dict[str, str] = {}
    n = len(account)
    for i, d in enumerate(account):
        for r in _OCR_CONFUSIONS.get(d, ""):
            out.setdefault(account[:i] + r + account[i + 1 :], f"ocr {d}->{r} at {i + 1}")
    for i, d in enumerate(account):
        for r in "0123456789":
            if r != d:
                out.setdefault(account[:i] + r + account[i + 1 :], f"substitution at {i + 1}")
    for i in range(n - 1):
        if account[i] != account[i + 1]:
            swapped = account[:i] + account[i + 1] + account[i] + account[i + 2 :]
            out.setdefault(swapped, f"transposition at {i + 1}")
    for i in range(n):
        out.setdefault(account[:i] + account[i + 1 :], f"extra digit at {i + 1}")
    for i in range(n + 1):
        for r in "0123456789":
            out.setdefault(account[:i] + r + account[i:], f"missing digit at {i + 1}")
    out.pop(account, None)
    return out

"""The sender's postal address and its 6-digit index.

An address is read as a run of components from where it starts (after «проживающего по
адресу:» or «Адрес:», else at the header line that reads best as an address):

    index         236000
    named place   г. Калининград · ул. Карла Маркса · Калининградская обл. · Московский пр-т
    house         д. 61/2 · дом 5 а · д.61А
    building      корп. 3 · корпус 2 · стр. 1 · лит. А
    flat          кв. 83 · квартира 14
    bare number   61А-83 · 10-15 · 5-А (right after a street: house, or house-flat)

Components are separated by commas, spaces or one line break: a narrow header block may wrap
the address anywhere, even inside a street name. The run ends at the first thing that is not
a component (a phone, «л/с …», «Заявление», «Прошу …», a blank line), so the neighbouring
fields stay out of it. The value keeps the components as written, whitespace collapsed, with
«, » where the letter has a comma or a line break between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ocr.fields_text import Hit

# --- vocabulary -------------------------------------------------------------------------

# Type words written before a name: «г. Калининград», «ул. Ленина», «пос. Васильково».
_PREFIX_TYPES = (
    "г гор город пос п посёлок поселок пгт с село дер д деревня х хутор снт тер мкр микрорайон "
    "ул улица пр-т пр-кт просп проспект пер переулок наб набережная б-р бул бульвар пл площадь "
    "ш шоссе пр проезд туп тупик аллея обл область р-н р-он район респ республика"
)
# Type words written after a name: «Калининградская обл.», «Московский пр-т».
_SUFFIX_TYPES = (
    "обл область р-н р-он район край пр-т пр-кт просп проспект пер переулок б-р бульвар "
    "ш шоссе наб набережная пл площадь"
)
_HOUSE_TYPES = "д дом"
_BUILDING_TYPES = "корп корпус кор к стр строение лит литер литера"
_FLAT_TYPES = "кв квартира комн комната ком оф офис пом помещение уч участок"


def _types(words: str) -> str:
    """A case-blind alternation of type words. One-letter abbreviations need their dot;
    longer ones may have lost it («ул Ленина», «кв 5») but must then end as a word."""
    alts = []
    for word in sorted(set(words.split()), key=len, reverse=True):
        w = re.escape(word)
        alts.append(rf"{w}\." if len(word) == 1 else rf"{w}\.|{w}(?![\w-])")
    return rf"(?<![\w-])(?i:{'|'.join(alts)})"


_ALL_TYPES = " ".join((_PREFIX_TYPES, _SUFFIX_TYPES, _HOUSE_TYPES, _BUILDING_TYPES, _FLAT_TYPES))
_ANY_TYPE = _types(_ALL_TYPES)

# Between a type word and its value: spaces, or one line break.
_GAP = r"[ \t]*\n?[ \t]*"

# Capitalised words that begin the next field or the letter's body, never part of an address.
_STOP_WORD = (
    r"(?i:прошу|заявлени|обращени|жалоб|претензи|уведомлени|сообщаю|прилож|тел\b|телефон|"
    r"моб\b|мобильн|сот\b|лицев|паспорт|инн\b|снилс|контакт|дата\b|фио\b|e-?mail|эл\b)"
)
# One word of a proper name: «Калининград», «Карла», «Ростов-на-Дону»; not a stop word, and
# not a type abbreviation such as «Ул.» that begins the next component.
_ABBREVIATIONS = " ".join(w for w in _ALL_TYPES.split() if len(w) <= 5)
_WORD = (
    rf"(?!{_STOP_WORD})(?!(?i:{'|'.join(map(re.escape, _ABBREVIATIONS.split()))})\.)"
    r"[А-ЯЁ][а-яёА-ЯЁa-zA-Z]*(?:-[А-ЯЁа-яё]+)*"
)
# The first word of a name may also be an ordinal («ул. 9 Апреля», «1-я Линия»), «им. …»
# or a name in quotes («снт "Дружба"»).
_FIRST_WORD = (
    rf"(?:{_WORD}"
    r"|\d{1,3}(?:-?(?:я|й|ая|ий|ый|ой|го))?(?=[ \t]+[А-ЯЁ])"
    rf"|им\.[ \t]*{_WORD}"
    r"|[«\"][^»\"\n]{1,40}[»\"])"
)
# Further words: on the same line, or on the next one when a comma follows there (a wrapped
# «ул. Космонавта / Леонова, д. 64»), so that a name on the next line is not swallowed.
_NEXT_WORD = rf"(?:[ \t]+{_WORD}|[ \t]*\n[ \t]*{_WORD}(?=[ \t]*[,;]))"


def _name(words: int) -> str:
    return rf"{_FIRST_WORD}(?:{_NEXT_WORD}){{0,{words - 1}}}"


# Where a number or a bare component may end: at a comma, a line end, a full stop that
# is not part of a date, or before a building or flat.
_END = (
    rf"(?=[ \t]*(?:[,;)]|\.(?!\d)|\n|$)|[ \t]+(?:{_types(_BUILDING_TYPES)}|{_types(_FLAT_TYPES)}))"
)
# A house, building or flat number.
_NUMBER = (
    r"(?<![\w/-])\d{1,4}"  # 61
    r"(?:[-–]?[А-ЯЁа-яёA-Za-z]"  # its letter: 61А, 5-А
    rf"|[ \t][А-ЯЁа-яёA-Za-z]{_END})?"  # or «5 а», where nothing else follows it
    r"(?:/\d{1,4}[А-ЯЁа-яё]?)?"  # a fraction: 61/2
    r"(?:[-–]\d{1,4}[А-ЯЁа-яё]?)?"  # the flat after a dash: 61А-83
    r"(?![\w/–-]|[.,]\d)"  # and not a piece of a phone, date or longer number
)

# --- components -------------------------------------------------------------------------

_INDEX_RE = re.compile(r"(?<![\d\w])(\d{6})(?![\d\w])")
_COUNTRY_RE = re.compile(r"(?:Россия|Российская[ \t]+Федерация|РФ)(?![\w-])")
_HOUSE_RE = re.compile(rf"(?:{_types(_HOUSE_TYPES)}|(?<![\w-])д(?=[ \t]+\d)){_GAP}{_NUMBER}")
_BUILDING_RE = re.compile(rf"{_types(_BUILDING_TYPES)}{_GAP}(?:{_NUMBER}|[А-ЯЁ](?!\w))")
_FLAT_RE = re.compile(rf"{_types(_FLAT_TYPES)}{_GAP}{_NUMBER}")
_PREFIXED_RE = re.compile(rf"{_types(_PREFIX_TYPES)}{_GAP}{_name(4)}")
_SUFFIXED_RE = re.compile(rf"{_name(3)}{_GAP}{_types(_SUFFIX_TYPES)}")
_BARE_NUMBER_RE = re.compile(rf"{_NUMBER}{_END}")
_BARE_NAME_RE = re.compile(rf"{_name(3)}(?=[ \t]*[,;])")  # «236000, Калининград, …»

# (kind, pattern) in the order they are tried. «д. 5» is a house before «д. Ивановка» a
# village; a bare number or name is taken only where ``_allowed`` says.
_COMPONENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("index", _INDEX_RE),
    ("house", _HOUSE_RE),
    ("building", _BUILDING_RE),
    ("flat", _FLAT_RE),
    ("place", _PREFIXED_RE),
    ("place", _SUFFIXED_RE),
    ("country", _COUNTRY_RE),
    ("number", _BARE_NUMBER_RE),
    ("name", _BARE_NAME_RE),
)
_STRONG = {"index", "house", "flat", "place", "country"}  # may begin an unmarked address
# Between components: spaces, a comma, one line break (a blank line ends the address).
_SEPARATOR_RE = re.compile(r"[ \t]*[,;]?[ \t]*\n?[ \t]*[,;]?[ \t]*")

_MARKER_RE = re.compile(
    r"(?:(?:проживающ|зарегистрирован|прожива)\w*[ \t]+)?(?:по[ \t]+)?адрес\w*"
    r"(?:[ \t]+(?:проживания|регистрации|места\s+жительства|для\s+(?:ответа|переписки|"
    r"корреспонденции)))?[ \t]*[:\-–]?[ \t]*|почтовый[ \t]+адрес[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_WORD_START_RE = re.compile(r"(?<![\w-])[\w«\"]")
_MAX_PARTS = 12  # more than any real address has: a list of addresses is not one


@dataclass(frozen=True, slots=True)
class _Part:
    kind: str
    start: int
    end: int


def _allowed(kind: str, previous: _Part | None, gap: str) -> bool:
    """Whether a bare component may follow ``previous`` across ``gap``: a number
    («61А-83») only right after a street or place; a name («236000, Калининград»,
    «г. Калининград, Ленина, 5») first, after the index, or after a place on the same line,
    so that a person's name on the next line stays out."""
    if kind == "number":
        return previous is not None and previous.kind in ("place", "name")
    if kind == "name":
        if previous is None or previous.kind in ("index", "country"):
            return True
        return previous.kind == "place" and "\n" not in gap
    return True


def _next_component(text: str, pos: int, previous: _Part | None) -> _Part | None:
    """The component starting exactly at ``pos``, if any."""
    gap = text[previous.end : pos] if previous else ""
    for kind, pattern in _COMPONENTS:
        if not _allowed(kind, previous, gap):
            continue
        m = pattern.match(text, pos)
        if m is not None and m.end() > pos:
            return _Part(kind, pos, m.end())
    return None


def _parse(text: str, start: int, marked: bool) -> list[_Part]:
    """The run of address components from ``start``; empty when it does not read as an
    address. Unmarked, the run must begin with a strong component (not a bare name)."""
    parts: list[_Part] = []
    pos = start
    while len(parts) < _MAX_PARTS:
        at = _SEPARATOR_RE.match(text, pos)
        assert at is not None  # the separator pattern also matches the empty string
        part = _next_component(text, at.end(), parts[-1] if parts else None)
        if part is None:
            break
        if not parts and not marked and part.kind not in _STRONG:
            break
        parts.append(part)
        pos = part.end
    while parts and parts[-1].kind == "name":
        parts.pop()  # a bare name must lead on to the rest of the address
    if not any(p.kind in ("place", "house", "flat") for p in parts):
        return []
    return parts


def _value(text: str, parts: list[_Part]) -> str:
    """The components as written: whitespace collapsed, «, » where a comma or a line break
    separates them, a space or nothing where the letter has that."""
    out = ""
    for i, part in enumerate(parts):
        if i:
            gap = text[parts[i - 1].end : part.start]
            out += ", " if re.search(r"[,;\n]", gap) else " " if gap else ""
        out += " ".join(text[part.start : part.end].split())
    return out


def _hit(text: str, parts: list[_Part], strength: float) -> Hit:
    s, e = parts[0].start, parts[-1].end
    return Hit(_value(text, parts), strength, ((s, e),), " ".join(text[s:e].split()))


def _score(parts: list[_Part]) -> float:
    return len(parts) + sum(p.kind == "index" for p in parts)


def _best_unmarked(text: str) -> list[_Part] | None:
    """The best address that starts on some line, preferring the sender's block (after the
    «от …» line) to the addressee's."""
    from_line = re.search(r"(?im)^[ \t]*от[ \t]+\S", text)
    best: tuple[float, list[_Part]] | None = None
    line_start = 0
    for line in text.split("\n"):
        for w in _WORD_START_RE.finditer(line):
            parts = _parse(text, line_start + w.start(), marked=False)
            if parts:
                score = _score(parts)
                if from_line is not None and line_start < from_line.start():
                    score -= 2.5  # before «от …»: the addressee's block
                if best is None or score > best[0]:
                    best = (score, parts)
                break  # a later start on the line reads a part of the same address
        line_start += len(line) + 1
    if best is None or best[0] < 2:
        return None
    return best[1]


def find_address(text: str) -> Hit | None:
    """The sender's postal address: after «проживающего по адресу:» or «Адрес:», else the
    best run of address components (after the «от …» line when there is one)."""
    for m in _MARKER_RE.finditer(text):
        if "адрес" not in m.group().lower():
            continue
        parts = _parse(text, m.end(), marked=True)
        if parts:
            return _hit(text, parts, 0.9)
    parts = _best_unmarked(text) or []
    return _hit(text, parts, 0.6) if parts else None


def find_postal_code(text: str, address: Hit | None) -> Hit | None:
    if address is not None:
        m = _INDEX_RE.search(address.value)
        if m is not None:
            s, e = address.spans[0]
            inner = _INDEX_RE.search(text, s, e)
            spans = (inner.span(1),) if inner else address.spans
            return Hit(m.group(1), min(0.95, address.strength + 0.05), spans, m.group(1))
    for m in _INDEX_RE.finditer(text):
        tail = text[m.end() : m.end() + 40]
        if re.match(r"[ \t]*,", tail) and re.search(_ANY_TYPE, tail):
            return Hit(m.group(1), 0.6, (m.span(1),), m.group(1))
    return None

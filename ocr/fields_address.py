"""The sender's postal address and its 6-digit index."""

from __future__ import annotations

import re

from ocr.fields_text import Hit

_ABBREV = (
    r"г|гор|ул|д|дом|кв|корп|к|стр|обл|пос|пгт|дер|пр-т|пр-кт|просп|пер|наб|б-р|бул|мкр|пл|"
    r"тер|снт|р-н|р-он|респ|с|п|х|ш|пр|туп|кор"
)
_ADDRESS_TOKEN_RE = re.compile(
    rf"(?<![\w-])(?:(?:{_ABBREV})\.|(?:р-н|р-он|пр-т|пр-кт|б-р|обл|ул|кв)(?![\w-])|"
    r"(?:улиц|проспект|переул|област|район|город|пос[её]л|деревн|сел[оа]|шоссе|набережн|бульвар|"
    r"микрорайон|квартир|республик|край|проезд|тупик)\w*)",
    re.IGNORECASE,
)
_INDEX_RE = re.compile(r"(?<![\d\w])(\d{6})(?![\d\w])")
_MARKER_RE = re.compile(
    r"(?:(?:проживающ|зарегистрирован|прожива)\w*[ \t]+)?(?:по[ \t]+)?адрес\w*"
    r"(?:[ \t]+(?:проживания|регистрации|места\s+жительства|для\s+(?:ответа|переписки|"
    r"корреспонденции)))?[ \t]*[:\-–]?[ \t]*|почтовый[ \t]+адрес[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_STOP_RE = re.compile(
    r"(?:тел|телефон|моб|e-?mail|эл\.?\s*почт|л/с|лицев|паспорт|инн|снилс|заявлени|жалоб|"
    r"обращени|прошу|сообщаю|уведомляю|контакт)",
    re.IGNORECASE,
)
_SHORT_TOKENS = {"д", "дом", "кв", "корп", "к", "стр", "кор"}


def _token_score(line: str) -> int:
    score = len(_ADDRESS_TOKEN_RE.findall(line))
    if _INDEX_RE.search(line):
        score += 2
    return score


def _address_part(part: str) -> str | None:
    """One comma-separated part, trimmed to its address content, or None if it is not one."""
    part = part.strip(" \t;|")
    if part.endswith(".") and not re.search(r"(?<![\w-])(?:" + _ABBREV + r"|обл)\.$", part, re.I):
        part = part[:-1]
    if not part:
        return None
    if _STOP_RE.match(part):
        return None
    words = part.split()
    m = _ADDRESS_TOKEN_RE.search(part)
    if m and m.start() <= 1:
        token = m.group().rstrip(".").lower()
        keep = 2 if token in _SHORT_TOKENS else 4
        if token in _SHORT_TOKENS and len(words) > 1 and len(words[1]) <= 2 and words[1].isalpha():
            keep = 3  # «д. 5 а»
        return " ".join(words[:keep])
    if m:  # «Калининградская обл.», «Гурьевский р-н»: up to the last address word
        last = list(_ADDRESS_TOKEN_RE.finditer(part))[-1]
        return " ".join(part[: last.end()].split())
    if _INDEX_RE.fullmatch(part):
        return part
    if re.fullmatch(r"\d{1,4}[а-яА-Я]?(?:/\d{1,4})?", part):
        return part  # a bare house or flat number
    alpha = [w for w in words if w[:1].isalpha()]
    if alpha and len(words) <= 3 and all(w[:1].isupper() for w in alpha):
        return part  # a place name: «Калининград», «Россия»
    return None


def _clean(text: str) -> tuple[str, int]:
    """Keep the leading address-like comma parts; return (address, length consumed)."""
    kept: list[str] = []
    consumed = 0
    pos = 0
    for part in re.split(r"(,)", text):
        if part == ",":
            pos += 1
            continue
        value = _address_part(part)
        if value is None:
            break
        kept.append(value)
        pos += len(part)
        consumed = pos
        if value.rstrip(".") != part.strip(" \t;|").rstrip("."):
            break  # the part went on into other text
    address = ", ".join(kept)
    return address, consumed


def _collect(text: str, start: int) -> tuple[str, int, int] | None:
    """Address text from ``start``, continuing over lines that look like its continuation."""
    lines: list[str] = []
    pos = start
    end = start
    while pos <= len(text) and len(lines) < 4:
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        if lines:
            if not line.strip() or _STOP_RE.match(line.strip()):
                break
            joined = ", ".join(lines)
            if not (joined.rstrip().endswith((",", "-")) or _token_score(line) > 0):
                break
        if line.strip():
            lines.append(line.strip())
            end = line_end
        if nl < 0:
            break
        pos = nl + 1
    if not lines:
        return None
    joined = re.sub(r",\s*,", ",", ", ".join(lines))
    address, _ = _clean(joined)
    if _token_score(address) == 0:
        return None
    # Shrink the span to the words actually kept, so the box does not cover a whole sentence.
    pos = start
    for word in address.replace(",", " ").split():
        found = text.find(word, pos, end)
        if found >= 0:
            pos = found + len(word)
    return address, start, pos


def find_address(text: str) -> Hit | None:
    """The sender's postal address: after «проживающего по адресу:» or «Адрес:», else the best
    line with address words (after the «от …» line when there is one)."""
    for m in _MARKER_RE.finditer(text):
        if "адрес" not in m.group().lower():
            continue
        got = _collect(text, m.end())
        if got is not None:
            address, s, e = got
            return Hit(address, 0.9, ((s, e),), " ".join(text[s:e].split()))
    from_line = re.search(r"(?im)^[ \t]*от[ \t]+\S", text)
    best: tuple[float, int] | None = None
    pos = 0
    for line in text.split("\n"):
        score = float(_token_score(line))
        if score >= 2:
            if from_line is not None and pos < from_line.start():
                score -= 2.5  # before «от …»: the addressee's block
            if best is None or score > best[0]:
                best = (score, pos)
        pos += len(line) + 1
    if best is None or best[0] < 2:
        return None
    got = _collect(text, best[1])
    if got is None:
        return None
    address, s, e = got
    return Hit(address, 0.6, ((s, e),), " ".join(text[s:e].split()))


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
        if re.match(r"[ \t]*,", tail) and _ADDRESS_TOKEN_RE.search(tail):
            return Hit(m.group(1), 0.6, (m.span(1),), m.group(1))
    return None

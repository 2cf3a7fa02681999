"""Dates, the sender's outgoing number, meter numbers and meter readings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ocr.fields_contacts import DIGIT_CONFUSIONS
from ocr.fields_text import Hit

_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d.])(\d{1,2})[ \t]?([./-])[ \t]?(\d{1,2})\2[ \t]?(\d{4}|\d{2})(?!\d)"
)
_WORD_DATE_RE = re.compile(
    r"(?<!\d)[«\"“]?(\d{1,2})[»\"”]?[ \t]+(" + "|".join(_MONTHS) + r")[ \t]+(\d{4})"
    r"(?:[ \t]*(?:г\.?|года?))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    iso: str
    start: int
    end: int
    raw: str


def _make_date(day: int, month: int, year: int) -> str | None:
    if year < 100:
        year += 2000
    if not 1990 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    for m in _NUMERIC_DATE_RE.finditer(text):
        iso = _make_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if iso:
            found.append(DateMention(iso, m.start(), m.end(), m.group()))
    for m in _WORD_DATE_RE.finditer(text):
        iso = _make_date(int(m.group(1)), _MONTHS[m.group(2).lower()], int(m.group(3)))
        if iso:
            found.append(DateMention(iso, m.start(), m.end(), m.group()))
    found.sort(key=lambda d: d.start)
    return found


# --- sender's outgoing number -----------------------------------------------------------

_NUMBER = r"([0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё/\-.]{0,20}[0-9])"
_OUT_REF_RE = re.compile(
    r"(?:исх(?:одящий|\.)?|исходящ\w*)[ \t]*(?:№|N[°o]?|No\.?)?[ \t]*"
    + _NUMBER
    + r"(?:[ \t]+от[ \t]+)?",
    re.IGNORECASE,
)
_NUMBER_FROM_RE = re.compile(
    r"(?<![\w])(?:№|N[°o]?|No\.?)[ \t]*" + _NUMBER + r"[ \t]+от[ \t]+", re.IGNORECASE
)
_NOT_OWN_REF_RE = re.compile(
    r"(?:договор|сч[её]т|акт|квитанц|на\s+ваш|на\s+№|ответ|счетчик|счётчик|пу\b|прибор|"
    r"решени|постановлени|приказ|претензи|заявк|дел[оа]|письм)",
    re.IGNORECASE,
)


def find_sender_ref(text: str, dates: list[DateMention]) -> tuple[Hit | None, DateMention | None]:
    """(outgoing number, its date) from «исх. № 45/2 от 12.03.2026» or a header «№ … от …»."""
    m = _OUT_REF_RE.search(text)
    strength = 0.95
    if m is None:
        for cand in _NUMBER_FROM_RE.finditer(text):
            if cand.start() > 0.3 * len(text):
                break
            line_start = text.rfind("\n", 0, cand.start()) + 1
            if not _NOT_OWN_REF_RE.search(text[line_start : cand.start()]):
                m, strength = cand, 0.6
                break
    if m is None:
        return None, None
    number = m.group(1).rstrip(".-/")
    date = next((d for d in dates if m.end() - 1 <= d.start <= m.end() + 4), None)
    return Hit(number, strength, (m.span(1),), text[m.start() : m.end(1)]), date


# --- meters and readings ----------------------------------------------------------------

_LOOKALIKES = re.escape("".join(DIGIT_CONFUSIONS))
_METER_RE = re.compile(
    r"(?:сч[её]тчик\w*(?:[ \t]+электро\w*)?|(?<![А-Яа-яЁё])ПУ|прибор\w*[ \t]+уч[её]та"
    r"(?:[ \t]+электро\w*)?|зав(?:одской|\.)?[ \t]*(?:номер|№))"
    r"(?:[ \t]+(?:тип|марки)[ \t]+[\w\-.]+)?\s*(?:№|N[°o]?|No\.?|номер)[ \t]*:?[ \t]*"
    r"([0-9" + _LOOKALIKES + r"][0-9A-Za-z\-" + _LOOKALIKES + r"]{3,20})",
    re.IGNORECASE,
)
_UNIT = r"(?:кВт[ \t]*[·.\-*×хx/:•]?[ \t]*ч(?:ас\w*)?|квтч|kwh)"
_NUMBER_VALUE = r"(\d{1,7}(?:[.,]\d{1,3})?)"
_UNIT_READING_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,7})([.,]\d{1,3})?[ \t]*" + _UNIT, re.IGNORECASE
)
_ZONE_READING_RE = re.compile(
    r"(?<![\w])(T|Т)[ \t]?([123])(?:[ \t]*\([^)\n]{0,12}\))?[ \t]*[:=\-–—]?[ \t]*"
    + _NUMBER_VALUE
    + r"(?![\d.,]\d)"
    + r"|(?<![\w])(ден\w*|дн\w*|ноч\w*|пик\w*|полупик\w*)[ \t]*(?:зона)?[ \t]*[:=\-–—]?[ \t]*"
    + _NUMBER_VALUE
    + r"(?![\d.,]\d)",
    re.IGNORECASE,
)
_READINGS_WORD_RE = re.compile(r"показани\w*", re.IGNORECASE)
_PLAIN_NUMBER_RE = re.compile(r"(?<![\w.,/\-])" + _NUMBER_VALUE + r"(?![\w/\-]|[.,]\d)")
_MONEY_AFTER_RE = re.compile(r"[ \t]*(?:руб|р\.|₽|коп|г\.|год|гг)", re.IGNORECASE)  # or a year
_ZONE_NAMES = {"д": "T1", "н": "T2", "пи": "T1", "по": "T3"}  # день, ночь, пик, полупик


@dataclass(frozen=True, slots=True)
class ReadingHit:
    value: str
    zone: str | None
    meter_no: str | None
    taken_on: str | None
    strength: float
    span: tuple[int, int]


def find_meters(text: str) -> list[Hit]:
    hits = []
    for m in _METER_RE.finditer(text):
        raw = m.group(1).rstrip("-")
        value = "".join(DIGIT_CONFUSIONS.get(ch, ch) for ch in raw)
        if sum(ch.isdigit() for ch in raw) < max(4, len(raw) // 2):
            continue
        strength = 0.9 if value == raw else 0.75
        hits.append(Hit(value, strength, (m.span(1),), raw))
    return hits


_SENTENCE_END_RE = re.compile(r"(?:[.!?]\s+|\n[ \t]*\n\s*)(?=[А-ЯЁA-Z«\"])")


def _taken_on(text: str, start: int, end: int, dates: list[DateMention]) -> str | None:
    """The date of a reading: in the same sentence, the nearest before it (or just after).

    Sentences end at «. » before a capital; OCR block breaks before a lowercase word do not
    end one.
    """
    sentence_start = 0
    for m in _SENTENCE_END_RE.finditer(text, 0, start):
        sentence_start = m.end()
    nxt = _SENTENCE_END_RE.search(text, end)
    sentence_end = nxt.start() if nxt else len(text)
    before = [d for d in dates if sentence_start <= d.start and d.end <= start]
    if before:
        return before[-1].iso
    after = [d for d in dates if end <= d.start <= min(sentence_end, end + 60)]
    return after[0].iso if after else None


def find_readings(
    text: str,
    dates: list[DateMention],
    meters: list[Hit],
    blocked: list[tuple[int, int]],
) -> list[ReadingHit]:
    """Readings: numbers with kWh units, tariff-zone numbers, or numbers after «показания»."""
    busy = [(d.start, d.end) for d in dates] + [m.spans[0] for m in meters] + list(blocked)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in busy)

    found: list[ReadingHit] = []

    def add(value: str, zone: str | None, strength: float, s: int, e: int, vs: int) -> None:
        value = value.replace(" ", "").replace("\u00a0", "").replace(",", ".")
        meter = next((m.value for m in reversed(meters) if m.start < s), None)
        if meter is None and meters:
            meter = meters[0].value
        found.append(
            ReadingHit(value, zone, meter, _taken_on(text, vs, e, dates), strength, (s, e))
        )
        busy.append((s, e))

    for m in _ZONE_READING_RE.finditer(text):
        zone: str | None
        if m.group(3) is not None:
            zone, value, vs = f"T{m.group(2)}", m.group(3), m.start(3)
        else:
            label = m.group(4).lower()
            zone = _ZONE_NAMES.get(label[:1]) or _ZONE_NAMES.get(label[:2])
            value, vs = m.group(5), m.start(5)
            if zone is None:
                continue
        if free(vs, m.end()) and not _MONEY_AFTER_RE.match(text, m.end()):
            add(value, zone, 0.8, m.start(), m.end(), vs)
    for m in _UNIT_READING_RE.finditer(text):
        if free(m.start(), m.end()):
            add(m.group(1) + (m.group(2) or ""), None, 0.85, m.start(), m.end(), m.start())
    for w in _READINGS_WORD_RE.finditer(text):
        window_end = min(len(text), w.end() + 80)
        stop = re.search(r"\n\n|[;!?]|\.\s+[А-ЯЁ]", text[w.end() : window_end])
        if stop:
            window_end = w.end() + stop.start()
        for m in _PLAIN_NUMBER_RE.finditer(text, w.end(), window_end):
            if not free(m.start(), m.end()) or _MONEY_AFTER_RE.match(text, m.end()):
                continue
            if len(m.group(1).split(".")[0].split(",")[0]) < 2:
                continue  # «1», «2»: list numbers and house numbers, not readings
            add(m.group(1), None, 0.6, m.start(), m.end(), m.start())
            break
    found.sort(key=lambda r: r.span[0])
    return found

"""Phone, e-mail and consumer account (лицевой счёт) patterns over a letter's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ocr.fields_text import Hit

# --- phone ------------------------------------------------------------------------------

_PHONE_RUN_RE = re.compile(r"(?<![\w+])\+?[ \t]*\(?\d[\d \t\-‐–()]{8,22}\d(?!\d)")
_PHONE_MARKER_RE = re.compile(
    r"(?:тел|телефон|моб|сот|контакт\w*|т\.|phone|tel)[\w.]*\s*[:.№]?\s*(?:\+?\s*)?$",
    re.IGNORECASE,
)


def find_phones(text: str, blocked: Sequence[Hit] = ()) -> list[Hit]:
    """Russian phone numbers as +7XXXXXXXXXX, best first."""
    hits: list[Hit] = []
    for m in _PHONE_RUN_RE.finditer(text):
        s, e = m.span()
        if any(b.overlaps(s, e) for b in blocked):
            continue
        raw = m.group().strip()
        digits = re.sub(r"\D", "", raw)
        line_start = text.rfind("\n", 0, s) + 1
        marked = bool(_PHONE_MARKER_RE.search(text[max(line_start, s - 30) : s]))
        formatted = raw.startswith("+") or "(" in raw or bool(re.search(r"\d[ \-‐–]\d", raw))
        if len(digits) == 11 and digits[0] in "78":
            national = digits[1:]
        elif len(digits) == 10 and (marked or (formatted and digits[0] == "9")):
            national = digits
        else:
            continue
        if national[0] not in "3489":
            continue  # Russian geographic and mobile codes start with 3, 4, 8 or 9
        if marked:
            strength = 0.95
        elif formatted:
            strength = 0.85
        elif national[0] == "9" and len(digits) == 11:
            strength = 0.7  # bare 89XXXXXXXXX: almost surely a mobile
        else:
            continue
        hits.append(Hit("+7" + national, strength, ((s, e),), raw))
    hits.sort(key=lambda h: (-h.strength, h.start))
    return hits


# --- e-mail -----------------------------------------------------------------------------

_HOMOGLYPHS = str.maketrans("аеорсухкмтвнАЕОРСХКМТВН", "aeopcyxkmtbhAEOPCXKMTBH")
_MAIL_CHARS = r"[A-Za-z0-9._%+\-аеорсухкмАЕОРСХКМТВН]"
_EMAIL_RE = re.compile(
    rf"(?<![\w.@])({_MAIL_CHARS}+)[ \t]?@[ \t]?"
    rf"({_MAIL_CHARS}+(?:\.{_MAIL_CHARS}+)*\.[A-Za-zа-я]{{2,}})"
)


def find_email(text: str) -> Hit | None:
    for m in _EMAIL_RE.finditer(text):
        raw = m.group()
        value = f"{m.group(1)}@{m.group(2)}".translate(_HOMOGLYPHS).lower().strip(".")
        if not re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}", value):
            continue
        strength = 0.95 if value == raw.lower() else 0.8
        return Hit(value, strength, (m.span(),), raw)
    return None


# --- consumer account -------------------------------------------------------------------

DIGIT_CONFUSIONS = {
    "О": "0", "O": "0", "о": "0", "o": "0", "D": "0",
    "З": "3", "з": "3",
    "б": "6",
    "l": "1", "I": "1", "|": "1", "і": "1", "!": "1",
    "S": "5", "s": "5",
    "B": "8", "В": "8",
    "Ч": "4",
}  # fmt: skip
_CONFUSION_PENALTY = {"Ч": 0.2, "D": 0.15, "!": 0.15}
_DIGITISH = "0-9" + "".join(re.escape(c) for c in DIGIT_CONFUSIONS)
_TOKEN_RE = re.compile(rf"[{_DIGITISH}](?:[{_DIGITISH}\-‐–]*[{_DIGITISH}])?")

_ACCOUNT_MARKER_RE = re.compile(
    r"""(?ix)
    (?:
        лицев\w*\s*[-‐]?\s*сч[её]т\w*
      | (?<![а-яёa-z])[лl]\s*[/|!\\]\s*[сc](?:ч(?:[её]т)?)?(?![а-яёa-z])\.?
      | (?<![а-яёa-z])(?:nic|n/c|п/с|л[i1]c|лic)(?![а-яёa-z])\.?  # «л/с» as tesseract misreads it
      | (?<![а-яёa-z])лс(?![а-яёa-z])
      | абонентск\w*\s+(?:номер\w*|№)
      | номер\w*\s+абонент\w*
    )
    (?:\s*(?:№|N[°o]?|No\.?|\#|номер\w*|:|-|–))*\s*
    """
)
_NOT_ACCOUNT_BEFORE_RE = re.compile(
    r"(?:инн|огрн\w*|кпп|снилс|бик|окпо|р/с|к/с|расч\w*|корр\w*|паспорт\w*|тел\w*|моб\w*|"
    r"сот\w*|т\.|ш?пи|трек\w*|№\s*почт\w*)[\s.:№N]*$",
    re.IGNORECASE,
)


def _digit_run(text: str, pos: int) -> tuple[str, int, int, float, int] | None:
    """Digits read from ``pos`` on: (digits, start, end, penalty, fixes) or None.

    The run is a sequence of tokens separated by single spaces or dashes; every token must
    hold at least one real digit, so a following «в» or «о» is not taken for 8 or 0.
    """
    tokens: list[tuple[int, int, str]] = []
    i = pos
    while True:
        m = _TOKEN_RE.match(text, i)
        if m is None or not any(ch.isdigit() for ch in m.group()):
            break
        after = text[m.end() : m.end() + 2]
        if (
            after[:1].isalpha()
            or (after[:1] and after[:1] in "/:")
            or (after[:1] in ".," and after[1:2].isdigit())
        ):
            break  # glued to a word, a fraction, a date or a decimal: not an account
        tokens.append((m.start(), m.end(), m.group()))
        gap = re.match(r"[ \t]?[-‐–]?[ \t]?", text[m.end() :])
        i = m.end() + (len(gap.group()) if gap else 0)
        if i == m.end():
            break
    if not tokens:
        return None
    best: tuple[str, int, int, float, int] | None = None
    for k in range(len(tokens)):
        raw = "".join(t[2] for t in tokens[: k + 1])
        digits, penalty, fixes = "", 0.0, 0
        for ch in raw:
            if ch.isdigit():
                digits += ch
            elif ch in DIGIT_CONFUSIONS:
                digits += DIGIT_CONFUSIONS[ch]
                penalty += _CONFUSION_PENALTY.get(ch, 0.1)
                fixes += 1
        if len(digits) > 12 and best is not None:
            break
        best = (digits, tokens[0][0], tokens[k][1], penalty, fixes)
        if 10 <= len(digits) <= 12 and (k + 1 == len(tokens) or len(digits) >= 12):
            break
    return best


def find_accounts_marked(text: str) -> list[Hit]:
    """Accounts after a marker («л/с», «лицевой счёт №», ...), best first."""
    hits: list[Hit] = []
    for m in _ACCOUNT_MARKER_RE.finditer(text):
        run = _digit_run(text, m.end())
        if run is None:
            continue
        digits, s, e, penalty, _fixes = run
        if not 6 <= len(digits) <= 16:
            continue
        strength = 0.95 if 10 <= len(digits) <= 12 else 0.5
        strength = max(0.3, strength - penalty)
        hits.append(Hit(digits, strength, ((s, e),), text[s:e]))
    hits.sort(key=lambda h: (-h.strength, h.start))
    return hits


_BARE_NUMBER_RE = re.compile(r"(?<![\w/.,\-+])\d{10,12}(?![\w/\-]|[.,]\d)")


def find_account_unmarked(text: str, blocked: Sequence[Hit] = ()) -> Hit | None:
    """A standalone 10–12 digit number that is not a phone, INN or bank detail; low confidence."""
    for m in _BARE_NUMBER_RE.finditer(text):
        s, e = m.span()
        digits = m.group()
        if any(b.overlaps(s, e) for b in blocked):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        if _NOT_ACCOUNT_BEFORE_RE.search(text[max(line_start, s - 25) : s]):
            continue
        if (len(digits) == 11 and digits[:2] in ("89", "79")) or (
            len(digits) == 10 and digits[0] == "9"
        ):
            continue  # looks like a mobile phone
        return Hit(digits, 0.35, ((s, e),), digits)
    return None

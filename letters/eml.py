"""E-mail messages (``.eml``) as letters: the body and the attachments become one letter.

Real-world mail is messy: koi8-r and windows-1251 bodies with wrong or missing charset
labels, broken multipart boundaries, nested messages, HTML-only bodies. Nothing here
raises on a bad message: what can be read is kept, the rest is reported in ``problems``.
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import html
import re
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

CHARSET_GUESSES = ("utf-8", "cp1251", "koi8-r")
MAX_DEPTH = 5
SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass(slots=True)
class ParsedMail:
    subject: str = ""
    sender_name: str = ""
    sender_email: str = ""
    sent_on: str | None = None  # ISO date
    body: str = ""
    attachments: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def looks_like_eml(path: Path) -> bool:
    if path.suffix.lower() == ".eml":
        return True
    try:
        with path.open("rb") as stream:
            head = stream.read(2048)
    except OSError:
        return False
    return (
        bool(re.match(rb"(?:[A-Za-z-]+:[^\n]*\r?\n)+", head))
        and b"\nFrom:" in b"\n" + head
        and (b"\nSubject:" in head or b"\nMIME-Version:" in head)
    )


class _TextFromHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextFromHtml()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # malformed markup: fall back to stripping tags
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = "".join(parser.parts)
    return "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()


def decode_payload(part: Message) -> str:
    """The part's text, trying its declared charset, then the usual Russian ones."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    declared = part.get_content_charset()
    for charset in ([declared] if declared else []) + list(CHARSET_GUESSES):
        try:
            text = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
        if charset == declared or not _mojibake(text):
            return text
    return raw.decode("utf-8", errors="replace")


def _mojibake(text: str) -> bool:
    """cp1251 read as koi8-r (or the reverse) gives mostly capital Cyrillic letters."""
    letters = [c for c in text if "а" <= c.lower() <= "я"]
    if len(letters) < 20:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) > 0.6


def parse_eml(path: Path, workdir: Path) -> ParsedMail:
    data = path.read_bytes()
    mail = ParsedMail()
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except RecursionError:  # the stdlib parser recurses once per nested multipart
        message = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
        message.set_type("text/plain")  # keep the raw body as text: nothing is lost
        mail.problems.append("nesting too deep")
    mail.subject = _header(message, "Subject")
    addresses = getaddresses([_header(message, "From")])
    if addresses:
        mail.sender_name, mail.sender_email = addresses[0][0].strip(), addresses[0][1].strip()
    try:
        date = parsedate_to_datetime(_header(message, "Date"))
        mail.sent_on = date.date().isoformat() if date else None
    except (TypeError, ValueError, IndexError):
        mail.sent_on = None
    if message.defects:
        mail.problems.append("; ".join(type(d).__name__ for d in message.defects))
    plain: list[str] = []
    html_parts: list[str] = []
    _walk(message, workdir, mail, plain, html_parts, depth=0)
    body = "\n\n".join(p.strip() for p in plain if p.strip())
    if not body and html_parts:
        body = "\n\n".join(html_to_text(h) for h in html_parts)
    header = f"Тема: {mail.subject}\n" if mail.subject else ""
    sender = f"От: {mail.sender_name} <{mail.sender_email}>\n" if mail.sender_email else ""
    mail.body = (header + sender + "\n" + body).strip()
    return mail


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    if value is None:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (UnicodeDecodeError, LookupError, email.errors.HeaderParseError):
        return str(value)


def _walk(
    part: Message,
    workdir: Path,
    mail: ParsedMail,
    plain: list[str],
    html_parts: list[str],
    depth: int,
) -> None:
    if depth > MAX_DEPTH:
        mail.problems.append("nesting too deep")
        return
    content_type = part.get_content_type()
    if part.is_multipart():
        payload = part.get_payload()
        for sub in payload if isinstance(payload, list) else []:
            if isinstance(sub, Message):
                _walk(sub, workdir, mail, plain, html_parts, depth + 1)
        return
    filename = part.get_filename()
    disposition = (part.get("Content-Disposition") or "").lower()
    if content_type == "message/rfc822" or (filename or "").lower().endswith(".eml"):
        inner = part.get_payload(decode=True)
        if isinstance(inner, bytes):
            nested = email.message_from_bytes(inner, policy=email.policy.compat32)
            _walk(nested, workdir, mail, plain, html_parts, depth + 1)
        return
    if filename or "attachment" in disposition:
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data:
            name = SAFE_NAME.sub("_", _decoded_name(filename or "attachment"))[:100]
            target = workdir / f"{len(mail.attachments):02d}-{name}"
            target.write_bytes(data)
            mail.attachments.append(target)
        return
    if content_type == "text/plain":
        plain.append(decode_payload(part))
    elif content_type == "text/html":
        html_parts.append(decode_payload(part))


def _decoded_name(name: str) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(name)))
    except (UnicodeDecodeError, LookupError, email.errors.HeaderParseError):
        return name

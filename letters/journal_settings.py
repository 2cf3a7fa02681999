"""The administrator's registration journals: their number formats, extra incoming journals,
and a separate journal per channel.

The issue asks that "registration numbers may use a separate journal per channel, with
prefixes in settings". No schema change is needed: a journal is a row of ``journal``
(its own gapless counter per year lives in ``registration_counter``), and the channel →
journal map is kept in the ``setting`` table under ``journal.<channel>`` (the key the phone
form already reads, ``letters.phone.JOURNAL_SETTING``). ``register_letter`` asks
:func:`journal_for` when a draft is for the default incoming journal.

Two journals must never give the same number (letters are found by their number), so a
format that renders like another journal's is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.models import Journal, Letter, RegistrationCounter
from letters import audit, settings
from letters.actors import Actor
from letters.permissions import require
from letters.register import CHANNELS, BadNumberFormat, format_number

DEFAULT_JOURNAL = "incoming"
BUILT_IN = ("incoming", "outgoing")
KEY_PREFIX = "journal."
CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{1,31}")
SAMPLE_YEARS = (2026, 2027)
SAMPLE_SEQS = (1, 7, 42, 123, 999, 1000, 12345, 99999, 123456)


class JournalError(ValueError):
    """``code``: ``bad_code``, ``code_taken``, ``name_required``, ``bad_format``,
    ``format_clash`` (``other`` names the journal), ``bad_channel``, ``not_found``,
    ``not_incoming``, ``in_use``, ``built_in``."""

    def __init__(self, code: str, other: str = "") -> None:
        super().__init__(f"{code}: {other}" if other else code)
        self.code = code
        self.other = other


@dataclass(frozen=True, slots=True)
class JournalSetup:
    """A journal, and the channels whose letters it numbers."""

    code: str
    name: str
    direction: str
    number_format: str
    channels: tuple[str, ...] = ()
    used: bool = False  # has numbers already: may not be deleted


@dataclass(frozen=True, slots=True)
class JournalsData:
    journals: list[JournalSetup]
    channel_journal: dict[str, str]  # channel → journal code (channels not listed: incoming)


def channel_key(channel: str) -> str:
    return f"{KEY_PREFIX}{channel}"


def check_format(number_format: str) -> str:
    """The format's sample number (year 2026, number 123); ``BadNumberFormat`` when it does
    not render or lacks ``{seq}``."""
    if "{seq" not in number_format:
        raise BadNumberFormat(number_format)
    try:
        return format_number(number_format, 2026, 123)
    except ValueError as exc:  # a bad spec such as {seq:q}
        raise BadNumberFormat(number_format) from exc


def formats_clash(first: str, second: str) -> bool:
    """Would the two formats give one number to two letters (checked on samples)?"""
    for year in SAMPLE_YEARS:
        try:
            mine = {format_number(first, year, seq) for seq in SAMPLE_SEQS}
            theirs = {format_number(second, year, seq) for seq in SAMPLE_SEQS}
        except ValueError:  # a broken stored format gives no number at all
            return False
        if mine & theirs:
            return True
    return False


def journal_for(session: Session, channel: str) -> str | None:
    """The incoming journal configured for ``channel``, or None (use the default)."""
    code = settings.get(session, channel_key(channel))
    if not isinstance(code, str) or not code:
        return None
    direction = session.scalar(select(Journal.direction).where(Journal.code == code))
    return code if direction == "incoming" else None


def channel_map(session: Session) -> dict[str, str]:
    found = {}
    for channel in CHANNELS:
        code = journal_for(session, channel)
        if code is not None and code != DEFAULT_JOURNAL:
            found[channel] = code
    return found


def load_journals(session: Session, actor: Actor) -> JournalsData:
    require(actor, "settings.manage")
    return load_journals_unchecked(session)


def load_journals_unchecked(session: Session) -> JournalsData:
    mapping = channel_map(session)
    used = set(session.scalars(select(RegistrationCounter.journal).distinct()))
    journals = []
    for j in session.scalars(select(Journal).order_by(Journal.direction, Journal.code)):
        channels = tuple(c for c in CHANNELS if mapping.get(c) == j.code)
        if j.code == DEFAULT_JOURNAL:
            channels = tuple(c for c in CHANNELS if c not in mapping)
        journals.append(
            JournalSetup(j.code, j.name, j.direction, j.number_format, channels, j.code in used)
        )
    return JournalsData(journals, mapping)


def save_journal(
    session: Session, actor: Actor, code: str, name: str, number_format: str
) -> JournalSetup:
    """Create an incoming journal, or rename one and change its number format; audited.

    Numbering goes on from the journal's counter: a new format does not renumber letters.
    """
    require(actor, "settings.manage")
    code, name, number_format = code.strip(), " ".join(name.split()), number_format.strip()
    if not CODE_PATTERN.fullmatch(code):
        raise JournalError("bad_code", code)
    if not name:
        raise JournalError("name_required")
    try:
        check_format(number_format)
    except BadNumberFormat as exc:
        raise JournalError("bad_format", number_format) from exc
    for other in session.scalars(select(Journal).where(Journal.code != code)):
        if formats_clash(number_format, other.number_format):
            raise JournalError("format_clash", other.code)
    journal = session.get(Journal, code)
    before = None
    if journal is None:
        journal = Journal(code=code, name=name, direction="incoming", number_format=number_format)
        session.add(journal)
    else:
        before = {"name": journal.name, "number_format": journal.number_format}
        if before == {"name": name, "number_format": number_format}:
            return _setup(session, journal)
        journal.name, journal.number_format = name, number_format
    session.flush()
    audit.record(
        session,
        actor,
        "settings.journal",
        "journal",
        code,
        before,
        {"name": name, "number_format": number_format},
    )
    return _setup(session, journal)


def set_channel_journal(session: Session, actor: Actor, channel: str, code: str | None) -> None:
    """Number the letters of ``channel`` in journal ``code`` (None or ``incoming``: the
    default incoming journal again); audited."""
    require(actor, "settings.manage")
    if channel not in CHANNELS:
        raise JournalError("bad_channel", channel)
    code = code or DEFAULT_JOURNAL
    journal = session.get(Journal, code)
    if journal is None:
        raise JournalError("not_found", code)
    if journal.direction != "incoming":
        raise JournalError("not_incoming", code)
    before = journal_for(session, channel) or DEFAULT_JOURNAL
    if before == code:
        return
    settings.put(session, channel_key(channel), code)
    audit.record(
        session,
        actor,
        "settings.channel_journal",
        "setting",
        channel_key(channel),
        {"journal": before},
        {"journal": code},
    )


def delete_journal(session: Session, actor: Actor, code: str) -> None:
    """Delete a journal that has never given a number and numbers no channel; audited."""
    require(actor, "settings.manage")
    if code in BUILT_IN:
        raise JournalError("built_in", code)
    journal = session.get(Journal, code)
    if journal is None:
        raise JournalError("not_found", code)
    if code in channel_map(session).values():
        raise JournalError("in_use", code)
    used = session.scalar(
        select(
            exists().where(RegistrationCounter.journal == code)
            | exists().where(Letter.journal == code)
        )
    )
    if used:
        raise JournalError("in_use", code)
    audit.record(
        session,
        actor,
        "settings.journal_deleted",
        "journal",
        code,
        {"name": journal.name, "number_format": journal.number_format},
        None,
    )
    session.delete(journal)
    session.flush()


def _setup(session: Session, journal: Journal) -> JournalSetup:
    found = load_journals_unchecked(session)
    return next(j for j in found.journals if j.code == journal.code)

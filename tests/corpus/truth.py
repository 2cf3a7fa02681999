"""Ground truth of generated letters: one JSON object per file in ``truth.jsonl``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

KINDS = ("exact", "no_account", "mistyped", "not_consumer")


@dataclass
class Truth:
    """What one generated file contains.

    Sender fields are as printed in the letter (normalised: phone as +7XXXXXXXXXX,
    address without the postal code); ``sender_name`` is the nominative full name,
    ``sender_name_printed`` what is on the page (usually the genitive «от Иванова И.И.»).
    ``file`` is relative to the directory of ``truth.jsonl``.
    """

    file: str
    format: str
    pages: int
    dpi: int
    kind: str  # one of KINDS
    category: str
    sender_name: str
    sender_name_printed: str
    sender_address: str | None
    sender_postal_code: str | None
    sender_phone: str | None
    sender_phone_printed: str | None
    sender_email: str | None
    account_printed: str | None
    account_true: str | None
    account_place: str | None  # header | body | title
    mistype: str | None  # substitution | transposition | confusion
    has_namesake: bool  # another registry consumer shares surname and initials
    letter_date: str  # ISO
    key_phrases: list[str] = field(default_factory=list)
    readings: list[dict[str, str | None]] = field(default_factory=list)
    degradations: list[str] = field(default_factory=list)
    page_rotations: list[int] = field(default_factory=list)  # clockwise turn that uprights
    page_skews: list[float] = field(default_factory=list)  # counter-clockwise degrees
    text: str = ""  # the printed text; pages separated by form feeds

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> Truth:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def write_truth(records: list[Truth], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(rec.to_json() + "\n")


def load_truth(path: str | Path) -> list[Truth]:
    with open(path, encoding="utf-8") as fh:
        return [Truth.from_dict(json.loads(line)) for line in fh if line.strip()]

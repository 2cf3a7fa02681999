"""The text of a reply and the postal address of its addressee.

The body of a reply is light markup, so that templates, the editor and both writers (PDF,
DOCX) agree: a blank line between paragraphs, ``= `` a centred line (the salutation),
``- `` a list item, ``**bold**``. Addresses are put in Russia Post line order (DOMAIN.md §8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of the text: ``para``, ``center`` (the salutation) or a list ``item``;
    runs are (text, bold) pairs."""

    kind: str
    runs: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


# --- the text markup ---------------------------------------------------------------------

_ITEM = re.compile(r"^\s*[-–•]\s+")


def _runs(text: str) -> tuple[tuple[str, bool], ...]:
    pieces = text.split("**")
    return tuple((p, i % 2 == 1) for i, p in enumerate(pieces) if p)


def parse_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; lines of a paragraph are joined."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        paragraph: list[str] = []
        for line in lines:
            if _ITEM.match(line):
                if paragraph:
                    blocks.append(Block("para", _runs(" ".join(paragraph))))
                    paragraph = []
                blocks.append(Block("item", _runs(_ITEM.sub("", line))))
            elif line.startswith("= "):
                blocks.append(Block("center", _runs(line[2:].strip())))
            else:
                paragraph.append(line)
        if paragraph:
            blocks.append(Block("para", _runs(" ".join(paragraph))))
    return blocks


# --- postal addresses --------------------------------------------------------------------

_REGION = re.compile(r"(^|\s)(обл\.?|область|край|респ\.?|республика|ао|автономн\w*)(\s|$)", re.I)
_DISTRICT = re.compile(
    r"(^|\s)(р-н|район|м\.\s?о\.|муниципальный округ|городской округ)(\s|$)", re.I
)
_LOCALITY = re.compile(
    r"^(г\.|город|пос\.|п\.|пгт|рп|с\.|село|дер\.|д\.(?!\s*\d)|деревня|ст-ца|станица|х\.|хутор)",
    re.I,
)
_STREET = re.compile(
    r"(^|\s)(ул\.|улица|пр-т|пр-кт|проспект|пер\.|переулок|ш\.|шоссе|б-р|бульвар|пл\.|площадь"
    r"|наб\.|набережная|проезд|пр-д|туп\.|тупик|аллея|мкр\.?|микрорайон|линия|тракт|кв-л)(\s|$)",
    re.I,
)
_HOUSE = re.compile(
    r"^((д\.|дом)\s*\d|корп\.|корпус|к\.\s*\d|стр\.|строение|кв\.|квартира|оф\.|офис|комн\.)"
    r"|^\d+\s*[а-яё]?(\s*/\s*\d+)?(\s*-\s*\d+)?$",
    re.I,
)
_DOMESTIC = {"россия", "российская федерация", "рф"}
_FOREIGN = {"беларусь", "республика беларусь", "казахстан", "литва", "латвия", "польша"}


def _address_kind(part: str) -> str:
    lower = part.lower()
    if re.fullmatch(r"\d{6}", part):
        return "index"
    if lower in _DOMESTIC:
        return "skip"
    if lower in _FOREIGN:
        return "country"
    if _HOUSE.match(part) or _STREET.search(part):
        return "street"
    if _LOCALITY.match(part):
        return "locality"
    if _DISTRICT.search(part):
        return "district"
    if _REGION.search(part):
        return "region"
    return "unknown"


def postal_address_lines(address: str, postal_code: str = "") -> list[str]:
    """An address in Russia Post line order (DOMAIN.md §8): street, house, flat; locality;
    district; region; country if abroad; postal index."""
    parts = [p.strip() for p in address.split(",") if p.strip()]
    kinds = [_address_kind(p) for p in parts]
    first_street = next((i for i, k in enumerate(kinds) if k == "street"), len(parts))
    groups: dict[str, list[str]] = {
        k: [] for k in ("street", "locality", "district", "region", "country", "index")
    }
    for i, (part, kind) in enumerate(zip(parts, kinds, strict=True)):
        if kind == "unknown":  # «Калининград, Ленина 5»: a bare place name before the street
            kind = "locality" if i < first_street and not groups["locality"] else "street"
        if kind != "skip":
            groups[kind].append(part)
    index = postal_code.strip() or (groups["index"][0] if groups["index"] else "")
    lines = [", ".join(groups["street"]), ", ".join(groups["locality"])]
    lines += groups["district"] + groups["region"] + groups["country"] + [index]
    return [line for line in lines if line]

"""Link a letter to a consumer account: precision before recall.

A wrong silent link files a consumer's personal data under someone else, so ``link``
auto-links only on evidence that nothing contradicts, and otherwise hands the clerk up to
five ranked candidates. The rules, in order:

1. **Exact account.** An extracted account found in the registry links automatically unless
   the letter contradicts it: the letter's name clearly disagrees with the registry name and
   neither address, phone nor e-mail agrees; or the letter has no name and its address clearly
   disagrees with nothing else agreeing. One wrong OCR digit in a densely numbered registry
   easily lands on another existing account, and this is how we notice. For the same reason
   it is also demoted when a one-slip neighbour of the account belongs to someone who fits
   the letter's name/address as well (typically a relative with the next account number).
   A relative writing about the holder's account from the holder's address still auto-links.
2. **Account variants.** Otherwise the account's OCR digit confusions and one-edit variants
   (substitution, adjacent transposition, a missing or an extra digit) are looked up. Auto
   only if exactly one variant exists, the name or the address strongly agrees, neither
   clearly disagrees, and no other consumer matches the letter about as well.
3. **Name + address (+ phone, e-mail, postal code).** Auto only if the best candidate is
   strong on name AND on address (or on name AND an exact phone / e-mail match), nothing
   contradicts it, and it beats the runner-up by ``margin``. Namesakes never auto-link on
   the name alone. Used for auto only when no account was extracted or the account had no
   exact or variant hit in the registry.

Closed (inactive) accounts are never auto-linked; they are suggested with the reason
``inactive``: a letter quoting an old account often comes from the new occupant, who has a
new active account at the same address, and the clerk must choose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from db.dto import ConsumerDTO
from letters.normalize import (
    AddressParts,
    NameParts,
    account_variants,
    address_numbers_key,
    address_parts_similarity,
    email_key,
    name_parts_similarity,
    parse_address,
    parse_name,
    phone_key,
    postal_key,
    surname_stem,
)
from ocr.types import ExtractedFields

STRONG_NAME = 0.9
STRONG_ADDRESS = 0.85
CONTRADICTS = 0.5  # a name/address similarity below this clearly disagrees
MAX_CANDIDATES = 5
MIN_SUGGEST = 0.3
SURNAME_SCAN_LIMIT = 200  # above this a surname bucket is narrowed by initials
ADDRESS_SCAN_LIMIT = 2000  # address-only lookups score at most this many consumers

# Evidence weights, combined as a noisy-OR: 1 - prod(1 - w * strength).
W_EXACT, W_OCR_VARIANT, W_EDIT_VARIANT = 0.95, 0.6, 0.5
W_NAME, W_ADDRESS, W_PHONE, W_EMAIL, W_POSTAL = 0.65, 0.65, 0.7, 0.7, 0.1


@dataclass(slots=True)
class LinkCandidate:
    """One possible account with its score, how it was found and the evidence behind it
    (reasons such as ``name=0.95``, ``address=1.00``, ``phone_match``, ``inactive``)."""

    account: str
    score: float
    method: str
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class LinkDecision:
    """What ``link`` decided; candidates are ranked, best first, at most five."""

    status: str  # 'auto' | 'suggested' | 'none'
    method: str  # 'account_exact' | 'account_variant' | 'name_address' | 'name_phone' | ...
    score: float
    account: str | None = None  # set only for 'auto'
    candidates: list[LinkCandidate] = field(default_factory=list)


_NON_WORD = re.compile(r"[^\w]+")


def _registry_surname(full_name: str) -> tuple[str, str]:
    """(surname stem, initials) from a registry name «Фамилия Имя Отчество», cheaply."""
    tokens = full_name.replace("ё", "е").replace("Ё", "Е").casefold().split()
    if not "".join(tokens).isalpha():
        tokens = _NON_WORD.sub(" ", " ".join(tokens)).split()
    if not tokens:
        return "", ""
    initials = tokens[1][0] if len(tokens) > 1 else ""
    if len(tokens) > 2:
        initials += tokens[2][0]
    return surname_stem(tokens[0]), initials


class LinkIndex:
    """In-memory lookups over the registry, built once per batch (or grown with ``add``)."""

    def __init__(self) -> None:
        self.by_account: dict[str, ConsumerDTO] = {}
        self.by_phone: dict[str, list[ConsumerDTO]] = {}
        self.by_email: dict[str, list[ConsumerDTO]] = {}
        self.by_postal: dict[str, list[ConsumerDTO]] = {}
        self.by_numbers: dict[str, list[ConsumerDTO]] = {}  # see address_numbers_key
        # surname stem -> initials -> consumers
        self.by_surname: dict[str, dict[str, list[ConsumerDTO]]] = {}
        self._stems: list[str] = []
        self._names: dict[str, NameParts] = {}
        self._addresses: dict[str, AddressParts] = {}

    @classmethod
    def build(cls, consumers: Iterable[ConsumerDTO]) -> LinkIndex:
        index = cls()
        for c in consumers:
            index.add(c)
        return index

    def __len__(self) -> int:
        return len(self.by_account)

    def _keys(self, c: ConsumerDTO) -> list[tuple[str, dict[str, list[ConsumerDTO]]]]:
        return [
            (phone_key(c.phone) if c.phone else "", self.by_phone),
            (email_key(c.email) if c.email else "", self.by_email),
            (postal_key(c.postal_code) if c.postal_code else "", self.by_postal),
            (address_numbers_key(c.address) if c.address else "", self.by_numbers),
        ]

    def add(self, c: ConsumerDTO) -> None:
        """Add or replace one consumer (a replaced consumer's old keys are dropped)."""
        old = self.by_account.get(c.account)
        if old is not None:
            self._remove(old)
        self.by_account[c.account] = c
        if c.phone:
            self._put(self.by_phone, phone_key(c.phone), c)
        if c.email:
            self._put(self.by_email, email_key(c.email), c)
        if c.postal_code:
            self._put(self.by_postal, postal_key(c.postal_code), c)
        if c.address:
            self._put(self.by_numbers, address_numbers_key(c.address), c)
        stem, initials = _registry_surname(c.full_name)
        if stem:
            by_initials = self.by_surname.get(stem)
            if by_initials is None:
                by_initials = self.by_surname[stem] = {}
                self._stems.append(stem)
            by_initials.setdefault(initials, []).append(c)

    @staticmethod
    def _put(table: dict[str, list[ConsumerDTO]], key: str, c: ConsumerDTO) -> None:
        if key:
            bucket = table.get(key)
            if bucket is None:
                table[key] = [c]
            else:
                bucket.append(c)

    def _remove(self, c: ConsumerDTO) -> None:
        for key, table in self._keys(c):
            if key in table:
                table[key] = [x for x in table[key] if x.account != c.account]
        stem, initials = _registry_surname(c.full_name)
        same = self.by_surname.get(stem, {}).get(initials)
        if same is not None:
            same[:] = [x for x in same if x.account != c.account]
        self._names.pop(c.account, None)
        self._addresses.pop(c.account, None)

    def name_of(self, c: ConsumerDTO) -> NameParts:
        parts = self._names.get(c.account)
        if parts is None:
            parts = self._names[c.account] = parse_name(c.full_name)
        return parts

    def address_of(self, c: ConsumerDTO) -> AddressParts:
        parts = self._addresses.get(c.account)
        if parts is None:
            parts = self._addresses[c.account] = parse_address(c.address)
        return parts

    def similar_stems(self, stem: str, limit: int = 8) -> list[str]:
        """Registry surname stems within a couple of OCR slips of ``stem``."""
        found = process.extract(stem, self._stems, scorer=fuzz.ratio, score_cutoff=80, limit=limit)
        return [s for s, _, _ in found]


@dataclass(slots=True)
class _Letter:
    name: NameParts | None
    address: AddressParts | None
    phone: str
    email: str
    postal: str
    numbers: str

    @classmethod
    def of(cls, f: ExtractedFields) -> _Letter:
        name = parse_name(f.name.value) if f.name and f.name.value.strip() else None
        address = parse_address(f.address.value) if f.address and f.address.value.strip() else None
        postal = postal_key(f.postal_code.value) if f.postal_code else ""
        if not postal and f.address:
            postal = postal_key(f.address.value)
        return cls(
            name=name if name and name.surname else None,
            address=address if address and address.place else None,
            phone=phone_key(f.phone.value) if f.phone else "",
            email=email_key(f.email.value) if f.email else "",
            postal=postal,
            numbers=address_numbers_key(f.address.value) if f.address else "",
        )


@dataclass(slots=True)
class _Evidence:
    consumer: ConsumerDTO
    method: str
    prior: float  # weight of the account evidence (0 when found by name/address)
    name: float | None = None
    address: float | None = None
    phone: bool | None = None
    email: bool | None = None
    postal: bool | None = None
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0

    @property
    def name_contradicts(self) -> bool:
        return self.name is not None and self.name < CONTRADICTS

    @property
    def address_contradicts(self) -> bool:
        return self.address is not None and self.address < CONTRADICTS

    @property
    def plausible(self) -> bool:
        positive = (
            self.prior > 0
            or (self.name or 0) >= 0.6
            or (self.address or 0) >= 0.6
            or bool(self.phone)
            or bool(self.email)
        )
        return positive and self.score >= MIN_SUGGEST

    def candidate(self) -> LinkCandidate:
        return LinkCandidate(
            self.consumer.account, round(self.score, 4), self.method, list(self.reasons)
        )


def _evidence(
    c: ConsumerDTO,
    letter: _Letter,
    index: LinkIndex,
    method: str,
    prior: float,
    reasons: list[str] | None = None,
) -> _Evidence:
    ev = _Evidence(c, method, prior, reasons=list(reasons or []))
    if letter.name is not None and c.full_name:
        reg_name = index.name_of(c)
        if reg_name.is_org == letter.name.is_org:
            ev.name = name_parts_similarity(letter.name, reg_name)
            ev.reasons.append(f"name={ev.name:.2f}")
        else:  # an organisation writing about a person's account, or the reverse
            ev.reasons.append("name_not_comparable")
    if letter.address is not None and c.address:
        ev.address = address_parts_similarity(letter.address, index.address_of(c))
        ev.reasons.append(f"address={ev.address:.2f}")
    if letter.phone and c.phone:
        ev.phone = letter.phone == phone_key(c.phone)
        ev.reasons.append("phone_match" if ev.phone else "phone_differs")
    if letter.email and c.email:
        ev.email = letter.email == email_key(c.email)
        ev.reasons.append("email_match" if ev.email else "email_differs")
    if letter.postal and c.postal_code:
        ev.postal = letter.postal == postal_key(c.postal_code)
        ev.reasons.append("postal_match" if ev.postal else "postal_differs")
    if not c.active:
        ev.reasons.append("inactive")
    miss = 1.0 - prior
    for strength, weight in ((ev.name, W_NAME), (ev.address, W_ADDRESS)):
        if strength is not None and strength >= CONTRADICTS:
            miss *= 1.0 - weight * strength
    for flag, weight in ((ev.phone, W_PHONE), (ev.email, W_EMAIL), (ev.postal, W_POSTAL)):
        if flag:
            miss *= 1.0 - weight
    score = 1.0 - miss
    if ev.name_contradicts:
        score *= 0.6
    if ev.address_contradicts:
        score *= 0.85
    if ev.postal is False:
        score *= 0.9
    if not c.active:
        score *= 0.95
    ev.score = score
    return ev


def _rank_by_person(letter: _Letter, index: LinkIndex) -> list[_Evidence]:
    """Rule 3 candidates: by surname (exact and fuzzy stem), phone, e-mail, and by house and
    flat numbers when the name is missing or found nobody."""
    pool: dict[str, ConsumerDTO] = {}
    if letter.name is not None and not letter.name.is_org:
        stem = surname_stem(letter.name.surname)
        initials = letter.name.initials
        for s in {stem, *index.similar_stems(stem)}:
            by_initials = index.by_surname.get(s, {})
            # Common surnames are narrowed by initials to keep linking fast; a bare surname
            # cannot link on its own anyway, so a big bucket is skipped for it.
            small = sum(map(len, by_initials.values())) <= SURNAME_SCAN_LIMIT
            for reg, people in by_initials.items():
                if small or (
                    initials and (reg.startswith(initials[:2]) or initials.startswith(reg))
                ):
                    pool.update((c.account, c) for c in people)
    for key, table in ((letter.phone, index.by_phone), (letter.email, index.by_email)):
        for c in table.get(key, ()) if key else ():
            pool[c.account] = c
    if letter.address is not None and letter.numbers and (letter.name is None or not pool):
        same = index.by_numbers.get(letter.numbers, [])
        if len(same) > SURNAME_SCAN_LIMIT and letter.postal:
            same = [c for c in same if postal_key(c.postal_code) == letter.postal]
        if len(same) <= ADDRESS_SCAN_LIMIT:
            pool.update((c.account, c) for c in same)
    evs = [_evidence(c, letter, index, "name_address", 0.0) for c in pool.values()]
    evs = [e for e in evs if e.plausible]
    for e in evs:
        e.method = _person_method(e)
    evs.sort(key=lambda e: (-e.score, e.consumer.account))
    return evs


def _person_method(ev: _Evidence) -> str:
    contact = "phone" if ev.phone else "email" if ev.email else ""
    if contact and (ev.address or 0) < STRONG_ADDRESS:
        return contact if ev.name is None else f"name_{contact}"
    return "name_address" if ev.name is not None else "address"


def _merge(*groups: Iterable[_Evidence]) -> list[_Evidence]:
    best: dict[str, _Evidence] = {}
    for group in groups:
        for e in group:
            old = best.get(e.consumer.account)
            if old is None or e.score > old.score:
                best[e.consumer.account] = e
    return sorted(best.values(), key=lambda e: (-e.score, e.consumer.account))


def _suggest(evs: list[_Evidence], method: str | None = None) -> LinkDecision:
    kept = [e for e in evs if e.plausible][:MAX_CANDIDATES]
    if not kept:
        return LinkDecision("none", "none", 0.0)
    top = kept[0]
    return LinkDecision(
        "suggested", method or top.method, round(top.score, 4), None, [e.candidate() for e in kept]
    )


def _auto(ev: _Evidence, others: list[_Evidence]) -> LinkDecision:
    rest = [e for e in others if e.consumer.account != ev.consumer.account]
    cands = [ev.candidate()] + [e.candidate() for e in rest if e.plausible]
    return LinkDecision(
        "auto", ev.method, round(ev.score, 4), ev.consumer.account, cands[:MAX_CANDIDATES]
    )


def _runner_up(ev: _Evidence, others: list[_Evidence]) -> float:
    return max((e.score for e in others if e.consumer.account != ev.consumer.account), default=0.0)


def link(
    fields: ExtractedFields, index: LinkIndex, *, auto_threshold: float = 0.8, margin: float = 0.1
) -> LinkDecision:
    """Decide which account a letter belongs to (see the module docstring for the rules).

    ``auto_threshold`` is the minimum combined score of an automatic link by rules 2 and 3;
    ``margin`` is how far such a link must lead the best other candidate.
    """
    letter = _Letter.of(fields)
    account = re.sub(r"\D", "", fields.account.value) if fields.account else ""
    person = _rank_by_person(letter, index)

    if account and account in index.by_account:  # rule 1
        ev = _evidence(index.by_account[account], letter, index, "account_exact", W_EXACT)
        agrees_else = (ev.address or 0) >= 0.75 or bool(ev.phone) or bool(ev.email)
        contradicted = (ev.name_contradicts and not agrees_else) or (
            ev.name is None and ev.address_contradicts and not (ev.phone or ev.email)
        )
        variants = _variant_evidence(account, letter, index)
        rival = _variant_as_good(ev, variants, letter, index)
        if not contradicted and rival is None and ev.consumer.active:
            return _auto(ev, person)
        if contradicted:
            ev.reasons.append("name_contradicts")
        if rival is not None:
            ev.reasons.append(f"variant_matches_as_well:{rival}")
        return _suggest(_merge([ev], variants, person), method="account_exact")

    variants = _variant_evidence(account, letter, index) if account else []
    if variants:  # rule 2
        if len(variants) == 1:
            ev = variants[0]
            agrees = (ev.name or 0) >= STRONG_NAME or (ev.address or 0) >= STRONG_ADDRESS
            if (
                agrees
                and not ev.name_contradicts
                and not ev.address_contradicts
                and ev.consumer.active
                and ev.score >= auto_threshold
                and ev.score - _runner_up(ev, person) >= margin
            ):
                return _auto(ev, person)
        return _suggest(_merge(variants, person), method="account_variant")

    if person:  # rule 3
        top = person[0]
        strong = (top.name or 0) >= STRONG_NAME and (
            (top.address or 0) >= STRONG_ADDRESS or bool(top.phone) or bool(top.email)
        )
        if (
            strong
            and top.consumer.active
            and not top.address_contradicts
            and top.postal is not False
            and top.score >= auto_threshold
            and top.score - _runner_up(top, person) >= margin
        ):
            return _auto(top, person)
    return _suggest(person)


def _variant_as_good(
    exact: _Evidence, variants: list[_Evidence], letter: _Letter, index: LinkIndex
) -> str | None:
    """A one-slip neighbour of the exact account whose holder fits the letter's name and
    address about as well (e.g. a family member with the next account number)."""
    if exact.name is None and exact.address is None:
        return None
    own = _evidence(exact.consumer, letter, index, "", 0.0).score
    for v in variants:
        person = _evidence(v.consumer, letter, index, "", 0.0)
        fits = (person.name or 0) >= STRONG_NAME or (person.address or 0) >= STRONG_ADDRESS
        if fits and person.score >= own - 0.05:
            return v.consumer.account
    return None


def _variant_evidence(account: str, letter: _Letter, index: LinkIndex) -> list[_Evidence]:
    evs = []
    for variant, how in account_variants(account).items():
        c = index.by_account.get(variant)
        if c is not None:
            prior = W_OCR_VARIANT if how.startswith("ocr") else W_EDIT_VARIANT
            evs.append(_evidence(c, letter, index, "account_variant", prior, [how]))
    evs.sort(key=lambda e: (-e.score, e.consumer.account))
    return evs

"""Account linking (letters.linking): each rule, plus a precision check on a generated registry."""

from __future__ import annotations

import random
import time
from collections import Counter
from dataclasses import dataclass

import pytest

from db.dto import ConsumerDTO
from letters.linking import LinkDecision, LinkIndex, link
from letters.normalize import account_variants
from ocr.types import ExtractedFields, Field


def consumer(
    account: str, name: str, address: str = "", *, phone: str = "", active: bool = True
) -> ConsumerDTO:
    postal = address[:6] if address[:6].isdigit() else ""
    return ConsumerDTO(
        account=account,
        full_name=name,
        address=address,
        postal_code=postal,
        phone=phone,
        active=active,
    )


def letter(
    *,
    account: str | None = None,
    name: str | None = None,
    address: str | None = None,
    phone: str | None = None,
    postal: str | None = None,
) -> ExtractedFields:
    def f(kind: str, value: str | None) -> Field | None:
        return Field(kind, value, 0.9) if value is not None else None

    return ExtractedFields(
        name=f("name", name),
        address=f("address", address),
        phone=f("phone", phone),
        account=f("account", account),
        postal_code=f("postal_code", postal),
    )


REGISTRY = [
    consumer(
        "5012345678",
        "Иванов Иван Иванович",
        "456780, г. Озерск, ул. Ленина, д. 12, кв. 5",
        phone="+79120000001",
    ),
    consumer("5098765432", "Петрова Анна Сергеевна", "456780, г. Озерск, ул. Мира, д. 3, кв. 10"),
    consumer("6123456789", "Сидоров Пётр Николаевич", "456781, г. Озерск, ул. Кирова, д. 7, кв. 1"),
    # namesakes: same surname and initials, different addresses
    consumer("7011111111", "Кузнецов Алексей Павлович", "г. Озерск, ул. Садовая, д. 1, кв. 2"),
    consumer("7022222222", "Кузнецов Андрей Петрович", "г. Озерск, ул. Заречная, д. 9, кв. 4"),
    # two accounts one digit apart: a typo between them is ambiguous
    consumer("3000000010", "Смирнова Ольга Викторовна", "г. Снежинск, ул. Победы, д. 5, кв. 7"),
    consumer("3000000018", "Волков Дмитрий Андреевич", "г. Снежинск, ул. Победы, д. 5, кв. 9"),
    # a closed account and the new occupant of the same flat
    consumer(
        "4400000001", "Орлов Олег Олегович", "г. Озерск, ул. Гагарина, д. 2, кв. 3", active=False
    ),
    consumer("4455555555", "Белова Нина Ивановна", "г. Озерск, ул. Гагарина, д. 2, кв. 3"),
]


@pytest.fixture(scope="module")
def index() -> LinkIndex:
    return LinkIndex.build(REGISTRY)


def accounts(d: LinkDecision) -> list[str]:
    return [c.account for c in d.candidates]


def test_exact_account_links_automatically(index: LinkIndex) -> None:
    d = link(letter(account="5012345678", name="Иванов И.И."), index)
    assert (d.status, d.method, d.account) == ("auto", "account_exact", "5012345678")
    assert d.score >= 0.95 and accounts(d)[0] == "5012345678"
    bare = link(letter(account="50123 45678"), index)  # nothing else to check: still auto
    assert (bare.status, bare.account) == ("auto", "5012345678")


def test_exact_account_with_contradicting_name_is_only_suggested(index: LinkIndex) -> None:
    # Petrova's account, but Ivanov's name and address: an OCR slip onto another account.
    d = link(
        letter(
            account="5098765432", name="Иванов Иван Иванович", address="Озерск, ул. Ленина 12-5"
        ),
        index,
    )
    assert d.status == "suggested" and d.account is None and d.method == "account_exact"
    assert accounts(d)[0] == "5012345678"
    petrova = next(c for c in d.candidates if c.account == "5098765432")
    assert "name_contradicts" in petrova.reasons


def test_exact_account_with_relative_at_holders_address_still_links(index: LinkIndex) -> None:
    d = link(
        letter(
            account="5012345678",
            name="Иванова Мария Петровна",
            address="г. Озерск, ул. Ленина, д. 12, кв. 5",
        ),
        index,
    )
    assert (d.status, d.account) == ("auto", "5012345678")


def test_exact_account_without_name_but_other_address_is_suggested(index: LinkIndex) -> None:
    d = link(letter(account="5012345678", address="г. Озерск, ул. Ленина, д. 12, кв. 6"), index)
    assert d.status == "suggested"


def test_unique_variant_with_agreeing_name_links(index: LinkIndex) -> None:
    # 6123456789 read with 6 -> 8 at position 7
    d = link(letter(account="6123458789", name="Сидорова П.Н."), index)
    assert (d.status, d.method, d.account) == ("auto", "account_variant", "6123456789")
    assert any(r.startswith("ocr 8->6") for r in d.candidates[0].reasons)
    swapped = link(letter(account="6123457689", address="Озерск, Кирова 7-1"), index)
    assert (swapped.status, swapped.account) == ("auto", "6123456789")
    missing = link(letter(account="612345789", name="Сидоров Петр Николаевич"), index)
    assert (missing.status, missing.account) == ("auto", "6123456789")


def test_variant_with_two_registry_matches_is_never_auto(index: LinkIndex) -> None:
    d = link(
        letter(
            account="3000000016",
            name="Смирнова Ольга Викторовна",
            address="г. Снежинск, ул. Победы, д. 5, кв. 7",
        ),
        index,
    )
    assert d.status == "suggested" and d.method == "account_variant"
    assert accounts(d)[:2] == ["3000000010", "3000000018"]


def test_variant_with_disagreeing_name_is_suggested(index: LinkIndex) -> None:
    d = link(letter(account="6123458789", name="Петрова Анна Сергеевна"), index)
    assert d.status == "suggested"
    assert set(accounts(d)) >= {"6123456789", "5098765432"}
    bare = link(letter(account="6123458789"), index)  # the variant alone is not enough
    assert bare.status == "suggested" and accounts(bare) == ["6123456789"]


def test_name_and_address_link_without_account(index: LinkIndex) -> None:
    d = link(letter(name="от Петровой А.С.", address="Озерск, ул.Мира 3-10"), index)
    assert (d.status, d.method, d.account) == ("auto", "name_address", "5098765432")


def test_neighbour_flat_is_not_linked(index: LinkIndex) -> None:
    d = link(letter(name="Петрова А.С.", address="г. Озерск, ул. Мира, д. 3, кв. 11"), index)
    assert d.status == "suggested"


def test_namesakes_are_never_linked_on_name_alone(index: LinkIndex) -> None:
    d = link(letter(name="Кузнецов А.П."), index)
    assert d.status == "suggested" and d.account is None
    assert set(accounts(d)) == {"7011111111", "7022222222"}
    # the address tells them apart
    d2 = link(letter(name="Кузнецов А.П.", address="Озерск, Заречная 9-4"), index)
    assert (d2.status, d2.account) == ("auto", "7022222222")
    d3 = link(letter(name="Кузнецов А.П.", address="Озерск, ул. Садовая, д. 3"), index)
    assert d3.status == "suggested"


def test_phone_match(index: LinkIndex) -> None:
    d = link(letter(name="Иванов И.И.", phone="8 (912) 000-00-01"), index)
    assert (d.status, d.method, d.account) == ("auto", "name_phone", "5012345678")
    alone = link(letter(phone="+7 912 000 00 01"), index)
    assert alone.status == "suggested" and accounts(alone) == ["5012345678"]
    assert alone.method == "phone"
    assert "phone_match" in alone.candidates[0].reasons


def test_organisation_sender_is_not_compared_with_a_person(index: LinkIndex) -> None:
    d = link(letter(account="5012345678", name='ООО "УК Жилсервис"'), index)
    assert (d.status, d.account) == ("auto", "5012345678")
    assert "name_not_comparable" in d.candidates[0].reasons


def test_unknown_sender_gets_none(index: LinkIndex) -> None:
    d = link(
        letter(
            name="Ярославцев Ярослав Ярославович",
            address="г. Москва, ул. Тверская, д. 1, кв. 1",
            account="9999999999",
        ),
        index,
    )
    assert (d.status, d.method, d.score, d.candidates) == ("none", "none", 0.0, [])
    assert link(ExtractedFields(), index).status == "none"


def test_closed_account_is_suggested_with_new_occupant(index: LinkIndex) -> None:
    d = link(letter(account="4400000001", name="Орлов О.О."), index)
    assert d.status == "suggested" and accounts(d)[0] == "4400000001"
    assert "inactive" in d.candidates[0].reasons
    d2 = link(
        letter(
            account="4400000001", name="Белова Н.И.", address="г. Озерск, ул. Гагарина, д. 2, кв. 3"
        ),
        index,
    )
    assert d2.status == "suggested" and "4455555555" in accounts(d2)


def test_relative_with_next_account_number_blocks_exact_link() -> None:
    idx = LinkIndex.build(
        [
            consumer("8100000001", "Лебедев Игорь Ильич", "г. Сатка, ул. Мира, д. 1, кв. 1"),
            consumer("8100000002", "Лебедева Инна Игоревна", "г. Сатка, ул. Мира, д. 1, кв. 1"),
        ]
    )
    d = link(letter(account="8100000002", name="Лебедев И.И.", address="Сатка, Мира 1-1"), idx)
    assert d.status == "suggested"


def test_incremental_add_and_replace() -> None:
    idx = LinkIndex.build(REGISTRY[:2])
    assert link(letter(name="Сидоров П.Н.", address="Озерск, Кирова 7-1"), idx).status == "none"
    idx.add(REGISTRY[2])
    d = link(letter(name="Сидоров П.Н.", address="Озерск, Кирова 7-1"), idx)
    assert (d.status, d.account) == ("auto", "6123456789")
    idx.add(consumer("6123456789", "Сидоров Пётр Николаевич", "г. Озерск, ул. Кирова, д. 8"))
    assert link(letter(name="Сидоров П.Н.", address="Озерск, Кирова 7-1"), idx).status != "auto"
    assert len(idx) == 3


def test_account_variants() -> None:
    v = account_variants("1234")
    assert v["1284"].startswith("ocr 3->8") and v["2134"].startswith("transposition")
    assert v["124"].startswith("extra digit") and v["12345"].startswith("missing digit")
    assert v["1934"] == "substitution at 2" and "1234" not in v
    assert next(iter(v.values())).startswith("ocr")


# ------------------------------------------------- generated registry and perturbed letters

SURNAMES = [
    "Иванов",
    "Петров",
    "Сидоров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Соколов",
    "Лебедев",
    "Козлов",
    "Новиков",
    "Морозов",
    "Волков",
    "Соловьев",
    "Васильев",
    "Зайцев",
    "Павлов",
    "Семенов",
    "Голубев",
    "Виноградов",
    "Богданов",
    "Федоров",
    "Михайлов",
    "Беляев",
    "Тарасов",
    "Белов",
    "Комаров",
    "Орлов",
    "Киселев",
    "Макаров",
    "Андреев",
    "Ильин",
    "Гусев",
    "Титов",
    "Кузьмин",
    "Баранов",
    "Куликов",
    "Ковальский",
    "Шевчук",
]
MALE = {
    "Иван": "Ивана",
    "Пётр": "Петра",
    "Алексей": "Алексея",
    "Андрей": "Андрея",
    "Сергей": "Сергея",
    "Николай": "Николая",
    "Дмитрий": "Дмитрия",
    "Михаил": "Михаила",
    "Олег": "Олега",
    "Павел": "Павла",
    "Юрий": "Юрия",
    "Виктор": "Виктора",
}
PATRONYMIC = {
    "Иван": "Иванов",
    "Пётр": "Петров",
    "Алексей": "Алексеев",
    "Андрей": "Андреев",
    "Сергей": "Сергеев",
    "Николай": "Николаев",
    "Дмитрий": "Дмитриев",
    "Михаил": "Михайлов",
    "Олег": "Олегов",
    "Павел": "Павлов",
    "Юрий": "Юрьев",
    "Виктор": "Викторов",
}
FEMALE = {
    "Анна": "Анны",
    "Мария": "Марии",
    "Ольга": "Ольги",
    "Елена": "Елены",
    "Наталья": "Натальи",
    "Ирина": "Ирины",
    "Татьяна": "Татьяны",
    "Светлана": "Светланы",
    "Юлия": "Юлии",
    "Галина": "Галины",
    "Нина": "Нины",
    "Вера": "Веры",
}
CITIES = ["Озерск", "Снежинск", "Миасс", "Сатка"]
STREETS = [
    "Ленина",
    "Мира",
    "Гагарина",
    "Садовая",
    "Советская",
    "Заречная",
    "Кирова",
    "Победы",
    "Лесная",
    "Школьная",
    "Пушкина",
    "Молодежная",
]


def person(r: random.Random) -> tuple[str, str]:
    """(registry name, genitive name) of a random person."""
    sur = r.choice(SURNAMES)
    father = r.choice(list(PATRONYMIC))
    if r.random() < 0.5:
        given = r.choice(list(MALE))
        pat = PATRONYMIC[father] + "ич"
        gen_sur = sur[:-2] + "ого" if sur.endswith("ий") else sur + "а"
        return f"{sur} {given} {pat}", f"{gen_sur} {MALE[given]} {pat}а"
    given = r.choice(list(FEMALE))
    pat = PATRONYMIC[father] + "на"
    fem = sur[:-2] + "ая" if sur.endswith("ий") else sur if sur.endswith("ук") else sur + "а"
    gen_sur = fem[:-2] + "ой" if fem.endswith("ая") else fem if fem == sur else fem[:-1] + "ой"
    return f"{fem} {given} {pat}", f"{gen_sur} {FEMALE[given]} {pat[:-1]}ы"


def place(r: random.Random) -> tuple[int, int, int, int]:
    return (r.randrange(len(CITIES)), r.randrange(len(STREETS)), r.randint(1, 30), r.randint(1, 60))


def registry_address(p: tuple[int, int, int, int]) -> str:
    city, street, house, flat = p
    return (
        f"{456000 + city * 100 + street}, г. {CITIES[city]}, ул. {STREETS[street]}, "
        f"д. {house}, кв. {flat}"
    )


def letter_address(r: random.Random, p: tuple[int, int, int, int]) -> str:
    city, street, house, flat = CITIES[p[0]], STREETS[p[1]], p[2], p[3]
    return r.choice(
        [
            f"{city}, ул.{street} {house}-{flat}",
            f"город {city}, улица {street}, дом {house}, квартира {flat}",
            f"ул. {street.upper()}, д.{house}, кв.{flat}",
            f"г.{city} ул {street} д {house} кв {flat}",
            registry_address(p),
        ]
    )


Place = tuple[int, int, int, int]


@dataclass
class World:
    consumers: list[ConsumerDTO]
    genitive: dict[str, str]  # registry name -> the same name in the genitive
    places: dict[str, Place]  # account -> place


def generate_registry(r: random.Random, size: int) -> World:
    """Consumers with dense account runs, namesakes and relatives on the next account."""
    w = World([], {}, {})
    seq = 7100000000
    while len(w.consumers) < size:
        if r.random() < 0.5:
            seq += r.randint(1, 3)
            acc = str(seq)
        else:
            acc = str(r.randint(1_000_000_000, 6_999_999_999))
        if acc in w.places:
            continue
        name, gen = person(r)
        if w.consumers and r.random() < 0.05:  # namesake of an earlier consumer, elsewhere
            name = w.consumers[r.randrange(len(w.consumers))].full_name
            gen = w.genitive[name]
        p = place(r)
        phone = f"+7912{r.randint(0, 9_999_999):07d}" if r.random() < 0.5 else ""
        addr = registry_address(p)
        w.consumers.append(ConsumerDTO(acc, name, addr, addr[:6], phone, active=r.random() > 0.05))
        w.places[acc] = p
        w.genitive[name] = gen
        nxt = str(int(acc) + 1)
        if r.random() < 0.05 and nxt not in w.places:  # a relative on the next account
            rel, rel_gen = person(r)
            w.consumers.append(ConsumerDTO(nxt, rel, addr, addr[:6]))
            w.places[nxt] = p
            w.genitive[rel] = rel_gen
    return w


def perturbed_letter(
    r: random.Random, c: ConsumerDTO, genitive: str, p: Place, known: bool = True
) -> ExtractedFields:
    """A letter from ``c`` as OCR and the sender might garble it."""
    acc: str | None = None
    roll = r.random()
    if roll < 0.35:
        acc = c.account
    elif roll < 0.65:
        variants = list(account_variants(c.account))
        # OCR confusions come first in the list; half the slips are drawn from them.
        acc = variants[r.randrange(30)] if roll < 0.5 else r.choice(variants)
    if not known and acc is not None:
        acc = str(r.randint(10**9, 10**10 - 1))
    sur, given, pat = c.full_name.split()
    gsur, ggiven, gpat = genitive.split()
    name: str | None = r.choice(
        [
            c.full_name,
            f"{sur} {given[0]}.{pat[0]}.",
            f"от {genitive}",
            f"{gsur} {ggiven[0]}. {gpat[0]}.",
            f"{given[0]}.{pat[0]}. {sur}",
            c.full_name.upper(),
            None,
        ]
    )
    address = letter_address(r, p) if r.random() < 0.65 else None
    if address and r.random() < 0.1:
        address = address.rsplit(" ", 1)[0]  # flat number lost
    if acc not in (None, c.account) and name is None:
        name = c.full_name  # a wrong account alone cannot be caught: signatures are read
    phone = c.phone if c.phone and r.random() < 0.3 else None
    return letter(
        account=acc,
        name=name,
        address=address,
        phone=phone,
        postal=c.postal_code if r.random() < 0.3 else None,
    )


def test_auto_links_are_never_wrong_on_generated_letters() -> None:
    r = random.Random(20260115)
    w = generate_registry(r, 3000)
    idx = LinkIndex.build(w.consumers)
    outcome: Counter[str] = Counter()
    wrong: list[tuple[str, ExtractedFields, LinkDecision]] = []
    for i in range(3000):
        known = i % 6 != 0
        if known:
            c = w.consumers[r.randrange(len(w.consumers))]
            fields = perturbed_letter(r, c, w.genitive[c.full_name], w.places[c.account])
        else:  # a sender who is not in the registry at all
            name, gen = person(r)
            c = ConsumerDTO("999999999999", name, "", "", "")
            fields = perturbed_letter(r, c, gen, place(r), known=False)
        d = link(fields, idx)
        kind = (
            "exact"
            if fields.account and fields.account.value == c.account
            else "typo"
            if fields.account
            else "none"
        )
        outcome[f"{'known' if known else 'unknown'}/{kind}/{d.status}"] += 1
        assert d.method and 0.0 <= d.score <= 1.0 and len(d.candidates) <= 5
        assert (d.account is not None) == (d.status == "auto")
        if d.status == "auto" and d.account != c.account:
            wrong.append((c.full_name, fields, d))
    print("\n" + "\n".join(f"  {k}: {v}" for k, v in sorted(outcome.items())))
    assert not wrong, wrong[:3]
    # the linker must still do its job: most clean cases link by themselves
    auto = sum(v for k, v in outcome.items() if k.startswith("known") and k.endswith("auto"))
    exact = sum(v for k, v in outcome.items() if k.startswith("known/exact"))
    assert outcome["known/exact/auto"] >= 0.8 * exact
    assert auto >= 0.5 * sum(v for k, v in outcome.items() if k.startswith("known"))
    assert outcome["known/typo/auto"] > 0 and outcome["known/none/auto"] > 0


@pytest.mark.slow
def test_scale_100k(capsys: pytest.CaptureFixture[str]) -> None:
    r = random.Random(7)
    w = generate_registry(r, 100_000)
    t0, c0 = time.perf_counter(), time.process_time()
    idx = LinkIndex.build(w.consumers)
    built, built_cpu = time.perf_counter() - t0, time.process_time() - c0
    sample = [w.consumers[r.randrange(len(w.consumers))] for _ in range(100)]
    letters_ = [
        perturbed_letter(r, c, w.genitive[c.full_name], w.places[c.account]) for c in sample
    ]
    t0, c0 = time.perf_counter(), time.process_time()
    decisions = [link(f, idx) for f in letters_]
    linked, linked_cpu = time.perf_counter() - t0, time.process_time() - c0
    with capsys.disabled():
        print(
            f"\n  100k consumers: build {built:.2f} s (cpu {built_cpu:.2f} s); link 100 letters "
            f"{linked * 1000:.0f} ms (cpu {linked_cpu * 1000:.0f} ms), "
            f"auto {sum(d.status == 'auto' for d in decisions)}"
        )
    assert len(idx) == len(w.consumers)
    assert all(
        d.account == c.account for d, c in zip(decisions, sample, strict=True) if d.status == "auto"
    )

"""Russian names, addresses, phones and e-mails for the synthetic corpus.

Everything takes an explicit ``random.Random`` so the corpus is reproducible.
Names are built so that surname, first name and patronymic agree in gender, and
``genitive`` declines a full name for «от Иванова Ивана Ивановича».
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# nominative, genitive, male patronymic, female patronymic
MALE_FIRST: list[tuple[str, str, str, str]] = [
    ("Иван", "Ивана", "Иванович", "Ивановна"),
    ("Сергей", "Сергея", "Сергеевич", "Сергеевна"),
    ("Александр", "Александра", "Александрович", "Александровна"),
    ("Дмитрий", "Дмитрия", "Дмитриевич", "Дмитриевна"),
    ("Андрей", "Андрея", "Андреевич", "Андреевна"),
    ("Алексей", "Алексея", "Алексеевич", "Алексеевна"),
    ("Николай", "Николая", "Николаевич", "Николаевна"),
    ("Владимир", "Владимира", "Владимирович", "Владимировна"),
    ("Михаил", "Михаила", "Михайлович", "Михайловна"),
    ("Павел", "Павла", "Павлович", "Павловна"),
    ("Пётр", "Петра", "Петрович", "Петровна"),
    ("Юрий", "Юрия", "Юрьевич", "Юрьевна"),
    ("Виктор", "Виктора", "Викторович", "Викторовна"),
    ("Евгений", "Евгения", "Евгеньевич", "Евгеньевна"),
    ("Олег", "Олега", "Олегович", "Олеговна"),
    ("Игорь", "Игоря", "Игоревич", "Игоревна"),
    ("Константин", "Константина", "Константинович", "Константиновна"),
    ("Василий", "Василия", "Васильевич", "Васильевна"),
    ("Анатолий", "Анатолия", "Анатольевич", "Анатольевна"),
    ("Геннадий", "Геннадия", "Геннадьевич", "Геннадьевна"),
    ("Илья", "Ильи", "Ильич", "Ильинична"),
    ("Лев", "Льва", "Львович", "Львовна"),
    ("Григорий", "Григория", "Григорьевич", "Григорьевна"),
    ("Фёдор", "Фёдора", "Фёдорович", "Фёдоровна"),
    ("Максим", "Максима", "Максимович", "Максимовна"),
    ("Роман", "Романа", "Романович", "Романовна"),
    ("Артём", "Артёма", "Артёмович", "Артёмовна"),
    ("Вячеслав", "Вячеслава", "Вячеславович", "Вячеславовна"),
    ("Степан", "Степана", "Степанович", "Степановна"),
    ("Борис", "Бориса", "Борисович", "Борисовна"),
]

FEMALE_FIRST: list[tuple[str, str]] = [
    ("Анна", "Анны"),
    ("Мария", "Марии"),
    ("Елена", "Елены"),
    ("Ольга", "Ольги"),
    ("Наталья", "Натальи"),
    ("Татьяна", "Татьяны"),
    ("Ирина", "Ирины"),
    ("Светлана", "Светланы"),
    ("Екатерина", "Екатерины"),
    ("Юлия", "Юлии"),
    ("Людмила", "Людмилы"),
    ("Галина", "Галины"),
    ("Надежда", "Надежды"),
    ("Валентина", "Валентины"),
    ("Любовь", "Любови"),
    ("Марина", "Марины"),
    ("Нина", "Нины"),
    ("Вера", "Веры"),
    ("Оксана", "Оксаны"),
    ("Анастасия", "Анастасии"),
    ("Ксения", "Ксении"),
    ("Дарья", "Дарьи"),
    ("Лариса", "Ларисы"),
    ("Зинаида", "Зинаиды"),
    ("Тамара", "Тамары"),
]


def _words(text: str) -> list[str]:
    return text.split()


# Male nominative forms; the female form and the cases are derived by rule.
SURNAMES: list[str] = _words("""
Иванов Петров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов
Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев
Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв
Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков
Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров
Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов
Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов
Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин
Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв
Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев
Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов
Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов
Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров
Симонов Харитонов Князев Цветков Левин Воронцов Мальцев Логинов Горшков Савин Краснов
Майоров Демидов Елисеев Рыбаков Сафонов Плотников Хохлов Жданов Носов Рябов
Вишневский Высоцкий Ковалевский Покровский Савицкий Островский Раевский Бельский
Донской Трубецкой Полевой Луговой
Шевченко Коваленко Бондаренко Ткаченко Кравченко Черных Седых Белых Долгих
Мельник Ковальчук Полищук Марчук
""")

_OV_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")
_INVARIANT_ENDINGS = ("о", "их", "ых", "е", "и", "у")


def female_surname(male: str) -> str:
    if male.endswith(_OV_ENDINGS):
        return male + "а"
    if male.endswith(("ский", "цкий", "ской", "цкой", "ой")):
        return male[:-2] + "ая"
    return male  # Шевченко, Черных, Мельник: the same for a woman


def surname_genitive(surname: str, female: bool) -> str:
    if female:
        if surname.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return surname[:-1] + "ой"
        if surname.endswith("ая"):
            return surname[:-2] + "ой"
        return surname
    if surname.endswith(_OV_ENDINGS):
        return surname + "а"
    if surname.endswith(("ий", "ой")):
        return surname[:-2] + "ого"
    if surname.endswith(_INVARIANT_ENDINGS):
        return surname
    return surname + "а"


_FIRST_GENITIVE = {m[0]: m[1] for m in MALE_FIRST} | dict(FEMALE_FIRST)


def is_female(full_name: str) -> bool:
    """Gender from the patronymic (the last word of «Фамилия Имя Отчество»)."""
    return full_name.split()[-1].endswith("на")


def genitive(full_name: str) -> str:
    """«Иванова Анна Петровна» -> «Ивановой Анны Петровны»."""
    surname, first, patronymic = full_name.split()
    female = is_female(full_name)
    first_gen = _FIRST_GENITIVE.get(first) or _FIRST_GENITIVE.get(first.replace("е", "ё"), first)
    patr_gen = patronymic[:-1] + "ы" if female else patronymic + "а"
    return f"{surname_genitive(surname, female)} {first_gen} {patr_gen}"


def short_name(full_name: str) -> str:
    """«Иванов Иван Иванович» -> «Иванов И.И.»."""
    surname, first, patronymic = full_name.split()
    return f"{surname} {first[0]}.{patronymic[0]}."


def random_person(rng: random.Random) -> str:
    """A full name «Фамилия Имя Отчество» with gender agreement."""
    surname = rng.choice(SURNAMES)
    father = rng.choice(MALE_FIRST)
    if rng.random() < 0.5:
        return f"{female_surname(surname)} {rng.choice(FEMALE_FIRST)[0]} {father[3]}"
    return f"{surname} {rng.choice(MALE_FIRST)[0]} {father[2]}"


def namesake_of(full_name: str, rng: random.Random) -> str:
    """Another person with the same surname and initials (sometimes the very same name)."""
    if rng.random() < 0.4:
        return full_name
    surname, first, patronymic = full_name.split()
    female = is_female(full_name)
    firsts = [f[0] for f in FEMALE_FIRST] if female else [m[0] for m in MALE_FIRST]
    patrs = [m[3] if female else m[2] for m in MALE_FIRST]
    same_first = [f for f in firsts if f[0] == first[0]] or [first]
    same_patr = [p for p in patrs if p[0] == patronymic[0]] or [patronymic]
    return f"{surname} {rng.choice(same_first)} {rng.choice(same_patr)}"


# --- addresses ---------------------------------------------------------------

KALININGRAD_INDEXES = [
    "236000",
    "236001",
    "236003",
    "236004",
    "236005",
    "236006",
    "236008",
    "236010",
    "236011",
    "236016",
    "236022",
    "236023",
    "236029",
    "236035",
    "236038",
    "236039",
    "236040",
]
TOWNS: list[tuple[str, str]] = [
    ("г. Черняховск", "238150"),
    ("г. Советск", "238750"),
    ("г. Гусев", "238050"),
    ("г. Балтийск", "238520"),
    ("г. Светлогорск", "238560"),
    ("г. Зеленоградск", "238530"),
    ("г. Гурьевск", "238300"),
    ("г. Светлый", "238340"),
    ("г. Багратионовск", "238420"),
    ("г. Полесск", "238630"),
    ("г. Неман", "238710"),
    ("г. Правдинск", "238400"),
]
VILLAGES: list[tuple[str, str, str]] = [
    ("Гурьевский р-н", "пос. Васильково", "238311"),
    ("Гурьевский р-н", "пос. Малое Исаково", "238315"),
    ("Зеленоградский р-н", "пос. Колосовка", "238540"),
    ("Багратионовский р-н", "пос. Долгоруково", "238432"),
    ("Черняховский р-н", "пос. Каменское", "238170"),
    ("Гвардейский р-н", "пос. Знаменск", "238210"),
    ("Полесский р-н", "пос. Головкино", "238643"),
    ("Славский р-н", "пос. Большаково", "238860"),
    ("Неманский р-н", "пос. Жилино", "238722"),
    ("Нестеровский р-н", "пос. Чистые Пруды", "238022"),
    ("Правдинский р-н", "пос. Железнодорожный", "238410"),
    ("Гусевский р-н", "пос. Маяковское", "238063"),
    ("Озёрский р-н", "пос. Новостроево", "238125"),
    ("Краснознаменский р-н", "пос. Добровольск", "238740"),
]
CITY_STREETS = """ул. Ленина|ул. Гагарина|ул. Горького|ул. Чкалова|ул. Киевская|ул. Батальная
|ул. Красная|ул. Пролетарская|ул. Черняховского|ул. Фрунзе|ул. Университетская
|Московский пр-т|Советский пр-т|Ленинский пр-т|пр-т Мира|ул. Карла Маркса|ул. Согласия
|ул. Третьяковская|ул. Куйбышева|ул. Аллея Смелых|ул. Дзержинского|ул. Космонавта Леонова
|ул. Судостроительная|ул. Интернациональная|ул. Нарвская|ул. Тельмана|ул. Гайдара
|ул. Кирова|ул. Садовая|ул. Лесная|ул. Александра Невского|пер. Тихий|ул. Октябрьская""".replace(
    "\n", ""
).split("|")
RURAL_STREETS = """ул. Садовая|ул. Школьная|ул. Лесная|ул. Центральная|ул. Молодёжная
|ул. Полевая|ул. Зелёная|ул. Новая|ул. Советская|ул. Мира|ул. Набережная|ул. Луговая""".replace(
    "\n", ""
).split("|")


@dataclass(frozen=True)
class Address:
    locality: str  # «г. Калининград» or «Калининградская обл., Гурьевский р-н, пос. Васильково»
    street: str
    house: str
    flat: str | None
    postal_code: str

    @classmethod
    def parse(cls, canonical: str, postal_code: str) -> Address:
        """Inverse of ``canonical``."""
        head, tail = canonical.split(", д. ", 1)
        locality, street = head.rsplit(", ", 1)
        house, _, flat = tail.partition(", кв. ")
        return cls(locality, street, house, flat or None, postal_code)

    def canonical(self) -> str:
        flat = f", кв. {self.flat}" if self.flat else ""
        return f"{self.locality}, {self.street}, д. {self.house}{flat}"

    def variant(self, style: int) -> str:
        """The same address written the way people write it in letters."""
        if style == 1 and self.flat:
            return f"{self.locality}, {self.street}, {self.house}-{self.flat}"
        if style == 2:
            flat = f", квартира {self.flat}" if self.flat else ""
            return f"{self.locality}, {self.street}, дом {self.house}{flat}"
        return self.canonical()


def _house(rng: random.Random, big: bool) -> str:
    number = str(rng.randint(1, 180 if big else 60))
    roll = rng.random()
    if roll < 0.1:
        return number + rng.choice("АБВ")
    if roll < 0.15 and big:
        return f"{number}, корп. {rng.randint(1, 4)}"
    return number


def random_address(rng: random.Random) -> Address:
    roll = rng.random()
    if roll < 0.6:
        return Address(
            "г. Калининград",
            rng.choice(CITY_STREETS),
            _house(rng, True),
            str(rng.randint(1, 160)),
            rng.choice(KALININGRAD_INDEXES),
        )
    if roll < 0.8:
        town, index = rng.choice(TOWNS)
        flat = str(rng.randint(1, 90)) if rng.random() < 0.7 else None
        return Address(town, rng.choice(CITY_STREETS), _house(rng, True), flat, index)
    district, village, index = rng.choice(VILLAGES)
    flat = str(rng.randint(1, 12)) if rng.random() < 0.15 else None
    return Address(
        f"Калининградская обл., {district}, {village}",
        rng.choice(RURAL_STREETS),
        _house(rng, False),
        flat,
        index,
    )


# --- phones and e-mails -------------------------------------------------------

MOBILE_CODES = ["911", "906", "909", "921", "952", "962", "963", "905", "999", "977", "900"]


def random_phone(rng: random.Random) -> str:
    """Normalised phone: +7 and ten digits (mostly mobile, some Kaliningrad landlines)."""
    if rng.random() < 0.15:
        return "+74012" + "".join(rng.choice("0123456789") for _ in range(6))
    code = rng.choice(MOBILE_CODES)
    return "+7" + code + "".join(rng.choice("0123456789") for _ in range(7))


def format_phone(phone: str, style: int) -> str:
    """Print a normalised phone in one of the usual hand-typed styles."""
    d = phone[2:]
    if d.startswith("4012"):
        local = f"{d[4:6]}-{d[6:8]}-{d[8:]}"
        return [f"8 (4012) {local}", f"+7 (4012) {local}", f"8-4012-{local}"][style % 3]
    styles = [
        f"+7 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}",
        f"8 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}",
        f"8-{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}",
        f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}",
        f"8{d}",
        phone,
    ]
    return styles[style % len(styles)]


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch - y - e yu ya"),
        strict=True,
    )
)
MAIL_DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "inbox.ru", "bk.ru", "rambler.ru", "list.ru"]


def translit(word: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in word.lower()).replace("-", "")


def random_email(full_name: str, rng: random.Random) -> str:
    surname, first, _ = full_name.split()
    login = rng.choice(
        [
            f"{translit(surname)}{rng.randint(1, 99)}",
            f"{translit(first)}.{translit(surname)}",
            f"{translit(first)[0]}{translit(surname)}{rng.randint(60, 99)}",
            f"{translit(surname)}_{translit(first)[:3]}",
        ]
    )
    return f"{login}@{rng.choice(MAIL_DOMAINS)}"

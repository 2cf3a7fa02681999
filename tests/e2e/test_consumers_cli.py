"""``mailroom consumers import/find`` on real files in every accepted shape."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from db.engine import Database
from db.models import AuditEvent, Consumer

RU_HEADER = "Лицевой счёт;ФИО;Адрес;Индекс;Телефон;Эл. почта;№ ПУ"
ROWS = [
    (
        "1234567890",
        "Иванов Иван Иванович",
        "г. Калининград, ул. Ленина, д. 12, кв. 34",
        "236000",
        "8 (4012) 12-34-56",
        "ivanov@example.ru",
        "011234",
    ),
    (
        "2345678901",
        "Петрова Анна Сергеевна",
        "236010, г. Калининград, пр-т Мира, д. 5",
        "",
        "+7 912 345-67-89",
        "",
        "022345",
    ),
    (
        "345678901234",
        "Сидоров Пётр Ильич",
        "Калининградская обл., пос. Васильково, ул. Садовая, д. 5",
        "238300",
        "",
        "",
        "",
    ),
]


def _csv(path: Path, header: str, rows: list[tuple[str, ...]], sep: str, encoding: str) -> Path:
    lines = [header] + [sep.join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _consumers(db_url: str) -> dict[str, Consumer]:
    database = Database(db_url)
    with database.read() as session:
        rows = {c.account: c for c in session.scalars(select(Consumer))}
    database.dispose()
    return rows


def test_cp1251_semicolon_russian_headers(run_cli, tmp_path: Path, db_url: str) -> None:
    path = _csv(tmp_path / "reestr.csv", RU_HEADER, ROWS, ";", "cp1251")
    result = run_cli("consumers", "import", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    consumers = _consumers(db_url)
    assert set(consumers) == {"1234567890", "2345678901", "345678901234"}
    ivanov = consumers["1234567890"]
    assert ivanov.full_name == "Иванов Иван Иванович"
    assert ivanov.phone == "+74012123456"
    assert ivanov.meter_numbers == "011234"
    assert consumers["2345678901"].postal_code == "236010"  # parsed from the address
    assert consumers["2345678901"].phone == "+79123456789"
    assert consumers["345678901234"].full_name == "Сидоров Пётр Ильич"


def test_utf8_comma_english_headers_with_bom(run_cli, tmp_path: Path, db_url: str) -> None:
    header = "Account,Full_Name,Address,Postal_Code,Phone,E-mail,Meter_No"
    rows = [tuple(f'"{v}"' if "," in v else v for v in r) for r in ROWS]
    path = tmp_path / "registry.csv"
    path.write_bytes(
        b"\xef\xbb\xbf" + ("\n".join([header] + [",".join(r) for r in rows])).encode("utf-8")
    )
    result = run_cli("consumers", "import", str(path))
    assert result.returncode == 0, result.stderr
    consumers = _consumers(db_url)
    assert consumers["1234567890"].address == "г. Калининград, ул. Ленина, д. 12, кв. 34"
    assert consumers["1234567890"].email == "ivanov@example.ru"


def test_xlsx(run_cli, tmp_path: Path, db_url: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Л/С", "Потребитель", "адрес", "телефон", "номер счетчика"])
    sheet.append([1234567890, "Иванов Иван Иванович", "ул. Ленина, 12", "89123456789", "A1"])
    sheet.append(["2345678901", "Петрова Анна Сергеевна", "пр-т Мира, 5", None, None])
    path = tmp_path / "registry.xlsx"
    book.save(path)
    result = run_cli("consumers", "import", str(path))
    assert result.returncode == 0, result.stderr
    consumers = _consumers(db_url)
    assert consumers["1234567890"].phone == "+79123456789"
    assert consumers["2345678901"].full_name == "Петрова Анна Сергеевна"


def test_broken_rows_are_named_and_the_rest_imported(run_cli, tmp_path: Path, db_url: str) -> None:
    rows = [
        *ROWS,
        ("12AB45", "Кто-то", "", "", "", "", ""),
        ("", "Без счёта", "", "", "", "", ""),
        ("1234567890", "Дубль", "", "", "", "", ""),
    ]
    path = _csv(tmp_path / "broken.csv", RU_HEADER, rows, ";", "cp1251")
    result = run_cli("consumers", "import", str(path))
    assert result.returncode == 3
    for line in (5, 6, 7):
        assert f"Row {line}: rejected" in result.stdout
    assert "12AB45" in result.stdout
    assert len(_consumers(db_url)) == 3
    ru = run_cli("consumers", "import", str(path), lang="ru")
    assert "Строка 5" in ru.stdout


def test_reimport_is_idempotent_and_missing_accounts_close(
    run_cli, tmp_path: Path, db_url: str
) -> None:
    full = _csv(tmp_path / "full.csv", RU_HEADER, ROWS, ";", "cp1251")
    assert run_cli("consumers", "import", str(full)).returncode == 0
    first = {a: (c.full_name, c.address, c.phone, c.active) for a, c in _consumers(db_url).items()}
    assert run_cli("consumers", "import", str(full)).returncode == 0
    again = {a: (c.full_name, c.address, c.phone, c.active) for a, c in _consumers(db_url).items()}
    assert first == again and len(again) == 3

    smaller = _csv(tmp_path / "next-month.csv", RU_HEADER, ROWS[:2], ";", "cp1251")
    result = run_cli("consumers", "import", str(smaller))
    assert result.returncode == 0
    consumers = _consumers(db_url)
    assert len(consumers) == 3  # never deleted
    assert consumers["345678901234"].active is False
    assert consumers["345678901234"].closed_at is not None
    assert "closed: 1" in result.stdout

    assert run_cli("consumers", "import", str(full)).returncode == 0
    assert _consumers(db_url)["345678901234"].active is True  # reopened

    found = run_cli("consumers", "find", "Петров")
    assert "2345678901" in found.stdout and "1234567890" not in found.stdout
    by_account = run_cli("consumers", "find", "345678")
    assert "345678901234" in by_account.stdout
    database = Database(db_url)
    with database.read() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    database.dispose()
    assert actions.count("consumers.import") == 4


def test_bad_file_and_missing_file_exit_2(run_cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_text("foo;bar\n1;2\n", encoding="utf-8")
    result = run_cli("consumers", "import", str(junk))
    assert result.returncode == 2
    assert "junk.csv" in result.stderr
    missing = run_cli("consumers", "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "nope.csv" in missing.stderr

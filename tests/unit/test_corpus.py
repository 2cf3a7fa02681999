"""The synthetic corpus generator: registry, letters, ground truth, and OCR readability."""

from __future__ import annotations

import csv
import hashlib
import random
import re
from pathlib import Path

import openpyxl
import pypdfium2
import pytesseract
import pytest
from PIL import Image

from tests.corpus import people
from tests.corpus.generate import (
    load_truth,
    main,
    make_dense_pages,
    make_letters,
    make_registry,
    mistype_account,
    write_registry_csv,
    write_registry_xlsx,
)
from tests.corpus.registry import FIELDS, RUSSIAN_HEADERS, namesake_groups
from tests.corpus.templates import BODIES
from tests.corpus.truth import KINDS, Truth

A4_PT = (595.0, 842.0)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _tree_hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


# --- registry ----------------------------------------------------------------


def test_registry_rows_are_unique_and_well_formed() -> None:
    rows = make_registry(400, 5)
    accounts = [r["account"] for r in rows]
    assert len(set(accounts)) == len(rows) == 400
    assert {len(a) for a in accounts} == {10, 12}
    assert sum(len(a) == 10 for a in accounts) > 250  # mostly 10 digits
    for r in rows:
        assert set(r) == set(FIELDS)
        assert r["account"].isdigit() and r["account"][0] != "0"
        assert re.fullmatch(r"\d{6}", r["postal_code"])
        assert re.fullmatch(r"\+7\d{10}", r["phone"])
        assert re.fullmatch(r"\d{7,15}", r["meter_no"])
        assert r["email"] == "" or re.fullmatch(r"[a-z0-9._]+@[a-z]+\.[a-z]+", r["email"])
        surname, first, patronymic = r["full_name"].split()
        assert r["address"].startswith(("г. ", "Калининградская обл., "))
        assert ", д. " in r["address"]
        if people.is_female(r["full_name"]):
            assert not surname.endswith(("ов", "ев", "ёв", "ин", "ский", "цкий"))
            assert first in {f[0] for f in people.FEMALE_FIRST}
        else:
            assert patronymic.endswith("ич")
            assert first in {m[0] for m in people.MALE_FIRST}
    assert 0 < sum(r["email"] == "" for r in rows) < len(rows)
    groups = namesake_groups(rows)
    assert groups, "the registry must contain namesakes to make linking hard"
    assert any(len({rows[i]["address"] for i in idx}) > 1 for idx in groups.values())
    assert any("р-н, пос." in r["address"] for r in rows)


def test_registry_is_deterministic_per_seed() -> None:
    assert make_registry(80, 3) == make_registry(80, 3)
    assert make_registry(80, 3) != make_registry(80, 4)


def test_genitive_agrees_with_gender() -> None:
    assert people.genitive("Иванов Иван Иванович") == "Иванова Ивана Ивановича"
    assert people.genitive("Иванова Анна Петровна") == "Ивановой Анны Петровны"
    assert people.genitive("Вишневская Любовь Ильинична") == "Вишневской Любови Ильиничны"
    assert people.genitive("Шевченко Илья Львович") == "Шевченко Ильи Львовича"
    assert people.genitive("Мельник Ольга Петровна") == "Мельник Ольги Петровны"
    assert people.short_name("Иванов Иван Иванович") == "Иванов И.И."


def test_registry_csv_cp1251_round_trip_and_other_exports(tmp_path: Path) -> None:
    rows = make_registry(60, 9)
    ru, en, xlsx = tmp_path / "r.csv", tmp_path / "en.csv", tmp_path / "r.xlsx"
    write_registry_csv(rows, ru)
    write_registry_csv(rows, en, encoding="utf-8", delimiter=",", russian_headers=False)
    write_registry_xlsx(rows, xlsx)

    raw = ru.read_bytes()
    assert raw.startswith("Лицевой счет;ФИО;Адрес".encode("cp1251"))
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    back = list(csv.reader(raw.decode("cp1251").splitlines(), delimiter=";"))
    assert back[0] == RUSSIAN_HEADERS
    assert back[1:] == [[r[f] for f in FIELDS] for r in rows]

    with open(en, encoding="utf-8", newline="") as fh:
        assert list(csv.DictReader(fh)) == rows

    sheet = openpyxl.load_workbook(xlsx).active
    cells = list(sheet.iter_rows(values_only=True))
    assert list(cells[0]) == RUSSIAN_HEADERS
    assert [list(c) for c in cells[1:]] == [[r[f] or None for f in FIELDS] for r in rows]


def test_mistyped_account_is_a_near_miss_nobody_owns() -> None:
    rng = random.Random(1)
    taken = {"1234567890", "1234567809"}
    seen = set()
    for _ in range(200):
        printed, how = mistype_account("1234567890", rng, taken)
        seen.add(how)
        assert printed not in taken and len(printed) == 10 and printed.isdigit()
        diff = [i for i in range(10) if printed[i] != "1234567890"[i]]
        if how == "transposition":
            assert len(diff) == 2 and diff[1] == diff[0] + 1
        else:
            assert len(diff) == 1
    assert seen == {"substitution", "transposition", "confusion"}


# --- letters -----------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict], list[Truth]]:
    out = tmp_path_factory.mktemp("corpus")
    registry = make_registry(80, 21)
    make_letters(registry, 30, 21, out, multipage_share=0.5)
    return out, registry, load_truth(out / "truth.jsonl")


def test_letters_are_deterministic(tmp_path: Path) -> None:
    registry = make_registry(40, 2)
    first = make_letters(registry, 8, 2, tmp_path / "a", multipage_share=0.4)
    second = make_letters(registry, 8, 2, tmp_path / "b", multipage_share=0.4)
    assert first == second
    hashes = _tree_hashes(tmp_path / "a")
    assert len(hashes) == 9  # 8 letters + truth.jsonl
    assert hashes == _tree_hashes(tmp_path / "b")
    other = make_letters(registry, 8, 3, tmp_path / "c")
    assert [t.text for t in other] != [t.text for t in first]


def test_truth_matches_the_files(corpus: tuple[Path, list[dict], list[Truth]]) -> None:
    out, _, truth = corpus
    assert len(truth) == 30
    assert {t.format for t in truth} == {"pdf", "tiff", "jpeg", "png"}
    assert any(t.pages > 1 and t.format == "pdf" for t in truth)
    assert any(t.pages > 1 and t.format == "tiff" for t in truth)
    for t in truth:
        path = out / t.file
        assert path.is_file(), t.file
        assert len(t.page_rotations) == len(t.page_skews) == t.pages
        assert t.text.count("\f") == t.pages - 1
        assert all(0.5 <= abs(s) <= 6 for s in t.page_skews if s)
        a4 = (round(210 / 25.4 * t.dpi), round(297 / 25.4 * t.dpi))
        if t.format == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            try:
                assert len(pdf) == t.pages
                for i in range(len(pdf)):
                    w, h = pdf[i].get_size()
                    if t.page_rotations[i] in (90, 270):
                        w, h = h, w
                    assert abs(w - A4_PT[0]) < 2 and abs(h - A4_PT[1]) < 2
            finally:
                pdf.close()
        else:
            with Image.open(path) as im:
                assert getattr(im, "n_frames", 1) == t.pages
                size = im.size if t.page_rotations[0] in (0, 180) else im.size[::-1]
                assert size == a4
                assert round(im.info["dpi"][0]) == t.dpi
                if t.format == "tiff":
                    expected = "group4" if "bilevel" in t.degradations else "tiff_lzw"
                    assert im.info["compression"] == expected


def test_truth_kinds_accounts_and_text(corpus: tuple[Path, list[dict], list[Truth]]) -> None:
    _, registry, truth = corpus
    by_account = {r["account"]: r for r in registry}
    names = {r["full_name"] for r in registry}
    assert sorted(t.kind for t in truth).count("exact") == 21
    for kind in KINDS[1:]:
        assert [t.kind for t in truth].count(kind) == 3
    for t in truth:
        text = t.text.replace("\n", " ").replace("\f", " ")
        assert t.category in BODIES
        assert t.key_phrases and all(k in text for k in t.key_phrases)
        assert t.sender_name_printed in text
        for value in (t.sender_phone_printed, t.sender_email, t.sender_postal_code):
            assert value is None or value in text
        assert t.sender_address is None or t.sender_address in text
        for reading in t.readings:
            assert reading["value"] in text and reading["meter_no"] in text
        if t.account_printed:
            assert t.account_printed in text
        if t.kind == "exact":
            assert t.account_printed == t.account_true and t.account_true in by_account
            assert by_account[t.account_true]["full_name"] == t.sender_name
        elif t.kind == "no_account":
            assert t.account_printed is None and t.account_true in by_account
        elif t.kind == "mistyped":
            assert t.account_true in by_account and t.account_printed not in by_account
            assert t.account_printed and len(t.account_printed) == len(t.account_true)
            assert t.mistype in {"substitution", "transposition", "confusion"}
        else:
            assert t.account_true is None and t.sender_name not in names
            assert t.account_printed is None or t.account_printed not in by_account


def test_dense_pages(tmp_path: Path) -> None:
    paths = make_dense_pages(1, 4, tmp_path)
    assert [p.name for p in paths] == ["dense_001.png"]
    with Image.open(paths[0]) as im:
        assert im.size == (2480, 3508)
    (record,) = [line for line in (tmp_path / "dense_truth.jsonl").read_text("utf-8").splitlines()]
    assert len(record) > 3000 and '"skew": ' in record


def test_cli_writes_everything(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--letters", "3", "--consumers", "20", "--formats", "png"]) == 0
    names = {p.name for p in tmp_path.iterdir()}
    assert {"registry.csv", "registry_en.csv", "registry.xlsx", "letters", "truth.jsonl"} <= names
    assert "dense" not in names
    assert len(list((tmp_path / "letters").glob("*.png"))) == 3


def test_a_rendered_letter_is_readable_by_tesseract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real tesseract reads the account and the surname off a generated scan."""
    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")
    registry = make_registry(30, 8)
    truth = make_letters(registry, 8, 8, tmp_path, formats=("png",), dpi_choices=(300,))
    mild = [
        t
        for t in truth
        if t.kind == "exact"
        and t.page_rotations == [0]
        and abs(t.page_skews[0]) <= 2
        and not any(d.startswith(("blur", "jpeg", "dark_border")) for d in t.degradations)
    ]
    assert mild, "expected a mildly degraded letter in this seed"
    t = mild[0]
    text = pytesseract.image_to_string(str(tmp_path / t.file), lang="rus+eng")
    assert t.account_printed and t.account_printed in _digits(text)
    surname = t.sender_name_printed.split()[0]  # as printed: «Ивановой» or «Иванова»
    norm = text.lower().replace("ё", "е")
    assert surname.lower().replace("ё", "е") in norm

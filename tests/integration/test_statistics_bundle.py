"""Statistics with charts (PDF and XLSX read back) and a consumer's correspondence bundle."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from db.models import Consumer, Letter, User
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.bundle import BundleError, consumer_bundle
from letters.outgoing import register_reply
from letters.permissions import PermissionDenied
from letters.replies import prepare_reply
from letters.reply_templates import load_shipped
from letters.statistics import collect, statistics_pdf, statistics_xlsx
from tests.integration.test_replies import example_values, make_letter, migrated_database

MARCH = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
APRIL = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def database(db_url: str) -> Iterator[Any]:
    yield from migrated_database(db_url)


def _texts(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range().replace("\r", "") for page in pdf]
    finally:
        pdf.close()


def _world(database: Any, store: FileStore) -> dict[str, Any]:
    with database.write() as session:
        admin = resolve_actor(session, None)
        ids = [
            make_letter(session, admin, category="billing", now=MARCH),
            make_letter(session, admin, category="billing", now=APRIL),
            make_letter(
                session, admin, category="meter_readings", account="390099", name="Иванова"
            ),
        ]
        ids.append(make_letter(session, admin, category="billing", now=APRIL))
        values = example_values(load_shipped()["free_text"])
        doc = prepare_reply(session, admin, [ids[0]], "free_text", values)
        reply = register_reply(session, admin, store, doc, now=APRIL)
        session.add(User(login="spec", full_name="Спец", role="specialist"))
        session.add(Consumer(account="390000000000", full_name="Без писем", address="—"))
    with database.read() as session:
        spec = resolve_actor(session, "spec")
    return {"admin": admin, "spec": spec, "ids": ids, "reply": reply}


def test_statistics_counts_and_documents(database: Any, store_dir: Path) -> None:
    world = _world(database, FileStore(store_dir))
    admin: Actor = world["admin"]
    with database.read() as session:
        stats = collect(session, dt.date(2026, 3, 1), dt.date(2026, 4, 30), actor=admin)
        with pytest.raises(PermissionDenied):
            collect(session, dt.date(2026, 3, 1), dt.date(2026, 4, 30), actor=world["spec"])
    assert stats.months == ["2026-03", "2026-04"]
    assert stats.total == 3  # the letter registered today falls outside the period
    assert sum(stats.by_month_channel["2026-04"].values()) == 2
    assert stats.replies_by_month["2026-04"] == 1
    assert sorted(stats.by_category.values()) == [3]
    pdf_text = " ".join(_texts(statistics_pdf(stats, "АО «Энергосбыт»")))
    assert "Статистика обращений за период с 01.03.2026 по 30.04.2026" in pdf_text
    assert "По месяцам и каналам" in pdf_text and "По темам" in pdf_text
    assert "апр 2026" in pdf_text and "АО «Энергосбыт»" in pdf_text
    book = load_workbook(io.BytesIO(statistics_xlsx(stats)))
    months, themes = book["По месяцам"], book["По темам"]
    assert months.cell(row=3, column=1).value == "мар 2026"
    assert months.cell(row=5, column=1).value == "Итого"
    assert len(months._charts) == 1 and len(themes._charts) == 1


def test_consumer_bundle(database: Any, store_dir: Path) -> None:
    store = FileStore(store_dir)
    world = _world(database, store)
    with database.read() as session:
        report = consumer_bundle(session, store, "390012345678", actor=world["admin"])
        with pytest.raises(PermissionDenied):
            consumer_bundle(session, store, "390012345678", actor=world["spec"])
        with pytest.raises(BundleError) as nothing:
            consumer_bundle(session, store, "390000000000", actor=world["admin"])
        with pytest.raises(BundleError) as unknown:
            consumer_bundle(session, store, "000", actor=world["admin"])
    assert (nothing.value.code, unknown.value.code) == ("nothing", "unknown_account")
    assert (report.letters, report.replies) == (3, 1)
    pages = _texts(report.pdf)
    assert report.pages == len(pages) >= 1 + 3 + 1
    cover = pages[0]
    assert "Переписка с потребителем" in cover and "390012345678" in cover
    assert "ИСХ-2026-000001" in cover and "исходящее (ответ)" in cover
    joined = " ".join(pages[1:])
    assert "Просьба разобраться с начислениями" in joined  # the text page of each appeal
    assert "ИСХ-2026-000001" in joined  # the archived reply itself


def test_outgoing_numbers_and_reply_text_find_the_appeal(database: Any, store_dir: Path) -> None:
    from letters.search import search_letters

    world = _world(database, FileStore(store_dir))
    admin = world["admin"]
    with database.read() as session:
        letter_reg_no = session.get(Letter, world["ids"][0]).reg_no
        by_number = search_letters(session, "№:ИСХ-2026-000001", actor=admin, fuzzy="never")
        by_plain = search_letters(session, "ИСХ-2026-000001", actor=admin, fuzzy="never")
    assert [h.reg_no for h in by_number.hits] == [letter_reg_no]
    assert [h.reg_no for h in by_plain.hits] == [letter_reg_no]

"""The outgoing register: gapless numbers, the archive PDF, letter statuses and clocks,
queued notices, post details, envelopes and the Form 103 list."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import AuditEvent, Letter, User
from db.models_deadlines import LetterDeadline, ReplyTask
from db.models_replies import Reply, ReplyLetter
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.envelopes import FORMATS, envelopes_for_day, render_envelopes
from letters.form103 import mail_lists, render_csv, render_pdf, render_xlsx
from letters.outgoing import (
    OutgoingError,
    archive_pdf,
    outgoing_for_day,
    record_dispatch,
    register_reply,
    replies_to_letter,
)
from letters.permissions import PermissionDenied
from letters.replies import ReplyError, load_letterhead, prepare_reply
from letters.reply_templates import load_shipped
from tests.integration.test_replies import (
    example_values,
    flat,
    make_letter,
    migrated_database,
    pdf_pages,
)


@pytest.fixture
def database(db_url: str) -> Iterator[Any]:
    yield from migrated_database(db_url)


NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)
DAY = NOW.astimezone().date()


def _values(code: str) -> dict[str, str]:
    return example_values(load_shipped()[code])


def _reply(
    session: Any, actor: Actor, store: FileStore, ids: list[int], code: str, **kwargs: Any
) -> Any:
    doc = prepare_reply(session, actor, ids, code, _values(code))
    return register_reply(session, actor, store, doc, now=NOW, **kwargs)


def test_registration_numbers_archives_links_and_stops_the_clock(
    database: Any, store_dir: Path
) -> None:
    store = FileStore(store_dir)
    with database.write() as session:
        actor = resolve_actor(session, None)
        letter_id = make_letter(session, actor, now=NOW - dt.timedelta(days=8))
    with database.write() as session:
        first = _reply(session, actor, store, [letter_id], "recalc_done")
    with pytest.raises(RuntimeError), database.write() as session:
        _reply(session, actor, store, [letter_id], "free_text")
        raise RuntimeError("crash before commit")
    with database.write() as session:
        second = _reply(session, actor, store, [letter_id], "free_text")
    assert (first.reg_no, second.reg_no) == ("ИСХ-2026-000001", "ИСХ-2026-000002")
    with database.read() as session:
        letter = session.get(Letter, letter_id)
        assert letter is not None and letter.status == "reply_sent"
        clock = session.scalar(select(LetterDeadline).where(LetterDeadline.letter_id == letter_id))
        assert clock is not None and clock.closed_on == DAY
        assert clock.reply_reg_no == first.reg_no  # the second reply leaves the clock alone
        replies = session.scalars(select(Reply).order_by(Reply.id)).all()
        assert [r.reg_no for r in replies] == [first.reg_no, second.reg_no]
        assert replies[0].template_code == "recalc_done" and replies[0].field_values["amount"]
        assert replies[0].addressee_dative == "Салтыкову-Щедрину М. Е."
        links = session.scalars(select(ReplyLetter.letter_id)).all()
        assert links == [letter_id, letter_id]
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions.count("reply.register") == 2
        assert "letter.status" in actions
        archived = archive_pdf(session, store, first.id, actor=actor)
        assert [i.reg_no for i in replies_to_letter(session, letter_id, actor=actor)] == [
            first.reg_no,
            second.reg_no,
        ]
    text = flat(" ".join(pdf_pages(archived)))
    assert f"{DAY:%d.%m.%Y} № ИСХ-2026-000001" in text


def test_one_reply_answers_several_letters_of_one_consumer(database: Any, store_dir: Path) -> None:
    with database.write() as session:
        actor = resolve_actor(session, None)
        a = make_letter(session, actor, now=NOW - dt.timedelta(days=9))
        b = make_letter(session, actor, now=NOW - dt.timedelta(days=3))
        other = make_letter(session, actor, name="Иванова Мария Петровна", account="390099")
    with database.read() as session:
        doc = prepare_reply(
            session, actor, [a, b], "billing_explained", _values("billing_explained")
        )
        with pytest.raises(ReplyError) as info:
            prepare_reply(session, actor, [a, other], "free_text", _values("free_text"))
    assert info.value.code == "different_consumers"
    assert doc.reference_line.count("№ ВХ-") == 2
    assert "Ваши обращения от" in doc.body
    with database.write() as session:
        done = register_reply(session, actor, FileStore(store_dir), doc, now=NOW)
    assert done.letter_ids == (a, b)
    with database.read() as session:
        statuses = {session.get(Letter, i).status for i in (a, b)}  # type: ignore[union-attr]
        assert statuses == {"reply_sent"}
        assert session.get(Letter, other).status == "registered"  # type: ignore[union-attr]


def test_interim_and_forwarding_replies_close_their_queued_notices(
    database: Any, store_dir: Path
) -> None:
    store = FileStore(store_dir)
    with database.write() as session:
        actor = resolve_actor(session, None)
        extended = make_letter(session, actor, now=NOW - dt.timedelta(days=20))
        session.add(
            ReplyTask(letter_id=extended, kind="extension_notice", payload={"due_on": "2026-04-30"})
        )
        forwarded = make_letter(
            session, actor, category="power_quality", now=NOW - dt.timedelta(days=2)
        )
    with database.read() as session:
        values = _values("extension_notice")
        del values["new_due"]  # the queued notice knows the new due date
        doc = prepare_reply(session, actor, [extended], "extension_notice", values)
    assert "продлён до 30.04.2026" in doc.body
    with database.write() as session:
        register_reply(session, actor, store, doc, now=NOW)
        _reply(session, actor, store, [forwarded], "forward_grid_quality")
    with database.read() as session:
        assert session.get(Letter, extended).status == "registered"  # type: ignore[union-attr]
        assert session.get(Letter, forwarded).status == "forwarded"  # type: ignore[union-attr]
        open_tasks = session.scalars(select(ReplyTask).where(ReplyTask.done_at.is_(None))).all()
        assert open_tasks == []
        kinds = session.scalars(select(ReplyTask.kind).order_by(ReplyTask.id)).all()
        assert kinds == ["extension_notice", "forward_notice"]


def test_archivist_may_not_register_and_mail_type_is_checked(
    database: Any, store_dir: Path
) -> None:
    with database.write() as session:
        admin = resolve_actor(session, None)
        letter_id = make_letter(session, admin)
        session.add(User(login="arch", full_name="Архивова А. А.", role="archivist"))
    with database.write() as session:
        archivist = resolve_actor(session, "arch")
        with pytest.raises(PermissionDenied):
            prepare_reply(session, archivist, [letter_id], "free_text", _values("free_text"))
        doc = prepare_reply(session, admin, [letter_id], "free_text", _values("free_text"))
        with pytest.raises(PermissionDenied):
            register_reply(session, archivist, FileStore(store_dir), doc)
        with pytest.raises(OutgoingError) as info:
            register_reply(session, admin, FileStore(store_dir), doc, mail_type="pigeon")
        assert info.value.code == "bad_mail_type"


SENDERS = [
    ("Иванов Пётр Сергеевич", "г. Калининград, ул. Ленина, д. 5, кв. 3", "236022", "registered"),
    (
        "Седых Анна Викторовна",
        "Калининградская обл., Гурьевский р-н, пос. Васильково, ул. Садовая, д. 3",
        "238311",
        "registered_notice",
    ),
    (
        "Цой Виктор Робертович",
        "г. Черняховск, ул. Ленина, д. 12, корп. 2, кв. 7",
        "238150",
        "simple",
    ),
    ("Ким Анна Сергеевна", "г. Гусев, ул. Мира, д. 1", "238050", "email"),
]


def _day_of_post(database: Any, store_dir: Path) -> list[int]:
    store = FileStore(store_dir)
    ids = []
    with database.write() as session:
        actor = resolve_actor(session, None)
        for n, (name, address, index, mail_type) in enumerate(SENDERS):
            letter_id = make_letter(
                session,
                actor,
                name=name,
                address=address,
                postal_code=index,
                account=f"39001000{n}",
                now=NOW - dt.timedelta(days=5),
            )
            ids.append(
                _reply(session, actor, store, [letter_id], "free_text", mail_type=mail_type).id
            )
        record_dispatch(session, actor, ids[0], tracking_id="23602280000017", weight_g=24)
    return ids


def test_envelopes_put_sender_top_left_and_recipient_bottom_right(
    database: Any, store_dir: Path
) -> None:
    _day_of_post(database, store_dir)
    with database.read() as session:
        envelopes = envelopes_for_day(session, DAY, actor=resolve_actor(session, None))
        assert len(outgoing_for_day(session, DAY)) == 4
    assert len(envelopes) == 3  # not the one sent by e-mail
    assert envelopes[1].recipient_lines == (
        "Седых Анна Викторовна",
        "ул. Садовая, д. 3",
        "пос. Васильково",
        "Гурьевский р-н",
        "Калининградская обл.",
        "238311",
    )
    for code, spec in FORMATS.items():
        pdf = pdfium.PdfDocument(render_envelopes(envelopes, code))
        assert len(pdf) == 3
        width, height = pdf[0].get_size()
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (
            spec.width_mm,
            spec.height_mm,
        )
        page = pdf[1].get_textpage()
        text = flat(page.get_text_range())
        assert text.index("Седых Анна") < text.index("пос. Васильково") < text.index("238311")

        def box(needle: str, textpage: Any = page) -> tuple[float, float, float, float]:
            found = textpage.search(needle).get_next()
            assert found is not None, needle
            return textpage.get_charbox(found[0])

        sender, recipient = box("АО «ЗЭК»"), box("Седых")
        assert sender[0] < width / 3 and sender[1] > height / 2
        assert recipient[0] > width / 3 and recipient[1] < height / 2
        assert box("238311")[1] < recipient[1]  # the index last
        pdf.close()


def test_form_103_lists_the_registered_letters_of_the_day(database: Any, store_dir: Path) -> None:
    _day_of_post(database, store_dir)
    with database.read() as session:
        lists = mail_lists(session, DAY, actor=resolve_actor(session, None))
        head = load_letterhead(session)
    assert [(m.number, m.category) for m in lists] == [
        (1, "Заказное"),
        (2, "Заказное с уведомлением"),
    ]
    assert lists[0].rows[0].tracking_id == "23602280000017"
    assert lists[0].rows[0].weight_g == 24
    pages = [flat(p) for p in pdf_pages(render_pdf(lists, head))]
    assert len(pages) == 2
    assert "СПИСОК № 1" in pages[0] and "23602280000017" in pages[0]
    assert "Иванов Пётр Сергеевич" in pages[0] and "Седых" not in pages[0]
    assert "Заказное с уведомлением" in pages[1] or "заказное с уведомлением" in pages[1]
    rows = list(csv.reader(io.StringIO(render_csv(lists).decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Номер списка", "№ п/п", "Вид РПО", "Категория РПО"]
    assert [r[4] for r in rows[1:]] == ["Иванов Пётр Сергеевич", "Седых Анна Викторовна"]
    assert rows[1][5] == "236022" and rows[1][7] == "23602280000017"
    sheet = load_workbook(io.BytesIO(render_xlsx(lists))).active
    assert sheet is not None
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0] == rows[0] and len(cells) == 3
    assert cells[1][8] == 24  # weight stays a number for the upload

"""Archive: filing into cases, retention, and destruction by an act, end to end."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, Letter, LetterFile, Page, StoredFile, User
from db.models_search import DestructionAct, SearchTerm
from db.store import FileStore
from letters.actors import resolve_actor
from letters.archive import (
    ArchiveError,
    destroy_from,
    due_for_destruction,
    file_letters,
    nomenclature,
)
from letters.archive_act_pdf import act_pdf, letters_count
from letters.archive_acts import cancel_act, confirm_act, create_act, get_act, purge_files
from letters.archive_cases import case_letters, cases_of
from letters.permissions import PermissionDenied
from letters.register import FileDraft, LetterDraft, PageDraft, register_letter
from letters.replies import Letterhead
from letters.search import index_letter, search_letters
from letters.settings import CompanyRequisites, save_requisites
from ocr.archive_pdf import pdf_text

OLD = dt.datetime(2019, 5, 6, 10, 0, tzinfo=dt.UTC)
RECENT = dt.datetime(2024, 2, 1, 10, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 1)


def _register(session, actor, store, when, text, shared: FileDraft, part: int) -> Letter:
    page = FileDraft(store.put_bytes(f"scan {when} {text}".encode()), "image/png", "page")
    draft = LetterDraft(
        received_on=when.date(),
        sender_name="Соколова Вера Андреевна",
        sender_address="г. Калининград, ул. Лесная, д. 9",
        sender_phone="+79001234567",
        account_captured="4011112223",
        summary="Жалоба на начисления",
        full_text=text,
        content_hash=shared.blob.sha256,
        source_part=part,
        pages=[PageDraft(image=page, ocr_text=text, words=[["Жалоба", 90, 1, 2, 3, 4]])],
        files=[shared],
    )
    done = register_letter(session, actor, draft, now=when)
    letter = session.get(Letter, done.id)
    assert letter is not None
    letter.status = "done"
    index_letter(session, letter.id)
    return letter


@pytest.fixture
def archive(database, store_dir):
    store = FileStore(store_dir)
    with database.write() as session:
        actor = resolve_actor(session, None)
        session.add(User(login="clerk", full_name="Клерк", role="clerk"))
        # One source file split into two letters: one old, one recent.
        shared = FileDraft(store.put_bytes(b"%PDF two letters"), "application/pdf", "source")
        old = _register(
            session, actor, store, OLD, "Прошу проверить начисления за март.", shared, 0
        )
        recent = _register(session, actor, store, RECENT, "Повторная жалоба.", shared, 1)
        lonely = FileDraft(store.put_bytes(b"%PDF one letter"), "application/pdf", "source")
        alone = _register(session, actor, store, OLD, "Перерасчёт не выполнен.", lonely, 0)
        numbers = {"old": old.reg_no, "recent": recent.reg_no, "alone": alone.reg_no}
        file_letters(session, actor, list(numbers.values()))
    return database, store, numbers


def test_appeals_default_to_five_years_epk(database) -> None:
    with database.read() as session:
        headings = {h.index: h for h in nomenclature(session)}
    appeals = headings["01-12"]
    assert (appeals.retention_years, appeals.epk, appeals.default_for) == (5, True, "incoming")
    assert "236" in appeals.article and appeals.verify
    assert headings["01-13"].retention_years is None  # permanent
    assert destroy_from(2019, 5) == dt.date(2025, 1, 1)


def test_only_archivists_file_and_only_closed_letters(archive) -> None:
    database, _, numbers = archive
    with database.write() as session:
        clerk = resolve_actor(session, "clerk")
        with pytest.raises(PermissionDenied):
            file_letters(session, clerk, [numbers["old"]])
        admin = resolve_actor(session, None)
        letter = session.scalars(select(Letter).where(Letter.reg_no == numbers["old"])).one()
        letter.status = "in_progress"
        with pytest.raises(ArchiveError) as info:
            file_letters(session, admin, [numbers["old"]])
        assert info.value.code == "not_closed"
        with pytest.raises(ArchiveError) as info:
            file_letters(session, admin, ["НЕТ-1"])
        assert info.value.code == "unknown_letter"


def test_the_cases_of_a_heading_and_what_they_hold(archive, store_dir) -> None:
    database, store, numbers = archive
    with database.write() as session:
        admin = resolve_actor(session, None)
        cases = cases_of(session, admin, "01-12")
        assert [(c.year, c.letters, c.destroyed, c.destroy_from, c.in_act) for c in cases] == [
            (2019, 2, 0, dt.date(2025, 1, 1), False),
            (2024, 1, 0, dt.date(2030, 1, 1), False),
        ]
        assert cases[0].index == "01-12" and "2019" in cases[0].title
        letters = case_letters(session, admin, "01-12", 2019)
        assert [x.reg_no for x in letters] == [numbers["old"], numbers["alone"]]
        old = letters[0]
        assert old.registered_on == OLD.date() and old.sender == "Соколова Вера Андреевна"
        assert (old.summary, old.status, old.destroyed, old.act_number) == (
            "Жалоба на начисления",
            "done",
            False,
            "",
        )
        assert case_letters(session, admin, "01-12", 2020) == []  # no such case
        assert cases_of(session, admin, "01-13") == []
        # A permanent heading: no date of destruction.
        file_letters(session, admin, [numbers["recent"]], "01-13")
        assert [(c.year, c.letters, c.destroy_from) for c in cases_of(session, admin, "01-13")] == [
            (2024, 1, None)
        ]
        assert [c.letters for c in cases_of(session, admin, "01-12")] == [2, 0]  # moved out
        with pytest.raises(ArchiveError) as info:
            cases_of(session, admin, "99-99")
        assert info.value.code == "unknown_heading"

        # A draft act covers the 2019 case; nothing is destroyed yet.
        number = create_act(session, admin, TODAY).number
        assert [c.in_act for c in cases_of(session, admin, "01-12")] == [True, False]
        letters = case_letters(session, admin, "01-12", 2019)
        assert {(x.act_number, x.act_status, x.destroyed) for x in letters} == {
            (number, "draft", False)
        }
        confirm_act(session, admin, number, store)
    with database.read() as session:
        admin = resolve_actor(session, None)
        (case_2019, _) = cases_of(session, admin, "01-12")
        assert (case_2019.letters, case_2019.destroyed, case_2019.in_act) == (2, 2, True)
        letters = case_letters(session, admin, "01-12", 2019)
        # The tombstones stay: number, date and status; the personal data are gone.
        assert [x.reg_no for x in letters] == [numbers["old"], numbers["alone"]]
        assert all(x.destroyed and x.status == "destroyed" for x in letters)
        assert all(x.sender == "" and x.summary == "" for x in letters)
        assert {(x.act_number, x.act_status) for x in letters} == {(number, "confirmed")}
        assert letters[0].registered_on == OLD.date()


def test_only_archivists_read_the_cases(archive) -> None:
    database, _, _ = archive
    with database.read() as session:
        clerk = resolve_actor(session, "clerk")
        with pytest.raises(PermissionDenied):
            cases_of(session, clerk, "01-12")
        with pytest.raises(PermissionDenied):
            case_letters(session, clerk, "01-12", 2019)


def test_retention_lists_what_is_due(archive) -> None:
    database, _, numbers = archive
    with database.read() as session:
        due = due_for_destruction(session, TODAY)
        assert {d.reg_no for d in due} == {numbers["old"], numbers["alone"]}
        assert all(d.destroy_from == dt.date(2025, 1, 1) and d.epk for d in due)
        assert due_for_destruction(session, dt.date(2024, 12, 31)) == []


def test_a_draft_act_is_reversible(archive) -> None:
    database, _, numbers = archive
    with database.write() as session:
        actor = resolve_actor(session, None)
        act = create_act(session, actor, TODAY)
        assert (act.status, act.letters) == ("draft", 2)
        assert due_for_destruction(session, TODAY) == []  # listed in the draft
        cancel_act(session, actor, act.number)
        assert len(due_for_destruction(session, TODAY)) == 2
        letter = session.scalars(select(Letter).where(Letter.reg_no == numbers["old"])).one()
        assert letter.sender_name and letter.full_text  # nothing destroyed
        with pytest.raises(ArchiveError) as info:
            cancel_act(session, actor, act.number)
        assert info.value.code == "not_draft"


def test_destruction_end_to_end(archive) -> None:
    database, store, numbers = archive
    with database.read() as session:
        old_id = session.scalar(select(Letter.id).where(Letter.reg_no == numbers["old"]))
        pages = session.scalars(select(Page.image_file_id).where(Page.letter_id == old_id)).all()
        scan_paths = [session.get(StoredFile, i).rel_path for i in pages]
        shared_path = store.rel_path_for(hashlib.sha256(b"%PDF two letters").hexdigest())
        lonely_path = store.rel_path_for(hashlib.sha256(b"%PDF one letter").hexdigest())
        vocabulary = set(session.scalars(select(SearchTerm.term)))
        assert {"проверить", "соколова", "выполнен"} <= vocabulary
    with database.write() as session:
        actor = resolve_actor(session, None)
        number = create_act(session, actor, TODAY).number
        done = confirm_act(session, actor, number, store)
        vocabulary = set(session.scalars(select(SearchTerm.term)))
    # Words only the destroyed letters held leave the vocabulary; shared ones stay.
    assert "проверить" not in vocabulary and "выполнен" not in vocabulary
    assert {"соколова", "начисления"} <= vocabulary
    assert (done.status, done.letters, done.files_to_purge) == ("confirmed", 2, 3)
    # Files leave the store only after the commit, and a file still used stays.
    assert all(store.path_of(p).is_file() for p in [*scan_paths, lonely_path])
    with database.write() as session:
        assert purge_files(session, store) == 3
        assert purge_files(session, store) == 0  # repeatable
    assert not any(store.path_of(p).exists() for p in [*scan_paths, lonely_path])
    assert store.path_of(shared_path).is_file()  # the recent letter still uses it

    with database.read() as session:
        old = session.scalars(select(Letter).where(Letter.reg_no == numbers["old"])).one()
        assert old.status == "destroyed" and old.reg_no == numbers["old"]
        assert (old.sender_name, old.sender_phone, old.full_text, old.summary) == ("", "", "", "")
        assert old.account_captured == "" and old.captured == {} and old.consumer_id is None
        assert session.scalar(select(func.count()).where(Page.letter_id == old.id)) == 0
        assert session.scalar(select(func.count()).where(LetterFile.letter_id == old.id)) == 0
        recent = session.scalars(select(Letter).where(Letter.reg_no == numbers["recent"])).one()
        assert recent.sender_name and recent.status == "done"
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "letter.destroy")
        ).all()
        assert len(events) == 2 and all("Соколова" not in str(e.after) for e in events)
        # The tombstone is found by its number, not by its destroyed text.
        admin = resolve_actor(session, None)
        hits = search_letters(session, numbers["old"], actor=admin).hits
        assert [h.reg_no for h in hits] == [numbers["old"]]
        assert numbers["old"] not in {
            h.reg_no for h in search_letters(session, "начисления март", actor=admin).hits
        }
        act = session.scalars(select(DestructionAct)).one()
        pdf = store.read_bytes(session.get(StoredFile, act.pdf_file_id).rel_path)
    text = re.sub(r"\s+", " ", " ".join(pdf_text(pdf)))
    assert f"АКТ № {number}" in text
    assert "о выделении к уничтожению документов" in text and "№ 236" in text
    assert numbers["old"] in text and numbers["alone"] in text and numbers["recent"] not in text
    assert "Итого: 2 обращения, 2 листа." in text and "5 лет ЭПК" in text
    assert "На основании Перечня типовых управленческих архивных документов" in text
    assert "утверждённого приказом Росархива от 20.12.2019 № 236" in text
    # Confirmed: the past tense and the real figures, no draft mark.
    assert "Уничтожены: скан-образы" in text and "(всего 3 файла)" in text
    assert "Уничтожено файлов" in text and "Сохранены регистрационные записи" in text
    assert "ПРОЕКТ" not in text and "Подлежат уничтожению" not in text
    assert "Западная энергосбытовая компания" in text  # the letterhead's name
    assert "Организация" not in text
    assert "Выписка из журнала событий" in text
    for action in ("Регистрация обращения", "Помещено в дело", "Уничтожение скан-образов"):
        assert action in text
    assert "Акт утверждён" in text and "Соколова" not in text
    with database.write() as session:
        with pytest.raises(ArchiveError):
            cancel_act(session, resolve_actor(session, None), number)
        with pytest.raises(ArchiveError) as info:
            create_act(session, resolve_actor(session, None), TODAY)
        assert info.value.code == "nothing_due"


def test_destruction_hooks_blank_other_areas(archive) -> None:
    from letters.archive_acts import register_destruction_hook

    database, store, _ = archive
    seen: list[list[int]] = []
    extra = store.put_bytes(b"reply pdf of the old letter")
    with database.write() as session:
        from letters.register import stored_file_id

        reply_file = stored_file_id(session, FileDraft(extra, "application/pdf", "archive"))

    def replies(session, letter_ids):
        seen.append(sorted(letter_ids))
        return [reply_file]

    register_destruction_hook("test-replies", replies)
    try:
        with database.write() as session:
            actor = resolve_actor(session, None)
            act = confirm_act(session, actor, create_act(session, actor, TODAY).number, store)
        with database.write() as session:
            purge_files(session, store)
    finally:
        from letters import archive_acts

        archive_acts._destruction_hooks.pop("test-replies")
    assert len(seen) == 1 and len(seen[0]) == 2 and act.files_to_purge == 4
    assert not store.path_of(extra.rel_path).exists()


def _act_text(session, number: str) -> str:
    return re.sub(r"\s+", " ", " ".join(pdf_text(act_pdf(session, get_act(session, number)))))


def test_a_draft_act_is_marked_and_worded_as_a_draft(archive) -> None:
    database, _, numbers = archive
    with database.write() as session:
        actor = resolve_actor(session, None)
        number = create_act(session, actor, TODAY).number
        text = _act_text(session, number)
    assert text.count("ПРОЕКТ") >= 2  # the mark at the top and the watermark, on every page
    assert f"АКТ № {number}" in text and numbers["old"] in text
    assert "На основании Перечня типовых" in text and "Перечень" not in text
    assert "Итого: 2 обращения, 2 листа." in text
    assert "Подлежат уничтожению: скан-образы" in text
    assert "Документы будут уничтожены только после утверждения акта." in text
    # Nothing is destroyed yet: no past tense, no figure of destroyed files.
    assert "Уничтожены" not in text and "Уничтожено" not in text and "всего" not in text
    assert "Сохранены" not in text and "Сохраняются регистрационные записи" in text
    assert "Западная энергосбытовая компания" in text and "Организация" not in text


@pytest.mark.parametrize(
    ("count", "letters", "pages", "files"),
    [
        (1, "1 обращение", "1 лист", "2 файла"),
        (3, "3 обращения", "3 листа", "6 файлов"),
        (5, "5 обращений", "5 листов", "10 файлов"),
    ],
)
def test_the_act_agrees_counts_in_russian(
    database, store_dir, count, letters, pages, files
) -> None:
    store = FileStore(store_dir)
    with database.write() as session:
        actor = resolve_actor(session, None)
        numbers = []
        for n in range(count):
            own = FileDraft(store.put_bytes(f"%PDF {n}".encode()), "application/pdf", "source")
            text = f"Письмо {n}: прошу проверить начисления."
            numbers.append(_register(session, actor, store, OLD, text, own, 0).reg_no)
        file_letters(session, actor, numbers)
        number = create_act(session, actor, TODAY).number
        draft = _act_text(session, number)
        confirm_act(session, actor, number, store)
        confirmed = _act_text(session, number)
    assert f"Итого: {letters}, {pages}." in draft and f"за 2019 год: {letters}, {pages}." in draft
    assert f"Итого: {letters}, {pages}." in confirmed and f"(всего {files})" in confirmed


def test_count_words_agree() -> None:
    expected = {
        1: "обращение", 2: "обращения", 4: "обращения", 5: "обращений", 11: "обращений",
        12: "обращений", 14: "обращений", 21: "обращение", 22: "обращения", 111: "обращений",
    }  # fmt: skip
    assert {n: letters_count(n) for n in expected} == {n: f"{n} {w}" for n, w in expected.items()}


def test_the_act_names_the_configured_organisation(archive, monkeypatch) -> None:
    database, _, _ = archive
    with database.write() as session:
        admin = resolve_actor(session, None)
        save_requisites(session, admin, CompanyRequisites(name="ПАО «Энергосбыт Тест»"))
        number = create_act(session, admin, TODAY).number
        assert "ПАО «Энергосбыт Тест»" in _act_text(session, number)
        # Nothing configured at all: a blank line to fill in, never a made-up name.
        monkeypatch.setattr("letters.archive_act_pdf.load_letterhead", lambda _s: Letterhead(""))
        text = _act_text(session, number)
    assert "(наименование организации)" in text and "Организация" not in text

"""Batch fixes: split, merge, rotate and drop pages; numbers are never lost."""

from __future__ import annotations

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.models import Letter, LetterFile, Page, StoredFile
from letters.history import consumer_history, letter_history
from letters.verification import (
    drop_page,
    load_card,
    merge_letters,
    next_needing_attention,
    rotate_page,
    split_letter,
)
from letters.verification_types import StaleCard, VerificationError
from tests.integration.verification_data import (
    PAGE_H,
    PAGE_W,
    READER,
    actor,
    add_consumers,
    register,
    store_of,
)


@pytest.fixture
def setup(database, store_dir):
    add_consumers(database)
    return database, store_of(store_dir), actor(database)


def card(database, letter_id):
    with database.read() as session:
        return load_card(session, letter_id, actor=READER)


def test_split_gives_the_second_part_a_new_gapless_number(setup) -> None:
    database, store, admin = setup
    before = register(database, store)
    letter_id = register(
        database, store, pages=3, content_hash="f" * 64, name_page=0, account_page=2
    )
    seen = card(database, letter_id)
    with database.write() as session:
        result = split_letter(session, admin, letter_id, seen.version, at_page=2)
    first, second = card(database, letter_id), card(database, result.new_id)
    with database.read() as session:
        seqs = sorted(session.scalars(select(Letter.reg_seq)))
        new_row = session.get(Letter, result.new_id)
        sources = session.scalars(
            select(LetterFile.file_id).where(LetterFile.letter_id.in_([letter_id, result.new_id]))
        ).all()
        assert (new_row.content_hash, new_row.source_part) == ("f" * 64, 1)
        assert next_needing_attention(session, before, actor=READER) == letter_id
        split_events = letter_history(session, result.new_id, actor=READER)
    assert seqs == [1, 2, 3]  # gapless
    assert result.new_reg_no == second.reg_no and result.pages_moved == 1
    assert [p.index for p in first.pages] == [0, 1] and [p.index for p in second.pages] == [0]
    assert second.pages[0].id == seen.pages[2].id
    # the account was read on page 3: it moves with the page, its box rebased
    assert second.fields["account"].value == "1000000001"
    assert second.fields["account"].box[0] == 0
    assert first.fields["account"].confidence is None and first.fields["account"].value == ""
    assert first.fields["name"].value == "Иванов Иван Иванович"
    assert first.needs_review and second.needs_review and not second.verified
    assert second.link.status == "none"
    assert len(set(sources)) == 1 and len(sources) == 2  # the same source file
    split_off = [e for e in split_events if e.action == "letter.split_off"]
    assert len(split_off) == 1 and split_off[0].after["from_id"] == letter_id
    assert new_row.due_on is not None  # its clock starts at the split, like a registration
    with pytest.raises(VerificationError) as info, database.write() as session:
        split_letter(session, admin, result.new_id, second.version, at_page=1)
    assert info.value.code == "bad_split_point"


def test_split_with_an_old_version_is_stale(setup) -> None:
    database, store, admin = setup
    letter_id = register(database, store, pages=2)
    seen = card(database, letter_id)
    with database.write() as session:
        split_letter(session, admin, letter_id, seen.version, at_page=1)
    with pytest.raises(StaleCard), database.write() as session:
        split_letter(session, admin, letter_id, seen.version, at_page=1)
    with database.read() as session:
        assert session.scalar(select(func.count(Letter.id))) == 2


def test_merge_appends_pages_and_keeps_a_tombstone(setup) -> None:
    database, store, admin = setup
    first_id = register(database, store, pages=2)
    second_id = register(database, store, pages=1, channel="post")
    first, second = card(database, first_id), card(database, second_id)
    with database.write() as session:
        merge_letters(
            session,
            admin,
            first_id,
            second_id,
            {first_id: first.version, second_id: second.version},
        )
    merged, tomb = card(database, first_id), card(database, second_id)
    assert [p.id for p in merged.pages] == [*(p.id for p in first.pages), second.pages[0].id]
    assert [p.index for p in merged.pages] == [0, 1, 2]
    assert tomb.status == "merged" and tomb.merged_into == (first_id, first.reg_no)
    assert tomb.pages == () and tomb.reg_no == second.reg_no
    with database.read() as session:
        assert session.scalar(select(func.count(Letter.id))) == 2  # nothing deleted
        history = consumer_history(session, "1000000001", actor=READER)
        actions = {e.action for e in letter_history(session, second_id, actor=READER)}
    assert [a.letter_id for a in history.appeals] == [first_id]
    assert "letter.merged_into" in actions
    with pytest.raises(VerificationError) as info, database.write() as session:
        merge_letters(session, admin, first_id, second_id)
    assert info.value.code == "merged"


def test_rotate_turns_the_image_and_the_boxes(setup) -> None:
    database, store, admin = setup
    letter_id = register(database, store, pages=2, account_page=1)
    seen = card(database, letter_id)
    page = seen.pages[1]
    with database.write() as session:
        version = rotate_page(session, admin, store, page.id, 1, seen.version)
    turned = card(database, letter_id)
    new_page = turned.pages[1]
    assert (new_page.width, new_page.height, new_page.rotation) == (PAGE_H, PAGE_W, 90)
    assert new_page.image_rel_path != page.image_rel_path
    assert store.path_of(page.image_rel_path).is_file()  # the old image is kept
    with Image.open(store.path_of(new_page.image_rel_path)) as img:
        assert img.size == (PAGE_H, PAGE_W)
        # the black mark at x 10..49, y 20..39 is now at x H-40..H-21, y 10..49
        assert img.convert("L").getpixel((PAGE_H - 30, 30)) == 0
        assert img.convert("L").getpixel((30, 30)) == 255
    word = new_page.words[0]
    assert (word.x, word.y, word.w, word.h) == (PAGE_H - 20 - 20, 10, 20, 40)
    assert turned.fields["account"].box == (1, PAGE_H - 110 - 20, 10, 20, 40)
    assert turned.fields["name"].box == seen.fields["name"].box  # page 1 untouched
    with database.write() as session:
        rotate_page(session, admin, store, page.id, 3, version)
    back = card(database, letter_id)
    assert back.pages[1].rotation == 0 and back.fields["account"].box == seen.fields["account"].box
    with (
        Image.open(store.path_of(back.pages[1].image_rel_path)) as a,
        Image.open(store.path_of(page.image_rel_path)) as b,
    ):
        assert a.tobytes() == b.tobytes()
    with database.read() as session:
        events = [e.action for e in letter_history(session, letter_id, actor=READER)]
    assert events[:2] == ["page.rotate", "page.rotate"]


def test_drop_page_renumbers_and_keeps_the_file(setup) -> None:
    database, store, admin = setup
    letter_id = register(database, store, pages=3, account_page=2, name_page=1)
    seen = card(database, letter_id)
    dropped = seen.pages[1]
    with database.write() as session:
        drop_page(session, admin, dropped.id, seen.version)
    after = card(database, letter_id)
    assert [p.id for p in after.pages] == [seen.pages[0].id, seen.pages[2].id]
    assert [p.index for p in after.pages] == [0, 1]
    assert after.fields["name"].box is None and after.fields["name"].value
    assert after.fields["account"].box[0] == 1
    assert store.path_of(dropped.image_rel_path).is_file()
    with database.read() as session:
        assert session.scalar(select(func.count(Page.id)).where(Page.id == dropped.id)) == 0
        assert session.scalar(select(func.count(StoredFile.id))) >= 4
        event = letter_history(session, letter_id, actor=READER)[0]
        assert session.get(Letter, letter_id).page_count == 2
    assert event.action == "page.drop"
    assert event.before["image_rel_path"] == dropped.image_rel_path
    assert event.before["ocr_text"] == "Страница 2 оплата квитанция"
    only = register(database, store, pages=1)
    single = card(database, only)
    with pytest.raises(VerificationError) as info, database.write() as session:
        drop_page(session, admin, single.pages[0].id, single.version)
    assert info.value.code == "only_page"

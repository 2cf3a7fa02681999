"""Full-text search on both engines: the same letters for the same queries."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import Letter
from db.search import SearchFilters
from letters.actors import Actor
from letters.search import (
    Cancelled,
    ExtraText,
    count_letters,
    index_letter,
    on_letter_changed,
    register_text_source,
    reindex_all,
    search_letters,
    unregister_text_source,
)
from tests.integration.search_data import ACCOUNT, NOW, build

READER = Actor(0, "admin", "admin")  # sees the whole register (scope: test_permissions_scope)


@pytest.fixture
def register(database):
    return database, build(database)


def found(database, numbers, text, **kwargs) -> list[str]:
    keys = {v: k for k, v in numbers.items()}
    with database.read() as session:
        result = search_letters(session, text, actor=READER, **kwargs)
    return [keys[h.reg_no] for h in result.hits]


# The same expected letters on SQLite and PostgreSQL: this table is the parity test.
EXPECTED = {
    "счётчик": {"readings", "replace", "many"},
    "счетчика": {"readings", "replace", "many"},
    "СЧЁТЧИКОВ": {"readings", "replace", "many"},
    "Счетчик показания": {"readings", "many"},
    '"прибор учёта"': {"readings", "replace", "many"},
    '"учёт прибора"': {"quality"},
    "счётчик -замена": {"readings", "many"},
    'счётчик -"прибор учёта"': set(),
    "от:Петров": {"recalc"},
    "Петров": {"recalc", "quality"},
    "от: кузнецов": {"replace"},
    f"л/с:{ACCOUNT}": {"readings"},
    "л/с: 4099999999": {"replace"},
    "4087654321": {"recalc"},
    "Калининград": {"readings"},
    "кВт·ч": {"readings", "recalc"},
    "электроэнергии перерасчёт": {"recalc"},
}


@pytest.mark.parametrize("query", sorted(EXPECTED))
def test_same_letters_on_both_engines(register, query) -> None:
    database, numbers = register
    assert set(found(database, numbers, query, fuzzy="never")) == EXPECTED[query]


def test_registration_numbers_incoming_and_sender_ref(register) -> None:
    database, numbers = register
    for key, reg_no in numbers.items():
        assert found(database, numbers, f"№:{reg_no}") == [key]
        assert found(database, numbers, reg_no) == [key]
        seq = reg_no.rsplit("-", 1)[1].lstrip("0")
        assert key in found(database, numbers, f"№: {seq}")


def test_sender_field_ranks_above_the_body(register) -> None:
    database, numbers = register
    assert found(database, numbers, "Петров")[0] == "recalc"


def test_snippet_marks_inflected_forms(register) -> None:
    database, numbers = register
    with database.read() as session:
        result = search_letters(session, "СЧЁТЧИК", actor=READER)
    snippets = {h.reg_no: h.snippet.marked() for h in result.hits}
    assert "[счетчика]" in snippets[numbers["replace"]]
    assert "[СЧЕТЧИК]" in snippets[numbers["replace"]]
    assert "[счётчиков]" in snippets[numbers["many"]]
    assert all(h.matched == "exact" for h in result.hits) and not result.fuzzy_used
    assert "счетчик" in result.highlight


def test_two_ocr_errors_in_the_query_word_fall_back_to_fuzzy(register) -> None:
    database, numbers = register
    with database.read() as session:
        result = search_letters(session, "злектрознергии", actor=READER)  # э→з twice
    keys = {v: k for k, v in numbers.items()}
    assert {keys[h.reg_no] for h in result.hits} == {"recalc", "quality"}
    assert result.fuzzy_used and all(h.matched == "fuzzy" for h in result.hits)
    assert any("[электроэнергию]" in h.snippet.marked() for h in result.hits)
    with database.read() as session:
        assert search_letters(session, "злектрознергии", fuzzy="never", actor=READER).hits == []


def test_fuzzy_is_not_used_when_exact_matching_finds_enough(register) -> None:
    database, _ = register
    with database.read() as session:
        result = search_letters(session, "счетчик", fuzzy_below=3, actor=READER)
    assert len(result.hits) == 3 and not result.fuzzy_used


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND OR",
        "*",
        "NEAR(",
        "NEAR(счётчик",
        "счётчик*",
        "sender : x",
        "'; DROP TABLE letter; --",
        "1 OR 1=1",
        ")(",
        "-",
        "--",
        "л/с:",
        "от:",
        "№:",
        "{body}: x^",
        '"счётчик',
        "\x00\t\n",
        "ё" * 500,
    ],
)
def test_malformed_queries_never_fail(register, query) -> None:
    database, _ = register
    with database.read() as session:
        result = search_letters(session, query, with_total=True, actor=READER)
        assert session.scalar(select(Letter.id).limit(1)) is not None  # session still usable
    assert isinstance(result.hits, list)


def test_unbalanced_quote_is_a_phrase_to_the_end(register) -> None:
    database, numbers = register
    assert set(found(database, numbers, '"прибора учёта', fuzzy="never")) == {
        "readings",
        "replace",
        "many",
    }


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from(list("ab счётчик\"-:№/()*^{}'ЁЛС")), max_size=30))
def test_any_text_is_a_query(register, text) -> None:
    database, _ = register
    with database.read() as session:
        search_letters(session, text, with_total=True, actor=READER)


def test_filters(register) -> None:
    database, numbers = register
    get = lambda **f: set(found(database, numbers, "счётчик", filters=SearchFilters(**f)))  # noqa: E731
    assert get(categories=("meter_service",)) == {"replace", "many"}
    assert get(channels=("internet",)) == {"replace"}
    assert get(linked=True) == {"readings"}
    assert get(linked=False) == {"replace", "many"}
    assert get(account=ACCOUNT) == {"readings"}
    assert get(account="4099999999") == {"replace"}
    day = NOW.astimezone().date()
    assert get(registered_from=day - dt.timedelta(days=10)) == {"readings", "many"}
    assert get(registered_to=day - dt.timedelta(days=10)) == {"replace"}
    assert get(statuses=("closed",)) == set()
    # filters alone list the letters, newest first
    assert found(database, numbers, "", filters=SearchFilters(channels=("phone",))) == ["quality"]


def test_count_and_total(register) -> None:
    database, _ = register
    with database.read() as session:
        assert count_letters(session, "счётчик", actor=READER) == 3
        assert count_letters(session, "счётчик", SearchFilters(linked=True), actor=READER) == 1
        assert search_letters(session, "счётчик -замена", with_total=True, actor=READER).total == 2
        assert count_letters(session, "-счётчик", actor=READER) == 2


def test_edit_reindexes_the_letter(register) -> None:
    database, numbers = register
    with database.write() as session:
        letter = session.scalars(select(Letter).where(Letter.reg_no == numbers["recalc"])).one()
        letter.full_text = "Прошу заменить пломбу на вводном автомате."
        letter.summary = ""
        on_letter_changed(session, letter.id)
    assert found(database, numbers, "пломба") == ["recalc"]
    assert "recalc" not in found(database, numbers, "перерасчёт", fuzzy="never")


def test_extra_text_sources_index_outgoing_numbers(register) -> None:
    database, numbers = register

    def replies(session, letter_ids):
        return {
            i: ExtraText(("ИСХ-2026-000077",), ("Ответ: перерасчёт выполнен",)) for i in letter_ids
        }

    register_text_source("test-replies", replies)
    try:
        with database.write() as session:
            letter_id = session.scalar(select(Letter.id).where(Letter.reg_no == numbers["many"]))
            index_letter(session, letter_id)
        assert found(database, numbers, "№:ИСХ-2026-000077") == ["many"]
        assert found(database, numbers, "ИСХ-2026-000077") == ["many"]
    finally:
        unregister_text_source("test-replies")
    with database.write() as session:
        index_letter(session, letter_id, extra=ExtraText(texts=("разовая пометка",)))
    assert found(database, numbers, "пометка") == ["many"]
    assert found(database, numbers, "ИСХ-2026-000077") == []


def test_reindex_all_with_progress_and_cancel(register) -> None:
    database, numbers = register
    seen: list[tuple[int, int]] = []
    with database.write() as session:
        report = reindex_all(session, progress=lambda d, t: seen.append((d, t)), batch=2)
    assert report.letters == 5 and seen[-1] == (5, 5) and len(seen) == 3
    assert set(found(database, numbers, "счётчик")) == {"readings", "replace", "many"}
    with pytest.raises(Cancelled), database.write() as session:
        reindex_all(session, cancel=lambda: True)
    # the cancelled rebuild rolled back: the index is intact
    assert set(found(database, numbers, "счётчик")) == {"readings", "replace", "many"}


def test_stale_reindex_catches_letters_changed_without_the_hook(register) -> None:
    database, numbers = register
    with database.write() as session:
        letter = session.scalars(select(Letter).where(Letter.reg_no == numbers["quality"])).one()
        letter.full_text = "Перепады напряжения, сгорел холодильник."
        letter.updated_at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    assert found(database, numbers, "холодильник", fuzzy="never") == []
    with database.write() as session:
        assert reindex_all(session, stale_only=True).letters == 1
    assert found(database, numbers, "холодильник") == ["quality"]


def test_deleted_letter_disappears(register) -> None:
    database, numbers = register
    with database.write() as session:
        letter = session.scalars(select(Letter).where(Letter.reg_no == numbers["many"])).one()
        session.delete(letter)
        session.flush()
        index_letter(session, letter.id)
    assert "many" not in found(database, numbers, "счётчик")


def test_hit_boxes_mark_matching_words_on_page_images(database) -> None:
    from letters.actors import resolve_actor
    from letters.register import LetterDraft, PageDraft, register_letter
    from letters.search import hit_boxes

    words = [["Показания", 95, 10, 20, 80, 12], ["СЧЁТЧИКА,", 91, 100, 20, 70, 12]]
    with database.write() as session:
        actor = resolve_actor(session, None)
        draft = LetterDraft(
            received_on=dt.date(2026, 3, 1),
            full_text="Показания СЧЁТЧИКА, сгорел",
            pages=[
                PageDraft(ocr_text="", words=[["сгорел", 80, 5, 40, 50, 12]]),
                PageDraft(ocr_text="", words=words),
            ],
        )
        letter_id = register_letter(session, actor, draft).id
        index_letter(session, letter_id)
    with database.read() as session:
        result = search_letters(session, "счётчик", actor=READER)
        boxes = hit_boxes(session, letter_id, result.highlight, actor=READER)
    assert [(b.page, b.x, b.y, b.width, b.height, b.text) for b in boxes] == [
        (1, 100, 20, 70, 12, "СЧЁТЧИКА,")
    ]


def test_broad_queries_list_the_latest_first(register, monkeypatch) -> None:
    import db.search_postgres
    import db.search_sqlite

    database, numbers = register
    monkeypatch.setattr(db.search_sqlite, "RANK_WINDOW", 1)
    monkeypatch.setattr(db.search_postgres, "RANK_WINDOW", 1)
    # More matches than the window: no relevance pass, latest registered (id) first.
    assert found(database, numbers, "счётчик", fuzzy="never") == ["many", "replace", "readings"]
    assert found(database, numbers, "счётчик", fuzzy="never", offset=1) == ["replace", "readings"]
    with database.read() as session:
        assert count_letters(session, "счётчик", actor=READER) == 3  # the count stays exact
        hits = search_letters(session, "счётчик -замена", fuzzy="never", actor=READER).hits
    assert [h.score for h in hits] == [0.0, 0.0]
    # Within the window, relevance: the sender field weighs more than the body.
    monkeypatch.setattr(db.search_sqlite, "RANK_WINDOW", 2)
    monkeypatch.setattr(db.search_postgres, "RANK_WINDOW", 2)
    assert found(database, numbers, "Петров", fuzzy="never") == ["recalc", "quality"]


def test_an_engine_syntax_error_is_caught_and_the_query_simplified(register, monkeypatch) -> None:
    """Our queries are built from quoted stems, so the engines never see user syntax; should
    one still refuse a query, it is simplified to its plain words instead of failing."""
    import db.search_postgres
    import db.search_sqlite

    database, numbers = register
    for module in (db.search_sqlite, db.search_postgres):
        original = module.term_expression

        def broken(term, original=original):
            return '"(' if term.field else original(term)

        monkeypatch.setattr(module, "term_expression", broken)
    with database.read() as session:
        result = search_letters(session, "от:Петров", fuzzy="never", actor=READER)
        assert session.scalar(select(Letter.id).limit(1)) is not None  # still usable
    keys = {v: k for k, v in numbers.items()}
    assert result.simplified
    assert {keys[h.reg_no] for h in result.hits} == {"recalc", "quality"}

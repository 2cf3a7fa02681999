"""The search query language and the analyser: pure functions, no database."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from db.search import Term, chunks_for, fold, max_edits, number_words, stem, words
from letters.search_query import Snippet, make_snippet, parse_query, word_matches


def terms(text: str) -> list[tuple[tuple[str, ...], str | None, bool]]:
    return [(t.words, t.field, t.negated) for t in parse_query(text).terms]


def test_folding_and_stemming_make_inflections_equal() -> None:
    forms = ["счётчик", "счетчика", "счётчиков", "СЧЕТЧИК", "Счётчиками"]
    assert {stem(fold(f)) for f in forms} == {"счетчик"}
    assert fold("ЁЛКА") == "елка"
    assert stem("meters") == "meter" and stem("2026") == "2026" and stem("т1") == "т1"


def test_stems_come_from_the_c_snowball_stemmers_and_match_the_python_ones() -> None:
    """PyStemmer (a dependency) makes snowballstemmer ~150x faster with the same stems:
    the index, the classifier and PostgreSQL's ``russian`` configuration must agree."""
    import snowballstemmer
    from snowballstemmer import english_stemmer, russian_stemmer

    assert type(snowballstemmer.stemmer("russian")).__module__ == "Stemmer"
    russian = (
        "перерасчёт перерасчета начислений начисление счётчика счетчики показаний показания "
        "электроэнергии отключения задолженности потребителю квартиры прошу просим"
    ).replace("ё", "е")
    python_ru = russian_stemmer.RussianStemmer()
    for word in russian.split():
        assert stem(word) == python_ru.stemWord(word), word
    python_en = english_stemmer.EnglishStemmer()
    for word in ["readings", "meters", "payments", "disconnected", "recalculation"]:
        assert stem(word) == python_en.stemWord(word), word


def test_words_drop_stop_words_and_punctuation() -> None:
    assert words("Прошу и не забудьте: счётчик, AND the meter!") == [
        "прошу",
        "забудьте",
        "счетчик",
        "meter",
    ]


def test_number_words() -> None:
    assert number_words("ВХ-2026-000123") == ["вх", "2026", "000123", "вх2026000123", "123"]
    assert number_words("01-12/345") == ["01", "12", "345", "0112345"]
    assert number_words("") == []


def test_plain_words_phrases_and_exclusions() -> None:
    assert terms('счётчик "прибор учёта" -замена -"акт проверки"') == [
        (("счетчик",), None, False),
        (("прибор", "учета"), None, False),
        (("замена",), None, True),
        (("акт", "проверки"), None, True),
    ]


def test_field_prefixes() -> None:
    assert terms("л/с:4012345678 от: Петров №:ВХ-2026-000001 -от:Иванов") == [
        (("4012345678",), "account", False),
        (("петров",), "sender", False),
        (("вх", "2026", "000001"), "numbers", False),
        (("иванов",), "sender", True),
    ]
    assert terms('Л/С : 123 ОТ:"Петров Сергей" no:17 from:smith') == [
        (("123",), "account", False),
        (("петров", "сергей"), "sender", False),
        (("17",), "numbers", False),
        (("smith",), "sender", False),
    ]


def test_words_that_start_like_a_prefix_are_words() -> None:
    assert terms("отключение номер noon") == [
        (("отключение",), None, False),
        (("номер",), None, False),
        (("noon",), None, False),
    ]


def test_malformed_input_gives_plain_words_or_nothing() -> None:
    assert terms('"') == []
    assert terms("AND OR NOT") == []
    assert terms("*") == []
    assert terms("NEAR(счётчик") == [(("near", "счетчик"), None, False)]
    assert terms("'; DROP TABLE letter; --") == [
        (("drop",), None, False),
        (("table",), None, False),
        (("letter",), None, False),
    ]
    assert terms('"прибор учёта') == [(("прибор", "учета"), None, False)]
    assert terms("- -- л/с: №:") == []


@given(st.text(max_size=200))
def test_parser_never_raises(text: str) -> None:
    query = parse_query(text)
    assert all(t.words for t in query.terms)
    assert query.simplified().negatives == ()


def test_edit_budget_and_chunks() -> None:
    assert [max_edits(w) for w in ("счет", "тариф", "счетчика", "электроэнергии", "12345678")] == [
        0,
        1,
        1,
        2,
        0,
    ]
    assert [(c.text, c.where) for c in chunks_for("тариф", 1)] == [
        ("та", "prefix"),
        ("риф", "suffix"),
    ]
    assert [c.where for c in chunks_for("электроэнергии", 2)] == ["prefix", "infix", "suffix"]


def test_term_choices() -> None:
    term = Term(("счетчик", "учета"), alternatives=(("сщетчик",), ()))
    assert term.choices() == [("счетчик", "сщетчик"), ("учета",)]


def test_snippet_marks_every_form_and_keeps_the_dense_part() -> None:
    text = (
        "Вступление без нужных слов. " * 20
        + "Показания СЧЁТЧИКА переданы, счетчики проверены.\nКонец   письма."
    )
    snippet = make_snippet([text], ["счетчик"])
    marked = snippet.marked()
    assert "[СЧЁТЧИКА]" in marked and "[счетчики]" in marked
    assert marked.startswith("…") and "\n" not in marked and "   " not in marked
    assert all(snippet.text[a:b].lower().startswith("сч") for a, b in snippet.spans)


def test_snippet_without_matches_is_the_start_of_the_first_text() -> None:
    assert make_snippet(["", "Короткий текст"], ["нет"]) == Snippet("Короткий текст")
    assert make_snippet([], ["x"]) == Snippet("")


def test_word_matches_as_printed() -> None:
    stems = frozenset({"счетчик"})
    assert word_matches("«Счётчиков»,", stems)
    assert not word_matches("счёт", stems)

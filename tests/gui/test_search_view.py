"""The Поиск section: a query finds an inflected form, the snippet marks it, and opening the
hit shows the letter's page with the found words highlighted where tesseract read them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.jobs import JobRunner
from app.gui.search_hit_viewer import PAD
from app.gui.search_model import COLUMNS, SNIPPET_COLUMN, SearchResultsModel
from app.gui.search_snippet import snippet_html
from app.gui.search_view import SearchView
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.search_query import Snippet
from tests.gui.search_corpus import import_letters
from tests.integration import search_data

WAIT_MS = 60_000  # a shared two-core machine: generous, never a sleep


def yellowish(color: QColor) -> bool:
    """The highlighter's yellow over paper (or over grey ink): red and green well above blue."""
    r, g, b = color.red(), color.green(), color.blue()
    return r > 150 and g > 120 and b < r - 60 and b < g - 40


def yellow_pixels(image: QImage, rect: QRect) -> int:
    rect = rect.intersected(image.rect())
    return sum(
        yellowish(image.pixelColor(x, y))
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


def admin(database) -> Actor:
    with database.write() as session:
        return resolve_actor(session, None)


@pytest.fixture
def runner(qtbot):
    runner = JobRunner()
    yield runner
    runner.shutdown()


def make_view(qtbot, database, store: FileStore, runner: JobRunner) -> SearchView:
    view = SearchView(database, store, admin(database), runner)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    with qtbot.waitExposed(view):
        view.show()
    return view


def search(qtbot, view: SearchView, text: str) -> None:
    view.query.setFocus()
    view.query.setText(text)  # QTest types ASCII only
    with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
        qtbot.keyClick(view.query, Qt.Key.Key_Return)


def no_error_dialog() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_snippet_html_marks_the_spans_and_escapes_the_rest() -> None:
    text = "a <b> счетчика & СЧЕТЧИК"
    spans = tuple((text.index(w), text.index(w) + len(w)) for w in ("счетчика", "СЧЕТЧИК"))
    snippet = Snippet(text, spans)
    html = snippet_html(snippet)
    assert html.count("<span") == 2
    assert ">счетчика</span>" in html and ">СЧЕТЧИК</span>" in html
    assert "&lt;b&gt;" in html and "&amp;" in html


def test_inflected_query_finds_the_scan_and_the_hit_is_highlighted_on_the_page(
    qtbot, qtmodeltester, database, tmp_path: Path, runner
) -> None:
    store = FileStore(tmp_path / "store")
    printed = import_letters(database, store, tmp_path / "scans")  # real tesseract
    view = make_view(qtbot, database, store, runner)

    search(qtbot, view, "счётчика")
    assert view.model.rowCount() == 1  # the other letter has no such word
    hit = view.model.hit(0)
    assert hit is not None and hit.matched == "exact"
    marked = hit.snippet.marked()
    assert "[счетчика]" in marked and "[СЧЕТЧИК]" in marked  # inflections, ё/е and case
    assert view.count_label.text() == "Found letters: 1"
    assert not view.notice.isVisible()
    qtmodeltester.check(view.model)

    # The snippet cell is drawn with the found words on a yellow background.
    view.table.viewport().repaint()
    cell = view.table.visualRect(view.model.index(0, SNIPPET_COLUMN))
    assert yellow_pixels(view.table.viewport().grab().toImage(), cell) > 50

    # Keyboard only: Down into the results, Enter opens the hit.
    qtbot.keyClick(view.query, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    viewer = view.hit_viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.data is not None, timeout=WAIT_MS)
    pages = viewer.viewer
    qtbot.waitUntil(lambda: not pages.shown_pixmap().isNull(), timeout=WAIT_MS)
    assert viewer.data.card.reg_no == hit.reg_no
    assert viewer.values["reg_no"].text() == hit.reg_no
    assert viewer.hit_pages() == [0, 1]  # «счётчиков» is on the second page
    assert pages.current_page == 0

    # A mark over each found word of page 0, where the word was printed.
    words = {b.text: b for b in viewer.data.boxes}
    assert set(words) == {"счетчика", "СЧЕТЧИК", "счётчиков"}
    items = viewer.hit_items()
    assert len(items) == 2
    rects = [item.sceneBoundingRect() for item in items]
    for text in ("счетчика", "СЧЕТЧИК"):
        ink = next(p for p in printed if p.text == text)
        x, y, w, h = ink.box
        centre = QPointF(x + w / 2, y + h / 2)
        assert any(r.contains(centre) for r in rects), (text, ink.box, rects)
        box = words[text]
        assert any(
            r.contains(QRectF(box.x, box.y, box.width, box.height)) and r.width() <= w + 4 * PAD
            for r in rects
        )
        assert items[0].brush().color().alpha() < 255  # semi-transparent: the ink shows

    # And on screen: yellow inside the found word's box, none in the margin beside it.
    pages.view.viewport().repaint()
    shot = pages.view.viewport().grab().toImage()
    ratio = shot.width() / pages.view.viewport().width()
    for text in ("счетчика", "СЧЕТЧИК"):
        box = words[text]
        corner = pages.view.mapFromScene(QPointF(box.x, box.y))
        far = pages.view.mapFromScene(QPointF(box.x + box.width, box.y + box.height))
        on_screen = QRect(
            round(corner.x() * ratio),
            round(corner.y() * ratio),
            max(1, round((far.x() - corner.x()) * ratio)),
            max(1, round((far.y() - corner.y()) * ratio)),
        )
        assert yellow_pixels(shot, on_screen) > on_screen.width() * on_screen.height() // 4, text
        beside = on_screen.translated(-on_screen.width() - 20, 0)
        if text == "СЧЕТЧИК":  # the line starts at the margin: nothing to its left
            assert yellow_pixels(shot, beside) == 0

    # F3: the next page with found words, its mark drawn.
    viewer.activateWindow()
    viewer.next_hit_page()
    qtbot.waitUntil(lambda: pages.current_page == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not pages.shown_pixmap().isNull(), timeout=WAIT_MS)
    assert len(viewer.hit_items()) == 1
    assert "2 of 2" in viewer.position.text()
    assert not viewer.next_button.isEnabled() and viewer.previous_button.isEnabled()
    viewer.previous_hit_page()
    assert pages.current_page == 0
    assert no_error_dialog()
    viewer.close()


def test_malformed_queries_never_show_an_error(qtbot, database, tmp_path: Path, runner) -> None:
    search_data.build(database)
    view = make_view(qtbot, database, FileStore(tmp_path / "store"), runner)
    for text in ('"', "NEAR(", "AND OR", "*", "'; DROP TABLE letter; --", '"счётчик'):
        search(qtbot, view, text)
        assert no_error_dialog(), text
        assert "failed" not in view.count_label.text(), text
        assert view.model.rowCount() >= 0
    assert view.model.rowCount() == 3  # '"счётчик': the quote closed, the word found

    search(qtbot, view, "счётчика")
    assert view.model.rowCount() == 3
    assert view.count_label.text() == "Found letters: 3"


def test_approximate_matches_are_announced(qtbot, database, tmp_path: Path, runner) -> None:
    numbers = search_data.build(database)
    view = make_view(qtbot, database, FileStore(tmp_path / "store"), runner)
    search(qtbot, view, "злектрознергии")  # two OCR errors in «электроэнергии»
    assert view.model.rowCount() >= 1
    assert all(h.matched == "fuzzy" for h in view.model.hits())
    assert view.notice.isVisible() and "approximate" in view.notice.text()
    assert view.model.data(view.model.index(0, COLUMNS.index("matched"))) == "approximate"
    assert numbers["recalc"] in {h.reg_no for h in view.model.hits()}


def test_filters_and_paging(qtbot, database, tmp_path: Path, runner, monkeypatch) -> None:
    from app.gui import search_view

    monkeypatch.setattr(search_view, "PAGE_SIZE", 2)
    numbers = search_data.build(database)
    view = make_view(qtbot, database, FileStore(tmp_path / "store"), runner)
    search(qtbot, view, "счётчик")
    assert view.model.rowCount() == 2
    assert view.count_label.text() == "Found letters: 3; shown: 2"
    assert view.more_button.isVisible()
    view.table.setFocus()
    view.table.selectRow(1)
    with qtbot.waitSignal(view.model.rowsInserted, timeout=WAIT_MS):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)  # past the last row: the next page
    assert view.model.rowCount() == 3 and not view.more_button.isVisible()
    assert len({h.letter_id for h in view.model.hits()}) == 3

    with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
        view.channel.setCurrentIndex(view.channel.findData("internet"))
    assert [h.reg_no for h in view.model.hits()] == [numbers["replace"]]
    with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
        view.reset_filters()
    assert view.model.rowCount() == 2

    view.query.clear()
    assert view.search() is None and view.model.rowCount() == 0
    assert "press Enter" in view.count_label.text()


def test_results_model(qtmodeltester) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)


def test_main_window_search_section_and_ctrl_f(qtbot, database, tmp_path: Path) -> None:
    from app.gui.main_window import MainWindow

    search_data.build(database)
    window = MainWindow(database, tmp_path / "store")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    window.show_section("register")
    window.register.table.setFocus()
    qtbot.keyClick(window.register.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "search"
    assert window.stack.currentWidget() is window.search_view
    assert window.search_view.query.hasFocus()
    search(qtbot, window.search_view, "счётчика")
    assert window.search_view.model.rowCount() == 3

    # At the station Ctrl+F stays the station's own (find a consumer): no ambiguity.
    window.show_section("incoming")
    window.incoming.setCurrentWidget(window.station)
    station = window.station
    station.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # an empty queue has no field
    station.setFocus()
    assert QApplication.focusWidget() is station
    qtbot.keyClick(station, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "incoming"
    window.close()

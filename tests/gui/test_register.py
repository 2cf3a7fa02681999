"""The register: lazy keyset paging, filters, sorting, the view and the export."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import update

from app.gui import register_model
from app.gui.jobs import JobRunner
from app.gui.register_model import LETTER_ID_ROLE, RegisterModel
from app.gui.register_view import RegisterView
from db.models import Consumer, Letter, User
from db.models_deadlines import Resolution, ResolutionExecutor
from letters.actors import Actor, resolve_actor
from letters.queries import (
    SORT_COLUMNS,
    RegisterFilter,
    RegisterQuery,
    RegisterSort,
    all_register_rows,
    register_count,
    register_page,
)
from letters.register import LetterDraft, register_letter

CATEGORIES = ("billing", "recalculation", "meter_readings")
CHANNELS = ("post", "phone", "internet")


READER = Actor(0, "admin", "admin")  # sees the whole register


def fill(database, count: int) -> list[int]:
    """``count`` letters with varied fields; every third is linked, some are overdue."""
    ids = []
    with database.write() as session:
        actor = resolve_actor(session, None)
        session.add(Consumer(account="4000000001", full_name="Петров Пётр Петрович"))
        session.flush()
        start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
        for i in range(count):
            reg = register_letter(
                session,
                actor,
                LetterDraft(
                    received_on=dt.date(2026, 2, 27) + dt.timedelta(days=i % 5),
                    channel=CHANNELS[i % 3],
                    sender_name=f"{('Иванов', 'Сидорова', 'Ёлкин')[i % 3]} {i:03d}",
                    category=CATEGORIES[i % 3],
                    linked_account="4000000001" if i % 3 == 0 else None,
                    link_status="auto" if i % 3 == 0 else "none",
                ),
                now=start + dt.timedelta(days=i),
            )
            ids.append(reg.id)
        for i, letter_id in enumerate(ids):
            due = None if i % 4 == 0 else dt.date(2026, 3, 1) + dt.timedelta(days=(i * 7) % 40)
            status = "reply_sent" if i % 5 == 0 else "registered"
            session.execute(
                update(Letter).where(Letter.id == letter_id).values(due_on=due, status=status)
            )
    return ids


def paged(database, query: RegisterQuery, page: int) -> list[int]:
    ids, cursor = [], None
    with database.read() as session:
        while True:
            result = register_page(session, query, cursor, page, actor=READER)
            ids += [r.id for r in result.rows]
            if result.next_cursor is None:
                return ids
            cursor = result.next_cursor


def test_model_pages_lazily_and_passes_modeltester(qtmodeltester, database, monkeypatch) -> None:
    monkeypatch.setattr(register_model, "PAGE", 7)
    fill(database, 17)
    model = RegisterModel(database, READER)
    model.refresh()
    root = QModelIndex()
    assert model.rowCount() == 7
    assert model.total == 17
    assert model.canFetchMore(root)
    qtmodeltester.check(model)
    while model.canFetchMore(root):
        model.fetchMore(root)
    assert model.rowCount() == 17
    assert model.data(model.index(0, 3)) == "Сидорова 016"  # newest first
    assert model.data(model.index(0, 0), LETTER_ID_ROLE) == model.row_at(0).id
    qtmodeltester.check(model)


def test_model_loads_in_the_background(qtbot, qtmodeltester, database, monkeypatch) -> None:
    monkeypatch.setattr(register_model, "PAGE", 5)
    fill(database, 12)
    runner = JobRunner()
    model = RegisterModel(database, READER, runner=runner)
    with qtbot.waitSignal(model.count_changed, check_params_cb=lambda n: n == 12):
        model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 5 and not model.loading)
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one page in flight at a time
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.loading)
    # A filter change while a page is in flight: the stale page is dropped.
    model.fetchMore(QModelIndex())
    model.set_filter(RegisterFilter(channels=("phone",)))
    qtbot.waitUntil(lambda: model.total == 4 and not model.loading)
    assert {model.row_at(i).channel for i in range(model.rowCount())} == {"phone"}
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    runner.shutdown()


@pytest.mark.parametrize("key", sorted(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_follow_every_sort(database, key: str, descending: bool) -> None:
    fill(database, 23)
    query = RegisterQuery(sort=RegisterSort(key, descending))
    with database.read() as session:
        full = [r.id for r in all_register_rows(session, query, actor=READER)]
    assert sorted(full) == sorted(set(full)) and len(full) == 23
    for page in (1, 4, 23, 50):
        assert paged(database, query, page) == full
    with database.read() as session:
        rows = all_register_rows(session, query, actor=READER)
    if key == "due_on":  # NULLs are the smallest value: last descending, first ascending
        nulls = [r.due_on is None for r in rows]
        assert nulls == sorted(nulls, reverse=not descending)


def test_filters(database) -> None:
    ids = fill(database, 30)

    def count(**kw) -> int:
        with database.read() as session:
            found = register_count(session, RegisterFilter(**kw), actor=READER)
            query = RegisterQuery(RegisterFilter(**kw))
            listed = len(all_register_rows(session, query, actor=READER))
        assert found == listed
        return found

    assert count() == 30
    assert count(channels=("phone",)) == 10
    assert count(categories=("billing", "recalculation")) == 20
    assert count(statuses=("reply_sent",)) == 6
    assert count(linked=True) == 10
    assert count(linked=False) == 20
    assert count(registered_from=dt.date(2026, 3, 3), registered_to=dt.date(2026, 3, 5)) == 3
    overdue = count(overdue=True, today=dt.date(2026, 3, 20))
    with database.read() as session:
        rows = all_register_rows(session, RegisterQuery(), actor=READER)
    expected = [
        r for r in rows if r.due_on and r.due_on < dt.date(2026, 3, 20) and r.status != "reply_sent"
    ]
    assert overdue == len(expected) > 0
    assert count(text="сидорова") == 10  # Cyrillic, any case
    assert count(text="Ёлкин 002") == 1
    assert count(text="4000000") == 10  # account prefix
    with database.read() as session:
        first = session.get(Letter, ids[0])
        assert first is not None
        reg_no = first.reg_no
    assert count(text=reg_no) == 1
    assert count(text="100%") == 0  # LIKE wildcards are escaped
    with database.write() as session:
        executor = User(login="petrova", full_name="Петрова Анна")
        session.add(executor)
        session.flush()
        for letter_id, active in ((ids[1], True), (ids[2], False)):
            resolution = Resolution(letter_id=letter_id, executor_id=executor.id, active=active)
            session.add(resolution)
            session.flush()
            session.add(ResolutionExecutor(resolution_id=resolution.id, user_id=executor.id))
        executor_id = executor.id
    assert count(executor_id=executor_id) == 1  # only the active resolution counts


def test_view_filters_sort_open_and_jump(qtbot, database, monkeypatch) -> None:
    monkeypatch.setattr(register_model, "PAGE", 10)
    ids = fill(database, 25)
    with database.read() as session:
        actor = resolve_actor(session, None)
    view = RegisterView(database, actor)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    assert view.model.rowCount() == 10
    view.channel.setCurrentIndex(view.channel.findData("internet"))
    assert view.model.total == 8
    view.search.setText("ёлкин 0")
    qtbot.waitUntil(lambda: view.model.query.filter.text == "ёлкин 0")
    assert view.model.total == 8
    view.reset_filters()
    assert view.model.total == 25
    view.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    assert view.model.query.sort == RegisterSort("sender", False)
    view.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)  # no index
    assert view.model.query.sort == RegisterSort("sender", False)
    assert view.table.horizontalHeader().sortIndicatorSection() == 3
    view.jump_to_end()
    assert view.model.query.sort == RegisterSort("sender", True)
    view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    view.jump_to_end()  # registration order reversed: the oldest letter comes first
    assert view.model.row_at(0).id == ids[0]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    with qtbot.waitSignal(view.letter_requested, check_params_cb=lambda i: i == ids[0]):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_filtered_rows(qtbot, database, tmp_path: Path, suffix: str) -> None:
    fill(database, 12)
    with database.read() as session:
        actor = resolve_actor(session, None)
    runner = JobRunner()
    view = RegisterView(database, actor, runner)
    qtbot.addWidget(view)
    view.linked.setCurrentIndex(view.linked.findData(True))
    target = tmp_path / f"out{suffix}"
    job = view.export_to(target)
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert job.error is None, job.error.traceback
    assert job.result == 4
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        header, body = rows[0], rows[1:]
        registered = body[0][1]
        assert len(registered) == 16 and registered[2] == "." and registered[5] == "."
    else:
        workbook = load_workbook(target, read_only=True)
        values = [list(r) for r in workbook.active.iter_rows(values_only=True)]
        workbook.close()
        header, body = values[0], values[1:]
        assert isinstance(body[0][1], dt.datetime)
    assert header[0] == "Reg. No." and len(body) == 4
    assert {r[4] for r in body} == {"4000000001"}
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and not view.model.loading)
    assert [r[0] for r in body] == [view.model.row_at(i).reg_no for i in range(4)]
    assert not list(tmp_path.glob(".export-*"))
    runner.shutdown()


@pytest.mark.parametrize("shown_first", [True, False])
def test_long_columns_give_way_so_that_the_status_stays_in_view(
    qtbot, database, shown_first: bool
) -> None:
    fill(database, 12)
    with database.write() as session:
        long_name = "Константинопольская-Верхнеднепровская " * 3
        session.execute(update(Letter).values(sender_name=long_name))
    with database.read() as session:
        actor = resolve_actor(session, None)
    view = RegisterView(database, actor)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    if shown_first:
        view.show()
        qtbot.waitExposed(view)
    view.refresh()  # the app loads the register while another section is on screen
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    if not shown_first:
        view.show()
        qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    status = next(c for c, (code, _) in enumerate(register_model.COLUMNS) if code == "status")
    right_edge = header.sectionPosition(status) + header.sectionSize(status)
    assert right_edge <= view.table.viewport().width()
    sender = view.model.index(0, 3)
    assert header.sectionSize(3) < 320
    assert view.model.data(sender, Qt.ItemDataRole.ToolTipRole).startswith("Константинопольская")

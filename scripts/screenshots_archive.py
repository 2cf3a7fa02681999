"""The archive section (run by ``scripts/screenshots.py``).

Builds a small register signed in as an archivist: closed letters of 2018 to 2020 filed
into the appeals case «01-12» of their year; two of the 2018 letters destroyed by a
confirmed act of 1 March 2024 (their tombstones stay), the third filed late; a draft
destruction act of 1 March 2025 listing the late 2018 letter and the 2019 case (so the
2020 letters are due today and not in an act yet); closed letters of 2021 not filed yet
and open letters of this year. Saves:

    register_file_menu   the register: closed letters selected, the context menu with
                         «File into a case…»
    archive_file         the Cases page opened from the register with the letters ready
    archive_cases        the Cases page after filing them: the heading «01-12» chosen, its
                         cases by year, and the letters of the 2018 case (tombstones and
                         a letter in the draft act)
    archive_retention    the Retention page: letters due today and the acts
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shots_common import SIZE, save, save_with_popup, wait, wait_until

ARCHIVIST = ("sidorova", "Сидорова Анна Ильинична")
ACT_AS_OF = dt.date(2025, 3, 1)
DESTROYED_AS_OF = dt.date(2024, 3, 1)  # the confirmed act of the 2018 case
SHOWN_CASE = 2018  # the case whose letters the archive_cases shot lists
# (registered, sender, category, summary, status); filed: the years before 2021
LETTERS = (
    ("2018-02-09", "Лебедев Сергей Павлович", "billing", "Ошибка в квитанции", "done"),
    ("2018-05-23", "Фомина Ольга Витальевна", "meter_readings", "Показания не учтены", "done"),
    ("2018-12-03", "Зуева Галина Петровна", "recalculation", "Перерасчёт за ноябрь", "reply_sent"),
    ("2019-03-12", "Соколова Вера Андреевна", "billing", "Жалоба на начисления", "done"),
    ("2019-06-04", "Титов Алексей Михайлович", "recalculation", "Просит перерасчёт", "reply_sent"),
    ("2019-10-21", "Белова Ирина Олеговна", "meter_readings", "Показания счётчика", "done"),
    ("2020-02-17", "Орлов Игорь Дмитриевич", "disconnection", "Об отключении", "done"),
    ("2020-07-08", "Наумова Нина Павловна", "power_quality", "Перепады напряжения", "reply_sent"),
    ("2020-11-30", "Громов Пётр Ильич", "contract", "Переоформление договора", "forwarded"),
    ("2021-01-19", "Рябова Татьяна Григорьевна", "meter_service", "Замена счётчика", "done"),
    ("2021-04-05", "Матвеева Ирина Артемовна", "billing", "Двойная оплата", "reply_sent"),
    ("2021-09-14", "Киселёв Олег Викторович", "complaint", "Грубость оператора", "done"),
    ("2026-10-27", "Ерёмина Надежда Олеговна", "billing", "Перерасчёт за август", "in_progress"),
    ("2026-11-09", "Савельева Тамара Артемовна", "connection", "Техприсоединение", "registered"),
)  # fmt: skip
TO_FILE = 2021  # the year of the letters the register's action files in the shots


def build(folder: Path):  # type: ignore[no-untyped-def]
    from db.engine import Database
    from db.migrate import upgrade
    from db.models import Letter, User
    from db.store import FileStore
    from letters.actors import resolve_actor
    from letters.archive import file_letters
    from letters.archive_acts import confirm_act, create_act
    from letters.register import FileDraft, LetterDraft, PageDraft, register_letter

    database = Database(f"sqlite:///{folder / 'mailroom.sqlite3'}")
    upgrade(database.engine)
    store = FileStore(folder / "store")
    with database.write() as session:
        admin = resolve_actor(session, None)
        session.add(User(login=ARCHIVIST[0], full_name=ARCHIVIST[1], role="archivist"))
        filed: list[str] = []
        for number, (day, sender, category, summary, status) in enumerate(LETTERS):
            when = dt.datetime.fromisoformat(f"{day}T09:{10 + number:02d}:00+03:00")
            text = f"{sender}. {summary}."
            scans = [
                FileDraft(store.put_bytes(f"scan {number} {n}".encode()), "image/png", "page")
                for n in range(1 + number % 3)
            ]
            source = FileDraft(
                store.put_bytes(f"%PDF {number}".encode()), "application/pdf", "source"
            )
            draft = LetterDraft(
                received_on=when.date() - dt.timedelta(days=2),
                sender_name=sender,
                sender_address="г. Калининград, ул. Мира, д. 12, кв. 5",
                category=category,
                summary=summary,
                full_text=text,
                needs_review=False,
                content_hash=source.blob.sha256,
                pages=[PageDraft(image=scan, ocr_text=text) for scan in scans],
                files=[source],
            )
            registered = register_letter(session, admin, draft, now=when)
            session.get(Letter, registered.id).status = status  # type: ignore[union-attr]
            if when.year < TO_FILE:
                filed.append(registered.reg_no)
        session.flush()
        archivist = resolve_actor(session, ARCHIVIST[0])
        file_letters(session, archivist, filed[:2])  # filed in time, destroyed by an act
        old = create_act(session, archivist, DESTROYED_AS_OF)
        confirm_act(session, archivist, old.number, store)
        file_letters(session, archivist, filed[2:])  # the third 2018 letter filed late
        act = create_act(session, archivist, ACT_AS_OF)
    return database, store, archivist, act.number


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app.gui.main_window import MainWindow
    from app.gui.register_replies import letter_menu

    folder = work / language
    folder.mkdir()
    database, _store, archivist, act_number = build(folder)
    saved: list[Path] = []

    window = MainWindow(database, folder / "store", actor=archivist)
    window.resize(*SIZE)
    window.show()
    window.show_section("register")
    register = window.register
    wait_until(lambda: register.model.rowCount() == len(LETTERS))
    rows = register.model.rowCount()
    to_file = [r for r in range(rows) if register.model.row_at(r).received_on.year == TO_FILE]
    selection = register.table.selectionModel()
    for row in to_file:
        selection.select(
            register.model.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    wait(300)
    menu = letter_menu(register, archivist)
    last = register.table.visualRect(register.model.index(to_file[-1], 3))
    menu.popup(register.table.viewport().mapToGlobal(last.center()))
    wait_until(menu.isVisible)
    menu.setActiveAction(next(a for a in menu.actions() if a.objectName() == "file_into_case"))
    saved.append(save_with_popup(window, menu, out, language, "register_file_menu"))
    menu.close()

    register.request_filing()  # what the menu's entry does
    cases = window.archive_view.cases  # type: ignore[union-attr]
    wait_until(lambda: cases.table.rowCount() > 0)
    saved.append(save(window, out, language, "archive_file", 300))
    changed: list[bool] = []
    cases.changed.connect(lambda: changed.append(True))
    cases.file_letters()
    wait_until(lambda: changed)
    cases.select_heading("01-12")
    wait_until(lambda: SHOWN_CASE in cases.cases_shown)
    cases.select_case(SHOWN_CASE)
    wait_until(lambda: cases.letters_table.rowCount() > 0)
    cases.letters_table.setFocus()
    saved.append(save(window, out, language, "archive_cases", 300))

    retention = window.archive_view.retention  # type: ignore[union-attr]
    window.archive_view.setCurrentWidget(retention)  # type: ignore[union-attr]
    wait_until(lambda: retention.table.rowCount() > 0 and retention.due.rowCount() > 0)
    retention.select_act(act_number)
    retention.table.setFocus()
    saved.append(save(window, out, language, "archive_retention", 300))
    window.close()
    wait(100)
    database.dispose()
    return saved

"""The main screens: intake (before, during and after an import), the verification station,
the register, the consumers, a consumer card, a letter card and the general settings.

Builds a small demo register with ``letters.demo`` once (into ``work/base``, or reuses the
folder given to ``scripts/screenshots.py --demo``); every language gets a fresh copy and
imports the demo's waiting letters through the intake.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEventLoop
from shots_common import SIZE, save, wait, wait_until

DEMO: Path | None = None  # set by ``screenshots.py --demo``


def build_demo(folder: Path) -> Path:
    """The demo register, built once into ``folder`` (kept if it is there already)."""
    from db.engine import Database
    from db.migrate import upgrade
    from db.store import FileStore
    from letters import demo

    database = Database(demo.default_database_url(folder))
    upgrade(database.engine)
    demo.build_demo(
        database,
        FileStore(folder / "store"),
        folder,
        consumers=300,
        history_letters=3,
        waiting_letters=4,
        say=lambda step, count: print(f"demo: {step} {count}", flush=True),
    )
    database.dispose()
    return folder


def _card_subjects(database: object) -> tuple[int, str]:
    """A scanned letter for the letter card, the account with most appeals for its card."""
    from sqlalchemy import func, select

    from db.models import Consumer, Letter

    with database.read() as session:  # type: ignore[attr-defined]
        letter_id = session.scalar(
            select(Letter.id)
            .where(Letter.page_count > 0, Letter.sender_name != "")
            .order_by(Letter.page_count.desc(), Letter.id)
        )
        account = session.scalar(
            select(Consumer.account)
            .join(Letter, Letter.consumer_id == Consumer.id)
            .group_by(Consumer.account)
            .order_by(func.count(Letter.id).desc(), Consumer.account)
        )
    assert letter_id is not None and account is not None, "the demo has scanned, linked letters"
    return letter_id, account


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app import workstation as ws
    from app.gui.letter_card import LetterCardDialog
    from app.gui.main_window import MainWindow
    from db.engine import Database
    from letters import demo

    base = build_demo(DEMO or work / "base")
    folder = work / language
    shutil.copytree(base, folder)
    url = demo.default_database_url(folder)
    database = Database(url)
    settings = ws.Workstation(
        database_url=url,
        store_dir=str(folder / "store"),
        hot_folder=str(folder / "inbox"),
        quarantine_dir=str(folder / "quarantine"),
    )
    window = MainWindow(
        database, folder / "store", workstation=settings, workstation_path=folder / "ws.json"
    )
    window.resize(*SIZE)
    window.show()
    saved = []

    def grab(name: str, widget: object = window, msecs: int = 700) -> None:
        saved.append(save(widget, out, language, name, msecs))  # type: ignore[arg-type]

    window.show_section("incoming")
    window.incoming.setCurrentWidget(window.intake)
    grab("intake")
    intake = window.intake
    assert intake is not None
    loop = QEventLoop()
    finished: list[object] = []
    intake.import_finished.connect(finished.append)
    intake.import_finished.connect(lambda _report: loop.quit())
    intake.start_import(hot=True)
    wait(6000)
    grab("intake_running")
    if not finished:
        loop.exec()
    grab("intake_done")
    window.incoming.setCurrentIndex(1)
    wait(3000)  # the station loads the first card and its page images
    grab("verification")
    window.show_section("register")
    grab("register")
    window.show_section("consumers")
    window.consumers.search_box.setText("Иван")
    window.consumers.run_search()
    grab("consumers")
    window.show_section("settings")
    grab("settings")

    letter_id, account = _card_subjects(database)
    window.open_consumer(account)
    card = window.consumer_cards[-1]
    shown: list[bool] = []
    card.loaded.connect(lambda: shown.append(True))  # type: ignore[attr-defined]
    wait_until(lambda: shown)
    grab("consumer_card", card)
    card.close()
    letter = LetterCardDialog(database, folder / "store", window.actor, letter_id, window)
    loaded: list[bool] = []
    letter.loaded.connect(lambda: loaded.append(True))
    letter.resize(SIZE[0] - 80, SIZE[1] - 40)
    letter.show()
    wait_until(lambda: loaded)
    wait_until(lambda: not letter.viewer.shown_pixmap().isNull())
    grab("letter_card", letter)
    letter.close()

    window.close()
    wait(100)
    database.dispose()
    return saved

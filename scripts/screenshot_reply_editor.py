"""The reply editor (run by ``scripts/screenshots.py``).

Builds a small demo register (appeals only, no OCR) once, opens the editor on a request for
a recalculation, fills the suggested template with its example values and saves
``app_<lang>_reply_editor.png`` (with the preview), ``app_<lang>_reply_editor_missing.png``
(one required value left out: the list of what is still needed) and, after registering it
as outgoing, ``app_<lang>_reply_editor_registered.png`` and the envelope offer
(``app_<lang>_reply_envelope_offer.png``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from shots_common import save

SIZE = (1360, 860)


def build(folder: Path) -> None:
    from db.engine import Database
    from db.migrate import upgrade
    from db.store import FileStore
    from letters import demo

    database = Database(demo.default_database_url(folder))
    upgrade(database.engine, "heads")
    demo.build_demo(
        database,
        FileStore(folder / "store"),
        folder,
        consumers=60,
        history_letters=0,
        appeals=8,
        waiting_letters=1,
    )
    database.dispose()


def wait_for(signal: object, msecs: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from sqlalchemy import select

    from app.gui.reply_editor import ReplyEditor
    from db.engine import Database
    from db.models import Letter
    from db.store import FileStore
    from letters import demo
    from letters.actors import resolve_actor
    from letters.reply_templates import load_shipped

    base = work / "base"
    if not base.exists():
        build(base)
    folder = work / language
    shutil.copytree(base, folder)
    database = Database(demo.default_database_url(folder))
    with database.write() as session:
        actor = resolve_actor(session, None)
        letter_id = session.scalar(
            select(Letter.id).where(Letter.category == "recalculation", Letter.sender_name != "")
        )
    assert letter_id is not None, "the demo has a request for a recalculation"
    editor = ReplyEditor(database, FileStore(folder / "store"), actor, [letter_id])
    editor.resize(*SIZE)
    editor.show()
    wait_for(editor.started)
    template = load_shipped()["recalc_done"]
    examples = {f.name: f.example for f in template.fields}
    editor.choose_template(template.code)
    saved = []
    for name, value in examples.items():
        if name != "bill_month":
            editor.form.set_value(name, value)
    wait_for(editor.problems_shown)
    saved.append(save(editor, out, language, "reply_editor_missing"))
    editor.form.set_value("bill_month", examples["bill_month"])
    wait_for(editor.preview_ready)
    saved.append(save(editor, out, language, "reply_editor"))
    editor.register_now()
    wait_for(editor.registered)
    saved.append(save(editor, out, language, "reply_editor_registered"))
    if editor.envelope_offer is not None:
        saved.append(save(editor.envelope_offer, out, language, "reply_envelope_offer", 0))
        editor.envelope_offer.reject()
    editor.close()
    database.dispose()
    return saved

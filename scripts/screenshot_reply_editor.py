#!/usr/bin/env python3
"""Save offscreen screenshots of the reply editor, in Russian and in English.

    .venv/bin/python scripts/screenshot_reply_editor.py [--out docs/screenshots]

Builds a small demo register (appeals only, no OCR), opens the editor on a request for a
recalculation, fills the suggested template with its example values and saves
``app_<lang>_reply_editor.png`` (with the preview), ``app_<lang>_reply_editor_missing.png``
(one required value left out: the list of what is still needed) and, after registering it
as outgoing, ``app_<lang>_reply_editor_registered.png`` and the envelope offer.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

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


def shoot(language: str, base: Path, work: Path, out: Path) -> list[Path]:
    from sqlalchemy import select

    from app.gui.reply_editor import ReplyEditor
    from db.engine import Database
    from db.models import Letter
    from db.store import FileStore
    from letters import demo
    from letters.actors import resolve_actor
    from letters.reply_templates import load_shipped

    screenshots.install_language(language)
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
    screenshots.wait(600)
    path = out / f"app_{language}_reply_editor_missing.png"
    editor.grab().save(str(path))
    saved.append(path)
    editor.form.set_value("bill_month", examples["bill_month"])
    wait_for(editor.preview_ready)
    screenshots.wait(600)
    path = out / f"app_{language}_reply_editor.png"
    editor.grab().save(str(path))
    saved.append(path)
    editor.register_now()
    wait_for(editor.registered)
    screenshots.wait(600)
    path = out / f"app_{language}_reply_editor_registered.png"
    editor.grab().save(str(path))
    saved.append(path)
    if editor.envelope_offer is not None:
        path = out / f"app_{language}_reply_envelope_offer.png"
        editor.envelope_offer.grab().save(str(path))
        saved.append(path)
        editor.envelope_offer.reject()
    editor.close()
    database.dispose()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=screenshots.ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mailroom-reply-shots-") as tmp:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(["screenshots"])
        app.setApplicationName("Mailroom")
        app.setOrganizationName("Mailroom")
        base = Path(tmp) / "demo"
        build(base)
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("ru", "en"):
            for path in shoot(language, base, Path(tmp), args.out):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

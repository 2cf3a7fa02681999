"""Worker process for the concurrent numbering test: registers N documents.

Workers tagged ``…i`` register incoming letters only; workers tagged ``…o`` alternate an
incoming letter with a real outgoing reply to it (``register_reply``: the ИСХ journal, the
archive PDF in the store), so both numbering paths race at once.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from db.engine import Database
from db.store import FileStore
from letters.actors import resolve_actor
from letters.outgoing import register_reply
from letters.register import LetterDraft, register_letter
from letters.replies import prepare_reply
from letters.reply_templates import load_shipped

TEMPLATE = "free_text"


def _values() -> dict[str, str]:
    template = load_shipped()[TEMPLATE]
    return {f.name: f.example or "текст" for f in template.fields}


def main(url: str, count: int, tag: str, store_dir: str) -> None:
    database = Database(url)
    store = FileStore(Path(store_dir))
    values = _values()
    last_letter = 0
    for i in range(count):
        with database.write() as session:
            actor = resolve_actor(session, None)
            if tag.endswith("o") and i % 2:
                doc = prepare_reply(session, actor, [last_letter], TEMPLATE, values)
                register_reply(session, actor, store, doc)
                continue
            last_letter = register_letter(
                session,
                actor,
                LetterDraft(
                    received_on=dt.date(2026, 11, 20),
                    sender_name="Петров Пётр Петрович",
                    sender_address="236000, г. Калининград, ул. Мира, д. 1, кв. 2",
                    sender_postal_code="236000",
                    content_hash=f"{tag}-{i}",
                    summary=f"worker {tag} letter {i}",
                ),
            ).id
    database.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])

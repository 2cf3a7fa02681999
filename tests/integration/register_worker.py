"""Worker process for the concurrent numbering test: registers N letters."""

from __future__ import annotations

import datetime as dt
import sys

from db.engine import Database
from letters.actors import resolve_actor
from letters.register import LetterDraft, register_letter


def main(url: str, count: int, tag: str) -> None:
    database = Database(url)
    for i in range(count):
        journal = "outgoing" if tag.endswith("o") and i % 2 else "incoming"
        with database.write() as session:
            actor = resolve_actor(session, None)
            register_letter(
                session,
                actor,
                LetterDraft(
                    received_on=dt.date(2026, 11, 20),
                    journal=journal,
                    content_hash=f"{tag}-{i}",
                    summary=f"worker {tag} letter {i}",
                ),
            )
    database.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])

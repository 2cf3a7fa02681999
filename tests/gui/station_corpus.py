"""Letters for the station's GUI tests, built once per test session through the real
pipeline (generated scans → OCR → fields → link → registration), then copied per test.

OCR costs ~2–5 s a page here, so the six pages are read once; every test gets its own
copy of the SQLite file and the store.
"""

from __future__ import annotations

import datetime as dt
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import SADeprecationWarning

from db.engine import Database
from db.migrate import upgrade
from db.models import Letter, LetterFile, User
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.capture import ImportOptions, import_files
from letters.consumers import import_registry
from tests.corpus.generate import make_letters, make_registry, write_registry_csv

# letter_0002: one page, exact account; 0003: two pages, exact; 0008: mistyped account;
# 0010: two pages, no account. Chosen from seed 11 (see tests/corpus).
FILES = ("letter_0002.pdf", "letter_0003.pdf", "letter_0008.pdf", "letter_0010.pdf")
SEED = 11


@dataclass
class Corpus:
    root: Path
    registry: list[dict[str, str]]

    @property
    def db_file(self) -> Path:
        return self.root / "db.sqlite3"


@dataclass
class Env:
    database: Database
    store: FileStore
    actor: Actor
    registry: list[dict[str, str]]
    ids: dict[str, int]  # source file name -> letter id

    def other_actor(self, login: str = "petrova") -> Actor:
        with self.database.write() as session:
            if session.scalar(select(User).where(User.login == login)) is None:
                session.add(User(login=login, full_name="Петрова О. В.", role="clerk"))
        with self.database.write() as session:
            return resolve_actor(session, login)

    def letter(self, letter_id: int) -> Letter:
        with self.database.read() as session:
            row = session.get(Letter, letter_id)
            assert row is not None
            return row

    def make_suggested(self, letter_id: int, accounts: list[str]) -> None:
        """As ``letters.linking`` leaves a letter it is unsure of: unlinked, with ranked
        candidates (set here so that Ctrl+2 always has a second candidate)."""
        candidates = [
            {
                "account": a,
                "score": round(0.7 - 0.1 * i, 2),
                "method": "name_address",
                "reasons": [],
            }
            for i, a in enumerate(accounts)
        ]
        with self.database.write() as session:
            session.execute(
                update(Letter)
                .where(Letter.id == letter_id)
                .values(
                    candidates=candidates,
                    link_status="suggested",
                    consumer_id=None,
                    needs_review=True,
                    version=Letter.version + 1,
                )
            )


def build(root: Path) -> Corpus:
    registry = make_registry(80, SEED)
    if (root / "done").is_file():
        return Corpus(root, registry)
    root.mkdir(parents=True, exist_ok=True)
    make_letters(registry, 10, SEED, root / "gen", formats=("pdf", "png"), multipage_share=0.4)
    inbox = root / "inbox"
    inbox.mkdir(exist_ok=True)
    for name in FILES:
        shutil.copy(root / "gen" / "letters" / name, inbox / name)
    write_registry_csv(registry, root / "registry.csv")
    database = Database(f"sqlite:///{root / 'db.sqlite3'}")
    upgrade(database.engine)
    with database.write() as session, warnings.catch_warnings():
        # letters.consumers still calls Result.tuples(), deprecated in SQLAlchemy 2.1
        warnings.simplefilter("ignore", SADeprecationWarning)
        import_registry(session, resolve_actor(session, None), root / "registry.csv")
    report = import_files(
        database,
        FileStore(root / "store"),
        [inbox],
        ImportOptions(received_on=dt.date(2026, 3, 2), jobs=2),
    )
    assert report.letters == len(FILES), [
        (o.path.name, o.status, o.reason) for o in report.outcomes
    ]
    database.dispose()
    (root / "done").write_text("ok")
    return Corpus(root, registry)


@pytest.fixture(scope="session")
def station_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build(tmp_path_factory.getbasetemp() / "station-corpus")


@pytest.fixture
def env(station_corpus: Corpus, tmp_path: Path):
    """A private copy of the corpus database and store for one test."""
    shutil.copy(station_corpus.db_file, tmp_path / "db.sqlite3")
    shutil.copytree(station_corpus.root / "store", tmp_path / "store")
    database = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with database.write() as session:
        actor = resolve_actor(session, None)
        ids = {
            name: letter_id
            for name, letter_id in session.execute(
                select(LetterFile.name, LetterFile.letter_id).where(LetterFile.role == "source")
            )
        }
    yield Env(database, FileStore(tmp_path / "store"), actor, station_corpus.registry, ids)
    database.dispose()

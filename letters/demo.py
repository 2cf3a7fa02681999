"""A demo register for newcomers: synthetic consumers, some history, letters waiting.

``build_demo`` fills an empty database and store with a generated consumer registry,
history (a few generated letters run through the real capture pipeline, and phone and
internet appeals registered as the call-centre would), and leaves a folder of synthetic
scanned letters in ``inbox/`` for the user to import. A ``demo.json`` marker written last
makes a second run reuse the demo. Generation uses the test corpus (``tests/corpus``) of a
source checkout; an installed copy without it fails with :class:`DemoUnavailable`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType

from sqlalchemy import func, select

from db.engine import Database, data_dir
from db.models import Consumer, Letter
from db.store import FileStore
from letters.actors import resolve_actor
from letters.capture import ImportOptions, import_files
from letters.consumers import import_registry
from letters.register import LetterDraft, register_letter

MARKER = "demo.json"
Say = Callable[[str, int], None]  # (step, count): registry | appeals | history | inbox

# (channel, category, summary) of appeals taken by phone and through the web site.
APPEALS = (
    ("phone", "meter_readings", "Передал показания прибора учёта: {n} кВт·ч"),
    ("internet", "billing", "Вопрос о задолженности в квитанции за прошлый месяц"),
    ("internet", "recalculation", "Просит сделать перерасчёт за период отсутствия"),
    ("phone", "disconnection", "Уточняет причину ограничения подачи электроэнергии"),
    ("internet", "contract", "Переоформление договора энергоснабжения на нового собственника"),
    ("phone", "power_quality", "Жалоба на перепады напряжения по вечерам"),
    ("phone", "meter_service", "Заявка на замену прибора учёта, истёк срок поверки"),
    ("internet", "complaint", "Жалоба на долгое ожидание ответа на обращение"),
)


class DemoUnavailable(Exception):
    """The synthetic-letter generator (``tests/corpus``) cannot be imported."""


class DemoNotEmpty(Exception):
    """The database already holds data that is not this demo's: refuse to add demo data."""


@dataclass(frozen=True, slots=True)
class DemoInfo:
    folder: str
    database_url: str
    store_dir: str
    inbox: str
    quarantine: str
    consumers: int
    letters: int
    waiting: int
    created: str


def default_folder() -> Path:
    return data_dir() / "demo"


def default_database_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'demo.sqlite3'}"


def load_generator() -> ModuleType:
    """``tests.corpus.generate`` of the source tree this package runs from."""
    root = Path(__file__).resolve().parents[1]
    if (root / "tests" / "corpus" / "generate.py").is_file() and str(root) not in sys.path:
        sys.path.insert(0, str(root))
    try:
        return importlib.import_module("tests.corpus.generate")
    except ImportError as exc:
        raise DemoUnavailable(
            "the demo needs the synthetic letter generator tests/corpus of a Mailroom source "
            f"checkout (not found next to {root}); run it from the source tree"
        ) from exc


def read_marker(folder: Path) -> DemoInfo | None:
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
        return DemoInfo(**data)
    except (OSError, ValueError, TypeError):
        return None


def _is_empty(database: Database) -> bool:
    with database.read() as session:
        letters = session.scalar(select(func.count(Letter.id))) or 0
        consumers = session.scalar(select(func.count(Consumer.id))) or 0
    return letters == 0 and consumers == 0


def _register_appeals(
    database: Database, registry: list[dict[str, str]], count: int, seed: int
) -> int:
    rng = random.Random(f"demo-appeals-{seed}")
    now = dt.datetime.now(dt.UTC)
    moments = sorted((rng.uniform(1, 25) for _ in range(count)), reverse=True)
    with database.write() as session:
        actor = resolve_actor(session, None)
        for i, days_ago in enumerate(moments):
            channel, category, summary = APPEALS[i % len(APPEALS)]
            when = now - dt.timedelta(days=days_ago)
            anonymous = channel == "internet" and i % 5 == 4
            row = registry[rng.randrange(len(registry))]
            register_letter(
                session,
                actor,
                LetterDraft(
                    received_on=when.date(),
                    channel=channel,
                    sender_name="" if anonymous else row["full_name"],
                    sender_phone="" if anonymous else row["phone"],
                    sender_email="" if anonymous else row["email"],
                    sender_address="" if anonymous else row["address"],
                    sender_postal_code="" if anonymous else row["postal_code"],
                    account_captured="" if anonymous else row["account"],
                    linked_account=None if anonymous else row["account"],
                    link_status="none" if anonymous else "confirmed",
                    link_method="none" if anonymous else "manual",
                    link_score=0.0 if anonymous else 1.0,
                    category=category,
                    category_confidence=1.0,
                    summary=summary.format(n=rng.randint(1000, 9999)),
                    needs_review=False,
                ),
                now=when,
            )
    return count


def build_demo(
    database: Database,
    store: FileStore,
    folder: Path,
    *,
    consumers: int = 300,
    history_letters: int = 3,
    appeals: int = 8,
    waiting_letters: int = 6,
    seed: int = 2026,
    ocr_jobs: int = 0,
    say: Say | None = None,
) -> DemoInfo:
    """Fill an empty ``database`` and ``store``; write the inbox and the marker into ``folder``.

    Raises ``DemoNotEmpty`` for a database with data and no marker, ``DemoUnavailable``
    without the generator, and ``ocr.tesseract.TesseractMissing`` without tesseract.
    """
    existing = read_marker(folder)
    if existing is not None:
        return existing
    if not _is_empty(database):
        raise DemoNotEmpty(database.describe())
    say = say or (lambda _step, _count: None)
    generate = load_generator()
    folder.mkdir(parents=True, exist_ok=True)
    inbox, quarantine = folder / "inbox", folder / "quarantine"
    shutil.rmtree(inbox, ignore_errors=True)  # leftovers of an interrupted build
    registry = generate.make_registry(consumers, seed)
    registry_file = folder / "registry.csv"
    generate.write_registry_csv(registry, registry_file)
    say("registry", consumers)
    with database.write() as session:
        import_registry(session, resolve_actor(session, None), registry_file)
    say("appeals", appeals)
    _register_appeals(database, registry, appeals, seed)
    with tempfile.TemporaryDirectory(prefix="mailroom-demo-") as tmp:
        if history_letters:
            say("history", history_letters)
            history = Path(tmp) / "history"
            generate.make_letters(registry, history_letters, seed, history)
            options = ImportOptions(quarantine_dir=quarantine, jobs=ocr_jobs)
            import_files(database, store, [history / "letters"], options)
        say("inbox", waiting_letters)
        waiting = Path(tmp) / "waiting"
        generate.make_letters(registry, waiting_letters, seed + 1, waiting)
        inbox.mkdir(parents=True)
        for path in sorted((waiting / "letters").iterdir()):
            shutil.move(str(path), inbox / f"scan_{path.name.removeprefix('letter_')}")
    with database.read() as session:
        letters = int(session.scalar(select(func.count(Letter.id))) or 0)
    info = DemoInfo(
        folder=str(folder),
        database_url=database.describe(),
        store_dir=str(store.root),
        inbox=str(inbox),
        quarantine=str(quarantine),
        consumers=consumers,
        letters=letters,
        waiting=waiting_letters,
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    (folder / MARKER).write_text(json.dumps(asdict(info), ensure_ascii=False, indent=2), "utf-8")
    return info

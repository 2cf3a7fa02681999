"""Faults: imports and registrations are SIGKILLed at random points, at least 20 times, and
rerun; after the reruns every source is registered exactly once, no page is lost, no
number is skipped or doubled, and ``mailroom doctor`` exits 0.

Each round, three clerks work at once: one imports a scanned letter, one registers a phone
call (``phone add``), one registers an outgoing reply (``reply --register``); each is
killed at a random point of its own work. Kill points follow the work's progress, never
the wall clock, so a faster machine kills at the same kinds of points:

- the import is killed at a random moment before its letter is committed, or right after
  the commit is seen (the register is polled, as in ``test_split_and_recovery``);
- a registration kills itself at a random step counted by a small launcher: each SQL
  statement, each commit, and each store write both before it and once the data is in
  the temporary file (before its rename). The number of steps is measured by a whole run
  first. The launcher kills its whole process group, as a power cut would.

Then each is rerun as the clerk would: the import as it was (it is idempotent), a
registration only if the register does not show it.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.migrate import upgrade
from db.models import Letter, Page, RegistrationCounter
from db.models_replies import Reply, ReplyLetter
from letters.actors import resolve_actor
from tests.corpus.generate import make_letters, make_registry
from tests.e2e.conftest import ROOT
from tests.integration.test_replies import make_letter

MIN_KILLS = 21
LAUNCHER = """
import os, signal, sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from db.store import FileStore

kill_at = int(os.environ.get("FAULT_KILL_AT") or 0)
steps = 0


def step(*_args, **_kwargs):
    global steps
    steps += 1
    if steps == kill_at:
        os.killpg(0, signal.SIGKILL)


event.listen(Engine, "before_cursor_execute", step)
event.listen(Engine, "commit", step)
event.listen(Session, "after_commit", step)
_write = FileStore._write_atomically


def write_atomically(self, target, write):
    step()

    def killable(fh):
        write(fh)
        step()

    return _write(self, target, killable)


FileStore._write_atomically = write_atomically
import app.cli

code = app.cli.main(sys.argv[1:])
Path(os.environ["FAULT_STEPS_FILE"]).write_text(str(steps))
sys.exit(code)
"""


class Register:
    """What the register holds, read in-process between runs."""

    def __init__(self, db_url: str) -> None:
        self.database = Database(db_url)

    def check(self, sources: dict[str, int], calls: list[str], replied: list[int]) -> None:
        with self.database.read() as session:
            by_hash = dict(
                session.execute(
                    select(Letter.content_hash, func.count(Letter.id))
                    .where(Letter.content_hash.is_not(None))
                    .group_by(Letter.content_hash)
                ).all()
            )
            assert by_hash == dict.fromkeys(sources, 1), "a source registered twice or never"
            pages = dict(
                session.execute(
                    select(Letter.content_hash, func.count(Page.id))
                    .join(Page, Page.letter_id == Letter.id)
                    .where(Letter.content_hash.is_not(None))
                    .group_by(Letter.content_hash)
                ).all()
            )
            assert pages == sources, "pages lost"
            for call in calls:
                found = session.scalar(select(func.count()).where(Letter.summary == call))
                assert found == 1, f"call {call!r} registered {found} times"
            for letter_id in replied:
                found = session.scalar(
                    select(func.count()).where(ReplyLetter.letter_id == letter_id)
                )
                assert found == 1, f"letter {letter_id} replied {found} times"
            numbers: dict[tuple[str, int], list[int]] = {}
            for model in (Letter, Reply):
                for journal, year, seq in session.execute(
                    select(model.journal, model.reg_year, model.reg_seq)
                ):
                    numbers.setdefault((journal, year), []).append(seq)
            counters = {
                (c.journal, c.year): c.last_seq
                for c in session.scalars(select(RegistrationCounter))
            }
        for key, seqs in numbers.items():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"{key}: {sorted(seqs)}"
            assert counters[key] == len(seqs), key

    def close(self) -> None:
        self.database.dispose()


def _seed_letters(db_url: str, count: int) -> list[tuple[int, str]]:
    """Letters of distinct consumers to reply to (registered directly, no OCR)."""
    database = Database(db_url)
    try:
        upgrade(database.engine)
        with database.write() as session:
            actor = resolve_actor(session, None)
            ids = [
                make_letter(session, actor, account=f"3900777{k:05d}", name=f"Иванов Пётр {k}")
                for k in range(count)
            ]
            return [(i, str(session.get(Letter, i).reg_no)) for i in ids]  # type: ignore[union-attr]
    finally:
        database.dispose()


@dataclass
class Job:
    """One clerk's action: its command, and whether the register shows it done."""

    kind: str  # import | phone | reply
    args: list[str]
    done: Callable[[], bool]
    idempotent: bool = False  # rerun as it was, whether or not it got through
    ok: tuple[int, ...] = (0,)


@pytest.mark.slow
def test_kill_imports_and_registrations_at_random_points(
    db_url: str, store_dir: Path, tmp_path: Path
) -> None:
    rnd = random.Random(20261125)
    gen = tmp_path / "gen"
    truth = make_letters(make_registry(40, 11), 10, 11, gen, formats=("png", "jpeg", "pdf"))
    files = [(gen / t.file, t.pages) for t in truth]
    to_reply = _seed_letters(db_url, 10)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        MAILROOM_DB=db_url,
        MAILROOM_STORE=str(store_dir),
        PYTHONIOENCODING="utf-8",
    )
    base = [sys.executable, "-c", LAUNCHER, "--lang", "en"]
    register = Register(db_url)
    sources: dict[str, int] = {}
    calls: list[str] = []
    replied: list[int] = []
    steps: dict[str, int] = {}  # steps of the last whole run of each kind
    kills = {"import": 0, "phone": 0, "reply": 0}
    import_seconds = [4.0]  # until the first whole import is timed
    history: list[str] = []  # every run's command, kill point and output, for a failure

    def story() -> str:
        return "\n".join(history[-12:])

    def start(job: Job, kill_at: int = 0) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*base, *job.args],
            env=dict(
                env,
                FAULT_KILL_AT=str(kill_at),
                FAULT_STEPS_FILE=str(tmp_path / f"steps-{job.kind}"),
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )

    def run_whole(jobs: list[Job]) -> None:
        began = time.monotonic()
        running = [(job, start(job)) for job in jobs]
        for job, proc in running:
            output, _ = proc.communicate(timeout=600)
            if job.kind == "import":  # how long a whole import takes on this machine
                import_seconds[0] = time.monotonic() - began
            history.append(f"rerun {job.args[:2]} -> {proc.returncode}\n{output[-1500:]}")
            assert proc.returncode in job.ok, story()
            steps[job.kind] = int((tmp_path / f"steps-{job.kind}").read_text())

    def next_jobs(n: int) -> list[Job]:
        jobs = []
        if files and steps:  # not in the first round, which measures the registrations
            path, pages = files.pop()
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            sources[sha] = pages
            args = ["import", "--jobs", "1", str(path)]
            jobs.append(Job("import", args, lambda: _imported(register, sha), True, (0, 3)))
        summary = f"Звонок {n}: нет света"
        args = ["phone", "add", "--name", f"Сидоров Илья {n}", "--phone", f"8900{n:07d}"]
        jobs.append(Job("phone", [*args, "--summary", summary], lambda: _called(register, summary)))
        calls.append(summary)
        if to_reply:
            letter_id, reg_no = to_reply.pop()
            out = tmp_path / f"reply-{letter_id}.pdf"
            args = ["reply", reg_no, "--template", "free_text", "--out", str(out), "--register"]
            args += ["--set", "subject=Ответ", "--set", "text=Ответ на обращение."]
            args += ["--addressee", "Иванову П."]
            jobs.append(Job("reply", args, lambda: _replied(register, letter_id)))
            replied.append(letter_id)
        return jobs

    def kill_at_random_points(jobs: list[Job]) -> None:
        points = [0 if job.kind == "import" else rnd.randint(1, steps[job.kind]) for job in jobs]
        running = [(job, start(job, at)) for job, at in zip(jobs, points, strict=True)]
        for job, proc in running:
            if job.kind == "import":  # killed from outside, following its progress
                # A random point of the import's own duration, measured by the last whole
                # run: a fast machine must not finish the import before the kill.
                deadline = time.monotonic() + rnd.uniform(0.1, 0.85) * import_seconds[0]
                while proc.poll() is None and time.monotonic() < deadline and not job.done():
                    time.sleep(0.05)
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGKILL)
        for (job, proc), at in zip(running, points, strict=True):
            output, _ = proc.communicate(timeout=600)
            history.append(f"{job.args[:2]} kill at {at} -> {proc.returncode}\n{output[-1500:]}")
            if proc.returncode == -signal.SIGKILL:
                kills[job.kind] += 1

    def doctor_is_clean() -> None:
        result = subprocess.run(
            [*base, "doctor"],
            env=dict(env, FAULT_KILL_AT="0", FAULT_STEPS_FILE=str(tmp_path / "steps-doctor")),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=600,
        )
        assert result.returncode == 0, f"{result.stdout}{result.stderr}\n{story()}"

    run_whole(next_jobs(0))  # measures how many steps a whole registration takes
    rounds = 0
    while sum(kills.values()) < MIN_KILLS or min(kills.values()) < 5:
        rounds += 1
        assert rounds <= MIN_KILLS, f"too few kills: {kills}"
        # Three clerks at once, each killed at a random point of their own work, then
        # each rerun as the clerk would: an import always, a registration if not there.
        jobs = next_jobs(rounds)
        kill_at_random_points(jobs)
        run_whole([job for job in jobs if job.idempotent or not job.done()])
        try:
            register.check(sources, calls, replied)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{story()}") from None
        doctor_is_clean()
    register.close()


def _imported(register: Register, sha256: str) -> bool:
    with register.database.read() as session:
        return session.scalar(select(Letter.id).where(Letter.content_hash == sha256)) is not None


def _called(register: Register, summary: str) -> bool:
    with register.database.read() as session:
        return session.scalar(select(Letter.id).where(Letter.summary == summary)) is not None


def _replied(register: Register, letter_id: int) -> bool:
    with register.database.read() as session:
        found: Any = session.scalar(
            select(ReplyLetter.reply_id).where(ReplyLetter.letter_id == letter_id)
        )
        return found is not None

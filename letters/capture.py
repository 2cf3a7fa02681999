"""The capture pipeline: files → pages → OCR → fields, topic, link → registered letters.

``import_files`` is the one entry point for the CLI, the hot folder and the GUI. It takes
a progress callback and a cancel token and knows nothing of Qt. Each source file is
registered in ONE transaction (all its letters, pages, files and audit events, or
nothing), keyed by the file's sha256, so a kill at any moment followed by a rerun
registers every letter exactly once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import shutil
import stat
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from db.engine import Database
from db.store import FileStore, sha256_file
from letters.actors import Actor, resolve_actor
from letters.capture_letter import LetterBuilder
from letters.classify import load_rules
from letters.consumers import iter_consumers
from letters.eml import ParsedMail, looks_like_eml, parse_eml
from letters.linking import LinkIndex
from letters.permissions import require
from letters.quarantine import quarantine, storable_text
from letters.register import DuplicateLetter, find_by_content, register_letter
from ocr.page_job import PageResult, process_page
from ocr.separators import split_batch
from ocr.sources import kind_from_magic, page_count, read_pages
from ocr.tesseract import TesseractMissing, check_available, init_worker, text_page
from ocr.types import PreparedPage, RawPage, UnusableInput

SKIP_NAMES = {"Thumbs.db", "desktop.ini", ".DS_Store"}
# A whole day's batch scan is a few hundred pages; far more in one file is a mistake or a
# page-count bomb (a small PDF can hold 100,000 empty pages). Raise it per run if needed.
MAX_PAGES = 2000
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISDIR, "folder"),
)


class CancelToken:
    """Set from any thread; the pipeline stops between letters, never inside one."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def english_reason(code: str, detail: str) -> str:
    return f"{code}: {detail}" if detail else code


@dataclass(slots=True)
class ImportOptions:
    received_on: dt.date | None = None
    channel: str = "post"
    split: str = "none"  # none | blank | barcode
    jobs: int = 0  # 0: one worker per core
    lang: str = "rus+eng"
    dpi: int = 300
    quarantine_dir: Path | None = None
    done_dir: Path | None = None  # hot folder: move originals here after the commit
    move_bad: bool = False  # hot folder: move (not copy) bad files into quarantine
    actor: Actor | None = None  # None: a fresh install's local administrator
    max_pages: int = MAX_PAGES  # a file with more pages is refused before any is rendered
    reason_text: Callable[[str, str], str] = english_reason


@dataclass(slots=True)
class ImportProgress:
    files_done: int
    files_total: int
    pages_done: int
    pages_total: int
    elapsed: float
    current: str = ""

    @property
    def pages_per_second(self) -> float:
        return self.pages_done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta_seconds(self) -> float | None:
        rate = self.pages_per_second
        return (self.pages_total - self.pages_done) / rate if rate > 0 else None


@dataclass(slots=True)
class FileOutcome:
    path: Path
    status: str  # registered | duplicate | quarantined | cancelled
    reg_nos: list[str] = field(default_factory=list)
    reason: str = ""
    code: str = ""
    pages: int = 0


@dataclass(slots=True)
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    pages: int = 0
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def letters(self) -> int:
        return sum(len(o.reg_nos) for o in self.outcomes if o.status == "registered")


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files named, and files under folders named (recursively), in a stable order.

    Entries that are neither folders nor regular files (broken or looping links, pipes,
    devices) are kept too, so that the import reports them instead of passing over them
    in silence; links to folders are not followed (a link can loop back).
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if not p.is_dir() and not _skipped(p.relative_to(path))
                )
            )
        elif os.path.lexists(path):
            found.append(path)
    return found


def entry_problem(path: Path) -> tuple[str, str] | None:
    """Why ``path`` is no file to read, as (code, detail), found without opening it:
    opening a named pipe would wait for a writer forever."""
    try:
        info = path.stat()
    except OSError as exc:
        if path.is_symlink():
            return "broken_link", f"{path.name} -> {os.readlink(path)}: {exc.strerror or exc}"
        return "unreadable", f"{path.name}: {exc.strerror or exc}"
    if stat.S_ISREG(info.st_mode):
        return None
    kind = next((name for test, name in _SPECIAL_KINDS if test(info.st_mode)), "special file")
    return "not_a_file", f"{path.name}: {kind}"


def _announced_kind(path: Path) -> str | None:
    try:
        with path.open("rb") as stream:
            head = stream.read(1024)
    except OSError:  # gone meanwhile: reading it later says why
        return None
    kind = kind_from_magic(head)
    return None if kind == "pdf" and not head.startswith(b"%PDF-") else kind


def _skipped(rel: Path) -> bool:
    parts = rel.parts
    return (
        any(p.startswith(".") for p in parts)
        or rel.name in SKIP_NAMES
        or rel.name.endswith(".reason.txt")
        or rel.name.endswith((".tmp", ".part"))
        or parts[0] in ("done", "quarantine")
    )


@dataclass(slots=True)
class _FileJob:
    path: Path
    sha256: str
    workdir: Path
    futures: list[Future[PageResult]]
    mail: ParsedMail | None = None


class _Run:
    def __init__(
        self,
        database: Database,
        store: FileStore,
        options: ImportOptions,
        files: Sequence[Path],
        progress: Callable[[ImportProgress], None] | None,
        cancel: CancelToken,
    ) -> None:
        self.database, self.store, self.options = database, store, options
        assert options.actor is not None
        self.actor: Actor = options.actor
        self.files, self.progress_cb, self.cancel = files, progress, cancel
        self.report = ImportReport()
        self.started = time.monotonic()
        self.pages_total = 0
        self.page_counts: dict[Path, int] = {}
        self.pages_done = 0
        self.quarantine_dir = options.quarantine_dir
        rules = load_rules()
        with database.read() as session:
            index = LinkIndex.build(iter_consumers(session))
        self.builder = LetterBuilder(store, index, rules, options)

    def emit(self, current: str = "") -> None:
        if self.progress_cb:
            self.progress_cb(
                ImportProgress(
                    len(self.report.outcomes),
                    len(self.files),
                    self.pages_done,
                    max(self.pages_total, self.pages_done),
                    time.monotonic() - self.started,
                    current,
                )
            )

    def reject(self, path: Path, code: str, detail: str) -> None:
        reason = self.options.reason_text(code, storable_text(detail))
        if self.quarantine_dir is not None:
            quarantine(path, self.quarantine_dir, reason, move=self.options.move_bad)
        self.report.outcomes.append(FileOutcome(path, "quarantined", reason=reason, code=code))

    def start(self, path: Path, pool: ProcessPoolExecutor, work_root: Path) -> _FileJob | None:
        problem = entry_problem(path)
        if problem is not None:
            self.reject(path, *problem)
            return None
        try:
            sha = sha256_file(path)
        except OSError as exc:
            self.reject(path, "unreadable", f"{path.name}: {exc.strerror or exc}")
            return None
        if sha == EMPTY_SHA256:  # also for .eml, which is never sniffed
            self.reject(path, "empty", f"{path.name} has 0 bytes")
            return None
        with self.database.read() as session:
            existing = find_by_content(session, sha, 0)
        if existing:
            self.report.outcomes.append(
                FileOutcome(path, "duplicate", [existing], code="duplicate")
            )
            self._done_with(path)
            return None
        pages = self.page_counts.get(path, 0)
        if pages > self.options.max_pages:
            self.reject(path, "too_many_pages", f"{pages} > {self.options.max_pages}")
            return None
        if path.suffix.lower() == ".eml":
            kind = _announced_kind(path)
            if kind is not None:  # a scan or a PDF named .eml is no e-mail
                self.reject(path, "wrong_extension", f"{path.name} is {kind}, not e-mail")
                return None
        workdir = Path(tempfile.mkdtemp(prefix="file-", dir=work_root))
        if looks_like_eml(path):
            return self._start_mail(path, sha, workdir, pool)
        try:
            raw_pages = read_pages(path, workdir, dpi=self.options.dpi)
        except UnusableInput as exc:
            shutil.rmtree(workdir, ignore_errors=True)
            self.reject(path, exc.code, exc.detail)
            return None
        if not raw_pages:
            shutil.rmtree(workdir, ignore_errors=True)
            self.reject(path, "no_pages", "")
            return None
        futures = [
            pool.submit(process_page, raw, str(workdir), self.options.lang, i)
            for i, raw in enumerate(raw_pages)
        ]
        return _FileJob(path, sha, workdir, futures)

    def _start_mail(
        self, path: Path, sha: str, workdir: Path, pool: ProcessPoolExecutor
    ) -> _FileJob:
        """The body is the first page (text, no OCR); scanned attachments go through OCR;
        an unusable attachment is noted on the letter (the .eml itself is stored)."""
        mail = parse_eml(path, workdir)
        body = Future[PageResult]()
        body.set_result(
            PageResult(
                RawPage(path.name, 0, "", self.options.dpi, mail.body),
                PreparedPage("", 0, 0.0, 0, 0),
                text_page(mail.body, 0),
            )
        )
        futures = [body]
        for n, attachment in enumerate(mail.attachments):
            try:
                if page_count(attachment) > self.options.max_pages:
                    raise UnusableInput("too_many_pages", attachment.name)
                pages = read_pages(attachment, workdir / f"att-{n}", dpi=self.options.dpi)
            except UnusableInput as exc:
                mail.problems.append(f"{attachment.name}: {exc.code}")
                continue
            futures += [
                pool.submit(process_page, raw, str(workdir), self.options.lang, len(futures) + i)
                for i, raw in enumerate(pages)
            ]
        return _FileJob(path, sha, workdir, futures, mail)

    def finish(self, job: _FileJob) -> None:
        results: list[PageResult] = []
        try:
            for future in job.futures:
                results.append(future.result())
                self.pages_done += 1
                self.emit(job.path.name)
        except TesseractMissing:
            raise
        except UnusableInput as exc:  # a page whose image data proved damaged when decoded
            self.reject(job.path, exc.code, exc.detail)
            return
        except Exception as exc:  # a bug or a broken page: keep the file, go on
            self.reject(job.path, "ocr_failed", f"{type(exc).__name__}: {exc}")
            return
        finally:
            for future in job.futures:
                future.cancel()
        groups = split_batch([r.prepared for r in results], self.options.split)
        groups = [g for g in groups if g]
        if not groups:
            self.reject(job.path, "no_pages", "only blank or separator pages")
            return
        if job.mail is not None:  # one message is one letter, whatever the split mode
            groups = [list(range(len(results)))]
        drafts = [
            self.builder.draft(job.path, job.sha256, part, [results[i] for i in g], job.mail)
            for part, g in enumerate(groups)
        ]
        reg_nos: list[str] = []
        try:
            with self.database.write() as session:
                actor = self.actor
                for draft in drafts:
                    reg_nos.append(register_letter(session, actor, draft).reg_no)
        except DuplicateLetter as exc:  # another workstation registered it meanwhile
            self.report.outcomes.append(
                FileOutcome(job.path, "duplicate", [exc.reg_no], code="duplicate")
            )
            return
        self.report.pages += len(results)
        self.report.outcomes.append(
            FileOutcome(job.path, "registered", reg_nos, pages=len(results))
        )
        self._done_with(job.path)

    def _done_with(self, path: Path) -> None:
        """Hot folder: the original moves to done/ only after its commit."""
        done = self.options.done_dir
        if done is None:
            return
        done.mkdir(parents=True, exist_ok=True)
        target = done / path.name
        n = 1
        while target.exists():
            target = done / f"{path.stem}-{n}{path.suffix}"
            n += 1
        shutil.move(str(path), target)


def _pool_context() -> multiprocessing.context.BaseContext:
    # Never fork a process that may run Qt threads: forkserver on POSIX, spawn elsewhere.
    if os.name == "posix":
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["ocr.page_job"])
        return ctx
    return multiprocessing.get_context("spawn")


def import_files(
    database: Database,
    store: FileStore,
    paths: Iterable[Path],
    options: ImportOptions | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import files and folders; see the module docstring. Raises ``TesseractMissing``."""
    options = options or ImportOptions()
    cancel = cancel or CancelToken()
    if options.actor is None:
        with database.write() as session:
            options.actor = resolve_actor(session, None)
    require(options.actor, "letter.register")
    files = collect_inputs(paths)
    jobs = options.jobs or os.cpu_count() or 1
    window = 2 * jobs + 1  # pages in flight: keeps every core busy across small files
    with (
        tempfile.TemporaryDirectory(prefix="mailroom-import-") as tmp,
        ProcessPoolExecutor(
            jobs,
            mp_context=_pool_context(),
            initializer=init_worker,
        ) as pool,
    ):
        # The workers start (and import OpenCV and the rest) while the files are counted.
        pool.submit(os.getpid)
        check_available(options.lang)
        run = _Run(database, store, options, files, progress, cancel)
        for path in files:
            try:
                count = 1 if entry_problem(path) else page_count(path)
            except (UnusableInput, OSError):
                count = 1
            run.page_counts[path] = count
            run.pages_total += min(count, options.max_pages)
        run.emit()
        pending: deque[_FileJob] = deque()
        try:
            for path in files:
                if cancel.cancelled:
                    break
                job = run.start(path, pool, Path(tmp))
                if job is not None:
                    pending.append(job)
                while pending and sum(len(j.futures) for j in pending) > window:
                    _finish(run, pending.popleft())
                    if cancel.cancelled:
                        break
            while pending and not cancel.cancelled:
                _finish(run, pending.popleft())
        finally:
            for job in pending:
                for future in job.futures:
                    future.cancel()
                run.report.outcomes.append(FileOutcome(job.path, "cancelled"))
    run.report.cancelled = cancel.cancelled
    run.report.seconds = time.monotonic() - run.started
    run.emit()
    return run.report


def _finish(run: _Run, job: _FileJob) -> None:
    try:
        run.finish(job)
    finally:
        shutil.rmtree(job.workdir, ignore_errors=True)

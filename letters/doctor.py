"""``mailroom doctor``: check the register and its file store; repair only what is safe.

What is checked:

- the store against the ``stored_file`` records: every recorded file is present under the
  path its sha256 gives it and still has that sha256 and size; files that no record uses
  (orphans) and unfinished temporary files;
- the database (``letters.doctor_db``): the schema revision, SQLite's ``integrity_check``
  and ``foreign_key_check`` or, on PostgreSQL, every foreign key by query and invalid
  indexes; on both engines cards whose page count differs from their stored pages, and
  registration numbers skipped, doubled, or ahead of their journal's counter.

Findings are *problems* (a damaged or missing file, a database error, a lost number): a
person must look at them, and ``mailroom doctor`` exits 1. Or they are *notices*:
leftovers that a crash or a rolled-back registration leaves by design (a file is written
to the store before its transaction commits, so a power cut leaves an unused file). They
are harmless and do not make the register unhealthy.

``repair`` does only what cannot lose anything: it moves orphans and temporary leftovers
older than ``min_age`` (younger ones may belong to a registration still in progress) into
``<store>/quarantine/<time>/``, and puts back a missing or damaged file when a copy with
the right checksum is found there. It deletes nothing, fetches nothing and never touches a
letter or any other row.

Repair is safe to run while others work, with one narrow race: a registration that finds
an old unused file already in the store (content-addressed: same content, same name) and
commits just after the file was moved. The move is undone when the commit is seen in time;
otherwise the next ``doctor`` reports the file missing and ``repair`` puts it back from
the quarantine. Run it when nobody is importing to avoid even that.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from db.engine import Database
from db.models import StoredFile
from db.store import FileStore, sha256_file
from letters import audit
from letters.actors import Actor

QUARANTINE_DIR = "quarantine"
DEFAULT_MIN_AGE = dt.timedelta(hours=1)
DAMAGED_SUFFIX = ".damaged"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing found. ``code`` names it (the front ends word it); ``subject`` is a store
    path, a table, a registration number or a journal and year; ``values`` fill the
    message. ``repaired`` is set when ``repair`` fixed it."""

    code: str
    subject: str
    values: tuple[str, ...] = ()
    problem: bool = True
    repaired: bool = False


@dataclass(frozen=True, slots=True)
class Repair:
    code: str  # quarantined | restored
    subject: str  # the store path
    target: str  # where the file went, relative to the store root


@dataclass(slots=True)
class DoctorReport:
    findings: list[Finding] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    records_checked: int = 0
    files_checked: int = 0
    bytes_checked: int = 0
    kept_recent: int = 0  # leftovers younger than min_age, left in place by repair

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    @property
    def problems(self) -> list[Finding]:
        """Problems that are still there (not repaired)."""
        return [f for f in self.findings if f.problem and not f.repaired]

    @property
    def notices(self) -> list[Finding]:
        return [f for f in self.findings if not f.problem and not f.repaired]

    @property
    def healthy(self) -> bool:
        return not self.problems


def run_doctor(
    database: Database,
    store: FileStore,
    *,
    checksums: bool = True,
    progress: Progress | None = None,
) -> DoctorReport:
    """Check the database and the store; change nothing."""
    from letters.doctor_db import check_database

    report = DoctorReport()
    with database.read() as session:
        if not check_database(session, report):
            return report  # without the records every file would look unused
        rows = session.execute(select(StoredFile.sha256, StoredFile.size, StoredFile.rel_path))
        files = [(str(r[0]), int(r[1]), str(r[2])) for r in rows]
    # The files are read after the snapshot is released: hashing a big store takes long.
    _check_files(store, files, report, checksums, progress)
    return report


def _check_files(
    store: FileStore,
    rows: list[tuple[str, int, str]],
    report: DoctorReport,
    checksums: bool,
    progress: Progress | None,
) -> None:
    recorded: set[str] = set()
    total = len(rows)
    for done, (sha, size, rel) in enumerate(rows, 1):
        recorded.add(rel)
        expected = store.rel_path_for(sha)
        if rel != expected:
            report.add(Finding("file_misplaced", rel, (expected,)))
        path = store.path_of(rel)
        report.records_checked += 1
        if not path.is_file():
            report.add(Finding("file_missing", rel, (sha,)))
        else:
            actual = path.stat().st_size
            report.files_checked += 1
            report.bytes_checked += actual
            if actual != size:
                report.add(Finding("file_damaged", rel, (sha, "size")))
            elif checksums and sha256_file(path) != sha:
                report.add(Finding("file_damaged", rel, (sha, "sha256")))
        if progress is not None:
            progress(done, total)
    for rel in store.iter_files():
        if rel not in recorded:
            report.add(Finding("file_orphan", rel, problem=False))
    if store.root.is_dir():
        for tmp in sorted(store.root.glob("??/??/.tmp-*")):
            report.add(
                Finding("temp_leftover", tmp.relative_to(store.root).as_posix(), problem=False)
            )


def repair(
    database: Database,
    store: FileStore,
    report: DoctorReport,
    actor: Actor,
    *,
    min_age: dt.timedelta = DEFAULT_MIN_AGE,
    now: dt.datetime | None = None,
) -> DoctorReport:
    """Do the safe repairs for ``report`` (see the module docstring), audit them, and
    mark the findings they fixed."""
    from letters.backup import require_maintenance

    require_maintenance(actor, "maintenance.repair")
    now = now or dt.datetime.now(dt.UTC)
    bin_rel = f"{QUARANTINE_DIR}/{now.astimezone():%Y%m%d-%H%M%S}"
    oldest_allowed = time.time() - min_age.total_seconds()
    fixed: list[Finding] = []
    for finding in report.findings:
        path = store.path_of(finding.subject)
        if finding.code in ("file_orphan", "temp_leftover"):
            try:
                young = path.stat().st_mtime > oldest_allowed
            except FileNotFoundError:  # finished or cleaned up since the check
                continue
            if young:
                report.kept_recent += 1
                continue
            if finding.code == "file_orphan" and _recorded(database, path.name):
                continue  # a registration committed it after the check
            target = _move(store, finding.subject, f"{bin_rel}/{finding.subject}")
            if finding.code == "file_orphan" and _recorded(database, path.name):
                if not path.exists():  # lost a race with a commit: put it back
                    os.replace(store.path_of(target), path)
                continue
            report.repairs.append(Repair("quarantined", finding.subject, target))
            fixed.append(finding)
        elif finding.code in ("file_missing", "file_damaged"):
            sha = finding.values[0]
            if finding.subject != store.rel_path_for(sha):
                continue  # misplaced as well: a person must look at it
            good = _good_copy(store, finding.subject, sha)
            if good is None:
                continue
            if path.exists():
                _move(store, finding.subject, f"{bin_rel}/{finding.subject}{DAMAGED_SUFFIX}")
            if store.put_file(good).rel_path == finding.subject and store.verify(
                finding.subject, sha
            ):
                report.repairs.append(
                    Repair("restored", finding.subject, good.relative_to(store.root).as_posix())
                )
                fixed.append(finding)
    report.findings = [
        dataclasses.replace(f, repaired=True) if f in fixed else f for f in report.findings
    ]
    if report.repairs:
        with database.write() as session:
            audit.record(
                session,
                actor,
                "maintenance.repair",
                "store",
                "",
                None,
                {
                    "quarantined": sum(r.code == "quarantined" for r in report.repairs),
                    "restored": sum(r.code == "restored" for r in report.repairs),
                    "folder": bin_rel,
                },
            )
    return report


def _recorded(database: Database, sha256: str) -> bool:
    with database.read() as session:
        found = session.scalar(select(StoredFile.id).where(StoredFile.sha256 == sha256))
    return found is not None


def _move(store: FileStore, rel: str, target_rel: str) -> str:
    target = store.path_of(target_rel)
    target.parent.mkdir(parents=True, exist_ok=True)
    n = 1
    while target.exists():
        target = target.with_name(f"{Path(target_rel).name}.{n}")
        n += 1
    os.replace(store.path_of(rel), target)
    return target.relative_to(store.root).as_posix()


def _good_copy(store: FileStore, rel: str, sha256: str) -> Path | None:
    """A file in the quarantine that has the missing file's content."""
    folder = store.root / QUARANTINE_DIR
    if not folder.is_dir():
        return None
    for candidate in sorted(folder.glob(f"*/{rel}*")):
        usable = candidate.is_file() and not candidate.name.endswith(DAMAGED_SUFFIX)
        if usable and sha256_file(candidate) == sha256:
            return candidate
    return None

"""``mailroom restore``: verify a backup (see ``letters.backup``), then put it back.

Every checksum is verified first and nothing changes if one is wrong. A target database or
store that already holds data is refused unless forced. The store files are copied (none is
deleted; a damaged one in the way is moved to the store's quarantine), the database is
restored, the migrations bring an older backup up to date, and every table must have its
rows back.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import func, inspect, select, table

from db.engine import Database
from db.migrate import alembic_config, upgrade
from db.store import FileStore, sha256_file
from letters import audit, backup_engines
from letters.actors import Actor
from letters.backup import (
    DATA_TABLES,
    DATABASE_FILES,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    STORE_DIR,
    BackupError,
    Progress,
    require_maintenance,
)
from letters.backup_engines import EngineError, read_catalog


@dataclass(frozen=True, slots=True)
class RestoreResult:
    counts: dict[str, int]
    files: int
    files_copied: int
    revision: str | None
    upgraded_to: str | None


@dataclass(frozen=True, slots=True)
class Manifest:
    folder: Path
    data: dict[str, Any] = field(repr=False)

    @property
    def engine(self) -> str:
        return str(self.data["engine"])

    @property
    def revision(self) -> str | None:
        return self.data.get("schema_revision")

    @property
    def counts(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.data["counts"].items()}

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        return dict(self.data["files"])

    def store_files(self) -> list[tuple[str, str]]:
        """(rel_path in the store, sha256) of every store file in the backup."""
        prefix = f"{STORE_DIR}/"
        return [
            (name.removeprefix(prefix), str(entry["sha256"]))
            for name, entry in sorted(self.files.items())
            if name.startswith(prefix)
        ]


def verify_backup(src: Path, progress: Progress | None = None) -> Manifest:
    """Read the manifest and check every file's size and sha256 against it."""
    manifest = _read_manifest(Path(src))
    files = manifest.files
    wrong = []
    for done, (name, entry) in enumerate(sorted(files.items()), 1):
        file = _inside(Path(src), name)
        if (
            file is None
            or not file.is_file()
            or file.stat().st_size != entry.get("size")
            or sha256_file(file) != entry.get("sha256")
        ):
            wrong.append(name)
        if progress is not None:
            progress(done, len(files))
    if wrong:
        raise BackupError("damaged", str(src), tuple(wrong))
    return manifest


def _read_manifest(src: Path) -> Manifest:
    path = src / MANIFEST
    if not path.is_file():
        raise BackupError("no_manifest", str(src))
    try:
        data = json.loads(path.read_text("utf-8"))
        manifest = Manifest(src, data)
        valid = (
            data.get("format") == FORMAT
            and data.get("version") == FORMAT_VERSION
            and manifest.engine in DATABASE_FILES
            and isinstance(manifest.counts, dict)
            and all(isinstance(e, dict) for e in manifest.files.values())
            and data["database"] in manifest.files
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupError("bad_manifest", str(path)) from exc
    if not valid:
        raise BackupError("bad_manifest", str(path))
    return manifest


def target_contents(database: Database, store: FileStore) -> dict[str, int]:
    """What the target already holds: rows of the data tables, and store files."""
    held: dict[str, int] = {}
    with database.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for name in DATA_TABLES:
            if name in present:
                count = int(conn.scalar(select(func.count()).select_from(table(name))) or 0)
                if count:
                    held[name] = count
    files = len(store.iter_files())
    if files:
        held["store"] = files
    return held


def restore(
    database: Database,
    store: FileStore,
    src: Path,
    actor: Actor,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> RestoreResult:
    """Restore the backup in ``src`` into the configured database and store."""
    require_maintenance(actor, "maintenance.restore")
    manifest = verify_backup(src, progress)
    engine = database.engine.dialect.name
    if manifest.engine != engine:
        raise BackupError("engine_mismatch", f"{manifest.engine} → {engine}")
    if not _known_revision(manifest.revision):
        raise BackupError("unknown_revision", str(manifest.revision))
    if not force:
        held = target_contents(database, store)
        if held:
            raise BackupError(
                "target_not_empty", "", tuple(f"{k}: {v}" for k, v in sorted(held.items()))
            )
    copied = 0
    for rel, sha in manifest.store_files():
        if rel != store.rel_path_for(sha):
            raise BackupError("bad_manifest", rel)
        if store.verify(rel, sha):
            continue
        if store.path_of(rel).exists():  # damaged in the target: keep it aside, never delete
            from letters.doctor import DAMAGED_SUFFIX, QUARANTINE_DIR

            aside = store.path_of(f"{QUARANTINE_DIR}/restore/{rel}{DAMAGED_SUFFIX}")
            aside.parent.mkdir(parents=True, exist_ok=True)
            os.replace(store.path_of(rel), aside)
        store.put_file(Path(src) / STORE_DIR / rel)
        copied += 1
    db_file = Path(src) / str(manifest.data["database"])
    try:
        if engine == "sqlite":
            backup_engines.sqlite_restore(database, db_file)
        else:
            backup_engines.pg_restore(database, db_file)
    except EngineError as exc:
        raise BackupError(exc.code, exc.detail) from exc
    database.dispose()
    with database.engine.connect() as conn:
        counts = read_catalog(conn).counts
    wrong = tuple(
        f"{name}: {want} → {counts.get(name)}"
        for name, want in sorted(manifest.counts.items())
        if counts.get(name) != want
    )
    if wrong:
        raise BackupError("count_mismatch", str(src), wrong)
    upgrade(database.engine)
    with database.engine.connect() as conn:
        revision = read_catalog(conn).revision
    with database.write() as session:
        # The restorer's user id belongs to the database that was replaced.
        audit.record(
            session,
            Actor(0, actor.login, actor.role),
            "maintenance.restore",
            "database",
            "",
            None,
            {"from": str(src), "backup_created_at": manifest.data.get("created_at")},
        )
    return RestoreResult(
        counts,
        len(manifest.store_files()),
        copied,
        manifest.revision,
        revision if revision != manifest.revision else None,
    )


def _known_revision(revision: str | None) -> bool:
    if revision is None:
        return True
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _inside(root: Path, name: str) -> Path | None:
    """``root/name`` for a plain relative name; None for anything that could escape."""
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name or not pure.parts:
        return None
    return root.joinpath(*pure.parts)

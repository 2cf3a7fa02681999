"""Content-addressed file store: originals are kept byte for byte, named by sha256.

Writes go to a temporary file in the same folder, are fsynced, then atomically renamed,
so a crash never leaves a half-written file under a real name. The store may live on a
shared network folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
FILE_MODE = 0o644


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size: int
    rel_path: str


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def rel_path_for(self, sha256: str) -> str:
        return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"

    def path_of(self, rel_path: str) -> Path:
        return self.root / rel_path

    def exists(self, sha256: str) -> bool:
        return self.path_of(self.rel_path_for(sha256)).is_file()

    def put_bytes(self, data: bytes) -> StoredBlob:
        sha = hashlib.sha256(data).hexdigest()
        rel = self.rel_path_for(sha)
        target = self.path_of(rel)
        if not target.is_file():
            self._write_atomically(target, lambda fh: fh.write(data))
        return StoredBlob(sha, len(data), rel)

    def put_file(self, source: Path) -> StoredBlob:
        """Copy ``source`` into the store (the source itself is never modified)."""
        sha = sha256_file(source)
        rel = self.rel_path_for(sha)
        target = self.path_of(rel)
        if not target.is_file():

            def copy(fh: BinaryIO) -> None:
                with source.open("rb") as src:
                    for chunk in iter(lambda: src.read(CHUNK), b""):
                        fh.write(chunk)

            self._write_atomically(target, copy)
        return StoredBlob(sha, source.stat().st_size, rel)

    def read_bytes(self, rel_path: str) -> bytes:
        return self.path_of(rel_path).read_bytes()

    def verify(self, rel_path: str, sha256: str) -> bool:
        path = self.path_of(rel_path)
        return path.is_file() and sha256_file(path) == sha256

    def iter_files(self) -> list[str]:
        """Relative paths of every file in the store (for ``doctor``)."""
        if not self.root.is_dir():
            return []
        return sorted(
            p.relative_to(self.root).as_posix()
            for p in self.root.glob("??/??/*")
            if p.is_file() and not p.name.startswith(".tmp")
        )

    def _write_atomically(self, target: Path, write: Callable[[BinaryIO], object]) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
            # mkstemp makes the file private; the store may be shared by workstations.
            os.chmod(tmp_name, FILE_MODE)
            os.replace(tmp_name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    # Make the rename durable; not possible on Windows, where it is not needed either.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""The content-addressed store writes atomically and never touches originals."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from db.store import FileStore, sha256_file


def test_put_file_is_content_addressed_and_keeps_the_original(tmp_path: Path) -> None:
    original = tmp_path / "scan.pdf"
    original.write_bytes(b"%PDF-1.4 test" * 1000)
    before = (original.read_bytes(), original.stat().st_mtime_ns)
    store = FileStore(tmp_path / "store")
    blob = store.put_file(original)
    assert blob.sha256 == hashlib.sha256(before[0]).hexdigest()
    assert store.path_of(blob.rel_path).read_bytes() == before[0]
    assert (original.read_bytes(), original.stat().st_mtime_ns) == before
    again = store.put_bytes(before[0])
    assert again == blob
    assert store.iter_files() == [blob.rel_path]
    assert store.verify(blob.rel_path, blob.sha256)
    assert store.path_of(blob.rel_path).stat().st_mode & 0o777 == 0o644


def test_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FileStore(tmp_path / "store")

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        store.put_bytes(b"payload")
    monkeypatch.undo()
    assert store.iter_files() == []
    leftovers = [p for p in (tmp_path / "store").rglob("*") if p.is_file()]
    assert leftovers == []


def test_verify_detects_corruption(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store")
    blob = store.put_bytes(b"letter")
    store.path_of(blob.rel_path).write_bytes(b"lettex")
    assert not store.verify(blob.rel_path, blob.sha256)
    assert sha256_file(store.path_of(blob.rel_path)) != blob.sha256

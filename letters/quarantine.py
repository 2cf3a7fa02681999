"""Keep unusable input with its reason, so nothing is lost."""

from __future__ import annotations

import shutil
from pathlib import Path


def quarantine(source: Path, folder: Path, reason: str, *, move: bool = False) -> Path:
    """Copy (or move) ``source`` into ``folder`` next to ``NAME.reason.txt``.

    A name already taken gets a numeric suffix; the original is only removed after the
    copy and the reason are safely written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    n = 1
    while target.exists() or target.with_name(target.name + ".reason.txt").exists():
        target = folder / f"{source.stem}-{n}{source.suffix}"
        n += 1
    shutil.copy2(source, target)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")
    if move:
        source.unlink()
    return target


def list_quarantine(folder: Path) -> list[tuple[Path, str]]:
    """Quarantined files with their reasons, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for reason_file in folder.glob("*.reason.txt"):
        original = reason_file.with_name(reason_file.name.removesuffix(".reason.txt"))
        found.append((original, reason_file.read_text(encoding="utf-8").strip()))
    found.sort(key=lambda item: item[0].stat().st_mtime if item[0].exists() else 0, reverse=True)
    return found

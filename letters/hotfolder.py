"""Hot folder: a file is taken once its size and mtime stop changing."""

from __future__ import annotations

from pathlib import Path

from letters.capture import collect_inputs


def stable_files(folder: Path, seen: dict[Path, tuple[int, int]]) -> list[Path]:
    """Files whose (size, mtime) equal what the previous look saw.

    ``seen`` carries the state between looks; a file still being copied changes between
    two looks and waits for the next one.
    """
    ready: list[Path] = []
    current: dict[Path, tuple[int, int]] = {}
    for path in collect_inputs([folder]):
        try:
            stat = path.stat()
        except OSError:  # a broken link: taken too, to be quarantined with its reason
            try:
                stat = path.lstat()
            except OSError:  # gone meanwhile
                continue
        state = (stat.st_size, stat.st_mtime_ns)
        current[path] = state
        if seen.get(path) == state:
            ready.append(path)
    seen.clear()
    seen.update(current)
    return ready

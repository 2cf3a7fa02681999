"""Keep unusable input with its reason, so nothing is lost."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

REASON_SUFFIX = ".reason.txt"
_MAX_NAME_BYTES = 255  # one path component on every common file system


def storable_text(text: str) -> str:
    """``text`` with undecodable file-name bytes (lone surrogates) as U+FFFD, so that it can
    be written to UTF-8 files and to the database."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def printable_text(text: str) -> str:
    """``text`` on one line for a message: also control characters (a newline in a file
    name) are shown escaped."""
    text = storable_text(text)
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def _fit(stem: str, tail: str) -> str:
    """``stem + tail`` cut to fit one path component together with the reason suffix."""
    room = _MAX_NAME_BYTES - len(os.fsencode(tail + REASON_SUFFIX))
    kept, used = [], 0
    for char in stem:  # whole characters (an undecodable byte is one character here)
        used += len(os.fsencode(char))
        if used > room:
            break
        kept.append(char)
    return "".join(kept) + tail


def quarantine(source: Path, folder: Path, reason: str, *, move: bool = False) -> Path:
    """Copy (or move) ``source`` into ``folder`` next to ``NAME.reason.txt``.

    A name already taken gets a numeric suffix, and a name too long for the reason file's
    name is shortened; the original is only removed after the copy and the reason are
    safely written. What cannot be read (a read error, a broken link, a pipe) cannot be
    copied: with ``move`` it is renamed into the folder when possible, otherwise it stays
    where it is, and the reason is written either way.
    """
    folder.mkdir(parents=True, exist_ok=True)
    suffix = source.suffix if len(os.fsencode(source.suffix)) <= 16 else ""
    stem = source.name.removesuffix(suffix) if suffix else source.name
    target = folder / _fit(stem, suffix)
    n = 1
    while os.path.lexists(target) or target.with_name(target.name + REASON_SUFFIX).exists():
        target = folder / _fit(stem, f"-{n}{suffix}")
        n += 1
    try:
        shutil.copy2(source, target)
        copied = True
    except OSError:  # also shutil.SpecialFileError (a pipe): an OSError
        with contextlib.suppress(OSError):
            target.unlink()
        copied = False
    target.with_name(target.name + REASON_SUFFIX).write_text(
        storable_text(reason) + "\n", encoding="utf-8"
    )
    if move:
        if copied:
            source.unlink()
        else:
            with contextlib.suppress(OSError):  # another file system: leave it in place
                os.rename(source, target)
    return target


def list_quarantine(folder: Path) -> list[tuple[Path, str]]:
    """Quarantined files with their reasons, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for reason_file in folder.glob("*" + REASON_SUFFIX):
        original = reason_file.with_name(reason_file.name.removesuffix(REASON_SUFFIX))
        found.append((original, reason_file.read_text(encoding="utf-8").strip()))
    found.sort(key=lambda item: item[0].stat().st_mtime if item[0].exists() else 0, reverse=True)
    return found

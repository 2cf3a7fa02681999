"""Reading page images off the GUI thread.

Measured here on 300-dpi A4 pages from the store (1-bit PNG, 2600×3600): decoding takes
15–45 ms, converting to a screen pixmap 60 ms, and a smooth thumbnail 80–150 ms; a
three-page letter would freeze the GUI thread for about a second. So images are decoded,
converted to ``Format_RGB32`` (after which ``QPixmap.fromImage`` costs ~0.1 ms) and
thumbnailed in background jobs; only the cheap pixmap wrap happens on the GUI thread.
QImage (unlike QPixmap) may be built on any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from letters.capture import CancelToken

THUMB_HEIGHT = 150


@dataclass(frozen=True, slots=True)
class LoadedImage:
    """One decoded page: ``index`` in the letter, the image (null if unreadable)."""

    index: int
    rel_path: str
    image: QImage


def _reader(path: Path) -> QImageReader:
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)  # store files have no extension
    reader.setAutoTransform(True)
    return reader


def read_page(path: Path) -> QImage:
    """The full page, ready for a cheap ``QPixmap.fromImage``; null if unreadable."""
    image = _reader(path).read()
    if image.isNull():
        return image
    return image.convertToFormat(QImage.Format.Format_RGB32)


def read_thumbnail(path: Path, height: int = THUMB_HEIGHT) -> QImage:
    """A small copy, decoded straight to size where the format allows it."""
    reader = _reader(path)
    size = reader.size()
    if size.isValid() and size.height() > 0:
        width = max(1, round(size.width() * height / size.height()))
        reader.setScaledSize(QSize(width, height))
        image = reader.read()
    else:
        image = reader.read()
        if not image.isNull():
            image = image.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
    if image.isNull():
        return image
    return image.convertToFormat(QImage.Format.Format_RGB32)


def load_thumbnails(
    items: Sequence[tuple[int, str, Path]],
    progress: Callable[[LoadedImage], None],
    cancel: CancelToken,
) -> int:
    """Report each page's thumbnail as soon as it is read; stops early when cancelled."""
    done = 0
    for index, rel_path, path in items:
        if cancel.cancelled:
            break
        progress(LoadedImage(index, rel_path, read_thumbnail(path)))
        done += 1
    return done


def load_page(index: int, rel_path: str, path: Path) -> LoadedImage:
    return LoadedImage(index, rel_path, read_page(path))

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

import cv2
import numpy as np
from PySide6.QtGui import QImage

from letters.capture import CancelToken

THUMB_HEIGHT = 150


@dataclass(frozen=True, slots=True)
class LoadedImage:
    """One decoded page: ``index`` in the letter, the image (null if unreadable)."""

    index: int
    rel_path: str
    image: QImage


def warm_up_image_plugins() -> None:
    """Kept for callers; decoding no longer goes through Qt's plugins (see ``_decode``)."""


def _decode(path: Path, height: int | None = None) -> QImage:
    """Decode with OpenCV, never with ``QImageReader``, in worker threads.

    PySide keeps the GIL while Qt's reader probes format plugins; the SVG probe makes a
    QTextStream, which takes a QObject connection lock. When the GUI thread at that moment
    holds that lock and calls back into Python (a disconnect reaching a Python override),
    both threads wait for each other forever: seen as a hung test with every thread in a
    futex wait. OpenCV releases the GIL and touches no QObject; QImage is a plain value.
    """
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError:
        return QImage()
    gray = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
    if gray is None:
        return QImage()
    if height is not None and gray.shape[0] > 0:
        width = max(1, round(gray.shape[1] * height / gray.shape[0]))
        gray = cv2.resize(gray, (width, height), interpolation=cv2.INTER_AREA)
    gray = np.ascontiguousarray(gray)
    image = QImage(
        gray.data, gray.shape[1], gray.shape[0], gray.strides[0], QImage.Format.Format_Grayscale8
    )
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a deep copy


def read_page(path: Path) -> QImage:
    """The full page, ready for a cheap ``QPixmap.fromImage``; null if unreadable."""
    return _decode(path)


def read_thumbnail(path: Path, height: int = THUMB_HEIGHT) -> QImage:
    """A small copy, scaled with area averaging."""
    return _decode(path, height)


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

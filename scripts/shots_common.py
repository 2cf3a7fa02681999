"""Helpers shared by the screenshot scripts (``scripts/screenshots.py`` runs them all).

Russian uses the shipped ``mailroom_ru.qm`` plus the translations still waiting in
``app/translations/pending_*.json`` (so new screens are shown translated before the lead
merges them into the ``.ts`` file).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QTimer, QTranslator  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

SIZE = (1360, 820)


class PendingTranslator(QTranslator):
    """Translations from ``pending_*.json`` (English source → Russian), any context."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}
        own = folder / "pending_shell.json"
        for path in [*sorted(set(folder.glob("pending_*.json")) - {own}), own]:
            if path.exists():  # the shell's own file last: its texts win a clash
                self.texts.update(json.loads(path.read_text(encoding="utf-8")))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) means "not translated here"; an empty string would replace
        # every other text, Qt's own included, with nothing.
        return self.texts.get(source)

    def isEmpty(self) -> bool:
        return not self.texts


def wait(msecs: int) -> None:
    """Run the event loop for a while (QTest.qWait would hold the GIL from the workers)."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], object], timeout: float = 120.0) -> None:
    """Run the event loop until ``condition()`` holds; a TimeoutError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        wait(50)


def install_language(language: str) -> None:
    """The shipped translation wins over the pending ones (Qt asks the newest first)."""
    from app import i18n

    i18n.install("en")
    if language == "ru":
        pending = PendingTranslator(i18n.TRANSLATIONS_DIR)
        QCoreApplication.installTranslator(pending)
        shipped = QTranslator()
        shipped.load(str(i18n.TRANSLATIONS_DIR / "mailroom_ru.qm"))
        QCoreApplication.installTranslator(shipped)
        i18n._installed.extend([pending, shipped])


def save(widget: QWidget, out: Path, language: str, name: str, msecs: int = 600) -> Path:
    """Let the widget settle, then save it as ``out/app_<language>_<name>.png``."""
    wait(msecs)
    path = out / f"app_{language}_{name}.png"
    widget.grab().save(str(path))
    return path


def save_with_popup(
    widget: QWidget, popup: QWidget, out: Path, language: str, name: str, msecs: int = 600
) -> Path:
    """Like ``save``, with an open popup (a menu: its own top-level window, which a grab of
    ``widget`` leaves out) painted where it stands over the widget."""
    wait(msecs)
    image = widget.grab()
    painter = QPainter(image)
    offset = popup.mapToGlobal(QPoint(0, 0)) - widget.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(offset, popup.grab())
    painter.end()
    path = out / f"app_{language}_{name}.png"
    image.save(str(path))
    return path

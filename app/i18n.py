"""Qt translation for every user-visible string, in the GUI and the CLI alike.

Source strings are English; Russian (the primary UI language) ships as ``mailroom_ru.qm``.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
LANGUAGES = ("ru", "en")
translate = QCoreApplication.translate
_installed: list[QTranslator] = []


def detect_language() -> str:
    """Russian for a ``ru_*`` locale, English otherwise (``--lang`` overrides)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    if not code:
        code = QLocale.system().name()
    return "ru" if code.lower().startswith("ru") else "en"


def install(language: str) -> bool:
    """Install the translator for ``language`` into the running Q(Core)Application."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return True
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS_DIR / f"mailroom_{language}.qm")):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True

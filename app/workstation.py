"""Settings of this workstation (not of the shared register): a typed object in a JSON file.

The database URL cannot live in the database, and the tesseract path, OCR languages, hot
folder and interface language belong to the computer, not to the company: they are kept in
``workstation.json`` in the user's configuration folder. Company-wide settings (requisites,
number formats) live in the database (``letters.settings``); window geometry in QSettings.
Environment variables (``MAILROOM_DB``, ``MAILROOM_STORE``, ``MAILROOM_TESSERACT``) still win,
so a test or a script can point the app elsewhere without touching the file.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import platformdirs

from app.output import write_file
from db.engine import APP_NAME, ENV_DB, ENV_STORE, data_dir, resolve_db_url, resolve_store_dir

FILE_NAME = "workstation.json"
ENV_TESSERACT = "MAILROOM_TESSERACT"


def config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


@dataclass(frozen=True, slots=True)
class Workstation:
    """Empty strings mean "the default"."""

    database_url: str = ""
    store_dir: str = ""
    tesseract_cmd: str = ""
    ocr_languages: str = "rus+eng"
    hot_folder: str = ""
    quarantine_dir: str = ""
    language: str = ""  # ru | en | "" (from the locale)
    reminder_minutes: str = ""  # how often the tray reminds of due letters; "" = 30

    def effective_reminder_minutes(self) -> int:
        try:
            return max(5, int(self.reminder_minutes)) if self.reminder_minutes else 30
        except ValueError:
            return 30

    def effective_db_url(self) -> str:
        return os.environ.get(ENV_DB) or resolve_db_url(self.database_url or None)

    def effective_store_dir(self) -> Path:
        if os.environ.get(ENV_STORE):
            return resolve_store_dir(None)
        return resolve_store_dir(self.store_dir or None)

    def effective_quarantine_dir(self) -> Path:
        return Path(self.quarantine_dir) if self.quarantine_dir else data_dir() / "quarantine"

    def effective_hot_folder(self) -> Path | None:
        return Path(self.hot_folder) if self.hot_folder else None

    def with_changes(self, **changes: str) -> Workstation:
        return replace(self, **changes)

    def apply_environment(self) -> None:
        """Hand the tesseract path to the OCR layer (before any worker process starts)."""
        if self.tesseract_cmd and not os.environ.get(ENV_TESSERACT):
            os.environ[ENV_TESSERACT] = self.tesseract_cmd


def load(path: Path | None = None) -> Workstation:
    """The saved settings; defaults for a missing or unreadable file (never an error)."""
    path = path or config_path()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Workstation()
    if not isinstance(stored, dict):
        return Workstation()
    names = {f.name for f in fields(Workstation)}
    return Workstation(**{k: str(v) for k, v in stored.items() if k in names})


def save(settings: Workstation, path: Path | None = None) -> Path:
    """Write atomically (temporary file, then rename)."""
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    return write_file(path, text.encode("utf-8"))

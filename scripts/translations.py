#!/usr/bin/env python3
"""Keep Qt translations in step with the code.

    python scripts/translations.py update    # lupdate: collect new strings into the .ts files
    python scripts/translations.py release   # lrelease: compile .ts into the shipped .qm files
    python scripts/translations.py check     # fail when a string lacks a translation
    python scripts/translations.py fill      # fill unfinished strings from pending_*.json

``pending_*.json`` files (``{"English source": "Русский перевод"}``) carry the Russian texts
of new strings written before the next ``update``; ``fill`` applies them wherever the .ts
still has the string unfinished.

Edit the Russian texts in ``app/translations/mailroom_ru.ts`` with Qt Linguist
(``pyside6-linguist``) or any text editor.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = [ROOT / "app" / "translations" / "mailroom_ru.ts"]


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def update() -> None:
    for ts in TS_FILES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                *sources(),
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def release(out_dir: Path | None = None) -> list[Path]:
    built = []
    for ts in TS_FILES:
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = None if translation is None else translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        if translation is None or kind == "unfinished" or not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def fill() -> int:
    """Apply ``pending_*.json`` to the unfinished messages; the number filled."""
    import json

    pending: dict[str, str] = {}
    for path in sorted((ROOT / "app" / "translations").glob("pending_*.json")):
        pending.update(json.loads(path.read_text(encoding="utf-8")))
    filled = 0
    for ts in TS_FILES:
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or source not in pending:
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                translation.text = pending[source]
                translation.attrib.pop("type", None)
                filled += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def check() -> int:
    bad = {ts.name: unfinished(ts) for ts in TS_FILES}
    for name, missing in bad.items():
        for source in missing:
            print(f"{name}: untranslated: {source!r}")
    return 1 if any(bad.values()) else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        print(f"filled {fill()} translations")
    else:
        sys.exit(check())

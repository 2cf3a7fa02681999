"""Start the desktop app."""

from __future__ import annotations


def run_gui(language: str) -> int:
    from app.gui.startup import start

    return start(language)

"""The verification station: the clerk checks OCR'd registration cards by exception."""

from __future__ import annotations

__all__ = ["VerificationStation"]


def __getattr__(name: str) -> object:
    # Lazy, so that importing a submodule (e.g. the page viewer) does not build the station.
    if name == "VerificationStation":
        from app.gui.verification.station import VerificationStation

        return VerificationStation
    raise AttributeError(name)

"""One lock for every call into PDFium in this process.

PDFium is not thread-safe: two threads may not call it at the same time, not even on
different documents. The desktop app calls it from several background jobs at once (an
import reading scanned PDFs, the reply preview rasterizing a letter), so each use holds
``PDFIUM`` for as long as it has a document open. Re-entrant: a holder may call another
function that takes it too. Page jobs in worker processes have their own PDFium and need
no lock.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

PDFIUM = threading.RLock()
P = ParamSpec("P")
R = TypeVar("R")


def pdfium_held(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` holding ``PDFIUM``."""

    @functools.wraps(function)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with PDFIUM:
            return function(*args, **kwargs)

    return locked

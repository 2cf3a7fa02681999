"""Writing the files a user asked for (PDFs, exports, bundles)."""

from __future__ import annotations

import os
from pathlib import Path


def write_file(path: Path, data: bytes) -> Path:
    """Write through a temporary file, so that a reader never sees half a file."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path

"""Writing the files a user asked for (PDFs, exports, bundles) and the app's own settings."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_file(path: Path, data: bytes) -> Path:
    """Write through a temporary file beside ``path``, then rename: a reader never sees
    half a file, and two writers never share a temporary file."""
    fd, partial = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)
    return path

"""Walking the chunks of a PNG file without decoding its pixels."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes, bool]]:
    """Type, data and "checksum good" of each whole chunk of a PNG file, in order, up to
    and including IEND. Stops at a chunk cut short; yields nothing for a file that is not
    a PNG."""
    if not data.startswith(PNG_SIGNATURE):
        return
    pos = len(PNG_SIGNATURE)
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 8 + length
        if end + 4 > len(data):
            return
        (crc,) = struct.unpack(">I", data[end : end + 4])
        yield kind, data[pos + 8 : end], zlib.crc32(data[pos + 4 : end]) == crc
        if kind == b"IEND":
            return
        pos = end + 4

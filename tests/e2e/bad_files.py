"""Files that must end in quarantine, one per reason, with a Russian word of the reason."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def _pdf_bytes(encrypt: str | None = None) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    pdf.drawString(100, 700, "Secret letter")
    pdf.save()
    return buf.getvalue()


def _claim_size(png: bytes, width: int, height: int) -> bytes:
    """A valid PNG whose header claims a huge size (a decompression bomb's signature)."""
    data = bytearray(png)
    data[16:24] = width.to_bytes(4, "big") + height.to_bytes(4, "big")
    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")  # IHDR chunk CRC
    return bytes(data)


def make_bad_files(folder: Path) -> dict[str, str]:
    """Write the bad files; returns {file name: a word its Russian reason must contain}."""
    (folder / "empty.pdf").write_bytes(b"")
    whole = _pdf_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "encrypted.pdf").write_bytes(_pdf_bytes(encrypt="secret"))
    png = io.BytesIO()
    Image.new("L", (64, 64), 255).save(png, "PNG")
    (folder / "bomb.png").write_bytes(_claim_size(png.getvalue(), 60000, 60000))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not a scan at all")
    (folder / "photo.pdf").write_bytes(png.getvalue())
    return {
        "empty.pdf": "пуст",
        "truncated.pdf": "поврежд",
        "encrypted.pdf": "парол",
        "bomb.png": "велико",
        "notes.docx": "тип",
        "photo.pdf": "расширени",
    }

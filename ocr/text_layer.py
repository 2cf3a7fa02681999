"""The invisible text layer of a searchable PDF page, written from the OCR's words.

Each word is drawn in text render mode 3 (neither filled nor stroked) over the page image,
stretched (``Tz``) to its box, on its line's baseline, so selecting, copying and searching
in any PDF viewer find the words where they are printed. A space stretched over the gap
follows every word but the last of its line, so the words come out apart.

The font is tesseract's "GlyphLessFont" (``pdf.ttf`` in tesseract's tessdata, Apache
License 2.0, the same one tesseract's and OCRmyPDF's text layers use): one empty glyph
for every character code, characters given as UTF-16 codes (``Identity-H``) with an
identity ``ToUnicode`` map, so Cyrillic, Latin and any other text come out as written.

Writing the layer here instead of taking tesseract's PDF spares tesseract the PDF and the
joining of its page with the stored image, and the layer always says what the words say.
"""

from __future__ import annotations

import base64
import functools
import statistics
import zlib
from collections.abc import Sequence

from ocr.types import Word

FONT_NAME = "F0"  # the resource name the content stream uses
_CHAR_WIDTH = 0.5  # every glyph advances half an em (the font's /DW 500)

_GLYPHLESS_TTF = base64.b64decode(
    "AAEAAAAKAIAAAwAgT1MvMlbeyJQAAAEoAAAAYGNtYXAACgA0AAABkAAAAB5nbHlmFSJBJAAAAbgAAAAYaGVhZAt4"
    "8WUAAACsAAAANmhoZWEMAgQCAAAA5AAAACRobXR4BAAAAAAAAYgAAAAIbG9jYQAMAAAAAAGwAAAABm1heHAABAAF"
    "AAABCAAAACBuYW1l8usW2gAAAdAAAABLcG9zdAABAAEAAAIcAAAAIAABAAAAAQAAsJRxEF8PPPUEBwgAAAAAAM+a"
    "/G4AAAAA1MOn8gAAAAAEAAgAAAAAEAACAAAAAAAAAAEAAAgA//8AAAQAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAC"
    "AAEAAAACAAQAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAwAAAZAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA"
    "AQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAR09PRwBAAAAAAAAB//8AAAABAAGAAAAAAAAAAAAAAAAAAAABAAAAAAAA"
    "BAAAAAAAAAIAAQAAAAAAFAADAAAAAAAUAAYACgAAAAAAAAAAAAAAAAAMAAAAAQAAAAAEAAgAAAMAADEhESEEAPwA"
    "CAAAAAADACoAAAADAAAABQAWAAAAAQAAAAAABQALABYAAwABBAkABQAWAAAAVgBlAHIAcwBpAG8AbgAgADEALgAw"
    "VmVyc2lvbiAxLjAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAA="
)

_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<</Length {len(data)}{extra}>>\nstream\n".encode() + data + b"\nendstream"


@functools.cache
def _cid_to_gid() -> bytes:
    """The compressed map from every character code to glyph 1 (made once)."""
    return zlib.compress(b"\x00\x01" * 65536, 9)


def font_objects(first: int) -> list[bytes]:
    """The font's PDF objects, numbered from ``first``; the font itself is ``first 0 R``."""
    return [
        f"<</Type/Font/Subtype/Type0/BaseFont/GlyphLessFont/Encoding/Identity-H"
        f"/DescendantFonts[{first + 1} 0 R]/ToUnicode {first + 4} 0 R>>".encode(),
        f"<</Type/Font/Subtype/CIDFontType2/BaseFont/GlyphLessFont"
        f"/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
        f"/FontDescriptor {first + 2} 0 R/CIDToGIDMap {first + 3} 0 R/DW 500>>".encode(),
        f"<</Type/FontDescriptor/FontName/GlyphLessFont/Flags 5/FontBBox[0 0 500 1000]"
        f"/ItalicAngle 0/Ascent 1000/Descent 0/CapHeight 1000/StemV 80"
        f"/FontFile2 {first + 5} 0 R>>".encode(),
        _stream(_cid_to_gid(), "/Filter/FlateDecode"),
        _stream(_TO_UNICODE),
        _stream(_GLYPHLESS_TTF, f"/Length1 {len(_GLYPHLESS_TTF)}"),
    ]


def lines_of(words: Sequence[Word]) -> list[list[Word]]:
    """The words grouped by line, lines in reading order (first appearance)."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line_key, []).append(word)
    return list(lines.values())


def content(words: Sequence[Word], pt_per_px: float, page_height_pt: float) -> bytes:
    """Content-stream operators drawing ``words`` invisibly (font resource ``/F0``).

    Word boxes are in pixels of an image of ``pt_per_px`` points per pixel whose top
    edge is at ``page_height_pt``.
    """
    ops = ["BT", "3 Tr"]
    for line in lines_of(words):
        line = sorted(line, key=lambda w: w.box.x)
        top = min(w.box.y for w in line)
        bottom = max(w.box.y + w.box.h for w in line)
        baseline = statistics.median(w.box.y + w.box.h for w in line)  # most have no descender
        size = max(1.0, (bottom - top) * pt_per_px)
        y = page_height_pt - baseline * pt_per_px
        for i, word in enumerate(line):
            codes = word.text.encode("utf-16-be")
            x = word.box.x * pt_per_px
            stretch = _stretch(word.box.w, len(codes) // 2, size, pt_per_px)
            ops.append(
                f"/{FONT_NAME} {size:.2f} Tf {stretch} Tz "
                f"1 0 0 1 {x:.2f} {y:.2f} Tm <{codes.hex().upper()}> Tj"
            )
            if i < len(line) - 1:  # a space up to the next word
                gap = line[i + 1].box.x - (word.box.x + word.box.w)
                ops.append(f"{_stretch(gap, 1, size, pt_per_px)} Tz <0020> Tj")
    ops.append("ET")
    return "\n".join(ops).encode()


def _stretch(width_px: int, chars: int, size: float, pt_per_px: float) -> str:
    """The horizontal scaling (``Tz``, percent) that makes ``chars`` glyphs ``width_px`` wide."""
    natural = max(1, chars) * size * _CHAR_WIDTH
    return f"{100.0 * max(1, width_px) * pt_per_px / natural:.2f}"


def pdf_file(objects: Sequence[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1; object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def page_pdf(
    width_pt: float, height_pt: float, words: Sequence[Word], pt_per_px: float,
    image: bytes | None = None,
) -> bytes:  # fmt: skip
    """A one-page PDF: ``image`` (a complete image XObject dictionary and stream, drawn
    over the whole page) if given, and the invisible text of ``words`` over it."""
    text = content(words, pt_per_px, height_pt)
    draw = f"q {width_pt:.4f} 0 0 {height_pt:.4f} 0 0 cm /Im0 Do Q\n".encode() if image else b""
    resources = f"/Font<</{FONT_NAME} 6 0 R>>" + ("/XObject<</Im0 5 0 R>>" if image else "")
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {width_pt:.4f} {height_pt:.4f}]"
        f"/Resources<<{resources}>>/Contents 4 0 R>>".encode(),
        _stream(zlib.compress(draw + text, 6), "/Filter/FlateDecode"),
        image or b"<<>>",  # object 5: the image, or an unused empty dictionary
        *font_objects(6),
    ]
    return pdf_file(objects)

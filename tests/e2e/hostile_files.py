"""Hostile and broken input, written by the tests (never committed as binaries).

``write_import_batch`` writes one folder of files for ``mailroom import``: broken,
mislabelled, oversized, unreadable and oddly named files, with a few good letters among
them. Each case says what the import must make of it. ``write_registries`` and
``write_templates`` do the same for ``consumers import`` and the reply templates.
"""

from __future__ import annotations

import base64
import io
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from tests.e2e.bad_files import make_bad_files

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


Writer = Callable[[Path, bytes], None]  # (path to create, a good scanned page as PNG)


@dataclass(frozen=True, slots=True)
class Case:
    """One hostile input and what must become of it: ``registered`` (a letter of ``pages``
    pages is made of it) or ``quarantined`` (kept with its reason, whose ``code`` is one of
    ``letters.capture``'s reason codes)."""

    id: str
    name: str  # as written in the batch folder (a relative path)
    status: str
    code: str = ""
    pages: int = 1
    write: Writer | None = field(default=None, compare=False)  # None: bad_files.py writes it


# --- little file writers ---------------------------------------------------------------------

LETTER_TEXT = (
    "Dear sirs, please recalculate the electricity bill for March for account {n}. "
    "The meter was replaced last month and the old readings are wrong."
)


def text_pdf(n: str, *, pages: int = 1, size: tuple[float, float] = (420, 595), **kw) -> bytes:
    """A born-digital letter: its text layer is read without OCR, so it is quick."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=size, **kw)
    for page in range(pages):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(20, size[1] - 40, LETTER_TEXT[:80].format(n=n))
        pdf.drawString(20, size[1] - 55, LETTER_TEXT[80:].format(n=n) + f" Page {page + 1}.")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def raw_pdf(objects: list[bytes], *, trailer_extra: bytes = b"") -> bytes:
    """A PDF written by hand from object bodies (object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def one_page_pdf(
    media_box: bytes, *, catalog_extra: bytes = b"", extra: list[bytes] = (), text: str = "Hello"
) -> bytes:
    content = b"BT /F1 9 Tf 40 300 Td (%s) Tj ET" % text.encode("latin-1")
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox " + media_box + b" /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            *extra,
        ]
    )


def small_scan() -> bytes:
    """A small scanned-looking line of text: quick to recognise."""
    image = Image.new("L", (900, 160), 255)
    ImageDraw.Draw(image).text(
        (30, 50), "Account 1234567890", fill=0, font=ImageFont.load_default(size=48)
    )
    return png_bytes(image)


def png_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_bilevel_png(side: int) -> bytes:
    """A real ``side`` x ``side`` 1-bit white PNG (``side`` a multiple of 1000), written in
    a blink: 1000 rows are deflated once and their block repeated (a full flush makes the
    blocks independent)."""
    rows = (b"\x00" + b"\xff" * ((side + 7) // 8)) * 1000
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(rows) + packer.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(side // 1000):
        checksum = zlib.adler32(rows, checksum)
    stream = b"\x78\xda" + block * (side // 1000) + packer.flush() + struct.pack(">I", checksum)
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", stream)
        + _chunk(b"IEND", b"")
    )


def _first_idat(data: bytes) -> tuple[int, int]:
    """Offset and length of the first IDAT chunk's data."""
    at = data.index(b"IDAT")
    return at + 4, struct.unpack(">I", data[at - 4 : at])[0]


def bad_crc_png(png: bytes) -> bytes:
    """Every IDAT checksum wrong, every pixel intact (viewers show it; so do we)."""
    data = bytearray(png)
    at = 8
    while at < len(data):
        length = struct.unpack(">I", data[at : at + 4])[0]
        if data[at + 4 : at + 8] == b"IDAT":
            data[at + 8 + length] ^= 0xFF
        at += 12 + length
    return bytes(data)


def corrupt_idat_png() -> bytes:
    """The compressed pixels themselves are garbage (with a valid checksum)."""
    data = bytearray(png_bytes(noise(200, 100)))
    start, length = _first_idat(bytes(data))
    data[start + 10 : start + length] = bytes(length - 10)
    crc = zlib.crc32(bytes(data[start - 4 : start + length]))
    data[start + length : start + length + 4] = struct.pack(">I", crc)
    return bytes(data)


def short_idat_png() -> bytes:
    """Well framed (every checksum good, IEND there), but the compressed stream holds only
    half the rows the header declares: only decoding the pixels shows it."""
    width, height = 400, 300
    rows = b"".join(b"\0" + os.urandom(width) for _ in range(height // 2))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def blank_pdf(pages: int) -> bytes:
    """``pages`` empty one-inch pages: a small file that claims a lot of work."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            *[page] * pages,
        ]
    )


def gif_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("L", (10, 10)).save(buf, "GIF")
    return buf.getvalue()


def no_pages_pdf() -> bytes:
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def jpeg_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def jpeg_claiming(width: int, height: int) -> bytes:
    data = bytearray(jpeg_bytes(Image.new("L", (64, 64), 200)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def noise(width: int, height: int) -> Image.Image:
    return Image.frombytes("L", (width, height), os.urandom(width * height))


def tiff_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "TIFF")
    return buf.getvalue()


def zero_size_tiff() -> bytes:
    """A TIFF whose only image is 0 x 0 pixels."""
    entries = [
        (256, 4, 1, 0),  # ImageWidth
        (257, 4, 1, 0),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 1),  # Compression: none
        (262, 3, 1, 1),  # Photometric: min-is-black
        (273, 4, 1, 8),  # StripOffsets
        (277, 3, 1, 1),  # SamplesPerPixel
        (278, 4, 1, 0),  # RowsPerStrip
        (279, 4, 1, 0),  # StripByteCounts
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack("<H", value) + b"\0\0" if kind == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0)


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def eml(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode() + b"\r\n" + body


def broken_multipart_eml(scan: bytes, truncated_pdf: bytes) -> bytes:
    """Multipart whose parts use a boundary other than the declared one, a base64 part
    that is not base64, a truncated PDF attachment and no closing boundary."""
    return eml(
        "From: Сидоров <sidorov@example.ru>\nSubject: scan\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="DECLARED"\n',
        b"preamble\r\n--DECLARED\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Прошу проверить начисления по лицевому счёту 1234567890.".encode()
        + b"\r\n--DECLARED\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="scan.png"\r\n\r\n'
        + _b64(scan)
        + b"\r\n--DECLARED\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64"
        b'\r\nContent-Disposition: attachment; filename="cut.pdf"\r\n\r\n'
        + _b64(truncated_pdf)
        + b"\r\n--DECLARED\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64"
        b'\r\nContent-Disposition: attachment; filename="garbage.pdf"\r\n\r\n'
        b"!!!! this is *not* base64 @@@@\r\n"
        b"--OTHER\r\nContent-Type: text/plain\r\n\r\nstray part\r\n",
    )


def deep_eml(depth: int) -> bytes:
    body = b""
    for level in range(depth):
        body += b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (
            level,
            level + 1,
        )
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep text\r\n" % depth
    return eml(
        "From: deep@example.ru\nSubject: deep\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b0"\n',
        b"Body on top.\r\n" + body,
    )


def attachment_eml(sender: str, filename: str, data: bytes) -> bytes:
    return eml(
        f"From: {sender}\nSubject: attachment\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="B"\n',
        b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Обращение по лицевому счёту 1234567890, скан во вложении.".encode()
        + b"\r\n--B\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="'
        + filename.encode()
        + b'"\r\n\r\n'
        + _b64(data)
        + b"\r\n--B--\r\n",
    )


# --- the import batch ------------------------------------------------------------------------

LONG_NAME = "Ж" * 125 + ".pdf"  # 254 bytes: its ".reason.txt" twin would not fit in 255
OUTSIDE_MARK = "hostile-escape-marker"


def _data(make: Callable[[], bytes]) -> Writer:
    """Write ``make()``: made only when the batch is written, not when tests are collected."""
    return lambda path, scan: path.write_bytes(make())


def _bad(case_id: str, name: str, code: str, write: Writer) -> Case:
    return Case(case_id, name, "quarantined", code, write=write)


def _good(case_id: str, name: str, write: Writer, pages: int = 1) -> Case:
    return Case(case_id, name, "registered", pages=pages, write=write)


def _account_pdf(n: int, **kw: object) -> Writer:
    return _data(lambda: text_pdf(f"10000000{n:02d}", **kw))


def _whole_pdf() -> bytes:
    return text_pdf("1000000001")


def import_cases() -> list[Case]:
    """Every case of the import batch; ``write_import_batch`` writes them."""
    old = [  # the older, smaller set of tests/e2e/bad_files.py
        Case("zero_byte_pdf", "empty.pdf", "quarantined", "empty"),
        Case("truncated_pdf", "truncated.pdf", "quarantined", "truncated"),
        Case("encrypted_pdf", "encrypted.pdf", "quarantined", "encrypted"),
        Case("png_header_claims_60000px", "bomb.png", "quarantined", "too_large"),
        Case("zip_named_docx", "notes.docx", "quarantined", "unsupported"),
        Case("png_named_pdf", "photo.pdf", "quarantined", "wrong_extension"),
    ]
    jpeg = _data(lambda: jpeg_bytes(noise(400, 300)))
    cases = [
        *old,
        _bad("zero_byte_eml", "empty.eml", "empty", _data(bytes)),
        _bad("zero_byte_jpeg", "empty.jpg", "empty", _data(bytes)),
        _bad(
            "truncated_tiff",
            "cut.tif",
            "truncated",
            _data(lambda: _half(tiff_bytes(noise(400, 300)))),
        ),
        _bad(
            "truncated_jpeg",
            "cut.jpg",
            "truncated",
            _data(lambda: _half(jpeg_bytes(noise(400, 300)))),
        ),
        _bad(
            "truncated_pdf_no_eof", "cut-text.pdf", "truncated", _data(lambda: _whole_pdf()[:-300])
        ),
        _bad("png_corrupt_data", "corrupt.png", "truncated", _data(corrupt_idat_png)),
        _bad("png_short_data", "short.png", "truncated", _data(short_idat_png)),
        _bad("tiff_0x0", "zero.tif", "truncated", _data(zero_size_tiff)),
        _bad("pdf_without_pages", "no-pages.pdf", "truncated", _data(no_pages_pdf)),
        _bad(
            "png_30000x30000", "bomb-30000.png", "too_large", _data(lambda: huge_bilevel_png(30000))
        ),
        _bad(
            "jpeg_header_claims_65000px",
            "bomb.jpg",
            "too_large",
            _data(lambda: jpeg_claiming(65000, 65000)),
        ),
        _bad(
            "pdf_page_200_inches",
            "giant-page.pdf",
            "too_large",
            _data(lambda: one_page_pdf(b"[0 0 14400 14400]")),
        ),
        _bad(
            "image_1x1", "dot.png", "too_small", _data(lambda: png_bytes(Image.new("L", (1, 1), 0)))
        ),
        _bad(
            "pdf_page_2pt", "tiny-page.pdf", "too_small", _data(lambda: one_page_pdf(b"[0 0 2 2]"))
        ),
        _bad("pdf_named_jpg", "scan.jpg", "wrong_extension", _data(_whole_pdf)),
        _bad("jpeg_named_tiff", "scan.tif", "wrong_extension", jpeg),
        _bad("png_named_eml", "photo.eml", "wrong_extension", _data(small_scan)),
        _bad(
            "text_named_pdf", "readme.pdf", "unsupported", _data("Просто текст, не PDF.\n".encode)
        ),
        _bad(
            "html_named_png",
            "page.png",
            "unsupported",
            _data(lambda: b"<html><body>hi</body></html>"),
        ),
        _bad("gif", "animation.gif", "unsupported", _data(gif_bytes)),
        _bad(
            "pdf_2001_pages_over_limit",
            "2001-pages.pdf",
            "too_many_pages",
            _data(lambda: blank_pdf(2001)),
        ),
        _bad("long_name_truncated_pdf", LONG_NAME, "truncated", _data(lambda: _whole_pdf()[:500])),
        _bad("symlink_loop", "loop.pdf", "broken_link", _link("loop.pdf")),
        _bad("dangling_symlink", "gone.pdf", "broken_link", _link("/nonexistent/gone.pdf")),
        _bad("fifo", "pipe.pdf", "not_a_file", lambda path, scan: os.mkfifo(path)),
        # A read error (a bad sector, a dropped network share) even for root: reading
        # /proc/self/mem at offset 0 fails with EIO.
        _bad("read_error", "bad-sector.pdf", "unreadable", _link("/proc/self/mem")),
        # Root reads a chmod-000 file anyway: then it is simply registered.
        _good("chmod_000", "locked.pdf", _no_access(9))
        if IS_ROOT
        else _bad("chmod_000", "locked.pdf", "unreadable", _no_access(9)),
        _good(
            "owner_password_only_pdf",
            "owner-locked.pdf",
            _account_pdf(2, encrypt=StandardEncryption("", ownerPassword="owner", canModify=0)),
        ),
        _good("pdf_with_javascript", "javascript.pdf", _data(javascript_pdf)),
        _good("pdf_page_0pt_wide", "zero-width.pdf", _data(lambda: one_page_pdf(b"[0 0 0 842]"))),
        _good(
            "png_bad_crc_intact_pixels",
            "bad-crc.png",
            lambda path, scan: path.write_bytes(bad_crc_png(scan)),
        ),
        _good("pdf_500_pages", "500-pages.pdf", _account_pdf(3, pages=500, size=(150, 100)), 500),
        _good(
            "cyrillic_spaces_quotes_name", 'Письмо «Иванова» от "01.02" it\'s.pdf', _account_pdf(4)
        ),
        _good("newline_in_name", "two\nlines.pdf", _account_pdf(5)),
        _good("undecodable_name", os.fsdecode(b"\xff\xfe-scan.pdf"), _account_pdf(8)),
        _good("path_over_255_bytes", "/".join(["каталог-" * 3] * 6) + "/deep.pdf", _account_pdf(6)),
        _good("directory_named_pdf", "folder.pdf/inside.pdf", _account_pdf(7)),
        _good(
            "eml_broken_multipart",
            "broken.eml",
            _data(lambda: broken_multipart_eml(small_scan(), _whole_pdf()[:400])),
            2,
        ),
        _good("eml_nested_1000_deep", "deep.eml", _data(lambda: deep_eml(1000))),
        _good(
            "eml_attachment_path_traversal",
            "traversal.eml",
            _data(
                lambda: attachment_eml(
                    "trav@example.ru", f"../../../../tmp/{OUTSIDE_MARK}.png", small_scan()
                )
            ),
            2,
        ),
        _good(
            "eml_attachment_bomb",
            "bomb.eml",
            _data(lambda: attachment_eml("bomb@example.ru", "bomb.png", huge_bilevel_png(30000))),
        ),
    ]
    return cases


def write_import_batch(folder: Path, scan: bytes, cases: list[Case]) -> None:
    """Write ``cases`` into ``folder`` (``scan``: one good scanned page, PNG)."""
    folder.mkdir(parents=True, exist_ok=True)
    make_bad_files(folder)
    for case in cases:
        if case.write is not None:
            path = folder / case.name
            path.parent.mkdir(parents=True, exist_ok=True)
            case.write(path, scan)


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def javascript_pdf() -> bytes:
    """A letter whose opening action runs JavaScript (nothing here runs it)."""
    action = b"<< /Type /Action /S /JavaScript /JS (app.alert('pwned');) >>"
    return one_page_pdf(
        b"[0 0 420 595]",
        catalog_extra=b"/OpenAction 6 0 R ",
        extra=[action],
        text=LETTER_TEXT[:80].format(n="1000000010"),
    )


def _link(target: str) -> Writer:
    return lambda path, scan: path.symlink_to(target)


def _no_access(n: int) -> Writer:
    def write(path: Path, scan: bytes) -> None:
        path.write_bytes(text_pdf(f"10000000{n:02d}"))
        path.chmod(0)

    return write


# --- consumer registries -----------------------------------------------------------------------

REGISTRY_HEADER = ["Лицевой счёт", "ФИО", "Адрес", "Телефон"]


def _registry_rows(first: int, count: int = 3) -> list[list[str]]:
    return [
        [str(first + i), f"Петров{i} Пётр Ильич", f"г. Тверь, ул. Ленина, д. {i + 1}", ""]
        for i in range(count)
    ]


def _csv_text(rows: list[list[str]], delimiter: str = ";") -> str:
    return "\r\n".join(delimiter.join(r) for r in [REGISTRY_HEADER, *rows]) + "\r\n"


def registry_xlsx_formulas_merged(first: int) -> bytes:
    """A 1C-style sheet: a merged title row above the header, merged cells in the data,
    and formulas (never calculated: openpyxl stores no cached values)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Реестр потребителей на 01.12.2026"])
    sheet.merge_cells("A1:D1")
    sheet.append(REGISTRY_HEADER)
    for row in _registry_rows(first, 3):
        sheet.append(row)
    sheet.append([f"={first + 3}+0", "Формулова Анна", "г. Тверь", ""])  # formula account
    sheet.append([str(first + 4), '=CONCATENATE("Формулов"," Иван")', "г. Тверь", ""])
    sheet.merge_cells("C3:C4")  # one address for two consumers, as a person merges it
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@dataclass(frozen=True, slots=True)
class RegistryCase:
    """A registry file and what ``consumers import --partial`` must make of it: ``exit``
    code, the accounts it imports, and words of the message (English)."""

    id: str
    name: str
    data: bytes
    exit: int
    accounts: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


def registry_cases() -> list[RegistryCase]:
    koi8 = _registry_rows(5550000100)
    utf16 = _registry_rows(5550000200)
    nul = _registry_rows(5550000300)
    huge = _registry_rows(5550000400)
    huge[1][2] = "д. 1, " * 40_000  # a 240 KB cell: past the csv module's field limit
    nul[1][1] = "Нуль\x00Байтов Иван"
    mojibake = _csv_text(_registry_rows(5550000500)).encode("utf-8").decode("cp1251", "replace")
    return [
        RegistryCase("csv_koi8r", "koi8.csv", _csv_text(koi8).encode("koi8-r"), 0, (koi8[0][0],)),
        RegistryCase(
            "csv_utf16_excel_unicode_text",
            "unicode.txt",
            b"\xff\xfe" + _csv_text(utf16, "\t").encode("utf-16-le"),
            0,
            (utf16[2][0],),
        ),
        RegistryCase(
            "csv_double_encoded_headers",
            "mojibake.csv",
            mojibake.encode("utf-8"),
            2,
            words=("No recognised column headers", "UTF-8"),
        ),
        RegistryCase("csv_nul_bytes", "nul.csv", _csv_text(nul).encode("cp1251"), 0, (nul[1][0],)),
        RegistryCase("csv_huge_field", "huge.csv", _csv_text(huge).encode(), 3, (huge[0][0],)),
        RegistryCase(
            "xlsx_formulas_and_merged_cells",
            "formulas.xlsx",
            registry_xlsx_formulas_merged(5550000600),
            3,
            ("5550000600", "5550000601", "5550000602"),
            ("formula",),
        ),
        RegistryCase(
            "xlsx_corrupt_zip",
            "broken.xlsx",
            b"PK\x03\x04" + b"\x00" * 40,
            2,
            words=("Cannot read",),
        ),
        RegistryCase("csv_empty", "empty.csv", b"", 2, words=("No recognised column headers",)),
        RegistryCase(
            "png_named_csv",
            "photo.csv",
            png_bytes(Image.new("L", (40, 40))),
            2,
            words=("No recognised column headers",),
        ),
    ]


# --- reply templates -----------------------------------------------------------------------

NOT_ALLOWED = "The template uses something that is not allowed"
# code: (the template body, the start of the message it must get)
TEMPLATE_PAYLOADS = {
    "tpl_class_mro": ("{{ ''.__class__.__mro__ }}", NOT_ALLOWED),
    "tpl_attr_filter": ("{{ consumer|attr('__class__') }}", NOT_ALLOWED),
    "tpl_range_billion": ("{% for i in range(10**9) %}x{% endfor %}", NOT_ALLOWED),
    "tpl_string_times_string": ("{{ ('x' * 100000) * 100000 }}", NOT_ALLOWED),
    "tpl_filter_width": ("{{ 'x'|center(999999999) }}", NOT_ALLOWED),
    "tpl_percent_width": ("{{ '%999999999s' % 'x' }}", NOT_ALLOWED),
    "tpl_nested_loops": (
        "{% for a in 'x' * 1000 %}{% for b in 'x' * 1000 %}{% for c in 'x' * 1000 %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        NOT_ALLOWED,
    ),
    "tpl_doubling": (
        "{% set a = 'x' * 100000 %}{% set b = a ~ a %}{% set c = b ~ b %}{{ c|length }}",
        NOT_ALLOWED,
    ),
    "tpl_str_format_method": ("{{ '{:999999999}'.format(1) }}", NOT_ALLOWED),
    "tpl_join_method": ("{{ ('y' * 100000).join(('x' * 100000)|list) }}", NOT_ALLOWED),
    "tpl_recursive_macro": ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", NOT_ALLOWED),
    "tpl_huge_output": (
        "{% for a in 'x' * 1000 %}{{ 'y' * 1000 }}{% endfor %}",
        "The template cannot be rendered",
    ),
    "tpl_syntax_error": ("{% if %}", "Template error"),
}


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_templates(shipped: Path, folder: Path) -> None:
    """A copy of the shipped template folder plus one template per payload (its code is
    the payload's id)."""
    import shutil

    shutil.copytree(shipped, folder)
    for code, (body, _) in TEMPLATE_PAYLOADS.items():
        (folder / "replies" / f"{code}.toml").write_text(
            f'code = "{code}"\nversion = 1\ntitle = "Hostile"\ncategories = ["other"]\n'
            f'subject = "Ответ"\nbody = {_toml_string(body)}\n',
            encoding="utf-8",
        )


def write_broken_template_library(shipped: Path, folder: Path) -> None:
    """The shipped library plus a file that is not TOML at all."""
    import shutil

    shutil.copytree(shipped, folder)
    (folder / "replies" / "broken.toml").write_text('code = "broken\nbody = {{', "utf-8")

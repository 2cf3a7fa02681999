"""ocr.sources: sniffing, page reading for every format, and every UnusableInput code."""

from __future__ import annotations

import pickle
import struct
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ocr.images import load_gray, page_pixels, prepare_page
from ocr.page_job import process_page
from ocr.sources import is_usable_text, page_count, read_pages, sniff_kind
from ocr.types import UnusableInput

pytestmark = pytest.mark.filterwarnings("error")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINE = "Прошу произвести перерасчёт по лицевому счёту 3300123456 за март 2025 года"


def text_image(size: tuple[int, int] = (800, 1100), mode: str = "L") -> Image.Image:
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 18)
    for row in range(12):
        draw.text((40, 60 + row * 40), LINE[: 40 + row], fill=0, font=font)
    return image.convert(mode)


def text_pdf(path: Path, pages: int = 1) -> Path:
    pdfmetrics.registerFont(TTFont("TestDejaVu", FONT))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        pdf.setFont("TestDejaVu", 12)
        for row in range(20):
            pdf.drawString(60, 780 - row * 18, LINE)
        pdf.showPage()
    pdf.save()
    return path


def image_pdf(path: Path, tmp_path: Path) -> Path:
    picture = tmp_path / "picture.png"
    text_image().save(picture)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(str(picture), 0, 0, *A4)
    pdf.showPage()
    pdf.save()
    return path


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that declares a size but carries almost no pixels: only a size check refuses it."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    data = png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(b"\0" * 16))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + data + png_chunk(b"IEND", b""))
    return path


def assert_size_close(size: tuple[int, int], expected: tuple[float, float]) -> None:
    assert abs(size[0] - expected[0]) <= 1 and abs(size[1] - expected[1]) <= 1, (size, expected)


def code_of(path: Path, **kwargs: object) -> str:
    with pytest.raises(UnusableInput) as caught:
        read_pages(path, path.parent / "out", **kwargs)  # type: ignore[arg-type]
    return caught.value.code


# --- sniffing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "kind"),
    [
        ("a.png", "PNG", "png"),
        ("a.jpg", "JPEG", "jpeg"),
        ("a.jpe", "JPEG", "jpeg"),
        ("a.JPEG", "JPEG", "jpeg"),
        ("a.tif", "TIFF", "tiff"),
        ("a.tiff", "TIFF", "tiff"),
        ("a.bmp", "BMP", "bmp"),
        ("a.webp", "WEBP", "webp"),
        ("no_extension", "PNG", "png"),
        ("a.scan", "JPEG", "jpeg"),
    ],
)
def test_sniff_kind_by_content(tmp_path: Path, name: str, fmt: str, kind: str) -> None:
    path = tmp_path / name
    text_image((60, 40)).save(path, format=fmt)
    assert sniff_kind(path) == kind


def test_sniff_pdf_even_with_junk_before_the_header(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "a.pdf")
    assert sniff_kind(pdf) == "pdf"
    shifted = tmp_path / "b.pdf"
    shifted.write_bytes(b"\r\n" * 10 + pdf.read_bytes())
    assert sniff_kind(shifted) == "pdf"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"")
    assert code_of(path) == "empty"


@pytest.mark.parametrize("content", [b"hello, world", b"<html><body>404</body></html>", b"\0" * 64])
def test_unsupported_content(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(content)
    assert code_of(path) == "unsupported"


def test_png_named_pdf_is_wrong_extension(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    text_image((60, 40)).save(path, format="PNG")
    assert code_of(path) == "wrong_extension"
    jpeg_as_tiff = tmp_path / "scan.tif"
    text_image((60, 40)).save(jpeg_as_tiff, format="JPEG")
    assert code_of(jpeg_as_tiff) == "wrong_extension"


# --- PDF -----------------------------------------------------------------------------------


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "письмо.pdf", pages=2)
    pages = read_pages(pdf, tmp_path / "out")
    assert [p.index_in_source for p in pages] == [0, 1]
    page = pages[0]
    assert page.source_name == "письмо.pdf"
    assert page.text_layer is not None and "перерасчёт" in page.text_layer
    assert page.dpi == 150  # text-layer pages are only for viewing
    # Nothing is rendered by the intake: the OCR worker renders the page it prepares.
    assert page.pdf_page and page.image_path == str(pdf)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    gray = page_pixels(page)
    assert_size_close(gray.shape[::-1], (A4[0] * 150 / 72, A4[1] * 150 / 72))
    assert page_count(pdf) == 2


def test_pdf_pages_are_prepared_under_their_own_ascii_names(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "письмо.pdf", pages=2)
    prepared = [prepare_page(raw, tmp_path / "prep") for raw in read_pages(pdf, tmp_path)]
    names = [Path(p.image_path).name for p in prepared]
    assert len(set(names)) == 2 and all(name.isascii() for name in names)
    with Image.open(prepared[1].image_path) as image:
        assert_size_close(image.size, (A4[0] * 150 / 72, A4[1] * 150 / 72))
        assert round(image.info["dpi"][0]) == 150


def test_pdf_without_text_layer_is_rendered_at_ocr_dpi(tmp_path: Path) -> None:
    pdf = image_pdf(tmp_path / "scan.pdf", tmp_path)
    (page,) = read_pages(pdf, tmp_path / "out", dpi=200)
    assert page.text_layer is None
    assert page.dpi == 200
    gray = page_pixels(page)
    assert_size_close(gray.shape[::-1], (A4[0] * 200 / 72, A4[1] * 200 / 72))
    assert gray.dtype == np.uint8 and gray.min() < 50  # the text was drawn


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=StandardEncryption("secret"))
    pdf.drawString(60, 700, "secret")
    pdf.showPage()
    pdf.save()
    assert code_of(path) == "encrypted"
    with pytest.raises(UnusableInput):
        page_count(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    data = text_pdf(tmp_path / "full.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    assert code_of(cut) == "truncated"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"garbage " * 50 + b"\n%%EOF\n")
    assert code_of(broken) == "truncated"


def test_pdf_too_large_is_refused_before_rendering(tmp_path: Path) -> None:
    pdf = image_pdf(tmp_path / "scan.pdf", tmp_path)
    # A4 at 300 dpi is 8.7 megapixels.
    assert code_of(pdf, dpi=300, max_pixels=5_000_000) == "too_large"
    assert not list((tmp_path / "out").glob("*.png"))
    assert len(read_pages(pdf, tmp_path / "ok", dpi=300, max_pixels=9_000_000)) == 1


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        (LINE * 3, True),
        ("Page 1", False),  # too short
        ("1234567890 " * 20, False),  # no letters
        ("Ïðîøó ïðîèçâåñòè ïåðåðàñ÷¸ò ïî ëèöåâîìó ñ÷¸òó " * 3, False),  # cp1251 mojibake
        ("\ufffd\ufffd словo " * 30, False),  # unmapped glyphs
    ],
)
def test_text_layer_quality(text: str, usable: bool) -> None:
    assert is_usable_text(text) is usable


# --- raster formats --------------------------------------------------------------------------


def test_g4_tiff(tmp_path: Path) -> None:
    path = tmp_path / "fax.tif"
    text_image().convert("1").save(path, compression="group4", dpi=(300, 300))
    (page,) = read_pages(path, tmp_path / "out")
    assert page.dpi == 300 and page.text_layer is None
    with Image.open(page.image_path) as image:
        assert image.mode == "1" and image.size == (800, 1100)
        assert image.format == "PNG"
    assert page_count(path) == 1


def test_multi_page_g4_tiff(tmp_path: Path) -> None:
    path = tmp_path / "batch.tiff"
    sizes = [(800, 1100), (700, 500), (800, 1100)]
    first, second, third = (text_image(size).convert("1") for size in sizes)
    first.save(
        path, compression="group4", save_all=True, append_images=[second, third], dpi=(200, 200)
    )
    assert page_count(path) == 3
    pages = read_pages(path, tmp_path / "out")
    assert [p.index_in_source for p in pages] == [0, 1, 2]
    assert [p.dpi for p in pages] == [200, 200, 200]
    assert len({p.image_path for p in pages}) == 3
    with Image.open(pages[1].image_path) as image:
        assert image.size == (700, 500) and image.mode == "1"


def test_multi_page_gray_lzw_tiff(tmp_path: Path) -> None:
    path = tmp_path / "batch.tif"
    frames = [text_image(), text_image((600, 400)), text_image((500, 700))]
    frames[0].save(path, compression="tiff_lzw", save_all=True, append_images=frames[1:])
    pages = read_pages(path, tmp_path / "out")
    sizes = []
    for page in pages:
        with Image.open(page.image_path) as image:
            sizes.append(image.size)
    assert sizes == [(800, 1100), (600, 400), (500, 700)]


def test_fax_standard_resolution_gets_square_pixels(tmp_path: Path) -> None:
    path = tmp_path / "fax.tif"
    text_image((816, 550)).convert("1").save(path, compression="group3", dpi=(204, 98))
    (page,) = read_pages(path, tmp_path / "out")
    assert page.dpi == 204
    with Image.open(page.image_path) as image:
        assert image.size == (816, round(550 * 204 / 98))


@pytest.mark.parametrize(
    ("fmt", "suffix", "dpi"), [("PNG", ".png", 200), ("BMP", ".bmp", 200), ("WEBP", ".webp", 300)]
)
def test_single_page_images(tmp_path: Path, fmt: str, suffix: str, dpi: int) -> None:
    path = tmp_path / f"scan{suffix}"
    text_image(mode="RGB").save(path, format=fmt, dpi=(200, 200))
    (page,) = read_pages(path, tmp_path / "out")
    assert page.dpi == dpi  # WebP carries no DPI: a 300-dpi scan is assumed
    with Image.open(page.image_path) as image:
        assert image.size == (800, 1100)
        if fmt != "PNG":  # a copy: a colour file of a black-and-white page is stored grey
            assert image.mode == "L"
    gray = load_gray(page.image_path)
    assert gray.shape == (1100, 800) and gray.min() < 50  # the text is there
    assert page_count(path) == 1


def test_plain_png_and_jpeg_pages_are_read_as_they_are(tmp_path: Path) -> None:
    """No copy is written for a single upright PNG or JPEG page; a turned photo is copied."""
    png, jpeg, turned = tmp_path / "scan.png", tmp_path / "scan.jpg", tmp_path / "photo.jpg"
    text_image(mode="RGB").save(png, dpi=(300, 300))
    text_image().save(jpeg, dpi=(200, 200), quality=90)
    exif = Image.Exif()
    exif[0x0112] = 6
    text_image(mode="RGB").save(turned, dpi=(200, 200), exif=exif, quality=90)
    out = tmp_path / "out"
    ((p1,), (p2,), (p3,)) = (read_pages(f, out) for f in (png, jpeg, turned))
    assert (p1.image_path, p1.dpi) == (str(png), 300)
    assert (p2.image_path, p2.dpi) == (str(jpeg), 200)
    assert Path(p3.image_path).parent == out and load_gray(p3.image_path).shape == (800, 1100)
    assert [f.name for f in out.iterdir()] == [Path(p3.image_path).name]


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@pytest.mark.parametrize("where", ["before", "after"])
def test_png_exif_orientation_is_honoured_wherever_the_chunk_is(tmp_path: Path, where: str) -> None:
    """A PNG stored turned (EXIF orientation 6) is copied upright, whether its eXIf chunk
    comes before the image data or after it (both are allowed)."""
    plain = tmp_path / "plain.png"
    text_image((300, 200)).save(plain, dpi=(200, 200))
    data = plain.read_bytes()
    exif = Image.Exif()
    exif[0x0112] = 6
    chunk = _png_chunk(b"eXIf", exif.tobytes())
    at = data.index(b"IDAT") - 4 if where == "before" else data.index(b"IEND") - 4
    turned = tmp_path / "turned.png"
    turned.write_bytes(data[:at] + chunk + data[at:])
    (page,) = read_pages(turned, tmp_path / "out")
    assert Path(page.image_path).parent == tmp_path / "out"
    assert load_gray(page.image_path).shape == (300, 200)


def test_a_plain_png_page_is_not_decoded_by_the_intake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The intake judges a plain PNG page from its header and chunks; its pixels are left
    for the page preparation (decoding a dense page cost 0.12 s of the main process)."""
    from PIL import PngImagePlugin

    path = tmp_path / "scan.png"
    text_image(mode="RGB").save(path, dpi=(300, 300))

    def no_decoding(self: Image.Image) -> None:
        raise AssertionError("the intake decoded the page")

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", no_decoding)
    (page,) = read_pages(path, tmp_path / "out")
    assert (page.image_path, page.dpi) == (str(path), 300)


def test_jpeg_dpi_and_exif_orientation(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    text_image((300, 200), mode="RGB").save(path, dpi=(200, 200), exif=exif, quality=90)
    (page,) = read_pages(path, tmp_path / "out")
    assert page.dpi == 200
    with Image.open(page.image_path) as image:
        assert image.size == (200, 300)


def test_implausible_dpi_tag_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    text_image((2480, 3508)).save(path, dpi=(72, 72))  # a 300-dpi scan tagged 72 dpi
    (page,) = read_pages(path, tmp_path / "out")
    assert page.dpi == 300


def test_transparent_png_is_flattened_on_white(tmp_path: Path) -> None:
    path = tmp_path / "stamp.png"
    image = Image.new("RGBA", (100, 80), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((10, 10, 40, 40), fill=(0, 0, 255, 255))
    image.save(path)
    (page,) = read_pages(path, tmp_path / "out")
    with Image.open(page.image_path) as out:
        rgb = out.convert("RGB")
        assert rgb.getpixel((80, 70)) == (255, 255, 255)
        assert rgb.getpixel((20, 20)) == (0, 0, 255)


@pytest.mark.parametrize(("fmt", "suffix"), [("PNG", ".png"), ("JPEG", ".jpg"), ("TIFF", ".tif")])
def test_truncated_images(tmp_path: Path, fmt: str, suffix: str) -> None:
    whole = tmp_path / f"whole{suffix}"
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (400, 400), dtype=np.uint8)).save(whole, format=fmt)
    data = whole.read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(data[: len(data) // 2])
    assert code_of(cut) == "truncated"


def test_a_damaged_png_chunk_is_refused_as_truncated(tmp_path: Path) -> None:
    """A PNG taken as it is (not decoded on intake) is still checked chunk by chunk."""
    whole = tmp_path / "whole.png"
    text_image((800, 1000)).save(whole, dpi=(300, 300))
    data = bytearray(whole.read_bytes())
    assert read_pages(whole, tmp_path / "ok")[0].image_path == str(whole)  # taken as is
    idat = data.index(b"IDAT")
    data[idat + 40] ^= 0xFF  # one damaged byte inside the image data
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(bytes(data))
    assert code_of(damaged) == "truncated"


def test_a_jpeg_without_its_end_marker_is_refused(tmp_path: Path) -> None:
    whole = tmp_path / "whole.jpg"
    text_image((800, 1000)).convert("RGB").save(whole, dpi=(300, 300), quality=90)
    data = whole.read_bytes()
    assert data.endswith(b"\xff\xd9")
    assert read_pages(whole, tmp_path / "ok")[0].image_path == str(whole)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[:-2])
    assert code_of(cut) == "truncated"


def test_decompression_bomb_refused_before_decoding(tmp_path: Path) -> None:
    # 100 megapixels: above Pillow's warning limit, below its error limit.
    bomb = png_header_only(tmp_path / "bomb.png", 10_000, 10_000)
    assert code_of(bomb, max_pixels=50_000_000) == "too_large"
    # The size is acceptable to us and the file is well framed, so the intake takes it as
    # it is; decoding it in the page preparation shows the missing pixels.
    (raw,) = read_pages(bomb, tmp_path / "out", max_pixels=200_000_000)
    with pytest.raises(UnusableInput) as caught:
        process_page(raw, str(tmp_path / "out"), "rus+eng", 0)
    assert caught.value.code == "truncated" and "bomb.png, page 1" in caught.value.detail


def test_unusable_input_crosses_a_process_boundary_with_its_code() -> None:
    """Raised in an OCR worker, it comes back to the intake through pickle."""
    again = pickle.loads(pickle.dumps(UnusableInput("truncated", "scan.png, page 2: short")))
    assert (again.code, again.detail) == ("truncated", "scan.png, page 2: short")


def test_pillow_decompression_bomb_error_becomes_too_large(tmp_path: Path) -> None:
    bomb = png_header_only(tmp_path / "bomb.png", 20_000, 20_000)  # 400 MP: Pillow refuses
    assert code_of(bomb, max_pixels=10**12) == "too_large"


def test_rendered_pdf_page_matches_source(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "a.pdf")
    (page,) = read_pages(pdf, tmp_path / "out", text_layer_dpi=100)
    doc = pdfium.PdfDocument(str(pdf))
    try:
        width, height = doc[0].get_size()
    finally:
        doc.close()
    assert_size_close(page_pixels(page).shape[::-1], (width * 100 / 72, height * 100 / 72))

"""ocr.images: orientation, deskew, border and hole cleanup, binarisation, blank pages.

Pages are rendered here with Pillow (a Russian letter in a TrueType font) and degraded with
OpenCV; tesseract runs for real (orientation check and a few readability checks).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import cv2
import numpy as np
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.images import is_blank, load_gray, prepare_page
from ocr.types import RawPage

pytestmark = pytest.mark.filterwarnings("error")

SERIF = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LETTER = (
    "Генеральному директору АО «Энергосбыт» от Смирновой Анны Павловны, проживающей по "
    "адресу: г. Владимир, ул. Луговая, д. 7, кв. 15. Заявление. Прошу произвести перерасчёт "
    "платы за электроэнергию по лицевому счёту 3300123456 за период с января по март, так как "
    "показания прибора учёта передавались своевременно, однако начисления произведены по "
    "нормативу. Показания счётчика на двадцатое марта составляют 12345 киловатт-часов. Прошу "
    "также проверить правильность начисления пени и сообщить о результатах письменно."
)
KEY_WORDS = ("перерасчёт", "электроэнергию", "лицевому", "показания", "начисления", "письменно")


def render_page(
    dpi: int = 200, lines: int = 24, font: str = SERIF, size_pt: int = 12, contrast: float = 1.0
) -> np.ndarray:
    """An A4 page of Russian text, black on white (or grey on white with ``contrast`` < 1)."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, round(size_pt * dpi / 72))
    text = textwrap.wrap(" ".join([LETTER] * 4), 70)[:lines]
    ink = round(255 * (1 - contrast))
    for row, line in enumerate(text):
        draw.text((dpi, dpi + row * size_pt * dpi / 48), line, fill=ink, font=face)
    return np.asarray(image).copy()


def skew(gray: np.ndarray, degrees: float) -> np.ndarray:
    """Turn the content counter-clockwise by ``degrees``, as a crooked sheet in a scanner."""
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(gray, matrix, (w, h), borderValue=(255,))


def noisy(gray: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    noise = np.random.default_rng(seed).normal(0, sigma, gray.shape)
    return np.clip(gray.astype(np.float64) + noise, 0, 255).astype(np.uint8)


def save(gray: np.ndarray, path: Path, dpi: int = 200) -> RawPage:
    Image.fromarray(gray).save(path, dpi=(dpi, dpi))
    return RawPage(path.name, 0, str(path), dpi)


def residual_skew(gray: np.ndarray) -> float:
    """Skew left in an image: the turn (within +-3 degrees) that makes rows sharpest."""
    small = 255 - cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    h, w = small.shape

    def sharpness(degrees: float) -> float:
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
        rows = cv2.warpAffine(small, matrix, (w, h)).sum(axis=1, dtype=np.float64)
        return float(np.var(rows))

    return -max(np.arange(-3.0, 3.01, 0.25), key=sharpness)


def ocr_words(path: str) -> set[str]:
    text = pytesseract.image_to_string(path, lang="rus", config="--psm 3")
    return set(re.findall(r"[а-яё]+", text.lower()))


# --- orientation and skew ------------------------------------------------------------------


def test_upright_page_is_binarised_and_kept(tmp_path: Path) -> None:
    page = save(render_page(), tmp_path / "upright.png")
    prepared = prepare_page(page, tmp_path / "out")
    assert (prepared.rotation, prepared.deskew_angle) == (0, 0.0)
    assert not prepared.is_blank and prepared.separator_code is None
    assert prepared.dpi == 200
    with Image.open(prepared.image_path) as image:
        assert image.mode == "1"  # written as a bilevel PNG
        assert image.size == (prepared.width, prepared.height) == (1654, 2338)
        assert round(image.info["dpi"][0]) == 200  # pHYs tells tesseract the resolution


@pytest.mark.parametrize("turned", [90, 180, 270])
def test_rotated_russian_page_is_turned_upright(tmp_path: Path, turned: int) -> None:
    upright = render_page()
    # The sheet lies turned counter-clockwise by ``turned``: a clockwise ``turned`` fixes it.
    scanned = np.asarray(Image.fromarray(upright).rotate(turned, expand=True))
    prepared = prepare_page(save(scanned, tmp_path / f"turned{turned}.png"), tmp_path / "out")
    assert prepared.rotation == turned
    assert (prepared.width, prepared.height) == upright.shape[::-1]
    result = load_gray(prepared.image_path)
    # Same picture as the upright page: compare coarse ink maps.
    coarse = [
        cv2.resize(255 - g, (40, 56), interpolation=cv2.INTER_AREA) for g in (result, upright)
    ]
    assert np.corrcoef(coarse[0].ravel(), coarse[1].ravel())[0, 1] > 0.8


def test_turned_page_reads_after_preparation(tmp_path: Path) -> None:
    scanned = np.asarray(
        Image.fromarray(noisy(render_page(font=SANS), 10)).rotate(270, expand=True)
    )
    prepared = prepare_page(save(scanned, tmp_path / "sideways.png"), tmp_path / "out")
    assert prepared.rotation == 270
    assert set(KEY_WORDS) <= ocr_words(prepared.image_path)


@pytest.mark.parametrize("degrees", [-8.0, -5.0, -1.5, 1.0, 3.0, 5.0, 8.0])
def test_deskew_accuracy(tmp_path: Path, degrees: float) -> None:
    page = save(noisy(skew(render_page(), degrees), 8), tmp_path / "skewed.png")
    prepared = prepare_page(page, tmp_path / "out")
    assert prepared.rotation == 0
    # deskew_angle is the counter-clockwise turn applied: the opposite of the skew.
    assert abs(prepared.deskew_angle + degrees) <= 0.5
    assert abs(residual_skew(load_gray(prepared.image_path))) <= 0.5


def test_skewed_and_upside_down_page(tmp_path: Path) -> None:
    scanned = cv2.rotate(skew(render_page(font=SANS), 4.0), cv2.ROTATE_180)
    prepared = prepare_page(save(scanned, tmp_path / "mess.png"), tmp_path / "out")
    assert prepared.rotation == 180
    assert abs(prepared.deskew_angle + 4.0) <= 0.5


# --- cleanup -------------------------------------------------------------------------------


def test_black_border_and_punch_holes_are_removed(tmp_path: Path) -> None:
    dpi = 200
    gray = render_page(dpi)
    h, w = gray.shape
    gray[: dpi // 4] = 10  # top band
    gray[:, : dpi // 10] = 10  # thin left band (2.5 mm)
    gray[-dpi // 8 :] = 20  # bottom band
    cv2.fillPoly(gray, [np.array([[w, 0], [w - dpi // 2, 0], [w, h // 3]])], (5,))  # wedge
    hole_r = round(3 * dpi / 25.4)  # 6 mm punched holes, 12 mm from the left edge
    for y in (h // 3, 2 * h // 3):
        cv2.circle(gray, (round(12 * dpi / 25.4), y), hole_r, (15,), -1)
    prepared = prepare_page(save(gray, tmp_path / "border.png", dpi), tmp_path / "out")
    result = load_gray(prepared.image_path)
    frame = round(8 * dpi / 25.4)
    edges = np.concatenate(
        [result[:frame].ravel(), result[-frame:].ravel(), result[:, :frame].ravel()]
    )
    assert (edges < 128).mean() < 0.001
    assert (result[:, -frame:] < 128).mean() < 0.001
    for y in (h // 3, 2 * h // 3):  # where the holes were (the page was not turned)
        x = round(12 * dpi / 25.4)
        assert (result[y - hole_r : y + hole_r, x - hole_r : x + hole_r] < 128).mean() < 0.01
    text = result[dpi : h - dpi, dpi : w - dpi]
    assert (text < 128).mean() > 0.01  # the letter itself is still there


def test_binarisation_reads_better_than_plain_gray_under_a_shadow(tmp_path: Path) -> None:
    gray = render_page(lines=12, contrast=0.7).astype(np.float64)
    h, w = gray.shape
    shadow = np.linspace(1.0, 0.35, w)[None, :] * np.linspace(1.0, 0.8, h)[:, None]
    shaded = noisy(np.clip(gray * shadow, 0, 255).astype(np.uint8), 6)
    page = save(shaded, tmp_path / "shadow.png")
    prepared = prepare_page(page, tmp_path / "out")
    ours = ocr_words(prepared.image_path) & set(KEY_WORDS)
    plain = ocr_words(page.image_path) & set(KEY_WORDS)
    assert ours == set(KEY_WORDS)
    assert len(ours) >= len(plain)


# --- blank pages ---------------------------------------------------------------------------


def show_through(strength: float) -> np.ndarray:
    """The back side's text seen through the paper: mirrored and faint."""
    back = render_page()[:, ::-1].astype(np.float64)
    return noisy((255 - (255 - back) * strength).astype(np.uint8), 6)


@pytest.mark.parametrize(
    "make",
    [
        lambda: np.full((2338, 1654), 250, np.uint8),
        lambda: noisy(np.full((2338, 1654), 235, np.uint8), 25),
        lambda: noisy(
            (np.linspace(250, 150, 1654)[None, :] * np.ones((2338, 1))).astype(np.uint8), 10
        ),
        lambda: show_through(0.15),
        lambda: cv2.GaussianBlur(show_through(0.2), (0, 0), 1.5),
    ],
    ids=["white", "grain", "shadow", "show-through", "blurred-show-through"],
)
def test_blank_pages(make: object) -> None:
    assert is_blank(make())  # type: ignore[operator]


def test_dust_specks_are_blank() -> None:
    page = np.full((2338, 1654), 245, np.uint8)
    rng = np.random.default_rng(3)
    for y, x in zip(rng.integers(0, 2300, 200), rng.integers(0, 1600, 200), strict=True):
        page[y : y + 2, x : x + 2] = 0
    assert is_blank(page)


@pytest.mark.parametrize(
    "make",
    [
        lambda: render_page(lines=1),
        lambda: noisy(render_page(lines=3, contrast=0.35), 12),
        lambda: render_page(size_pt=8, lines=2),
    ],
    ids=["one-line", "faint-print", "small-print"],
)
def test_pages_with_little_content_are_not_blank(make: object) -> None:
    assert not is_blank(make())  # type: ignore[operator]


def test_signature_only_page_is_not_blank() -> None:
    page = np.full((2338, 1654), 250, np.uint8)
    points = np.array([[900 + 3 * i, 1900 + int(40 * np.sin(i / 6))] for i in range(120)])
    cv2.polylines(page, [points.astype(np.int32)], False, (40,), 3)
    assert not is_blank(page)


def test_prepare_blank_page(tmp_path: Path) -> None:
    page = save(noisy(np.full((2338, 1654), 240, np.uint8), 15), tmp_path / "blank.png")
    prepared = prepare_page(page, tmp_path / "out")
    assert prepared.is_blank
    assert (prepared.rotation, prepared.deskew_angle) == (0, 0.0)
    assert Path(prepared.image_path).is_file()


# --- other inputs --------------------------------------------------------------------------


def test_text_layer_page_is_only_checked_for_blankness(tmp_path: Path) -> None:
    gray = np.asarray(Image.fromarray(render_page(dpi=150)).rotate(90, expand=True))
    page = save(gray, tmp_path / "digital.png", 150)
    page.text_layer = LETTER
    prepared = prepare_page(page, tmp_path / "out")
    assert (prepared.rotation, prepared.deskew_angle, prepared.is_blank) == (0, 0.0, False)
    with Image.open(prepared.image_path) as image:
        assert image.mode == "L" and image.size == gray.shape[::-1]


def test_high_resolution_scan_is_brought_to_300_dpi(tmp_path: Path) -> None:
    gray = render_page(dpi=600, lines=6)[: 600 * 4]  # the top third of a 600-dpi page
    prepared = prepare_page(save(gray, tmp_path / "fine.png", 600), tmp_path / "out")
    assert prepared.dpi == 300
    assert (prepared.width, prepared.height) == (gray.shape[1] // 2, gray.shape[0] // 2)
    with Image.open(prepared.image_path) as image:
        assert round(image.info["dpi"][0]) == 300


def test_load_gray_handles_non_ascii_paths_and_colour(tmp_path: Path) -> None:
    path = tmp_path / "скан письма.png"
    Image.new("RGB", (30, 20), (255, 0, 0)).save(path)
    gray = load_gray(path)
    assert gray.shape == (20, 30) and gray.dtype == np.uint8
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(ValueError):
        load_gray(bad)

"""Scanner-like degradations and the output file formats.

Conventions recorded in the truth:
- ``skew``: degrees the content was turned counter-clockwise (Pillow's ``rotate`` sign);
- ``rotation``: 0/90/180/270, the clockwise turn that uprights the page
  (the same meaning as ``ocr.types.PreparedPage.rotation``).
"""

from __future__ import annotations

import functools
import io
import random
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw


@dataclass
class PagePlan:
    skew: float = 0.0
    rotation: int = 0
    noise: float = 0.0  # Gaussian sigma in grey levels
    blur: float = 0.0  # Gaussian blur radius in pixels at 300 dpi
    jpeg: int = 0  # quality of a JPEG round trip, 0 for none
    holes: bool = False
    dark_border: bool = False

    def labels(self) -> list[str]:
        out = []
        if self.skew:
            out.append(f"skew:{self.skew:+.2f}")
        if self.rotation:
            out.append(f"rotate:{self.rotation}")
        if self.noise:
            out.append(f"noise:{self.noise:.0f}")
        if self.blur:
            out.append(f"blur:{self.blur:.1f}")
        if self.jpeg:
            out.append(f"jpeg:{self.jpeg}")
        if self.holes:
            out.append("punch_holes")
        if self.dark_border:
            out.append("dark_border")
        return out


def random_skew(rng: random.Random, max_deg: float = 6.0) -> float:
    """Mostly small skews, sometimes large, both directions; |skew| in [0.5, max_deg]."""
    mag = rng.uniform(0.5, 2.0) if rng.random() < 0.7 else rng.uniform(2.0, max_deg)
    return round(mag if rng.random() < 0.5 else -mag, 2)


def plan_pages(rng: random.Random, pages: int) -> list[PagePlan]:
    """One letter's degradations: scanner traits are shared, skew varies per page."""
    noise = rng.uniform(4, 18) if rng.random() < 0.5 else 0.0
    blur = rng.uniform(0.4, 1.1) if rng.random() < 0.3 else 0.0
    jpeg = rng.randint(20, 45) if rng.random() < 0.15 else 0
    holes = rng.random() < 0.08
    border = rng.random() < 0.08
    rotated = rng.random() < 0.06
    plans = []
    for _ in range(pages):
        plans.append(
            PagePlan(
                skew=random_skew(rng) if rng.random() < 0.75 else 0.0,
                rotation=rng.choice([90, 180, 270, 180]) if rotated else 0,
                noise=round(noise, 1),
                blur=round(blur, 1),
                jpeg=jpeg,
                holes=holes,
                dark_border=border,
            )
        )
    return plans


@functools.cache
def _gauss_tile() -> np.ndarray:
    """A fixed tile of unit Gaussian noise; pages take shifted copies (fast, reproducible)."""
    return np.random.default_rng(12345).standard_normal((1024, 1024), dtype=np.float32)


def _noise(shape: tuple[int, int], sigma: float, rng: random.Random) -> np.ndarray:
    tile = np.roll(_gauss_tile(), (rng.randrange(1024), rng.randrange(1024)), axis=(0, 1))
    tile16 = np.rint(tile * sigma).astype(np.int16)
    reps = (-(-shape[0] // 1024), -(-shape[1] // 1024))
    return np.tile(tile16, reps)[: shape[0], : shape[1]]


def apply(img: Image.Image, plan: PagePlan, rng: random.Random, dpi: int) -> Image.Image:
    """Degrade one grayscale page image according to ``plan``."""
    paper = int(img.getpixel((2, 2)))  # type: ignore[arg-type]
    if plan.holes:
        draw = ImageDraw.Draw(img)
        r = round(dpi * 0.12)
        x = round(dpi * 0.45)
        for fy in (0.3, 0.7):
            y = round(img.height * fy)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(10, 40))
    arr = np.asarray(img)
    h, w = arr.shape
    if plan.skew:
        fill = rng.randint(15, 50) if plan.dark_border else paper
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        arr = cv2.warpAffine(arr, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)
    if plan.dark_border:
        arr = arr.copy()
        for edge in rng.sample(["top", "bottom", "left", "right"], rng.randint(1, 2)):
            t = rng.randint(dpi // 25, dpi // 6)
            shade = rng.randint(10, 45)
            if edge == "top":
                arr[:t, :] = shade
            elif edge == "bottom":
                arr[h - t :, :] = shade
            elif edge == "left":
                arr[:, :t] = shade
            else:
                arr[:, w - t :] = shade
    if plan.blur:
        arr = cv2.GaussianBlur(arr, (0, 0), plan.blur * dpi / 300)
    if plan.noise:
        noisy = arr.astype(np.int16)
        noisy += _noise((h, w), plan.noise, rng)
        np.clip(noisy, 0, 255, out=noisy)
        arr = noisy.astype(np.uint8)
    img = Image.fromarray(arr, "L")
    if plan.jpeg:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=plan.jpeg)
        buf.seek(0)
        img = Image.open(buf).convert("L")
    if plan.rotation:
        # counter-clockwise here, so the truth's clockwise turn uprights it
        turn = {
            90: Image.Transpose.ROTATE_90,
            180: Image.Transpose.ROTATE_180,
            270: Image.Transpose.ROTATE_270,
        }[plan.rotation]
        img = img.transpose(turn)
    return img


def to_bilevel(img: Image.Image, rng: random.Random) -> Image.Image:
    threshold = rng.randint(140, 175)
    lut = [255 if v > threshold else 0 for v in range(256)]
    return img.point(lut, "1")


def save(
    pages: list[Image.Image],
    path: Path,
    fmt: str,
    dpi: int,
    rng: random.Random,
    stamp: time.struct_time,
) -> list[str]:
    """Write the pages in ``fmt``; returns labels of what the encoding did to them."""
    labels: list[str] = []
    if fmt == "tiff":
        if rng.random() < 0.6:
            pages = [to_bilevel(p, rng) for p in pages]
            compression, labels = "group4", ["bilevel", "tiff:g4"]
        else:
            compression, labels = "tiff_lzw", ["tiff:lzw"]
        pages[0].save(
            path,
            "TIFF",
            save_all=True,
            append_images=pages[1:],
            compression=compression,
            dpi=(dpi, dpi),
        )
    elif fmt == "pdf":
        if rng.random() < 0.3:
            pages = [to_bilevel(p, rng) for p in pages]
            labels = ["bilevel"]
        pages[0].save(
            path,
            "PDF",
            save_all=True,
            append_images=pages[1:],
            resolution=float(dpi),
            creationDate=stamp,
            modDate=stamp,
            title=path.stem,
        )
    elif fmt == "jpeg":
        quality = rng.randint(50, 90)
        pages[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
        labels = [f"jpeg:{quality}"]
    elif fmt == "png":
        if rng.random() < 0.2:
            pages = [to_bilevel(p, rng) for p in pages]
            labels = ["bilevel"]
        pages[0].save(path, "PNG", dpi=(dpi, dpi), compress_level=3)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return labels


EXTENSIONS = {"pdf": ".pdf", "tiff": ".tif", "jpeg": ".jpg", "png": ".png"}
MULTIPAGE_FORMATS = ("pdf", "tiff")

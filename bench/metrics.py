"""Text metrics for the benchmarks: character error rate on normalised text."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein


def normalise(text: str) -> str:
    """Case-folded, ё→е, hyphenation undone, whitespace collapsed."""
    text = text.replace("\u00ad", "").replace("ё", "е").replace("Ё", "Е")
    text = re.sub(r"-\s*\n\s*", "", text)
    return " ".join(text.casefold().split())


def cer(truth: str, ocr: str) -> float:
    """Levenshtein distance over the truth's length, after normalisation."""
    a, b = normalise(truth), normalise(ocr)
    return Levenshtein.distance(a, b) / max(1, len(a))

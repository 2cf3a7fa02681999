"""Recognition: one tesseract pass per page -> text, word boxes, confidences and a PDF page.

Speed rules (measured on a 2-core machine with dense A4 pages, see ``bench/ocr_threads.py``):

* tesseract must run with ``OMP_THREAD_LIMIT=1``: with its default OpenMP threads a page took
  ~14 s, with one thread per process and one process per core ~1.4 s a page. Use
  :func:`init_worker` as the ``ProcessPoolExecutor`` initializer; :func:`recognize` also sets
  the variable (unless the user set it) because pytesseract passes ``os.environ`` to the child.
* tesseract gets a file path, never an in-memory image: pytesseract re-encodes in-memory
  images to PNG on every call, which doubled the time per page.
* text, TSV word data and the searchable PDF page come from the same single run.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytesseract

from ocr.types import Box, PageText, Word

TESSERACT_ENV = "MAILROOM_TESSERACT"
_DEFAULT_COMMAND = "tesseract"
_MIN_MAJOR_VERSION = 4  # LSTM models (the shipped rus/eng data) need tesseract 4+
_PROBE_TIMEOUT_S = 30


# Measured on 40 pages (dense A4 and generated letters, docs/benchmarks.md):
# - pages reach tesseract binarised dark-on-light, so its inverted-text retries are skipped;
# - the word dictionaries are not loaded: the LSTM models' output was identical on every
#   page without them, and loading them cost ~5 % of tesseract's CPU time per page.
SPEED_CONFIG = "-c tessedit_do_invert=0 -c load_system_dawg=0 -c load_freq_dawg=0"


class TesseractMissing(Exception):
    """Tesseract or one of its language packs is not installed; the user can fix this."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TesseractFailed(RuntimeError):
    """Tesseract is installed but failed on one page (unreadable image, timeout, crash)."""


def configure(tesseract_cmd: str | None = None) -> None:
    """Point pytesseract at the tesseract executable.

    The argument wins, then the ``MAILROOM_TESSERACT`` environment variable (for Windows and
    macOS installs where tesseract is not on PATH). With neither, the current command is
    kept (``tesseract`` from PATH by default), so an explicit choice is never undone by a
    later bare ``configure()`` call, e.g. in :func:`init_worker` after a fork.
    """
    command = tesseract_cmd or os.environ.get(TESSERACT_ENV)
    if command:
        pytesseract.pytesseract.tesseract_cmd = os.path.expanduser(command)


def _command() -> str:
    return str(pytesseract.pytesseract.tesseract_cmd)


def _missing_binary_message(detail: str = "") -> str:
    message = (
        f"Tesseract OCR was not found (tried '{_command()}'). Install it "
        "(Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng) "
        f"or set {TESSERACT_ENV} to the full path of the tesseract executable."
    )
    return f"{message} ({detail})" if detail else message


def _missing_language_message(lang: str, tessdata: str | None) -> str:
    where = f" in {tessdata}" if tessdata else ""
    package = "tesseract-ocr-" + lang.replace("_", "-").lower()
    return (
        f"Tesseract has no '{lang}' language data{where}. Install the language pack "
        f"(Debian/Ubuntu: sudo apt install {package}; Windows/macOS: put {lang}.traineddata "
        "into the tessdata folder, or point TESSDATA_PREFIX at a folder that has it)."
    )


def _run_probe(*args: str) -> str:
    """Run ``tesseract <args>`` and return stdout+stderr; raise TesseractMissing if it won't."""
    kwargs = pytesseract.pytesseract.subprocess_args()  # hides the console window on Windows
    kwargs["stderr"] = subprocess.STDOUT
    try:
        result = subprocess.run([_command(), *args], timeout=_PROBE_TIMEOUT_S, **kwargs)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TesseractMissing(_missing_binary_message(str(exc))) from exc
    output = result.stdout.decode("utf-8", errors="replace")
    if result.returncode not in (0, 1):  # tesseract 3.x exits 1 on --list-langs
        raise TesseractMissing(_missing_binary_message(output.strip()[:200]))
    return output


def check_available(langs: str = "rus+eng") -> None:
    """Raise :class:`TesseractMissing` unless tesseract 4+ and every language in ``langs`` exist.

    ``langs`` is in tesseract's ``-l`` syntax (``rus+eng``). The message names what is missing
    and how to install it, in English; the front end shows it as is.
    """
    version_output = _run_probe("--version")
    found = re.search(r"tesseract\s+v?(\d+)\.", version_output, re.IGNORECASE)
    if found and int(found.group(1)) < _MIN_MAJOR_VERSION:
        raise TesseractMissing(
            f"Tesseract {found.group(1)}.x is too old ('{_command()}'); "
            f"version {_MIN_MAJOR_VERSION} or newer is required."
        )
    listing = _run_probe("--list-langs")
    lines = listing.splitlines()
    folder = re.search(r'"([^"]+)"', lines[0]) if lines else None
    available = {line.strip() for line in lines[1:]}
    for lang in (part.strip() for part in langs.split("+")):
        if lang and lang not in available:
            raise TesseractMissing(_missing_language_message(lang, folder and folder.group(1)))


def init_worker(tesseract_cmd: str | None = None) -> None:
    """``ProcessPoolExecutor`` initializer: one OpenMP thread per tesseract process.

    Use with one worker per core, e.g.
    ``ProcessPoolExecutor(os.cpu_count(), initializer=init_worker, initargs=(cmd,))``.
    With the ``spawn`` start method (Windows, macOS) the parent's :func:`configure` is not
    inherited, hence the optional command argument.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"
    configure(tesseract_cmd)


def text_page(text: str, page_index: int = 0) -> PageText:
    """A page whose embedded PDF text layer is used instead of OCR.

    There are no word boxes and the text is taken as certain (``mean_conf`` 100).
    ``page_index`` is accepted for symmetry with :func:`recognize`; nothing is boxed.
    """
    del page_index
    return PageText(text=text, words=[], mean_conf=100.0, pdf=None)


def parse_tsv(tsv: str, page_index: int = 0) -> list[Word]:
    """Words (TSV level 5) with text, confidence, box and (block, paragraph, line) key."""
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t", 11)
        if len(cells) != 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        conf = float(cells[10])
        if not text or conf < 0:
            continue
        block, par, line = int(cells[2]), int(cells[3]), int(cells[4])
        box = Box(page_index, int(cells[6]), int(cells[7]), int(cells[8]), int(cells[9]))
        words.append(Word(text=text, conf=conf, box=box, line_key=(block, par, line)))
    return words


def _run(
    source: Path, outputs: list[str], lang: str, config: str, timeout_s: int, workdir: str
) -> str:
    """Run tesseract on the image ``source``; the base path of its output files in
    ``workdir``."""
    base = os.path.join(workdir, "page")
    config = f"{config} -c tessedit_create_tsv=1 {SPEED_CONFIG}"
    try:
        pytesseract.pytesseract.run_tesseract(
            str(source), base, " ".join(outputs), lang, config=config, timeout=timeout_s
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise TesseractMissing(_missing_binary_message()) from exc
    except pytesseract.TesseractError as exc:
        failed = re.search(r"Failed loading language '([^']+)'", str(exc.message))
        if failed:
            raise TesseractMissing(_missing_language_message(failed.group(1), None)) from exc
        raise TesseractFailed(f"tesseract failed on {source.name}: {exc.message}") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise TesseractFailed(f"tesseract failed on {source.name}: {exc}") from exc
    return base


def recognize(
    image_path: str | Path,
    lang: str = "rus+eng",
    dpi: int = 300,
    want_pdf: bool = True,
    page_index: int = 0,
    timeout_s: int = 0,
) -> PageText:
    """Run tesseract once on the page image at ``image_path``.

    Returns tesseract's plain text, the words with confidences and boxes (pixels of this
    image, ``Box.page == page_index``), the mean word confidence, and, if ``want_pdf``,
    tesseract's single-page searchable PDF of the image under an invisible text layer.
    ``dpi`` sets the PDF page size and tesseract's scale assumptions. ``timeout_s``
    (0 = none) kills a stuck process.

    Raises :class:`TesseractMissing` (no binary, no language data), :class:`TesseractFailed`
    (tesseract ran but failed) or :class:`FileNotFoundError` (no image).
    """
    path = Path(image_path)
    if not path.is_file():
        raise FileNotFoundError(f"page image not found: {path}")
    # pytesseract hands os.environ to the child; respect a value the user set on purpose.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    outputs = ["txt", "tsv", "pdf"] if want_pdf else ["txt", "tsv"]
    with tempfile.TemporaryDirectory(prefix="mailroom-ocr-") as workdir:
        base = _run(path, outputs, lang, f"--dpi {int(dpi)}", timeout_s, workdir)
        try:
            text = Path(base + ".txt").read_text(encoding="utf-8")
            tsv = Path(base + ".tsv").read_text(encoding="utf-8")
            pdf = Path(base + ".pdf").read_bytes() if want_pdf else None
        except OSError as exc:
            raise TesseractFailed(f"tesseract wrote no output for {path.name}: {exc}") from exc
    words = parse_tsv(tsv, page_index)
    return PageText(text=text, words=words, mean_conf=mean_conf(words), pdf=pdf)


def mean_conf(words: list[Word]) -> float:
    """The mean word confidence (0 for no words)."""
    return sum(w.conf for w in words) / len(words) if words else 0.0

"""One page's work in a worker process: prepare the image, then one tesseract pass.

Runs in a ``ProcessPoolExecutor`` whose initializer is ``ocr.tesseract.init_worker``
(one OpenMP thread per tesseract process, one process per core).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ocr.images import prepare_page
from ocr.tesseract import recognize, text_page
from ocr.types import PageText, PreparedPage, RawPage


@dataclass(slots=True)
class PageResult:
    raw: RawPage
    prepared: PreparedPage
    text: PageText


def process_page(raw: RawPage, out_dir: str, lang: str, page_index: int) -> PageResult:
    prepared = prepare_page(raw, Path(out_dir), lang=lang.split("+")[0] or "rus")
    if prepared.is_blank or prepared.separator_code:
        text = PageText("", [], 0.0, None)
    elif raw.text_layer:
        text = text_page(raw.text_layer, page_index)
    else:
        text = recognize(
            prepared.image_path, lang=lang, dpi=prepared.dpi, want_pdf=True, page_index=page_index
        )
    return PageResult(raw, prepared, text)


def source_pdf_page(path: Path, index: int) -> bytes:
    """One page of a source PDF as its own PDF (a page that came with a good text layer
    goes into the archive PDF as it was, text and all)."""
    import io

    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(path))
    single = pdfium.PdfDocument.new()
    try:
        single.import_pages(source, [index])
        out = io.BytesIO()
        single.save(out)
        return out.getvalue()
    finally:
        single.close()
        source.close()

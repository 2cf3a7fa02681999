"""A PDF's pages as images and on paper, with the heavy work off the GUI thread.

``pdf_images`` rasterizes with pypdfium2 and ``print_pdf`` paints those images on a
``QPrinter``; both run in background jobs (QImage and QPainter on a QPrinter may be used
on any thread). PDFium itself is not thread-safe: every call into it holds the process-wide
``ocr.pdfium_lock.PDFIUM``, as the import does.
``PreviewPane`` shows the pages scaled to its width, with a message when there is nothing
(yet) to show and dimmed while the pages are out of date.
"""

from __future__ import annotations

from collections.abc import Sequence

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPaintEvent, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QScrollArea, QWidget

from ocr.pdfium_lock import PDFIUM

PREVIEW_DPI = 120
PRINT_DPI = 300  # enough for text on paper; a 1200-dpi printer would get huge images


class PrintFailed(Exception):
    """The printer could not be opened for painting."""


def pdf_images(data: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Every page of a PDF as an RGB image at ``dpi`` (call from a worker thread)."""
    images: list[QImage] = []
    with PDFIUM:
        pdf = pdfium.PdfDocument(data)
        try:
            for page in pdf:
                bitmap = page.render(scale=dpi / 72)
                array = bitmap.to_numpy()
                height, width = array.shape[:2]
                image = QImage(
                    array.data, width, height, array.strides[0], QImage.Format.Format_BGR888
                )
                images.append(image.copy())  # own the pixels before the bitmap goes
                bitmap.close()
                page.close()
        finally:
            pdf.close()
    return images


def page_layout(width_mm: float, height_mm: float) -> QPageLayout:
    """A paper of exactly the PDF's page (A4 for a letter, the envelope for an envelope)."""
    short, long = sorted((width_mm, height_mm))
    size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_mm > height_mm
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def make_printer(width_mm: float = 210, height_mm: float = 297) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setPageLayout(page_layout(width_mm, height_mm))
    return printer


def _fit(image: QSize, box: QRectF) -> QRectF:
    scale = min(box.width() / image.width(), box.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(box.x() + (box.width() - width) / 2, box.y(), width, height)


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint every page of the PDF on ``printer``; returns the number of pages (worker)."""
    dpi = min(printer.resolution(), PRINT_DPI)
    images = pdf_images(data, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.printerName() or printer.outputFileName())
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        box = QRectF(0, 0, paper.width(), paper.height())
        for number, image in enumerate(images):
            if number and not printer.newPage():
                raise PrintFailed(printer.printerName() or printer.outputFileName())
            painter.drawImage(_fit(image.size(), box), image)
    finally:
        painter.end()
    return len(images)


class _Pages(QWidget):
    GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.message = ""
        self.stale = False
        self._scaled: list[QPixmap] = []
        self._scaled_width = -1

    def page_width(self) -> int:
        return max(50, self.width() - 2 * self.GAP)

    def height_for(self, width: int) -> int:
        if not self.images:
            return 0
        inner = max(50, width - 2 * self.GAP)
        pages = sum(round(i.height() * inner / max(1, i.width())) for i in self.images)
        return pages + self.GAP * (len(self.images) + 1)

    def _pixmaps(self) -> list[QPixmap]:
        width = self.page_width()
        if width != self._scaled_width or len(self._scaled) != len(self.images):
            self._scaled = [
                QPixmap.fromImage(
                    image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                )
                for image in self.images
            ]
            self._scaled_width = width
        return self._scaled

    def set_images(self, images: Sequence[QImage]) -> None:
        self.images = list(images)
        self._scaled = []
        self._scaled_width = -1
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().mid())
        if not self.images:
            painter.setPen(self.palette().text().color())
            box = self.rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message
            )
            return
        if self.stale:
            painter.setOpacity(0.45)
        top = self.GAP
        for pixmap in self._pixmaps():
            rect = QRect(self.GAP, top, pixmap.width(), pixmap.height())
            painter.fillRect(rect.translated(2, 2), Qt.GlobalColor.darkGray)
            painter.drawPixmap(rect, pixmap)
            top += pixmap.height() + self.GAP
        if self.stale and self.message:
            painter.setOpacity(1.0)
            band = QRect(0, 0, self.width(), 32)
            painter.fillRect(band, self.palette().toolTipBase())
            painter.setPen(self.palette().toolTipText().color())
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self.message)


class PreviewPane(QScrollArea):
    """The pages of a rendered PDF, scaled to the width of the pane.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = _Pages(self)
        self.setWidget(self.pages)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(360)

    @property
    def page_count(self) -> int:
        return len(self.pages.images)

    def show_pages(self, images: Sequence[QImage]) -> None:
        self.pages.stale = False
        self.pages.message = ""
        self.pages.set_images(images)
        self._fit()

    def show_message(self, text: str) -> None:
        """Nothing to show: only ``text``."""
        self.pages.stale = False
        self.pages.message = text
        self.pages.set_images([])
        self._fit()

    def mark_stale(self, text: str) -> None:
        """Keep the pages, dimmed, with ``text`` over them (or only the text, if none)."""
        self.pages.stale = True
        self.pages.message = text
        self.pages.update()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        width = self.viewport().width()
        height = max(self.viewport().height(), self.pages.height_for(width))
        self.pages.resize(width, height)
        self.pages.update()

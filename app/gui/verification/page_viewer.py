"""The station's page viewer: a thumbnails strip and one page with the boxes of its fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QListView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.gui.jobs import Job, JobRunner
from app.gui.verification.images import (
    LoadedImage,
    load_page,
    load_thumbnails,
    warm_up_image_plugins,
)
from app.gui.verification.thumbnails import ThumbnailModel
from app.i18n import translate
from db.store import FileStore
from letters.verification_types import PageDTO

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
CACHE_PAGES = 2  # full RGB32 A4 pages are ~38 MB each
COLORS = {
    "normal": QColor(47, 111, 222),
    "doubtful": QColor(230, 140, 0),
    "hot": QColor(217, 52, 43),
    "hit": QColor(255, 214, 0),  # a found word (search): a highlighter's yellow
}


@dataclass(frozen=True, slots=True)
class FieldBox:
    """Where a card field was read: ``rect`` is (x, y, w, h) in page image pixels."""

    key: str
    label: str
    page: int
    rect: tuple[int, int, int, int]
    doubtful: bool = False
    hit: bool = False  # a word found by a search, marked like a highlighter, not a field


class _BoxItem(QGraphicsRectItem):
    def __init__(self, box: FieldBox, on_click: Callable[[str], None]) -> None:
        super().__init__(QRectF(*box.rect))
        self.box = box
        self._on_click = on_click
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(box.label)
        self.setZValue(2)
        self.set_hot(False)

    def set_hot(self, hot: bool) -> None:
        if self.box.hit:
            fill = QColor(COLORS["hit"])
            fill.setAlpha(170)
            pen = QPen(COLORS["hot"] if hot else QColor(200, 150, 0, 170), 2 if hot else 1)
            pen.setCosmetic(True)
            self.setPen(pen)
            self.setBrush(QBrush(fill))
            return
        color = COLORS["hot" if hot else "doubtful" if self.box.doubtful else "normal"]
        pen = QPen(color, 4 if hot else 2)
        pen.setCosmetic(True)
        self.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(60 if hot else 35)
        self.setBrush(QBrush(fill))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._on_click(self.box.key)
        event.accept()


class _HitItem(_BoxItem):
    """A found word: drawn like a highlighter, the paper turns yellow, the ink stays black."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.save()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        super().paint(painter, option, widget)
        painter.restore()


class PageView(QGraphicsView):
    """A QGraphicsView that zooms with Ctrl+wheel and re-fits on resize.

    Signals:
        zoom_requested(int): +1 / -1 steps asked with Ctrl+wheel.
        resized(): the viewport changed size.
    """

    zoom_requested = Signal(int)
    resized = Signal()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_requested.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class PageViewer(QWidget):
    """Thumbnails on the left, the current page on the right, field boxes drawn over it.

    Images are read in background jobs (see ``images``), so opening a letter never waits
    for the disk.

    Signals:
        page_changed(int): the page now shown (0-based index in the letter).
        image_shown(int): the full image of that page is on screen.
        box_clicked(str): the clerk clicked the box of a field (its card key).
    """

    page_changed = Signal(int)
    image_shown = Signal(int)
    box_clicked = Signal(str)

    def __init__(self, store: FileStore, runner: JobRunner, parent: QWidget | None = None) -> None:
        warm_up_image_plugins()  # on the GUI thread, before any worker decodes a page
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._pages: list[PageDTO] = []
        self._boxes: list[FieldBox] = []
        self._box_items: dict[str, _BoxItem] = {}
        self._current = -1
        self._zoom = 1.0
        self._fit = True
        self._hot: str | None = None
        self._cache: dict[str, QPixmap] = {}
        self._thumb_job: Job | None = None
        self._page_jobs: list[Job] = []
        self._scene = QGraphicsScene(self)
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap)
        self._note = QGraphicsSimpleTextItem()
        self._note.setScale(3)
        self._scene.addItem(self._note)
        self.view = PageView(self._scene, self)
        self.view.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(QColor("#8a8f96"))
        self.view.zoom_requested.connect(lambda step: self.zoom_by(ZOOM_STEP**step))
        self.view.resized.connect(self._refit)
        self.thumbs_model = ThumbnailModel(self)
        self.thumbs = QListView(self)
        self.thumbs.setModel(self.thumbs_model)
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setIconSize(QSize(96, 136))
        self.thumbs.setSpacing(4)
        self.thumbs.setFixedWidth(128)
        self.thumbs.setStyleSheet("QListView { background: #8a8f96; color: white; }")
        self.thumbs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thumbs.selectionModel().currentChanged.connect(self._thumb_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbs)
        layout.addWidget(self.view, 1)

    # --- content ---------------------------------------------------------------------

    @property
    def current_page(self) -> int:
        return self._current

    @property
    def page_count(self) -> int:
        return len(self._pages)

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def busy(self) -> bool:
        jobs = [self._thumb_job, *self._page_jobs]
        return any(j is not None and j.running for j in jobs)

    def page(self, index: int) -> PageDTO | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def set_pages(self, pages: Sequence[PageDTO], boxes: Sequence[FieldBox], page: int = 0) -> None:
        """Show another letter (or the same one, changed), on ``page``."""
        if self._thumb_job is not None:
            self._thumb_job.cancel()
        kept = {p.image_rel_path for p in pages}
        self._cache = {k: v for k, v in self._cache.items() if k in kept}
        self._pages = list(pages)
        self._boxes = list(boxes)
        self._current = -1
        self.thumbs_model.set_pages([p.id for p in pages])
        items = [
            (p.index, p.image_rel_path, self._store.path_of(p.image_rel_path))
            for p in pages
            if p.image_rel_path
        ]
        if items:
            job = self._runner.run(
                "thumbnails", load_thumbnails, items, visible=False, with_progress=True
            )
            job.progress.connect(self._thumb_loaded)
            self._thumb_job = job
        if pages:
            self.show_page(min(max(page, 0), len(pages) - 1))
        else:
            self._show_note(translate("PageViewer", "No pages"))
            self._pixmap.setPixmap(QPixmap())
            self._clear_boxes()

    def set_boxes(self, boxes: Sequence[FieldBox]) -> None:
        self._boxes = list(boxes)
        self._draw_boxes()

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self._pages) or index == self._current:
            return
        self._current = index
        page = self._pages[index]
        self._scene.setSceneRect(QRectF(0, 0, max(page.width, 1), max(page.height, 1)))
        self._draw_boxes()
        cached = self._cache.get(page.image_rel_path or "")
        if cached is not None:
            self._set_pixmap(index, cached)
        else:
            self._pixmap.setPixmap(QPixmap())
            self._show_note(translate("PageViewer", "Loading the page…"))
            if page.image_rel_path:
                path = self._store.path_of(page.image_rel_path)
                job = self._runner.run(
                    "page image",
                    load_page,
                    index,
                    page.image_rel_path,
                    path,
                    visible=False,
                    with_progress=False,
                )
                job.finished.connect(self._page_loaded)
                job.ended.connect(lambda j=job: self._page_jobs.remove(j))
                self._page_jobs.append(job)
            else:
                self._show_note(translate("PageViewer", "This page has no image"))
        row = self.thumbs_model.index(index, 0)
        if self.thumbs.currentIndex() != row:
            self.thumbs.selectionModel().setCurrentIndex(
                row, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._refit()
        self.page_changed.emit(index)

    def next_page(self) -> None:
        self.show_page(self._current + 1)

    def previous_page(self) -> None:
        self.show_page(self._current - 1)

    def highlight(self, key: str | None) -> bool:
        """Mark a field's box (turning to its page); False if the field has no box."""
        self._hot = key
        box = next((b for b in self._boxes if b.key == key), None)
        if box is None:
            for item in self._box_items.values():
                item.set_hot(False)
            return False
        self.show_page(box.page)
        for item_key, item in self._box_items.items():
            item.set_hot(item_key == key)
        item = self._box_items.get(box.key)
        if item is not None:
            self.view.ensureVisible(item, 60, 60)
        return True

    def shown_pixmap(self) -> QPixmap:
        """The image on screen now (null while the page is loading)."""
        return self._pixmap.pixmap()

    def box_item(self, key: str) -> QGraphicsRectItem | None:
        return self._box_items.get(key)

    # --- zoom ------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        self._fit = False
        self._apply_zoom(self._zoom * factor)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = True
        self._refit()

    def _refit(self) -> None:
        page = self.page(self._current)
        if not self._fit or page is None or page.width <= 0:
            return
        available = max(self.view.viewport().width() - 4, 50)
        self._apply_zoom(available / page.width)

    def _apply_zoom(self, zoom: float) -> None:
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.view.setTransform(QTransform.fromScale(self._zoom, self._zoom))

    # --- internals ---------------------------------------------------------------------

    def _show_note(self, text: str) -> None:
        self._note.setText(text)
        self._note.setPos(40, 40)
        self._note.setVisible(bool(text))

    def _set_pixmap(self, index: int, pixmap: QPixmap) -> None:
        page = self._pages[index]
        self._pixmap.setPixmap(pixmap)
        if pixmap.width() and page.width and pixmap.width() != page.width:
            self._pixmap.setScale(page.width / pixmap.width())
        else:
            self._pixmap.setScale(1.0)
        self._show_note("")
        self.image_shown.emit(index)

    def _page_loaded(self, loaded: LoadedImage) -> None:
        if loaded.image.isNull():
            if self.page(self._current) and loaded.index == self._current:
                self._show_note(translate("PageViewer", "The page image cannot be read"))
            return
        pixmap = QPixmap.fromImage(loaded.image)
        while len(self._cache) >= CACHE_PAGES:
            self._cache.pop(next(iter(self._cache)))
        self._cache[loaded.rel_path] = pixmap
        page = self.page(loaded.index)
        current = loaded.index == self._current
        if page is not None and current and page.image_rel_path == loaded.rel_path:
            self._set_pixmap(loaded.index, pixmap)

    def _thumb_loaded(self, loaded: object) -> None:
        if not isinstance(loaded, LoadedImage):
            return
        page = self.page(loaded.index)
        if page is not None and page.image_rel_path == loaded.rel_path:
            self.thumbs_model.set_image(loaded.index, loaded.image)

    def _thumb_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_page(current.row())

    def _clear_boxes(self) -> None:
        for item in self._box_items.values():
            self._scene.removeItem(item)
        self._box_items.clear()

    def _draw_boxes(self) -> None:
        self._clear_boxes()
        for box in self._boxes:
            if box.page == self._current:
                item = (_HitItem if box.hit else _BoxItem)(box, self.box_clicked.emit)
                self._scene.addItem(item)
                item.set_hot(box.key == self._hot)
                self._box_items[box.key] = item

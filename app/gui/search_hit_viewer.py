"""A search hit opened: the letter's pages with the found words marked, and its card.

The found words are the OCR word boxes that match the query (``letters.search.hit_boxes``),
drawn as yellow highlighter marks by the station's page viewer. F3 / Shift+F3 go to the
next / previous page with found words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.letter_card import open_letter_card
from app.gui.search_snippet import snippet_html
from app.gui.verification.card_form import field_labels
from app.gui.verification.page_viewer import FieldBox, PageViewer
from app.gui.widgets import user_message
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters import audit
from letters.actors import Actor
from letters.search import SearchHit, WordBox, hit_boxes
from letters.verification import load_card
from letters.verification_types import CardDTO

log = logging.getLogger(__name__)
PAD = 6  # page pixels around a word's box: a highlighter stroke, not a hairline


@dataclass(frozen=True, slots=True)
class HitLetter:
    """What the viewer shows: the letter's card (with its pages) and the found words."""

    card: CardDTO
    boxes: tuple[WordBox, ...]


def load_hit_letter(
    database: Database, actor: Actor, letter_id: int, highlight: Sequence[str]
) -> HitLetter:
    """On a worker thread: the card and the word boxes to mark; the opening is audited."""
    with database.read() as session:
        card = load_card(session, letter_id, actor=actor)
        boxes = hit_boxes(session, letter_id, list(highlight), actor=actor)
    audit.log(
        database,
        actor,
        "letter.open",
        "letter",
        letter_id,
        {"reg_no": card.reg_no, "via": "search"},
    )
    return HitLetter(card, tuple(boxes))


def hit_key(number: int) -> str:
    return f"hit:{number}"


def field_boxes(boxes: Sequence[WordBox]) -> list[FieldBox]:
    """The found words as the page viewer's boxes, a little larger than the ink."""
    return [
        FieldBox(
            hit_key(number),
            box.text,
            box.page,
            (box.x - PAD, box.y - PAD, box.width + 2 * PAD, box.height + 2 * PAD),
            hit=True,
        )
        for number, box in enumerate(boxes)
    ]


class HitViewer(QDialog):
    """The letter of a search hit, its pages with the found words marked, and its card.

    Signals:
        loaded(int): the letter (its id) is on screen with its marks.
    """

    loaded = Signal(int)

    def __init__(
        self,
        database: Database,
        store: FileStore | Path,
        actor: Actor,
        runner: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._store = store if isinstance(store, FileStore) else FileStore(Path(store))
        self._actor = actor
        self._runner = runner
        self._job: Job | None = None
        self._hit: SearchHit | None = None
        self.data: HitLetter | None = None
        self._boxes: list[FieldBox] = []
        self.setModal(False)
        self.resize(1180, 800)
        self.setWindowTitle(translate("HitViewer", "Found letter"))
        self._build()

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.fuzzy_notice = QLabel(
            translate(
                "HitViewer",
                "Found by approximate match: the marked words differ from the query by one "
                "or two characters.",
            ),
            self,
        )
        self.fuzzy_notice.setWordWrap(True)
        self.fuzzy_notice.setStyleSheet(
            "QLabel { background: #fff4c2; border: 1px solid #e0c050; padding: 4px; }"
        )
        self.fuzzy_notice.hide()
        self.viewer = PageViewer(self._store, self._runner, self)
        self.viewer.page_changed.connect(self._update_position)

        self.values: dict[str, QLabel] = {}
        card = QWidget(self)
        form = QFormLayout(card)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        names = field_labels()
        rows = [
            ("reg_no", translate("HitViewer", "Reg. No.")),
            ("registered", translate("HitViewer", "Registered")),
            ("received_on", names["received_on"]),
            ("channel", translate("HitViewer", "Channel")),
            ("status", translate("HitViewer", "Status")),
            ("category", names["category"]),
            ("name", names["name"]),
            ("address", names["address"]),
            ("account", names["account"]),
            ("link", translate("HitViewer", "Consumer")),
            ("summary", names["summary"]),
            ("snippet", translate("HitViewer", "Found text")),
        ]
        for key, text in rows:
            value = QLabel(card)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(text, value)
        self.values["snippet"].setTextFormat(Qt.TextFormat.RichText)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(card)
        scroll.setMinimumWidth(300)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.viewer)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 340])

        self.previous_button = QPushButton(translate("HitViewer", "◀ Previous page with hits"))
        self.previous_button.setToolTip(
            translate("HitViewer", "Go to the previous page with found words (Shift+F3)")
        )
        self.previous_button.clicked.connect(self.previous_hit_page)
        self.next_button = QPushButton(translate("HitViewer", "Next page with hits ▶"))
        self.next_button.setToolTip(
            translate("HitViewer", "Go to the next page with found words (F3)")
        )
        self.next_button.clicked.connect(self.next_hit_page)
        self.position = QLabel(self)
        self.card_button = QPushButton(translate("HitViewer", "Letter card…"))
        self.card_button.setToolTip(
            translate("HitViewer", "Open the letter's full card and history (Ctrl+H)")
        )
        self.card_button.clicked.connect(self.open_card)
        close = QPushButton(translate("HitViewer", "Close"))
        close.setToolTip(translate("HitViewer", "Back to the search results (Esc)"))
        close.clicked.connect(self.close)
        for button in (self.previous_button, self.next_button, self.card_button, close):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.position, 1)
        bar.addWidget(self.card_button)
        bar.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.fuzzy_notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)

        keys = (
            ("F3", self.next_hit_page),
            ("Shift+F3", self.previous_hit_page),
            ("PgDown", self.viewer.next_page),
            ("PgUp", self.viewer.previous_page),
            ("Ctrl++", self.viewer.zoom_in),
            ("Ctrl+=", self.viewer.zoom_in),
            ("Ctrl+-", self.viewer.zoom_out),
            ("Ctrl+0", self.viewer.fit_width),
            ("Ctrl+H", self.open_card),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)

    # --- content ----------------------------------------------------------------------

    @property
    def letter_id(self) -> int | None:
        return self._hit.letter_id if self._hit is not None else None

    def show_hit(self, hit: SearchHit, highlight: Sequence[str]) -> Job:
        """Load and show the hit's letter in the background; returns the job."""
        self._hit = hit
        self.data = None
        self._boxes = []
        self.setWindowTitle(translate("HitViewer", "Found letter — {0}").format(hit.reg_no))
        self.title.setText(f"{hit.reg_no} — {hit.sender}" if hit.sender else hit.reg_no)
        self.fuzzy_notice.setVisible(hit.matched == "fuzzy")
        self.values["snippet"].setText(snippet_html(hit.snippet))
        self.position.setText(translate("HitViewer", "Loading the letter…"))
        job = self._runner.run(
            translate("HitViewer", "Opening a letter"),
            load_hit_letter,
            self._database,
            self._actor,
            hit.letter_id,
            list(highlight),
            with_progress=False,
            visible=False,
        )
        self._job = job
        job.finished.connect(lambda data, j=job: self._loaded(j, data))
        job.failed.connect(lambda error, j=job: self._failed(j, error))
        return job

    def hit_pages(self) -> list[int]:
        """The pages (0-based) with found words, in order."""
        return sorted({b.page for b in self._boxes})

    def hit_items(self) -> list[QGraphicsRectItem]:
        """The marks drawn on the page shown now."""
        items = (self.viewer.box_item(b.key) for b in self._boxes)
        return [item for item in items if item is not None]

    def hit_boxes_on_page(self, page: int) -> list[FieldBox]:
        return [b for b in self._boxes if b.page == page]

    def next_hit_page(self) -> None:
        later = [p for p in self.hit_pages() if p > self.viewer.current_page]
        if later:
            self.show_hit_page(later[0])

    def previous_hit_page(self) -> None:
        earlier = [p for p in self.hit_pages() if p < self.viewer.current_page]
        if earlier:
            self.show_hit_page(earlier[-1])

    def show_hit_page(self, page: int) -> None:
        """Turn to ``page`` and bring its first found word into view."""
        first = next(iter(self.hit_boxes_on_page(page)), None)
        if first is None:
            self.viewer.show_page(page)
        else:
            self.viewer.highlight(first.key)
        self._update_position()

    def open_card(self) -> None:
        if self.letter_id is None:
            return
        open_letter_card(self._database, self._store, self._actor, self.letter_id, self)

    # --- internals --------------------------------------------------------------------

    def _loaded(self, job: Job, data: HitLetter) -> None:
        if job is not self._job:
            return  # another hit was opened meanwhile
        self.data = data
        card = data.card
        self._boxes = field_boxes(data.boxes)
        self._fill_card(card)
        pages = self.hit_pages()
        self.viewer.set_pages(card.pages, self._boxes, pages[0] if pages else 0)
        if pages:
            self.show_hit_page(pages[0])
        self._update_position()
        self.loaded.emit(card.id)

    def _failed(self, job: Job, error: JobError) -> None:
        if job is not self._job:
            return
        text = user_message(error) or translate("HitViewer", "The letter cannot be opened.")
        self.position.setText(text)

    def _fill_card(self, card: CardDTO) -> None:
        link = card.link
        link_text = labels.label(labels.link_labels(), link.status)
        if link.consumer is not None:
            link_text += f": {link.consumer.account} — {link.consumer.full_name}"
        texts = {
            "reg_no": card.reg_no,
            "registered": labels.datetime_text(card.registered_at),
            "received_on": labels.date_text(card.received_on),
            "channel": labels.label(labels.channel_labels(), card.channel),
            "status": labels.label(labels.status_labels(), card.status),
            "category": labels.label(labels.category_labels(), card.category),
            "link": link_text,
            "summary": card.summary,
        }
        for key in ("name", "address", "account"):
            texts[key] = card.fields[key].value
        for key, text in texts.items():
            self.values[key].setText(text)

    def _update_position(self, *_args: object) -> None:
        if self.data is None:
            return
        pages = self.hit_pages()
        current = self.viewer.current_page
        self.previous_button.setEnabled(any(p < current for p in pages))
        self.next_button.setEnabled(any(p > current for p in pages))
        if not pages:
            self.position.setText(
                translate(
                    "HitViewer",
                    "The words were found in the card, not on the page images.",
                )
            )
            return
        total = self.viewer.page_count
        here = len(self.hit_boxes_on_page(current))
        self.position.setText(
            translate("HitViewer", "Page {0} of {1}: found words {2}; pages with hits: {3}").format(
                current + 1, total, here, ", ".join(str(p + 1) for p in pages)
            )
        )

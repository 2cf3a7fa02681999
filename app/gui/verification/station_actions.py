"""The station's keyboard actions: every one has a shortcut, shown in its tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.gui.verification.page_viewer import PageViewer
from app.i18n import translate

Key = str | QKeySequence.StandardKey


def key_text(key: QKeySequence) -> str:
    text = key.toString(QKeySequence.SequenceFormat.NativeText)
    return text.replace("Return", "Enter")


def make_action(
    owner: QWidget,
    text: str,
    keys: Sequence[Key],
    slot: Callable[[], object],
    scope: QWidget | None = None,
) -> QAction:
    """An action of ``scope`` (default ``owner``) and its children, e.g. «Accept (Enter)»."""
    action = QAction(text, owner)
    sequences: list[QKeySequence] = []
    for key in keys:  # a standard key may equal a listed one: duplicates are ambiguous
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    action.setShortcuts(sequences)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shown = key_text(sequences[0]) if sequences else ""
    action.setToolTip(f"{text} ({shown})" if shown else text)
    action.triggered.connect(lambda _checked=False: slot())
    (scope or owner).addAction(action)
    return action


class StationSlots(Protocol):
    def accept(self) -> None: ...
    def skip(self) -> None: ...
    def search_registry(self) -> None: ...
    def unlink(self) -> None: ...
    def open_consumer_card(self) -> None: ...
    def open_letter_card(self) -> None: ...
    def pick_candidate(self, rank: int) -> None: ...
    def split_here(self) -> None: ...
    def merge_previous(self) -> None: ...
    def merge_next(self) -> None: ...
    def rotate(self, quarter_turns: int) -> None: ...
    def drop_page(self) -> None: ...


def build_actions(owner: QWidget, s: StationSlots, viewer: PageViewer) -> dict[str, QAction]:
    """The station's actions by name, owned by ``owner`` (the station widget)."""
    a: dict[str, QAction] = {}

    def add(
        name: str,
        text: str,
        keys: Sequence[Key],
        slot: Callable[[], object],
        scope: QWidget | None = None,
    ) -> None:
        a[name] = make_action(owner, text, keys, slot, scope)

    add(
        "accept", translate("VerificationStation", "Accept and next"), ["Return", "Enter"], s.accept
    )
    add("skip", translate("VerificationStation", "Skip to the next letter"), ["Alt+Right"], s.skip)
    add(
        "search",
        translate("VerificationStation", "Find in the registry"),
        [QKeySequence.StandardKey.Find, "Ctrl+F"],
        s.search_registry,
    )
    add("unlink", translate("VerificationStation", "Remove the link"), ["Ctrl+Shift+L"], s.unlink)
    add(
        "consumer",
        translate("VerificationStation", "Consumer card"),
        ["Ctrl+I"],
        s.open_consumer_card,
    )
    add(
        "letter_card",
        translate("VerificationStation", "Letter card and history"),
        ["Ctrl+H"],
        s.open_letter_card,
    )
    for rank in range(1, 6):
        add(
            f"pick{rank}",
            translate("VerificationStation", "Pick candidate {0}").format(rank),
            [f"Ctrl+{rank}"],
            lambda r=rank: s.pick_candidate(r),
        )
    add(
        "split",
        translate("VerificationStation", "Split here: this page starts a new letter"),
        ["Ctrl+Shift+S"],
        s.split_here,
    )
    add(
        "merge_previous",
        translate("VerificationStation", "Merge into the previous letter"),
        ["Ctrl+Shift+PgUp"],
        s.merge_previous,
    )
    add(
        "merge_next",
        translate("VerificationStation", "Merge the next letter into this one"),
        ["Ctrl+Shift+PgDown"],
        s.merge_next,
    )
    add(
        "rotate",
        translate("VerificationStation", "Rotate the page clockwise"),
        ["Ctrl+R"],
        lambda: s.rotate(1),
    )
    add(
        "rotate_back",
        translate("VerificationStation", "Rotate the page counter-clockwise"),
        ["Ctrl+Shift+R"],
        lambda: s.rotate(-1),
    )
    add(
        "drop",
        translate("VerificationStation", "Remove this page (blank page)"),
        ["Delete"],
        s.drop_page,
        viewer,
    )
    v = viewer
    add(
        "zoom_in",
        translate("VerificationStation", "Zoom in"),
        [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
        v.zoom_in,
    )
    add(
        "zoom_out",
        translate("VerificationStation", "Zoom out"),
        [QKeySequence.StandardKey.ZoomOut],
        v.zoom_out,
    )
    add("fit_width", translate("VerificationStation", "Fit to width"), ["Ctrl+0"], v.fit_width)
    add("next_page", translate("VerificationStation", "Next page"), ["PgDown"], v.next_page)
    add(
        "previous_page",
        translate("VerificationStation", "Previous page"),
        ["PgUp"],
        v.previous_page,
    )
    return a

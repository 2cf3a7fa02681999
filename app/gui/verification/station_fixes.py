"""The station's batch fixes: split a letter, merge two, rotate or drop a page.

Destructive ones ask first (``dialogs.confirm``); each runs one service in one unit of work
through the station's ``_change`` and is recorded in the letter's history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.gui.verification import dialogs, station_ops
from app.gui.verification.station_layout import StationLayout
from app.i18n import translate
from db.store import FileStore
from letters import verification as services
from letters.verification_types import CardDTO, VerificationError


class BatchFixes(StationLayout):
    """Split, merge, rotate, drop; the station provides ``_editable`` and ``_change``."""

    store: FileStore
    card: CardDTO | None
    loaded: station_ops.Loaded | None

    def _editable(self) -> CardDTO | None:
        raise NotImplementedError

    def _change(
        self,
        apply: station_ops.Change,
        *,
        show: Callable[[Any], int | None],
        changed: Callable[[Any], tuple[int, ...]],
        then_next_after: int | None = None,
        keep_form: bool = False,
        note: Callable[[Any], str] | None = None,
        redo: Any = None,
    ) -> None:
        raise NotImplementedError

    def split_here(self) -> None:
        card = self._editable()
        page = self.viewer.current_page
        if card is None:
            return
        if page < 1:
            self.show_message(dialogs.error_text(VerificationError("bad_split_point")))
            return
        text = translate(
            "VerificationStation",
            "Pages {0}–{1} of {2} become a new letter with its own registration number. Split?",
        ).format(page + 1, len(card.pages), card.reg_no)
        if not dialogs.confirm(self, translate("VerificationStation", "Split the letter"), text):
            return
        self._change(
            lambda s, a: services.split_letter(s, a, card.id, card.version, page),
            show=lambda _r: card.id,
            changed=lambda r: (card.id, r.new_id),
            note=lambda r: translate(
                "VerificationStation", "Pages {0}–{1} became the letter {2}."
            ).format(page + 1, page + r.pages_moved, r.new_reg_no),
        )

    def merge_previous(self) -> None:
        self._merge(previous=True)

    def merge_next(self) -> None:
        self._merge(previous=False)

    def _merge(self, previous: bool) -> None:
        card = self._editable()
        loaded = self.loaded
        other = (loaded.previous if previous else loaded.next) if loaded else None
        if card is None:
            return
        if other is None:
            self.show_message(translate("VerificationStation", "There is no letter to merge with."))
            return
        first, second = (other, card) if previous else (card, other)
        text = translate(
            "VerificationStation",
            "The pages of {0} are appended to {1}; {0} stays in the register as merged, "
            "its number is kept. Merge?",
        ).format(second.reg_no, first.reg_no)
        if not dialogs.confirm(self, translate("VerificationStation", "Merge letters"), text):
            return
        versions = {first.id: first.version, second.id: second.version}
        self._change(
            lambda s, a: services.merge_letters(s, a, first.id, second.id, versions),
            show=lambda _r: first.id,
            changed=lambda _r: (first.id, second.id),
        )

    def rotate(self, quarter_turns: int) -> None:
        card = self._editable()
        page = self.viewer.page(self.viewer.current_page)
        if card is None or page is None:
            return
        self._change(
            lambda s, a: services.rotate_page(
                s, a, self.store, page.id, quarter_turns, card.version
            ),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
        )

    def drop_page(self) -> None:
        card = self._editable()
        page = self.viewer.page(self.viewer.current_page)
        if card is None or page is None:
            return
        if len(card.pages) < 2:
            self.show_message(dialogs.error_text(VerificationError("only_page")))
            return
        text = translate(
            "VerificationStation",
            "Remove page {0} from {1}? Its image stays in the archive store and the removal "
            "is recorded in the history.",
        ).format(page.index + 1, card.reg_no)
        if not dialogs.confirm(self, translate("VerificationStation", "Remove the page"), text):
            return
        self._change(
            lambda s, a: services.drop_page(s, a, page.id, card.version),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
        )

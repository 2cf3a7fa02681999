"""The verification station: the clerk's main screen (pages left, card right, keyboard first).

Database work runs on a worker thread (``station_ops`` through the ``JobRunner``); the card
arrives as a DTO and the GUI never waits for the database or the disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import SIGNAL, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from app.gui.jobs import JobError, JobRunner
from app.gui.verification import dialogs, station_ops
from app.gui.verification.page_viewer import FieldBox
from app.gui.verification.station_fixes import BatchFixes
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters import verification as services
from letters.actors import Actor
from letters.verification_types import CardDTO, StaleCard, VerificationError

log = logging.getLogger(__name__)


class VerificationStation(BatchFixes):
    """Check and accept registration cards, one after another, with the keyboard.

    Enter accepts the card and opens the next letter needing attention; Ctrl+1…5 picks a
    candidate; Ctrl+F searches the registry; the batch fixes split, merge, rotate and drop.

    Signals:
        letter_changed(int): this station saved a change to the letter with this id.
        card_shown(int): the card of this letter is on screen (after loading).
        queue_empty(): no letter needs attention any more.
        consumer_requested(str): open the consumer card of this account (when connected;
            otherwise the station opens one itself).
        message_shown(str): a message for the clerk appeared above the card.
    """

    letter_changed = Signal(int)
    card_shown = Signal(int)
    queue_empty = Signal()
    consumer_requested = Signal(str)
    message_shown = Signal(str)

    def __init__(
        self,
        database: Database,
        store: FileStore | Path,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        self.database = database
        self.store = store if isinstance(store, FileStore) else FileStore(Path(store))
        self.actor = actor
        self.runner = JobRunner()
        super().__init__(self.store, self.runner, parent)
        self.runner.setParent(self)
        self.card: CardDTO | None = None
        self.loaded: station_ops.Loaded | None = None
        self.busy = False
        self._windows: list[QWidget] = []
        self._pending_open: int | None = None
        self.search_dialog: Any = None
        self.build(self)
        app = QCoreApplication.instance()
        if app is not None:  # a parent window closing does not close its children
            app.aboutToQuit.connect(self.shutdown)
        self.form.field_focused.connect(self._field_focused)
        self.viewer.box_clicked.connect(self.form.focus_field)
        self.viewer.page_changed.connect(lambda _p: self._update_actions())
        self.link.candidate_activated.connect(self.pick_candidate)
        self.target_button.clicked.connect(self._open_target)
        for key in ("name", "address", "phone", "email", "account"):
            self.form.line(key).textEdited.connect(
                lambda _t: self.link.refresh_letter_values(
                    {k: self.form.line(k).text() for k in self.form_keys}
                )
            )
        self._update_actions()

    form_keys = ("name", "address", "phone", "email", "account")

    # --- opening cards -------------------------------------------------------------------

    def open_letter(self, letter_id: int) -> None:
        """Show this letter's card (after the work in progress, if any)."""
        if self.busy:
            self._pending_open = letter_id
            return
        self._run(station_ops.open_card, self.database, letter_id)

    def open_next(self) -> None:
        """The next letter needing attention after the one on screen (oldest first)."""
        self._run(station_ops.open_next, self.database, self.card.id if self.card else None)

    def refresh(self) -> None:
        if self.card is None:
            self._run(station_ops.open_next, self.database, None)
        else:
            self.open_letter(self.card.id)

    def skip(self) -> None:
        self.clear_message()
        self.open_next()

    # --- accepting and linking -------------------------------------------------------------

    def accept(self) -> None:
        card = self._editable()
        if card is None:
            return
        edits = self.form.edits()
        self._change(
            lambda s, a: services.accept_card(s, a, card.id, card.version, edits),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            then_next_after=card.id,
        )

    def pick_candidate(self, rank: int) -> None:
        card = self._editable()
        if card is None:
            return
        if not 1 <= rank <= len(card.candidates):
            self.show_message(
                translate("VerificationStation", "There is no candidate {0}.").format(rank)
            )
            return
        account = card.candidates[rank - 1].account
        self._change(
            lambda s, a: services.pick_candidate(s, a, card.id, card.version, account),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
        )

    def search_registry(self) -> None:
        card = self._editable()
        if card is None:
            return
        from app.gui.verification.search_dialog import RegistrySearchDialog

        text = card.fields["account"].value or card.fields["name"].value.split(" ")[0]
        dialog = RegistrySearchDialog(self.database, self.runner, text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.search_dialog = dialog

        def done(result: int) -> None:
            chosen = dialog.chosen()
            self.search_dialog = None
            if result and chosen is not None:
                self.link_manually(chosen.account)

        dialog.finished.connect(done)
        dialog.open()

    def link_manually(self, account: str) -> None:
        card = self._editable()
        if card is None:
            return
        self._change(
            lambda s, a: services.link_manually(s, a, card.id, card.version, account),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
        )

    def unlink(self) -> None:
        card = self._editable()
        if card is None or not card.link.linked:
            return
        self._change(
            lambda s, a: services.unlink(s, a, card.id, card.version),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
        )

    # --- other windows -------------------------------------------------------------------------

    def open_consumer_card(self) -> None:
        card = self.card
        if card is None or not card.link.linked or card.link.consumer is None:
            return
        account = card.link.consumer.account
        if self.receivers(SIGNAL("consumer_requested(QString)")) > 0:
            self.consumer_requested.emit(account)
            return
        from app.gui.consumer_card import ConsumerCard

        window = ConsumerCard(self.database, account, self)
        window.letter_requested.connect(self.open_letter)
        self._keep(window)

    def open_letter_card(self) -> None:
        if self.card is None:
            return
        from app.gui.letter_card import open_letter_card

        self._keep(open_letter_card(self.database, self.store, self.card.id, self))

    def _keep(self, window: QWidget) -> None:
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._windows.append(window)
        window.destroyed.connect(
            lambda *_: self._windows.remove(window) if window in self._windows else None
        )
        window.show()

    def _open_target(self) -> None:
        if self.card is not None and self.card.merged_into is not None:
            self.open_letter(self.card.merged_into[0])

    # --- running work --------------------------------------------------------------------------

    def _editable(self) -> CardDTO | None:
        if self.busy or self.card is None or self.card.merged_into is not None:
            return None
        return self.card

    def _run(
        self,
        function: Callable[..., station_ops.Loaded],
        *args: Any,
        keep_form: bool = False,
        note: Callable[[Any], str] | None = None,
    ) -> None:
        if self.busy:
            return
        self.busy = True
        self._update_actions()
        job = self.runner.run("verification", function, *args, with_progress=False, visible=False)
        job.finished.connect(lambda loaded: self._loaded(loaded, keep_form, note))
        job.failed.connect(self._failed)

    def _change(
        self,
        apply: station_ops.Change,
        *,
        show: Callable[[Any], int | None],
        changed: Callable[[Any], tuple[int, ...]],
        then_next_after: int | None = None,
        keep_form: bool = False,
        note: Callable[[Any], str] | None = None,
    ) -> None:
        self.clear_message()
        self._run(
            station_ops.change,
            self.database,
            self.actor,
            apply,
            show,
            changed,
            then_next_after,
            keep_form=keep_form,
            note=note,
        )

    def _loaded(
        self, loaded: station_ops.Loaded, keep_form: bool, note: Callable[[Any], str] | None
    ) -> None:
        self.busy = False
        for letter_id in loaded.changed:
            self.letter_changed.emit(letter_id)
        if self._open_pending():
            return
        edits = self.form.edits() if keep_form and self.card is not None else None
        same = loaded.card is not None and self.card is not None and loaded.card.id == self.card.id
        self.loaded = loaded
        if note is not None and loaded.result is not None:
            self.show_message(note(loaded.result), error=False)
        self.queue_label.setText(
            translate("VerificationStation", "Need attention: {0}").format(loaded.queue)
        )
        if loaded.card is None:
            self.card = None
            self.show_empty()
            self._update_actions()
            self.queue_empty.emit()
            return
        self._show(loaded.card, page=self.viewer.current_page if same else 0)
        if edits is not None and same:
            self.form.restore(edits)
        if loaded.queue == 0 and not loaded.card.needs_review:
            self.queue_empty.emit()
        self.card_shown.emit(loaded.card.id)

    def _show(self, card: CardDTO, page: int) -> None:
        self.card = card
        self.show_card_view(card)
        self.form.set_card(card)
        self.link.set_card(card)
        boxes = [
            FieldBox(
                k, self.describe_field(k, f), f.box[0], f.box[1:], f.is_doubtful(card.verified)
            )
            for k, f in card.fields.items()
            if f.box is not None
        ]
        self.viewer.set_pages(card.pages, boxes, page)
        self._update_actions()
        if self.form.focus_first_doubtful() is None:
            self.viewer.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_pending(self) -> bool:
        """Someone asked for a letter while we were busy: show it now instead."""
        pending, self._pending_open = self._pending_open, None
        if pending is None:
            return False
        self.open_letter(pending)
        return True

    def _failed(self, error: JobError) -> None:
        self.busy = False
        self._pending_open = None
        exc = error.exception
        if isinstance(exc, StaleCard):
            reg_no = self.card.reg_no if self.card else str(exc.letter_id)
            self.open_letter(exc.letter_id)
            self.show_message(dialogs.stale_text(exc, reg_no))
        elif isinstance(exc, VerificationError):
            self.show_message(dialogs.error_text(exc))
        else:
            log.error("verification station:\n%s", error.traceback)
            self.show_message(
                translate(
                    "VerificationStation",
                    "The action failed ({0}: {1}). Details are in the log.",
                ).format(type(exc).__name__, exc)
            )
        self._update_actions()

    def _field_focused(self, key: str) -> None:
        self.viewer.highlight(key)

    def _update_actions(self) -> None:
        self.update_actions(self.card, self.loaded, self.busy)

    def shutdown(self) -> None:
        """Stop background work and close the windows this station opened."""
        for window in list(self._windows):
            window.close()
        if self.search_dialog is not None:
            self.search_dialog.reject()
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

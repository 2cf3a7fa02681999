"""The verification station: the clerk's main screen (pages left, card right, keyboard first).

Database work runs on a worker thread (``station_ops`` through the ``JobRunner``); the card
arrives as a DTO and the GUI never waits for the database or the disk.

A save that meets someone else's newer save (``StaleCard``) reloads the card and asks, in
``app.gui.conflict_dialog``, whether to keep the saved card or to save the clerk's values
on top of it. Roles that do not verify letters see the cards read-only.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import SIGNAL, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from app.gui import conflict_dialog, labels
from app.gui.conflict_dialog import ConflictDialog, MyValue
from app.gui.jobs import JobError, JobRunner, is_refusal
from app.gui.verification import dialogs, station_ops
from app.gui.verification.card_form import field_labels
from app.gui.verification.page_viewer import FieldBox
from app.gui.verification.station_fixes import BatchFixes
from app.i18n import translate
from app.roles import denied_message, role_name
from db.engine import Database
from db.store import FileStore
from letters import verification as services
from letters.actors import Actor
from letters.permissions import can
from letters.verification_types import CardDTO, CardEdits, StaleCard, VerificationError

log = logging.getLogger(__name__)
# The same change again, for another card version and the clerk's (merged) values.
Redo = Callable[[int, CardEdits], station_ops.Change]
EDITING_ACTIONS = (
    "accept",
    "search",
    "unlink",
    "split",
    "merge_previous",
    "merge_next",
    "rotate",
    "rotate_back",
    "drop",
    *(f"pick{rank}" for rank in range(1, 6)),
)


@dataclass(frozen=True, slots=True)
class Attempt:
    """A change on its way: the card as opened, the form then and now, and how to redo it."""

    card: CardDTO
    seen: CardEdits
    mine: CardEdits
    redo: Redo | None
    options: dict[str, Any]


def _edit_values(edits: CardEdits) -> dict[str, Any]:
    return {f.name: getattr(edits, f.name) for f in dataclasses.fields(edits) if f.name != "link"}


def _shown(key: str, value: Any) -> str:
    if key == "category":
        return labels.label(labels.category_labels(), str(value))
    if key == "received_on":
        return labels.date_text(value)
    return str(value) if value else "—"


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
        conflict_shown(object): the :class:`ConflictDialog` of a concurrent edit is open.
    """

    letter_changed = Signal(int)
    card_shown = Signal(int)
    queue_empty = Signal()
    consumer_requested = Signal(str)
    message_shown = Signal(str)
    conflict_shown = Signal(object)

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
        self.may_verify = can(actor, "letter.verify")
        self.runner = JobRunner()
        super().__init__(self.store, self.runner, parent)
        self.runner.setParent(self)
        self.card: CardDTO | None = None
        self.loaded: station_ops.Loaded | None = None
        self.busy = False
        self._windows: list[QWidget] = []
        self._pending_open: int | None = None
        self.search_dialog: Any = None
        self.conflict: ConflictDialog | None = None
        self._attempt: Attempt | None = None
        self._seen: CardEdits | None = None  # the form as the card was loaded
        self._stale: tuple[StaleCard, Attempt] | None = None
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
        self._run(station_ops.open_card, self.database, self.actor, letter_id)

    def open_next(self) -> None:
        """The next letter needing attention after the one on screen (oldest first)."""
        after = self.card.id if self.card else None
        self._run(station_ops.open_next, self.database, self.actor, after)

    def refresh(self) -> None:
        if self.card is None:
            self._run(station_ops.open_next, self.database, self.actor, None)
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

        def redo(version: int, edits: CardEdits) -> station_ops.Change:
            return lambda s, a: services.accept_card(s, a, card.id, version, edits)

        self._change(
            redo(card.version, self.form.edits()),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            then_next_after=card.id,
            redo=redo,
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

        def redo(version: int, _edits: CardEdits) -> station_ops.Change:
            return lambda s, a: services.pick_candidate(s, a, card.id, version, account)

        self._change(
            redo(card.version, self.form.edits()),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
            redo=redo,
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

        def redo(version: int, _edits: CardEdits) -> station_ops.Change:
            return lambda s, a: services.link_manually(s, a, card.id, version, account)

        self._change(
            redo(card.version, self.form.edits()),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
            redo=redo,
        )

    def unlink(self) -> None:
        card = self._editable()
        if card is None or not card.link.linked:
            return

        def redo(version: int, _edits: CardEdits) -> station_ops.Change:
            return lambda s, a: services.unlink(s, a, card.id, version)

        self._change(
            redo(card.version, self.form.edits()),
            show=lambda _r: card.id,
            changed=lambda _r: (card.id,),
            keep_form=True,
            redo=redo,
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

        window = ConsumerCard(self.database, self.actor, account, self)
        window.letter_requested.connect(self.open_letter)
        self._keep(window)

    def open_letter_card(self) -> None:
        if self.card is None:
            return
        from app.gui.letter_card import open_letter_card

        self._keep(open_letter_card(self.database, self.store, self.actor, self.card.id, self))

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
        if not self.may_verify:
            self.show_message(self._read_only_text())
            return None
        return self.card

    def _read_only_text(self) -> str:
        return translate(
            "VerificationStation",
            "Read only: verifying letters is not part of the role {0}.",
        ).format(role_name(self.actor.role))

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
        redo: Redo | None = None,
    ) -> None:
        card = self.card
        if card is not None and self._seen is not None:
            options = {
                "show": show,
                "changed": changed,
                "then_next_after": then_next_after,
                "keep_form": keep_form,
                "note": note,
            }
            self._attempt = Attempt(card, self._seen, self.form.edits(), redo, options)
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
        self._attempt = None
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
        stale, self._stale = self._stale, None
        if stale is not None and stale[0].letter_id == loaded.card.id:
            self._ask_about_conflict(stale[0], stale[1], loaded.card)
        if loaded.queue == 0 and not loaded.card.needs_review:
            self.queue_empty.emit()
        self.card_shown.emit(loaded.card.id)

    def _show(self, card: CardDTO, page: int) -> None:
        self.card = card
        self.show_card_view(card)
        self.form.set_card(card)
        self._seen = self.form.edits()
        if not self.may_verify:
            self.form.setEnabled(False)
            self.show_message(self._read_only_text(), error=False)
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
        attempt, self._attempt = self._attempt, None
        if isinstance(exc, StaleCard):
            reg_no = self.card.reg_no if self.card else str(exc.letter_id)
            if attempt is not None and attempt.card.id == exc.letter_id:
                self._stale = (exc, attempt)  # asked once the saved card is on screen
            self.open_letter(exc.letter_id)
            self.show_message(dialogs.stale_text(exc, reg_no))
        elif is_refusal(exc):
            self.show_message(denied_message(exc))
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
        if not self.may_verify:
            for name in EDITING_ACTIONS:
                self.actions_by_name[name].setEnabled(False)
            self.accept_button.setEnabled(False)

    # --- a concurrent edit -----------------------------------------------------------------

    def _ask_about_conflict(self, exc: StaleCard, attempt: Attempt, saved: CardDTO) -> None:
        """The saved card is on screen: show the other change and my differing values."""
        saved_values = _edit_values(self.form.edits())
        merged, changed, both = conflict_dialog.merge_values(
            _edit_values(attempt.seen), _edit_values(attempt.mine), saved_values
        )
        names = field_labels()
        mine = [
            MyValue(
                key,
                names.get(key, key),
                _shown(key, saved_values[key]),
                _shown(key, merged[key]),
                key in both,
            )
            for key in changed
        ]
        dialog = ConflictDialog(saved.reg_no, exc.change, mine, attempt.redo is not None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        merged_edits = dataclasses.replace(attempt.mine, **merged)
        dialog.chosen.connect(
            lambda choice: self._conflict_chosen(choice, attempt, saved, merged_edits)
        )
        self.conflict = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _conflict_chosen(
        self, choice: str, attempt: Attempt, saved: CardDTO, merged: CardEdits
    ) -> None:
        self.conflict = None
        if choice != ConflictDialog.OVERWRITE or attempt.redo is None:
            return  # the saved card is already on screen
        if self.busy or self.card is None or self.card.id != saved.id:
            return  # the clerk moved on meanwhile
        self.form.restore(merged)  # the saved card's values with mine on top
        self._change(attempt.redo(self.card.version, merged), redo=attempt.redo, **attempt.options)

    def shutdown(self) -> None:
        """Stop background work and close the windows this station opened."""
        for window in list(self._windows):
            window.close()
        if self.conflict is not None:
            self.conflict.reject()
        if self.search_dialog is not None:
            self.search_dialog.reject()
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

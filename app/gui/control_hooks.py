"""How the control screens plug into the main window, kept out of it: the Обращения menu
with the phone form, the letter card opened from the dashboard, and the refreshes after
a change (the register and the dashboard follow a new call, a resolution or a status move).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.gui.control_view import ControlView
from app.gui.letter_card import LetterCardDialog, open_letter_card
from app.gui.phone_form import PhoneForm
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.permissions import can

PHONE_SHORTCUT = "Ctrl+Shift+P"


class _Window(Protocol):
    database: Database
    store: FileStore
    actor: Actor
    control: ControlView

    def show_message(self, text: str) -> None: ...


class ControlActions(QObject):
    """The main window's control hooks. Signals: none (the views' own are connected)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: _Window = window  # type: ignore[assignment]
        self.main_window = window
        self.phone_form: PhoneForm | None = None
        self.cards: list[LetterCardDialog] = []
        control = self.window.control
        control.letter_requested.connect(self.open_letter_card)
        control.phone_requested.connect(self.open_phone_form)
        control.status_message.connect(self.window.show_message)
        self.phone_action = QAction(translate("MainWindow", "&Phone call…"), window)
        self.phone_action.setShortcut(QKeySequence(PHONE_SHORTCUT))
        self.phone_action.setToolTip(
            translate("MainWindow", "Register a phone appeal ({0})").format(PHONE_SHORTCUT)
        )
        self.phone_action.triggered.connect(lambda _checked=False: self.open_phone_form())
        allowed = can(self.window.actor, "phone.register")
        self.phone_action.setEnabled(allowed)
        menu = window.menuBar().addMenu(translate("MainWindow", "&Appeals"))
        menu.addAction(self.phone_action)
        menu.menuAction().setVisible(allowed)
        window.addAction(self.phone_action)  # the shortcut works with the menu hidden too

    def open_phone_form(self) -> PhoneForm | None:
        """Open (or bring forward) the phone form in its own window."""
        if not can(self.window.actor, "phone.register"):
            return None
        if self.phone_form is None:
            form = PhoneForm(self.window.database, self.window.actor, self.main_window)
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            form.registered.connect(lambda _result: self.letters_changed())
            form.destroyed.connect(lambda *_: setattr(self, "phone_form", None))
            self.phone_form = form
            form.show()
            return form
        self.phone_form.raise_()  # already open: bring it forward
        self.phone_form.activateWindow()
        return self.phone_form

    def open_letter_card(self, letter_id: int) -> LetterCardDialog:
        """The letter's card with its control actions, in its own window."""
        card = open_letter_card(
            self.window.database, self.window.store, self.window.actor, letter_id, self.main_window
        )
        card.letter_actions.changed.connect(lambda _id: self.letters_changed())
        replies = getattr(card, "replies", None)  # a reply sent stops the letter's clock
        if replies is not None and hasattr(replies, "changed"):
            replies.changed.connect(lambda *_: self.letters_changed())
        self.cards.append(card)
        card.destroyed.connect(lambda *_: self.cards.remove(card) if card in self.cards else None)
        return card

    def letters_changed(self) -> None:
        self.window.control.refresh()
        register = getattr(self.main_window, "register", None)
        refresh = getattr(register, "refresh", None)
        if callable(refresh):
            refresh()

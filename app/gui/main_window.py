"""The main window: a section list on the left, the sections in a stack, a status bar.

Sections: Входящие (intake and the verification station), Реестр, Контроль, Ответы, Поиск и
архив, Потребители, Настройки. The verification station and the consumer card come from
``app.gui.verification.station`` and ``app.gui.consumer_card``; they are imported lazily,
and until they exist the window says so instead of showing anything fake.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QImageReader, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from app import workstation as ws
from app.gui.archive_view import ArchiveView
from app.gui.consumers_view import ConsumersView
from app.gui.control_hooks import ControlActions
from app.gui.control_view import ControlView
from app.gui.intake import IntakePanel
from app.gui.jobs import JobRunner
from app.gui.outgoing_view import OutgoingView
from app.gui.register_view import RegisterView
from app.gui.reminders import DEFAULT_MINUTES, TrayReminders
from app.gui.search_view import SearchView
from app.gui.settings_view import SettingsView
from app.gui.widgets import JobsIndicator, placeholder
from app.i18n import translate
from app.roles import role_name
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.permissions import can

log = logging.getLogger(__name__)
SECTIONS = (
    "incoming",
    "register",
    "control",
    "replies",
    "search",
    "archive",
    "consumers",
    "settings",
)


def section_titles() -> dict[str, str]:
    return {
        "incoming": translate("MainWindow", "Incoming"),
        "register": translate("MainWindow", "Register"),
        "control": translate("MainWindow", "Control"),
        "replies": translate("MainWindow", "Replies"),
        "search": translate("MainWindow", "Search"),
        "archive": translate("MainWindow", "Archive"),
        "consumers": translate("MainWindow", "Consumers"),
        "settings": translate("MainWindow", "Settings"),
    }


def _first_method(obj: object, *names: str) -> Any:
    for name in names:
        method = getattr(obj, name, None)
        if callable(method):
            return method
    return None


def _log_missing(module: str, exc: ImportError) -> None:
    """A module not written yet is expected; a module that fails to import is a bug."""
    if isinstance(exc, ModuleNotFoundError) and exc.name and exc.name.startswith(module):
        log.info("%s is not available yet", exc.name)
    else:
        log.error("%s cannot be imported", module, exc_info=exc)


class MainWindow(QMainWindow):
    """Signals: none; the sections' signals are routed here (letter and consumer requests,
    letters registered, status messages)."""

    def __init__(
        self,
        database: Database,
        store_dir: Path,
        actor: Actor | None = None,
        workstation: ws.Workstation | None = None,
        workstation_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        self.store_dir = store_dir
        self.store = FileStore(store_dir)
        self.workstation = workstation or ws.Workstation()
        if actor is None:  # tests and embedding; ``startup.start`` signs the user in first
            with database.write() as session:
                actor = resolve_actor(session, None)
        self.actor = actor
        self.runner = JobRunner(self)
        self.consumer_cards: list[QWidget] = []
        self.setWindowTitle(translate("MainWindow", "Mailroom — correspondence register"))
        self.resize(1280, 800)

        # Load the image-format plugins on the GUI thread: a first decode on two worker
        # threads at once (a page and its thumbnails) can otherwise hang in the loader.
        QImageReader.supportedImageFormats()
        # The GUI hides what the role cannot do; the services refuse it regardless.
        self.intake: IntakePanel | None = None
        if can(actor, "letter.register"):
            self.intake = IntakePanel(database, self.store, actor, self.runner, self.workstation)
        self.station = self._make_station()
        self.incoming = QTabWidget(self)
        if self.intake is not None:
            self.incoming.addTab(self.intake, translate("MainWindow", "Intake"))
        self.incoming.addTab(
            self.station or placeholder(self._station_missing_text()),
            translate("MainWindow", "Verification"),
        )
        self.register = RegisterView(database, actor, self.runner)
        self.register_model = self.register.model
        self.consumers = ConsumersView(database, actor, self.runner)
        self.control = ControlView(database, actor, self.runner)
        self.consumers.import_button.setVisible(can(actor, "registry.import"))
        self.register.export_button.setVisible(can(actor, "letter.export"))
        self.settings_view = SettingsView(database, actor, self.workstation, workstation_path)
        self.search_view = SearchView(database, self.store, actor, self.runner)
        self.outgoing = OutgoingView(database, self.store, actor, self.runner)
        self.archive_view: ArchiveView | None = None  # archivists and administrators only
        if can(actor, "archive.manage"):
            self.archive_view = ArchiveView(database, self.store, actor, self)
        titles = section_titles()
        pages: dict[str, QWidget] = {
            "incoming": self.incoming,
            "register": self.register,
            "control": self.control,
            "replies": self.outgoing,
            "search": self.search_view,
            "archive": self.archive_view or QWidget(self),
            "consumers": self.consumers,
            "settings": self.settings_view,
        }
        self.nav = QListWidget(self)
        self.nav.setObjectName("sections")
        self.stack = QStackedWidget(self)
        for number, code in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(titles[code], self.nav)
            shortcut = QKeySequence(f"Alt+{number}")
            item.setToolTip(
                f"{titles[code]} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.stack.addWidget(pages[code])
            QShortcut(shortcut, self, lambda c=code: self.show_section(c))
        self.nav.item(SECTIONS.index("archive")).setHidden(self.archive_view is None)
        self.nav.setStyleSheet("QListWidget#sections::item { padding: 7px 10px; }")
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.nav.setFont(font)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 24))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Ctrl+F: the search, from everywhere but the station (its own Ctrl+F finds a
        # consumer); one window-wide shortcut would be ambiguous there and fire neither.
        for owner in (self.nav, self.intake, *(pages[c] for c in SECTIONS if c != "incoming")):
            if owner is not None:
                find = QShortcut(QKeySequence("Ctrl+F"), owner, self.focus_search)
                find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.db_label = QLabel(translate("MainWindow", "Database: {0}").format(database.describe()))
        who = actor.full_name or actor.login
        self.user_label = QLabel(
            translate("MainWindow", "User: {0} ({1})").format(who, role_name(actor.role))
        )
        self.jobs_indicator = JobsIndicator(self.runner, self)
        self.statusBar().addPermanentWidget(self.jobs_indicator)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self.register.letter_requested.connect(self.open_letter)
        self.register.reply_requested.connect(self.open_reply_editor)
        self.register.file_requested.connect(self.file_into_case)
        self.consumers.consumer_requested.connect(self.open_consumer)
        if self.intake is not None:
            self.intake.letters_registered.connect(self._letters_registered)
            self.intake.status_message.connect(self.show_message)
        for view in (
            self.register,
            self.consumers,
            self.settings_view,
            self.search_view,
            self.outgoing,
            *([self.archive_view] if self.archive_view is not None else []),
        ):
            view.status_message.connect(self.show_message)
        if self.archive_view is not None:
            self.archive_view.letter_requested.connect(self.open_letter)
        self.audit_view: QWidget | None = None
        self.reminders: TrayReminders | None = None
        self._build_menu()
        self.control_actions = ControlActions(self)  # Appeals menu, dashboard letter cards
        self.settings_view.saved.connect(self._settings_saved)
        self.nav.setCurrentRow(0)
        self._restore_state()
        self.register.refresh()

    # --- menu and the audit log ---------------------------------------------------------

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(translate("MainWindow", "&Service"))
        self.audit_action = QAction(translate("MainWindow", "&Audit log…"), self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.audit_action.setToolTip(
            translate("MainWindow", "Who did what and when: the audit log (Ctrl+Shift+A)")
        )
        self.audit_action.triggered.connect(lambda _checked=False: self.open_audit_log())
        allowed = can(self.actor, "audit.view")
        self.audit_action.setVisible(allowed)
        self.audit_action.setEnabled(allowed)
        menu.addAction(self.audit_action)
        menu.menuAction().setVisible(allowed)

    def open_audit_log(self) -> QWidget | None:
        """Open (or bring forward) the audit log viewer in its own window."""
        if not can(self.actor, "audit.view"):
            return None
        if self.audit_view is None:
            from app.gui.audit_view import AuditView

            view = AuditView(self.database, self.actor, self)
            view.setWindowFlag(Qt.WindowType.Window, True)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            view.destroyed.connect(lambda *_: setattr(self, "audit_view", None))
            self.audit_view = view
        if self.audit_view.isVisible():  # already open: bring it forward
            self.audit_view.raise_()
        self.audit_view.show()
        self.audit_view.activateWindow()
        return self.audit_view

    # --- the verification station and the consumer card (other modules) --------------

    def _make_station(self) -> QWidget | None:
        try:
            from app.gui.verification.station import VerificationStation
        except ImportError as exc:
            _log_missing("app.gui.verification", exc)
            return None
        station: QWidget = VerificationStation(self.database, self.store, self.actor, self)
        signal = getattr(station, "consumer_requested", None)
        if signal is not None:
            signal.connect(self.open_consumer)
        return station

    @staticmethod
    def _station_missing_text() -> str:
        return translate(
            "MainWindow", "The verification station comes with a later version of Mailroom."
        )

    def open_letter(self, letter_id: int) -> None:
        """Show a letter's card in the verification station."""
        method = _first_method(self.station, "open_letter") if self.station else None
        if method is None:
            self.show_message(self._station_missing_text())
            return
        self.show_section("incoming")
        self.incoming.setCurrentWidget(self.station)
        method(letter_id)

    def open_reply_editor(self, letter_ids: list[int]) -> QWidget:
        """The reply editor for letters of one consumer, in its own window."""
        from app.gui.reply_editor import open_reply_editor

        editor = open_reply_editor(self.database, self.store, self.actor, letter_ids, self)
        editor.registered.connect(lambda *_: self.register.refresh())
        editor.message.connect(self.show_message)
        return editor

    def file_into_case(self, reg_nos: list[str]) -> None:
        """Open the archive's Cases page with ``reg_nos`` ready to file (nothing is filed
        until the archivist chooses the case and presses the button)."""
        if self.archive_view is None:
            return  # hidden for the role; the service would refuse regardless
        cases = self.archive_view.cases
        cases.set_letters(reg_nos)  # the note stays when the first show loads the page
        self.archive_view.setCurrentWidget(cases)
        self.show_section("archive")
        cases.case.setFocus()

    def open_consumer(self, account: str) -> None:
        """Open the consumer card of ``account`` in its own window."""
        try:
            from app.gui.consumer_card import ConsumerCard
        except ImportError as exc:
            _log_missing("app.gui.consumer_card", exc)
            self.show_message(
                translate("MainWindow", "The consumer card comes with a later version of Mailroom.")
            )
            return
        card: QWidget = ConsumerCard(self.database, self.actor, account, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        letter_requested = getattr(card, "letter_requested", None)
        if letter_requested is not None:
            letter_requested.connect(self.open_letter)
        self.consumer_cards.append(card)
        card.destroyed.connect(lambda *_: self._forget_card(card))
        card.show()

    def _forget_card(self, card: QWidget) -> None:
        if card in self.consumer_cards:
            self.consumer_cards.remove(card)

    # --- sections ----------------------------------------------------------------------

    def show_section(self, code: str) -> None:
        if code == "archive" and self.archive_view is None:
            return  # hidden for the role
        self.nav.setCurrentRow(SECTIONS.index(code))

    def focus_search(self) -> None:
        self.show_section("search")
        self.search_view.focus_query()

    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def start_reminders(self, minutes: int = DEFAULT_MINUTES) -> TrayReminders:
        """Tray reminders of the user's overdue and due-today letters, on start and every
        ``minutes``; a click on one opens the control dashboard."""
        self.reminders = TrayReminders(self.database, self.actor, self.runner, minutes, self)
        self.reminders.reminded.connect(lambda r: self.show_message(r.text.replace("\n", "; ")))
        self.reminders.activated.connect(self._show_control)
        self.reminders.start()
        return self.reminders

    def _show_control(self) -> None:
        self.show_section("control")
        if self.isVisible():  # brought forward from the tray
            self.showNormal()
            self.raise_()
            self.activateWindow()

    def _letters_registered(self, _numbers: list[str]) -> None:
        self.register.refresh()
        refresh = _first_method(self.station, "refresh", "reload") if self.station else None
        if refresh is not None:
            refresh()

    def _settings_saved(self, workstation: ws.Workstation) -> None:
        self.workstation = workstation
        if self.intake is not None:
            self.intake.set_workstation(workstation)

    # --- window state --------------------------------------------------------------------

    def _restore_state(self) -> None:
        state = QSettings()
        geometry = state.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        section = state.value("main_window/section")
        if isinstance(section, str) and section in SECTIONS:
            self.show_section(section)

    def closeEvent(self, event: QCloseEvent) -> None:
        state = QSettings()
        state.setValue("main_window/geometry", self.saveGeometry())
        state.setValue("main_window/section", self.current_section())
        for card in list(self.consumer_cards):
            card.close()
        if self.audit_view is not None:
            self.audit_view.close()
        if self.reminders is not None:
            self.reminders.stop()
        # Every runner of the window (ours, the station's, the cards') stops before the
        # widgets go: a thread must never outlive the objects its results go to.
        for runner in {self.runner, *self.findChildren(JobRunner)}:
            runner.shutdown()
        super().closeEvent(event)

"""The Настройки section.

This workstation (``app.workstation``: database URL, store, tesseract, OCR languages, hot
folder, quarantine, interface language) and the company-wide settings in the database
(``letters.settings``: registration number formats of the journals, company requisites).
The database URL, the store folder, the tesseract program (the OCR worker processes
inherit it) and the interface language apply after a restart; the rest applies at once.

The company-wide settings are the administrator's: others see them read-only (and the
services refuse them anyway). The administrator also gets the «Users» page
(``app.gui.users_page``) and the pages of the production calendar, routing rules, deadline
rules and journals per channel (``app.gui.settings_calendar`` … ``settings_journals``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import workstation as ws
from app.gui.widgets import PathField
from app.i18n import translate
from app.roles import denied_message
from db.engine import Database, data_dir, default_db_url
from letters import settings
from letters.actors import Actor
from letters.permissions import PermissionDenied, can
from letters.register import format_number

EXAMPLE_YEAR, EXAMPLE_SEQ = 2026, 123


def example_number(number_format: str) -> str | None:
    """The number a format gives, or None when the format is not valid."""
    if "{seq" not in number_format:
        return None
    try:
        return format_number(number_format, EXAMPLE_YEAR, EXAMPLE_SEQ)
    except ValueError:  # BadNumberFormat, or a lone brace
        return None


class SettingsView(QWidget):
    """Signals:
    saved(object): the saved :class:`app.workstation.Workstation`.
    status_message(str): a one-line message for the status bar.
    """

    saved = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        workstation: ws.Workstation,
        workstation_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor = database, actor
        self.workstation = workstation
        self._path = workstation_path

        self.db_url = QLineEdit(self)
        default = translate("SettingsView", "default: {0}")
        self.db_url.setPlaceholderText(default.format(default_db_url()))
        self.store_dir = PathField(True, default.format(data_dir() / "store"), self)
        self.tesseract = PathField(False, translate("SettingsView", "tesseract from PATH"), self)
        self.ocr_languages = QLineEdit(self)
        self.hot_folder = PathField(True, translate("SettingsView", "not set"), self)
        self.quarantine_dir = PathField(True, default.format(data_dir() / "quarantine"), self)
        self.language = QComboBox(self)
        self.language.addItem(translate("SettingsView", "From the system locale"), "")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        station = QGroupBox(translate("SettingsView", "This workstation"), self)
        form = QFormLayout(station)
        form.addRow(translate("SettingsView", "Database URL:"), self.db_url)
        form.addRow(translate("SettingsView", "File store folder:"), self.store_dir)
        form.addRow(translate("SettingsView", "Tesseract program:"), self.tesseract)
        form.addRow(translate("SettingsView", "OCR languages:"), self.ocr_languages)
        form.addRow(translate("SettingsView", "Hot folder:"), self.hot_folder)
        form.addRow(translate("SettingsView", "Quarantine folder:"), self.quarantine_dir)
        form.addRow(translate("SettingsView", "Interface language:"), self.language)
        note = QLabel(
            translate(
                "SettingsView",
                "The database, the file store, the Tesseract program and the language change "
                "after a restart; the other settings apply at once.",
            ),
            station,
        )
        note.setWordWrap(True)
        form.addRow(note)

        self.requisites = {
            "name": QLineEdit(self),
            "address": QLineEdit(self),
            "phone": QLineEdit(self),
            "email": QLineEdit(self),
            "ogrn": QLineEdit(self),
            "inn": QLineEdit(self),
        }
        self.requisites["ogrn"].setMaxLength(13)
        self.requisites["inn"].setMaxLength(12)
        company = QGroupBox(
            translate("SettingsView", "Company requisites (letterhead of replies)"), self
        )
        company_form = QFormLayout(company)
        company_form.addRow(translate("SettingsView", "Organisation:"), self.requisites["name"])
        company_form.addRow(translate("SettingsView", "Address:"), self.requisites["address"])
        company_form.addRow(translate("SettingsView", "Phone:"), self.requisites["phone"])
        company_form.addRow(translate("SettingsView", "E-mail:"), self.requisites["email"])
        company_form.addRow(translate("SettingsView", "OGRN:"), self.requisites["ogrn"])
        company_form.addRow(translate("SettingsView", "INN:"), self.requisites["inn"])

        numbering = QGroupBox(translate("SettingsView", "Registration numbers"), self)
        self.journals = QTableWidget(0, 4, numbering)
        self.journals.setHorizontalHeaderLabels(
            [
                translate("SettingsView", "Journal"),
                translate("SettingsView", "Journal name"),
                translate("SettingsView", "Number format"),
                translate("SettingsView", "Example"),
            ]
        )
        self.journals.verticalHeader().hide()
        self.journals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.journals.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 220, 240)):
            header.resizeSection(column, width)
        self.journals.itemChanged.connect(self._format_edited)
        help_text = QLabel(
            translate(
                "SettingsView",
                "Use {year} and {seq}; {seq:06d} pads the number with zeros to six digits. "
                "Example: ВХ-{year}-{seq:06d}.",
            ),
            numbering,
        )
        help_text.setWordWrap(True)
        numbering_layout = QVBoxLayout(numbering)
        numbering_layout.addWidget(self.journals)
        numbering_layout.addWidget(help_text)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(translate("SettingsView", "Save"), self)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(translate("SettingsView", "Save the settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(translate("SettingsView", "Revert"), self)
        revert.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)

        self.may_manage = can(actor, "settings.manage")
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(station, 0, 0)
        grid.addWidget(company, 0, 1)
        grid.addWidget(numbering, 1, 0, 1, 2)
        if not self.may_manage:
            for box in (company, numbering):
                box.setEnabled(False)
            only_admin = QLabel(
                translate(
                    "SettingsView",
                    "Only the administrator changes the company requisites and the number "
                    "formats; this workstation's settings are yours to change.",
                ),
                content,
            )
            only_admin.setWordWrap(True)
            grid.addWidget(only_admin, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(0, 0, 0, 0)
        general_layout.addWidget(scroll, 1)
        general_layout.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.addTab(general, translate("SettingsView", "General"))
        self.users_page: QWidget | None = None
        if can(actor, "users.manage"):
            from app.gui.users_page import UsersPage

            users_page = UsersPage(database, actor, self)
            users_page.status_message.connect(self.status_message)
            self.users_page = users_page
            self.tabs.addTab(users_page, translate("SettingsView", "Users"))
        self.admin_pages: dict[str, QWidget] = {}
        if self.may_manage:
            self._add_admin_pages(database, actor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.load()

    # --- load ------------------------------------------------------------------------

    def load(self) -> None:
        w = self.workstation
        self.db_url.setText(w.database_url)
        self.store_dir.setText(w.store_dir)
        self.tesseract.setText(w.tesseract_cmd)
        self.ocr_languages.setText(w.ocr_languages)
        self.hot_folder.setText(w.hot_folder)
        self.quarantine_dir.setText(w.quarantine_dir)
        self.language.setCurrentIndex(max(0, self.language.findData(w.language)))
        with self._database.read() as session:
            requisites = settings.load_requisites(session)
            journals = settings.list_journals(session)
        for key, edit in self.requisites.items():
            edit.setText(getattr(requisites, key))
        self._show_journals(journals)
        self.message.clear()

    def _show_journals(self, journals: list[settings.JournalInfo]) -> None:
        self.journals.blockSignals(True)
        self.journals.setRowCount(len(journals))
        for row, journal in enumerate(journals):
            for column, value in enumerate((journal.code, journal.name, journal.number_format)):
                item = QTableWidgetItem(value)
                if column != 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.journals.setItem(row, column, item)
            example = QTableWidgetItem()
            example.setFlags(example.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.journals.setItem(row, 3, example)
        self.journals.blockSignals(False)
        for row in range(len(journals)):
            self._check_row(row)

    # --- the administrator's pages ---------------------------------------------------

    def _add_admin_pages(self, database: Database, actor: Actor) -> None:
        """Calendar, routing, deadline rules and journals: each loads when first shown."""
        from app.gui.settings_calendar import CalendarPage
        from app.gui.settings_deadlines import DeadlinesPage
        from app.gui.settings_journals import JournalsPage
        from app.gui.settings_routing import RoutingPage

        journals = JournalsPage(database, actor, self)
        pages = {
            "calendar": (
                CalendarPage(database, actor, self),
                translate("SettingsView", "Calendar"),
            ),
            "routing": (RoutingPage(database, actor, self), translate("SettingsView", "Routing")),
            "deadlines": (
                DeadlinesPage(database, actor, self),
                translate("SettingsView", "Deadlines"),
            ),
            "journals": (journals, translate("SettingsView", "Journals")),
        }
        for key, (page, title) in pages.items():
            page.setObjectName(f"settings_{key}")
            page.status_message.connect(self.status_message)
            self.admin_pages[key] = page
            self.tabs.addTab(page, title)
        # The General tab lists the journals' formats too: show them as the page saved them.
        journals.loaded.connect(
            lambda: self._show_journals(
                [
                    settings.JournalInfo(j.code, j.name, j.direction, j.number_format)
                    for j in (journals.data.journals if journals.data else [])
                ]
            )
        )

    # --- validation ------------------------------------------------------------------

    def _format_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 2:
            self._check_row(item.row())

    def _check_row(self, row: int) -> bool:
        format_item, example_item = self.journals.item(row, 2), self.journals.item(row, 3)
        if format_item is None or example_item is None:
            return True
        example = example_number(format_item.text())
        self.journals.blockSignals(True)
        if example is None:
            example_item.setText(translate("SettingsView", "not a valid format"))
            format_item.setBackground(QBrush(QColor(255, 220, 220)))
        else:
            example_item.setText(example)
            format_item.setBackground(QBrush())
        self.journals.blockSignals(False)
        return example is not None

    def formats(self) -> dict[str, str]:
        found = {}
        for row in range(self.journals.rowCount()):
            code, fmt = self.journals.item(row, 0), self.journals.item(row, 2)
            if code is not None and fmt is not None:
                found[code.text()] = fmt.text().strip()
        return found

    def current_requisites(self) -> settings.CompanyRequisites:
        values = {k: e.text().strip() for k, e in self.requisites.items()}
        return settings.CompanyRequisites(**values)

    def current_workstation(self) -> ws.Workstation:
        return self.workstation.with_changes(
            database_url=self.db_url.text().strip(),
            store_dir=self.store_dir.text(),
            tesseract_cmd=self.tesseract.text(),
            ocr_languages=self.ocr_languages.text().strip() or "rus+eng",
            hot_folder=self.hot_folder.text(),
            quarantine_dir=self.quarantine_dir.text(),
            language=str(self.language.currentData() or ""),
        )

    # --- save ------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate everything, then save; returns False (with a message) if invalid."""
        problems = []
        bad_rows = [r for r in range(self.journals.rowCount()) if not self._check_row(r)]
        if bad_rows:
            problems.append(translate("SettingsView", "a registration number format is not valid"))
        requisites = self.current_requisites()
        texts = {
            "ogrn": translate("SettingsView", "the OGRN must have 13 digits"),
            "inn": translate("SettingsView", "the INN must have 10 or 12 digits"),
            "email": translate("SettingsView", "the e-mail address is not valid"),
        }
        problems += [texts[code] for code in requisites.problems()]
        if problems:
            self.message.setText(
                translate("SettingsView", "Not saved: {0}.").format("; ".join(problems))
            )
            return False
        if self.may_manage:
            try:
                with self._database.write() as session:
                    settings.save_requisites(session, self._actor, requisites)
                    for code, fmt in self.formats().items():
                        settings.set_number_format(session, self._actor, code, fmt)
            except PermissionDenied as exc:  # the role changed meanwhile: say so, save nothing
                self.message.setText(denied_message(exc))
                return False
        before = self.workstation
        self.workstation = self.current_workstation()
        ws.save(self.workstation, self._path)
        restart = (
            before.database_url != self.workstation.database_url
            or before.store_dir != self.workstation.store_dir
            or before.language != self.workstation.language
            or before.tesseract_cmd != self.workstation.tesseract_cmd
        )
        text = translate("SettingsView", "Settings saved.")
        if restart:
            text += " " + translate("SettingsView", "Restart Mailroom to apply all changes.")
        self.message.setText(text)
        self.status_message.emit(text)
        self.saved.emit(self.workstation)
        return True

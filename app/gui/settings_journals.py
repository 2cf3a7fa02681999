"""The administrator's «Journals» page: registration journals, their number formats with a
live example, and a separate journal per channel (``letters.journal_settings``).

A letter of a channel mapped to a journal of its own (say, phone calls to «Т-{year}-{seq:05d}»)
is numbered in that journal, gapless per journal and year; the other channels share the
incoming journal.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import JobError
from app.gui.settings_common import ERROR_STYLE, HINT_STYLE, SettingsPage, read_only, table_style
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.journal_settings import (
    BUILT_IN,
    CODE_PATTERN,
    DEFAULT_JOURNAL,
    JournalsData,
    JournalSetup,
    check_format,
    delete_journal,
    load_journals,
    save_journal,
    set_channel_journal,
)
from letters.register import CHANNELS, BadNumberFormat, format_number

EXAMPLE_SEQS = (1, 123)


def example_numbers(
    number_format: str, year: int | None = None, seqs: tuple[int, ...] = EXAMPLE_SEQS
) -> str | None:
    """«Т-2026-00001, Т-2026-00123» for a format, or None when it is not valid."""
    try:
        check_format(number_format)
    except BadNumberFormat:
        return None
    year = year or dt.date.today().year
    return ", ".join(format_number(number_format, year, seq) for seq in seqs)


def direction_names() -> dict[str, str]:
    return {
        "incoming": translate("SettingsJournals", "incoming"),
        "outgoing": translate("SettingsJournals", "outgoing"),
    }


# --- the work, on a worker thread ----------------------------------------------------------


def load(database: Database, actor: Actor) -> JournalsData:
    with database.read() as session:
        return load_journals(session, actor)


def store_journal(
    database: Database, actor: Actor, code: str, name: str, number_format: str
) -> JournalSetup:
    with database.write() as session:
        return save_journal(session, actor, code, name, number_format)


def store_channel(database: Database, actor: Actor, channel: str, code: str) -> str:
    with database.write() as session:
        set_channel_journal(session, actor, channel, code)
    return channel


def remove_journal(database: Database, actor: Actor, code: str) -> str:
    with database.write() as session:
        delete_journal(session, actor, code)
    return code


# --- the page ----------------------------------------------------------------------------------


class JournalsPage(SettingsPage):
    """Journals with their formats, a journal editor with a live example, and the channel
    → journal map.

    Signals: those of :class:`app.gui.settings_common.SettingsPage`.
    """

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.data: JournalsData | None = None
        self._busy = True
        self._keep: str | None = None
        self._new = False

        self.journals = QTableWidget(0, 5, self)
        self.journals.setObjectName("journals")
        self.journals.setHorizontalHeaderLabels(
            [
                translate("SettingsJournals", "Journal"),
                translate("SettingsJournals", "Letters"),
                translate("SettingsJournals", "Number format"),
                translate("SettingsJournals", "Example"),
                translate("SettingsJournals", "Channels"),
            ]
        )
        table_style(self.journals, (200, 90, 170, 160))
        self.journals.itemSelectionChanged.connect(self._selected)
        self.new_button = QPushButton(translate("SettingsJournals", "&New journal"), self)
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip(
            translate("SettingsJournals", "Add a journal of incoming letters (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_journal)
        self.delete_button = QPushButton(translate("SettingsJournals", "&Delete"), self)
        self.delete_button.setToolTip(
            translate("SettingsJournals", "Only a journal that has never given a number")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        list_box = QGroupBox(translate("SettingsJournals", "Registration journals"), self)
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.journals, 1)
        list_layout.addLayout(list_buttons)

        self.code = QLineEdit(self)
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(translate("SettingsJournals", "Latin letters, e.g. phone"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.number_format = QLineEdit(self)
        self.number_format.setMaxLength(100)
        self.number_format.setPlaceholderText("Т-{year}-{seq:05d}")
        self.number_format.textChanged.connect(self.update_example)
        self.example = QLabel(self)
        self.example.setWordWrap(True)
        self.save_button = QPushButton(translate("SettingsJournals", "&Save journal"), self)
        self.save_button.clicked.connect(self.save)
        self.number_format.returnPressed.connect(self.save)
        help_text = QLabel(
            translate(
                "SettingsJournals",
                "Use {year} and {seq}; {seq:05d} pads the number with zeros to five digits. "
                "Give each journal a prefix of its own: two journals may not give the same "
                "number. A new format applies to the next number; letters keep theirs.",
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet(HINT_STYLE)
        editor = QGroupBox(translate("SettingsJournals", "Journal"), self)
        editor_form = QFormLayout(editor)
        editor_form.addRow(translate("SettingsJournals", "&Code:"), self.code)
        editor_form.addRow(translate("SettingsJournals", "&Name:"), self.name)
        editor_form.addRow(translate("SettingsJournals", "Number &format:"), self.number_format)
        editor_form.addRow(translate("SettingsJournals", "Example:"), self.example)
        editor_form.addRow(help_text)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        editor_form.addRow(save_row)

        self.channels: dict[str, QComboBox] = {}
        channels_box = QGroupBox(translate("SettingsJournals", "A journal per channel"), self)
        channels_form = QFormLayout(channels_box)
        channel_names = labels.channel_labels()
        for channel in CHANNELS:
            combo = QComboBox(self)
            combo.setObjectName(f"journal_{channel}")
            combo.activated.connect(lambda _i, c=channel: self.channel_chosen(c))
            self.channels[channel] = combo
            channels_form.addRow(f"{channel_names.get(channel, channel)}:", combo)
        channels_note = QLabel(
            translate(
                "SettingsJournals",
                "A letter of a channel is numbered in the journal chosen for it, without gaps "
                "in each journal and year. Phone calls, for example, may get numbers of "
                "their own.",
            ),
            self,
        )
        channels_note.setWordWrap(True)
        channels_note.setStyleSheet(HINT_STYLE)
        channels_form.addRow(channels_note)

        right = QVBoxLayout()
        right.addWidget(editor)
        right.addWidget(channels_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(list_box, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.info)
        self.set_busy(True)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run("journals", load, self.database, self.actor, done=self._show, busy=False)

    def _show(self, data: JournalsData) -> None:
        keep = self._keep or (self.selected().code if self.selected() else None)
        self._keep = None
        self.data = data
        names = labels.channel_labels()
        self.journals.setRowCount(len(data.journals))
        for row, journal in enumerate(data.journals):
            example = example_numbers(journal.number_format, seqs=(1,)) or translate(
                "SettingsJournals", "not a valid format"
            )
            channels = ", ".join(names.get(c, c) for c in journal.channels)
            values = (
                journal.name,
                direction_names().get(journal.direction, journal.direction),
                journal.number_format,
                example,
                channels,
            )
            for column, value in enumerate(values):
                self.journals.setItem(row, column, read_only(value, journal.code))
                self.journals.item(row, column).setToolTip(value)
            if journal.code == keep:
                self.journals.selectRow(row)
        if self.journals.currentRow() < 0 and data.journals:
            self.journals.selectRow(0)
        incoming = [j for j in data.journals if j.direction == "incoming"]
        for channel, combo in self.channels.items():
            combo.blockSignals(True)
            combo.clear()
            for journal in incoming:
                combo.addItem(journal.name, journal.code)
            current = data.channel_journal.get(channel, DEFAULT_JOURNAL)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._new = False
        self.set_busy(False)
        self._selected()
        mapped = len(data.channel_journal)
        self.say_loaded(
            translate(
                "SettingsJournals", "Journals: {0}; channels with a journal of their own: {1}."
            ).format(len(data.journals), mapped)
        )
        self.loaded.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        ready = not busy and self.data is not None
        chosen = self.selected()
        for widget in (self.new_button, self.name, self.number_format, *self.channels.values()):
            widget.setEnabled(ready)
        self.code.setEnabled(ready and self._new)
        self.save_button.setEnabled(ready and self.example_ok())
        deletable = (
            chosen is not None
            and not chosen.used
            and not chosen.channels
            and chosen.code not in BUILT_IN
        )
        self.delete_button.setEnabled(ready and not self._new and deletable)

    def selected(self) -> JournalSetup | None:
        row = self.journals.currentRow()
        if self.data is None or not self.journals.selectedItems():
            return None
        return self.data.journals[row] if 0 <= row < len(self.data.journals) else None

    def _selected(self) -> None:
        journal = self.selected()
        if journal is not None:
            self._new = False
            self.code.setText(journal.code)
            self.name.setText(journal.name)
            self.number_format.setText(journal.number_format)
        self.set_busy(self._busy)

    # --- the live example --------------------------------------------------------------------

    def example_ok(self) -> bool:
        return example_numbers(self.number_format.text().strip()) is not None

    def update_example(self) -> None:
        example = example_numbers(self.number_format.text().strip())
        if example is None:
            self.example.setStyleSheet(ERROR_STYLE)
            self.example.setText(
                translate(
                    "SettingsJournals",
                    "not a valid format: it needs {seq}, and braces only around {year} and {seq}",
                )
            )
        else:
            self.example.setStyleSheet("")
            self.example.setText(example)
        self.save_button.setEnabled(
            not self._busy and self.data is not None and example is not None
        )

    # --- changes ---------------------------------------------------------------------------

    def new_journal(self) -> None:
        self.journals.clearSelection()
        self._new = True
        self.code.clear()
        self.name.clear()
        self.number_format.setText("")
        self.set_busy(self._busy)
        self.code.setFocus()

    def save(self) -> None:
        code = self.code.text().strip()
        if self._new and not CODE_PATTERN.fullmatch(code):
            self.say(
                translate(
                    "SettingsJournals",
                    "The journal code is 2 to 32 small Latin letters, digits and underscores, "
                    "beginning with a letter.",
                ),
                error=True,
            )
            self.code.setFocus()
            return
        if not self.example_ok():
            return
        self._keep = code
        self.run(
            "journal",
            store_journal,
            self.database,
            self.actor,
            code,
            self.name.text(),
            self.number_format.text().strip(),
            done=self._saved,
        )

    def _saved(self, journal: JournalSetup) -> None:
        self._changed(
            translate("SettingsJournals", "Journal «{0}» saved; its numbers look like {1}.").format(
                journal.name, example_numbers(journal.number_format) or journal.number_format
            )
        )

    def delete_selected(self) -> None:
        journal = self.selected()
        if journal is None:
            return
        self.run(
            "journal deleted",
            remove_journal,
            self.database,
            self.actor,
            journal.code,
            done=lambda _c: self._changed(
                translate("SettingsJournals", "Journal «{0}» deleted.").format(journal.name)
            ),
        )

    def channel_chosen(self, channel: str) -> None:
        combo = self.channels[channel]
        code = str(combo.currentData() or DEFAULT_JOURNAL)
        name = combo.currentText()
        label = labels.channel_labels().get(channel, channel)
        self.run(
            "channel journal",
            store_channel,
            self.database,
            self.actor,
            channel,
            code,
            done=lambda _c: self._changed(
                translate(
                    "SettingsJournals", "Letters of the channel «{0}» are now numbered in «{1}»."
                ).format(label, name)
            ),
        )

    def _changed(self, text: str) -> None:
        self.news = text
        self.status_message.emit(text)
        self.changed.emit()
        self.refresh()

    def failed(self, error: JobError) -> None:
        super().failed(error)
        if self.data is not None:  # put the channel choices back as saved
            for channel, combo in self.channels.items():
                current = self.data.channel_journal.get(channel, DEFAULT_JOURNAL)
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(current)))
                combo.blockSignals(False)

"""The administrator's «Deadlines» page: the deadline rules (DOMAIN.md §6) as data.

Each rule (``letters.deadline_rules``) says what the period is for (the answer, the
registration or the forwarding), which letters it matches (category and channel; empty is
any), its legal basis, how many days, calendar or working, from receipt or registration,
and whether and by how much it may be extended. The most specific active rule wins. The
rule dialog shows the explanation the rule would give a letter registered today. Saving a
rule leaves the letters already registered alone: the page then offers to recompute the
dates of the open letters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import JobRunner
from app.gui.settings_common import (
    ERROR_STYLE,
    HINT_STYLE,
    RuleEditor,
    SettingsPage,
    confirm_delete,
    deadline_error_text,
    read_only,
    table_style,
)
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.calendar import Calendar, load_calendar
from letters.deadline_rules import (
    MAX_EXTENSION_DAYS,
    MAX_PERIOD_DAYS,
    DeadlineRuleInfo,
    delete_rule,
    list_rules,
    recompute_open_letters,
    save_rule,
)
from letters.deadlines import DeadlineRule, LetterFacts, due_dates_for


def purpose_names() -> dict[str, str]:
    return {
        "reply": translate("SettingsDeadlines", "answer"),
        "register": translate("SettingsDeadlines", "registration"),
        "forward": translate("SettingsDeadlines", "forwarding"),
    }


def counting_names() -> dict[str, str]:
    return {
        "calendar": translate("SettingsDeadlines", "calendar days"),
        "working": translate("SettingsDeadlines", "working days"),
    }


def start_names() -> dict[str, str]:
    return {
        "registered": translate("SettingsDeadlines", "from registration"),
        "received": translate("SettingsDeadlines", "from receipt"),
    }


def as_rule(info: DeadlineRuleInfo) -> DeadlineRule:
    """The pure rule ``letters.deadlines`` computes with."""
    return DeadlineRule(
        code=info.code,
        period_days=info.period_days,
        purpose=info.purpose,
        category=info.category,
        channel=info.channel,
        counting=info.counting,
        start_event=info.start_event,
        extension_max_days=info.extension_max_days,
        basis_short=info.basis_short,
        position=info.position,
    )


def example_text(info: DeadlineRuleInfo, calendar: Calendar, today: dt.date) -> str:
    """The explanation the rule gives a letter received and registered ``today``."""
    if info.period_days <= 0:
        return ""
    facts = LetterFacts(info.category, info.channel, today, today)
    try:
        dates = due_dates_for(facts, [as_rule(info)], calendar, purpose=info.purpose)
    except (LookupError, ValueError):  # a calendar broken by overrides
        return ""
    return dates.explanation_ru


@dataclass(frozen=True, slots=True)
class DeadlinesData:
    rules: list[DeadlineRuleInfo]
    calendar: Calendar  # with the overrides, for the examples


# --- the work, on a worker thread ----------------------------------------------------------


def load_deadlines(database: Database, actor: Actor) -> DeadlinesData:
    with database.read() as session:
        rules = list_rules(session, actor)
        calendar = load_calendar(session)
    return DeadlinesData(rules, calendar)


def store_rule(database: Database, actor: Actor, rule: DeadlineRuleInfo) -> int:
    with database.write() as session:
        return save_rule(session, actor, rule)


def remove_rule(database: Database, actor: Actor, rule_id: int) -> int:
    with database.write() as session:
        delete_rule(session, actor, rule_id)
    return rule_id


def recompute(database: Database, actor: Actor) -> int:
    with database.write() as session:
        return recompute_open_letters(session, actor)


# --- the rule dialog -----------------------------------------------------------------------


class DeadlineRuleDialog(RuleEditor):
    """Add or edit a deadline rule; Save runs in the background, the dialog closes once
    the rule is saved.

    Signals:
        saved(int): the rule's id.
    """

    def __init__(
        self,
        database: Database,
        actor: Actor,
        data: DeadlinesData,
        rule: DeadlineRuleInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.actor, self.data, self.rule = database, actor, data, rule
        self.runner = JobRunner(self)
        self.saved_id: int | None = None
        self.setWindowTitle(
            translate("SettingsDeadlines", "New deadline rule")
            if rule is None
            else translate("SettingsDeadlines", "Deadline rule {0}").format(rule.code)
        )
        self.setMinimumWidth(680)
        self.code = QLineEdit(self)
        self.code.setMaxLength(64)
        self.code.setPlaceholderText(translate("SettingsDeadlines", "e.g. reply_billing_phone"))
        self.purpose = QComboBox(self)
        for code, name in purpose_names().items():
            self.purpose.addItem(name, code)
        self.category = QComboBox(self)
        self.category.setEditable(False)
        self.category.addItem(translate("SettingsDeadlines", "any"), "")
        for code, name in sorted(labels.category_labels().items(), key=lambda kv: kv[1]):
            self.category.addItem(name, code)
        for known in sorted({r.category for r in data.rules} - {""}):
            if self.category.findData(known) < 0:  # seeded for a category still to come
                self.category.addItem(known, known)
        self.channel = QComboBox(self)
        self.channel.addItem(translate("SettingsDeadlines", "any"), "")
        for code, name in labels.channel_labels().items():
            self.channel.addItem(name, code)
        self.period = QSpinBox(self)
        self.period.setRange(1, MAX_PERIOD_DAYS)
        self.counting = QComboBox(self)
        for code, name in counting_names().items():
            self.counting.addItem(name, code)
        self.start_event = QComboBox(self)
        for code, name in start_names().items():
            self.start_event.addItem(name, code)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addWidget(self.counting, 1)
        period_row.addWidget(self.start_event, 1)
        self.extendable = QCheckBox(
            translate("SettingsDeadlines", "May be extended by up to"), self
        )
        self.extension = QSpinBox(self)
        self.extension.setRange(1, MAX_EXTENSION_DAYS)
        self.extension.setSuffix(translate("SettingsDeadlines", " days"))
        self.extendable.toggled.connect(self.extension.setEnabled)
        extension_row = QHBoxLayout()
        extension_row.addWidget(self.extendable)
        extension_row.addWidget(self.extension)
        extension_row.addStretch(1)
        self.basis_short = QLineEdit(self)
        self.basis_short.setMaxLength(200)
        self.basis_short.setPlaceholderText(translate("SettingsDeadlines", "e.g. 59-ФЗ, ст. 12"))
        self.legal_basis = QPlainTextEdit(self)
        self.legal_basis.setTabChangesFocus(True)
        self.legal_basis.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.source_text = QPlainTextEdit(self)
        self.source_text.setTabChangesFocus(True)
        self.source_text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.note = QLineEdit(self)
        self.position = QSpinBox(self)
        self.position.setRange(0, 100_000)
        self.position.setToolTip(
            translate(
                "SettingsDeadlines",
                "Of two equally specific rules the one with the lower number wins.",
            )
        )
        self.active = QCheckBox(translate("SettingsDeadlines", "The rule is in force"), self)
        self.verify = QCheckBox(
            translate("SettingsDeadlines", "Check against the official text"), self
        )
        self.example = QLabel(self)
        self.example.setWordWrap(True)
        self.example.setStyleSheet(HINT_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SettingsDeadlines", "C&ode:"), self.code)
        form.addRow(translate("SettingsDeadlines", "Period &for:"), self.purpose)
        form.addRow(translate("SettingsDeadlines", "&Category:"), self.category)
        form.addRow(translate("SettingsDeadlines", "C&hannel:"), self.channel)
        # Rows of several widgets: the label needs its buddy set by hand for its mnemonic.
        period_label = QLabel(translate("SettingsDeadlines", "&Period:"), self)
        period_label.setBuddy(self.period)
        extension_label = QLabel(translate("SettingsDeadlines", "E&xtension:"), self)
        extension_label.setBuddy(self.extendable)
        form.addRow(period_label, period_row)
        form.addRow(extension_label, extension_row)
        form.addRow(translate("SettingsDeadlines", "&Short basis:"), self.basis_short)
        form.addRow(translate("SettingsDeadlines", "&Legal basis:"), self.legal_basis)
        form.addRow(translate("SettingsDeadlines", "Source &text:"), self.source_text)
        form.addRow(translate("SettingsDeadlines", "&Note:"), self.note)
        form.addRow(translate("SettingsDeadlines", "Orde&r:"), self.position)
        form.addRow("", self.active)
        form.addRow("", self.verify)
        form.addRow(translate("SettingsDeadlines", "Example:"), self.example)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            translate("SettingsDeadlines", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("SettingsDeadlines", "Cancel"))
        self.save_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.fill(rule or DeadlineRuleInfo(code="", period_days=30, position=50))
        if rule is not None:
            # Letters keep the code of the rule that computed their dates.
            self.code.setReadOnly(True)
            self.code.setToolTip(
                translate("SettingsDeadlines", "Letters refer to the rule by its code.")
            )
        for combo in (self.purpose, self.category, self.channel, self.counting, self.start_event):
            combo.currentIndexChanged.connect(lambda _i: self.update_example())
        for spin in (self.period, self.extension):
            spin.valueChanged.connect(lambda _v: self.update_example())
        self.extendable.toggled.connect(lambda _on: self.update_example())
        self.basis_short.textChanged.connect(lambda _t: self.update_example())
        self.update_example()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def fill(self, rule: DeadlineRuleInfo) -> None:
        self.code.setText(rule.code)
        self._select(self.purpose, rule.purpose)
        self._select(self.category, rule.category)
        self._select(self.channel, rule.channel)
        self.period.setValue(rule.period_days)
        self._select(self.counting, rule.counting)
        self._select(self.start_event, rule.start_event)
        self.extendable.setChecked(rule.extendable)
        self.extension.setValue(rule.extension_max_days or 30)
        self.extension.setEnabled(rule.extendable)
        self.basis_short.setText(rule.basis_short)
        self.legal_basis.setPlainText(rule.legal_basis)
        self.source_text.setPlainText(rule.source_text)
        self.note.setText(rule.note)
        self.note.setCursorPosition(0)
        self.position.setValue(rule.position)
        self.active.setChecked(rule.active)
        self.verify.setChecked(rule.verify)

    def current(self) -> DeadlineRuleInfo:
        return DeadlineRuleInfo(
            code=self.code.text().strip(),
            period_days=self.period.value(),
            purpose=str(self.purpose.currentData()),
            category=str(self.category.currentData() or ""),
            channel=str(self.channel.currentData() or ""),
            counting=str(self.counting.currentData()),
            start_event=str(self.start_event.currentData()),
            extension_max_days=self.extension.value() if self.extendable.isChecked() else 0,
            basis_short=self.basis_short.text().strip(),
            legal_basis=self.legal_basis.toPlainText().strip(),
            source_text=self.source_text.toPlainText().strip(),
            verify=self.verify.isChecked(),
            note=self.note.text().strip(),
            position=self.position.value(),
            active=self.active.isChecked(),
            id=self.rule.id if self.rule is not None else None,
        )

    def update_example(self) -> None:
        text = example_text(self.current(), self.data.calendar, dt.date.today())
        self.example.setText(
            translate("SettingsDeadlines", "a letter registered today: {0}").format(text)
            if text
            else ""
        )

    def submit(self) -> None:
        rule = self.current().cleaned()
        problems = rule.problems()
        if problems:
            self.message.setText(" ".join(deadline_error_text(c) for c in problems))
            return
        self.save("deadline rule", store_rule, self.database, self.actor, rule)


# --- the page ----------------------------------------------------------------------------------


class DeadlinesPage(SettingsPage):
    """The deadline rules with add, edit and delete, and the recomputation of open letters.

    Signals: those of :class:`app.gui.settings_common.SettingsPage`.
    """

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.data: DeadlinesData | None = None
        self.dialog: QDialog | None = None
        self._busy = True
        self._keep_id: int | None = None

        self.rules = QTableWidget(0, 9, self)
        self.rules.setObjectName("deadline_rules")
        self.rules.setHorizontalHeaderLabels(
            [
                translate("SettingsDeadlines", "For"),
                translate("SettingsDeadlines", "Category"),
                translate("SettingsDeadlines", "Channel"),
                translate("SettingsDeadlines", "Period"),
                translate("SettingsDeadlines", "Counted"),
                translate("SettingsDeadlines", "Extension"),
                translate("SettingsDeadlines", "Basis"),
                translate("SettingsDeadlines", "In force"),
                translate("SettingsDeadlines", "Code"),
            ]
        )
        table_style(self.rules, (110, 180, 100, 160, 150, 90, 230, 90))
        self.rules.itemSelectionChanged.connect(self._selected)
        self.rules.doubleClicked.connect(lambda _i: self.edit_rule())
        self.add_button = QPushButton(translate("SettingsDeadlines", "&Add rule…"), self)
        self.add_button.setShortcut("Ctrl+N")
        self.add_button.setToolTip(translate("SettingsDeadlines", "Add a deadline rule (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button = QPushButton(translate("SettingsDeadlines", "&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button = QPushButton(translate("SettingsDeadlines", "&Delete"), self)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.recompute_button = QPushButton(
            translate("SettingsDeadlines", "&Recompute open letters"), self
        )
        self.recompute_button.setToolTip(
            translate(
                "SettingsDeadlines",
                "Compute the due and control dates of every letter whose clock still runs "
                "with the rules and the calendar as they are now",
            )
        )
        self.recompute_button.clicked.connect(self.recompute)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.recompute_button)

        self.offer = QFrame(self)
        self.offer.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer.setStyleSheet("QFrame { background: #fff4ce; }")
        self.offer_text = QLabel(
            translate(
                "SettingsDeadlines",
                "The rules changed. The letters already registered keep their dates until "
                "they are recomputed.",
            ),
            self.offer,
        )
        self.offer_text.setWordWrap(True)
        self.offer_button = QPushButton(translate("SettingsDeadlines", "Recompute now"), self.offer)
        self.offer_button.clicked.connect(self.recompute)
        later = QPushButton(translate("SettingsDeadlines", "Later"), self.offer)
        later.clicked.connect(self.offer.hide)
        offer_layout = QHBoxLayout(self.offer)
        offer_layout.addWidget(self.offer_text, 1)
        offer_layout.addWidget(self.offer_button)
        offer_layout.addWidget(later)
        self.offer.hide()

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details_box = QGroupBox(translate("SettingsDeadlines", "The selected rule"), self)
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(self.details, 1)

        how = QLabel(
            translate(
                "SettingsDeadlines",
                "For each letter the most specific rule in force wins: a rule for its "
                "category beats one for its channel, which beats one for any letter. A period "
                "runs from the day after its start; a due date on a day off moves to the "
                "next working day, and the control date is the working day before it.",
            ),
            self,
        )
        how.setWordWrap(True)
        how.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(how)
        layout.addWidget(self.rules, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.offer)
        layout.addWidget(details_box, 2)
        layout.addWidget(self.info)
        self.set_busy(True)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(
            "deadline rules", load_deadlines, self.database, self.actor, done=self._show, busy=False
        )

    def _show(self, data: DeadlinesData) -> None:
        selected = self.selected_rule()
        keep = self._keep_id if self._keep_id is not None else selected and selected.id
        self._keep_id = None
        self.data = data
        categories, channels = labels.category_labels(), labels.channel_labels()
        any_text = translate("SettingsDeadlines", "any")
        self.rules.setRowCount(len(data.rules))
        for row, rule in enumerate(data.rules):
            period = f"{rule.period_days} {counting_names().get(rule.counting, rule.counting)}"
            extension = (
                f"+{rule.extension_max_days}"
                if rule.extendable
                else translate("SettingsDeadlines", "none")
            )
            values = (
                purpose_names().get(rule.purpose, rule.purpose),
                labels.label(categories, rule.category) if rule.category else any_text,
                labels.label(channels, rule.channel) if rule.channel else any_text,
                period,
                start_names().get(rule.start_event, rule.start_event),
                extension,
                rule.basis_short or rule.legal_basis,
                translate("SettingsDeadlines", "yes")
                if rule.active
                else translate("SettingsDeadlines", "no"),
                rule.code,
            )
            for column, value in enumerate(values):
                item = read_only(value, rule.id)
                item.setToolTip(value)
                if not rule.active:
                    item.setForeground(self.palette().placeholderText())
                self.rules.setItem(row, column, item)
            self.rules.item(row, 6).setToolTip(rule.legal_basis)
            if keep is not None and rule.id == keep:
                self.rules.selectRow(row)
        if self.rules.currentRow() < 0 and data.rules:
            self.rules.selectRow(0)
        self.set_busy(False)
        self._selected()
        active = sum(1 for r in data.rules if r.active)
        self.say_loaded(
            translate("SettingsDeadlines", "Rules: {0}, in force: {1}.").format(
                len(data.rules), active
            )
        )
        self.loaded.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        ready = not busy and self.data is not None
        chosen = ready and self.selected_rule() is not None
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.recompute_button.setEnabled(ready)
        self.offer_button.setEnabled(ready)

    def selected_rule(self) -> DeadlineRuleInfo | None:
        row = self.rules.currentRow()
        if self.data is None or not self.rules.selectedItems():
            return None
        return self.data.rules[row] if 0 <= row < len(self.data.rules) else None

    def _selected(self) -> None:
        self.set_busy(self._busy)
        rule = self.selected_rule()
        if rule is None or self.data is None:
            self.details.clear()
            return
        example = example_text(rule, self.data.calendar, dt.date.today())
        lines = [
            f"<b>{_html(rule.basis_short or rule.code)}</b> — {_html(rule.legal_basis)}",
            f"<i>{_html(rule.source_text)}</i>" if rule.source_text else "",
            _html(rule.note),
            translate("SettingsDeadlines", "Example, a letter registered today: {0}").format(
                _html(example)
            )
            if example
            else "",
            translate("SettingsDeadlines", "Check this rule against the official text.")
            if rule.verify
            else "",
        ]
        self.details.setText("<br>".join(line for line in lines if line))

    # --- changes ---------------------------------------------------------------------------

    def add_rule(self) -> DeadlineRuleDialog | None:
        return self._open(None)

    def edit_rule(self) -> DeadlineRuleDialog | None:
        rule = self.selected_rule()
        return self._open(rule) if rule is not None else None

    def _open(self, rule: DeadlineRuleInfo | None) -> DeadlineRuleDialog | None:
        if self.data is None:
            return None
        dialog = DeadlineRuleDialog(self.database, self.actor, self.data, rule, self)
        self.open_editor(dialog, self._saved)
        return dialog

    def _saved(self, rule_id: int) -> None:
        self._keep_id = rule_id
        self._changed(translate("SettingsDeadlines", "Deadline rule saved."))

    def delete_selected(self, confirm: bool = True) -> QMessageBox | None:
        rule = self.selected_rule()
        if rule is None or rule.id is None:
            return None
        rule_id = rule.id
        if not confirm:
            self._delete(rule_id)
            return None
        return confirm_delete(
            self,
            translate("SettingsDeadlines", "Delete the rule"),
            translate(
                "SettingsDeadlines",
                "Delete the rule {0}? To keep it for later, edit it and take it out of force.",
            ).format(rule.code),
            lambda: self._delete(rule_id),
        )

    def _delete(self, rule_id: int) -> None:
        self.run(
            "deadline rule deleted",
            remove_rule,
            self.database,
            self.actor,
            rule_id,
            done=lambda _id: self._changed(
                translate("SettingsDeadlines", "Deadline rule deleted.")
            ),
        )

    def _changed(self, text: str) -> None:
        self.news = text
        self.status_message.emit(text)
        self.offer.show()
        self.changed.emit()
        self.refresh()

    def recompute(self) -> None:
        self.run("recompute deadlines", recompute, self.database, self.actor, done=self._recomputed)

    def _recomputed(self, changed: int) -> None:
        self.offer.hide()
        text = translate(
            "SettingsDeadlines", "Deadlines recomputed: the dates of {0} open letter(s) changed."
        ).format(changed)
        self.say(text, status=True)
        self.changed.emit()

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        super().shutdown()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

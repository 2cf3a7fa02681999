"""The administrator's «Routing» page: which department (and executor) a letter goes to.

The rules (``letters.routing``) are tried in their explicit order and the first active one
matching the letter's category and channel wins; within the department the executor is
taken in turn or is the least loaded one. Below the rules the page previews, on the
latest letters, which of them each rule would really have got in that order
(``preview_rules``), and the rule dialog previews the rule being edited as you change it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
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
    read_only,
    table_style,
)
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.routing import (
    STRATEGIES,
    LetterBrief,
    RoutingRuleDTO,
    delete_rule,
    list_rules,
    preview_rule,
    preview_rules,
    recent_letters,
    save_rule,
)
from letters.users import DepartmentInfo, list_departments

RECENT_LIMIT = 200
POSITION_STEP = 10


def strategy_names() -> dict[str, str]:
    return {
        "round_robin": translate("SettingsRouting", "in turn"),
        "least_loaded": translate("SettingsRouting", "the least loaded"),
    }


@dataclass(frozen=True, slots=True)
class RoutingData:
    rules: list[RoutingRuleDTO]
    departments: list[DepartmentInfo]
    letters: list[LetterBrief]


# --- the work, on a worker thread ----------------------------------------------------------


def load_routing(database: Database, actor: Actor) -> RoutingData:
    with database.read() as session:
        return RoutingData(
            list_rules(session),
            list_departments(session),
            recent_letters(session, RECENT_LIMIT, actor=actor),
        )


def store_rule(database: Database, actor: Actor, rule: RoutingRuleDTO) -> int:
    with database.write() as session:
        return save_rule(session, actor, rule)


def remove_rule(database: Database, actor: Actor, rule_id: int) -> int:
    with database.write() as session:
        delete_rule(session, actor, rule_id)
    return rule_id


def store_order(database: Database, actor: Actor, rules: Sequence[RoutingRuleDTO]) -> int:
    """Number the rules 10, 20, 30 … in the given order, in one transaction; returns how
    many rules moved. Each changed rule is audited by ``save_rule``."""
    moved = 0
    with database.write() as session:
        for index, rule in enumerate(rules):
            position = (index + 1) * POSITION_STEP
            if rule.position != position:
                save_rule(session, actor, replace(rule, position=position))
                moved += 1
    return moved


# --- texts ---------------------------------------------------------------------------------


def any_text() -> str:
    return translate("SettingsRouting", "any")


def rule_match_text(rule: RoutingRuleDTO) -> tuple[str, str]:
    category = labels.label(labels.category_labels(), rule.category) if rule.category else ""
    channel = labels.label(labels.channel_labels(), rule.channel) if rule.channel else ""
    return category or any_text(), channel or any_text()


# --- the rule dialog -----------------------------------------------------------------------


class RuleDialog(RuleEditor):
    """Add or edit a rule; Save runs in the background and the dialog closes once saved.

    Signals:
        saved(int): the rule's id.
    """

    def __init__(
        self,
        database: Database,
        actor: Actor,
        data: RoutingData,
        rule: RoutingRuleDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.actor, self.data, self.rule = database, actor, data, rule
        self.runner = JobRunner(self)
        self.saved_id: int | None = None
        self.setWindowTitle(
            translate("SettingsRouting", "New routing rule")
            if rule is None
            else translate("SettingsRouting", "Routing rule")
        )
        self.setMinimumWidth(560)
        self.category = QComboBox(self)
        self.category.addItem(any_text(), "")
        for code, name in sorted(labels.category_labels().items(), key=lambda kv: kv[1]):
            self.category.addItem(name, code)
        self.channel = QComboBox(self)
        self.channel.addItem(any_text(), "")
        for code, name in labels.channel_labels().items():
            self.channel.addItem(name, code)
        self.department = QComboBox(self)
        for department in data.departments:
            self.department.addItem(department.name, department.id)
        self.strategy = QComboBox(self)
        for code in STRATEGIES:
            self.strategy.addItem(strategy_names()[code], code)
        self.position = QSpinBox(self)
        self.position.setRange(0, 100_000)
        self.position.setSingleStep(POSITION_STEP)
        self.active = QCheckBox(translate("SettingsRouting", "The rule is in force"), self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(300)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(HINT_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SettingsRouting", "&Category:"), self.category)
        form.addRow(translate("SettingsRouting", "C&hannel:"), self.channel)
        form.addRow(translate("SettingsRouting", "&Department:"), self.department)
        form.addRow(translate("SettingsRouting", "&Executor:"), self.strategy)
        form.addRow(translate("SettingsRouting", "&Order:"), self.position)
        form.addRow("", self.active)
        form.addRow(translate("SettingsRouting", "&Note:"), self.note)
        form.addRow("", self.preview)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            translate("SettingsRouting", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("SettingsRouting", "Cancel"))
        self.save_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if rule is None:
            last = max((r.position for r in data.rules), default=0)
            self.position.setValue(last + POSITION_STEP)
            self.active.setChecked(True)
        else:
            self._select(self.category, rule.category)
            self._select(self.channel, rule.channel)
            self._select(self.department, rule.department_id)
            self._select(self.strategy, rule.strategy)
            self.position.setValue(rule.position)
            self.active.setChecked(rule.active)
            self.note.setText(rule.note)
        for combo in (self.category, self.channel):
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.active.toggled.connect(lambda _on: self.update_preview())
        if not data.departments:
            self.message.setText(
                translate(
                    "SettingsRouting", "There are no departments yet: add them on the Users page."
                )
            )
            self.save_button.setEnabled(False)
        self.update_preview()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0 and isinstance(value, str) and value:
            combo.addItem(value, value)  # a code the lists do not know (any more)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def current(self) -> RoutingRuleDTO:
        department = self.department.currentData()
        return RoutingRuleDTO(
            department_id=int(department) if department is not None else 0,
            position=self.position.value(),
            category=str(self.category.currentData() or ""),
            channel=str(self.channel.currentData() or ""),
            strategy=str(self.strategy.currentData()),
            note=self.note.text().strip(),
            active=self.active.isChecked(),
            id=self.rule.id if self.rule is not None else None,
        )

    def update_preview(self) -> None:
        rule = self.current()
        matched = preview_rule(replace(rule, active=True), self.data.letters)
        text = translate(
            "SettingsRouting",
            "Of the last {0} letters this rule matches {1} on its own (a rule earlier in the "
            "order may take some of them).",
        ).format(len(self.data.letters), len(matched))
        if matched:
            sample = ", ".join(x.reg_no for x in matched[:5])
            text += " " + translate("SettingsRouting", "For example: {0}.").format(sample)
        self.preview.setText(text)

    def submit(self) -> None:
        if self.department.currentData() is None:
            return
        self.save("routing rule", store_rule, self.database, self.actor, self.current())


# --- the page ----------------------------------------------------------------------------------


class RoutingPage(SettingsPage):
    """The ordered rules with add, edit, delete and move, and their preview on recent letters.

    Signals: those of :class:`app.gui.settings_common.SettingsPage`.
    """

    COLUMNS = 8

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.data: RoutingData | None = None
        self.matches: dict[int, list[LetterBrief]] = {}
        self.dialog: QDialog | None = None
        self._busy = True
        self._keep_id: int | None = None  # the rule to select after the next load

        self.rules = QTableWidget(0, self.COLUMNS, self)
        self.rules.setObjectName("rules")
        self.rules.setHorizontalHeaderLabels(
            [
                translate("SettingsRouting", "No."),
                translate("SettingsRouting", "Category"),
                translate("SettingsRouting", "Channel"),
                translate("SettingsRouting", "Department"),
                translate("SettingsRouting", "Executor"),
                translate("SettingsRouting", "In force"),
                translate("SettingsRouting", "Recent letters"),
                translate("SettingsRouting", "Note"),
            ]
        )
        table_style(self.rules, (45, 210, 120, 260, 185, 90, 150))
        self.rules.itemSelectionChanged.connect(self._rule_selected)
        self.rules.doubleClicked.connect(lambda _i: self.edit_rule())
        self.add_button = QPushButton(translate("SettingsRouting", "&Add rule…"), self)
        self.add_button.setShortcut("Ctrl+N")
        self.add_button.setToolTip(translate("SettingsRouting", "Add a routing rule (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button = QPushButton(translate("SettingsRouting", "&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button = QPushButton(translate("SettingsRouting", "&Delete"), self)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.up_button = QPushButton(translate("SettingsRouting", "Move &up"), self)
        self.up_button.setToolTip(translate("SettingsRouting", "Try this rule earlier"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(translate("SettingsRouting", "Move do&wn"), self)
        self.down_button.setToolTip(translate("SettingsRouting", "Try this rule later"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        how = QLabel(
            translate(
                "SettingsRouting",
                "Rules are tried from the top; the first rule in force whose category and "
                "channel match the letter sends it to its department, to the executor whose "
                "turn it is or to the least loaded one.",
            ),
            self,
        )
        how.setWordWrap(True)
        how.setStyleSheet(HINT_STYLE)
        rules_box = QGroupBox(translate("SettingsRouting", "Routing rules"), self)
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(how)
        rules_layout.addWidget(self.rules, 1)
        rules_layout.addLayout(buttons)

        self.letters = QTableWidget(0, 5, self)
        self.letters.setObjectName("preview")
        self.letters.setHorizontalHeaderLabels(
            [
                translate("SettingsRouting", "Reg. No."),
                translate("SettingsRouting", "Registered"),
                translate("SettingsRouting", "Category"),
                translate("SettingsRouting", "Channel"),
                translate("SettingsRouting", "Sender"),
            ]
        )
        table_style(self.letters, (160, 140, 230, 170))
        self.preview_title = QLabel(self)
        self.preview_title.setWordWrap(True)
        preview_box = QGroupBox(
            translate("SettingsRouting", "Recent letters the selected rule would have got"), self
        )
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.letters, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(rules_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.info)
        self.set_busy(True)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run("routing", load_routing, self.database, self.actor, done=self._show, busy=False)

    def _show(self, data: RoutingData) -> None:
        selected = self.selected_rule()
        keep = self._keep_id if self._keep_id is not None else selected and selected.id
        self._keep_id = None
        self.data = data
        self.matches = preview_rules(data.rules, data.letters)
        names = {d.id: d.name for d in data.departments}
        self.rules.setRowCount(len(data.rules))
        for row, rule in enumerate(data.rules):
            category, channel = rule_match_text(rule)
            values = (
                str(row + 1),
                category,
                channel,
                names.get(rule.department_id, str(rule.department_id)),
                strategy_names().get(rule.strategy, rule.strategy),
                translate("SettingsRouting", "yes")
                if rule.active
                else translate("SettingsRouting", "no"),
                str(len(self.matches[row])),
                rule.note,
            )
            for column, value in enumerate(values):
                item = read_only(value, rule.id)
                if not rule.active:
                    item.setForeground(self.palette().placeholderText())
                self.rules.setItem(row, column, item)
            self.rules.item(row, 0).setToolTip(
                translate("SettingsRouting", "Order value {0}").format(rule.position)
            )
            if keep is not None and rule.id == keep:
                self.rules.selectRow(row)
        if self.rules.currentRow() < 0 and data.rules:
            self.rules.selectRow(0)
        self._rule_selected()
        self.set_busy(False)
        unrouted = len(data.letters) - sum(len(v) for v in self.matches.values())
        self.say_loaded(
            translate(
                "SettingsRouting",
                "Rules: {0}. Of the last {1} letters {2} match no rule and wait for a head's "
                "resolution.",
            ).format(len(data.rules), len(data.letters), unrouted)
        )
        self.loaded.emit()

    def set_busy(self, busy: bool) -> None:
        ready = not busy and self.data is not None
        chosen = ready and self.selected_rule() is not None
        row = self.rules.currentRow()
        count = self.rules.rowCount()
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)
        self._busy = busy

    # --- selection and preview ------------------------------------------------------------

    def selected_rule(self) -> RoutingRuleDTO | None:
        row = self.rules.currentRow()
        if self.data is None or not self.rules.selectedItems():
            return None
        return self.data.rules[row] if 0 <= row < len(self.data.rules) else None

    def _rule_selected(self) -> None:
        self.set_busy(self._busy)
        row = self.rules.currentRow()
        rule = self.selected_rule()
        if self.data is None or rule is None:
            self.letters.setRowCount(0)
            self.preview_title.setText(
                translate("SettingsRouting", "Select a rule to see the letters it would get.")
            )
            return
        got = self.matches.get(row, [])
        alone = preview_rule(replace(rule, active=True), self.data.letters)
        text = translate(
            "SettingsRouting", "Rule {0} would have got {1} of the last {2} letters."
        ).format(row + 1, len(got), len(self.data.letters))
        if not rule.active:
            text = translate(
                "SettingsRouting",
                "Rule {0} is not in force; in force, it would match {1} of the last {2} letters.",
            ).format(row + 1, len(alone), len(self.data.letters))
            got = alone
        elif len(alone) > len(got):
            text += " " + translate(
                "SettingsRouting", "{0} more match it but go to an earlier rule."
            ).format(len(alone) - len(got))
        self.preview_title.setText(text)
        categories, channels = labels.category_labels(), labels.channel_labels()
        self.letters.setRowCount(len(got))
        for index, letter in enumerate(got):
            values = (
                letter.reg_no,
                labels.datetime_text(letter.registered_at),
                labels.label(categories, letter.category),
                labels.label(channels, letter.channel),
                letter.sender_name,
            )
            for column, value in enumerate(values):
                self.letters.setItem(index, column, read_only(value, letter.id))

    def preview_reg_nos(self) -> list[str]:
        """The registration numbers listed under the selected rule."""
        return [self.letters.item(r, 0).text() for r in range(self.letters.rowCount())]

    # --- changes ---------------------------------------------------------------------------

    def add_rule(self) -> RuleDialog | None:
        return self._open(None)

    def edit_rule(self) -> RuleDialog | None:
        rule = self.selected_rule()
        return self._open(rule) if rule is not None else None

    def _open(self, rule: RoutingRuleDTO | None) -> RuleDialog | None:
        if self.data is None:
            return None
        dialog = RuleDialog(self.database, self.actor, self.data, rule, self)
        self.open_editor(dialog, self._saved)
        return dialog

    def _saved(self, rule_id: int) -> None:
        self._keep_id = rule_id
        self._changed(translate("SettingsRouting", "Routing rule saved."))

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
            translate("SettingsRouting", "Delete the rule"),
            translate(
                "SettingsRouting",
                "Delete rule {0}? Letters already routed keep their department.",
            ).format(self.rules.currentRow() + 1),
            lambda: self._delete(rule_id),
        )

    def _delete(self, rule_id: int) -> None:
        self.run(
            "routing rule deleted",
            remove_rule,
            self.database,
            self.actor,
            rule_id,
            done=lambda _id: self._changed(translate("SettingsRouting", "Routing rule deleted.")),
        )

    def move_selected(self, step: int) -> None:
        row = self.rules.currentRow()
        if self.data is None or self.selected_rule() is None:
            return
        target = row + step
        if not 0 <= target < len(self.data.rules):
            return
        order = list(self.data.rules)
        order[row], order[target] = order[target], order[row]
        self._keep_id = order[target].id
        self.run(
            "routing order",
            store_order,
            self.database,
            self.actor,
            order,
            done=lambda _n: self._changed(
                translate("SettingsRouting", "Order of the rules saved.")
            ),
        )

    def _changed(self, text: str) -> None:
        self.news = text
        self.status_message.emit(text)
        self.changed.emit()
        self.refresh()

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        super().shutdown()

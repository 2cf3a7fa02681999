"""The specialist's reply editor: template, values, addressee, live preview, files, print and
registration as outgoing.

Opened from a letter card or from the register's context menu for the letters of one
consumer. The template fitting the letters' category comes first; its fields make the form;
every edit re-renders the official letter (``letters.reply_pdf``) in the background after a
short pause, and what the template still needs is listed instead of a broken letter.
Registering gives the reply its ИСХ number, archives its PDF and moves the letters on
(``letters.outgoing.register_reply``); then the editor offers the envelope.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.reply_envelope import EnvelopeOffer
from app.gui.reply_form import TemplateForm, problem_fields, problem_texts
from app.gui.reply_output import (
    ask_save_path,
    print_in_background,
    save_in_background,
)
from app.gui.reply_preview import PreviewPane
from app.gui.reply_text_tab import ReplyTextEditor
from app.gui.reply_work import (
    PreviewResult,
    RegisterResult,
    StartResult,
    build_preview,
    docx_bytes,
    load_start,
    register_draft,
)
from app.gui.widgets import show_job_error
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.permissions import can
from letters.replies import LetterRef, ReplyDocument
from letters.reply_editing import EditorStart, ReplyInputs
from letters.reply_templates import ReplyTemplate
from letters.workflow import WorkflowError

DEBOUNCE_MS = 400
BANNER_STYLE = (
    "QLabel#registered { background: #e3f4e1; border: 1px solid #8cc084; border-radius: 4px;"
    " padding: 6px; font-weight: bold; }"
)


def _ref_text(ref: LetterRef) -> str:
    category = labels.label(labels.category_labels(), ref.category)
    return translate("ReplyEditor", "{0} of {1} — {2}").format(
        ref.reg_no, labels.date_text(ref.registered_on), category
    )


def _outcome_text(template: ReplyTemplate) -> str:
    texts = {
        "reply_sent": translate(
            "ReplyEditor", "Registering it as outgoing stops the clock of the letters."
        ),
        "forwarded": translate(
            "ReplyEditor", "Registering it as outgoing marks the letters as forwarded."
        ),
        "interim": translate(
            "ReplyEditor", "An interim notice: the letters stay open after registering it."
        ),
    }
    return texts.get(template.outcome, "")


def _fit_list(widget: QListWidget, most: int) -> None:
    """As high as its rows (at most ``most`` of them; then it scrolls)."""
    rows = max(1, min(widget.count(), most))
    row = max(widget.sizeHintForRow(0), widget.fontMetrics().height() + 4)
    widget.setFixedHeight(rows * row + 2 * widget.frameWidth() + 4)


def problem_message(exc: Exception, template: ReplyTemplate | None) -> list[str]:
    if isinstance(exc, WorkflowError):
        return [
            translate("ReplyEditor", "The letter's status does not allow this: {0} → {1}").format(
                labels.label(labels.status_labels(), exc.from_status),
                labels.label(labels.status_labels(), exc.to_status),
            )
        ]
    if type(exc).__name__ == "FontMissing":
        return [translate("ReplyEditor", "No Cyrillic font to embed: {0}").format(exc)]
    if type(exc).__name__ == "OutgoingError":
        return [translate("ReplyEditor", "The reply cannot be registered: {0}").format(exc)]
    return problem_texts(exc, template)


class ReplyEditor(QWidget):
    """A window for one reply to one or more letters of one consumer.

    Signals:
        started(): the letters and templates are loaded; the form can be used.
        preview_ready(): the preview shows the reply for the current inputs.
        problems_shown(list): what the current inputs still lack, as lines of text.
        registered(str, list): registered as outgoing: its number, the ids of the letters.
        saved(str): a file was written: its path.
        message(str): a one-line message about what happened.
    """

    started = Signal()
    preview_ready = Signal()
    problems_shown = Signal(list)
    registered = Signal(str, list)
    saved = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        database: Database,
        store: FileStore,
        actor: Actor,
        letter_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self.store = store
        self.actor = actor
        self.letter_ids = list(dict.fromkeys(letter_ids))
        self.runner = JobRunner(self)
        self.start: EditorStart | None = None
        self.template: ReplyTemplate | None = None
        self.doc: ReplyDocument | None = None  # the reply of the current inputs, when shown
        self.pdf = b""
        self.problems: list[str] = []
        self.result: RegisterResult | None = None  # once registered
        self.envelope_offer: EnvelopeOffer | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0
        self._shown_generation = -1
        self._preview_job: Job | None = None
        self._preview_again = False
        self._register_job: Job | None = None
        self._dative_by_hand = False
        self._host: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_preview)
        self.setWindowTitle(translate("ReplyEditor", "Reply"))
        self.resize(1280, 860)
        self._build()
        self._set_busy_state()
        job = self.runner.run(
            "reply editor",
            load_start,
            database,
            actor,
            self.letter_ids,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._started)
        job.failed.connect(self._job_failed)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.letters_label = QLabel(self)
        self.letters_label.setWordWrap(True)
        self.letters_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.others = QListWidget(self)
        self.others.itemChanged.connect(lambda _item: self._changed())
        self.others_label = QLabel(
            translate("ReplyEditor", "The same reply may also answer these open letters:"), self
        )
        self.others_label.setWordWrap(True)
        letters_box = QGroupBox(translate("ReplyEditor", "In reply to"), self)
        letters_layout = QVBoxLayout(letters_box)
        letters_layout.addWidget(self.letters_label)
        letters_layout.addWidget(self.others_label)
        letters_layout.addWidget(self.others)

        self.template_combo = QComboBox(self)
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(24)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.template_hint = QLabel(self)
        self.template_hint.setWordWrap(True)
        self.dative = QLineEdit(self)
        self.dative.setPlaceholderText(translate("ReplyForm", "e.g. {0}").format("Иванову П. С."))
        self.dative.textEdited.connect(self._dative_edited)
        self.dative_note = QLabel(self)
        self.dative_note.setWordWrap(True)
        self.mail_type = QComboBox(self)
        self.mail_type.currentIndexChanged.connect(lambda _i: self._changed())
        choice = QFormLayout()
        choice.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        choice.addRow(translate("ReplyEditor", "Template"), self.template_combo)
        choice.addRow(self.template_hint)
        choice.addRow(translate("ReplyEditor", "Addressee (dative case)"), self.dative)
        choice.addRow(self.dative_note)
        choice.addRow(translate("ReplyEditor", "Sent by"), self.mail_type)

        self.form = TemplateForm(self)
        self.form.changed.connect(self._changed)
        values_box = QGroupBox(translate("ReplyEditor", "Values for the template"), self)
        values_layout = QVBoxLayout(values_box)
        values_layout.addWidget(self.form)

        reply_page = QWidget(self)
        page_layout = QVBoxLayout(reply_page)
        page_layout.addWidget(letters_box)
        page_layout.addLayout(choice)
        page_layout.addWidget(values_box)
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(reply_page)

        self.text = ReplyTextEditor(self)
        self.text.set_read_only(True)  # until there is a text to edit
        self.text.edited.connect(self._changed)
        self.text.reset_requested.connect(self._use_template_text)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, translate("ReplyEditor", "Template and values"))
        self.tabs.addTab(self.text, translate("ReplyEditor", "Text"))

        self.banner = QLabel(self)
        self.banner.setObjectName("registered")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.problem_title = QLabel(translate("ReplyEditor", "Before the reply can go out:"), self)
        font = self.problem_title.font()
        font.setBold(True)
        self.problem_title.setFont(font)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        self.preview_state = QLabel(self)
        self.preview = PreviewPane(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.problem_title)
        right_layout.addWidget(self.problem_list)
        right_layout.addWidget(self.preview_state)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 760])
        splitter.setChildrenCollapsible(False)

        self.save_pdf_button = QPushButton(translate("ReplyEditor", "Save PDF…"), self)
        self.save_docx_button = QPushButton(translate("ReplyEditor", "Save DOCX…"), self)
        self.save_docx_button.setToolTip(
            translate("ReplyEditor", "The same letter as a Word document, to edit further")
        )
        self.print_button = QPushButton(translate("ReplyEditor", "Print…"), self)
        self.register_button = QPushButton(translate("ReplyEditor", "Register as outgoing"), self)
        self.register_button.setToolTip(
            translate(
                "ReplyEditor",
                "Give the reply its outgoing number, archive its PDF and move the letters on",
            )
        )
        close = QPushButton(translate("ReplyEditor", "Close"), self)
        self.save_pdf_button.clicked.connect(self.choose_pdf_path)
        self.save_docx_button.clicked.connect(self.choose_docx_path)
        self.print_button.clicked.connect(self.print_reply)
        self.register_button.clicked.connect(self.confirm_register)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_button.click)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(self.save_docx_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(close)
        if not can(self.actor, "reply.register"):
            self.register_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.message.connect(self.status.setText)

    # --- starting ------------------------------------------------------------------------

    def _started(self, result: StartResult) -> None:
        if result.start is None:
            problem = result.problem or RuntimeError("no start")
            self._show_problems(problem_message(problem, None))
            self.preview.show_message(translate("ReplyEditor", "No reply can be drafted here."))
            self.tabs.setEnabled(False)
            self.started.emit()
            return
        start = self.start = result.start
        names = "; ".join(_ref_text(ref) for ref in start.letters)
        self.letters_label.setText(f"{names}\n{start.sender_name}".strip())
        self.setWindowTitle(
            translate("ReplyEditor", "Reply to {0}").format(
                ", ".join(ref.reg_no for ref in start.letters)
            )
        )
        self.others.blockSignals(True)
        for ref in start.others:
            item = QListWidgetItem(_ref_text(ref), self.others)
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(ref.summary)
        self.others.blockSignals(False)
        self.others.setVisible(bool(start.others))
        _fit_list(self.others, 4)
        self._show_dative(start.addressee_dative, start.sender_name, start.addressee_confident)
        self.others_label.setVisible(bool(start.others))
        self.mail_type.blockSignals(True)
        for kind in start.mail_types:
            self.mail_type.addItem(kind.label, kind.code)
        self.mail_type.setCurrentIndex(max(0, self.mail_type.findData(start.default_mail_type)))
        self.mail_type.blockSignals(False)
        self.template_combo.blockSignals(True)
        for number, template in enumerate(start.templates):
            if number == len(start.suggested) and start.suggested:
                self.template_combo.insertSeparator(self.template_combo.count())
            mark = "★ " if template.code in start.suggested else ""
            self.template_combo.addItem(mark + template.title, template.code)
            self.template_combo.setItemData(
                self.template_combo.count() - 1,
                f"{template.code} v{template.version}",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.template_combo.blockSignals(False)
        self.tabs.setEnabled(True)
        self._template_chosen(0)
        self.started.emit()

    # --- inputs --------------------------------------------------------------------------

    def choose_template(self, code: str) -> None:
        index = self.template_combo.findData(code)
        if index < 0:
            raise KeyError(code)
        self.template_combo.setCurrentIndex(index)

    def _template_chosen(self, _index: int) -> None:
        code = self.template_combo.currentData()
        if self.start is None or not code:
            return
        template = next(t for t in self.start.templates if t.code == code)
        self.template = template
        self.form.set_template(template)
        self.text.use_template()
        hints = []
        if template.code in self.start.suggested:
            hints.append(translate("ReplyEditor", "Suggested for the letter's category."))
        hints.append(_outcome_text(template))
        if template.legal_basis:
            hints.append(translate("ReplyEditor", "Basis: {0}").format(template.legal_basis))
        self.template_hint.setText(" ".join(h for h in hints if h))
        self._changed(now=True)

    def _show_dative(self, dative: str, name: str, confident: bool) -> None:
        """The declined name, until the specialist corrects it."""
        self.dative.setText(dative)
        note = translate("ReplyEditor", "Declined from the name on the card: {0}.").format(name)
        if not confident:
            note += " " + translate("ReplyEditor", "Check the case.")
        self.dative_note.setText(note)

    def _dative_edited(self, text: str) -> None:
        # Emptied: back to the declension of the name on the card.
        self._dative_by_hand = bool(text.strip())
        self.dative_note.setText(
            translate("ReplyEditor", "Corrected by hand.") if self._dative_by_hand else ""
        )
        self._changed()

    def _use_template_text(self) -> None:
        self.text.use_template()
        self._changed(now=True)

    def chosen_letter_ids(self) -> list[int]:
        extra = []
        for row in range(self.others.count()):
            item = self.others.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                extra.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return [*self.letter_ids, *extra]

    def inputs(self) -> ReplyInputs:
        """What the specialist chose and typed, as the services take it."""
        title, body = self.text.own_wording()
        return ReplyInputs(
            letter_ids=tuple(self.chosen_letter_ids()),
            template_code=self.template.code if self.template else "",
            values=tuple(self.form.values().items()),
            addressee_dative=self.dative.text() if self._dative_by_hand else None,
            title=title,
            body=body,
            mail_type=self.mail_type.currentData(),
        )

    def _changed(self, *, now: bool = False) -> None:
        """An input changed: the preview and the buttons wait for the next rendering."""
        if self.template is None or self.result is not None:
            return
        self._generation += 1
        self._update_buttons()
        self.preview_state.setText(translate("ReplyEditor", "Updating the preview…"))
        self.preview.mark_stale(translate("ReplyEditor", "Updating the preview…"))
        if now:
            self._timer.stop()
            self.render_preview()
        else:
            self._timer.start()

    # --- preview ---------------------------------------------------------------------------

    @property
    def preview_current(self) -> bool:
        """The preview and ``doc`` are the reply of the inputs as they are now."""
        return self._shown_generation == self._generation and self.doc is not None

    @property
    def busy(self) -> bool:
        return bool(self.runner.active(visible_only=False)) or self._timer.isActive()

    def render_preview(self) -> None:
        """Render the reply for the current inputs (one rendering at a time)."""
        self._timer.stop()
        if self.template is None or self.result is not None:
            return
        if self._preview_job is not None:
            self._preview_again = True
            return
        job = self.runner.run(
            translate("ReplyEditor", "Rendering the reply"),
            build_preview,
            self.database,
            self.actor,
            self.inputs(),
            self._generation,
            with_progress=False,
            visible=False,
        )
        self._preview_job = job
        job.finished.connect(self._preview_done)
        job.failed.connect(self._job_failed)
        job.ended.connect(self._preview_ended)

    def _preview_ended(self) -> None:
        self._preview_job = None
        if self._preview_again:
            self._preview_again = False
            self.render_preview()

    def _preview_done(self, result: PreviewResult) -> None:
        if result.generation != self._generation or self.result is not None:
            return  # the inputs changed meanwhile: a newer rendering follows
        self._shown_generation = result.generation
        if result.doc is None:
            problem = result.problem or RuntimeError("no document")
            self.doc = None
            self.pdf = b""
            self.form.mark(problem_fields(problem, self.template))
            self._show_problems(problem_message(problem, self.template))
            text = translate(
                "ReplyEditor", "The preview appears when the template has what it needs."
            )
            if self.preview.page_count:
                self.preview.mark_stale(text)
            else:
                self.preview.show_message(text)
            self.preview_state.setText(translate("ReplyEditor", "Not ready yet"))
            self.text.set_read_only(not self.text.by_hand)
            self._update_buttons()
            self.problems_shown.emit(list(self.problems))
            return
        doc = self.doc = result.doc
        self.pdf = result.pdf
        self.form.mark(set())
        self._show_problems([])
        self.preview.show_pages(result.images)
        pages = len(result.images)
        self.preview_state.setText(
            translate(
                "ReplyEditor", "Preview: draft, {0} page(s); the number is given on registering"
            ).format(pages)
        )
        if not self._dative_by_hand:
            self._show_dative(doc.addressee_dative, doc.addressee_name, doc.addressee_confident)
        self.text.set_read_only(False)
        self.text.show_template_text(doc.title, doc.body)
        self._update_buttons()
        self.preview_ready.emit()

    def _show_problems(self, lines: list[str]) -> None:
        self.problems = list(lines)
        self.problem_list.clear()
        self.problem_list.addItems(self.problems)
        _fit_list(self.problem_list, 5)
        self.problem_title.setVisible(bool(lines))
        self.problem_list.setVisible(bool(lines))

    def _set_busy_state(self) -> None:
        self.tabs.setEnabled(False)
        self._show_problems([])
        self.preview.show_message(translate("ReplyEditor", "Loading the letter…"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        registered = self.result is not None
        ready = registered or self.preview_current
        for button in (self.save_pdf_button, self.print_button):
            button.setEnabled(ready)
        self.save_docx_button.setEnabled(ready)
        self.register_button.setEnabled(
            not registered
            and self.preview_current
            and self._register_job is None
            and can(self.actor, "reply.register")
        )

    # --- files and paper -------------------------------------------------------------------

    def _document(self) -> ReplyDocument | None:
        return self.result.doc if self.result is not None else self.doc

    def _pdf(self) -> bytes:
        return self.result.pdf if self.result is not None else self.pdf

    def file_name(self) -> str:
        doc = self._document()
        if doc is not None and doc.reg_no:
            return doc.reg_no
        refs = self.start.letters if self.start else ()
        return translate("ReplyEditor", "Reply to {0}").format(
            ", ".join(ref.reg_no for ref in refs)
        )

    def choose_pdf_path(self) -> None:
        path = ask_save_path(self, translate("ReplyEditor", "Save PDF"), self.file_name(), "pdf")
        if path is not None:
            self.save_pdf_to(path)

    def choose_docx_path(self) -> None:
        path = ask_save_path(self, translate("ReplyEditor", "Save DOCX"), self.file_name(), "docx")
        if path is not None:
            self.save_docx_to(path)

    def save_pdf_to(self, path: Path) -> Job | None:
        """Write the PDF shown (the archived one, once registered) in the background."""
        data = self._pdf()
        if not data or not (self.result is not None or self.preview_current):
            return None
        return save_in_background(self, self.runner, path, lambda: data, self._saved)

    def save_docx_to(self, path: Path) -> Job | None:
        doc = self._document()
        if doc is None or not (self.result is not None or self.preview_current):
            return None
        return save_in_background(self, self.runner, path, lambda: docx_bytes(doc), self._saved)

    def _saved(self, path: Path) -> None:
        self.message.emit(translate("ReplyEditor", "Saved: {0}").format(path))
        self.saved.emit(str(path))

    def print_reply(self) -> None:
        data = self._pdf()
        if not data:
            return
        print_in_background(
            self,
            self.runner,
            data,
            self.file_name(),
            done=lambda pages: self.message.emit(
                translate("ReplyEditor", "Sent to the printer: {0} page(s)").format(pages)
            ),
        )

    # --- registering ---------------------------------------------------------------------

    def confirm_register(self) -> QMessageBox | None:
        """Ask before numbering: an outgoing number is never taken back."""
        if not self.register_button.isEnabled():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ReplyEditor", "Register as outgoing"),
            translate(
                "ReplyEditor",
                "Register this reply as outgoing? It gets the next outgoing number, its PDF "
                "is archived and the letters it answers change status. This cannot be undone.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("ReplyEditor", "Yes, register")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.accepted.connect(self.register_now)
        box.open()
        self.confirm_box = box
        return box

    def register_now(self) -> Job | None:
        if not self.preview_current or self.result is not None or self._register_job is not None:
            return None
        self._timer.stop()
        self.tabs.setEnabled(False)  # what is registered is what was previewed
        job = self.runner.run(
            translate("ReplyEditor", "Registering the reply"),
            register_draft,
            self.database,
            self.store,
            self.actor,
            self.inputs(),
            with_progress=False,
            cancellable=False,
        )
        self._register_job = job
        self._update_buttons()
        self.message.emit(translate("ReplyEditor", "Registering…"))
        job.finished.connect(self._registered)
        job.failed.connect(self._job_failed)
        job.ended.connect(self._register_ended)
        return job

    def _register_ended(self) -> None:
        self._register_job = None
        self.tabs.setEnabled(True)
        self._update_buttons()

    def _registered(self, result: RegisterResult) -> None:
        if result.reply is None or result.doc is None:
            problem = result.problem or RuntimeError("not registered")
            self._show_problems(problem_message(problem, self.template))
            self.message.emit(translate("ReplyEditor", "The reply was not registered."))
            self.problems_shown.emit(list(self.problems))
            return
        self.result = result
        reply = result.reply
        self._timer.stop()
        self.tabs.setEnabled(True)
        self.form.set_read_only(True)
        self.text.set_read_only(True)
        for widget in (self.template_combo, self.dative, self.mail_type, self.others):
            widget.setEnabled(False)
        statuses = "; ".join(
            translate("ReplyEditor", "letter {0}: {1}").format(
                reg_no, labels.label(labels.status_labels(), status)
            )
            for reg_no, status in result.statuses
        )
        self.banner.setText(
            translate("ReplyEditor", "Registered as outgoing № {0} of {1}").format(
                reply.reg_no, labels.date_text(reply.reg_date)
            )
            + (f"\n{statuses}" if statuses else "")
        )
        self.banner.show()
        self._show_problems([])
        self.preview.show_pages(result.images)
        self.preview_state.setText(translate("ReplyEditor", "The archived reply"))
        self.setWindowTitle(translate("ReplyEditor", "Reply {0}").format(reply.reg_no))
        self._update_buttons()
        self.message.emit(
            translate("ReplyEditor", "Registered as outgoing № {0}").format(reply.reg_no)
        )
        self.registered.emit(reply.reg_no, list(reply.letter_ids))
        if self._sent_by_post():
            self.offer_envelope()

    def _sent_by_post(self) -> bool:
        if self.start is None:
            return False
        code = self.mail_type.currentData()
        return any(kind.code == code and kind.envelope for kind in self.start.mail_types)

    def offer_envelope(self) -> EnvelopeOffer | None:
        if self.result is None or self.result.reply is None:
            return None
        reply = self.result.reply
        offer = EnvelopeOffer(
            self.database,
            self.actor,
            self.runner,
            reply.id,
            reply.letter_ids[0],
            reply.reg_no,
            self,
        )
        offer.message.connect(self.message)
        offer.open()
        self.envelope_offer = offer
        return offer

    # --- failures and closing --------------------------------------------------------------

    def _job_failed(self, error: JobError) -> None:
        show_job_error(self, translate("ReplyEditor", "Reply"), error)

    def attach_to(self, host: QWidget) -> None:
        """Close with ``host`` (the window it was opened from), before its widgets go."""
        self._host = host
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Close:
            self.close()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.runner.shutdown()
        if self._host is not None:
            self._host.removeEventFilter(self)
            self._host = None
        super().closeEvent(event)


def host_window(widget: QWidget | None) -> QWidget | None:
    """The outermost window above ``widget`` (the main window, when there is one)."""
    window = widget.window() if widget is not None else None
    while window is not None:
        above = window.parentWidget()
        if above is None:
            break
        window = above.window()
    return window


def open_reply_editor(
    database: Database,
    store: FileStore,
    actor: Actor,
    letter_ids: list[int],
    parent: QWidget | None = None,
) -> ReplyEditor:
    """Open the reply editor for letters of one consumer in its own window; return it.

    It belongs to the outermost window of ``parent`` and closes with it (its background
    jobs end first), so a letter card may be closed while the reply stays open."""
    host = host_window(parent)
    editor = ReplyEditor(database, store, actor, letter_ids, host)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if host is not None:
        editor.attach_to(host)
    editor.show()
    return editor

"""The offer that follows registering a reply sent by post: print or save its envelope."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import Job, JobRunner
from app.gui.reply_output import ask_save_path, print_in_background, save_in_background
from app.gui.widgets import show_job_error
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.envelopes import FORMATS
from letters.reply_editing import reply_envelope


class EnvelopeOffer(QDialog):
    """Print or save the envelope of one registered reply, in DL, C5 or C4.

    Signals:
        message(str): what happened (saved, sent to the printer), for the status line.
    """

    message = Signal(str)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        runner: JobRunner,
        reply_id: int,
        letter_id: int,
        reg_no: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.runner = runner
        self.reply_id = reply_id
        self.letter_id = letter_id
        self.reg_no = reg_no
        self.setWindowTitle(translate("EnvelopeOffer", "Envelope"))
        text = QLabel(
            translate(
                "EnvelopeOffer", "The reply is registered as outgoing № {0}. Print its envelope?"
            ).format(reg_no),
            self,
        )
        text.setWordWrap(True)
        self.format = QComboBox(self)
        for code, spec in FORMATS.items():
            self.format.addItem(
                translate("EnvelopeOffer", "{0} ({1}×{2} mm)").format(
                    code, f"{spec.width_mm:g}", f"{spec.height_mm:g}"
                ),
                code,
            )
        form = QFormLayout()
        form.addRow(translate("EnvelopeOffer", "Envelope size"), self.format)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(translate("EnvelopeOffer", "Print envelope…"), self)
        self.save_button = QPushButton(translate("EnvelopeOffer", "Save envelope…"), self)
        later = QPushButton(translate("EnvelopeOffer", "Not now"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_envelope)
        self.save_button.clicked.connect(self.save_envelope)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)

    def envelope_pdf(self, fmt: str | None = None) -> bytes:
        """The envelope (call from a worker: it reads the database)."""
        with self.database.read() as session:
            return reply_envelope(
                session, self.actor, self.reply_id, self.letter_id, fmt or self._format()
            )

    def _format(self) -> str:
        return str(self.format.currentData())

    def _title(self) -> str:
        return translate("EnvelopeOffer", "Envelope {0}").format(self.reg_no)

    def print_envelope(self) -> None:
        fmt = self._format()
        spec = FORMATS[fmt]
        job = self.runner.run(
            self._title(), self.envelope_pdf, fmt, with_progress=False, visible=False
        )
        host = self.parentWidget() or self
        job.finished.connect(
            lambda data: print_in_background(
                host,
                self.runner,
                data,
                self._title(),
                (spec.width_mm, spec.height_mm),
                done=lambda _pages: self.message.emit(
                    translate("EnvelopeOffer", "The envelope was sent to the printer.")
                ),
            )
        )
        job.failed.connect(lambda error: show_job_error(host, self._title(), error))
        self.accept()

    def save_envelope(self) -> Path | None:
        fmt = self._format()
        path = ask_save_path(self, self._title(), f"{self._title()} {fmt}", "pdf")
        if path is not None:
            self.save_to(path, fmt)
            self.accept()
        return path

    def save_to(self, path: Path, fmt: str = "DL") -> Job:
        host = self.parentWidget() or self
        return save_in_background(
            host,
            self.runner,
            path,
            lambda: self.envelope_pdf(fmt),
            lambda saved: self.message.emit(
                translate("EnvelopeOffer", "Envelope saved: {0}").format(saved)
            ),
        )

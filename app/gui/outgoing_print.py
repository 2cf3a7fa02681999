"""Batch output of the outgoing post: envelopes (DL, C5, C4) for chosen replies or a whole
day, and the day's Form 103 mail list as PDF, CSV or XLSX. The files are made and written in
background jobs, and printed through the reply editor's helpers (``app.gui.reply_output``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.control_common import stop_runner
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.reply_output import ask_save_path, print_in_background, save_in_background
from app.gui.widgets import show_job_error
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.envelopes import FORMATS, envelopes_for_day, render_envelopes
from letters.form103 import form103_for_day, mail_lists
from letters.outgoing_register import envelopes_for_replies

A4_LANDSCAPE_MM = (297.0, 210.0)
F103_FORMATS = ("pdf", "csv", "xlsx")


def envelopes_pdf(
    database: Database,
    actor: Actor,
    fmt: str,
    *,
    reply_ids: Sequence[int] = (),
    day: dt.date | None = None,
) -> bytes:
    """The envelopes of a whole day (``day``) or of the chosen replies (call from a worker)."""
    with database.read() as session:
        if day is not None:
            envelopes = envelopes_for_day(session, day, actor=actor)
        else:
            envelopes = envelopes_for_replies(session, actor, list(reply_ids))
    return render_envelopes(envelopes, fmt)


def form103_counts(database: Database, actor: Actor, day: dt.date) -> tuple[int, int]:
    """(lists, letters) of the day's Form 103 (call from a worker)."""
    with database.read() as session:
        lists = mail_lists(session, day, actor=actor)
    return len(lists), sum(len(m.rows) for m in lists)


def form103_file(database: Database, actor: Actor, day: dt.date, fmt: str) -> bytes:
    with database.read() as session:
        return form103_for_day(session, day, fmt, actor=actor)


def _buttons(
    dialog: QDialog, layout: QVBoxLayout, print_text: str, save_text: str
) -> tuple[QPushButton, QPushButton]:
    box = QDialogButtonBox(dialog)
    print_button = QPushButton(print_text, dialog)
    save_button = QPushButton(save_text, dialog)
    cancel = QPushButton(translate("OutgoingPrint", "Cancel"), dialog)
    box.addButton(print_button, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    cancel.clicked.connect(dialog.reject)
    layout.addWidget(box)
    return print_button, save_button


class EnvelopesDialog(QDialog):
    """Envelopes for the selected replies or for the whole day (or period) on screen.

    ``selected`` and ``everything`` are (reply ids, how many of them go by post); with
    ``day``, «everything» is the day's post as the service lists it.

    ``notify`` gets what happened (saved, sent to the printer) for the status bar; it and
    ``runner`` belong to the caller, which outlives the dialog and the jobs it starts.

    Signals: QDialog's own.
    """

    def __init__(
        self,
        database: Database,
        actor: Actor,
        runner: JobRunner,
        notify: Callable[[str], None],
        selected: tuple[list[int], int],
        everything: tuple[list[int], int],
        day: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor, self._runner = database, actor, runner
        self._notify = notify
        self.selected_ids, self.selected_count = selected
        self.all_ids, self.all_count = everything
        self.day = day
        self.setWindowTitle(translate("OutgoingPrint", "Envelopes"))
        self.format = QComboBox(self)
        for code, spec in FORMATS.items():
            # The reply editor's envelope offer words the sizes the same way.
            self.format.addItem(
                translate("EnvelopeOffer", "{0} ({1}×{2} mm)").format(
                    code, f"{spec.width_mm:g}", f"{spec.height_mm:g}"
                ),
                code,
            )
        self.selected_radio = QRadioButton(
            translate("OutgoingPrint", "The selected letters: {0} envelope(s)").format(
                self.selected_count
            ),
            self,
        )
        if day is not None:
            everything_text = translate(
                "OutgoingPrint", "All the post of {0}: {1} envelope(s)"
            ).format(labels.date_text(day), self.all_count)
        else:
            everything_text = translate(
                "OutgoingPrint", "All the letters of the period: {0} envelope(s)"
            ).format(self.all_count)
        self.all_radio = QRadioButton(everything_text, self)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.selected_radio)
        self.scope.addButton(self.all_radio)
        self.selected_radio.setEnabled(self.selected_count > 0)
        (self.selected_radio if self.selected_count else self.all_radio).setChecked(True)
        note = QLabel(
            translate(
                "OutgoingPrint",
                "Letters sent by e-mail or handed over in person get no envelope.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form = QFormLayout()
        form.addRow(translate("OutgoingPrint", "Envelope size"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.all_radio)
        layout.addWidget(note)
        self.print_button, self.save_button = _buttons(
            self,
            layout,
            translate("OutgoingPrint", "Print…"),
            translate("OutgoingPrint", "Save PDF…"),
        )
        self.print_button.clicked.connect(self.print_envelopes)
        self.save_button.clicked.connect(self.choose_path)
        self.scope.buttonToggled.connect(lambda *_: self._update())
        self._update()
        self.print_button.setDefault(True)
        self.resize(480, self.sizeHint().height())

    def _update(self) -> None:
        count = self.selected_count if self.selected_radio.isChecked() else self.all_count
        self.print_button.setEnabled(count > 0)
        self.save_button.setEnabled(count > 0)

    def fmt(self) -> str:
        return str(self.format.currentData())

    def _title(self) -> str:
        if self.day is not None and self.all_radio.isChecked():
            return translate("OutgoingPrint", "Envelopes {0}").format(labels.date_text(self.day))
        return translate("OutgoingPrint", "Envelopes")

    def _host(self) -> QWidget:
        return self.parentWidget() or self

    def print_envelopes(self) -> Job:
        fmt, title = self.fmt(), self._title()
        spec = FORMATS[fmt]
        host, make = self._host(), self._maker(fmt)
        runner, notify = self._runner, self._notify
        job = runner.run(title, make, with_progress=False, visible=False)
        job.finished.connect(
            lambda data: print_in_background(
                host,
                runner,
                data,
                title,
                (spec.width_mm, spec.height_mm),
                done=lambda _pages: notify(
                    translate("OutgoingPrint", "The envelopes were sent to the printer.")
                ),
            )
        )
        job.failed.connect(lambda error: show_job_error(host, title, error))
        self.accept()
        return job

    def _maker(self, fmt: str) -> Callable[[], bytes]:
        """The maker bound now: the dialog is gone by the time the job runs."""
        use_day = self.all_radio.isChecked() and self.day is not None
        ids = list(self.selected_ids if self.selected_radio.isChecked() else self.all_ids)
        database, actor, day = self._database, self._actor, self.day
        if use_day:
            return lambda: envelopes_pdf(database, actor, fmt, day=day)
        return lambda: envelopes_pdf(database, actor, fmt, reply_ids=ids)

    def choose_path(self) -> Path | None:
        fmt = self.fmt()
        path = ask_save_path(self, self._title(), f"{self._title()} {fmt}", "pdf")
        if path is not None:
            self.save_to(path)
        return path

    def save_to(self, path: Path) -> Job:
        notify = self._notify
        job = save_in_background(
            self._host(),
            self._runner,
            path,
            self._maker(self.fmt()),
            lambda saved: notify(translate("OutgoingPrint", "Envelopes saved: {0}").format(saved)),
        )
        self.accept()
        return job


class Form103Dialog(QDialog):
    """The Form 103 mail list of a day: registered letters, one list per mail category.

    ``notify`` gets what happened (saved, sent to the printer) for the status bar; it and
    ``runner`` belong to the caller, which outlives the dialog and the jobs it starts.

    Signals:
        counted(int, int): the chosen day has this many lists and letters.
    """

    counted = Signal(int, int)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        runner: JobRunner,
        notify: Callable[[str], None],
        day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor, self._runner = database, actor, runner
        self._notify = notify
        self._own_runner = JobRunner(self)
        self._generation = 0
        self.letters = 0
        self.setWindowTitle(translate("OutgoingPrint", "Form 103 mail list"))
        self.day_edit = QDateEdit(self)
        self.day_edit.setDisplayFormat("dd.MM.yyyy")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.day_edit.dateChanged.connect(lambda *_: self.count())
        self.format_radios: dict[str, QRadioButton] = {}
        self.formats = QButtonGroup(self)
        texts = {
            "pdf": translate("OutgoingPrint", "PDF, to print and hand in at the post office"),
            "csv": translate("OutgoingPrint", "CSV, for the postal operator's online service"),
            "xlsx": translate("OutgoingPrint", "XLSX, for the postal operator's online service"),
        }
        formats = QVBoxLayout()
        for code in F103_FORMATS:
            radio = QRadioButton(texts[code], self)
            self.formats.addButton(radio)
            self.format_radios[code] = radio
            formats.addWidget(radio)
        self.format_radios["pdf"].setChecked(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("OutgoingPrint", "Day of dispatch"), self.day_edit)
        form.addRow(translate("OutgoingPrint", "File"), formats)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.print_button, self.save_button = _buttons(
            self,
            layout,
            translate("OutgoingPrint", "Print…"),
            translate("OutgoingPrint", "Save…"),
        )
        self.print_button.clicked.connect(self.print_list)
        self.save_button.clicked.connect(self.choose_path)
        self.formats.buttonToggled.connect(lambda *_: self._update())
        self.resize(520, self.sizeHint().height())
        self.count()

    def day(self) -> dt.date:
        date = self.day_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def fmt(self) -> str:
        return next(c for c, r in self.format_radios.items() if r.isChecked())

    def count(self) -> Job:
        """How many registered letters the chosen day has (in the background)."""
        self._generation += 1
        generation = self._generation
        self.letters = 0
        self.summary.setText(translate("OutgoingPrint", "Counting the registered letters…"))
        self._update()
        job = self._own_runner.run(
            "form 103 count",
            form103_counts,
            self._database,
            self._actor,
            self.day(),
            with_progress=False,
            visible=False,
        )
        job.finished.connect(lambda counts: self._counted(generation, *counts))
        job.failed.connect(lambda error: self._count_failed(generation, error))
        return job

    def _counted(self, generation: int, lists: int, letters: int) -> None:
        if generation != self._generation:
            return
        self.letters = letters
        if letters:
            text = translate(
                "OutgoingPrint", "{0} registered letter(s) in {1} list(s) on {2}."
            ).format(letters, lists, labels.date_text(self.day()))
        else:
            text = translate(
                "OutgoingPrint",
                "No registered letters were sent on {0}: there is no list to make.",
            ).format(labels.date_text(self.day()))
        self.summary.setText(text)
        self._update()
        self.counted.emit(lists, letters)

    def _count_failed(self, generation: int, error: JobError) -> None:
        if generation == self._generation:
            self.summary.setText("")
            show_job_error(self, self.windowTitle(), error)

    def _update(self) -> None:
        self.save_button.setEnabled(self.letters > 0)
        self.print_button.setEnabled(self.letters > 0 and self.fmt() == "pdf")

    def _title(self) -> str:
        return translate("OutgoingPrint", "Form 103 {0}").format(labels.date_text(self.day()))

    def _host(self) -> QWidget:
        return self.parentWidget() or self

    def choose_path(self) -> Path | None:
        fmt = self.fmt()
        path = ask_save_path(self, self._title(), self._title(), fmt)
        if path is not None:
            self.save_to(path, fmt)
        return path

    def save_to(self, path: Path, fmt: str | None = None) -> Job:
        fmt = fmt or self.fmt()
        database, actor, day = self._database, self._actor, self.day()
        notify = self._notify
        job = save_in_background(
            self._host(),
            self._runner,
            path,
            lambda: form103_file(database, actor, day, fmt),
            lambda saved: notify(translate("OutgoingPrint", "Form 103 saved: {0}").format(saved)),
        )
        self.accept()
        return job

    def print_list(self) -> Job:
        title, host = self._title(), self._host()
        database, actor, day = self._database, self._actor, self.day()
        runner, notify = self._runner, self._notify
        job = runner.run(
            title,
            form103_file,
            database,
            actor,
            day,
            "pdf",
            with_progress=False,
            visible=False,
        )
        job.finished.connect(
            lambda data: print_in_background(
                host,
                runner,
                data,
                title,
                A4_LANDSCAPE_MM,
                done=lambda _pages: notify(
                    translate("OutgoingPrint", "Form 103 was sent to the printer.")
                ),
            )
        )
        job.failed.connect(lambda error: show_job_error(host, title, error))
        self.accept()
        return job

    def done(self, result: int) -> None:
        stop_runner(self._own_runner)
        super().done(result)

"""Getting a reply or an envelope out of the app: a file, the system's PDF viewer, a printer.

Writing and printing run in background jobs; only the dialogs are on the GUI thread, and
they are opened window-modal without blocking (``open``), never with ``exec``.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from app.gui.jobs import Job, JobError, JobRunner
from app.gui.reply_preview import PrintFailed, make_printer, print_pdf
from app.gui.widgets import show_job_error, show_warning
from app.i18n import translate
from app.output import write_file

A4_MM = (210.0, 297.0)
DIR_KEY = "reply_editor/dir"


def open_url(url: QUrl) -> bool:
    """The system's handler for a file (a seam for tests: they must not launch a viewer)."""
    return QDesktopServices.openUrl(url)


def safe_name(text: str) -> str:
    """A file name from a registration number or a name (no slashes or other separators)."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', " ", text).strip()
    return cleaned or "reply"


def viewer_copy(data: bytes, name: str) -> Path:
    """A copy for the system's viewer, in a folder of the user's temporary files."""
    folder = (
        Path(tempfile.gettempdir()) / f"mailroom-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    )
    folder.mkdir(mode=0o700, exist_ok=True)
    return write_file(folder / f"{safe_name(name)}.pdf", data)


def show_file(parent: QWidget, path: Path) -> Path:
    """Open a file (a PDF) in the system's viewer; say where it is if no viewer opens."""
    if not open_url(QUrl.fromLocalFile(str(path))):
        show_warning(
            parent,
            translate("ReplyOutput", "Open PDF"),
            translate("ReplyOutput", "No program opened the PDF. It is saved here: {0}").format(
                path
            ),
        )
    return path


def last_folder() -> Path:
    saved = QSettings().value(DIR_KEY)
    folder = Path(saved) if isinstance(saved, str) and saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def ask_save_path(parent: QWidget, title: str, name: str, suffix: str) -> Path | None:
    """A save dialog for ``name.suffix`` in the last folder used; None if cancelled."""
    filters = {
        "pdf": translate("ReplyOutput", "PDF document (*.pdf)"),
        "docx": translate("ReplyOutput", "Word document (*.docx)"),
        "csv": translate("ReplyOutput", "CSV table (*.csv)"),
        "xlsx": translate("ReplyOutput", "Excel workbook (*.xlsx)"),
    }
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(last_folder() / f"{safe_name(name)}.{suffix}"), filters[suffix]
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(path.name + f".{suffix}")
    QSettings().setValue(DIR_KEY, str(path.parent))
    return path


def save_in_background(
    parent: QWidget,
    runner: JobRunner,
    path: Path,
    make: Callable[[], bytes],
    done: Callable[[Path], None],
) -> Job:
    """Make the bytes and write them off the GUI thread; ``done(path)`` when written."""
    title = translate("ReplyOutput", "Saving {0}").format(path.name)
    job = runner.run(title, lambda: write_file(path, make()), with_progress=False)
    job.finished.connect(done)
    job.failed.connect(lambda error: show_job_error(parent, title, error))
    return job


def print_in_background(
    parent: QWidget,
    runner: JobRunner,
    data: bytes,
    title: str,
    size_mm: tuple[float, float] = A4_MM,
    done: Callable[[int], None] | None = None,
) -> QPrintDialog:
    """Ask for the printer (not blocking), then paint the pages in a background job."""
    printer = make_printer(*size_mm)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("ReplyOutput", "Print: {0}").format(title))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def start() -> None:
        job = runner.run(
            translate("ReplyOutput", "Printing {0}").format(title),
            print_pdf,
            printer,
            data,
            with_progress=False,
            cancellable=False,
        )
        if done is not None:
            job.finished.connect(done)
        job.failed.connect(lambda error: _print_failed(parent, title, error))

    dialog.accepted.connect(start)
    # Window-modal without blocking; QPrintDialog hides QDialog.open() behind its own overload.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def _print_failed(parent: QWidget, title: str, error: JobError) -> None:
    heading = translate("ReplyOutput", "Print: {0}").format(title)
    if isinstance(error.exception, PrintFailed):  # the user can choose another printer
        show_warning(
            parent,
            heading,
            translate("ReplyOutput", "The printer cannot be used: {0}").format(error.exception),
        )
        return
    show_job_error(parent, heading, error)

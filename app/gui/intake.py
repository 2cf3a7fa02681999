"""The intake panel: files, folders and the hot folder into the capture pipeline.

The import runs ``letters.capture.import_files`` on a worker thread with progress (pages,
pages per second, time left) and a Cancel that stops between files: each file registers
in one transaction, so a cancel never leaves a letter half-registered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cli_import import reason_text
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.widgets import show_job_error
from app.i18n import translate
from app.workstation import Workstation
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.capture import (
    FileOutcome,
    ImportOptions,
    ImportProgress,
    ImportReport,
    collect_inputs,
    import_files,
)
from letters.quarantine import list_quarantine


def progress_text(p: ImportProgress) -> str:
    eta = p.eta_seconds
    left = f"{int(eta // 60)}:{int(eta % 60):02d}" if eta is not None else "–"
    return translate(
        "IntakePanel", "Pages: {0} of {1} · {2:.2f} pages/s · time left {3} · files: {4} of {5}"
    ).format(p.pages_done, p.pages_total, p.pages_per_second, left, p.files_done, p.files_total)


def outcome_text(o: FileOutcome) -> str:
    numbers = ", ".join(o.reg_nos)
    if o.status == "registered":
        return translate("IntakePanel", "registered as {0}").format(numbers)
    if o.status == "duplicate":
        return translate("IntakePanel", "already registered as {0}").format(numbers)
    if o.status == "quarantined":
        return translate("IntakePanel", "quarantined: {0}").format(o.reason)
    return translate("IntakePanel", "not processed (cancelled)")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().resizeSection(0, 220)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, str]]) -> None:
    table.setRowCount(len(rows))
    for i, (name, text) in enumerate(rows):
        for j, value in enumerate((name, text)):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(i, j, item)


class IntakePanel(QWidget):
    """Signals:
    letters_registered(list): registration numbers of the letters an import registered.
    import_finished(object): the :class:`ImportReport` of a finished or cancelled import.
    status_message(str): a one-line message for the status bar.
    """

    letters_registered = Signal(list)
    import_finished = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        database: Database,
        store: FileStore,
        actor: Actor,
        runner: JobRunner,
        workstation: Workstation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._store, self._actor = database, store, actor
        self._runner, self._workstation = runner, workstation
        self.job: Job | None = None
        self._queued: list[Path] = []
        self.hot_folder: Path | None = None
        self.setAcceptDrops(True)
        self._build()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self.refresh_hot_folder())
        self.set_workstation(workstation)
        self._set_running(False)

    def set_workstation(self, workstation: Workstation) -> None:
        """Apply changed settings (hot folder, quarantine, OCR languages) at once."""
        self._workstation = workstation
        self.hot_folder = workstation.effective_hot_folder()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        if self.hot_folder is not None and self.hot_folder.is_dir():
            self._watcher.addPath(str(self.hot_folder))
        self.refresh_hot_folder()
        self.refresh_quarantine()

    # --- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        queue_box = QGroupBox(translate("IntakePanel", "Files to import"), self)
        self.queue = QListWidget(queue_box)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        hint = QLabel(translate("IntakePanel", "Drop scanned letters (PDF, TIFF, JPEG, PNG) here."))
        hint.setWordWrap(True)
        self.add_files_button = QPushButton(translate("IntakePanel", "Add files…"))
        self.add_files_button.setShortcut(QKeySequence("Ctrl+O"))
        self.add_files_button.setToolTip(translate("IntakePanel", "Add scanned files (Ctrl+O)"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(translate("IntakePanel", "Add folder…"))
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton(translate("IntakePanel", "Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(translate("IntakePanel", "Import"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.setToolTip(
            translate("IntakePanel", "Recognise and register the files (Ctrl+I)")
        )
        self.import_button.clicked.connect(lambda: self.start_import())
        buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.addWidget(hint)
        queue_layout.addWidget(self.queue, 1)
        queue_layout.addLayout(buttons)

        hot_box = QGroupBox(translate("IntakePanel", "Hot folder"), self)
        self.hot_label = QLabel(hot_box)
        self.hot_label.setWordWrap(True)
        self.hot_list = QListWidget(hot_box)
        self.hot_import_button = QPushButton(translate("IntakePanel", "Import now"))
        self.hot_import_button.clicked.connect(lambda: self.start_import(hot=True))
        hot_layout = QVBoxLayout(hot_box)
        hot_layout.addWidget(self.hot_label)
        hot_layout.addWidget(self.hot_list, 1)
        hot_layout.addWidget(self.hot_import_button, 0, Qt.AlignmentFlag.AlignRight)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(queue_box, 3)
        left_layout.addWidget(hot_box, 2)

        progress_box = QGroupBox(translate("IntakePanel", "Progress"), self)
        self.progress = QProgressBar(progress_box)
        self.progress_label = QLabel(translate("IntakePanel", "Nothing is being imported."))
        self.cancel_button = QPushButton(translate("IntakePanel", "Cancel"))
        self.cancel_button.setToolTip(
            translate("IntakePanel", "Stop after the current file; nothing is half-registered")
        )
        self.cancel_button.clicked.connect(self.cancel_import)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.addLayout(row)
        progress_layout.addWidget(self.progress_label)

        self.results = _table(
            [translate("IntakePanel", "File"), translate("IntakePanel", "Result")]
        )
        self.quarantine = _table(
            [translate("IntakePanel", "File"), translate("IntakePanel", "Reason")]
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results, translate("IntakePanel", "Results"))
        self.tabs.addTab(self.quarantine, translate("IntakePanel", "Quarantine"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(progress_box)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- the queue -------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self._queued and path.exists():
                self._queued.append(path)
                self.queue.addItem(str(path))
        self._set_running(self.running)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("IntakePanel", "Add scanned letters"),
            "",
            translate(
                "IntakePanel", "Scans (*.pdf *.tif *.tiff *.jpg *.jpeg *.png);;All files (*)"
            ),
        )
        self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("IntakePanel", "Add a folder of scanned letters")
        )
        if folder:
            self.add_paths([Path(folder)])

    def remove_selected(self) -> None:
        for item in self.queue.selectedItems():
            self._queued.remove(Path(item.text()))
            self.queue.takeItem(self.queue.row(item))
        self._set_running(self.running)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # --- hot folder and quarantine ---------------------------------------------------

    def hot_files(self) -> list[Path]:
        if self.hot_folder is None or not self.hot_folder.is_dir():
            return []
        return collect_inputs([self.hot_folder])

    def refresh_hot_folder(self) -> None:
        self.hot_list.clear()
        if self.hot_folder is None:
            self.hot_label.setText(
                translate("IntakePanel", "No hot folder is set. Choose one in Settings.")
            )
        else:
            files = self.hot_files()
            self.hot_label.setText(
                translate("IntakePanel", "{0}: {1} files waiting").format(
                    self.hot_folder, len(files)
                )
            )
            for path in files:
                self.hot_list.addItem(str(path.relative_to(self.hot_folder)))
        self._set_running(self.running)

    def quarantine_folders(self) -> list[Path]:
        folders = [self._workstation.effective_quarantine_dir()]
        if self.hot_folder is not None:
            folders.append(self.hot_folder / "quarantine")
        return folders

    def refresh_quarantine(self) -> None:
        rows = []
        for folder in self.quarantine_folders():
            rows += [(path.name, reason) for path, reason in list_quarantine(folder)]
        _fill(self.quarantine, rows)
        self.tabs.setTabText(
            1,
            translate("IntakePanel", "Quarantine ({0})").format(len(rows))
            if rows
            else translate("IntakePanel", "Quarantine"),
        )

    # --- the import ------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def _set_running(self, running: bool) -> None:
        self.import_button.setEnabled(not running and bool(self._queued))
        self.hot_import_button.setEnabled(not running and bool(self.hot_list.count()))
        self.cancel_button.setEnabled(running)
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            button.setEnabled(not running)

    def options(self, hot: bool) -> ImportOptions:
        options = ImportOptions(
            lang=self._workstation.ocr_languages or "rus+eng",
            quarantine_dir=self._workstation.effective_quarantine_dir(),
            actor=self._actor,
            reason_text=reason_text,
        )
        if hot and self.hot_folder is not None:
            options.quarantine_dir = self.hot_folder / "quarantine"
            options.done_dir = self.hot_folder / "done"
            options.move_bad = True
        return options

    def start_import(self, hot: bool = False) -> Job | None:
        """Import the queued files (or the hot folder) in the background; returns the job."""
        if self.running:
            return None
        paths = self.hot_files() if hot else list(self._queued)
        if not paths:
            return None
        self.progress.setRange(0, 0)
        self.progress_label.setText(translate("IntakePanel", "Preparing the import…"))
        self.job = self._runner.run(
            translate("IntakePanel", "Importing letters"),
            import_files,
            self._database,
            self._store,
            paths,
            self.options(hot),
            counts=lambda p: (p.pages_done, p.pages_total),
        )
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(lambda report: self._on_finished(report, hot))
        self.job.failed.connect(self._on_failed)
        self.job.ended.connect(lambda: self._set_running(False))
        self._set_running(True)
        return self.job

    def cancel_import(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(
                translate("IntakePanel", "Cancelling: the current file is finished first…")
            )

    def _on_progress(self, p: ImportProgress) -> None:
        if self.job is not None and self.job.cancelled:
            return
        self.progress.setRange(0, max(p.pages_total, 1))
        self.progress.setValue(p.pages_done)
        self.progress_label.setText(progress_text(p))

    def _on_finished(self, report: ImportReport, hot: bool) -> None:
        self.job = None  # it has finished: nothing below may think it still runs
        rows = [(o.path.name, outcome_text(o)) for o in report.outcomes]
        _fill(self.results, rows)
        self.tabs.setCurrentWidget(self.results)
        if not hot:
            # After a cancel, what was not reached stays queued (a folder stays whole: its
            # registered files come back as duplicates); after a full run the queue empties.
            done = {o.path for o in report.outcomes if o.status != "cancelled"}
            self._queued = [p for p in self._queued if p not in done] if report.cancelled else []
            self.queue.clear()
            self.queue.addItems([str(p) for p in self._queued])
        self._set_running(False)  # before anyone hears import_finished
        summary = translate(
            "IntakePanel", "Letters registered: {0}; duplicates: {1}; quarantined: {2}"
        ).format(report.letters, report.count("duplicate"), report.count("quarantined"))
        if report.cancelled:
            summary = translate("IntakePanel", "Import cancelled. {0}").format(summary)
        self.progress_label.setText(summary)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status_message.emit(summary)
        self.refresh_hot_folder()
        self.refresh_quarantine()
        numbers = [n for o in report.outcomes if o.status == "registered" for n in o.reg_nos]
        if numbers:
            self.letters_registered.emit(numbers)
        self.import_finished.emit(report)

    def _on_failed(self, error: JobError) -> None:
        self.job = None
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(translate("IntakePanel", "The import failed."))
        show_job_error(self, translate("IntakePanel", "Letter import"), error)

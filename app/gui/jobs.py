"""The background runner: plain Python functions on worker threads, reported by signals.

A job is an ordinary function of the domain (``letters.capture.import_files``,
``letters.register_export.export_register`` …). When asked, the runner passes it a
``progress`` callback and a ``cancel`` token (Orange3's TaskState idea); the function knows
nothing of Qt. Every public signal is emitted on the GUI thread, so slots may touch widgets.
The GUI thread never waits for a job, except at shutdown.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from letters.auth import AuthError
from letters.capture import CancelToken
from letters.permissions import PermissionDenied

log = logging.getLogger(__name__)
Counts = Callable[[Any], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class JobError:
    """Why a job failed: the exception and its formatted traceback (for the log)."""

    exception: BaseException
    traceback: str


def is_refusal(exc: BaseException) -> bool:
    """A service refused the acting user (``PermissionDenied``): show why, log no traceback."""
    return isinstance(exc, PermissionDenied)


def _expected(exc: BaseException) -> bool:
    """A refusal or a failed sign-in: the user's message, not a bug with a traceback."""
    return is_refusal(exc) or isinstance(exc, AuthError)


class _Worker(QThread):
    """Runs the function; its signals are emitted on the worker thread and queued to the
    Job, which lives on the GUI thread. It holds no reference to the Job."""

    reported = Signal(object)
    succeeded = Signal(object)
    crashed = Signal(object)

    def __init__(
        self, call: Callable[[Callable[..., None], CancelToken], Any], token: CancelToken
    ) -> None:
        super().__init__()
        self._call = call
        self._token = token

    def _report(self, *values: Any) -> None:
        # ``progress(p)`` reports p; ``progress(done, total)`` reports the tuple.
        self.reported.emit(values[0] if len(values) == 1 else values)

    def run(self) -> None:
        try:
            result = self._call(self._report, self._token)
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            self.crashed.emit(JobError(exc, traceback.format_exc()))
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """One background call.

    Signals (all emitted on the GUI thread):
        progress(object): what the function passed to its ``progress`` callback (one
            argument as is, several as a tuple).
        finished(object): the function's return value.
        failed(object): a :class:`JobError`.
        ended(): after ``finished`` or ``failed``; the job is no longer running.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(
        self,
        title: str,
        call: Callable[[Callable[..., None], CancelToken], Any],
        *,
        counts: Counts | None = None,
        visible: bool = True,
        cancellable: bool = True,
    ) -> None:
        super().__init__()
        self.title = title
        self.visible = visible
        self.cancellable = cancellable
        self.token = CancelToken()
        self.done = 0
        self.total = 0
        self.running = False
        self.result: Any = None
        self.error: JobError | None = None
        self._counts = counts
        self._worker = _Worker(call, self.token)
        self._worker.reported.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.crashed.connect(self._on_failure)
        self._worker.finished.connect(self._on_thread_finished)

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def start(self) -> None:
        self.running = True
        self._worker.start()

    def cancel(self) -> None:
        """Ask the function to stop at its next safe point; ``ended`` follows."""
        self.token.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread ends (shutdown only; never from a slot in normal use)."""
        return self._worker.wait() if msecs < 0 else self._worker.wait(msecs)

    @Slot(object)
    def _on_progress(self, value: Any) -> None:
        if self._counts is not None:
            self.done, self.total = self._counts(value)
        self.progress.emit(value)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self.result = result
        self.finished.emit(result)

    @Slot(object)
    def _on_failure(self, error: JobError) -> None:
        self.error = error
        if _expected(error.exception):
            log.warning("background job %r refused: %s", self.title, error.exception)
        else:
            log.error("background job %r failed:\n%s", self.title, error.traceback)
        self.failed.emit(error)

    @Slot()
    def _on_thread_finished(self) -> None:
        # QThread.finished comes from the thread just before it really ends.
        self._worker.wait()
        self.running = False
        self.ended.emit()


class JobRunner(QObject):
    """Starts jobs and keeps them alive until they end.

    Signals:
        changed(): a visible job started, reported progress or ended (for the status bar).
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []

    def run(
        self,
        title: str,
        function: Callable[..., Any],
        *args: Any,
        with_progress: bool = True,
        counts: Counts | None = None,
        visible: bool = True,
        cancellable: bool = True,
        **kwargs: Any,
    ) -> Job:
        """Run ``function(*args, **kwargs)``; with ``with_progress`` also pass ``progress=``
        and ``cancel=`` keyword arguments. The job's signals are queued to the GUI thread,
        so connecting to them right after this call misses nothing."""

        def call(report: Callable[..., None], token: CancelToken) -> Any:
            if with_progress:
                return function(*args, progress=report, cancel=token, **kwargs)
            return function(*args, **kwargs)

        job = Job(title, call, counts=counts, visible=visible, cancellable=cancellable)
        self._jobs.append(job)
        # A bound slot, not a lambda: Qt drops the connection if this runner goes first
        # (e.g. with the dialog that owned it) while the job's last signal is queued.
        job.ended.connect(self._job_ended)
        if visible:
            job.progress.connect(self.changed)
        job.start()
        if visible:
            self.changed.emit()
        return job

    @Slot()
    def _job_ended(self) -> None:
        job = self.sender()
        if isinstance(job, Job):
            self._forget(job)

    def _forget(self, job: Job) -> None:
        # Drop the runner's reference after this signal's emission has returned: the job
        # (owned by Python, like its thread) goes when its last user lets go of it.
        QTimer.singleShot(0, self, lambda: self._jobs.remove(job) if job in self._jobs else None)
        if job.visible:
            self.changed.emit()

    def active(self, visible_only: bool = True) -> list[Job]:
        """The jobs still running (by default only those shown in the status bar)."""
        return [j for j in self._jobs if j.running and (j.visible or not visible_only)]

    def shutdown(self) -> None:
        """Cancel every job and wait for its thread: call before the window closes."""
        jobs = list(self._jobs)
        for job in jobs:
            job.cancel()
        for job in jobs:
            job.wait()

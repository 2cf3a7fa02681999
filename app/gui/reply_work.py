"""The reply editor's background work: plain functions that open their own session, call the
replies services and rasterize the result. They run on worker threads and know no widget.

What the user can act on (a template still missing values, letters of two consumers, a
refused permission, a status that does not allow the move, no Cyrillic font) comes back as a
value in the result, not as an exception: it is the normal course of editing, not a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from app.gui.reply_preview import PREVIEW_DPI, pdf_images
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.outgoing import OutgoingError, RegisteredReply, archive_pdf
from letters.permissions import PermissionDenied
from letters.replies import ReplyDocument, ReplyError
from letters.reply_editing import (
    EditorStart,
    ReplyInputs,
    draft_reply,
    letter_statuses,
    load_editor_start,
)
from letters.reply_editing import register_draft as register_reply_draft
from letters.reply_pdf import FontMissing, render_pdf
from letters.reply_sandbox import TemplateProblem
from letters.workflow import WorkflowError

# What the specialist can act on: shown in the editor, never logged as a bug.
USER_PROBLEMS: tuple[type[Exception], ...] = (
    TemplateProblem,
    ReplyError,
    PermissionDenied,
    FontMissing,
    WorkflowError,
    OutgoingError,
)


@dataclass(frozen=True, slots=True)
class StartResult:
    start: EditorStart | None = None
    problem: Exception | None = None


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """The reply for ``inputs`` (input ``generation``) and its pages, or the problem."""

    generation: int
    inputs: ReplyInputs
    doc: ReplyDocument | None = None
    pdf: bytes = field(default=b"", repr=False)
    images: tuple[QImage, ...] = field(default=(), repr=False)
    problem: Exception | None = None


@dataclass(frozen=True, slots=True)
class RegisterResult:
    """A registered reply: its number, the document, the archived PDF and its pages, and
    the status of each letter it answers afterwards."""

    reply: RegisteredReply | None = None
    doc: ReplyDocument | None = None
    pdf: bytes = field(default=b"", repr=False)
    images: tuple[QImage, ...] = field(default=(), repr=False)
    statuses: tuple[tuple[str, str], ...] = ()  # (reg_no, status)
    problem: Exception | None = None


def load_start(database: Database, actor: Actor, letter_ids: list[int]) -> StartResult:
    try:
        with database.read() as session:
            return StartResult(load_editor_start(session, actor, letter_ids))
    except USER_PROBLEMS as exc:
        return StartResult(problem=exc)


def build_preview(
    database: Database, actor: Actor, inputs: ReplyInputs, generation: int
) -> PreviewResult:
    try:
        with database.read() as session:
            doc = draft_reply(session, actor, inputs)
        pdf = render_pdf(doc)
    except USER_PROBLEMS as exc:
        return PreviewResult(generation, inputs, problem=exc)
    return PreviewResult(generation, inputs, doc, pdf, tuple(pdf_images(pdf, PREVIEW_DPI)))


def register_draft(
    database: Database, store: FileStore, actor: Actor, inputs: ReplyInputs
) -> RegisterResult:
    """Register in one transaction; then read back the archived PDF and the statuses."""
    try:
        with database.write() as session:
            done, doc = register_reply_draft(session, actor, store, inputs)
    except USER_PROBLEMS as exc:
        return RegisterResult(problem=exc)
    with database.read() as session:
        pdf = archive_pdf(session, store, done.id, actor=actor)
        statuses = letter_statuses(session, list(done.letter_ids))
    images = tuple(pdf_images(pdf, PREVIEW_DPI))
    return RegisterResult(done, doc, pdf, images, tuple(statuses))


def docx_bytes(doc: ReplyDocument) -> bytes:
    from letters.reply_docx import render_docx

    return render_docx(doc)

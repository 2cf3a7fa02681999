"""The register's context menu: open a letter, draft one reply to the selected letters of
one consumer (the reply editor opens from the main window, which knows the file store), or
file the selected closed letters into a case (the archive section opens with them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu

from app.i18n import translate
from letters.actors import Actor
from letters.normalize import norm_name
from letters.permissions import can
from letters.queries import RegisterRow
from letters.workflow import CLOSED_STATUSES


def one_consumer(rows: list[RegisterRow]) -> bool:
    """Whether one reply may answer all these letters (as ``letters.replies`` checks)."""
    accounts = {row.account for row in rows}
    if len(accounts) > 1:
        return False
    if accounts == {""}:  # none linked: the sender's name must agree
        return len({norm_name(row.sender) for row in rows}) <= 1
    return True


def open_count(rows: list[RegisterRow]) -> int:
    """How many of ``rows`` are not closed (only closed letters are filed into a case)."""
    return sum(1 for row in rows if row.status not in CLOSED_STATUSES)


def filing_text(rows: list[RegisterRow]) -> str:
    """The words of the filing action for the selected ``rows``."""
    if rows and open_count(rows):
        return translate("RegisterReplies", "File into a case (not all the letters are closed)")
    if len(rows) > 1:
        return translate("RegisterReplies", "File {0} letters into a case…").format(len(rows))
    return translate("RegisterReplies", "File into a case…")


def selected_rows(view: Any) -> list[RegisterRow]:
    rows = sorted({index.row() for index in view.table.selectionModel().selectedRows()})
    return [view.model.row_at(row) for row in rows]


def letter_menu(view: Any, actor: Actor) -> QMenu:
    """The menu for the rows selected in ``view`` (a ``RegisterView``)."""
    rows = selected_rows(view)
    menu = QMenu(view)
    opening = menu.addAction(translate("RegisterReplies", "Open the letter"))
    opening.setEnabled(len(rows) == 1)
    if rows:
        first = rows[0].id
        opening.triggered.connect(lambda: view.letter_requested.emit(first))
    if len(rows) > 1:
        text = translate("RegisterReplies", "Prepare one reply to {0} letters…").format(len(rows))
    else:
        text = translate("RegisterReplies", "Prepare a reply…")
    fits = bool(rows) and one_consumer(rows)
    if rows and not fits:
        text = translate(
            "RegisterReplies", "Prepare a reply (the letters are from different consumers)"
        )
    reply = menu.addAction(text)
    reply.setObjectName("prepare_reply")
    reply.setEnabled(fits and can(actor, "reply.prepare"))
    ids = [row.id for row in rows]
    reply.triggered.connect(lambda: view.reply_requested.emit(ids))
    # Only those who may file see it (the archive section is theirs); the service checks again.
    allowed = can(actor, "archive.manage")
    menu.addSeparator().setVisible(allowed)
    filing = menu.addAction(filing_text(rows))
    filing.setObjectName("file_into_case")
    filing.setVisible(allowed)
    filing.setEnabled(allowed and bool(rows) and not open_count(rows))
    numbers = [row.reg_no for row in rows]
    filing.triggered.connect(lambda: view.file_requested.emit(numbers))
    return menu


def install_letter_menu(view: Any, actor: Actor) -> None:
    """Several rows may be selected; a right click shows ``letter_menu``."""
    table = view.table
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(position: QPoint) -> None:
        menu = letter_menu(view, actor)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(table.viewport().mapToGlobal(position))

    table.customContextMenuRequested.connect(show)

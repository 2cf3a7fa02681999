"""Confirmations and the clerk's messages for the station's refusals.

``confirm`` is looked up through this module at call time, so tests replace it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui import labels
from app.gui.verification.history_model import action_label
from app.i18n import translate
from letters.verification_types import StaleCard, VerificationError


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a change that is hard to undo; the safe answer is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def stale_text(exc: StaleCard, reg_no: str) -> str:
    change = exc.change
    if change is None:
        return translate(
            "VerificationStation",
            "{0} was changed by someone else while you were working on it. The card now "
            "shows the saved version: check it and repeat your change.",
        ).format(reg_no)
    return translate(
        "VerificationStation",
        "{0} was changed by {1} at {2} ({3}) while you were working on it. The card now "
        "shows the saved version: check it and repeat your change.",
    ).format(
        reg_no, change.user_login, labels.datetime_text(change.at), action_label(change.action)
    )


def error_text(exc: VerificationError) -> str:
    """What the clerk reads when a service refuses a change."""
    messages = {
        "not_found": translate("VerificationStation", "The letter no longer exists."),
        "merged": translate(
            "VerificationStation", "The letter {0} was merged into another one and is closed."
        ),
        "bad_split_point": translate(
            "VerificationStation",
            "Go to the first page of the second letter, then split (not on the first page).",
        ),
        "same_letter": translate("VerificationStation", "A letter cannot be merged with itself."),
        "different_journal": translate(
            "VerificationStation", "Letters of different journals cannot be merged."
        ),
        "only_page": translate(
            "VerificationStation", "The only page of a letter cannot be removed."
        ),
        "unknown_account": translate(
            "VerificationStation", "The account {0} is not in the registry."
        ),
        "not_a_candidate": translate(
            "VerificationStation", "The account {0} is not among the candidates."
        ),
        "bad_category": translate("VerificationStation", "Unknown category: {0}."),
        "no_image": translate("VerificationStation", "The page has no stored image."),
        "page_not_found": translate("VerificationStation", "The page no longer exists."),
    }
    text = messages.get(exc.code)
    if text is None:
        return translate("VerificationStation", "The change was refused: {0}").format(exc)
    return text.format(exc.detail) if "{0}" in text else text

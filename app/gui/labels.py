"""User-visible names of the register's codes (channel, status, link, category) and dates.

Codes stay English in the database; the GUI shows them through Qt translation. Category
labels are domain data (``letters/rules/categories.json`` has Russian and English labels),
so they are chosen by the interface language rather than translated.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from app import i18n
from app.i18n import translate


def ui_language() -> str:
    """The language of the installed translator: "ru" or "en"."""
    return "ru" if i18n._installed else "en"  # i18n keeps one list


def channel_labels() -> dict[str, str]:
    return {
        "post": translate("labels", "Post"),
        "phone": translate("labels", "Phone"),
        "internet": translate("labels", "Internet"),
        "email": translate("labels", "E-mail"),
        "in_person": translate("labels", "In person"),
    }


def status_labels() -> dict[str, str]:
    """Every status of ``letters.workflow.STATUSES``."""
    return {
        "registered": translate("labels", "Registered"),
        "on_resolution": translate("labels", "On resolution"),
        "in_progress": translate("labels", "In progress"),
        "reply_prepared": translate("labels", "Reply prepared"),
        "reply_sent": translate("labels", "Reply sent"),
        "done": translate("labels", "Done"),
        "forwarded": translate("labels", "Forwarded"),
        "no_answer": translate("labels", "No answer required"),
        "withdrawn": translate("labels", "Withdrawn"),
        "merged": translate("labels", "Merged"),
    }


def link_labels() -> dict[str, str]:
    return {
        "auto": translate("labels", "Linked automatically"),
        "suggested": translate("labels", "Suggestions"),
        "confirmed": translate("labels", "Confirmed"),
        "manual": translate("labels", "Linked by hand"),
        "none": translate("labels", "Not linked"),
    }


@cache
def _categories() -> tuple[tuple[str, str, str], ...]:
    from letters.classify import load_rules

    return tuple((r.code, r.label_ru, r.label_en) for r in load_rules())


def category_labels() -> dict[str, str]:
    russian = ui_language() == "ru"
    return {code: (ru if russian else en) for code, ru, en in _categories()}


def label(labels: dict[str, str], code: str) -> str:
    return labels.get(code, code)


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def datetime_text(value: dt.datetime | None) -> str:
    """Local time, dd.MM.yyyy HH:mm."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y %H:%M")

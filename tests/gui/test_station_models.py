"""Every Qt model of the station and the cards passes pytest-qt's model tester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.gui.consumer_card import AppealsModel
from app.gui.verification.candidates import MATCH_COLORS, CandidatesModel, ComparisonModel
from app.gui.verification.history_model import HistoryModel, describe
from app.gui.verification.search_dialog import ConsumerResultsModel
from app.gui.verification.thumbnails import ThumbnailModel
from db.dto import ConsumerDTO
from letters.history import AppealRow, HistoryEntry
from letters.verification_types import CandidateDTO, RegistryDetails

LETTER = {
    "name": "Иванов Иван Иванович",
    "address": "г. Калининград, ул. Ленина, д. 1, кв. 2",
    "phone": "+79001112233",
    "email": "",
    "account": "1000000001",
}


def candidates() -> list[CandidateDTO]:
    same = RegistryDetails("1000000001", LETTER["name"], LETTER["address"], "", LETTER["phone"])
    other = RegistryDetails("1000000002", "Иванов Игорь Петрович", "г. Советск", active=False)
    return [
        CandidateDTO(
            1,
            "1000000001",
            0.97,
            "account_exact",
            ("name=1.00",),
            same,
            {"name": "same", "address": "same", "phone": "same", "account": "same"},
        ),
        CandidateDTO(
            2,
            "1000000002",
            0.41,
            "name_address",
            (),
            other,
            {"name": "differs", "address": "differs", "phone": "missing", "account": "differs"},
        ),
    ]


def test_candidates_model(qtmodeltester) -> None:
    model = CandidatesModel()
    model.set_candidates(candidates(), LETTER, linked_account="1000000001")
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Ctrl+1"
    assert model.index(0, 1).data() == "1000000001 ✓"
    assert model.index(0, 2).data() == "97 %"
    assert model.index(1, 3).data(Qt.ItemDataRole.BackgroundRole) == MATCH_COLORS["differs"]
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) == MATCH_COLORS["same"]
    assert "Иванов Иван Иванович" in model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole), QColor)


def test_comparison_model(qtmodeltester) -> None:
    model = ComparisonModel()
    model.set_pair(LETTER, candidates()[1].registry)
    qtmodeltester.check(model)
    assert model.agreement("name") == "differs"
    assert model.index(0, 0).data() == LETTER["name"]
    assert model.index(0, 1).data() == "Иванов Игорь Петрович"
    model.set_pair(LETTER, None)
    qtmodeltester.check(model)


def test_thumbnail_model(qtmodeltester) -> None:
    model = ThumbnailModel()
    model.set_pages([11, 12, 13])
    image = QImage(20, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    model.set_image(1, image)
    qtmodeltester.check(model)
    assert model.has_image(1) and not model.has_image(0)
    assert model.index(2, 0).data() == "3"


def test_search_results_model(qtmodeltester) -> None:
    model = ConsumerResultsModel()
    model.set_rows(
        [
            ConsumerDTO("1000000001", "Иванов Иван Иванович", "г. Калининград"),
            ConsumerDTO("1000000002", "Петров Пётр", active=False),
        ]
    )
    qtmodeltester.check(model)
    assert model.consumer(1).account == "1000000002"


def test_history_model(qtmodeltester) -> None:
    at = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    entries = [
        HistoryEntry(
            2,
            at,
            "petrova",
            "letter.accept",
            "letter",
            "1",
            {"category": "billing", "verified": False},
            {"category": "complaint", "verified": True},
        ),
        HistoryEntry(1, at, "admin", "letter.register", "letter", "1", None, {"reg_no": "ВХ-1"}),
    ]
    model = HistoryModel()
    model.set_entries(entries)
    qtmodeltester.check(model)
    assert "billing" not in describe(entries[0])  # codes shown by their labels
    assert model.index(1, 3).data().endswith(": ВХ-1")


def test_appeals_model(qtmodeltester) -> None:
    model = AppealsModel()
    model.set_rows(
        [
            AppealRow(
                5,
                "ВХ-2026-000005",
                dt.datetime(2026, 3, 3, tzinfo=dt.UTC),
                dt.date(2026, 3, 3),
                "phone",
                "billing",
                "registered",
                "Перезвонить",
                "manual",
                False,
            ),
            AppealRow(
                2,
                "ВХ-2026-000002",
                dt.datetime(2026, 3, 2, tzinfo=dt.UTC),
                dt.date(2026, 3, 2),
                "post",
                "other",
                "merged",
                "",
                "none",
                True,
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.letter_id(0) == 5
    assert model.index(0, 1).data().startswith("03.03.2026")

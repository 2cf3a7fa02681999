"""Synthetic registered letters for the verification service tests (no OCR: fast, and the
same on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from db.engine import Database
from db.models import Consumer, User
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.register import FileDraft, LetterDraft, PageDraft, register_letter

CONSUMERS = [
    (
        "1000000001",
        "Иванов Иван Иванович",
        "г. Калининград, ул. Ленина, д. 1, кв. 2",
        "+79001112233",
    ),
    (
        "1000000002",
        "Иванов Игорь Петрович",
        "г. Калининград, ул. Мира, д. 5, кв. 7",
        "+79004445566",
    ),
    ("1000000003", "Петрова Анна Сергеевна", "г. Советск, ул. Гагарина, д. 3", "+79007778899"),
]
PAGE_W, PAGE_H = 200, 300
# Reads in these tests are the administrator's: the whole register (the specialist's scope
# is test_permissions_scope's).
READER = Actor(0, "admin", "admin")


def add_consumers(database: Database) -> None:
    with database.write() as session:
        resolve_actor(session, None)  # the local administrator exists before other users
        for account, name, address, phone in CONSUMERS:
            session.add(Consumer(account=account, full_name=name, address=address, phone=phone))
        session.add(User(login="petrova", full_name="Петрова О. В.", role="clerk"))


def actor(database: Database, login: str | None = None) -> Actor:
    with database.write() as session:
        return resolve_actor(session, login)


def page_image(store: FileStore, label: str) -> FileDraft:
    """A small page with a black mark in its top-left corner (to see rotations)."""
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((10, 20, 49, 39), fill=0)
    draw.text((60, 100), label, fill=0)
    out = io.BytesIO()
    img.save(out, "PNG")
    return FileDraft(store.put_bytes(out.getvalue()), "image/png", "page", f"{label}.png")


def field(value: str, confidence: float, page: int, x: int = 10, y: int = 20) -> dict[str, Any]:
    return {"value": value, "confidence": confidence, "box": [page, x, y, 40, 20]}


def register(
    database: Database,
    store: FileStore,
    *,
    pages: int = 1,
    name: str = "Иванов Иван Иванович",
    account: str = "1000000001",
    link: str = "auto",
    candidates: list[dict[str, Any]] | None = None,
    name_page: int = 0,
    account_page: int = 0,
    confidence: float = 0.95,
    content_hash: str | None = None,
    channel: str = "post",
    needs_review: bool = True,
) -> int:
    captured: dict[str, Any] = {
        "name": field(name, confidence, name_page),
        "address": field("г. Калининград, ул. Ленина, д. 1, кв. 2", confidence, name_page, y=50),
        "phone": field("+79001112233", confidence, name_page, y=80),
        "email": None,
        "account": field(account, confidence, account_page, y=110),
        "readings": [],
        "category": {"code": "billing", "confidence": 0.9, "matched": []},
    }
    draft = LetterDraft(
        received_on=dt.date(2026, 3, 2),
        channel=channel,
        sender_name=name,
        sender_address="г. Калининград, ул. Ленина, д. 1, кв. 2",
        sender_phone="+79001112233",
        captured=captured,
        account_captured=account,
        linked_account=account if link == "auto" else None,
        link_status=link,
        link_method="account_exact" if link == "auto" else "name_address",
        link_score=0.99 if link == "auto" else 0.6,
        candidates=candidates
        if candidates is not None
        else [{"account": account, "score": 0.99, "method": "account_exact", "reasons": []}],
        category="billing",
        category_confidence=0.9,
        summary="Прошу разъяснить начисления.",
        full_text="\n\f\n".join(f"Страница {i + 1} оплата квитанция" for i in range(pages)),
        needs_review=needs_review,
        content_hash=content_hash or "",
        pages=[
            PageDraft(
                image=page_image(store, f"p{i}"),
                ocr_text=f"Страница {i + 1} оплата квитанция",
                words=[["Страница", 95.0, 10, 20, 40, 20], [str(i + 1), 91.0, 60, 100, 10, 10]],
                mean_conf=93.0,
                width=PAGE_W,
                height=PAGE_H,
            )
            for i in range(pages)
        ],
        files=[
            FileDraft(
                store.put_bytes(f"source {content_hash}".encode()),
                "application/pdf",
                "source",
                "scan.pdf",
            )
        ],
    )
    with database.write() as session:
        return register_letter(session, resolve_actor(session, None), draft).id


def suggested_candidates() -> list[dict[str, Any]]:
    return [
        {
            "account": "1000000002",
            "score": 0.62,
            "method": "name_address",
            "reasons": ["name=0.80"],
        },
        {
            "account": "1000000001",
            "score": 0.55,
            "method": "name_address",
            "reasons": ["name=0.95"],
        },
    ]


def store_of(path: Path) -> FileStore:
    return FileStore(path)

"""Page fixes at the verification station: rotate a page, drop a (blank) page.

A rotated page gets a new, rotated image in the store (the old one is kept); its word boxes
and the boxes of the fields on it are transformed to the new image. Its text is NOT read
again: rotating is for the eye, and the clerk corrects the fields by hand.

A dropped page leaves the letter but its stored image stays in the store, and the audit
event keeps enough (file, size, rotation, text) to put it back.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Page, StoredFile
from db.store import FileStore
from letters import audit
from letters.actors import Actor
from letters.card_lock import editable_letter, stale_guard, touch
from letters.permissions import require
from letters.register import FileDraft, stored_file_id
from letters.verification_batch import map_boxes, page_ids, page_texts, set_text
from letters.verification_types import VerificationError

_TRANSPOSE = {
    1: Image.Transpose.ROTATE_270,  # PIL turns counter-clockwise; ours are clockwise
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_90,
}


def _rotate_box(
    q: int, width: int, height: int
) -> Callable[[int, int, int, int], tuple[int, int, int, int]]:
    """Box (x, y, w, h) on a width×height image -> the same box after q clockwise turns."""

    def turn(x: int, y: int, w: int, h: int) -> tuple[int, int, int, int]:
        if q == 1:
            return height - y - h, x, h, w
        if q == 2:
            return width - x - w, height - y - h, w, h
        return y, width - x - w, h, w

    return turn


def rotate_page(
    session: Session,
    actor: Actor,
    store: FileStore,
    page_id: int,
    quarter_turns: int,
    version: int,
) -> int:
    """Turn a page clockwise by ``quarter_turns`` (negative: counter-clockwise); the
    letter's new version. See the module docstring for what happens to boxes and text."""
    require(actor, "letter.verify")
    q = quarter_turns % 4
    page = session.get(Page, page_id)
    if page is None:
        raise VerificationError("page_not_found", str(page_id))
    letter = editable_letter(session, page.letter_id, version)
    if q == 0:
        return letter.version
    rel = session.scalar(select(StoredFile.rel_path).where(StoredFile.id == page.image_file_id))
    if rel is None:
        raise VerificationError("no_image", str(page_id))
    with Image.open(store.path_of(rel)) as img:
        width, height = img.size
        out = io.BytesIO()
        img.transpose(_TRANSPOSE[q]).save(out, "PNG", dpi=img.info.get("dpi", (300, 300)))
    blob = store.put_bytes(out.getvalue())
    new_file = stored_file_id(session, FileDraft(blob, "image/png", "page"))
    turn = _rotate_box(q, width, height)
    before = {
        "page_id": page.id,
        "index": page.index,
        "image_file_id": page.image_file_id,
        "rotation": page.rotation,
        "version": letter.version,
    }
    index = page.index
    with stale_guard(session, letter, version):
        page.words = [[w[0], w[1], *turn(*(int(v) for v in w[2:6]))] for w in page.words]
        page.image_file_id = new_file
        if q % 2:
            page.width, page.height = height, width
        page.rotation = (page.rotation + 90 * q) % 360
        letter.captured = map_boxes(
            letter.captured, lambda b: [b[0], *turn(*b[1:5])] if b[0] == index else b
        )
        touch(letter)
    audit.record(
        session,
        actor,
        "page.rotate",
        "letter",
        letter.id,
        before,
        {
            "page_id": page.id,
            "index": index,
            "image_file_id": new_file,
            "rotation": page.rotation,
            "quarter_turns": q,
            "version": letter.version,
        },
    )
    return letter.version


def drop_page(session: Session, actor: Actor, page_id: int, version: int) -> int:
    """Remove a (blank) page from its letter; the image stays in the store. The new version."""
    require(actor, "letter.verify")
    page = session.get(Page, page_id)
    if page is None:
        raise VerificationError("page_not_found", str(page_id))
    letter = editable_letter(session, page.letter_id, version)
    pages = page_ids(session, letter.id)
    if len(pages) < 2:
        raise VerificationError("only_page", letter.reg_no)
    index = page.index
    rel = session.scalar(select(StoredFile.rel_path).where(StoredFile.id == page.image_file_id))
    before = {
        "page_id": page.id,
        "index": index,
        "image_file_id": page.image_file_id,
        "image_rel_path": rel,
        "width": page.width,
        "height": page.height,
        "rotation": page.rotation,
        "mean_conf": page.mean_conf,
        "ocr_text": page.ocr_text,
        "page_count": len(pages),
        "version": letter.version,
    }
    session.delete(page)
    session.flush()
    for page_id_after, old_index in pages:
        if old_index > index:  # ascending: each target index is already free
            session.execute(
                update(Page).where(Page.id == page_id_after).values(index=old_index - 1)
            )
    texts = page_texts(session, letter.id)

    def shift(b: list[int]) -> list[int] | None:
        if b[0] == index:
            return None
        return [b[0] - 1, *b[1:]] if b[0] > index else b

    with stale_guard(session, letter, version):
        letter.captured = map_boxes(letter.captured, shift)
        set_text(letter, texts)
        touch(letter)
    audit.record(
        session,
        actor,
        "page.drop",
        "letter",
        letter.id,
        before,
        {"page_count": letter.page_count, "version": letter.version},
    )
    return letter.version

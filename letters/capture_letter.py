"""Build one letter's registration draft from its recognised pages."""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from db.store import FileStore
from letters import drafts
from letters.classify import CategoryRule, classify
from letters.eml import ParsedMail
from letters.linking import LinkIndex, link
from letters.quarantine import storable_text
from letters.register import FileDraft, LetterDraft, PageDraft
from ocr.archive_pdf import merge_pdfs
from ocr.fields import extract
from ocr.page_job import PageResult, source_pdf_page
from ocr.types import PageText

if TYPE_CHECKING:
    from letters.capture import ImportOptions


# Fields and topic are read from the start of a letter, where they are. The rules take
# about a minute on a megabyte of text (an .eml of pasted logs, a 500-page bundle), and
# extraction grows faster than the text; the whole text is still stored and searchable.
ANALYSED_CHARS = 50_000


def _analysed(texts: Sequence[PageText]) -> list[PageText]:
    """The first pages, up to about ``ANALYSED_CHARS`` characters."""
    kept: list[PageText] = []
    total = 0
    for page in texts:
        room = ANALYSED_CHARS - total
        if room <= 0:
            break
        if len(page.text) > room and not page.words:  # a text layer or a mail body
            page = PageText(page.text[:room], [], page.mean_conf, page.pdf)
        kept.append(page)
        total += len(page.text)
    return kept


class LetterBuilder:
    def __init__(
        self,
        store: FileStore,
        index: LinkIndex,
        rules: Sequence[CategoryRule],
        options: ImportOptions,
    ) -> None:
        self.store = store
        self.index = index
        self.rules = list(rules)
        self.options = options

    def draft(
        self,
        source: Path,
        sha256: str,
        part: int,
        results: Sequence[PageResult],
        mail: ParsedMail | None = None,
    ) -> LetterDraft:
        texts = [drafts.renumber_page(r.text, i) for i, r in enumerate(results)]
        fields = extract(_analysed(texts))
        if mail is not None:
            drafts.apply_mail_headers(fields, mail)
        full_text = drafts.join_text(texts)
        topic = classify(full_text[:ANALYSED_CHARS], self.rules)
        decision = link(fields, self.index)
        source_blob = self.store.put_file(source)
        mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        name = storable_text(source.name)  # a name's undecodable bytes cannot be stored
        files = [FileDraft(source_blob, mime, "source", name)]
        archive = self._archive_pdf(source, results)
        if archive is not None:
            stem = storable_text(source.stem)
            name = (
                f"{stem}-{part + 1}.pdf" if part or self.options.split != "none" else f"{stem}.pdf"
            )
            files.append(
                FileDraft(self.store.put_bytes(archive), "application/pdf", "archive", name)
            )
        pages = []
        for result, text in zip(results, texts, strict=True):
            image = Path(result.prepared.image_path) if result.prepared.image_path else None
            stored = (
                FileDraft(self.store.put_file(image), "image/png", "page", image.name)
                if image is not None
                else None
            )
            pages.append(
                PageDraft(
                    image=stored,
                    ocr_text=text.text,
                    words=[
                        [w.text, round(w.conf, 1), w.box.x, w.box.y, w.box.w, w.box.h]
                        for w in text.words
                    ],
                    mean_conf=text.mean_conf,
                    rotation=result.prepared.rotation,
                    deskew_angle=result.prepared.deskew_angle,
                    width=result.prepared.width,
                    height=result.prepared.height,
                )
            )

        def value(f: object) -> str:
            return getattr(f, "value", "") or ""

        return LetterDraft(
            received_on=self.options.received_on or dt.date.today(),
            channel="email"
            if mail is not None and self.options.channel == "post"
            else self.options.channel,
            sender_name=value(fields.name),
            sender_address=value(fields.address),
            sender_postal_code=value(fields.postal_code),
            sender_phone=value(fields.phone),
            sender_email=value(fields.email),
            sender_ref_no=value(fields.sender_ref),
            sender_ref_date=None,
            captured=drafts.captured_record(fields, topic),
            account_captured=value(fields.account),
            linked_account=decision.account if decision.status == "auto" else None,
            link_status=decision.status,
            link_method=decision.method,
            link_score=decision.score,
            candidates=drafts.candidates_record(decision),
            category=topic.code,
            category_confidence=topic.confidence,
            summary=drafts.summary_of(full_text),
            full_text=full_text,
            needs_review=drafts.needs_review(fields, topic, decision),
            content_hash=sha256,
            source_part=part,
            pages=pages,
            files=files,
        )

    def _archive_pdf(self, source: Path, results: Sequence[PageResult]) -> bytes | None:
        parts: list[bytes] = []
        for result in results:
            if result.text.pdf is not None:
                parts.append(result.text.pdf)
            elif result.raw.text_layer is not None and source.suffix.lower() == ".pdf":
                parts.append(source_pdf_page(source, result.raw.index_in_source))
        return merge_pdfs(parts) if parts else None

"""Every shipped template renders for a registered letter to PDF and DOCX; the files are read
back: requisites in the order of ГОСТ Р 7.0.97-2025 (DOMAIN.md §7), fonts embedded, margins,
page numbers from page 2, the DOCX opens and LibreOffice converts it."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from docx import Document
from sqlalchemy import select

import db.models_replies  # noqa: F401  (until db.models imports it)
from db.models import Consumer
from letters.actors import Actor, resolve_actor
from letters.permissions import PermissionDenied
from letters.register import LetterDraft, register_letter
from letters.replies import ReplyDocument, prepare_reply
from letters.reply_docx import render_docx
from letters.reply_pdf import Layout, render_pdf
from letters.reply_templates import ReplyTemplate, load_shipped

MM = 72 / 25.4
ADDRESS = "Калининградская обл., Гурьевский р-н, пос. Васильково, ул. Садовая, д. 3, кв. 2"


def migrated_database(db_url: str) -> Iterator[Any]:
    """As the shared fixture, but to every head: parallel branches of migrations wait for
    the lead to chain them (then "heads" is the one head)."""
    from db.engine import Database
    from db.migrate import upgrade

    database = Database(db_url)
    try:
        upgrade(database.engine, "heads")
        yield database
    finally:
        database.dispose()


@pytest.fixture
def database(db_url: str) -> Iterator[Any]:
    yield from migrated_database(db_url)


def make_letter(
    session: Any,
    actor: Actor,
    *,
    name: str = "Салтыков-Щедрин Михаил Евграфович",
    account: str | None = "390012345678",
    category: str = "billing",
    address: str = ADDRESS,
    postal_code: str = "238311",
    received_on: dt.date = dt.date(2026, 3, 2),
    now: dt.datetime | None = None,
) -> int:
    """A registered letter, linked to a consumer of the registry when ``account`` is given."""
    if account and session.scalar(select(Consumer.id).where(Consumer.account == account)) is None:
        session.add(
            Consumer(account=account, full_name=name, address=address, postal_code=postal_code)
        )
        session.flush()
    draft = LetterDraft(
        received_on=received_on,
        sender_name=name,
        sender_address=address,
        sender_postal_code=postal_code,
        account_captured=account or "",
        linked_account=account,
        link_status="confirmed" if account else "none",
        category=category,
        summary="Просьба разобраться с начислениями",
    )
    return register_letter(session, actor, draft, now=now).id


def example_values(template: ReplyTemplate) -> dict[str, str]:
    return {f.name: f.example for f in template.fields}


def pdf_pages(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def assert_in_order(text: str, parts: list[str]) -> None:
    position = -1
    for part in parts:
        found = text.find(part, position + 1)
        assert found > position, f"{part!r} missing or out of order in: {text[:2000]}"
        position = found


def assert_fonts_embedded(data: bytes, tmp_path: Path) -> None:
    """Every font is an embedded TrueType subset, per pdffonts (poppler-utils) and per the
    font descriptors of the file itself."""
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    if shutil.which("pdffonts") is None:
        pytest.fail("pdffonts is missing: install poppler-utils (scripts/setup.sh --test)")
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing, "no fonts in the PDF"
    for line in listing:
        columns = line.split()
        assert "TrueType" in line and columns[-5] == "yes", line  # the «emb» column
    assert data.count(b"/FontFile2") == len(listing)


def document_for(database: Any, template: ReplyTemplate, **kwargs: Any) -> ReplyDocument:
    with database.write() as session:
        actor = resolve_actor(session, None)
        letter_id = make_letter(session, actor, **kwargs)
    with database.read() as session:
        doc = prepare_reply(session, actor, [letter_id], template.code, example_values(template))
    return doc.with_registration("ИСХ-2026-000123", dt.date(2026, 3, 10))


def test_every_template_renders_to_pdf_and_docx_in_the_official_order(
    database: Any, tmp_path: Path
) -> None:
    for number, template in enumerate(load_shipped().values()):
        doc = document_for(database, template, account=f"3900000000{number:02d}")
        pdf = render_pdf(doc)
        text = flat(" ".join(pdf_pages(pdf)))
        first_paragraph = next(b for b in doc.blocks if b.kind == "para").text
        parts = [
            "Акционерное общество «Западная энергосбытовая компания»",
            "ОГРН 1023900000013",
            "10.03.2026 № ИСХ-2026-000123",
            "На № ВХ-",
            "Салтыкову-Щедрину М. Е.",
            "ул. Садовая, д. 3, кв. 2",
            "Калининградская обл., 238311",
            doc.title[:30],
            "Уважаемый Михаил Евграфович!",
            flat(first_paragraph)[:25],
        ]
        if doc.attachments:
            parts.append("Приложение:")
        parts += [
            "Начальник управления по работе с потребителями",
            "Е. В. Ковалёва",
            "Исп. Администратор",
            "Тел. +7 (4012) 55-01-00",
        ]
        assert_in_order(text, parts)
        assert_fonts_embedded(pdf, tmp_path)

        word = Document(io.BytesIO(render_docx(doc)))
        body = flat(" ".join(p.text for p in word.paragraphs))
        top = flat(" ".join(c.text for c in word.tables[0].rows[0].cells))
        assert_in_order(top, ["Западная энергосбытовая", "ИСХ-2026-000123", "На № ВХ-"])
        assert "Салтыкову-Щедрину М. Е." in top
        assert_in_order(body, [doc.title[:30], "Уважаемый Михаил Евграфович!", "Исп."])
        assert word.styles["Normal"].font.name == "Liberation Serif"


def test_layout_margins_indent_page_numbers_and_executor(database: Any) -> None:
    long_text = "\n\n".join(
        f"Абзац {i}. Сообщаем, что по результатам проверки расчётов по лицевому счёту "
        "начисления произведены в соответствии с показаниями прибора учёта, переданными "
        "Вами своевременно, и тарифом, установленным для населения на текущий год."
        for i in range(1, 25)
    )
    template = load_shipped()["free_text"]
    with database.write() as session:
        actor = resolve_actor(session, None)
        letter_id = make_letter(session, actor)
    with database.read() as session:
        doc = prepare_reply(
            session, actor, [letter_id], "free_text", {"subject": "О расчётах", "text": long_text}
        )
    assert template.code == doc.template_code
    for layout in (Layout(), Layout(left=30)):
        pdf = pdfium.PdfDocument(render_pdf(doc, layout))
        assert len(pdf) >= 2
        width, height = pdf[0].get_size()
        for index, page in enumerate(pdf):
            textpage = page.get_textpage()
            text = textpage.get_text_range().strip()
            boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
            boxes = [b for b in boxes if b[2] > b[0]]  # skip spaces and line breaks
            body = [b for b in boxes if b[1] < height - 20 * MM]
            assert min(b[0] for b in boxes) >= layout.left * MM - 0.5
            assert max(b[2] for b in boxes) <= width - layout.right * MM + 0.5
            assert min(b[1] for b in boxes) >= layout.bottom * MM - 0.5
            header = [b for b in boxes if b[1] >= height - 20 * MM]
            if index == 0:
                assert not header, "no page number on the first page"
            else:
                assert text.startswith(str(index + 1)), "page number first on the page"
                centre = (header[0][0] + header[-1][2]) / 2
                assert (
                    abs(
                        centre
                        - (layout.left * MM + (width - (layout.left + layout.right) * MM) / 2)
                    )
                    < 5
                )
            assert body
        last = pdf[len(pdf) - 1].get_textpage()
        searcher = last.search("Исп.")
        found = searcher.get_next()
        assert found is not None
        left, bottom, _, _ = last.get_charbox(found[0])
        assert abs(left - layout.left * MM) < 1 and bottom < 45 * MM  # bottom left
        first = pdf[0].get_textpage()
        found = first.search("Абзац 1.").get_next()
        assert found is not None
        indent = first.get_charbox(found[0])[0] - layout.left * MM
        assert abs(indent - 12.5 * MM) < 1  # the 1.25 cm paragraph indent
        pdf.close()

    word = Document(io.BytesIO(render_docx(doc)))
    section = word.sections[0]
    margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
    assert [round(m.mm, 1) for m in margins if m is not None] == [20, 10, 20, 20]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml
    indented = [p for p in word.paragraphs if p.text.startswith("Абзац")]
    indents = {round(p.paragraph_format.first_line_indent.cm, 2) for p in indented}
    assert indented and indents == {1.25}


def test_libreoffice_converts_every_docx(database: Any, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (setup.sh --test)")
    docs = tmp_path / "docx"
    docs.mkdir()
    titles = {}
    for number, template in enumerate(load_shipped().values()):
        doc = document_for(database, template, account=f"3900000001{number:02d}")
        (docs / f"{template.code}.docx").write_bytes(render_docx(doc))
        titles[template.code] = doc.title
    out = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *sorted(map(str, docs.glob("*.docx"))),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    assert result.returncode == 0, result.stderr
    for code, title in titles.items():
        converted = out / f"{code}.pdf"
        assert converted.is_file(), f"{code}: {result.stdout} {result.stderr}"
        text = flat(" ".join(pdf_pages(converted.read_bytes())))
        assert_in_order(text, ["Западная энергосбытовая", title[:25], "Исп."])
        assert "Салтыкову-Щедрину М. Е." in text


def test_administrators_templates_are_versioned_and_checked(database: Any) -> None:
    from dataclasses import replace

    from db.models import AuditEvent, User
    from db.models_replies import ReplyTemplateVersion
    from letters.reply_templates import (
        TemplateProblem,
        get_template,
        list_templates,
        save_template,
    )

    shipped = load_shipped()["free_text"]
    mine = replace(shipped, body="= {{ consumer.salutation }}\n\nВерсия два. {{ fields.text }}")
    with database.write() as session:
        admin = resolve_actor(session, None)
        session.add(User(login="spec", full_name="Петрова А. В.", role="specialist"))
    with database.write() as session:
        saved = save_template(session, admin, mine)
        again = save_template(session, admin, mine)
    assert (saved.version, again.version, saved.source) == (2, 3, "database")
    with database.write() as session, pytest.raises(TemplateProblem) as info:
        escape = replace(mine, body="{{ cycler.__init__.__globals__.os.popen('id').read() }}")
        save_template(session, admin, escape)
    assert info.value.code == "unsafe"
    with database.write() as session, pytest.raises(PermissionDenied):
        save_template(session, resolve_actor(session, "spec"), mine)
    with database.write() as session:
        current = {t.code: t for t in list_templates(session)}
        assert current["free_text"].version == 3
        assert current["recalc_done"].source == "shipped"
        assert get_template(session, "free_text", 1).body == shipped.body
        assert session.query(ReplyTemplateVersion).count() == 2  # the refused one is not kept
        saves = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "reply_template.save")
        ).all()
        assert len(saves) == 2
        letter_id = make_letter(session, admin)
        doc = prepare_reply(session, admin, [letter_id], "free_text", example_values(shipped))
    assert doc.template_version == 3 and "Версия два." in doc.body

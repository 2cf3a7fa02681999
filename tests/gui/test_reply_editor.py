"""The reply editor on a real database: a template, its values, the live preview, the
registration as outgoing and the files it writes, read back with pypdfium2."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.gui.reply_editor import ReplyEditor
from app.gui.reply_preview import make_printer, print_pdf
from app.roles import denied_message
from db.engine import Database
from db.models import Letter, User
from db.models_replies import Reply, ReplyLetter
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.permissions import PermissionDenied
from letters.reply_templates import load_shipped
from tests.integration.test_replies import (
    example_values,
    flat,
    make_letter,
    migrated_database,
    pdf_pages,
)

WAIT = 30_000
TEMPLATE = "recalc_done"


@dataclass
class Env:
    database: Database
    store: FileStore
    actor: Actor
    letter_id: int

    def letter(self, letter_id: int | None = None) -> Letter:
        with self.database.read() as session:
            row = session.get(Letter, letter_id or self.letter_id)
            assert row is not None
            return row

    def user(self, login: str, role: str) -> Actor:
        with self.database.write() as session:
            session.add(User(login=login, full_name=f"{login} user", role=role))
        with self.database.read() as session:
            return resolve_actor(session, login)


@pytest.fixture
def env(db_url: str, tmp_path: Path) -> Iterator[Env]:
    for database in migrated_database(db_url):
        with database.write() as session:
            actor = resolve_actor(session, None)
            letter_id = make_letter(session, actor, category="recalculation")
        store_dir = tmp_path / "store"
        store_dir.mkdir()
        yield Env(database, FileStore(store_dir), actor, letter_id)


def open_editor(qtbot, env: Env, letter_ids: list[int], actor: Actor | None = None) -> ReplyEditor:
    editor = ReplyEditor(env.database, env.store, actor or env.actor, letter_ids)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.started, timeout=WAIT):
        editor.show()
    return editor


def settle(qtbot, editor: ReplyEditor) -> None:
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT)


def test_drafts_previews_registers_and_saves_a_reply(qtbot, env: Env, tmp_path: Path) -> None:
    editor = open_editor(qtbot, env, [env.letter_id])
    start = editor.start
    assert start is not None and start.suggested
    # the templates for the letter's category come first, marked
    assert editor.template_combo.itemData(0) == start.suggested[0]
    assert editor.template_combo.itemText(0).startswith("★")
    assert TEMPLATE in start.suggested
    with qtbot.waitSignal(editor.problems_shown, timeout=WAIT) as shown:
        editor.choose_template(TEMPLATE)
    # an empty form is not a broken letter: the fields still needed are listed
    template = load_shipped()[TEMPLATE]
    assert any(template.fields[0].label in line for line in shown.args[0])
    assert not editor.register_button.isEnabled()

    values = example_values(template)
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        for name, value in values.items():
            editor.form.set_value(name, value)
    assert editor.problems == [] and not editor.problem_list.isVisible()
    assert editor.preview.page_count >= 1
    assert editor.dative.text() == "Салтыкову-Щедрину М. Е."
    assert editor.register_button.isEnabled()
    draft = editor.doc
    assert draft is not None and not draft.reg_no
    assert "Период" not in draft.body and values["period"] in draft.body
    assert draft.template_code == TEMPLATE
    assert editor.text.body_text() == draft.body

    box = editor.confirm_register()
    assert box is not None
    with qtbot.waitSignal(editor.registered, timeout=WAIT) as done:
        box.button(QMessageBox.StandardButton.Yes).click()
    reg_no, letter_ids = done.args
    assert reg_no.startswith(f"ИСХ-{dt.date.today().year}-")
    assert letter_ids == [env.letter_id]
    assert reg_no in editor.banner.text() and editor.banner.isVisible()
    assert not editor.register_button.isEnabled()
    with env.database.read() as session:
        reply = session.scalars(select(Reply)).one()
        assert reply.reg_no == reg_no and reply.template_code == TEMPLATE
        assert reply.addressee_dative == "Салтыкову-Щедрину М. Е."
        links = session.scalars(select(ReplyLetter.letter_id)).all()
        assert links == [env.letter_id]
    assert env.letter().status == "reply_sent"

    pdf_path = tmp_path / "reply.pdf"
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save_pdf_to(pdf_path)
    text = flat(" ".join(pdf_pages(pdf_path.read_bytes())))
    assert f"№ {reg_no}" in text
    assert "Салтыкову-Щедрину М. Е." in text
    assert text.index("Салтыкову-Щедрину М. Е.") < text.index(values["period"])

    docx_path = tmp_path / "reply.docx"
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save_docx_to(docx_path)
    from docx import Document

    paragraphs = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert values["period"] in paragraphs

    # sent as a simple letter by post: the envelope is offered
    offer = editor.envelope_offer
    assert offer is not None and offer.isVisible()
    envelope = tmp_path / "envelope.pdf"
    with qtbot.waitSignal(offer.message, timeout=WAIT):
        offer.save_to(envelope, "C5")
    envelope_text = flat(" ".join(pdf_pages(envelope.read_bytes())))
    assert "Салтыков-Щедрин" in envelope_text and "238311" in envelope_text
    offer.reject()
    settle(qtbot, editor)
    editor.close()


def test_a_missing_required_value_is_listed_and_blocks_registering(qtbot, env: Env) -> None:
    editor = open_editor(qtbot, env, [env.letter_id])
    template = load_shipped()[TEMPLATE]
    with qtbot.waitSignal(editor.problems_shown, timeout=WAIT):
        editor.choose_template(TEMPLATE)
    values = example_values(template)
    left_out = next(f for f in template.fields if f.required and f.name != "period")
    with qtbot.waitSignal(editor.problems_shown, timeout=WAIT) as shown:
        for name, value in values.items():
            if name != left_out.name:
                editor.form.set_value(name, value)
    settle(qtbot, editor)
    assert shown.args[0] == editor.problems
    assert len(editor.problems) == 1 and left_out.label in editor.problems[0]
    assert editor.problem_list.isVisible()
    assert editor.form.widgets[left_out.name].property("problem") is True
    assert editor.form.widgets["period"].property("problem") is False
    assert not editor.register_button.isEnabled()
    assert not editor.save_pdf_button.isEnabled()
    assert editor.confirm_register() is None and editor.register_now() is None
    # an unreadable amount is named too, and filling everything clears the list
    with qtbot.waitSignal(editor.problems_shown, timeout=WAIT):
        editor.form.set_value("amount", "сто рублей")
        editor.form.set_value(left_out.name, values[left_out.name])
    settle(qtbot, editor)
    assert editor.form.widgets["amount"].property("problem") is True
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.form.set_value("amount", values["amount"])
    assert editor.problems == [] and editor.register_button.isEnabled()
    with env.database.read() as session:
        assert session.scalars(select(Reply)).all() == []
    assert env.letter().status == "registered"
    editor.close()


def test_text_edited_by_hand_and_addressee_corrected_reach_the_letter(qtbot, env: Env) -> None:
    editor = open_editor(qtbot, env, [env.letter_id])
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.choose_template("free_text")
        editor.form.set_value("subject", "О замене прибора учёта")
        editor.form.set_value("text", "Замена запланирована на 24.03.2026.")
    editor.dative.setText("Салтыкову-Щедрину Михаилу Евграфовичу")
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.dative.textEdited.emit(editor.dative.text())
    assert editor.doc is not None
    assert editor.doc.addressee_dative == "Салтыкову-Щедрину Михаилу Евграфовичу"
    editor.tabs.setCurrentWidget(editor.text)
    body = editor.text.body
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        body.setPlainText(body.toPlainText() + "\n\nСроки работ согласованы.")
    assert editor.text.by_hand
    assert "Сроки работ согласованы." in editor.doc.body
    # the fields no longer change the hand-written text …
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.form.set_value("text", "Другой текст.")
    assert "Другой текст." not in editor.doc.body
    # … until the template's text is taken back
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.text.reset_button.click()
    assert "Другой текст." in editor.doc.body and not editor.text.by_hand
    settle(qtbot, editor)
    editor.close()


def test_one_reply_may_answer_another_open_letter_of_the_consumer(qtbot, env: Env) -> None:
    with env.database.write() as session:
        second = make_letter(session, env.actor, category="billing")
    editor = open_editor(qtbot, env, [env.letter_id])
    assert editor.others.count() == 1 and editor.others.isVisible()
    template = load_shipped()["billing_explained"]
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.choose_template(template.code)
        for name, value in example_values(template).items():
            editor.form.set_value(name, value)
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.others.item(0).setCheckState(editor.others.item(0).checkState().Checked)
    assert editor.chosen_letter_ids() == [env.letter_id, second]
    assert editor.doc is not None and editor.doc.reference_line.count("№ ВХ-") == 2
    with qtbot.waitSignal(editor.registered, timeout=WAIT) as done:
        editor.register_now()
    assert done.args[1] == [env.letter_id, second]
    assert env.letter(second).status == "reply_sent"
    settle(qtbot, editor)
    editor.close()


def test_a_refused_letter_says_why(qtbot, env: Env) -> None:
    specialist = env.user("sidorov", "specialist")  # no resolution: not their letter
    editor = open_editor(qtbot, env, [env.letter_id], specialist)
    expected = denied_message(PermissionDenied("reply.prepare", "specialist", env.letter_id))
    assert editor.problems == [expected]
    assert not editor.tabs.isEnabled() and not editor.register_button.isEnabled()
    clerk = env.user("petrova", "clerk")  # may register, may not draft
    editor_2 = open_editor(qtbot, env, [env.letter_id], clerk)
    assert editor_2.problems == [denied_message(PermissionDenied("reply.prepare", "clerk"))]
    settle(qtbot, editor)
    settle(qtbot, editor_2)
    editor.close()
    editor_2.close()


def test_print_paints_every_page_on_the_printer(qtbot, tmp_path: Path) -> None:
    from letters.envelopes import Envelope, render_envelopes

    data = render_envelopes(
        [Envelope(("АО «Пример»",), ("Иванову П. С.", "ул. Ленина, д. 1", "236000"))] * 2, "DL"
    )
    printer = make_printer(220, 110)
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_pdf(printer, data) == 2
    assert len(pdf_pages(target.read_bytes())) == 2


def test_letter_card_drafts_a_reply_lists_it_and_opens_its_pdf(
    qtbot, env: Env, monkeypatch
) -> None:
    from app.gui import reply_output
    from app.gui.letter_card import open_letter_card
    from app.gui.reply_editor import ReplyEditor

    shown: list[str] = []
    monkeypatch.setattr(
        reply_output, "open_url", lambda url: shown.append(url.toLocalFile()) or True
    )
    dialog = open_letter_card(env.database, env.store, env.actor, env.letter_id)
    qtbot.addWidget(dialog)
    panel = dialog.replies
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=WAIT)
    assert panel.table.rowCount() == 0 and not panel.prepare_button.isHidden()
    assert not panel.open_button.isEnabled()

    editor = panel.prepare_reply()
    assert isinstance(editor, ReplyEditor) and editor.parentWidget() is dialog
    qtbot.waitUntil(lambda: editor.start is not None, timeout=WAIT)
    template = load_shipped()["readings_accepted"]
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.choose_template(template.code)
        for name, value in example_values(template).items():
            editor.form.set_value(name, value)
    with qtbot.waitSignals([editor.registered, panel.loaded, dialog.loaded], timeout=WAIT):
        editor.register_now()
    reg_no = editor.result.reply.reg_no
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == reg_no
    assert dialog.data.card.status == "reply_sent"
    assert panel.open_button.isEnabled()
    with qtbot.waitSignal(panel.opened, timeout=WAIT) as opened:
        panel.open_button.click()
    assert shown == [opened.args[0]]
    assert f"№ {reg_no}" in flat(" ".join(pdf_pages(Path(shown[0]).read_bytes())))
    settle(qtbot, editor)
    editor.envelope_offer.reject()
    dialog.close()  # the editor belongs to the card's window and closes with it
    assert not editor.isVisible()

    clerk = env.user("petrova", "clerk")
    card = open_letter_card(env.database, env.store, clerk, env.letter_id)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.replies.loaded, timeout=WAIT):
        pass
    assert card.replies.table.rowCount() == 1
    assert card.replies.prepare_button.isHidden()
    qtbot.waitUntil(lambda: card.data is not None, timeout=WAIT)
    card.close()


def test_register_menu_offers_one_reply_to_letters_of_one_consumer(qtbot, env: Env) -> None:
    from app.gui.register_replies import letter_menu
    from app.gui.register_view import RegisterView

    with env.database.write() as session:
        same = make_letter(session, env.actor, category="billing")
        other = make_letter(session, env.actor, name="Иванова Мария Петровна", account="390099")
    view = RegisterView(env.database, env.actor)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    ids = [view.model.row_at(r).id for r in range(view.model.rowCount())]
    assert sorted(ids) == sorted([env.letter_id, same, other])

    def select(*letter_ids: int) -> None:
        view.table.clearSelection()
        for letter_id in letter_ids:
            view.table.selectionModel().select(
                view.model.index(ids.index(letter_id), 0),
                view.table.selectionModel().SelectionFlag.Select
                | view.table.selectionModel().SelectionFlag.Rows,
            )

    def action(menu):
        return next(a for a in menu.actions() if a.objectName() == "prepare_reply")

    select(env.letter_id, same)
    menu = letter_menu(view, env.actor)
    assert action(menu).isEnabled() and "2" in action(menu).text()
    with qtbot.waitSignal(view.reply_requested, timeout=WAIT) as asked:
        action(menu).trigger()
    assert sorted(asked.args[0]) == sorted([env.letter_id, same])
    select(env.letter_id, other)
    assert not action(letter_menu(view, env.actor)).isEnabled()
    select(other)
    assert action(letter_menu(view, env.actor)).isEnabled()
    clerk = env.user("petrova", "clerk")
    assert not action(letter_menu(view, clerk)).isEnabled()


def test_print_dialog_does_not_block_and_prints_in_the_background(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from app.gui.jobs import JobRunner
    from app.gui.reply_output import print_in_background
    from letters.envelopes import Envelope, render_envelopes

    data = render_envelopes([Envelope(("АО «Пример»",), ("Иванову П. С.", "236000"))], "C5")
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = JobRunner(parent)
    printed: list[int] = []
    dialog = print_in_background(parent, runner, data, "C5", (229, 162), done=printed.append)
    assert dialog.isVisible()  # shown, and this call has returned
    target = tmp_path / "printed.pdf"
    dialog.printer().setOutputFormat(dialog.printer().OutputFormat.PdfFormat)
    dialog.printer().setOutputFileName(str(target))
    # As if OK was pressed with this printer (the dialog itself would point a machine
    # without printers at a file in the home folder).
    dialog.accepted.emit(dialog.printer())
    dialog.hide()
    qtbot.waitUntil(lambda: printed == [1], timeout=WAIT)
    assert len(pdf_pages(target.read_bytes())) == 1
    runner.shutdown()

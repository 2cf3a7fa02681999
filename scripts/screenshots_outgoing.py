"""The Replies section: the outgoing register of a day, the «Record dispatch» dialog, the
envelopes and the Form 103 dialogs (run by ``scripts/screenshots.py``).

Builds a day of outgoing post (replies to registered letters, sent as simple and registered
letters and by e-mail, some with their ШПИ recorded) and grabs ``app_<lang>_outgoing.png``,
``app_<lang>_outgoing_dispatch.png``, ``app_<lang>_outgoing_envelopes.png`` and
``app_<lang>_outgoing_f103.png``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shots_common import SIZE, save, wait

POST = [
    ("Иванов Пётр Сергеевич", "г. Калининград, ул. Ленина, д. 5, кв. 3", "236022", "registered"),
    (
        "Седых Анна Викторовна",
        "Калининградская обл., Гурьевский р-н, пос. Васильково, ул. Садовая, д. 3",
        "238311",
        "registered_notice",
    ),
    ("Цой Виктор Робертович", "г. Черняховск, ул. Ленина, д. 12, кв. 7", "238150", "simple"),
    ("Ким Анна Сергеевна", "г. Гусев, ул. Мира, д. 1", "238050", "email"),
    (
        "Салтыков-Щедрин Михаил Евграфович",
        "Калининградская обл., Зеленоградский р-н, г. Зеленоградск, ул. Моковского, д. 8",
        "238530",
        "registered",
    ),
    ("Кузнецова Мария Павловна", "г. Советск, ул. Победы, д. 27, кв. 14", "238750", "simple"),
    ("Попов Андрей Николаевич", "г. Балтийск, пр. Ленина, д. 3, кв. 41", "238520", "registered"),
    ("Новикова Татьяна Алексеевна", "г. Светлый, ул. Пионерская, д. 6", "238340", "hand"),
]


def tracking_id(serial: int) -> str:
    from letters.outgoing_register import _domestic_check_digit

    body = f"2360228{serial:06d}"
    return body + str(_domestic_check_digit(body + "0"))


def build_post(url: str, store_dir: Path, day: dt.date) -> list[int]:
    from db.engine import Database
    from db.migrate import upgrade
    from db.store import FileStore
    from letters.actors import resolve_actor
    from letters.outgoing import record_dispatch, register_reply
    from letters.replies import prepare_reply
    from letters.reply_templates import load_shipped
    from tests.integration.test_replies import example_values, make_letter

    database = Database(url)
    upgrade(database.engine, "heads")
    store = FileStore(store_dir)
    now = dt.datetime.combine(day, dt.time(10, 0)).astimezone()
    ids = []
    with database.write() as session:
        admin = resolve_actor(session, None)
        for n, (name, address, index, mail_type) in enumerate(POST):
            letter_id = make_letter(
                session,
                admin,
                name=name,
                address=address,
                postal_code=index,
                account=f"3900120{n:03d}",
                received_on=day - dt.timedelta(days=12 - n),
                now=now - dt.timedelta(days=10 - n),
            )
            code = ("recalc_done", "billing_explained", "readings_accepted", "free_text")[n % 4]
            template = load_shipped()[code]
            doc = prepare_reply(session, admin, [letter_id], code, example_values(template))
            done = register_reply(
                session, admin, store, doc, now=now + dt.timedelta(minutes=n), mail_type=mail_type
            )
            ids.append(done.id)
        record_dispatch(session, admin, ids[0], tracking_id=tracking_id(17), weight_g=24)
        record_dispatch(session, admin, ids[1], tracking_id=tracking_id(18), weight_g=31)
        record_dispatch(session, admin, ids[6], tracking_id=tracking_id(19), weight_g=22)
    database.dispose()
    return ids


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app.gui.main_window import MainWindow
    from db.engine import Database

    folder = work / language
    folder.mkdir()
    url = f"sqlite:///{folder / 'outgoing.sqlite3'}"
    day = dt.date.today()
    ids = build_post(url, folder / "store", day)
    database = Database(url)
    window = MainWindow(database, folder / "store")
    window.resize(*SIZE)
    window.show()
    window.show_section("replies")
    wait(1500)
    view = window.outgoing
    view.table.clearSelection()
    view._reselect({ids[2], ids[5]})
    saved = [save(window, out, language, "outgoing")]
    dialog = view.record_dispatch()
    assert dialog is not None
    dialog.tracking_edits[0].setText(tracking_id(20))
    saved.append(save(dialog, out, language, "outgoing_dispatch"))
    dialog.reject()
    envelopes = view.envelopes()
    assert envelopes is not None
    saved.append(save(envelopes, out, language, "outgoing_envelopes"))
    envelopes.reject()
    form = view.form103()
    assert form is not None
    wait(800)  # counts the day's registered letters
    saved.append(save(form, out, language, "outgoing_f103"))
    form.reject()
    window.close()
    wait(100)
    database.dispose()
    return saved

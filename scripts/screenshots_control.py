"""The control screens: the dashboard, a resolution, an extension and the phone form (run
by ``scripts/screenshots.py``).

Builds a small office (two departments, a head, specialists, letters due at different
times, promised callbacks) and grabs ``app_<lang>_control.png``,
``app_<lang>_resolution.png``, ``app_<lang>_extension.png`` and ``app_<lang>_phone.png``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shots_common import SIZE, save, wait

SENDERS = [
    ("Иванов Иван Иванович", "billing", -6),
    ("Смирнова Анна Павловна", "recalculation", -2),
    ("Кузнецов Пётр Сергеевич", "meter_service", 0),
    ("Попова Елена Викторовна", "billing", 0),
    ("Васильев Андрей Николаевич", "contract", 1),
    ("Соколова Мария Ивановна", "complaint", 2),
    ("Михайлов Олег Петрович", "disconnection", 3),
    ("Новикова Татьяна Алексеевна", "meter_readings", 4),
]


def build_office(url: str) -> dict[str, object]:
    from db.engine import Database
    from db.migrate import upgrade
    from db.models import Consumer, Department, Letter, User
    from letters.actors import Actor, resolve_actor
    from letters.deadlines import on_registered
    from letters.phone import PhoneCall, register_call
    from letters.register import LetterDraft, register_letter
    from letters.resolutions import write_resolution

    database = Database(url)
    upgrade(database.engine)
    today = dt.date.today()
    with database.write() as session:
        admin = resolve_actor(session, None)
        billing = Department(code="billing", name="Расчётный отдел")
        grid = Department(code="grid", name="Отдел по работе с сетями")
        session.add_all([billing, grid])
        session.flush()
        people: dict[str, Actor] = {}
        for login, name, role, dept in [
            ("petrova", "Петрова Анна Сергеевна", "head", billing.id),
            ("sidorov", "Сидоров Олег Иванович", "specialist", billing.id),
            ("kuznetsova", "Кузнецова Мария Павловна", "specialist", billing.id),
            ("belov", "Белов Игорь Андреевич", "specialist", grid.id),
            ("orlova", "Орлова Вера Николаевна", "clerk", None),
        ]:
            user = User(login=login, full_name=name, role=role, department_id=dept)
            session.add(user)
            session.flush()
            people[login] = Actor.of(user)
        session.add(
            Consumer(
                account="7701234567",
                full_name="Зайцев Николай Петрович",
                address="г. Пермь, ул. Ленина, д. 10, кв. 5",
                phone="+79125550101",
            )
        )
    executors = ["sidorov", "kuznetsova", "belov", None]
    letter_ids = []
    for n, (sender, category, offset) in enumerate(SENDERS):
        with database.write() as session:
            done = register_letter(
                session,
                admin,
                LetterDraft(
                    received_on=today - dt.timedelta(days=28),
                    sender_name=sender,
                    category=category,
                    summary="Обращение по лицевому счёту",
                ),
            )
            on_registered(session, admin, done.id)
            who = executors[n % len(executors)]
            if who is not None:
                write_resolution(session, people["petrova"], done.id, executor_ids=[people[who].id])
            letter = session.get(Letter, done.id)
            assert letter is not None
            letter.due_on = today + dt.timedelta(days=offset)
            letter.control_on = letter.due_on
            letter_ids.append(done.id)
    now = dt.datetime.now()
    for name, phone, hours, who in [
        ("Зайцев Николай Петрович", "+7 912 555-01-01", 1, "sidorov"),
        ("Лебедева Ольга Игоревна", "+7 912 555-02-02", 26, "kuznetsova"),
    ]:
        with database.write() as session:
            register_call(
                session,
                people["orlova"],
                PhoneCall(
                    caller_name=name,
                    phone=phone,
                    category="billing",
                    summary="Просит перезвонить по начислениям",
                    callback_at=now + dt.timedelta(hours=hours),
                    executor_id=people[who].id,
                ),
            )
    with database.write() as session:  # a fresh letter for the resolution dialog
        fresh = register_letter(
            session,
            admin,
            LetterDraft(
                received_on=today,
                sender_name="Григорьева Светлана Юрьевна",
                category="recalculation",
                summary="Просит пересчитать начисления за период отсутствия",
            ),
        )
        on_registered(session, admin, fresh.id)
    return {"database": database, "people": people, "letters": letter_ids, "fresh": fresh.id}


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app.gui.main_window import MainWindow
    from app.gui.phone_form import PhoneForm
    from app.gui.resolution_dialog import ExtensionDialog, ResolutionDialog

    office = build_office(f"sqlite:///{work / f'control_{language}.sqlite3'}")
    database = office["database"]
    people = office["people"]
    head = people["petrova"]  # type: ignore[index]
    window = MainWindow(database, work / "store", actor=head)  # type: ignore[arg-type]
    window.resize(*SIZE)
    window.show()
    window.show_section("control")
    saved = [save(window, out, language, "control", 1500)]

    dialog = ResolutionDialog(database, head, office["fresh"], window)  # type: ignore[arg-type]
    dialog.show()
    wait(800)
    dialog.department.setCurrentIndex(dialog.department.findText("Расчётный отдел"))
    dialog.choose(people["sidorov"].id, people["kuznetsova"].id)  # type: ignore[index]
    dialog.text.setPlainText(
        "Проверить начисления за март–апрель, подготовить ответ с расчётом перерасчёта."
    )
    saved.append(save(dialog, out, language, "resolution", 800))
    dialog.close()

    extension = ExtensionDialog(database, head, office["fresh"], window)  # type: ignore[arg-type]
    extension.show()
    wait(800)
    extension.days.setValue(14)
    extension.reason.setPlainText("Запрошены данные о показаниях у сетевой организации")
    saved.append(save(extension, out, language, "extension", 800))
    extension.close()

    form = PhoneForm(database, people["orlova"], window)  # type: ignore[arg-type]
    form.show()
    wait(800)
    form.name.setText("Зайцев Николай Петрович")
    form.phone.setText("+7 912 555-01-01")
    form.account.setText("7701234567")
    form.check_account()
    form.category.setCurrentIndex(form.category.findData("billing"))
    form.summary.setPlainText("Не согласен с начислением за апрель, просит проверить показания.")
    form.callback.setChecked(True)
    form.executor.setCurrentIndex(form.executor.findData(people["sidorov"].id))  # type: ignore[index]
    saved.append(save(form, out, language, "phone", 800))
    form.close()
    window.close()
    wait(200)
    database.dispose()  # type: ignore[attr-defined]
    return saved

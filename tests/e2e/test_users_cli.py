"""The command line acts as a named user: passwords, refused actions (exit 4), the audit
log and its extract."""

from __future__ import annotations

import csv
import io
from pathlib import Path


def test_users_passwords_roles_and_audit(run_cli, tmp_path: Path) -> None:
    assert run_cli("departments", "add", "ABON", "Абонентский отдел").returncode == 0
    weak = run_cli("users", "add", "ivanova", env={"MAILROOM_NEW_PASSWORD": "short"})
    assert weak.returncode == 2 and "at least 8" in weak.stderr
    added = run_cli(
        "users",
        "add",
        "ivanova",
        "--role",
        "clerk",
        "--name",
        "Иванова Анна",
        "--department",
        "ABON",
        env={"MAILROOM_NEW_PASSWORD": "надёжный-пароль"},
    )
    assert added.returncode == 0, added.stderr
    listed = run_cli("users", "list")
    assert "ivanova\tclerk\tИванова Анна\tАбонентский отдел" in listed.stdout

    as_clerk = {"MAILROOM_USER": "ivanova", "MAILROOM_PASSWORD": "надёжный-пароль"}
    no_password = run_cli("users", "list", env={"MAILROOM_USER": "ivanova"})
    assert no_password.returncode == 2 and "MAILROOM_PASSWORD" in no_password.stderr
    wrong = run_cli("users", "list", env={**as_clerk, "MAILROOM_PASSWORD": "неверный"})
    assert wrong.returncode == 2 and "Wrong password for ivanova" in wrong.stderr
    refused = run_cli("users", "list", env=as_clerk)
    assert refused.returncode == 4
    assert refused.stderr.strip() == "Not allowed for the role clerk: manage users"
    refused_ru = run_cli("users", "list", lang="ru", env=as_clerk)
    assert refused_ru.returncode == 4
    assert "делопроизводитель" in refused_ru.stderr and "Traceback" not in refused_ru.stderr

    blocked = run_cli("users", "set", "ivanova", "--block")
    assert blocked.returncode == 0, blocked.stderr
    assert run_cli("users", "list", env=as_clerk).returncode == 2

    audit = run_cli("audit", "list", "--action", "auth.failed")
    assert audit.returncode == 0
    assert "auth.failed\tuser:ivanova" in audit.stdout
    extract = tmp_path / "audit.csv"
    done = run_cli("audit", "export", "--by", "admin", "-o", str(extract))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(extract.read_text(encoding="utf-8"))))
    actions = [r["action"] for r in rows]
    assert actions[:3] == ["department.save", "user.create", "user.update"]
    assert all(r["user_login"] == "admin" for r in rows)
    again = run_cli("audit", "list", "--action", "audit.export")
    assert "audit.export" in again.stdout  # exporting the log is itself audited

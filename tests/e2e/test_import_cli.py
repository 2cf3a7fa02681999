"""``mailroom import`` on generated letters in every format, with real tesseract."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from db.engine import Database
from db.models import Letter, LetterFile, Page
from tests.e2e.helpers import export_records, load_truth


def test_import_registers_every_format_and_links(
    run_cli, corpus: Path, db_url: str, tmp_path: Path
) -> None:
    assert run_cli("consumers", "import", str(corpus / "registry.csv")).returncode == 0
    result = run_cli(
        "import",
        str(corpus / "letters"),
        "--received",
        "2026-11-20",
        "--quarantine",
        str(tmp_path / "q"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    truth = load_truth(corpus)
    records = export_records(run_cli)
    assert len(records) == len(truth)
    assert {Path(f).suffix for r in records for f in r["source_files"]} >= {
        ".pdf",
        ".tif",
        ".jpg",
        ".png",
    }
    by_file = {r["source_files"][0]: r for r in records}
    for name, t in truth.items():
        r = by_file[name]
        assert r["pages"] == t["pages"], name
        assert r["received_on"] == "2026-11-20"
        assert r["channel"] == "post"
        assert r["text"].strip()
        assert r["link"]["status"] in ("auto", "suggested", "none")
        if r["link"]["status"] == "auto":  # precision first: an auto link is right
            assert r["account"] == t["account_true"], name
        if t["kind"] == "exact":
            assert r["account"] == t["account_true"], name
            assert r["sender"]["phone"] == (t["sender_phone"] or ""), name
        if t["kind"] == "not_consumer":
            assert r["account"] is None
    database = Database(db_url)
    with database.read() as session:
        pages = session.scalar(select(func.count(Page.id)))
        archives = session.scalar(
            select(func.count(LetterFile.id)).where(LetterFile.role == "archive")
        )
        sizes = session.scalars(select(Letter.page_count)).all()
    database.dispose()
    assert pages == sum(sizes) == sum(int(t["pages"]) for t in truth.values())
    assert archives == len(truth)

    again = run_cli("import", str(corpus / "letters"))
    assert again.returncode == 3
    assert again.stdout.count("already registered as ВХ-") == len(truth)
    assert len(export_records(run_cli)) == len(truth)


def test_bad_inputs_go_to_quarantine_and_the_batch_goes_on(
    run_cli, corpus: Path, tmp_path: Path
) -> None:
    from tests.e2e.bad_files import make_bad_files

    batch = tmp_path / "batch"
    batch.mkdir()
    good = sorted((corpus / "letters").glob("*.png"))[0]
    shutil.copy(good, batch / good.name)
    bad = make_bad_files(batch)
    quarantine = tmp_path / "quarantine"
    result = run_cli("import", str(batch), "--quarantine", str(quarantine), lang="ru")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "зарегистрировано как ВХ-" in result.stdout or "зарегистрирован" in result.stdout
    for name, code_word in bad.items():
        kept = quarantine / name
        assert kept.read_bytes() == (batch / name).read_bytes(), name  # original kept too
        reason = (quarantine / f"{name}.reason.txt").read_text("utf-8")
        assert code_word in reason, (name, reason)
    assert len(export_records(run_cli)) == 1

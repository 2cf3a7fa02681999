"""Batch splitting, the hot folder, and exactly-once registration across kills."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.models import Letter
from tests.e2e.conftest import ROOT
from tests.e2e.helpers import export_records, load_truth


def _pages(corpus: Path, count: int) -> list[Image.Image]:
    files = sorted((corpus / "letters").glob("*.png"))[:count]
    assert len(files) == count
    return [Image.open(f).convert("L") for f in files]


def test_split_blank(run_cli, corpus: Path, tmp_path: Path) -> None:
    a, b = _pages(corpus, 2)
    blank = Image.new("L", a.size, 255)
    batch = tmp_path / "batch.tif"
    a.save(
        batch,
        save_all=True,
        append_images=[blank, b, blank, blank],
        dpi=(200, 200),
        compression="tiff_lzw",
    )
    result = run_cli("import", str(batch), "--split", "blank")
    assert result.returncode == 0, result.stdout + result.stderr
    records = export_records(run_cli)
    assert [r["pages"] for r in records] == [1, 1]
    assert records[0]["reg_no"] != records[1]["reg_no"]


def test_split_barcode_with_printed_separator(run_cli, corpus: Path, tmp_path: Path) -> None:
    sheet_pdf = tmp_path / "separator.pdf"
    made = run_cli("separator-sheet", str(sheet_pdf))
    assert made.returncode == 0, made.stderr
    document = pdfium.PdfDocument(str(sheet_pdf))
    separator = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    a, b, c = _pages(corpus, 3)
    separator = separator.resize(a.size)
    batch = tmp_path / "batch.pdf"
    a.save(batch, save_all=True, append_images=[separator, b, c, separator], resolution=200)
    result = run_cli("import", str(batch), "--split", "barcode")
    assert result.returncode == 0, result.stdout + result.stderr
    records = export_records(run_cli)
    assert [r["pages"] for r in records] == [1, 2]


def test_hot_folder_moves_after_commit(run_cli, corpus: Path, tmp_path: Path) -> None:
    hot = tmp_path / "hot"
    hot.mkdir()
    good = sorted((corpus / "letters").glob("*.jpg"))[:2]
    for f in good:
        shutil.copy(f, hot / f.name)
    (hot / "broken.pdf").write_bytes(b"%PDF-1.4\n%broken")
    result = run_cli("watch", str(hot), "--once", "--interval", "0.5")
    assert result.returncode == 3, result.stdout + result.stderr
    assert sorted(p.name for p in (hot / "done").iterdir()) == sorted(f.name for f in good)
    assert (hot / "quarantine" / "broken.pdf").exists()
    assert (hot / "quarantine" / "broken.pdf.reason.txt").exists()
    assert not (hot / "broken.pdf").exists()
    assert len(export_records(run_cli)) == len(good), result.stdout


def test_kill_at_random_points_then_rerun_registers_exactly_once(
    corpus: Path, db_url: str, store_dir: Path, tmp_path: Path, run_cli
) -> None:
    truth = load_truth(corpus)
    batch = tmp_path / "batch"
    shutil.copytree(corpus / "letters", batch)
    env = dict(os.environ, PYTHONPATH=str(ROOT), MAILROOM_DB=db_url, MAILROOM_STORE=str(store_dir))
    command = [sys.executable, "-m", "app", "--lang", "en", "import", str(batch)]
    rnd = random.Random(20261125)
    database = Database(db_url)

    def registered() -> int:
        try:
            with database.read() as session:
                return len(session.scalars(select(Letter.id)).all())
        except DBAPIError:  # the first run may be killed before it has created the schema
            return 0

    # Kill points follow the import's progress, not the wall clock, so a fast machine cannot
    # finish the batch between kills: each run is killed at a random moment before it has
    # committed more than one more source file, or right after that commit.
    kills = 0
    for _ in range(4 * len(truth)):
        before = registered()
        if before >= len(truth):
            break
        proc = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + rnd.uniform(0.2, 6.0)
        while proc.poll() is None and time.monotonic() < deadline and registered() <= before:
            time.sleep(0.05)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the whole tree, as a power cut would
            kills += 1
        proc.wait()
        if kills >= 12:
            break
    assert kills >= 5
    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    assert final.returncode in (0, 3), final.stdout + final.stderr
    records = export_records(run_cli)
    assert sorted(r["source_files"][0] for r in records) == sorted(truth)
    for r in records:
        assert r["pages"] == truth[r["source_files"][0]]["pages"]
    with database.read() as session:
        seqs = sorted(session.scalars(select(Letter.reg_seq)))
    database.dispose()
    assert seqs == list(range(1, len(truth) + 1))  # gapless despite the kills

"""E-mail appeals: real-world .eml shapes import, none crashes, each has a clear result."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.eml_samples import write_samples
from tests.e2e.helpers import export_records, load_truth


def test_eml_shapes_import_as_email_letters(run_cli, corpus: Path, tmp_path: Path) -> None:
    truth = load_truth(corpus)
    scan_name, scan = next((n, t) for n, t in truth.items() if n.endswith(".png"))
    mails = tmp_path / "mail"
    mails.mkdir()
    senders = write_samples(mails, "1234567890", (corpus / "letters" / scan_name).read_bytes())
    result = run_cli("import", str(mails))
    assert result.returncode == 0, result.stdout + result.stderr
    records = {r["source_files"][0]: r for r in export_records(run_cli)}
    assert set(records) == set(senders)
    for name, sender in senders.items():
        record = records[name]
        assert record["channel"] == "email"
        assert record["sender"]["email"] == sender
        text = record["text"].replace("ё", "е")
        if name != "nested.eml":
            assert "перерасчет" in text.lower(), (name, text[:300])
    assert "Пересылаю" in records["nested.eml"]["text"]
    assert "перерасчет" in records["nested.eml"]["text"].replace("ё", "е")
    assert "alert" not in records["html_only.eml"]["text"]
    broken = records["broken_multipart.eml"]
    assert broken["pages"] == 2  # the body and the OCR'd scan
    assert (
        str(scan["account_printed"] or "")[:6] in broken["text"].replace(" ", "")
        or scan["sender_name"].split()[0] in broken["text"]
    )

"""Real-world shapes of e-mail appeals, written as raw bytes the way mail programs do."""

from __future__ import annotations

import base64
from pathlib import Path

BODY = (
    "Прошу сделать перерасчёт за электроэнергию по лицевому счёту {account}. Тел. 8 912 345-67-89"
)


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def write_samples(folder: Path, account: str, scan: bytes) -> dict[str, str]:
    """Write the samples; returns {file name: sender e-mail}."""
    body = BODY.format(account=account)
    samples = {
        "utf8_plain.eml": (
            "From: =?utf-8?b?" + base64.b64encode("Иванов Иван".encode()).decode() + "?= "
            "<ivanov@example.ru>\r\nTo: info@energo.example\r\nSubject: =?utf-8?b?"
            + base64.b64encode("Перерасчёт".encode()).decode()
            + "?=\r\nDate: Mon, 23 Nov 2026 "
            "10:00:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        ).encode()
        + body.encode("utf-8"),
        "koi8r.eml": (
            b"From: petrov@example.ru\r\nSubject: =?koi8-r?Q?=F0=C5=D2=C5=D2=C1=D3=DE=C5=D4?=\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n"
        )
        + body.encode("koi8-r"),
        "cp1251_unlabelled.eml": (
            b"From: sidorov@example.ru\r\nSubject: appeal\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        )
        + body.encode("cp1251"),
        "html_only.eml": (
            "From: Анна <anna@example.ru>\r\nSubject: html\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n<html><head><style>p{}</style></head>"
            f"<body><p>{body}</p><script>alert(1)</script></body></html>"
        ).encode(),
        "broken_multipart.eml": (
            "From: broken@example.ru\r\nSubject: scan\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--XYZ\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n--XYZ\r\n"
            'Content-Type: image/png; name="scan.png"\r\nContent-Transfer-Encoding: base64\r\n'
            'Content-Disposition: attachment; filename="scan.png"\r\n\r\n'
            + _b64(scan)
            + '\r\n--XYZ\r\nContent-Type: application/octet-stream; name="empty.bin"\r\n'
            'Content-Disposition: attachment; filename="empty.bin"\r\n\r\n\r\n'
        ).encode(),  # no closing boundary
    }
    inner = samples["utf8_plain.eml"]
    samples["nested.eml"] = (
        b"From: forwarder@example.ru\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Пересылаю обращение.".encode()
        + b"\r\n--B\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + b"\r\n--B--\r\n"
    )
    senders = {
        "utf8_plain.eml": "ivanov@example.ru",
        "koi8r.eml": "petrov@example.ru",
        "cp1251_unlabelled.eml": "sidorov@example.ru",
        "html_only.eml": "anna@example.ru",
        "broken_multipart.eml": "broken@example.ru",
        "nested.eml": "forwarder@example.ru",
    }
    for name, data in samples.items():
        (folder / name).write_bytes(data)
    return senders

"""The log file never holds a password, an e-mail or an IP address."""

from __future__ import annotations

import logging

from newsdesk.logs import configure_logging, log_file, redact


def test_redact_masks_passwords_and_email_addresses() -> None:
    line = (
        "connect postgresql://ana:s3cret@db.example:5432/news failed; password=hunter2; "
        "comment by jo.smith+news@example.co.uk"
    )
    masked = redact(line)
    assert "s3cret" not in masked and "hunter2" not in masked
    assert "jo.smith" not in masked and "example.co.uk" not in masked
    assert "postgresql://ana:***@db.example:5432/news" in masked


def test_redact_masks_ip_addresses_but_not_times_or_casts() -> None:
    line = (
        "2026-12-07 15:07:05,123 ERROR (psycopg.errors.X) parameters: 203.0.113.7, "
        "2001:db8::1, 2001:0db8:85a3:0000:0000:8a2e:0370:7334, fe80::a:b; SELECT x::text"
    )
    masked = redact(line)
    assert "203.0.113.7" not in masked and "2001:db8" not in masked and "fe80" not in masked
    assert masked.startswith("2026-12-07 15:07:05,123 ERROR")
    assert "x::text" in masked
    assert masked.count("<ip>") == 4


def test_the_log_file_never_holds_an_email_address() -> None:
    path = configure_logging()
    logging.getLogger("newsdesk.test").warning("comment from reader@example.org held")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "comment from <e-mail> held" in text
    assert "reader@example.org" not in text
    assert path == log_file()

"""The log file: rotating, in the platform's log folder, and never holding a password or
a commenter's e-mail or IP address (all are masked before a line is written)."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_path

LOG_FILE_NAME = "newsdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 4

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_PASSWORD = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):[^@/\s]+@", re.I)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6 = re.compile(
    # Eight groups, or fewer around "::" (times like 12:30:45 are neither).
    r"(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
    r"|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?)(?![\w:])",
    re.I,
)
_PASSWORD_SETTING = re.compile(r"(?P<key>password|passwd|pwd|secret)(?P<sep>\s*[=:]\s*)\S+", re.I)


def redact(text: str) -> str:
    """`text` with passwords in addresses and settings, e-mail and IP addresses masked
    (a database error may quote a comment's row, its commenter's address with it)."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    text = _PASSWORD_SETTING.sub(lambda m: f"{m['key']}{m['sep']}***", text)
    text = _EMAIL.sub("<e-mail>", text)
    text = _IPV4.sub("<ip>", text)
    return _IPV6.sub("<ip>", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_folder() -> Path:
    return user_log_path("Newsdesk", appauthor=False)


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    """Send Newsdesk's log to the rotating file (once per process); returns its path."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(handler, "newsdesk", False) for handler in root.handlers):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.newsdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path

"""The log file: rotating, in the platform's log folder, and never holding a password or
a commenter's e-mail address (both are masked before a line is written)."""

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
_PASSWORD_SETTING = re.compile(r"(?P<key>password|passwd|pwd|secret)(?P<sep>\s*[=:]\s*)\S+", re.I)


def redact(text: str) -> str:
    """`text` with passwords in addresses and settings, and e-mail addresses, masked."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    text = _PASSWORD_SETTING.sub(lambda m: f"{m['key']}{m['sep']}***", text)
    return _EMAIL.sub("<e-mail>", text)


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

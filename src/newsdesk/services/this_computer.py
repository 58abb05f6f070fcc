"""Which computer and which process this is, for telling a crashed session's edit lock
from a live one: a lock left by a Newsdesk process of the same person on the same
computer that no longer runs is stale, and is taken back without asking."""

from __future__ import annotations

import os
import sys
import uuid
from functools import cache
from pathlib import Path

from platformdirs import user_data_path

COMPUTER_ID_FILE = "computer-id"


@cache
def computer_id(folder: Path | None = None) -> str:
    """Newsdesk's own id for this computer (for this person's data folder): made once,
    kept in a small file; never a host name or a hardware serial."""
    path = (folder or user_data_path("Newsdesk", appauthor=False)) / COMPUTER_ID_FILE
    try:
        known = path.read_text(encoding="ascii").strip()
        if known:
            return known
    except (OSError, UnicodeDecodeError):
        pass
    made = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(made, encoding="ascii")
    except OSError:
        return f"unsaved-{made}"  # a read-only home: this run only, never matching another
    return made


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (when unsure: yes, so a
    live window is never taken from without asking)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - not run on Linux
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel.CloseHandle(handle)

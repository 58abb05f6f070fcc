"""This computer's own id and whether a process still runs: what tells a crashed
session's edit lock from a live one."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from newsdesk.services.this_computer import COMPUTER_ID_FILE, computer_id, process_alive


def test_the_id_is_made_once_and_kept(tmp_path: Path) -> None:
    made = computer_id(tmp_path / "data")
    assert uuid.UUID(made)
    assert (tmp_path / "data" / COMPUTER_ID_FILE).read_text(encoding="ascii") == made
    computer_id.cache_clear()
    assert computer_id(tmp_path / "data") == made


def test_a_kept_id_is_read_as_written(tmp_path: Path) -> None:
    (tmp_path / COMPUTER_ID_FILE).write_text("  laptop-of-ann \n", encoding="ascii")
    assert computer_id(tmp_path) == "laptop-of-ann"


@pytest.mark.parametrize("content", [b"", b"   \n", b"\xff\xfe broken"])
def test_an_empty_or_damaged_file_gets_a_new_id(tmp_path: Path, content: bytes) -> None:
    (tmp_path / COMPUTER_ID_FILE).write_bytes(content)
    made = computer_id(tmp_path)
    assert uuid.UUID(made)
    assert (tmp_path / COMPUTER_ID_FILE).read_text(encoding="ascii") == made


def test_two_data_folders_are_two_computers(tmp_path: Path) -> None:
    assert computer_id(tmp_path / "one") != computer_id(tmp_path / "two")


def test_a_blocked_id_file_gives_an_id_for_this_run_only(tmp_path: Path) -> None:
    """Where the file would go sits a folder: nothing can be read or written there (as
    in a read-only home)."""
    (tmp_path / COMPUTER_ID_FILE).mkdir()
    assert computer_id(tmp_path).startswith("unsaved-")


def test_this_process_is_alive() -> None:
    assert process_alive(os.getpid())


@pytest.mark.parametrize("pid", [0, -1])
def test_no_process_has_an_id_below_one(pid: int) -> None:
    assert not process_alive(pid)


def test_a_process_that_ended_is_not_alive() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not process_alive(child.pid)

"""kill -9 while typing loses at most about the last second."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.ui.window_helpers import SEED_SLUG

import newsdesk
from newsdesk.services.newsroom import open_newsroom

TYPIST = Path(__file__).with_name("crash_typist.py")
# The typist runs the same newsdesk as this test: a checkout's src/, not whatever copy
# happens to be installed.
CHILD_PATH = str(Path(newsdesk.__file__).resolve().parents[1])


def test_a_crash_loses_at_most_the_last_second(demo_url: str, tmp_path: Path) -> None:
    newsroom = open_newsroom(demo_url)
    article_id = newsroom.articles.find(SEED_SLUG).id
    newsroom.close()
    env = dict(os.environ, PYTHONPATH=CHILD_PATH)
    child = subprocess.Popen(
        [sys.executable, str(TYPIST), demo_url, str(tmp_path / "s.ini"), str(article_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    typed: list[tuple[int, float]] = []
    assert child.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        word, moment = line.split()
        typed.append((int(word), float(moment)))
        if len(typed) >= 70:  # about 3.5 s of steady typing
            break
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert len(typed) >= 70, "the typist never got going"

    newsroom = open_newsroom(demo_url)
    body = newsroom.articles.get(article_id).body
    newsroom.close()
    saved = [int(n) for n in re.findall(r" w(\d+)", body)]
    last_saved = max(saved, default=0)
    must_have = [word for word, moment in typed if moment < killed_at - 1.25]
    assert must_have, "nothing was typed early enough to judge"
    assert last_saved >= max(must_have), (
        f"words up to w{max(must_have)} were typed over 1.25 s before the kill, "
        f"but the database holds only up to w{last_saved}"
    )
    assert saved == list(range(1, last_saved + 1))

"""A reader's comment through a real browser: the exported seed page, served over HTTP,
loaded in QtWebEngine; the form filled and sent by script to a running receiver
(`newsdesk serve comments`); the comment in the moderation queue with its reasons;
approved; and on the page after the next export."""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from tests.ui.window_helpers import SEED_SLUG

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.publishing import SiteOptions, export_site

pytestmark = pytest.mark.ui

COMMENT = "Seen from Kazan, the talks went better than the papers say. <b>Really.</b>"


class _QuietFiles(SimpleHTTPRequestHandler):
    """The exported files, each checked again before it is used from the browser's cache
    (as a news site serves its pages: a new export shows at once)."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The export folder, served over HTTP on this machine's loopback address."""
    folder = tmp_path / "site"
    folder.mkdir()
    handler = functools.partial(_QuietFiles, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    opened = open_newsroom(database_url)
    load_demo(opened)
    yield opened
    opened.close()


@pytest.fixture
def receiver(newsroom: Newsroom, database_url: str, site: tuple[Path, str], tmp_path: Path):  # type: ignore[no-untyped-def]
    """`newsdesk serve comments` on a free port; yields its /comments address."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    log = (tmp_path / "receiver.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable, "-m", "newsdesk", "--database", database_url, "serve", "comments",
            "--site-url", site[1], "--listen", "127.0.0.1:0",
        ],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env=environment,
    )  # fmt: skip
    assert process.stdout is not None
    found = re.search(r"(http://127\.0\.0\.1:\d+/comments)", process.stdout.readline())
    assert found, (tmp_path / "receiver.log").read_text()
    yield found.group(1)
    process.terminate()
    process.wait(timeout=30)
    log.close()


def run_script(qtbot, view: QWebEngineView, script: str) -> Any:  # type: ignore[no-untyped-def]
    box: list[Any] = []
    view.page().runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: len(box) == 1, timeout=10000)
    return box[0]


def wait_for(qtbot, view: QWebEngineView, condition: str, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not run_script(qtbot, view, condition):
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        qtbot.wait(50)


def load(qtbot, view: QWebEngineView, url: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loadFinished, timeout=20000) as finished:
        view.load(QUrl(url))
    assert finished.args == [True], url


def test_a_reader_comments_through_the_published_page(  # type: ignore[no-untyped-def]
    qtbot, newsroom: Newsroom, site: tuple[Path, str], receiver: str
) -> None:
    folder, site_url = site
    options = SiteOptions(base_url=site_url, comment_url=receiver)
    export_site(newsroom.database, folder, options)
    page_url = f"{site_url}stories/{SEED_SLUG}.html"
    view = QWebEngineView()
    qtbot.addWidget(view)
    view.resize(900, 1200)
    view.show()
    load(qtbot, view, page_url)

    # The reader starts writing: the page's script fetches a fresh token from the receiver.
    run_script(qtbot, view, "document.getElementById('comment').focus(); true")
    wait_for(qtbot, view, "document.getElementById('commentform').dataset.tokenReady === 'yes'")
    fill = f"""
        const form = document.getElementById('commentform');
        form.elements.comment.value = {COMMENT!r};
        form.elements.author.value = 'Irina from Kazan';
        form.elements.email.value = 'irina@example.org';
        form.elements.url.value = 'https://irina.example/';
        form.elements.form_token.value.startsWith('f1.')
    """
    assert run_script(qtbot, view, fill) is True
    qtbot.wait(2200)  # a person takes longer than two seconds to write a comment
    with qtbot.waitSignal(view.loadFinished, timeout=20000):
        run_script(qtbot, view, "document.getElementById('commentform').requestSubmit(); true")

    # Back on the story, with the note that the comment awaits moderation.
    assert view.url().toString() == f"{page_url}#comment-held"
    wait_for(
        qtbot,
        view,
        "getComputedStyle(document.getElementById('comment-held')).display !== 'none'",
    )
    note = run_script(qtbot, view, "document.getElementById('comment-held').innerText")
    assert "awaiting moderation" in note
    hidden = "getComputedStyle(document.getElementById('comment-published')).display"
    assert run_script(qtbot, view, hidden) == "none"

    # In the queue, with its reasons and the reader's address.
    [held] = [
        c
        for c in newsroom.comments.list_comments(CommentQuery(status=CommentStatus.PENDING))
        if c.author_email == "irina@example.org"
    ]
    assert held.body == COMMENT
    assert [r.text for r in held.reasons] == ["first comment from this address"]
    assert held.ip == "127.0.0.1"
    assert held.author_url == "https://irina.example/"

    # Approved, and on the page after the next export: as text, never as markup.
    newsroom.moderation.moderate([held.id], ModerationAction.APPROVE)
    export_site(newsroom.database, folder, options)
    load(qtbot, view, page_url)
    shown = run_script(qtbot, view, f"document.getElementById('comment-{held.id}').innerText")
    assert COMMENT in shown and "Irina from Kazan" in shown
    bold = f"document.querySelectorAll('#comment-{held.id} .comment-content b').length"
    assert run_script(qtbot, view, bold) == 0

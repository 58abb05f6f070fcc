"""The comment receiver over HTTP, on both databases: the form's and JSON's happy paths,
every refusal with its status and sentence (and nothing written), the bot defences,
hostile HTML kept as text, nothing private in the log, and a real uvicorn server killed
and restarted in the middle of a load run without losing an acknowledged comment.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from starlette.testclient import TestClient
from tests.integration.publishing_helpers import HOSTILE_COMMENT, assert_inert_html
from tests.integration.story_states import put_in_state
from tests.read_only import read_only

from newsdesk.cli.main import main
from newsdesk.domain.entities import Article, ArticleEdit, Comment
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.form_tokens import NO_FRESH_TOKEN, fresh_token, page_token
from newsdesk.domain.intake import Submission
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.text_cleaning import clean_text
from newsdesk.services.comment_receiver import CommentReceiver, ReaderComment, Receipt
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.publishing import SiteOptions, export_site
from newsdesk.storage import orm
from newsdesk.web.addresses import parse_networks
from newsdesk.web.app import ReceiverSettings, build_app
from newsdesk.web.posts import MOST_BODY

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
SITE = "https://news.example.org/"
SEED_PAGE = f"{SITE}stories/{SEED_SLUG}.html"
PROXY = "127.0.0.1"
READER = "198.51.100.7"
FORM = "application/x-www-form-urlencoded"
_numbers = itertools.count()


def unique_email() -> str:
    return f"reader{next(_numbers)}@example.org"


@pytest.fixture
def demo(newsroom: Newsroom) -> Newsroom:
    load_demo(newsroom)
    return newsroom


@dataclass
class Door:
    """The receiver under Starlette's test client, behind a proxy it trusts (so each post
    can come from its own reader's address)."""

    newsroom: Newsroom
    client: TestClient
    secret: bytes
    story: Article

    def token(self, story_uuid: str | None = None, age: float = 30.0) -> str:
        moment = datetime.now(UTC) - timedelta(seconds=age)
        return fresh_token(self.secret, story_uuid or self.story.uuid, moment)

    def fields(self, **changes: str) -> dict[str, str]:
        fields = {
            "comment": f"A thoughtful remark, number {next(_numbers)}.",
            "author": "Rita Reader",
            "email": unique_email(),
            "url": "",
            "article_uuid": self.story.uuid,
            "form_token": self.token(),
            "parent_id": "",
        }
        return {**fields, **changes}

    def post(
        self, fields: dict[str, Any], *, address: str = READER, as_json: bool = False
    ) -> httpx2.Response:
        headers = {"X-Forwarded-For": address}
        if as_json:
            return self.client.post("/comments", json=fields, headers=headers)
        return self.client.post("/comments", data=fields, headers=headers)

    def count(self) -> int:
        with self.newsroom.database.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(orm.Comment)) or 0)


def comments_from(newsroom: Newsroom, email: str = "", ip: str = "") -> list[Comment]:
    column, value = (orm.Comment.ip, ip) if ip else (orm.Comment.author_email, email)
    with newsroom.database.transaction() as session:
        ids = session.scalars(select(orm.Comment.id).where(column == value).order_by("id")).all()
    return [newsroom.comments.get(comment_id) for comment_id in ids]


@contextmanager
def open_door(
    newsroom: Newsroom, receiver: CommentReceiver | None = None, **options: Any
) -> Iterator[Door]:
    receiver = receiver or CommentReceiver(newsroom.database, newsroom.intake)
    options.setdefault("trusted_proxies", parse_networks([PROXY]))
    options.setdefault("per_minute", 1000)
    app = build_app(ReceiverSettings(site_url=SITE, **options), receiver)
    story = newsroom.articles.find(SEED_SLUG)
    with TestClient(app, client=(PROXY, 4711), follow_redirects=False) as client:
        yield Door(newsroom, client, receiver.secret(), story)


@pytest.fixture
def door(demo: Newsroom) -> Iterator[Door]:
    with open_door(demo) as opened:
        yield opened


def known_commenter(newsroom: Newsroom) -> str:
    """An address with an approved comment from an hour ago: its next one is published."""
    email = unique_email()
    story = newsroom.articles.find(SEED_SLUG)
    earlier = Submission(
        article=story.uuid,
        name="Kim Known",
        email=email,
        body=f"An earlier word, {email}",
        submitted_at=datetime.now(UTC) - timedelta(hours=1),
    )
    comment_id = newsroom.intake.submit(earlier)
    newsroom.moderation.moderate([comment_id], ModerationAction.APPROVE)
    return email


# ---- the happy paths -------------------------------------------------------------------------


def test_a_form_post_goes_to_the_queue_and_the_reader_back_to_the_story(door: Door) -> None:
    fields = door.fields(comment="  I was in Sochi that week.  ", url="https://rita.example/")
    answer = door.post(fields)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"{SEED_PAGE}#comment-held"
    [comment] = comments_from(door.newsroom, fields["email"])
    assert comment.status is CommentStatus.PENDING
    assert [r.text for r in comment.reasons] == ["first comment from this address"]
    assert comment.body == "I was in Sochi that week."
    assert (comment.author_name, comment.author_url) == ("Rita Reader", "https://rita.example/")
    assert comment.ip == READER
    assert comment.article_id == door.story.id


def test_a_known_commenter_is_published_at_once(door: Door) -> None:
    email = known_commenter(door.newsroom)
    answer = door.post(door.fields(email=email))
    assert answer.status_code == 303
    assert answer.headers["location"] == f"{SEED_PAGE}#comment-published"
    assert [c.status for c in comments_from(door.newsroom, email)] == [CommentStatus.APPROVED] * 2


def test_the_json_variant_says_held_or_published(door: Door) -> None:
    held = door.post(door.fields(), as_json=True)
    assert held.status_code == 202
    assert held.json() == {"state": "held", "story": SEED_PAGE}
    email = known_commenter(door.newsroom)
    published = door.post(door.fields(email=email), as_json=True, address="198.51.100.8")
    assert published.status_code == 201
    payload = published.json()
    assert payload["state"] == "published" and payload["story"] == SEED_PAGE
    assert comments_from(door.newsroom, email)[-1].id == payload["comment"]


def test_the_token_endpoint_hands_out_fresh_tokens_to_any_page(door: Door) -> None:
    answer = door.client.get("/comments/token", params={"story": door.story.uuid})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    assert answer.headers["cache-control"] == "no-store"
    token = answer.json()["token"]
    assert token.startswith("f1.")
    for story in ("", "x" * 65, "<script>", "../../etc"):
        refused = door.client.get("/comments/token", params={"story": story})
        assert refused.status_code == 400


# ---- refusals: each with its status, its sentence, and nothing written -------------------------


def _closed(door: Door) -> None:
    story = door.story
    door.newsroom.articles.save(
        story.id, replace(ArticleEdit.of(story), comments_open=False), story.version
    )


def _draft(door: Door) -> None:
    put_in_state(door.newsroom, door.story.id, ArticleStatus.DRAFT)


def _trashed(door: Door) -> None:
    door.newsroom.articles.trash([door.story.id])


REFUSALS: list[tuple[str, Any, dict[str, str], int, str, str]] = [
    # (case, set-up, field changes, status, kind, sentence)
    ("unknown story", None, {"article_uuid": str(uuid.uuid4())}, 404, "no-story", "no such story"),
    ("no story named", None, {"article_uuid": ""}, 404, "no-story", "no such story"),
    ("draft story", _draft, {}, 404, "no-story", "no such story"),
    ("story in the trash", _trashed, {}, 404, "no-story", "no such story"),
    ("comments closed", _closed, {}, 403, "closed", "Comments are closed on this story."),
    ("no name", None, {"author": "  "}, 422, "invalid", "the name is required"),
    ("no e-mail", None, {"email": ""}, 422, "invalid", "the e-mail address is required"),
    ("no comment", None, {"comment": "\n"}, 422, "invalid", "the comment is empty"),
    ("bad e-mail", None, {"email": "rita@"}, 422, "invalid", "not a valid e-mail address"),
    ("bad website", None, {"url": "javascript:alert(1)"}, 422, "invalid", "not an http(s)"),
    ("no token", None, {"form_token": ""}, 403, "unverified", "could not be verified"),
    ("forged token", None, {"form_token": "f1.1.AAAA"}, 403, "unverified", "could not be verified"),
    ("honeypot", None, {"subject": "Cheap pills"}, 403, "honeypot", "looks automated"),
]


@pytest.mark.parametrize("as_json", [False, True], ids=["form", "json"])
@pytest.mark.parametrize(
    ("setup", "changes", "status", "kind", "sentence"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_each_refusal_has_its_status_and_writes_nothing(
    door: Door,
    setup: Any,
    changes: dict[str, str],
    status: int,
    kind: str,
    sentence: str,
    as_json: bool,
) -> None:
    if setup is not None:
        setup(door)
    before = door.count()
    answer = door.post(door.fields(**changes), as_json=as_json)
    assert answer.status_code == status
    assert door.count() == before
    if as_json:
        assert answer.json()["kind"] == kind
        assert sentence in answer.json()["error"] + " ".join(answer.json().get("reasons", []))
        return
    assert answer.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert sentence.replace("'", "&#x27;") in answer.text
    assert_inert_html(answer.text, kind)


def test_a_story_closed_after_a_comment_refuses_the_next(door: Door) -> None:
    """The receiver remembers a story's page for a few seconds; whether it still takes
    comments is checked where they are written."""
    assert door.post(door.fields()).status_code == 303
    _closed(door)
    answer = door.post(door.fields(), address="198.51.100.8", as_json=True)
    assert (answer.status_code, answer.json()["kind"]) == (403, "closed")


def test_a_token_signed_for_another_story_is_refused(door: Door) -> None:
    other = door.newsroom.articles.find("half-marathon-adds-wheelchair-start")
    for token in (door.token(other.uuid), page_token(door.secret, other.uuid)):
        answer = door.post(door.fields(form_token=token), as_json=True)
        assert answer.status_code == 403 and answer.json()["kind"] == "unverified"


def test_what_is_not_a_comment_post_is_refused(door: Door) -> None:
    headers = {"X-Forwarded-For": READER}
    cases: list[tuple[bytes, str, int]] = [
        (b"hello", "text/plain", 415),
        (b"comment=%ff", FORM, 400),
        (b"comment=a&comment=b", FORM, 422),
        (b"{", "application/json", 400),
        (b'{"body": "x"}', "application/json", 422),
        (b"[" * 50_000, "application/json", 400),
    ]
    before = door.count()
    for content, kind, status in cases:
        request = (content[:40], kind)
        answer = door.client.post(
            "/comments", content=content, headers={**headers, "Content-Type": kind}
        )
        assert answer.status_code == status, request
    assert door.client.get("/comments").status_code == 405
    assert door.client.get("/wp-comments-post.php").status_code == 404
    assert door.count() == before


def test_a_post_over_the_size_limit_is_refused(door: Door) -> None:
    body = b"comment=" + b"x" * MOST_BODY
    headers = {"X-Forwarded-For": READER, "Content-Type": FORM}
    assert door.client.post("/comments", content=body, headers=headers).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: refused as it streams past
        yield b"comment="
        for _ in range(MOST_BODY // 65536 + 2):
            yield b"x" * 65536

    answer = door.client.post("/comments", content=chunks(), headers=headers)
    assert answer.status_code == 413
    assert "larger than a comment can be" in answer.text
    # The longest comment the intake takes, in the widest characters, still fits.
    widest = "\U0001f600" * 65_525
    fields = door.fields(comment=widest, author="é" * 245, url="https://r.example/" + "ü" * 180)
    assert door.post(fields).status_code == 303


def test_too_many_posts_from_one_address_wait_while_others_go_through(demo: Newsroom) -> None:
    with open_door(demo, per_minute=2) as door:
        assert door.post(door.fields()).status_code == 303
        # The intake's own flood rule: a second comment from the address within 15 s.
        flood = door.post(door.fields(), as_json=True)
        assert (flood.status_code, flood.json()["kind"]) == (429, "flood")
        assert flood.headers["retry-after"] == "15"
        before = door.count()
        limited = door.post(door.fields())
        assert limited.status_code == 429
        assert 50 <= int(limited.headers["retry-after"]) <= 60
        assert "Too many comments from your address" in limited.text
        assert door.count() == before
        assert door.post(door.fields(), address="198.51.100.9").status_code == 303
        # An IPv6 reader is counted by its /64: another address in it waits too.
        assert door.post(door.fields(), address="2001:db8:1:2::1").status_code == 303
        door.post(door.fields(), address="2001:db8:1:2::2")
        assert door.post(door.fields(), address="2001:db8:1:2::3").status_code == 429


def test_the_same_comment_twice_is_refused_as_a_duplicate(door: Door) -> None:
    email = known_commenter(door.newsroom)
    [earlier] = comments_from(door.newsroom, email)
    answer = door.post(door.fields(email=email, comment=earlier.body), as_json=True)
    assert (answer.status_code, answer.json()["kind"]) == (409, "duplicate")


@pytest.mark.parametrize(
    ("token", "doubt"),
    [
        ("fast", "after the form was handed out"),
        ("expired", "(the token expired)"),
        ("page", NO_FRESH_TOKEN.text),
    ],
)
def test_a_doubtful_token_holds_the_comment_with_its_reason(
    door: Door, token: str, doubt: str
) -> None:
    email = known_commenter(door.newsroom)  # else published straight away
    tokens = {
        "fast": door.token(age=0.3),
        "expired": door.token(age=13 * 3600),
        "page": page_token(door.secret, door.story.uuid),
    }
    answer = door.post(door.fields(email=email, form_token=tokens[token]))
    assert answer.headers["location"] == f"{SEED_PAGE}#comment-held"
    comment = comments_from(door.newsroom, email)[-1]
    assert comment.status is CommentStatus.PENDING
    assert any(doubt in reason.text for reason in comment.reasons), comment.reasons


def test_the_reader_address_comes_from_trusted_proxies_only(demo: Newsroom) -> None:
    with open_door(demo, trusted_proxies=()) as door:
        fields = door.fields()
        door.post(fields, address="198.51.100.99")  # anyone can send the header
        assert comments_from(demo, fields["email"])[0].ip == PROXY


# ---- nothing a reader sends runs, nothing private is logged -------------------------------------


def test_hostile_html_is_kept_as_text_and_never_runs(door: Door, tmp_path: Path) -> None:
    email = known_commenter(door.newsroom)
    hostile = door.fields(
        email=email, comment=HOSTILE_COMMENT, author="<script>alert('name')</script>"
    )
    assert door.post(hostile).headers["location"].endswith("#comment-published")
    comment = comments_from(door.newsroom, email)[-1]
    assert comment.body == HOSTILE_COMMENT  # stored as the reader wrote it: text
    site = tmp_path / "site"
    export_site(door.newsroom.database, site, SiteOptions(base_url=SITE, comment_url=f"{SITE}c"))
    page = (site / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    assert_inert_html(page, "the story's page")
    assert "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in page
    refused = door.post(door.fields(url="https://x.example/<script>alert(1)</script> y"))
    assert refused.status_code == 422
    assert_inert_html(refused.text, "the refusal page")


class FailingReceiver(CommentReceiver):
    """Fails the way a database error quoting a row would: with the row in its text."""

    def receive(self, comments: Any) -> list[Receipt]:
        comment: ReaderComment = comments[0]
        raise RuntimeError(f"duplicate key (author_email, ip)=({comment.email}, {comment.ip})")


def test_the_log_holds_no_email_or_ip_address(
    demo: Newsroom, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sent: list[dict[str, str]] = []
    with open_door(demo) as door:
        for changes in ({}, {"email": "bad@"}, {"form_token": ""}, {"subject": "x"}):
            sent.append(door.fields(**changes))
            door.post(sent[-1])
    failing = FailingReceiver(demo.database, demo.intake)
    with open_door(demo, receiver=failing) as door:
        sent.append(door.fields())
        answer = door.post(sent[-1])
        assert answer.status_code == 500
        assert "your comment was not saved" in answer.text
    assert "POST /comments 303 held" in caplog.text
    assert "A comment post failed: RuntimeError" in caplog.text
    for fields in sent:
        assert fields["email"] not in caplog.text
    assert READER not in caplog.text


# ---- any text in any field ----------------------------------------------------------------------

ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=80)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=st.one_of(st.just("Rita"), ANY_TEXT),
    body=st.one_of(st.just("A remark."), ANY_TEXT),
    website=st.one_of(st.just(""), ANY_TEXT),
    email=st.one_of(st.none(), ANY_TEXT),
    as_json=st.booleans(),
)
def test_any_field_content_is_taken_as_text_or_refused_in_one_sentence(
    door: Door,
    name: str,
    body: str,
    website: str,
    email: str | None,
    as_json: bool,
) -> None:
    address = unique_email() if email is None else email
    reader = f"2001:db8:{next(_numbers):x}::1"  # a fresh reader: no flood, no rate limit
    fields = door.fields(author=name, comment=body, url=website, email=address)
    answer = door.post(fields, address=reader, as_json=as_json)
    assert answer.status_code in (303, 202, 422, 409), answer.text
    if answer.status_code in (303, 202):
        [comment] = comments_from(door.newsroom, ip=reader)
        # As written, but for the intake's one cleaning (control characters removed).
        assert comment.body == clean_text(body).text.strip()
        return
    if as_json:
        assert answer.json()["error"] and "\n" not in answer.json()["error"]
    else:
        assert_inert_html(answer.text, "a refusal")


# ---- a real server: killed and restarted under load ---------------------------------------------


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


class Server:
    """`newsdesk serve comments` as a process on this machine's loopback address."""

    def __init__(self, database_url: str, log: Path, port: int = 0) -> None:
        self.database_url = database_url
        self.log = log
        self.port = port
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "newsdesk", "--database", self.database_url,
                "serve", "comments", "--site-url", SITE, "--listen", f"127.0.0.1:{self.port}",
                "--trusted-proxy", "127.0.0.1", "--per-minute", "10000",
            ],
            stdout=subprocess.PIPE,
            stderr=self.log.open("a"),
            text=True,
            env=_environment(),
        )  # fmt: skip
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/comments", line)
        assert found, line
        self.port = int(found.group(1))
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx2.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx2.TransportError:
                pass
            assert time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        """SIGTERM, as a service manager stops it: what is being written is finished, and
        the process ends by the signal (uvicorn raises it again once it is done)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        assert self.process.wait(timeout=60) in (0, -signal.SIGTERM)
        assert "Application shutdown complete" in self.log.read_text()


@pytest.fixture
def server(demo: Newsroom, database_url: str, tmp_path: Path) -> Iterator[Server]:
    running = Server(database_url, tmp_path / "receiver.log")
    running.start()
    yield running
    running.kill()


def test_a_killed_receiver_loses_no_acknowledged_comment(demo: Newsroom, server: Server) -> None:
    """Eight readers post while the receiver is killed (SIGKILL) and started again: each
    comment acknowledged (303) is in the queue, and no comment is in it twice (a post
    whose answer was lost is sent again, as a browser's reload would)."""
    story = demo.articles.find(SEED_SLUG)
    secret = CommentReceiver(demo.database, demo.intake).secret()
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + 120
    per_reader = 60

    def reader(number: int) -> None:
        with httpx2.Client(timeout=10) as client:
            for post in range(per_reader):
                body = f"Reader {number}, post {post}: a remark."
                handed_out = datetime.now(UTC) - timedelta(seconds=10)
                fields = {
                    "comment": body,
                    "author": f"Reader {number}",
                    "email": f"r{number}-{post}@example.org",
                    "article_uuid": story.uuid,
                    "form_token": fresh_token(secret, story.uuid, handed_out),
                }
                headers = {"X-Forwarded-For": f"2001:db8:{number:x}:{post:x}::1"}
                while time.monotonic() < stop_at:
                    try:
                        answer = client.post(f"{server.url}/comments", data=fields, headers=headers)
                    except httpx2.TransportError:
                        time.sleep(0.05)  # the receiver is down: send it again
                        continue
                    if answer.status_code == 303:
                        with lock:
                            acknowledged.append(body)
                    break

    readers = [threading.Thread(target=reader, args=(n,)) for n in range(8)]
    for thread in readers:
        thread.start()
    while len(acknowledged) < 100 and any(t.is_alive() for t in readers):
        time.sleep(0.01)
    server.kill()
    server.start()  # the same port: the readers' posts go on
    for thread in readers:
        thread.join(timeout=150)
    server.stop()
    log = server.log.read_text()
    assert re.search(r"Posts in the last \d+ s: [\d,]+ held", log)
    assert "@example.org" not in log and "2001:db8" not in log
    with demo.database.transaction() as session:
        bodies = session.scalars(
            select(orm.Comment.body).where(orm.Comment.body.like("Reader %, post %"))
        ).all()
    assert len(acknowledged) > 100
    assert set(acknowledged) <= set(bodies), "an acknowledged comment was lost"
    assert len(bodies) == len(set(bodies)), "a comment went in twice"
    assert len(bodies) <= 8 * per_reader


def test_a_huge_declared_length_is_refused_before_the_body_comes(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as connection:
        connection.sendall(
            b"POST /comments HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: 900000000\r\n\r\ncomment=only the start"
        )
        answer = connection.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413 ")


# ---- the command ---------------------------------------------------------------------------


def test_the_command_refuses_what_it_cannot_serve_in_one_line(
    demo: Newsroom, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        cases = [
            (["--listen", "8081"], 1, "--listen takes HOST:PORT"),
            (["--listen", "news.example.org:80"], 1, "needs an IP address"),
            (["--listen", "127.0.0.1:70000"], 1, "is not a port"),
            (["--site-url", "ftp://x"], 1, "--site-url takes the site's http(s) address"),
            (["--trusted-proxy", "proxy"], 1, "is not an IP address or network"),
            (["--per-minute", "0"], 1, "--per-minute takes 1 to"),
            (["--per-minute", "many"], 1, "--per-minute takes a whole number"),
            (["--listen", f"127.0.0.1:{busy}"], 2, "cannot listen on"),
        ]
        for extra, code, message in cases:
            argv = ["--database", database_url, "serve", "comments", "--site-url", SITE]
            assert main([*argv, *extra]) == code, extra
            err = capsys.readouterr().err
            assert message in err and err.count("\n") == 1, (extra, err)


def test_a_read_only_newsroom_is_refused_before_serving(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with read_only(path):
        code = main(["--database", sqlite_url, "serve", "comments", "--site-url", SITE])
    err = capsys.readouterr().err
    assert code == 1 and "read-only here: the receiver could not write comments" in err


def test_the_receiver_starts_a_newsroom_without_a_key_and_the_export_signs_with_it(
    database_url: str, tmp_path: Path
) -> None:
    newsroom = open_newsroom(database_url)
    try:
        load_demo(newsroom)
        key = CommentReceiver(newsroom.database, newsroom.intake).secret()
        assert CommentReceiver(newsroom.database, newsroom.intake).secret() == key
        options = SiteOptions(base_url=SITE, comment_url="/c")
        export_site(newsroom.database, tmp_path, options)
        page = (tmp_path / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
        story = newsroom.articles.find(SEED_SLUG)
        assert f'name="form_token" value="{page_token(key, story.uuid)}"' in page
        assert 'data-token-url="/c/token"' in page
        assert (tmp_path / "comment-form.js").is_file()
        # The same tokens every time: an export with nothing new writes nothing.
        assert export_site(newsroom.database, tmp_path, options).files_written == 0
        without = export_site(newsroom.database, tmp_path, SiteOptions(base_url=SITE))
        assert "comment-form.js" in without.removed
        page = (tmp_path / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
        assert 'form_token" value=""' in page and "<script" not in page
    finally:
        newsroom.close()

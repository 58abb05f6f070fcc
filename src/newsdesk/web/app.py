"""The receiver as a Starlette application: where the published pages' reply form posts.

    POST /comments         a comment: the form's fields, form-encoded or as JSON
    GET  /comments/token   a fresh form token for a story (`?story=UUID`), for the page's script
    GET  /health           "ok", for a service manager or a container's health check

A form post is answered with a 303 back to the story's page (`#comment-held` or
`#comment-published`, notes the page shows) or a short page saying what went wrong, with
its status; a JSON post with JSON. Nothing is logged about a post but its outcome: no
e-mail address, no IP address, no text.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.form_tokens import fresh_token
from newsdesk.domain.intake import RefusalKind
from newsdesk.rendering import HELD_NOTE, HONEYPOT, PUBLISHED_NOTE
from newsdesk.services.comment_receiver import CommentReceiver, ReaderComment, Receipt
from newsdesk.services.database_errors import is_transient
from newsdesk.services.publishing import layout
from newsdesk.web import DEFAULT_PER_MINUTE, PATH, answers
from newsdesk.web.addresses import ClientAddresses, Network, limit_key
from newsdesk.web.posts import (
    FORM,
    JSON,
    MOST_BODY,
    PostRefused,
    form_fields,
    json_fields,
    media_type,
    read_body,
)
from newsdesk.web.rate_limit import RateLimit
from newsdesk.web.writer import CommentWriter, WriterStopped

TOKEN_PATH = f"{PATH}/token"
FLOOD_WAIT = 15
BUSY_WAIT = 30
_STORY_UUID = re.compile(r"^[0-9A-Fa-f-]{1,64}$")
CLIENT = "newsdesk.client"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReceiverSettings:
    site_url: str
    """Where the exported site is served (`export site --base-url`), ending in "/"."""
    trusted_proxies: tuple[Network, ...] = ()
    per_minute: int = DEFAULT_PER_MINUTE
    """Posts a minute from one address (an IPv6 /64) before 429."""
    pause_before_429: float = 1.0
    """Seconds a post over the limit waits for its 429: a client that ignores Retry-After
    and posts again at once, over and over, sends one a second per connection instead of
    a thousand, and costs the receiver a sleeping task instead of its CPU."""
    most_body: int = MOST_BODY


class _Answer(Exception):
    """Stops handling a post with this answer (status, sentence, reasons)."""

    def __init__(
        self,
        status: int,
        sentence: str,
        *,
        kind: str,
        reason: str = "",
        retry_after: int = 0,
        back: str = "",
    ) -> None:
        super().__init__(sentence)
        self.status = status
        self.sentence = sentence
        self.kind = kind
        self.reason = reason
        self.retry_after = retry_after
        self.back = back


_REFUSALS: dict[RefusalKind, tuple[int, str]] = {
    RefusalKind.INVALID: (
        422,
        "Your comment could not be posted: {reason}. Your browser's Back button takes you "
        "to the form with what you wrote, to put it right.",
    ),
    RefusalKind.NO_STORY: (404, "There is no such story on this site."),
    RefusalKind.CLOSED: (403, "Comments are closed on this story."),
    RefusalKind.FLOOD: (
        429,
        "You sent a comment a few seconds ago: please wait a moment before sending another.",
    ),
    RefusalKind.DUPLICATE: (409, "You already posted this comment on this story."),
    RefusalKind.UNVERIFIED: (
        403,
        "The form could not be verified: reload the story's page and send your comment again.",
    ),
}


class Outcomes:
    """What became of the posts, told in one log line a minute: a line per post (at 300
    a second under load) is there at DEBUG level for whoever needs it."""

    def __init__(self, every: float = 60.0) -> None:
        self.every = every
        self.counts: Counter[str] = Counter()
        self.since = time.monotonic()

    def add(self, outcome: str) -> None:
        self.counts[outcome] += 1
        if time.monotonic() - self.since >= self.every:
            self.tell()

    def tell(self) -> None:
        now = time.monotonic()
        if self.counts:
            told = ", ".join(f"{count:,} {outcome}" for outcome, count in self.counts.most_common())
            log.info("Posts in the last %.0f s: %s", now - self.since, told)
        self.counts.clear()
        self.since = now


class CommentDoor:
    """What the routes share: the settings, the limit, the writer, the signing key."""

    def __init__(self, settings: ReceiverSettings, receiver: CommentReceiver) -> None:
        self.settings = settings
        self.receiver = receiver
        self.secret = receiver.secret()
        self.addresses = ClientAddresses(settings.trusted_proxies)
        self.limit = RateLimit(settings.per_minute)
        self.writer = CommentWriter(receiver.receive)
        self.outcomes = Outcomes()

    def story_url(self, receipt: Receipt) -> str:
        if receipt.story is None:
            return ""
        return layout.absolute(self.settings.site_url, receipt.story.path)

    async def post(self, request: Request) -> Response:
        started = time.perf_counter()
        as_json = media_type(request.headers.get("content-type")) == JSON
        try:
            answer, outcome = await self._take(request, as_json)
        except _Answer as refusal:
            answer, outcome = self._refusal(refusal, as_json), refusal.kind
        except Exception as error:  # the last resort: one line, never the post's content
            log.error("A comment post failed: %s", type(error).__name__)
            sentence = (
                "Something went wrong on our side: your comment was not saved. Please try "
                "again later."
            )
            answer, outcome = self._refusal(_Answer(500, sentence, kind="error"), as_json), "error"
        elapsed = (time.perf_counter() - started) * 1000
        log.debug("POST %s %d %s %.0f ms", PATH, answer.status_code, outcome, elapsed)
        self.outcomes.add(outcome)
        return answer

    def turn_away(self, scope: Scope) -> Response | None:
        """The answer to a post over its address's rate limit, or None to go on: asked
        before anything else is done with the post, so a flood costs little. The client's
        address goes on in the request's state."""
        headers = scope["headers"]
        forwarded = [v.decode("latin-1") for k, v in headers if k == b"x-forwarded-for"]
        peer = scope["client"][0] if scope.get("client") else None
        client = self.addresses.client(peer, forwarded)
        scope.setdefault("state", {})[CLIENT] = client
        wait = self.limit.wait(limit_key(client))
        if not wait:
            return None
        content_type = next((v.decode("latin-1") for k, v in headers if k == b"content-type"), "")
        refusal = _Answer(
            429,
            f"Too many comments from your address in the last minute: please wait {wait} s "
            "and send yours again.",
            kind="rate-limit",
            retry_after=wait,
        )
        log.debug("POST %s 429 rate-limit", PATH)
        self.outcomes.add(refusal.kind)
        return self._refusal(refusal, media_type(content_type) == JSON)

    async def _take(self, request: Request, as_json: bool) -> tuple[Response, str]:
        client = str(request.scope.get("state", {}).get(CLIENT, ""))
        kind = media_type(request.headers.get("content-type"))
        if kind not in (FORM, JSON):
            raise _Answer(
                415,
                "A comment is sent by the story page's form, or as JSON.",
                kind="media-type",
            )
        try:
            body = await read_body(
                request.stream(), request.headers.get("content-length"), self.settings.most_body
            )
            fields = json_fields(body) if as_json else form_fields(body)
        except PostRefused as refused:
            raise _Answer(refused.status, str(refused), kind="unreadable") from None
        if fields.get(HONEYPOT, "").strip():
            raise _Answer(
                403, "This comment looks automated, and was not accepted.", kind="honeypot"
            )
        comment = ReaderComment(
            story_uuid=fields.get("article_uuid", "").strip(),
            name=fields.get("author", ""),
            email=fields.get("email", ""),
            body=fields.get("comment", ""),
            website=fields.get("url", ""),
            ip=client,
            form_token=fields.get("form_token", "").strip(),
            received_at=datetime.now(UTC),
        )
        try:
            receipt = await self.writer.write(comment)
        except WriterStopped:
            raise _Answer(
                503,
                "The comment desk is closing for a moment: please send your comment again shortly.",
                kind="stopping",
                retry_after=BUSY_WAIT,
            ) from None
        except Exception as error:
            if not is_transient(error):
                raise
            raise _Answer(
                503,
                "The newsroom's database is out of reach: your comment was not saved. Please "
                "send it again in a minute.",
                kind="database",
                retry_after=BUSY_WAIT,
            ) from None
        return self._receipt(receipt, as_json)

    def _receipt(self, receipt: Receipt, as_json: bool) -> tuple[Response, str]:
        url = self.story_url(receipt)
        if receipt.refusal is not None:
            status, sentence = _REFUSALS[receipt.refusal]
            raise _Answer(
                status,
                sentence.format(reason=receipt.reason.rstrip(".")),
                kind=receipt.refusal.value,
                reason=receipt.reason,
                retry_after=FLOOD_WAIT if receipt.refusal is RefusalKind.FLOOD else 0,
                back=url,
            )
        published = receipt.state is CommentStatus.APPROVED
        note = PUBLISHED_NOTE if published else HELD_NOTE
        outcome = "published" if published else "held"
        if not as_json:
            return answers.back_to(f"{url}#{note}"), outcome
        payload: dict[str, object] = {"state": outcome, "story": url}
        if published:
            payload["comment"] = receipt.comment_id
        return answers.data(201 if published else 202, payload), outcome

    def _refusal(self, refusal: _Answer, as_json: bool) -> Response:
        headers = {"Retry-After": str(refusal.retry_after)} if refusal.retry_after else {}
        if as_json:
            payload: dict[str, object] = {"error": refusal.sentence, "kind": refusal.kind}
            if refusal.reason:
                payload["reasons"] = [refusal.reason]
            return answers.data(refusal.status, payload, headers)
        return answers.page(refusal.status, refusal.sentence, refusal.back, headers)

    async def token(self, request: Request) -> Response:
        story = request.query_params.get("story", "")
        cors = {"Access-Control-Allow-Origin": "*"}
        if not _STORY_UUID.match(story):
            return answers.data(400, {"error": "Name the story: ?story=UUID."}, cors)
        token = fresh_token(self.secret, story, datetime.now(UTC))
        return answers.data(200, {"token": token}, cors)


class RateLimitGate:
    """The door's first check on a comment post (see `CommentDoor.turn_away`)."""

    def __init__(self, app: ASGIApp, door: CommentDoor) -> None:
        self.app = app
        self.door = door

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == PATH:
            refusal = self.door.turn_away(scope)
            if refusal is not None:
                await asyncio.sleep(self.door.settings.pause_before_429)
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _health(_request: Request) -> Response:
    return PlainTextResponse("ok", headers=answers.COMMON_HEADERS)


def build_app(settings: ReceiverSettings, receiver: CommentReceiver) -> Starlette:
    """The receiver; it makes the newsroom's signing key if there is none yet."""
    door = CommentDoor(settings, receiver)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        door.writer.start()
        try:
            yield
        finally:
            await door.writer.stop()
            door.outcomes.tell()

    routes = [
        Route(PATH, door.post, methods=["POST"]),
        Route(TOKEN_PATH, door.token, methods=["GET"]),
        Route("/health", _health, methods=["GET"]),
    ]
    return Starlette(
        routes=routes, lifespan=lifespan, middleware=[Middleware(RateLimitGate, door=door)]
    )

"""Readers' comments from the published pages' reply form, into the moderation queue.

`CommentReceiver.receive` takes the comments that arrived together (the web door hands
them over in batches, see `newsdesk.web.writer`) and gives each its receipt: the story
it was sent to (where the reader goes back to), and either the new comment's id and
state, or why it was refused. It checks what only the door knows (the story is on the
site, the form's token) and hands everything else to the one intake
(`IntakeService.ingest`: every rule, the same as `comments ingest`), in one transaction
for the whole batch.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.form_tokens import Unverified, read_token
from newsdesk.domain.hold_reasons import HoldReason
from newsdesk.domain.intake import RefusalKind, Submission
from newsdesk.services.form_key import form_secret
from newsdesk.services.intake import CHUNK, CLOSED, IntakeService
from newsdesk.services.publishing import layout
from newsdesk.storage import orm
from newsdesk.storage.database import Database

MOST_UUID = 64
MOST_AT_ONCE = CHUNK
"""Intake returns the new comments' ids for up to this many at once."""
REMEMBERED_FOR = 10.0
"""Seconds a story open to comments is remembered (its id and page), so a batch needs no
query for it: whether it still takes comments is the intake's to say, in the very
transaction that writes them."""
MOST_REMEMBERED = 10_000
NO_STORY = "there is no such story on this site"


@dataclass(frozen=True, slots=True)
class ReaderComment:
    """One comment as a reader's browser (or a script) sent it."""

    story_uuid: str
    name: str
    email: str
    body: str
    received_at: datetime
    website: str = ""
    ip: str = ""
    form_token: str = ""


@dataclass(frozen=True, slots=True)
class StoryPage:
    id: int
    uuid: str
    path: str
    """The story's page on the static site (`publishing.layout`), e.g. stories/slug.html."""


@dataclass(frozen=True, slots=True)
class Receipt:
    """What became of one reader's comment."""

    story: StoryPage | None
    """Where the reader goes back to; None when there is no such story on the site."""
    comment_id: int | None = None
    state: CommentStatus | None = None
    """The new comment's state; None when it was refused."""
    refusal: RefusalKind | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class _Story:
    page: StoryPage
    open: bool


class CommentReceiver:
    """Called by one thread at a time (the web door's writer), so what it remembers needs
    no lock."""

    def __init__(self, database: Database, intake: IntakeService) -> None:
        self._db = database
        self._intake = intake
        self._secret: bytes | None = None
        self._open_stories: dict[str, tuple[float, _Story]] = {}

    def warm_up(self) -> None:
        """Everything the first post would otherwise wait for: the signing key and the
        intake's scoring model."""
        self.secret()
        self._intake.warm_up()

    def secret(self) -> bytes:
        """The newsroom's form-signing key (made if it has none), kept for later calls."""
        if self._secret is None:
            with self._db.transaction() as session:
                self._secret = form_secret(session)
        return self._secret

    def receive(self, comments: Sequence[ReaderComment]) -> list[Receipt]:
        """A receipt for each comment, in order; those taken are committed on return."""
        if len(comments) > MOST_AT_ONCE:
            return [
                receipt
                for start in range(0, len(comments), MOST_AT_ONCE)
                for receipt in self.receive(comments[start : start + MOST_AT_ONCE])
            ]
        secret = self.secret()
        stories = self._stories({c.story_uuid for c in comments})
        receipts: dict[int, Receipt] = {}
        numbered: list[tuple[int, Submission]] = []
        for line, comment in enumerate(comments, start=1):
            story = stories.get(comment.story_uuid)
            if story is None:
                receipts[line] = Receipt(None, refusal=RefusalKind.NO_STORY, reason=NO_STORY)
                continue
            if not story.open:
                receipts[line] = Receipt(story.page, refusal=RefusalKind.CLOSED, reason=CLOSED)
                continue
            try:
                doubts = read_token(
                    secret, comment.form_token, story.page.uuid, comment.received_at
                )
            except Unverified as error:
                receipts[line] = Receipt(story.page, refusal=error.kind, reason=str(error))
                continue
            numbered.append((line, _submission(comment, story.page, doubts)))
        if numbered:
            pages = {line: stories[comments[line - 1].story_uuid].page for line, _ in numbered}
            receipts.update(self._ingest(numbered, pages))
        return [receipts[line] for line in range(1, len(comments) + 1)]

    def _ingest(
        self, numbered: list[tuple[int, Submission]], pages: dict[int, StoryPage]
    ) -> dict[int, Receipt]:
        report = self._intake.ingest(numbered)
        receipts = {
            problem.line: Receipt(pages[problem.line], refusal=problem.kind, reason=problem.reason)
            for problem in report.refused
        }
        taken = [line for line, _ in numbered if line not in receipts]
        for line, comment_id, state in zip(taken, report.comment_ids, report.states, strict=True):
            receipts[line] = Receipt(pages[line], comment_id, state)
        return receipts

    def _stories(self, uuids: set[str]) -> dict[str, _Story]:
        now = time.monotonic()
        found: dict[str, _Story] = {}
        for uuid in uuids:
            remembered = self._open_stories.get(uuid)
            if remembered is not None and now - remembered[0] < REMEMBERED_FOR:
                found[uuid] = remembered[1]
        wanted = sorted(u for u in uuids - set(found) if u and len(u) <= MOST_UUID)
        if not wanted:
            return found
        if len(self._open_stories) > MOST_REMEMBERED:
            self._open_stories.clear()
        with self._db.transaction() as session:
            rows = session.execute(
                select(
                    orm.Article.id,
                    orm.Article.uuid,
                    orm.Article.slug,
                    orm.Article.status,
                    orm.Article.trashed_at,
                    orm.Article.private,
                    orm.Article.comments_open,
                ).where(orm.Article.uuid.in_(wanted))
            )
            for row in rows:
                if row.trashed_at is not None or row.private:
                    continue
                if not ArticleStatus(row.status).is_public:
                    continue
                page = StoryPage(row.id, row.uuid, layout.story_path(row.slug, row.id))
                found[row.uuid] = _Story(page, bool(row.comments_open))
                if row.comments_open:
                    self._open_stories[row.uuid] = (now, found[row.uuid])
        return found


def _submission(
    comment: ReaderComment, page: StoryPage, doubts: tuple[HoldReason, ...]
) -> Submission:
    return Submission(
        article=str(page.id),
        name=comment.name,
        email=comment.email,
        body=comment.body,
        submitted_at=comment.received_at,
        website=comment.website,
        ip=comment.ip,
        doubts=doubts,
    )

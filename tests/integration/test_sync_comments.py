"""Comments moderated offline: edits and replies go to the newsroom, and nothing written
offline is lost when the newsroom got there first. Newsroom on the real PostgreSQL
server, laptop on an SQLite file."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from tests.integration.sync_helpers import add_comment

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync import PendingComments, sync, take_offline
from newsdesk.services.sync.comment_sync import CommentSync
from newsdesk.storage import orm

pytestmark = pytest.mark.postgres


def comments_offline(server: Newsroom, laptop: Newsroom, *bodies: str) -> list[int]:
    """Pending comments on a new story, taken offline; their newsroom ids."""
    story = server.articles.create(ArticleEdit(headline="Pool closes", body="Text."))
    ids = [add_comment(server, story.id, body) for body in bodies]
    assert take_offline(server, laptop, PendingComments()).comments == len(bodies)
    return ids


def on_laptop(laptop: Newsroom) -> dict[str, orm.Comment]:
    """The laptop's comments by their text as first written (their original text when
    edited), detached."""
    with laptop.database.transaction() as session:
        rows = list(session.scalars(select(orm.Comment)))
        session.expunge_all()
    return {row.original_body or row.body: row for row in rows}


def replies_to(server: Newsroom, comment_id: int) -> list[orm.Comment]:
    with server.database.transaction() as session:
        rows = list(session.scalars(select(orm.Comment).where(orm.Comment.parent_id == comment_id)))
        session.expunge_all()
    return rows


def test_an_edit_made_offline_reaches_the_newsroom(server: Newsroom, laptop: Newsroom) -> None:
    (comment,) = comments_offline(server, laptop, "Teh pool is closed")
    laptop.moderation.edit(on_laptop(laptop)["Teh pool is closed"].id, "The pool is closed")

    report = sync(server, laptop)

    assert report.comments == 1 and report.lost_decisions == ()
    edited = server.comments.get(comment)
    assert edited.body == "The pool is closed"
    with server.database.transaction() as session:
        row = session.get(orm.Comment, comment)
        assert row is not None and row.original_body == "Teh pool is closed"
    assert sync(server, laptop).nothing_done


def test_a_newsroom_edit_reaches_the_laptop(server: Newsroom, laptop: Newsroom) -> None:
    (comment,) = comments_offline(server, laptop, "Teh pool is closed")
    server.moderation.edit(comment, "The pool is closed")

    sync(server, laptop)

    assert on_laptop(laptop)["Teh pool is closed"].body == "The pool is closed"
    assert sync(server, laptop).nothing_done


def test_when_both_edit_a_comment_the_newsrooms_text_stands_and_ours_is_reported(
    server: Newsroom, laptop: Newsroom
) -> None:
    (comment,) = comments_offline(server, laptop, "Teh pool is closed")
    laptop.moderation.edit(on_laptop(laptop)["Teh pool is closed"].id, "The pool is shut")
    server.moderation.edit(comment, "The pool is closed")
    server.moderation.moderate([comment], ModerationAction.APPROVE)

    report = sync(server, laptop)

    assert server.comments.get(comment).body == "The pool is closed"
    (lost,) = report.lost_decisions
    assert (lost.ours, lost.theirs, lost.text) == ("edited", "edited", "The pool is shut")
    copy = on_laptop(laptop)["Teh pool is closed"]
    assert (copy.body, copy.status) == ("The pool is closed", "approved")
    assert sync(server, laptop).nothing_done


def test_a_reply_written_offline_is_sent_as_the_newsroom(
    server: Newsroom, laptop: Newsroom
) -> None:
    (comment,) = comments_offline(server, laptop, "When does it reopen?")
    parent = on_laptop(laptop)["When does it reopen?"]
    laptop.moderation.reply(parent.id, "In May.")

    report = sync(server, laptop)

    assert (report.replies, report.lost_decisions) == (1, ())
    (reply,) = replies_to(server, comment)
    assert (reply.body, reply.newsroom_reply, reply.status) == ("In May.", True, "approved")
    assert server.comments.get(comment).status is CommentStatus.APPROVED
    assert on_laptop(laptop)["In May."].uuid == reply.uuid  # the same comment on both sides
    assert sync(server, laptop).nothing_done

    laptop.moderation.edit(on_laptop(laptop)["In May."].id, "In May, after the repairs.")
    assert sync(server, laptop).comments == 1
    assert [r.body for r in replies_to(server, comment)] == ["In May, after the repairs."]


def test_a_reply_sent_by_a_cut_sync_is_not_sent_again(
    server: Newsroom, laptop: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    (comment,) = comments_offline(server, laptop, "When does it reopen?")
    laptop.moderation.reply(on_laptop(laptop)["When does it reopen?"].id, "In May.")

    def cut(self: CommentSync, *args: object) -> None:
        raise ConnectionError("network cut")

    monkeypatch.setattr(CommentSync, "_adopt", cut)  # sent, not yet noted on the laptop
    with pytest.raises(ConnectionError):
        sync(server, laptop)
    monkeypatch.undo()
    assert len(replies_to(server, comment)) == 1

    report = sync(server, laptop)

    assert report.replies == 1
    (reply,) = replies_to(server, comment)
    assert on_laptop(laptop)["In May."].uuid == reply.uuid
    assert sync(server, laptop).nothing_done


def test_a_reply_to_a_comment_trashed_in_the_newsroom_is_kept_in_the_report(
    server: Newsroom, laptop: Newsroom
) -> None:
    (comment,) = comments_offline(server, laptop, "Buy cheap watches")
    laptop.moderation.reply(on_laptop(laptop)["Buy cheap watches"].id, "Please stay on topic.")
    server.moderation.moderate([comment], ModerationAction.TRASH)

    report = sync(server, laptop)

    assert replies_to(server, comment) == []
    texts = {(d.ours, d.text) for d in report.lost_decisions}
    assert ("reply", "Please stay on topic.") in texts
    assert server.comments.get(comment).status is CommentStatus.TRASH
    assert on_laptop(laptop)["Buy cheap watches"].status == "trash"

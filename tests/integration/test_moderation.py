"""Moderation on both databases: the state machine, bulk, undo, the log, counts, roles."""

from __future__ import annotations

import pytest

from newsdesk.domain.enums import CommentStatus, Role
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom

P, A, S, T = CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.TRASH
SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"


def assert_counts_right(newsroom: Newsroom) -> None:
    """The counts the triggers keep equal a full recount, overall and for every story."""
    assert newsroom.comments.counts() == newsroom.comments.recount()
    every = newsroom.comments.list_comments(CommentQuery(status=None))
    for article_id in {c.article_id for c in every}:
        expected = {status: 0 for status in CommentStatus}
        for comment in every:
            if comment.article_id == article_id:
                expected[comment.status] += 1
        assert newsroom.comments.counts(article_id) == expected, article_id


def ids_in(newsroom: Newsroom, status: CommentStatus) -> list[int]:
    return [c.id for c in newsroom.comments.list_comments(CommentQuery(status=status))]


@pytest.fixture
def demo(newsroom: Newsroom) -> Newsroom:
    load_demo(newsroom)
    return newsroom


def test_state_machine_moves_and_counts_stay_right_after_every_action(demo: Newsroom) -> None:
    comment = ids_in(demo, P)[0]
    steps = [
        (ModerationAction.APPROVE, A),
        (ModerationAction.UNAPPROVE, P),
        (ModerationAction.SPAM, S),
        (ModerationAction.NOT_SPAM, P),
        (ModerationAction.APPROVE, A),
        (ModerationAction.TRASH, T),
        (ModerationAction.RESTORE, A),  # back to where it was before the trash
        (ModerationAction.SPAM, S),
        (ModerationAction.TRASH, T),
        (ModerationAction.RESTORE, P),  # it was spam: restore goes to pending
    ]
    for action, expected in steps:
        result = demo.moderation.moderate([comment], action)
        assert result.comment_ids == (comment,), action
        assert demo.comments.get(comment).status is expected, action
        assert_counts_right(demo)


def test_actions_that_do_not_apply_are_skipped(demo: Newsroom) -> None:
    pending = ids_in(demo, P)[0]
    for action in (ModerationAction.UNAPPROVE, ModerationAction.NOT_SPAM, ModerationAction.RESTORE):
        result = demo.moderation.moderate([pending], action)
        assert (result.count, result.skipped) == (0, 1)
    assert demo.moderation.delete([pending]).count == 0  # only from the trash
    assert demo.comments.get(pending).status is P


def test_delete_permanently_only_from_trash_and_not_undoable(demo: Newsroom) -> None:
    trashed = ids_in(demo, T)
    pending = ids_in(demo, P)[:1]
    result = demo.moderation.moderate(trashed + pending, ModerationAction.DELETE)
    assert set(result.comment_ids) == set(trashed) and result.skipped == 1
    assert ids_in(demo, T) == []
    assert_counts_right(demo)
    with pytest.raises(InvalidInput, match="cannot be brought back"):
        demo.moderation.undo()


def test_bulk_then_undo_puts_each_back_where_it_was(demo: Newsroom) -> None:
    before = {c.id: c.status for c in demo.comments.list_comments(CommentQuery(status=None))}
    everyone = list(before)
    already = len(ids_in(demo, T))
    result = demo.moderation.moderate(everyone, ModerationAction.TRASH)
    assert (result.count, result.skipped) == (len(everyone) - already, already)
    assert set(ids_in(demo, T)) == set(everyone)
    assert_counts_right(demo)
    undone = demo.moderation.undo()
    assert undone is not None and undone.undo
    after = {c.id: c.status for c in demo.comments.list_comments(CommentQuery(status=None))}
    assert after == before
    assert_counts_right(demo)
    assert demo.moderation.undo() is None


def test_every_action_is_logged_with_who_from_and_to(demo: Newsroom) -> None:
    comment = ids_in(demo, P)[0]
    demo.moderation.moderate([comment], ModerationAction.APPROVE)
    demo.moderation.moderate([comment], ModerationAction.SPAM)
    demo.moderation.undo()
    events = demo.moderation.history(comment)
    assert [(e.action, e.from_status, e.to_status, e.undone) for e in events] == [
        (ModerationAction.APPROVE, P, A, False),
        (ModerationAction.SPAM, A, S, True),
    ]
    assert all(e.username == demo.user.username and e.at is not None for e in events)


def test_only_the_moves_made_are_logged_and_undone(demo: Newsroom) -> None:
    approved = ids_in(demo, A)[0]
    first, second = ids_in(demo, P)[:2]
    history = demo.moderation.history(approved)
    result = demo.moderation.moderate([approved, first, second, first], ModerationAction.APPROVE)
    assert (result.comment_ids, result.skipped) == ((first, second), 1)
    assert demo.moderation.history(approved) == history  # already approved: nothing logged
    assert [e.from_status for e in demo.moderation.history(first)] == [P]
    demo.comments.set_status([first], S)  # moved on elsewhere since
    undone = demo.moderation.undo()
    assert undone is not None and undone.comment_ids == (second,)
    assert demo.comments.get(first).status is S  # not put back over the later move
    assert demo.comments.get(second).status is P
    assert_counts_right(demo)


def test_edit_keeps_the_original_and_undo_restores_it(demo: Newsroom) -> None:
    comment = demo.comments.get(ids_in(demo, P)[0])
    demo.moderation.edit(comment.id, "A kinder text.")
    edited = demo.comments.get(comment.id)
    assert (edited.body, edited.original_body) == ("A kinder text.", comment.body)
    demo.moderation.edit(comment.id, "Kinder still.")
    assert demo.comments.get(comment.id).original_body == comment.body
    demo.moderation.undo()
    demo.moderation.undo()
    restored = demo.comments.get(comment.id)
    assert (restored.body, restored.original_body) == (comment.body, None)
    with pytest.raises(InvalidInput):
        demo.moderation.edit(comment.id, "   ")


def test_reply_as_the_newsroom_approves_a_pending_comment(demo: Newsroom) -> None:
    pending = demo.comments.get(ids_in(demo, P)[0])
    result = demo.moderation.reply(pending.id, "Thank you, we have corrected it.")
    assert demo.comments.get(pending.id).status is A
    reply = demo.comments.get(result.created_id or 0)
    assert (reply.parent_id, reply.status, reply.newsroom_reply) == (pending.id, A, True)
    thread = demo.comments.thread(pending.id)
    assert [r.id for r in thread.replies] == [reply.id]
    assert_counts_right(demo)
    demo.moderation.undo()
    assert demo.comments.get(pending.id).status is P
    assert reply.id not in {c.id for c in demo.comments.list_comments(CommentQuery(status=None))}
    assert_counts_right(demo)


def test_only_moderators_and_admins_may_moderate(demo: Newsroom) -> None:
    writer = demo.users.ensure("dana.desk", "Dana Desk", frozenset({Role.DESK}))
    moderator = demo.users.ensure("mo.moderator", "Mo Moderator", frozenset({Role.MODERATOR}))
    comment = ids_in(demo, P)[0]
    demo.identity.switch(writer)
    with pytest.raises(NotAllowed, match="moderator"):
        demo.moderation.moderate([comment], ModerationAction.APPROVE)
    assert demo.comments.get(comment).status is P
    demo.identity.switch(moderator)
    demo.moderation.moderate([comment], ModerationAction.APPROVE)
    assert demo.comments.get(comment).status is A


def test_counts_follow_a_story_deleted_with_its_comments(demo: Newsroom) -> None:
    from sqlalchemy import delete

    from newsdesk.storage import orm

    seed = demo.articles.find(SEED_SLUG)
    with demo.database.transaction() as session:
        session.execute(delete(orm.Article).where(orm.Article.id == seed.id))
    assert_counts_right(demo)


def test_queue_pages_by_key_and_filters(demo: Newsroom) -> None:
    everything = demo.comments.list_comments(CommentQuery(status=None))
    query = CommentQuery(status=None)
    first = demo.comments.page(query, limit=5)
    rest = demo.comments.page(query, after=(first[-1].submitted_at, first[-1].id), limit=1000)
    assert [r.id for r in first + rest] == [c.id for c in everything]
    oldest = demo.comments.page(CommentQuery(status=None, newest_first=False), limit=1000)
    assert [r.id for r in oldest] == [c.id for c in reversed(everything)]
    hostile = demo.comments.page(CommentQuery(status=None, text="alert xss"))
    assert hostile and all("<script>" in r.excerpt for r in hostile)
    author = everything[0].author_name.split()[0]
    by_author = demo.comments.page(CommentQuery(status=None, author=author))
    assert by_author and all(author.lower() in r.author_name.lower() for r in by_author)
    count, exact = demo.comments.count_matching(CommentQuery(status=None, author=author))
    assert (count, exact) == (len(by_author), True)
    assert demo.comments.count_matching(CommentQuery(status=P)) == (len(ids_in(demo, P)), True)
    since = everything[2].submitted_at
    recent = demo.comments.page(CommentQuery(status=None, since=since))
    assert recent and all(r.submitted_at >= since for r in recent)

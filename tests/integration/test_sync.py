"""Offline sync: a newsroom on the real PostgreSQL server, laptops on SQLite files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import select
from tests.integration.story_states import put_in_state
from tests.integration.sync_helpers import add_comment, edit_body, local_id

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.progress import Cancelled, Progress
from newsdesk.services.sync import (
    PendingComments,
    conflict_case,
    engine,
    history,
    needs_merge_uuids,
    offline_article_uuids,
    offline_status,
    resolve_conflict,
    sync,
    take_offline,
)
from newsdesk.storage import orm

pytestmark = pytest.mark.postgres

BODY = (
    "MOSCOW – The council met on Monday.\n\n"
    "It voted to close the pool.\n\n"
    "The mayor said nothing.\n\n"
    "(Sahar News Monitoring Desk)"
)


def offline_story(
    server: Newsroom, laptop: Newsroom, headline: str = "Council closes pool"
) -> Article:
    story = server.articles.create(ArticleEdit(headline=headline, body=BODY, tags=("city",)))
    report = take_offline(server, laptop, [story.id])
    assert report.stories == 1
    return story


def revision_bodies(newsroom: Newsroom, article_id: int) -> list[str]:
    with newsroom.database.transaction() as session:
        return list(
            session.scalars(select(orm.Revision.body).where(orm.Revision.article_id == article_id))
        )


def test_taking_offline_copies_history_notes_links_and_sections(
    server: Newsroom, laptop: Newsroom
) -> None:
    world = server.sections.create("World")
    other = server.articles.create(ArticleEdit(headline="Pool history", body="Old pool."))
    story = server.articles.create(ArticleEdit(headline="Pool", body=BODY, section_id=world.id))
    server.articles.save(
        story.id, ArticleEdit(headline="Pool closes", body=BODY, section_id=world.id), 1, "edit"
    )
    server.notes.add(story.id, "Check the mayor's quote")
    server.related_links.add_article(story.id, other.id)

    report = take_offline(server, laptop, [story.id, other.id])

    assert (report.stories, report.already_offline) == (2, 0)
    copy = laptop.articles.find(story.uuid)
    assert (copy.headline, copy.body, copy.section_path) == ("Pool closes", BODY, ("World",))
    assert [link.target_slug for link in copy.related_links] == [other.slug]
    assert [n.body for n in laptop.notes.thread(copy.id)] == ["Check the mayor's quote"]
    assert len(laptop.revisions.history(copy.id)) == len(server.revisions.history(story.id))
    assert offline_article_uuids(laptop) == {story.uuid, other.uuid}
    assert offline_status(laptop).changes_to_sync == 0
    again = take_offline(server, laptop, [story.id])
    assert (again.stories, again.already_offline) == (0, 1)


def test_comments_open_and_private_travel_with_the_story(
    server: Newsroom, laptop: Newsroom
) -> None:
    closed = server.articles.create(ArticleEdit(headline="Quiet", body=BODY, comments_open=False))
    hidden = server.articles.create(ArticleEdit(headline="Hidden", body=BODY))
    with server.database.transaction() as session:
        row = session.get(orm.Article, hidden.id)
        assert row is not None
        row.private = True  # as an imported private post
    take_offline(server, laptop, [closed.id, hidden.id])
    copy = laptop.articles.find(closed.uuid)
    assert (copy.comments_open, laptop.articles.find(hidden.uuid).private) == (False, True)

    laptop.articles.save(copy.id, replace(ArticleEdit.of(copy), comments_open=True), copy.version)
    edit_body(server, closed.id, "on Monday", "on Monday night")  # a change on both sides
    report = sync(server, laptop)

    assert report.merged == 1
    merged = server.articles.get(closed.id)
    assert merged.comments_open is True and "on Monday night" in merged.body
    assert laptop.articles.find(closed.uuid).comments_open is True
    put_in_state(server, hidden.id, ArticleStatus.READY)
    server.workflow.move(hidden.id, ArticleStatus.PUBLISHED)  # on purpose: no longer private
    sync(server, laptop)
    follows = laptop.articles.find(hidden.uuid)
    assert (follows.status, follows.private) == (ArticleStatus.PUBLISHED, False)


def test_edits_to_different_paragraphs_merge_and_the_history_says_so(
    server: Newsroom, laptop: Newsroom
) -> None:
    story = offline_story(server, laptop)
    mine = local_id(laptop, story.uuid)
    edit_body(laptop, mine, "said nothing", "declined to comment")
    edit_body(server, story.id, "on Monday", "on Monday night")
    assert offline_status(laptop).changes_to_sync == 1

    report = sync(server, laptop)

    assert (report.merged, report.conflicts) == (1, ())
    for newsroom, article_id in ((server, story.id), (laptop, mine)):
        body = newsroom.articles.get(article_id).body
        assert "on Monday night" in body and "declined to comment" in body
    reasons = [r.reason for r in server.revisions.history(story.id)]
    assert any("merged by paragraph" in reason for reason in reasons)
    assert offline_status(laptop).changes_to_sync == 0
    assert sync(server, laptop).nothing_done


def test_only_one_side_changed_wins_silently(server: Newsroom, laptop: Newsroom) -> None:
    pushed = offline_story(server, laptop, "Pushed")
    pulled = offline_story(server, laptop, "Pulled")
    edit_body(laptop, local_id(laptop, pushed.uuid), "the pool", "the old pool")
    edit_body(server, pulled.id, "the pool", "the new pool")

    report = sync(server, laptop)

    assert (report.pushed, report.pulled, report.merged) == (1, 1, 0)
    assert "the old pool" in server.articles.get(pushed.id).body
    assert "the new pool" in laptop.articles.find(pulled.uuid).body
    # the laptop's saves are in the newsroom's history, with their text
    assert any("the old pool" in body for body in revision_bodies(server, pushed.id))


def test_same_paragraph_needs_merge_keeps_both_texts_until_resolved(
    server: Newsroom, laptop: Newsroom
) -> None:
    story = offline_story(server, laptop)
    mine = local_id(laptop, story.uuid)
    edit_body(laptop, mine, "close the pool", "close the pool for good")
    edit_body(server, story.id, "close the pool", "close the pool in May")

    report = sync(server, laptop)

    assert report.conflicts == (story.uuid,)
    assert needs_merge_uuids(laptop) == {story.uuid}
    assert "in May" in server.articles.get(story.id).body
    assert "for good" in laptop.articles.get(mine).body
    for newsroom, article_id in ((server, story.id), (laptop, mine)):
        bodies = revision_bodies(newsroom, article_id)
        assert any("for good" in b for b in bodies) and any("in May" in b for b in bodies)
    assert sync(server, laptop).conflicts == ()  # still waiting, nothing settled over it

    case = conflict_case(laptop, story.uuid)
    assert case.article_id == mine and not case.merge.clean
    assert "in May" in case.theirs.body and "for good" in case.ours.body
    chosen = case.merge.settled(["both"], {})
    resolve_conflict(laptop, case, chosen, server=server)

    assert needs_merge_uuids(laptop) == frozenset()
    assert server.articles.get(story.id).body == chosen.body
    assert laptop.articles.get(mine).body == chosen.body


def test_stories_written_offline_on_two_laptops_get_unique_slugs(
    server: Newsroom, make_laptop: Callable[[str], Newsroom]
) -> None:
    taken = server.articles.create(ArticleEdit(headline="Pool reopens"))
    first, second = make_laptop("first"), make_laptop("second")
    for laptop in (first, second):
        take_offline(server, laptop, [taken.id])
    a = first.articles.create(ArticleEdit(headline="Storm hits coast", body="Wind.\n\nRain."))
    first.articles.save(
        a.id,
        ArticleEdit(headline="Storm hits coast", body="Wind.\n\nRain.\n\nFloods."),
        a.version,
        "edit",
    )
    b = second.articles.create(ArticleEdit(headline="Storm hits coast", body="Waves."))

    report_a, report_b = sync(server, first), sync(server, second)

    assert (report_a.created, report_b.created) == (1, 1)
    assert report_a.renamed == ()
    assert [(r.offline_slug, r.newsroom_slug) for r in report_b.renamed] == [
        ("storm-hits-coast", "storm-hits-coast-2")
    ]
    on_server_a, on_server_b = server.articles.find(a.uuid), server.articles.find(b.uuid)
    assert (on_server_a.slug, on_server_b.slug) == ("storm-hits-coast", "storm-hits-coast-2")
    assert on_server_a.body == "Wind.\n\nRain.\n\nFloods."
    assert len(server.revisions.history(on_server_a.id)) == 2  # its whole offline history
    assert second.articles.get(b.id).slug == "storm-hits-coast-2"
    assert sync(server, first).nothing_done and sync(server, second).nothing_done


@pytest.mark.parametrize("cut", ["between the newsroom's saves", "before the laptop noted them"])
def test_a_sync_cut_in_the_middle_finishes_on_the_next_one(
    server: Newsroom, laptop: Newsroom, monkeypatch: pytest.MonkeyPatch, cut: str
) -> None:
    stories = [offline_story(server, laptop, f"Story {n}") for n in range(3)]
    for story in stories:
        edit_body(laptop, local_id(laptop, story.uuid), "the pool", "the lido")
    new = laptop.articles.create(ArticleEdit(headline="Written offline", body="Text."))
    calls = {"n": 0}

    def network_cut(original: Callable[..., object]) -> Callable[..., object]:
        def failing(*args: object, **kwargs: object) -> object:
            calls["n"] += 1
            if calls["n"] == 2 or cut != "between the newsroom's saves":
                raise ConnectionError("network cut")
            return original(*args, **kwargs)

        return failing

    if cut == "between the newsroom's saves":
        monkeypatch.setattr(engine, "save_text", network_cut(engine.save_text))
    else:  # the newsroom has every text, the laptop has not noted one
        monkeypatch.setattr(history, "write_bases", network_cut(history.write_bases))
    with pytest.raises(ConnectionError):
        sync(server, laptop)
    monkeypatch.undo()

    report = sync(server, laptop)

    assert report.conflicts == () and report.merged == 0
    for story in stories:
        assert "the lido" in server.articles.get(story.id).body
        assert len([r for r in server.revisions.history(story.id) if "synced" in r.reason]) == 1
    assert server.articles.find(new.uuid).body == "Text."
    assert sync(server, laptop).nothing_done
    assert offline_status(laptop).changes_to_sync == 0


def test_a_cancelled_sync_is_resumed(server: Newsroom, laptop: Newsroom) -> None:
    stories = [offline_story(server, laptop, f"Story {n}") for n in range(3)]
    for story in stories:
        edit_body(laptop, local_id(laptop, story.uuid), "the pool", "the lido")
    progress = Progress()
    original = Progress.step

    def cancel_after_first(self: Progress, count: int = 1, message: str | None = None) -> None:
        self.cancel()
        original(self, count, message)

    progress.step = cancel_after_first.__get__(progress)  # type: ignore[method-assign]
    with pytest.raises(Cancelled):
        sync(server, laptop, progress)
    assert sum("the lido" in server.articles.get(s.id).body for s in stories) == 1

    report = sync(server, laptop)
    assert report.pushed == 2
    assert all("the lido" in server.articles.get(s.id).body for s in stories)


def test_a_desk_editor_cannot_publish_by_syncing(server: Newsroom, laptop: Newsroom) -> None:
    dana = server.users.ensure("dana.desk", "Dana Desk", frozenset({Role.DESK}))
    as_dana = Newsroom.for_database(server.database, dana)
    story = as_dana.articles.create(ArticleEdit(headline="Draft", body=BODY))
    take_offline(as_dana, laptop, [story.id])
    mine = local_id(laptop, story.uuid)
    laptop.workflow.move(mine, ArticleStatus.SUBMITTED)
    laptop.workflow.move(mine, ArticleStatus.EDITING)
    laptop.workflow.move(mine, ArticleStatus.KILLED)

    report = sync(as_dana, laptop)

    assert [r.wanted for r in report.refused] == ["killed"]
    assert server.articles.get(story.id).status is ArticleStatus.DRAFT
    assert laptop.articles.get(mine).status is ArticleStatus.DRAFT  # follows the newsroom

    laptop.workflow.move(mine, ArticleStatus.SUBMITTED)
    assert sync(as_dana, laptop).refused == ()
    assert server.articles.get(story.id).status is ArticleStatus.SUBMITTED


def test_trash_and_deletions_travel_both_ways(server: Newsroom, laptop: Newsroom) -> None:
    trashed = offline_story(server, laptop, "Trashed offline")
    deleted = offline_story(server, laptop, "Deleted offline")
    gone = offline_story(server, laptop, "Deleted in the newsroom")
    laptop.articles.trash([local_id(laptop, trashed.uuid)])
    doomed = local_id(laptop, deleted.uuid)
    laptop.articles.trash([doomed])
    laptop.articles.delete_permanently([doomed])
    server.articles.trash([gone.id])
    server.articles.delete_permanently([gone.id])

    report = sync(server, laptop)

    assert report.deleted == 2
    assert server.articles.get(trashed.id).trashed_at is not None
    with server.database.transaction() as session:
        uuids = set(session.scalars(select(orm.Article.uuid)))
    assert deleted.uuid not in uuids and trashed.uuid in uuids
    assert gone.uuid not in offline_article_uuids(laptop)
    with laptop.database.transaction() as session:
        assert session.scalar(select(orm.Article.id).where(orm.Article.uuid == gone.uuid)) is None


def test_offline_moderation_racing_an_online_moderator(server: Newsroom, laptop: Newsroom) -> None:
    story = server.articles.create(ArticleEdit(headline="Pool", body=BODY))
    kept, raced, untouched = (add_comment(server, story.id, f"Comment {n}") for n in range(3))
    report = take_offline(server, laptop, PendingComments())
    assert report.comments == 3
    with laptop.database.transaction() as session:
        local = dict(session.execute(select(orm.Comment.body, orm.Comment.id)).all())
    laptop.moderation.moderate([local["Comment 0"]], ModerationAction.APPROVE)
    laptop.moderation.moderate([local["Comment 1"]], ModerationAction.SPAM)
    server.moderation.moderate([raced], ModerationAction.TRASH)

    result = sync(server, laptop)

    assert server.comments.get(kept).status is CommentStatus.APPROVED
    assert server.comments.get(raced).status is CommentStatus.TRASH
    assert server.comments.get(untouched).status is CommentStatus.PENDING
    assert [(d.ours, d.theirs) for d in result.lost_decisions] == [("spam", "trash")]
    assert result.lost_decisions[0].excerpt == "Comment 1"
    with laptop.database.transaction() as session:
        states = dict(session.execute(select(orm.Comment.body, orm.Comment.status)).all())
    assert states == {"Comment 0": "approved", "Comment 1": "trash", "Comment 2": "pending"}


def test_a_story_saved_in_the_newsroom_while_the_sync_sends_it_is_settled_again(
    server: Newsroom, laptop: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = offline_story(server, laptop)
    edit_body(laptop, local_id(laptop, story.uuid), "said nothing", "declined to comment")
    original = engine.save_text
    calls = {"n": 0}

    def someone_saves_first(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 1:  # a colleague saves between the sync's read and its write
            edit_body(server, story.id, "on Monday", "on Monday night")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "save_text", someone_saves_first)

    report = sync(server, laptop)

    assert (report.merged, report.conflicts, report.kept) == (1, (), ())
    for newsroom, article_id in ((server, story.id), (laptop, local_id(laptop, story.uuid))):
        body = newsroom.articles.get(article_id).body
        assert "on Monday night" in body and "declined to comment" in body
    assert sync(server, laptop).nothing_done

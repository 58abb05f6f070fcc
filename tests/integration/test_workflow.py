"""The workflow through the services: every pair of states for every role, and records."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.integration.story_states import put_in_state

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus, Role
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.domain.workflow import may_move
from newsdesk.services.articles import ArticleQuery, SavedView
from newsdesk.services.newsroom import Newsroom, open_newsroom

COMPLETE = {"dateline": "MOSCOW", "byline": "Staff", "credit": "Desk"}


def story(newsroom: Newsroom, **fields: object) -> int:
    section = newsroom.sections.tree()[0].id if newsroom.sections.tree() else None
    if section is None:
        section = newsroom.sections.create("World").id
    values = {**COMPLETE, "section_id": section, **fields}
    return newsroom.articles.create(ArticleEdit(headline="Story", **values)).id  # type: ignore[arg-type]


def act_as(newsroom: Newsroom, role: Role) -> None:
    user = newsroom.users.ensure(
        f"{role.value}-user", f"{role.value.title()} User", frozenset({role})
    )
    newsroom.identity.switch(user)


@pytest.fixture(scope="module")
def shared_newsroom(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Newsroom]:
    path = tmp_path_factory.mktemp("workflow") / "newsroom.sqlite"
    shutil.copy(sqlite_template, path)
    newsroom = open_newsroom(f"sqlite:///{path}")
    yield newsroom
    newsroom.close()


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("source", list(ArticleStatus))
@pytest.mark.parametrize("target", list(ArticleStatus))
def test_every_pair_for_every_role_through_the_service(
    shared_newsroom: Newsroom, role: Role, source: ArticleStatus, target: ArticleStatus
) -> None:
    newsroom = shared_newsroom
    newsroom.identity.switch(newsroom.users.get(1))
    article_id = story(newsroom)
    put_in_state(newsroom, article_id, source)
    act_as(newsroom, role)
    later = datetime.now(UTC) + timedelta(hours=2)
    if may_move(frozenset({role}), source, target):
        moved = newsroom.workflow.move(article_id, target, note="because", when=later)
        assert moved.status is target
        last = newsroom.workflow.transitions(article_id)[-1]
        assert (last.from_status, last.to_status, last.note) == (source, target, "because")
    else:
        with pytest.raises(NotAllowed):
            newsroom.workflow.move(article_id, target, note="because", when=later)
        assert newsroom.articles.get(article_id).status is source


def test_a_story_goes_from_draft_to_published_with_every_step_recorded(newsroom: Newsroom) -> None:
    article_id = story(newsroom)
    act_as(newsroom, Role.DESK)
    newsroom.workflow.move(article_id, ArticleStatus.SUBMITTED)
    act_as(newsroom, Role.COPY)
    taken = newsroom.workflow.move(article_id, ArticleStatus.EDITING)
    assert newsroom.articles.rows([article_id])[article_id].assignee == "Copy User"
    newsroom.workflow.move(article_id, ArticleStatus.READY)
    act_as(newsroom, Role.PUBLISHER)
    published = newsroom.workflow.move(article_id, ArticleStatus.PUBLISHED)
    assert published.published_at is not None and published.version > taken.version
    moves = newsroom.workflow.transitions(article_id)
    assert [(m.user, m.to_status) for m in moves] == [
        ("Desk User", ArticleStatus.SUBMITTED),
        ("Copy User", ArticleStatus.EDITING),
        ("Copy User", ArticleStatus.READY),
        ("Publisher User", ArticleStatus.PUBLISHED),
    ]
    reasons = [r.reason for r in newsroom.revisions.history(article_id)]
    assert reasons[0] == "Publish" and "Take for editing" in reasons


def test_ready_is_refused_while_a_required_field_is_empty(newsroom: Newsroom) -> None:
    article_id = story(newsroom, credit="", dateline="")
    put_in_state(newsroom, article_id, ArticleStatus.EDITING)
    with pytest.raises(InvalidInput, match="dateline, credit line"):
        newsroom.workflow.move(article_id, ArticleStatus.READY)
    assert newsroom.articles.get(article_id).status is ArticleStatus.EDITING


def test_send_back_needs_a_note_and_the_writer_sees_it(newsroom: Newsroom) -> None:
    article_id = story(newsroom)
    put_in_state(newsroom, article_id, ArticleStatus.EDITING)
    act_as(newsroom, Role.COPY)
    with pytest.raises(InvalidInput, match="note"):
        newsroom.workflow.move(article_id, ArticleStatus.SENT_BACK)
    newsroom.workflow.move(article_id, ArticleStatus.SENT_BACK, note="Check the quotes")
    act_as(newsroom, Role.DESK)
    notes = newsroom.notes.thread(article_id)
    assert [(n.author, n.body) for n in notes] == [("Copy User", "Check the quotes")]
    assert newsroom.articles.rows([article_id])[article_id].open_notes == 1


def test_correction_note_is_kept_on_the_story(newsroom: Newsroom) -> None:
    article_id = story(newsroom)
    put_in_state(newsroom, article_id, ArticleStatus.PUBLISHED)
    corrected = newsroom.workflow.move(
        article_id, ArticleStatus.CORRECTED, note="An earlier version misspelt a name."
    )
    assert corrected.correction_note == "An earlier version misspelt a name."


def test_moderators_cannot_change_stories_at_all(newsroom: Newsroom) -> None:
    article_id = story(newsroom)
    act_as(newsroom, Role.MODERATOR)
    article = newsroom.articles.get(article_id)
    with pytest.raises(NotAllowed):
        newsroom.articles.save(article_id, ArticleEdit(headline="Mine"), article.version)
    with pytest.raises(NotAllowed):
        newsroom.articles.create(ArticleEdit(headline="New"))
    with pytest.raises(NotAllowed):
        newsroom.articles.trash([article_id])
    with pytest.raises(NotAllowed):
        newsroom.notes.add(article_id, "hello")
    assert newsroom.workflow.actions_for(ArticleStatus.DRAFT) == []


def test_saved_views_and_their_counts(newsroom: Newsroom) -> None:
    act_as(newsroom, Role.DESK)
    mine = story(newsroom)
    queued_first, queued_second = story(newsroom), story(newsroom)
    for article_id in (queued_first, queued_second):
        newsroom.workflow.move(article_id, ArticleStatus.SUBMITTED)
    queue = newsroom.articles.list_ids(ArticleQuery(view=SavedView.COPY_QUEUE, descending=False))
    assert queue == [queued_first, queued_second]
    assert newsroom.articles.list_ids(ArticleQuery(view=SavedView.MY_DRAFTS)) == [mine]
    counts = newsroom.articles.view_counts()
    assert counts[SavedView.COPY_QUEUE] == 2 and counts[SavedView.MY_DRAFTS] == 1
    act_as(newsroom, Role.COPY)
    assert newsroom.articles.view_counts()[SavedView.MY_DRAFTS] == 0

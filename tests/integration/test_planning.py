"""The planning desk through the services, on SQLite and PostgreSQL: the budget, its
rights, and the plan item ↔ story link through the whole workflow."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.integration.story_states import put_in_state

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus, Role
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
from newsdesk.domain.workflow import Action
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.planning import PlanQuery

DAY = date(2026, 12, 8)


def _person(newsroom: Newsroom, name: str, role: Role) -> int:
    return newsroom.users.ensure(name.lower().replace(" ", "."), name, frozenset({role})).id


def _act_as(newsroom: Newsroom, user_id: int) -> None:
    newsroom.identity.switch(newsroom.users.get(user_id))


def test_a_planned_story_follows_the_workflow_from_start_to_publication(
    newsroom: Newsroom,
) -> None:
    world = newsroom.sections.create("World").id
    dana = _person(newsroom, "Dana Desk", Role.DESK)
    chris = _person(newsroom, "Chris Copy", Role.COPY)
    pat = _person(newsroom, "Pat Publisher", Role.PUBLISHER)
    _act_as(newsroom, pat)
    due = datetime(2026, 12, 8, 16, 30, tzinfo=UTC)
    item = newsroom.planning.add(
        PlanDraft(DAY, "Summit ends", world, "Leaders sign the accord", 600, due, priority=2),
        [(dana, AssignmentRole.WRITER)],
    )
    assert (item.status, item.words_planned, item.words_actual) == (PlanStatus.ASSIGNED, 600, None)
    assert [(a.name, a.role) for a in item.assignees] == [("Dana Desk", AssignmentRole.WRITER)]
    assert item.minutes_late(due + timedelta(minutes=45)) == 45

    _act_as(newsroom, dana)
    started = newsroom.planning.start_story(item.id)
    story = newsroom.articles.get(started.article_id)
    assert (story.headline, story.section_id, story.byline) == ("Summit ends", world, "Dana Desk")
    assert (started.item.status, started.item.story_slug) == (PlanStatus.IN_PROGRESS, story.slug)
    with pytest.raises(InvalidInput, match="already started"):
        newsroom.planning.start_story(item.id)

    newsroom.articles.save(
        story.id,
        ArticleEdit(
            headline="Summit ends",
            body="Leaders signed the accord on Tuesday. " * 5,
            dateline="GENEVA",
            byline="Dana Desk",
            credit="Desk",
            section_id=world,
        ),
        story.version,
    )
    assert newsroom.planning.get(item.id).words_actual == 6 * 5
    newsroom.workflow.apply(story.id, Action.SUBMIT)
    assert newsroom.planning.get(item.id).status is PlanStatus.FILED
    _act_as(newsroom, chris)
    newsroom.workflow.apply(story.id, Action.TAKE)
    newsroom.workflow.apply(story.id, Action.PASS_READY)
    assert newsroom.planning.get(item.id).minutes_late(due + timedelta(hours=3)) == 0
    _act_as(newsroom, pat)
    newsroom.workflow.apply(story.id, Action.PUBLISH)
    assert newsroom.planning.get(item.id).status is PlanStatus.PUBLISHED
    newsroom.workflow.apply(story.id, Action.KILL)
    assert newsroom.planning.get(item.id).status is PlanStatus.SPIKED
    published = newsroom.planning.budget(PlanQuery(status=PlanStatus.SPIKED))
    assert [i.id for i in published] == [item.id]


def test_the_budget_filters_by_date_section_assignee_and_status(newsroom: Newsroom) -> None:
    world, sport = (newsroom.sections.create(n).id for n in ("World", "Sport"))
    dana = _person(newsroom, "Dana Desk", Role.DESK)
    dev = _person(newsroom, "Dev Desk", Role.DESK)
    plan = newsroom.planning
    a = plan.add(PlanDraft(DAY, "Match report", sport), [(dana, AssignmentRole.WRITER)])
    b = plan.add(PlanDraft(DAY, "Talks", world), [(dev, AssignmentRole.WRITER)])
    c = plan.add(PlanDraft(DAY + timedelta(days=1), "Preview", sport))
    assert {i.id for i in plan.budget(PlanQuery(edition=DAY))} == {a.id, b.id}
    assert [i.id for i in plan.budget(PlanQuery(section_id=sport))] == [a.id, c.id]
    assert [i.id for i in plan.budget(PlanQuery(assignee_id=dev))] == [b.id]
    assert [i.id for i in plan.budget(PlanQuery(status=PlanStatus.IDEA))] == [c.id]
    assert plan.budget(PlanQuery(edition=DAY, status=PlanStatus.FILED)) == []
    # An item with a story is found by the story's state, not by the state it stored.
    started = plan.start_story(a.id)
    assert [i.id for i in plan.budget(PlanQuery(status=PlanStatus.IN_PROGRESS))] == [a.id]
    newsroom.workflow.apply(started.article_id, Action.SUBMIT)
    assert [i.id for i in plan.budget(PlanQuery(status=PlanStatus.FILED))] == [a.id]
    assert plan.budget(PlanQuery(status=PlanStatus.IN_PROGRESS)) == []
    plan.spike(a.id)  # spiked stays spiked whatever its story does
    assert [i.id for i in plan.budget(PlanQuery(status=PlanStatus.SPIKED))] == [a.id]
    assert plan.budget(PlanQuery(status=PlanStatus.FILED)) == []


def test_only_planners_plan_and_assignees_update_their_own(newsroom: Newsroom) -> None:
    dana = _person(newsroom, "Dana Desk", Role.DESK)
    dev = _person(newsroom, "Dev Desk", Role.DESK)
    chris = _person(newsroom, "Chris Copy", Role.COPY)
    mo = _person(newsroom, "Mo Moderator", Role.MODERATOR)
    item = newsroom.planning.add(PlanDraft(DAY, "Budget vote"), [(dana, AssignmentRole.WRITER)])
    for someone in (dana, chris, mo):
        _act_as(newsroom, someone)
        with pytest.raises(NotAllowed):
            newsroom.planning.add(PlanDraft(DAY, "Not mine to plan"))
        with pytest.raises(NotAllowed):
            newsroom.planning.assign(item.id, someone, AssignmentRole.WRITER)
        with pytest.raises(NotAllowed):
            newsroom.planning.spike(item.id)
        assert [i.id for i in newsroom.planning.budget(PlanQuery(edition=DAY))] == [item.id]
    _act_as(newsroom, dana)
    noted = newsroom.planning.update(item.id, status=PlanStatus.IN_PROGRESS, notes="Calling now")
    assert (noted.status, noted.notes) == (PlanStatus.IN_PROGRESS, "Calling now")
    for someone in (dev, chris):
        _act_as(newsroom, someone)
        with pytest.raises(NotAllowed, match="not assigned"):
            newsroom.planning.update(item.id, notes="Mine now")
        with pytest.raises(NotAllowed):
            newsroom.planning.start_story(item.id)
    assert newsroom.planning.get(item.id).notes == "Calling now"


@pytest.mark.parametrize(
    ("slug", "words", "message"),
    [
        ("", None, "needs a slug"),
        ("   ", None, "needs a slug"),
        ("x" * 201, None, "at most"),
        ("Fine", 0, "between 1"),
        ("Fine", 10**6, "between 1"),
    ],
)
def test_broken_plan_items_are_refused_and_nothing_is_written(
    newsroom: Newsroom, slug: str, words: int | None, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        newsroom.planning.add(PlanDraft(DAY, slug, words_planned=words))
    assert newsroom.planning.budget() == []
    with pytest.raises(NotFound):
        newsroom.planning.add(PlanDraft(DAY, "Nowhere", section_id=99999))
    with pytest.raises(NotFound):
        newsroom.planning.find("nope")


def test_an_item_with_a_story_follows_it_and_a_spiked_one_cannot_start(
    newsroom: Newsroom,
) -> None:
    plan = newsroom.planning
    item = plan.add(PlanDraft(DAY, "Storm warning"))
    started = plan.start_story(item.id)
    with pytest.raises(InvalidInput, match="follows its story"):
        plan.update(item.id, status=PlanStatus.FILED)
    put_in_state(newsroom, started.article_id, ArticleStatus.READY)
    assert plan.find(item.uuid).status is PlanStatus.FILED
    other = plan.spike(plan.add(PlanDraft(DAY, "Dropped")).id)
    with pytest.raises(InvalidInput, match="spiked"):
        plan.start_story(other.id)


def test_my_assignments_lists_the_stories_started_from_my_items(newsroom: Newsroom) -> None:
    from newsdesk.services.articles import ArticleQuery, SavedView

    dana = _person(newsroom, "Dana Desk", Role.DESK)
    dev = _person(newsroom, "Dev Desk", Role.DESK)
    plan = newsroom.planning
    mine = plan.start_story(plan.add(PlanDraft(DAY, "Mine"), [(dana, AssignmentRole.WRITER)]).id)
    plan.start_story(plan.add(PlanDraft(DAY, "Dev's"), [(dev, AssignmentRole.WRITER)]).id)
    plan.add(PlanDraft(DAY, "Not started"), [(dana, AssignmentRole.WRITER)])
    _act_as(newsroom, dana)
    listed = newsroom.articles.list_ids(ArticleQuery(view=SavedView.MY_ASSIGNMENTS))
    assert listed == [mine.article_id]
    assert newsroom.articles.view_counts()[SavedView.MY_ASSIGNMENTS] == 1


def test_planners_edit_an_items_details_and_take_people_off_it(newsroom: Newsroom) -> None:
    from newsdesk.domain.planning import KEEP, PlanChanges

    dana = _person(newsroom, "Dana Desk", Role.DESK)
    pia = _person(newsroom, "Pia Planner", Role.PLANNER)
    sport = newsroom.sections.create("Sport").id
    item = newsroom.planning.add(
        PlanDraft(DAY, "Budget vote", words_planned=400), [(dana, AssignmentRole.WRITER)]
    )
    _act_as(newsroom, pia)
    due = datetime(2026, 12, 8, 17, 30, tzinfo=UTC)
    edited = newsroom.planning.edit(
        item.id,
        PlanChanges(
            slug="  Budget   vote: the count ",
            pitch="Who voted how",
            words_planned=900,
            due_at=due,
            section_id=sport,
            priority=3,
        ),
    )
    assert (edited.slug, edited.pitch, edited.words_planned) == (
        "Budget vote: the count",
        "Who voted how",
        900,
    )
    assert (edited.due_at, edited.section_name, edited.priority) == (due, "Sport", 3)
    assert edited.version > item.version
    cleared = newsroom.planning.edit(
        item.id, PlanChanges(words_planned=None, due_at=None, section_id=None)
    )
    assert (cleared.words_planned, cleared.due_at, cleared.section_id) == (None, None, None)
    assert cleared.slug == "Budget vote: the count" and PlanChanges().given() == {}
    assert PlanChanges(slug=KEEP, priority=0).given() == {"priority": 0}

    off = newsroom.planning.unassign(item.id, dana)
    assert off.assignees == () and off.status is PlanStatus.IDEA  # nobody on it: an idea
    with pytest.raises(NotFound, match="not on this plan item"):
        newsroom.planning.unassign(item.id, dana)

    _act_as(newsroom, dana)  # a desk editor: status and notes only, never the details
    with pytest.raises(NotAllowed):
        newsroom.planning.edit(item.id, PlanChanges(slug="Mine now"))
    with pytest.raises(NotAllowed):
        newsroom.planning.unassign(item.id, pia)
    assert newsroom.planning.get(item.id).slug == "Budget vote: the count"


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"slug": "  "}, InvalidInput, "needs a slug"),
        ({"words_planned": 0}, InvalidInput, "between 1"),
        ({"priority": 1000}, InvalidInput, "priority"),
        ({"pitch": "x" * 5001}, InvalidInput, "at most"),
        ({"due_at": datetime(2026, 12, 8, 17, 30)}, InvalidInput, "time zone"),
        ({"section_id": 99999}, NotFound, "does not exist"),
    ],
)
def test_broken_edits_of_an_item_are_refused_and_change_nothing(
    newsroom: Newsroom, changes: dict[str, object], error: type[Exception], message: str
) -> None:
    from newsdesk.domain.planning import PlanChanges

    item = newsroom.planning.add(PlanDraft(DAY, "Budget vote", words_planned=400))
    with pytest.raises(error, match=message):
        newsroom.planning.edit(item.id, PlanChanges(**changes))  # type: ignore[arg-type]
    assert newsroom.planning.get(item.id) == item
    with pytest.raises(NotFound):
        newsroom.planning.edit(424242, PlanChanges(slug="Gone"))

"""A writer's assignments on a laptop: taken offline with their stories (the saved view
"My assignments"), written offline, synced back to the budget."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.domain.entities import ArticleEdit
from newsdesk.services.newsroom import Newsroom

NOW = datetime.now(UTC)


@pytest.mark.postgres
def test_a_writer_takes_their_assignments_offline_and_syncs_them_back(
    server: Newsroom, laptop: Newsroom
) -> None:
    from tests.integration.sync_helpers import local_id

    from newsdesk.domain.enums import Role
    from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
    from newsdesk.services.articles import SavedView
    from newsdesk.services.sync import sync, take_offline

    dana = server.users.ensure("dana.desk", "Dana Desk", frozenset({Role.DESK}))
    item = server.planning.add(
        PlanDraft(NOW.date(), "Assigned story"), [(dana.id, AssignmentRole.WRITER)]
    )
    other = server.planning.add(PlanDraft(NOW.date(), "Someone else's"))
    server.planning.start_story(other.id)
    as_dana = Newsroom.for_database(server.database, dana)
    started = as_dana.planning.start_story(item.id)
    story = server.articles.get(started.article_id)

    report = take_offline(as_dana, laptop, SavedView.MY_ASSIGNMENTS)

    assert report.stories == 1
    mine = local_id(laptop, story.uuid)
    copy = laptop.articles.get(mine)
    laptop.articles.save(
        mine,
        ArticleEdit(headline=copy.headline, body="Written on the train. " * 10,
                    section_id=copy.section_id, byline=copy.byline),
        copy.version,
    )  # fmt: skip
    assert sync(as_dana, laptop).pushed == 1
    back = server.planning.get(item.id)
    assert (back.words_actual, back.status) == (40, PlanStatus.IN_PROGRESS)


# ---- plan items on the laptop (services/sync/plan_items.py) -------------------------------
def _desk(server: Newsroom) -> Newsroom:
    from newsdesk.domain.enums import Role

    dana = server.users.ensure("dana.desk", "Dana Desk", frozenset({Role.DESK}))
    return Newsroom.for_database(server.database, dana)


def _on_laptop(laptop: Newsroom, uuid: str):  # type: ignore[no-untyped-def]
    return laptop.planning.find(uuid)


def test_my_assignments_take_their_plan_items_and_sync_sends_status_and_notes_back(
    newsroom: Newsroom, laptop: Newsroom
) -> None:
    from tests.integration.sync_helpers import local_id

    from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
    from newsdesk.services.articles import SavedView
    from newsdesk.services.sync import sync, take_offline

    server = newsroom
    as_dana = _desk(server)
    dana = as_dana.user.id
    world = server.sections.create("World").id
    plan = server.planning
    idea = plan.add(
        PlanDraft(NOW.date(), "Harbour strike", world, words_planned=500),
        [(dana, AssignmentRole.WRITER)],
    )
    started = plan.add(PlanDraft(NOW.date(), "Flood warning"), [(dana, AssignmentRole.WRITER)])
    story = as_dana.planning.start_story(started.id)
    plan.add(PlanDraft(NOW.date(), "Someone else's"))

    report = take_offline(as_dana, laptop, SavedView.MY_ASSIGNMENTS)

    assert sorted(report.plan_items) == sorted([idea.uuid, started.uuid])
    assert sorted(i.slug for i in laptop.planning.budget()) == ["Flood warning", "Harbour strike"]
    copy = _on_laptop(laptop, idea.uuid)
    assert (copy.section_name, copy.words_planned) == ("World", 500)
    assert [a.name for a in copy.assignees] == ["Dana Desk"]
    linked = _on_laptop(laptop, started.uuid)
    story_uuid = server.articles.get(story.article_id).uuid
    assert linked.story_id == local_id(laptop, story_uuid)  # its story's copy
    assert linked.status is PlanStatus.IN_PROGRESS

    # Offline: Dana notes and moves her item; meanwhile the desk rewrites its pitch.
    laptop.planning.update(copy.id, status=PlanStatus.IN_PROGRESS, notes="Called the port")
    plan.update(idea.id, notes="")  # no change of notes: the newsroom's stays as it was
    with server.database.transaction() as session:
        from newsdesk.storage.orm_planning import PlanItemRow

        row = session.get(PlanItemRow, idea.id)
        assert row is not None
        row.pitch, row.version = "Dockers walk out at dawn", row.version + 1

    synced = sync(as_dana, laptop)

    assert synced.plan_items_sent == 1
    back = plan.get(idea.id)
    assert (back.status, back.notes) == (PlanStatus.IN_PROGRESS, "Called the port")
    here = _on_laptop(laptop, idea.uuid)
    assert (here.status, here.notes, here.pitch) == (
        PlanStatus.IN_PROGRESS,
        "Called the port",
        "Dockers walk out at dawn",
    )
    assert sync(as_dana, laptop).nothing_done  # settled: nothing goes again


def test_plan_items_changed_on_both_sides_or_refused_follow_the_newsroom_and_say_so(
    newsroom: Newsroom, laptop: Newsroom
) -> None:
    from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
    from newsdesk.services.articles import SavedView
    from newsdesk.services.sync import sync, take_offline

    server = newsroom
    as_dana = _desk(server)
    dana = as_dana.user.id
    plan = server.planning
    both = plan.add(PlanDraft(NOW.date(), "Budget vote"), [(dana, AssignmentRole.WRITER)])
    spiked = plan.add(PlanDraft(NOW.date(), "Derby preview"), [(dana, AssignmentRole.WRITER)])
    gone = plan.add(PlanDraft(NOW.date(), "Weather"), [(dana, AssignmentRole.WRITER)])
    take_offline(as_dana, laptop, SavedView.MY_ASSIGNMENTS)

    laptop.planning.update(_on_laptop(laptop, both.uuid).id, notes="Mine: the vote is at six")
    plan.update(both.id, notes="Desk: the vote moved to seven")
    # The laptop's own user may spike; in the newsroom Dana (desk) may not.
    laptop.planning.spike(_on_laptop(laptop, spiked.uuid).id)
    with server.database.transaction() as session:
        from sqlalchemy import delete

        from newsdesk.storage.orm_planning import PlanItemRow

        session.execute(delete(PlanItemRow).where(PlanItemRow.id == gone.id))
    later = plan.add(PlanDraft(NOW.date(), "Late shift"), [(dana, AssignmentRole.WRITER)])

    report = sync(as_dana, laptop)

    assert report.plan_items_sent == 0
    refused = {r.article_uuid: r for r in report.refused}
    assert "changed in the newsroom too" in refused[both.uuid].reason
    assert "Mine: the vote is at six" in refused[both.uuid].wanted  # told, not dropped
    assert "may not" in refused[spiked.uuid].reason
    assert plan.get(both.id).notes == "Desk: the vote moved to seven"
    assert plan.get(spiked.id).status is PlanStatus.ASSIGNED
    assert _on_laptop(laptop, both.uuid).notes == "Desk: the vote moved to seven"
    assert _on_laptop(laptop, spiked.uuid).status is PlanStatus.ASSIGNED
    slugs = sorted(i.slug for i in laptop.planning.budget())
    assert slugs == ["Budget vote", "Derby preview", "Late shift"]  # Weather gone, new came
    assert _on_laptop(laptop, later.uuid).assignees[0].name == "Dana Desk"


def test_a_story_started_offline_from_a_plan_item_is_linked_to_it_in_the_newsroom(
    newsroom: Newsroom, laptop: Newsroom
) -> None:
    from newsdesk.domain.errors import InvalidInput
    from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
    from newsdesk.services.articles import SavedView
    from newsdesk.services.sync import sync, take_offline

    server = newsroom
    as_dana = _desk(server)
    plan = server.planning
    item = plan.add(
        PlanDraft(NOW.date(), "Ferry fares"), [(as_dana.user.id, AssignmentRole.WRITER)]
    )
    take_offline(as_dana, laptop, SavedView.MY_ASSIGNMENTS)

    started = laptop.planning.start_story(_on_laptop(laptop, item.uuid).id)
    story_uuid = laptop.articles.get(started.article_id).uuid

    report = sync(as_dana, laptop)

    assert not report.refused
    assert report.plan_items_sent == 1
    back = plan.get(item.id)
    assert back.story_id is not None
    assert server.articles.get(back.story_id).uuid == story_uuid
    assert back.status is PlanStatus.IN_PROGRESS
    here = _on_laptop(laptop, item.uuid)
    assert here.story_id == started.article_id  # the laptop keeps its link
    with pytest.raises(InvalidInput, match="already started"):
        as_dana.planning.start_story(item.id)  # no second draft in the newsroom
    assert sync(as_dana, laptop).nothing_done


def test_planning_a_laptop_copy_is_refused_with_a_clear_message_never_dropped_at_sync(
    newsroom: Newsroom, laptop: Newsroom
) -> None:
    from newsdesk.domain.errors import NotAllowed
    from newsdesk.domain.planning import AssignmentRole, PlanChanges, PlanDraft
    from newsdesk.services.articles import SavedView
    from newsdesk.services.sync import sync, take_offline

    server = newsroom
    as_dana = _desk(server)
    dana = as_dana.user.id
    item = server.planning.add(
        PlanDraft(NOW.date(), "Port strike", words_planned=400), [(dana, AssignmentRole.WRITER)]
    )
    take_offline(as_dana, laptop, SavedView.MY_ASSIGNMENTS)
    copy = _on_laptop(laptop, item.uuid)
    plan = laptop.planning  # the laptop's own user may plan: its copies still refuse

    with pytest.raises(NotAllowed, match="copy taken offline"):
        plan.edit(copy.id, PlanChanges(slug="Port strike ends", words_planned=900))
    with pytest.raises(NotAllowed, match="copy taken offline"):
        plan.assign(copy.id, laptop.user.id, AssignmentRole.EDITOR)
    with pytest.raises(NotAllowed, match="copy taken offline"):
        plan.unassign(copy.id, copy.assignees[0].user_id)
    with pytest.raises(NotAllowed, match="added in the newsroom"):
        plan.add(PlanDraft(NOW.date(), "Laptop idea"))

    here = _on_laptop(laptop, item.uuid)
    assert (here.slug, here.words_planned, len(here.assignees)) == ("Port strike", 400, 1)
    assert [i.slug for i in plan.budget()] == ["Port strike"]
    assert sync(as_dana, laptop).nothing_done


def test_my_assignments_leave_out_old_items_whose_work_is_done(
    newsroom: Newsroom, laptop: Newsroom
) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from newsdesk.domain.planning import AssignmentRole, PlanDraft
    from newsdesk.services.articles import SavedView
    from newsdesk.services.sync import take_offline
    from newsdesk.storage import orm

    server = newsroom
    as_dana = _desk(server)
    on = [(as_dana.user.id, AssignmentRole.WRITER)]
    old = NOW.date() - timedelta(days=60)
    plan = server.planning
    published = plan.add(PlanDraft(old, "Last year's election"), on)
    story = as_dana.planning.start_story(published.id).article_id
    with server.database.transaction() as session:
        session.execute(
            update(orm.Article).where(orm.Article.id == story).values(status="published")
        )
    still_open = plan.add(PlanDraft(old, "Long-running inquiry"), on)
    recent = plan.add(PlanDraft(NOW.date(), "Today's vote"), on)

    report = take_offline(as_dana, laptop, SavedView.MY_ASSIGNMENTS)

    assert sorted(report.plan_items) == sorted([still_open.uuid, recent.uuid])

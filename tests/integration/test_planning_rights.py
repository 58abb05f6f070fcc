"""The planning desk's rights enforced by PostgreSQL: raw SQL under each role's login,
then the app's services under the logins (the rights tests' newsroom and people)."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from psycopg import errors
from tests.integration.test_database_rights import (
    PASSWORD,
    RightsNewsroom,
    _draft,
    rights,
)

from newsdesk.domain.enums import Role
from newsdesk.domain.errors import NotAllowed
from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
from newsdesk.services.admin import AdminService
from newsdesk.services.newsroom import open_newsroom

pytestmark = pytest.mark.postgres
__all__ = ["rights"]  # the module's fixture, used by name

DAY = date(2026, 12, 9)
INSERT = (
    "INSERT INTO plan_items (uuid, edition, slug, pitch, priority, status, notes, created_at, "
    "updated_at, version) VALUES (gen_random_uuid(), %s, %s, '', 0, 'idea', '', now(), now(), 1) "
    "RETURNING id"
)


def _item(rights: RightsNewsroom, slug: str, writer: str | None = None) -> int:
    planner = rights.as_user("pat")
    people = []
    if writer is not None:
        user_id = rights.people[writer].user_id
        assert user_id is not None
        people.append((user_id, AssignmentRole.WRITER))
    return planner.planning.add(PlanDraft(DAY, slug), people).id


@pytest.mark.parametrize("planner", ["pat", "ada"])
def test_publishers_and_admins_plan_in_raw_sql(rights: RightsNewsroom, planner: str) -> None:
    with rights.connect(planner) as connection:
        row = connection.execute(INSERT, (DAY, f"Planned by {planner}")).fetchone()
        assert row is not None
        item = row[0]
        dana = rights.people["dana"].user_id
        connection.execute(
            "INSERT INTO plan_assignments (plan_item_id, user_id, role) VALUES (%s, %s, 'writer')",
            (item, dana),
        )
        connection.execute("UPDATE plan_items SET status = 'spiked' WHERE id = %s", (item,))
        connection.execute("DELETE FROM plan_items WHERE id = %s", (item,))


@pytest.mark.parametrize("person", ["dana", "chris", "mo"])
def test_nobody_else_plans_in_raw_sql(rights: RightsNewsroom, person: str) -> None:
    item = _item(rights, f"Not for {person} to plan")
    with rights.connect(person) as connection:
        assert connection.execute("SELECT slug FROM plan_items WHERE id = %s", (item,)).fetchone()
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute(INSERT, (DAY, "Sneaked in"))
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO plan_assignments (plan_item_id, user_id, role) "
                "VALUES (%s, newsdesk_user_id(), 'writer')",
                (item,),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("UPDATE plan_items SET slug = 'Renamed' WHERE id = %s", (item,))
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("DELETE FROM plan_items WHERE id = %s", (item,))
    assert rights.owner.planning.get(item).slug == f"Not for {person} to plan"


def test_a_desk_editor_updates_only_their_own_items_status_and_notes(
    rights: RightsNewsroom,
) -> None:
    mine = _item(rights, "Dana's assignment", writer="dana")
    theirs = _item(rights, "Dev's assignment", writer="dev")
    with rights.connect("dana") as dana:
        done = dana.execute(
            "UPDATE plan_items SET status = 'in_progress', notes = 'On it' WHERE id = %s", (mine,)
        )
        assert done.rowcount == 1
        # Another writer's item: no row matches under the row policy.
        other = dana.execute("UPDATE plan_items SET notes = 'Mine now' WHERE id = %s", (theirs,))
        assert other.rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):
            dana.execute("UPDATE plan_items SET words_planned = 5000 WHERE id = %s", (mine,))
    assert rights.owner.planning.get(mine).notes == "On it"
    assert rights.owner.planning.get(theirs).notes == ""


def test_a_desk_editor_neither_spikes_nor_relinks_their_own_item_in_raw_sql(
    rights: RightsNewsroom,
) -> None:
    """The column grant lets a desk editor write the status and the story link of their
    items; the guard (migration 0024) keeps spiking and relinking to the planners."""
    mine = _item(rights, "Dana's, to spike or not", writer="dana")
    own_story = _draft(rights, "dana", "Dana's own draft")
    other_story = _draft(rights, "dev", "Dev's draft")
    with rights.connect("dana") as dana, pytest.raises(errors.InsufficientPrivilege, match="spike"):
        dana.execute("UPDATE plan_items SET status = 'spiked' WHERE id = %s", (mine,))
    refused = pytest.raises(errors.InsufficientPrivilege, match="story of their own")
    with rights.connect("dana") as dana, refused:
        dana.execute("UPDATE plan_items SET article_id = %s WHERE id = %s", (other_story, mine))
    with rights.connect("dana") as dana:
        dana.execute("UPDATE plan_items SET article_id = %s WHERE id = %s", (own_story, mine))
    with rights.connect("dana") as dana, pytest.raises(errors.InsufficientPrivilege, match="once"):
        dana.execute("UPDATE plan_items SET article_id = NULL WHERE id = %s", (mine,))
    item = rights.owner.planning.get(mine)
    assert item.status is not PlanStatus.SPIKED and item.story_id == own_story
    # A planner spikes it and takes it out again.
    with rights.connect("pat") as pat:
        pat.execute("UPDATE plan_items SET status = 'spiked' WHERE id = %s", (mine,))
        pat.execute("UPDATE plan_items SET status = 'idea' WHERE id = %s", (mine,))
    with rights.connect("dana") as dana:
        done = dana.execute("UPDATE plan_items SET notes = 'Still mine' WHERE id = %s", (mine,))
        assert done.rowcount == 1


def test_the_services_under_each_login(rights: RightsNewsroom) -> None:
    item = _item(rights, "Under logins", writer="dana")
    dana = open_newsroom(rights.url("dana"))
    chris = open_newsroom(rights.url("chris"))
    try:
        with pytest.raises(NotAllowed):
            chris.planning.update(item, notes="Copy desk says hi")
        started = dana.planning.start_story(item)
        assert started.item.status is PlanStatus.IN_PROGRESS
        assert dana.articles.get(started.article_id).byline == "Dana"
        assert [i.slug for i in chris.planning.budget()] != []
        with pytest.raises(NotAllowed):
            dana.planning.add(PlanDraft(DAY, "Dana plans"))
    finally:
        dana.close()
        chris.close()


def test_a_planner_plans_in_raw_sql_and_touches_no_story(rights: RightsNewsroom) -> None:
    admin = AdminService(rights.owner.database, rights.owner.identity)
    login = f"{rights.login('pat')}.planner"
    person = admin.add_person(login, [Role.PLANNER], PASSWORD, display_name="Pia")
    try:
        url = rights.server.admin_url.set(database=rights.database_name, username=login)
        story = _draft(rights, "dana", "Not the planner's to edit")
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as pia:
            assert pia.execute("SELECT newsdesk_my_roles()").fetchone() == (["planner"],)
            row = pia.execute(INSERT, (DAY, "Planned by Pia")).fetchone()
            assert row is not None
            pia.execute("UPDATE plan_items SET status = 'spiked' WHERE id = %s", (row[0],))
            with pytest.raises(errors.InsufficientPrivilege):
                pia.execute("UPDATE articles SET headline = 'x' WHERE id = %s", (story,))
        planner = open_newsroom(url.render_as_string(hide_password=False))
        try:
            assert planner.user.roles == frozenset({Role.PLANNER})
            item = planner.planning.add(PlanDraft(DAY, "Pia's budget line"))
            dana = rights.people["dana"].user_id
            assert dana is not None
            assigned = planner.planning.assign(item.id, dana, AssignmentRole.WRITER)
            assert assigned.status is PlanStatus.ASSIGNED
            with pytest.raises(NotAllowed):
                planner.planning.start_story(item.id)  # planners plan; writers write
        finally:
            planner.close()
    finally:
        admin.remove_person(person.login)
        with rights.server._admin() as connection:
            connection.execute(f'DROP ROLE IF EXISTS "{login}"')


EDIT_DETAILS = (
    "UPDATE plan_items SET slug = 'Renamed', pitch = 'New angle', words_planned = 900, "
    "due_at = now(), section_id = NULL, priority = 5 WHERE id = %s"
)
TAKE_OFF = "DELETE FROM plan_assignments WHERE plan_item_id = %s AND user_id = %s"


@pytest.mark.parametrize("planner", ["pat", "ada"])
def test_planners_edit_details_and_take_people_off_in_raw_sql(
    rights: RightsNewsroom, planner: str
) -> None:
    item = _item(rights, f"Edited by {planner}", writer="dana")
    with rights.connect(planner) as connection:
        assert connection.execute(EDIT_DETAILS, (item,)).rowcount == 1
        dana = rights.people["dana"].user_id
        assert connection.execute(TAKE_OFF, (item, dana)).rowcount == 1
    edited = rights.owner.planning.get(item)
    assert (edited.slug, edited.words_planned, edited.priority, edited.assignees) == (
        "Renamed",
        900,
        5,
        (),
    )


@pytest.mark.parametrize("column", ["slug", "pitch", "words_planned", "due_at", "priority"])
def test_a_desk_editor_may_not_edit_their_own_items_details_in_raw_sql(
    rights: RightsNewsroom, column: str
) -> None:
    mine = _item(rights, "Dana's, details the desk's", writer="dana")
    value = {"slug": "'Mine'", "pitch": "'x'", "words_planned": "5", "due_at": "now()"}
    with rights.connect("dana") as dana:
        with pytest.raises(errors.InsufficientPrivilege):
            dana.execute(
                f"UPDATE plan_items SET {column} = {value.get(column, '1')} WHERE id = %s",
                (mine,),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            dana.execute("UPDATE plan_items SET section_id = NULL WHERE id = %s", (mine,))
    assert rights.owner.planning.get(mine).slug == "Dana's, details the desk's"


@pytest.mark.parametrize("person", ["dana", "chris", "mo"])
def test_nobody_else_takes_people_off_an_item_in_raw_sql(
    rights: RightsNewsroom, person: str
) -> None:
    item = _item(rights, f"{person} may not unassign", writer="dana")
    dana = rights.people["dana"].user_id
    with rights.connect(person) as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute(TAKE_OFF, (item, dana))
    assert [a.name for a in rights.owner.planning.get(item).assignees] == ["Dana"]


def test_editing_and_unassigning_through_the_services_under_each_login(
    rights: RightsNewsroom,
) -> None:
    from newsdesk.domain.planning import PlanChanges

    item = _item(rights, "Under logins, edited", writer="dana")
    dana_id = rights.people["dana"].user_id
    assert dana_id is not None
    dana = open_newsroom(rights.url("dana"))
    pat = open_newsroom(rights.url("pat"))
    try:
        with pytest.raises(NotAllowed):
            dana.planning.edit(item, PlanChanges(slug="Dana renames"))
        with pytest.raises(NotAllowed):
            dana.planning.unassign(item, dana_id)
        edited = pat.planning.edit(item, PlanChanges(slug="Pat renames", words_planned=300))
        assert (edited.slug, edited.words_planned) == ("Pat renames", 300)
        assert pat.planning.unassign(item, dana_id).assignees == ()
    finally:
        dana.close()
        pat.close()

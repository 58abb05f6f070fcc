"""The newsroom's rights apply to what a sync sends: each person syncs under their own
PostgreSQL login (migration 0007), so grants, row-level security and the workflow
trigger judge every change a laptop brings back, as they judge changes made online."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, update
from tests.integration.sync_helpers import add_comment, edit_body, local_id

from newsdesk.domain.entities import ArticleEdit, User
from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.errors import NotAllowed
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.workflow import Action
from newsdesk.services.admin import AdminService, Person, drop_own_roles
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.sync import PendingComments, offline_status, sync, take_offline
from newsdesk.services.sync import engine as sync_engine
from newsdesk.storage import orm

if TYPE_CHECKING:
    from tests.conftest import PostgresServer

pytestmark = pytest.mark.postgres

PASSWORD = "correct horse battery staple"
PEOPLE = {"dana": Role.DESK, "dev": Role.DESK, "chris": Role.COPY, "mo": Role.MODERATOR}
BODY = "The council met.\n\nIt voted to close the pool.\n\nThe mayor said nothing."


@dataclass
class Logins:
    server: PostgresServer
    database_name: str
    people: dict[str, Person]
    owner: Newsroom
    section_id: int

    def story(self, headline: str) -> ArticleEdit:
        """A story with everything "ready" needs (dateline, section, byline, credit)."""
        return ArticleEdit(
            headline=headline,
            body=BODY,
            dateline="MOSCOW",
            byline="Staff",
            credit="Desk",
            section_id=self.section_id,
        )

    def open_as(self, name: str) -> Newsroom:
        """The newsroom as the person signs in: their own login, the server's rights."""
        url = self.server.admin_url.set(
            database=self.database_name, username=self.people[name].login
        )
        return open_newsroom(url.render_as_string(hide_password=False))

    def acting_as(self, name: str) -> Newsroom:
        """The owner's connection acting as `name` (to set the scene)."""
        person = self.people[name]
        assert person.user_id is not None
        user = User(person.user_id, person.login, person.display_name, person.roles)
        return Newsroom.for_database(self.owner.database, user)


@pytest.fixture(scope="module")
def logins(postgres_server: PostgresServer) -> Iterator[Logins]:
    assert postgres_server.template is not None
    name = postgres_server.create(template=postgres_server.template)
    owner = open_newsroom(postgres_server.url_for(name))
    admin = AdminService(owner.database, owner.identity)
    admin.ensure_own_roles()
    tag = uuid.uuid4().hex[:6]
    people: dict[str, Person] = {}
    try:
        for person, role in PEOPLE.items():
            people[person] = admin.add_person(
                f"s{tag}.{person}", [role], PASSWORD, display_name=person.title()
            )
        section = owner.sections.create("World")
        yield Logins(postgres_server, name, people, owner, section.id)
    finally:
        with postgres_server._admin() as connection:
            for someone in people.values():
                connection.execute(f'DROP ROLE IF EXISTS "{someone.login}"')
        with owner.database.engine.begin() as connection:
            drop_own_roles(connection)
        owner.close()
        postgres_server.drop(name)


@pytest.fixture
def signed_in(logins: Logins) -> Iterator[Callable[[str], Newsroom]]:
    opened: list[Newsroom] = []

    def open_as(name: str) -> Newsroom:
        newsroom = logins.open_as(name)
        opened.append(newsroom)
        return newsroom

    yield open_as
    for newsroom in opened:
        newsroom.close()


def revision_bodies(newsroom: Newsroom, article_id: int) -> list[tuple[str, str]]:
    with newsroom.database.transaction() as session:
        return [
            (body, name)
            for body, name in session.execute(
                select(orm.Revision.body, orm.User.username)
                .outerjoin(orm.User, orm.User.id == orm.Revision.author_id)
                .where(orm.Revision.article_id == article_id)
            )
        ]


def test_a_desk_editor_cannot_publish_by_syncing_under_their_own_login(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    assert dana.user.roles == frozenset({Role.DESK})
    story = dana.articles.create(logins.story("Pool closes"))
    take_offline(dana, laptop, [story.id])
    mine = local_id(laptop, story.uuid)
    edit_body(laptop, mine, "said nothing", "declined to comment")
    for status in (ArticleStatus.SUBMITTED, ArticleStatus.EDITING, ArticleStatus.READY):
        laptop.workflow.move(mine, status)
    laptop.workflow.move(mine, ArticleStatus.PUBLISHED)  # the laptop's own user may

    report = sync(dana, laptop)

    on_server = logins.owner.articles.get(story.id)
    assert "declined to comment" in on_server.body  # her own draft: the text is hers to send
    assert on_server.status is ArticleStatus.DRAFT and on_server.published_at is None
    assert [(r.wanted, r.kept) for r in report.refused] == [("published", "draft")]
    copy = laptop.articles.get(mine)
    assert copy.status is ArticleStatus.DRAFT and copy.published_at is None
    # what she wrote offline is in the newsroom's history, as hers
    assert any(
        "declined to comment" in body and name == logins.people["dana"].login
        for body, name in revision_bodies(logins.owner, story.id)
    )
    assert sync(dana, laptop).nothing_done


def test_text_for_a_story_off_the_desk_editors_desk_is_refused_and_kept_in_history(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    story = dana.articles.create(ArticleEdit(headline="Submitted story", body=BODY))
    take_offline(dana, laptop, [story.id])
    logins.acting_as("dana").workflow.apply(story.id, Action.SUBMIT)
    logins.acting_as("chris").workflow.apply(story.id, Action.TAKE)
    edit_body(laptop, local_id(laptop, story.uuid), "the pool", "the lido")

    report = sync(dana, laptop)

    assert [r.wanted for r in report.refused] == ["your text"]
    assert "while its status is “editing”" in report.refused[0].reason.lower()
    assert report.kept == ()
    on_server = logins.owner.articles.get(story.id)
    assert "the lido" not in on_server.body and on_server.status is ArticleStatus.EDITING
    copy = laptop.articles.find(story.uuid)
    assert copy.body == on_server.body and copy.status is ArticleStatus.EDITING
    assert any("the lido" in body for body, _name in revision_bodies(logins.owner, story.id))
    assert sync(dana, laptop).nothing_done


def test_a_desk_editor_cannot_delete_another_writers_story_by_syncing(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    theirs = logins.acting_as("dev").articles.create(ArticleEdit(headline="Dev's", body=BODY))
    take_offline(dana, laptop, [theirs.id])
    mine = local_id(laptop, theirs.uuid)
    laptop.articles.trash([mine])
    laptop.articles.delete_permanently([mine])

    report = sync(dana, laptop)

    assert [(r.wanted, r.kept) for r in report.refused] == [("deleted", "kept")]
    assert logins.owner.articles.get(theirs.id).trashed_at is None


def test_a_moderator_syncs_decisions_edits_and_replies_under_their_own_login(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    mo = signed_in("mo")
    story = logins.acting_as("dana").articles.create(ArticleEdit(headline="Pool", body=BODY))
    ids = [add_comment(logins.owner, story.id, f"Comment {n} from a reader") for n in range(3)]
    assert take_offline(mo, laptop, PendingComments()).comments == 3
    local = _local_comments(laptop)
    laptop.moderation.moderate([local["Comment 0 from a reader"]], ModerationAction.SPAM)
    laptop.moderation.edit(local["Comment 1 from a reader"], "Comment 1, typo fixed")
    laptop.moderation.reply(local["Comment 2 from a reader"], "Thanks, we will look into it.")

    report = sync(mo, laptop)

    assert report.lost_decisions == () and report.replies == 1
    owner = logins.owner
    assert owner.comments.get(ids[0]).status is CommentStatus.SPAM
    assert owner.comments.get(ids[1]).body == "Comment 1, typo fixed"
    assert owner.comments.get(ids[2]).status is CommentStatus.APPROVED  # the reply approved it
    for comment_id in ids:
        assert {e.username for e in owner.moderation.history(comment_id)} == {
            logins.people["mo"].login
        }
    with owner.database.transaction() as session:
        reply = session.scalars(select(orm.Comment).where(orm.Comment.parent_id == ids[2])).one()
        assert reply.newsroom_reply and reply.body == "Thanks, we will look into it."
        reply_uuid = reply.uuid
    assert reply_uuid in _local_comment_uuids(laptop)
    assert sync(mo, laptop).nothing_done


def test_a_desk_editor_cannot_take_the_comment_queue_offline(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    story = logins.acting_as("dana").articles.create(ArticleEdit(headline="Pool", body=BODY))
    add_comment(logins.owner, story.id, "A comment to approve")

    with pytest.raises(NotAllowed, match="comments"):
        take_offline(dana, laptop, PendingComments())

    assert _local_comments(laptop) == {}


def _local_comments(laptop: Newsroom) -> dict[str, int]:
    with laptop.database.transaction() as session:
        return dict(session.execute(select(orm.Comment.body, orm.Comment.id)).all())


def _local_comment_uuids(laptop: Newsroom) -> set[str]:
    with laptop.database.transaction() as session:
        return set(session.scalars(select(orm.Comment.uuid)))


def test_a_link_the_newsroom_refuses_holds_back_none_of_the_rest_of_the_history(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    moved = dana.articles.create(ArticleEdit(headline="Pool closes", body=BODY))
    hers = dana.articles.create(ArticleEdit(headline="Lido opens", body=BODY))
    take_offline(dana, laptop, [moved.id, hers.id])
    here_moved, here_hers = local_id(laptop, moved.uuid), local_id(laptop, hers.uuid)
    laptop.related_links.add_url(here_moved, "https://example.org/pool", "Pool site")
    laptop.notes.add(here_moved, "Photo needed")
    edit_body(laptop, here_hers, "the pool", "the lido")
    laptop.notes.add(here_hers, "Check the mayor's quote")
    logins.acting_as("dana").workflow.apply(moved.id, Action.SUBMIT)  # off her desk now

    report = sync(dana, laptop)

    (refused,) = report.refused
    assert (refused.article_uuid, refused.headline) == (moved.uuid, "Pool closes")
    assert (refused.wanted, refused.kept) == (
        "the related link “Pool site”",
        "the newsroom's links",
    )
    assert refused.reason == (
        "Dana may not change this story in the newsroom while its status is “Submitted”"
    )
    assert report.kept == ()
    owner = logins.owner
    assert [n.body for n in owner.notes.thread(hers.id)] == ["Check the mayor's quote"]
    assert any(
        "the lido" in body and name == logins.people["dana"].login
        for body, name in revision_bodies(owner, hers.id)
        if "offline" not in body
    )
    assert [n.body for n in owner.notes.thread(moved.id)] == ["Photo needed"]  # hers to write
    assert owner.articles.get(moved.id).related_links == ()
    assert laptop.articles.get(here_moved).related_links == ()  # the laptop follows the newsroom

    again = sync(dana, laptop)
    assert again.nothing_done and again.refused == () and again.kept == ()
    assert offline_status(laptop).changes_to_sync == 0


def test_link_moves_and_removals_the_newsroom_refuses_are_reported_and_undone_here(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    story = dana.articles.create(ArticleEdit(headline="Pool closes", body=BODY))
    for title in ("History", "Mayor", "Pool site"):
        dana.related_links.add_url(story.id, f"https://example.org/{title[0]}", title)
    take_offline(dana, laptop, [story.id])
    here = local_id(laptop, story.uuid)
    links = {link.title: link.id for link in laptop.related_links.for_article(here)}
    laptop.related_links.remove(links["Pool site"])
    laptop.related_links.reorder(here, [links["Mayor"], links["History"]])
    logins.acting_as("dana").workflow.apply(story.id, Action.SUBMIT)

    report = sync(dana, laptop)

    # The policies hide the rows from her update and delete: nothing is written, and
    # nothing is raised; the sync still tells her.
    assert sorted((r.wanted, r.kept) for r in report.refused) == [
        ("the related link “Pool site” removed", "the link"),
        ("your change to the related link “History”", "the newsroom's link"),
        ("your change to the related link “Mayor”", "the newsroom's link"),
    ]
    newsroom_order = ["History", "Mayor", "Pool site"]
    assert [link.title for link in logins.owner.articles.get(story.id).related_links] == (
        newsroom_order
    )
    assert [link.title for link in laptop.articles.get(here).related_links] == newsroom_order
    assert sync(dana, laptop).nothing_done


def test_a_text_the_newsroom_keeps_no_history_of_stays_in_this_computers_history(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    theirs = logins.acting_as("dev").articles.create(ArticleEdit(headline="Dev's", body=BODY))
    take_offline(dana, laptop, [theirs.id])
    here = local_id(laptop, theirs.uuid)
    edit_body(laptop, here, "the pool", "the lido")

    report = sync(dana, laptop)

    assert [(r.wanted, r.kept) for r in report.refused] == [
        ("your text", "the newsroom's text"),
        (report.refused[1].wanted, "this computer's history only"),
    ]
    assert report.refused[1].wanted.startswith("your text saved ")
    assert report.refused[1].reason == (
        "the newsroom keeps no history from Dana for this story while its status is “Draft”"
    )
    assert not any("the lido" in body for body, _name in revision_bodies(logins.owner, theirs.id))
    assert "the lido" not in laptop.articles.get(here).body  # the copy follows the newsroom
    assert any("the lido" in body for body, _name in revision_bodies(laptop, here))
    assert sync(dana, laptop).nothing_done


def test_a_link_to_a_story_written_offline_is_settled_link_by_link_too(
    logins: Logins,
    signed_in: Callable[[str], Newsroom],
    laptop: Newsroom,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Links to a story created in a later batch go in a last pass (`links_again`)."""
    monkeypatch.setattr(sync_engine, "BATCH", 1)
    dana = signed_in("dana")
    moved = dana.articles.create(ArticleEdit(headline="Pool closes", body=BODY))
    hers = dana.articles.create(ArticleEdit(headline="Lido opens", body=BODY))
    take_offline(dana, laptop, [moved.id, hers.id])
    new = laptop.articles.create(ArticleEdit(headline="Pool history", body=BODY))
    last = "ffffffff-ffff-4fff-bfff-ffffffffffff"  # settled after the stories linking to it
    with laptop.database.transaction() as session:
        session.execute(update(orm.Article).where(orm.Article.id == new.id).values(uuid=last))
    for story in (moved, hers):
        laptop.related_links.add_article(local_id(laptop, story.uuid), new.id, title="History")
    logins.acting_as("dana").workflow.apply(moved.id, Action.SUBMIT)

    report = sync(dana, laptop)

    assert report.created == 1
    assert [(r.article_uuid, r.wanted) for r in report.refused] == [
        (moved.uuid, "the related link “History”")
    ]
    owner = logins.owner
    assert [link.title for link in owner.articles.get(hers.id).related_links] == ["History"]
    assert owner.articles.get(moved.id).related_links == ()
    assert laptop.articles.find(moved.uuid).related_links == ()
    assert sync(dana, laptop).nothing_done


def test_a_story_written_offline_in_a_section_she_may_not_add_is_refused_not_the_sync(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    hers = dana.articles.create(ArticleEdit(headline="Lido opens", body=BODY))
    take_offline(dana, laptop, [hers.id])
    section = laptop.sections.create("Pools")  # only publishers add sections
    new = laptop.articles.create(
        ArticleEdit(headline="Pool history", body=BODY, section_id=section.id)
    )
    edit_body(laptop, local_id(laptop, hers.uuid), "the pool", "the lido")

    report = sync(dana, laptop)

    assert [(r.article_uuid, r.wanted, r.kept) for r in report.refused] == [
        (new.uuid, "a new story", "nothing")
    ]
    assert "sections" in report.refused[0].reason
    assert report.settled.sent == (hers.uuid,)
    assert "the lido" in logins.owner.articles.get(hers.id).body
    with logins.owner.database.transaction() as session:
        assert session.scalar(select(orm.Article.id).where(orm.Article.uuid == new.uuid)) is None
        assert session.scalar(select(orm.Section.id).where(orm.Section.name == "Pools")) is None
    assert laptop.articles.get(new.id).headline == "Pool history"  # still here
    assert sync(dana, laptop).nothing_done


def _picture(width: int) -> bytes:
    from tests.media_samples import encoded, pixels

    return encoded(pixels(width, 300), "JPEG", quality=80)


def test_pictures_made_offline_go_in_under_the_desk_editors_own_login(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    story = dana.articles.create(logins.story("Flood photos"))
    take_offline(dana, laptop, [story.id])
    mine = local_id(laptop, story.uuid)
    river = laptop.media.add(_picture(610), "river.jpg").picture
    laptop.media.set_lead(mine, river.id)
    edit_body(laptop, mine, "said nothing", f"said nothing.\n\n![The river](media:{river.id})")

    report = sync(dana, laptop)

    assert report.kept == ()
    lead = logins.owner.media.lead(story.id)
    assert lead is not None and lead.sha256 == river.sha256
    assert lead.added_by == "Dana"  # her own login added it, as the policies want
    (number,) = [
        n for n in logins.owner.media.ids() if logins.owner.media.get(n).sha256 == river.sha256
    ]
    assert f"(media:{number})" in logins.owner.articles.get(story.id).body


def test_a_lead_picture_for_a_story_off_her_desk_is_refused_and_reported(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    dana = signed_in("dana")
    story = dana.articles.create(ArticleEdit(headline="Taken by the copy desk", body=BODY))
    take_offline(dana, laptop, [story.id])
    logins.acting_as("dana").workflow.apply(story.id, Action.SUBMIT)
    logins.acting_as("chris").workflow.apply(story.id, Action.TAKE)
    street = laptop.media.add(_picture(620), "street.jpg").picture
    laptop.media.set_lead(local_id(laptop, story.uuid), street.id)

    report = sync(dana, laptop)

    assert any("did not take the lead picture" in line for line in report.kept)
    assert logins.owner.media.lead(story.id) is None
    assert laptop.media.lead(local_id(laptop, story.uuid)) is None  # it follows the newsroom


def test_a_moderators_sync_keeps_pictures_made_offline_here_and_says_so(
    logins: Logins, signed_in: Callable[[str], Newsroom], laptop: Newsroom
) -> None:
    mo = signed_in("mo")
    story = logins.acting_as("dana").articles.create(ArticleEdit(headline="Pool", body=BODY))
    add_comment(logins.owner, story.id, "A reader's comment")
    take_offline(mo, laptop, PendingComments())
    own = laptop.media.add(_picture(630), "own.jpg").picture
    before = len(logins.owner.media.ids())

    report = sync(mo, laptop)

    assert any(
        "1 picture(s) made offline stay on this computer: Mo may not add pictures" in line
        for line in report.kept
    )
    assert len(logins.owner.media.ids()) == before
    (kept,) = [p for p in laptop.media.list() if p.sha256 == own.sha256]
    assert laptop.media.original(kept.id) == _picture(630)

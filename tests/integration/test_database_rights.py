"""The database itself enforces "Copy desk" rights (migrations 0007 and 0014).

One newsroom database, copied from the template and given group roles of its own, with
a login for each role. Raw SQL through psycopg under each login shows what the server
refuses whatever client is used; the app's services then do each role's normal work
under those logins without a permission error.
"""

from __future__ import annotations

import io
import json
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from psycopg import errors

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit, User
from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.trust import CommenterRuleKind
from newsdesk.domain.wires import WireItem
from newsdesk.domain.workflow import TRANSITIONS, Action
from newsdesk.services.admin import AdminService, GroupRoles, Person, drop_own_roles
from newsdesk.services.comments import CommentQuery
from newsdesk.services.locks import LOCK_TIMEOUT, LockLost, LockService
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.users import Identity
from newsdesk.storage.database import open_database

if TYPE_CHECKING:
    from tests.conftest import PostgresServer

pytestmark = pytest.mark.postgres

PASSWORD = "correct horse battery staple"
SECTION: dict[str, int] = {}
"""The section stories are filed in (made by the fixture)."""
PEOPLE = {
    "dana": Role.DESK,
    "dev": Role.DESK,
    "chris": Role.COPY,
    "mo": Role.MODERATOR,
    "pat": Role.PUBLISHER,
    "ada": Role.ADMIN,
}


@dataclass
class RightsNewsroom:
    server: PostgresServer
    database_name: str
    roles: GroupRoles
    people: dict[str, Person]
    owner: Newsroom

    def login(self, name: str) -> str:
        return self.people[name].login

    def url(self, name: str) -> str:
        url = self.server.admin_url.set(database=self.database_name, username=self.login(name))
        return url.render_as_string(hide_password=False)

    def connect(self, name: str) -> psycopg.Connection:
        return psycopg.connect(self.url(name), autocommit=True)

    def as_user(self, name: str) -> Newsroom:
        """The owner's connection acting as `name` (to set the scene, app rules only)."""
        person = self.people[name]
        assert person.user_id is not None
        user = User(person.user_id, person.login, person.display_name, person.roles)
        return Newsroom.for_database(self.owner.database, user)


def _story(headline: str) -> ArticleEdit:
    return ArticleEdit(
        headline=headline,
        standfirst="A standfirst",
        body="Body text of the story.",
        dateline="MOSCOW",
        byline="Staff",
        credit="Desk",
        section_id=SECTION.get("id"),
        tags=(),
        language="en",
    )


@pytest.fixture(scope="module")
def rights(postgres_server: PostgresServer) -> Iterator[RightsNewsroom]:
    assert postgres_server.template is not None
    name = postgres_server.create(template=postgres_server.template)
    owner = open_newsroom(postgres_server.url_for(name))
    admin = AdminService(owner.database, owner.identity)
    template_roles = admin.group_roles()
    assert template_roles.is_copy  # a copy shares the template's roles until re-keyed
    roles = admin.ensure_own_roles()
    SECTION["id"] = owner.sections.create("World").id
    tag = uuid.uuid4().hex[:6]
    people: dict[str, Person] = {}
    try:
        assert not roles.is_copy and roles.prefix != template_roles.prefix
        for person, role in PEOPLE.items():
            people[person] = admin.add_person(
                f"t{tag}.{person}", [role], PASSWORD, display_name=person.title()
            )
        yield RightsNewsroom(postgres_server, name, roles, people, owner)
    finally:
        with postgres_server._admin() as connection:
            for someone in people.values():
                connection.execute(f'DROP ROLE IF EXISTS "{someone.login}"')
        with owner.database.engine.begin() as connection:
            dropped = drop_own_roles(connection)
        owner.close()
        postgres_server.drop(name)
        with postgres_server._admin() as connection:
            left = connection.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s",
                (f"{roles.prefix}%", f"t{tag}.%"),
            ).fetchone()
    assert sorted(dropped) == sorted(roles.names.values())
    assert left == (0,)


def _draft(rights: RightsNewsroom, writer: str, headline: str) -> int:
    return rights.as_user(writer).articles.create(_story(headline)).id


def _moved(rights: RightsNewsroom, article_id: int, *steps: tuple[str, Action]) -> int:
    for person, action in steps:
        rights.as_user(person).workflow.apply(article_id, action)
    return article_id


def _comment(rights: RightsNewsroom, article_id: int) -> int:
    with rights.owner.database.engine.begin() as connection:
        return int(
            connection.exec_driver_sql(
                "INSERT INTO comments (uuid, article_id, author_name, author_email, author_url, "
                "body, status, submitted_at, ip, spam_score, reasons) VALUES "
                "(gen_random_uuid(), %(article)s, 'Reader', 'reader@example.org', '', "
                "'A comment', 'pending', now(), '192.0.2.7', 0, '[]') RETURNING id",
                {"article": article_id},
            ).scalar_one()
        )


def _status(rights: RightsNewsroom, article_id: int) -> str:
    return rights.owner.articles.get(article_id).status.value


# ---- what the server refuses ---------------------------------------------------------------
def test_a_moderator_cannot_update_a_story(rights: RightsNewsroom) -> None:
    story = _draft(rights, "dana", "Moderators keep off")
    with rights.connect("mo") as mo, pytest.raises(errors.InsufficientPrivilege):
        mo.execute("UPDATE articles SET headline = 'Changed' WHERE id = %s", (story,))
    assert rights.owner.articles.get(story).headline == "Moderators keep off"


def test_a_desk_editor_cannot_publish(rights: RightsNewsroom) -> None:
    story = _draft(rights, "dana", "Own draft, not to be published")
    with rights.connect("dana") as dana:
        with pytest.raises(
            errors.InsufficientPrivilege, match=r"workflow: .* from draft to published"
        ):
            dana.execute("UPDATE articles SET status = 'published' WHERE id = %s", (story,))
        ready = _moved(
            rights,
            _draft(rights, "dana", "Ready story"),
            ("dana", Action.SUBMIT),
            ("chris", Action.TAKE),
            ("chris", Action.PASS_READY),
        )
        # A story off the desk editor's desk is not theirs to update at all: no row matches.
        publish = "UPDATE articles SET status = 'published' WHERE id = %s"
        assert dana.execute(publish, (ready,)).rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege, match="articles"):
            dana.execute("UPDATE articles SET published_at = now() WHERE id = %s", (story,))
        with pytest.raises(errors.InsufficientPrivilege, match="may only create drafts"):
            dana.execute(
                "INSERT INTO articles (uuid, slug, headline, standfirst, body, dateline, byline, "
                "credit, language, status, correction_note, author_id, version, created_at, "
                "updated_at) VALUES (gen_random_uuid(), 'straight-out', 'x', '', '', '', '', '', "
                "'en', 'published', '', newsdesk_user_id(), 1, now(), now())"
            )
    assert _status(rights, story) == "draft"
    assert _status(rights, ready) == "ready"


def test_a_desk_editor_cannot_edit_another_writers_draft(rights: RightsNewsroom) -> None:
    theirs = _draft(rights, "dev", "Dev's draft")
    with rights.connect("dana") as dana:
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            dana.execute("UPDATE articles SET body = 'Rewritten' WHERE id = %s", (theirs,))
        with pytest.raises(errors.InsufficientPrivilege):
            dana.execute(
                "UPDATE articles SET author_id = newsdesk_user_id() WHERE id = %s", (theirs,)
            )
        deleted = dana.execute("DELETE FROM articles WHERE id = %s", (theirs,)).rowcount
    assert deleted == 0
    assert rights.owner.articles.get(theirs).body == "Body text of the story."


@pytest.mark.parametrize("person", ["dana", "chris", "pat"])
def test_only_moderators_and_admins_change_a_comments_state(
    rights: RightsNewsroom, person: str
) -> None:
    comment = _comment(rights, _draft(rights, "dana", f"Commented on ({person})"))
    with rights.connect(person) as connection:
        for statement in (
            "UPDATE comments SET status = 'approved' WHERE id = %s",
            "DELETE FROM comments WHERE id = %s",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="comments"):
                connection.execute(statement, (comment,))
    assert rights.owner.comments.get(comment).status is CommentStatus.PENDING


@pytest.mark.parametrize("person", ["dana", "chris", "pat"])
def test_only_moderators_and_admins_read_commenters_addresses(
    rights: RightsNewsroom, person: str
) -> None:
    comment = _comment(rights, _draft(rights, "dana", f"Addresses ({person})"))
    with rights.connect(person) as connection:
        for statement in (
            "SELECT author_email FROM comments WHERE id = %s",
            "SELECT * FROM comments WHERE id = %s",
            "SELECT ip FROM comments WHERE id = %s",
            "SELECT search_vector FROM comments WHERE id = %s",
            "SELECT id FROM comments WHERE id = %s AND author_email LIKE 'reader%%'",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="comments"):
                connection.execute(statement, (comment,))
        row = connection.execute(
            "SELECT author_name, body, status FROM comments WHERE id = %s", (comment,)
        ).fetchone()
    assert row == ("Reader", "A comment", "pending")


@pytest.mark.parametrize("person", ["dana", "chris", "pat"])
def test_only_moderators_and_admins_read_the_learned_filter_and_commenter_rules(
    rights: RightsNewsroom, person: str
) -> None:
    with rights.connect(person) as connection:
        for statement in (
            "SELECT * FROM learned_filters",
            "SELECT email FROM commenter_rules",
            "INSERT INTO commenter_rules VALUES ('reader@example.org', 'spam', 'x', now())",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match=r"learned_filters|commenter"):
                connection.execute(statement)


def test_a_moderator_teaches_the_filter_and_sets_commenter_rules_under_own_login(
    rights: RightsNewsroom,
) -> None:
    comment = _comment(rights, _draft(rights, "dana", "Learning"))
    newsroom = open_newsroom(rights.url("mo"))
    try:
        newsroom.moderation.moderate([comment], ModerationAction.SPAM)
        report = newsroom.learned_filter.learn()
        assert (report.unwanted, report.saved) == (1, True)
        assert newsroom.learned_filter.state().learned
        history = newsroom.commenters.set_rule("reader@example.org", CommenterRuleKind.HOLD)
        assert history.rule is CommenterRuleKind.HOLD and history.counts[CommentStatus.SPAM] >= 1
        newsroom.commenters.set_rule("reader@example.org", None)
    finally:
        newsroom.close()
    # Someone else's login scores with the starter model and never sees the rules.
    desk = open_newsroom(rights.url("dana"))
    try:
        assert not desk.learned_filter.state().learned
        with pytest.raises(NotAllowed):
            desk.commenters.history("reader@example.org")
    finally:
        desk.close()


def test_nobody_but_admins_adds_people_or_changes_roles(rights: RightsNewsroom) -> None:
    for person in ("dana", "mo", "pat"):
        with rights.connect(person) as connection:
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(
                    "SELECT newsdesk_set_login_roles(%s, ARRAY['admin'])", (rights.login(person),)
                )
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute("UPDATE user_roles SET role = 'admin'")
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(f'GRANT "{rights.roles.name(Role.ADMIN)}" TO CURRENT_USER')


def test_workflow_moves_and_logs_are_made_under_ones_own_name(rights: RightsNewsroom) -> None:
    story = _draft(rights, "dana", "Who moved it")
    chris = rights.people["chris"].user_id
    with (
        rights.connect("dana") as dana,
        pytest.raises(errors.InsufficientPrivilege, match="row-level security"),
    ):
        dana.execute(
            "INSERT INTO workflow_transitions (article_id, user_id, at, action, from_status, "
            "to_status, note) VALUES (%s, %s, now(), 'take', 'submitted', 'editing', '')",
            (story, chris),
        )


# ---- the holes migration 0014 closed ------------------------------------------------------
@dataclass(frozen=True)
class Hole:
    """A write a person tries under their own login that the server must refuse: it fails
    or touches no row, and `witness` (read by the owner) reads the same afterwards.
    Statements and witnesses name the scene's rows as %(name)s."""

    name: str
    person: str
    statement: str
    witness: str


LINKS = (
    "SELECT count(*), string_agg(coalesce(url, ''), ' ' ORDER BY id) FROM related_links "
    "WHERE article_id = %(published)s"
)
TAGS = "SELECT count(*) FROM article_tags WHERE article_id = %(published)s"
NOTE = "SELECT body, resolved_by_id FROM editorial_notes WHERE id = %(note)s"
HISTORY = (
    "SELECT count(*), string_agg(body, ' ' ORDER BY id) FROM revisions "
    "WHERE article_id = %(published)s"
)
MOVES = "SELECT count(*) FROM workflow_transitions WHERE article_id = %(published)s"
LOCK = "SELECT user_id, client_id FROM article_locks WHERE article_id = %(locked)s"
INSERT_REVISION = (
    "INSERT INTO revisions (uuid, article_id, author_id, created_at, updated_at, reason, "
    "article_version, headline, standfirst, body, dateline, byline, credit) VALUES "
    "(gen_random_uuid(), %({story})s, newsdesk_user_id(), now(), now(), 'autosave', 1, "
    "'Rewritten', '', 'Words never written', '', '', '')"
)


def _insert_draft(
    slug: str, *, correction: str = "''", published: str = "NULL", scheduled: str = "NULL"
) -> str:
    """A raw INSERT of a draft by the login, with the publishers' columns as given."""
    return (
        "INSERT INTO articles (uuid, slug, headline, standfirst, body, dateline, byline, credit, "
        "language, status, correction_note, author_id, version, created_at, updated_at, "
        f"published_at, scheduled_at) VALUES (gen_random_uuid(), '{slug}', 'x', '', '', '', '', "
        f"'', 'en', 'draft', {correction}, newsdesk_user_id(), 1, now(), now(), {published}, "
        f"{scheduled})"
    )


HOLES = (
    Hole(
        "delete a published story's related links",
        "dana",
        "DELETE FROM related_links WHERE article_id = %(published)s",
        LINKS,
    ),
    Hole(
        "add a related link to a published story",
        "dana",
        "INSERT INTO related_links (uuid, article_id, url, title, summary, position) VALUES "
        "(gen_random_uuid(), %(published)s, 'https://example.org/ad', 'Buy now', '', 9)",
        LINKS,
    ),
    Hole(
        "add a related link to a published story (copy desk)",
        "chris",
        "INSERT INTO related_links (uuid, article_id, target_article_id, title, summary, position) "
        "VALUES (gen_random_uuid(), %(published)s, %(draft)s, 'Unpublished', '', 9)",
        LINKS,
    ),
    Hole(
        "rewrite a published story's related link",
        "chris",
        "UPDATE related_links SET url = 'https://example.org/ad' WHERE article_id = %(published)s",
        LINKS,
    ),
    Hole(
        "move a draft's related link onto a published story",
        "dana",
        "UPDATE related_links SET article_id = %(published)s WHERE article_id = %(draft)s",
        LINKS,
    ),
    Hole(
        "delete a published story's tags",
        "dana",
        "DELETE FROM article_tags WHERE article_id = %(published)s",
        TAGS,
    ),
    Hole(
        "tag a published story",
        "chris",
        "INSERT INTO article_tags (article_id, tag_id, position) "
        "VALUES (%(published)s, %(tag)s, 9)",
        TAGS,
    ),
    Hole(
        "delete someone else's note",
        "dana",
        "DELETE FROM editorial_notes WHERE id = %(note)s",
        NOTE,
    ),
    Hole(
        "rewrite someone else's note",
        "dana",
        "UPDATE editorial_notes SET body = 'Nothing to check' WHERE id = %(note)s",
        NOTE,
    ),
    Hole(
        "resolve a note in someone else's name",
        "dana",
        "UPDATE editorial_notes SET resolved_at = now(), resolved_by_id = %(pat)s "
        "WHERE id = %(note)s",
        NOTE,
    ),
    Hole(
        "write a note in someone else's name",
        "dana",
        "INSERT INTO editorial_notes (uuid, article_id, author_id, created_at, body, anchor_text) "
        "VALUES (gen_random_uuid(), %(draft)s, %(chris)s, now(), 'Approved', '')",
        "SELECT count(*) FROM editorial_notes WHERE author_id = %(chris)s",
    ),
    Hole(
        "add a revision to a published story's history",
        "dana",
        INSERT_REVISION.format(story="published"),
        HISTORY,
    ),
    Hole(
        "add a revision to a published story's history (copy desk)",
        "chris",
        INSERT_REVISION.format(story="published"),
        HISTORY,
    ),
    Hole(
        "add a revision to another writer's story on the copy desk",
        "dev",
        INSERT_REVISION.format(story="editing"),
        "SELECT count(*) FROM revisions WHERE article_id = %(editing)s",
    ),
    Hole(
        "rewrite one's own revision of a published story",
        "dana",
        "UPDATE revisions SET body = 'Rewritten' WHERE article_id = %(published)s "
        "AND author_id = newsdesk_user_id()",
        HISTORY,
    ),
    Hole(
        "record a move from ready to published in one's own name",
        "dana",
        "INSERT INTO workflow_transitions (article_id, user_id, at, action, from_status, "
        "to_status, note) VALUES (%(published)s, newsdesk_user_id(), now(), 'publish', "
        "'ready', 'published', '')",
        MOVES,
    ),
    Hole(
        "record a move from ready to published in one's own name (copy desk)",
        "chris",
        "INSERT INTO workflow_transitions (article_id, user_id, at, action, from_status, "
        "to_status, note) VALUES (%(published)s, newsdesk_user_id(), now(), 'publish', "
        "'ready', 'published', '')",
        MOVES,
    ),
    Hole(
        "record a move the story never made",
        "dana",
        "INSERT INTO workflow_transitions (article_id, user_id, at, action, from_status, "
        "to_status, note) VALUES (%(draft)s, newsdesk_user_id(), now(), 'submit', "
        "'draft', 'submitted', '')",
        "SELECT count(*) FROM workflow_transitions WHERE article_id = %(draft)s",
    ),
    Hole(
        "take an edit lock in someone else's name",
        "dana",
        "INSERT INTO article_locks (article_id, user_id, holder_name, client_id, taken_at, "
        "heartbeat_at) VALUES (%(draft)s, %(dev)s, 'Dev', 'not-devs-window', now(), now())",
        "SELECT count(*) FROM article_locks WHERE article_id = %(draft)s",
    ),
    Hole(
        "delete someone else's edit lock",
        "dana",
        "DELETE FROM article_locks WHERE article_id = %(locked)s",
        LOCK,
    ),
    Hole(
        "take over someone else's live lock on a story one may not change",
        "dana",
        "UPDATE article_locks SET user_id = newsdesk_user_id(), holder_name = 'Dana', "
        "client_id = 'danas-window' WHERE article_id = %(locked)s",
        LOCK,
    ),
    Hole(
        "write a draft that carries a publication time",
        "dana",
        _insert_draft("backdated", published="now() - interval '1 year'"),
        "SELECT count(*) FROM articles WHERE slug = 'backdated'",
    ),
    Hole(
        "write a draft scheduled for publication (copy desk)",
        "chris",
        _insert_draft("scheduled", scheduled="now() + interval '1 day'"),
        "SELECT count(*) FROM articles WHERE slug = 'scheduled'",
    ),
    Hole(
        "write a draft that carries a correction",
        "dana",
        _insert_draft("precorrected", correction="'Corrected: nothing happened'"),
        "SELECT count(*) FROM articles WHERE slug = 'precorrected'",
    ),
)


@pytest.fixture
def scene(rights: RightsNewsroom) -> dict[str, int]:
    """Dana's published story with a tag, a related link and its history; her draft (with
    a link and a note by Chris), her story on the copy desk, and Dev's draft, locked by Dev.
    Made anew for each hole, so a hole left open cannot hide another."""
    published = _moved(
        rights,
        rights.as_user("dana").articles.create(replace(_story("Out there"), tags=("Pool",))).id,
        ("dana", Action.SUBMIT),
        ("chris", Action.TAKE),
        ("chris", Action.PASS_READY),
        ("pat", Action.PUBLISH),
    )
    rights.as_user("pat").related_links.add_url(published, "https://example.org/a", "Source")
    draft = _draft(rights, "dana", "Still a draft")
    rights.as_user("dana").related_links.add_url(draft, "https://example.org/b", "Background")
    note = rights.as_user("chris").notes.add(draft, "Check the dateline").id
    editing = _moved(
        rights,
        _draft(rights, "dana", "On the desk"),
        ("dana", Action.SUBMIT),
        ("chris", Action.TAKE),
    )
    locked = _draft(rights, "dev", "Dev's, open in Dev's window")
    dev = rights.as_user("dev")
    assert LockService(dev.database, dev.identity).acquire(locked).held
    with rights.owner.database.engine.begin() as connection:
        tag = connection.exec_driver_sql(
            "INSERT INTO tags (name) VALUES (%(name)s) RETURNING id",
            {"name": f"tag-{uuid.uuid4().hex[:8]}"},
        ).scalar_one()
    people = {name: rights.people[name].user_id for name in ("dana", "dev", "chris", "pat")}
    return {
        "published": published,
        "draft": draft,
        "note": note,
        "editing": editing,
        "locked": locked,
        "tag": tag,
        **{name: user_id for name, user_id in people.items() if user_id is not None},
    }


def _read(rights: RightsNewsroom, query: str, scene: dict[str, int]) -> tuple[object, ...]:
    with psycopg.connect(rights.server.url_for(rights.database_name)) as connection:
        row = connection.execute(query, scene).fetchone()
    assert row is not None
    return tuple(row)


@pytest.mark.parametrize("hole", HOLES, ids=[hole.name for hole in HOLES])
def test_the_server_refuses(rights: RightsNewsroom, scene: dict[str, int], hole: Hole) -> None:
    before = _read(rights, hole.witness, scene)
    with rights.connect(hole.person) as connection:
        try:
            touched = connection.execute(hole.statement, scene).rowcount
        except errors.InsufficientPrivilege:
            touched = 0
    assert touched == 0
    assert _read(rights, hole.witness, scene) == before


# ---- what the server allows ------------------------------------------------------------------
def test_each_role_does_its_own_work_in_raw_sql(rights: RightsNewsroom) -> None:
    story = _draft(rights, "dana", "Allowed path")
    comment = _comment(rights, story)
    with rights.connect("dana") as dana:
        assert (
            dana.execute("UPDATE articles SET body = 'Mine' WHERE id = %s", (story,)).rowcount == 1
        )
        dana.execute("UPDATE articles SET status = 'submitted' WHERE id = %s", (story,))
    with rights.connect("chris") as chris:
        chris.execute("UPDATE articles SET status = 'editing' WHERE id = %s", (story,))
        with pytest.raises(errors.InsufficientPrivilege, match="from editing to published"):
            chris.execute("UPDATE articles SET status = 'published' WHERE id = %s", (story,))
        chris.execute(
            "UPDATE articles SET status = 'ready', body = 'Edited' WHERE id = %s", (story,)
        )
    with rights.connect("mo") as mo:
        mo.execute("UPDATE comments SET status = 'approved' WHERE id = %s", (comment,))
        email = mo.execute("SELECT author_email FROM comments WHERE id = %s", (comment,)).fetchone()
    with rights.connect("pat") as pat:
        pat.execute(
            "UPDATE articles SET status = 'published', published_at = now() WHERE id = %s", (story,)
        )
        with pytest.raises(errors.InsufficientPrivilege, match="no story moves"):
            pat.execute("UPDATE articles SET status = 'submitted' WHERE id = %s", (story,))
    with rights.connect("ada") as ada:
        ada.execute("UPDATE comments SET status = 'pending' WHERE id = %s", (comment,))
        ada.execute("UPDATE articles SET status = 'corrected' WHERE id = %s", (story,))
    assert email == ("reader@example.org",)
    assert _status(rights, story) == "corrected"
    assert rights.owner.articles.get(story).body == "Edited"


def test_the_trigger_follows_the_workflow_table(rights: RightsNewsroom) -> None:
    statuses = [s.value for s in ArticleStatus]
    with rights.connect("dana") as connection:
        found = {
            (source, target): frozenset(Role(r) for r in roles)
            for source, target in product(statuses, statuses)
            for (roles,) in [
                connection.execute(
                    "SELECT newsdesk_transition_roles(%s, %s)", (source, target)
                ).fetchone()
                or (None,)
            ]
            if roles is not None
        }
    assert found == {(s.value, t.value): roles for (s, t), roles in TRANSITIONS.items()}


def test_locks_lapse_for_the_server_as_for_the_lock_service(rights: RightsNewsroom) -> None:
    with rights.connect("dana") as connection:
        row = connection.execute("SELECT newsdesk_lock_timeout()").fetchone()
    assert row == (LOCK_TIMEOUT,)


def test_every_table_is_granted_to_the_group_roles(rights: RightsNewsroom) -> None:
    """Tables and serial columns added by later migrations must be granted in them too
    (see migration 0007's docstring); else people's logins cannot use them. Only a
    laptop's own bookkeeping (migrations 0010 and 0023) is never used on a newsroom
    server, and the learned filter and commenter rules (migration 0017) are for moderators
    and admins."""
    roles = list(rights.roles.names.values())
    laptop_only = ["sync_replica", "offline_articles", "offline_comments", "offline_plan_items"]
    moderators_only = ["learned_filters", "commenter_rules"]
    moderators = [rights.roles.names[Role.MODERATOR], rights.roles.names[Role.ADMIN]]
    with psycopg.connect(rights.server.url_for(rights.database_name)) as connection:
        unreadable = connection.execute(
            "SELECT c.relname, r.name FROM pg_class AS c CROSS JOIN unnest(%s::text[]) AS r(name) "
            "WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace "
            "AND NOT has_any_column_privilege(r.name, c.oid, 'SELECT') "
            "AND c.relname <> ALL(%s::text[]) "
            "AND NOT (c.relname = ANY(%s::text[]) AND r.name = ANY(%s::text[]))",
            (roles, laptop_only, moderators_only, [r for r in roles if r not in moderators]),
        ).fetchall()
        no_sequence = connection.execute(
            "SELECT t.relname, r.name FROM pg_depend AS d "
            "JOIN pg_class AS s ON s.oid = d.objid AND s.relkind = 'S' "
            "JOIN pg_class AS t ON t.oid = d.refobjid CROSS JOIN unnest(%s::text[]) AS r(name) "
            "WHERE d.deptype IN ('a', 'i') AND has_table_privilege(r.name, t.oid, 'INSERT') "
            "AND NOT has_sequence_privilege(r.name, s.oid, 'USAGE')",
            (roles,),
        ).fetchall()
    assert unreadable == []
    assert no_sequence == []


# ---- the app under each login ----------------------------------------------------------------
def test_the_app_signs_in_as_the_logins_person(rights: RightsNewsroom) -> None:
    newsroom = open_newsroom(rights.url("chris"))
    try:
        assert newsroom.user.username == rights.login("chris")
        assert newsroom.user.roles == frozenset({Role.COPY})
        assert newsroom.user.id == rights.people["chris"].user_id
    finally:
        newsroom.close()


def test_a_desk_editors_normal_work_runs_under_their_login(rights: RightsNewsroom) -> None:
    theirs = _draft(rights, "dev", "Someone else's")
    commented = _draft(rights, "dev", "With a comment")
    _comment(rights, commented)
    newsroom = open_newsroom(rights.url("dana"))
    try:
        story = newsroom.articles.create(_story("Desk work"))
        saved = newsroom.articles.save(story.id, _story("Desk work, saved"), story.version)
        newsroom.notes.add(story.id, "Check the dateline")
        assert saved.author == "Dana"
        submitted = newsroom.workflow.move(story.id, ArticleStatus.SUBMITTED)
        assert submitted.status is ArticleStatus.SUBMITTED
        ids = newsroom.articles.list_ids()
        assert story.id in ids and theirs in ids
        assert newsroom.articles.rows([story.id])[story.id].headline == "Desk work, saved"
        rows = newsroom.comments.page(CommentQuery(status=None, article_id=commented))
        assert [(r.author_name, r.author_email, r.ip) for r in rows] == [("Reader", "", "")]
        assert newsroom.comments.page(CommentQuery(status=None, author="reader", text="comm"))
        assert newsroom.comments.list_comments(CommentQuery(status=None))[0].author_email == ""
        assert newsroom.comments.counts()[CommentStatus.PENDING] >= 1
        other = newsroom.articles.get(theirs)
        with pytest.raises(NotAllowed, match="row-level security"):
            newsroom.articles.save(theirs, _story("Not mine"), other.version)
    finally:
        newsroom.close()


def test_desk_and_copy_open_and_close_comments_under_their_logins(
    rights: RightsNewsroom,
) -> None:
    desk = open_newsroom(rights.url("dana"))
    copy = open_newsroom(rights.url("chris"))
    try:
        story = desk.articles.create(_story("Comments, closed"))
        closed = desk.articles.save(
            story.id, replace(_story("Comments, closed"), comments_open=False), story.version
        )
        assert closed.comments_open is False
        desk.workflow.move(story.id, ArticleStatus.SUBMITTED)
        copy.workflow.apply(story.id, Action.TAKE)
        taken = copy.articles.get(story.id)
        reopened = copy.articles.save(story.id, _story("Comments, closed"), taken.version)
        assert reopened.comments_open is True
    finally:
        desk.close()
        copy.close()


def test_copy_and_publisher_move_a_story_under_their_logins(rights: RightsNewsroom) -> None:
    story = _moved(rights, _draft(rights, "dana", "Through the desk"), ("dana", Action.SUBMIT))
    copy = open_newsroom(rights.url("chris"))
    publisher = open_newsroom(rights.url("pat"))
    try:
        copy.workflow.apply(story, Action.TAKE)
        copy.articles.save(
            story, _story("Through the desk, edited"), copy.articles.get(story).version
        )
        copy.workflow.apply(story, Action.PASS_READY)
        published = publisher.workflow.apply(story, Action.PUBLISH)
        assert published.status is ArticleStatus.PUBLISHED and published.published_at
        assert [t.user for t in publisher.workflow.transitions(story)] == [
            "Dana",
            "Chris",
            "Chris",
            "Pat",
        ]
    finally:
        copy.close()
        publisher.close()


def test_a_moderators_normal_work_runs_under_their_login(rights: RightsNewsroom) -> None:
    story = _draft(rights, "dana", "Moderated")
    comment = _comment(rights, story)
    newsroom = open_newsroom(rights.url("mo"))
    try:
        rows = newsroom.comments.page(CommentQuery(article_id=story))
        assert [(r.id, r.author_email, r.ip) for r in rows] == [
            (comment, "reader@example.org", "192.0.2.7")
        ]
        assert newsroom.comments.page(CommentQuery(article_id=story, author="reader"))
        result = newsroom.moderation.moderate([comment], ModerationAction.APPROVE)
        assert result.comment_ids == (comment,)
        newsroom.moderation.reply(comment, "Thanks for writing")
        assert newsroom.moderation.undo() is not None
        assert newsroom.comments.counts(story)[CommentStatus.APPROVED] == 1
        assert newsroom.comments.thread(comment).comment.author_email == "reader@example.org"
        with pytest.raises(NotAllowed):
            newsroom.articles.save(story, _story("No"), 1)
    finally:
        newsroom.close()


def test_the_comment_receiver_runs_under_a_moderators_login(
    rights: RightsNewsroom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only a moderator (or an admin) may make the reply form's signing key: a publisher's
    export before it is refused with what to do; the receiver, under a moderator's login,
    makes it and takes comments; then the publisher's export signs with it."""
    from starlette.testclient import TestClient

    from newsdesk.domain.form_tokens import fresh_token, page_token
    from newsdesk.services.comment_receiver import CommentReceiver
    from newsdesk.services.form_key import FORM_SECRET
    from newsdesk.services.publishing import SiteOptions, export_site, layout
    from newsdesk.web.app import ReceiverSettings, build_app

    story_id = _moved(
        rights,
        _draft(rights, "dana", "Open to comments"),
        ("dana", Action.SUBMIT),
        ("chris", Action.TAKE),
        ("chris", Action.PASS_READY),
        ("pat", Action.PUBLISH),
    )
    with rights.owner.database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM settings WHERE key = %(k)s", {"k": FORM_SECRET})
    options = SiteOptions(base_url="https://news.example.org/", comment_url="/comments")
    publisher = open_newsroom(rights.url("pat"))
    moderator = open_newsroom(rights.url("mo"))
    try:
        with pytest.raises(NotAllowed, match="start `newsdesk serve comments` once"):
            export_site(publisher.database, tmp_path / "early", options)
        serve = ["serve", "comments", "--site-url", "https://news.example.org/"]
        assert main(["--database", rights.url("pat"), *serve]) == 1  # before binding
        assert "start it with a login that has the moderator role" in capsys.readouterr().err
        receiver = CommentReceiver(moderator.database, moderator.intake)
        app = build_app(ReceiverSettings(site_url="https://news.example.org/"), receiver)
        story = moderator.articles.get(story_id)
        token = fresh_token(receiver.secret(), story.uuid, datetime.now(UTC) - timedelta(minutes=1))
        fields = {
            "comment": "Good to see this out.",
            "author": "Reader",
            "email": "irina@example.org",  # not the other tests' reader: no flood
            "article_uuid": story.uuid,
            "form_token": token,
        }
        with TestClient(app, client=("192.0.2.9", 1234), follow_redirects=False) as client:
            answer = client.post("/comments", data=fields)
            assert answer.status_code == 303, answer.text
        held = moderator.comments.page(CommentQuery(article_id=story_id))
        assert [(c.author_email, c.ip) for c in held] == [("irina@example.org", "192.0.2.9")]
        export_site(publisher.database, tmp_path / "site", options)
        page = (tmp_path / "site" / layout.story_path(story.slug, story.id)).read_text("utf-8")
        assert page_token(receiver.secret(), story.uuid) in page
    finally:
        publisher.close()
        moderator.close()


def test_a_writer_links_tags_and_notes_their_own_draft_under_their_login(
    rights: RightsNewsroom,
) -> None:
    elsewhere = _draft(rights, "dev", "Someone else's story to link to")
    dana = open_newsroom(rights.url("dana"))
    try:
        story = dana.articles.create(replace(_story("Linked draft"), tags=("Harbour",)))
        dana.related_links.add_article(story.id, elsewhere)
        dana.related_links.add_url(story.id, "https://example.org/source", "Source")
        links = dana.related_links.for_article(story.id)
        dana.related_links.reorder(story.id, [link.id for link in reversed(links)])
        dana.related_links.remove(links[0].id)
        saved = dana.articles.save(
            story.id, replace(_story("Linked draft"), tags=("Harbour", "Bridge")), story.version
        )
        assert saved.tags == ("Harbour", "Bridge")
        mine = dana.notes.add(story.id, "Ask the port authority")
        theirs = rights.as_user("chris").notes.add(story.id, "Source?")
        assert dana.notes.resolve(theirs.id).resolved_by == "Dana"  # anyone's, in her name
        assert dana.notes.resolve(theirs.id, resolved=False).resolved_at is None
        assert dana.notes.resolve(mine.id).resolved_at is not None
        with rights.connect("dana") as raw:  # her own note is hers to reword
            reworded = "UPDATE editorial_notes SET body = 'Ask the harbour master' WHERE id = %s"
            assert raw.execute(reworded, (mine.id,)).rowcount == 1
        dropped = dana.articles.create(_story("Dropped draft"))
        rights.as_user("chris").notes.add(dropped.id, "Is this going anywhere?")
        dana.articles.trash([dropped.id])
        dana.articles.delete_permanently([dropped.id])  # with its notes, whoever wrote them
        with pytest.raises(NotFound):
            rights.owner.articles.get(dropped.id)
        submitted = dana.workflow.apply(story.id, Action.SUBMIT)
        assert submitted.status is ArticleStatus.SUBMITTED
        assert [link.url for link in dana.related_links.for_article(story.id)] == [
            "https://example.org/source"
        ]
        newest = dana.revisions.history(story.id)[0]
        assert newest.reason == Action.SUBMIT.label
    finally:
        dana.close()


def test_the_copy_desk_and_publishers_keep_their_work_under_their_logins(
    rights: RightsNewsroom,
) -> None:
    """The copy desk edits, links and sends back (the move's note and revision land on a
    story no longer on its desk); a publisher keeps a published story's links and history."""
    story = _moved(
        rights, _draft(rights, "dana", "Through the desk again"), ("dana", Action.SUBMIT)
    )
    straight_back = _moved(rights, _draft(rights, "dana", "Back at once"), ("dana", Action.SUBMIT))
    chris, pat = open_newsroom(rights.url("chris")), open_newsroom(rights.url("pat"))
    try:
        chris.workflow.apply(story, Action.TAKE)
        edit = replace(_story("Through the desk again"), tags=("Harbour",))
        chris.articles.save(story, edit, chris.articles.get(story).version)
        chris.related_links.add_url(story, "https://example.org/port", "The port")
        back = chris.workflow.apply(story, Action.SEND_BACK, note="Needs a second source")
        assert back.status is ArticleStatus.SENT_BACK
        chris.workflow.apply(straight_back, Action.SEND_BACK, note="Not ours")
        assert chris.notes.thread(straight_back)[-1].body == "Not ours"
        _moved(rights, story, ("dana", Action.SUBMIT))
        chris.workflow.apply(story, Action.TAKE)
        chris.workflow.apply(story, Action.PASS_READY)
        pat.workflow.apply(story, Action.PUBLISH)
        pat.related_links.add_url(story, "https://example.org/follow-up", "Follow-up")
        pat.articles.save(
            story, replace(edit, tags=("Harbour", "Port")), pat.articles.get(story).version
        )
        first = pat.revisions.history(story)[-1]
        pat.revisions.restore(first.id)
        corrected = pat.workflow.apply(story, Action.CORRECT, note="The port, not the harbour")
        assert corrected.status is ArticleStatus.CORRECTED
        assert [t.user for t in pat.workflow.transitions(story)][-3:] == ["Chris", "Pat", "Pat"]
        assert len(pat.related_links.for_article(story)) == 2
    finally:
        chris.close()
        pat.close()


def test_edit_locks_lapse_and_are_taken_over_under_personal_logins(rights: RightsNewsroom) -> None:
    """A lapsed lock is anyone's to take; a live one only for someone who may change the
    story, whose takeover rewrites the holder's row."""
    own = _draft(rights, "dana", "Dana's, left open on Dev's crashed laptop")
    devs = _draft(rights, "dev", "Dev's, open in Dev's window")
    editing = _moved(
        rights,
        _draft(rights, "dana", "On the copy desk"),
        ("dana", Action.SUBMIT),
        ("chris", Action.TAKE),
    )
    with rights.owner.database.engine.begin() as connection:  # as if Dev's app had crashed
        connection.exec_driver_sql(
            "INSERT INTO article_locks (article_id, user_id, holder_name, client_id, taken_at, "
            "heartbeat_at) VALUES (%(story)s, %(dev)s, 'Dev', 'devs-old-window', "
            "now() - interval '1 hour', now() - interval '10 minutes')",
            {"story": own, "dev": rights.people["dev"].user_id},
        )
    dana, dev, chris, pat = (open_newsroom(rights.url(n)) for n in ("dana", "dev", "chris", "pat"))
    try:
        dana_locks, dev_locks, chris_locks, pat_locks = (
            LockService(n.database, n.identity) for n in (dana, dev, chris, pat)
        )
        assert dana_locks.acquire(own).held
        assert dev_locks.acquire(devs).held
        with pytest.raises((LockLost, NotAllowed)):
            dana_locks.take_over(devs)
        assert dev_locks.heartbeat(devs).held
        assert chris_locks.acquire(editing).held
        takeover = pat_locks.take_over(editing)
        assert takeover.previous == "Chris"
        assert chris_locks.heartbeat(editing).taken_over
        assert not chris_locks.release(editing)
        assert pat_locks.release(editing) and dana_locks.release(own) and dev_locks.release(devs)
    finally:
        for newsroom in (dana, dev, chris, pat):
            newsroom.close()


# ---- people --------------------------------------------------------------------------------
def test_people_are_listed_with_their_roles_and_passwords_are_never_stored_plain(
    rights: RightsNewsroom,
) -> None:
    listed = {
        p.login: p.roles
        for p in AdminService(rights.owner.database, rights.owner.identity).people()
    }
    for name, role in PEOPLE.items():
        assert listed[rights.login(name)] == frozenset({role})
    with rights.server._admin() as connection:
        stored = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (rights.login("dana"),)
        ).fetchone()
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")
    assert PASSWORD not in stored[0]


def test_an_admin_login_adds_people_and_changes_their_roles(rights: RightsNewsroom) -> None:
    admin = open_newsroom(rights.url("ada"))
    login = f"{rights.login('ada')}.new"
    try:
        service = AdminService(admin.database, admin.identity)
        added = service.add_person(login, [Role.DESK], "a long password", "New Writer")
        assert added.roles == frozenset({Role.DESK}) and added.display_name == "New Writer"
        changed = service.set_roles(login, [Role.COPY, Role.MODERATOR])
        assert changed.roles == frozenset({Role.COPY, Role.MODERATOR})
        with pytest.raises(InvalidInput, match="already exists"):
            service.add_person(login, [Role.DESK], "a long password")
        with pytest.raises(InvalidInput, match="at least 8"):
            service.add_person(f"{login}2", [Role.DESK], "short")
        url = rights.server.admin_url.set(database=rights.database_name, username=login)
        newsroom = open_newsroom(url.render_as_string(hide_password=False))
        try:
            assert newsroom.user.roles == frozenset({Role.COPY, Role.MODERATOR})
            assert newsroom.comments.shows_private
        finally:
            newsroom.close()
    finally:
        admin.close()
        with rights.server._admin() as connection:
            connection.execute(f'DROP ROLE IF EXISTS "{login}"')


def test_a_desk_editor_may_not_manage_people(rights: RightsNewsroom) -> None:
    newsroom = open_newsroom(rights.url("dana"))
    try:
        with pytest.raises(NotAllowed, match="admins only"):
            AdminService(newsroom.database, newsroom.identity).add_person(
                "someone", [Role.ADMIN], "a long password"
            )
        forced = AdminService(newsroom.database, Identity(rights.owner.user))
        with pytest.raises(NotAllowed, match="permission denied"):
            forced.set_roles(rights.login("dana"), [Role.ADMIN])
    finally:
        newsroom.close()


def test_the_owner_is_trusted_and_local_files_have_no_people(
    rights: RightsNewsroom, sqlite_url: str
) -> None:
    owner = rights.owner
    assert Role.ADMIN in owner.user.roles
    database = open_database(sqlite_url)
    try:
        local = AdminService(database, Identity(owner.user))
        with pytest.raises(Exception, match="need a newsroom server"):
            local.people()
    finally:
        database.dispose()


# ---- the command line ------------------------------------------------------------------------
def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_admin_commands_add_list_and_change_people(
    rights: RightsNewsroom, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = rights.url("ada")
    login = f"{rights.login('ada')}.cli"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    try:
        code, out, err = _cli(
            capsys, "--database", url, "admin", "add-user", login, "--role", "desk",
            "--role", "copy", "--display-name", "Cli Person", "--password-stdin", "--json",
        )  # fmt: skip
        assert (code, err) == (0, "")
        assert json.loads(out) == {
            "login": login,
            "name": "Cli Person",
            "roles": ["desk", "copy"],
            "can_sign_in": True,
        }
        assert "a long password" not in out
        code, out, _ = _cli(
            capsys, "--database", url, "admin", "set-roles", login, "--role", "publisher"
        )
        assert code == 0 and out.startswith(f"Changed {login} (Cli Person): publisher")
        code, out, _ = _cli(capsys, "--database", url, "admin", "list-users", "--json")
        listed = {person["login"]: person["roles"] for person in json.loads(out)}
        assert listed[login] == ["publisher"]
        assert listed[rights.login("mo")] == ["moderator"]
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code, _, err = _cli(
            capsys, "--database", url, "admin", "add-user", f"{login}2", "--role", "desk",
            "--password-stdin",
        )  # fmt: skip
        assert code == 1 and "No password on standard input" in err
        code, _, err = _cli(
            capsys, "--database", rights.url("dana"), "admin", "set-roles", login, "--role", "admin"
        )
        assert code == 1 and "admins only" in err
    finally:
        with rights.server._admin() as connection:
            connection.execute(f'DROP ROLE IF EXISTS "{login}"')


@pytest.mark.parametrize("login", ["nd_reporter", "pg_reporter"])
def test_a_reserved_login_is_refused_saying_why(
    rights: RightsNewsroom,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    login: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # never asked for: the name is refused
    code, out, err = _cli(
        capsys, "--database", rights.url("ada"), "admin", "add-user", login, "--role", "desk"
    )
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "names starting with nd_ or pg_ are reserved" in err
    with pytest.raises(InvalidInput, match="starting with nd_ or pg_ are reserved"):
        AdminService(rights.owner.database, rights.owner.identity).add_person(
            login, [Role.DESK], PASSWORD
        )
    with (
        rights.connect("ada") as ada,
        pytest.raises(errors.InvalidParameterValue, match="reserved"),
    ):
        ada.execute(
            "SELECT newsdesk_create_login(%s, 'SCRAM-SHA-256$4096:x', ARRAY['desk'])", (login,)
        )


def test_admin_commands_need_a_newsroom_server(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    for argv in (
        ["admin", "list-users"],
        ["admin", "add-user", "dana", "--role", "desk", "--password-stdin"],
    ):
        code, _, err = _cli(capsys, "--database", sqlite_url, *argv)
        assert code == 1 and "need a newsroom server (PostgreSQL)" in err
    assert sys.stdin.read() == "a long password\n"  # never asked for on a local file


def test_the_password_is_never_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["admin", "add-user", "dana", "--role", "desk", "--password", "secret"])
    assert "unrecognized arguments" in capsys.readouterr().err


# ---- migrating ---------------------------------------------------------------------------
def test_a_non_superuser_owner_with_createrole_migrates_and_downgrades(
    postgres_server: PostgresServer,
) -> None:
    from sqlalchemy import text

    from newsdesk.storage import migrate
    from newsdesk.storage.database import DatabaseError

    tag = uuid.uuid4().hex[:6]
    owners = {"able": f"owner_{tag}", "weak": f"weak_{tag}"}
    names: dict[str, str] = {}
    with postgres_server._admin() as admin:
        admin.execute(f"CREATE ROLE {owners['able']} LOGIN CREATEROLE")
        admin.execute(f"CREATE ROLE {owners['weak']} LOGIN")
    try:
        for kind, owner in owners.items():
            names[kind] = postgres_server.create()
            with psycopg.connect(postgres_server.url_for(names[kind]), autocommit=True) as db:
                db.execute(f"ALTER DATABASE {names[kind]} OWNER TO {owner}")
                db.execute(f"ALTER SCHEMA public OWNER TO {owner}")

        def url(kind: str) -> str:
            address = postgres_server.admin_url.set(database=names[kind], username=owners[kind])
            return address.render_as_string(hide_password=False)

        with pytest.raises(DatabaseError, match="needs the CREATEROLE right"):
            open_database(url("weak"))
        database = open_database(url("able"))
        try:
            with database.engine.begin() as connection:
                prefix = connection.execute(text("SELECT newsdesk_rights_prefix()")).scalar_one()
                assert prefix.startswith("nd_newsdesk_test_")
                migrate.downgrade(connection, "0006")
                left = connection.execute(
                    text("SELECT count(*) FROM pg_roles WHERE rolname LIKE :p"), {"p": f"{prefix}%"}
                ).scalar_one()
                assert left == 0
                migrate.upgrade(connection)
        finally:
            database.dispose()
    finally:
        for name in names.values():
            postgres_server.drop(name)
        with postgres_server._admin() as admin:
            for owner in owners.values():
                admin.execute(f"DROP ROLE IF EXISTS {owner}")


_WIRE_INSERT = (
    "INSERT INTO wire_items (guid, version, current, agency, headline, slugline, byline, "
    "dateline, summary, language, status, signal, correction, body, source_format, source, "
    "file_name, received_at) VALUES ('urn:raw:{who}', 1, true, 'AFP', 'Raw', '', '', '', '', "
    "'fr', 'usable', '', '', 'Body', 'ninjs', '{{}}', 'raw.json', now()) RETURNING id"
)


@pytest.mark.parametrize("person", ["dana", "chris", "pat", "ada"])
def test_story_writers_take_wire_items_in_raw_sql(rights: RightsNewsroom, person: str) -> None:
    with rights.connect(person) as connection:
        row = connection.execute(_WIRE_INSERT.format(who=person)).fetchone()
        assert row is not None
        connection.execute("UPDATE wire_items SET current = false WHERE id = %s", (row[0],))
        assert connection.execute("SELECT count(*) FROM wire_uses").fetchone() is not None


def test_a_moderator_reads_wire_items_but_takes_none_in_raw_sql(rights: RightsNewsroom) -> None:
    with rights.connect("mo") as connection:
        assert connection.execute("SELECT count(*) FROM wire_items").fetchone() is not None
        with pytest.raises(errors.InsufficientPrivilege, match="wire_items"):
            connection.execute(_WIRE_INSERT.format(who="mo"))


def test_a_desk_editor_imports_and_rewrites_a_wire_item_under_their_login(
    rights: RightsNewsroom,
) -> None:
    newsroom = open_newsroom(rights.url("dev"))
    try:
        item = WireItem(
            guid="urn:newsml:afp.com:rights",
            version=1,
            agency="AFP",
            headline="Wire under a login",
            body="Text.\n",
            source_format="ninjs",
            source="{}",
        )
        report = newsroom.wires.take([("rights.json", item)])
        assert len(report.added) == 1
        wire = next(s for s in newsroom.wires.current() if s.item.guid == item.guid)
        draft = newsroom.wires.rewrite(wire.id)
        assert draft.credit == "AFP" and newsroom.wires.rewritten_from(draft.id) is not None
    finally:
        newsroom.close()


# ---- the media library (migration 0020) ---------------------------------------------------
def _insert_picture(sha: str, added_by: str = "newsdesk_user_id()") -> str:
    return (
        "INSERT INTO pictures (sha256, filename, mime, width, height, byte_size, data, caption, "
        "alt, credit, creator, copyright, usage_terms, keywords, added_by_id, added_at, "
        f"updated_at) VALUES ('{sha}', 'p.jpg', 'image/jpeg', 1, 1, 1, '\\x00', '', '', '', "
        f"'', '', '', '', {added_by}, now(), now()) RETURNING id"
    )


def test_the_library_is_read_by_everyone_and_added_to_by_writers_in_their_own_name(
    rights: RightsNewsroom,
) -> None:
    tag = uuid.uuid4().hex
    with rights.connect("mo") as connection:
        assert connection.execute("SELECT count(*) FROM pictures").fetchone() is not None
        with pytest.raises(errors.InsufficientPrivilege, match="pictures"):
            connection.execute(_insert_picture(f"{tag[:-1]}m"))
    pat = rights.people["pat"].user_id
    with rights.connect("dana") as connection:
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            connection.execute(_insert_picture(f"{tag[:-1]}p", added_by=str(pat)))
        row = connection.execute(_insert_picture(tag)).fetchone()
        assert row is not None
        picture = row[0]
        connection.execute("UPDATE pictures SET caption = 'Mine' WHERE id = %s", (picture,))
        for column, value in (("added_by_id", pat), ("data", b"\x01"), ("sha256", "0" * 64)):
            with pytest.raises(errors.InsufficientPrivilege, match="pictures"):
                connection.execute(
                    f"UPDATE pictures SET {column} = %s WHERE id = %s", (value, picture)
                )
    # Another writer corrects the caption but cannot delete it; the copy desk can.
    with rights.connect("dev") as connection:
        connection.execute("UPDATE pictures SET caption = 'Fixed' WHERE id = %s", (picture,))
        gone = connection.execute("DELETE FROM pictures WHERE id = %s", (picture,)).rowcount
        assert gone == 0
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            connection.execute(
                "INSERT INTO picture_renditions VALUES (%s, 'thumbnail', 1, 1, 'image/jpeg', "
                "'x', 1, '\\x00')",
                (picture,),
            )
    with rights.connect("chris") as connection:
        caption = connection.execute("SELECT caption FROM pictures WHERE id = %s", (picture,))
        assert caption.fetchone() == ("Fixed",)
        assert connection.execute("DELETE FROM pictures WHERE id = %s", (picture,)).rowcount == 1


def test_only_who_may_change_a_story_chooses_its_pictures(rights: RightsNewsroom) -> None:
    draft = _draft(rights, "dana", "Pictured")
    with rights.connect("dana") as connection:
        row = connection.execute(_insert_picture(uuid.uuid4().hex)).fetchone()
        assert row is not None
        picture = row[0]
    use = (
        "INSERT INTO article_pictures (article_id, role, picture_id, caption, credit, alt) "
        "VALUES (%s, 'lead', %s, '', '', '')"
    )
    for person in ("dev", "mo"):
        with (
            rights.connect(person) as connection,
            pytest.raises(errors.InsufficientPrivilege, match=r"row-level security|article_pic"),
        ):
            connection.execute(use, (draft, picture))
    with rights.connect("dana") as connection:
        connection.execute(use, (draft, picture))
    with rights.connect("dev") as connection:
        gone = connection.execute("DELETE FROM article_pictures WHERE article_id = %s", (draft,))
        assert gone.rowcount == 0
    # A picture a story shows is not deleted from under it.
    with rights.connect("dana") as connection, pytest.raises(errors.ForeignKeyViolation):
        connection.execute("DELETE FROM pictures WHERE id = %s", (picture,))


def test_writers_and_the_copy_desk_use_the_library_under_their_logins(
    rights: RightsNewsroom,
) -> None:
    from tests.media_samples import photo_desk_jpeg

    desk = open_newsroom(rights.url("dana"))
    try:
        story = desk.articles.create(_story("Lead picture"))
        added = desk.media.add(photo_desk_jpeg(320, 240), "lead.jpg").picture
        desk.media.set_lead(story.id, added.id)
        assert desk.media.get(added.id).stories == (story.id,)
    finally:
        desk.close()
    copy = open_newsroom(rights.url("chris"))
    try:
        changed = copy.media.update_text(added.id, replace(added.text, alt="A square"))
        assert changed.text.alt == "A square"
        with pytest.raises(NotAllowed, match="row-level security"):
            copy.media.set_lead(story.id, added.id)  # the draft is on the writer's desk
    finally:
        copy.close()

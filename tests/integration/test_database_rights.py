"""The database itself enforces "Copy desk" rights (migration 0007).

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
from itertools import product
from typing import TYPE_CHECKING

import psycopg
import pytest
from psycopg import errors

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit, User
from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.workflow import TRANSITIONS, Action
from newsdesk.services.admin import AdminService, GroupRoles, Person, drop_own_roles
from newsdesk.services.comments import CommentQuery
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
            for person in people.values():
                connection.execute(f'DROP ROLE IF EXISTS "{person.login}"')
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


def test_every_table_is_granted_to_the_group_roles(rights: RightsNewsroom) -> None:
    """Tables and serial columns added by later migrations must be granted in them too
    (see migration 0007's docstring); else people's logins cannot use them. Only a
    laptop's own bookkeeping (migration 0010) is never used on a newsroom server."""
    roles = list(rights.roles.names.values())
    laptop_only = ["sync_replica", "offline_articles", "offline_comments"]
    with psycopg.connect(rights.server.url_for(rights.database_name)) as connection:
        unreadable = connection.execute(
            "SELECT c.relname, r.name FROM pg_class AS c CROSS JOIN unnest(%s::text[]) AS r(name) "
            "WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace "
            "AND NOT has_any_column_privilege(r.name, c.oid, 'SELECT') "
            "AND c.relname <> ALL(%s::text[])",
            (roles, laptop_only),
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
    with postgres_server._admin() as connection:
        connection.execute(f"CREATE ROLE {owners['able']} LOGIN CREATEROLE")
        connection.execute(f"CREATE ROLE {owners['weak']} LOGIN")
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
        with postgres_server._admin() as connection:
            for owner in owners.values():
                connection.execute(f"DROP ROLE IF EXISTS {owner}")

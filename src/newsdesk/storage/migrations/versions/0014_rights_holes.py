"""rights the database enforces: what migration 0007 left open

Signed in as a desk editor, raw SQL could still change what the desk may not: delete or
add a published story's related links (an added one appeared on the next site export)
or tags, rewrite or delete other people's editorial notes, add revisions to a published
story's history, record a move to "published" in one's own name, take edit locks in
other people's names or delete them, and write a draft carrying a publication time.
`related_links`, `article_tags`, `editorial_notes` and `article_locks` had grants and no
row-level security; revisions and workflow moves only had to name oneself. Now, on
PostgreSQL (SQLite has no logins: there this migration does nothing):

- `newsdesk_may_change_story(story)`: the story is on the person's desk, as 0007's
  article policies have it: publishers and admins any; the copy desk stories submitted,
  in editing or ready; a writer their own drafts and stories sent back. A story's related
  links (those it shows) and tags are written only then.
- `newsdesk_may_add_history(story)`: revisions are added and extended (under one's own
  name, as before) on a story one may change, one whose last move one made (a move's own
  revision: a copy editor's "send back" takes the story off the copy desk), or one's own
  story until it is out (published, corrected, killed): a text written offline is kept
  in its history after the story moved on.
- `newsdesk_may_move(source, target)`: a recorded workflow move must be one the
  workflow table gives the person's roles (the test of 0007's articles trigger), and the
  story must stand where the move ends.
- editorial notes: written in one's own name, changed and deleted by their writer;
  anyone else only resolves or reopens them, in their own name (a trigger, as a policy
  sees the new row alone; not a column grant either: `newsdesk_rekey_rights` gives a
  copied database 0007's grants again, so a revoked one would come back there).
  Admins may do everything, as elsewhere.
- edit locks: taken in one's own name and released by their holder; a lock row is
  rewritten by its holder, by anyone once it lapsed (no heartbeat for
  `newsdesk_lock_timeout()`, the LOCK_TIMEOUT of services/locks.py), or by someone who
  may change the story (a live takeover).
- only publishers and admins write a story carrying a publication time, a schedule or a
  correction note: a writer's new draft has none (publishing keeps an earlier
  `published_at`, so a draft could otherwise have been backdated).
- logins: `newsdesk_create_login` marks the login it makes (a comment on the role naming
  this newsroom's group roles, `newsdesk_login_mark()`, which admins cannot write), and
  `newsdesk_remove_login` drops only logins so marked. A login made elsewhere on the
  server that an admin gave one of our roles leaves the newsroom but stays on the server.
  Logins made before this migration are marked here when they hold one of our roles,
  are a person's `users.login`, and were made after our group roles (a higher oid): a
  login older than the newsroom is never taken for one of its own.
- a login starting with nd_ or pg_ is refused saying that these are reserved.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

LOCK_TIMEOUT_SECONDS = 120
"""services/locks.py's LOCK_TIMEOUT, frozen here (tests/integration checks they agree)."""

OUT = "('published', 'corrected', 'killed')"
ME = "newsdesk_user_id()"
ADMIN = "newsdesk_has_role('admin')"
PUBLISHER = "(newsdesk_has_role('publisher') OR newsdesk_has_role('admin'))"


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    return [
        f"""CREATE FUNCTION newsdesk_may_change_story(story integer) RETURNS boolean
            LANGUAGE sql STABLE {path} AS $fn$
            SELECT EXISTS (SELECT 1 FROM articles AS a WHERE a.id = story AND (
                {PUBLISHER}
                OR (newsdesk_has_role('copy') AND a.status IN ('submitted', 'editing', 'ready'))
                OR ((newsdesk_has_role('desk') OR newsdesk_has_role('copy'))
                    AND a.author_id = {ME} AND a.status IN ('draft', 'sent_back'))))
        $fn$""",
        f"""CREATE FUNCTION newsdesk_may_add_history(story integer) RETURNS boolean
            LANGUAGE sql STABLE {path} AS $fn$
            SELECT newsdesk_may_change_story(story)
                OR EXISTS (SELECT 1 FROM articles AS a WHERE a.id = story
                           AND a.author_id = {ME} AND a.status NOT IN {OUT})
                OR (SELECT t.user_id FROM workflow_transitions AS t WHERE t.article_id = story
                    ORDER BY t.id DESC LIMIT 1) = {ME}
        $fn$""",
        f"""CREATE FUNCTION newsdesk_may_move(source text, target text) RETURNS boolean
            LANGUAGE sql STABLE {path} AS $fn$
            SELECT {ADMIN} OR EXISTS (
                SELECT 1 FROM unnest(newsdesk_transition_roles(source, target)) AS r
                WHERE newsdesk_has_role(r))
        $fn$""",
        f"""CREATE FUNCTION newsdesk_lock_timeout() RETURNS interval LANGUAGE sql IMMUTABLE
            AS $fn$ SELECT interval '{LOCK_TIMEOUT_SECONDS} seconds' $fn$""",
        # Someone else's note is only resolved or reopened, in one's own name (a trigger:
        # policies see the new row alone, not which columns changed). The owner is
        # trusted, as by 0007's articles trigger.
        f"""CREATE FUNCTION newsdesk_notes_guard() RETURNS trigger LANGUAGE plpgsql {path}
            AS $fn$
        BEGIN
            IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                           'USAGE') OR {ADMIN} THEN
                RETURN NEW;
            END IF;
            IF NEW.resolved_by_id IS DISTINCT FROM OLD.resolved_by_id
               AND NEW.resolved_by_id IS DISTINCT FROM {ME} AND NEW.resolved_by_id IS NOT NULL THEN
                RAISE EXCEPTION 'notes: % resolves notes in their own name only', current_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF (OLD.author_id IS DISTINCT FROM {ME} OR NEW.author_id IS DISTINCT FROM {ME})
               AND (to_jsonb(NEW) - 'resolved_at' - 'resolved_by_id')
                   IS DISTINCT FROM (to_jsonb(OLD) - 'resolved_at' - 'resolved_by_id') THEN
                RAISE EXCEPTION 'notes: % may only resolve or reopen another person''s note',
                    current_user USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $fn$""",
        f"""CREATE FUNCTION newsdesk_login_mark() RETURNS text LANGUAGE sql STABLE {path}
            AS $fn$ SELECT 'Newsdesk: a person''s login made by the newsroom '
                           || newsdesk_rights_prefix() $fn$""",
    ]


# Dropped by downgrade, after the policies and the trigger that call them.
FUNCTIONS = (
    "newsdesk_may_add_history(integer)",
    "newsdesk_may_change_story(integer)",
    "newsdesk_may_move(text, text)",
    "newsdesk_lock_timeout()",
    "newsdesk_login_mark()",
    "newsdesk_notes_guard()",
)

RLS_TABLES = ("related_links", "article_tags", "editorial_notes", "article_locks")

POLICIES: tuple[str, ...] = (
    # Per command, so reading never asks whose desk a story is on.
    *(
        statement
        for table in ("related_links", "article_tags")
        for statement in (
            f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)",
            f"""CREATE POLICY {table}_add ON {table} FOR INSERT
                WITH CHECK (newsdesk_may_change_story(article_id))""",
            f"""CREATE POLICY {table}_change ON {table} FOR UPDATE
                USING (newsdesk_may_change_story(article_id))
                WITH CHECK (newsdesk_may_change_story(article_id))""",
            f"""CREATE POLICY {table}_remove ON {table} FOR DELETE
                USING (newsdesk_may_change_story(article_id))""",
        )
    ),
    "CREATE POLICY editorial_notes_read ON editorial_notes FOR SELECT USING (true)",
    f"""CREATE POLICY editorial_notes_write ON editorial_notes FOR INSERT WITH CHECK (
        {ADMIN} OR (author_id = {ME} AND (resolved_by_id IS NULL OR resolved_by_id = {ME})))""",
    # Which columns may change, and in whose name, is the trigger's (editorial_notes_guard).
    "CREATE POLICY editorial_notes_change ON editorial_notes FOR UPDATE USING (true)",
    f"""CREATE POLICY editorial_notes_delete ON editorial_notes FOR DELETE
        USING ({ADMIN} OR author_id = {ME})""",
    "CREATE POLICY article_locks_read ON article_locks FOR SELECT USING (true)",
    f"""CREATE POLICY article_locks_take ON article_locks FOR INSERT
        WITH CHECK ({ADMIN} OR user_id = {ME})""",
    f"""CREATE POLICY article_locks_keep ON article_locks FOR UPDATE
        USING ({ADMIN} OR user_id = {ME} OR heartbeat_at < now() - newsdesk_lock_timeout()
               OR newsdesk_may_change_story(article_id))
        WITH CHECK ({ADMIN} OR user_id = {ME})""",
    f"""CREATE POLICY article_locks_release ON article_locks FOR DELETE
        USING ({ADMIN} OR user_id = {ME})""",
    # Restrictive: on top of 0007's policies (rows under one's own name, one's drafts).
    """CREATE POLICY revisions_history ON revisions AS RESTRICTIVE FOR INSERT
        WITH CHECK (newsdesk_may_add_history(article_id))""",
    """CREATE POLICY revisions_history_kept ON revisions AS RESTRICTIVE FOR UPDATE
        USING (newsdesk_may_add_history(article_id))
        WITH CHECK (newsdesk_may_add_history(article_id))""",
    """CREATE POLICY workflow_transitions_made ON workflow_transitions AS RESTRICTIVE
        FOR INSERT WITH CHECK (
            newsdesk_may_move(from_status, to_status)
            AND EXISTS (SELECT 1 FROM articles AS a
                        WHERE a.id = workflow_transitions.article_id
                          AND a.status = workflow_transitions.to_status))""",
    f"""CREATE POLICY articles_create_unpublished ON articles AS RESTRICTIVE FOR INSERT
        WITH CHECK ({PUBLISHER}
                    OR (published_at IS NULL AND scheduled_at IS NULL AND correction_note = ''))""",
)

CREATE_LOGIN = """
CREATE OR REPLACE FUNCTION newsdesk_create_login(login text, verifier text, roles text[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
BEGIN
    IF login ~ '^(nd|pg)_' THEN
        RAISE EXCEPTION 'Logins starting with nd_ or pg_ are reserved (nd_ for the '
            'newsrooms'' group roles, pg_ for PostgreSQL''s own roles)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z][a-z0-9._-]{{1,62}}$' THEN
        RAISE EXCEPTION 'A login is 2 to 63 lower-case letters, digits, dots, '
            'hyphens or underscores, starting with a letter'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'The password must come as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'The login % already exists on this server', login
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', login, verifier);
    EXECUTE format('COMMENT ON ROLE %I IS %L', login, newsdesk_login_mark());
    PERFORM newsdesk_set_login_roles(login, roles);
END
$fn$
"""

# Migration 0011's function, with one more test before the drop.
REMOVE_LOGIN = """
CREATE OR REPLACE FUNCTION newsdesk_remove_login(login text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
    target pg_roles;
    ours boolean;
BEGIN
    SELECT * INTO target FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF target.rolsuper OR NOT target.rolcanlogin OR login LIKE 'nd\\_%' THEN
        RAISE EXCEPTION '% is not a person''s login', login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF login = session_user THEN
        RAISE EXCEPTION 'You cannot remove yourself' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    ours := EXISTS (
        SELECT 1 FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid
        WHERE m.member = target.oid
          AND g.rolname = ANY (ARRAY(SELECT newsdesk_role_name(r) FROM unnest(
              ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']) AS r)));
    IF NOT ours THEN
        RETURN false;
    END IF;
    PERFORM newsdesk_set_login_roles(login, '{{}}');
    -- Only a login this newsroom made is ever dropped: one made elsewhere on the server
    -- (given a role here by an admin) only leaves the newsroom.
    IF shobj_description(target.oid, 'pg_authid') IS DISTINCT FROM newsdesk_login_mark() THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_auth_members WHERE member = target.oid) THEN
        RETURN false;
    END IF;
    BEGIN
        EXECUTE format('DROP ROLE %I', login);
    EXCEPTION WHEN dependent_objects_still_exist THEN
        RETURN false;
    END;
    RETURN true;
END
$fn$
"""

# Logins this newsroom made before the mark existed (see the docstring).
MARK_EARLIER_LOGINS = """
DO $mark$
DECLARE
    login text;
BEGIN
    FOR login IN
        WITH groups AS (
            SELECT oid FROM pg_roles WHERE rolname = ANY (ARRAY(
                SELECT newsdesk_role_name(s)
                FROM unnest(ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']) AS s))
        )
        SELECT DISTINCT r.rolname FROM pg_roles AS r
        JOIN pg_auth_members AS m ON m.member = r.oid AND m.roleid IN (SELECT oid FROM groups)
        JOIN users AS u ON u.login = r.rolname
        WHERE r.rolcanlogin AND NOT r.rolsuper
          AND shobj_description(r.oid, 'pg_authid') IS NULL
          AND r.oid::bigint > (SELECT min(oid::bigint) FROM groups)
    LOOP
        EXECUTE format('COMMENT ON ROLE %I IS %L', login, newsdesk_login_mark());
    END LOOP;
END
$mark$
"""

UNMARK_LOGINS = """
DO $unmark$
DECLARE
    login text;
BEGIN
    FOR login IN SELECT rolname FROM pg_roles
                 WHERE shobj_description(oid, 'pg_authid') = newsdesk_login_mark()
    LOOP
        EXECUTE format('COMMENT ON ROLE %I IS NULL', login);
    END LOOP;
END
$unmark$
"""


def _earlier_migration(file_name: str) -> ModuleType:
    """An earlier migration's module: a downgrade puts back the functions it made."""
    path = Path(__file__).with_name(file_name)
    spec = importlib.util.spec_from_file_location(f"newsdesk_migration_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _earlier_login_functions(schema: str) -> list[str]:
    """newsdesk_create_login as 0007 made it, newsdesk_remove_login as 0011 did."""
    rights = _earlier_migration("0007_database_rights.py")
    (create,) = (
        statement
        for statement in rights._helper_functions(schema)
        if statement.lstrip().startswith("CREATE FUNCTION newsdesk_create_login(")
    )
    remove = _earlier_migration("0011_comment_count_deltas.py").PG_REMOVE_LOGIN_FUNCTION
    return [
        text.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
        for text in (create, remove.format(schema=schema))
    ]


def _policy_name_and_table(statement: str) -> tuple[str, str]:
    words = statement.split()
    return words[2], words[4]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    for statement in _functions(schema):
        op.execute(statement)
    op.execute("REVOKE ALL ON FUNCTION newsdesk_login_mark() FROM PUBLIC")
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for statement in POLICIES:
        op.execute(statement)
    op.execute(
        "CREATE TRIGGER editorial_notes_guard BEFORE UPDATE ON editorial_notes "
        "FOR EACH ROW EXECUTE FUNCTION newsdesk_notes_guard()"
    )
    op.execute(CREATE_LOGIN.format(schema=schema))
    op.execute(REMOVE_LOGIN.format(schema=schema))
    op.execute(MARK_EARLIER_LOGINS)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(UNMARK_LOGINS)
    for statement in _earlier_login_functions(schema):
        op.execute(statement)
    op.execute("DROP TRIGGER IF EXISTS editorial_notes_guard ON editorial_notes")
    for statement in reversed(POLICIES):
        name, table = _policy_name_and_table(statement)
        op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for name in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {name}")

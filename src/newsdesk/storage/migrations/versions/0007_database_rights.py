"""people and rights, enforced by PostgreSQL

- `users.login`: the PostgreSQL login a person signs in with (both databases).
- PostgreSQL only (SQLite has no logins; there the migration only adds the column):
  - five group roles per newsroom database, `<prefix>_desk`, `_copy`, `_moderator`,
    `_publisher`, `_admin`. Roles are server-wide, so the prefix is made per database:
    `nd_` + up to 20 letters of the database name + 6 random hex digits
    (`nd_citydesk_4f09a2`). It is kept in the function `newsdesk_rights_prefix()`, with
    the database it was made for in `newsdesk_rights_database()`; a copied database
    (CREATE DATABASE … TEMPLATE) still points at its original's roles until
    `newsdesk_rekey_rights()` gives it its own.
  - grants per table and per column (commenters' e-mail, IP and search vector are
    readable by moderators and admins only);
  - row-level security: desk editors change only their own drafts, the copy desk only
    stories on its desk, publishers and admins any; revisions, workflow moves and
    moderation actions are written under one's own name; settings by key prefix;
  - a trigger refusing story moves the workflow table does not give the login's roles.
  - the comment count trigger runs as the owner, so no role may write counts directly.
  - `newsdesk_create_login()` / `newsdesk_set_login_roles()`: security-definer functions
    an admin calls to add people and change their roles (only our group roles).

A later migration adding a table or a column grants it to the roles that need it, e.g.
`EXECUTE 'GRANT SELECT ON t TO ' || newsdesk_role_list(ARRAY['desk', 'copy'])` in a DO
block (PostgreSQL only); `newsdesk_rekey_rights()` carries such grants over to a copy.

The account running this migration owns the tables and needs CREATEROLE (or superuser)
to create the group roles. The owner is trusted: it bypasses row-level security (not
forced) and the workflow trigger, as it can drop both anyway. People work under their
own logins, never the owner's.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import re
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ROLES = ("desk", "copy", "moderator", "publisher", "admin")
EVERYONE = ROLES
EDITORS = ("desk", "copy", "publisher", "admin")
LIST_EDITORS = ("copy", "publisher", "admin")
DESK_MANAGERS = ("copy", "publisher", "admin")
MODERATORS = ("moderator", "admin")
PUBLISHERS = ("publisher", "admin")
ADMINS = ("admin",)

# The workflow table of newsdesk.domain.workflow, frozen here: (from, to) → roles (admin
# may make every move). tests/integration/test_database_rights.py checks they agree.
TRANSITIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("corrected", "corrected", ("publisher",)),
    ("corrected", "killed", ("publisher",)),
    ("draft", "killed", ("publisher",)),
    ("draft", "submitted", ("desk",)),
    ("editing", "killed", ("publisher",)),
    ("editing", "ready", ("copy",)),
    ("editing", "sent_back", ("copy",)),
    ("killed", "draft", ("publisher",)),
    ("published", "corrected", ("publisher",)),
    ("published", "killed", ("publisher",)),
    ("ready", "killed", ("publisher",)),
    ("ready", "published", ("publisher",)),
    ("ready", "ready", ("publisher",)),
    ("sent_back", "killed", ("publisher",)),
    ("sent_back", "submitted", ("desk",)),
    ("submitted", "editing", ("copy",)),
    ("submitted", "killed", ("publisher",)),
    ("submitted", "sent_back", ("copy",)),
)

COMMENT_PUBLIC_COLUMNS = (
    "id, uuid, article_id, parent_id, author_name, author_url, body, status, submitted_at, "
    "spam_score, reasons, original_body, edited_at, previous_status, newsroom_reply, kind"
)
ARTICLE_TEXT_COLUMNS = (
    "headline, standfirst, body, dateline, byline, credit, section_id, language, status, "
    "version, updated_at, trashed_at"
)
READ_BY_EVERYONE = (
    "alembic_version, users, user_roles, sections, tags, article_tags, articles, revisions, "
    "related_links, settings, workflow_transitions, article_assignments, revision_stats, "
    "editorial_notes, newsroom_words, style_rules, comment_counts, article_comment_counts, "
    "moderation_actions, moderation_log"
)

# (privilege, table, roles): rendered into newsdesk_apply_rights().
GRANTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SELECT", READ_BY_EVERYONE, EVERYONE),
    (f"SELECT ({COMMENT_PUBLIC_COLUMNS})", "comments", EVERYONE),
    ("SELECT", "comments", MODERATORS),
    ("INSERT, UPDATE, DELETE", "comments", MODERATORS),
    ("INSERT, DELETE", "articles", EDITORS),
    (f"UPDATE ({ARTICLE_TEXT_COLUMNS})", "articles", EDITORS),
    ("UPDATE", "articles", PUBLISHERS),
    ("INSERT", "tags", EDITORS),
    ("INSERT, UPDATE, DELETE", "article_tags, related_links, editorial_notes", EDITORS),
    ("INSERT, UPDATE", "revisions, revision_stats", EDITORS),
    ("INSERT", "workflow_transitions", EDITORS),
    ("INSERT, UPDATE, DELETE", "article_assignments", DESK_MANAGERS),
    ("INSERT, UPDATE, DELETE", "newsroom_words, style_rules", LIST_EDITORS),
    ("INSERT, UPDATE", "settings", ("copy", "moderator", "publisher", "admin")),
    ("DELETE", "settings", ADMINS),
    ("INSERT, UPDATE, DELETE", "sections", PUBLISHERS),
    ("INSERT", "moderation_log", MODERATORS),
    ("INSERT, UPDATE (undone_at)", "moderation_actions", MODERATORS),
    ("INSERT, UPDATE, DELETE", "users, user_roles", ADMINS),
    ("INSERT, UPDATE, DELETE", "tags, revisions, revision_stats, workflow_transitions", ADMINS),
    ("DELETE", "moderation_actions, moderation_log", ADMINS),
)

RLS_TABLES = ("articles", "revisions", "workflow_transitions", "moderation_actions", "settings")


def _has(*roles: str) -> str:
    return "(" + " OR ".join(f"newsdesk_has_role('{role}')" for role in roles) + ")"


ME = "newsdesk_user_id()"
POLICIES: tuple[str, ...] = (
    "CREATE POLICY articles_read ON articles FOR SELECT USING (true)",
    f"""CREATE POLICY articles_create ON articles FOR INSERT WITH CHECK (
        {_has(*PUBLISHERS)}
        OR ({_has("desk", "copy")} AND author_id = {ME} AND status = 'draft'))""",
    # USING admits every draft, so editing someone else's draft is an error (WITH CHECK),
    # not a silent "UPDATE 0".
    f"""CREATE POLICY articles_desk_drafts ON articles FOR UPDATE
        USING ({_has("desk")} AND status IN ('draft', 'sent_back'))
        WITH CHECK ({_has("desk")} AND author_id = {ME}
                    AND status IN ('draft', 'sent_back', 'submitted'))""",
    f"""CREATE POLICY articles_copy_desk ON articles FOR UPDATE
        USING ({_has("copy")} AND status IN ('submitted', 'editing', 'ready'))
        WITH CHECK ({_has("copy")} AND status IN ('submitted', 'editing', 'ready', 'sent_back'))""",
    f"""CREATE POLICY articles_publishers ON articles FOR UPDATE
        USING {_has(*PUBLISHERS)} WITH CHECK {_has(*PUBLISHERS)}""",
    f"""CREATE POLICY articles_delete ON articles FOR DELETE USING (
        {_has(*PUBLISHERS)}
        OR ({_has("desk")} AND author_id = {ME} AND status IN ('draft', 'sent_back')))""",
    "CREATE POLICY revisions_read ON revisions FOR SELECT USING (true)",
    f"""CREATE POLICY revisions_own ON revisions FOR ALL
        USING ({_has(*ADMINS)} OR author_id = {ME})
        WITH CHECK ({_has(*ADMINS)} OR author_id = {ME})""",
    "CREATE POLICY workflow_transitions_read ON workflow_transitions FOR SELECT USING (true)",
    f"""CREATE POLICY workflow_transitions_own ON workflow_transitions FOR ALL
        USING {_has(*ADMINS)} WITH CHECK ({_has(*ADMINS)} OR user_id = {ME})""",
    "CREATE POLICY moderation_actions_read ON moderation_actions FOR SELECT USING (true)",
    f"""CREATE POLICY moderation_actions_own ON moderation_actions FOR ALL
        USING ({_has(*ADMINS)} OR user_id = {ME})
        WITH CHECK ({_has(*ADMINS)} OR user_id = {ME})""",
    "CREATE POLICY settings_read ON settings FOR SELECT USING (true)",
    f"""CREATE POLICY settings_write ON settings FOR ALL
        USING ({_has(*ADMINS)}
               OR ({_has(*LIST_EDITORS)} AND key LIKE 'checks.%')
               OR ({_has("moderator")} AND key LIKE 'comments.%'))
        WITH CHECK ({_has(*ADMINS)}
               OR ({_has(*LIST_EDITORS)} AND key LIKE 'checks.%')
               OR ({_has("moderator")} AND key LIKE 'comments.%'))""",
)

# Function bodies below use these names; downgrade drops them in this order.
FUNCTIONS = (
    "newsdesk_articles_guard()",
    "newsdesk_set_login_roles(text, text[])",
    "newsdesk_create_login(text, text, text[])",
    "newsdesk_drop_rights()",
    "newsdesk_rekey_rights()",
    "newsdesk_revoke_rights(text)",
    "newsdesk_apply_rights()",
    "newsdesk_transition_roles(text, text)",
    "newsdesk_my_roles()",
    "newsdesk_user_id()",
    "newsdesk_has_role(text)",
    "newsdesk_role_list(text[])",
    "newsdesk_role_name(text)",
    "newsdesk_set_rights_prefix(text, text)",
    "newsdesk_rights_database()",
    "newsdesk_rights_prefix()",
)


def role_prefix(database: str) -> str:
    """`nd_` + up to 20 letters and digits of the database name + 6 random hex digits."""
    stem = re.sub(r"[^a-z0-9]+", "_", database.lower()).strip("_")[:20].strip("_")
    return f"nd_{stem}_{secrets.token_hex(3)}" if stem else f"nd_{secrets.token_hex(3)}"


def _literal_array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{v}'" for v in values) + "]"


def _apply_rights_body(schema: str) -> str:
    grants = "\n".join(
        f"    EXECUTE 'GRANT {privilege} ON TABLE {tables} TO ' "
        f"|| newsdesk_role_list({_literal_array(roles)});"
        for privilege, tables, roles in GRANTS
    )
    everyone = _literal_array(EVERYONE)
    return f"""
CREATE FUNCTION newsdesk_apply_rights() RETURNS void LANGUAGE plpgsql
SET search_path = {schema}, pg_temp AS $fn$
DECLARE
    short text;
BEGIN
    IF NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user::text) THEN
        RAISE EXCEPTION 'Newsdesk creates this newsroom''s group roles: the account % needs '
            'the CREATEROLE right (ALTER ROLE % CREATEROLE) or must be a superuser',
            current_user, current_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOREACH short IN ARRAY {everyone} LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = newsdesk_role_name(short)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', newsdesk_role_name(short));
            EXECUTE format('COMMENT ON ROLE %I IS %L', newsdesk_role_name(short),
                format('Newsdesk %s of the newsroom database %s', short, current_database()));
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ', current_database())
        || newsdesk_role_list({everyone});
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO ', '{schema}') || newsdesk_role_list({everyone});
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO ', '{schema}')
        || newsdesk_role_list({everyone});
    EXECUTE 'GRANT EXECUTE ON FUNCTION newsdesk_create_login(text, text, text[]), '
        'newsdesk_set_login_roles(text, text[]) TO ' || newsdesk_role_list(ARRAY['admin']);
{grants}
END
$fn$"""


def _transition_roles_body() -> str:
    rows = ",\n        ".join(
        f"('{source}', '{target}', {_literal_array(roles)})"
        for source, target, roles in TRANSITIONS
    )
    return f"""
CREATE FUNCTION newsdesk_transition_roles(source text, target text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT roles FROM (VALUES
        {rows}
    ) AS t(source, target, roles)
    WHERE t.source = $1 AND t.target = $2
$fn$"""


def _helper_functions(schema: str) -> list[str]:
    everyone = _literal_array(EVERYONE)
    path = f"SET search_path = {schema}, pg_temp"
    return [
        # The prefix and its database are replaced by newsdesk_set_rights_prefix().
        """CREATE FUNCTION newsdesk_rights_prefix() RETURNS text LANGUAGE sql STABLE
            AS $fn$ SELECT NULL::text $fn$""",
        """CREATE FUNCTION newsdesk_rights_database() RETURNS text LANGUAGE sql STABLE
            AS $fn$ SELECT NULL::text $fn$""",
        f"""CREATE FUNCTION newsdesk_set_rights_prefix(prefix text, database text)
            RETURNS void LANGUAGE plpgsql {path} AS $fn$
        BEGIN
            EXECUTE format('CREATE OR REPLACE FUNCTION newsdesk_rights_prefix() RETURNS text '
                'LANGUAGE sql STABLE AS %L', format('SELECT %L::text', prefix));
            EXECUTE format('CREATE OR REPLACE FUNCTION newsdesk_rights_database() RETURNS text '
                'LANGUAGE sql STABLE AS %L', format('SELECT %L::text', database));
        END $fn$""",
        f"""CREATE FUNCTION newsdesk_role_name(short text) RETURNS text LANGUAGE sql STABLE
            {path} AS $fn$ SELECT newsdesk_rights_prefix() || '_' || short $fn$""",
        f"""CREATE FUNCTION newsdesk_role_list(shorts text[]) RETURNS text LANGUAGE sql STABLE
            {path} AS $fn$
            SELECT string_agg(quote_ident(newsdesk_role_name(s)), ', ') FROM unnest(shorts) AS s
        $fn$""",
        f"""CREATE FUNCTION newsdesk_has_role(short text) RETURNS boolean LANGUAGE sql STABLE
            {path} AS $fn$
            SELECT EXISTS (SELECT 1 FROM pg_roles AS r
                           WHERE r.rolname = newsdesk_role_name(short)
                             AND pg_has_role(current_user, r.oid, 'MEMBER'))
        $fn$""",
        f"""CREATE FUNCTION newsdesk_user_id() RETURNS integer LANGUAGE sql STABLE
            {path} AS $fn$ SELECT id FROM users WHERE login = current_user::text $fn$""",
        # Real memberships only: a superuser counts as a member of every role.
        f"""CREATE FUNCTION newsdesk_my_roles() RETURNS text[] LANGUAGE sql STABLE
            {path} AS $fn$
            SELECT coalesce(array_agg(s ORDER BY s), '{{}}') FROM unnest({everyone}) AS s
            WHERE newsdesk_has_role(s)
              AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user::text)
        $fn$""",
        _transition_roles_body(),
        _apply_rights_body(schema),
        f"""CREATE FUNCTION newsdesk_revoke_rights(prefix text) RETURNS void LANGUAGE plpgsql
            {path} AS $fn$
        DECLARE
            short text;
            name text;
        BEGIN
            FOREACH short IN ARRAY {everyone} LOOP
                name := prefix || '_' || short;
                CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name);
                EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', '{schema}', name);
                EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', '{schema}', name);
                EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %I FROM %I', '{schema}', name);
                EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', '{schema}', name);
                EXECUTE format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), name);
            END LOOP;
        END $fn$""",
        # A copied database gets roles of its own: 0007's grants, plus every grant later
        # migrations gave the original's roles; those lose all their grants here.
        f"""CREATE FUNCTION newsdesk_rekey_rights() RETURNS text LANGUAGE plpgsql
            {path} AS $fn$
        DECLARE
            old text := newsdesk_rights_prefix();
            stem text := left(trim(both '_' from regexp_replace(lower(current_database()),
                                                                 '[^a-z0-9]+', '_', 'g')), 20);
            fresh text;
            short text;
            old_role text;
            new_role text;
            statement text;
        BEGIN
            stem := trim(both '_' from stem);
            fresh := 'nd_' || CASE WHEN stem = '' THEN '' ELSE stem || '_' END
                     || substr(md5(random()::text || clock_timestamp()::text), 1, 6);
            PERFORM newsdesk_set_rights_prefix(fresh, current_database());
            PERFORM newsdesk_apply_rights();
            IF old IS NULL THEN
                RETURN fresh;
            END IF;
            FOREACH short IN ARRAY {everyone} LOOP
                old_role := old || '_' || short;
                new_role := fresh || '_' || short;
                CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = old_role);
                FOR statement IN
                    SELECT format('GRANT %s ON %s %s TO %I', a.privilege_type,
                                  CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                                  c.oid::regclass, new_role)
                    FROM pg_class AS c CROSS JOIN LATERAL aclexplode(c.relacl) AS a
                    WHERE c.relnamespace = '{schema}'::regnamespace
                      AND a.grantee = old_role::regrole
                    UNION ALL
                    SELECT format('GRANT %s (%I) ON TABLE %s TO %I', a.privilege_type,
                                  t.attname, t.attrelid::regclass, new_role)
                    FROM pg_attribute AS t JOIN pg_class AS c ON c.oid = t.attrelid
                    CROSS JOIN LATERAL aclexplode(t.attacl) AS a
                    WHERE c.relnamespace = '{schema}'::regnamespace AND NOT t.attisdropped
                      AND a.grantee = old_role::regrole
                    UNION ALL
                    SELECT format('GRANT EXECUTE ON FUNCTION %s TO %I', p.oid::regprocedure,
                                  new_role)
                    FROM pg_proc AS p CROSS JOIN LATERAL aclexplode(p.proacl) AS a
                    WHERE p.pronamespace = '{schema}'::regnamespace
                      AND a.grantee = old_role::regrole
                LOOP
                    EXECUTE statement;
                END LOOP;
            END LOOP;
            PERFORM newsdesk_revoke_rights(old);
            RETURN fresh;
        END $fn$""",
        # Drops the group roles, but only from the database they were made for.
        f"""CREATE FUNCTION newsdesk_drop_rights() RETURNS text[] LANGUAGE plpgsql
            {path} AS $fn$
        DECLARE
            short text;
            dropped text[] := '{{}}';
        BEGIN
            IF newsdesk_rights_database() IS DISTINCT FROM current_database() THEN
                RETURN dropped;
            END IF;
            PERFORM newsdesk_revoke_rights(newsdesk_rights_prefix());
            FOREACH short IN ARRAY {everyone} LOOP
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = newsdesk_role_name(short)) THEN
                    EXECUTE format('DROP ROLE %I', newsdesk_role_name(short));
                    dropped := dropped || newsdesk_role_name(short);
                END IF;
            END LOOP;
            RETURN dropped;
        END $fn$""",
        # Called by admins (EXECUTE is theirs alone); runs as the owner, who may create
        # roles. `verifier` is a SCRAM-SHA-256 verifier made by the client: the password
        # itself never reaches the server.
        f"""CREATE FUNCTION newsdesk_create_login(login text, verifier text, roles text[])
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $fn$
        BEGIN
            IF login !~ '^[a-z][a-z0-9._-]{{1,62}}$' OR login LIKE 'nd\\_%' THEN
                RAISE EXCEPTION 'A login is 2 to 63 lower-case letters, digits, dots, '
                    'hyphens or underscores, starting with a letter (not nd_…)'
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
            PERFORM newsdesk_set_login_roles(login, roles);
        END $fn$""",
        f"""CREATE FUNCTION newsdesk_set_login_roles(login text, roles text[])
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $fn$
        DECLARE
            short text;
            target pg_roles;
        BEGIN
            SELECT * INTO target FROM pg_roles WHERE rolname = login;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'There is no login %', login USING ERRCODE = 'undefined_object';
            END IF;
            IF target.rolsuper OR NOT target.rolcanlogin THEN
                RAISE EXCEPTION '% is not a person''s login', login
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM unnest(roles) AS r WHERE r <> ALL ({everyone})) THEN
                RAISE EXCEPTION 'Roles are desk, copy, moderator, publisher and admin'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            FOREACH short IN ARRAY {everyone} LOOP
                IF short = ANY (roles) THEN
                    EXECUTE format('GRANT %I TO %I', newsdesk_role_name(short), login);
                ELSIF EXISTS (SELECT 1 FROM pg_auth_members AS m
                              JOIN pg_roles AS g ON g.oid = m.roleid
                              WHERE g.rolname = newsdesk_role_name(short)
                                AND m.member = target.oid) THEN
                    EXECUTE format('REVOKE %I FROM %I', newsdesk_role_name(short), login);
                END IF;
            END LOOP;
        END $fn$""",
        # Story moves the workflow table does not give the login's roles are refused.
        f"""CREATE FUNCTION newsdesk_articles_guard() RETURNS trigger LANGUAGE plpgsql
            {path} AS $fn$
        DECLARE
            allowed text[];
        BEGIN
            IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                           'USAGE') THEN
                RETURN NEW;  -- the owner (and superusers) are trusted
            END IF;
            IF TG_OP = 'INSERT' THEN
                IF NEW.status <> 'draft' AND NOT {_has(*PUBLISHERS)} THEN
                    RAISE EXCEPTION 'workflow: % may only create drafts', current_user
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END IF;
            allowed := newsdesk_transition_roles(OLD.status, NEW.status);
            IF allowed IS NULL THEN
                RAISE EXCEPTION 'workflow: no story moves from % to %', OLD.status, NEW.status
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF newsdesk_has_role('admin')
               OR EXISTS (SELECT 1 FROM unnest(allowed) AS r WHERE newsdesk_has_role(r)) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'workflow: % may not move a story from % to %',
                current_user, OLD.status, NEW.status
                USING ERRCODE = 'insufficient_privilege';
        END $fn$""",
    ]


def upgrade() -> None:
    # A plain ADD COLUMN on both databases (SQLite would otherwise rebuild `users`).
    op.add_column("users", sa.Column("login", sa.String(length=63), nullable=True))
    op.create_index("ix_users_login", "users", ["login"], unique=True)
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    database = bind.execute(sa.text("SELECT current_database()")).scalar_one()
    for statement in _helper_functions(schema):
        op.execute(statement)
    for name in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC")
    for name in ("newsdesk_has_role(text)", "newsdesk_user_id()", "newsdesk_my_roles()"):
        op.execute(f"GRANT EXECUTE ON FUNCTION {name} TO PUBLIC")
    for name in (
        "newsdesk_rights_prefix()",
        "newsdesk_rights_database()",
        "newsdesk_role_name(text)",
        "newsdesk_transition_roles(text, text)",
    ):
        op.execute(f"GRANT EXECUTE ON FUNCTION {name} TO PUBLIC")
    bind.execute(
        sa.text("SELECT newsdesk_set_rights_prefix(:prefix, :database)"),
        {"prefix": role_prefix(database), "database": database},
    )
    op.execute("SELECT newsdesk_apply_rights()")
    op.execute(f"ALTER FUNCTION comment_counts_apply() SECURITY DEFINER SET search_path = {schema}")
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for statement in POLICIES:
        op.execute(statement)
    op.execute(
        "CREATE TRIGGER articles_workflow_insert BEFORE INSERT ON articles "
        "FOR EACH ROW EXECUTE FUNCTION newsdesk_articles_guard()"
    )
    op.execute(
        "CREATE TRIGGER articles_workflow_update BEFORE UPDATE ON articles FOR EACH ROW "
        "WHEN (OLD.status IS DISTINCT FROM NEW.status) "
        "EXECUTE FUNCTION newsdesk_articles_guard()"
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS articles_workflow_update ON articles")
        op.execute("DROP TRIGGER IF EXISTS articles_workflow_insert ON articles")
        for statement in POLICIES:
            name, table = statement.split()[2], statement.split()[4]
            op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
        for table in RLS_TABLES:
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("ALTER FUNCTION comment_counts_apply() SECURITY INVOKER RESET search_path")
        op.execute("SELECT newsdesk_drop_rights()")
        prefix = bind.execute(sa.text("SELECT newsdesk_rights_prefix()")).scalar_one()
        if prefix:
            op.execute(sa.text("SELECT newsdesk_revoke_rights(:prefix)").bindparams(prefix=prefix))
        for name in FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}")
    op.drop_index("ix_users_login", table_name="users")
    op.drop_column("users", "login")

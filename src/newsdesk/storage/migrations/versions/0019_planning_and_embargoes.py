"""embargoes and the planning desk

- `articles.embargoed_until` (nullable, indexed): a story may be neither published nor
  handed out before this time. Every role that edits stories may set it (it is one of
  the story's edit fields).
- A trigger on both databases refuses a story moving into "published" or "corrected"
  (or an embargo set on such a story) while its embargo has not lifted, whoever writes:
  a person's login on PostgreSQL (the owner too: an embargo is a fact about the story,
  not a right), or any writer of a SQLite file except the offline sync applying the
  newsroom's own changes (`sync_guard.applying`, migration 0010).
- `plan_items` (a budget line: edition date, section, slug, pitch, planned words, due
  time, priority, status, notes, the story started from it) and `plan_assignments` (who
  is on an item, as writer, photographer or editor).
- A `planner` role (`user_roles.role`; on PostgreSQL a group role `<prefix>_planner`
  beside the five of migration 0007: the functions that list the roles list it too, and
  it reads what every role reads).
- Live notifications of plan items and assignments (as migration 0009's for stories).
- PostgreSQL rights: everyone reads the budget; planners, publishers and admins plan
  (create, assign, spike: every column, every row); desk editors update the status, notes and
  story link of items they are assigned to (a column grant and a row policy), nothing
  else; copy editors and moderators only read.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

PUBLIC = "('published', 'corrected')"

PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT UPDATE (embargoed_until) ON TABLE articles TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'publisher', 'admin']);
        END IF;
    END IF;
END
$grants$
"""

PG_EMBARGO_FUNCTION = """
CREATE FUNCTION newsdesk_embargo_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'embargo: the story is embargoed until % and cannot be published before',
        to_char(NEW.embargoed_until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
        USING ERRCODE = 'insufficient_privilege';
END $fn$
"""

PG_TRIGGERS = (
    f"""CREATE TRIGGER articles_embargo_insert BEFORE INSERT ON articles FOR EACH ROW
        WHEN (NEW.status IN {PUBLIC} AND NEW.embargoed_until > now())
        EXECUTE FUNCTION newsdesk_embargo_guard()""",
    f"""CREATE TRIGGER articles_embargo_update BEFORE UPDATE ON articles FOR EACH ROW
        WHEN (NEW.status IN {PUBLIC} AND NEW.embargoed_until > now()
              AND (OLD.status IS DISTINCT FROM NEW.status
                   OR OLD.embargoed_until IS DISTINCT FROM NEW.embargoed_until))
        EXECUTE FUNCTION newsdesk_embargo_guard()""",
)

# SQLAlchemy keeps SQLite times as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC: they compare as text.
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_SQLITE_QUIET = "NOT EXISTS (SELECT 1 FROM sync_guard WHERE applying = 1)"
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER articles_embargo_insert BEFORE INSERT ON articles
        WHEN NEW.status IN {PUBLIC} AND NEW.embargoed_until > {_SQLITE_NOW} AND {_SQLITE_QUIET}
        BEGIN
            SELECT RAISE(ABORT, 'embargo: the story is embargoed and cannot be published before');
        END""",
    f"""CREATE TRIGGER articles_embargo_update BEFORE UPDATE ON articles
        WHEN NEW.status IN {PUBLIC} AND NEW.embargoed_until > {_SQLITE_NOW} AND {_SQLITE_QUIET}
            AND (OLD.status IS NOT NEW.status OR OLD.embargoed_until IS NOT NEW.embargoed_until)
        BEGIN
            SELECT RAISE(ABORT, 'embargo: the story is embargoed and cannot be published before');
        END""",
)


OLD_ROLES = ("desk", "copy", "moderator", "publisher", "admin")
NEW_ROLES = ("desk", "copy", "moderator", "publisher", "planner", "admin")


def _array(roles: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{role}'" for role in roles) + "]"


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _relist_roles(old: tuple[str, ...], new: tuple[str, ...]) -> str:
    """Every rights function that lists the group roles (0007, 0014) made again with
    `new` where it listed `old`; their owner and grants stay."""
    before, after = _quoted(_array(old)), _quoted(_array(new))
    return f"""
DO $relist$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = p.pronamespace
             WHERE n.nspname = current_schema() AND left(p.proname, 9) = 'newsdesk_'
               AND strpos(p.prosrc, {before}) > 0
    LOOP
        EXECUTE replace(pg_get_functiondef(f.oid), {before}, {after});
    END LOOP;
END
$relist$
"""


PG_PLANNER_ROLE = """
DO $planner$
DECLARE
    t record;
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL
       AND newsdesk_rights_prefix() IS NOT NULL THEN
        PERFORM newsdesk_apply_rights();  -- makes the planner's group role, with 0007's grants
        FOR t IN SELECT DISTINCT table_name FROM information_schema.role_table_grants
                 WHERE grantee = newsdesk_role_name('desk') AND privilege_type = 'SELECT'
                   AND table_schema = current_schema()
        LOOP
            EXECUTE format('GRANT SELECT ON TABLE %I TO %I', t.table_name,
                           newsdesk_role_name('planner'));
        END LOOP;
    END IF;
END
$planner$
"""

PG_DROP_PLANNER_ROLE = """
DO $planner$
DECLARE
    name text;
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL
       AND newsdesk_rights_prefix() IS NOT NULL THEN
        name := newsdesk_role_name('planner');
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), name);
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(),
                           name);
            EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', current_schema(), name);
            EXECUTE format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), name);
            BEGIN  -- a copy of this database still using the role keeps it
                EXECUTE format('DROP ROLE %I', name);
            EXCEPTION WHEN dependent_objects_still_exist THEN
                NULL;
            END;
        END IF;
    END IF;
END
$planner$
"""

PG_PLANNING_RIGHTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT SELECT ON TABLE plan_items, plan_assignments TO '
                || newsdesk_role_list(
                    ARRAY['desk', 'copy', 'moderator', 'publisher', 'planner', 'admin']);
            EXECUTE 'GRANT INSERT, UPDATE, DELETE ON TABLE plan_items, plan_assignments TO '
                || newsdesk_role_list(ARRAY['publisher', 'planner', 'admin']);
            EXECUTE 'GRANT USAGE ON SEQUENCE plan_items_id_seq TO '
                || newsdesk_role_list(ARRAY['publisher', 'planner', 'admin']);
            EXECUTE 'GRANT UPDATE (status, notes, article_id, updated_at, version) '
                || 'ON TABLE plan_items TO ' || newsdesk_role_list(ARRAY['desk']);
        END IF;
    END IF;
END
$grants$
"""

_PLANNERS = (
    "(newsdesk_has_role('publisher') OR newsdesk_has_role('planner') OR newsdesk_has_role('admin'))"
)


def _role_check(roles: tuple[str, ...]) -> str:
    return "role IN (" + ", ".join(f"'{role}'" for role in roles) + ")"


def _set_role_check(roles: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE user_roles DROP CONSTRAINT ck_user_roles_role")
        op.execute(
            f"ALTER TABLE user_roles ADD CONSTRAINT ck_user_roles_role CHECK ({_role_check(roles)})"
        )
        return
    with op.batch_alter_table("user_roles", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_user_roles_role"), type_="check")
        batch.create_check_constraint(op.f("ck_user_roles_role"), _role_check(roles))


_ASSIGNED = (
    "EXISTS (SELECT 1 FROM plan_assignments AS a "
    "WHERE a.plan_item_id = plan_items.id AND a.user_id = newsdesk_user_id())"
)
PG_POLICIES = (
    "CREATE POLICY plan_items_read ON plan_items FOR SELECT USING (true)",
    f"CREATE POLICY plan_items_planners ON plan_items FOR ALL USING {_PLANNERS} "
    f"WITH CHECK {_PLANNERS}",
    f"CREATE POLICY plan_items_assignees ON plan_items FOR UPDATE USING ({_ASSIGNED}) "
    f"WITH CHECK ({_ASSIGNED})",
)


# Live notifications (migration 0009's function): a plan item planned, assigned or
# changed elsewhere reaches every open window, an assignee's among them.
PLAN_WATCHED = (("plan_items", "id"), ("plan_assignments", "plan_item_id"))
PLAN_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))


def _plan_live_triggers() -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_live_{event.lower()} AFTER {event} ON {table}
        REFERENCING {side} TABLE AS newsdesk_rows
        FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_notify_rows('{column}')"""
        for table, column in PLAN_WATCHED
        for event, side in PLAN_EVENTS
    ]


def _create_planning_tables() -> None:
    op.create_table(
        "plan_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("edition", sa.Date(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("pitch", sa.Text(), nullable=False),
        sa.Column("words_planned", sa.Integer(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('idea', 'assigned', 'in_progress', 'filed', 'published', 'spiked')",
            name=op.f("ck_plan_items_status"),
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_plan_items_article_id_articles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
            name=op.f("fk_plan_items_created_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["sections.id"],
            name=op.f("fk_plan_items_section_id_sections"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_items")),
        sa.UniqueConstraint("article_id", name=op.f("uq_plan_items_article_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_items_uuid")),
    )
    op.create_index("ix_plan_items_edition_section_id", "plan_items", ["edition", "section_id"])
    op.create_table(
        "plan_assignments",
        sa.Column("plan_item_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "role IN ('writer', 'photographer', 'editor')", name=op.f("ck_plan_assignments_role")
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_items.id"],
            name=op.f("fk_plan_assignments_plan_item_id_plan_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_plan_assignments_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "plan_item_id", "user_id", "role", name=op.f("pk_plan_assignments")
        ),
    )
    op.create_index("ix_plan_assignments_user_id", "plan_assignments", ["user_id"])


def upgrade() -> None:
    # Plain ALTER TABLE on both databases: a batch would rebuild `articles` on SQLite and
    # lose its triggers (search, change log).
    op.add_column("articles", sa.Column("embargoed_until", sa.DateTime(timezone=True)))
    op.create_index("ix_articles_embargoed_until", "articles", ["embargoed_until"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_GRANTS)
        op.execute(PG_EMBARGO_FUNCTION)
        for statement in PG_TRIGGERS:
            op.execute(statement)
    _set_role_check(NEW_ROLES)
    _create_planning_tables()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_relist_roles(OLD_ROLES, NEW_ROLES))
        op.execute(PG_PLANNER_ROLE)
        op.execute(PG_PLANNING_RIGHTS)
        op.execute("ALTER TABLE plan_items ENABLE ROW LEVEL SECURITY")
        for statement in PG_POLICIES:
            op.execute(statement)
        for statement in _plan_live_triggers():
            op.execute(statement)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ("plan_items_assignees", "plan_items_planners", "plan_items_read"):
            op.execute(f"DROP POLICY IF EXISTS {name} ON plan_items")
        for table, _column in PLAN_WATCHED:
            for event, _side in PLAN_EVENTS:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_live_{event.lower()} ON {table}")
        op.execute(PG_DROP_PLANNER_ROLE)
        op.execute(_relist_roles(NEW_ROLES, OLD_ROLES))
    op.execute("DELETE FROM user_roles WHERE role = 'planner'")
    _set_role_check(OLD_ROLES)
    op.drop_index("ix_plan_assignments_user_id", table_name="plan_assignments")
    op.drop_table("plan_assignments")
    op.drop_index("ix_plan_items_edition_section_id", table_name="plan_items")
    op.drop_table("plan_items")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_update ON articles")
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_insert ON articles")
        op.execute("DROP FUNCTION IF EXISTS newsdesk_embargo_guard()")
    else:
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_update")
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_insert")
    op.drop_index("ix_articles_embargoed_until", table_name="articles")
    op.drop_column("articles", "embargoed_until")

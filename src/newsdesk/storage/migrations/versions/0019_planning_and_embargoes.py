"""embargoes (and the planning desk)

- `articles.embargoed_until` (nullable, indexed): a story may be neither published nor
  handed out before this time. Every role that edits stories may set it (it is one of
  the story's edit fields).
- A trigger on both databases refuses a story moving into "published" or "corrected"
  (or an embargo set on such a story) while its embargo has not lifted, whoever writes:
  a person's login on PostgreSQL (the owner too: an embargo is a fact about the story,
  not a right), or any writer of a SQLite file except the offline sync applying the
  newsroom's own changes (`sync_guard.applying`, migration 0010).

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0017"
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
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_update ON articles")
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_insert ON articles")
        op.execute("DROP FUNCTION IF EXISTS newsdesk_embargo_guard()")
    else:
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_update")
        op.execute("DROP TRIGGER IF EXISTS articles_embargo_insert")
    op.drop_index("ix_articles_embargoed_until", table_name="articles")
    op.drop_column("articles", "embargoed_until")

"""edit locks: who has a story open to edit

One row per locked story: the holder (user, display name and window), when the lock
was taken and its last heartbeat, whom it was taken over from, and the holder's unsaved
text sent with a heartbeat (so a takeover can keep it as a revision).

On PostgreSQL a trigger tells listening windows (channel `newsdesk_changes`) when a
lock is taken, changes hands or is released; a heartbeat alone stays silent, or every
open editor would make every window refresh every few seconds.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Compact JSON by hand: json_build_object would add spaces the listeners need not parse.
PG_NOTIFY_FUNCTION = """
CREATE FUNCTION article_locks_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    locked_id integer;
    op char(1);
BEGIN
    IF TG_OP = 'DELETE' THEN
        locked_id := OLD.article_id;
        op := 'D';
    ELSE
        locked_id := NEW.article_id;
        op := CASE TG_OP WHEN 'INSERT' THEN 'I' ELSE 'U' END;
    END IF;
    PERFORM pg_notify(
        'newsdesk_changes',
        '{"t":"article_locks","id":' || locked_id || ',"op":"' || op || '"}'
    );
    RETURN NULL;
END
$$
"""
PG_TRIGGERS = (
    """CREATE TRIGGER article_locks_notify_insert_delete AFTER INSERT OR DELETE ON article_locks
        FOR EACH ROW EXECUTE FUNCTION article_locks_notify()""",
    # Only a change of holder; a heartbeat (or a new pending text) is not news.
    """CREATE TRIGGER article_locks_notify_update AFTER UPDATE ON article_locks
        FOR EACH ROW WHEN (
            OLD.client_id IS DISTINCT FROM NEW.client_id
            OR OLD.user_id IS DISTINCT FROM NEW.user_id
            OR OLD.article_id IS DISTINCT FROM NEW.article_id
        )
        EXECUTE FUNCTION article_locks_notify()""",
)

# Under the rights of migration 0007, everyone sees who edits what (the list's badges)
# and every role that edits stories takes, keeps and hands over locks.
PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT SELECT ON TABLE article_locks TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']);
            EXECUTE 'GRANT INSERT, UPDATE, DELETE ON TABLE article_locks TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'publisher', 'admin']);
        END IF;
    END IF;
END
$grants$
"""


def upgrade() -> None:
    op.create_table(
        "article_locks",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("holder_name", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("previous_client_id", sa.String(length=36), nullable=True),
        sa.Column("previous_name", sa.String(length=200), nullable=True),
        sa.Column("pending_text", sa.Text(), nullable=True),
        sa.Column("pending_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_locks_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_article_locks_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_article_locks")),
    )
    op.create_index("ix_article_locks_user_id", "article_locks", ["user_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_NOTIFY_FUNCTION)
        for statement in PG_TRIGGERS:
            op.execute(statement)
        op.execute(PG_GRANTS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS article_locks_notify_update ON article_locks")
        op.execute("DROP TRIGGER IF EXISTS article_locks_notify_insert_delete ON article_locks")
        op.execute("DROP FUNCTION IF EXISTS article_locks_notify()")
    op.drop_index("ix_article_locks_user_id", table_name="article_locks")
    op.drop_table("article_locks")

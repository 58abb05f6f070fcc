"""write operations and lock sessions: a save knows its own retry, a lock its computer

`articles.last_operation` names the client operation (an autosave of one window) that
wrote the story's current version, as "OPERATION@VERSION". When a save's COMMIT lands but
the reply is lost with the connection, the client's retry carries the same operation:
finding it at the story's current version (nobody wrote since), the database recognises
its own write and the save goes on quietly instead of meeting a conflict with itself.
Any other write raises the version, so the mark no longer matches.

`article_locks.client_host` and `client_pid` say which computer (Newsdesk's own id for
this user's data folder) and which process hold a lock, so a window that finds its
owner's lock left by a crashed session on the same computer takes it back silently.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# Under the rights of migration 0007, whoever may save a story may name the save.
PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT UPDATE (last_operation) ON TABLE articles TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'publisher', 'admin']);
        END IF;
    END IF;
END
$grants$
"""


def upgrade() -> None:
    op.add_column("articles", sa.Column("last_operation", sa.String(length=60), nullable=True))
    op.add_column("article_locks", sa.Column("client_host", sa.String(length=64), nullable=True))
    op.add_column("article_locks", sa.Column("client_pid", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_GRANTS)


def downgrade() -> None:
    # A plain DROP COLUMN on both (SQLite 3.35+): a batch rebuild would trip the change
    # log's triggers on `articles`.
    for table, column in (
        ("article_locks", "client_pid"),
        ("article_locks", "client_host"),
        ("articles", "last_operation"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

"""stories: whether comments are open, and whether a story is private until published

- `articles.comments_open` (default true): a story closed to comments shows "Comments are
  closed." instead of the reply form, intake refuses comments on it, and a WordPress
  export keeps it (`wp:comment_status`). Every role that edits stories may change it.
- `articles.private` (default false): a WordPress post that was private or password
  protected, imported as a draft. No export carries it (ninjs, the WordPress export
  without private data, the site) until someone publishes it, which clears it.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# Under the rights of migration 0007, every role that edits a story may open or close its
# comments; `private` is only ever cleared by publishing, which publishers do.
PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT UPDATE (comments_open) ON TABLE articles TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'publisher', 'admin']);
        END IF;
    END IF;
END
$grants$
"""


def upgrade() -> None:
    # Plain ALTER TABLE on both databases: a batch would rebuild `articles` on SQLite and
    # lose its triggers (search, change log).
    op.add_column(
        "articles",
        sa.Column("comments_open", sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    op.add_column(
        "articles", sa.Column("private", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_GRANTS)


def downgrade() -> None:
    op.drop_column("articles", "private")
    op.drop_column("articles", "comments_open")

"""comment kinds: readers' comments, pingbacks and trackbacks

A WordPress site hands over pingbacks and trackbacks (other sites linking to a story)
among its comments; they keep their kind here so the queue and the exports can tell
them from what readers wrote. Existing rows are readers' comments. A plain ADD COLUMN
(no table rebuild), so the comment triggers and the SQLite search index stay as they are.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KINDS = ("comment", "pingback", "trackback")
CHECK = f"kind IN ({', '.join(repr(kind) for kind in KINDS)})"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite takes a CHECK in ADD COLUMN; a named table constraint would need a rebuild.
        op.execute(
            "ALTER TABLE comments ADD COLUMN kind VARCHAR(20) DEFAULT 'comment' NOT NULL "
            f"CONSTRAINT ck_comments_kind CHECK ({CHECK})"
        )
    else:
        op.add_column(
            "comments",
            sa.Column("kind", sa.String(length=20), server_default="comment", nullable=False),
        )
        op.create_check_constraint("ck_comments_kind", "comments", CHECK)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE comments DROP COLUMN kind")
    else:
        op.drop_constraint("ck_comments_kind", "comments", type_="check")
        op.drop_column("comments", "kind")

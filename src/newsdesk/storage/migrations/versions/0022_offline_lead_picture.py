"""offline sync: the lead picture a story had when it was taken offline or last synced

`offline_articles.base_lead`: the story's lead picture as both sides last agreed on it
(the picture's sha256, which is the same on every database, and the story's own caption,
credit and alt text for it), or null for none. A lead picture is not in the change log
(it is a row of `article_pictures`, not of the story), so a sync compares each side's
lead with this base: the side that changed it wins; when both did, the newsroom's stays
and the laptop's is reported. Laptop-only bookkeeping: nothing on a newsroom reads it.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("offline_articles") as batch:
        batch.add_column(sa.Column("base_lead", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("offline_articles") as batch:
        batch.drop_column("base_lead")

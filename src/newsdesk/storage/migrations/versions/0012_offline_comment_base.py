"""offline sync: the text a comment taken offline had, so an offline edit can be merged

`offline_comments.base_body`: the comment's text when it was taken offline or last
synced. A sync sends an edit made offline only when the newsroom still holds this text
(else the newsroom's edit stands and the offline one is reported, in full). Rows taken
offline before this migration have none: their edits are sent when the newsroom's change
log shows no change to the comment since the last sync.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("offline_comments") as batch:
        batch.add_column(sa.Column("base_body", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("offline_comments") as batch:
        batch.drop_column("base_body")

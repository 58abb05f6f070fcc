"""plan items taken offline, and the budget's index

- `ix_plan_items_budget` (edition, section, due time, priority, state, story, planned
  words) in place of `ix_plan_items_edition_section_id`: the budget's order and every
  column its filters read, so a month filtered by state is read from the index in order
  (on SQLite it was 15,000 rows looked up out of order, then sorted).

`offline_plan_items`: on a laptop, each plan item taken offline with its owner's
assignments, and the newsroom's item as it was when taken or last synced (its version,
stored status and notes): a sync sends the status and notes changed here since, and
brings the newsroom's item back (services/sync/plan_items.py). Bookkeeping of a laptop's
own, as `offline_articles` (migration 0010): no rights of its own on PostgreSQL.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


BUDGET_INDEX = (
    "edition",
    "section_id",
    "due_at",
    "priority",
    "status",
    "article_id",
    "words_planned",
)


def upgrade() -> None:
    op.create_index("ix_plan_items_budget", "plan_items", list(BUDGET_INDEX))
    op.drop_index("ix_plan_items_edition_section_id", table_name="plan_items")
    op.create_table(
        "offline_plan_items",
        sa.Column("plan_uuid", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("base_status", sa.String(length=20), nullable=False),
        sa.Column("base_notes", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("plan_uuid", name=op.f("pk_offline_plan_items")),
    )


def downgrade() -> None:
    op.drop_table("offline_plan_items")
    op.create_index("ix_plan_items_edition_section_id", "plan_items", ["edition", "section_id"])
    op.drop_index("ix_plan_items_budget", table_name="plan_items")

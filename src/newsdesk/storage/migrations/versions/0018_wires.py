"""agency wires: every version of every item an agency sent, and the stories rewritten
from them

- `wire_items`: one row per version of an agency item (ninjs or NewsML-G2), kept as it
  arrived (`source`) beside the fields the Wires view shows; `current` marks the newest
  version of each guid (one at most, a partial unique index), the older ones its history.
- `wire_uses`: a story rewritten from a wire item, the version it started from and the
  newest version its writer has seen (an update notice lasts until they have).

On PostgreSQL everyone reads both (the Wires view, the notices); the roles that write
stories import wire items and rewrite them.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT SELECT ON TABLE wire_items, wire_uses TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']);
            EXECUTE 'GRANT INSERT, UPDATE ON TABLE wire_items TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'publisher', 'admin']);
            EXECUTE 'GRANT INSERT, UPDATE, DELETE ON TABLE wire_uses TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'publisher', 'admin']);
            EXECUTE 'GRANT USAGE ON SEQUENCE wire_items_id_seq TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'publisher', 'admin']);
        END IF;
    END IF;
END
$grants$
"""


def upgrade() -> None:
    op.create_table(
        "wire_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=500), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("agency", sa.String(length=120), nullable=False),
        sa.Column("headline", sa.String(length=500), nullable=False),
        sa.Column("slugline", sa.String(length=200), nullable=False),
        sa.Column("byline", sa.String(length=200), nullable=False),
        sa.Column("dateline", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("urgency", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("signal", sa.String(length=12), nullable=False),
        sa.Column("correction", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source_format", sa.String(length=10), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("version_created", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_created", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('usable', 'withheld', 'canceled')", name=op.f("ck_wire_items_status")
        ),
        sa.CheckConstraint(
            "signal IN ('', 'update', 'correction')", name=op.f("ck_wire_items_signal")
        ),
        sa.CheckConstraint(
            "source_format IN ('ninjs', 'newsml')", name=op.f("ck_wire_items_source_format")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wire_items")),
    )
    op.create_index("ix_wire_items_guid_current", "wire_items", ["guid", "current"])
    op.create_index("ix_wire_items_received_at", "wire_items", ["received_at"])
    op.create_index(
        "uq_wire_items_current_guid",
        "wire_items",
        ["guid"],
        unique=True,
        sqlite_where=sa.text("current"),
        postgresql_where=sa.text("current"),
    )
    op.create_table(
        "wire_uses",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=500), nullable=False),
        sa.Column("wire_item_id", sa.Integer(), nullable=False),
        sa.Column("seen_item_id", sa.Integer(), nullable=False),
        sa.Column("used_by", sa.Integer(), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_wire_uses_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["wire_item_id"],
            ["wire_items.id"],
            name=op.f("fk_wire_uses_wire_item_id_wire_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seen_item_id"],
            ["wire_items.id"],
            name=op.f("fk_wire_uses_seen_item_id_wire_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["used_by"], ["users.id"], name=op.f("fk_wire_uses_used_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_wire_uses")),
    )
    op.create_index(op.f("ix_wire_uses_guid"), "wire_uses", ["guid"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_GRANTS)


def downgrade() -> None:
    op.drop_index(op.f("ix_wire_uses_guid"), table_name="wire_uses")
    op.drop_table("wire_uses")
    op.drop_index("uq_wire_items_current_guid", table_name="wire_items")
    op.drop_index("ix_wire_items_received_at", table_name="wire_items")
    op.drop_index("ix_wire_items_guid_current", table_name="wire_items")
    op.drop_table("wire_items")

"""copy desk: workflow transitions, notes, word lists

New tables only (the core tables are left as they are): workflow transitions, the
assignee of a story in editing, word counts of revisions, editorial notes, the newsroom
word list and the style list (seeded with a few entries a desk can edit).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATUSES = (
    "'draft', 'submitted', 'editing', 'ready', 'published', 'sent_back', 'killed', 'corrected'"
)
STYLE_SEED = (
    ("special advocate", "special counsel"),
    ("in order to", "to"),
    ("at this point in time", "now"),
    ("a total of", ""),
    ("per cent", "percent"),
)


def _when() -> sa.Column:
    return sa.Column("at", sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "workflow_transitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        _when(),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            f"from_status IN ({STATUSES})", name=op.f("ck_workflow_transitions_from_status")
        ),
        sa.CheckConstraint(
            f"to_status IN ({STATUSES})", name=op.f("ck_workflow_transitions_to_status")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_workflow_transitions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_workflow_transitions_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workflow_transitions")),
    )
    op.create_index(
        "ix_workflow_transitions_article_id_at", "workflow_transitions", ["article_id", "at"]
    )

    op.create_table(
        "article_assignments",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_assignments_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_article_assignments_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_article_assignments")),
    )
    op.create_index(
        "ix_article_assignments_user_id", "article_assignments", ["user_id"], unique=False
    )

    op.create_table(
        "revision_stats",
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("words_added", sa.Integer(), nullable=False),
        sa.Column("words_removed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["revisions.id"],
            name=op.f("fk_revision_stats_revision_id_revisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("revision_id", name=op.f("pk_revision_stats")),
    )

    op.create_table(
        "editorial_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("anchor_text", sa.Text(), nullable=False),
        sa.Column("anchor_start", sa.Integer(), nullable=True),
        sa.Column("anchor_end", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_editorial_notes_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_editorial_notes_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["users.id"],
            name=op.f("fk_editorial_notes_resolved_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editorial_notes")),
    )
    op.create_index(
        "ix_editorial_notes_article_id_resolved_at",
        "editorial_notes",
        ["article_id", "resolved_at"],
    )

    op.create_table(
        "newsroom_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["users.id"],
            name=op.f("fk_newsroom_words_added_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_newsroom_words")),
        sa.UniqueConstraint("word", name=op.f("uq_newsroom_words_word")),
    )

    style_rules = op.create_table(
        "style_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phrase", sa.String(length=200), nullable=False),
        sa.Column("replacement", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_style_rules")),
        sa.UniqueConstraint("phrase", name=op.f("uq_style_rules_phrase")),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        style_rules,
        [
            {"phrase": phrase, "replacement": replacement, "created_at": now}
            for phrase, replacement in STYLE_SEED
        ],
    )


def downgrade() -> None:
    op.drop_table("style_rules")
    op.drop_table("newsroom_words")
    op.drop_index("ix_editorial_notes_article_id_resolved_at", table_name="editorial_notes")
    op.drop_table("editorial_notes")
    op.drop_table("revision_stats")
    op.drop_index("ix_article_assignments_user_id", table_name="article_assignments")
    op.drop_table("article_assignments")
    op.drop_index("ix_workflow_transitions_article_id_at", table_name="workflow_transitions")
    op.drop_table("workflow_transitions")

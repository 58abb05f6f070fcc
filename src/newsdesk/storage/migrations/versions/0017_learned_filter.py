"""moderation that learns: the spam filter's model and standing orders about commenters

- `learned_filters`: the spam filter the newsroom's moderators trained, one row (`name`
  "newsroom"), shared by every window and script on this database. The model is plain
  arrays in NumPy's .npz format (`services/spam_model.py` reads it without pickle);
  beside it what it learned from (counts per label, the moderation log's state it saw)
  and its cross-validated quality when `newsdesk comments learn` measured it.
- `commenter_rules`: what intake does with one commenter's comments, by e-mail address:
  always hold, or always spam (a ban).
- Intake settings for the filter and trust levels live in `settings` (keys
  `comments.*`, written by moderators as the other intake rules).

On PostgreSQL only moderators and admins read or write either table: the rules name
commenters' e-mail addresses, which only they may read (migration 0007), and the model
is learned from those commenters' comments. Both keys are natural (no sequence to grant).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE learned_filters, '
                || 'commenter_rules TO ' || newsdesk_role_list(ARRAY['moderator', 'admin']);
        END IF;
    END IF;
END
$grants$
"""


def upgrade() -> None:
    op.create_table(
        "learned_filters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("model", sa.LargeBinary(), nullable=False),
        sa.Column("features_version", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("trained_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trained_through", sa.String(length=60), nullable=False),
        sa.Column("wanted", sa.Integer(), nullable=False),
        sa.Column("unwanted", sa.Integer(), nullable=False),
        sa.Column("precision", sa.Float(), nullable=True),
        sa.Column("recall", sa.Float(), nullable=True),
        sa.Column("f1", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_learned_filters")),
    )
    op.create_table(
        "commenter_rules",
        sa.Column("email", sa.String(length=100), nullable=False),
        sa.Column("rule", sa.String(length=10), nullable=False),
        sa.Column("set_by", sa.String(length=120), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rule IN ('hold', 'spam')", name=op.f("ck_commenter_rules_rule")),
        sa.PrimaryKeyConstraint("email", name=op.f("pk_commenter_rules")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_GRANTS)


def downgrade() -> None:
    op.drop_table("commenter_rules")
    op.drop_table("learned_filters")

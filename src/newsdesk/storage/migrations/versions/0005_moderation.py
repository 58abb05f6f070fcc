"""comment moderation: log, counts, rules

- Comments gain an edited text (the original kept), the state to restore from spam or
  trash, and a newsroom-reply flag; indexes for the queue's orders and the intake look-ups.
- Counts per state, overall and per story, kept by triggers so every writer (services,
  imports, cascading deletes of stories) keeps them right and no count is a full scan.
  SQLite has row triggers; PostgreSQL gets statement triggers over transition tables,
  so a bulk action updates each counter once, not once per comment.
- Full-text search over comment text and authors: FTS5 on SQLite, a weighted tsvector
  with a GIN index on PostgreSQL (author name and e-mail weight A, the text D).
- The moderation log, and default intake rules in `settings`.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STATES = ("pending", "approved", "spam", "trash")

DEFAULT_SETTINGS = {
    "comments.moderation_words": "bitcoin\ncrypto\ninvestment opportunity\nloan\nwork from home",
    "comments.blocked_words": "casino\ncialis\npayday loan\nreplica watches\nviagra",
    "comments.blocked_action": "spam",
    "comments.hold_links": "2",
    "comments.auto_approve_known": "true",
}

NEW_INDEXES = {
    "ix_comments_status_submitted_at_id": ["status", "submitted_at", "id"],
    "ix_comments_submitted_at_id": ["submitted_at", "id"],
    "ix_comments_article_id_status_submitted_at": ["article_id", "status", "submitted_at"],
    "ix_comments_author_email_submitted_at": ["author_email", "submitted_at"],
    "ix_comments_ip_submitted_at": ["ip", "submitted_at"],
}

SQLITE_COUNT_TRIGGERS = [
    """CREATE TRIGGER comments_count_insert AFTER INSERT ON comments BEGIN
        UPDATE comment_counts SET total = total + 1 WHERE status = new.status;
        INSERT INTO article_comment_counts(article_id, status, total)
        VALUES (new.article_id, new.status, 1)
        ON CONFLICT(article_id, status) DO UPDATE SET total = total + 1;
    END""",
    """CREATE TRIGGER comments_count_delete AFTER DELETE ON comments BEGIN
        UPDATE comment_counts SET total = total - 1 WHERE status = old.status;
        UPDATE article_comment_counts SET total = total - 1
        WHERE article_id = old.article_id AND status = old.status;
    END""",
    """CREATE TRIGGER comments_count_update AFTER UPDATE OF status, article_id ON comments
        WHEN old.status IS NOT new.status OR old.article_id IS NOT new.article_id BEGIN
        UPDATE comment_counts SET total = total - 1 WHERE status = old.status;
        UPDATE article_comment_counts SET total = total - 1
        WHERE article_id = old.article_id AND status = old.status;
        UPDATE comment_counts SET total = total + 1 WHERE status = new.status;
        INSERT INTO article_comment_counts(article_id, status, total)
        VALUES (new.article_id, new.status, 1)
        ON CONFLICT(article_id, status) DO UPDATE SET total = total + 1;
    END""",
]

SQLITE_SEARCH = [
    """CREATE VIRTUAL TABLE comment_search USING fts5(
        body, author_name, author_email,
        content='comments', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER comments_search_insert AFTER INSERT ON comments BEGIN
        INSERT INTO comment_search(rowid, body, author_name, author_email)
        VALUES (new.id, new.body, new.author_name, new.author_email);
    END""",
    """CREATE TRIGGER comments_search_delete AFTER DELETE ON comments BEGIN
        INSERT INTO comment_search(comment_search, rowid, body, author_name, author_email)
        VALUES ('delete', old.id, old.body, old.author_name, old.author_email);
    END""",
    """CREATE TRIGGER comments_search_update AFTER UPDATE OF body, author_name, author_email
        ON comments BEGIN
        INSERT INTO comment_search(comment_search, rowid, body, author_name, author_email)
        VALUES ('delete', old.id, old.body, old.author_name, old.author_email);
        INSERT INTO comment_search(rowid, body, author_name, author_email)
        VALUES (new.id, new.body, new.author_name, new.author_email);
    END""",
    "INSERT INTO comment_search(comment_search) VALUES ('rebuild')",
]

# Deltas of one statement, grouped by story and state, applied once per counter row.
PG_APPLY_DELTA = """
    , bumped AS (
        UPDATE comment_counts AS c SET total = c.total + s.n
        FROM (SELECT status, sum(n) AS n FROM delta GROUP BY status) AS s
        WHERE c.status = s.status RETURNING 1
    )
    INSERT INTO article_comment_counts AS a (article_id, status, total)
    SELECT article_id, status, n FROM delta WHERE n <> 0
    ON CONFLICT (article_id, status) DO UPDATE SET total = a.total + excluded.total;
"""

PG_COUNT_FUNCTION = f"""
CREATE FUNCTION comment_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE comment_counts AS c SET total = c.total - d.n
        FROM (SELECT status, count(*) AS n FROM old_rows GROUP BY status) AS d
        WHERE c.status = d.status;
        UPDATE article_comment_counts AS a SET total = a.total - d.n
        FROM (SELECT article_id, status, count(*) AS n FROM old_rows
              GROUP BY article_id, status) AS d
        WHERE a.article_id = d.article_id AND a.status = d.status;
    ELSIF TG_OP = 'INSERT' THEN
        WITH delta AS (
            SELECT article_id, status, count(*) AS n FROM new_rows GROUP BY article_id, status
        ) {PG_APPLY_DELTA}
    ELSE
        WITH moved AS (
            SELECT o.article_id AS old_article, o.status AS old_status,
                   w.article_id AS new_article, w.status AS new_status
            FROM old_rows AS o JOIN new_rows AS w ON w.id = o.id
            WHERE o.status <> w.status OR o.article_id <> w.article_id
        ), delta AS (
            SELECT article_id, status, sum(n) AS n FROM (
                SELECT old_article AS article_id, old_status AS status, -1 AS n FROM moved
                UNION ALL
                SELECT new_article, new_status, 1 FROM moved
            ) AS changes GROUP BY article_id, status
        ) {PG_APPLY_DELTA}
    END IF;
    RETURN NULL;
END
$$
"""

PG_COUNT_TRIGGERS = [
    """CREATE TRIGGER comments_count_insert AFTER INSERT ON comments
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION comment_counts_apply()""",
    """CREATE TRIGGER comments_count_delete AFTER DELETE ON comments
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION comment_counts_apply()""",
    """CREATE TRIGGER comments_count_update AFTER UPDATE ON comments
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION comment_counts_apply()""",
]

# Angle brackets become spaces: PostgreSQL's parser would skip `<script>…</script>` as
# markup, and a moderator must be able to find hostile comments by their words.
PG_SEARCH_VECTOR = """
    setweight(to_tsvector('simple'::regconfig, coalesce(author_name, '') || ' '
        || regexp_replace(coalesce(author_email, ''), '[^[:alnum:]]+', ' ', 'g')), 'A')
    || setweight(to_tsvector('simple'::regconfig,
        translate(left(coalesce(body, ''), 100000), '<>', '  ')), 'D')
"""


def _counts_tables() -> None:
    op.create_table(
        "comment_counts",
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("status", name=op.f("pk_comment_counts")),
    )
    op.create_table(
        "article_comment_counts",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_comment_counts_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "status", name=op.f("pk_article_comment_counts")),
    )
    states = ", ".join(f"('{state}', 0)" for state in STATES)
    op.execute(f"INSERT INTO comment_counts (status, total) VALUES {states}")
    op.execute(
        "UPDATE comment_counts SET total = (SELECT count(*) FROM comments "
        "WHERE comments.status = comment_counts.status)"
    )
    op.execute(
        "INSERT INTO article_comment_counts (article_id, status, total) "
        "SELECT article_id, status, count(*) FROM comments GROUP BY article_id, status"
    )


def _log_tables() -> None:
    op.create_table(
        "moderation_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comment_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_moderation_actions_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_actions")),
    )
    op.create_index("ix_moderation_actions_user_id_id", "moderation_actions", ["user_id", "id"])
    op.create_table(
        "moderation_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("comment_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["moderation_actions.id"],
            name=op.f("fk_moderation_log_action_id_moderation_actions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_log")),
    )
    op.create_index("ix_moderation_log_action_id", "moderation_log", ["action_id"])
    op.create_index("ix_moderation_log_comment_id", "moderation_log", ["comment_id"])


def _comment_columns() -> None:
    op.add_column("comments", sa.Column("original_body", sa.Text(), nullable=True))
    op.add_column("comments", sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("comments", sa.Column("previous_status", sa.String(length=20), nullable=True))
    op.add_column(
        "comments",
        sa.Column("newsroom_reply", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.drop_index("ix_comments_article_id_status", table_name="comments")
    op.drop_index("ix_comments_status_submitted_at", table_name="comments")
    for name, columns in NEW_INDEXES.items():
        op.create_index(name, "comments", columns)


def upgrade() -> None:
    _comment_columns()
    _counts_tables()
    _log_tables()
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_COUNT_TRIGGERS + SQLITE_SEARCH:
            op.execute(statement)
    else:
        op.execute(PG_COUNT_FUNCTION)
        for statement in PG_COUNT_TRIGGERS:
            op.execute(statement)
        op.execute(
            "ALTER TABLE comments ADD COLUMN search_vector tsvector "
            f"GENERATED ALWAYS AS ({PG_SEARCH_VECTOR}) STORED"
        )
        op.execute("CREATE INDEX ix_comments_search_vector ON comments USING gin (search_vector)")
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    existing = {row[0] for row in op.get_bind().execute(sa.select(settings.c.key))}
    rows = [{"key": k, "value": v} for k, v in DEFAULT_SETTINGS.items() if k not in existing]
    if rows:
        op.bulk_insert(settings, rows)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("count_insert", "count_delete", "count_update"):
            op.execute(f"DROP TRIGGER IF EXISTS comments_{name}")
        for name in ("search_insert", "search_delete", "search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS comments_{name}")
        op.execute("DROP TABLE IF EXISTS comment_search")
    else:
        for name in ("count_insert", "count_delete", "count_update"):
            op.execute(f"DROP TRIGGER IF EXISTS comments_{name} ON comments")
        op.execute("DROP FUNCTION IF EXISTS comment_counts_apply()")
        op.execute("DROP INDEX IF EXISTS ix_comments_search_vector")
        op.execute("ALTER TABLE comments DROP COLUMN IF EXISTS search_vector")
    op.execute(
        f"DELETE FROM settings WHERE key IN ({', '.join(repr(k) for k in DEFAULT_SETTINGS)})"
    )
    op.drop_table("moderation_log")
    op.drop_table("moderation_actions")
    op.drop_table("article_comment_counts")
    op.drop_table("comment_counts")
    for name in NEW_INDEXES:
        op.drop_index(name, table_name="comments")
    op.create_index("ix_comments_article_id_status", "comments", ["article_id", "status"])
    op.create_index("ix_comments_status_submitted_at", "comments", ["status", "submitted_at"])
    with op.batch_alter_table("comments") as batch:
        for column in ("newsroom_reply", "previous_status", "edited_at", "original_body"):
            batch.drop_column(column)

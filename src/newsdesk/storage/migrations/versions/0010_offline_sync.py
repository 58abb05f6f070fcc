"""offline sync: stable ids, a change log per database, a laptop's offline bookkeeping

- `uuid` on revisions, editorial notes, related links and sections (backfilled), so a
  copy on a laptop and the newsroom's row are the same thing under every id scheme.
- `change_log`: one row per change to a story, a comment's state, a note or a related
  link (a deletion leaves a tombstone row). Kept by triggers, so every writer is seen.
  A sync reads the rows after its watermark (`seq`), never laptop clock times.
  SQLite has row triggers; PostgreSQL gets statement triggers over transition tables
  (a bulk approve of 10,000 comments writes its rows in one INSERT … SELECT), and each
  row keeps the writing transaction's id (`xid`): a reader also re-reads the rows of the
  transactions that were still running at its last read, so a change committed late
  under a lower `seq` is never skipped.
- `sync_guard`: one row; while a sync applies the newsroom's changes to a laptop it sets
  `applying` inside its own transaction, and the triggers write nothing, so what came
  from the newsroom is never sent back as a local change.
- Laptop bookkeeping: `sync_replica` (the newsroom synced with and both watermarks),
  `offline_articles` (the base each offline story was taken from), `offline_comments`.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

UUID_TABLES = ("revisions", "editorial_notes", "related_links", "sections")

SQLITE_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)

_QUIET = "NOT EXISTS (SELECT 1 FROM sync_guard WHERE applying = 1)"
_NOTE_ARTICLE = "(SELECT uuid FROM articles WHERE id = {row}.article_id)"

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER change_log_article_insert AFTER INSERT ON articles WHEN {_QUIET} BEGIN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        VALUES ('article', new.uuid, new.uuid, 'insert');
    END""",
    f"""CREATE TRIGGER change_log_article_update AFTER UPDATE ON articles WHEN {_QUIET} BEGIN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        VALUES ('article', new.uuid, new.uuid, 'update');
    END""",
    f"""CREATE TRIGGER change_log_article_delete AFTER DELETE ON articles WHEN {_QUIET} BEGIN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        VALUES ('article', old.uuid, old.uuid, 'delete');
    END""",
    f"""CREATE TRIGGER change_log_comment_insert AFTER INSERT ON comments WHEN {_QUIET} BEGIN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        VALUES ('comment', new.uuid, NULL, 'insert');
    END""",
    f"""CREATE TRIGGER change_log_comment_update AFTER UPDATE OF status, body ON comments
        WHEN (old.status IS NOT new.status OR old.body IS NOT new.body) AND {_QUIET} BEGIN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        VALUES ('comment', new.uuid, NULL, 'update');
    END""",
    f"""CREATE TRIGGER change_log_comment_delete AFTER DELETE ON comments WHEN {_QUIET} BEGIN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        VALUES ('comment', old.uuid, NULL, 'delete');
    END""",
    *(
        f"""CREATE TRIGGER change_log_{entity}_{op} AFTER {op.upper()} ON {table}
            WHEN {_QUIET} BEGIN
            INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
            VALUES ('{entity}', {row}.uuid, {_NOTE_ARTICLE.format(row=row)}, '{op}');
        END"""
        for entity, table in (("note", "editorial_notes"), ("link", "related_links"))
        for op, row in (("insert", "new"), ("update", "new"), ("delete", "old"))
    ),
)

# One function per table: the rows of the statement go in with one INSERT … SELECT.
_PG_FUNCTION = """
CREATE FUNCTION change_log_{table}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $fn$
BEGIN
    IF EXISTS (SELECT 1 FROM sync_guard WHERE applying = 1) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        SELECT '{entity}', n.uuid, {article_new}, 'insert' FROM new_rows AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        SELECT '{entity}', o.uuid, {article_old}, 'delete' FROM old_rows AS o;
    ELSE
        INSERT INTO change_log(entity, entity_uuid, article_uuid, op)
        SELECT '{entity}', n.uuid, {article_new}, 'update'
        FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id {changed};
    END IF;
    RETURN NULL;
END
$fn$"""

PG_TABLES = (
    # table, entity, article uuid (new row / old row), which updates count
    ("articles", "article", "n.uuid", "o.uuid", ""),
    (
        "comments",
        "comment",
        "NULL",
        "NULL",
        "WHERE o.status IS DISTINCT FROM n.status OR o.body IS DISTINCT FROM n.body",
    ),
    (
        "editorial_notes",
        "note",
        "(SELECT a.uuid FROM articles AS a WHERE a.id = n.article_id)",
        "(SELECT a.uuid FROM articles AS a WHERE a.id = o.article_id)",
        "",
    ),
    (
        "related_links",
        "link",
        "(SELECT a.uuid FROM articles AS a WHERE a.id = n.article_id)",
        "(SELECT a.uuid FROM articles AS a WHERE a.id = o.article_id)",
        "",
    ),
)

PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT SELECT ON TABLE change_log, sync_guard TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']);
        END IF;
    END IF;
END
$grants$
"""


def _add_uuids(dialect: str) -> None:
    for table in UUID_TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        fill = "gen_random_uuid()::text" if dialect == "postgresql" else SQLITE_UUID
        op.execute(f"UPDATE {table} SET uuid = {fill} WHERE uuid IS NULL")
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)


def _create_tables() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("article_uuid", sa.String(length=36), nullable=True),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column(
            "xid",
            sa.BigInteger(),
            nullable=True,
            server_default=(
                sa.text("(pg_current_xact_id()::text)::bigint")
                if op.get_bind().dialect.name == "postgresql"
                else None
            ),
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_log_xid", "change_log", ["xid"], unique=False)
    op.create_table(
        "sync_guard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_guard")),
    )
    op.execute("INSERT INTO sync_guard (id, applying) VALUES (1, 0)")
    op.create_table(
        "sync_replica",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_address", sa.String(length=500), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("server_pending", sa.JSON(), nullable=False),
        sa.Column("local_seq", sa.Integer(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_replica")),
        sa.UniqueConstraint("server_address", name=op.f("uq_sync_replica_server_address")),
    )
    op.create_table(
        "offline_articles",
        sa.Column("article_uuid", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("needs_merge", sa.Boolean(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("theirs_version", sa.Integer(), nullable=True),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("article_uuid", name=op.f("pk_offline_articles")),
    )
    op.create_table(
        "offline_comments",
        sa.Column("comment_uuid", sa.String(length=36), nullable=False),
        sa.Column("base_status", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("comment_uuid", name=op.f("pk_offline_comments")),
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _add_uuids(dialect)
    _create_tables()
    if dialect == "postgresql":
        schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
        for table, entity, article_new, article_old, changed in PG_TABLES:
            op.execute(
                _PG_FUNCTION.format(
                    table=table,
                    schema=schema,
                    entity=entity,
                    article_new=article_new,
                    article_old=article_old,
                    changed=changed,
                )
            )
            for event, referencing in (
                ("INSERT", "REFERENCING NEW TABLE AS new_rows"),
                ("UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                ("DELETE", "REFERENCING OLD TABLE AS old_rows"),
            ):
                op.execute(
                    f"CREATE TRIGGER change_log_{table}_{event.lower()} AFTER {event} "
                    f"ON {table} {referencing} "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION change_log_{table}()"
                )
        op.execute(PG_GRANTS)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for table, *_rest in PG_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS change_log_{table}_{event} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS change_log_{table}()")
    else:
        for name in (
            "article_insert",
            "article_update",
            "article_delete",
            "comment_insert",
            "comment_update",
            "comment_delete",
            *(f"{e}_{o}" for e in ("note", "link") for o in ("insert", "update", "delete")),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS change_log_{name}")
    for name in ("offline_comments", "offline_articles", "sync_replica", "sync_guard"):
        op.drop_table(name)
    op.drop_index("ix_change_log_xid", table_name="change_log")
    op.drop_table("change_log")
    for table in reversed(UUID_TABLES):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uuid")

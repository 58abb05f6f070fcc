"""the media library: pictures, their renditions, and the stories that use them

- `pictures`: one row per distinct file content (`sha256` unique), its bytes in the row
  (BLOB on SQLite, bytea on PostgreSQL: stored out of line by TOAST, never read by a
  listing), its size and type, and the texts read from its metadata then edited
  (caption, alt text, credit, creator, copyright, usage terms, keywords, date taken).
- `picture_renditions`: the thumbnail and the page's widths (1x, 2x) of each picture,
  without the file's metadata (no GPS position, no camera serial).
- `article_pictures`: a story's lead picture (one at most: a partial unique index) and
  the pictures in its text, with the texts this story gives them (empty: the picture's).
- Full-text search over caption, credit, creator and file name, as for stories: FTS5 kept
  by triggers on SQLite, a generated tsvector with a GIN index on PostgreSQL.

On PostgreSQL everyone reads the library (exports and previews need it); the roles who
write stories (desk, copy, publisher, admin) add pictures and edit their texts, in their
own name; a picture is deleted by whoever added it, or by the copy desk, publishers and
admins. Which pictures a story uses is written by who may change the story
(`newsdesk_may_change_story`, migration 0014), as its related links are.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

LEAD = sa.text("role = 'lead'")

# Slashes, dots, dashes and underscores part words ("Sahar News/Reuters",
# "pushkin_square-2019.jpg"), as FTS5's tokenizer does on SQLite.
PG_SEARCH_VECTOR = """
    setweight(to_tsvector('simple'::regconfig,
              regexp_replace(coalesce(caption, ''), '[/._-]+', ' ', 'g')), 'A')
    || setweight(to_tsvector('simple'::regconfig,
                 regexp_replace(coalesce(credit, '') || ' ' || coalesce(creator, ''),
                                '[/._-]+', ' ', 'g')), 'B')
    || setweight(to_tsvector('simple'::regconfig,
                 regexp_replace(coalesce(filename, ''), '[/._-]+', ' ', 'g')), 'C')
"""

SQLITE_STATEMENTS = [
    """CREATE VIRTUAL TABLE picture_search USING fts5(
        caption, credit, creator, filename,
        content='pictures', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2 separators ''._-'''
    )""",
    """CREATE TRIGGER pictures_search_insert AFTER INSERT ON pictures BEGIN
        INSERT INTO picture_search(rowid, caption, credit, creator, filename)
        VALUES (new.id, new.caption, new.credit, new.creator, new.filename);
    END""",
    """CREATE TRIGGER pictures_search_delete AFTER DELETE ON pictures BEGIN
        INSERT INTO picture_search(picture_search, rowid, caption, credit, creator, filename)
        VALUES ('delete', old.id, old.caption, old.credit, old.creator, old.filename);
    END""",
    """CREATE TRIGGER pictures_search_update AFTER UPDATE OF caption, credit, creator, filename
        ON pictures BEGIN
        INSERT INTO picture_search(picture_search, rowid, caption, credit, creator, filename)
        VALUES ('delete', old.id, old.caption, old.credit, old.creator, old.filename);
        INSERT INTO picture_search(rowid, caption, credit, creator, filename)
        VALUES (new.id, new.caption, new.credit, new.creator, new.filename);
    END""",
]

EDITORS = "ARRAY['desk', 'copy', 'publisher', 'admin']"
EVERYONE = "ARRAY['desk', 'copy', 'moderator', 'publisher', 'planner', 'admin']"
# Who added a picture, and its bytes, never change once it is in the library.
PICTURE_TEXT_COLUMNS = (
    "filename, caption, alt, credit, creator, copyright, usage_terms, keywords, taken, updated_at"
)
PG_GRANTS = f"""
DO $grants$
BEGIN
    IF newsdesk_rights_prefix() IS NOT NULL THEN
        EXECUTE 'GRANT SELECT ON TABLE pictures, picture_renditions, article_pictures TO '
            || newsdesk_role_list({EVERYONE});
        EXECUTE 'GRANT INSERT, DELETE ON TABLE pictures TO ' || newsdesk_role_list({EDITORS});
        EXECUTE 'GRANT UPDATE ({PICTURE_TEXT_COLUMNS}) ON TABLE pictures TO '
            || newsdesk_role_list({EDITORS});
        EXECUTE 'GRANT INSERT, UPDATE, DELETE ON TABLE picture_renditions, article_pictures TO '
            || newsdesk_role_list({EDITORS});
        EXECUTE 'GRANT USAGE ON SEQUENCE pictures_id_seq TO ' || newsdesk_role_list({EDITORS});
    END IF;
END
$grants$
"""

ME = "newsdesk_user_id()"
ADMIN = "newsdesk_has_role('admin')"
DESK_CHIEFS = (
    "(newsdesk_has_role('copy') OR newsdesk_has_role('publisher') OR newsdesk_has_role('admin'))"
)
RLS_TABLES = ("pictures", "picture_renditions", "article_pictures")
POLICIES: tuple[str, ...] = (
    "CREATE POLICY pictures_read ON pictures FOR SELECT USING (true)",
    f"CREATE POLICY pictures_add ON pictures FOR INSERT WITH CHECK ({ADMIN} OR added_by_id = {ME})",
    # Captions, credits and alt texts are the copy desk's to correct as much as the adder's
    # (only the text columns are granted).
    "CREATE POLICY pictures_change ON pictures FOR UPDATE USING (true)",
    f"""CREATE POLICY pictures_remove ON pictures FOR DELETE
        USING ({DESK_CHIEFS} OR added_by_id = {ME})""",
    "CREATE POLICY picture_renditions_read ON picture_renditions FOR SELECT USING (true)",
    f"""CREATE POLICY picture_renditions_made ON picture_renditions FOR INSERT WITH CHECK (
        {ADMIN} OR EXISTS (SELECT 1 FROM pictures AS p WHERE p.id = picture_id
                           AND p.added_by_id = {ME}))""",
    f"""CREATE POLICY picture_renditions_remade ON picture_renditions FOR UPDATE
        USING ({DESK_CHIEFS} OR EXISTS (SELECT 1 FROM pictures AS p WHERE p.id = picture_id
                                        AND p.added_by_id = {ME}))""",
    f"""CREATE POLICY picture_renditions_removed ON picture_renditions FOR DELETE
        USING ({DESK_CHIEFS} OR EXISTS (SELECT 1 FROM pictures AS p WHERE p.id = picture_id
                                        AND p.added_by_id = {ME}))""",
    "CREATE POLICY article_pictures_read ON article_pictures FOR SELECT USING (true)",
    """CREATE POLICY article_pictures_add ON article_pictures FOR INSERT
        WITH CHECK (newsdesk_may_change_story(article_id))""",
    """CREATE POLICY article_pictures_change ON article_pictures FOR UPDATE
        USING (newsdesk_may_change_story(article_id))
        WITH CHECK (newsdesk_may_change_story(article_id))""",
    """CREATE POLICY article_pictures_remove ON article_pictures FOR DELETE
        USING (newsdesk_may_change_story(article_id))""",
)


def upgrade() -> None:
    op.create_table(
        "pictures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("alt", sa.Text(), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("creator", sa.Text(), nullable=False),
        sa.Column("copyright", sa.Text(), nullable=False),
        sa.Column("usage_terms", sa.Text(), nullable=False),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("taken", sa.DateTime(timezone=True), nullable=True),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        # Last: SQLite reads a row's columns in order, so one after a 5 MB blob would walk
        # its overflow pages; listing pictures never touches the bytes this way.
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint(
            "mime IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')",
            name=op.f("ck_pictures_mime"),
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["users.id"],
            name=op.f("fk_pictures_added_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pictures")),
        sa.UniqueConstraint("sha256", name=op.f("uq_pictures_sha256")),
    )
    op.create_table(
        "picture_renditions",
        sa.Column("picture_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=20), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["picture_id"],
            ["pictures.id"],
            name=op.f("fk_picture_renditions_picture_id_pictures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("picture_id", "kind", name=op.f("pk_picture_renditions")),
    )
    op.create_table(
        "article_pictures",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("picture_id", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("alt", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('lead', 'inline')", name=op.f("ck_article_pictures_role")),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_pictures_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["picture_id"],
            ["pictures.id"],
            name=op.f("fk_article_pictures_picture_id_pictures"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "article_id", "role", "picture_id", name=op.f("pk_article_pictures")
        ),
    )
    op.create_index(
        op.f("ix_article_pictures_picture_id"), "article_pictures", ["picture_id"], unique=False
    )
    op.create_index(
        "uq_article_pictures_lead",
        "article_pictures",
        ["article_id"],
        unique=True,
        sqlite_where=LEAD,
        postgresql_where=LEAD,
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_STATEMENTS:
            op.execute(statement)
        return
    op.execute(
        "ALTER TABLE pictures ADD COLUMN search_vector tsvector "
        f"GENERATED ALWAYS AS ({PG_SEARCH_VECTOR}) STORED"
    )
    op.execute("CREATE INDEX ix_pictures_search_vector ON pictures USING gin (search_vector)")
    op.execute(PG_GRANTS)
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for statement in POLICIES:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS pictures_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS picture_search")
    op.drop_table("article_pictures")
    op.drop_table("picture_renditions")
    op.drop_table("pictures")

"""full-text search over headline, standfirst and body

SQLite gets an FTS5 index kept in step by triggers; PostgreSQL a generated, weighted
tsvector with a GIN index. The search service hides which one is in use.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# A tsvector may not exceed 1 MB; the first 500,000 characters of a body are indexed.
PG_SEARCH_VECTOR = """
    setweight(to_tsvector('simple'::regconfig, coalesce(headline, '')), 'A')
    || setweight(to_tsvector('simple'::regconfig, coalesce(standfirst, '')), 'B')
    || setweight(to_tsvector('simple'::regconfig, left(coalesce(body, ''), 500000)), 'C')
"""

SQLITE_STATEMENTS = [
    """CREATE VIRTUAL TABLE article_search USING fts5(
        headline, standfirst, body,
        content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search(rowid, headline, standfirst, body)
        VALUES (new.id, new.headline, new.standfirst, new.body);
    END""",
    """CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, headline, standfirst, body)
        VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
    END""",
    """CREATE TRIGGER articles_search_update AFTER UPDATE OF headline, standfirst, body
        ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, headline, standfirst, body)
        VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
        INSERT INTO article_search(rowid, headline, standfirst, body)
        VALUES (new.id, new.headline, new.standfirst, new.body);
    END""",
    "INSERT INTO article_search(article_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_STATEMENTS:
            op.execute(statement)
    else:
        op.execute(
            "ALTER TABLE articles ADD COLUMN search_vector tsvector "
            f"GENERATED ALWAYS AS ({PG_SEARCH_VECTOR}) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS articles_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS article_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search_vector")

"""live notifications: what others change reaches every open window (PostgreSQL)

Statement triggers over transition tables send one `pg_notify('newsdesk_changes', …)`
per changed story, section or comment, as compact JSON
`{"t":"<table>","id":<id or null>,"op":"I"|"U"|"D"}` (comments add `"a"`, their story;
a story update that moves it between lists adds `"l":1`). The edit-lock trigger of
migration 0008 speaks the same language.

A transaction sends at most `NOTIFY_BUDGET` notifications that name rows; past that
(approving 10,000 comments, importing a site) each statement sends one summary with
`"id":null`, and PostgreSQL folds identical summaries within a transaction into one.
The budget lives in a transaction-local setting, so it resets by itself.

Only what the window shows is watched: stories and their tags, sections, comments
(their counts follow from them), related links, copy-desk assignments and notes.
Workflow moves, revisions and the moderation log always come with a change to a story
or a comment, so they stay silent. SQLite has no notifications: windows there poll
`PRAGMA data_version` instead, so this migration does nothing on SQLite.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHANNEL = "newsdesk_changes"
NOTIFY_BUDGET = 50
"""Row-naming notifications per transaction; then summaries only."""

_BUDGET = f"""coalesce(
        nullif(current_setting('newsdesk.notify_budget', true), '')::integer, {NOTIFY_BUDGET})"""

# TG_ARGV[0]: the column sent as "id"; TG_ARGV[1] (optional): the column sent as "a".
# The statement's rows are in the transition table `newsdesk_rows`.
PG_NOTIFY_ROWS = f"""
CREATE FUNCTION newsdesk_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    id_column text := TG_ARGV[0];
    story_column text := TG_ARGV[1];
    budget integer := {_BUDGET};
    head text := '{{"t":"' || TG_TABLE_NAME || '","id":';
    tail text := ',"op":"' || left(TG_OP, 1) || '"}}';
    ids integer[];
    stories integer[];
BEGIN
    EXECUTE format(
        'SELECT array_agg(k), array_agg(a) FROM '
        '(SELECT DISTINCT %I AS k, %s AS a FROM newsdesk_rows LIMIT %s) AS s',
        id_column,
        CASE WHEN story_column IS NULL THEN 'NULL::integer' ELSE quote_ident(story_column) END,
        budget + 1
    ) INTO ids, stories;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(ids) > budget THEN
        PERFORM pg_notify('{CHANNEL}', head || 'null' || tail);
        PERFORM set_config('newsdesk.notify_budget', '0', true);
        RETURN NULL;
    END IF;
    FOR i IN 1 .. cardinality(ids) LOOP
        PERFORM pg_notify(
            '{CHANNEL}',
            head || coalesce(ids[i]::text, 'null')
                || CASE WHEN story_column IS NULL THEN ''
                        ELSE ',"a":' || coalesce(stories[i]::text, 'null') END
                || tail
        );
    END LOOP;
    PERFORM set_config('newsdesk.notify_budget', (budget - cardinality(ids))::text, true);
    RETURN NULL;
END
$$
"""

# (A colon before a word would read as a bind parameter to SQLAlchemy: hence ':' || '1'.)
# A story update says whether the story moved between lists (state, section, trash,
# author, publication time: what the saved views and section counts depend on).
PG_NOTIFY_ARTICLE_UPDATES = f"""
CREATE FUNCTION newsdesk_notify_article_updates() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    budget integer := {_BUDGET};
    ids integer[];
    moved boolean[];
BEGIN
    SELECT array_agg(s.id), array_agg(s.moved) INTO ids, moved FROM (
        SELECT n.id, bool_or(
                o.status IS DISTINCT FROM n.status
                OR o.section_id IS DISTINCT FROM n.section_id
                OR o.trashed_at IS DISTINCT FROM n.trashed_at
                OR o.author_id IS DISTINCT FROM n.author_id
                OR o.published_at IS DISTINCT FROM n.published_at
            ) AS moved
        FROM newsdesk_rows AS n JOIN newsdesk_old_rows AS o ON o.id = n.id
        GROUP BY n.id
        LIMIT budget + 1
    ) AS s;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(ids) > budget THEN
        PERFORM pg_notify('{CHANNEL}', '{{"t":"articles","id":' || 'null,"op":"U"}}');
        PERFORM set_config('newsdesk.notify_budget', '0', true);
        RETURN NULL;
    END IF;
    FOR i IN 1 .. cardinality(ids) LOOP
        PERFORM pg_notify(
            '{CHANNEL}',
            '{{"t":"articles","id":' || ids[i]
                || CASE WHEN moved[i] THEN ',"l":' || '1' ELSE '' END || ',"op":"U"}}'
        );
    END LOOP;
    PERFORM set_config('newsdesk.notify_budget', (budget - cardinality(ids))::text, true);
    RETURN NULL;
END
$$
"""

WATCHED: tuple[tuple[str, str, str | None], ...] = (
    # (table, column sent as "id", column sent as "a")
    ("articles", "id", None),
    ("article_tags", "article_id", None),
    ("sections", "id", None),
    ("comments", "id", "article_id"),
    ("related_links", "article_id", None),
    ("article_assignments", "article_id", None),
    ("editorial_notes", "article_id", None),
)
EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))


def _trigger_name(table: str, event: str) -> str:
    return f"{table}_live_{event.lower()}"


def _triggers() -> list[str]:
    statements = []
    for table, id_column, story_column in WATCHED:
        arguments = ", ".join(f"'{column}'" for column in (id_column, story_column) if column)
        for event, side in EVENTS:
            if table == "articles" and event == "UPDATE":
                statements.append(
                    f"""CREATE TRIGGER {_trigger_name(table, event)} AFTER UPDATE ON articles
                    REFERENCING OLD TABLE AS newsdesk_old_rows NEW TABLE AS newsdesk_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_notify_article_updates()"""
                )
                continue
            statements.append(
                f"""CREATE TRIGGER {_trigger_name(table, event)} AFTER {event} ON {table}
                REFERENCING {side} TABLE AS newsdesk_rows
                FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_notify_rows({arguments})"""
            )
    return statements


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(PG_NOTIFY_ROWS)
    op.execute(PG_NOTIFY_ARTICLE_UPDATES)
    for statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, _id_column, _story_column in WATCHED:
        for event, _side in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger_name(table, event)} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS newsdesk_notify_article_updates()")
    op.execute("DROP FUNCTION IF EXISTS newsdesk_notify_rows()")

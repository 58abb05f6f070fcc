"""comment counts without lock waits: delta rows on PostgreSQL, folded in by one at a time

Migration 0005's statement trigger updated the shared count rows (`comment_counts`, one
per state, and `article_comment_counts`) in whatever order its plan produced, and kept
them locked until commit. Two moderators, or a moderator and an intake, could each hold
a count row the other needed next: the server broke such deadlocks by failing one of
them (found by benchmarks/bench_newsroom_load.py). Every write of comments also queued
behind every other on the four per-state rows.

Now, on PostgreSQL:

- the trigger only appends rows to `comment_count_deltas` (story, state, +/- n): an
  INSERT locks nothing another transaction waits for;
- the counts are the kept totals plus the deltas not yet folded in (the services read
  both, `CommentCount` + `CommentCountDelta`), so they are exact in every snapshot;
- `comment_counts_compact(most)` folds the oldest deltas (at most `most`; NULL: all)
  into the totals. One caller at a time (a transaction-scoped advisory lock, taken with
  `try`: the others return at once), and nobody else writes the totals, so it waits for
  no one, except a story being deleted (whose counts the deletion is removing): after
  100 ms it gives up and leaves the deltas for another time. Deltas of a story that is
  gone go into the per-state totals only. The moderation and intake services call it as
  the last statement of their transactions; any caller may (it only changes where the
  counts are kept).

SQLite serialises writers on the whole file, so it cannot deadlock on the counts: its
row triggers keep updating the totals, and its delta table stays empty.

Also:

- SQLite: the comments' full-text index (`comment_search`, migration 0005) is rebuilt
  with prefix indexes of 3 and 4 characters. The queue searches words as prefixes while
  they are typed; without these, a short prefix ("the", "coun") merged the lists of
  every word it starts on each query (100-250 ms over a million comments, and seconds
  when checked comment by comment). It makes that index about twice the size.
- PostgreSQL: migration 0010's change-log trigger function for comments plans without
  nested loops (see `upgrade`).
- PostgreSQL: `newsdesk_remove_login(login)`, for admins, so a person can be
removed (`newsdesk admin remove-user`): it takes this newsroom's group roles from the
login and drops the login from the server unless it still belongs to something else
there (another newsroom's roles, objects or grants), returning whether it was dropped.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# pg_try_advisory_xact_lock key of the one compaction at a time ("ndcc").
COMPACT_LOCK = 0x6E646363

PG_APPLY_FUNCTION = """
CREATE OR REPLACE FUNCTION comment_counts_apply() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO comment_count_deltas (article_id, status, n)
        SELECT article_id, status, count(*) FROM new_rows GROUP BY article_id, status;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO comment_count_deltas (article_id, status, n)
        SELECT article_id, status, -count(*) FROM old_rows GROUP BY article_id, status;
    ELSE
        -- Each row once as it was (-1) and once as it is (+1): the rows whose story and
        -- state stayed cancel out. No join of the two: plpgsql plans a trigger's query
        -- once per session, for the rows of its first run, and a nested loop planned
        -- for one row would then compare 10,000 with 10,000.
        INSERT INTO comment_count_deltas (article_id, status, n)
        SELECT article_id, status, sum(n) FROM (
            SELECT article_id, status, -1 AS n FROM old_rows
            UNION ALL
            SELECT article_id, status, 1 FROM new_rows
        ) AS moved
        GROUP BY article_id, status HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END
$fn$
"""

PG_COMPACT_FUNCTION = f"""
CREATE FUNCTION comment_counts_compact(most integer DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {{schema}}, pg_temp SET lock_timeout = '100ms' AS $fn$
DECLARE
    folded integer := 0;
BEGIN
    -- Under a snapshot older than the statement, rows another compaction folded could
    -- still look present: only read committed transactions fold.
    IF current_setting('transaction_isolation') <> 'read committed'
       OR NOT pg_try_advisory_xact_lock({COMPACT_LOCK}) THEN
        RETURN 0;
    END IF;
    BEGIN
        WITH gone AS (
            DELETE FROM comment_count_deltas
            WHERE id IN (SELECT id FROM comment_count_deltas ORDER BY id LIMIT most)
            RETURNING article_id, status, n
        ), overall AS (
            UPDATE comment_counts AS c SET total = c.total + s.n
            FROM (SELECT status, sum(n) AS n FROM gone GROUP BY status) AS s
            WHERE c.status = s.status
            RETURNING 1
        ), per_story AS (
            INSERT INTO article_comment_counts AS a (article_id, status, total)
            SELECT g.article_id, g.status, sum(g.n) FROM gone AS g
            WHERE EXISTS (SELECT 1 FROM articles WHERE articles.id = g.article_id)
            GROUP BY g.article_id, g.status
            ORDER BY g.article_id, g.status
            ON CONFLICT (article_id, status) DO UPDATE SET total = a.total + excluded.total
            RETURNING 1
        )
        SELECT count(*) INTO folded FROM gone;
    EXCEPTION WHEN lock_not_available OR foreign_key_violation OR deadlock_detected THEN
        -- A story being deleted holds its counts: fold another time.
        folded := 0;
    END;
    RETURN folded;
END
$fn$
"""

PG_GRANTS = """
DO $grants$
BEGIN
    IF to_regprocedure('newsdesk_role_list(text[])') IS NOT NULL THEN
        IF newsdesk_rights_prefix() IS NOT NULL THEN
            EXECUTE 'GRANT SELECT ON TABLE comment_count_deltas TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']);
            EXECUTE 'GRANT EXECUTE ON FUNCTION comment_counts_compact(integer) TO '
                || newsdesk_role_list(ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']);
        END IF;
    END IF;
END
$grants$
"""

SQLITE_SEARCH_TABLE = """CREATE VIRTUAL TABLE comment_search USING fts5(
    body, author_name, author_email,
    content='comments', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'{prefix}
)"""


def _rebuild_sqlite_search(prefix: str) -> None:
    op.execute("DROP TABLE IF EXISTS comment_search")
    op.execute(SQLITE_SEARCH_TABLE.format(prefix=prefix))
    op.execute("INSERT INTO comment_search(comment_search) VALUES ('rebuild')")


# Only a login that holds one of this newsroom's group roles is dropped, and only when it
# holds nothing else on the server afterwards.
PG_REMOVE_LOGIN_FUNCTION = """
CREATE FUNCTION newsdesk_remove_login(login text) RETURNS boolean LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
    target pg_roles;
    ours boolean;
BEGIN
    SELECT * INTO target FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF target.rolsuper OR NOT target.rolcanlogin OR login LIKE 'nd\\_%' THEN
        RAISE EXCEPTION '% is not a person''s login', login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF login = session_user THEN
        RAISE EXCEPTION 'You cannot remove yourself' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    ours := EXISTS (
        SELECT 1 FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid
        WHERE m.member = target.oid
          AND g.rolname = ANY (ARRAY(SELECT newsdesk_role_name(r) FROM unnest(
              ARRAY['desk', 'copy', 'moderator', 'publisher', 'admin']) AS r)));
    IF NOT ours THEN
        RETURN false;
    END IF;
    PERFORM newsdesk_set_login_roles(login, '{{}}');
    IF EXISTS (SELECT 1 FROM pg_auth_members WHERE member = target.oid) THEN
        RETURN false;
    END IF;
    BEGIN
        EXECUTE format('DROP ROLE %I', login);
    EXCEPTION WHEN dependent_objects_still_exist THEN
        RETURN false;
    END;
    RETURN true;
END
$fn$
"""

PG_REMOVE_LOGIN_GRANT = """
DO $grants$
BEGIN
    IF newsdesk_rights_prefix() IS NOT NULL THEN
        EXECUTE 'GRANT EXECUTE ON FUNCTION newsdesk_remove_login(text) TO '
            || newsdesk_role_list(ARRAY['admin']);
    END IF;
END
$grants$
"""

# Migration 0005's trigger function, as migration 0007 left it (run as the owner).
PG_0005_APPLY_DELTA = """
    , bumped AS (
        UPDATE comment_counts AS c SET total = c.total + s.n
        FROM (SELECT status, sum(n) AS n FROM delta GROUP BY status) AS s
        WHERE c.status = s.status RETURNING 1
    )
    INSERT INTO article_comment_counts AS a (article_id, status, total)
    SELECT article_id, status, n FROM delta WHERE n <> 0
    ON CONFLICT (article_id, status) DO UPDATE SET total = a.total + excluded.total;
"""

PG_0005_APPLY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION comment_counts_apply() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {{schema}} AS $$
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
        ) {PG_0005_APPLY_DELTA}
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
        ) {PG_0005_APPLY_DELTA}
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "comment_count_deltas",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_count_deltas")),
    )
    op.create_index("ix_comment_count_deltas_article_id", "comment_count_deltas", ["article_id"])
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        _rebuild_sqlite_search(prefix=", prefix='3 4'")
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    op.execute(PG_APPLY_FUNCTION.format(schema=schema))
    op.execute(PG_COMPACT_FUNCTION.format(schema=schema))
    op.execute("REVOKE ALL ON FUNCTION comment_counts_compact(integer) FROM PUBLIC")
    op.execute(PG_GRANTS)
    # Migration 0010's change log joins a statement's old and new comments; planned once
    # per session for the first statement's rows (often one), a nested loop would then
    # take minutes over a bulk action's 10,000. Without nested loops it is a hash join.
    op.execute("ALTER FUNCTION change_log_comments() SET enable_nestloop = off")
    op.execute(PG_REMOVE_LOGIN_FUNCTION.format(schema=schema))
    op.execute("REVOKE ALL ON FUNCTION newsdesk_remove_login(text) FROM PUBLIC")
    op.execute(PG_REMOVE_LOGIN_GRANT)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
        # Fold every delta in (nothing else runs during a downgrade), then the old trigger.
        op.execute(
            "UPDATE comment_counts AS c SET total = c.total + s.n FROM "
            "(SELECT status, sum(n) AS n FROM comment_count_deltas GROUP BY status) AS s "
            "WHERE c.status = s.status"
        )
        op.execute(
            "INSERT INTO article_comment_counts AS a (article_id, status, total) "
            "SELECT d.article_id, d.status, sum(d.n) FROM comment_count_deltas AS d "
            "WHERE EXISTS (SELECT 1 FROM articles WHERE articles.id = d.article_id) "
            "GROUP BY d.article_id, d.status "
            "ON CONFLICT (article_id, status) DO UPDATE SET total = a.total + excluded.total"
        )
        op.execute(PG_0005_APPLY_FUNCTION.format(schema=schema))
        op.execute("ALTER FUNCTION change_log_comments() RESET enable_nestloop")
        op.execute("DROP FUNCTION IF EXISTS comment_counts_compact(integer)")
        op.execute("DROP FUNCTION IF EXISTS newsdesk_remove_login(text)")
    else:
        _rebuild_sqlite_search(prefix="")
    op.drop_index("ix_comment_count_deltas_article_id", table_name="comment_count_deltas")
    op.drop_table("comment_count_deltas")

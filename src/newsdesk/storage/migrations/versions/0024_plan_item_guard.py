"""spiking and story links of plan items kept to the planners, under raw SQL too

Migration 0019 lets a desk editor's login update the status, notes and story link of the
plan items they are on (a column grant and a row policy): what the services let them do.
A grant cannot say which values, so under their own login a desk editor could still spike
an item (or take it out of the spike) and point its story link at any story, both of which
the planning service keeps to planners, publishers and admins. A trigger on PostgreSQL
refuses, for every login that is not a planner, publisher or admin (the owner and
superusers are trusted, as in migration 0007's workflow guard):

- a move into or out of "spiked";
- a story link changed once set, or set to a story that is not the person's own.

SQLite has no logins: the services are its guard.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

PG_GUARD = """
CREATE FUNCTION plan_items_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                   'USAGE') THEN
        RETURN NEW;  -- the owner (and superusers) are trusted
    END IF;
    IF newsdesk_has_role('planner') OR newsdesk_has_role('publisher')
       OR newsdesk_has_role('admin') THEN
        RETURN NEW;
    END IF;
    IF (NEW.status = 'spiked') IS DISTINCT FROM (OLD.status = 'spiked') THEN
        RAISE EXCEPTION 'planning: % may not spike a plan item or take it out of the spike',
            current_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.article_id IS DISTINCT FROM OLD.article_id AND (
        OLD.article_id IS NOT NULL
        OR NOT EXISTS (SELECT 1 FROM articles AS a
                       WHERE a.id = NEW.article_id AND a.author_id = newsdesk_user_id())
    ) THEN
        RAISE EXCEPTION 'planning: % may link a plan item only once, to a story of their own',
            current_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $fn$
"""

PG_TRIGGER = """
CREATE TRIGGER plan_items_guard BEFORE UPDATE ON plan_items FOR EACH ROW
    EXECUTE FUNCTION plan_items_guard()
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(PG_GUARD)
    op.execute(PG_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS plan_items_guard ON plan_items")
    op.execute("DROP FUNCTION IF EXISTS plan_items_guard()")

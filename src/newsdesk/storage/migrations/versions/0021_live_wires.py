"""live notifications of agency wires

Every version of a wire item taken in (a new item, an update, a correction, a
withdrawal: an INSERT, and the UPDATE that retires the version before it) notifies
migration 0009's channel as stories do, so another window's Wires view refreshes and
whoever rewrote the item hears of it within a second. Rows of a use (`wire_uses`)
notify too: a rewrite elsewhere makes its story a rewrite in every window. SQLite has
no notifications; its windows poll (services/live.py).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

WIRES_WATCHED = (("wire_items", "id"), ("wire_uses", "article_id"))
WIRES_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))


def _trigger_name(table: str, event: str) -> str:
    return f"{table}_live_{event.lower()}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in WIRES_WATCHED:
        for event, side in WIRES_EVENTS:
            op.execute(
                f"""CREATE TRIGGER {_trigger_name(table, event)} AFTER {event} ON {table}
                REFERENCING {side} TABLE AS newsdesk_rows
                FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_notify_rows('{column}')"""
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, _column in WIRES_WATCHED:
        for event, _side in WIRES_EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger_name(table, event)} ON {table}")

"""Alembic environment: always driven from newsdesk.storage.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from newsdesk.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Newsdesk migrations run through `newsdesk migrate`, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

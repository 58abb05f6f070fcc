"""Running Alembic from code: where the schema stands and bringing it to the head."""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")
"""Our migrations are a straight line named NNNN_what.py with revision "NNNN", so opening a
database knows where the schema stands without loading Alembic (a fifth of a second of
the window's start); tests/unit keeps this equal to what Alembic itself reads."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    return {
        found.group(1)
        for path in (MIGRATIONS_DIR / "versions").iterdir()
        if (found := REVISION_FILE.match(path.name))
    }


def head_revision() -> str:
    return max(known_revisions())


def current_revision(connection: Connection) -> str | None:
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


class SchemaState(Enum):
    """Where a database's schema stands for this version of Newsdesk."""

    EMPTY = "empty"
    """No table at all: a new newsroom can be set up in it."""
    FOREIGN = "foreign"
    """Tables, but not a Newsdesk newsroom's."""
    TOO_NEW = "too new"
    """A newer Newsdesk's schema: this version must not touch it."""
    BEHIND = "behind"
    """A Newsdesk newsroom that needs migrating."""
    CURRENT = "current"


def schema_state(connection: Connection) -> tuple[SchemaState, str | None]:
    """Where the schema of the database behind `connection` stands, and its revision.
    Reads only: opening a newsroom and testing a connection both judge by this."""
    tables = inspect(connection).get_table_names()
    revision = current_revision(connection) if "alembic_version" in tables else None
    if revision is None:
        return (SchemaState.FOREIGN if tables else SchemaState.EMPTY), None
    if revision not in known_revisions():
        return SchemaState.TOO_NEW, revision
    if revision != head_revision():
        return SchemaState.BEHIND, revision
    return SchemaState.CURRENT, revision


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def downgrade(connection: Connection, target: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(connection), target)

"""What went wrong with the database, as the UI needs to tell it apart: a newsroom that
could not be opened, a database out of reach, or one busy with another program's write.
The UI asks here, never the storage layer."""

from __future__ import annotations

from newsdesk.storage.database import DatabaseError, is_connection_lost, is_database_busy

__all__ = ["DatabaseError", "is_connection_lost", "is_database_busy", "is_transient"]


def is_transient(error: BaseException) -> bool:
    """Worth trying again shortly: the database was out of reach or busy."""
    return is_connection_lost(error) or is_database_busy(error)

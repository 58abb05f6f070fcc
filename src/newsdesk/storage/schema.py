"""Every table of the newsroom: importing this module registers all ORM models.

The core models live in `orm`; the copy desk's and the moderation's in their own
modules. Migrations and schema checks use `metadata` from here.
"""

from __future__ import annotations

from newsdesk.storage import (
    orm,
    orm_copydesk,
    orm_learning,
    orm_locks,
    orm_media,
    orm_moderation,
    orm_planning,
    orm_sync,
    orm_wires,
)

metadata = orm.Base.metadata

__all__ = [
    "metadata",
    "orm",
    "orm_copydesk",
    "orm_learning",
    "orm_locks",
    "orm_media",
    "orm_moderation",
    "orm_planning",
    "orm_sync",
    "orm_wires",
]

"""The newsroom's secret for signing the reply form's tokens (`domain.form_tokens`).

It lives in the `settings` table, so the site export (which writes the page tokens) and
every comment receiver of the newsroom sign with the same key. Whoever needs it first
makes it; a second maker at the same moment keeps the first one's.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from newsdesk.domain.errors import NotAllowed
from newsdesk.storage import orm

FORM_SECRET = "comments.form_secret"
"""Under `comments.`: moderators and administrators may write it (migration 0007)."""
_INSUFFICIENT_PRIVILEGE = "42501"


def _stored(session: Session) -> bytes | None:
    value = session.scalar(select(orm.Setting.value).where(orm.Setting.key == FORM_SECRET))
    try:
        key = bytes.fromhex(value or "")
    except ValueError:
        return None
    return key if len(key) >= 16 else None


def form_secret(session: Session) -> bytes:
    """The newsroom's signing key, made now if it has none yet.

    Raises NotAllowed when it must be made and the database's rights do not let this
    login write it (only moderators and administrators may).
    """
    key = _stored(session)
    if key is not None:
        return key
    made = secrets.token_hex(32)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    try:
        with session.begin_nested():
            row = session.scalar(select(orm.Setting).where(orm.Setting.key == FORM_SECRET))
            if row is None:
                session.execute(
                    dialect.insert(orm.Setting)
                    .values(key=FORM_SECRET, value=made)
                    .on_conflict_do_nothing(index_elements=["key"])
                )
            else:
                row.value = made
    except (DBAPIError, NotAllowed) as error:
        # A personal login's refusal comes as NotAllowed (`services.users`), another's
        # as the driver's "insufficient privilege".
        if isinstance(error, DBAPIError) and (
            getattr(error.orig, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE
        ):
            raise
        raise NotAllowed(
            "The reply form has no signing key yet, and this login may not make one: start "
            "`newsdesk serve comments` once, or export as a moderator or an administrator"
        ) from None
    key = _stored(session)
    if key is None:  # pragma: no cover - the row was just written
        raise NotAllowed("The reply form's signing key could not be stored")
    return key

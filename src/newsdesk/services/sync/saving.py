"""Saving texts a laptop sends in the newsroom, many stories in one transaction.

The same save as `ArticleService.save` (the edit validated, the story written only over
the version it was read at, its tags, a revision by the syncing person), but inside the
caller's transaction and each story in a savepoint: a batch of offline texts costs one
newsroom transaction, and one story refused or moved on leaves the others saved.

The rights are the newsroom's own: the same application check as a save (only people
who may edit stories), and on a PostgreSQL newsroom the login's grants and row-level
security, which refuse what the person may not write (a refusal comes back as
`NotAllowed`; a story the policies hide from the update, such as a desk editor's story
already submitted, is reported as refused, not as moved).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from newsdesk.domain.entities import ArticleEdit, User
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import NotAllowed, NotFound, VersionConflict
from newsdesk.domain.workflow import may_edit
from newsdesk.services.articles import validate_edit
from newsdesk.services.revisions import add_edit_revision
from newsdesk.services.rows import edit_columns, set_article_tags
from newsdesk.storage import orm


def save_text(
    session: Session,
    user: User,
    article_id: int,
    edit: ArticleEdit,
    expected_version: int,
    reason: str,
    *,
    current_tags: tuple[str, ...] | None = None,
) -> tuple[ArticleEdit, int]:
    """Save `edit` over `expected_version`: the edit as saved and the new version.

    `current_tags`, when given, are the story's tags as read: they are rewritten only if
    the edit's differ. Raises `VersionConflict` when the story moved on, `NotAllowed` when
    the newsroom refuses the change; either way nothing of this story was written."""
    if not may_edit(user):
        raise NotAllowed(f"{user.display_name} may not change stories (moderators only moderate)")
    edit = validate_edit(edit).as_kept()
    now = datetime.now(UTC)
    with session.begin_nested():
        version = session.scalar(
            update(orm.Article)
            .where(orm.Article.id == article_id, orm.Article.version == expected_version)
            .values(**edit_columns(edit), updated_at=now, version=expected_version + 1)
            .returning(orm.Article.version)
            .execution_options(synchronize_session=False)
        )
        if version is None:
            row = session.execute(
                select(orm.Article.version, orm.Article.status).where(orm.Article.id == article_id)
            ).one_or_none()
            if row is None:
                raise NotFound(f"Story {article_id} does not exist")
            if row.version != expected_version:
                raise VersionConflict(article_id, expected_version, row.version)
            raise NotAllowed(
                f"{user.display_name} may not change this story in the newsroom while its "
                f"status is “{ArticleStatus(row.status).label}”"
            )
        if current_tags is None or tuple(edit.tags) != tuple(current_tags):
            set_article_tags(session, article_id, edit.tags)
        add_edit_revision(session, article_id, version, edit, user.id, reason, now)
    return edit, version

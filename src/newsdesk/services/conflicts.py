"""A save that met a newer version: both texts kept, then the writer's choice saved.

When `ArticleService.save` refuses a save (`VersionConflict`), nothing was written. The
conflict view then opens a case: the writer's text goes into the history as a revision
at once (so it survives whatever is chosen; the other text is already the story's own
and in its history), and a three-way merge against the version the writer started from
is offered. Resolving saves the chosen text over the other version, as a new revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from newsdesk.domain.copydesk import RevisionComparison
from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.merge import ArticleMerge, merge_edits
from newsdesk.services.articles import ArticleService
from newsdesk.services.revisions import add_edit_revision
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database

KEPT_REASON = "your text when it met a newer version"


@dataclass(frozen=True, slots=True)
class ConflictCase:
    article_id: int
    ours: ArticleEdit
    """The text whose save was refused."""
    theirs: Article
    """The story as the database holds it now."""
    base: ArticleEdit
    """The version both started from."""
    merge: ArticleMerge
    comparison: RevisionComparison
    """Word by word, from their text to ours."""
    their_author: str
    """Who saved the version ours met (the newest revision's author)."""

    @classmethod
    def between(
        cls, ours: ArticleEdit, theirs: Article, base: ArticleEdit, their_author: str
    ) -> ConflictCase:
        """The case of `ours` meeting `theirs`, both started from `base`: the three-way
        merge, and the comparison from their text to ours. (A save that met a newer
        version in the newsroom, and a story a sync left needing a merge, alike.)"""
        theirs_edit = ArticleEdit.of(theirs)
        return cls(
            article_id=theirs.id,
            ours=ours,
            theirs=theirs,
            base=base,
            merge=merge_edits(base, ours, theirs_edit),
            comparison=RevisionComparison.between(theirs_edit, ours),
            their_author=their_author,
        )

    @property
    def theirs_edit(self) -> ArticleEdit:
        return ArticleEdit.of(self.theirs)


class ConflictService:
    def __init__(self, database: Database, identity: Identity, articles: ArticleService) -> None:
        self._db = database
        self._identity = identity
        self._articles = articles

    def open_case(
        self, article_id: int, ours: ArticleEdit, base: ArticleEdit, base_version: int
    ) -> ConflictCase:
        """Keep `ours` in the history and compare it with the story as it is now."""
        with self._db.transaction() as session:
            add_edit_revision(
                session,
                article_id,
                base_version,
                ours,
                self._identity.user.id,
                KEPT_REASON,
                datetime.now(UTC),
            )
            their_author = session.scalar(
                select(orm.User.display_name)
                .join(orm.Revision, orm.Revision.author_id == orm.User.id)
                .where(orm.Revision.article_id == article_id, orm.Revision.reason != KEPT_REASON)
                .order_by(orm.Revision.id.desc())
                .limit(1)
            )
        theirs = self._articles.get(article_id)
        return ConflictCase.between(ours, theirs, base, their_author or "someone")

    def resolve(self, case: ConflictCase, chosen: ArticleEdit, reason: str) -> Article:
        """Save `chosen` over the version the case was opened against.

        Raises `VersionConflict` again if the story moved on meanwhile; the caller then
        opens a new case with the same text.
        """
        if chosen == case.theirs_edit:
            return self._articles.get(case.article_id)  # nothing to save: theirs stands
        return self._articles.save(case.article_id, chosen, case.theirs.version, reason)

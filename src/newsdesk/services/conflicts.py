"""A save that met a newer version: both texts kept, then the writer's choice saved.

When `ArticleService.save` refuses a save (`VersionConflict`), nothing was written. The
conflict view then opens a case: the writer's text goes into the history as a revision
at once (so it survives whatever is chosen; the other text is already the story's own
and in its history), and a three-way merge against the version the writer started from
is offered, with what each side changed from that version. Resolving saves the chosen
text over the other version, as a new revision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.merge import ArticleMerge, merge_edits
from newsdesk.domain.three_way import ThreeWayComparison
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
    changes: ThreeWayComparison
    """What each side changed from the base, word by word, place by place."""
    their_author: str
    """Who saved the version ours met (the newest revision's author)."""
    section_names: Mapping[int, str] = field(default_factory=dict)
    """The names of the sections the three versions are in, by id."""

    @classmethod
    def between(
        cls,
        ours: ArticleEdit,
        theirs: Article,
        base: ArticleEdit,
        their_author: str,
        section_names: Mapping[int, str] | None = None,
    ) -> ConflictCase:
        """The case of `ours` meeting `theirs`, both started from `base`: the three-way
        merge, and what each side changed from the base. (A save that met a newer
        version in the newsroom, and a story a sync left needing a merge, alike.)"""
        merge = merge_edits(base, ours, ArticleEdit.of(theirs))
        return cls(
            article_id=theirs.id,
            ours=ours,
            theirs=theirs,
            base=base,
            merge=merge,
            changes=ThreeWayComparison.of(merge),
            their_author=their_author,
            section_names=dict(section_names or {}),
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
        with self._db.transaction() as session:
            names = section_names(session, (ours, theirs, base))
        return ConflictCase.between(ours, theirs, base, their_author or "someone", names)

    def resolve(self, case: ConflictCase, chosen: ArticleEdit, reason: str) -> Article:
        """Save `chosen` over the version the case was opened against.

        Raises `VersionConflict` again if the story moved on meanwhile; the caller then
        opens a new case with the same text.
        """
        if chosen == case.theirs_edit:
            return self._articles.get(case.article_id)  # nothing to save: theirs stands
        return self._articles.save(case.article_id, chosen, case.theirs.version, reason)


def section_names(session: Session, versions: tuple[object, ...]) -> dict[int, str]:
    """The names of the sections `versions` (anything with a `section_id`) are in."""
    ids = {getattr(version, "section_id", None) for version in versions} - {None}
    if not ids:
        return {}
    rows = session.execute(select(orm.Section.id, orm.Section.name).where(orm.Section.id.in_(ids)))
    return {section_id: name for section_id, name in rows}

"""One object handing the UI and the CLI every service of an open newsroom database."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.domain.entities import User
from newsdesk.services.articles import ArticleService
from newsdesk.services.comments import CommentService
from newsdesk.services.related_links import RelatedLinkService
from newsdesk.services.sections import SectionService
from newsdesk.services.users import ensure_local_user
from newsdesk.storage.database import Database, open_database


@dataclass(frozen=True, slots=True)
class Newsroom:
    database: Database
    user: User
    articles: ArticleService
    sections: SectionService
    comments: CommentService
    related_links: RelatedLinkService

    @classmethod
    def for_database(cls, database: Database, user: User | None = None) -> Newsroom:
        user = user or ensure_local_user(database)
        return cls(
            database=database,
            user=user,
            articles=ArticleService(database, user),
            sections=SectionService(database),
            comments=CommentService(database),
            related_links=RelatedLinkService(database),
        )

    def close(self) -> None:
        self.database.dispose()


def open_newsroom(url: str) -> Newsroom:
    """Open (and migrate) the database at `url`; raises DatabaseError with a clear message."""
    return Newsroom.for_database(open_database(url))

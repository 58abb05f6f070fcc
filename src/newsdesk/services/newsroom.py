"""One object handing the UI and the CLI every service of an open newsroom database."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.domain.entities import User
from newsdesk.services.articles import ArticleService
from newsdesk.services.checks import CheckService
from newsdesk.services.commenters import CommenterService
from newsdesk.services.comments import CommentService
from newsdesk.services.conflicts import ConflictService
from newsdesk.services.intake import IntakeService
from newsdesk.services.learned_filter import LearnedFilterService
from newsdesk.services.media.library import MediaService
from newsdesk.services.moderation import ModerationService
from newsdesk.services.moderation_settings import IntakeSettingsService
from newsdesk.services.notes import NoteService
from newsdesk.services.planning import PlanService
from newsdesk.services.related_links import RelatedLinkService
from newsdesk.services.revisions import RevisionService
from newsdesk.services.sections import SectionService
from newsdesk.services.users import Identity, UserService, ensure_local_user
from newsdesk.services.wires import WireService
from newsdesk.services.workflow import WorkflowService
from newsdesk.storage.database import Database, open_database


@dataclass(frozen=True, slots=True)
class Newsroom:
    database: Database
    identity: Identity
    """Who is acting; "Switch user" changes it for every copy-desk service at once."""
    articles: ArticleService
    sections: SectionService
    comments: CommentService
    related_links: RelatedLinkService
    moderation: ModerationService
    intake: IntakeService
    intake_settings: IntakeSettingsService
    learned_filter: LearnedFilterService
    commenters: CommenterService
    workflow: WorkflowService
    revisions: RevisionService
    notes: NoteService
    checks: CheckService
    users: UserService
    conflicts: ConflictService
    wires: WireService
    planning: PlanService
    media: MediaService

    @property
    def user(self) -> User:
        return self.identity.user

    @classmethod
    def for_database(cls, database: Database, user: User | None = None) -> Newsroom:
        user = user or ensure_local_user(database)
        identity = Identity(user)
        articles = ArticleService(database, identity)
        moderation = ModerationService(database, identity)
        learned_filter = LearnedFilterService(database, identity)
        return cls(
            database=database,
            identity=identity,
            articles=articles,
            sections=SectionService(database),
            comments=CommentService(database),
            related_links=RelatedLinkService(database),
            moderation=moderation,
            intake=IntakeService(database, learned_filter),
            intake_settings=IntakeSettingsService(database, identity),
            learned_filter=learned_filter,
            commenters=CommenterService(database, identity, moderation),
            workflow=WorkflowService(database, identity),
            revisions=RevisionService(database, identity),
            notes=NoteService(database, identity),
            checks=CheckService(database, identity),
            users=UserService(database),
            conflicts=ConflictService(database, identity, articles),
            wires=WireService(database, identity, articles),
            planning=PlanService(database, identity),
            media=MediaService(database, identity),
        )

    def close(self) -> None:
        self.database.dispose()


def open_newsroom(url: str, *, create: bool = True) -> Newsroom:
    """Open (and migrate) the database at `url`; raises DatabaseError with a clear message.
    `create`: whether a missing newsroom file is made (see `open_database`)."""
    return Newsroom.for_database(open_database(url, create=create))

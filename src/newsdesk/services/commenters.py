"""Commenters, known by e-mail address as WordPress knows them: their history and the
moderators' standing orders about them.

A commenter's history is read from their comments (one grouped query on the e-mail
index); the orders (always hold, always spam) are rows of `commenter_rules` that intake
reads (`services/intake.py`). Approving everything a commenter has pending is one logged
moderation action, so Undo takes it back whole. Everything here names e-mail addresses:
moderators only, as the database enforces on a newsroom server (migrations 0007, 0017).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.intake import IntakeRules
from newsdesk.domain.moderation import ModerationAction, ModerationResult, check_may_moderate
from newsdesk.domain.trust import CommenterRuleKind, Standing
from newsdesk.services.moderation import ModerationService
from newsdesk.services.moderation_settings import load_rules
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_learning import CommenterRule


@dataclass(frozen=True, slots=True)
class CommenterHistory:
    email: str
    name: str
    """The name on their latest comment."""
    ip: str
    """The address their latest comment came from."""
    counts: dict[CommentStatus, int]
    first_seen: datetime | None
    last_seen: datetime | None
    rule: CommenterRuleKind | None
    trusted: bool
    """Approved without holding (enough approved comments and no spam)."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def commenter_email(email: str) -> str:
    """An address as intake stores it (trimmed, lower case); raises InvalidInput."""
    tidy = email.strip().lower()
    if "@" not in tidy or len(tidy) > 100:
        raise InvalidInput("A commenter is named by their e-mail address")
    return tidy


def standing(history: CommenterHistory) -> Standing:
    return Standing(
        approved=history.counts[CommentStatus.APPROVED],
        spam=history.counts[CommentStatus.SPAM],
        rule=history.rule,
    )


class CommenterService:
    def __init__(
        self, database: Database, identity: Identity, moderation: ModerationService
    ) -> None:
        self._db = database
        self._identity = identity
        self._moderation = moderation

    @property
    def _user(self) -> User:
        return self._identity.user

    def history(self, email: str) -> CommenterHistory:
        check_may_moderate(self._user)
        email = commenter_email(email)
        with self._db.transaction() as session:
            rows = session.execute(
                select(
                    orm.Comment.status,
                    func.count(),
                    func.min(orm.Comment.submitted_at),
                    func.max(orm.Comment.submitted_at),
                )
                .where(orm.Comment.author_email == email)
                .group_by(orm.Comment.status)
            ).all()
            latest = session.execute(
                select(orm.Comment.author_name, orm.Comment.ip)
                .where(orm.Comment.author_email == email)
                .order_by(orm.Comment.submitted_at.desc(), orm.Comment.id.desc())
                .limit(1)
            ).first()
            rule = session.scalar(select(CommenterRule.rule).where(CommenterRule.email == email))
            rules = load_rules(session)
        counts = {status: 0 for status in CommentStatus}
        for status, count, _first, _last in rows:
            counts[CommentStatus(status)] = int(count)
        firsts = [row[2] for row in rows if row[2] is not None]
        lasts = [row[3] for row in rows if row[3] is not None]
        history = CommenterHistory(
            email=email,
            name=latest.author_name if latest else "",
            ip=latest.ip if latest else "",
            counts=counts,
            first_seen=_aware(min(firsts)) if firsts else None,
            last_seen=_aware(max(lasts)) if lasts else None,
            rule=CommenterRuleKind(rule) if rule else None,
            trusted=False,
        )
        return _with_trust(history, rules)

    def set_rule(self, email: str, rule: CommenterRuleKind | None) -> CommenterHistory:
        """Always hold, always spam (a ban), or neither (None) for this commenter's
        comments from now on."""
        check_may_moderate(self._user)
        email = commenter_email(email)
        with self._db.transaction() as session:
            session.execute(delete(CommenterRule).where(CommenterRule.email == email))
            if rule is not None:
                session.add(
                    CommenterRule(
                        email=email,
                        rule=rule.value,
                        set_by=self._user.username,
                        set_at=datetime.now(UTC),
                    )
                )
        return self.history(email)

    def pending_ids(self, session: Session, email: str) -> list[int]:
        return list(
            session.scalars(
                select(orm.Comment.id)
                .where(
                    orm.Comment.author_email == email,
                    orm.Comment.status == CommentStatus.PENDING.value,
                )
                .order_by(orm.Comment.submitted_at, orm.Comment.id)
            )
        )

    def approve_pending(self, email: str) -> ModerationResult:
        """Approve every pending comment of this commenter: one action, one Undo."""
        check_may_moderate(self._user)
        email = commenter_email(email)
        with self._db.transaction() as session:
            ids = self.pending_ids(session, email)
        return self._moderation.moderate(ids, ModerationAction.APPROVE)


def _aware(moment: datetime) -> datetime:
    """SQLite's min/max hand back naive times (the column type is not applied)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _with_trust(history: CommenterHistory, rules: IntakeRules) -> CommenterHistory:
    return replace(history, trusted=standing(history).trusted(rules))

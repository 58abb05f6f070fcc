"""The intake rules a newsroom keeps in its `settings` table: word lists and switches."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.intake import IntakeRules, word_list
from newsdesk.domain.moderation import check_may_moderate
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database

MODERATION_WORDS = "comments.moderation_words"
BLOCKED_WORDS = "comments.blocked_words"
BLOCKED_ACTION = "comments.blocked_action"
HOLD_LINKS = "comments.hold_links"
AUTO_APPROVE_KNOWN = "comments.auto_approve_known"
SPAM_AT = "comments.learned_spam_at"
HOLD_AT = "comments.learned_hold_at"
TRUSTED_AFTER = "comments.trusted_after"
INTAKE_KEYS = (
    MODERATION_WORDS,
    BLOCKED_WORDS,
    BLOCKED_ACTION,
    HOLD_LINKS,
    AUTO_APPROVE_KNOWN,
    SPAM_AT,
    HOLD_AT,
    TRUSTED_AFTER,
)
NEWSROOM_NAME = "newsroom.name"


def _values(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(orm.Setting.key, orm.Setting.value).where(orm.Setting.key.in_(INTAKE_KEYS))
    )
    return {key: value for key, value in rows}


def _number(values: dict[str, str], key: str, default: float, low: float, high: float) -> float:
    """A stored number within [low, high], or the default for anything else."""
    try:
        number = float(values.get(key, default))
    except ValueError:
        return default
    return number if low <= number <= high else default


def load_rules(session: Session) -> IntakeRules:
    values = _values(session)
    defaults = IntakeRules()
    action = values.get(BLOCKED_ACTION, defaults.blocked_action.value)
    try:
        hold_links = max(1, int(values.get(HOLD_LINKS, defaults.hold_links)))
    except ValueError:
        hold_links = defaults.hold_links
    spam_at = _number(values, SPAM_AT, defaults.spam_at, 0.01, 1.0)
    hold_at = _number(values, HOLD_AT, defaults.hold_at, 0.01, 1.0)
    return IntakeRules(
        moderation_words=word_list(values.get(MODERATION_WORDS, "")),
        blocked_words=word_list(values.get(BLOCKED_WORDS, "")),
        blocked_action=CommentStatus.TRASH if action == "trash" else CommentStatus.SPAM,
        hold_links=hold_links,
        auto_approve_known=values.get(AUTO_APPROVE_KNOWN, "true").lower() == "true",
        spam_at=spam_at,
        hold_at=min(hold_at, spam_at),
        trusted_after=int(_number(values, TRUSTED_AFTER, defaults.trusted_after, 0, 1_000_000)),
    )


def newsroom_name(session: Session) -> str:
    name = session.scalar(select(orm.Setting.value).where(orm.Setting.key == NEWSROOM_NAME))
    return name or "The newsroom"


def _put(session: Session, key: str, value: str) -> None:
    row = session.scalar(select(orm.Setting).where(orm.Setting.key == key))
    if row is None:
        session.add(orm.Setting(key=key, value=value))
    else:
        row.value = value


class IntakeSettingsService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    @property
    def _user(self) -> User:
        return self._identity.user

    def rules(self) -> IntakeRules:
        with self._db.transaction() as session:
            return load_rules(session)

    def save(self, rules: IntakeRules) -> IntakeRules:
        check_may_moderate(self._user)
        if rules.blocked_action not in (CommentStatus.SPAM, CommentStatus.TRASH):
            raise InvalidInput("Comments with a blocked word go to spam or to the trash")
        if rules.hold_links < 1:
            raise InvalidInput("Hold comments with at least one link")
        if not 0 < rules.hold_at <= rules.spam_at <= 1:
            raise InvalidInput(
                "The learned filter's thresholds go from 0 to 1, holding at or below spam"
            )
        if rules.trusted_after < 0:
            raise InvalidInput("Trust a commenter after 0 (never) or more approved comments")
        with self._db.transaction() as session:
            _put(session, MODERATION_WORDS, "\n".join(rules.moderation_words))
            _put(session, BLOCKED_WORDS, "\n".join(rules.blocked_words))
            _put(session, BLOCKED_ACTION, rules.blocked_action.value)
            _put(session, HOLD_LINKS, str(rules.hold_links))
            _put(session, AUTO_APPROVE_KNOWN, "true" if rules.auto_approve_known else "false")
            _put(session, SPAM_AT, f"{rules.spam_at:g}")
            _put(session, HOLD_AT, f"{rules.hold_at:g}")
            _put(session, TRUSTED_AFTER, str(rules.trusted_after))
            return load_rules(session)

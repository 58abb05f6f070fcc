"""Intake rules for readers' comments: what is refused, held, sent to spam or approved.

Pure functions over plain values. The intake service gathers the facts about an
address (earlier comments, recent times, duplicates) and asks `judge` for the verdict.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from newsdesk.domain import limits
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.domain.text_cleaning import clean_text

FLOOD_WINDOW = timedelta(seconds=15)
BURST_WINDOW = timedelta(seconds=60)
BURST_HOLD = 3  # this many comments from one address within a minute are held

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_LINK = re.compile(r"(?i)\bhttps?://|(?<![/\w.])www\.")


class RefusalKind(StrEnum):
    """Why a comment is not let in, as a door that answers in kind needs to tell it (the
    comment receiver answers each with its own HTTP status)."""

    INVALID = "invalid"
    """A field missing, too long or malformed."""
    NO_STORY = "no-story"
    """No story of that name on the public site (unknown, unpublished or in the trash)."""
    CLOSED = "closed"
    """The story is closed to comments."""
    FLOOD = "flood"
    DUPLICATE = "duplicate"
    UNVERIFIED = "unverified"
    """The reply form's token is missing, or not one this newsroom signed for the story."""


class Refused(InvalidInput):
    """A comment the rules do not let in; the message says why."""

    kind = RefusalKind.INVALID


class Flooded(Refused):
    kind = RefusalKind.FLOOD


class Duplicated(Refused):
    kind = RefusalKind.DUPLICATE


SPAM_AT = 0.95
"""The learned filter's default spam threshold. On the public corpus, trained on one
video's comments and tested on the other's, both ways: precision 1.0, recall 0.37 to
0.39; no wanted comment sent to spam (benchmarks/bench_learned_filter.py)."""
HOLD_AT = 0.8
"""Its default hold threshold: precision 0.985 to 0.992, recall 0.73 to 0.76, 0.6 to 1.1%
of wanted comments held. Lower, the starter (whose wanted comments hardly ever link) holds
many a comment that cites a source with one link, until the newsroom's decisions teach it
otherwise."""
TRUSTED_AFTER = 5


@dataclass(frozen=True, slots=True)
class IntakeRules:
    moderation_words: tuple[str, ...] = ()
    blocked_words: tuple[str, ...] = ()
    blocked_action: CommentStatus = CommentStatus.SPAM
    hold_links: int = 2
    auto_approve_known: bool = True
    spam_at: float = SPAM_AT
    """The learned filter's score from which a comment goes straight to spam."""
    hold_at: float = HOLD_AT
    """The score from which it is held (below, the rules above decide)."""
    trusted_after: int = TRUSTED_AFTER
    """Approved comments (and no spam) after which a commenter's are approved at once
    (0: never)."""


@dataclass(frozen=True, slots=True)
class Submission:
    """A comment as the public form (or a file line) hands it in."""

    article: str
    name: str
    email: str
    body: str
    submitted_at: datetime
    website: str = ""
    ip: str = ""
    doubts: tuple[HoldReason, ...] = ()
    """Why the door it came through doubts a person sent it (a form sent within two
    seconds of being handed out, say): each holds the comment, and is among its reasons."""


@dataclass(frozen=True, slots=True)
class AddressHistory:
    """What the newsroom already holds from this comment's e-mail address and IP."""

    known: bool = False
    approved: bool = False
    latest: datetime | None = None
    """The latest earlier comment's time (at or before this one's), if any."""
    in_minute: int = 0
    """Earlier comments in the minute up to this one (`BURST_WINDOW`)."""
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    status: CommentStatus
    spam_score: float
    reasons: tuple[HoldReason, ...] = field(default=())


def _without_control_characters(submission: Submission) -> tuple[Submission, int]:
    sub = submission
    texts = [
        clean_text(t) for t in (sub.article, sub.name, sub.email, sub.website, sub.body, sub.ip)
    ]
    removed = sum(cleaned.removed for cleaned in texts)
    if not removed:
        return submission, 0
    article, name, email, website, body, ip = (cleaned.text for cleaned in texts)
    tidy = replace(sub, article=article, name=name, email=email, website=website, body=body, ip=ip)
    return tidy, removed


def _check(limit: limits.Limit, text: str) -> None:
    problem = limit.excess(text)
    if problem is not None:
        raise Refused(problem)


def clean(submission: Submission) -> tuple[Submission, int]:
    """The submission without control characters, trimmed and checked, and how many
    control characters went; raises Refused with the first problem."""
    submission, removed = _without_control_characters(submission)
    name = " ".join(submission.name.split())
    email = submission.email.strip().lower()
    website = submission.website.strip()
    body = submission.body.strip()
    ip = submission.ip.strip()
    if not name:
        raise Refused("the name is required")
    if not email:
        raise Refused("the e-mail address is required")
    _check(limits.COMMENT_AUTHOR, name)
    _check(limits.COMMENT_EMAIL, email)
    if not _EMAIL.match(email):
        raise Refused("the address given is not a valid e-mail address")
    if website:
        _check(limits.COMMENT_URL, website)
        if not re.match(r"(?i)^https?://[^\s/]+\.[^\s]*$", website):
            raise Refused(f"the website {website!r} is not an http(s) address")
    if not body:
        raise Refused("the comment is empty")
    _check(limits.COMMENT_BODY, body)
    if ip:
        try:
            ip = str(ipaddress.ip_address(ip))
        except ValueError:
            raise Refused("the address given is not a valid IP address") from None
    tidy = replace(submission, name=name, email=email, website=website, body=body, ip=ip)
    return tidy, removed


def count_links(text: str) -> int:
    return len(_LINK.findall(text))


def word_list(text: str) -> tuple[str, ...]:
    """A stored list (one word or phrase a line) as lower-case entries."""
    return tuple(dict.fromkeys(line.strip().lower() for line in text.splitlines() if line.strip()))


def first_word_found(words: Iterable[str], texts: Iterable[str]) -> str | None:
    """The first listed word or phrase that appears as whole words in any of `texts`."""
    haystack = "\n".join(texts).lower()
    for word in words:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack):
            return word
    return None


def judge(submission: Submission, rules: IntakeRules, history: AddressHistory) -> Verdict:
    """The state a cleaned submission enters, its spam score and the reasons.

    Raises Refused for floods and exact duplicates: those never enter the queue.
    """
    moment = submission.submitted_at
    if history.latest is not None and moment - history.latest < FLOOD_WINDOW:
        raise Flooded("flood: a comment from this author or address less than 15 s earlier")
    if history.duplicate:
        raise Duplicated("duplicate: the same comment was already posted on this story")
    fields = (submission.name, submission.email, submission.website, submission.body)
    blocked = first_word_found(rules.blocked_words, (*fields, submission.ip))
    if blocked is not None:
        return Verdict(rules.blocked_action, 1.0, (HoldReason(ReasonCode.BLOCKED_WORD, blocked),))
    reasons: list[HoldReason] = list(submission.doubts)
    score = 0.4 if submission.doubts else 0.0
    links = count_links(submission.body)
    if links >= rules.hold_links:
        reasons.append(HoldReason(ReasonCode.LINKS, links))
        score += min(0.6, 0.2 * links)
    held_word = first_word_found(rules.moderation_words, (*fields, submission.ip))
    if held_word is not None:
        reasons.append(HoldReason(ReasonCode.MODERATION_WORD, held_word))
        score += 0.4
    if not history.known:
        reasons.append(HoldReason(ReasonCode.FIRST_COMMENT))
        score += 0.25
    in_minute = 1 + history.in_minute
    if in_minute >= BURST_HOLD:
        reasons.append(HoldReason(ReasonCode.BURST, in_minute))
        score += 0.3
    score = round(min(0.99, score), 2)
    if reasons:
        return Verdict(CommentStatus.PENDING, score, tuple(reasons))
    if history.approved and rules.auto_approve_known:
        return Verdict(CommentStatus.APPROVED, score, ())
    if history.approved:
        return Verdict(CommentStatus.PENDING, score, (HoldReason(ReasonCode.AUTO_APPROVAL_OFF),))
    not_yet = HoldReason(ReasonCode.NOT_YET_APPROVED)
    return Verdict(CommentStatus.PENDING, round(score + 0.1, 2), (not_yet,))

"""Commenters by e-mail address: their history, trust levels and the moderators' standing
orders (always hold, always spam, approve all pending with undo), on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from tests.integration.test_moderation import assert_counts_right

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.intake import Submission
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.trust import CommenterRuleKind
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
RITA = "rita@example.net"


@pytest.fixture
def demo(newsroom: Newsroom) -> Newsroom:
    load_demo(newsroom)
    return newsroom


def said(newsroom: Newsroom, minutes: int, body: str, email: str = RITA) -> int:
    comment_id = newsroom.intake.submit(
        Submission(
            article=SEED_SLUG,
            name="Rita Reader",
            email=email,
            body=body,
            submitted_at=T0 + timedelta(minutes=minutes),
            ip="192.0.2.7",
        )
    )
    assert_counts_right(newsroom)
    return comment_id


def status(newsroom: Newsroom, comment_id: int) -> CommentStatus:
    return newsroom.comments.get(comment_id).status


def test_history_counts_each_state_and_first_and_last_seen(demo: Newsroom) -> None:
    ids = [said(demo, 10 * n, f"Remark number {n} on the talks.") for n in range(5)]
    demo.moderation.moderate(ids[:2], ModerationAction.APPROVE)
    demo.moderation.moderate(ids[2:3], ModerationAction.SPAM)
    demo.moderation.moderate(ids[3:4], ModerationAction.TRASH)
    history = demo.commenters.history(" Rita@Example.net ")
    assert history.counts == {
        CommentStatus.PENDING: 1,
        CommentStatus.APPROVED: 2,
        CommentStatus.SPAM: 1,
        CommentStatus.TRASH: 1,
    }
    assert (history.name, history.ip, history.total) == ("Rita Reader", "192.0.2.7", 5)
    assert (history.first_seen, history.last_seen) == (T0, T0 + timedelta(minutes=40))
    assert history.rule is None and not history.trusted
    nobody = demo.commenters.history("nobody@example.net")
    assert nobody.total == 0 and nobody.first_seen is None
    with pytest.raises(InvalidInput, match="e-mail"):
        demo.commenters.history("not an address")


def test_trusted_commenters_are_approved_without_holding(demo: Newsroom) -> None:
    rules = demo.intake_settings.rules()
    demo.intake_settings.save(replace(rules, trusted_after=3, moderation_words=("budget",)))
    ids = [said(demo, 10 * n, f"Remark number {n} on the talks.") for n in range(3)]
    demo.moderation.moderate(ids, ModerationAction.APPROVE)
    assert demo.commenters.history(RITA).trusted
    # A moderation word would hold anyone else's comment; a trusted commenter's goes in.
    trusted = said(demo, 100, "The budget talks went on late.")
    assert status(demo, trusted) is CommentStatus.APPROVED
    stranger = said(demo, 101, "The budget talks went on late!", email="new@example.net")
    assert status(demo, stranger) is CommentStatus.PENDING
    # Trust off (0): back to the rules.
    demo.intake_settings.save(replace(demo.intake_settings.rules(), trusted_after=0))
    assert status(demo, said(demo, 200, "The budget, again.")) is CommentStatus.PENDING


def test_a_commenter_marked_spam_twice_is_always_held(demo: Newsroom) -> None:
    first = said(demo, 0, "Remark one on the talks.")
    demo.moderation.moderate([first], ModerationAction.APPROVE)
    assert status(demo, said(demo, 10, "Remark two.")) is CommentStatus.APPROVED  # known
    spam = [said(demo, 20 + n, f"Remark {n} that was spam.") for n in range(2)]
    demo.moderation.moderate(spam, ModerationAction.SPAM)
    held = demo.comments.get(said(demo, 60, "Remark three on the talks."))
    assert held.status is CommentStatus.PENDING
    assert "2 earlier comments marked spam" in [r.text for r in held.reasons]


def test_always_hold_and_always_spam(demo: Newsroom) -> None:
    first = said(demo, 0, "Remark one on the talks.")
    demo.moderation.moderate([first], ModerationAction.APPROVE)
    history = demo.commenters.set_rule(RITA, CommenterRuleKind.HOLD)
    assert history.rule is CommenterRuleKind.HOLD
    held = demo.comments.get(said(demo, 10, "Remark two."))
    assert held.status is CommentStatus.PENDING
    assert held.reasons[0].text.startswith("always held")
    demo.commenters.set_rule(RITA, CommenterRuleKind.SPAM)
    banned = demo.comments.get(said(demo, 20, "Remark three."))
    assert (banned.status, [r.text for r in banned.reasons]) == (
        CommentStatus.SPAM,
        ["always spam: the commenter is banned"],
    )
    demo.commenters.set_rule(RITA, None)
    assert demo.commenters.history(RITA).rule is None
    assert status(demo, said(demo, 30, "Remark four.")) is CommentStatus.APPROVED


def test_approve_all_pending_from_a_commenter_in_one_action_with_undo(demo: Newsroom) -> None:
    mine = [said(demo, 10 * n, f"Remark number {n}.") for n in range(4)]
    other = said(demo, 1, "Someone else's remark.", email="other@example.net")
    demo.moderation.moderate(mine[:1], ModerationAction.SPAM)
    result = demo.commenters.approve_pending(RITA)
    assert sorted(result.comment_ids) == sorted(mine[1:])
    assert status(demo, other) is CommentStatus.PENDING
    assert status(demo, mine[0]) is CommentStatus.SPAM
    assert_counts_right(demo)
    undone = demo.moderation.undo()
    assert undone is not None and sorted(undone.comment_ids) == sorted(mine[1:])
    assert {status(demo, i) for i in mine[1:]} == {CommentStatus.PENDING}
    assert_counts_right(demo)


def test_the_queue_filters_by_commenter(demo: Newsroom) -> None:
    mine = [said(demo, 10 * n, f"Remark number {n}.") for n in range(3)]
    said(demo, 1, "Someone else's remark.", email="other@example.net")
    query = CommentQuery(status=CommentStatus.PENDING, commenter="RITA@example.net")
    assert [row.id for row in demo.comments.page(query)] == mine[::-1]
    assert demo.comments.count_matching(query) == (3, True)
    worded = replace(query, text="remark")
    assert [row.id for row in demo.comments.page(worded)] == mine[::-1]
    assert demo.comments.count_matching(worded) == (3, True)
    everyone = demo.comments.count_matching(replace(query, commenter=""))[0]
    assert everyone > 3

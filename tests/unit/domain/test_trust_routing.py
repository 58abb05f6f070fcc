"""How the rules' verdict, the learned filter's score and the commenter's standing combine
(domain/trust.py), in the order the module states."""

from __future__ import annotations

import pytest

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.domain.intake import IntakeRules, Verdict
from newsdesk.domain.trust import CommenterRuleKind, Standing, route

P, A, S, T = (
    CommentStatus.PENDING,
    CommentStatus.APPROVED,
    CommentStatus.SPAM,
    CommentStatus.TRASH,
)
RULES = IntakeRules(spam_at=0.9, hold_at=0.6, trusted_after=3)
FIRST = Verdict(P, 0.35, (HoldReason(ReasonCode.FIRST_COMMENT),))
KNOWN = Verdict(A, 0.0, ())
BLOCKED = Verdict(T, 1.0, (HoldReason(ReasonCode.BLOCKED_WORD, "casino"),))
TRUSTED = Standing(approved=3)


@pytest.mark.parametrize(
    ("verdict", "score", "standing", "expected"),
    [
        (FIRST, 0.97, Standing(), (S, 0.97, ("learned filter (0.97)",))),
        (KNOWN, 0.9, Standing(approved=1), (S, 0.9, ("learned filter (0.90)",))),
        (FIRST, 0.7, Standing(), (P, 0.7, ("learned filter (0.70)", *FIRST.reasons))),
        (KNOWN, 0.61, Standing(approved=1), (P, 0.61, ("learned filter (0.61)",))),
        (FIRST, 0.2, Standing(), (P, 0.2, FIRST.reasons)),
        (KNOWN, 0.2, Standing(approved=1), (A, 0.2, ())),
        (FIRST, None, Standing(), (P, 0.35, FIRST.reasons)),
        (BLOCKED, 0.1, TRUSTED, (T, 1.0, BLOCKED.reasons)),
        (
            FIRST,
            0.1,
            Standing(rule=CommenterRuleKind.SPAM),
            (S, 0.1, ("always spam: the commenter is banned",)),
        ),
        (
            KNOWN,
            0.1,
            Standing(approved=9, rule=CommenterRuleKind.HOLD),
            (P, 0.1, ("always held: a moderator asked so for this commenter",)),
        ),
        (
            KNOWN,
            0.95,
            Standing(approved=5, spam=2),
            (P, 0.95, ("2 earlier comments marked spam", "learned filter (0.95)")),
        ),
        (FIRST, 0.7, TRUSTED, (A, 0.7, ())),
        (FIRST, 0.95, TRUSTED, (P, 0.95, ("learned filter (0.95)",))),
        (FIRST, 0.1, Standing(approved=3, spam=1), (P, 0.1, FIRST.reasons)),
    ],
)
def test_route(
    verdict: Verdict, score: float | None, standing: Standing, expected: tuple[object, ...]
) -> None:
    routed = route(verdict, score, standing, RULES)
    status, spam_score, reasons = expected
    assert isinstance(reasons, tuple)
    english = tuple(str(reason) for reason in reasons)  # in English, as the CLI says them
    assert (routed.status, routed.spam_score, tuple(r.text for r in routed.reasons)) == (
        status,
        spam_score,
        english,
    )


def test_trust_needs_no_spam_and_can_be_off() -> None:
    assert Standing(approved=3).trusted(RULES)
    assert not Standing(approved=3, spam=1).trusted(RULES)
    assert not Standing(approved=2).trusted(RULES)
    assert not Standing(approved=100).trusted(IntakeRules(trusted_after=0))

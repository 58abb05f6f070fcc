"""Where a comment goes once the rules, the learned filter and the commenter's standing
have spoken.

The intake rules (`newsdesk.domain.intake.judge`) give a verdict; the learned filter a
score from 0 to 1; the commenter's history and the moderators' standing orders about
them a `Standing`. `route` weighs the three, in this order:

1. a banned commenter's comments go to spam; a blocked word keeps its verdict;
2. a commenter marked always hold, or marked spam twice or more, is held;
3. a trusted commenter (N approved comments, no spam) is approved, unless the filter
   would send the comment to spam: then it is held, as a hijacked account's would be;
4. at or above the spam threshold the comment goes to spam, "learned filter (0.97)";
   at or above the hold threshold it is held;
5. below, the rules' verdict stands.

The stored score is the filter's (the queue shows it), or the rules' when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.domain.intake import IntakeRules, Verdict

SPAM_HELD_AFTER = 2
"""A commenter with this many comments in spam is held whatever else holds."""


class CommenterRuleKind(StrEnum):
    HOLD = "hold"
    SPAM = "spam"


@dataclass(frozen=True, slots=True)
class Standing:
    """What the newsroom knows of a commenter (by e-mail address) when a comment comes."""

    approved: int = 0
    spam: int = 0
    rule: CommenterRuleKind | None = None

    def trusted(self, rules: IntakeRules) -> bool:
        return 0 < rules.trusted_after <= self.approved and self.spam == 0


def filter_reason(score: float) -> HoldReason:
    return HoldReason(ReasonCode.LEARNED_FILTER, f"{score:.2f}")


def route(verdict: Verdict, score: float | None, standing: Standing, rules: IntakeRules) -> Verdict:
    """The state, score and reasons a comment enters with (see the module's order)."""
    shown = verdict.spam_score if score is None else round(score, 2)
    if standing.rule is CommenterRuleKind.SPAM:
        return Verdict(CommentStatus.SPAM, shown, (HoldReason(ReasonCode.ALWAYS_SPAM),))
    if verdict.status in (CommentStatus.SPAM, CommentStatus.TRASH):
        return verdict  # a blocked word
    rest = verdict.reasons if verdict.status is CommentStatus.PENDING else ()
    learned = () if score is None or score < rules.hold_at else (filter_reason(shown),)
    spam = score is not None and score >= rules.spam_at
    held: list[HoldReason] = []
    if standing.rule is CommenterRuleKind.HOLD:
        held.append(HoldReason(ReasonCode.ALWAYS_HELD))
    if standing.spam >= SPAM_HELD_AFTER:
        held.append(HoldReason(ReasonCode.EARLIER_SPAM, standing.spam))
    if held:
        return Verdict(CommentStatus.PENDING, shown, (*held, *learned, *rest))
    if standing.trusted(rules):
        if spam:
            return Verdict(CommentStatus.PENDING, shown, (filter_reason(shown),))
        return Verdict(CommentStatus.APPROVED, shown, ())
    if spam:
        return Verdict(CommentStatus.SPAM, shown, (filter_reason(shown),))
    if learned:
        return Verdict(CommentStatus.PENDING, shown, (*learned, *rest))
    return replace(verdict, spam_score=shown)

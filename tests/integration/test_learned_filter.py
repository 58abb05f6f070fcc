"""The spam filter that learns from the moderators, and the thresholds that route intake,
on both databases."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from tests.integration.test_moderation import assert_counts_right

from newsdesk.domain.comment_features import CommentText
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.intake import Submission
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.spam_model import SpamModel

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
PLACES = ("Lisbon", "Porto", "Faro", "Braga", "Coimbra", "Evora", "Sintra", "Aveiro")
# A newsroom's own pest: polite, linkless, nothing like the starter's YouTube spam.
PATTERN = "Lovely piece. Our family bakery in {place} delivers sourdough to your door daily."
UNLIKE = "The council vote on the harbour plan was closer than the article suggests."


@pytest.fixture
def demo(newsroom: Newsroom) -> Newsroom:
    load_demo(newsroom)
    return newsroom


def submission(number: int, body: str, email: str | None = None) -> Submission:
    return Submission(
        article=SEED_SLUG,
        name=f"Reader {number}",
        email=email or f"reader{number}@example.net",
        body=body,
        submitted_at=T0 + timedelta(minutes=number),
    )


def take(newsroom: Newsroom, *submissions: Submission) -> list[int]:
    ids = [newsroom.intake.submit(s) for s in submissions]
    assert_counts_right(newsroom)
    return ids


def bakery(number: int) -> Submission:
    place = PLACES[number % len(PLACES)]
    return submission(number, PATTERN.format(place=place) + f" Order code {number}.")


def fair(number: int) -> Submission:
    subjects = ("the talks", "the budget", "the new bridge", "the school report")
    body = f"I read the piece on {subjects[number % 4]} twice; comment number {number} agrees."
    return submission(number, body)


def score_of(newsroom: Newsroom, body: str) -> float:
    return newsroom.learned_filter.score([CommentText(body, "New Reader", "new@example.net")])[0]


def teach(newsroom: Newsroom, spam: int = 36, wanted: int = 36) -> tuple[list[int], list[int]]:
    """Moderators mark the bakery comments spam and approve the fair ones."""
    pest = take(newsroom, *(bakery(n) for n in range(spam)))
    good = take(newsroom, *(fair(1000 + n) for n in range(wanted)))
    newsroom.moderation.moderate(pest, ModerationAction.SPAM)
    newsroom.moderation.moderate(good, ModerationAction.APPROVE)
    return pest, good


def test_the_filter_learns_a_pattern_the_moderators_mark_as_spam(demo: Newsroom) -> None:
    rules = demo.intake_settings.rules()
    new_pest = PATTERN.format(place="Tavira") + " Order code 99."
    assert score_of(demo, new_pest) < rules.spam_at  # the starter does not know it
    teach(demo)
    assert demo.learned_filter.behind()
    report = demo.learned_filter.learn()
    assert (report.wanted, report.unwanted, report.saved) == (36, 36, True)
    assert not demo.learned_filter.behind()
    assert score_of(demo, new_pest) >= rules.spam_at
    assert score_of(demo, UNLIKE) < rules.hold_at
    # ... and intake acts on it, saying why
    pest_id, fair_id = take(demo, submission(500, new_pest), submission(501, UNLIKE))
    pest = demo.comments.get(pest_id)
    assert pest.status is CommentStatus.SPAM
    assert [r.text for r in pest.reasons] == [f"learned filter ({pest.spam_score:.2f})"]
    assert demo.comments.get(fair_id).status is CommentStatus.PENDING  # first comment: rules


def test_corrections_move_scores(demo: Newsroom) -> None:
    pest, _ = teach(demo)
    demo.learned_filter.learn()
    body = PATTERN.format(place="Tavira")
    before = score_of(demo, body)
    demo.moderation.moderate(pest, ModerationAction.NOT_SPAM)
    demo.moderation.moderate(pest, ModerationAction.APPROVE)
    assert demo.learned_filter.learn_if_behind() is not None
    after = score_of(demo, body)
    assert after < before - 0.3
    # An undone correction is no decision: the filter learns the spam again.
    demo.moderation.undo()
    demo.moderation.undo()
    assert demo.learned_filter.behind()
    demo.learned_filter.learn()
    assert score_of(demo, body) == pytest.approx(before, abs=0.02)


def test_when_every_decision_is_undone_the_starter_comes_back(demo: Newsroom) -> None:
    pest = take(demo, *(bakery(n) for n in range(6)))
    body = PATTERN.format(place="Tavira")
    starter = score_of(demo, body)
    demo.moderation.moderate(pest, ModerationAction.SPAM)
    demo.learned_filter.learn()
    assert demo.learned_filter.state().learned and score_of(demo, body) > starter
    demo.moderation.undo()
    assert demo.learned_filter.learn_if_behind() is not None
    assert not demo.learned_filter.state().learned
    assert score_of(demo, body) == pytest.approx(starter)


def test_trash_and_intake_verdicts_are_not_labels(demo: Newsroom) -> None:
    pest = take(demo, *(bakery(n) for n in range(10)))
    demo.moderation.moderate(pest, ModerationAction.TRASH)
    report = demo.learned_filter.learn()
    assert (report.wanted, report.unwanted, report.saved) == (0, 0, False)
    assert not demo.learned_filter.state().learned


def test_thresholds_route_comments(demo: Newsroom) -> None:
    body = "Check out my channel and subscribe http://promo.example.com"
    score = score_of(demo, body)
    rules = demo.intake_settings.rules()

    def status_at(spam_at: float, hold_at: float, number: int) -> CommentStatus:
        demo.intake_settings.save(replace(rules, spam_at=spam_at, hold_at=hold_at))
        return demo.comments.get(take(demo, submission(number, body))[0]).status

    assert status_at(max(score - 0.01, 0.01), max(score - 0.02, 0.01), 1) is CommentStatus.SPAM
    assert status_at(1.0, max(score - 0.01, 0.01), 2) is CommentStatus.PENDING
    held = demo.comments.get(take(demo, submission(3, body + " again"))[0])
    assert held.reasons[0].text == f"learned filter ({held.spam_score:.2f})"
    # Below both thresholds the rules decide: a first comment is held for that reason.
    assert status_at(1.0, 1.0, 4) is CommentStatus.PENDING
    last = demo.comments.list_comments()[0]
    assert not any(r.text.startswith("learned filter") for r in last.reasons)


def test_thresholds_are_checked_and_kept(demo: Newsroom) -> None:
    rules = demo.intake_settings.rules()
    saved = demo.intake_settings.save(replace(rules, spam_at=0.95, hold_at=0.4, trusted_after=3))
    assert (saved.spam_at, saved.hold_at, saved.trusted_after) == (0.95, 0.4, 3)
    for wrong in (
        replace(rules, spam_at=0.5, hold_at=0.7),
        replace(rules, spam_at=1.5),
        replace(rules, hold_at=0.0),
        replace(rules, trusted_after=-1),
    ):
        with pytest.raises(InvalidInput, match=r"threshold|Trust"):
            demo.intake_settings.save(wrong)


def test_a_stored_model_is_numbers_only(demo: Newsroom) -> None:
    teach(demo, spam=6, wanted=6)
    demo.learned_filter.learn()
    import pickle

    with pytest.raises(ValueError, match="not a stored spam model"):
        SpamModel.from_bytes(pickle.dumps({"weights": [1.0]}))
    with pytest.raises(ValueError, match="not a stored spam model"):
        SpamModel.from_bytes(b"\x00garbage")


def test_nothing_learned_leaves_the_machine(
    demo: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Training, storing, scoring and explaining open no connection of their own (the
    PostgreSQL connection is libpq's, already open, and not Python's sockets)."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the learned filter tried to use the network")

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    teach(demo, spam=8, wanted=8)
    demo.learned_filter.learn(measure=True)
    comment_id = take(demo, submission(900, PATTERN.format(place="Tavira")))[0]
    assert demo.learned_filter.explain(comment_id).weighed


def test_explanations_name_the_features_that_weighed_most(demo: Newsroom) -> None:
    comment_id = take(demo, submission(1, "Subscribe to my channel http://promo.example.com"))[0]
    explained = demo.learned_filter.explain(comment_id)
    names = [name for name, _ in explained.weighed]
    assert "word: subscribe" in names and "links: 1" in names
    assert all(
        abs(a[1]) >= abs(b[1])
        for a, b in zip(explained.weighed, explained.weighed[1:], strict=False)
    )

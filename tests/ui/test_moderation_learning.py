"""The Moderation view's learned score and commenter: what weighed most on demand, the
commenter's history beside the comment, their actions (only theirs, approve all pending
with Undo, always hold / spam), and the filter learning in the background."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QUrl
from tests.ui.window_helpers import feature, moderation_of

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.intake import Submission
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.trust import CommenterRuleKind
from newsdesk.services.comments import CommentQuery
from newsdesk.ui.moderation.detail import WEIGHED_LINK
from newsdesk.ui.moderation.learning import FilterLearner

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
RITA = "rita@example.net"


def _rita_says(window, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    return [
        window.newsroom.intake.submit(
            Submission(
                article=SEED_SLUG,
                name="Rita Reader",
                email=RITA,
                body=f"Remark number {n} about the talks.",
                submitted_at=start + timedelta(minutes=5 * n),
            )
        )
        for n in range(count)
    ]


def _open_view(qtbot, window):  # type: ignore[no-untyped-def]
    switch = moderation_of(window)
    switch.toggle.setChecked(True)
    view = switch.view
    qtbot.waitUntil(lambda: view.queue.model.rowCount() > 0)
    return view


def _select(qtbot, view, comment_id: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.queue.model.row_of(comment_id) is not None)
    view.queue.view.go_to_row(view.queue.model.row_of(comment_id))
    qtbot.waitUntil(
        lambda: (shown := view.detail.shown_comment()) is not None and shown.id == comment_id
    )


def test_the_detail_shows_the_commenter_and_on_demand_what_weighed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ids = _rita_says(window, 3)
    view = _open_view(qtbot, window)
    _select(qtbot, view, ids[-1])
    text = view.detail.toPlainText()
    assert "This commenter" in text
    assert "0 approved · 3 pending · 0 spam · 0 in the trash" in text
    assert "What weighed most (score now" not in text
    view.detail.anchorClicked.emit(QUrl(WEIGHED_LINK))
    qtbot.waitUntil(lambda: "What weighed most (score now" in view.detail.toPlainText())
    assert "links: none (-" in view.detail.toPlainText()
    assert view.commenter.approve_pending.isEnabled()


def test_commenter_actions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ids = _rita_says(window, 3)
    view = _open_view(qtbot, window)
    _select(qtbot, view, ids[0])
    # Only this commenter: the queue filters to her address.
    view.commenter.only.setChecked(True)
    qtbot.waitUntil(lambda: view.queue.model.rowCount() == 3)
    assert view.queue.filters.commenter_chip.isVisible()
    assert view.queue.query().commenter == RITA
    # Always hold, then back to the rules.
    view.commenter.hold.trigger()
    qtbot.waitUntil(lambda: window.newsroom.commenters.history(RITA).rule is CommenterRuleKind.HOLD)
    qtbot.waitUntil(lambda: "Always held" in view.detail.toPlainText())
    view.commenter.none.trigger()
    qtbot.waitUntil(lambda: window.newsroom.commenters.history(RITA).rule is None)
    # Approve all pending: one action, and the status bar offers to undo it.
    view.commenter.approve_pending.trigger()
    qtbot.waitUntil(
        lambda: window.newsroom.commenters.history(RITA).counts[CommentStatus.APPROVED] == 3
    )
    qtbot.waitUntil(lambda: "from this commenter approved" in window.statusBar().currentMessage())
    view.queue.undo()
    qtbot.waitUntil(
        lambda: window.newsroom.commenters.history(RITA).counts[CommentStatus.PENDING] == 3
    )
    # The chip clears the filter.
    view.queue.filters.commenter_chip.click()
    qtbot.waitUntil(lambda: view.queue.model.rowCount() > 3)
    assert not view.commenter.only.isChecked() and view.queue.query().commenter == ""


def test_the_filter_learns_in_the_background_after_decisions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    learner = feature(window, FilterLearner)
    ids = _rita_says(window, 2)
    assert not window.newsroom.learned_filter.state().learned
    view = _open_view(qtbot, window)
    _select(qtbot, view, ids[0])
    view.queue.act(ModerationAction.SPAM)
    qtbot.waitUntil(lambda: window.newsroom.comments.get(ids[0]).status is CommentStatus.SPAM)
    qtbot.waitUntil(learner.soon.isActive)  # within seconds, on its own worker
    learner.soon.setInterval(0)
    learner.soon.start()
    qtbot.waitUntil(lambda: window.newsroom.learned_filter.state().learned, timeout=20_000)
    state = window.newsroom.learned_filter.state()
    assert state.unwanted >= 1
    qtbot.waitUntil(lambda: "The spam filter learned from" in window.statusBar().currentMessage())
    assert not window.newsroom.learned_filter.behind()
    assert window.newsroom.comments.count_matching(CommentQuery(status=CommentStatus.SPAM))[0]

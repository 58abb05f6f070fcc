"""Moderating from the keyboard on the real window: J/K move, A/S/T act and move on,
X ticks, Shift+A acts on the ticked, Z undoes; the counts follow; comments show as text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import comment_at, moderation_of, selected_comment

from newsdesk.domain.entities import CommentThread
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.comments import CommentQuery
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.panels.comments.panel import CommentQueuePanel
from newsdesk.ui.panels.comments.text_dialog import CommentTextDialog, Purpose


def pending_ids(window: MainWindow) -> list[int]:
    query = CommentQuery(status=CommentStatus.PENDING)
    return [c.id for c in window.newsroom.comments.list_comments(query)]


def queue_ready(qtbot: QtBot, panel: CommentQueuePanel) -> None:
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.current_row() is not None)


def test_keyboard_flow_in_the_dock(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.comments_panel
    queue_ready(qtbot, panel)
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert view.current_row() == 1
    second, third = comment_at(panel, 1), comment_at(panel, 2)
    rows = panel.model.rowCount()
    qtbot.keyClick(view, Qt.Key.Key_A)  # approve; the next comment is selected
    qtbot.waitUntil(lambda: panel.model.row_of(second.id) is None)
    assert selected_comment(panel).id == third.id
    assert window.newsroom.comments.get(second.id).status is CommentStatus.APPROVED
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: panel.model.row_of(third.id) is None)
    assert window.newsroom.comments.get(third.id).status is CommentStatus.SPAM
    assert panel.model.rowCount() == rows - 2
    qtbot.waitUntil(lambda: f"Pending ({rows - 2})" == panel.states.tabText(0))
    qtbot.keyClick(view, Qt.Key.Key_Z)  # undo the spam
    qtbot.waitUntil(lambda: panel.model.row_of(third.id) is not None)
    assert window.newsroom.comments.get(third.id).status is CommentStatus.PENDING
    # tick two with X, then Shift+T trashes just those
    view.go_to_row(0)
    first, other = comment_at(panel, 0), comment_at(panel, 1)
    qtbot.keyClick(view, Qt.Key.Key_X)
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert panel.model.marked_ids() == [first.id, other.id]
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.model.row_of(first.id) is None)
    assert {window.newsroom.comments.get(i).status for i in (first.id, other.id)} == {
        CommentStatus.TRASH
    }
    assert window.newsroom.comments.counts() == window.newsroom.comments.recount()


def test_letters_typed_in_the_filter_do_not_moderate(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.comments_panel
    queue_ready(qtbot, panel)
    before = pending_ids(window)
    qtbot.keyClicks(panel.filters.text, "aste")
    qtbot.wait(300)
    assert pending_ids(window) == before


def test_moderation_view_shows_the_hostile_comment_as_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    moderation_of(window).toggle.setChecked(True)
    queue = moderation_of(window).view.queue
    queue_ready(qtbot, queue)
    queue.filters.text.setText("xss")
    qtbot.waitUntil(
        lambda: queue.model.rowCount() == 1 and "<script>" in comment_at(queue, 0).excerpt
    )
    detail = moderation_of(window).view.detail
    qtbot.waitUntil(lambda: "alert('xss')" in detail.toPlainText())
    assert "<script>alert('xss')</script>" in detail.toPlainText()
    assert "first comment from this address" in detail.toPlainText()


def test_reply_and_edit_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    moderation_of(window).toggle.setChecked(True)
    queue = moderation_of(window).view.queue
    queue_ready(qtbot, queue)
    target = selected_comment(queue)

    def ask_text(purpose: Purpose, thread: CommentThread) -> str:
        return thread.comment.body + " [edited]" if purpose is Purpose.EDIT else "Thanks!"

    queue.ask_text = ask_text
    queue.view.setFocus()
    qtbot.keyClick(queue.view, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.newsroom.comments.get(target.id).body.endswith("[edited]"))
    assert window.newsroom.comments.get(target.id).original_body is not None
    qtbot.waitUntil(lambda: selected_comment(queue).id == target.id)
    qtbot.keyClick(queue.view, Qt.Key.Key_R)
    qtbot.waitUntil(
        lambda: window.newsroom.comments.get(target.id).status is CommentStatus.APPROVED
    )
    replies = window.newsroom.comments.thread(target.id).replies
    assert [r.body for r in replies] == ["Thanks!"] and replies[0].newsroom_reply


def when_dialog_opens(act: Callable[[CommentTextDialog], None]) -> QTimer:
    """Runs `act` on the reply or edit dialog once it is open (exec() blocks the test)."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CommentTextDialog) and dialog.isVisible():
            timer.stop()
            act(dialog)

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_editing_a_comment_adds_to_it_with_what_it_is_beside_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """E opens the text with the cursor at its end and nothing selected: typing adds to
    the comment instead of replacing it. The story and the author are shown above it."""
    moderation_of(window).toggle.setChecked(True)
    queue = moderation_of(window).view.queue
    queue_ready(qtbot, queue)
    target = window.newsroom.comments.get(selected_comment(queue).id)
    seen: list[str] = []

    def type_and_save(dialog: CommentTextDialog) -> None:
        cursor = dialog.field.textCursor()
        seen.extend([dialog.story.text(), dialog.author.text()])
        assert not cursor.hasSelection()
        assert cursor.position() == len(target.body)
        qtbot.keyClicks(dialog.field, " [edited]")
        dialog.accept()

    watching = when_dialog_opens(type_and_save)
    queue.view.setFocus()
    qtbot.keyClick(queue.view, Qt.Key.Key_E)
    qtbot.waitUntil(
        lambda: window.newsroom.comments.get(target.id).body == target.body + " [edited]"
    )
    assert not watching.isActive()
    assert seen[0] == target.article_headline
    assert seen[1].startswith(target.author_name)


def test_a_reply_shows_the_comment_it_answers(qtbot: QtBot, window: MainWindow) -> None:
    moderation_of(window).toggle.setChecked(True)
    queue = moderation_of(window).view.queue
    queue_ready(qtbot, queue)
    target = window.newsroom.comments.get(selected_comment(queue).id)
    seen: list[str] = []

    def reply(dialog: CommentTextDialog) -> None:
        seen.extend([dialog.story.text(), dialog.author.text(), dialog.answered.toPlainText()])
        assert dialog.answered.isReadOnly() and dialog.field.toPlainText() == ""
        qtbot.keyClicks(dialog.field, "Thank you.")
        dialog.accept()

    watching = when_dialog_opens(reply)
    queue.view.setFocus()
    qtbot.keyClick(queue.view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: bool(window.newsroom.comments.thread(target.id).replies))
    assert not watching.isActive()
    story, author, answered = seen
    assert story == target.article_headline
    assert author.startswith(target.author_name)
    assert answered == target.body
    assert [r.body for r in window.newsroom.comments.thread(target.id).replies] == ["Thank you."]

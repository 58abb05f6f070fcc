"""A colleague saves the open story while we type: the conflict view, then our choice."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import SEED_SLUG, article_of, feature, open_story

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import Role
from newsdesk.services.conflicts import KEPT_REASON
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.conflict import ConflictController
from newsdesk.ui.conflict.dialog import ConflictDialog
from newsdesk.ui.main_window import MainWindow


def colleague_saves(window: MainWindow, change: Callable[[str], str]) -> str:
    """Maria, on her own connection, saves the open story with `change` applied to its body."""
    newsroom = window.newsroom
    maria = newsroom.users.ensure("maria", "Maria Lopez", frozenset({Role.DESK, Role.COPY}))
    other = Newsroom.for_database(newsroom.database, maria)
    article = other.articles.get(article_of(window).id)
    body = change(article.body)
    other.articles.save(article.id, replace(ArticleEdit.of(article), body=body), article.version)
    return body


def type_at_end(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.editor_panel.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, text)
    window.editing.autosave.save_now()


def wait_for_dialog(qtbot: QtBot, window: MainWindow) -> ConflictDialog:
    qtbot.waitUntil(lambda: feature(window, ConflictController).dialog is not None, timeout=10000)
    dialog = feature(window, ConflictController).dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_edits_to_different_paragraphs_are_merged_from_the_conflict_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    first_line = window.editor_panel.editor.markdown().split("\n\n")[0]
    their_body = colleague_saves(
        window, lambda body: body.replace(first_line, first_line + " (updated)", 1)
    )
    type_at_end(qtbot, window, "Our closing line.")
    dialog = wait_for_dialog(qtbot, window)
    assert "Maria Lopez" in dialog.explanation.text()
    assert "keeps both" in dialog.merge_summary.text()
    assert dialog.paragraph_choices == []
    if os.environ.get("NEWSDESK_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["NEWSDESK_SCREENSHOTS"], "conflict.png"))
    dialog.save_merged.click()
    qtbot.waitUntil(lambda: "(updated)" in window.editor_panel.editor.markdown(), timeout=10000)
    text = window.editor_panel.editor.markdown()
    assert text.endswith("Our closing line.")
    stored = window.newsroom.articles.get(article_of(window).id)
    assert stored.body == text and their_body != text
    reasons = [line.reason for line in window.newsroom.revisions.history(stored.id)]
    assert reasons[0] == "merged with Maria Lopez's version"
    assert KEPT_REASON in reasons
    # Saving goes on normally afterwards.
    type_at_end(qtbot, window, "One more.")
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(stored.id).body.endswith("One more."), timeout=10000
    )


def test_the_same_paragraph_clash_is_settled_paragraph_by_paragraph(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    first_line = editor.markdown().split("\n\n")[0]
    colleague_saves(window, lambda body: body.replace(first_line, "Maria's opening.", 1))
    editor.set_markdown(editor.markdown().replace(first_line, "Our opening.", 1))
    window.editing.autosave.mark_dirty()
    window.editing.autosave.save_now()
    dialog = wait_for_dialog(qtbot, window)
    assert len(dialog.paragraph_choices) == 1
    dialog.paragraph_choices[0].setCurrentIndex(dialog.paragraph_choices[0].findData("both"))
    dialog.save_merged.click()
    qtbot.waitUntil(lambda: "Maria's opening." in editor.markdown(), timeout=10000)
    assert editor.markdown().startswith("Our opening.\n\nMaria's opening.")


def test_decide_later_keeps_the_text_and_the_story_menu_reopens_the_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    colleague_saves(window, lambda body: body + "\n\nMaria's addition.")
    type_at_end(qtbot, window, "Ours.")
    dialog = wait_for_dialog(qtbot, window)
    dialog.reject()
    qtbot.waitUntil(lambda: "Resolve save conflict" in window.status.currentMessage())
    assert window.editor_panel.editor.markdown().endswith("Ours.")
    assert feature(window, ConflictController).resolve_action.isEnabled()
    feature(window, ConflictController).resolve_action.trigger()
    dialog = wait_for_dialog(qtbot, window)
    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: not feature(window, ConflictController).pending, timeout=10000)
    stored = window.newsroom.articles.get(article_of(window).id)
    assert stored.body.endswith("Ours.") and "Maria's addition." not in stored.body
    history = window.newsroom.revisions.history(stored.id)
    assert any("Maria's addition." in window.newsroom.revisions.get(h.id).body for h in history)

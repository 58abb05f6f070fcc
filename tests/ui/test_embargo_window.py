"""An embargo as a user meets it: ticked in the editor, a badge in the list, a banner
over the preview, and saved with the story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import (
    open_story,
    preview_text,
    wait_for_preview_text,
    wait_for_rows,
)

from newsdesk.domain.entities import ArticleEdit
from newsdesk.ui.articles.badges import BADGE_ROLE
from newsdesk.ui.main_window import MainWindow

BANNER = "EMBARGOED until"


def _badges(window: MainWindow, article_id: int) -> list[str]:
    model = window.article_list.model
    row = model.row_of(article_id)
    if row is None:
        return []
    return [text for text, _colour, _short in model.data(model.index(row, 0), BADGE_ROLE) or ()]


def test_ticking_the_embargo_saves_it_and_shows_it_everywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    story = window.newsroom.articles.create(ArticleEdit(headline="Results at dawn", body="Text."))
    window.article_list.refresh()
    wait_for_rows(qtbot, window)
    qtbot.waitUntil(lambda: window.article_list.model.row_of(story.id) is not None, timeout=5000)
    open_story(qtbot, window, story.slug)
    field = window.editor_panel.embargo_field
    assert not field.check.isChecked() and not field.time.isEnabled()
    assert BANNER not in preview_text(qtbot, window)
    check = field.check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked() and field.time.isEnabled()
    wait_for_preview_text(qtbot, window, BANNER)
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(story.id).embargoed_until is not None, timeout=5000
    )
    saved = window.newsroom.articles.get(story.id).embargoed_until
    assert saved is not None and saved > datetime.now(UTC)
    qtbot.waitUntil(
        lambda: any(text.startswith("Embargoed until") for text in _badges(window, story.id)),
        timeout=5000,
    )
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)  # off again, from the keyboard
    qtbot.waitUntil(lambda: BANNER not in preview_text(qtbot, window), timeout=5000)
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(story.id).embargoed_until is None, timeout=5000
    )


def test_a_loaded_embargo_is_kept_to_the_second_by_an_unrelated_edit(
    qtbot: QtBot, window: MainWindow
) -> None:
    until = datetime.now(UTC).replace(microsecond=123456) + timedelta(days=1, seconds=17)
    story = window.newsroom.articles.create(
        ArticleEdit(headline="Held story", body="Text.", embargoed_until=until)
    )
    window.article_list.refresh()
    wait_for_rows(qtbot, window)
    qtbot.waitUntil(lambda: window.article_list.model.row_of(story.id) is not None, timeout=5000)
    open_story(qtbot, window, story.slug)
    panel = window.editor_panel
    assert panel.embargo_field.check.isChecked()
    assert panel.current_edit().embargoed_until == until
    wait_for_preview_text(qtbot, window, BANNER)
    panel.headline.setFocus()
    panel.headline.end(False)
    qtbot.keyClicks(panel.headline, " now")
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(story.id).headline == "Held story now", timeout=5000
    )
    assert window.newsroom.articles.get(story.id).embargoed_until == until

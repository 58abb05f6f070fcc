"""Reading what a user of the main window sees: list rows, preview text."""

from __future__ import annotations

import time
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsdesk.domain.entities import Article, CommentRow
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.moderation import ModerationSwitch
from newsdesk.ui.panels.comments.panel import CommentQueuePanel

T = TypeVar("T")
Q = TypeVar("Q", bound=QObject)

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"


def feature(window: MainWindow, kind: type[T]) -> T:
    """The object a feature of `window` registered on its workbench."""
    return window.workbench.features.get(kind)


def child_of(parent: QObject, kind: type[Q], name: str = "") -> Q:
    """The child of that kind (and object name, if given) that a test expects to be there."""
    found = parent.findChild(kind, name) if name else parent.findChild(kind)
    assert found is not None, f"no {kind.__name__} {name!r}"
    return found


def moderation_of(window: MainWindow) -> ModerationSwitch:
    return feature(window, ModerationSwitch)


def close_window(window: MainWindow) -> None:
    window.close()
    window.newsroom.close()
    window.deleteLater()
    QApplication.processEvents()


def wait_for_rows(qtbot: QtBot, window: MainWindow) -> None:
    model = window.article_list.model

    def first_row_shown() -> None:
        assert model.rowCount() > 0
        assert model.data(model.index(0, 0)) not in (None, "…")

    qtbot.waitUntil(first_row_shown, timeout=15000)


def article_of(window: MainWindow) -> Article:
    """The story open in the window's editor (a test that asks has opened one)."""
    article = window.editing.article
    assert article is not None, "no story is open"
    return article


def comment_at(panel: CommentQueuePanel, row: int) -> CommentRow:
    """The comment on `row` of a comment queue (an AssertionError until it is fetched)."""
    comment = panel.model.comment_at(row)
    assert comment is not None, f"row {row} is not fetched"
    return comment


def selected_comment(panel: CommentQueuePanel) -> CommentRow:
    """The comment selected in a comment queue (an AssertionError while there is none)."""
    comment = panel.current_row()
    assert comment is not None, "no comment is selected"
    return comment


def listed_headlines(window: MainWindow) -> list[str]:
    model = window.article_list.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def open_story(qtbot: QtBot, window: MainWindow, slug: str) -> None:
    article = window.newsroom.articles.find(slug)
    window.article_list.select_article(article.id)
    qtbot.waitUntil(
        lambda: window.editing.article is not None and window.editing.article.id == article.id,
        timeout=5000,
    )
    wait_for_preview(qtbot, window)


def wait_for_preview(qtbot: QtBot, window: MainWindow) -> None:
    """Until the open story's body is in the preview's DOM (renders are asynchronous)."""
    qtbot.waitUntil(lambda: not window.preview.is_rendering, timeout=20000)
    article = window.editing.article
    if article is None or not article.body.strip():
        return
    wait_for_script(
        qtbot, window, "document.querySelectorAll('#article-body .nd-block').length > 0"
    )


def wait_for_script(qtbot: QtBot, window: MainWindow, script: str, timeout: float = 10.0) -> None:
    """Poll a JavaScript condition in the preview until it holds."""
    deadline = time.monotonic() + timeout
    while not evaluate(qtbot, window, script):
        assert time.monotonic() < deadline, f"timed out waiting for {script}"
        qtbot.wait(50)


def wait_for_preview_text(
    qtbot: QtBot, window: MainWindow, text: str, selector: str = "body", timeout: float = 10.0
) -> None:
    deadline = time.monotonic() + timeout
    while text not in preview_text(qtbot, window, selector):
        assert time.monotonic() < deadline, f"{text!r} never showed in {selector}"
        qtbot.wait(50)


def evaluate(qtbot: QtBot, window: MainWindow, script: str) -> Any:
    """Run JavaScript in the preview and return its value."""
    box: list[Any] = []
    window.preview.run_script(script, box.append)
    qtbot.waitUntil(lambda: len(box) == 1, timeout=5000)
    return box[0]


def preview_text(qtbot: QtBot, window: MainWindow, selector: str = "body") -> str:
    value = evaluate(
        qtbot, window, f"(document.querySelector({selector!r}) || {{innerText: ''}}).innerText"
    )
    return str(value)

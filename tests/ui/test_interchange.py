"""File ▸ Export and File ▸ Import: dialogs, the progress dialog with Cancel, summaries."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from tests.shared_fixtures import shared_fixtures
from tests.ui.window_helpers import SEED_SLUG, article_of, feature, listed_headlines, open_story

from newsdesk.services.publishing.progress import Progress
from newsdesk.ui.interchange.menu import InterchangeMenu
from newsdesk.ui.interchange.ninjs_dialog import NinjsExportDialog
from newsdesk.ui.interchange.site_dialog import SiteExportDialog
from newsdesk.ui.main_window import MainWindow

FIXTURES = Path(__file__).parent.parent / "fixtures"
IMPORTED_HEADLINE = "US And Russian Authorities Show Desire to Improve Relations"


def answer_dialog(kind: type[Any], fill: Callable[[Any], None]) -> list[str]:
    """When the modal dialog of `kind` comes up, fill it and press its default button."""
    seen: list[str] = []

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, respond)
            return
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.error.text() if dialog.isVisible() else "")
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(50, respond)
    return seen


def summary_text(qtbot: QtBot, window: MainWindow) -> str:
    menu = feature(window, InterchangeMenu)
    qtbot.waitUntil(lambda: menu.summary is not None and menu.summary.isVisible(), timeout=20000)
    assert menu.summary is not None
    return str(menu.summary.text())


def test_export_menu_writes_the_static_site(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "site"

    def fill(dialog: SiteExportDialog) -> None:
        dialog.folder.setText(str(folder))
        dialog.base_url.setText("https://news.example.org/")
        dialog.comment_url.setText("https://news.example.org/comments")

    answer_dialog(SiteExportDialog, fill)
    feature(window, InterchangeMenu).export_site_action.trigger()
    text = summary_text(qtbot, window)
    assert "published stories" in text and str(folder) in text
    assert (folder / "index.html").is_file()
    assert any(
        'action="https://news.example.org/comments"' in page.read_text()
        for page in folder.rglob("*.html")
    )
    assert window.settings.value("siteExport/baseUrl") == "https://news.example.org/"


def test_a_bad_site_address_is_explained_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "site"

    def fill(dialog: SiteExportDialog) -> None:
        dialog.folder.setText(str(folder))
        dialog.base_url.setText("news.example.org")

    seen = answer_dialog(SiteExportDialog, fill)
    feature(window, InterchangeMenu).export_site_action.trigger()
    assert seen and "http://" in seen[0]
    assert not folder.exists()
    assert not feature(window, InterchangeMenu).job.running


def test_ninjs_export_of_the_open_story_only(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    folder = tmp_path / "ninjs"

    def fill(dialog: NinjsExportDialog) -> None:
        dialog.folder.setText(str(folder))
        dialog.version.setCurrentIndex(dialog.version.findData("2.1"))
        dialog.only_open.setChecked(True)

    answer_dialog(NinjsExportDialog, fill)
    feature(window, InterchangeMenu).export_ninjs_action.trigger()
    assert "1 ninjs 2.1 document" in summary_text(qtbot, window)
    (document,) = folder.glob("*.json")
    headline = json.loads(document.read_text())["headlines"][0]["value"]
    assert headline == article_of(window).headline


def test_importing_a_saved_page_opens_the_new_draft(qtbot: QtBot, window: MainWindow) -> None:
    feature(window, InterchangeMenu).import_page_file(FIXTURES / "saved-news-page.html")
    assert "as a draft" in summary_text(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            window.editing.article is not None
            and window.editing.article.headline == IMPORTED_HEADLINE
            and window.editor_panel.headline.text() == IMPORTED_HEADLINE
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: listed_headlines(window).count(IMPORTED_HEADLINE) == 2, timeout=5000)


def test_a_page_that_is_not_a_story_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Home</nav></body></html>")
    before = len(listed_headlines(window))
    feature(window, InterchangeMenu).import_page_file(empty)
    text = summary_text(qtbot, window)
    assert text and "draft" not in text
    assert len(listed_headlines(window)) == before


def test_cancel_stops_a_long_job_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    steps: list[int] = []

    def slow(progress: Progress) -> int:
        progress.start(1000, "Counting slowly")
        for number in range(1000):
            time.sleep(0.01)
            progress.step()
            steps.append(number)
        return len(steps)

    feature(window, InterchangeMenu).run("Slow work", slow, str)
    job = feature(window, InterchangeMenu).job
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() > 0 and dialog.labelText() == "Counting slowly")
    (cancel,) = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert window.status.currentMessage() == "Cancelled."
    assert len(steps) < 1000
    assert feature(window, InterchangeMenu).summary is None


def shared_wxr(name: str) -> Path:
    return shared_fixtures() / "wxr" / "phpunit" / "data" / name


def test_importing_a_wordpress_export_lists_its_posts_and_sections(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = len(listed_headlines(window))
    feature(window, InterchangeMenu).import_wxr_file(shared_wxr("small-export.xml"))
    text = summary_text(qtbot, window)
    assert text.startswith("Imported 6 posts, 1 comments")
    assert "small-export.xml" in text
    qtbot.waitUntil(lambda: len(listed_headlines(window)) == before + 6, timeout=5000)


def test_a_malformed_wordpress_export_is_refused_with_its_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = len(listed_headlines(window))
    feature(window, InterchangeMenu).import_wxr_file(shared_wxr("malformed.xml"))
    text = summary_text(qtbot, window)
    assert "90" in text and "Imported" not in text
    summary = feature(window, InterchangeMenu).summary
    assert summary is not None and summary.icon() == QMessageBox.Icon.Warning
    assert len(listed_headlines(window)) == before


def test_exporting_the_newsroom_as_wxr(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "newsroom.xml"
    feature(window, InterchangeMenu).export_wxr_file(target)
    text = summary_text(qtbot, window)
    assert text.startswith("Wrote ") and str(target) in text
    assert "<wp:wxr_version>1.2</wp:wxr_version>" in target.read_text(encoding="utf-8")

"""The start-up check that tests/packaging runs in the built app, here from the sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import close_window

from newsdesk.app import build_main_window
from newsdesk.ui import smoke
from newsdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.ui


@pytest.mark.parametrize(("value", "wanted"), [("1", True), ("yes", True), ("0", False)])
def test_requested_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str, wanted: bool
) -> None:
    monkeypatch.setenv(smoke.ENVIRONMENT_VARIABLE, value)
    assert smoke.requested() is wanted


def test_not_requested_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(smoke.ENVIRONMENT_VARIABLE, raising=False)
    assert smoke.requested() is False


def test_first_story_reaches_the_preview_then_the_window_closes(
    qtbot: QtBot,
    window: MainWindow,
    capsys: pytest.CaptureFixture[str],
) -> None:
    smoke.quit_after_first_preview(window.workbench)
    window.article_list.refresh()  # the list the window showed before the check began

    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    opened = window.editing.article
    assert opened is not None
    printed = capsys.readouterr().out.splitlines()
    [line] = [text for text in printed if text.startswith("preview ready: ")]
    assert line.startswith(f"preview ready: {opened.headline} (")
    assert int(line.rpartition("(")[2].removesuffix(" blocks)")) > 0


def test_an_empty_newsroom_gives_up_with_a_reason(
    qtbot: QtBot,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(sqlite_url, settings)
    app = QApplication.instance()
    exits: list[int] = []
    monkeypatch.setattr(app, "exit", exits.append)  # the test's own loop keeps running
    try:
        window.show()
        smoke.quit_after_first_preview(window.workbench, time_limit_ms=300)
        window.article_list.refresh()

        qtbot.waitUntil(lambda: exits == [smoke.EXIT_NO_PREVIEW], timeout=5000)
        assert "the newsroom has no stories" in capsys.readouterr().err
        assert window.editing.article is None
    finally:
        close_window(window)

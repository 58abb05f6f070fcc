"""What start-up leaves until after the window's first frame: QtAwesome (its icons paint
once it is loaded) and the readers of agency files and exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.ui import icons
from newsdesk.ui.locks.bar import LockBar

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]

# The window built and shown as `newsdesk` does (`run_app`), in a process of its own so
# that what the window imported can be read: before the first frame, then after it.
CHILD = r"""
import json, sys
from PySide6.QtCore import QSettings, QTimer
from newsdesk.app import _application, build_main_window
from newsdesk.ui import icons
from newsdesk.ui.locks.bar import LockBar
app = _application()
icons.hold()
window = build_main_window(sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat))
LATER = ("qtawesome", "bs4", "markdownify", "newsdesk.ui.interchange.site_dialog")
seen = {"built": [name for name in LATER if name in sys.modules]}
window.show()
icons.RELEASE_AT_THE_LATEST_MS = 60_000  # released by the first paint, not the fallback
icons.release_after_first_paint(window)
def look():
    if icons.held():
        QTimer.singleShot(20, look)
        return
    seen["after the first frame"] = [name for name in LATER if name in sys.modules]
    button = window.toolbar.widgetForAction(window.actions_.new_article)
    image = button.icon().pixmap(24, 24).toImage()
    seen["icon drawn"] = any(
        image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)
    )
    print("SEEN " + json.dumps(seen), flush=True)
    app.exit(0)
QTimer.singleShot(0, look)
QTimer.singleShot(60_000, lambda: app.exit(3))
app.exec()
"""


@pytest.fixture
def icons_released() -> Iterator[None]:
    yield
    icons.release()


def test_the_window_is_built_without_the_icons_or_the_file_readers_and_gets_them_after(
    demo_url: str, tmp_path: Path
) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, demo_url, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, done.stderr[-2000:]
    seen = json.loads(lines[0].removeprefix("SEEN "))
    assert seen["built"] == []
    assert seen["after the first frame"] == ["qtawesome"]
    assert seen["icon drawn"] is True


def blank(image: QImage) -> bool:
    return all(
        image.pixelColor(x, y).alpha() == 0
        for x in range(image.width())
        for y in range(image.height())
    )


def test_a_held_icon_paints_nothing_until_released(qtbot: QtBot, icons_released: None) -> None:
    icons.hold()
    held = icons.icon("mdi6.content-save")
    assert blank(held.pixmap(24, 24).toImage())
    icons.release()
    assert not icons.held()
    assert not blank(held.pixmap(24, 24).toImage())
    assert not blank(icons.icon("mdi6.content-save").pixmap(24, 24).toImage())


def test_icons_are_released_once_the_window_has_painted(
    qtbot: QtBot, icons_released: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fallback far beyond the wait below: only the first paint can release them.
    monkeypatch.setattr(icons, "RELEASE_AT_THE_LATEST_MS", 60_000)
    icons.hold()
    button = QToolButton()
    button.setIcon(icons.icon("mdi6.magnify"))
    qtbot.addWidget(button)
    icons.release_after_first_paint(button)
    button.show()
    qtbot.waitExposed(button)
    qtbot.waitUntil(lambda: not icons.held(), timeout=5000)
    assert not blank(button.icon().pixmap(24, 24).toImage())


def drawn(widget: QWidget) -> QImage:
    """What `widget` paints, on a transparent ground (no window background)."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    widget.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    return image


def test_the_lock_bars_padlock_shows_once_icons_are_released(
    qtbot: QtBot, icons_released: None
) -> None:
    icons.hold()
    bar = LockBar()  # built during start-up, while icons are held
    qtbot.addWidget(bar)
    icons.release()
    bar.show_message("Ana is editing this story", offer_take_over=True)
    qtbot.waitExposed(bar)
    assert not blank(drawn(bar.icon))

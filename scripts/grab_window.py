"""Grab the main window as a user would see it, for looking at a UI change.

    .venv/bin/python scripts/grab_window.py OUT_FOLDER [--size 1280x720] [--story SLUG]

Opens the demo newsroom (in a throwaway folder) offscreen, opens a story, and saves
one PNG per look: light, dark and high contrast in English, and light in Persian
(`window-light.png`, `window-dark.png`, `window-high-contrast.png`, `window-fa.png`),
the comment queue's reply and edit dialogs in each look (`reply-light.png`,
`edit-light.png`…), then each workspace and the focus mode in light (`workspace-copy-desk.png`,
`workspace-moderation.png`, `workspace-wires.png`, `workspace-budget.png` (an empty day,
its hint), `focus-mode.png`), the Budget with a day's items in light and in Persian
(`budget.png`, `budget-fa.png`) and a story opened from it (`budget-story.png`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
_scratch = tempfile.mkdtemp(prefix="newsdesk-grab-")
os.environ["XDG_DATA_HOME"] = os.environ["XDG_STATE_HOME"] = _scratch
os.environ["XDG_CONFIG_HOME"] = _scratch

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from newsdesk.domain.planning import AssignmentRole, PlanDraft  # noqa: E402
from newsdesk.services.comments import CommentQuery  # noqa: E402
from newsdesk.services.demo import load_demo  # noqa: E402
from newsdesk.services.newsroom import Newsroom, open_newsroom  # noqa: E402
from newsdesk.ui.main_window import MainWindow  # noqa: E402
from newsdesk.ui.panels.comments.text_dialog import CommentTextDialog, Purpose  # noqa: E402
from newsdesk.ui.planning.budget_panel import BudgetPanel  # noqa: E402
from newsdesk.ui.preferences.apply import apply_preferences  # noqa: E402
from newsdesk.ui.preferences.settings import Preferences, Theme  # noqa: E402
from newsdesk.ui.workspaces.controller import Workspace, Workspaces  # noqa: E402

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
LOOKS = (
    ("light", Theme.LIGHT, "en"),
    ("dark", Theme.DARK, "en"),
    ("high-contrast", Theme.HIGH_CONTRAST, "en"),
    ("fa", Theme.LIGHT, "fa"),
)


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def plan_a_day(newsroom: Newsroom) -> None:
    """A day's budget on the demo newsroom: lines in two sections, one late, one started."""
    today = date.today()
    sections = [s for s in newsroom.sections.tree()][:2]
    me = newsroom.user.id
    due = datetime.now().astimezone().replace(second=0, microsecond=0)
    lines = (
        ("Summit ends with accord", 800, due - timedelta(hours=1), [(me, AssignmentRole.WRITER)]),
        ("Harbour strike: day two", 500, due + timedelta(hours=2), []),
        ("Flood warning upstream", 300, due + timedelta(hours=4), [(me, AssignmentRole.WRITER)]),
        ("Budget vote preview", 1200, None, []),
    )
    for index, (slug, words, when, people) in enumerate(lines):
        section = sections[index % len(sections)].id if sections else None
        newsroom.planning.add(
            PlanDraft(today, slug, section, pitch=slug, words_planned=words, due_at=when), people
        )


def grab_budget(
    app: QApplication,
    window: MainWindow,
    workspaces: Workspaces,
    folder: Path,
    size: tuple[int, int],
) -> None:
    budget = window.findChild(QAction, "budgetView")
    if budget is None:
        return
    plan_a_day(window.newsroom)
    for name, language in (("budget", "en"), ("budget-fa", "fa")):
        apply_preferences(window.workbench, Preferences(theme=Theme.LIGHT, ui_language=language))
        workspaces.switch(Workspace.BUDGET)
        window.resize(*size)
        settle(app, 2.0)
        path = folder / f"{name}.png"
        window.grab().save(str(path))
        print(path)
        workspaces.switch(Workspace.WRITE)
    apply_preferences(window.workbench, Preferences(theme=Theme.LIGHT, ui_language="en"))
    workspaces.switch(Workspace.BUDGET)
    panel = window.workbench.features.get(BudgetPanel)
    panel.table.selectRow(0)
    panel.open_current()  # starts the story and goes back to the editor
    settle(app, 3.0)
    path = folder / "budget-story.png"
    window.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--story", default=SEED_SLUG)
    arguments = parser.parse_args()
    width, height = (int(part) for part in arguments.size.split("x"))
    arguments.folder.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv)
    url = f"sqlite:///{Path(_scratch) / 'grab.sqlite'}"
    newsroom = open_newsroom(url, create=True)
    load_demo(newsroom)
    story = newsroom.articles.find(arguments.story).id
    window = MainWindow(
        newsroom, QSettings(str(Path(_scratch) / "grab.ini"), QSettings.Format.IniFormat)
    )
    window.show()
    window.resize(width, height)
    window.editing.open(story)
    settle(app, 3.0)
    for name, theme, language in LOOKS:
        apply_preferences(window.workbench, Preferences(theme=theme, ui_language=language))
        window.resize(width, height)
        settle(app, 2.0)
        path = arguments.folder / f"window-{name}.png"
        window.grab().save(str(path))
        print(path)
        every = newsroom.comments.list_comments(CommentQuery(status=None))
        reply = next(comment for comment in every if comment.parent_id)
        thread = newsroom.comments.thread(reply.id)
        for purpose in Purpose:
            dialog = CommentTextDialog(purpose, thread, window)
            dialog.show()
            settle(app, 0.5)
            path = arguments.folder / f"{purpose.value}-{name}.png"
            dialog.grab().save(str(path))
            dialog.close()
            print(path)
    apply_preferences(window.workbench, Preferences(theme=Theme.LIGHT))
    workspaces = window.workbench.features.get(Workspaces)
    for workspace in (
        Workspace.COPY_DESK,
        Workspace.MODERATION,
        Workspace.WIRES,
        Workspace.BUDGET,
    ):
        workspaces.switch(workspace)
        window.resize(width, height)
        settle(app, 2.0)
        path = arguments.folder / f"workspace-{workspace.value}.png"
        window.grab().save(str(path))
        print(path)
    workspaces.switch(Workspace.WRITE)
    grab_budget(app, window, workspaces, arguments.folder, (width, height))
    workspaces.focus_action.setChecked(True)
    settle(app, 2.0)
    path = arguments.folder / "focus-mode.png"
    window.grab().save(str(path))
    print(path)
    workspaces.focus_action.setChecked(False)
    apply_preferences(window.workbench, Preferences())
    window.close()
    newsroom.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

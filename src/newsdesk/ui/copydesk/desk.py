"""The copy desk's parts in one window, and the wiring between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QToolButton

from newsdesk.domain.entities import Article, User
from newsdesk.domain.workflow import may_edit
from newsdesk.ui import icons as qta
from newsdesk.ui.copydesk.checks_panel import ChecksPanel
from newsdesk.ui.copydesk.history_panel import HistoryPanel
from newsdesk.ui.copydesk.notes_panel import NotesPanel
from newsdesk.ui.copydesk.user_switcher import UserSwitcher
from newsdesk.ui.copydesk.workflow_actions import WorkflowActions

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

DOCK_WIDTH = 330


class CopyDesk(QObject):
    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self.setObjectName("copyDesk")
        self._workbench = workbench
        self.switcher = UserSwitcher(workbench)
        workbench.menus.add_before_quit(self.switcher.action)
        self.workflow = WorkflowActions(workbench)

        self.checks = ChecksPanel(workbench)
        self.notes = NotesPanel(workbench)
        self.history = HistoryPanel(workbench)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.checks_dock = workbench.docks.add("checksPanel", self.tr("Checks"), self.checks, right)
        self.notes_dock = workbench.docks.add("notesPanel", self.tr("Notes"), self.notes, right)
        self.history_dock = workbench.docks.add(
            "historyPanel", self.tr("History"), self.history, right
        )
        workbench.docks.tabify(self.checks_dock, self.notes_dock, self.history_dock)
        workbench.docks.resize([self.checks_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

        # In a calm layout the Checks panel is closed: a count in the toolbar opens it.
        self.checks_badge = QToolButton()
        self.checks_badge.setObjectName("checksBadge")
        self.checks_badge.setIcon(qta.icon("mdi6.spellcheck"))
        self.checks_badge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checks_badge.setAutoRaise(True)
        self.checks_badge.clicked.connect(self.show_checks)
        self._badge_action = workbench.menus.toolbar.addWidget(self.checks_badge)
        self._show_count(-1)
        self.checks.counted.connect(self._show_count)

        workbench.story.article_opened.connect(self._article_opened)
        workbench.checks_changed.connect(self.checks.check_now)
        workbench.story.article_saved.connect(lambda _article: self.history.story_saved())
        self.workflow.story_moved.connect(self._story_moved)
        self.switcher.user_changed.connect(self._user_changed)
        self._apply_user(workbench.newsroom.user)

    def show_checks(self) -> None:
        """Open the Checks panel, wherever the workspace keeps it, and raise it."""
        self.checks_dock.show()
        self.checks_dock.raise_()
        self.checks.findings.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_count(self, count: int) -> None:
        self._count = count
        self._badge_action.setVisible(count >= 0)
        text = self.tr("%n finding(s)", "", max(count, 0))
        self.checks_badge.setText(text)
        self.checks_badge.setToolTip(
            self.tr("Copy checks: %1. Open the Checks panel").replace("%1", text)
        )
        self.checks_badge.setAccessibleName(self.tr("Copy checks: %1").replace("%1", text))

    def retranslate_ui(self) -> None:
        self._show_count(self._count)

    def _article_opened(self, article: Article | None) -> None:
        self.checks.set_article(article)
        self.notes.set_article(article)
        self.history.set_article(article)

    def _story_moved(self, _article: Article) -> None:
        self.notes.refresh()
        self.history.refresh()

    def _user_changed(self, user: User) -> None:
        self._apply_user(user)
        self.workflow.update()
        self._workbench.stories.refresh()

    def _apply_user(self, user: User) -> None:
        self._workbench.editor.set_read_only(not may_edit(user))
        for panel in (self.checks, self.notes, self.history):
            panel.update_buttons()

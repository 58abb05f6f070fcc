"""The copy desk's parts in one window, and the wiring between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from newsdesk.domain.entities import Article, User
from newsdesk.domain.workflow import may_edit
from newsdesk.ui.copydesk.checks_panel import ChecksPanel
from newsdesk.ui.copydesk.history_panel import HistoryPanel
from newsdesk.ui.copydesk.notes_panel import NotesPanel
from newsdesk.ui.copydesk.user_switcher import UserSwitcher
from newsdesk.ui.copydesk.workflow_actions import WorkflowActions

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow

DOCK_WIDTH = 330


class CopyDesk(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("copyDesk")
        self._window = window
        self.switcher = UserSwitcher(window)
        window.file_menu.insertAction(window.actions_.quit, self.switcher.action)
        window.file_menu.insertSeparator(window.actions_.quit)
        self.workflow = WorkflowActions(window)

        self.checks = ChecksPanel(window)
        self.notes = NotesPanel(window)
        self.history = HistoryPanel(window)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.checks_dock = window.add_dock("checksPanel", self.tr("Checks"), self.checks, right)
        self.notes_dock = window.add_dock("notesPanel", self.tr("Notes"), self.notes, right)
        self.history_dock = window.add_dock("historyPanel", self.tr("History"), self.history, right)
        window.tabifyDockWidget(self.checks_dock, self.notes_dock)
        window.tabifyDockWidget(self.notes_dock, self.history_dock)
        self.checks_dock.raise_()
        window.resizeDocks([self.checks_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

        window.editing.article_opened.connect(self._article_opened)
        window.editing.article_saved.connect(lambda _article: self.history.story_saved())
        self.workflow.story_moved.connect(self._story_moved)
        self.switcher.user_changed.connect(self._user_changed)
        self._apply_user(window.newsroom.user)

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
        self._window.article_list.refresh()

    def _apply_user(self, user: User) -> None:
        self._window.editor_panel.set_read_only(not may_edit(user))
        for panel in (self.checks, self.notes, self.history):
            panel.update_buttons()

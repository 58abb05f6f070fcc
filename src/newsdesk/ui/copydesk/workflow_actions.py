"""The workflow steps in the Story menu and the toolbar: only those the current user may
take on the open story are shown (the services refuse the rest whatever a window offers).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from newsdesk.domain.entities import Article
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.workflow import Action, available_actions
from newsdesk.ui import icons as qta
from newsdesk.ui.copydesk.dialogs import ask_note, ask_time, confirm, show_refusal
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import label

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

PRESENTATION: dict[Action, tuple[str, str, str]] = {
    Action.SUBMIT: (
        QT_TRANSLATE_NOOP("WorkflowActions", "&Submit to the copy desk"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Submit"),
        "mdi6.send-outline",
    ),
    Action.TAKE: (
        QT_TRANSLATE_NOOP("WorkflowActions", "&Take for editing"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Take"),
        "mdi6.hand-back-right-outline",
    ),
    Action.SEND_BACK: (
        QT_TRANSLATE_NOOP("WorkflowActions", "Send &back to the writer…"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Send back"),
        "mdi6.arrow-u-left-top",
    ),
    Action.PASS_READY: (
        QT_TRANSLATE_NOOP("WorkflowActions", "Pass as &ready"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Pass as ready"),
        "mdi6.check-decagram-outline",
    ),
    Action.PUBLISH: (
        QT_TRANSLATE_NOOP("WorkflowActions", "&Publish"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Publish"),
        "mdi6.earth",
    ),
    Action.SCHEDULE: (
        QT_TRANSLATE_NOOP("WorkflowActions", "Sc&hedule publication…"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Schedule"),
        "mdi6.calendar-clock",
    ),
    Action.KILL: (
        QT_TRANSLATE_NOOP("WorkflowActions", "&Kill the story…"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Kill"),
        "mdi6.cancel",
    ),
    Action.CORRECT: (
        QT_TRANSLATE_NOOP("WorkflowActions", "Publish a corr&ection…"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Correct"),
        "mdi6.file-document-edit-outline",
    ),
    Action.REVIVE: (
        QT_TRANSLATE_NOOP("WorkflowActions", "Re&vive as a draft"),
        QT_TRANSLATE_NOOP("WorkflowActions", "Revive"),
        "mdi6.backup-restore",
    ),
}
"""(menu text, toolbar text, icon), the texts in English."""

STATE_PHRASES = {
    ArticleStatus.DRAFT: QT_TRANSLATE_NOOP("WorkflowActions", "a draft"),
    ArticleStatus.SUBMITTED: QT_TRANSLATE_NOOP("WorkflowActions", "submitted"),
    ArticleStatus.EDITING: QT_TRANSLATE_NOOP("WorkflowActions", "in editing"),
    ArticleStatus.READY: QT_TRANSLATE_NOOP("WorkflowActions", "ready"),
    ArticleStatus.PUBLISHED: QT_TRANSLATE_NOOP("WorkflowActions", "published"),
    ArticleStatus.SENT_BACK: QT_TRANSLATE_NOOP("WorkflowActions", "sent back"),
    ArticleStatus.KILLED: QT_TRANSLATE_NOOP("WorkflowActions", "killed"),
    ArticleStatus.CORRECTED: QT_TRANSLATE_NOOP("WorkflowActions", "corrected"),
}
"""How "The story is now …" ends for each state."""


class WorkflowActions(QObject):
    story_moved = Signal(object)
    """The Article after a step (its state and version changed)."""

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._busy = False
        self.actions: dict[Action, QAction] = {}
        for action in Action:
            text, short, icon = PRESENTATION[action]
            qaction = QAction(qta.icon(icon), self.tr(text), workbench)
            qaction.setObjectName(f"workflow_{action.value}")
            qaction.setIconText(self.tr(short))
            qaction.setStatusTip(label(action))
            qaction.setVisible(False)
            qaction.triggered.connect(lambda _checked=False, a=action: self.trigger(a))
            self.actions[action] = qaction

        workbench.menus.story.addSection(self.tr("Workflow"))
        workbench.menus.story.addActions(list(self.actions.values()))
        workbench.menus.toolbar.addSeparator()
        workbench.menus.toolbar.addActions(list(self.actions.values()))
        for qaction in self.actions.values():
            button = workbench.menus.toolbar.widgetForAction(qaction)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        workbench.story.article_opened.connect(lambda _article: self.update())
        workbench.story.article_saved.connect(lambda _article: self.update())
        self.update()

    def visible_actions(self) -> list[Action]:
        return [action for action, qaction in self.actions.items() if qaction.isVisible()]

    def update(self) -> None:
        """Show what the current user may do to the open story now."""
        article = self._workbench.story.article
        roles = self._workbench.newsroom.user.roles
        allowed = set(available_actions(article.status, roles)) if article else set()
        for action, qaction in self.actions.items():
            qaction.setVisible(action in allowed)
            qaction.setEnabled(action in allowed and not self._busy)

    # ---- taking a step -------------------------------------------------------------------
    def trigger(self, action: Action) -> None:
        window = self._workbench.host
        article = self._workbench.story.article
        if article is None or self._busy:
            return
        if action is Action.SEND_BACK:
            ask_note(
                window,
                self.tr("Send back to the writer"),
                self.tr("Tell the writer what to change (they see this note):"),
                lambda note: self._run(article, action, note=note),
            )
        elif action is Action.CORRECT:
            ask_note(
                window,
                self.tr("Publish a correction"),
                self.tr("The correction note, shown on the published page:"),
                lambda note: self._run(article, action, note=note),
            )
        elif action is Action.SCHEDULE:
            ask_time(window, lambda when: self._run(article, action, when=when))
        elif action is Action.KILL:
            confirm(
                window,
                self.tr("Kill the story"),
                self.tr("Kill “%1”? It leaves every queue (a publisher can revive it).").replace(
                    "%1", article.headline or self.tr("New story")
                ),
                lambda: self._run(article, action),
            )
        else:
            self._run(article, action)

    def _run(
        self, article: Article, action: Action, *, note: str = "", when: datetime | None = None
    ) -> None:
        workflow = self._workbench.newsroom.workflow
        self._busy = True
        self.update()
        self._workbench.status.showMessage(self.tr("%1…").replace("%1", label(action)))
        self._workbench.story.run_change(
            lambda: workflow.apply(article.id, action, note=note, when=when),
            on_done=lambda moved: self._moved(action, moved),
            on_error=lambda error: self._refused(action, error),
        )

    def _moved(self, action: Action, article: Article) -> None:
        self._busy = False
        self.update()
        self._workbench.status.showMessage(
            self.tr("%1: done. “%3” is now %2.")
            .replace("%1", label(action))
            .replace("%2", self.tr(STATE_PHRASES[article.status]))
            .replace("%3", article.headline or self.tr("New story")),
            8000,
        )
        self.story_moved.emit(article)

    def _refused(self, action: Action, error: BaseException) -> None:
        self._busy = False
        self.update()
        message = str(error) if isinstance(error, NewsdeskError) else repr(error)
        self._workbench.status.showMessage(message, 12000)
        show_refusal(
            self._workbench.host,
            self.tr("%1: not done").replace("%1", label(action)),
            message,
        )

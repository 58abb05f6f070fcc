"""Comment moderation in the main window: the full Moderation view and its actions, and
the spam filter learning from the decisions in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from newsdesk.domain.moderation import ModerationAction
from newsdesk.ui.moderation.learning import FilterLearner
from newsdesk.ui.moderation.view import ModerationView
from newsdesk.ui.panels.comments.keys import UNDO, key_hint
from newsdesk.ui.panels.comments.panel import CommentQueuePanel
from newsdesk.ui.vocabulary import label

MA = ModerationAction
MENU_ACTIONS = (
    MA.APPROVE,
    MA.UNAPPROVE,
    MA.SPAM,
    MA.NOT_SPAM,
    MA.TRASH,
    MA.RESTORE,
    MA.DELETE,
    MA.REPLY,
    MA.EDIT,
)
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


class ModerationSwitch(QObject):
    """Ctrl+Shift+M: the full Moderation view in the window's middle, or the stories."""

    def __init__(self, workbench: Workbench, view: ModerationView) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self.view = view
        self._dock_was_visible = True
        workbench.pages.add(view)
        self.toggle = QAction(translate("Moderation", "&Moderation view"), workbench.host)
        self.toggle.setObjectName("moderationView")
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.toggle.setToolTip(
            translate(
                "Moderation", "Switch between the stories and the moderation view (Ctrl+Shift+M)"
            )
        )
        self.toggle.toggled.connect(self._switch)

    def _switch(self, on: bool) -> None:
        workbench = self._workbench
        if on:
            workbench.pages.show(self.view)
        elif workbench.pages.current is self.view:  # another page may have taken its place
            workbench.pages.show(None)
        # One queue at a time: the dock steps aside while the full view is up.
        if on:
            self._dock_was_visible = workbench.comments_dock.isVisible()
            workbench.comments_dock.hide()
        elif self._dock_was_visible:
            workbench.comments_dock.show()
        if on:
            self.view.queue.refresh()
            self.view.queue.focus_queue()

    def active_queue(self) -> CommentQueuePanel:
        return self.view.queue if self.toggle.isChecked() else self._workbench.comments

    def focus_queue(self) -> None:
        if self.toggle.isChecked():
            self.view.queue.focus_queue()
            return
        dock = self._workbench.comments_dock
        dock.show()
        dock.raise_()
        self._workbench.comments.focus_queue()


def install(workbench: Workbench) -> None:
    """Add the moderation view and actions to the window and wire their signals."""
    newsroom = workbench.newsroom
    dock_queue = workbench.comments
    dock_queue.set_moderation(newsroom.moderation)
    view = ModerationView(newsroom, workbench.tasks.queries)
    switch = workbench.features.add(ModerationSwitch(workbench, view))

    focus = QAction(translate("Moderation", "Go to the comment &queue"), workbench.host)
    focus.setShortcut(QKeySequence("Ctrl+4"))
    focus.triggered.connect(switch.focus_queue)
    menu = workbench.menus.comments
    menu.addActions([switch.toggle, focus])
    menu.addSeparator()
    for action in MENU_ACTIONS:
        # The key is a hint: the queue's table reads it, so typing elsewhere never moderates.
        item = menu.addAction(f"{label(action)}\t{key_hint(action)}")
        item.triggered.connect(lambda _on=False, a=action: switch.active_queue().act(a))
        if action is ModerationAction.DELETE:
            menu.addSeparator()
    undo_text = translate("Moderation", "Undo the last moderation")
    undo = menu.addAction(f"{undo_text}\t{key_hint(UNDO)}")
    undo.triggered.connect(lambda: switch.active_queue().undo())
    workbench.menus.view.addSeparator()
    workbench.menus.view.addAction(switch.toggle)

    view.queue.changed.connect(workbench.apply_changes)
    dock_queue.changed.connect(lambda _changes: view.queue.refresh() if view.isVisible() else None)
    view.announced.connect(lambda message, undo: _announce(workbench, message, undo))

    learner = workbench.features.add(FilterLearner(newsroom.learned_filter, newsroom.identity))
    workbench.tasks.keep(learner)
    view.queue.changed.connect(lambda _changes: learner.decided())
    dock_queue.changed.connect(lambda _changes: learner.decided())
    learner.learned.connect(lambda message: workbench.status.showMessage(message, 8_000))


def _announce(workbench: Workbench, message: str, undo: object) -> None:
    if callable(undo):
        workbench.status.show_undoable(message, undo, 12_000)
    else:
        workbench.status.showMessage(message, 8_000)

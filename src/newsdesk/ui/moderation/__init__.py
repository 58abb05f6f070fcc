"""Comment moderation in the main window: the full Moderation view and its actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QStackedWidget

from newsdesk.domain.moderation import ModerationAction
from newsdesk.ui.moderation.view import ModerationView
from newsdesk.ui.naming import named
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
    from newsdesk.ui.main_window import MainWindow


def size_stack_by_current_page(stack: QStackedWidget) -> None:
    """A stack asks for room for its largest page; only the page on show should count."""
    for index in range(stack.count()):
        page = stack.widget(index)
        if page is None:
            continue
        policy = (
            QSizePolicy.Policy.Preferred
            if page is stack.currentWidget()
            else QSizePolicy.Policy.Ignored
        )
        page.setSizePolicy(policy, policy)
    stack.updateGeometry()


def install(window: MainWindow) -> None:
    """Add the moderation view and actions to `window` and wire their signals."""
    newsroom = window.newsroom
    dock_queue = window.comments_panel
    dock_queue.set_moderation(newsroom.moderation)

    view = ModerationView(newsroom, window.queries)
    window.moderation_view = view  # type: ignore[attr-defined]
    stories = window.takeCentralWidget()
    assert stories is not None
    stack = named(QStackedWidget(), "centralStack")
    stack.addWidget(stories)
    stack.addWidget(view)
    window.setCentralWidget(stack)
    size_stack_by_current_page(stack)

    toggle = QAction(translate("Moderation", "&Moderation view"), window)
    toggle.setCheckable(True)
    toggle.setShortcut(QKeySequence("Ctrl+Shift+M"))
    toggle.setToolTip(
        translate("Moderation", "Switch between the stories and the moderation view (Ctrl+Shift+M)")
    )
    window.moderation_toggle = toggle  # type: ignore[attr-defined]

    dock_was_visible = [True]

    def switch(on: bool) -> None:
        stack.setCurrentWidget(view if on else stories)
        size_stack_by_current_page(stack)
        # One queue at a time: the dock steps aside while the full view is up.
        if on:
            dock_was_visible[0] = window.comments_dock.isVisible()
            window.comments_dock.hide()
        elif dock_was_visible[0]:
            window.comments_dock.show()
        if on:
            view.queue.refresh()
            view.queue.focus_queue()

    toggle.toggled.connect(switch)
    focus = QAction(translate("Moderation", "Go to the comment &queue"), window)
    focus.setShortcut(QKeySequence("Ctrl+4"))
    focus.triggered.connect(
        lambda: view.queue.focus_queue() if toggle.isChecked() else _focus_dock(window)
    )
    menu = window.comments_menu
    menu.addActions([toggle, focus])
    menu.addSeparator()

    def active() -> CommentQueuePanel:
        return view.queue if toggle.isChecked() else dock_queue

    for action in MENU_ACTIONS:
        # The key is a hint: the queue's table reads it, so typing elsewhere never moderates.
        item = menu.addAction(f"{label(action)}\t{key_hint(action)}")
        item.triggered.connect(lambda _on=False, a=action: active().act(a))
        if action is ModerationAction.DELETE:
            menu.addSeparator()
    undo_text = translate("Moderation", "Undo the last moderation")
    undo = menu.addAction(f"{undo_text}\t{key_hint(UNDO)}")
    undo.triggered.connect(lambda: active().undo())
    window.view_menu.addSeparator()
    window.view_menu.addAction(toggle)

    view.queue.changed.connect(window.apply_changes)
    dock_queue.changed.connect(lambda _changes: view.queue.refresh() if view.isVisible() else None)


def _focus_dock(window: MainWindow) -> None:
    window.comments_dock.show()
    window.comments_dock.raise_()
    window.comments_panel.focus_queue()

"""Workspaces: one window, several ways of laying it out, each remembered on its own.

- **Write**: the story list, the editor and the preview; nothing else on show (the copy
  checks are a count in the toolbar that opens them).
- **Copy desk**: the copy desk queue, the editor and the preview, with History, Notes
  and Checks under them.
- **Moderation**: the whole window for the comment queue (the Moderation view).
- **Wires**: the whole window for the agencies' copy (the Wires view).
- **Budget**: the whole window for the day's plan (the Budget page); a story opened from
  it goes back to Write, with the editor and the preview.

Switching saves the layout of the workspace left (its panels, their places and sizes)
and puts back the one of the workspace chosen, or its default the first time. A focus
mode shows the editor and the preview alone, full screen, until Esc.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

from newsdesk.services.article_views import SavedView
from newsdesk.ui import icons as qta
from newsdesk.ui.moderation import ModerationSwitch
from newsdesk.ui.planning.page import BudgetPage
from newsdesk.ui.preferences.mirroring import logical_state, restore_logical_state
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.wires import Wires
from newsdesk.ui.workbench import Workbench

translate = QCoreApplication.translate

LAYOUT_VERSION = 2
SETTINGS = "workspaces"
MIN_LIST_WIDTH = 240
"""The story list's narrowest default: a two-line row still reads well in it."""
EDITOR_CHARACTERS = 64
"""What the editor gets first: room for this many characters a line (and its margins)."""
EDITOR_MARGINS = 48
PREVIEW_SHARE = 0.34
MIN_PREVIEW_WIDTH = 430
BOTTOM_PANEL_HEIGHT = 190
COPY_DESK_PANELS = ("checksPanel", "notesPanel", "historyPanel")


class Workspace(StrEnum):
    WRITE = "write"
    COPY_DESK = "copy-desk"
    MODERATION = "moderation"
    WIRES = "wires"
    BUDGET = "budget"


NAMES = {
    Workspace.WRITE: QT_TRANSLATE_NOOP("Workspaces", "&Write"),
    Workspace.COPY_DESK: QT_TRANSLATE_NOOP("Workspaces", "&Copy desk"),
    Workspace.MODERATION: QT_TRANSLATE_NOOP("Workspaces", "&Moderation"),
    Workspace.WIRES: QT_TRANSLATE_NOOP("Workspaces", "Wi&res"),
    Workspace.BUDGET: QT_TRANSLATE_NOOP("Workspaces", "&Budget"),
}
OBJECT_NAMES = {
    Workspace.WRITE: "workspaceWrite",
    Workspace.COPY_DESK: "workspaceCopyDesk",
    Workspace.MODERATION: "workspaceModeration",
    Workspace.WIRES: "workspaceWires",
    Workspace.BUDGET: "workspaceBudget",
}
KEYS = {
    Workspace.WRITE: "Ctrl+Alt+1",
    Workspace.COPY_DESK: "Ctrl+Alt+2",
    Workspace.MODERATION: "Ctrl+Alt+3",
    Workspace.WIRES: "Ctrl+Alt+4",
    Workspace.BUDGET: "Ctrl+Alt+5",
}
ICONS = {
    Workspace.WRITE: "mdi6.pencil-outline",
    Workspace.COPY_DESK: "mdi6.file-document-check-outline",
    Workspace.MODERATION: "mdi6.comment-check-outline",
    Workspace.WIRES: "mdi6.newspaper-variant-outline",
    Workspace.BUDGET: "mdi6.calendar-text-outline",
}


class Workspaces(QObject):
    changed = Signal(object)
    """The Workspace now on show."""

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self.setObjectName("workspaces")
        self._workbench = workbench
        self._moderation = workbench.features.find(ModerationSwitch)
        wires = workbench.features.find(Wires)
        budget = workbench.features.find(BudgetPage)
        self._pages: dict[Workspace, QAction] = {}
        """The workspaces that are a feature's page, by the switch of that page."""
        if self._moderation is not None:
            self._pages[Workspace.MODERATION] = self._moderation.toggle
        if wires is not None:
            self._pages[Workspace.WIRES] = wires.toggle
        if budget is not None:
            self._pages[Workspace.BUDGET] = budget.toggle
        self.current = Workspace.WRITE
        self._switching = False
        self._focus_saved: tuple[QByteArray, list[int], bool, bool] | None = None

        host = workbench.host
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Workspace, QAction] = {}
        for workspace in Workspace:
            action = QAction(qta.icon(ICONS[workspace]), self._name(workspace), host)
            action.setObjectName(OBJECT_NAMES[workspace])
            action.setCheckable(True)
            action.setShortcut(QKeySequence(KEYS[workspace]))
            action.triggered.connect(lambda _on=False, w=workspace: self.switch(w))
            self.group.addAction(action)
            self.actions[workspace] = action
        self.actions[self.current].setChecked(True)

        self.focus_action = QAction(
            qta.icon("mdi6.fullscreen"), translate("Workspaces", "&Focus mode"), host
        )
        self.focus_action.setObjectName("focusMode")
        self.focus_action.setCheckable(True)
        self.focus_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.focus_action.toggled.connect(self._set_focus_mode)
        self.leave_focus = QAction(translate("Workspaces", "Leave focus mode"), host)
        self.leave_focus.setObjectName("leaveFocusMode")
        self.leave_focus.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_focus.setEnabled(False)
        self.leave_focus.triggered.connect(lambda: self.focus_action.setChecked(False))
        host.addAction(self.leave_focus)

        menu = workbench.menus.view.addMenu(translate("Workspaces", "Wor&kspace"))
        menu.setObjectName("workspaceMenu")
        menu.addActions(list(self.actions.values()))
        menu.addSeparator()
        menu.addAction(self.focus_action)

        self.switcher = QToolBar(translate("Workspaces", "Workspaces"), host)
        self.switcher.setObjectName("workspaceSwitcher")
        self.switcher.setMovable(False)
        self.switcher.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.switcher.addActions(list(self.actions.values()))
        self.switcher.addAction(self.focus_action)
        host.addToolBar(self.switcher)

        self._dealt: list[int] | None = None
        """The widths the default last dealt. While the dividers still stand there (nobody
        moved them, no saved layout put them elsewhere), a change of the splitter's width
        deals them again."""
        workbench.splitter.installEventFilter(self)
        workbench.ready.connect(self._start)
        workbench.saving_layout.connect(self.save)
        for page, toggle in self._pages.items():
            toggle.toggled.connect(lambda on, page=page: self._page_toggled(page, on))

    # ---- names ---------------------------------------------------------------------------
    @staticmethod
    def _name(workspace: Workspace) -> str:
        return translate("Workspaces", NAMES[workspace])

    def retranslate_ui(self) -> None:
        for workspace, action in self.actions.items():
            action.setText(self._name(workspace))

    # ---- switching -----------------------------------------------------------------------
    def _start(self) -> None:
        remembered = self._workbench.settings.value(f"{SETTINGS}/current", Workspace.WRITE.value)
        try:
            workspace = Workspace(str(remembered))
        except ValueError:
            workspace = Workspace.WRITE
        self._enter(workspace)

    def switch(self, workspace: Workspace) -> None:
        """Save the layout of the workspace on show, then lay out `workspace`."""
        if self.focus_action.isChecked():
            self.focus_action.setChecked(False)
        if workspace is self.current:
            self.actions[workspace].setChecked(True)
            return
        self.save()
        self._enter(workspace)

    def _enter(self, workspace: Workspace) -> None:
        self._switching = True
        try:
            self.current = workspace
            self.actions[workspace].setChecked(True)
            self._show_page(workspace)
            if not self._restore(workspace):
                self._default_layout(workspace)
            self._choose_view(workspace)
        finally:
            self._switching = False
        self._workbench.settings.setValue(f"{SETTINGS}/current", workspace.value)
        self.changed.emit(workspace)

    def save(self) -> None:
        """Remember the layout of the workspace on show (not the focus mode's)."""
        if self.focus_action.isChecked():
            return
        host, settings = self._workbench.host, self._workbench.settings
        key = f"{SETTINGS}/{self.current.value}"
        settings.setValue(f"{key}/state", logical_state(host, LAYOUT_VERSION))
        settings.setValue(f"{key}/splitter", self._workbench.splitter.saveState())
        settings.setValue(f"{key}/details", self._workbench.editor.details_shown)
        settings.setValue(f"{key}/sized_by_hand", not self._dealing())

    def _restore(self, workspace: Workspace) -> bool:
        settings = self._workbench.settings
        key = f"{SETTINGS}/{workspace.value}"
        state = settings.value(f"{key}/state")
        if not isinstance(state, QByteArray | bytes):
            return False
        if not restore_logical_state(self._workbench.host, QByteArray(state), LAYOUT_VERSION):
            return False
        splitter = settings.value(f"{key}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self._workbench.splitter.restoreState(QByteArray(splitter))
        by_hand = str(settings.value(f"{key}/sized_by_hand", True)).lower() in ("true", "1")
        self._dealt = None if by_hand else self._workbench.splitter.sizes()
        details = settings.value(f"{key}/details")
        if details is not None:
            self._workbench.editor.show_details(str(details).lower() in ("true", "1"))
        return True

    def _show_page(self, workspace: Workspace) -> None:
        """The workspace's page on show: other pages' switches off first, then its own."""
        for page, toggle in self._pages.items():
            if page is not workspace and toggle.isChecked():
                toggle.setChecked(False)
        own = self._pages.get(workspace)
        if own is not None and not own.isChecked():
            own.setChecked(True)

    def _page_toggled(self, page: Workspace, on: bool) -> None:
        """A page's own switch (Ctrl+Shift+M, Ctrl+Shift+W) changes workspace too."""
        if self._switching:
            return
        if on and self.current is not page:
            self.switch(page)
        elif not on and self.current is page:
            self.switch(Workspace.WRITE)

    def _choose_view(self, workspace: Workspace) -> None:
        views = self._workbench.stories.saved_views
        if workspace is Workspace.COPY_DESK:
            views.set_view(SavedView.COPY_QUEUE)
        elif workspace is Workspace.WIRES:
            views.set_view(SavedView.WIRES)  # the stories taken from the wire, badged
        elif workspace is Workspace.WRITE and views.saved_view() in (
            SavedView.COPY_QUEUE,
            SavedView.WIRES,
        ):
            views.set_view(None)

    # ---- the defaults --------------------------------------------------------------------
    def _default_layout(self, workspace: Workspace) -> None:
        """What a workspace looks like the first time: calm, and readable at 1280×720."""
        docks = self._workbench.docks
        docks.close_all()
        # A copy editor reads the text: the story's details fold away under one line.
        self._workbench.editor.show_details(workspace is not Workspace.COPY_DESK)
        if workspace is Workspace.COPY_DESK:
            panels = [d for d in map(docks.named, COPY_DESK_PANELS) if d is not None]
            for dock in panels:
                docks.place(dock, Qt.DockWidgetArea.BottomDockWidgetArea)
                dock.show()
            if panels:
                docks.tabify(*panels)
                docks.resize(panels[:1], [BOTTOM_PANEL_HEIGHT], Qt.Orientation.Vertical)
        self._default_sizes()

    def _default_sizes(self) -> None:
        """The editor gets a comfortable line, the preview a readable column, the list
        the rest (at least its narrowest)."""
        splitter = self._workbench.splitter
        width = splitter.width() if splitter.isVisible() else self._workbench.host.width() - 8
        text = self._workbench.editor.editor
        wanted = EDITOR_CHARACTERS * text.fontMetrics().averageCharWidth() + EDITOR_MARGINS
        preview = max(MIN_PREVIEW_WIDTH, round(width * PREVIEW_SHARE))
        stories = max(MIN_LIST_WIDTH, width - wanted - preview)
        splitter.setSizes([stories, max(0, width - stories - preview), preview])
        self._dealt = splitter.sizes()

    def _dealing(self) -> bool:
        return self._dealt is not None and self._workbench.splitter.sizes() == self._dealt

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Until a divider is moved by hand, a splitter made wider or narrower (the window
        resized, a panel shown beside it) deals its width out again as the default does,
        so a window opened large then made small keeps a readable text and preview."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self._workbench.splitter
            and self._dealing()
            and not self.focus_action.isChecked()
        ):
            QTimer.singleShot(0, self, self._default_sizes)  # once the splitter has its width
        return False

    # ---- focus mode ----------------------------------------------------------------------
    def _set_focus_mode(self, on: bool) -> None:
        host = self._workbench.host
        bars: list[QWidget] = [bar for bar in host.findChildren(QToolBar) if bar.parent() is host]
        chrome: list[QWidget] = [*bars, host.menuBar(), host.statusBar()]
        if on:
            self._focus_saved = (
                host.saveState(LAYOUT_VERSION),
                self._workbench.splitter.sizes(),
                host.isFullScreen(),
                host.isMaximized(),
            )
            for dock in host.findChildren(QDockWidget):
                dock.hide()
            for widget in chrome:
                widget.hide()
            self._workbench.stories.hide()
            self._workbench.pages.show(None)
            host.showFullScreen()
            self._workbench.editor.focus_editor()
        else:
            saved, self._focus_saved = self._focus_saved, None
            self._workbench.stories.show()
            for widget in chrome:
                widget.show()
            if saved is not None:
                state, sizes, was_full_screen, was_maximized = saved
                host.restoreState(state, LAYOUT_VERSION)
                self._workbench.splitter.setSizes(sizes)
                if not was_full_screen:
                    host.showMaximized() if was_maximized else host.showNormal()
            self._show_page(self.current)
        self.leave_focus.setEnabled(on)

"""The workbench: what a feature of the main window is handed, instead of the window.

Every feature is a folder under `ui/` whose `__init__.py` has `install(workbench)`. It
builds its panels, actions, menus and docks from what the workbench offers, connects
to the signals of the story, the list and the other panels, and registers the objects
others may look up by type (`workbench.features.add(...)`). A feature never adds an
attribute to the window and never imports `MainWindow`; features talk to each other
through signals, and to the newsroom through its services (`workbench.newsroom`).

The main window builds the core parts (list, editor, preview, the three panels, status
bar, actions and menus), hands them to one `Workbench`, then installs the features.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article
from newsdesk.services.edit_journal import EditJournal
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.actions import MainActions
from newsdesk.ui.article_editor.controller import EditingController
from newsdesk.ui.article_editor.panel import ArticleEditorPanel
from newsdesk.ui.articles.list_panel import ArticleListPanel
from newsdesk.ui.naming import named
from newsdesk.ui.panels.comments.panel import CommentQueuePanel
from newsdesk.ui.panels.related_links.panel import RelatedLinksPanel
from newsdesk.ui.panels.sections.panel import SectionsPanel
from newsdesk.ui.preview.view import ArticlePreview
from newsdesk.ui.status_bar import EditorStatusBar
from newsdesk.ui.tasks import Stoppable, TaskRunner

T = TypeVar("T")


class Tasks:
    """The window's worker threads, and everything to stop when it closes."""

    def __init__(self, parent: QObject) -> None:
        self.queries = TaskRunner("queries", parent)
        """Reads for lists and panels; a newer read with the same key replaces an older."""
        self.saves = TaskRunner("saves", parent)
        """Writes to the open story, in order (loads of it too, so they read the last save)."""
        self.background = TaskRunner("background", parent)
        """Slow work nobody waits for (statistics, checks)."""
        self.journal = TaskRunner("journal", parent)
        """The crash journal's writes: never behind a save that waits for the database."""
        self._stoppables: list[Stoppable] = [self.saves, self.journal, self.queries]
        self._stoppables.append(self.background)

    def keep(self, stoppable: Stoppable) -> None:
        """Stop `stoppable` (a feature's own thread or job) when the window closes."""
        self._stoppables.append(stoppable)

    def shutdown(self) -> None:
        for stoppable in self._stoppables:
            stoppable.shutdown()


@dataclass(frozen=True)
class Menus:
    file: QMenu
    edit: QMenu
    story: QMenu
    comments: QMenu
    view: QMenu
    help: QMenu
    toolbar: QToolBar
    quit: QAction
    """File ▸ Quit, which stays last."""

    def add_before_quit(self, *actions: QAction) -> None:
        """Put `actions` in the File menu, in a group of their own above Quit."""
        self.file.insertActions(self.quit, list(actions))
        self.file.insertSeparator(self.quit)


class Docks:
    """Panels at the window's edges that the View menu shows and hides."""

    def __init__(self, host: QMainWindow, view_menu: QMenu) -> None:
        self._host = host
        self._view_menu = view_menu
        self._docks: dict[str, QDockWidget] = {}

    def add(
        self,
        name: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        *,
        in_view_menu: bool = True,
    ) -> QDockWidget:
        dock = named(QDockWidget(title, self._host), name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self._host.addDockWidget(area, dock)
        if in_view_menu:
            self._view_menu.addAction(dock.toggleViewAction())
        self._docks[name] = dock
        return dock

    def named(self, name: str) -> QDockWidget | None:
        """The dock a feature added under `name` (its object name), if any."""
        return self._docks.get(name)

    def all(self) -> list[QDockWidget]:
        return list(self._docks.values())

    def place(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Move `dock` to `area` of the window (docked, not floating, out of any tabs)."""
        dock.setFloating(False)
        self._host.addDockWidget(area, dock)

    def close_all(self) -> None:
        for dock in self._docks.values():
            dock.hide()

    def tabify(self, *docks: QDockWidget) -> None:
        """One tab each, in the place of the first; the first raised."""
        for first, second in itertools.pairwise(docks):
            self._host.tabifyDockWidget(first, second)
        docks[0].raise_()

    def resize(
        self, docks: list[QDockWidget], sizes: list[int], orientation: Qt.Orientation
    ) -> None:
        self._host.resizeDocks(docks, sizes, orientation)


class Features:
    """The objects features registered, found by their type."""

    def __init__(self) -> None:
        self._found: list[object] = []

    def add(self, feature: T) -> T:
        self._found.append(feature)
        return feature

    def find(self, kind: type[T]) -> T | None:
        return next((f for f in self._found if isinstance(f, kind)), None)

    def get(self, kind: type[T]) -> T:
        found = self.find(kind)
        if found is None:
            raise LookupError(f"no feature {kind.__name__} is installed")
        return found


class CentralPages:
    """The window's middle: the stories (list, editor, preview), or a feature's page in
    their place (the full Moderation view)."""

    def __init__(self, host: QMainWindow, stories: QWidget) -> None:
        self.stack = named(QStackedWidget(), "centralStack")
        self.stack.addWidget(stories)
        self._stories = stories
        host.setCentralWidget(self.stack)
        self._fit()

    def add(self, page: QWidget) -> None:
        self.stack.addWidget(page)
        self._fit()

    @property
    def current(self) -> QWidget | None:
        """The page on show, or None for the stories."""
        page = self.stack.currentWidget()
        return None if page is self._stories else page

    def show(self, page: QWidget | None) -> None:
        """`page`, or the stories when None."""
        self.stack.setCurrentWidget(page or self._stories)
        self._fit()

    def _fit(self) -> None:
        """A stack asks for room for its largest page; only the page on show counts."""
        from PySide6.QtWidgets import QSizePolicy

        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is None:
                continue
            policy = (
                QSizePolicy.Policy.Preferred
                if page is self.stack.currentWidget()
                else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()


class Workbench(QObject):
    switch_requested = Signal(object)
    """A Newsroom to work in instead (the app puts a fresh window on it)."""

    ready = Signal()
    """The window is built and its remembered layout restored (features may now lay
    themselves out)."""

    saving_layout = Signal()
    """The window is about to close (or hand over to a new one): remember the layout."""

    changes_applied = Signal(object)
    """A Changes value the views have just been refreshed from (anyone's)."""

    changed_elsewhere = Signal(object)
    """A Changes value someone else made (another window, another client), as live
    updates learn of it; the views have been refreshed from it already."""

    checks_changed = Signal()
    """The copy checks' lists, limits or language changed: check the open story again."""

    title_changed = Signal()
    """What the window's title shows changed (the newsroom's name, who is working)."""

    def __init__(
        self,
        host: QMainWindow,
        *,
        newsroom: Newsroom,
        settings: QSettings,
        tasks: Tasks,
        journal: EditJournal,
        story: EditingController,
        stories: ArticleListPanel,
        editor: ArticleEditorPanel,
        preview: ArticlePreview,
        splitter: QSplitter,
        sections: SectionsPanel,
        related_links: RelatedLinksPanel,
        comments: CommentQueuePanel,
        comments_dock: QDockWidget,
        status: EditorStatusBar,
        actions: MainActions,
        menus: Menus,
        docks: Docks,
        pages: CentralPages,
    ) -> None:
        super().__init__(host)
        self.host = host
        """The window as a Qt widget: the parent of dialogs (never reached into)."""
        self.newsroom = newsroom
        self.settings = settings
        self.tasks = tasks
        self.journal = journal
        self.story = story
        """The open story: its signals (opened, saved, changed) and operations."""
        self.stories = stories
        self.editor = editor
        self.preview = preview
        self.splitter = splitter
        """The stories page: the list, the editor and the preview side by side."""
        self.sections = sections
        self.related_links = related_links
        self.comments = comments
        self.comments_dock = comments_dock
        self.status = status
        self.actions = actions
        self.menus = menus
        self.docks = docks
        self.pages = pages
        self.features = Features()
        self._newsroom_name = newsroom.database.description

    @property
    def newsroom_name(self) -> str:
        """The newsroom as the title and status bars name it."""
        return self._newsroom_name

    @newsroom_name.setter
    def newsroom_name(self, name: str) -> None:
        self._newsroom_name = name
        self.title_changed.emit()

    def update_title(self) -> None:
        """Something the title shows changed (who is working)."""
        self.title_changed.emit()

    def title(self, article: Article | None) -> str:
        place = f"{self._newsroom_name} · {self.newsroom.user.display_name}"
        headline = (article.headline or self.tr("New story")) if article is not None else ""
        return " — ".join(part for part in (headline, place, "Newsdesk") if part)

    def apply_changes(self, changes: Changes) -> None:
        """Each view refreshes only what the change touched."""
        if changes.articles:
            self.stories.model.invalidate(changes.articles)
        if changes.article_list:
            self.stories.refresh()
        if changes.sections:
            self.sections.refresh()
        if changes.comments:
            self.comments.refresh()
        current = self.story.article
        if changes.related_links and current is not None and current.id in changes.articles:
            self.story.reload()
        self.changes_applied.emit(changes)

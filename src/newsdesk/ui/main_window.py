"""The main window: builds the panels and docks, and wires their signals together.

It holds no business logic: services do the work, panels show it, and this class only
connects one to the other (see `_connect_signals`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QToolBar

from newsdesk.domain.entities import Article
from newsdesk.services.edit_journal import EditJournal
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.about import install as install_about
from newsdesk.ui.actions import MainActions, build_actions
from newsdesk.ui.admin import install as install_admin
from newsdesk.ui.article_editor.controller import EditingController
from newsdesk.ui.article_editor.panel import ArticleEditorPanel
from newsdesk.ui.article_editor.stats import TextStatsWatcher
from newsdesk.ui.articles.list_panel import ArticleListPanel
from newsdesk.ui.articles.trash_actions import TrashActions
from newsdesk.ui.conflict import install as install_conflict
from newsdesk.ui.connection import install as install_connection
from newsdesk.ui.copydesk import install as install_copy_desk
from newsdesk.ui.discussion import install as install_discussion
from newsdesk.ui.interchange import install as install_interchange
from newsdesk.ui.journal import install as install_journal
from newsdesk.ui.live import install as install_live
from newsdesk.ui.locks import install as install_locks
from newsdesk.ui.media import install as install_media
from newsdesk.ui.moderation import install as install_moderation
from newsdesk.ui.naming import named
from newsdesk.ui.offline import install as install_offline
from newsdesk.ui.open_windows import keep
from newsdesk.ui.panels.comments.panel import CommentQueuePanel
from newsdesk.ui.panels.related_links.panel import RelatedLinksPanel
from newsdesk.ui.panels.sections.panel import SectionsPanel
from newsdesk.ui.planning import install as install_planning
from newsdesk.ui.preferences import install as install_preferences
from newsdesk.ui.preferences.language import retranslate, translator
from newsdesk.ui.preferences.mirroring import follow_layout_direction
from newsdesk.ui.preview.view import ArticlePreview
from newsdesk.ui.shortcuts import install as install_shortcuts
from newsdesk.ui.status_bar import EditorStatusBar
from newsdesk.ui.wires import install as install_wires
from newsdesk.ui.workbench import CentralPages, Docks, Menus, Tasks, Workbench
from newsdesk.ui.workspaces import install as install_workspaces

# Features that add their own panels, actions and menus (each wires itself in).
FEATURES = (
    install_connection,
    install_copy_desk,
    install_moderation,
    install_wires,
    install_interchange,
    install_conflict,
    install_journal,
    install_live,
    install_locks,
    install_offline,
    install_planning,
    install_preferences,
    install_admin,
    install_about,
    install_shortcuts,
    install_workspaces,  # after moderation: the Moderation workspace is its view
    install_discussion,
    install_media,
)

SETTINGS_GEOMETRY = "window/geometry"


class MainWindow(QMainWindow):
    def __init__(self, newsroom: Newsroom, settings: QSettings) -> None:
        super().__init__()
        translator()  # records each text's source, so a new language can replace it
        self.setObjectName("mainWindow")
        self.newsroom = newsroom
        self.settings = settings
        self.tasks = Tasks(self)
        self.queries, self.saves = self.tasks.queries, self.tasks.saves
        self.background = self.tasks.background

        self.article_list = ArticleListPanel(newsroom.articles, self.queries)
        self.editor_panel = ArticleEditorPanel()
        self.preview = ArticlePreview()
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "mainSplitter")
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(self.editor_panel)
        self.splitter.addWidget(self.preview)
        # A narrower window takes its room from the text and the preview (two to one),
        # never the list, which is already as narrow as it reads well.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        self.pages = CentralPages(self, self.splitter)

        self.actions_ = build_actions(self)
        self._build_menus(self.actions_)
        self.docks = Docks(self, self.view_menu)
        self.sections_panel = SectionsPanel(newsroom.sections, self.queries)
        self.related_panel = RelatedLinksPanel(
            newsroom.related_links, newsroom.articles, self.saves
        )
        self.comments_panel = CommentQueuePanel(newsroom.comments, self.queries)
        self.sections_dock = self.docks.add(
            "sectionsPanel",
            self.tr("Sections"),
            self.sections_panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.comments_dock = self.docks.add(
            "commentQueuePanel",
            self.tr("Comment queue"),
            self.comments_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.related_dock = self.docks.add(
            "relatedLinksPanel",
            self.tr("Related links"),
            self.related_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.splitDockWidget(self.comments_dock, self.related_dock, Qt.Orientation.Horizontal)

        journal = EditJournal.for_newsroom(newsroom.database.address)
        self.editing = EditingController(
            newsroom.articles,
            self.saves,
            self.editor_panel,
            self,
            journal=journal,
            journal_writes=self.tasks.journal,
        )
        self.stats = TextStatsWatcher(self.editor_panel.body_lines, self.background, self)
        self.preview.set_body_source(self.editor_panel.body_mirror)
        self.status = EditorStatusBar(newsroom.database.description, self)
        self.setStatusBar(self.status)
        self.trash_actions = TrashActions(self.article_list, self.editing, self.status, self)
        self.workbench = Workbench(
            self,
            newsroom=newsroom,
            settings=settings,
            tasks=self.tasks,
            journal=journal,
            story=self.editing,
            stories=self.article_list,
            editor=self.editor_panel,
            preview=self.preview,
            splitter=self.splitter,
            sections=self.sections_panel,
            related_links=self.related_panel,
            comments=self.comments_panel,
            comments_dock=self.comments_dock,
            status=self.status,
            actions=self.actions_,
            menus=self.menus,
            docks=self.docks,
            pages=self.pages,
        )
        self._connect_signals()
        for install in FEATURES:
            install(self.workbench)
        self._update_title(None)
        self.resize(1400, 860)
        self.resizeDocks([self.sections_dock], [240], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.comments_dock, self.related_dock], [880, 420], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.comments_dock], [220], Qt.Orientation.Vertical)
        self.restore_layout()
        follow_layout_direction(self)  # panels on the mirrored side in Persian, Arabic…

        self.workbench.ready.emit()  # features lay themselves out (workspaces)

        self.article_list.refresh()  # first: the list is what the user waits for
        self.sections_panel.refresh()
        self.comments_panel.refresh()
        self.article_list.view.setFocus()  # the window opens on the story list

    # ---- building ------------------------------------------------------------------------
    def _build_menus(self, actions: MainActions) -> None:
        menus = self.menuBar()
        self.file_menu = menus.addMenu(self.tr("&File"))
        self.file_menu.addActions([actions.new_article, actions.duplicate, actions.save])
        self.file_menu.addSeparator()
        self.file_menu.addActions([actions.trash, actions.restore, actions.close_article])
        self.file_menu.addSeparator()
        self.file_menu.addAction(actions.quit)
        self.edit_menu = menus.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([actions.undo, actions.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([actions.find, actions.replace, actions.focus_filter])
        self.story_menu = menus.addMenu(self.tr("&Story"))
        self.comments_menu = menus.addMenu(self.tr("&Comments"))
        self.view_menu = menus.addMenu(self.tr("&View"))
        self.view_menu.addActions([actions.focus_list, actions.focus_editor, actions.focus_preview])
        self.view_menu.addSeparator()
        self.help_menu = menus.addMenu(self.tr("&Help"))
        self.help_menu.addAction(actions.about)

        self.toolbar = named(QToolBar(self.tr("Main toolbar"), self), "mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addActions(
            [actions.new_article, actions.duplicate, actions.save, actions.trash]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions([actions.undo, actions.redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([actions.find, actions.focus_filter])
        self.addToolBar(self.toolbar)
        self.menus = Menus(
            file=self.file_menu,
            edit=self.edit_menu,
            story=self.story_menu,
            comments=self.comments_menu,
            view=self.view_menu,
            help=self.help_menu,
            toolbar=self.toolbar,
            quit=actions.quit,
        )

    def _connect_signals(self) -> None:
        a = self.actions_
        editor = self.editor_panel.editor
        a.new_article.triggered.connect(
            lambda: self.editing.new_article(self.sections_panel.tree.selected_section_id())
        )
        a.duplicate.triggered.connect(self.editing.duplicate)
        a.save.triggered.connect(self.editing.save_now)
        a.trash.triggered.connect(self.trash_actions.trash)
        a.restore.triggered.connect(self.trash_actions.restore)
        a.close_article.triggered.connect(lambda: self.editing.open(None))
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(editor.undo)
        a.redo.triggered.connect(editor.redo)
        a.find.triggered.connect(self._open_find)
        a.replace.triggered.connect(self._open_replace)
        a.focus_list.triggered.connect(self.article_list.focus_list)
        a.focus_editor.triggered.connect(self.editor_panel.focus_editor)
        a.focus_preview.triggered.connect(
            lambda: self.preview.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        a.focus_filter.triggered.connect(self._focus_filter)

        self.article_list.article_selected.connect(self.editing.open)
        self.article_list.view.activated.connect(lambda _index: self.editor_panel.focus_editor())
        editor.paste_refused.connect(self._show_error)
        self.sections_panel.section_selected.connect(self.article_list.set_section_filter)
        self.sections_panel.sections_loaded.connect(self.article_list.set_sections)
        self.sections_panel.sections_loaded.connect(self.editor_panel.set_sections)
        self.sections_panel.changed.connect(self.workbench.apply_changes)
        self.related_panel.changed.connect(self.workbench.apply_changes)
        self.related_panel.links_loaded.connect(self.preview.update_related_links)
        self.related_panel.failed.connect(self._show_error)
        self.comments_panel.changed.connect(self.workbench.apply_changes)

        self.editing.article_opened.connect(self._article_opened)
        self.editing.article_saved.connect(self._article_saved)
        self.editing.changed.connect(self.workbench.apply_changes)
        self.editing.save_state_changed.connect(self.status.show_save_state)
        self.editing.failed.connect(self._show_error)
        self.editing.said.connect(lambda message: self.status.showMessage(message, 8000))

        self.editor_panel.body_edited.connect(self._body_edited)
        self.editor_panel.fields_edited.connect(self._fields_edited)
        editor.cursor_line_changed.connect(self.preview.scroll_to_line)
        editor.top_line_changed.connect(self.preview.scroll_to_line)
        editor.undoAvailable.connect(a.undo.setEnabled)
        editor.redoAvailable.connect(a.redo.setEnabled)
        self.stats.stats_changed.connect(self.status.show_stats)
        for runner in (self.queries, self.saves, self.background):
            runner.failed.connect(self._show_error)
        self.workbench.title_changed.connect(lambda: self._update_title(self.editing.article))
        self.workbench.switch_requested.connect(self._switch_to)

    # ---- reacting ------------------------------------------------------------------------
    def _article_opened(self, article: Article | None) -> None:
        self._update_title(article)
        has_article = article is not None
        for action in (self.actions_.duplicate, self.actions_.save, self.actions_.close_article):
            action.setEnabled(has_article)
        self.actions_.undo.setEnabled(False)
        self.actions_.redo.setEnabled(False)
        self.related_panel.set_article(
            article.id if article else None, article.related_links if article else ()
        )
        self.comments_panel.set_current_article(article.id if article else None)
        self.article_list.follow(article.id if article else None)
        if article is None:
            self.preview.clear()
            self.stats.clear()
            return
        self.preview.show_article(article)
        self.stats.count_now()

    def _article_saved(self, article: Article) -> None:
        self._update_title(article)
        self.preview.update_related_links(article.related_links)

    def _body_edited(self) -> None:
        self.preview.body_changed()
        self.stats.text_changed()

    def _fields_edited(self) -> None:
        self.preview.update_fields(
            self.editor_panel.current_edit(), self.editor_panel.section_path()
        )

    def _update_title(self, article: Article | None) -> None:
        self.setWindowTitle(self.workbench.title(article))

    def _open_find(self) -> None:
        if self.editing.article is not None:
            self.editor_panel.find_bar.open_find()

    def _open_replace(self) -> None:
        if self.editing.article is not None:
            self.editor_panel.find_bar.open_replace()

    def _focus_filter(self) -> None:
        self.article_list.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.article_list.filter.selectAll()

    def _show_error(self, message: str) -> None:
        self.status.showMessage(message, 12000)

    # ---- layout persistence --------------------------------------------------------------
    def restore_layout(self) -> None:
        """The window's size and place; each workspace puts back its own panels
        (ui/workspaces) once the window is ready."""
        geometry = self.settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))

    def save_layout(self) -> None:
        self.workbench.saving_layout.emit()
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.sync()

    def _switch_to(self, newsroom: Newsroom) -> None:
        """Work in `newsroom`: a fresh window on it takes this one's place. Simpler and
        safer than re-pointing every panel and cache; this one finishes its saves,
        closes, and lets go of its database."""
        self.save_layout()
        window = MainWindow(newsroom, self.settings)
        keep(window)
        window.show()
        self.close()
        self.newsroom.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.editing.finish()
        self.tasks.shutdown()
        self.preview.dispose()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            retranslate(self)  # menus, toolbar, panels, dialogs: see preferences/language.py
            self._update_title(self.editing.article)
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            follow_layout_direction(self)

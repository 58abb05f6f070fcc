"""The Related links dock: the current story's “Check Also” list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import RelatedLink
from newsdesk.domain.errors import NewsdeskError
from newsdesk.services.articles import ArticleService
from newsdesk.services.related_links import RelatedLinkService, validate_external_url
from newsdesk.ui import icons as qta
from newsdesk.ui.contrast import muted
from newsdesk.ui.naming import named
from newsdesk.ui.panels.related_links.dialogs import StoryPickerDialog, WebLinkDialog
from newsdesk.ui.tasks import TaskRunner

LINK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RelatedLinksPanel(QWidget):
    changed = Signal(object)
    """A Changes value after the list was edited."""

    links_loaded = Signal(tuple)
    failed = Signal(str)
    """A change was refused; the message is for the status bar."""

    def __init__(
        self,
        links: RelatedLinkService,
        articles: ArticleService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._links = links
        self._articles = articles
        self._tasks = tasks
        self._article_id: int | None = None
        self._edits_in_flight = 0
        self.list = named(QListWidget(), "relatedLinksList")
        self.list.setAccessibleName(self.tr("Check Also links"))
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAlternatingRowColors(True)
        self.empty = muted(named(QLabel(self.tr("No “Check Also” links yet.")), "relatedEmpty"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_story_action = QAction(
            qta.icon("mdi6.file-link-outline"), self.tr("Link a story…"), self
        )
        self.add_url_action = QAction(qta.icon("mdi6.web-plus"), self.tr("Link a web page…"), self)
        self.up_action = QAction(qta.icon("mdi6.arrow-up"), self.tr("Move up"), self)
        self.down_action = QAction(qta.icon("mdi6.arrow-down"), self.tr("Move down"), self)
        self.remove_action = QAction(qta.icon("mdi6.link-off"), self.tr("Remove link"), self)
        self.remove_action.setShortcut("Del")
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # From anywhere in the window: linking needs no trip to the panel's toolbar.
        self.add_story_action.setShortcut(QKeySequence("Ctrl+L"))
        self.add_url_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toolbar = QToolBar(self)
        for action in (self.add_story_action, self.add_url_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.up_action, self.down_action, self.remove_action):
            toolbar.addAction(action)
        self.addActions([self.up_action, self.down_action, self.remove_action])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addActions(
            [
                self.add_story_action,
                self.add_url_action,
                self.up_action,
                self.down_action,
                self.remove_action,
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

        self.add_story_action.triggered.connect(self.add_story)
        self.add_url_action.triggered.connect(self.add_web_page)
        self.up_action.triggered.connect(lambda: self._shift(-1))
        self.down_action.triggered.connect(lambda: self._shift(+1))
        self.remove_action.triggered.connect(self._remove)
        self.list.model().rowsMoved.connect(lambda *_args: self._save_order())
        self.list.currentRowChanged.connect(lambda _row: self._update_actions())
        self.set_article(None)

    def set_article(self, article_id: int | None, links: tuple[RelatedLink, ...] = ()) -> None:
        self._article_id = article_id
        self._show(links)

    def refresh(self) -> None:
        article_id = self._article_id
        if article_id is not None:
            self._tasks.submit(
                self._links.for_article,
                article_id,
                on_done=lambda links: self._loaded(article_id, links),
                latest="links",
            )

    def _loaded(self, article_id: int, links: tuple[RelatedLink, ...]) -> None:
        """Shows links read for the story still open, and only once no edit of the list
        is on its way: a read that started before a second Alt+Down landed would put the
        link back where the first left it (the last edit's own read follows)."""
        if article_id != self._article_id or self._edits_in_flight:
            return
        self._show(links)
        self.links_loaded.emit(links)

    def _show(self, links: tuple[RelatedLink, ...]) -> None:
        """The links, the one under the cursor kept there (a move reads the list again)."""
        current = self.list.currentItem()
        current_id = current.data(LINK_ID_ROLE) if current is not None else None
        self.list.clear()
        for link in links:
            where = link.url or f"/{link.target_slug}"
            item = QListWidgetItem(
                qta.icon("mdi6.web" if link.url else "mdi6.newspaper-variant-outline"),
                f"{link.title}\n{where}",
            )
            item.setToolTip(link.summary or link.title)
            item.setData(LINK_ID_ROLE, link.id)
            self.list.addItem(item)
            if link.id == current_id:
                self.list.setCurrentItem(item)
        has_article = self._article_id is not None
        self.list.setVisible(bool(links))
        self.empty.setVisible(not links)
        self.empty.setText(
            self.tr("No “Check Also” links yet.") if has_article else self.tr("No story open.")
        )
        self.add_story_action.setEnabled(has_article)
        self.add_url_action.setEnabled(has_article)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.list.currentRow()
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < self.list.count() - 1)
        self.remove_action.setEnabled(row >= 0)

    def _link_ids(self) -> list[int]:
        return [self.list.item(i).data(LINK_ID_ROLE) for i in range(self.list.count())]

    def _run(self, function: Callable[..., Changes], *args: object) -> None:
        self._edits_in_flight += 1
        self._tasks.submit(function, *args, on_done=self._edited, on_error=self._refused)

    def _edited(self, changes: Changes) -> None:
        self._edits_in_flight -= 1
        self.changed.emit(changes)
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self._edits_in_flight -= 1
        self.refresh()
        self.failed.emit(str(error))

    def add_story(self) -> None:
        if self._article_id is None:
            return
        dialog = StoryPickerDialog(self._articles, self._tasks, self._article_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_id() is not None:
            self._run(self._links.add_article, self._article_id, dialog.chosen_id())

    def add_web_page(self) -> None:
        if self._article_id is None:
            return
        dialog = WebLinkDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                validate_external_url(dialog.url.text())
                if not dialog.title.text().strip():
                    raise NewsdeskError(self.tr("An external link needs a title"))
            except NewsdeskError as error:
                dialog.show_error(str(error))
                continue
            self._run(
                self._links.add_url,
                self._article_id,
                dialog.url.text(),
                dialog.title.text(),
                dialog.summary.toPlainText(),
            )
            return

    def _shift(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._article_id is None or not (0 <= row < self.list.count()):
            return
        if not 0 <= target < self.list.count():
            return
        ids = self._link_ids()
        ids[row], ids[target] = ids[target], ids[row]
        self._run(self._links.reorder, self._article_id, ids)
        self.list.insertItem(target, self.list.takeItem(row))
        self.list.setCurrentRow(target)

    def _save_order(self) -> None:
        if self._article_id is not None:
            self._run(self._links.reorder, self._article_id, self._link_ids())

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._run(self._links.remove, item.data(LINK_ID_ROLE))

"""Which story is open, and the operations on it: open, new, duplicate, trash, restore.

Loads and writes go through the save worker, in order, so opening a story always reads
what the last autosave wrote.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.services.articles import ArticleService
from newsdesk.services.database_errors import is_transient
from newsdesk.services.edit_journal import EditJournal
from newsdesk.ui.article_editor.autosave import AutosaveController, SaveState
from newsdesk.ui.article_editor.panel import ArticleEditorPanel
from newsdesk.ui.tasks import TaskRunner

CREATE_RETRY_DELAYS_MS = (500, 1000, 2000, 4000)


class EditingController(QObject):
    article_opened = Signal(object)
    """The Article now in the editor, or None."""

    article_saved = Signal(object)
    changed = Signal(object)
    """A Changes value for the other views."""

    save_state_changed = Signal(object, str)
    failed = Signal(str)
    said = Signal(str)
    """What an action did, for the status bar ("Duplicated “…”")."""

    def __init__(
        self,
        articles: ArticleService,
        saves: TaskRunner,
        panel: ArticleEditorPanel,
        parent: QObject | None = None,
        journal: EditJournal | None = None,
        journal_writes: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._articles = articles
        self._saves = saves
        self._panel = panel
        self.autosave = AutosaveController(
            articles,
            saves,
            panel.current_edit,
            parent=self,
            journal=journal,
            journal_writes=journal_writes,
        )
        panel.edited.connect(self.autosave.mark_dirty)
        self.autosave.saved.connect(self._saved)
        self.autosave.state_changed.connect(self.save_state_changed)

    @property
    def article(self) -> Article | None:
        return self._panel.article

    def open(self, article_id: int | None) -> None:
        current = self.article
        if current is not None and current.id == article_id:
            return
        self.autosave.track(None)
        if article_id is None:
            self._show(None)
            return
        self._saves.submit(
            self._articles.get,
            article_id,
            on_done=self._show,
            on_error=lambda error: self.failed.emit(str(error)),
            latest="open-article",
        )

    def show_article(self, article: Article) -> None:
        """Put `article` (as just saved elsewhere, e.g. a resolved conflict) in the editor
        and follow its version from now on."""
        self._show(article)

    def _show(self, article: Article | None) -> None:
        self._panel.load(article)
        self.autosave.track(article)
        if article is None:
            self.save_state_changed.emit(None, "")
        self.article_opened.emit(article)

    def reload(self) -> None:
        """Read the open story again (its links or section changed elsewhere)."""
        current = self.article
        if current is not None:
            self._saves.submit(
                self._articles.get, current.id, on_done=self._refreshed, latest="reload-article"
            )

    def _refreshed(self, article: Article) -> None:
        if self.article is not None and self.article.id == article.id:
            self._panel.remember_saved(article)
            self.article_saved.emit(article)

    def _saved(self, article: Article) -> None:
        self._panel.remember_saved(article)
        self.article_saved.emit(article)
        self.changed.emit(Changes(articles=frozenset({article.id})))

    def run_change(
        self,
        change: Callable[[], Article],
        *,
        reload_text: bool = False,
        on_done: Callable[[Article], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call that changes the open story (a workflow step, a restore).

        It runs after the pending autosave; the editor then follows the story's new
        version, and takes its text again when `reload_text` (a restored revision).
        """

        def done(article: Article) -> None:
            current = self.article
            if current is not None and current.id == article.id:
                if reload_text:
                    self._show(article)
                else:
                    self._panel.remember_saved(article)
                    self.article_saved.emit(article)
            self.changed.emit(Changes(articles=frozenset({article.id}), article_list=True))
            if on_done is not None:
                on_done(article)

        self.autosave.submit_change(change, done, on_error or self._report)

    def new_article(self, section_id: int | None = None, byline: str = "") -> None:
        self.autosave.track(None)
        edit = ArticleEdit(headline="", section_id=section_id, byline=byline)
        operation = str(uuid.uuid4())
        self._create(lambda: self._articles.create(edit, operation_id=operation))

    def duplicate(self) -> None:
        if self.article is None:
            return
        self.autosave.flush()
        original, operation = self.article, str(uuid.uuid4())

        def duplicated(copy: Article) -> None:
            self.said.emit(
                self.tr("Duplicated “%1”: you are editing the copy.").replace(
                    "%1", original.headline or self.tr("Untitled story")
                )
            )

        self._create(
            lambda: self._articles.duplicate(original.id, operation_id=operation), duplicated
        )

    def _create(
        self,
        create: Callable[[], Article],
        then: Callable[[Article], None] | None = None,
        attempt: int = 0,
    ) -> None:
        """Make a story on the save worker; a try the database could not take (busy, out
        of reach) is made again with the same operation id, so a first try whose reply
        was lost is found rather than made twice."""

        def failed(error: BaseException) -> None:
            if attempt < len(CREATE_RETRY_DELAYS_MS) and is_transient(error):
                delay = CREATE_RETRY_DELAYS_MS[attempt]
                QTimer.singleShot(delay, self, lambda: self._create(create, then, attempt + 1))
                return
            self._report(error)

        def created(article: Article) -> None:
            self._created(article)
            if then is not None:
                then(article)

        self._saves.submit(create, on_done=created, on_error=failed)

    def _created(self, article: Article) -> None:
        self._show(article)
        self.changed.emit(
            Changes(articles=frozenset({article.id}), article_list=True, sections=True)
        )
        self._panel.headline.setFocus()
        self._panel.headline.selectAll()

    def trash(
        self,
        article_ids: Sequence[int],
        on_done: Callable[[Changes], None] | None = None,
    ) -> None:
        if not article_ids:
            return
        if self.article is not None and self.article.id in article_ids:
            self.autosave.flush()
            self._show(None)
        self._saves.submit(
            self._articles.trash,
            list(article_ids),
            on_done=lambda changes: self._changed(changes, on_done),
            on_error=self._report,
        )

    def restore(
        self,
        article_ids: Sequence[int],
        on_done: Callable[[Changes], None] | None = None,
    ) -> None:
        if article_ids:
            self._saves.submit(
                self._articles.restore,
                list(article_ids),
                on_done=lambda changes: self._changed(changes, on_done),
                on_error=self._report,
            )

    def _changed(self, changes: Changes, then: Callable[[Changes], None] | None) -> None:
        self.changed.emit(changes)
        if then is not None:
            then(changes)

    def save_now(self) -> None:
        if self.autosave.dirty:
            self.autosave.save_now(reason="saved by hand")
        elif self.article is not None:
            self.save_state_changed.emit(SaveState.SAVED, self.tr("Saved"))

    def _report(self, error: BaseException) -> None:
        self.failed.emit(str(error))

    def finish(self) -> None:
        """Before the window closes: queue the last save; the caller drains the worker."""
        self.autosave.finish()

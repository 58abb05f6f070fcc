"""The discussion in the preview: the open story's approved comments, threaded under it
as on the published page, and the "Leave a Reply" form greyed (View ▸ Reply form in the
preview hides it). Read off the GUI thread, again whenever comments change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article, Comment
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.comments import CommentQuery

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

SETTING_FORM = "preview/replyForm"
MOST_COMMENTS = 300
"""The preview shows the first this many approved comments (the page shows them all)."""


class PreviewDiscussion(QObject):
    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._article_id: int | None = None
        shown = str(workbench.settings.value(SETTING_FORM, True)).lower() in ("true", "1")
        self.form_action = QAction(
            QCoreApplication.translate("PreviewDiscussion", "&Reply form in the preview"),
            workbench.host,
        )
        self.form_action.setObjectName("previewReplyForm")
        self.form_action.setCheckable(True)
        self.form_action.setChecked(shown)
        self.form_action.toggled.connect(self._form_toggled)
        workbench.preview.show_reply_form(shown)
        workbench.menus.view.addAction(self.form_action)
        workbench.story.article_opened.connect(self._opened)
        workbench.changes_applied.connect(self._changes)

    def _form_toggled(self, shown: bool) -> None:
        self._workbench.settings.setValue(SETTING_FORM, shown)
        self._workbench.preview.show_reply_form(shown)

    def _opened(self, article: Article | None) -> None:
        self._article_id = article.id if article is not None else None
        self.refresh()

    def _changes(self, changes: Changes) -> None:
        if changes.comments:
            self.refresh()

    def refresh(self) -> None:
        article_id = self._article_id
        if article_id is None:
            return
        comments = self._workbench.newsroom.comments
        query = CommentQuery(
            status=CommentStatus.APPROVED,
            article_id=article_id,
            newest_first=False,
            limit=MOST_COMMENTS,
        )
        self._workbench.tasks.queries.submit(
            comments.list_comments,
            query,
            on_done=lambda found: self._show(article_id, found),
            latest="preview-discussion",
        )

    def _show(self, article_id: int, comments: list[Comment]) -> None:
        if article_id == self._article_id:
            self._workbench.preview.show_discussion(tuple(comments))


def install(workbench: Workbench) -> None:
    workbench.features.add(PreviewDiscussion(workbench))

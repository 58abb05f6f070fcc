"""Dialogs of the Check Also panel: pick a story by search, or describe a web page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from newsdesk.domain.entities import ArticleRow
from newsdesk.services.articles import ArticleQuery, ArticleService
from newsdesk.ui.contrast import tint
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.story_picker_dialog_form import Ui_StoryPickerDialog
from newsdesk.ui.forms.web_link_dialog_form import Ui_WebLinkDialog
from newsdesk.ui.tasks import TaskRunner

MAX_CHOICES = 50
ERROR_COLOUR = "#b91c1c"
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _find_rows(articles: ArticleService, words: str) -> list[ArticleRow]:
    ids = articles.list_ids(ArticleQuery(search=words))[:MAX_CHOICES]
    rows = articles.rows(ids)
    return [rows[i] for i in ids if i in rows]


class StoryPickerDialog(FormWidget, QDialog):
    """Type words, pick one of the matching stories (Enter takes the first)."""

    def __init__(
        self,
        articles: ArticleService,
        tasks: TaskRunner,
        exclude_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_StoryPickerDialog())
        self._articles = articles
        self._tasks = tasks
        self._exclude = exclude_id
        self.search = self.ui.storySearch
        self.results = self.ui.storyResults
        self.buttons = self.ui.buttons
        self._delay = QTimer(self, singleShot=True, interval=80)
        self._delay.timeout.connect(self._query)
        self.search.textChanged.connect(lambda _t: self._delay.start())
        self.search.returnPressed.connect(self.accept)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._query()

    def _query(self) -> None:
        self._tasks.submit(
            _find_rows, self._articles, self.search.text(), on_done=self._show, latest="picker"
        )

    def _show(self, rows: list[ArticleRow]) -> None:
        self.results.clear()
        for row in rows:
            if row.id == self._exclude:
                continue
            item = QListWidgetItem(f"{row.headline}  —  {row.section_name or '—'}")
            item.setData(ARTICLE_ID_ROLE, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(ARTICLE_ID_ROLE) if item is not None else None


class WebLinkDialog(FormWidget, QDialog):
    """An external “Check Also” link: address, title and a short summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_WebLinkDialog())
        self.url = self.ui.linkUrl
        self.title = self.ui.linkTitle
        self.summary = self.ui.linkSummary
        self.error = self.ui.linkError
        tint(self.error, ERROR_COLOUR)
        self.buttons = self.ui.buttons
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

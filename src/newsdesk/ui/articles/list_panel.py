"""The article list: filter box, status and section filters, and the lazy table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.entities import Article, ArticleRow, Section
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.article_views import SavedView
from newsdesk.services.articles import ArticleQuery, ArticleService, ArticleSort
from newsdesk.ui.articles.badges import StoryRowDelegate, row_height
from newsdesk.ui.articles.list_model import COLUMNS, ArticleListModel
from newsdesk.ui.articles.saved_views import SavedViewSelector
from newsdesk.ui.locale_format import number
from newsdesk.ui.naming import named
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.vocabulary import label

TRASH = "trash"
FILTER_DELAY_MS = 0
"""From the last keystroke in the filter to the query: keys typed faster than the
window handles them still make one listing."""
FIRST_PAGE = 200
"""A new query's first this many stories are listed before the rest (a common word
matches tens of thousands: the rest takes several times as long)."""


@dataclass(frozen=True, slots=True)
class ChosenStory:
    id: int
    headline: str


RowDecorator = Callable[[dict[int, ArticleRow]], dict[int, ArticleRow]]
"""Adds to fetched rows on the query worker (who is editing a story…)."""


class ArticleListPanel(QWidget):
    article_selected = Signal(object)
    """The id of the story the user picked (None when the selection is cleared)."""

    listing_changed = Signal(int)
    """How many stories the list shows now."""

    def __init__(
        self, articles: ArticleService, queries: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._articles = articles
        self._queries = queries
        self._query = ArticleQuery()
        self._pending_selection: int | None = None
        self._rest_pending = False
        """A first page is on show and the rest of its listing is being read."""
        self._shown = 0
        self._row_decorators: list[RowDecorator] = []

        self.filter = named(QLineEdit(), "articleFilter")
        self.filter.setPlaceholderText(self.tr("Search headlines, standfirsts and text…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Search stories"))
        self.saved_views = SavedViewSelector()
        self.status_filter = named(QComboBox(), "statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ArticleStatus:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.addItem(self.tr("Trash"), TRASH)
        self.section_filter = named(QComboBox(), "sectionFilter")
        self.section_filter.setAccessibleName(self.tr("Section filter"))
        self.section_filter.addItem(self.tr("All sections"), None)
        self.count_label = named(QLabel(), "articleCount")

        self.model = ArticleListModel(self._fetch_rows, self)
        self.view = named(QTableView(), "articleList")
        self.view.setAccessibleName(self.tr("Stories"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(0, StoryRowDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Two-line rows in one column (see badges.py); the model keeps its columns for
        # scripts and tests, the sort box orders the list.
        for column in range(1, len(COLUMNS)):
            self.view.setColumnHidden(column, True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().hide()
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(row_height(self.view.font()))
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.sort_order = named(QComboBox(), "storySort")
        self.sort_order.setAccessibleName(self.tr("Order of the stories"))
        for text, sort, descending in self._sort_choices():
            self.sort_order.addItem(text, (sort, descending))

        # The filters shrink with the list (their longest item does not set its width).
        # The saved views have the top row to themselves; the order box, whose choices
        # are short, sits under the list beside the count, as wide as its longest choice,
        # so neither is clipped in a list 240 px wide.
        for combo in (self.status_filter, self.section_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
        self.sort_order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.section_filter, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.sort_order, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.saved_views)
        layout.addWidget(self.filter)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

        self._counts_due = False
        # Only the keystrokes of one pass of the event loop are taken together: a newer
        # listing stops the one before it (`cancellable`), so no long pause is needed.
        self._filter_delay = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_delay.timeout.connect(self._apply_filter_text)
        self.filter.textChanged.connect(lambda _text: self._filter_delay.start())
        self.saved_views.view_changed.connect(self._apply_view)
        self.status_filter.currentIndexChanged.connect(self._apply_status)
        self.section_filter.currentIndexChanged.connect(self._apply_section_combo)
        self.model.sort_requested.connect(self._apply_sort)
        self.sort_order.currentIndexChanged.connect(self._apply_sort_choice)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    # ---- querying ------------------------------------------------------------------------
    @property
    def query(self) -> ArticleQuery:
        return self._query

    def refresh(self, select_id: int | None = None) -> None:
        """Ask for the ids and the saved views' counts again; keeps (or moves to) the
        selected story when it is listed."""
        self._counts_due = True  # asked for once the first rows are on their way
        self._refresh_ids(select_id)

    def _refresh_ids(self, select_id: int | None = None, *, first_page: bool = False) -> None:
        """Ask for the listing; with `first_page` (a new query: a word typed, another
        filter), its first FIRST_PAGE ids first, shown before the rest is read."""
        # A story asked for (one just opened) stays wanted until a listing answers: a
        # refresh meanwhile must not put the highlight back on the story before it.
        # A row the user picked on a first page is wanted over the one saved before it.
        picked = self._picked_on_first_page()
        self._rest_pending = False
        if select_id is not None:
            self._pending_selection = select_id
        elif picked is not None or self._pending_selection is None:
            self._pending_selection = picked if picked is not None else self.current_id()
        if first_page:
            self._queries.submit(
                self._articles.list_ids,
                self._query,
                FIRST_PAGE,
                on_done=self._first_page_arrived,
                latest="article-ids",
                cancellable=True,
            )
        else:
            self._list_all()

    def _list_all(self) -> None:
        # Cancellable: the listing for the letter before stops when the next one is asked.
        self._queries.submit(
            self._articles.list_ids,
            self._query,
            on_done=self._ids_arrived,
            latest="article-ids",
            cancellable=True,
        )

    def _first_page_arrived(self, ids: list[int]) -> None:
        if len(ids) < FIRST_PAGE:
            self._ids_arrived(ids)  # that was the whole listing
            return
        # On show while the rest is read; its rows are fetched before the rest's query
        # runs (the one worker takes them in order).
        self.model.set_ids(ids)
        self.model.prefetch_around(0)
        self._rest_pending = True
        self._show_count()  # "200+ stories" until the rest is counted
        self._list_all()

    def _picked_on_first_page(self) -> int | None:
        """The story the user moved to while a first page was on show (it is open in
        the editor), or None when the current row is still the one saved before."""
        if not self._rest_pending:
            return None
        current = self.current_id()
        return current if current != self._pending_selection else None

    def refresh_counts(self) -> None:
        self._queries.submit(
            self._articles.view_counts, on_done=self.saved_views.set_counts, latest="view-counts"
        )

    def add_row_decorator(self, decorate: RowDecorator) -> None:
        """For features: `decorate` runs in the same worker call that fetches the rows."""
        self._row_decorators.append(decorate)

    def _rows(self, ids: list[int]) -> dict[int, ArticleRow]:
        rows = self._articles.rows(ids)
        for decorate in self._row_decorators:
            rows = decorate(rows)
        return rows

    def _fetch_rows(self, ids: list[int], deliver) -> None:  # type: ignore[no-untyped-def]
        self._queries.submit(self._rows, ids, on_done=deliver)

    def _ids_arrived(self, ids: list[int]) -> None:
        picked = self._picked_on_first_page()  # before set_ids, which may reset the rows
        self._rest_pending = False
        self.model.set_ids(ids)
        shown = self._shown = len(ids)
        self._show_count()
        self.listing_changed.emit(shown)
        wanted = picked if picked is not None else self._pending_selection
        self._pending_selection = None
        row = self.model.row_of(wanted) if wanted is not None else None
        self.model.prefetch_around(row or 0)
        if row is not None:
            self.select_row(row, emit=False)
        else:
            self.clear_selection()  # never leave another story highlighted
        if self._counts_due:
            self._counts_due = False
            self.refresh_counts()

    def _show_count(self) -> None:
        if self._rest_pending:
            listed = number(self.model.rowCount())
            self.count_label.setText(self.tr("%1+ stories").replace("%1", listed))
        else:
            self.count_label.setText(self.tr("%n story(ies)", "", self._shown))

    def retranslate_ui(self) -> None:
        """The interface language changed: the count and the statuses are words too."""
        self._show_count()
        for index in range(self.status_filter.count()):
            value = self.status_filter.itemData(index)
            if value is None:
                text = self.tr("All statuses")
            elif value == TRASH:
                text = self.tr("Trash")
            else:
                text = label(ArticleStatus(value))
            self.status_filter.setItemText(index, text)
        for index, (text, _sort, _descending) in enumerate(self._sort_choices()):
            self.sort_order.setItemText(index, text)

    def _set_query(self, query: ArticleQuery) -> None:
        if query != self._query:
            self._query = query
            self._refresh_ids(first_page=True)

    def _apply_view(self, view: SavedView | None) -> None:
        """A saved view lists in its own order: the copy desk queue oldest first."""
        oldest_first = view is not None and view.oldest_first
        sort, descending = (ArticleSort.UPDATED, not oldest_first)
        self._show_sort(sort, descending)
        self._set_query(replace(self._query, view=view, sort=sort, descending=descending))

    def _apply_filter_text(self) -> None:
        self._set_query(replace(self._query, search=self.filter.text()))

    def _apply_status(self) -> None:
        value = self.status_filter.currentData()
        if value == TRASH:
            self._set_query(replace(self._query, status=None, trashed=True))
        else:
            status = ArticleStatus(value) if value else None
            self._set_query(replace(self._query, status=status, trashed=False))

    def _apply_section_combo(self) -> None:
        self._set_query(replace(self._query, section_id=self.section_filter.currentData()))

    def _sort_choices(self) -> list[tuple[str, ArticleSort, bool]]:
        return [
            (self.tr("Newest first"), ArticleSort.UPDATED, True),
            (self.tr("Oldest first"), ArticleSort.UPDATED, False),
            (self.tr("By headline"), ArticleSort.HEADLINE, False),
            (self.tr("By section"), ArticleSort.SECTION, False),
            (self.tr("By status"), ArticleSort.STATUS, False),
            (self.tr("By byline"), ArticleSort.BYLINE, False),
        ]

    def _apply_sort_choice(self) -> None:
        chosen = self.sort_order.currentData()
        if chosen is not None:
            self._apply_sort(*chosen)

    def _apply_sort(self, sort: ArticleSort, descending: bool) -> None:
        self._show_sort(sort, descending)
        self._set_query(replace(self._query, sort=sort, descending=descending))

    def _show_sort(self, sort: ArticleSort, descending: bool) -> None:
        index = self.sort_order.findData((sort, descending))
        if index < 0:
            index = self.sort_order.findData((sort, not descending))
        if index >= 0 and index != self.sort_order.currentIndex():
            self.sort_order.blockSignals(True)
            self.sort_order.setCurrentIndex(index)
            self.sort_order.blockSignals(False)

    def set_section_filter(self, section_id: int | None) -> None:
        index = self.section_filter.findData(section_id)
        self.section_filter.setCurrentIndex(max(0, index))

    def set_sections(self, sections: list[Section]) -> None:
        current = self.section_filter.currentData()
        depth: dict[int, int] = {}
        self.section_filter.blockSignals(True)
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("All sections"), None)
        for section in sections:
            depth[section.id] = depth.get(section.parent_id, -1) + 1 if section.parent_id else 0
            self.section_filter.addItem("    " * depth[section.id] + section.name, section.id)
        self.section_filter.setCurrentIndex(max(0, self.section_filter.findData(current)))
        self.section_filter.blockSignals(False)
        if self.section_filter.currentData() != current:
            self._apply_section_combo()

    # ---- selection -----------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        ids = [self.model.id_at(row) for row in rows]
        chosen = [i for i in ids if i is not None]
        current = self.current_id()
        return chosen or ([current] if current is not None else [])

    def select_row(self, row: int, *, emit: bool = True) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        if not emit:
            self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not emit:
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(index)

    def clear_selection(self) -> None:
        """No row highlighted (the open story is not listed), without closing it; no row
        under the cursor either, so the list taking the focus opens no story (Qt would
        make its first row current) and Down goes to the first."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.view.setCurrentIndex(QModelIndex())
        selection.clear()
        selection.blockSignals(False)
        self.view.viewport().update()

    def select_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row is None:
            self.refresh(select_id=article_id)
        else:
            self.select_row(row)

    def follow(self, article_id: int | None) -> None:
        """Highlight the story the editor opened (and nothing else): actions on "the
        selected stories" then act on the story the user sees."""
        if article_id is None:
            self._pending_selection = None
            self._rest_pending = False
            self.clear_selection()
            return
        row = self.model.row_of(article_id)
        if row is None:
            self.clear_selection()
            self.refresh(select_id=article_id)
        elif row != self.view.currentIndex().row() or len(self.selected_ids()) != 1:
            self.select_row(row, emit=False)

    def chosen_stories(self, open_article: Article | None) -> list[ChosenStory]:
        """What an action on "the selected stories" acts on: the highlighted rows, else
        the open story; each with its headline, so the action can say which it was."""
        stories = []
        for article_id in self.selected_ids():
            row = self.model.cached_row(article_id)
            if open_article is not None and open_article.id == article_id:
                headline = open_article.headline
            else:
                headline = row.headline if row is not None else ""
            stories.append(ChosenStory(article_id, headline))
        if not stories and open_article is not None:
            stories.append(ChosenStory(open_article.id, open_article.headline))
        return stories

    def row_for(self, article_id: int) -> ArticleRow | None:
        return self.model.cached_row(article_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.article_selected.emit(self.model.id_at(current.row()) if current.isValid() else None)

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

"""The Wires view: agency copy as it came in, newest first, with its history; Rewrite
makes a draft of the selected item. Nothing here edits an item."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.rendering import render_markdown
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.wires import WireStory
from newsdesk.ui.naming import named
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.wires.model import WireTableModel


class WiresView(QWidget):
    rewrite_requested = Signal(int)
    """The wire item id to make a draft of."""

    def __init__(
        self, newsroom: Newsroom, queries: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wiresView")
        self._newsroom = newsroom
        self._queries = queries
        self.model = WireTableModel()
        self._shown_id: int | None = None
        self.agency = named(QComboBox(), "wireAgency")
        self.agency_label = QLabel()
        self.agency_label.setBuddy(self.agency)
        self.rewrite = named(QPushButton(), "wireRewrite")
        self.rewrite.setEnabled(False)
        self.table = named(QTableView(), "wireTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            WireTableModel.HEADLINE, QHeaderView.ResizeMode.Stretch
        )
        self.text = named(QTextBrowser(), "wireText")
        self.text.setOpenExternalLinks(False)
        self.history = named(QLabel(), "wireHistory")
        self.history.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.agency_label)
        top.addWidget(self.agency, 1)
        top.addStretch(2)
        top.addWidget(self.rewrite)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.history)
        side_layout.addWidget(self.text, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.agency.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.rewrite.clicked.connect(self._rewrite)
        self._agencies: list[str] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.agency_label.setText(self.tr("&Agency:"))
        self.rewrite.setText(self.tr("&Rewrite"))
        self.rewrite.setToolTip(
            self.tr("A draft of this item, crediting the agency and linked to the item")
        )
        if self.agency.count():
            self.agency.setItemText(0, self.tr("All agencies"))
        if self._shown_id is None:
            self._show(None)  # the empty view's hint, in the new language
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def _empty_hint(self) -> str:
        return self.tr(
            "No agency copy yet. Name the folders where agencies drop their ninjs or "
            "NewsML-G2 files in Preferences ▸ General ▸ Agency folders, or take files in "
            "with “newsdesk import ninjs FILE” or “newsdesk import newsml FILE”."
        )

    # ---------------------------------------------------------------- loading

    def refresh(self) -> None:
        agency = self.agency.currentData() if self.agency.currentIndex() > 0 else None
        self._queries.submit(
            self._newsroom.wires.current, agency, on_done=self._loaded, latest="wires"
        )

    def _loaded(self, stories: Sequence[WireStory]) -> None:
        selected = self.selected()
        if not self.model.set_stories(stories):
            return  # the same versions: the reader keeps their place in the text
        self._update_agencies(stories)
        row = next(
            (i for i, s in enumerate(stories) if selected and s.item.guid == selected.item.guid),
            0 if stories else -1,
        )
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show(None)

    def _update_agencies(self, stories: Sequence[WireStory]) -> None:
        if self.agency.currentIndex() > 0:
            return  # the list is filtered: the choice of agencies stays as it was
        names = sorted({s.item.agency for s in stories if s.item.agency}, key=str.casefold)
        if names == self._agencies and self.agency.count():
            return
        self._agencies = names
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("All agencies"), None)
        for name in names:
            self.agency.addItem(name, name)
        self.agency.blockSignals(False)

    # ---------------------------------------------------------------- the selected item

    def selected(self) -> WireStory | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.story(rows[0].row()) if rows else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        story = self.selected()
        if story is not None and story.id == self._shown_id:
            return  # the same version selected again after a reload: nothing moves
        self._show(story)
        if story is not None:
            self._queries.submit(
                self._newsroom.wires.history,
                story.item.guid,
                on_done=self._show_history,
                latest="wire-history",
            )

    def _show(self, story: WireStory | None) -> None:
        self._shown_id = story.id if story is not None else None
        self.rewrite.setEnabled(story is not None and not story.item.withdrawn)
        if story is None:
            self.history.clear()
            if self.model.rowCount():
                self.text.clear()
            else:
                self.text.setHtml(f"<p>{html.escape(self._empty_hint())}</p>")
            return
        item = story.item
        parts = [f"<h2>{html.escape(item.headline)}</h2>"]
        facts = [item.agency, item.byline, item.dateline]
        parts.append(f"<p><i>{html.escape(' · '.join(f for f in facts if f))}</i></p>")
        if item.withdrawn:
            parts.append(f"<p><b>{html.escape(self.tr('Withdrawn by the agency'))}</b></p>")
        if item.correction:
            parts.append(f"<p><b>{html.escape(item.correction)}</b></p>")
        if item.summary:
            parts.append(f"<p><b>{html.escape(item.summary)}</b></p>")
        parts.append(render_markdown(item.body))
        self.text.setHtml("".join(parts))

    def _show_history(self, versions: Sequence[WireStory]) -> None:
        if len(versions) < 2:
            self.history.setText(
                self.tr("Version %1, the only one").replace(
                    "%1", str(versions[0].item.version) if versions else "1"
                )
            )
            return
        numbers = ", ".join(str(v.item.version) for v in versions)
        self.history.setText(self.tr("Versions received, newest first: %1").replace("%1", numbers))

    def _rewrite(self) -> None:
        story = self.selected()
        if story is not None and not story.item.withdrawn:
            self.rewrite_requested.emit(story.id)

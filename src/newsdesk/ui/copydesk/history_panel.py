"""The History panel: every revision of the open story, compare two, restore one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.copydesk import RevisionComparison, RevisionSummary
from newsdesk.domain.entities import Article
from newsdesk.domain.workflow import may_edit
from newsdesk.ui import icons as qta
from newsdesk.ui.copydesk.dialogs import confirm
from newsdesk.ui.copydesk.diff_dialog import DiffDialog

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

MIN_CONTROL_WIDTH = 24

REVISION_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_DELAY_MS = 800


def short_time(moment: datetime) -> str:
    """Today's times alone, this year's with the day, older ones with the date."""
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M:%S")
    if local.year == today.year:
        return local.strftime("%d %b %H:%M")
    return local.strftime("%Y-%m-%d")


class HistoryPanel(QWidget):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanelWidget")
        self._workbench = workbench
        self._article_id: int | None = None
        self.diff_dialog: DiffDialog | None = None

        self.revisions = QTreeWidget()
        self.revisions.setObjectName("revisionList")
        self.revisions.setAccessibleName(self.tr("Revisions"))
        self.revisions.setRootIsDecorated(False)
        self.revisions.setAlternatingRowColors(True)
        self.revisions.setUniformRowHeights(True)
        self.revisions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.revisions.setHeaderLabels(
            [self.tr("#"), self.tr("Time"), self.tr("Author"), self.tr("Words"), self.tr("Reason")]
        )
        header = self.revisions.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.compare_button = QPushButton(qta.icon("mdi6.compare-horizontal"), self.tr("Co&mpare"))
        self.compare_button.setObjectName("compareRevisions")
        self.compare_button.setToolTip(
            self.tr("Select two revisions, or one to compare with the latest")
        )
        self.restore_button = QPushButton(qta.icon("mdi6.history"), self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreRevision")
        self.restore_button.setToolTip(self.tr("Put this revision's text back, as a new revision"))

        for widget in (self.compare_button, self.restore_button):
            widget.setMinimumWidth(MIN_CONTROL_WIDTH)  # a narrow dock clips, never grows
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.revisions, 1)
        layout.addLayout(buttons)

        self._delay = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.revisions.itemSelectionChanged.connect(self.update_buttons)
        self.revisions.itemDoubleClicked.connect(lambda _item, _column: self.compare())
        self.compare_button.clicked.connect(self.compare)
        self.restore_button.clicked.connect(self.ask_restore)
        self.update_buttons()

    # ---- following the open story --------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        article_id = article.id if article else None
        if article_id != self._article_id:
            self._article_id = article_id
            self.revisions.clear()
            self.update_buttons()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.refresh()

    def story_saved(self) -> None:
        """A save or a step added (or extended) a revision: list again, after a pause."""
        self._delay.start()

    def refresh(self) -> None:
        self._delay.stop()
        article_id = self._article_id
        if article_id is None:
            return
        self._workbench.tasks.queries.submit(
            self._workbench.newsroom.revisions.history,
            article_id,
            on_done=lambda found: self._show(article_id, found),
            latest="copydesk-history",
        )

    def _show(self, article_id: int, history: list[RevisionSummary]) -> None:
        if article_id != self._article_id:
            return
        chosen = {item.data(0, REVISION_ROLE).id for item in self.revisions.selectedItems()}
        self.revisions.clear()
        items = [self._item(summary) for summary in history]
        self.revisions.addTopLevelItems(items)
        for item in items:
            item.setSelected(item.data(0, REVISION_ROLE).id in chosen)
        self.update_buttons()

    def _item(self, summary: RevisionSummary) -> QTreeWidgetItem:
        when = short_time(summary.created_at)
        words = f"+{summary.words_added:,} −{summary.words_removed:,}"
        item = QTreeWidgetItem([str(summary.number), when, summary.author, words, summary.reason])
        item.setData(0, REVISION_ROLE, summary)
        item.setToolTip(1, summary.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
        item.setToolTip(4, summary.reason)
        item.setToolTip(
            3,
            self.tr("%1 words added, %2 removed")
            .replace("%1", f"{summary.words_added:,}")
            .replace("%2", f"{summary.words_removed:,}"),
        )
        return item

    def summaries(self) -> list[RevisionSummary]:
        """The listed revisions, newest first."""
        return [
            item.data(0, REVISION_ROLE)
            for item in map(self.revisions.topLevelItem, range(self.revisions.topLevelItemCount()))
            if item is not None
        ]

    def _selected(self) -> list[RevisionSummary]:
        return sorted(
            (item.data(0, REVISION_ROLE) for item in self.revisions.selectedItems()),
            key=lambda summary: summary.id,
        )

    def update_buttons(self) -> None:
        chosen = self._selected()
        listed = self.revisions.topLevelItemCount()
        self.compare_button.setEnabled(len(chosen) == 2 or (len(chosen) == 1 and listed > 1))
        newest = self.summaries()[0].id if listed else None
        self.restore_button.setEnabled(
            len(chosen) == 1 and chosen[0].id != newest and may_edit(self._workbench.newsroom.user)
        )

    # ---- comparing -----------------------------------------------------------------------
    def compare(self) -> None:
        chosen = self._selected()
        listed = self.summaries()
        if len(chosen) == 1 and len(listed) > 1:
            newest = listed[0]
            other = listed[1] if chosen[0].id == newest.id else newest
            chosen = sorted([chosen[0], other], key=lambda summary: summary.id)
        if len(chosen) != 2:
            return
        old, new = chosen
        self._workbench.tasks.queries.submit(
            self._workbench.newsroom.revisions.compare,
            old.id,
            new.id,
            on_done=lambda result: self._show_comparison(result, old, new),
            latest="copydesk-compare",
        )

    def _show_comparison(
        self, comparison: RevisionComparison, old: RevisionSummary, new: RevisionSummary
    ) -> None:
        if self.diff_dialog is None:
            self.diff_dialog = DiffDialog(self._workbench.host)
        self.diff_dialog.show_comparison(comparison, self._title(old), self._title(new))
        self.diff_dialog.show()
        self.diff_dialog.raise_()

    def _title(self, summary: RevisionSummary) -> str:
        return (
            self.tr("Revision %1 · %2 · %3")
            .replace("%1", str(summary.number))
            .replace("%2", summary.author or self.tr("unknown"))
            .replace("%3", short_time(summary.created_at))
        )

    # ---- restoring -----------------------------------------------------------------------
    def ask_restore(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            return
        revision = chosen[0]
        confirm(
            self._workbench.host,
            self.tr("Restore revision"),
            self.tr(
                "Put the text of revision %1 back in the story? "
                "The text now becomes a revision you can go back to."
            ).replace("%1", str(revision.number)),
            lambda: self._restore(revision),
        )

    def _restore(self, revision: RevisionSummary) -> None:
        revisions = self._workbench.newsroom.revisions
        self._workbench.story.run_change(
            lambda: revisions.restore(revision.id),
            reload_text=True,
            on_done=lambda _article: self._restored(revision),
        )

    def _restored(self, revision: RevisionSummary) -> None:
        self._workbench.status.showMessage(
            self.tr("Revision %1 restored.").replace("%1", str(revision.number)), 8000
        )
        self.refresh()

"""The saved views above the article list: My drafts, Copy desk queue…, each with a count."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from newsdesk.services.article_views import SavedView
from newsdesk.ui.locale_format import number
from newsdesk.ui.vocabulary import label


class SavedViewSelector(QComboBox):
    view_changed = Signal(object)
    """The SavedView now chosen, or None for every story."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedViews")
        self.setAccessibleName(self.tr("Saved view"))
        self.setToolTip(self.tr("Saved views of the story list"))
        # Narrow windows keep working: the longest view name does not set the width.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self._counts: dict[SavedView, int] = {}
        self.addItem(self.tr("All stories"), None)
        for view in SavedView:
            self.addItem(label(view), view.value)
        self.currentIndexChanged.connect(lambda _index: self.view_changed.emit(self.saved_view()))

    def saved_view(self) -> SavedView | None:
        value = self.currentData()
        return SavedView(value) if value else None

    def set_view(self, view: SavedView | None) -> None:
        self.setCurrentIndex(max(0, self.findData(view.value if view else None)))

    def set_counts(self, counts: dict[SavedView, int]) -> None:
        """Show how many stories each view lists, e.g. “Copy desk queue (2)”."""
        self._counts = dict(counts)
        for view, count in counts.items():
            index = self.findData(view.value)
            if index >= 0:
                self.setItemText(index, f"{label(view)} ({number(count)})")

    def retranslate_ui(self) -> None:
        """The interface language changed: the views' names are words."""
        self.setItemText(0, self.tr("All stories"))
        for view in SavedView:
            index = self.findData(view.value)
            if index >= 0:
                count = self._counts.get(view)
                name = label(view)
                self.setItemText(index, name if count is None else f"{name} ({number(count)})")

    def label_of(self, view: SavedView | None) -> str:
        return self.itemText(max(0, self.findData(view.value if view else None)))

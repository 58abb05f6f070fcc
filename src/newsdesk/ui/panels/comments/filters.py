"""The queue's state tabs (with counts) and its filter row: text, author, date, order, and
one commenter (set from the Moderation view's commenter actions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTabBar,
    QToolButton,
    QWidget,
)

from newsdesk.domain.enums import CommentStatus
from newsdesk.services.comments import CommentQuery
from newsdesk.ui.locale_format import number
from newsdesk.ui.naming import named
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import label

STATES: tuple[CommentStatus | None, ...] = (
    CommentStatus.PENDING,
    CommentStatus.APPROVED,
    CommentStatus.SPAM,
    CommentStatus.TRASH,
    None,
)
# (label, days back: positive = within, negative = older than)
DATE_RANGES: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("FilterRow", "Any time"), 0),
    (QT_TRANSLATE_NOOP("FilterRow", "Last 24 hours"), 1),
    (QT_TRANSLATE_NOOP("FilterRow", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("FilterRow", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("FilterRow", "Older than 30 days"), -30),
)


class StateTabs(QTabBar):
    """Pending, Approved, Spam, Trash, All, each with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentStates")
        self.setAccessibleName(self.tr("Comment states"))
        self.setDrawBase(False)
        self.setExpanding(False)
        for _state in STATES:
            self.addTab("")
        self._counts: dict[CommentStatus, int] = {}
        self.show_counts({})

    def state(self) -> CommentStatus | None:
        return STATES[max(0, self.currentIndex())]

    def set_state(self, state: CommentStatus | None) -> None:
        self.setCurrentIndex(STATES.index(state))

    def show_counts(self, counts: dict[CommentStatus, int]) -> None:
        self._counts = dict(counts)
        for index, state in enumerate(STATES):
            name = label(state) if state else self.tr("All")
            total = sum(counts.values()) if state is None else counts.get(state, 0)
            self.setTabText(index, f"{name} ({number(total)})" if counts else name)

    def retranslate_ui(self) -> None:
        self.show_counts(self._counts)


class FilterRow(QWidget):
    changed = Signal()
    """The filters changed (typing settles for a moment first)."""
    commenter_changed = Signal(str)
    """Only this commenter's comments (their address), or everyone's ("")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = named(QLineEdit(), "commentSearch")
        self.text.setPlaceholderText(self.tr("Words in the comment…"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(self.tr("Search comment text"))
        self.author = named(QLineEdit(), "commentAuthorFilter")
        self.author.setPlaceholderText(self.tr("Author or e-mail…"))
        self.author.setClearButtonEnabled(True)
        self.author.setAccessibleName(self.tr("Filter by author or e-mail"))
        self.dates = named(QComboBox(), "commentDateFilter")
        self.dates.setAccessibleName(self.tr("Filter by date"))
        for text, days in DATE_RANGES:
            self.dates.addItem(self.tr(text), days)
        self.order = named(QToolButton(), "commentOrder")
        self.order.setCheckable(True)
        self.order.setAutoRaise(True)
        self.order.toggled.connect(self._show_order)
        self._show_order(False)
        self.only_current = named(QCheckBox(self.tr("Only the open story")), "onlyCurrentStory")
        self.commenter = ""
        self.commenter_chip = named(QToolButton(), "commenterFilter")
        self.commenter_chip.setAutoRaise(True)
        self.commenter_chip.setToolTip(self.tr("Show every commenter again"))
        self.commenter_chip.clicked.connect(lambda: self.set_commenter(""))
        self.commenter_chip.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.author, 2)
        layout.addWidget(self.dates)
        layout.addWidget(self.order)
        layout.addWidget(self.only_current)
        layout.addWidget(self.commenter_chip)
        self._delay = QTimer(self, singleShot=True, interval=150)
        self._delay.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._delay.start())
        self.author.textChanged.connect(lambda _t: self._delay.start())
        self.dates.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.order.toggled.connect(lambda _on: self.changed.emit())
        self.only_current.toggled.connect(lambda _on: self.changed.emit())

    def set_commenter(self, email: str) -> None:
        """Only this commenter's comments ("" for everyone's)."""
        if email == self.commenter:
            return
        self.commenter = email
        self.commenter_chip.setText(self.tr("Only %1 ✕").replace("%1", email))
        self.commenter_chip.setVisible(bool(email))
        self.commenter_changed.emit(email)
        self.changed.emit()

    def _show_order(self, oldest_first: bool) -> None:
        self.order.setText(self.tr("Oldest first") if oldest_first else self.tr("Newest first"))
        self.order.setToolTip(self.tr("Change the order"))

    def query(self, state: CommentStatus | None, article_id: int | None) -> CommentQuery:
        days = int(self.dates.currentData() or 0)
        now = datetime.now(UTC)
        since = now - timedelta(days=days) if days > 0 else None
        until = now - timedelta(days=-days) if days < 0 else None
        return CommentQuery(
            status=state,
            article_id=article_id,
            newest_first=not self.order.isChecked(),
            text=self.text.text(),
            author=self.author.text(),
            since=since,
            until=until,
            commenter=self.commenter,
        )

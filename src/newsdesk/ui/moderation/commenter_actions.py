"""The Moderation view's actions on the selected comment's commenter (by e-mail address):
show only their comments, approve all they have pending (one action: Undo takes it back),
and the standing order for their next ones: always hold, always spam (a ban), or none."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton, QWidget

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.trust import CommenterRuleKind
from newsdesk.services.commenters import CommenterHistory
from newsdesk.ui import icons as qta
from newsdesk.ui.naming import named


class CommenterActions(QToolBar):
    only_wanted = Signal(str)
    """Show only this commenter's comments (their address), or everyone's ("")."""
    approve_pending_wanted = Signal(str)
    rule_wanted = Signal(str, object)
    """(address, CommenterRuleKind or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commenterActions")
        # Icons (the texts are their tooltips): the pane beside the queue is narrow.
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setIconSize(self.iconSize() * 0.8)
        self._email = ""
        self.title = named(QLabel(), "commenterActionsTitle")
        self.title.setContentsMargins(4, 0, 6, 0)
        self.only = QAction(qta.icon("mdi6.account-filter-outline"), "", self)
        self.only.setObjectName("onlyThisCommenter")
        self.only.setCheckable(True)
        self.only.toggled.connect(lambda on: self.only_wanted.emit(self._email if on else ""))
        self.approve_pending = QAction(qta.icon("mdi6.check-all"), "", self)
        self.approve_pending.setObjectName("approveCommenterPending")
        self.approve_pending.triggered.connect(
            lambda: self.approve_pending_wanted.emit(self._email)
        )
        self.orders = QActionGroup(self)
        self.none = self._order(None)
        self.hold = self._order(CommenterRuleKind.HOLD)
        self.spam = self._order(CommenterRuleKind.SPAM)
        menu = QMenu(self)
        menu.addActions([self.hold, self.spam, self.none])
        self.standing = named(QToolButton(self), "commenterStanding")
        self.standing.setIcon(qta.icon("mdi6.account-cancel-outline"))
        self.standing.setMenu(menu)
        self.standing.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.standing.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addWidget(self.title)
        self.addAction(self.only)
        self.addAction(self.approve_pending)
        self.addWidget(self.standing)
        self.retranslate_ui()
        self.show_commenter(None)

    def _order(self, rule: CommenterRuleKind | None) -> QAction:
        action = QAction(self)
        action.setCheckable(True)
        action.setData(rule.value if rule else "")
        self.orders.addAction(action)
        action.triggered.connect(lambda: self.rule_wanted.emit(self._email, rule))
        return action

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Commenter:"))
        self.only.setText(self.tr("Only this commenter"))
        self.only.setToolTip(self.tr("Show only the comments from this e-mail address"))
        self.approve_pending.setText(self.tr("Approve all pending"))
        self.approve_pending.setToolTip(
            self.tr("Approve every pending comment from this commenter (one Undo)")
        )
        self.standing.setToolTip(self.tr("What intake does with this commenter's next comments"))
        self.none.setText(self.tr("As the rules decide"))
        self.hold.setText(self.tr("Always hold"))
        self.spam.setText(self.tr("Always spam (ban)"))
        self._show_order()

    def show_filter(self, email: str) -> None:
        """The queue shows only `email`'s comments, or everyone's (""): as the chip says."""
        self.only.blockSignals(True)
        self.only.setChecked(bool(email))
        self.only.blockSignals(False)

    def show_commenter(self, history: CommenterHistory | None) -> None:
        """The commenter of the selected comment (None: a newsroom reply, or none)."""
        email = history.email if history else ""
        self._email = email
        for action in (self.only, self.approve_pending):
            action.setEnabled(bool(email))
        self.standing.setEnabled(bool(email))
        pending = history.counts[CommentStatus.PENDING] if history else 0
        self.approve_pending.setEnabled(pending > 0)
        rule = history.rule if history else None
        {None: self.none, CommenterRuleKind.HOLD: self.hold, CommenterRuleKind.SPAM: self.spam}[
            rule
        ].setChecked(True)
        self._show_order()

    def _show_order(self) -> None:
        """The standing order's button names the order in force."""
        checked = self.orders.checkedAction()
        self.standing.setText(checked.text() if checked else self.none.text())

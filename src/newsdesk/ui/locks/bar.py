"""The bar above a story someone else is editing: who, since when, and "Take over"."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from newsdesk.ui.naming import named

ICON_SIZE = 16


class LockBar(QFrame):
    take_over_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editLockBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#editLockBar { background: #fff4e5; border: 1px solid #f0b46c; border-radius: 4px; }"
            "#editLockBar QLabel { color: #5c3300; }"
        )
        icon = QLabel()
        icon.setPixmap(qta.icon("mdi6.lock-outline", color="#9a5300").pixmap(QSize(16, 16)))
        self.message = named(QLabel(), "editLockMessage")
        self.message.setWordWrap(True)
        self.take_over_button = named(
            QPushButton(qta.icon("mdi6.account-arrow-left-outline"), self.tr("Take over")),
            "takeOverButton",
        )
        self.take_over_button.setToolTip(
            self.tr("Edit the story yourself; the other person's last text is kept as a revision")
        )
        self.take_over_button.clicked.connect(self.take_over_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.take_over_button)
        self.hide()

    def show_message(self, text: str, *, offer_take_over: bool) -> None:
        self.message.setText(text)
        self.take_over_button.setVisible(offer_take_over)
        self.take_over_button.setEnabled(True)
        self.show()

"""The bar above a story someone else is editing: who, since when, and "Take over"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from newsdesk.ui import icons as qta
from newsdesk.ui.naming import named

ICON_SIZE = 16


class IconView(QWidget):
    """An icon drawn each time the widget paints (a pixmap taken from a QtAwesome icon
    while icons are held would stay blank: see ui/icons.py)."""

    def __init__(self, icon: QIcon, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self.setFixedSize(QSize(size, size))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._icon.paint(painter, self.rect())
        painter.end()


class LockBar(QFrame):
    take_over_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editLockBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A note pinned above the story: the theme's tooltip colours, which stand apart
        # from the window and read in every theme.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.icon = IconView(qta.icon("mdi6.lock-outline"), ICON_SIZE)
        self.message = named(QLabel(), "editLockMessage")
        self.message.setForegroundRole(QPalette.ColorRole.ToolTipText)
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
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.take_over_button)
        self.hide()

    def show_message(self, text: str, *, offer_take_over: bool) -> None:
        self.message.setText(text)
        self.take_over_button.setVisible(offer_take_over)
        self.take_over_button.setEnabled(True)
        self.show()

"""Small pills at the right of the headline cell: open notes, who has the story."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
"""A tuple of (text, colour) pills for the headline cell."""

PADDING = 6
GAP = 4


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = index.data(BADGE_ROLE) or ()
        if not badges:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        metrics = opt.fontMetrics  # type: ignore[attr-defined]
        widths = [metrics.horizontalAdvance(label) + 2 * PADDING for label, _ in badges]
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        reserved = sum(widths) + GAP * len(widths) + 2
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        text_rect.setRight(max(text_rect.left(), rect.right() - reserved))
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))  # type: ignore[attr-defined]
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )

        height = metrics.height() + 2
        x = rect.right() - reserved + GAP + 2
        y = rect.top() + (rect.height() - height) // 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for (label, colour), width in zip(badges, widths, strict=True):
            pill = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + GAP
        painter.restore()

"""Small pills at the right of the headline cell: open notes, who has the story."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
"""A tuple of (text, colour, short text) pills for the headline cell; the short text is
shown when the column is too narrow for the full one."""

PADDING = 6
GAP = 4
MIN_TEXT_WIDTH = 48
"""The headline keeps at least this much room; badges that do not fit are left out."""


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
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        room = rect.width() - MIN_TEXT_WIDTH
        shown: list[tuple[str, str]] = []
        widths: list[int] = []
        for form in (0, 2):  # the full texts if they all fit, else the short ones
            shown, widths = [], []
            for badge in badges:
                label, colour = badge[form], badge[1]
                width = metrics.horizontalAdvance(label) + 2 * PADDING
                if sum(widths) + GAP * (len(widths) + 1) + width > room:
                    break
                shown.append((label, colour))
                widths.append(width)
            if len(shown) == len(badges):
                break
        reserved = sum(widths) + GAP * len(widths) + 2 if widths else 0
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
        for (label, colour), width in zip(shown, widths, strict=True):
            pill = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + GAP
        painter.restore()

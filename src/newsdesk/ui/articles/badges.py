"""A story in the list as two lines: the headline across the whole width (with small
pills at its end: open notes, who has the story, offline), and under it the section,
status, byline and time, smaller. A headline stays readable in a 300-pixel list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
"""A tuple of (text, colour, short text) pills for the headline cell; the short text is
shown when the column is too narrow for the full one."""

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
"""The second line: a tuple of (text, colour or None) parts, joined by " · "."""

PADDING = 6
GAP = 4
MARGIN = 6
LINE_GAP = 2
MIN_TEXT_WIDTH = 48
"""The headline keeps at least this much room; badges that do not fit are left out."""
SEPARATOR = " · "


def detail_font(font: QFont) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
    else:
        smaller.setPixelSize(max(8, round(font.pixelSize() * 0.88)))
    return smaller


def row_height(font: QFont) -> int:
    """Two lines and their margins, for the view's fixed row height."""
    return (
        QFontMetrics(font).height()
        + QFontMetrics(detail_font(font)).height()
        + LINE_GAP
        + 2 * MARGIN
    )


class StoryRowDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), row_height(option.font))  # type: ignore[attr-defined]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        headline = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)  # type: ignore[attr-defined]
        font: QFont = opt.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        mirrored = opt.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        start = Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft

        painter.save()
        first = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        badges = index.data(BADGE_ROLE) or ()
        reserved = self._paint_badges(painter, first, metrics, badges, mirrored)
        text_rect = first.adjusted(reserved if mirrored else 0, 0, 0 if mirrored else -reserved, 0)
        painter.setPen(ink)
        painter.setFont(font)
        elided = metrics.elidedText(headline, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | start, elided)

        parts = index.data(DETAIL_ROLE) or ()
        small = detail_font(font)
        small_metrics = QFontMetrics(small)
        second = QRect(
            rect.left(), first.bottom() + 1 + LINE_GAP, rect.width(), small_metrics.height()
        )
        painter.setFont(small)
        muted = QColor(ink) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_details(painter, second, small_metrics, parts, muted, selected, mirrored)
        painter.restore()

    @staticmethod
    def _paint_badges(
        painter: QPainter,
        line: QRect,
        metrics: QFontMetrics,
        badges: tuple[tuple[str, str, str], ...],
        mirrored: bool,
    ) -> int:
        """Pills at the end of the headline's line; returns the width they take."""
        if not badges:
            return 0
        room = line.width() - MIN_TEXT_WIDTH
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
        if not widths:
            return 0
        reserved = sum(widths) + GAP * len(widths)
        height = metrics.height()
        x = line.left() if mirrored else line.right() - reserved + GAP + 1
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for (label, colour), width in zip(shown, widths, strict=True):
            pill = QRect(x, line.top(), width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + GAP
        return reserved

    @staticmethod
    def _paint_details(
        painter: QPainter,
        line: QRect,
        metrics: QFontMetrics,
        parts: tuple[tuple[str, QColor | None], ...],
        muted: QColor,
        selected: bool,
        mirrored: bool,
    ) -> None:
        """The second line's parts in order, each in its colour, elided at the end."""
        x = line.right() if mirrored else line.left()
        end = line.left() if mirrored else line.right()
        for number, (text, colour) in enumerate(p for p in parts if p[0]):
            piece = (SEPARATOR if number else "") + text
            room = abs(end - x)
            if room <= 0:
                break
            shown = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(shown)
            painter.setPen(colour if colour is not None and not selected else muted)
            left = x - width if mirrored else x
            painter.drawText(
                QRect(left, line.top(), width, line.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                shown,
            )
            x = x - width if mirrored else x + width
            if shown != piece:
                break

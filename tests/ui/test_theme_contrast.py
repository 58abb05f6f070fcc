"""Every label, field frame, check box and icon reads in light, dark and high contrast.

The checks read what is drawn: a label, a field or a check box is grabbed as it is on
screen (its palette, its style sheet and the style all had their say) and its ink is
compared with what is behind it; an icon is rendered in its normal and disabled modes.
Text needs 4.5:1, everything else 3:1 (WCAG 1.4.3 and 1.4.11), and a disabled icon is
3:1 apart from the enabled one, so a button that does nothing looks it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.test_accessibility import dialogs, each_page, each_panel_raised
from tests.ui.window_helpers import SEED_SLUG, child_of, moderation_of, open_story

from newsdesk.ui.contrast import contrast
from newsdesk.ui.locks.bar import LockBar
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.preferences.apply import apply_preferences
from newsdesk.ui.preferences.settings import Preferences, Theme

TEXT = 4.5
NON_TEXT = 3.0
APART = 3.0
"""How far a disabled icon's ink is from the enabled one's."""

THEMES = [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST]


@pytest.fixture(params=THEMES, ids=[theme.value for theme in THEMES])
def themed(request: pytest.FixtureRequest, qtbot: QtBot, window: MainWindow) -> Iterator[Theme]:
    open_story(qtbot, window, SEED_SLUG)
    theme: Theme = request.param
    apply_preferences(window.workbench, Preferences(theme=theme))
    QApplication.processEvents()
    yield theme
    apply_preferences(window.workbench, Preferences())


# ---- reading pixels ------------------------------------------------------------------------
def drawn(widget: QWidget) -> QImage:
    """`widget` as it is on screen: its window grabbed where it is, so what shows through
    a transparent label is the real background."""
    window = widget.window()
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.grab(place).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def commonest(image: QImage, area: QRect | None = None) -> QColor:
    """The colour most pixels have: what the ink is drawn on."""
    area = area or image.rect()
    counts = Counter(
        image.pixel(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    )
    return QColor.fromRgba(counts.most_common(1)[0][0])


def strongest(image: QImage, background: QColor, area: QRect | None = None) -> float:
    """The contrast of the pixel that stands out most from `background`."""
    area = (area or image.rect()).intersected(image.rect())
    return max(
        (
            contrast(QColor.fromRgba(image.pixel(x, y)), background)
            for y in range(area.top(), area.bottom() + 1)
            for x in range(area.left(), area.right() + 1)
        ),
        default=1.0,
    )


def edges(rect: QRect) -> list[QRect]:
    """The outer three pixels of each side of `rect`, at the middle of the side."""
    middle = rect.center()
    return [
        QRect(rect.left(), middle.y(), 3, 1),
        QRect(rect.right() - 2, middle.y(), 3, 1),
        QRect(middle.x(), rect.top(), 1, 3),
        QRect(middle.x(), rect.bottom() - 2, 1, 3),
    ]


def edge_contrast(image: QImage, rect: QRect, surroundings: QColor) -> float:
    """How well every side of a frame drawn at `rect` stands out (its weakest side)."""
    return min(strongest(image, surroundings, side) for side in edges(rect))


def surroundings_of(widget: QWidget) -> QColor:
    parent = widget.parentWidget() or widget
    return parent.palette().color(_group(parent), parent.backgroundRole())


def _group(widget: QWidget) -> QPalette.ColorGroup:
    return QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled


def ink_of(icon: QIcon, size: QSize, mode: QIcon.Mode) -> QColor:
    """An icon's dominant ink: the commonest colour among its opaque pixels."""
    image = icon.pixmap(size, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    counts = Counter(
        image.pixel(x, y) & 0xFFFFFF
        for y in range(image.height())
        for x in range(image.width())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    )
    assert counts, "the icon draws nothing"
    return QColor.fromRgb(counts.most_common(1)[0][0])


# ---- what is on show -----------------------------------------------------------------------
def shown(root: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(kind)
        if widget.isVisible() and not widget.visibleRegion().isEmpty()
    ]


def name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    title = text or widget.toolTip() or widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {title[:40]!r}"


def is_field(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.hasFrame() and not isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        )
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox | QAbstractSpinBox)


def unreadable_labels(root: QWidget) -> list[str]:
    found = []
    for label in shown(root, QLabel):
        assert isinstance(label, QLabel)
        if not label.text().strip() or (label.pixmap() and not label.pixmap().isNull()):
            continue
        image = drawn(label)
        ratio = strongest(image, commonest(image))
        if ratio < TEXT:
            found.append(f"{name(label)}: {ratio:.2f}")
    return found


def faint_placeholders(root: QWidget) -> list[str]:
    found = []
    for field in shown(root, QLineEdit):
        assert isinstance(field, QLineEdit)
        if field.text() or not field.placeholderText():
            continue
        palette, group = field.palette(), _group(field)
        base = palette.color(group, QPalette.ColorRole.Base)
        ink = palette.color(group, QPalette.ColorRole.PlaceholderText)
        seen = QColor.fromRgbF(
            *(ink.alphaF() * i + (1 - ink.alphaF()) * b for i, b in _rgb(ink, base))
        )
        ratio = contrast(seen, base)
        if ratio < TEXT:
            found.append(f"{name(field)} placeholder: {ratio:.2f}")
    return found


def _rgb(ink: QColor, base: QColor) -> list[tuple[float, float]]:
    return [
        (ink.redF(), base.redF()),
        (ink.greenF(), base.greenF()),
        (ink.blueF(), base.blueF()),
    ]


def faint_button_texts(root: QWidget) -> list[str]:
    """A button's caption: 4.5:1; a disabled one's 3:1, as its icon (WCAG leaves inactive
    controls out; the caption dims with the icon so the button looks out of use)."""
    found = []
    for button in shown(root, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        if not button.text().replace("&", "").strip() or isinstance(button, QCheckBox):
            continue
        if isinstance(button, QToolButton) and (
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue  # its text is its tooltip
        palette, group = button.palette(), _group(button)
        flat = isinstance(button, QToolButton) and button.autoRaise()
        behind = (
            surroundings_of(button) if flat else palette.color(group, QPalette.ColorRole.Button)
        )
        ratio = contrast(palette.color(group, button.foregroundRole()), behind)
        if ratio < (TEXT if button.isEnabled() else NON_TEXT):
            found.append(f"{name(button)}: {ratio:.2f}")
    return found


def invisible_fields(root: QWidget) -> list[str]:
    found = []
    for field in shown(root, QWidget):
        if not is_field(field):
            continue
        image = drawn(field)
        ratio = edge_contrast(image, image.rect(), surroundings_of(field))
        if ratio < NON_TEXT:
            found.append(f"{name(field)} frame: {ratio:.2f}")
    return found


def invisible_check_boxes(root: QWidget) -> list[str]:
    found = []
    for box in shown(root, QCheckBox):
        assert isinstance(box, QCheckBox)
        option = QStyleOptionButton()
        option.initFrom(box)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        ratio = edge_contrast(drawn(box), indicator, surroundings_of(box))
        if ratio < NON_TEXT:
            found.append(f"{name(box)} box: {ratio:.2f}")
    return found


def invisible_cell_check_boxes(root: QWidget) -> list[str]:
    found = []
    for view in shown(root, QAbstractItemView):
        assert isinstance(view, QAbstractItemView)
        index = _checkable(view)
        if index is None:
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view.viewport())
        option.rect = view.visualRect(index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        option.checkState = Qt.CheckState.Unchecked
        indicator = view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
        )
        image = drawn(view.viewport())
        row = commonest(image, option.rect)
        ratio = edge_contrast(image, indicator, row)
        if ratio < NON_TEXT:
            found.append(f"{name(view)} check box: {ratio:.2f}")
    return found


def _checkable(view: QAbstractItemView) -> QModelIndex | None:
    """An unchecked, unselected cell with a check box, if the view shows one."""
    model = view.model()
    if model is None:
        return None
    selected = {index.row() for index in view.selectionModel().selectedIndexes()}
    for row in range(min(model.rowCount(), 20)):
        index = model.index(row, 0)
        while index.isValid():  # along the row (a list model's columnCount is private)
            state = index.data(Qt.ItemDataRole.CheckStateRole)
            unchecked = state is not None and Qt.CheckState(state) == Qt.CheckState.Unchecked
            on_show = view.visualRect(index).intersects(view.viewport().rect())
            if unchecked and on_show and row not in selected:
                return index
            index = index.siblingAtColumn(index.column() + 1)
    return None


def faint_icons(root: QWidget) -> list[str]:
    found = []
    for button in shown(root, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        if button.icon().isNull():
            continue
        size = button.iconSize()
        normal = ink_of(button.icon(), size, QIcon.Mode.Normal)
        disabled = ink_of(button.icon(), size, QIcon.Mode.Disabled)
        flat = isinstance(button, QToolButton) and button.autoRaise()
        palette = button.palette()
        for ink, group in (
            (normal, QPalette.ColorGroup.Active),
            (disabled, QPalette.ColorGroup.Disabled),
        ):
            behind = (
                surroundings_of(button) if flat else palette.color(group, QPalette.ColorRole.Button)
            )
            if contrast(ink, behind) < NON_TEXT:
                found.append(f"{name(button)} {group.name} icon: {contrast(ink, behind):.2f}")
        if contrast(normal, disabled) < APART:
            found.append(
                f"{name(button)} disabled icon looks enabled: {contrast(normal, disabled):.2f}"
            )
    return found


def problems(root: QWidget) -> set[str]:
    return {
        *unreadable_labels(root),
        *faint_placeholders(root),
        *faint_button_texts(root),
        *invisible_fields(root),
        *invisible_check_boxes(root),
        *invisible_cell_check_boxes(root),
        *faint_icons(root),
    }


# ---- the window and its dialogs --------------------------------------------------------------
def test_the_window_reads_in_each_theme(themed: Theme, qtbot: QtBot, window: MainWindow) -> None:
    found: set[str] = set()
    child_of(window, LockBar).show_message("Ann is editing this story", offer_take_over=True)
    for _dock in each_panel_raised(window):
        found |= problems(window)
    moderation = moderation_of(window)
    moderation.toggle.setChecked(True)
    qtbot.waitUntil(moderation.view.isVisible)
    found |= problems(window)
    moderation.toggle.setChecked(False)
    assert not found, "\n".join(sorted(found))


def show_a_problem(dialog: QDialog) -> None:
    """The dialog's error line on show, where it has one."""
    show_error = getattr(dialog, "show_error", None)
    if callable(show_error):
        show_error("That did not work.")
    error = getattr(dialog, "error", None)
    if isinstance(error, QLabel) and not error.isVisible():
        error.setText("That did not work.")
        error.show()


def test_the_dialogs_read_in_each_theme(themed: Theme, qtbot: QtBot, window: MainWindow) -> None:
    found: set[str] = set()
    for title, dialog in dialogs(window):
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        show_a_problem(dialog)
        for page in each_page(dialog):
            found |= {f"{title} (page {page}): {problem}" for problem in problems(dialog)}
        dialog.close()
    assert not found, "\n".join(sorted(found))


def button_of(root: QWidget, action: QAction) -> QToolButton:
    found = [b for b in root.findChildren(QToolButton) if b.defaultAction() is action]
    assert found, f"no button for {action.text()!r}"
    return found[0]


def test_a_disabled_button_looks_it(themed: Theme, window: MainWindow) -> None:
    """On a pending comment Not spam and Restore do nothing, with no second link Move up
    and Move down neither: their icons are drawn apart from the enabled ones."""
    queue, links = window.comments_panel, window.related_panel
    approve = button_of(queue, queue.approve_action)
    for panel, action in (
        (queue, queue.not_spam_action),
        (queue, queue.restore_action),
        (links, links.up_action),
        (links, links.down_action),
    ):
        button = button_of(panel, action)
        assert not button.isEnabled(), action.text()
        enabled = ink_of(approve.icon(), approve.iconSize(), QIcon.Mode.Normal)
        disabled = ink_of(button.icon(), button.iconSize(), QIcon.Mode.Disabled)
        assert contrast(enabled, disabled) >= APART, action.text()
        assert contrast(disabled, surroundings_of(button)) >= NON_TEXT, action.text()

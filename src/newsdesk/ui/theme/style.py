"""Fusion with edges that show in every theme.

Fusion draws a field's frame, a check box and a button's outline a shade darker than the
window: on the light theme that is 2:1, on black it is black, and the fields and check
boxes vanish. The theme's style lets Fusion draw and then traces those edges in the
palette's edge colour (`palettes.EDGE`), which each theme picks for 3:1; a focused field
keeps its highlight. The dock widgets' buttons, which Fusion draws from fixed greys,
and a toolbar's », become icons in the theme's ink.
"""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from newsdesk.ui import icons as qta
from newsdesk.ui.theme.palettes import EDGE

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
SP = QStyle.StandardPixmap
State = QStyle.StateFlag

ROUNDED = {PE.PE_FrameLineEdit: 2.0, PE.PE_PanelButtonCommand: 2.0}
SQUARE = {PE.PE_IndicatorCheckBox}
ROUNDED_CONTROLS = {CC.CC_ComboBox, CC.CC_SpinBox}

ICONS = {
    SP.SP_TitleBarCloseButton: "mdi6.close",
    SP.SP_DockWidgetCloseButton: "mdi6.close",
    SP.SP_TitleBarNormalButton: "mdi6.dock-window",
    SP.SP_ToolBarVerticalExtensionButton: "mdi6.chevron-double-down",
}
"""The icons Fusion draws from fixed greys, in the theme's ink instead."""

EXTENSION_ICONS = {
    Qt.LayoutDirection.LeftToRight: "mdi6.chevron-double-right",
    Qt.LayoutDirection.RightToLeft: "mdi6.chevron-double-left",
}
"""A toolbar's » for the actions it has no room for, pointing the way the line reads."""


class ThemeStyle(QProxyStyle):
    """The style of the light, dark and high-contrast themes (the system theme keeps the
    platform's own)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in ROUNDED:
            _trace(option, painter, ROUNDED[element])
        elif element in SQUARE or (
            element is PE.PE_Frame and isinstance(widget, QPlainTextEdit | QTextEdit)
        ):
            _trace(option, painter, 0.0)
        elif element is PE.PE_IndicatorRadioButton:
            _trace_circle(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in ROUNDED_CONTROLS:
            _trace(option, painter, 2.0)

    @overload
    def polish(self, target: QApplication, /) -> None: ...
    @overload
    def polish(self, target: QWidget, /) -> None: ...
    @overload
    def polish(self, target: QPalette | Qt.GlobalColor | QColor, /) -> None: ...
    def polish(self, target: QApplication | QWidget | QPalette | Qt.GlobalColor | QColor) -> None:
        """A toolbar's » takes its icon once, when it is made: it takes it again here, when
        this style comes in for a window built under another one."""
        super().polish(target)
        if isinstance(target, QToolButton) and target.objectName() == "qt_toolbar_ext_button":
            option = QStyleOption()
            option.initFrom(target)
            toolbar = target.parentWidget()
            vertical = isinstance(toolbar, QToolBar) and (
                toolbar.orientation() == Qt.Orientation.Vertical
            )
            icon = (
                SP.SP_ToolBarVerticalExtensionButton
                if vertical
                else SP.SP_ToolBarHorizontalExtensionButton
            )
            target.setIcon(self.standardIcon(icon, option, target))

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = ICONS.get(standard_icon)
        if standard_icon is SP.SP_ToolBarHorizontalExtensionButton:
            direction = (
                option.direction if option is not None else QGuiApplication.layoutDirection()
            )
            name = EXTENSION_ICONS[direction]
        if name is not None:
            return qta.icon(name)
        return super().standardIcon(standard_icon, option, widget)


def _edge_pen(option: QStyleOption) -> QPen:
    """The edge colour; the highlight on the field being typed in, as Fusion has it."""
    focused = option.state & State.State_HasFocus and option.state & (
        State.State_Sunken | State.State_KeyboardFocusChange
    )
    group = (
        QPalette.ColorGroup.Active
        if option.state & State.State_Enabled
        else QPalette.ColorGroup.Disabled
    )
    role = QPalette.ColorRole.Highlight if focused else EDGE
    return QPen(option.palette.color(group, role), 1.0)


def _trace(option: QStyleOption, painter: QPainter, radius: float) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, radius > 0)
    painter.setPen(_edge_pen(option))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if radius:
        painter.drawRoundedRect(rect, radius, radius)
    else:
        painter.drawRect(rect)
    painter.restore()


def _trace_circle(option: QStyleOption, painter: QPainter) -> None:
    rect = option.rect
    radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_edge_pen(option))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(rect).center() + QPointF(1, 1), radius, radius)
    painter.restore()
